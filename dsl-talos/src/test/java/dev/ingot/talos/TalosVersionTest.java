package dev.ingot.talos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TalosVersionTest {
  @Test
  void parsesWithOrWithoutThePrefixAndPrintsWithIt() {
    assertThat(TalosVersion.of("1.7.5")).isEqualTo(new TalosVersion(1, 7, 5, ""));
    assertThat(TalosVersion.of("v1.14.0-rc.1")).hasToString("v1.14.0-rc.1");
    assertThat(TalosVersion.of("v1.13.9").line()).isEqualTo("v1.13");
    assertThat(TalosVersion.DEFAULT).hasToString("v1.13.9");
  }

  @Test
  void rejectsWhatIsNotAVersion() {
    assertThatThrownBy(() -> TalosVersion.of("1.13"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("\"1.13\" is not a Talos version; write it like v1.13.9");
    assertThatThrownBy(() -> TalosVersion.of("latest")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TalosVersion(1, -1, 0, "")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ordersAsSemanticVersions() {
    List<TalosVersion> sorted = Stream.of("v1.14.0", "v1.13.9", "v1.14.0-rc.1", "v1.14.0-alpha.1", "v1.14.0-beta.0",
        "v1.13.10", "v1.14.0-rc.0", "v1.9.6", "v1.14.0-alpha.10", "v1.14.0-alpha.2")
        .map(TalosVersion::of).sorted().toList();
    assertThat(sorted).extracting(TalosVersion::toString).containsExactly("v1.9.6", "v1.13.9", "v1.13.10",
        "v1.14.0-alpha.1", "v1.14.0-alpha.2", "v1.14.0-alpha.10", "v1.14.0-beta.0", "v1.14.0-rc.0", "v1.14.0-rc.1",
        "v1.14.0");
    assertThat(TalosVersion.of("v1.10.0").isAtLeast(TalosVersion.of("v1.10.0-alpha.2"))).isTrue();
    assertThat(TalosVersion.of("v1.9.6").isBefore(TalosVersion.of("v1.10.0"))).isTrue();
  }

  @Test
  void knowsTheKubernetesLinesOfEachTalosLine() {
    assertThat(TalosVersion.DEFAULT.kubernetes()).contains(new KubernetesRange(31, 36));
    assertThat(TalosVersion.of("v1.6.7").kubernetes()).contains(new KubernetesRange(24, 29));
    assertThat(TalosVersion.of("v1.14.0-rc.1").kubernetes()).contains(new KubernetesRange(32, 37));
    assertThat(TalosVersion.of("v1.5.5").kubernetes()).isEmpty();
    assertThat(TalosVersion.of("v1.15.0").kubernetes()).isEmpty();
    assertThat(TalosVersion.DEFAULT.supports(KubernetesVersion.DEFAULT)).isTrue();
    assertThat(TalosVersion.DEFAULT.supports(KubernetesVersion.of("v1.31.0"))).isTrue();
    assertThat(TalosVersion.DEFAULT.supports(KubernetesVersion.of("1.30.14"))).isFalse();
    assertThat(TalosVersion.DEFAULT.supports(KubernetesVersion.of("1.37.0-rc.0"))).isFalse();
    assertThat(TalosVersion.of("v1.15.0").supports(KubernetesVersion.DEFAULT)).isFalse();
    assertThat(new KubernetesRange(31, 36)).hasToString("1.31 to 1.36");
  }

  @Test
  void kubernetesVersionsParseAndOrder() {
    assertThat(KubernetesVersion.DEFAULT).hasToString("1.36.3");
    assertThat(KubernetesVersion.of("v1.37.0-rc.0")).isLessThan(KubernetesVersion.of("1.37.0"));
    assertThat(KubernetesVersion.of("1.36.3").line()).isEqualTo("1.36");
    assertThatThrownBy(() -> KubernetesVersion.of("1.36"))
        .hasMessage("\"1.36\" is not a Kubernetes version; write it like 1.36.3");
  }
}
