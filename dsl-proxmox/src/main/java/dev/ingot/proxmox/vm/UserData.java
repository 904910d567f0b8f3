package dev.ingot.proxmox.vm;

import dev.ingot.core.validate.Path;
import dev.ingot.core.validate.Problems;
import dev.ingot.core.validate.Validatable;
import dev.ingot.core.value.Names;
import dev.ingot.core.value.Secret;
import dev.ingot.proxmox.DirStorage;
import dev.ingot.proxmox.Storage;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A custom cloud-init user-data file for a VM: a Terraform template in the repository that is
 * rendered with the secrets it needs and uploaded as a snippet to a storage that allows
 * {@code snippets}.
 *
 * <pre>{@code
 * UserData.file("cloud-init/util/user-data.yaml.tftpl")
 *     .secret("tailscale_auth_key", secrets.ref("tailscale_auth_key"))
 * }</pre>
 *
 * <p>The template is rendered with {@code templatefile}, each secret as a template variable of the
 * given name read from its sensitive Terraform variable. Proxmox ignores its own user settings when
 * a user-data file is given, so the VM's admin account is passed to the template as
 * {@code admin_user}, {@code admin_ssh_keys} (a list) and, when it has one, {@code admin_password_hash}.
 *
 * @param file the template, relative to the repository root
 * @param secrets template variable name → secret, in declaration order
 * @param storage the storage the rendered file is uploaded to ({@code local} unless set)
 */
public record UserData(String file, Map<String, Secret> secrets, Storage storage) implements Validatable {
  /** The template variables Ingot fills from the VM's admin account. */
  public static final List<String> ADMIN_VARIABLES = List.of("admin_user", "admin_ssh_keys", "admin_password_hash");
  private static final Pattern FILE = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]*(/[A-Za-z0-9_][A-Za-z0-9._-]*)*");

  /** Checks for null and copies the secrets, keeping their order. */
  public UserData {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(storage, "storage");
    secrets = Collections.unmodifiableMap(new LinkedHashMap<>(secrets));
  }

  /** The template at {@code file} (relative to the repository root), uploaded to {@code local}. */
  public static UserData file(String file) {
    return new UserData(file, Map.of(), DirStorage.local());
  }

  /** This user data with the template variable {@code name} set from {@code secret}. */
  public UserData secret(String name, Secret secret) {
    var next = new LinkedHashMap<>(secrets);
    next.put(name, Objects.requireNonNull(secret, "secret"));
    return new UserData(file, next, storage);
  }

  /** This user data uploaded to {@code storage}. */
  public UserData on(Storage storage) {
    return new UserData(file, secrets, storage);
  }

  @Override
  public void validate(Path path, Problems problems) {
    if (!FILE.matcher(file).matches()) {
      problems.error(path.field("file"), Names.describe(file) + " is not a relative path inside the repository made of"
          + " letters, digits, \".\", \"_\" and \"-\"");
    }
    for (String name : secrets.keySet()) {
      Path at = path.field("secrets").key(name);
      if (ADMIN_VARIABLES.contains(name)) {
        problems.error(at, name + " is filled from the VM's admin account; give the secret another name");
      } else {
        Names.requireIdentifier(name, at, problems);
      }
    }
  }
}
