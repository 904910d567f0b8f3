package dev.ingot.talos.image;

import dev.ingot.core.ValidationContext;
import dev.ingot.core.validate.Path;
import dev.ingot.core.value.Names;
import dev.ingot.core.value.Size;
import dev.ingot.proxmox.ContentType;
import dev.ingot.proxmox.vm.VmTemplate;
import dev.ingot.talos.schematic.OfficialExtension;
import dev.ingot.talos.schematic.SchematicNames;
import java.util.List;

/** The checks of a {@link TalosGoldenImage}. */
final class GoldenImageRules {
  private static final Size MIN_DISK = Size.gib(10);
  /** The connection variables the Packer file declares besides the build password. */
  private static final List<String> PACKER_VARIABLES = List.of("proxmox_url", "proxmox_username", "proxmox_token");

  private GoldenImageRules() {}

  /** Adds the problems of {@code image} to {@code context}. */
  static void validate(TalosGoldenImage image, ValidationContext context) {
    Path at = image.path();
    Names.requireDnsLabel(image.name(), at.field("name"), context.problems());
    image.schematic().validate(at.field("schematic"), context.problems());
    SchematicNames.check(image, context);
    if (!image.schematic().contains(OfficialExtension.QEMU_GUEST_AGENT)) {
      context.error(at.field("schematic"), "Packer finds the build VM through the QEMU guest agent and the template"
          + " keeps it enabled, so schematic " + image.schematic().name() + " needs siderolabs/qemu-guest-agent");
    }
    if (image.node() == null) {
      context.error(at.field("node"), "the image needs a Proxmox node to be built on: on(pve)");
    } else if (context.requirePresent(at.field("node"), image.node()) && image.node().endpoint() == null) {
      context.error(at.field("node"), "node " + image.node().name() + " has no API endpoint for Packer: give it"
          + " endpoint(\"https://…:8006/\")");
    }
    if (image.storage() == null) {
      context.error(at.field("storage"), "the image needs a storage for its disks: storage(pool)");
    }
    if (image.isoStorage() == null || !image.isoStorage().allows(ContentType.ISO)) {
      context.error(at.field("isoStorage"), "the live ISO needs a storage that allows ISO images, such as local");
    }
    if (image.vmId() == null) {
      context.error(at.field("vmId"), "the template needs a VM id, which its clones refer to: vmId(9100)");
    } else {
      image.vmId().validate(at.field("vmId"), context.problems());
    }
    VmTemplate.requireOwnIdentity(image, context);
    if (image.diskSize().compareTo(MIN_DISK) < 0) {
      context.error(at.field("diskSize"), "Talos needs a system disk of at least 10 GiB");
    }
    if (PACKER_VARIABLES.contains(image.buildPassword().variable())) {
      context.error(image.buildPassword().path(), "the variable " + Names.describe(image.buildPassword().variable())
          + " already carries the Proxmox VE connection in " + image.filePath() + "; keep the build password under"
          + " another name");
    }
    if (image.bridge().isBlank()) {
      context.error(at.field("bridge"), "the network device needs a bridge, such as vmbr0");
    }
  }
}
