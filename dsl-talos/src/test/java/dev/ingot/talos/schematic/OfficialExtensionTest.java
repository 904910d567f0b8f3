package dev.ingot.talos.schematic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingot.talos.TalosVersion;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class OfficialExtensionTest {
  private static long availableFor(String version) {
    TalosVersion talos = TalosVersion.of(version);
    return Arrays.stream(OfficialExtension.values()).filter(e -> e.isAvailableFor(talos)).count();
  }

  @Test
  void theCatalogHasAsManyEntriesAsTheExtensionsRelease() {
    // Count of TARGETS + NONFREE_TARGETS in the siderolabs/extensions Makefile at each tag.
    assertThat(availableFor("v1.13.9")).isEqualTo(83);
    assertThat(availableFor("v1.14.0-rc.1")).isEqualTo(86);
    assertThat(availableFor("v1.12.11")).isEqualTo(78);
    assertThat(availableFor("v1.12.1")).isEqualTo(77);
    assertThat(availableFor("v1.8.4")).isEqualTo(46);
    assertThat(availableFor("v1.6.0")).isEqualTo(31);
  }

  @Test
  void entriesKnowWhenTheyExist() {
    assertThat(OfficialExtension.QEMU_GUEST_AGENT.fullName()).isEqualTo("siderolabs/qemu-guest-agent");
    assertThat(OfficialExtension.QEMU_GUEST_AGENT.since()).isEqualTo(TalosVersion.of("v1.6.0"));
    assertThat(OfficialExtension.QEMU_GUEST_AGENT.until()).isEmpty();
    assertThat(OfficialExtension.GPIO_PINCTRL.isAvailableFor(TalosVersion.of("v1.12.1"))).isFalse();
    assertThat(OfficialExtension.GPIO_PINCTRL.isAvailableFor(TalosVersion.of("v1.12.2"))).isTrue();
    assertThat(OfficialExtension.NVIDIA_OPEN_GPU_KERNEL_MODULES_PRODUCTION.since()).isEqualTo(TalosVersion.of("1.8.0"));
  }

  @Test
  void namesResolveToCatalogConstants() {
    assertThat(SystemExtension.official("siderolabs/zfs")).isSameAs(OfficialExtension.ZFS);
    assertThat(SystemExtension.unlisted("siderolabs/zfs")).isSameAs(OfficialExtension.ZFS);
    assertThat(SystemExtension.official("siderolabs/nope")).isEqualTo(new UnlistedExtension("siderolabs/nope", false));
    assertThat(SystemExtension.unlisted("siderolabs/nope")).isEqualTo(new UnlistedExtension("siderolabs/nope", true));
    assertThat(OfficialExtension.byName("siderolabs/nonfree-kmod-nvidia-lts"))
        .contains(OfficialExtension.NONFREE_KMOD_NVIDIA_LTS);
  }

  @Test
  void theFactoryAliasesOldNames() {
    assertThat(OfficialExtension.factoryAlias("siderolabs/nvidia-container-toolkit"))
        .contains(OfficialExtension.NVIDIA_CONTAINER_TOOLKIT_LTS);
    assertThat(OfficialExtension.factoryAlias("siderolabs/talos-vmtoolsd")).contains(OfficialExtension.VMTOOLSD_GUEST_AGENT);
    assertThat(OfficialExtension.factoryAlias("siderolabs/nvidia-fabricmanager")).isEmpty();
    assertThat(OfficialExtension.factoryAlias("siderolabs/zfs")).isEmpty();
  }

  @Test
  void everyNameHasTheOfficialForm() {
    for (OfficialExtension e : OfficialExtension.values()) {
      assertThat(new UnlistedExtension(e.fullName(), false).fullName()).isEqualTo(e.fullName());
    }
  }
}
