package dev.ingot.proxmox.image;

import dev.ingot.core.ValidationContext;
import dev.ingot.core.validate.Path;
import dev.ingot.core.validate.Problems;
import dev.ingot.core.value.Names;
import dev.ingot.core.value.Size;
import dev.ingot.proxmox.ContentType;
import dev.ingot.proxmox.ProxmoxNode;
import dev.ingot.proxmox.Storage;
import dev.ingot.proxmox.template.CloudImageTemplate;
import dev.ingot.proxmox.vm.Bios;
import dev.ingot.proxmox.vm.GuestInit;
import dev.ingot.proxmox.vm.VmTemplate;
import dev.ingot.proxmox.zfs.ZfsPool;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Every rule a golden image must meet, each reported with its path. */
final class ImageRules {
  private static final Pattern PACKAGE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9+._:@-]*");
  private static final Pattern TAG = Pattern.compile("[a-z0-9_][a-z0-9_+.-]*");
  private static final Pattern LOCALE = Pattern.compile("[a-z]{2,3}_[A-Z]{2}\\.UTF-8");
  private static final Pattern TIMEZONE = Pattern.compile("[A-Za-z]+(/[A-Za-z0-9_+-]+)+|UTC");
  private static final Pattern KEYBOARD = Pattern.compile("[a-z]{2,3}");
  private static final Pattern ISO_FILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]*\\.iso");
  private static final Pattern BRIDGE = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,14}");

  private ImageRules() {}

  static void validate(GoldenImage<?> image, ValidationContext context) {
    Path at = image.path();
    Problems problems = context.problems();
    image.recipe().validate(at, problems);
    if (image.node() == null) {
      context.error(at.field("node"), "the image has no node: place it with on(node)");
    } else {
      context.requirePresent(at.field("node"), image.node());
    }
    if (image.vmId() == null) {
      context.error(at.field("vmId"), "the image has no VM id: give it one with vmId(…)");
    } else {
      image.vmId().validate(at.field("vmId"), problems);
    }
    VmTemplate.requireOwnIdentity(image, context);
    if (image.admin() == null) {
      context.error(at.field("admin"), "the image has no admin account: give it one with admin(…)");
    } else {
      image.admin().validate(at.field("admin"), problems);
    }
    storages(image, context);
    if (image.base() == null) {
      iso(image, at.field("iso"), problems);
    } else {
      base(image, context);
    }
    hardware(image, at, problems);
    communicator(image, at.field("communicator"), problems);
    baseline(image, at, problems);
    onePerOs(image, context);
  }

  private static void storages(GoldenImage<?> image, ValidationContext context) {
    Path at = image.path();
    ProxmoxNode node = image.node() == null ? null : image.node().in(context.infra());
    if (image.storage() == null) {
      context.error(at.field("storage"), "the image has no storage for its disks: give it one with storage(…)");
    } else {
      requireStorage(image.storage(), ContentType.IMAGES, "VM disks", node, context, at.field("storage"));
    }
    if (needsIsoStorage(image)) {
      Storage iso = image.isoStorage();
      if (iso == null && node != null) {
        context.error(at.field("isoStorage"), "node " + Names.describe(node.name())
            + " has no storage " + Names.describe(GoldenImage.DEFAULT_ISO_STORAGE)
            + " for ISOs: give one with isoStorage(…)");
      } else if (iso != null) {
        requireStorage(iso, ContentType.ISO, "ISO images", node, context, at.field("isoStorage"));
      }
    }
    if (image.iso() instanceof IsoImage.OnStorage file) {
      requireStorage(file.storage(), ContentType.ISO, "ISO images", node, context, at.field("iso").field("storage"));
    }
    if (image.recipe() instanceof WindowsRecipe w && w.virtioDrivers() instanceof IsoImage.OnStorage file) {
      requireStorage(file.storage(), ContentType.ISO, "ISO images", node, context,
          at.field("virtioDrivers").field("storage"));
    }
  }

  /** Downloads and generated CDs (the Windows answer file, a clone's seed) go to the ISO storage. */
  private static boolean needsIsoStorage(GoldenImage<?> image) {
    return image.base() != null || image.iso() instanceof IsoImage.Download || image.recipe().windows();
  }

  /** The template a cloned image starts from: a cloud image of Debian or Ubuntu, on the image's node and storage. */
  private static void base(GoldenImage<?> image, ValidationContext context) {
    VmTemplate base = image.base();
    OsRecipe recipe = image.recipe();
    Path at = image.path().field("base");
    if (!(recipe instanceof DebianRecipe || recipe instanceof UbuntuRecipe)) {
      context.error(at, "the " + recipe.os() + " recipe installs from its ISO; only Debian and Ubuntu images can start"
          + " from a cloud-image template");
      return;
    }
    if (!context.requirePresent(at, base)) {
      return;
    }
    if (base.guestInit() != GuestInit.CLOUD_INIT) {
      context.error(at, base.path() + " reads no cloud-init drive, so the build's seed cannot let Packer in");
    }
    if (image.node() != null && base.node() != null && !image.node().sameAs(base.node())) {
      context.error(at, base.path() + " is on node " + Names.describe(base.node().name()) + "; Packer clones it on "
          + Names.describe(image.node().name()));
    }
    if (image.storage() != null && base.storage() != null && !image.storage().id().equals(base.storage().id())) {
      context.error(at, "a clone keeps its disks on the storage of " + base.path() + ", "
          + Names.describe(base.storage().id()) + "; give the image that storage");
    }
    String expected = recipe.os() + "-" + recipe.version();
    if (base instanceof CloudImageTemplate cloud && !cloud.image().name().startsWith(expected)) {
      context.warning(at, base.path() + " is made from " + Names.describe(cloud.image().name()) + ", not "
          + recipe.displayName());
    }
  }

  private static void requireStorage(Storage storage, ContentType content, String what, ProxmoxNode node,
      ValidationContext context, Path at) {
    if (!storage.allows(content)) {
      context.error(at, "storage " + Names.describe(storage.id()) + " cannot hold " + what + ": its content types are "
          + storage.content().stream().map(ContentType::value).collect(Collectors.joining(", ")) + "; add "
          + content.value());
    }
    if (node != null && !onNode(storage, node, context)) {
      context.error(at, "node " + Names.describe(node.name()) + " has no storage " + Names.describe(storage.id()));
    }
  }

  /** True when {@code node} has the storage, built in, declared or registered by one of its ZFS pools. */
  private static boolean onNode(Storage storage, ProxmoxNode node, ValidationContext context) {
    if (node.findStorage(storage.id()).isPresent()) {
      return true;
    }
    return context.infra().all(ZfsPool.class).stream()
        .anyMatch(p -> node.sameAs(p.node()) && p.storage() != null && p.storage().id().equals(storage.id()));
  }

  private static void iso(GoldenImage<?> image, Path at, Problems problems) {
    IsoImage iso = image.iso();
    OsRecipe recipe = image.recipe();
    if (iso == null) {
      problems.error(at, "no installer ISO: " + isoAdvice(recipe));
    } else if (iso instanceof IsoImage.Download d) {
      if (d.urls().isEmpty()) {
        problems.error(at.field("urls"), "a download needs at least one URL");
      }
      for (int i = 0; i < d.urls().size(); i++) {
        String url = d.urls().get(i);
        if (!url.startsWith("https://") || url.chars().anyMatch(Character::isWhitespace)) {
          problems.error(at.field("urls", i), Names.describe(url) + " is not an https:// URL");
        }
      }
      if (d.checksum() == null) {
        problems.error(at.field("checksum"), "missing checksum: " + isoAdvice(recipe));
      } else {
        d.checksum().validate(at.field("checksum"), problems);
      }
    } else if (iso instanceof IsoImage.OnStorage file && !ISO_FILE.matcher(file.fileName()).matches()) {
      problems.error(at.field("fileName"), Names.describe(file.fileName()) + " is not an ISO file name");
    }
  }

  /** Where the user finds an installer and its checksum. */
  private static String isoAdvice(OsRecipe recipe) {
    if (recipe instanceof ArchRecipe) {
      return "Arch ISOs change every month, so Ingot pins none; give the month's image with iso(IsoImage.url("
          + "\"https://geo.mirror.pkgbuild.com/iso/<date>/archlinux-<date>-x86_64.iso\", Checksum.sha256(…))) and"
          + " the digest from sha256sums.txt next to it";
    }
    if (recipe instanceof NixosRecipe) {
      return "the channel's ISO changes with every update, so Ingot pins none; give a release image from"
          + " https://releases.nixos.org/nixos/" + recipe.version() + "/ with iso(IsoImage.url(…, Checksum.sha256(…)))"
          + " and the digest from the .sha256 file next to it";
    }
    if (recipe instanceof WindowsRecipe) {
      return "Microsoft publishes no stable download URL; upload the " + recipe.displayName()
          + " ISO to an ISO storage and give it with iso(IsoImage.file(storage, \"….iso\"))";
    }
    return "Ingot pins no installer for " + recipe.displayName() + "; give it with iso(IsoImage.url(url,"
        + " Checksum.sha256(…))) and the digest from the SHA256SUMS file next to it";
  }

  private static void hardware(GoldenImage<?> image, Path at, Problems problems) {
    OsRecipe recipe = image.recipe();
    RecipeSizes sizes = recipe.sizes();
    Hardware hw = image.hardware();
    Size disk = image.diskSize();
    if (disk == null) {
      problems.error(at.field("diskSize"), "the image has no system disk size");
    } else if (!disk.isPositive() || !disk.isWholeGib()) {
      problems.error(at.field("diskSize"), "the disk size " + disk + " is not a whole number of GiB");
    } else if (disk.compareTo(sizes.minimumDisk()) < 0) {
      problems.error(at.field("diskSize"), "a " + disk + " disk is smaller than " + recipe.displayName()
          + " needs: use at least " + sizes.minimumDisk() + (image.base() == null ? ""
              : " (a clone keeps the disk of " + image.base().path() + ")"));
    }
    if (hw.memory().compareTo(sizes.minimumMemory()) < 0 || !hw.memory().isWholeMib()) {
      problems.error(at.field("memory"), recipe.displayName() + " needs at least " + sizes.minimumMemory()
          + " of RAM in whole MiB, not " + hw.memory());
    }
    if (hw.cores() < 1) {
      problems.error(at.field("cores"), "the build VM needs at least one core");
    }
    if (!BRIDGE.matcher(hw.bridge()).matches()) {
      problems.error(at.field("bridge"), Names.describe(hw.bridge()) + " is not a Linux bridge name like vmbr0");
    }
    if (hw.vlan() != null && (hw.vlan() < 1 || hw.vlan() > 4094)) {
      problems.error(at.field("vlan"), hw.vlan() + " is not a VLAN tag: use 1 to 4094");
    }
    if (image.base() == null && hw.bios() != Bios.OVMF) {
      problems.error(at.field("bios"), recipe.windows()
          ? recipe.displayName() + " needs UEFI: use Bios.OVMF, with a TPM v2.0"
          : "the " + recipe.os() + " recipe installs for UEFI: use Bios.OVMF");
    }
    if (recipe instanceof WindowsRecipe w && !hw.tpm()) {
      if (w.server()) {
        problems.warning(at.field("tpm"), recipe.displayName() + " installs without a TPM, but Secure Boot"
            + " attestation, BitLocker and Credential Guard need a TPM v2.0");
      } else {
        problems.error(at.field("tpm"), "Windows 11 needs a TPM v2.0: keep tpm(true)");
      }
    }
  }

  private static void communicator(GoldenImage<?> image, Path at, Problems problems) {
    OsRecipe recipe = image.recipe();
    CommunicatorType type = image.communicator();
    if (!recipe.windows() && type == CommunicatorType.WINRM) {
      problems.error(at, "WinRM cannot reach a Linux guest: the " + recipe.displayName()
          + " install enables SSH, use CommunicatorType.SSH");
    } else if (recipe.windows() && type == CommunicatorType.SSH) {
      problems.error(at, "SSH cannot reach the guest during the build: " + recipe.displayName()
          + " enables OpenSSH only in the baseline, after Packer connects; use CommunicatorType.WINRM");
    }
  }

  private static void baseline(GoldenImage<?> image, Path at, Problems problems) {
    Baseline b = image.baseline();
    OsRecipe recipe = image.recipe();
    if (recipe.windows() && !b.packages().isEmpty()) {
      problems.error(at.field("packages"), recipe.displayName() + " images take no packages list: packages(…) installs"
          + " with the package manager of a Linux distribution; install software in a build step with"
          + " step(ProvisionStep.powershell(…))");
    } else {
      list(b.packages(), PACKAGE, at.field("packages"), "is not a package name", problems);
    }
    list(b.tags(), TAG, at.field("tags"), "is not a Proxmox tag (lower-case letters, digits, _ + . -)", problems);
    if (!LOCALE.matcher(b.locale()).matches()) {
      problems.error(at.field("locale"), Names.describe(b.locale()) + " is not a UTF-8 locale like en_US.UTF-8");
    }
    if (!TIMEZONE.matcher(b.timezone()).matches()) {
      problems.error(at.field("timezone"), Names.describe(b.timezone()) + " is not a time zone like Europe/Berlin");
    } else if (recipe.windows() && WindowsZones.of(b.timezone()).isEmpty()) {
      problems.error(at.field("timezone"), "Ingot knows no Windows time zone for " + Names.describe(b.timezone())
          + ": use the zone of a nearby city it knows, e.g. Europe/Berlin, America/New_York, Etc/UTC");
    }
    if (!KEYBOARD.matcher(b.keyboard()).matches()) {
      problems.error(at.field("keyboard"), Names.describe(b.keyboard()) + " is not a keyboard layout like us or de");
    } else if (recipe.windows() && WindowsKeyboards.of(b.keyboard()).isEmpty()) {
      problems.error(at.field("keyboard"), "Ingot knows no Windows keyboard layout for " + Names.describe(b.keyboard())
          + ": use one of " + WindowsKeyboards.supported());
    }
    List<ProvisionStep> steps = b.steps();
    for (int i = 0; i < steps.size(); i++) {
      ProvisionStep step = steps.get(i);
      if (step.forWindows() != recipe.windows()) {
        problems.error(at.field("steps", i), recipe.windows()
            ? "a shell step cannot run on " + recipe.displayName() + ": use ProvisionStep.powershell"
            : "a Windows step cannot run on " + recipe.displayName() + ": use ProvisionStep.shell");
      } else if (step instanceof ProvisionStep.Shell s && s.lines().isEmpty()
          || step instanceof ProvisionStep.PowerShell p && p.lines().isEmpty()) {
        problems.error(at.field("steps", i), "the step has no lines");
      }
    }
  }

  private static void list(List<String> values, Pattern form, Path at, String message, Problems problems) {
    for (int i = 0; i < values.size(); i++) {
      if (!form.matcher(values.get(i)).matches()) {
        problems.error(at.index(i), Names.describe(values.get(i)) + " " + message);
      }
    }
  }

  /** Two images of one OS would write the same Packer directory. */
  private static void onePerOs(GoldenImage<?> image, ValidationContext context) {
    for (GoldenImage<?> other : context.infra().all(GoldenImage.class).stream().map(g -> (GoldenImage<?>) g).toList()) {
      if (other == image) {
        return;
      }
      if (other.recipe().os().equals(image.recipe().os()) && !other.name().equals(image.name())) {
        context.error(image.path(), "golden image " + Names.describe(other.name()) + " already writes "
            + image.packerDirectory() + ": a site builds one image per operating system");
        return;
      }
    }
  }
}
