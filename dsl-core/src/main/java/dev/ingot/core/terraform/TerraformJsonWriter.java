package dev.ingot.core.terraform;

import dev.ingot.core.terraform.TerraformDocument.Output;
import dev.ingot.core.terraform.TerraformDocument.RequiredProvider;
import dev.ingot.core.terraform.TerraformDocument.Variable;
import dev.ingot.core.terraform.TfValue.Interpolation;
import dev.ingot.core.terraform.TfValue.Part;
import dev.ingot.core.terraform.TfValue.Text;
import dev.ingot.core.terraform.TfValue.TfBool;
import dev.ingot.core.terraform.TfValue.TfExpr;
import dev.ingot.core.terraform.TfValue.TfList;
import dev.ingot.core.terraform.TfValue.TfNull;
import dev.ingot.core.terraform.TfValue.TfNumber;
import dev.ingot.core.terraform.TfValue.TfObject;
import dev.ingot.core.terraform.TfValue.TfRef;
import dev.ingot.core.terraform.TfValue.TfString;
import dev.ingot.core.terraform.TfValue.TfTemplate;
import java.util.List;
import java.util.Map;

/**
 * Renders a {@link TerraformDocument} as Terraform JSON ({@code *.tf.json}).
 *
 * <p>Layout: two-space indentation, one member or element per line, {@code {}} and {@code []}
 * when empty, exactly one final newline. Top-level keys come in the fixed order {@code "//"},
 * {@code terraform}, {@code provider}, {@code variable}, {@code locals}, {@code data},
 * {@code resource}, {@code output}, each only when non-empty; entries keep their insertion order.
 *
 * <p>Terraform reads the strings of provider, resource, data, local and output values as
 * templates, so there {@link TfString} escapes {@code ${} and {@code %{}, {@link TfExpr} becomes
 * {@code "${expression}"}, {@link TfTemplate} mixes both, and {@link TfRef} is the bare traversal
 * (for {@code depends_on}). A template consisting of one interpolation only yields the raw value
 * of its expression, as in Terraform. Three quirks of Terraform's template scanner are handled by
 * interpolating a string literal instead: {@code $} right before an interpolation ({@code $${}
 * would be an escape), a U+FEFF at the very start (dropped as a byte order mark) and a carriage
 * return not followed by a line feed (after which no interpolation is recognised).
 *
 * <p>Everything under {@code terraform}, variable {@code type}/{@code description}/{@code default}
 * and output {@code description} are literal contexts: strings are written as they are, and
 * expressions or references there are rejected. Terraform normalises every string to NFC.
 */
public final class TerraformJsonWriter {
  /** How deep the body of a resource or data block stands: file › block type › type › name. */
  private static final int BLOCK_DEPTH = 3;
  /** How deep the body of an output stands: file › output › name. */
  private static final int OUTPUT_DEPTH = 2;

  private final JsonOut json;

  private TerraformJsonWriter(JsonOut json) {
    this.json = json;
  }

  /**
   * Renders {@code doc}, with {@code header} as the {@code "//"} comment when not null.
   *
   * @throws IllegalArgumentException when a variable default holds an expression, template or reference
   */
  public static String write(TerraformDocument doc, String header) {
    var writer = new TerraformJsonWriter(new JsonOut());
    writer.document(doc, header);
    return writer.json.finish();
  }

  /**
   * Renders the body of a resource or data block as it will stand in its file, using {@code scratch}
   * as the buffer. A document keeps its blocks rendered, so that a site of thousands of resources
   * does not hold a tree of objects for each of them until the file is written.
   */
  static String blockBody(TfObject body, StringBuilder scratch) {
    var writer = new TerraformJsonWriter(new JsonOut(BLOCK_DEPTH, scratch));
    writer.value(body, null);
    return writer.json.fragment();
  }

  /** Renders the body of an output as it will stand in its file (see {@link #blockBody}). */
  static String outputBody(Output output, StringBuilder scratch) {
    var writer = new TerraformJsonWriter(new JsonOut(OUTPUT_DEPTH, scratch));
    writer.output(output);
    return writer.json.fragment();
  }

  private void output(Output output) {
    json.beginObject();
    json.key("value");
    value(output.value(), null);
    json.key("description");
    json.literal(output.description());
    if (output.sensitive()) {
      json.key("sensitive");
      json.token("true");
    }
    json.endObject();
  }

  private void document(TerraformDocument doc, String header) {
    json.beginObject();
    if (header != null) {
      json.key("//");
      json.literal(header);
    }
    terraform(doc.requiredVersion(), doc.requiredProviders());
    if (!doc.providers().isEmpty()) {
      json.key("provider");
      bodies(doc.providers());
    }
    variables(doc.variables());
    if (!doc.locals().isEmpty()) {
      json.key("locals");
      json.beginObject();
      doc.locals().forEach((name, value) -> {
        json.key(name);
        value(value, null);
      });
      json.endObject();
    }
    labelled("data", doc.data());
    labelled("resource", doc.resources());
    outputs(doc.outputs());
    json.endObject();
  }

  private void terraform(String requiredVersion, Map<String, RequiredProvider> requiredProviders) {
    if (requiredVersion == null && requiredProviders.isEmpty()) {
      return;
    }
    json.key("terraform");
    json.beginObject();
    if (requiredVersion != null) {
      json.key("required_version");
      json.literal(requiredVersion);
    }
    if (!requiredProviders.isEmpty()) {
      json.key("required_providers");
      json.beginObject();
      requiredProviders.forEach((name, provider) -> {
        json.key(name);
        json.beginObject();
        json.key("source");
        json.literal(provider.source());
        json.key("version");
        json.literal(provider.version());
        json.endObject();
      });
      json.endObject();
    }
    json.endObject();
  }

  private void variables(Map<String, Variable> variables) {
    if (variables.isEmpty()) {
      return;
    }
    json.key("variable");
    json.beginObject();
    variables.forEach((name, variable) -> {
      json.key(name);
      json.beginObject();
      json.key("type");
      json.literal(variable.type());
      json.key("description");
      json.literal(variable.description());
      if (variable.defaultValue() != null) {
        json.key("default");
        value(variable.defaultValue(), "the default of variable \"" + name + "\"");
      }
      if (variable.sensitive()) {
        json.key("sensitive");
        json.token("true");
      }
      json.endObject();
    });
    json.endObject();
  }

  private void outputs(Map<String, String> outputs) {
    if (outputs.isEmpty()) {
      return;
    }
    json.key("output");
    json.beginObject();
    outputs.forEach((name, body) -> {
      json.key(name);
      json.raw(body);
    });
    json.endObject();
  }

  private void labelled(String blockType, Map<String, Map<String, String>> blocks) {
    if (blocks.isEmpty()) {
      return;
    }
    json.key(blockType);
    json.beginObject();
    blocks.forEach((type, byName) -> {
      json.key(type);
      renderedBodies(byName);
    });
    json.endObject();
  }

  private void bodies(Map<String, TfObject> byName) {
    json.beginObject();
    byName.forEach((name, body) -> {
      json.key(name);
      value(body, null);
    });
    json.endObject();
  }

  private void renderedBodies(Map<String, String> byName) {
    json.beginObject();
    byName.forEach((name, body) -> {
      json.key(name);
      json.raw(body);
    });
    json.endObject();
  }

  /**
   * Writes {@code value}; {@code literalContext} is null where Terraform reads strings as
   * templates, else it names the literal context for error messages.
   */
  private void value(TfValue value, String literalContext) {
    if (value instanceof TfString s) {
      if (literalContext == null) {
        json.templateLiteral(s.value());
      } else {
        json.literal(s.value());
      }
    } else if (value instanceof TfNumber n) {
      json.token(n.value().toPlainString());
    } else if (value instanceof TfBool b) {
      json.token(b.value() ? "true" : "false");
    } else if (value instanceof TfNull) {
      json.token("null");
    } else if (value instanceof TfList list) {
      json.beginArray();
      for (TfValue element : list.elements()) {
        json.element();
        value(element, literalContext);
      }
      json.endArray();
    } else if (value instanceof TfObject object) {
      json.beginObject();
      object.entries().forEach((key, entry) -> {
        if (literalContext == null) {
          json.templateKey(key);
        } else {
          json.key(key);
        }
        value(entry, literalContext);
      });
      json.endObject();
    } else if (literalContext != null) {
      throw new IllegalArgumentException(
          "Terraform reads " + literalContext + " literally, so it cannot hold " + value);
    } else if (value instanceof TfExpr e) {
      json.openQuote();
      json.interpolation(e.expression());
      json.closeQuote();
    } else if (value instanceof TfTemplate t) {
      template(t.parts());
    } else {
      json.literal(((TfRef) value).traversal());
    }
  }

  /** Writes a template, joining adjacent text parts so that escapes never straddle a join. */
  private void template(List<Part> parts) {
    json.openQuote();
    int n = parts.size();
    int i = 0;
    while (i < n) {
      boolean start = i == 0;
      Part part = parts.get(i++);
      if (part instanceof Interpolation interpolation) {
        json.interpolation(interpolation.expression());
        continue;
      }
      String text = ((Text) part).value();
      if (i < n && parts.get(i) instanceof Text) {
        var joined = new StringBuilder(text);
        while (i < n && parts.get(i) instanceof Text next) {
          joined.append(next.value());
          i++;
        }
        text = joined.toString();
      }
      json.templateText(text, start, i < n);
    }
    json.closeQuote();
  }
}
