package dev.ingot.proxmox.vm;

/** A checksum algorithm Proxmox verifies downloads with, and the length of its hex digest. */
public enum ChecksumAlgorithm {
  /** MD5 (weak; only for images published with nothing better). */
  MD5("md5", 32),
  /** SHA-1 (weak). */
  SHA1("sha1", 40),
  /** SHA-224. */
  SHA224("sha224", 56),
  /** SHA-256, as Ubuntu publishes in {@code SHA256SUMS}. */
  SHA256("sha256", 64),
  /** SHA-384. */
  SHA384("sha384", 96),
  /** SHA-512, as Debian publishes in {@code SHA512SUMS}. */
  SHA512("sha512", 128);

  private final String value;
  private final int hexLength;

  ChecksumAlgorithm(String value, int hexLength) {
    this.value = value;
    this.hexLength = hexLength;
  }

  /** The value bpg/proxmox uses, e.g. {@code sha512}. */
  public String value() {
    return value;
  }

  /** How many hex digits a digest of this algorithm has. */
  public int hexLength() {
    return hexLength;
  }
}
