package dev.ingot.proxmox.image;

import dev.ingot.core.Infra;
import dev.ingot.core.value.Admin;
import dev.ingot.core.value.Size;
import dev.ingot.core.value.Sops;
import dev.ingot.proxmox.BootLoader;
import dev.ingot.proxmox.ContentType;
import dev.ingot.proxmox.CpuVendor;
import dev.ingot.proxmox.DirStorage;
import dev.ingot.proxmox.ProxmoxNode;
import dev.ingot.proxmox.TestSites;
import dev.ingot.proxmox.template.CloudImageTemplate;
import dev.ingot.proxmox.zfs.ZfsPool;

/** A site with one golden image of every operating system, as the user of the MS-A2 would define them. */
final class TestImages {
  /** The site's SOPS file. */
  static final Sops SECRETS = Sops.file("secrets/homelab.enc.yaml")
      .recipients("age1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqs3290gq");

  private TestImages() {}

  /** The admin: a key written in the model, one from the secrets, and the password hash from the secrets. */
  static Admin admin() {
    return Admin.named("ops")
        .sshKey("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHd1dW1teWtleWR1bW15a2V5ZHVtbXlrZXlkdW1teQ ops@laptop")
        .sshKey(SECRETS.ref("ci_ssh_public_key"))
        .passwordHash(SECRETS.ref("admin_password_hash"));
  }

  static GoldenImage<DebianRecipe> debian(ProxmoxNode pve, ZfsPool tank) {
    return GoldenImage.debian(13).on(pve).storage(tank).vmId(9000).admin(admin())
        .timezone("Europe/Berlin").locale("de_DE.UTF-8").keyboard("de")
        .packages("htop")
        .step(ProvisionStep.shell("echo 'managed by Ingot' > /etc/motd"));
  }

  static GoldenImage<UbuntuRecipe> ubuntu(ProxmoxNode pve, ZfsPool tank) {
    return GoldenImage.ubuntu("24.04").on(pve).storage(tank).vmId(9001).admin(admin())
        .timezone("Europe/Berlin").locale("de_DE.UTF-8").keyboard("de");
  }

  static GoldenImage<ArchRecipe> arch(ProxmoxNode pve, ZfsPool tank) {
    return GoldenImage.arch().on(pve).storage(tank).vmId(9002).admin(admin())
        .iso(IsoImage.url("https://geo.mirror.pkgbuild.com/iso/2026.10.01/archlinux-2026.10.01-x86_64.iso",
            Checksum.file("https://geo.mirror.pkgbuild.com/iso/2026.10.01/sha256sums.txt")))
        .timezone("Europe/Berlin").locale("de_DE.UTF-8").keyboard("de")
        .packages("htop")
        .step(ProvisionStep.shell("echo 'managed by Ingot' > /etc/motd"));
  }

  static GoldenImage<NixosRecipe> nixos(ProxmoxNode pve, ZfsPool tank) {
    String iso = "https://releases.nixos.org/nixos/25.11/nixos-25.11.4270.77ef7a29d276/"
        + "nixos-minimal-25.11.4270.77ef7a29d276-x86_64-linux.iso";
    return GoldenImage.nixos("25.11").on(pve).storage(tank).vmId(9003).admin(admin())
        .iso(IsoImage.url(iso, Checksum.file(iso + ".sha256")))
        .timezone("Europe/Berlin").locale("de_DE.UTF-8").keyboard("de")
        .packages("htop");
  }

  static GoldenImage<WindowsRecipe> windowsServer(ProxmoxNode pve, ZfsPool tank) {
    return GoldenImage.windowsServer(2025).on(pve).storage(tank).vmId(9004).admin(admin())
        .iso(IsoImage.file(DirStorage.local(), "windows-server-2025-eval.iso"))
        .timezone("Europe/Berlin").locale("de_DE.UTF-8").keyboard("de")
        .recipe(w -> w.adminPassword(SECRETS.ref("windows_admin_password")))
        .step(ProvisionStep.powershell("Install-WindowsFeature -Name Hyper-V-PowerShell"))
        .step(ProvisionStep.windowsRestart());
  }

  static GoldenImage<WindowsRecipe> windows11(ProxmoxNode pve, ZfsPool tank) {
    return GoldenImage.windows11().on(pve).storage(tank).vmId(9005).admin(admin())
        .iso(IsoImage.file(DirStorage.local(), "windows-11-24h2.iso"))
        .memory(Size.gib(8)).locale("de_CH.UTF-8").keyboard("ch")
        .recipe(w -> w.adminPassword(SECRETS.ref("windows_admin_password")).edition(WindowsEdition.ENTERPRISE));
  }

  /** The MS-A2 with Debian and Ubuntu images cloned from templates of their cloud images. */
  static Infra cloudSite() {
    ProxmoxNode pve = ProxmoxNode.named("pve").endpoint("https://pve.lan:8006/").cpu(CpuVendor.AMD)
        .memory(Size.gib(96)).bootLoader(BootLoader.SYSTEMD_BOOT)
        .storage(DirStorage.local().addContent(ContentType.SNIPPETS, ContentType.IMPORT));
    ZfsPool tank = TestSites.tank(pve);
    var debianBase = CloudImageTemplate.debian13().on(pve).vmId(9100).storage(tank).diskSize(Size.gib(16));
    var ubuntuBase = CloudImageTemplate.ubuntu2404().on(pve).vmId(9101).storage(tank).diskSize(Size.gib(16)).uefi();
    return Infra.named("homelab").with(pve, tank, debianBase, ubuntuBase,
        GoldenImage.debian(13).fromTemplate(debianBase).on(pve).storage(tank).vmId(9000).admin(admin())
            .timezone("Europe/Berlin").packages("htop"),
        GoldenImage.ubuntu("24.04").fromTemplate(ubuntuBase).on(pve).storage(tank).vmId(9001).admin(admin()));
  }

  /** The MS-A2 with all six images. */
  static Infra site() {
    ProxmoxNode pve = TestSites.pve();
    ZfsPool tank = TestSites.tank(pve);
    return Infra.named("homelab").with(pve, tank, debian(pve, tank), ubuntu(pve, tank), arch(pve, tank),
        nixos(pve, tank), windowsServer(pve, tank), windows11(pve, tank));
  }
}
