package dev.ingot.proxmox;

import dev.ingot.core.validate.Path;
import dev.ingot.core.validate.Problems;
import dev.ingot.core.value.Names;
import java.util.regex.Pattern;

/** Checks for the identifiers Proxmox VE accepts: storage ids and configuration ids (mapping names). */
public final class ProxmoxIds {
  private static final Pattern STORAGE_ID = Pattern.compile("(?i)[a-z][a-z0-9._-]*[a-z0-9]");
  private static final Pattern CONFIG_ID = Pattern.compile("(?i)[a-z][a-z0-9_-]+");

  private ProxmoxIds() {}

  /** Reports an error unless {@code id} is a storage id as pve-common's {@code parse_storage_id} accepts it. */
  public static void requireStorageId(String id, Path path, Problems problems) {
    if (!STORAGE_ID.matcher(id).matches()) {
      problems.error(path, Names.describe(id) + " is not a valid storage id: use a letter, then letters, digits,"
          + " \"-\", \"_\" or \".\", ending with a letter or digit");
    }
  }

  /** Reports an error unless {@code id} is a configuration id ({@code pve-configid}), as resource mappings use. */
  public static void requireConfigId(String id, Path path, Problems problems) {
    if (!CONFIG_ID.matcher(id).matches()) {
      problems.error(path, Names.describe(id) + " is not a valid Proxmox id: use a letter followed by at least one"
          + " letter, digit, \"-\" or \"_\"");
    }
  }
}
