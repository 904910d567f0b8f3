package dev.ingot.core.hcl;

import static dev.ingot.core.hcl.HclExpr.heredoc;
import static dev.ingot.core.hcl.HclExpr.str;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The layout and escaping rules of HclWriter, one small tree per rule (see {@link HclCases}). */
class HclWriterRulesTest {
  static List<HclCases.Case> cases() {
    List<HclCases.Case> cases = new ArrayList<>(HclCases.all());
    cases.addAll(HclCases.terraformOnly());
    return cases;
  }

  @ParameterizedTest
  @MethodSource("cases")
  void rendersExactly(HclCases.Case c) {
    assertThat(HclWriter.write(c.body(), c.header())).isEqualTo(c.expected());
  }

  @Test
  void rejectsMultiLineHeader() {
    assertThatThrownBy(() -> HclWriter.write(HclBody.builder().build(), "a\nb"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsLabelsThatTerraformFmtRewrites() {
    for (String label : List.of("a$b", "100%", "${x}", "e\u0301", "\uD83E\uDEE8", "new\u0870")) {
      assertThatThrownBy(() -> new HclBody.Block("b", List.of(label), HclBody.builder().build()))
          .as(label).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("block label");
    }
  }

  @Test
  void rejectsUnpairedSurrogates() {
    for (HclExpr value : List.of(str("a\uD800b"), str("\uDC00"), heredoc("x\uD83D\n"))) {
      HclBody body = HclBody.builder().attribute("a", value).build();
      assertThatThrownBy(() -> HclWriter.write(body, null))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unpaired surrogate");
    }
    HclBody comment = HclBody.builder().comment("\uDBFF").build();
    assertThatThrownBy(() -> HclWriter.write(comment, null)).isInstanceOf(IllegalArgumentException.class);
  }
}
