package dev.ingot.proxmox.image;

import dev.ingot.core.cloudinit.CloudConfig;
import dev.ingot.core.cloudinit.CloudString;
import dev.ingot.core.cloudinit.CloudUser;
import dev.ingot.core.value.Admin;
import dev.ingot.proxmox.vm.UserData;

/**
 * The cloud-init file for the clones of a Linux golden image: {@code user-data.yaml}, a
 * {@code templatefile} template in the form {@link dev.ingot.proxmox.vm.UserData} renders (the VM's
 * admin as {@code admin_ssh_keys} and {@code admin_password_hash}, each written JSON-encoded so
 * that any value stays one YAML string). The host name comes from the Proxmox cloud-init drive's
 * meta-data, the network from the VM's {@code ip_config}.
 */
final class CloneCloudInit {
  private CloneCloudInit() {}

  /** The path of the clone user-data of {@code image}. */
  static String userDataPath(GoldenImage<?> image) {
    return "cloud-init/" + image.recipe().os() + "/user-data.yaml";
  }

  /**
   * The user-data of a clone: the image's admin with the VM admin's keys and password hash, SSH
   * without root or passwords, time zone and locale. It lists as many keys as the image's admin has.
   */
  static CloudConfig userData(GoldenImage<?> image) {
    OsRecipe recipe = image.recipe();
    Admin admin = image.admin();
    boolean debianFamily = recipe instanceof DebianRecipe || recipe instanceof UbuntuRecipe;
    CloudUser user = CloudUser.named(admin.name())
        .groups(debianFamily ? "sudo" : "wheel")
        .shell(recipe instanceof NixosRecipe ? null : "/bin/bash")
        .sudo(LinuxFiles.sudoRule(admin));
    for (int i = 0; i < admin.sshKeys().size(); i++) {
      user = user.sshAuthorizedKey(CloudString.placeholder(UserData.ADMIN_VARIABLES.get(1) + "[" + i + "]"));
    }
    if (admin.passwordHash() != null) {
      user = user.hashedPassword(CloudString.placeholder(UserData.ADMIN_VARIABLES.get(2)));
    }
    return CloudConfig.empty()
        .timezone(image.baseline().timezone())
        .locale(image.baseline().locale())
        .user(user)
        .sshPasswordAuthentication(false)
        .disableRoot(true);
  }
}
