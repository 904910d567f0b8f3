package dev.ingot.proxmox.packer;

import dev.ingot.core.hcl.HclBody;
import dev.ingot.core.hcl.HclExpr;
import dev.ingot.core.packer.PackerSource;
import dev.ingot.core.value.Size;
import dev.ingot.proxmox.ProxmoxNode;
import dev.ingot.proxmox.vm.Bios;
import dev.ingot.proxmox.vm.Machine;
import dev.ingot.proxmox.vm.ScsiController;
import dev.ingot.proxmox.vm.VmId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@code proxmox-iso} or {@code proxmox-clone} source: the VM Packer creates on a node, installs or
 * provisions, and turns into a template.
 *
 * <pre>{@code
 * ProxmoxSource.iso("debian", pve).vmId(VmId.of(9000)).vmName("debian-13-golden")
 *     .hardware(GuestOs.LINUX, Bios.OVMF, Machine.Q35, 2, Size.gib(2))
 *     .efi("tank").bootIso(IsoDrive.sata(download)).disk(PackerDisk.scsi("tank", Size.gib(20)))
 *     .network(NetworkAdapter.on("vmbr0")).cloudInit("tank")
 *     .communicator(Communicator.ssh("ops"))
 *     .build()
 *     .toPackerSource(plugin)
 * }</pre>
 *
 * @param type {@code proxmox-iso} or {@code proxmox-clone}
 * @param name the source name
 * @param node the node that builds it
 * @param vmId the VM id of the build VM, which becomes the template
 * @param vmName the VM and template name
 * @param description the template description (an expression, so it may hold the build time)
 * @param tags Proxmox tags
 * @param os the guest type
 * @param bios the firmware
 * @param machine the chipset, or null to keep the cloned template's
 * @param cpuType the CPU model
 * @param cores CPU cores
 * @param memory RAM
 * @param scsiController the SCSI controller of the disks
 * @param efiStorage the storage of the EFI disk (OVMF), or null
 * @param preEnrolledKeys whether the EFI disk has Microsoft's Secure Boot keys enrolled
 * @param tpmStorage the storage of a TPM v2.0 state disk, or null
 * @param bootIso the drive the installer boots from ({@code proxmox-iso} only), or null
 * @param additionalIsos more CD drives
 * @param disks the disks ({@code proxmox-clone} adds them to the cloned ones)
 * @param networkAdapters the NICs
 * @param cloudInitStorage the storage of the cloud-init drive the template keeps, or null for none
 * @param httpContent files Packer serves over HTTP during the build, by URL path
 * @param bootWait how long to wait before typing the boot command, or null
 * @param bootCommand the keystrokes typed into the console
 * @param communicator how Packer reaches the guest
 * @param cloneVmId the template to clone ({@code proxmox-clone} only), or null
 */
public record ProxmoxSource(String type, String name, ProxmoxNode node, VmId vmId, String vmName,
    HclExpr description, List<String> tags, GuestOs os, Bios bios, Machine machine, String cpuType, int cores,
    Size memory, ScsiController scsiController, String efiStorage, boolean preEnrolledKeys, String tpmStorage,
    IsoDrive bootIso, List<IsoDrive> additionalIsos, List<PackerDisk> disks, List<NetworkAdapter> networkAdapters,
    String cloudInitStorage, Map<String, HclExpr> httpContent, String bootWait, List<HclExpr> bootCommand,
    Communicator communicator, VmId cloneVmId) {
  /** The builder that installs from an ISO. */
  public static final String ISO = "proxmox-iso";
  /** The builder that clones a template. */
  public static final String CLONE = "proxmox-clone";

  /**
   * Copies the collections and checks what each builder needs.
   *
   * @throws IllegalArgumentException when an ISO source has no boot ISO or a clone source no template
   */
  public ProxmoxSource {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(vmId, "vmId");
    Objects.requireNonNull(vmName, "vmName");
    Objects.requireNonNull(os, "os");
    Objects.requireNonNull(bios, "bios");
    Objects.requireNonNull(memory, "memory");
    Objects.requireNonNull(scsiController, "scsiController");
    Objects.requireNonNull(communicator, "communicator");
    tags = List.copyOf(tags);
    additionalIsos = List.copyOf(additionalIsos);
    disks = List.copyOf(disks);
    networkAdapters = List.copyOf(networkAdapters);
    httpContent = Collections.unmodifiableMap(new LinkedHashMap<>(httpContent));
    bootCommand = List.copyOf(bootCommand);
    if (type.equals(ISO) && (bootIso == null || cloneVmId != null)) {
      throw new IllegalArgumentException("a proxmox-iso source boots from a boot ISO and clones nothing");
    }
    if (type.equals(CLONE) && (cloneVmId == null || bootIso != null)) {
      throw new IllegalArgumentException("a proxmox-clone source clones a template and boots no ISO");
    }
    if (!type.equals(ISO) && !type.equals(CLONE)) {
      throw new IllegalArgumentException("not a Proxmox builder: " + type);
    }
  }

  /** Starts a {@code proxmox-iso} source called {@code name} on {@code node}. */
  public static Builder iso(String name, ProxmoxNode node) {
    return new Builder(ISO, name, node);
  }

  /** Starts a {@code proxmox-clone} source called {@code name} on {@code node}. */
  public static Builder clone(String name, ProxmoxNode node) {
    return new Builder(CLONE, name, node);
  }

  /** The source block, logging in as {@code plugin} says. */
  public PackerSource toPackerSource(ProxmoxPlugin plugin) {
    var b = HclBody.builder();
    plugin.connect(b, node);
    b.blank().attribute("vm_id", vmId.value()).attribute("vm_name", vmName);
    if (description != null) {
      b.attribute("template_description", description);
    }
    if (!tags.isEmpty()) {
      b.attribute("tags", String.join(";", tags));
    }
    if (cloneVmId != null) {
      b.attribute("clone_vm_id", cloneVmId.value()).attribute("full_clone", true);
    }
    b.blank().attribute("os", os.value()).attribute("bios", bios.value());
    if (machine != null) {
      b.attribute("machine", machine.value());
    }
    b.attribute("cpu_type", cpuType)
        .attribute("cores", cores)
        .attribute("memory", memory.toMib())
        .attribute("scsi_controller", scsiController.value())
        .attribute("qemu_agent", true);
    if (efiStorage != null) {
      b.block("efi_config", e -> e.attribute("efi_storage_pool", efiStorage)
          .attribute("efi_type", "4m")
          .attribute("pre_enrolled_keys", preEnrolledKeys));
    }
    if (tpmStorage != null) {
      b.block("tpm_config", t -> t.attribute("tpm_storage_pool", tpmStorage).attribute("tpm_version", "v2.0"));
    }
    if (bootIso != null) {
      b.block("boot_iso", bootIso::write);
    }
    additionalIsos.forEach(iso -> b.block("additional_iso_files", iso::write));
    disks.forEach(d -> b.block("disks", d::write));
    networkAdapters.forEach(n -> b.block("network_adapters", n::write));
    b.blank();
    if (cloudInitStorage != null) {
      b.attribute("cloud_init", true)
          .attribute("cloud_init_storage_pool", cloudInitStorage)
          .attribute("cloud_init_disk_type", DriveBus.IDE.value())
          .blank();
    }
    if (!httpContent.isEmpty()) {
      b.attribute("http_content", HclExpr.object(httpContent)).blank();
    }
    if (!bootCommand.isEmpty()) {
      b.attribute("boot_wait", bootWait == null ? "5s" : bootWait)
          .attribute("boot_command", HclExpr.list(bootCommand))
          .blank();
    }
    communicator.write(b);
    return new PackerSource(type, name, b.build());
  }

  /** Collects a source's settings; {@link #build()} checks what the builder needs. */
  public static final class Builder {
    private final String type;
    private final String name;
    private final ProxmoxNode node;
    private VmId vmId;
    private String vmName;
    private HclExpr description;
    private final List<String> tags = new ArrayList<>();
    private GuestOs os = GuestOs.LINUX;
    private Bios bios = Bios.OVMF;
    private Machine machine = Machine.Q35;
    private String cpuType = "x86-64-v2-AES";
    private int cores = 2;
    private Size memory = Size.gib(2);
    private ScsiController scsiController = ScsiController.VIRTIO_SCSI_SINGLE;
    private String efiStorage;
    private boolean preEnrolledKeys;
    private String tpmStorage;
    private IsoDrive bootIso;
    private final List<IsoDrive> additionalIsos = new ArrayList<>();
    private final List<PackerDisk> disks = new ArrayList<>();
    private final List<NetworkAdapter> networkAdapters = new ArrayList<>();
    private String cloudInitStorage;
    private final Map<String, HclExpr> httpContent = new LinkedHashMap<>();
    private String bootWait;
    private final List<HclExpr> bootCommand = new ArrayList<>();
    private Communicator communicator = Communicator.none();
    private VmId cloneVmId;

    private Builder(String type, String name, ProxmoxNode node) {
      this.type = type;
      this.name = name;
      this.node = node;
    }

    /** The VM id of the build VM and template. */
    public Builder vmId(VmId vmId) {
      this.vmId = vmId;
      return this;
    }

    /** The VM and template name. */
    public Builder vmName(String vmName) {
      this.vmName = vmName;
      return this;
    }

    /** The template description; an expression, so that it can hold the build time. */
    public Builder description(HclExpr description) {
      this.description = description;
      return this;
    }

    /** Proxmox tags of the template. */
    public Builder tags(List<String> tags) {
      this.tags.addAll(tags);
      return this;
    }

    /** The guest type, firmware, chipset (null to keep a cloned template's), cores and RAM. */
    public Builder hardware(GuestOs os, Bios bios, Machine machine, int cores, Size memory) {
      this.os = os;
      this.bios = bios;
      this.machine = machine;
      this.cores = cores;
      this.memory = memory;
      return this;
    }

    /** The CPU model ({@code x86-64-v2-AES} unless set). */
    public Builder cpuType(String cpuType) {
      this.cpuType = cpuType;
      return this;
    }

    /** The SCSI controller ({@code virtio-scsi-single}, which disks with an I/O thread need, unless set). */
    public Builder scsiController(ScsiController scsiController) {
      this.scsiController = scsiController;
      return this;
    }

    /** An EFI disk on {@code storage}, 4m, without pre-enrolled Secure Boot keys. */
    public Builder efi(String storage) {
      return efi(storage, false);
    }

    /** An EFI disk on {@code storage}, 4m, with ({@code true}) Microsoft's Secure Boot keys enrolled. */
    public Builder efi(String storage, boolean preEnrolledKeys) {
      this.efiStorage = storage;
      this.preEnrolledKeys = preEnrolledKeys;
      return this;
    }

    /** A TPM v2.0 state disk on {@code storage}. */
    public Builder tpm(String storage) {
      this.tpmStorage = storage;
      return this;
    }

    /** The drive the installer boots from. */
    public Builder bootIso(IsoDrive drive) {
      this.bootIso = drive;
      return this;
    }

    /** One more CD drive. */
    public Builder additionalIso(IsoDrive drive) {
      additionalIsos.add(drive);
      return this;
    }

    /** One more disk. */
    public Builder disk(PackerDisk disk) {
      disks.add(disk);
      return this;
    }

    /** One more NIC. */
    public Builder network(NetworkAdapter adapter) {
      networkAdapters.add(adapter);
      return this;
    }

    /** A cloud-init drive on {@code storage} that the template keeps for its clones. */
    public Builder cloudInit(String storage) {
      this.cloudInitStorage = storage;
      return this;
    }

    /** A file Packer serves at {@code path} (e.g. {@code /preseed.cfg}) during the build. */
    public Builder http(String path, HclExpr content) {
      httpContent.put(path, content);
      return this;
    }

    /** The keystrokes typed into the console after {@code wait}, each string a line of the list. */
    public Builder bootCommand(String wait, List<HclExpr> keys) {
      this.bootWait = wait;
      bootCommand.addAll(keys);
      return this;
    }

    /** How Packer reaches the guest (none unless set). */
    public Builder communicator(Communicator communicator) {
      this.communicator = communicator;
      return this;
    }

    /** The template a clone source clones. */
    public Builder cloneOf(VmId template) {
      this.cloneVmId = template;
      return this;
    }

    /** The source. */
    public ProxmoxSource build() {
      return new ProxmoxSource(type, name, node, vmId, vmName, description, tags, os, bios, machine, cpuType, cores,
          memory, scsiController, efiStorage, preEnrolledKeys, tpmStorage, bootIso, additionalIsos, disks,
          networkAdapters, cloudInitStorage, httpContent, bootWait, bootCommand, communicator, cloneVmId);
    }
  }
}
