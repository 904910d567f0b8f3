package dev.ingot.talos.schematic;

import dev.ingot.talos.TalosVersion;
import java.util.Arrays;
import java.util.Optional;

/**
 * The catalog of official Talos system extensions that the Image Factory builds, with the Talos
 * releases each one exists for. Use the constants in schematics:
 * {@code TalosSchematic.with(QEMU_GUEST_AGENT, ISCSI_TOOLS, UTIL_LINUX_TOOLS)}.
 *
 * <p>The catalog is the list of images the Image Factory offers for a Talos release: the
 * {@code TARGETS} and {@code NONFREE_TARGETS} of the siderolabs/extensions {@code Makefile} at each
 * release tag from v1.6.0 to v1.13.9, and v1.14.0-rc.1 for the v1.14 line (snapshot of
 * 2026-08-20). An extension is available from {@link #since()} on, and up to (not including)
 * {@link #until()} when it was renamed. The few names that existed only before a rename are
 * deprecated here; the Image Factory still accepts most of them as aliases of their successors
 * (see {@link #factoryAlias(String)}), but a schematic naming them has a different ID.
 */
public enum OfficialExtension implements SystemExtension {
  /** Amazon ENA network driver. */
  AMAZON_ENA("amazon-ena", "1.10.0"),
  /** AMD CPU microcode. */
  AMD_UCODE("amd-ucode", "1.6.0"),
  /** AMD GPU firmware and kernel modules. */
  AMDGPU("amdgpu", "1.9.0"),
  /** AMD GPU firmware; legacy name of {@link #AMDGPU}. */
  @Deprecated
  AMDGPU_FIRMWARE("amdgpu-firmware", "1.6.0", "1.9.0"),
  /** The binfmt_misc kernel module. */
  BINFMT_MISC("binfmt-misc", "1.6.0"),
  /** The BIRD 2 routing daemon. */
  BIRD2("bird2", "1.12.0"),
  /** Broadcom bnx2/bnx2x network firmware. */
  BNX2_BNX2X("bnx2-bnx2x", "1.6.0"),
  /** Btrfs kernel module and tools. */
  BTRFS("btrfs", "1.6.0"),
  /** Chelsio network drivers. */
  CHELSIO_DRIVERS("chelsio-drivers", "1.6.0"),
  /** Chelsio network firmware. */
  CHELSIO_FIRMWARE("chelsio-firmware", "1.6.0"),
  /** Cloudflare Tunnel daemon. */
  CLOUDFLARED("cloudflared", "1.9.0"),
  /** The crun container runtime. */
  CRUN("crun", "1.8.0"),
  /** The containerd {@code ctr} tool. */
  CTR("ctr", "1.10.0"),
  /** DRBD kernel module. */
  DRBD("drbd", "1.6.0"),
  /** Conexant CX23885 DVB drivers. */
  DVB_CX23885("dvb-cx23885", "1.9.0"),
  /** Montage M88DS3103 DVB-S/S2 firmware. */
  DVB_M88DS3103("dvb-m88ds3103", "1.11.0"),
  /** Kubelet credential provider for AWS ECR. */
  ECR_CREDENTIAL_PROVIDER("ecr-credential-provider", "1.6.0"),
  /** FUSE 3. */
  FUSE3("fuse3", "1.6.0"),
  /** Google Coral (gasket/apex) driver. */
  GASKET_DRIVER("gasket-driver", "1.6.0"),
  /** The GNU C library, for binaries that need it. */
  GLIBC("glibc", "1.9.0"),
  /** Intel Apollo Lake GPIO/pinctrl drivers. */
  GPIO_PINCTRL("gpio-pinctrl", "1.12.2"),
  /** The gVisor container runtime. */
  GVISOR("gvisor", "1.6.0"),
  /** Debug logging for gVisor. */
  GVISOR_DEBUG("gvisor-debug", "1.7.0"),
  /** Hailo AI accelerator driver. */
  HAILORT("hailort", "1.11.0"),
  /** Kubelet credential provider for Harbor. */
  HARBOR_CREDENTIAL_PROVIDER("harbor-credential-provider", "1.14.0-alpha.1"),
  /** An example extension service. */
  HELLO_WORLD_SERVICE("hello-world-service", "1.6.0"),
  /** Hyper-V guest integration daemons. */
  HYPERV_GUEST_AGENT("hyperv-guest-agent", "1.14.0-beta.0"),
  /** Intel GPU firmware and kernel modules (i915). */
  I915("i915", "1.9.0"),
  /** Intel GPU firmware; legacy name of {@link #I915}. */
  @Deprecated
  I915_UCODE("i915-ucode", "1.6.0", "1.9.0"),
  /** Intel Ice network firmware. */
  INTEL_ICE_FIRMWARE("intel-ice-firmware", "1.6.0"),
  /** Intel NPU firmware and kernel modules. */
  INTEL_NPU("intel-npu", "1.13.0"),
  /** Intel CPU microcode. */
  INTEL_UCODE("intel-ucode", "1.6.0"),
  /** iSCSI initiator tools, needed by Longhorn and other iSCSI storage. */
  ISCSI_TOOLS("iscsi-tools", "1.6.0"),
  /** The joydev kernel module. */
  JOYDEV("joydev", "1.13.0"),
  /** Kata Containers runtime. */
  KATA_CONTAINERS("kata-containers", "1.7.0"),
  /** Kata Containers with AMD SEV-SNP confidential VMs. */
  KATA_CONTAINERS_SNP("kata-containers-snp", "1.14.0-beta.0"),
  /** LLDP daemon. */
  LLDPD("lldpd", "1.9.0"),
  /** mdadm; an empty placeholder since Talos v1.14, which has it built in. */
  MDADM("mdadm", "1.6.0"),
  /** Intel Management Engine drivers. */
  MEI("mei", "1.8.0"),
  /** Mellanox firmware tools (mstflint). */
  MELLANOX_MSTFLINT("mellanox-mstflint", "1.12.0"),
  /** The Talos metal agent. */
  METAL_AGENT("metal-agent", "1.9.0"),
  /** Device-mapper multipath tools. */
  MULTIPATH_TOOLS("multipath-tools", "1.12.0"),
  /** Nebula overlay network. */
  NEBULA("nebula", "1.10.0"),
  /** NetBird overlay network. */
  NETBIRD("netbird", "1.12.0"),
  /** Newt WireGuard tunnel client. */
  NEWT("newt", "1.11.0"),
  /** rpcbind and rpc.statd for NFSv3 locking. */
  NFS_UTILS("nfs-utils", "1.12.0"),
  /** NFS server kernel module. */
  NFSD("nfsd", "1.10.0"),
  /** NFS read-ahead tool. */
  NFSRAHEAD("nfsrahead", "1.11.0"),
  /** Proprietary NVIDIA kernel modules; legacy name, built as the LTS branch. */
  @Deprecated
  NONFREE_KMOD_NVIDIA("nonfree-kmod-nvidia", "1.6.0", "1.8.0"),
  /** Proprietary NVIDIA kernel modules, LTS driver branch. */
  NONFREE_KMOD_NVIDIA_LTS("nonfree-kmod-nvidia-lts", "1.8.0"),
  /** Proprietary NVIDIA kernel modules, production driver branch. */
  NONFREE_KMOD_NVIDIA_PRODUCTION("nonfree-kmod-nvidia-production", "1.8.0"),
  /** Network UPS Tools client (upsmon). */
  NUT_CLIENT("nut-client", "1.6.0"),
  /** NVIDIA container toolkit; legacy name, built as the LTS branch. */
  @Deprecated
  NVIDIA_CONTAINER_TOOLKIT("nvidia-container-toolkit", "1.6.0", "1.8.0"),
  /** NVIDIA container toolkit, LTS driver branch. */
  NVIDIA_CONTAINER_TOOLKIT_LTS("nvidia-container-toolkit-lts", "1.8.0"),
  /** NVIDIA container toolkit, production driver branch. */
  NVIDIA_CONTAINER_TOOLKIT_PRODUCTION("nvidia-container-toolkit-production", "1.8.0"),
  /** NVIDIA Fabric Manager; legacy name. */
  @Deprecated
  NVIDIA_FABRICMANAGER("nvidia-fabricmanager", "1.6.0", "1.8.0"),
  /** NVIDIA Fabric Manager for NVSwitch systems, LTS driver branch. */
  NVIDIA_FABRICMANAGER_LTS("nvidia-fabricmanager-lts", "1.8.0"),
  /** NVIDIA Fabric Manager for NVSwitch systems, production driver branch. */
  NVIDIA_FABRICMANAGER_PRODUCTION("nvidia-fabricmanager-production", "1.8.0"),
  /** NVIDIA GPUDirect RDMA (gdrcopy) device. */
  NVIDIA_GDRDRV_DEVICE("nvidia-gdrdrv-device", "1.12.0"),
  /** Open NVIDIA GPU kernel modules; legacy name, built as the LTS branch. */
  @Deprecated
  NVIDIA_OPEN_GPU_KERNEL_MODULES("nvidia-open-gpu-kernel-modules", "1.6.0", "1.8.0"),
  /** Open NVIDIA GPU kernel modules, LTS driver branch. */
  NVIDIA_OPEN_GPU_KERNEL_MODULES_LTS("nvidia-open-gpu-kernel-modules-lts", "1.8.0"),
  /** Open NVIDIA GPU kernel modules, production driver branch. */
  NVIDIA_OPEN_GPU_KERNEL_MODULES_PRODUCTION("nvidia-open-gpu-kernel-modules-production", "1.8.0"),
  /** The NVMe command line interface. */
  NVME_CLI("nvme-cli", "1.10.0"),
  /** ARM Mali GPU firmware and kernel modules. */
  PANFROST("panfrost", "1.10.0"),
  /** Portworx px-fuse kernel module. */
  PX_FUSE("px-fuse", "1.13.0"),
  /** QEMU guest agent: clean shutdown and IP reporting on Proxmox. */
  QEMU_GUEST_AGENT("qemu-guest-agent", "1.6.0"),
  /** QLogic firmware. */
  QLOGIC_FIRMWARE("qlogic-firmware", "1.6.5"),
  /** Realtek firmware. */
  REALTEK_FIRMWARE("realtek-firmware", "1.6.5"),
  /** Revolution Pi tools. */
  REVPI_FIRMWARE("revpi-firmware", "1.10.0"),
  /** Rockchip NPU (RKNN) driver. */
  ROCKCHIP_RKNN("rockchip-rknn", "1.13.0"),
  /** AWS SOCI snapshotter. */
  SOCI_SNAPSHOTTER("soci-snapshotter", "1.12.0"),
  /** Spin WebAssembly runtime. */
  SPIN("spin", "1.7.0"),
  /** Stargz snapshotter. */
  STARGZ_SNAPSHOTTER("stargz-snapshotter", "1.6.0"),
  /** Tailscale. */
  TAILSCALE("tailscale", "1.6.0"),
  /** Tenstorrent AI accelerator driver. */
  TENSTORRENT("tenstorrent", "1.11.0"),
  /** Thunderbolt/USB4 drivers. */
  THUNDERBOLT("thunderbolt", "1.6.0"),
  /** iSCSI tools for the NetApp Trident CSI. */
  TRIDENT_ISCSI_TOOLS("trident-iscsi-tools", "1.12.0"),
  /** The uhid kernel module. */
  UHID("uhid", "1.13.0"),
  /** The uinput kernel module. */
  UINPUT("uinput", "1.8.0"),
  /** USB audio (ALSA) drivers. */
  USB_AUDIO_DRIVERS("usb-audio-drivers", "1.12.0"),
  /** USB modem drivers. */
  USB_MODEM_DRIVERS("usb-modem-drivers", "1.6.0"),
  /** util-linux tools such as fstrim, needed by Longhorn. */
  UTIL_LINUX_TOOLS("util-linux-tools", "1.6.0"),
  /** USB video class (webcam) drivers. */
  V4L_UVC_DRIVERS("v4l-uvc-drivers", "1.7.0"),
  /** Broadcom VideoCore GPU kernel modules. */
  VC4("vc4", "1.10.0"),
  /** VMware guest agent (talos-vmtoolsd). */
  VMTOOLSD_GUEST_AGENT("vmtoolsd-guest-agent", "1.7.0"),
  /** WasmEdge WebAssembly runtime. */
  WASMEDGE("wasmedge", "1.7.0"),
  /** Xilinx DMA driver. */
  XDMA_DRIVER("xdma-driver", "1.10.0"),
  /** Intel GPU firmware and kernel modules (xe). */
  XE("xe", "1.12.0"),
  /** Xen guest utilities; legacy, replaced by {@link #XEN_GUEST_AGENT}. */
  @Deprecated
  XE_GUEST_UTILITIES("xe-guest-utilities", "1.6.0", "1.7.0"),
  /** Xen guest agent. */
  XEN_GUEST_AGENT("xen-guest-agent", "1.7.0"),
  /** The youki container runtime. */
  YOUKI("youki", "1.10.1"),
  /** ZeroTier. */
  ZEROTIER("zerotier", "1.10.0"),
  /** ZFS kernel module, tools and pool import service. */
  ZFS("zfs", "1.6.0");


  private static final int FIRST_LINE = 6;
  private static final int LAST_LINE = 14;

  private final String shortName;
  private final TalosVersion since;
  private final TalosVersion until;

  OfficialExtension(String shortName, String since) {
    this(shortName, since, null);
  }

  OfficialExtension(String shortName, String since, String until) {
    this.shortName = shortName;
    this.since = TalosVersion.of(since);
    this.until = until == null ? null : TalosVersion.of(until);
  }

  /** The name in a schematic, {@code siderolabs/qemu-guest-agent}. */
  @Override
  public String fullName() {
    return NAMESPACE + shortName;
  }

  /** The name without its namespace, {@code qemu-guest-agent}. */
  public String shortName() {
    return shortName;
  }

  /** The first Talos release whose catalog has this extension. */
  public TalosVersion since() {
    return since;
  }

  /** The first Talos release line whose catalog no longer has this name, for renamed extensions. */
  public Optional<TalosVersion> until() {
    return Optional.ofNullable(until);
  }

  /** True when the Image Factory's catalog for {@code talos} has this extension under this name. */
  public boolean isAvailableFor(TalosVersion talos) {
    return talos.isAtLeast(since) && (until == null || talos.isBefore(until));
  }

  /** The catalog entry named {@code fullName} ({@code siderolabs/…}), if there is one. */
  public static Optional<OfficialExtension> byName(String fullName) {
    return Arrays.stream(values()).filter(e -> e.fullName().equals(fullName)).findFirst();
  }

  /**
   * True when Ingot's catalog covers the release line of {@code talos} (v1.6 to v1.14), so that a
   * name missing from it is known not to exist.
   */
  public static boolean catalogCovers(TalosVersion talos) {
    return talos.major() == 1 && talos.minor() >= FIRST_LINE && talos.minor() <= LAST_LINE;
  }

  /**
   * The extension the Image Factory builds when a schematic names {@code fullName} and its
   * catalog has no such entry: its table of old and misspelt names ({@code ExtensionNameAlias} in
   * image-factory {@code internal/profile/profile.go}). Empty when there is no alias, and for
   * {@code siderolabs/nvidia-fabricmanager}, whose alias points at a name that does not exist
   * ({@code nvidia-fabric-manager-lts}), so the Factory cannot build it.
   */
  @SuppressWarnings("deprecation")
  public static Optional<OfficialExtension> factoryAlias(String fullName) {
    if (!fullName.startsWith(NAMESPACE)) {
      return Optional.empty();
    }
    OfficialExtension target = switch (fullName.substring(NAMESPACE.length())) {
      case "v4l-uvc" -> V4L_UVC_DRIVERS;
      case "usb-modem" -> USB_MODEM_DRIVERS;
      case "gasket" -> GASKET_DRIVER;
      case "talos-vmtoolsd" -> VMTOOLSD_GUEST_AGENT;
      case "xe-guest-utilities" -> XEN_GUEST_AGENT;
      case "nvidia-container-toolkit" -> NVIDIA_CONTAINER_TOOLKIT_LTS;
      case "nvidia-open-gpu-kernel-modules" -> NVIDIA_OPEN_GPU_KERNEL_MODULES_LTS;
      case "nonfree-kmod-nvidia" -> NONFREE_KMOD_NVIDIA_LTS;
      case "i915-ucode" -> I915;
      case "amdgpu-firmware" -> AMDGPU;
      default -> null;
    };
    return Optional.ofNullable(target);
  }
}
