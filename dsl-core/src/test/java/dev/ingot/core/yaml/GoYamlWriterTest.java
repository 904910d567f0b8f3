package dev.ingot.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ingot.core.testsupport.Golden;
import dev.ingot.core.yaml.YamlNode.YamlMap;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The yaml.v3-compatible writer against published Talos schematic IDs (SHA-256 of its bytes) and
 * against go-yaml's choices for awkward strings. Each expectation names the rule in go-yaml
 * (go.yaml.in/yaml/v4, internal/libyaml: representer.go {@code stringv}, desolver.go,
 * resolver.go {@code resolve}, emitter.go {@code analyzeScalar}/{@code selectScalarStyle}) that
 * produces it.
 */
class GoYamlWriterTest {
  /** A schematic and its ID as published by Image Factory's tests or used in the wild. */
  record Vector(String name, YamlNode schematic, String id) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Vector> schematicIds() {
    return Stream.of(
        new Vector("vanilla (image-factory TestID empty)", customization(YamlMap.builder().build()),
            "376567988ad370138ad8b2698212367b8edcb69b5fd68c80be1f2ec7d603b4ba"),
        new Vector("kernel arg and extension (talhelper guide)", customization(YamlMap.builder()
            .strings("extraKernelArgs", List.of("net.ifnames=0"))
            .map("systemExtensions", e -> e.strings("officialExtensions", List.of("siderolabs/intel-ucode")))
            .build()),
            "9e8cc193609699825d61c039c7738d81cf29c7b20f2a91d8f5c540511b9ea0b4"),
        new Vector("vga=791 (Image Factory docs/api.md canonical text)", customization(YamlMap.builder()
            .strings("extraKernelArgs", List.of("vga=791")).build()),
            "eea1f9534c46d95c4715a2f13d17eacb927c13a42ef087c79b22c3bd0c49d073"),
        new Vector("noapic nolapic (image-factory TestID config1)", customization(YamlMap.builder()
            .strings("extraKernelArgs", List.of("noapic", "nolapic")).build()),
            "9cba8e32753f91a16c1837ab8abf356af021706ef284aef07380780177d9a06c"),
        new Vector("meta (image-factory TestID meta)", customization(YamlMap.builder()
            .put("meta", YamlNode.seq(List.of(YamlMap.builder().put("key", 10L).put("value", "foo").build())))
            .build()),
            "d308a2a5ee2277bed5fbaa104fcbc8d59122abfa737df987a95b4ca763459a7f"),
        new Vector("overlay (image-factory TestUnmarshalID overlay)", YamlMap.builder()
            .map("overlay", o -> o.put("image", "siderolabs/sbc-raspberrypi").put("name", "rpi_generic"))
            .put("customization", YamlMap.builder().build())
            .build(),
            "ee21ef4a5ef808a9b7484cc0dda0f25075021691c8c09a276591eedb638ea1f9"),
        new Vector("secureboot (image-factory TestID secureboot)", customization(YamlMap.builder()
            .map("secureboot", s -> s.put("includeWellKnownCertificates", true)).build()),
            "fa8e05f142a851d3ee568eb0a8e5841eaf6b0ebc8df9a63df16ac5ed2c04f3e6"),
        new Vector("4k sectors (image-factory TestID disk image)", customization(YamlMap.builder()
            .map("diskImage", d -> d.put("sectorSize", 4096L)).build()),
            "92833e9ddd9bb9e11b2464fa5525429f01866306d52ebd882ee08d7918f6d1ea"),
        new Vector("qemu-guest-agent (widely published)", extensions("siderolabs/qemu-guest-agent"),
            "ce4c980550dd2ab1b17bbf2b08801c7eb59418eafe8f279833297925d67c7515"),
        new Vector("Longhorn tools (widely published)",
            extensions("siderolabs/iscsi-tools", "siderolabs/util-linux-tools"),
            "613e1592b2da41ae5e265e8789429f22e121aab91cb4deb6bc3c0b6262961245"),
        new Vector("Longhorn tools and guest agent (widely published)",
            extensions("siderolabs/iscsi-tools", "siderolabs/qemu-guest-agent", "siderolabs/util-linux-tools"),
            "88d1f7a5c4f1d3aba7df787c448c1d3d008ed29cfb34af53fa0df4336a56040b"));
  }

  @ParameterizedTest
  @MethodSource("schematicIds")
  void hashesToThePublishedSchematicId(Vector vector) {
    assertThat(sha256(GoYamlWriter.write(vector.schematic()))).isEqualTo(vector.id());
  }

  @Test
  void writesTheCanonicalTextOfTheDocs() {
    YamlNode schematic = customization(YamlMap.builder().strings("extraKernelArgs", List.of("vga=791")).build());
    assertThat(GoYamlWriter.write(schematic)).isEqualTo("customization:\n    extraKernelArgs:\n        - vga=791\n");
    assertThat(GoYamlWriter.write(customization(YamlMap.builder().build()))).isEqualTo("customization: {}\n");
  }

  /**
   * One string as {@code k: <written>}, with the go-yaml rule that decides it.
   *
   * @param value the string
   * @param written what follows {@code k:}
   * @param why the rule
   */
  record Case(String value, String written, String why) {
    @Override
    public String toString() {
      return value.replace("\n", "⏎") + " -> " + why;
    }
  }

  static Stream<Case> strings() {
    return Stream.of(
        new Case("plain", " plain", "resolves to !!str and analyzeScalar allows plain"),
        new Case("", " \"\"", "resolve maps \"\" to !!null; the desolver quotes with QuoteLegacy's double quotes"),
        new Case("true", " \"true\"", "in resolve's table as !!bool"),
        new Case("True", " \"True\"", "in resolve's table as !!bool"),
        new Case("nULL", " nULL", "only null, Null, NULL and ~ are in the table"),
        new Case("off", " 'off'", "isOldBool: stringv asks for single quotes"),
        new Case("y", " 'y'", "isOldBool"),
        new Case("<<", " '<<'", "looksLikeMerge: stringv asks for single quotes"),
        new Case("1:20", " '1:20'", "isBase60Float: stringv asks for single quotes"),
        new Case("123", " \"123\"", "strconv.ParseInt succeeds: !!int"),
        new Case("0755", " \"0755\"", "ParseInt with base 0 reads a leading 0 as octal"),
        new Case("0o17", " \"0o17\"", "ParseInt with base 0 reads 0o as octal"),
        new Case("0x1F", " \"0x1F\"", "ParseInt with base 0 reads 0x as hex"),
        new Case("0b101", " \"0b101\"", "ParseInt with base 0 reads 0b as binary"),
        new Case("08", " \"08\"", "not octal, but the YAML float pattern matches and ParseFloat gives 8"),
        new Case("1_000", " \"1_000\"", "underscores are removed before ParseInt"),
        new Case("+1", " \"+1\"", "ParseInt accepts a sign"),
        new Case("-0", " \"-0\"", "in resolve's table as a negative-zero float"),
        new Case("1.5", " \"1.5\"", "the YAML float pattern matches"),
        new Case("1e3", " \"1e3\"", "the YAML float pattern allows an exponent without a dot"),
        new Case(".5", " \".5\"", "a leading dot goes to ParseFloat"),
        new Case("._5", " ._5", "ParseFloat's underscore must follow a digit: not a float"),
        new Case("1e999", " 1e999", "ParseFloat overflows with ErrRange, so it stays a string"),
        new Case("9223372036854775808", " \"9223372036854775808\"", "too big for ParseInt, fine for ParseUint"),
        new Case("1.2.3", " 1.2.3", "no number pattern matches"),
        new Case(".inf", " \".inf\"", "in resolve's table as a float"),
        new Case("inf", " inf", "the table only has the dotted forms"),
        new Case("2024-01-01", " \"2024-01-01\"", "time.Parse with layout 2006-1-2 succeeds: !!timestamp"),
        new Case("2024-1-1", " \"2024-1-1\"", "layout 2006-1-2 takes one-digit months and days"),
        new Case("2024-02-30", " 2024-02-30", "time.Parse rejects day 30 of February; not a number either"),
        new Case("2001-12-14 21:59:43.10", " \"2001-12-14 21:59:43.10\"", "layout 2006-1-2 15:4:5.999999999"),
        new Case("2001-12-14t21:59:43.10-05:00", " \"2001-12-14t21:59:43.10-05:00\"", "layout with a lower-case t"),
        new Case("2001-12-14T21:59:43+25:00", " 2001-12-14T21:59:43+25:00",
            "time.Parse (Go 1.20 and later) rejects a zone offset over 24 hours"),
        new Case("a: b", " 'a: b'", "': ' is a block indicator, so the emitter falls back to single quotes"),
        new Case("a:b", " a:b", "a colon not followed by a blank is no indicator"),
        new Case("a #b", " 'a #b'", "'#' after a blank is a block indicator"),
        new Case("a#b", " a#b", "'#' after a non-blank is no indicator"),
        new Case("#x", " '#x'", "'#' opens a comment"),
        new Case("-x", " -x", "'-' is an indicator only when a blank follows"),
        new Case("- x", " '- x'", "'- ' starts a sequence entry"),
        new Case(":x", " :x", "':' is an indicator only when a blank follows"),
        new Case("key:", " 'key:'", "a final ':' counts as followed by a blank"),
        new Case("---", " '---'", "a document marker prefix"),
        new Case("...x", " '...x'", "analyzeScalar checks only the first three characters for markers"),
        new Case("'quote", " '''quote'", "a leading quote forbids plain; single quotes double it"),
        new Case("it's", " it's", "a quote after the first character is fine"),
        new Case(" lead", " ' lead'", "a leading space forbids plain"),
        new Case("trail ", " 'trail '", "a trailing space forbids plain"),
        new Case("%{if}", " '%{if}'", "'%' opens a directive"),
        new Case("${var}", " ${var}", "'$' is no indicator"),
        new Case("=", " =", "go-yaml has no YAML 1.1 value type"),
        new Case("tab\tx", " \"tab\\tx\"", "a tab forbids plain and single quotes"),
        new Case("a\\b", " a\\b", "a backslash needs no quoting"),
        new Case("é", " é", "printable and not ASCII, allowed with unicode output"),
        new Case("😀", " \"\\U0001F600\"", "isPrintable accepts no 4-byte UTF-8, so it is escaped"),
        new Case("\uFEFFx", " \"\\uFEFF\\x78\"", "isBOM looks at the start of the value: every character is escaped"),
        new Case("a\u0085b", " \"a\\Nb\"", "NEL is not printable"),
        new Case("a\u2028b", " 'a\u2028    b'", "LS is printable but a line break: single quotes, indented after it"),
        new Case("crlf\r\n", " \"crlf\\r\\n\"", "CR is not printable, which forbids a literal block"),
        new Case("line\nbreak", " |-\n    line\n    break", "a line feed asks for a literal block, '-' without final break"),
        new Case("x\n", " |\n    x", "one final line break: clip"),
        new Case("x\n\n", " |+\n    x\n", "two final line breaks: keep"),
        new Case(" lead\nx", " |4-\n     lead\n    x", "a leading space adds the indentation indicator, always 4"),
        new Case("\n lead", " |-\n\n     lead", "only the first byte is checked for the indicator (go-yaml issue 76)"),
        new Case("\n", " \"\\n\"", "shouldUseLiteralStyle wants some non-space character"),
        new Case("a \nb", " \"a \\nb\"", "a space before a line break forbids a literal block"));
  }

  @ParameterizedTest
  @MethodSource("strings")
  void quotesStringsAsGoYamlDoes(Case c) {
    assertThat(GoYamlWriter.write(YamlMap.builder().put("k", c.value()).build())).isEqualTo("k:" + c.written() + "\n");
  }

  @Test
  void writesLongAndMultiLineKeysInTheExplicitForm() {
    String long129 = "k".repeat(129);
    YamlNode keys = YamlMap.builder()
        .put("k".repeat(128), "fits")
        .put(long129, "too long")
        .put("two\nlines", "multi-line")
        .put("on", "quoted")
        .build();
    assertThat(GoYamlWriter.write(keys)).isEqualTo("k".repeat(128) + ": fits\n"
        + "? " + long129 + "\n: too long\n"
        + "? |-\n    two\n    lines\n: multi-line\n"
        + "'on': quoted\n");
  }

  @Test
  void layoutMatchesGolden() {
    YamlNode document = YamlMap.builder()
        .map("overlay", o -> o
            .put("image", "siderolabs/sbc-raspberrypi")
            .put("name", "rpi_generic")
            .map("options", opts -> opts.put("configTxtAppend", "dtoverlay=vc4-kms-v3d\n").put("enabled", true)))
        .map("customization", c -> c
            .put("embeddedMachineConfiguration", "machine:\n    install:\n        disk: /dev/sda\n")
            .strings("extraKernelArgs", List.of("console=ttyS0", "talos.platform=metal", "-talos.halt_if_installed"))
            .put("meta", YamlNode.seq(List.of(
                YamlMap.builder().put("key", 10L).put("value", "eth0: {dhcp: true}").build(),
                YamlMap.builder().put("key", 12L).put("value", "line one\nline two").build())))
            .map("systemExtensions", e -> e.strings("officialExtensions", List.of("siderolabs/iscsi-tools")))
            .put("bootloader", "sd-boot")
            .map("secureboot", s -> s.put("enrollKeys", "off").put("includeWellKnownCertificates", true))
            .map("diskImage", d -> d.put("sectorSize", 4096L)))
        .put("nested", YamlNode.seq(List.of(
            YamlNode.seq(List.of(YamlNode.str("a"), YamlMap.builder().put("b", "c").put("d", " e").build())),
            YamlNode.seq(List.of()),
            YamlMap.builder().build(),
            YamlNode.nul(),
            YamlNode.str("x\n y"))))
        .build();
    Golden.assertMatches("yaml/go-layout.yaml", GoYamlWriter.write(document));
  }

  @Test
  void writesRootScalarsAndEmptyCollections() {
    assertThat(GoYamlWriter.write(YamlNode.str("yes"))).isEqualTo("'yes'\n");
    assertThat(GoYamlWriter.write(YamlNode.str("a\nb"))).isEqualTo("|-\n    a\n    b\n");
    assertThat(GoYamlWriter.write(YamlNode.seq(List.of()))).isEqualTo("[]\n");
    assertThat(GoYamlWriter.write(YamlMap.builder().build())).isEqualTo("{}\n");
    assertThat(GoYamlWriter.write(new YamlNode.YamlNumber(new BigDecimal("1.0E+3")))).isEqualTo("1000\n");
  }

  @Test
  void rejectsWhatGoFieldsCannotHold() {
    assertThatThrownBy(() -> GoYamlWriter.write(new YamlNode.YamlNumber(new BigDecimal("1.5"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole numbers");
    assertThatThrownBy(() -> GoYamlWriter.write(YamlNode.str("\uDC00")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unpaired surrogate");
  }

  private static YamlNode customization(YamlNode body) {
    return YamlMap.builder().put("customization", body).build();
  }

  private static YamlNode extensions(String... names) {
    return customization(YamlMap.builder()
        .map("systemExtensions", e -> e.strings("officialExtensions", List.of(names)))
        .build());
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
