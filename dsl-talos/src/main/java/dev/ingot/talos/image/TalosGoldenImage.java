package dev.ingot.talos.image;

import dev.ingot.core.Emission;
import dev.ingot.core.Infra;
import dev.ingot.core.ValidationContext;
import dev.ingot.core.value.Secret;
import dev.ingot.core.value.Size;
import dev.ingot.proxmox.DirStorage;
import dev.ingot.proxmox.ProxmoxNode;
import dev.ingot.proxmox.Storage;
import dev.ingot.proxmox.packer.ProxmoxPlugin;
import dev.ingot.proxmox.vm.Bios;
import dev.ingot.proxmox.vm.GuestInit;
import dev.ingot.proxmox.vm.VmId;
import dev.ingot.proxmox.vm.VmTemplate;
import dev.ingot.proxmox.zfs.ZfsPool;
import dev.ingot.talos.schematic.DiskImageFormat;
import dev.ingot.talos.schematic.TalosPlatform;
import dev.ingot.talos.schematic.TalosSchematic;
import dev.ingot.talos.schematic.WritesSchematics;
import java.util.List;
import java.util.Objects;

/**
 * A Proxmox VM template holding Talos, built by Packer from the Image Factory's nocloud disk image
 * of a schematic, for sites that clone their Talos VMs from a template instead of importing the
 * downloaded image into each VM.
 *
 * <pre>{@code
 * TalosGoldenImage.of(base).on(pve).storage(tank).vmId(9100)
 * }</pre>
 *
 * <p>It writes {@code packer/talos/<name>.pkr.hcl} (for the default name {@code talos},
 * {@code packer/talos/talos.pkr.hcl}) for {@code packer-plugin-proxmox}. The template VM is
 * made as the Talos guide for Proxmox asks (q35, OVMF with an EFI disk without pre-enrolled keys,
 * CPU type {@code host}, VirtIO SCSI, write-through cache, a virtio NIC, ballooning off) with a
 * cloud-init drive, which Talos's nocloud platform reads for its network settings. Talos has no
 * shell, so Packer boots the Arch Linux live ISO (downloaded by the Proxmox node), sets a throwaway
 * root password for its SSH session ({@link #buildPassword}, from an environment variable, gone
 * with the live system), and writes the Factory's {@code nocloud-amd64.raw.zst} to the disk. Packer
 * finds the build VM through the guest agent, so the template has it enabled and the schematic
 * must carry {@code siderolabs/qemu-guest-agent}.
 *
 * <p>The plugin pin and the Proxmox credentials are the site's {@link ProxmoxPlugin} (or its
 * default), as for every other golden image.
 *
 * @param name the file name and the template's name in Proxmox, a DNS label
 * @param schematic the schematic of the image; its Talos release is the image's
 * @param node the node that builds and keeps the template
 * @param storage the storage of the template's disks
 * @param isoStorage the storage the node downloads the live ISO to
 * @param vmId the template's VM id
 * @param diskSize the size of the system disk
 * @param bridge the bridge of the network device
 * @param buildPassword the root password of the live system during the build
 */
public record TalosGoldenImage(String name, TalosSchematic schematic, ProxmoxNode node, Storage storage,
    Storage isoStorage, VmId vmId, Size diskSize, String bridge, Secret buildPassword)
    implements WritesSchematics, VmTemplate {
  /** The disk image format: Proxmox cannot unpack {@code .xz}, and the live system has {@code zstd}. */
  public static final DiskImageFormat IMAGE_FORMAT = DiskImageFormat.RAW_ZST;

  /** Checks for null. */
  public TalosGoldenImage {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(schematic, "schematic");
    Objects.requireNonNull(diskSize, "diskSize");
    Objects.requireNonNull(bridge, "bridge");
    Objects.requireNonNull(buildPassword, "buildPassword");
  }

  /**
   * The golden image {@code talos} of {@code schematic} (for the nocloud platform): a 32 GiB disk,
   * the ISO in storage {@code local}, the network on {@code vmbr0}, the build password from
   * {@code $TALOS_BUILD_PASSWORD}.
   */
  public static TalosGoldenImage of(TalosSchematic schematic) {
    return new TalosGoldenImage("talos", schematic.platform(TalosPlatform.NOCLOUD), null, null, DirStorage.local(),
        null, Size.gib(32), "vmbr0", Secret.env("TALOS_BUILD_PASSWORD"));
  }

  /** This image called {@code name}: its file is {@code packer/talos/<name>.pkr.hcl}. */
  public TalosGoldenImage named(String name) {
    return new TalosGoldenImage(name, schematic, node, storage, isoStorage, vmId, diskSize, bridge, buildPassword);
  }

  /** This image built and kept on {@code node}. */
  public TalosGoldenImage on(ProxmoxNode node) {
    return new TalosGoldenImage(name, schematic, node, storage, isoStorage, vmId, diskSize, bridge, buildPassword);
  }

  /** This image's disks on {@code storage}. */
  public TalosGoldenImage storage(Storage storage) {
    return new TalosGoldenImage(name, schematic, node, storage, isoStorage, vmId, diskSize, bridge, buildPassword);
  }

  /** This image's disks on the storage that registers {@code pool}. */
  public TalosGoldenImage storage(ZfsPool pool) {
    return storage(pool.storage());
  }

  /** This image downloading the live ISO to {@code storage}. */
  public TalosGoldenImage isoStorage(Storage storage) {
    return new TalosGoldenImage(name, schematic, node, this.storage, storage, vmId, diskSize, bridge, buildPassword);
  }

  /** This image with VM id {@code id}. */
  public TalosGoldenImage vmId(long id) {
    return new TalosGoldenImage(name, schematic, node, storage, isoStorage, VmId.of(id), diskSize, bridge,
        buildPassword);
  }

  /** This image with a system disk of {@code size}. */
  public TalosGoldenImage disk(Size size) {
    return new TalosGoldenImage(name, schematic, node, storage, isoStorage, vmId, size, bridge, buildPassword);
  }

  /** This image's network device on {@code bridge}. */
  public TalosGoldenImage bridge(String bridge) {
    return new TalosGoldenImage(name, schematic, node, storage, isoStorage, vmId, diskSize, bridge, buildPassword);
  }

  /** This image's live system using {@code password} as its throwaway root password. */
  public TalosGoldenImage buildPassword(Secret password) {
    return new TalosGoldenImage(name, schematic, node, storage, isoStorage, vmId, diskSize, bridge, password);
  }

  /** The URL of the disk image Packer writes to the template's disk. */
  public String imageUrl() {
    return schematic.platform(TalosPlatform.NOCLOUD).urls().diskImage(IMAGE_FORMAT);
  }

  /** The path of the Packer file. */
  public String filePath() {
    return "packer/talos/" + name + ".pkr.hcl";
  }

  @Override
  public String kind() {
    return "talos golden image";
  }

  @Override
  public String templateName() {
    return name;
  }

  /** Always UEFI (OVMF). */
  @Override
  public Bios bios() {
    return Bios.OVMF;
  }

  /** Always true: the schematic carries the guest agent. */
  @Override
  public boolean guestAgent() {
    return true;
  }

  /**
   * {@link GuestInit#CLOUD_INIT}: Talos's nocloud platform reads the network settings of the
   * cloud-init drive (addresses, gateway, DNS); its machine configuration comes over its API.
   */
  @Override
  public GuestInit guestInit() {
    return GuestInit.CLOUD_INIT;
  }

  /** Its schematic, as its file. */
  @Override
  public List<Use> schematicFiles() {
    return List.of(new Use(path().field("schematic"), schematic));
  }

  @Override
  public List<Secret> secrets() {
    return List.of(buildPassword);
  }

  /** The build password, and the default plugin's token when the site has no {@link ProxmoxPlugin}. */
  @Override
  public List<Secret> secrets(Infra site) {
    return ProxmoxPlugin.withDefaultToken(site, secrets());
  }

  @Override
  public void validate(ValidationContext context) {
    GoldenImageRules.validate(this, context);
  }

  @Override
  public void emit(Emission out) {
    schematic.emit(out);
    out.add(filePath(), GoldenImageTemplate.of(this, out.infra()));
  }
}
