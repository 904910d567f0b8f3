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
  void placeholdersNameAVariable() {
    assertThat(TemplateFile.placeholder("admin_password_hash")).isEqualTo("${admin_password_hash}");
    assertThatThrownBy(() -> TemplateFile.placeholder("a b")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a template variable name: a b");
  }
}
