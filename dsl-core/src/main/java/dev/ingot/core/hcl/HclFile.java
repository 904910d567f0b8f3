package dev.ingot.core.hcl;

import dev.ingot.core.Document;
import java.util.Objects;

/**
 * An HCL file (Packer {@code *.pkr.hcl}, Terraform {@code *.tf}) rendered exactly as
 * {@code terraform fmt} and {@code packer fmt} would write it.
 *
 * @param body the top-level body
 */
public record HclFile(HclBody body) implements Document {
  /** Checks for null. */
  public HclFile {
    Objects.requireNonNull(body, "body");
  }

  @Override
  public String render(String header) {
    return HclWriter.write(body, header);
  }
}
