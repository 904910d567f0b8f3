package dev.ingot.talos.patch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.ingot.core.Document;
import dev.ingot.core.TextDocument;
import dev.ingot.core.validate.Path;
import dev.ingot.core.validate.Problems;
import dev.ingot.core.validate.Validatable;
import dev.ingot.core.value.Names;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A machine configuration patch written by hand, for what the typed settings do not cover. It is
 * emitted verbatim as {@code talos/patches/<name>.yaml} (with a generated-file comment on top) and
 * applied by the Terraform provider like any other patch.
 *
 * <p>Validation parses it (every document must be a mapping) and rejects secrets: values of keys
 * named like {@code password}, {@code token}, {@code secret} or {@code passphrase}, private keys
 * and Kubernetes {@code Secret} manifests. Machine secrets stay in the Terraform state; patches
 * are committed files.
 *
 * <pre>{@code
 * RawPatch.of("time", """
 *     machine:
 *       time:
 *         servers:
 *           - time.cloudflare.com
 *     """)
 * }</pre>
 *
 * @param name the file name, a DNS label
 * @param yaml the patch, one or more YAML documents
 */
public record RawPatch(String name, String yaml) implements Validatable, Document {
  private static final YAMLMapper YAML = new YAMLMapper();
  private static final Pattern POSITION = Pattern.compile("line (\\d+), column (\\d+)");

  /** Checks for null. */
  public RawPatch {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(yaml, "yaml");
  }

  /** The patch {@code yaml}, written to {@code talos/patches/<name>.yaml}. */
  public static RawPatch of(String name, String yaml) {
    return new RawPatch(name, yaml);
  }

  /** The path of the file in a generated repository. */
  public String path() {
    return PatchFile.path(name);
  }

  /**
   * The parsed documents.
   *
   * @throws IllegalArgumentException when the text is not YAML
   */
  public List<JsonNode> documents() {
    try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(yaml)) {
      var docs = new ArrayList<JsonNode>();
      while (it.hasNextValue()) {
        docs.add(it.nextValue());
      }
      return docs;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(describe(e), e);
    } catch (IOException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /**
   * The setting of this patch that decides the cluster's CNI or kube-proxy, if it has one:
   * {@code cluster.network.cni}, {@code cluster.proxy}, or a {@code KubeFlannelCNIConfig} or
   * {@code KubeProxyConfig} document. Empty when the text is not YAML.
   */
  public Optional<String> cniSetting() {
    List<JsonNode> docs;
    try {
      docs = documents();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    for (JsonNode doc : docs) {
      if (doc == null) {
        continue;
      }
      if (doc.at("/cluster/network/cni").isObject()) {
        return Optional.of("cluster.network.cni");
      }
      if (doc.at("/cluster/proxy").isObject()) {
        return Optional.of("cluster.proxy");
      }
      String kind = doc.path("kind").asText();
      if (kind.equals("KubeFlannelCNIConfig") || kind.equals("KubeProxyConfig")) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /** Reports a name that is not a DNS label, text that is not YAML, documents that are not mappings, and secrets. */
  @Override
  public void validate(Path path, Problems problems) {
    Names.requireDnsLabel(name, path.field("name"), problems);
    List<JsonNode> docs;
    try {
      docs = documents();
    } catch (IllegalArgumentException e) {
      problems.error(path, "the patch is not YAML: " + e.getMessage());
      return;
    }
    if (docs.isEmpty()) {
      problems.error(path, "the patch is empty");
    }
    for (int i = 0; i < docs.size(); i++) {
      JsonNode doc = docs.get(i);
      String which = docs.size() == 1 ? "the patch" : "document " + (i + 1) + " of the patch";
      if (doc == null || !doc.isObject()) {
        problems.error(path, which + " is not a mapping: a machine configuration patch is a mapping such as"
            + " machine: … or apiVersion: v1alpha1, kind: …");
        continue;
      }
      for (String finding : SecretScan.findings(doc)) {
        problems.error(path, which + " holds a secret at " + finding + "; patches are committed files, so keep"
            + " secrets out of them (Talos machine secrets stay in the Terraform state)");
      }
    }
  }

  /** The patch text as written, after a {@code #} comment line with {@code header}. */
  @Override
  public String render(String header) {
    return TextDocument.hashComments(yaml).render(header);
  }

  /**
   * The parser's explanation without its source excerpts, at the position it names last:
   * {@code while parsing a flow sequence, expected ',' or ']', but got <stream end> (line 3, column 1)}.
   */
  private static String describe(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    String text = String.join(", ", message.lines().filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)))
        .toList());
    Matcher at = POSITION.matcher(message);
    String where = "";
    while (at.find()) {
      where = " (line " + at.group(1) + ", column " + at.group(2) + ")";
    }
    return text + where;
  }
}
