package dev.ingot.core.packer;

import dev.ingot.core.hcl.HclBody;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A {@code post-processor "TYPE" {}} block of a build, run after the artifact is made.
 *
 * @param type the post-processor type, e.g. {@code manifest}
 * @param body its settings
 */
public record PostProcessor(String type, HclBody body) {
  /** Checks for null. */
  public PostProcessor {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(body, "body");
  }

  /** A post-processor of {@code type} whose settings {@code body} fills. */
  public static PostProcessor of(String type, Consumer<HclBody.Builder> body) {
    return new PostProcessor(type, HclBody.of(body));
  }

  HclBody.Block toBlock() {
    return new HclBody.Block("post-processor", List.of(type), body);
  }
}
