package dev.ingot.core.terraform;

/** Renders a {@link TerraformDocument} as Terraform JSON. */
public final class TerraformJsonWriter {
  private TerraformJsonWriter() {}

  /** Renders {@code doc}, with {@code header} as the {@code "//"} comment when not null. */
  public static String write(TerraformDocument doc, String header) {
    throw new UnsupportedOperationException("not yet implemented");
  }
}
