package dev.ingot.examples.badinput;

import static dev.ingot.examples.badinput.BadInput.bad;
import static dev.ingot.examples.badinput.Fixture.SECRETS;
import static dev.ingot.examples.badinput.Fixture.UTIL;
import static dev.ingot.examples.badinput.Fixture.site;

import dev.ingot.core.value.Admin;
import dev.ingot.core.value.Sops;
import java.util.List;

/** Secrets: SOPS files, their recipients, the keys that name the variables, SSH keys of the admin account. */
final class SecretCases {
  private static final String RECIPIENT = SECRETS.ageRecipients().get(0);

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
