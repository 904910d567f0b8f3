package dev.ingot.proxmox.image;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingot.core.Infra;
import dev.ingot.core.ansible.Inventory;
import dev.ingot.core.value.Size;
import dev.ingot.proxmox.ProxmoxNode;
import dev.ingot.proxmox.TestSites;
import dev.ingot.proxmox.vm.Vm;
import dev.ingot.proxmox.zfs.ZfsPool;
import org.junit.jupiter.api.Test;

/** Clones of a golden image join its inventory group, so the baseline playbook reaches them. */
class CloneInventoryTest {
  @Test
  void clonesJoinTheirImagesGroupByAddressOrName() {
    ProxmoxNode pve = TestSites.pve();
    ZfsPool tank = TestSites.tank(pve);
    var debian = TestImages.debian(pve, tank);
    Infra site = Infra.named("homelab").with(pve, tank, debian,
        Vm.named("util").on(pve).cloneOf(debian).memory(Size.gib(2)).ip("10.0.10.50/24").gateway("10.0.10.1"),
        Vm.named("dhcp-box").on(pve).cloneOf(debian).memory(Size.gib(2)).dhcp());
    assertThat(site.emit("test").text(Inventory.PATH)).contains("""
            debian:
              hosts:
                util:
                  ansible_host: 10.0.10.50
                dhcp-box:
                  ansible_host: dhcp-box
              vars:
                ansible_user: ops
        """);
  }
}
