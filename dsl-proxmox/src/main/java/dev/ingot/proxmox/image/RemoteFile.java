package dev.ingot.proxmox.image;

import java.util.Objects;

/**
 * A file the guest downloads during the build and checks before using it.
 *
 * @param url where it is
 * @param checksum its SHA-256 or SHA-512 digest, or null when not yet given (a validation error)
 */
public record RemoteFile(String url, Checksum checksum) {
  /** Checks for null. */
  public RemoteFile {
    Objects.requireNonNull(url, "url");
  }

  /** The file name, the last part of the URL. */
  public String fileName() {
    return url.substring(url.lastIndexOf('/') + 1);
  }
}
