package dev.ingot.proxmox.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ingot.core.Component;
import dev.ingot.core.Infra;
import dev.ingot.core.generate.ArtifactSet;
import dev.ingot.core.value.Size;
import dev.ingot.proxmox.BootLoader;
import dev.ingot.proxmox.ContentType;
import dev.ingot.proxmox.CpuVendor;
import dev.ingot.proxmox.DirStorage;
import dev.ingot.proxmox.ProxmoxNode;
import dev.ingot.proxmox.TestSites;
import dev.ingot.proxmox.template.CloudImageTemplate;
import dev.ingot.proxmox.vm.Bios;
import dev.ingot.proxmox.vm.Vm;
import dev.ingot.proxmox.zfs.ZfsPool;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule of a golden image, with the exact path and message it reports. */
class ImageValidationTest {
  private static final ProxmoxNode PVE = ProxmoxNode.named("pve").endpoint("https://pve.lan:8006/")
      .cpu(CpuVendor.AMD).memory(Size.gib(96)).bootLoader(BootLoader.SYSTEMD_BOOT)
      .storage(DirStorage.local().addContent(ContentType.SNIPPETS, ContentType.IMPORT));
  private static final ZfsPool TANK = TestSites.tank(PVE);
  private static final ProxmoxNode PVE2 = ProxmoxNode.named("pve2").endpoint("https://pve2.lan:8006/")
      .cpu(CpuVendor.AMD).memory(Size.gib(64)).bootLoader(BootLoader.SYSTEMD_BOOT);
  private static final CloudImageTemplate DEBIAN_BASE =
      CloudImageTemplate.debian13().on(PVE).vmId(9100).storage(TANK).diskSize(Size.gib(16));

  /** {@code image} on the MS-A2's tank as VM 9000 with the test admin. */
  private static <R extends OsRecipe> GoldenImage<R> placed(GoldenImage<R> image) {
    return image.on(PVE).storage(TANK).vmId(9000).admin(TestImages.admin());
  }

  /** Windows Server 2025 from an uploaded ISO with the administrator's password. */
  private static GoldenImage<WindowsRecipe> server() {
    return placed(GoldenImage.windowsServer(2025)).iso(IsoImage.file(DirStorage.local(), "server-2025.iso"))
        .recipe(w -> w.adminPassword(TestImages.SECRETS.ref("windows_admin_password")));
  }

  private static List<String> problems(Component... components) {
    var all = new ArrayList<Component>(List.of(PVE, TANK));
    all.addAll(List.of(components));
    return TestSites.problems(Infra.named("homelab").with(all));
  }

  @Test
  void theTestSitesAreValid() {
    assertThat(TestSites.problems(TestImages.site())).isEmpty();
    assertThat(TestSites.problems(TestImages.cloudSite())).isEmpty();
  }

  @Test
  void everyDefaultRecipeNeedsOnlyWhatCannotBePinned() {
    assertThat(problems(placed(GoldenImage.debian(13)))).isEmpty();
    assertThat(problems(placed(GoldenImage.ubuntu("24.04")))).isEmpty();
  }

  @Test
  void aGoldenImageHasAVmIdAndNameOfItsOwn() {
    Vm vm = Vm.named("debian-13-golden").on(PVE).vmId(9000).memory(Size.gib(2));
    assertThat(problems(vm, placed(GoldenImage.debian(13)), placed(GoldenImage.ubuntu("24.04")))).containsExactly(
        "golden image \"debian-13-golden\" › name: the name \"debian-13-golden\" is also the name of vm"
            + " \"debian-13-golden\"",
        "golden image \"debian-13-golden\" › vmId: VM id 9000 is also the id of vm \"debian-13-golden\"",
        "golden image \"ubuntu-24.04-golden\" › vmId: VM id 9000 is also the id of vm \"debian-13-golden\"");
  }

  @Test
  void anUnsupportedVersionIsReportedAtVersion() {
    assertThat(problems(placed(GoldenImage.debian(11)).iso(IsoImage.file(DirStorage.local(), "debian-11.iso"))))
        .containsExactly("golden image \"debian-11-golden\" › version: Debian 11 is not supported: use 12 or 13");
    assertThat(problems(placed(GoldenImage.ubuntu("22.04")).iso(IsoImage.file(DirStorage.local(), "u.iso"))))
        .containsExactly("golden image \"ubuntu-22.04-golden\" › version: Ubuntu 22.04 is not supported: use 24.04"
            + " or 26.04");
    assertThat(problems(placed(GoldenImage.nixos("24.11")).iso(IsoImage.file(DirStorage.local(), "nixos.iso"))))
        .containsExactly("golden image \"nixos-24.11-golden\" › version: NixOS 24.11 is not supported: use a"
            + " release from 25.05 on (YY.05 or YY.11)");
    assertThat(problems(server().recipe(w -> new WindowsRecipe(true, 2019, w.edition(), w.language(),
        w.adminPassword(), null, w.virtioDrivers(), w.cloudbaseInit())))).containsExactly(
            "golden image \"windows-server-2019-golden\" › version: Windows Server 2019 is not supported: use 2022"
                + " or 2025");
  }

  @Test
  void aReleaseWithoutAPinnedIsoAsksForOne() {
    assertThat(problems(placed(GoldenImage.debian(12)))).containsExactly(
        "golden image \"debian-12-golden\" › iso: no installer ISO: Ingot pins no installer for Debian 12; give it"
            + " with iso(IsoImage.url(url, Checksum.sha256(…))) and the digest from the SHA256SUMS file next to it");
  }

  @Test
  void archAndNixosNeedAChecksumGiven() {
    assertThat(problems(placed(GoldenImage.arch()))).containsExactly(
        "golden image \"arch-rolling-golden\" › iso › checksum: missing checksum: Arch ISOs change every month, so"
            + " Ingot pins none; give the month's image with iso(IsoImage.url(\"https://geo.mirror.pkgbuild.com/iso/"
            + "<date>/archlinux-<date>-x86_64.iso\", Checksum.sha256(…))) and the digest from sha256sums.txt next"
            + " to it");
    assertThat(problems(placed(GoldenImage.nixos("25.11")))).containsExactly(
        "golden image \"nixos-25.11-golden\" › iso › checksum: missing checksum: the channel's ISO changes with"
            + " every update, so Ingot pins none; give a release image from https://releases.nixos.org/nixos/25.11/"
            + " with iso(IsoImage.url(…, Checksum.sha256(…))) and the digest from the .sha256 file next to it");
  }

  @Test
  void aDownloadNeedsHttpsUrlsAndAWellFormedChecksum() {
    assertThat(problems(placed(GoldenImage.arch()).iso(IsoImage.url("http://mirror.lan/arch.iso",
        Checksum.sha256("abc"))))).containsExactly(
            "golden image \"arch-rolling-golden\" › iso › urls[0]: \"http://mirror.lan/arch.iso\" is not an"
                + " https:// URL",
            "golden image \"arch-rolling-golden\" › iso › checksum: \"sha256:abc\" is not a checksum: use"
                + " sha256:<64 lower-case hex digits>, sha512:<128 hex digits> or file:https://… for a checksum file");
  }

  @Test
  void aSha512DigestOrAChecksumFileIsAccepted() {
    String iso = "https://geo.mirror.pkgbuild.com/iso/2026.10.01/archlinux-2026.10.01-x86_64.iso";
    assertThat(problems(placed(GoldenImage.arch()).iso(IsoImage.url(iso, Checksum.sha512("ab".repeat(64)))))).isEmpty();
    assertThat(problems(placed(GoldenImage.arch()).iso(IsoImage.url(iso,
        Checksum.file("https://geo.mirror.pkgbuild.com/iso/2026.10.01/sha256sums.txt"))))).isEmpty();
  }

  @Test
  void aChecksumGivenWithoutAnIsoCompletesTheRecipesDownload() {
    assertThat(problems(placed(GoldenImage.nixos("25.11")).checksum(Checksum.sha256("cd".repeat(32))))).isEmpty();
  }

  @Test
  void windowsNeedsItsIsoAndTheAdministratorsPassword() {
    assertThat(problems(placed(GoldenImage.windows11()))).containsExactly(
        "golden image \"windows-11-golden\" › adminPassword: Windows needs the administrator's password itself (a"
            + " crypt hash cannot log in): give it with recipe(w -> w.adminPassword(secret))",
        "golden image \"windows-11-golden\" › iso: no installer ISO: Microsoft publishes no stable download URL;"
            + " upload the Windows 11 ISO to an ISO storage and give it with iso(IsoImage.file(storage, \"….iso\"))");
  }

  @Test
  void windows11NeedsUefiAndATpm() {
    var windows11 = placed(GoldenImage.windows11()).iso(IsoImage.file(DirStorage.local(), "win11.iso"))
        .recipe(w -> w.adminPassword(TestImages.SECRETS.ref("windows_admin_password")));
    assertThat(problems(windows11.tpm(false).bios(Bios.SEABIOS))).containsExactly(
        "golden image \"windows-11-golden\" › bios: Windows 11 needs UEFI: use Bios.OVMF, with a TPM v2.0",
        "golden image \"windows-11-golden\" › tpm: Windows 11 needs a TPM v2.0: keep tpm(true)");
  }

  @Test
  void windowsServerWithoutATpmIsAWarning() {
    assertThat(problems(server().tpm(false))).containsExactly(
        "warning: golden image \"windows-server-2025-golden\" › tpm: Windows Server 2025 installs without a TPM,"
            + " but Secure Boot attestation, BitLocker and Credential Guard need a TPM v2.0");
  }

  @Test
  void linuxRecipesInstallForUefi() {
    assertThat(problems(placed(GoldenImage.debian(13)).bios(Bios.SEABIOS))).containsExactly(
        "golden image \"debian-13-golden\" › bios: the debian recipe installs for UEFI: use Bios.OVMF");
  }

  @Test
  void windowsImagesTakeNoPackages() {
    assertThat(problems(server().packages("7zip"))).containsExactly(
        "golden image \"windows-server-2025-golden\" › packages: Windows Server 2025 images take no packages list:"
            + " packages(…) installs with the package manager of a Linux distribution; install software in a build"
            + " step with step(ProvisionStep.powershell(…))");
  }

  @Test
  void theCommunicatorMustReachTheGuest() {
    assertThat(problems(placed(GoldenImage.debian(13)).communicator(CommunicatorType.WINRM))).containsExactly(
        "golden image \"debian-13-golden\" › communicator: WinRM cannot reach a Linux guest: the Debian 13 install"
            + " enables SSH, use CommunicatorType.SSH");
    assertThat(problems(server().communicator(CommunicatorType.SSH))).containsExactly(
        "golden image \"windows-server-2025-golden\" › communicator: SSH cannot reach the guest during the build:"
            + " Windows Server 2025 enables OpenSSH only in the baseline, after Packer connects; use"
            + " CommunicatorType.WINRM");
  }

  @Test
  void theDiskFitsTheOperatingSystem() {
    assertThat(problems(placed(GoldenImage.debian(13)).diskSize(Size.gib(4)),
        server().vmId(9005).diskSize(Size.mib(40 * 1024 + 512)))).containsExactly(
            "golden image \"debian-13-golden\" › diskSize: a 4 GiB disk is smaller than Debian 13 needs: use at"
                + " least 8 GiB",
            "golden image \"windows-server-2025-golden\" › diskSize: the disk size 41472 MiB is not a whole number"
                + " of GiB");
  }

  @Test
  void aClonedImageKeepsTheDiskOfItsBase() {
    var small = CloudImageTemplate.debian13().on(PVE).vmId(9100).storage(TANK).diskSize(Size.gib(4));
    assertThat(problems(small, placed(GoldenImage.debian(13)).fromTemplate(small))).containsExactly(
        "golden image \"debian-13-golden\" › diskSize: a 4 GiB disk is smaller than Debian 13 needs: use at least"
            + " 8 GiB (a clone keeps the disk of template \"debian-13\")");
  }

  @Test
  void theBuildVmHasEnoughMemoryAndAValidNetwork() {
    assertThat(problems(placed(GoldenImage.ubuntu("24.04")).memory(Size.gib(1)).cores(0).bridge("br 0", 4095)))
        .containsExactly(
            "golden image \"ubuntu-24.04-golden\" › memory: Ubuntu 24.04 LTS needs at least 2 GiB of RAM in whole"
                + " MiB, not 1 GiB",
            "golden image \"ubuntu-24.04-golden\" › cores: the build VM needs at least one core",
            "golden image \"ubuntu-24.04-golden\" › bridge: \"br 0\" is not a Linux bridge name like vmbr0",
            "golden image \"ubuntu-24.04-golden\" › vlan: 4095 is not a VLAN tag: use 1 to 4094");
  }

  @Test
  void theDiskStorageAllowsImagesAndTheIsoStorageIsos() {
    assertThat(problems(placed(GoldenImage.debian(13)).storage(DirStorage.local()).isoStorage(TANK.storage())))
        .containsExactly(
            "golden image \"debian-13-golden\" › storage: storage \"local\" cannot hold VM disks: its content types"
                + " are iso, vztmpl, backup; add images",
            "golden image \"debian-13-golden\" › isoStorage: storage \"tank\" cannot hold ISO images: its content"
                + " types are images, rootdir; add iso");
  }

  @Test
  void anUploadedIsoIsOnAnIsoStorageOfTheNode() {
    var nas = DirStorage.named("nas").path("/mnt/nas").content(ContentType.ISO);
    assertThat(problems(server().iso(IsoImage.file(TANK.storage(), "server.iso")),
        placed(GoldenImage.windows11()).vmId(9001).iso(IsoImage.file(nas, "win11 24h2.iso"))
            .recipe(w -> w.adminPassword(TestImages.SECRETS.ref("windows_admin_password")))))
        .containsExactly(
            "golden image \"windows-server-2025-golden\" › iso › storage: storage \"tank\" cannot hold ISO images:"
                + " its content types are images, rootdir; add iso",
            "golden image \"windows-11-golden\" › iso › storage: node \"pve\" has no storage \"nas\"",
            "golden image \"windows-11-golden\" › iso › fileName: \"win11 24h2.iso\" is not an ISO file name");
  }

  @Test
  void theVmIdIsInProxmoxRange() {
    assertThat(problems(placed(GoldenImage.debian(13)).vmId(99))).containsExactly(
        "golden image \"debian-13-golden\" › vmId: 99 is not a VM id: use a number from 100 to 999999999");
  }

  @Test
  void anUnplacedImageSaysWhatItLacks() {
    assertThat(problems(GoldenImage.debian(13))).containsExactly(
        "golden image \"debian-13-golden\" › node: the image has no node: place it with on(node)",
        "golden image \"debian-13-golden\" › vmId: the image has no VM id: give it one with vmId(…)",
        "golden image \"debian-13-golden\" › admin: the image has no admin account: give it one with admin(…)",
        "golden image \"debian-13-golden\" › storage: the image has no storage for its disks: give it one with"
            + " storage(…)");
  }

  @Test
  void windowsNeedsAKeyboardLayoutItHasAnInputLocaleFor() {
    assertThat(problems(server().keyboard("ru"), placed(GoldenImage.debian(13)).vmId(9001).keyboard("ru")))
        .containsExactly("golden image \"windows-server-2025-golden\" › keyboard: Ingot knows no Windows keyboard"
            + " layout for \"ru\": use one of be, br, ch, cz, de, dk, es, fi, fr, gb, hu, it, nl, no, pl, pt, se, uk,"
            + " us");
  }

  @Test
  void theBaselineSettingsAreWellFormed() {
    assertThat(problems(placed(GoldenImage.debian(13)).locale("german").timezone("Berlin").keyboard("German")
        .packages("bad pkg").tags("Bad"))).containsExactly(
            "golden image \"debian-13-golden\" › packages[0]: \"bad pkg\" is not a package name",
            "golden image \"debian-13-golden\" › tags[0]: \"Bad\" is not a Proxmox tag (lower-case letters, digits,"
                + " _ + . -)",
            "golden image \"debian-13-golden\" › locale: \"german\" is not a UTF-8 locale like en_US.UTF-8",
            "golden image \"debian-13-golden\" › timezone: \"Berlin\" is not a time zone like Europe/Berlin",
            "golden image \"debian-13-golden\" › keyboard: \"German\" is not a keyboard layout like us or de");
  }

  @Test
  void windowsNeedsATimeZoneItKnows() {
    assertThat(problems(server().timezone("Antarctica/Troll"))).containsExactly(
        "golden image \"windows-server-2025-golden\" › timezone: Ingot knows no Windows time zone for"
            + " \"Antarctica/Troll\": use the zone of a nearby city it knows, e.g. Europe/Berlin, America/New_York,"
            + " Etc/UTC");
  }

  @Test
  void stepsRunOnTheirOperatingSystem() {
    assertThat(problems(placed(GoldenImage.debian(13)).step(ProvisionStep.powershell("Get-Date")),
        server().vmId(9001).step(ProvisionStep.shell("uname -a")))).containsExactly(
            "golden image \"debian-13-golden\" › steps[0]: a Windows step cannot run on Debian 13: use"
                + " ProvisionStep.shell",
            "golden image \"windows-server-2025-golden\" › steps[0]: a shell step cannot run on Windows Server 2025:"
                + " use ProvisionStep.powershell");
  }

  @Test
  void aSiteBuildsOneImagePerOperatingSystem() {
    assertThat(problems(placed(GoldenImage.debian(13)), placed(GoldenImage.debian(12)).vmId(9001)
        .iso(IsoImage.file(DirStorage.local(), "debian-12.iso")))).containsExactly(
            "golden image \"debian-12-golden\": golden image \"debian-13-golden\" already writes packer/debian: a"
                + " site builds one image per operating system");
  }

  @Test
  void onlyDebianAndUbuntuStartFromACloudImage() {
    assertThat(problems(DEBIAN_BASE, placed(GoldenImage.arch()).fromTemplate(DEBIAN_BASE))).containsExactly(
        "golden image \"arch-rolling-golden\" › base: the arch recipe installs from its ISO; only Debian and Ubuntu"
            + " images can start from a cloud-image template");
  }

  @Test
  void aCloneStartsFromABaseOnItsNodeAndStorage() {
    var elsewhere = CloudImageTemplate.debian13().on(PVE2).vmId(9100).storage(DirStorage.local());
    assertThat(problems(PVE2, elsewhere, placed(GoldenImage.debian(13)).fromTemplate(elsewhere))).contains(
        "golden image \"debian-13-golden\" › base: template \"debian-13\" is on node \"pve2\"; Packer clones it on"
            + " \"pve\"",
        "golden image \"debian-13-golden\" › base: a clone keeps its disks on the storage of template"
            + " \"debian-13\", \"local\"; give the image that storage");
  }

  @Test
  void aCloneOfAnotherDistributionIsAWarning() {
    var ubuntu = CloudImageTemplate.ubuntu2404().on(PVE).vmId(9100).storage(TANK).diskSize(Size.gib(16));
    assertThat(problems(ubuntu, placed(GoldenImage.debian(13)).fromTemplate(ubuntu))).containsExactly(
        "warning: golden image \"debian-13-golden\" › base: template \"ubuntu-24-04\" is made from \"ubuntu-24.04\","
            + " not Debian 13");
  }

  @Test
  void aVmClonesTheImageWithItsUserData() {
    var debian = placed(GoldenImage.debian(13));
    var vm = Vm.named("util").vmId(100).cloneOf(debian).memory(Size.gib(2)).disk(TANK, Size.gib(32))
        .admin(TestImages.admin()).userData(debian.cloneUserData());
    Infra site = Infra.named("homelab").with(PVE, TANK, debian, vm);
    assertThat(TestSites.problems(site)).isEmpty();
    ArtifactSet files = site.emit("ImageValidationTest");
    assertThat(files.paths().stream().map(files::text).filter(t -> t.contains("util_user_data")))
        .anyMatch(t -> t.contains("templatefile(\\\"${path.module}/../../cloud-init/debian/user-data.yaml\\\""));
  }

  @Test
  void windowsImagesHaveNoCloudInitUserData() {
    assertThatThrownBy(() -> server().cloneUserData()).isInstanceOf(IllegalStateException.class)
        .hasMessage("windows-server-2025-golden is a Windows image; cloudbase-init reads the Proxmox drive");
  }
}
