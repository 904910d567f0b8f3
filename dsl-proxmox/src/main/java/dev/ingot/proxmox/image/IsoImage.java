package dev.ingot.proxmox.image;

import dev.ingot.proxmox.Storage;
import java.util.List;
import java.util.Objects;

/** An installer ISO: downloaded by the Proxmox node and checked, or a file already on a storage. */
public sealed interface IsoImage {
  /** The image at {@code url}, checked against {@code checksum}. */
  static IsoImage url(String url, Checksum checksum) {
    return new Download(List.of(url), checksum);
  }

  /** The image at the first of {@code mirrors} that answers, checked against {@code checksum}. */
  static IsoImage mirrors(List<String> mirrors, Checksum checksum) {
    return new Download(mirrors, checksum);
  }

  /** The file {@code fileName} on {@code storage}, uploaded beforehand (no checksum: Proxmox has it already). */
  static IsoImage file(Storage storage, String fileName) {
    return new OnStorage(storage, fileName);
  }

  /**
   * An image the node downloads into the image's ISO storage and checks.
   *
   * @param urls where to download it, tried in order
   * @param checksum how it is checked, or null when not yet given (a validation error)
   */
  record Download(List<String> urls, Checksum checksum) implements IsoImage {
    /** Copies the URLs. */
    public Download {
      urls = List.copyOf(urls);
    }

    /** This download checked against {@code checksum}. */
    public Download checksum(Checksum checksum) {
      return new Download(urls, checksum);
    }
  }

  /**
   * An ISO file on a storage.
   *
   * @param storage the storage, which must hold {@code iso} content
   * @param fileName the file name
   */
  record OnStorage(Storage storage, String fileName) implements IsoImage {
    /** Checks for null. */
    public OnStorage {
      Objects.requireNonNull(storage, "storage");
      Objects.requireNonNull(fileName, "fileName");
    }
  }
}
