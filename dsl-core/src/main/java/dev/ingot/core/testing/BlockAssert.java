package dev.ingot.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one named thing of a generated file: a Terraform resource, data source, variable,
 * output or provider, a Packer source, variable or build. Attributes are addressed by a path such
 * as {@code cpu.type}, {@code disk[1].size} or {@code hostpci[0].mapping} (see
 * {@link IngotAssertions} for the syntax); values compare exactly, numbers by value, and a
 * Terraform or Packer expression as its Terraform JSON string ({@code "${var.proxmox_url}"}).
 *
 * <pre>{@code
 * assertThat(files).terraform("terraform/homelab")
 *     .hasResource("proxmox_virtual_environment_vm", "gpu_1")
 *     .withAttribute("cpu.type", "host")
 *     .withAttribute("hostpci[0].mapping", "rtx4000")
 *     .withoutAttribute("memory.floating")
 *     .and()
 *     .hasVariable("proxmox_api_token").thatIsSensitive();
 * }</pre>
 *
 * @param <P> the assertion that found this block, returned by {@link #and()}
 */
public final class BlockAssert<P> extends AbstractAssert<BlockAssert<P>, JsonNode> {
  private final String subject;
  private final P parent;

  BlockAssert(JsonNode body, String subject, P parent) {
    super(body, BlockAssert.class);
    this.subject = subject;
    this.parent = parent;
  }

  /**
   * Checks that the attribute at {@code path} equals {@code expected}: a String, Number, Boolean,
   * List, Map, JsonNode or null (which expects an explicit null, not a missing attribute).
   */
  public BlockAssert<P> withAttribute(String path, Object expected) {
    return check(Expectations.value(actual, path, expected));
  }

  /** Checks that the attribute at {@code path} is a string containing {@code text}. */
  public BlockAssert<P> withAttributeContaining(String path, String text) {
    return check(Expectations.containing(actual, path, text));
  }

  /** Checks that there is an attribute or block at {@code path}, whatever its value. */
  public BlockAssert<P> withPath(String path) {
    return check(Expectations.present(actual, path));
  }

  /** Checks that there is no attribute or block at {@code path}. */
  public BlockAssert<P> withoutAttribute(String path) {
    return check(Expectations.absent(actual, path));
  }

  /** Checks that a variable or output is marked {@code sensitive = true}. */
  public BlockAssert<P> thatIsSensitive() {
    JsonNode sensitive = actual.path("sensitive");
    if (!sensitive.isBoolean() || !sensitive.booleanValue()) {
      failWithMessage("%s", subject + " is not sensitive: "
          + (sensitive.isMissingNode() ? "it has no sensitive setting" : "sensitive is " + Trees.render(sensitive)));
    }
    return this;
  }

  /** The assertion that found this block, to go on with another lookup. */
  public P and() {
    return parent;
  }

  /** The block's tree. */
  JsonNode body() {
    return actual;
  }

  /** What the block is and where, e.g. {@code variable x in terraform/site/variables.tf.json}. */
  String subject() {
    return subject;
  }

  private BlockAssert<P> check(String problem) {
    if (problem != null) {
      failWithMessage("%s", subject + ": " + problem);
    }
    return this;
  }
}
