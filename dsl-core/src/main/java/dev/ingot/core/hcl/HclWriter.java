package dev.ingot.core.hcl;

/** Renders HCL bodies exactly as {@code terraform fmt} and {@code packer fmt} would write them. */
public final class HclWriter {
  private HclWriter() {}

  /** Renders {@code body} as a file, with {@code header} as a leading {@code #} comment when not null. */
  public static String write(HclBody body, String header) {
    throw new UnsupportedOperationException("not yet implemented");
  }
}
