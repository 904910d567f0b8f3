package dev.ingot.examples.badinput;

import static dev.ingot.examples.badinput.BadInput.bad;
import static dev.ingot.examples.badinput.Fixture.ADMIN;
import static dev.ingot.examples.badinput.Fixture.DEBIAN;
import static dev.ingot.examples.badinput.Fixture.DEBIAN_BASE;
import static dev.ingot.examples.badinput.Fixture.PINNED_ISO;
import static dev.ingot.examples.badinput.Fixture.PVE;
import static dev.ingot.examples.badinput.Fixture.PVE2;
import static dev.ingot.examples.badinput.Fixture.SECRETS;
import static dev.ingot.examples.badinput.Fixture.TANK;
import static dev.ingot.examples.badinput.Fixture.UBUNTU;
import static dev.ingot.examples.badinput.Fixture.site;

import dev.ingot.core.value.Size;
import dev.ingot.proxmox.ContentType;
import dev.ingot.proxmox.DirStorage;
import dev.ingot.proxmox.ZfsPoolStorage;
import dev.ingot.proxmox.image.Checksum;
import dev.ingot.proxmox.image.CommunicatorType;
import dev.ingot.proxmox.image.GoldenImage;
import dev.ingot.proxmox.image.IsoImage;
import dev.ingot.proxmox.image.ProvisionStep;
import dev.ingot.proxmox.image.RemoteFile;
import dev.ingot.proxmox.image.WindowsEdition;
import dev.ingot.proxmox.vm.Bios;
import dev.ingot.proxmox.vm.Vm;
import java.util.List;

/** Golden images of every OS: recipes, installers, placement, build hardware, baseline, cloned bases. */
final class GoldenImageCases {
  private static final IsoImage WINDOWS_ISO = IsoImage.file(DirStorage.local(), "windows-server-2025-eval.iso");

  private GoldenImageCases() {}

  /** The cases of this area, each with every problem it must report. */
  static List<BadInput> cases() {
    return List.of(
        bad("Debian 11 from a mirror given as a URL", () -> site(GoldenImage.debian(11).on(PVE).storage(TANK)
            .vmId(9000).admin(ADMIN).recipe(r -> r.mirror("http://deb.debian.org/debian"))), """
            error: golden image "debian-11-golden" › version: Debian 11 is not supported: use 12 or 13
            error: golden image "debian-11-golden" › mirror: "http://deb.debian.org/debian" is not a host name like \
            deb.debian.org
            error: golden image "debian-11-golden" › iso: no installer ISO: Ingot pins no installer for Debian 11; \
            give it with iso(IsoImage.url(url, Checksum.sha256(…))) and the digest from the SHA256SUMS file next to it
            """),
        bad("Ubuntu 22.04", () -> site(GoldenImage.ubuntu("22.04").on(PVE).storage(TANK).vmId(9001).admin(ADMIN)),
            """
            error: golden image "ubuntu-22.04-golden" › version: Ubuntu 22.04 is not supported: use 24.04 or 26.04
            error: golden image "ubuntu-22.04-golden" › iso: no installer ISO: Ingot pins no installer for Ubuntu \
            22.04 LTS; give it with iso(IsoImage.url(url, Checksum.sha256(…))) and the digest from the SHA256SUMS file \
            next to it
            """),
        bad("Arch without an installer", () -> site(GoldenImage.arch().on(PVE).storage(TANK).vmId(9002).admin(ADMIN)),
            """
            error: golden image "arch-rolling-golden" › iso › checksum: missing checksum: Arch ISOs change every \
            month, so Ingot pins none; give the month's image with \
            iso(IsoImage.url("https://geo.mirror.pkgbuild.com/iso/<date>/archlinux-<date>-x86_64.iso", \
            Checksum.sha256(…))) and the digest from sha256sums.txt next to it
            """),
        bad("Arch from plain http with a short checksum", () -> site(GoldenImage.arch().on(PVE).storage(TANK)
            .vmId(9002).admin(ADMIN).iso(IsoImage.url("http://geo.mirror.pkgbuild.com/iso/latest/archlinux.iso",
                Checksum.sha256("ab12"))).recipe(r -> r.mirror("http://mirror.lan/$repo"))), """
            error: golden image "arch-rolling-golden" › mirror: "http://mirror.lan/$repo" is not a pacman mirror URL \
            like https://geo.mirror.pkgbuild.com/$repo/os/$arch
            error: golden image "arch-rolling-golden" › iso › urls[0]: \
            "http://geo.mirror.pkgbuild.com/iso/latest/archlinux.iso" is not an https:// URL
            error: golden image "arch-rolling-golden" › iso › checksum: "sha256:ab12" is not a checksum: use \
            sha256:<64 lower-case hex digits>, sha512:<128 hex digits> or file:https://… for a checksum file
            """),
        bad("NixOS 24.05", () -> site(GoldenImage.nixos("24.05").on(PVE).storage(TANK).vmId(9003).admin(ADMIN)
            .iso(PINNED_ISO)), """
            error: golden image "nixos-24.05-golden" › version: NixOS 24.05 is not supported: use a release from 25.05 \
            on (YY.05 or YY.11)
            """),
        bad("NixOS from the unstable channel without an installer",
            () -> site(GoldenImage.nixos("unstable").on(PVE).storage(TANK).vmId(9003).admin(ADMIN)), """
            error: golden image "nixos-unstable-golden" › version: NixOS unstable is not supported: use a release from \
            25.05 on (YY.05 or YY.11)
            error: golden image "nixos-unstable-golden" › iso › checksum: missing checksum: the channel's ISO changes \
            with every update, so Ingot pins none; give a release image from \
            https://releases.nixos.org/nixos/unstable/ with iso(IsoImage.url(…, Checksum.sha256(…))) and the digest \
            from the .sha256 file next to it
            """),
        bad("Windows Server 2019 without ISO or administrator password",
            () -> site(GoldenImage.windowsServer(2019).on(PVE).storage(TANK).vmId(9004).admin(ADMIN)), """
            error: golden image "windows-server-2019-golden" › version: Windows Server 2019 is not supported: use 2022 \
            or 2025
            error: golden image "windows-server-2019-golden" › adminPassword: Windows needs the administrator's \
            password itself (a crypt hash cannot log in): give it with recipe(w -> w.adminPassword(secret))
            error: golden image "windows-server-2019-golden" › iso: no installer ISO: Microsoft publishes no stable \
            download URL; upload the Windows Server 2019 ISO to an ISO storage and give it with \
            iso(IsoImage.file(storage, "….iso"))
            """),
        bad("Windows Server with a desktop edition, a bad language and product key",
            () -> site(GoldenImage.windowsServer(2025).on(PVE).storage(TANK).vmId(9004).admin(ADMIN).iso(WINDOWS_ISO)
                .recipe(w -> w.adminPassword(SECRETS.ref("windows_admin_password")).edition(WindowsEdition.PRO)
                    .language("english").productKey("ABCDE-12345"))), """
            error: golden image "windows-server-2025-golden" › edition: PRO is not an edition of Windows Server 2025
            error: golden image "windows-server-2025-golden" › language: "english" is not a Windows language like en-US
            error: golden image "windows-server-2025-golden" › productKey: not a product key like \
            XXXXX-XXXXX-XXXXX-XXXXX-XXXXX
            """),
        bad("Windows Server with cloudbase-init pinned to a checksum file", () -> site(GoldenImage.windowsServer(2025)
            .on(PVE).storage(TANK).vmId(9004).admin(ADMIN).iso(WINDOWS_ISO).recipe(w -> w
                .adminPassword(SECRETS.ref("windows_admin_password"))
                .cloudbaseInit(new RemoteFile("https://github.com/cloudbase/cloudbase-init/releases/download/1.1.6/"
                    + "CloudbaseInitSetup_1_1_6_x64.msi", Checksum.file("https://example.org/SHA256SUMS"))))), """
            error: golden image "windows-server-2025-golden" › cloudbaseInit › checksum: the guest checks the \
            installer itself: give its sha256 or sha512 digest, not a checksum file
            """),
        bad("Windows 11 without TPM, over SSH, in a time zone Windows does not know",
            () -> site(GoldenImage.windows11().on(PVE).storage(TANK).vmId(9005).admin(ADMIN).tpm(false)
                .communicator(CommunicatorType.SSH).timezone("America/Nuuk")
                .iso(IsoImage.file(DirStorage.local(), "Win11_24H2_English_x64.iso"))
                .recipe(w -> w.adminPassword(SECRETS.ref("windows_admin_password")))), """
            error: golden image "windows-11-golden" › tpm: Windows 11 needs a TPM v2.0: keep tpm(true)
            error: golden image "windows-11-golden" › communicator: SSH cannot reach the guest during the build: \
            Windows 11 enables OpenSSH only in the baseline, after Packer connects; use CommunicatorType.WINRM
            error: golden image "windows-11-golden" › timezone: Ingot knows no Windows time zone for "America/Nuuk": \
            use the zone of a nearby city it knows, e.g. Europe/Berlin, America/New_York, Etc/UTC
            """),
        bad("Windows Server with a keyboard layout Windows has no input locale for", () -> site(GoldenImage
            .windowsServer(2025).on(PVE).storage(TANK).vmId(9004).admin(ADMIN).iso(WINDOWS_ISO).keyboard("ru")
            .recipe(w -> w.adminPassword(SECRETS.ref("windows_admin_password")))), """
            error: golden image "windows-server-2025-golden" › keyboard: Ingot knows no Windows keyboard layout for \
            "ru": use one of be, br, ch, cz, de, dk, es, fi, fr, gb, hu, it, nl, no, pl, pt, se, uk, us
            """),
        bad("a Linux image over WinRM", () -> site(UBUNTU.communicator(CommunicatorType.WINRM)), """
            error: golden image "ubuntu-24.04-golden" › communicator: WinRM cannot reach a Linux guest: the Ubuntu \
            24.04 LTS install enables SSH, use CommunicatorType.SSH
            """),
        bad("an image without node, VM id, admin or storage", () -> site(GoldenImage.ubuntu("24.04")), """
            error: golden image "ubuntu-24.04-golden" › node: the image has no node: place it with on(node)
            error: golden image "ubuntu-24.04-golden" › vmId: the image has no VM id: give it one with vmId(…)
            error: golden image "ubuntu-24.04-golden" › admin: the image has no admin account: give it one with admin(…)
            error: golden image "ubuntu-24.04-golden" › storage: the image has no storage for its disks: give it one \
            with storage(…)
            """),
        bad("an image on a node that is not in the site", () -> site(UBUNTU.on(PVE2)), """
            error: golden image "ubuntu-24.04-golden" › node: node "pve2" is not part of infra "homelab"; add it with \
            Infra.with(…)
            error: golden image "ubuntu-24.04-golden" › storage: node "pve2" has no storage "tank"
            """),
        bad("an image with its disks on local and its ISOs on tank",
            () -> site(UBUNTU.storage(DirStorage.local()).isoStorage(TANK.storage())), """
            error: golden image "ubuntu-24.04-golden" › storage: storage "local" cannot hold VM disks: its content \
            types are iso, vztmpl, backup; add images
            error: golden image "ubuntu-24.04-golden" › isoStorage: storage "tank" cannot hold ISO images: its content \
            types are images, rootdir; add iso
            """),
        bad("an image with its disks on a storage the node does not have",
            () -> site(UBUNTU.storage(ZfsPoolStorage.of("fast", "fast"))), """
            error: golden image "ubuntu-24.04-golden" › storage: node "pve" has no storage "fast"
            """),
        bad("an installer ISO file that is not an ISO, on a storage without ISOs",
            () -> site(GoldenImage.windowsServer(2025).on(PVE).storage(TANK).vmId(9004).admin(ADMIN)
                .iso(IsoImage.file(TANK.storage(), "../windows.img"))
                .recipe(w -> w.adminPassword(SECRETS.ref("windows_admin_password")))), """
            error: golden image "windows-server-2025-golden" › iso › storage: storage "tank" cannot hold ISO images: \
            its content types are images, rootdir; add iso
            error: golden image "windows-server-2025-golden" › iso › fileName: "../windows.img" is not an ISO file name
            """),
        bad("a package with a shell command, locale, time zone, keyboard and tag that are not",
            () -> site(UBUNTU.packages("htop", "curl; rm -rf /").locale("en_US").timezone("Europe/../etc")
                .keyboard("US").tags("Golden")), """
            error: golden image "ubuntu-24.04-golden" › packages[1]: "curl; rm -rf /" is not a package name
            error: golden image "ubuntu-24.04-golden" › tags[0]: "Golden" is not a Proxmox tag (lower-case letters, \
            digits, _ + . -)
            error: golden image "ubuntu-24.04-golden" › locale: "en_US" is not a UTF-8 locale like en_US.UTF-8
            error: golden image "ubuntu-24.04-golden" › timezone: "Europe/../etc" is not a time zone like Europe/Berlin
            error: golden image "ubuntu-24.04-golden" › keyboard: "US" is not a keyboard layout like us or de
            """),
        bad("a PowerShell step on Linux and an empty shell step",
            () -> site(UBUNTU.step(ProvisionStep.powershell("Get-Date")).step(ProvisionStep.shell())), """
            error: golden image "ubuntu-24.04-golden" › steps[0]: a Windows step cannot run on Ubuntu 24.04 LTS: use \
            ProvisionStep.shell
            error: golden image "ubuntu-24.04-golden" › steps[1]: the step has no lines
            """),
        bad("a shell step on Windows", () -> site(GoldenImage.windowsServer(2025).on(PVE).storage(TANK).vmId(9004)
            .admin(ADMIN).iso(WINDOWS_ISO).recipe(w -> w.adminPassword(SECRETS.ref("windows_admin_password")))
            .step(ProvisionStep.shell("apt-get update"))), """
            error: golden image "windows-server-2025-golden" › steps[0]: a shell step cannot run on Windows Server \
            2025: use ProvisionStep.powershell
            """),
        bad("a packages list on Windows", () -> site(GoldenImage.windowsServer(2025).on(PVE).storage(TANK).vmId(9004)
            .admin(ADMIN).iso(WINDOWS_ISO).recipe(w -> w.adminPassword(SECRETS.ref("windows_admin_password")))
            .packages("7zip", "git")), """
            error: golden image "windows-server-2025-golden" › packages: Windows Server 2025 images take no packages \
            list: packages(…) installs with the package manager of a Linux distribution; install software in a build \
            step with step(ProvisionStep.powershell(…))
            """),
        bad("a 2 GiB disk, no cores, 100 MiB of RAM, a bridge with a space, VLAN 5000, SeaBIOS",
            () -> site(UBUNTU.diskSize(Size.gib(2)).cores(0).memory(Size.mib(100)).bridge("vmbr 0", 5000)
                .bios(Bios.SEABIOS)), """
            error: golden image "ubuntu-24.04-golden" › diskSize: a 2 GiB disk is smaller than Ubuntu 24.04 LTS needs: \
            use at least 10 GiB
            error: golden image "ubuntu-24.04-golden" › memory: Ubuntu 24.04 LTS needs at least 2 GiB of RAM in whole \
            MiB, not 100 MiB
            error: golden image "ubuntu-24.04-golden" › cores: the build VM needs at least one core
            error: golden image "ubuntu-24.04-golden" › bridge: "vmbr 0" is not a Linux bridge name like vmbr0
            error: golden image "ubuntu-24.04-golden" › vlan: 5000 is not a VLAN tag: use 1 to 4094
            error: golden image "ubuntu-24.04-golden" › bios: the ubuntu recipe installs for UEFI: use Bios.OVMF
            """),
        bad("a disk size that is not a whole number of GiB", () -> site(UBUNTU.diskSize(Size.mib(20_000))), """
            error: golden image "ubuntu-24.04-golden" › diskSize: the disk size 20000 MiB is not a whole number of GiB
            """),
        bad("two golden images share a VM id", () -> site(UBUNTU, GoldenImage.arch().on(PVE).storage(TANK).vmId(9001)
            .admin(ADMIN).iso(PINNED_ISO)), """
            error: golden image "arch-rolling-golden" › vmId: VM id 9001 is also the id of golden image \
            "ubuntu-24.04-golden"
            """),
        bad("a VM declared before a golden image takes its name and VM id", () -> site(DEBIAN_BASE,
            Vm.named("debian-13-golden").on(PVE).vmId(9000).memory(Size.gib(2)).disk(TANK, Size.gib(16)), DEBIAN),
            """
            error: golden image "debian-13-golden" › name: the name "debian-13-golden" is also the name of vm \
            "debian-13-golden"
            error: golden image "debian-13-golden" › vmId: VM id 9000 is also the id of vm "debian-13-golden"
            """),
        bad("two Debian images write one Packer directory", () -> site(DEBIAN_BASE, DEBIAN,
            GoldenImage.debian(12).on(PVE).storage(TANK).vmId(9006).admin(ADMIN).iso(PINNED_ISO)), """
            error: golden image "debian-12-golden": golden image "debian-13-golden" already writes packer/debian: a \
            site builds one image per operating system
            """),
        bad("an Arch image cloned from a cloud-image template", () -> site(DEBIAN_BASE, GoldenImage.arch()
            .fromTemplate(DEBIAN_BASE).on(PVE).storage(TANK).vmId(9002).admin(ADMIN)), """
            error: golden image "arch-rolling-golden" › base: the arch recipe installs from its ISO; only Debian and \
            Ubuntu images can start from a cloud-image template
            """),
        bad("a Debian image cloned from a template that is not in the site", () -> site(DEBIAN), """
            error: golden image "debian-13-golden" › base: template "debian-13" is not part of infra "homelab"; add it \
            with Infra.with(…)
            """),
        bad("an Ubuntu image cloned from the Debian template, on other storage", () -> site(DEBIAN_BASE,
            GoldenImage.ubuntu("24.04").fromTemplate(DEBIAN_BASE).on(PVE).storage(ZfsPoolStorage.localZfs())
                .vmId(9001).admin(ADMIN)), """
            error: golden image "ubuntu-24.04-golden" › base: a clone keeps its disks on the storage of template \
            "debian-13", "tank"; give the image that storage
            warning: golden image "ubuntu-24.04-golden" › base: template "debian-13" is made from "debian-13", not \
            Ubuntu 24.04 LTS
            """),
        bad("a Debian image cloned from a template on another node", () -> {
          var pve2 = PVE2.storage(DirStorage.local().addContent(ContentType.IMPORT));
          var base = DEBIAN_BASE.on(pve2).storage(ZfsPoolStorage.localZfs());
          return site(pve2, base, GoldenImage.debian(13).fromTemplate(base).on(PVE).storage(ZfsPoolStorage.localZfs())
              .vmId(9000).admin(ADMIN));
        }, """
            error: golden image "debian-13-golden" › base: template "debian-13" is on node "pve2"; Packer clones it on \
            "pve"
            """));
  }
}
