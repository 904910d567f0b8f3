package dev.ingot.proxmox.vm;

import dev.ingot.core.validate.Path;
import dev.ingot.core.value.IpAddress;
import dev.ingot.core.value.Names;
import dev.ingot.proxmox.ContentType;
import java.util.regex.Pattern;

/** The rules for a VM's network devices and cloud-init settings. */
final class VmNetworkRules {
  /** The most network devices bpg/proxmox takes. */
  static final int MAX_NETWORKS = 32;
  /** The most network devices cloud-init configures through the provider ({@code ip_config}). */
  static final int MAX_IP_CONFIGS = 8;
  private static final Pattern DOMAIN =
      Pattern.compile("(?i)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*");

  private VmNetworkRules() {}

  static void validate(VmCheck check) {
    networks(check);
    if (check.vm().usesCloudInit()) {
      cloudInit(check);
    }
  }

  private static void networks(VmCheck check) {
    Vm vm = check.vm();
    if (vm.networks().size() > MAX_NETWORKS) {
      check.error(check.at().field("network"), "a VM takes at most " + MAX_NETWORKS + " network devices, not "
          + vm.networks().size());
    }
    for (int i = 0; i < vm.networks().size(); i++) {
      NetworkDevice nic = vm.networks().get(i);
      Path at = check.at().field("network", i);
      nic.validate(at, check.context().problems());
      if (nic.hasIpConfig() && i >= MAX_IP_CONFIGS) {
        check.error(at, "cloud-init configures the first " + MAX_IP_CONFIGS + " network devices only");
      }
      unique(check, nic.ipv4(), at, "ipv4");
      unique(check, nic.ipv6(), at, "ipv6");
      if (nic.mac() != null && nic.mac().isValid()) {
        Path owner = check.site().macOwner(nic.mac().text());
        if (owner != null && !owner.equals(at)) {
          check.error(at.field("mac"), nic.mac() + " is also the MAC address of " + owner);
        }
      }
    }
  }

  private static void unique(VmCheck check, IpConfig config, Path nic, String family) {
    if (config == null || config.address() == null || !config.address().isValid()) {
      return;
    }
    IpAddress address = config.address().address();
    Path owner = check.site().addressOwner(address);
    if (owner != null && !owner.equals(nic)) {
      check.error(nic.field(family).field("address"), address + " is also the address of " + owner);
    }
  }

  private static void cloudInit(VmCheck check) {
    Vm vm = check.vm();
    CloudInit init = vm.cloudInit();
    Path at = check.at().field("cloudInit");
    if (init.admin() != null) {
      init.admin().validate(at.field("admin"), check.context().problems());
    }
    if (init.dnsDomain() != null && !DOMAIN.matcher(init.dnsDomain()).matches()) {
      check.error(at.field("dnsDomain"), Names.describe(init.dnsDomain()) + " is not a DNS domain like lan or"
          + " example.org");
    }
    for (int i = 0; i < init.dnsServers().size(); i++) {
      init.dnsServers().get(i).validate(at.field("dnsServers", i), check.context().problems());
    }
    if (init.userData() != null) {
      init.userData().validate(at.field("userData"), check.context().problems());
      check.storage(init.userData().storage(), ContentType.SNIPPETS, "a cloud-init snippet",
          at.field("userData").field("storage"));
    }
    if (vm.cloudInitStorage() == null) {
      check.error(at.field("storage"), "the VM has no disk to put the cloud-init drive next to; set its storage with"
          + " cloudInitStorage(storage)");
    } else if (init.storage() != null) {
      check.storage(init.storage(), ContentType.IMAGES, "a cloud-init drive", at.field("storage"));
    }
  }
}
