package dev.ingot.proxmox.image;

import dev.ingot.core.ansible.Play;
import dev.ingot.core.ansible.Playbook;
import dev.ingot.core.ansible.Task;
import dev.ingot.core.value.Admin;
import dev.ingot.core.value.EnvSecret;
import dev.ingot.core.value.Secret;
import dev.ingot.core.value.SopsSecret;
import dev.ingot.core.value.SshKey;
import dev.ingot.core.yaml.YamlMapBuilder;
import dev.ingot.core.yaml.YamlNode;
import dev.ingot.core.yaml.YamlNode.YamlMap;
import java.util.ArrayList;
import java.util.List;

/**
 * The playbook {@code ansible/playbooks/<os>-baseline.yml}: it brings a clone of a golden image to the
 * image's baseline, and changes nothing on a second run. Secrets come from environment variables,
 * as {@code sops exec-env} exports them; the playbook stops before changing anything when one is unset.
 */
final class BaselinePlaybook {
  private BaselinePlaybook() {}

  /** The path of the playbook of {@code image}. */
  static String path(GoldenImage<?> image) {
    return "ansible/playbooks/" + image.recipe().os() + "-baseline.yml";
  }

  static Playbook of(GoldenImage<?> image) {
    OsRecipe recipe = image.recipe();
    List<Secret> secrets = new ArrayList<>();
    if (recipe instanceof WindowsRecipe w) {
      secrets.add(w.adminPassword());
    } else if (image.admin().passwordHash() != null) {
      secrets.add(image.admin().passwordHash());
    }
    if (recipe instanceof NixosRecipe) {
      secrets.clear();
    } else {
      secrets.addAll(secretKeys(image.admin()));
    }
    List<Task> tasks = new ArrayList<>();
    if (!secrets.isEmpty()) {
      tasks.add(Task.named("Check that the secrets are set")
          .module("ansible.builtin.assert", a -> a
              .put("that", YamlNode.strings(secrets.stream().map(s -> s.variable() + " | length > 0").toList()))
              .put("fail_msg", "set " + String.join(", ", secrets.stream().map(BaselinePlaybook::environment).toList())
                  + " in the environment, e.g. with sops exec-env")
              .put("quiet", true))
          .build());
    }
    List<Task> handlers = new ArrayList<>();
    if (recipe instanceof WindowsRecipe w) {
      WindowsBaselineTasks.add(image, w, tasks, handlers);
    } else if (recipe instanceof NixosRecipe) {
      nixos(image, tasks, handlers);
    } else {
      LinuxBaselineTasks.add(image, tasks, handlers);
    }
    YamlMapBuilder vars = YamlMap.builder();
    secrets.forEach(s -> vars.put(s.variable(), "{{ lookup('ansible.builtin.env', '" + environment(s) + "') }}"));
    return Playbook.of(new Play("Bring " + recipe.displayName() + " clones to the golden baseline",
        image.inventoryGroup(), !recipe.windows(), false, vars.build(), tasks, handlers));
  }

  /** The admin's keys that are kept in secrets. */
  private static List<Secret> secretKeys(Admin admin) {
    return admin.sshKeys().stream()
        .filter(k -> k instanceof SshKey.FromSecret)
        .map(k -> ((SshKey.FromSecret) k).secret())
        .toList();
  }

  /** The admin's keys as the playbook writes them: literal, or a secret's variable. */
  static List<String> keys(Admin admin) {
    return admin.sshKeys().stream()
        .map(k -> k instanceof SshKey.Literal l ? l.publicKey()
            : "{{ " + ((SshKey.FromSecret) k).secret().variable() + " }}")
        .toList();
  }

  /**
   * The environment variable that holds {@code secret}: its name, or the SOPS key that
   * {@code sops exec-env} exports.
   */
  static String environment(Secret secret) {
    return secret instanceof EnvSecret e ? e.name() : ((SopsSecret) secret).key();
  }

  /** NixOS: the baseline module of the image, the very file it was built with, then a rebuild when it changed. */
  private static void nixos(GoldenImage<?> image, List<Task> tasks, List<Task> handlers) {
    tasks.add(Task.named("Install the baseline module")
        .module("ansible.builtin.copy", a -> a
            .put("src", "{{ playbook_dir }}/../../" + image.packerDirectory() + "/" + NixosBuild.MODULE)
            .put("dest", "/etc/nixos/" + NixosBuild.MODULE)
            .put("owner", "root")
            .put("group", "root")
            .put("mode", "0644"))
        .notify("Rebuild NixOS")
        .build());
    handlers.add(Task.named("Rebuild NixOS")
        .module("ansible.builtin.command", a -> a.put("argv", YamlNode.strings(List.of("nixos-rebuild", "switch"))))
        .keyword("changed_when", YamlNode.bool(true))
        .build());
  }
}
