package dev.ingot.core.packer;

import dev.ingot.core.hcl.HclBody;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A {@code provisioner "TYPE" {}} block of a build; provisioners run in the order of the build.
 *
 * @param type the provisioner type, e.g. {@code shell}, {@code file}, {@code powershell}
 * @param body its settings
 */
public record Provisioner(String type, HclBody body) {
  /** Checks for null. */
  public Provisioner {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(body, "body");
  }

  /** A provisioner of {@code type} whose settings {@code body} fills. */
  public static Provisioner of(String type, Consumer<HclBody.Builder> body) {
    return new Provisioner(type, HclBody.of(body));
  }

  HclBody.Block toBlock() {
    return new HclBody.Block("provisioner", List.of(type), body);
  }
}
