package dev.ingot.core.cloudinit;

import dev.ingot.core.validate.Path;
import dev.ingot.core.validate.Problems;
import dev.ingot.core.validate.Validatable;
import dev.ingot.core.value.Names;
import dev.ingot.core.yaml.YamlNode;
import dev.ingot.core.yaml.YamlNode.YamlMap;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One entry of {@code write_files}: a file cloud-init writes on first boot.
 *
 * @param path the absolute path
 * @param content the text
 * @param owner {@code user:group}, or null for root
 * @param permissions the mode as an octal string such as {@code 0644}, or null for cloud-init's default
 * @param defer whether to write it in the final stage, after users and packages exist
 */
public record WriteFile(String path, String content, String owner, String permissions, boolean defer)
    implements Validatable {
  private static final Pattern MODE = Pattern.compile("0[0-7]{3,4}");

  /** Checks for null. */
  public WriteFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(content, "content");
  }

  /** The file at {@code path} holding {@code content}, owned by root with cloud-init's default mode. */
  public static WriteFile of(String path, String content) {
    return new WriteFile(path, content, null, null, false);
  }

  /** This file owned by {@code owner} ({@code user:group}). */
  public WriteFile owner(String owner) {
    return new WriteFile(path, content, owner, permissions, defer);
  }

  /** This file with mode {@code permissions}, an octal string such as {@code 0600}. */
  public WriteFile permissions(String permissions) {
    return new WriteFile(path, content, owner, permissions, defer);
  }

  /** This file written in the final stage, after users and packages exist. */
  public WriteFile deferred() {
    return new WriteFile(path, content, owner, permissions, true);
  }

  @Override
  public void validate(Path at, Problems problems) {
    if (!path.startsWith("/") || path.contains("/../") || path.endsWith("/")) {
      problems.error(at.field("path"), Names.describe(path) + " is not an absolute file path");
    }
    if (permissions != null && !MODE.matcher(permissions).matches()) {
      problems.error(at.field("permissions"), Names.describe(permissions)
          + " is not an octal mode like \"0644\"");
    }
  }

  YamlMap toYaml(Templating templating) {
    return YamlMap.builder()
        .put("path", templating.node(path))
        .put("content", templating.node(content))
        .put("owner", owner == null ? null : templating.node(owner))
        .put("permissions", permissions)
        .put("defer", defer ? Boolean.TRUE : null)
        .build();
  }
}
