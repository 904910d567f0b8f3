package dev.ingot.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingot.core.testsupport.ExternalTool;
import dev.ingot.core.yaml.YamlNode.YamlMap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real yamllint, with the committed configuration, on what {@link YamlWriter} writes. */
class YamllintTest {
  private static final int RANDOM_DOCUMENTS = 30;

  @Test
  void passesYamllintStrictly(@TempDir Path dir) throws IOException {
    ExternalTool.require("yamllint");
    Path config = dir.resolve("yamllint.yml");
    try (InputStream in = YamlWriter.class.getResourceAsStream("yamllint.yml")) {
      Files.write(config, in.readAllBytes());
    }
    List<YamlDocument> documents = new ArrayList<>(SampleDocuments.all().values());
    documents.addAll(edgeCases());
    var strings = new RandomStrings(7);
    var random = new Random(7);
    for (int i = 0; i < RANDOM_DOCUMENTS; i++) {
      documents.add(randomDocument(strings, random, i));
    }
    Path files = Files.createDirectories(dir.resolve("files"));
    for (int i = 0; i < documents.size(); i++) {
      Files.writeString(files.resolve(String.format(Locale.ROOT, "doc-%02d.yaml", i)),
          documents.get(i).render(SampleDocuments.HEADER), StandardCharsets.UTF_8);
    }

    var result = ExternalTool.run(dir, "yamllint", "--strict", "--format", "parsable", "-c", config.toString(), "files");

    assertThat(documents).hasSizeGreaterThanOrEqualTo(40);
    assertThat(result.output()).isEmpty();
    assertThat(result.exitCode()).isZero();
  }

  /** Literal blocks at the limits of what yamllint allows, and typed scalars as keys' values. */
  private static List<YamlDocument> edgeCases() {
    YamlMap blocks = YamlMap.builder()
        .put("two-blank-lines-inside", "a\n\n\nb")
        .put("three-blank-lines-inside", "a\n\n\n\nb")
        .put("two-leading-blank-lines", "\n\na")
        .put("three-leading-blank-lines", "\n\n\na")
        .put("keep-two", "a\n\n\n")
        .put("keep-three", "a\n\n\n\n")
        .put("indented", "  a\n b\nc\n")
        .put("comment-like", "# not a comment\n--- not a document\n...\n")
        .build();
    return List.of(
        YamlDocument.of(blocks),
        YamlDocument.of(YamlNode.seq(List.of(YamlNode.str("kept\n\n"), YamlNode.str("last\n\n")))),
        YamlDocument.stream(List.of(
            YamlMap.builder().put("first", "ends\n\n\n").build(),
            YamlMap.builder().put("second", "ends\n\n").build())),
        YamlDocument.ansible(YamlNode.seq(List.of(YamlNode.str("yes"), YamlNode.bool(true), YamlNode.num(1)))),
        YamlDocument.cloudConfig(YamlMap.builder().put("runcmd", YamlNode.seq(List.of())).build()));
  }

  /** Random keys and values in nested mappings and sequences, in each of the file shapes. */
  private static YamlDocument randomDocument(RandomStrings strings, Random random, int index) {
    YamlNode root = randomNode(strings, random, 3);
    if (!(root instanceof YamlMap)) {
      root = YamlMap.builder().put(strings.next(), root).put("z", strings.next()).build();
    }
    return switch (index % 4) {
      case 0 -> YamlDocument.of(root);
      case 1 -> YamlDocument.ansible(YamlNode.seq(List.of(root)));
      case 2 -> YamlDocument.cloudConfig(root);
      default -> YamlDocument.stream(List.of(root, randomNode(strings, random, 2)));
    };
  }

  private static YamlNode randomNode(RandomStrings strings, Random random, int depth) {
    int kind = random.nextInt(depth <= 0 ? 2 : 4);
    if (kind == 0) {
      return YamlNode.str(strings.next());
    }
    if (kind == 1) {
      return random.nextBoolean() ? YamlNode.num(random.nextInt()) : YamlNode.bool(random.nextBoolean());
    }
    int size = random.nextInt(6);
    if (kind == 2) {
      var items = new ArrayList<YamlNode>();
      for (int i = 0; i < size; i++) {
        items.add(randomNode(strings, random, depth - 1));
      }
      return YamlNode.seq(items);
    }
    var map = YamlMap.builder();
    var used = new HashSet<String>();
    for (int i = 0; i < size; i++) {
      String key = strings.next();
      if (used.add(key)) {
        map.put(key, randomNode(strings, random, depth - 1));
      }
    }
    return map.build();
  }
}
