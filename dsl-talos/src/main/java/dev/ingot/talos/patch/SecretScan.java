package dev.ingot.talos.patch;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds secrets in a parsed patch: values of keys named like secrets ({@code password},
 * {@code token}, {@code secret}, {@code passphrase}, {@code privateKey}, …), private keys in PEM
 * form or base64-encoded PEM, and Kubernetes {@code Secret} manifests inside strings.
 */
final class SecretScan {
  private static final Set<String> SECRET_NAMES = Set.of(
      "password", "passwd", "passphrase", "token", "secret", "privatekey", "apikey", "accesskey", "clientkey");
  private static final String PEM_BASE64 = "LS0tLS1CRUdJTi";
  private static final Pattern SECRET_MANIFEST = Pattern.compile("(?m)^\\s*kind:\\s*[\"']?Secret[\"']?\\s*$");
  private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/=\\s]+");

  private SecretScan() {}

  /** Where {@code doc} holds secrets, each as {@code <dotted path>: <what>}; empty when it holds none. */
  static List<String> findings(JsonNode doc) {
    var out = new ArrayList<String>();
    walk(doc, "", out);
    return out;
  }

  private static void walk(JsonNode node, String at, List<String> out) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        String child = at.isEmpty() ? e.getKey() : at + "." + e.getKey();
        if (isSecretName(e.getKey()) && e.getValue().isTextual() && !e.getValue().asText().isEmpty()) {
          out.add(child + ": a " + e.getKey() + " value");
        } else {
          walk(e.getValue(), child, out);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), at + "[" + i + "]", out);
      }
    } else if (node.isTextual()) {
      String text = node.asText();
      if (isPrivateKey(text)) {
        out.add(at + ": a private key");
      } else if (SECRET_MANIFEST.matcher(text).find()) {
        out.add(at + ": a Kubernetes Secret manifest");
      }
    }
  }

  private static boolean isSecretName(String key) {
    String k = key.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
    return SECRET_NAMES.stream().anyMatch(k::endsWith);
  }

  private static boolean isPrivateKey(String text) {
    if (text.contains("PRIVATE KEY-----")) {
      return true;
    }
    String trimmed = text.strip();
    if (!trimmed.startsWith(PEM_BASE64) || !BASE64.matcher(trimmed).matches()) {
      return false;
    }
    try {
      String decoded = new String(Base64.getMimeDecoder().decode(trimmed), StandardCharsets.UTF_8);
      return decoded.contains("PRIVATE KEY-----");
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
