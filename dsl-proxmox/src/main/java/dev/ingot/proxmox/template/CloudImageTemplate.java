package dev.ingot.proxmox.template;

import dev.ingot.core.ValidationContext;
import dev.ingot.core.value.Size;
import dev.ingot.proxmox.ProxmoxNode;
import dev.ingot.proxmox.Storage;
import dev.ingot.proxmox.vm.Bios;
import dev.ingot.proxmox.vm.CloudImage;
import dev.ingot.proxmox.vm.DefinesVm;
import dev.ingot.proxmox.vm.GuestInit;
import dev.ingot.proxmox.vm.Machine;
import dev.ingot.proxmox.vm.NetworkDevice;
import dev.ingot.proxmox.vm.OsType;
import dev.ingot.proxmox.vm.ScsiController;
import dev.ingot.proxmox.vm.Vm;
import dev.ingot.proxmox.vm.VmDisk;
import dev.ingot.proxmox.vm.VmId;
import dev.ingot.proxmox.vm.VmTemplate;
import dev.ingot.proxmox.zfs.ZfsPool;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A VM template that Terraform makes from a distribution's cloud image: the node downloads the
 * pinned image ({@code proxmox_download_file}, content type {@code import}) and a VM marked as
 * template gets a disk imported from it. VMs are cloned from it, and golden images may start from it.
 *
 * <pre>{@code
 * CloudImageTemplate.debian13().on(pve).vmId(9000).storage(tank)
 * CloudImageTemplate.ubuntu2404().on(pve).vmId(9001).storage(tank).uefi()
 * }</pre>
 *
 * <p>The template VM has a VirtIO SCSI disk per controller ({@code scsi0}, with discard, SSD
 * emulation and an I/O thread), one VirtIO network device, the serial console cloud images expect,
 * OS type {@code l26}, and no guest agent: the distributions' cloud images do not ship
 * {@code qemu-guest-agent}. Say {@code guestAgent(true)} for an image that does.
 *
 * @param name the template's name in Proxmox and in the site, a DNS label
 * @param vmId the template's VM id, which clones refer to
 * @param node the node it is made on
 * @param storage the storage of its disks
 * @param image the cloud image its disk is imported from (and where the node keeps the download)
 * @param diskSize the size of its disk, at least the image's virtual size (8 GiB unless set)
 * @param bios the firmware the image boots with (SeaBIOS unless set; cloud images boot either)
 * @param machine the chipset, or null for Proxmox's default (i440fx)
 * @param cores CPU cores of the template VM (clones set their own)
 * @param memory RAM of the template VM (clones set their own)
 * @param bridge the bridge of its network device
 * @param guestAgent whether the image runs the QEMU guest agent
 * @param tags the template VM's tags
 */
public record CloudImageTemplate(String name, VmId vmId, ProxmoxNode node, Storage storage, CloudImage image,
    Size diskSize, Bios bios, Machine machine, int cores, Size memory, String bridge, boolean guestAgent,
    List<String> tags) implements VmTemplate, DefinesVm {
  /** The disk size unless set: room for the images' 2 to 4 GiB and a little more. */
  public static final Size DEFAULT_DISK_SIZE = Size.gib(8);

  /** Checks for null and copies the tags. */
  public CloudImageTemplate {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(diskSize, "diskSize");
    Objects.requireNonNull(bios, "bios");
    Objects.requireNonNull(memory, "memory");
    Objects.requireNonNull(bridge, "bridge");
    tags = List.copyOf(tags);
  }

  /** A template called {@code name} made from {@code image}: 8 GiB disk, SeaBIOS, 1 core, 1 GiB, on vmbr0. */
  public static CloudImageTemplate named(String name, CloudImage image) {
    return new CloudImageTemplate(name, null, null, null, image, DEFAULT_DISK_SIZE, Bios.SEABIOS, null, 1,
        Size.gib(1), NetworkDevice.DEFAULT_BRIDGE, false, List.of());
  }

  /** {@code debian-13}, from {@link CloudImage#debian13()}. */
  public static CloudImageTemplate debian13() {
    return named("debian-13", CloudImage.debian13());
  }

  /** {@code ubuntu-24-04}, from {@link CloudImage#ubuntu2404()}. */
  public static CloudImageTemplate ubuntu2404() {
    return named("ubuntu-24-04", CloudImage.ubuntu2404());
  }

  /** This template on {@code node}. */
  public CloudImageTemplate on(ProxmoxNode node) {
    return new CloudImageTemplate(name, vmId, node, storage, image, diskSize, bios, machine, cores, memory, bridge,
        guestAgent, tags);
  }

  /** This template with VM id {@code id}. */
  public CloudImageTemplate vmId(long id) {
    return new CloudImageTemplate(name, VmId.of(id), node, storage, image, diskSize, bios, machine, cores, memory,
        bridge, guestAgent, tags);
  }

  /** This template with its disks on {@code storage}. */
  public CloudImageTemplate storage(Storage storage) {
    return new CloudImageTemplate(name, vmId, node, storage, image, diskSize, bios, machine, cores, memory, bridge,
        guestAgent, tags);
  }

  /** This template with its disks on the storage that registers {@code pool}. */
  public CloudImageTemplate storage(ZfsPool pool) {
    return storage(VmDisk.storageOf(pool));
  }

  /** This template made from {@code image}. */
  public CloudImageTemplate image(CloudImage image) {
    return new CloudImageTemplate(name, vmId, node, storage, image, diskSize, bios, machine, cores, memory, bridge,
        guestAgent, tags);
  }

  /** This template with the image downloaded to {@code storage}, which must allow {@code import}. */
  public CloudImageTemplate imageStorage(Storage storage) {
    return image(image.storage(storage));
  }

  /** This template with a disk of {@code size}. */
  public CloudImageTemplate diskSize(Size size) {
    return new CloudImageTemplate(name, vmId, node, storage, image, size, bios, machine, cores, memory, bridge,
        guestAgent, tags);
  }

  /** This template booting with {@code bios}; UEFI templates get an EFI disk on their storage. */
  public CloudImageTemplate bios(Bios bios) {
    return new CloudImageTemplate(name, vmId, node, storage, image, diskSize, bios, machine, cores, memory, bridge,
        guestAgent, tags);
  }

  /** This template booting with UEFI (OVMF) on a q35 machine, as GPU passthrough clones want. */
  public CloudImageTemplate uefi() {
    return bios(Bios.OVMF).machine(Machine.Q35);
  }

  /** This template emulating chipset {@code machine}. */
  public CloudImageTemplate machine(Machine machine) {
    return new CloudImageTemplate(name, vmId, node, storage, image, diskSize, bios, machine, cores, memory, bridge,
        guestAgent, tags);
  }

  /** This template VM with {@code cores} CPU cores. */
  public CloudImageTemplate cores(int cores) {
    return new CloudImageTemplate(name, vmId, node, storage, image, diskSize, bios, machine, cores, memory, bridge,
        guestAgent, tags);
  }

  /** This template VM with {@code memory} of RAM. */
  public CloudImageTemplate memory(Size memory) {
    return new CloudImageTemplate(name, vmId, node, storage, image, diskSize, bios, machine, cores, memory, bridge,
        guestAgent, tags);
  }

  /** This template with its network device on {@code bridge}. */
  public CloudImageTemplate bridge(String bridge) {
    return new CloudImageTemplate(name, vmId, node, storage, image, diskSize, bios, machine, cores, memory, bridge,
        guestAgent, tags);
  }

  /** This template's image running the QEMU guest agent ({@code true}), so that clones may enable it. */
  public CloudImageTemplate guestAgent(boolean guestAgent) {
    return new CloudImageTemplate(name, vmId, node, storage, image, diskSize, bios, machine, cores, memory, bridge,
        guestAgent, tags);
  }

  /** This template with more tags. */
  public CloudImageTemplate tags(String... more) {
    var next = new ArrayList<>(tags);
    next.addAll(List.of(more));
    return new CloudImageTemplate(name, vmId, node, storage, image, diskSize, bios, machine, cores, memory, bridge,
        guestAgent, next);
  }

  /** The template as a VM marked as template, with a disk imported from the image. */
  @Override
  public Vm vm() {
    Vm vm = Vm.named(name).on(node).cores(cores).memory(memory).machine(machine).bios(bios)
        .scsiController(ScsiController.VIRTIO_SCSI_SINGLE)
        .network(NetworkDevice.bridge(bridge))
        .serialConsole(true).os(OsType.L26).tags(tags.toArray(String[]::new))
        .onBoot(false).template(true);
    if (vmId != null) {
      vm = vm.vmId(vmId.value());
    }
    if (storage != null) {
      vm = vm.disk(VmDisk.scsi(0).on(storage).size(diskSize).importFrom(image).discard(true).ssd(true)
          .iothread(true));
      if (bios == Bios.OVMF) {
        vm = vm.uefi(storage);
      }
    }
    return guestAgent ? vm.guestAgent() : vm;
  }

  /** The template's name in Proxmox: its name. */
  @Override
  public String templateName() {
    return name;
  }

  /** Clones read the cloud-init drive. */
  @Override
  public GuestInit guestInit() {
    return GuestInit.CLOUD_INIT;
  }

  @Override
  public String kind() {
    return "template";
  }

  /** The VM rules, and that the template has a VM id and a storage. */
  @Override
  public void validate(ValidationContext context) {
    if (vmId == null) {
      context.error(path().field("vmId"), "a template needs a VM id, which its clones refer to; set it with vmId(…)");
    }
    if (storage == null) {
      context.error(path().field("storage"), "set the storage of the template's disk with storage(…)");
    }
    DefinesVm.super.validate(context);
  }
}
