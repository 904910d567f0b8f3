package dev.ingot.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.ingot.core.yaml.YamlNode.YamlMap;
import dev.ingot.core.yaml.YamlNode.YamlNumber;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Property test: random strings written as keys and values by either writer are read back by
 * Jackson's YAMLMapper (SnakeYAML, YAML 1.1 type resolution) as exactly the same strings, while
 * numbers, booleans and null keep their types.
 */
class YamlRoundTripTest {
  private static final int DOCUMENTS = 100;
  private static final int ENTRIES = 60;
  private static final YAMLMapper MAPPER = new YAMLMapper();
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final Resolver YAML_1_1 = new Resolver();

  @Test
  void blockWriterKeepsEveryString() throws Exception {
    int checked = roundTrip(20240601L, root -> YamlWriter.write(YamlDocument.of(root), "generated"), s -> true, true);
    assertThat(checked).isGreaterThanOrEqualTo(10_000);
  }

  @Test
  void goWriterKeepsEveryStringThatYamlOneOneReadersCanRead() throws Exception {
    int checked = roundTrip(20240602L, GoYamlWriter::write, YamlRoundTripTest::readableAsYamlOneOne, false);
    assertThat(checked).isGreaterThanOrEqualTo(10_000);
  }

  @Test
  void typedScalarsStayTyped() throws Exception {
    YamlMap root = YamlMap.builder()
        .put("int", 42L)
        .put("long", Long.MIN_VALUE)
        .put("yes", true)
        .put("no", false)
        .put("nothing", YamlNode.nul())
        .build();
    for (String text : List.of(YamlWriter.write(YamlDocument.of(root), null), GoYamlWriter.write(root))) {
      JsonNode node = MAPPER.readTree(text);
      assertThat(node.get("int").isInt()).isTrue();
      assertThat(node.get("int").intValue()).isEqualTo(42);
      assertThat(node.get("long").longValue()).isEqualTo(Long.MIN_VALUE);
      assertThat(node.get("yes").isBoolean()).isTrue();
      assertThat(node.get("yes").booleanValue()).isTrue();
      assertThat(node.get("no").booleanValue()).isFalse();
      assertThat(node.get("nothing").isNull()).isTrue();
    }
    JsonNode decimal = MAPPER.readTree(YamlWriter.write(YamlDocument.of(
        YamlMap.builder().put("d", new YamlNumber(new BigDecimal("-12.50"))).build()), null));
    assertThat(decimal.get("d").isDouble()).isTrue();
    assertThat(decimal.get("d").doubleValue()).isEqualTo(-12.5);
  }

  /**
   * Writes {@link #DOCUMENTS} documents, each a mapping of random keys to random strings, typed
   * scalars, a nested mapping and a sequence; reads each back and compares it with what was
   * written. Returns how many random strings were checked.
   */
  private static int roundTrip(long seed, Function<YamlNode, String> writer, Predicate<String> usable,
      boolean decimals) throws Exception {
    var strings = new RandomStrings(seed);
    var random = new Random(seed);
    int checked = 0;
    for (int d = 0; d < DOCUMENTS; d++) {
      var root = YamlMap.builder();
      var nested = YamlMap.builder();
      var items = new ArrayList<YamlNode>();
      ObjectNode expected = JSON.objectNode();
      ObjectNode expectedNested = JSON.objectNode();
      ArrayNode expectedItems = JSON.arrayNode();
      int i = 0;
      for (String key : keys(strings, usable)) {
        String value = next(strings, usable);
        switch (i++ % 4) {
          case 0 -> {
            nested.put(key, value);
            expectedNested.put(key, value);
          }
          case 1 -> {
            YamlNode typed = typed(random, decimals);
            root.put(key, typed);
            expected.set(key, json(typed));
            items.add(YamlNode.str(value));
            expectedItems.add(value);
          }
          default -> {
            root.put(key, value);
            expected.put(key, value);
          }
        }
        checked += 2;
      }
      root.put("nested", nested.build()).put("items", YamlNode.seq(items));
      expected.set("nested", expectedNested);
      expected.set("items", expectedItems);
      String text = writer.apply(root.build());
      assertThat(MAPPER.readTree(text)).as("document %d:%n%s", d, text).isEqualTo(expected);
    }
    return checked;
  }

  private static Set<String> keys(RandomStrings strings, Predicate<String> usable) {
    Set<String> keys = new LinkedHashSet<>();
    while (keys.size() < ENTRIES) {
      String key = next(strings, usable);
      if (!key.equals("nested") && !key.equals("items")) {
        keys.add(key);
      }
    }
    return keys;
  }

  private static String next(RandomStrings strings, Predicate<String> usable) {
    String s = strings.next();
    while (!usable.test(s)) {
      s = strings.next();
    }
    return s;
  }

  /** A number (with one decimal place when {@code decimals}), boolean or null. */
  private static YamlNode typed(Random random, boolean decimals) {
    return switch (random.nextInt(4)) {
      case 0 -> YamlNode.num(random.nextLong());
      case 1 -> decimals
          ? new YamlNumber(BigDecimal.valueOf(random.nextInt(2001) - 1000, 1))
          : YamlNode.num(random.nextInt(2001) - 1000);
      case 2 -> YamlNode.bool(random.nextBoolean());
      default -> YamlNode.nul();
    };
  }

  /** The node Jackson reads for a typed scalar: int or long for whole numbers, double otherwise. */
  private static JsonNode json(YamlNode node) {
    if (node instanceof YamlNumber number) {
      BigDecimal value = number.value();
      if (value.scale() > 0) {
        return JSON.numberNode(value.doubleValue());
      }
      long whole = value.longValueExact();
      return whole == (int) whole ? JSON.numberNode((int) whole) : JSON.numberNode(whole);
    }
    return node instanceof YamlNode.YamlBool bool ? JSON.booleanNode(bool.value()) : JSON.nullNode();
  }

  /**
   * False for the strings go-yaml writes in a way a YAML 1.1 reader cannot read back. These are
   * go-yaml's bytes to keep (a schematic ID is their hash), not ours to fix: plain scalars that
   * YAML 1.1 resolves to another type although Go's resolver does not (floats that overflow
   * float64 such as {@code 1e999}); line and paragraph separators written raw (YAML 1.2 text, but
   * line breaks in YAML 1.1); and literal blocks whose first non-empty line starts with a space,
   * where go-yaml writes the indentation indicator 4 even when the block is only two columns
   * deeper than its parent (a sequence item) and leaves it out after leading empty lines (go-yaml
   * issue 76).
   */
  private static boolean readableAsYamlOneOne(String s) {
    GoScalar scalar = GoScalar.of(s);
    boolean typedPlain = scalar.style() == GoScalar.Style.PLAIN
        && !YAML_1_1.resolve(NodeId.scalar, s, true).equals(Tag.STR);
    boolean rawSeparators = (s.indexOf('\u2028') >= 0 || s.indexOf('\u2029') >= 0)
        && scalar.style() != GoScalar.Style.DOUBLE_QUOTED;
    boolean indentedLiteral = scalar.style() == GoScalar.Style.LITERAL
        && s.replaceFirst("^\n+", "").startsWith(" ");
    return !typedPlain && !rawSeparators && !indentedLiteral;
  }
}
