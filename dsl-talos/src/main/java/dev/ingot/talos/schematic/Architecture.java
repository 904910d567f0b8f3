package dev.ingot.talos.schematic;

/** A CPU architecture that Talos images are built for. */
public enum Architecture {
  /** x86-64. */
  AMD64("amd64"),
  /** 64-bit ARM. */
  ARM64("arm64");

  private final String id;

  Architecture(String id) {
    this.id = id;
  }

  /** The name in image file names: {@code amd64}, {@code arm64}. */
  public String id() {
    return id;
  }
}
