package dev.ingot.core.terraform;

import static dev.ingot.core.terraform.TfValue.expr;
import static dev.ingot.core.terraform.TfValue.str;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ingot.core.terraform.TerraformDocument.Output;
import dev.ingot.core.terraform.TerraformDocument.Variable;
import dev.ingot.core.terraform.TfValue.Interpolation;
import dev.ingot.core.terraform.TfValue.Part;
import dev.ingot.core.terraform.TfValue.Text;
import dev.ingot.core.terraform.TfValue.TfNumber;
import dev.ingot.core.terraform.TfValue.TfObject;
import dev.ingot.core.terraform.TfValue.TfTemplate;
import dev.ingot.core.testsupport.ExternalTool;
import dev.ingot.core.testsupport.ExternalTool.Result;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs real Terraform on what the writer emits: a seeded batch of 10,000 awkward strings as
 * literals, templates, expression-object keys and variable defaults, evaluated in one
 * {@code init}/{@code apply}/{@code output -json}; variable and output descriptions read back from
 * a saved plan; and a representative document through {@code validate}. The strings are packed
 * into a few lists, because Terraform's plan time grows quickly with the number of locals and
 * variables.
 *
 * <p>Terraform stores every string in NFC and decodes a lone surrogate escape to U+FFFD, so those
 * two transformations are applied to the expected values.
 */
class TerraformEvaluationTest {
  private static final long SEED = 20_260_101L;
  private static final int COUNT = 10_000;
  private static final int POOL = 100;
  private static final int PER_VARIABLE = 100;
  private static final int DESCRIBED = 200;
  private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  private static final String[] ATOMS = {
    "a", "Z", "0", " ", "-", "_", ".", "$", "%", "{", "}", "${", "%{", "$${", "%%{", "$$", "%%", "}}",
    "${local.s0}", "%{ if true }x%{ endif }", "~", "\"", "\\", "\\n", "\n", "\r", "\t", "\r\n",
    "\u0000", "\u0001", "\b", "\f", "\u001b", "\u001f", "\u007f", "\u0080", "\u0085", "\u00a0",
    "é", "e\u0301", "\u0301", "Å", "A\u030a", "ß", "日本語", "한", "\u1100\u1161", "😀", "\ud83d\ude00\u200d",
    "\ud800", "\udfff", "\u2028", "\u2029", "\ufeff", "\ufffd", "\uffff", "\u0600", "\ud806\ude87", "\u0d4e",
    "<", ">", "&", "'", "/", "//",
  };
  private static final String[] DANGEROUS_ENDS = {"", "", "$", "$$", "$$$", "%", "%%", "\\", "$%", "%$", "\r"};

  private final Random random = new Random(SEED);

  @Test
  void terraformReadsEveryStringAsWritten(@TempDir Path dir) throws IOException {
    ExternalTool.require("terraform");
    List<String> strings = new ArrayList<>(COUNT);
    for (int i = 0; i < COUNT; i++) {
      strings.add(randomString());
    }
    var literals = new ArrayList<TfValue>(COUNT);
    var templates = new ArrayList<TfValue>(COUNT);
    var expectedTemplates = new ArrayList<String>(COUNT);
    var keys = TfObject.builder();
    var expectedKeys = new LinkedHashMap<String, Integer>();
    for (int i = 0; i < COUNT; i++) {
      literals.add(str(strings.get(i)));
      String key = strings.get(i) + "#" + i;
      keys.put(key, new TfNumber(BigDecimal.valueOf(i)));
      expectedKeys.put(terraformString(key), i);
      var parts = new ArrayList<Part>();
      var expected = new StringBuilder();
      int interpolations = random.nextInt(4);
      for (int p = 0; p <= interpolations; p++) {
        var texts = new StringBuilder();
        for (int t = random.nextInt(3); t > 0; t--) {
          String text = randomString() + DANGEROUS_ENDS[random.nextInt(DANGEROUS_ENDS.length)];
          parts.add(new Text(text));
          texts.append(text);
        }
        expected.append(withoutLoneSurrogates(texts));
        if (p < interpolations) {
          int other = random.nextInt(POOL);
          parts.add(new Interpolation("local.p" + other));
          expected.append(withoutLoneSurrogates(strings.get(other)));
        }
      }
      templates.add(new TfTemplate(parts));
      expectedTemplates.add(Normalizer.normalize(expected, Normalizer.Form.NFC));
    }
    var doc = new TerraformDocument();
    for (int p = 0; p < POOL; p++) {
      doc.local("p" + p, literals.get(p));
    }
    doc.local("strings", TfValue.list(literals))
        .local("templates", TfValue.list(templates))
        .local("keys", keys.build())
        .output("strings", new Output(expr("local.strings"), strings.get(0), false))
        .output("templates", new Output(expr("local.templates"), strings.get(1), false))
        .output("keys", new Output(expr("local.keys"), strings.get(2), false));
    var variables = new ArrayList<TfValue>();
    for (int v = 0; v < COUNT / PER_VARIABLE; v++) {
      var defaults = literals.subList(v * PER_VARIABLE, (v + 1) * PER_VARIABLE);
      doc.variable("v" + v, new Variable("list(string)", description(strings, v), TfValue.list(defaults), false));
      variables.add(expr("var.v" + v));
    }
    doc.output("variables", new Output(TfValue.list(variables), strings.get(3), false));

    String text = doc.render("Generated for a test; ${not} interpolated");
    Files.writeString(dir.resolve("main.tf.json"), text, StandardCharsets.UTF_8);
    assertThat(JSON.readTree(text).size()).isEqualTo(4);
    run(dir, "init", "-backend=false", "-input=false", "-no-color");
    run(dir, "apply", "-auto-approve", "-input=false", "-no-color");
    JsonNode outputs = JSON.readTree(run(dir, "output", "-json").stdout());

    for (int i = 0; i < COUNT; i++) {
      String expected = terraformString(strings.get(i));
      assertThat(outputs.path("strings").path("value").path(i).textValue()).as("local string %d", i).isEqualTo(expected);
      assertThat(outputs.path("variables").path("value").path(i / PER_VARIABLE).path(i % PER_VARIABLE).textValue())
          .as("variable default %d", i).isEqualTo(expected);
      assertThat(outputs.path("templates").path("value").path(i).textValue()).as("template %d", i)
          .isEqualTo(expectedTemplates.get(i));
    }
    Map<String, Integer> actualKeys = new LinkedHashMap<>();
    outputs.path("keys").path("value").fields().forEachRemaining(e -> actualKeys.put(e.getKey(), e.getValue().intValue()));
    assertThat(actualKeys).isEqualTo(expectedKeys);
  }

  @Test
  void terraformReadsDescriptionsVerbatim(@TempDir Path dir) throws IOException {
    ExternalTool.require("terraform");
    var doc = new TerraformDocument();
    var expected = new LinkedHashMap<String, String>();
    for (int i = 0; i < DESCRIBED; i++) {
      String description = randomString() + randomString() + randomString();
      doc.variable("v" + i, new Variable("string", description, str(description), false));
      doc.output("o" + i, new Output(expr("var.v" + i), description + "!", false));
      expected.put("v" + i, terraformString(description));
    }
    Files.writeString(dir.resolve("main.tf.json"), doc.render(null), StandardCharsets.UTF_8);
    run(dir, "init", "-backend=false", "-input=false", "-no-color");
    run(dir, "plan", "-input=false", "-no-color", "-out=tfplan");
    JsonNode config = JSON.readTree(run(dir, "show", "-json", "tfplan").stdout()).path("configuration").path("root_module");
    assertThat(config.path("variables").size()).isEqualTo(DESCRIBED);
    expected.forEach((name, description) -> {
      assertThat(config.path("variables").path(name).path("description").asText())
          .as("description of variable %s", name).isEqualTo(description);
      assertThat(config.path("outputs").path("o" + name.substring(1)).path("description").asText())
          .as("description of output o%s", name.substring(1)).isEqualTo(description + "!");
    });
  }

  @Test
  void terraformValidatesAndAppliesARepresentativeDocument(@TempDir Path dir) throws IOException {
    ExternalTool.require("terraform");
    String text = SampleDocuments.builtin().render("Generated by Ingot. DO NOT EDIT.");
    Files.writeString(dir.resolve("main.tf.json"), text, StandardCharsets.UTF_8);
    run(dir, "init", "-backend=false", "-input=false", "-no-color");
    assertThat(run(dir, "validate", "-no-color").stdout()).contains("The configuration is valid.");
    run(dir, "apply", "-auto-approve", "-input=false", "-no-color");
    JsonNode outputs = JSON.readTree(run(dir, "output", "-json").stdout());
    assertThat(outputs.path("greeting").path("value").textValue()).isEqualTo("after Hello, world!");
    assertThat(outputs.path("literal").path("value").textValue()).isEqualTo("costs ${money} and 100%{percent}");
    assertThat(outputs.path("dollar").path("value").textValue()).isEqualTo("$3");
    assertThat(outputs.path("secret").path("sensitive").booleanValue()).isTrue();
  }

  /** The strings of variable {@code v}, joined: every string appears in exactly one description. */
  private static String description(List<String> strings, int v) {
    return String.join("", strings.subList(v * PER_VARIABLE, (v + 1) * PER_VARIABLE));
  }

  private static Result run(Path dir, String... args) {
    var command = new ArrayList<String>();
    command.add("terraform");
    command.addAll(List.of(args));
    Result result = ExternalTool.run(dir, null, command);
    assertThat(result.exitCode()).as("terraform %s: %s", args[0], result.output()).isZero();
    return result;
  }

  /** The value Terraform holds for {@code s}: lone surrogates become U+FFFD, then NFC. */
  private static String terraformString(String s) {
    return Normalizer.normalize(withoutLoneSurrogates(s), Normalizer.Form.NFC);
  }

  private static String withoutLoneSurrogates(CharSequence s) {
    var out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        out.append(c).append(s.charAt(++i));
      } else {
        out.append(Character.isSurrogate(c) ? '\ufffd' : c);
      }
    }
    return out.toString();
  }

  /**
   * True for an assigned code point that is not a combining mark and has no decomposition: NFC
   * leaves it alone whichever Unicode version the JDK or Terraform's Go runtime knows, so the
   * expected values do not depend on the JDK running the test.
   */
  private static boolean sameNfcEverywhere(int codePoint) {
    int type = Character.getType(codePoint);
    return type != Character.UNASSIGNED && type != Character.SURROGATE && type != Character.NON_SPACING_MARK
        && type != Character.COMBINING_SPACING_MARK && type != Character.ENCLOSING_MARK
        && Normalizer.isNormalized(Character.toString(codePoint), Normalizer.Form.NFD);
  }

  private String randomString() {
    var out = new StringBuilder();
    int atoms = random.nextInt(12);
    for (int i = 0; i < atoms; i++) {
      if (random.nextInt(8) == 0) {
        int codePoint;
        do {
          codePoint = random.nextInt(2) == 0 ? 0x20 + random.nextInt(0xffe0) : 0x10000 + random.nextInt(0x100000);
        } while (!sameNfcEverywhere(codePoint));
        out.appendCodePoint(codePoint);
      } else {
        out.append(ATOMS[random.nextInt(ATOMS.length)]);
      }
    }
    return out.toString();
  }
}
