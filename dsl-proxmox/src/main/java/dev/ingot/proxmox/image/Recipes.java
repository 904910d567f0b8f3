package dev.ingot.proxmox.image;

import dev.ingot.core.validate.Path;
import dev.ingot.core.validate.Problems;
import java.util.regex.Pattern;

/** Checks the recipes share. */
final class Recipes {
  private static final Pattern HOST =
      Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*");

  private Recipes() {}

  /** Reports {@code host} unless it is a lower-case DNS host name. */
  static void requireHost(String host, Path path, Problems problems) {
    if (!HOST.matcher(host).matches()) {
      problems.error(path, "\"" + host + "\" is not a host name like deb.debian.org");
    }
  }
}
