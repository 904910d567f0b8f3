package dev.ingot.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SizeTest {
  @Test
  void unitsAreBinary() {
    assertThat(Size.kib(1).bytes()).isEqualTo(1024);
    assertThat(Size.gib(32).bytes()).isEqualTo(34_359_738_368L);
    assertThat(Size.gib(16).bytes()).isEqualTo(17_179_869_184L);
    assertThat(Size.tib(2).toGib()).isEqualTo(2048);
    assertThat(Size.mib(1536).toGib()).isEqualTo(1);
    assertThat(Size.mib(1536).toGibCeil()).isEqualTo(2);
  }

  @Test
  void rendersInTheLargestExactUnit() {
    assertThat(Size.gib(32)).hasToString("32 GiB");
    assertThat(Size.mib(1536)).hasToString("1536 MiB");
    assertThat(Size.tib(1)).hasToString("1 TiB");
    assertThat(Size.bytes(1000)).hasToString("1000 B");
    assertThat(Size.ZERO).hasToString("0 B");
    assertThat(Size.gib(-2)).hasToString("-2 GiB");
  }

  @Test
  void arithmeticAndComparison() {
    assertThat(Size.gib(1).plus(Size.mib(512))).isEqualTo(Size.mib(1536));
    assertThat(Size.gib(2).minus(Size.gib(3))).isEqualTo(Size.gib(-1));
    assertThat(Size.gib(2).times(3)).isEqualTo(Size.gib(6));
    assertThat(Size.gib(1).min(Size.mib(10))).isEqualTo(Size.mib(10));
    assertThat(Size.gib(1).max(Size.mib(10))).isEqualTo(Size.gib(1));
    assertThat(Size.gib(1).isPositive()).isTrue();
    assertThat(Size.ZERO.isPositive()).isFalse();
    assertThat(Size.gib(4).isWholeGib()).isTrue();
    assertThat(Size.mib(4).isWholeGib()).isFalse();
  }

  @Test
  void overflowIsAnError() {
    assertThatThrownBy(() -> Size.tib(Long.MAX_VALUE)).isInstanceOf(ArithmeticException.class);
  }
}
