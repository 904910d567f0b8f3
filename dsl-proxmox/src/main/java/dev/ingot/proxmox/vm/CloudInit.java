package dev.ingot.proxmox.vm;

import dev.ingot.core.value.Admin;
import dev.ingot.core.value.IpAddress;
import dev.ingot.proxmox.Storage;
import java.util.List;

/**
 * What cloud-init sets up in a VM besides the addresses of its network devices: the admin account,
 * DNS, a custom user-data file, and the storage of the cloud-init drive.
 *
 * @param admin the admin account (user name, SSH keys, password hash), or null
 * @param dnsDomain the DNS search domain, or null
 * @param dnsServers the DNS servers, in order
 * @param userData a custom user-data file, or null
 * @param storage the storage of the cloud-init drive, or null for the storage of the VM's first
 *     disk (the provider's default, {@code local-lvm}, does not exist on ZFS installs)
 */
public record CloudInit(Admin admin, String dnsDomain, List<IpAddress> dnsServers, UserData userData,
    Storage storage) {
  /** No cloud-init settings. */
  public static final CloudInit NONE = new CloudInit(null, null, List.of(), null, null);

  /** Copies the DNS servers. */
  public CloudInit {
    dnsServers = List.copyOf(dnsServers);
  }

  /** These settings with the admin account {@code admin}. */
  public CloudInit admin(Admin admin) {
    return new CloudInit(admin, dnsDomain, dnsServers, userData, storage);
  }

  /** These settings with DNS search domain {@code domain} and {@code servers}. */
  public CloudInit dns(String domain, List<IpAddress> servers) {
    return new CloudInit(admin, domain, servers, userData, storage);
  }

  /** These settings with the custom user-data file {@code userData}. */
  public CloudInit userData(UserData userData) {
    return new CloudInit(admin, dnsDomain, dnsServers, userData, storage);
  }

  /** These settings with the cloud-init drive on {@code storage}. */
  public CloudInit storage(Storage storage) {
    return new CloudInit(admin, dnsDomain, dnsServers, userData, storage);
  }

  /** True when nothing is set apart from, perhaps, the drive's storage. */
  public boolean isEmpty() {
    return admin == null && dnsDomain == null && dnsServers.isEmpty() && userData == null;
  }
}
