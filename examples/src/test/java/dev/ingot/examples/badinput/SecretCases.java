package dev.ingot.examples.badinput;

import static dev.ingot.examples.badinput.BadInput.bad;
import static dev.ingot.examples.badinput.Fixture.ADMIN;
import static dev.ingot.examples.badinput.Fixture.PVE;
import static dev.ingot.examples.badinput.Fixture.SECRETS;
import static dev.ingot.examples.badinput.Fixture.TALOS;
import static dev.ingot.examples.badinput.Fixture.TANK;
import static dev.ingot.examples.badinput.Fixture.UBUNTU;
import static dev.ingot.examples.badinput.Fixture.UTIL;
import static dev.ingot.examples.badinput.Fixture.site;

import dev.ingot.core.value.Admin;
import dev.ingot.core.value.Secret;
import dev.ingot.core.value.Size;
import dev.ingot.core.value.Sops;
import dev.ingot.proxmox.DirStorage;
import dev.ingot.proxmox.ProxmoxProvider;
import dev.ingot.proxmox.image.GoldenImage;
import dev.ingot.proxmox.image.IsoImage;
import dev.ingot.proxmox.packer.ProxmoxPlugin;
import dev.ingot.proxmox.vm.UserData;
import dev.ingot.proxmox.vm.Vm;
import java.util.List;

/** Secrets: SOPS files, their recipients, the keys that name the variables, SSH keys of the admin account. */
final class SecretCases {
  private static final String RECIPIENT = SECRETS.ageRecipients().get(0);

  /** A second VM like the utility VM. */
  private static final Vm UTIL2 = Vm.named("util2").on(PVE).vmId(201).memory(Size.gib(2)).disk(TANK, Size.gib(16))
      .ip("10.0.10.51/24").gateway("10.0.10.1").admin(ADMIN);

  private SecretCases() {}

  /** The cases of this area, each with every problem it must report. */
  static List<BadInput> cases() {
    return List.of(
        bad("the SOPS file is outside the repository and its recipient is not an age key",
            () -> site(UTIL.admin(Admin.named("ops").sshKey(Sops.file("../secrets.yaml").recipients("age1xyz")
                .ref("ssh_public_key")))), """
            error: sops file "../secrets.yaml" › path: "../secrets.yaml" must be a relative path inside the repository \
            ending in .enc.yaml
            error: sops file "../secrets.yaml" › recipients[0]: "age1xyz" is not an age public key (age1 followed by \
            58 bech32 characters)
            """),
        bad("the SOPS file has an absolute path", () -> site(UTIL.admin(Admin.named("ops")
            .sshKey(Sops.file("/etc/ingot/homelab.enc.yaml").recipients(RECIPIENT).ref("ssh_public_key")))), """
            error: sops file "/etc/ingot/homelab.enc.yaml" › path: "/etc/ingot/homelab.enc.yaml" must be a relative \
            path inside the repository ending in .enc.yaml
            """),
        bad("the SOPS file has a Windows path", () -> site(UTIL.admin(Admin.named("ops")
            .sshKey(Sops.file("secrets\\homelab.enc.yaml").recipients(RECIPIENT).ref("ssh_public_key")))), """
            error: sops file "secrets\\homelab.enc.yaml" › path: "secrets\\homelab.enc.yaml" must be a relative path \
            inside the repository ending in .enc.yaml
            """),
        bad("the SOPS file has no recipients", () -> site(UTIL.admin(Admin.named("ops")
            .sshKey(Sops.file("secrets/homelab.enc.yaml").ref("ssh_public_key")))), """
            error: sops file "secrets/homelab.enc.yaml" › recipients: at least one age recipient is needed to encrypt \
            the file
            """),
        bad("the SOPS file has a GPG fingerprint as recipient", () -> site(UTIL.admin(Admin.named("ops")
            .sshKey(SECRETS.recipients("85D77543B3D624B63CEA9E6DBC17301B491B3F21").ref("ssh_public_key")))), """
            error: sops file "secrets/homelab.enc.yaml" › recipients[0]: "85D77543B3D624B63CEA9E6DBC17301B491B3F21" is \
            not an age public key (age1 followed by 58 bech32 characters)
            """),
        bad("the SOPS file is declared twice with different recipients", () -> site(UTIL.admin(Admin.named("ops")
            .sshKey(SECRETS.ref("ssh_public_key"))
            .passwordHash(Sops.file(SECRETS.path()).recipients(RECIPIENT, RECIPIENT).ref("password_hash")))), """
            error: sops file "secrets/homelab.enc.yaml": declared twice with different recipients
            """),
        bad("a SOPS key that cannot name a variable, used by an image and two VMs",
            () -> site(UBUNTU.admin(Admin.named("ops").sshKey(SECRETS.ref("ssh-public-key"))),
                UTIL.admin(Admin.named("ops").sshKey(SECRETS.ref("ssh-public-key"))),
                UTIL2.admin(Admin.named("ops").sshKey(SECRETS.ref("ssh-public-key")))), """
            error: secret "secrets/homelab.enc.yaml#ssh-public-key": "ssh-public-key" cannot name the input variable \
            that carries the secret: use a lower-case letter followed by lower-case letters, digits and underscores
            """),
        bad("the Windows administrator password under a key with dashes", () -> site(GoldenImage.windowsServer(2025)
            .on(PVE).storage(TANK).vmId(9004).admin(ADMIN).iso(IsoImage.file(DirStorage.local(), "windows.iso"))
            .recipe(w -> w.adminPassword(SECRETS.ref("windows-admin-password")))), """
            error: secret "secrets/homelab.enc.yaml#windows-admin-password": "windows-admin-password" cannot name the \
            input variable that carries the secret: use a lower-case letter followed by lower-case letters, digits and \
            underscores
            """),
        bad("the provider token from an environment variable with a dash", () -> site(UTIL,
            ProxmoxProvider.bpg().apiToken(Secret.env("PROXMOX-VE-TOKEN"))), """
            error: secret "$PROXMOX-VE-TOKEN": "proxmox-ve-token" cannot name the input variable that carries the \
            secret: use a lower-case letter followed by lower-case letters, digits and underscores
            """),
        bad("the plugin token comes from the environment and from the SOPS file", () -> site(UBUNTU,
            ProxmoxPlugin.hashicorp(), UTIL.userData(UserData.file("cloud-init/util/user-data.yaml.tftpl")
                .secret("token", SECRETS.ref("proxmox_token")))), """
            error: secret "secrets/homelab.enc.yaml#proxmox_token": secret variable "proxmox_token" comes from both \
            $PROXMOX_TOKEN and secrets/homelab.enc.yaml#proxmox_token
            """),
        bad("a password hash stored under the key of the API endpoint variable", () -> site(UTIL.admin(
            Admin.named("ops").sshKey(SECRETS.ref("ssh_public_key")).passwordHash(SECRETS.ref("proxmox_endpoint")))),
            """
            error: secret "secrets/homelab.enc.yaml#proxmox_endpoint": the variable "proxmox_endpoint" already carries \
            the URL of the Proxmox VE API for Terraform; keep this secret under another name
            """),
        bad("a user-data secret under the key of the default provider's token", () -> site(UTIL.userData(
            UserData.file("cloud-init/util/user-data.yaml.tftpl").secret("token", SECRETS.ref("proxmox_ve_api_token")))),
            """
            error: secret "secrets/homelab.enc.yaml#proxmox_ve_api_token": secret variable "proxmox_ve_api_token" comes \
            from both $PROXMOX_VE_API_TOKEN and secrets/homelab.enc.yaml#proxmox_ve_api_token
            """),
        bad("the plugin token under the key of Packer's URL variable", () -> site(UBUNTU,
            ProxmoxPlugin.hashicorp().token(SECRETS.ref("proxmox_url"))), """
            error: secret "secrets/homelab.enc.yaml#proxmox_url": the variable "proxmox_url" already carries the URL \
            of the Proxmox VE API for Packer; keep this secret under another name
            """),
        bad("the Talos build password from the variable of the Packer token", () -> site(TALOS.buildPassword(
            Secret.env("PROXMOX_TOKEN")), ProxmoxPlugin.hashicorp().token(SECRETS.ref("packer_api_token"))), """
            error: secret "$PROXMOX_TOKEN": the variable "proxmox_token" already carries the Proxmox VE connection in \
            packer/talos/talos.pkr.hcl; keep the build password under another name
            """),
        bad("the SSH key is a private key", () -> site(UTIL.admin(Admin.named("ops").sshKey("""
            -----BEGIN OPENSSH PRIVATE KEY-----
            b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
            -----END OPENSSH PRIVATE KEY-----
            """))), """
            error: vm "util" › cloudInit › admin › sshKeys[0]: this is a private key: give the public key (the .pub \
            file), or keep it in a secret
            """),
        bad("the SSH key is only a key type", () -> site(UTIL.admin(Admin.named("ops").sshKey("ssh-ed25519"))), """
            error: vm "util" › cloudInit › admin › sshKeys[0]: not an OpenSSH public key like "ssh-ed25519 AAAA… \
            user@host"
            """),
        bad("the SSH key is a PuTTY key file", () -> site(UTIL.admin(Admin.named("ops")
            .sshKey("PuTTY-User-Key-File-3: ssh-ed25519"))), """
            error: vm "util" › cloudInit › admin › sshKeys[0]: not an OpenSSH public key like "ssh-ed25519 AAAA… \
            user@host"
            """),
        bad("the admin is root and has no SSH key", () -> site(UTIL.admin(Admin.named("root"))), """
            error: vm "util" › cloudInit › admin › name: the admin account must not be root: root logins are disabled \
            everywhere
            error: vm "util" › cloudInit › admin › sshKeys: at least one SSH public key is needed: password logins are \
            disabled
            """),
        bad("the admin name has upper case and a space", () -> site(UTIL.admin(Admin.named("Ops Team")
            .sshKey(SECRETS.ref("ssh_public_key")))), """
            error: vm "util" › cloudInit › admin › name: "Ops Team" is not a login name: use up to 32 lower-case \
            letters, digits, _ and -, starting with a letter or _
            """));
  }
}
