package dev.ingot.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ingot.core.testsupport.Golden;
import dev.ingot.core.yaml.YamlNode.YamlMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Whole-text tests of the block-style writer. */
class YamlWriterTest {
  static List<String> samples() {
    return List.copyOf(SampleDocuments.all().keySet());
  }

  @ParameterizedTest
  @MethodSource("samples")
  void matchesGoldenFile(String name) {
    Golden.assertMatches("yaml/" + name, SampleDocuments.all().get(name).render(SampleDocuments.HEADER));
  }

  /** One value written as {@code k: <value>}; {@code ⏎} stands for a line feed in the expectation. */
  @ParameterizedTest
  @CsvSource(delimiterString = "=>", quoteCharacter = '^', value = {
      "plain text          => plain text",
      "on                  => \"on\"",
      "Off                 => \"Off\"",
      "0755                => \"0755\"",
      "1:20                => \"1:20\"",
      "2024-01-01          => \"2024-01-01\"",
      "1.2.3               => 1.2.3",
      "10.0.10.10          => 10.0.10.10",
      "a: b                => \"a: b\"",
      "a:b                 => a:b",
      "a #b                => \"a #b\"",
      "a#b                 => a#b",
      "-x                  => \"-x\"",
      "http://x/y?z=1#f    => http://x/y?z=1#f",
      "^'q'^               => \"'q'\"",
      "^say \"hi\"^        => say \"hi\"",
      "^c:\\dir^           => c:\\dir",
      "^ x^                => \" x\"",
      "^tab\tx^            => \"tab\\tx\"",
      "^a⏎b^               => |-⏎  a⏎  b",
      "^a⏎b⏎^              => |⏎  a⏎  b",
      "^ a⏎b⏎^             => |2⏎   a⏎  b",
      "^a ⏎b^              => \"a \\nb\"",
  })
  void quotesOnlyWhatNeedsQuotes(String value, String expected) {
    String text = YamlWriter.write(YamlDocument.of(YamlMap.builder()
        .put("k", value.replace('⏎', '\n'))
        .put("z", "end")
        .build()), null);
    assertThat(text).isEqualTo("k: " + expected.replace('⏎', '\n') + "\nz: end\n");
  }

  @Test
  void startsWithTheFirstLineThenTheHeader() {
    assertThat(YamlDocument.cloudConfig(YamlMap.builder().put("a", 1L).build()).render("made by Ingot"))
        .isEqualTo("#cloud-config\n# made by Ingot\na: 1\n");
    assertThat(YamlDocument.ansible(YamlMap.builder().build()).render(null)).isEqualTo("---\n{}\n");
  }

  @Test
  void writesEmptyCollectionsAndRootScalarsInline() {
    assertThat(YamlWriter.write(YamlDocument.of(YamlNode.seq(List.of())), null)).isEqualTo("[]\n");
    assertThat(YamlWriter.write(YamlDocument.of(YamlNode.str("two\nlines")), null)).isEqualTo("\"two\\nlines\"\n");
  }

  @Test
  void rejectsWhatYamlCannotHold() {
    YamlDocument surrogate = YamlDocument.of(YamlNode.str("broken \uD800"));
    assertThatThrownBy(() -> surrogate.render(null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unpaired surrogate");
    YamlDocument longKey = YamlDocument.of(YamlMap.builder().put("k".repeat(1025), "v").build());
    assertThatThrownBy(() -> longKey.render(null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("longer than 1024");
    YamlDocument fine = YamlDocument.of(YamlMap.builder().put("k".repeat(1024), "v").build());
    assertThat(fine.render(null)).startsWith("k".repeat(1024) + ": v");
    assertThatThrownBy(() -> fine.render("two\nlines")).isInstanceOf(IllegalArgumentException.class);
  }
}
