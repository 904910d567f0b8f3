package dev.ingot.proxmox.image;

import dev.ingot.core.cloudinit.CloudConfig;
import dev.ingot.core.cloudinit.CloudString;
import dev.ingot.core.cloudinit.CloudUser;
import dev.ingot.core.cloudinit.Ethernet;
import dev.ingot.core.cloudinit.NetworkConfig;

/**
 * The cloud-init files for the clones of a Linux golden image: {@code user-data.yaml}, a
 * {@code templatefile} template whose placeholders are the host name ({@code hostname}) and the
 * admin's secrets by their variable names, each to be passed JSON-encoded; and
 * {@code network-config.yaml}, DHCP on the first Ethernet interface.
 */
final class CloneCloudInit {
  /** The placeholder of the clone's host name. */
  static final String HOSTNAME = "hostname";

  private CloneCloudInit() {}

  /** The user-data of a clone: host name, the admin account, SSH without root or passwords, time zone and locale. */
  static CloudConfig userData(GoldenImage<?> image) {
    OsRecipe recipe = image.recipe();
    String group = recipe instanceof DebianRecipe || recipe instanceof UbuntuRecipe ? "sudo" : "wheel";
    String shell = recipe instanceof NixosRecipe ? null : "/bin/bash";
    return CloudConfig.empty()
        .hostname(CloudString.placeholder(HOSTNAME))
        .timezone(image.baseline().timezone())
        .locale(image.baseline().locale())
        .user(CloudUser.admin(image.admin(), shell, group))
        .sshPasswordAuthentication(false)
        .disableRoot(true);
  }

  /** The network of a clone: DHCP for IPv4 on the Ethernet interfaces. */
  static NetworkConfig network() {
    return NetworkConfig.of(Ethernet.named("lan").matchName("e*").dhcp(true, false));
  }
}
