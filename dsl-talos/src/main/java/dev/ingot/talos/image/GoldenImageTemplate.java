package dev.ingot.talos.image;

import dev.ingot.core.Infra;
import dev.ingot.core.hcl.HclExpr;
import dev.ingot.core.packer.PackerBuild;
import dev.ingot.core.packer.PackerSource;
import dev.ingot.core.packer.PackerTemplate;
import dev.ingot.core.packer.PackerVariable;
import dev.ingot.core.packer.Provisioner;
import dev.ingot.core.value.Secret;
import dev.ingot.core.value.Size;
import dev.ingot.proxmox.ProxmoxNode;
import dev.ingot.proxmox.image.ArchRecipe;
import dev.ingot.proxmox.packer.Communicator;
import dev.ingot.proxmox.packer.DriveBus;
import dev.ingot.proxmox.packer.GuestOs;
import dev.ingot.proxmox.packer.IsoContent;
import dev.ingot.proxmox.packer.IsoDrive;
import dev.ingot.proxmox.packer.NetworkAdapter;
import dev.ingot.proxmox.packer.PackerDisk;
import dev.ingot.proxmox.packer.ProxmoxPlugin;
import dev.ingot.proxmox.packer.ProxmoxSource;
import dev.ingot.proxmox.vm.Bios;
import dev.ingot.proxmox.vm.DiskCache;
import dev.ingot.proxmox.vm.Machine;
import dev.ingot.proxmox.vm.ScsiController;
import java.util.List;

/**
 * The Packer template of a {@link TalosGoldenImage}, built from the Proxmox Packer blocks: the
 * plugin pin and the connection come from the site's {@link ProxmoxPlugin}.
 */
final class GoldenImageTemplate {
  /** The checksum list of {@link ArchRecipe#LATEST_ISO}, the live ISO the build boots. */
  static final String ISO_CHECKSUM = "file:https://geo.mirror.pkgbuild.com/iso/latest/sha256sums.txt";
  /** The source and build name. */
  private static final String NAME = "talos";
  /** Build VM cores and memory; the template's clones set their own. */
  private static final int BUILD_CORES = 2;
  private static final Size BUILD_MEMORY = Size.gib(2);

  private GoldenImageTemplate() {}

  /** The Packer template of {@code image} in {@code site}. */
  static PackerTemplate of(TalosGoldenImage image, Infra site) {
    ProxmoxPlugin plugin = ProxmoxPlugin.of(site);
    ProxmoxNode node = image.node().in(site);
    Secret buildPassword = image.buildPassword();
    PackerVariable password = PackerVariable.secret(buildPassword.variable(), "throwaway root password of the live"
        + " system during the build, from " + buildPassword.describe());
    String storage = image.storage().id();
    PackerSource source = ProxmoxSource.iso(NAME, node)
        .vmId(image.vmId())
        .vmName(image.templateName())
        .description(HclExpr.str("Talos " + image.schematic().talosVersion() + ", nocloud, schematic "
            + image.schematic().name() + " (" + image.schematic().id() + ")"))
        .hardware(GuestOs.LINUX, Bios.OVMF, Machine.Q35, BUILD_CORES, BUILD_MEMORY)
        .cpuType("host")
        .scsiController(ScsiController.VIRTIO_SCSI_PCI)
        .efi(storage)
        .bootIso(new IsoDrive(new IsoContent.Download(List.of(ArchRecipe.LATEST_ISO), ISO_CHECKSUM,
            image.isoStorage().id()), DriveBus.IDE, true))
        .disk(new PackerDisk(DriveBus.SCSI, storage, image.diskSize(), DiskCache.WRITETHROUGH, false, false, false))
        .network(NetworkAdapter.on(image.bridge()))
        .cloudInit(storage)
        .bootCommand("10s", List.of(
            HclExpr.str("<enter><wait90s>"),
            HclExpr.template("passwd<enter><wait2s>", password.ref(), "<enter><wait2s>", password.ref(), "<enter>")))
        .communicator(Communicator.sshPassword("root", password.ref()))
        .build()
        .toPackerSource(plugin);
    Provisioner write = Provisioner.of("shell", p -> p.attribute("inline", HclExpr.strings(List.of(
        "set -eu -o pipefail",
        "curl -fsSL " + image.imageUrl() + " | zstd -dc | dd of=/dev/sda bs=4M conv=fsync status=none",
        "sync"))));
    return PackerTemplate.requiring(plugin.packerVersion())
        .plugin(plugin.requiredPlugin())
        .variables(plugin.variables(node))
        .variable(password)
        .source(source)
        .build(PackerBuild.of(NAME, source).provision(write));
  }
}
