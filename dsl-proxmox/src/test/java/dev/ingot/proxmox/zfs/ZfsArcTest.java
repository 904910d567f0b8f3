package dev.ingot.proxmox.zfs;

import static dev.ingot.proxmox.TestSites.NVME_A;
import static dev.ingot.proxmox.TestSites.NVME_B;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ingot.core.Infra;
import dev.ingot.core.value.Size;
import dev.ingot.proxmox.ProxmoxNode;
import dev.ingot.proxmox.RootFilesystem;
import dev.ingot.proxmox.TestSites;
import org.junit.jupiter.api.Test;

class ZfsArcTest {
  private static final ProxmoxNode PVE = TestSites.pve();

  private static ZfsArc arc(ProxmoxNode node, ZfsPool... pools) {
    return ZfsArc.of(Infra.named("homelab").with(node).with(pools), node);
  }

  @Test
  void anExplicitMaximumIsUsedAsIs() {
    assertThat(arc(PVE, TestSites.tank(PVE))).isEqualTo(new ZfsArc(Size.gib(16), null, true));
  }

  @Test
  void theProxmoxDefaultIsTenPercentOfTheRamAtMost16Gib() {
    assertThat(arc(PVE, TestSites.tank(PVE).arc(ArcSize.proxmoxDefault())).max()).isEqualTo(Size.mib(9830));
    ProxmoxNode big = PVE.memory(Size.gib(256));
    assertThat(arc(big, TestSites.tank(big).arc(null)).max()).isEqualTo(Size.gib(16));
  }

  @Test
  void theRuleOfThumbIsTwoGibPlusOneGibPerTibOfEveryPool() {
    ZfsPool mirror = ZfsPool.named("tank").on(PVE).mirror(NVME_A.size(Size.tib(2)), NVME_B.size(Size.tib(2)))
        .arc(ArcSize.perPoolCapacity());
    Disk c = Disk.byId("ata-C").size(Size.tib(4));
    Disk d = Disk.byId("ata-D").size(Size.tib(4));
    Disk e = Disk.byId("ata-E").size(Size.tib(4));
    ZfsPool bulk = ZfsPool.named("bulk").on(PVE).raidz1(c, d, e);
    assertThat(arc(PVE, mirror).max()).isEqualTo(Size.gib(4));
    assertThat(arc(PVE, mirror, bulk).max()).isEqualTo(Size.gib(12));
  }

  @Test
  void aSmallMaximumLowersTheMinimumBelowIt() {
    assertThat(arc(PVE, TestSites.tank(PVE).arcMax(Size.gib(3))))
        .isEqualTo(new ZfsArc(Size.gib(3), Size.gib(3).minus(Size.bytes(1)), true));
    assertThat(arc(PVE, TestSites.tank(PVE).arcMax(Size.gib(4))).min()).isNull();
  }

  @Test
  void nodesWithoutModelledPoolsKeepWhatTheInstallerSet() {
    assertThat(arc(PVE)).isEqualTo(new ZfsArc(Size.mib(9830), null, false));
    assertThat(arc(PVE.rootFilesystem(RootFilesystem.LVM))).isEqualTo(new ZfsArc(Size.ZERO, null, false));
  }
}
