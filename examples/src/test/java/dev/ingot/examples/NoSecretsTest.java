package dev.ingot.examples;

import static dev.ingot.core.testing.IngotAssertions.assertThatDirectory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.ingot.core.value.EnvSecret;
import dev.ingot.core.value.Secret;
import dev.ingot.core.value.SopsSecret;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No secret reaches {@code examples/generated}: neither the values of the site's secrets (sample
 * values in {@code fixtures/secrets.yaml}) nor anything that looks like a secret written out.
 * The last test plants secrets in a copy of the tree and checks that each one is caught.
 */
class NoSecretsTest {
  private static final Path GENERATED = GeneratedTree.DIR;

  /** {@code -----BEGIN OPENSSH PRIVATE KEY-----}, {@code -----BEGIN RSA PRIVATE KEY-----} … */
  static final Pattern PRIVATE_KEY = Pattern.compile("-----BEGIN [A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----");
  /** An age identity, the key that decrypts the SOPS files. */
  static final Pattern AGE_KEY = Pattern.compile("AGE-SECRET-KEY-1[0-9A-Z]+");
  /** A UUID: the secret part of a Proxmox VE API token ({@code user@realm!id=<uuid>}). */
  static final Pattern TOKEN_UUID = Pattern.compile(
      "(?i)\\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\b");
  /** A crypt(3) hash: MD5, SHA-256, SHA-512 (optionally with rounds), bcrypt or yescrypt. */
  static final Pattern CRYPT_HASH = Pattern.compile("\\$(?:1|5|6)\\$(?:rounds=\\d+\\$)?[./A-Za-z0-9]{1,16}"
      + "\\$[./A-Za-z0-9]{20,}|\\$2[aby]?\\$\\d{2}\\$[./A-Za-z0-9]{53}|\\$y\\$[./A-Za-z0-9]+\\$[./A-Za-z0-9]+"
      + "\\$[./A-Za-z0-9]{20,}");
  /**
   * A password-like key given a quoted literal, in YAML, HCL or JSON: {@code password: "x"},
   * {@code password = "x"}, {@code "password": "x"}; a template placeholder ({@code "${…}"},
   * {@code "{{ … }}"}) is not a literal.
   */
  static final Pattern QUOTED_PASSWORD = Pattern.compile("(?im)^[ \\t]*(?:-[ \\t]+)?\"?[A-Za-z_]*"
      + "(?:password|passwd|passphrase)[A-Za-z_]*\"?[ \\t]*[:=][ \\t]*\"(?!\\$\\{|\\{\\{)[^\"\\n]+\"");
  /**
   * A YAML key ending in password, passwd or passphrase (or that and {@code _hash}) given a plain
   * scalar that is not a boolean, null or placeholder. Ansible's {@code update_password} is a mode
   * ({@code always}, {@code on_create}), not a secret.
   */
  static final Pattern PLAIN_PASSWORD = Pattern.compile("(?im)^[ \\t]*(?:-[ \\t]+)?(?!update_password:)[A-Za-z_]*"
      + "(?:password|passwd|passphrase)(?:_hash)?:[ \\t]+"
      + "(?![\"'$|>]|\\{\\{|(?:true|false|yes|no|null|~)[ \\t]*$)\\S.*$");
  /** A shell or environment assignment of a literal to a password-like name. */
  static final Pattern SHELL_PASSWORD = Pattern.compile("(?im)^[ \\t]*(?:export[ \\t]+)?[A-Za-z_]*"
      + "(?:password|passwd|passphrase)[A-Za-z_]*=(?![\"']?\\$|(?:true|false)\\b)[\"']?[^\\s\"'$]+");
  /** A password written into a Windows answer file instead of its template placeholder. */
  static final Pattern XML_PASSWORD = Pattern.compile("(?i)<\\w*Password>\\s*<Value>(?!\\$\\{)[^<]+</Value>");

  static final Pattern[] PATTERNS = {
      PRIVATE_KEY, AGE_KEY, TOKEN_UUID, CRYPT_HASH, QUOTED_PASSWORD, PLAIN_PASSWORD, SHELL_PASSWORD, XML_PASSWORD};

  /** The fixture's values by secret: SOPS keys, then environment variables. */
  static Map<String, String> fixture() {
    try (InputStream in = NoSecretsTest.class.getResourceAsStream("/fixtures/secrets.yaml")) {
      JsonNode root = new YAMLMapper().readTree(in);
      var values = new LinkedHashMap<String, String>();
      root.path("sops").fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asText()));
      root.path("env").fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asText()));
      return values;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theFixtureHasAValueForEverySecretOfTheSite() {
    var names = new TreeSet<String>();
    for (var component : new Homelab().define().components()) {
      for (Secret secret : component.secrets()) {
        names.add(secret instanceof SopsSecret s ? s.key() : ((EnvSecret) secret).name());
      }
    }
    assertThat(fixture().keySet()).containsExactlyInAnyOrderElementsOf(names);
  }

  @Test
  void noSecretValueAppearsInTheGeneratedTree() {
    assertThatDirectory(GENERATED).containsNoText(fixture().values().toArray(String[]::new));
  }

  @Test
  void nothingInTheGeneratedTreeLooksLikeAWrittenOutSecret() {
    assertThatDirectory(GENERATED).containsNoMatch(PATTERNS);
  }

  @Test
  void theScansCatchSecretsPlantedInACopy(@TempDir Path copy) throws IOException {
    GeneratedTree.copyTo(copy);
    Map<String, String> secrets = fixture();
    plant(copy, "terraform/homelab/vms.tf.json", "${var.password_hash}", secrets.get("password_hash"));
    plant(copy, "terraform/homelab/providers.tf.json", "${var.proxmox_api_token}", secrets.get("proxmox_api_token"));
    plant(copy, "packer/windows-server/autounattend.xml.pkrtpl", "${admin_password}",
        secrets.get("windows_admin_password"));
    plant(copy, "packer/talos/talos.pkr.hcl", "var.talos_build_password\n",
        "\"" + secrets.get("TALOS_BUILD_PASSWORD") + "\"\n");
    plant(copy, "cloud-init/debian/user-data.yaml", "${jsonencode(admin_ssh_keys[0])}", secrets.get("ssh_public_key"));
    plant(copy, "packer/ubuntu/ubuntu.pkr.hcl", "var.packer_api_token", "\"" + secrets.get("packer_api_token") + "\"");
    plant(copy, "cloud-init/arch/user-data.yaml", "hashed_passwd: ${jsonencode(admin_password_hash)}",
        "hashed_passwd: literal-hash");
    plant(copy, "scripts/with-secrets.sh", "exec \"$@\"", "ADMIN_PASSWORD=hunter2\nexec \"$@\"");
    plant(copy, ".sops.yaml", "creation_rules:",
        "# AGE-SECRET-KEY-1QYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQYQS7ZQKGX\ncreation_rules:");
    plant(copy, "packer/debian/scripts/cleanup.sh", "set -eu", "# -----BEGIN OPENSSH PRIVATE KEY-----\nset -eu");

    String values = message(() -> assertThatDirectory(copy).containsNoText(secrets.values().toArray(String[]::new)));
    assertThat(values).startsWith("found text that must not appear (7 places):").contains(
        "value 1 at terraform/homelab/providers.tf.json:",
        "value 2 at packer/ubuntu/ubuntu.pkr.hcl:",
        "value 3 at cloud-init/debian/user-data.yaml:",
        "value 4 at terraform/homelab/vms.tf.json:",
        "value 5 at packer/windows-server/autounattend.xml.pkrtpl:",
        "value 6 at packer/talos/talos.pkr.hcl:")
        .doesNotContain(secrets.values());

    String patterns = message(() -> assertThatDirectory(copy).containsNoMatch(PATTERNS));
    assertThat(patterns).doesNotContain(secrets.values()).contains(
        "/" + PRIVATE_KEY.pattern() + "/ at packer/debian/scripts/cleanup.sh:",
        "/" + AGE_KEY.pattern() + "/ at .sops.yaml:",
        "/" + TOKEN_UUID.pattern() + "/ at terraform/homelab/providers.tf.json:",
        "/" + TOKEN_UUID.pattern() + "/ at packer/ubuntu/ubuntu.pkr.hcl:",
        "/" + CRYPT_HASH.pattern() + "/ at terraform/homelab/vms.tf.json:",
        "/" + QUOTED_PASSWORD.pattern() + "/ at terraform/homelab/vms.tf.json:",
        "/" + QUOTED_PASSWORD.pattern() + "/ at packer/talos/talos.pkr.hcl:",
        "/" + PLAIN_PASSWORD.pattern() + "/ at cloud-init/arch/user-data.yaml:",
        "/" + SHELL_PASSWORD.pattern() + "/ at scripts/with-secrets.sh:",
        "/" + XML_PASSWORD.pattern() + "/ at packer/windows-server/autounattend.xml.pkrtpl:");
  }

  private static String message(ThrowingCallable scan) {
    AssertionError error = catchThrowableOfType(AssertionError.class, scan);
    assertThat(error).as("the scan found nothing").isNotNull();
    return error.getMessage();
  }

  private static void plant(Path copy, String file, String placeholder, String secret) throws IOException {
    Path path = copy.resolve(file);
    String text = Files.readString(path, StandardCharsets.UTF_8);
    assertThat(text).as("%s holds %s", file, placeholder).contains(placeholder);
    Files.writeString(path, text.replace(placeholder, secret), StandardCharsets.UTF_8);
  }
}
