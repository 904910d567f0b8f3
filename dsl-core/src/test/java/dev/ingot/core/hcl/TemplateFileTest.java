package dev.ingot.core.hcl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Literal text and placeholders of templatefile templates. */
class TemplateFileTest {
  @Test
  void literalTextEscapesOnlyTemplateIntroducers() {
    assertThat(TemplateFile.literal("a ${b} %{c} $d %e 100% $$x \\n"))
        .isEqualTo("a $${b} %%{c} $d %e 100% $$x \\n");
    assertThat(TemplateFile.literal("$${x}")).as("an escape in the text stays literal").isEqualTo("$$${x}");
  }

  @Test
  void placeholdersNameAVariableOrAnElementOfOne() {
    assertThat(TemplateFile.placeholder("admin_password_hash")).isEqualTo("${admin_password_hash}");
    assertThat(TemplateFile.placeholder("keys[10]")).isEqualTo("${keys[10]}");
    assertThat(TemplateFile.jsonEncoded("keys[0]")).isEqualTo("${jsonencode(keys[0])}");
    for (String wrong : new String[] {"a b", "keys[x]", "f(x)", "a.b", "1a"}) {
      assertThatThrownBy(() -> TemplateFile.placeholder(wrong)).as(wrong)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("not a template variable: " + wrong);
    }
  }
}
