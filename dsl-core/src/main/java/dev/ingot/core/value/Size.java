package dev.ingot.core.value;

/**
 * An amount of memory or storage, held in bytes. Binary units only: {@code Size.gib(32)} is
 * 32 × 2<sup>30</sup> bytes.
 *
 * <p>Any value can be constructed, so that a negative or zero size is reported by validation with
 * its path instead of failing in the middle of a definition.
 *
 * @param bytes the size in bytes
 */
public record Size(long bytes) implements Comparable<Size> {
  private static final long KIB = 1024L;
  private static final long MIB = KIB * 1024;
  private static final long GIB = MIB * 1024;
  private static final long TIB = GIB * 1024;

  /** Zero bytes. */
  public static final Size ZERO = new Size(0);

  /** {@code n} bytes. */
  public static Size bytes(long n) {
    return new Size(n);
  }

  /** {@code n} KiB. */
  public static Size kib(long n) {
    return new Size(Math.multiplyExact(n, KIB));
  }

  /** {@code n} MiB. */
  public static Size mib(long n) {
    return new Size(Math.multiplyExact(n, MIB));
  }

  /** {@code n} GiB. */
  public static Size gib(long n) {
    return new Size(Math.multiplyExact(n, GIB));
  }

  /** {@code n} TiB. */
  public static Size tib(long n) {
    return new Size(Math.multiplyExact(n, TIB));
  }

  /** True when the size is greater than zero. */
  public boolean isPositive() {
    return bytes > 0;
  }

  /** Whole KiB, rounded down. */
  public long toKib() {
    return bytes / KIB;
  }

  /** Whole MiB, rounded down. */
  public long toMib() {
    return bytes / MIB;
  }

  /** Whole GiB, rounded down. */
  public long toGib() {
    return bytes / GIB;
  }

  /** Whole GiB, rounded up: the smallest disk size in GiB that holds this size. */
  public long toGibCeil() {
    return Math.floorDiv(bytes + GIB - 1, GIB);
  }

  /** True when the size is a whole number of GiB. */
  public boolean isWholeGib() {
    return bytes % GIB == 0;
  }

  /** True when the size is a whole number of MiB. */
  public boolean isWholeMib() {
    return bytes % MIB == 0;
  }

  /** The sum of this size and {@code other}. */
  public Size plus(Size other) {
    return new Size(Math.addExact(bytes, other.bytes));
  }

  /** The difference of this size and {@code other}. */
  public Size minus(Size other) {
    return new Size(Math.subtractExact(bytes, other.bytes));
  }

  /** This size times {@code factor}. */
  public Size times(long factor) {
    return new Size(Math.multiplyExact(bytes, factor));
  }

  /** The smaller of this size and {@code other}. */
  public Size min(Size other) {
    return compareTo(other) <= 0 ? this : other;
  }

  /** The larger of this size and {@code other}. */
  public Size max(Size other) {
    return compareTo(other) >= 0 ? this : other;
  }

  @Override
  public int compareTo(Size other) {
    return Long.compare(bytes, other.bytes);
  }

  /** The size in the largest binary unit that holds it exactly, e.g. {@code 32 GiB} or {@code 1536 MiB}. */
  @Override
  public String toString() {
    if (bytes != 0) {
      if (bytes % TIB == 0) {
        return bytes / TIB + " TiB";
      }
      if (bytes % GIB == 0) {
        return bytes / GIB + " GiB";
      }
      if (bytes % MIB == 0) {
        return bytes / MIB + " MiB";
      }
      if (bytes % KIB == 0) {
        return bytes / KIB + " KiB";
      }
    }
    return bytes + " B";
  }
}
