package dev.ingot.proxmox.vm;

import dev.ingot.core.validate.Path;
import dev.ingot.core.validate.Problems;
import dev.ingot.core.validate.Validatable;
import dev.ingot.core.value.Names;
import dev.ingot.proxmox.DirStorage;
import dev.ingot.proxmox.Storage;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A disk image that the node downloads from a pinned URL, verifies against its checksum and keeps
 * as {@code import} content, for VM disks to be created from ({@code proxmox_download_file}).
 *
 * <pre>{@code
 * CloudImage.debian13()                                   // a verified default
 * CloudImage.of("alma-10", "https://…/AlmaLinux-10-GenericCloud-10.0-20250528.0.x86_64.qcow2")
 *     .checksum(ChecksumAlgorithm.SHA256, "…")
 *     .storage(nfs)                                       // local unless set
 * }</pre>
 *
 * <p>The defaults are dated builds, never a moving {@code latest} link, with the digest the
 * distribution publishes next to them: Debian 13 from {@code SHA512SUMS} of
 * cloud.debian.org/images/cloud/trixie/20260712-2537/, Ubuntu 24.04 from {@code SHA256SUMS} of
 * cloud-images.ubuntu.com/releases/noble/release-20260615/. Both digests were taken from the image
 * lists of lima-vm/lima ({@code templates/_images/debian-13.yaml}) and cross-checked against
 * several independent repositories that pin the same build; no network was available to download
 * the files themselves.
 *
 * @param name a short name for the image, e.g. {@code debian-13}; it names the Terraform resource
 * @param url where the node downloads it from
 * @param checksum the expected hex digest, or null when not pinned (an error)
 * @param algorithm the digest's algorithm, or null when not pinned
 * @param fileName the file name on the storage, or null for the last part of the URL
 * @param storage the storage it is downloaded to; it must allow {@code import} content
 * @param unpinnedBecause why the image has no checksum to pin (its URL names its content and its
 *     publisher lists no digest, as for Talos Image Factory images), or null: then one is required
 */
public record CloudImage(String name, String url, String checksum, ChecksumAlgorithm algorithm, String fileName,
    Storage storage, String unpinnedBecause) implements Validatable {
  private static final Pattern NAME = Pattern.compile("[a-z0-9]([a-z0-9.-]{0,61}[a-z0-9])?");
  private static final Pattern URL = Pattern.compile("https?://[^\\s/]+/\\S*[^/\\s]");
  private static final Pattern HEX = Pattern.compile("[0-9a-f]+");
  private static final Pattern FILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*\\.(qcow2|raw|vmdk)");
  private static final List<String> MOVING = List.of("/latest/", "/current/", "/daily/", "/release/");

  /** Checks for null. */
  public CloudImage {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(storage, "storage");
  }

  /** The image {@code name} at {@code url}, downloaded to {@code local}; pin it with {@link #checksum}. */
  public static CloudImage of(String name, String url) {
    return new CloudImage(name, url, null, null, null, DirStorage.local(), null);
  }

  /** Debian 13 (trixie) genericcloud for amd64, build 20260712-2537. */
  public static CloudImage debian13() {
    return of("debian-13",
        "https://cloud.debian.org/images/cloud/trixie/20260712-2537/debian-13-genericcloud-amd64-20260712-2537.qcow2")
        .checksum(ChecksumAlgorithm.SHA512, "7ae53e9dbee282bfc16f289dec483dde3a8598769c38a267948310f7a2a52c66"
            + "2620198603bc52c142627efba379863d16079698a10b34102d55bcedd40e8d32");
  }

  /** Ubuntu 24.04 LTS (noble) server cloud image for amd64, release 20260615; a qcow2 file despite its .img name. */
  public static CloudImage ubuntu2404() {
    return of("ubuntu-24.04",
        "https://cloud-images.ubuntu.com/releases/noble/release-20260615/ubuntu-24.04-server-cloudimg-amd64.img")
        .checksum(ChecksumAlgorithm.SHA256, "5fa5b05e5ec239858c4531485d6023b0896448c2df7c63b34f8dae6ea6051a44")
        .fileName("ubuntu-24.04-server-cloudimg-amd64-20260615.qcow2");
  }

  /**
   * This image downloaded without a checksum, because {@code reason}: for images whose URL names
   * their content and whose publisher lists no digest (the Talos Image Factory serves images by
   * schematic ID and Talos release). Validation then accepts the missing checksum.
   */
  public CloudImage unpinned(String reason) {
    return new CloudImage(name, url, checksum, algorithm, fileName, storage, reason);
  }

  /** This image pinned to the {@code algorithm} digest {@code hex}. */
  public CloudImage checksum(ChecksumAlgorithm algorithm, String hex) {
    return new CloudImage(name, url, hex, algorithm, fileName, storage, unpinnedBecause);
  }

  /** This image stored as {@code fileName}, which must end in .qcow2, .raw or .vmdk for Proxmox to import it. */
  public CloudImage fileName(String fileName) {
    return new CloudImage(name, url, checksum, algorithm, fileName, storage, unpinnedBecause);
  }

  /** This image downloaded to {@code storage}. */
  public CloudImage storage(Storage storage) {
    return new CloudImage(name, url, checksum, algorithm, fileName, storage, unpinnedBecause);
  }

  /** The file name on the storage: the one given, else the last part of the URL. */
  @Override
  public String fileName() {
    return fileName != null ? fileName : url.substring(url.lastIndexOf('/') + 1);
  }

  /** The Terraform name of its download on {@code node}: {@code debian-13} on {@code pve} is {@code debian_13_pve}. */
  public String resourceName(String node) {
    return (name + "_" + node).replace('-', '_').replace('.', '_');
  }

  @Override
  public void validate(Path path, Problems problems) {
    if (!NAME.matcher(name).matches()) {
      problems.error(path.field("name"), Names.describe(name) + " is not an image name: use lower-case letters,"
          + " digits, \".\" and \"-\", starting and ending with a letter or digit");
    }
    if (!URL.matcher(url).matches()) {
      problems.error(path.field("url"), Names.describe(url) + " is not an http(s) URL of a file");
    } else if (MOVING.stream().anyMatch(url::contains)) {
      problems.warning(path.field("url"), url + " points to a build that changes over time; pin a dated build,"
          + " or the checksum stops matching when it moves");
    }
    if (checksum == null || algorithm == null) {
      if (unpinnedBecause == null) {
        problems.error(path.field("checksum"), "pin the image with checksum(ChecksumAlgorithm.SHA512, \"…\") from the"
            + " checksum file published next to it");
      }
    } else if (checksum.length() != algorithm.hexLength() || !HEX.matcher(checksum).matches()) {
      problems.error(path.field("checksum"), "a " + algorithm.value().toUpperCase(Locale.ROOT) + " digest is "
          + algorithm.hexLength() + " lower-case hex digits");
    }
    if (!FILE.matcher(fileName()).matches()) {
      problems.error(path.field("fileName"), Names.describe(fileName()) + " cannot be imported: Proxmox imports"
          + " files ending in .qcow2, .raw or .vmdk; set fileName(\"….qcow2\") for a qcow2 image named .img");
    }
  }
}
