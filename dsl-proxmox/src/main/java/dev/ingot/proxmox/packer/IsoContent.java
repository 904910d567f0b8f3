package dev.ingot.proxmox.packer;

import dev.ingot.core.hcl.HclBody;
import dev.ingot.core.hcl.HclExpr;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an ISO drive holds: a file already on a storage, an image Proxmox downloads and checks, or a
 * CD that Packer makes from files (it needs {@code xorriso}, {@code mkisofs} or {@code oscdimg} on the
 * build host) and uploads.
 */
public sealed interface IsoContent {
  /**
   * An ISO file on a storage that holds {@code iso} content: {@code iso_file = "local:iso/x.iso"}.
   *
   * @param storage the storage id
   * @param fileName the file name
   */
  record OnStorage(String storage, String fileName) implements IsoContent {
    /** Checks for null. */
    public OnStorage {
      Objects.requireNonNull(storage, "storage");
      Objects.requireNonNull(fileName, "fileName");
    }

    @Override
    public void write(HclBody.Builder body) {
      body.attribute("iso_file", storage + ":iso/" + fileName);
    }
  }

  /**
   * An image the Proxmox node downloads to {@code storage} and checks against {@code checksum}; the
   * URLs are tried in order.
   *
   * @param urls where to download it
   * @param checksum {@code sha256:<hex>}, {@code sha512:<hex>} or {@code file:<url of a checksum file>}
   * @param storage the storage id it is kept on
   */
  record Download(List<String> urls, String checksum, String storage) implements IsoContent {
    /** Copies the URLs and checks for null. */
    public Download {
      urls = List.copyOf(urls);
      if (urls.isEmpty()) {
        throw new IllegalArgumentException("a download needs at least one URL");
      }
      Objects.requireNonNull(checksum, "checksum");
      Objects.requireNonNull(storage, "storage");
    }

    @Override
    public void write(HclBody.Builder body) {
      if (urls.size() == 1) {
        body.attribute("iso_url", urls.get(0));
      } else {
        body.attribute("iso_urls", HclExpr.strings(urls));
      }
      body.attribute("iso_checksum", checksum)
          .attribute("iso_storage_pool", storage)
          .attribute("iso_download_pve", true);
    }
  }

  /**
   * A CD Packer makes from {@code content} (file name → text) and {@code files}, labelled
   * {@code label}, and uploads to {@code storage}.
   *
   * @param content files written from text, by name on the CD
   * @param files files copied from the build host (paths or globs)
   * @param label the volume label, e.g. {@code cidata}
   * @param storage the storage id it is uploaded to
   */
  record Generated(Map<String, HclExpr> content, List<HclExpr> files, String label, String storage)
      implements IsoContent {
    /** Copies the content and files and checks for null. */
    public Generated {
      content = Collections.unmodifiableMap(new LinkedHashMap<>(content));
      files = List.copyOf(files);
      if (content.isEmpty() && files.isEmpty()) {
        throw new IllegalArgumentException("a generated CD needs content or files");
      }
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(storage, "storage");
    }

    @Override
    public void write(HclBody.Builder body) {
      if (!files.isEmpty()) {
        body.attribute("cd_files", HclExpr.list(files));
      }
      if (!content.isEmpty()) {
        body.attribute("cd_content", HclExpr.object(content));
      }
      body.attribute("cd_label", label).attribute("iso_storage_pool", storage);
    }
  }

  /** Writes the keys that say what the drive holds. */
  void write(HclBody.Builder body);
}
