package dev.ingot.core.repository;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What each file of a generated tree is, for the README's file map; {@code $1} stands for the first group. */
final class FileMap {
  private static final Map<Pattern, String> KINDS = new LinkedHashMap<>();

  static {
    kind("terraform/(.+)/[^/]+\\.tf\\.json", "Terraform configuration of $1 (JSON syntax)");
    kind("terraform/(.+)/[^/]+\\.tf", "Terraform configuration of $1");
    kind("packer/(.+)/[^/]+\\.pkr\\.hcl", "Packer template of the $1 golden image");
    kind("packer/([^/]+)/.+", "file for the $1 image build");
    kind("cloud-init/([^/]+)/.+", "cloud-init configuration for $1 clones");
    kind("ansible/inventory/.+", "Ansible inventory");
    kind("ansible/playbooks/([^/]+)-host\\.ya?ml", "Ansible playbook that prepares the $1 hosts");
    kind("ansible/playbooks/([^/]+)-baseline\\.ya?ml", "Ansible playbook that brings $1 VMs to their baseline");
    kind("ansible/playbooks/.+", "Ansible playbook");
    kind("talos/schematics/([^/]+)\\.yaml", "Talos Image Factory schematic $1");
    kind("talos/patches/([^/]+)\\.yaml", "Talos machine configuration patch $1");
    kind("\\.sops\\.yaml", "SOPS rules: which age recipients each secrets file is encrypted for");
    kind("\\.yamllint\\.yml", "yamllint rules for every YAML file");
    kind("\\.pre-commit-config\\.yaml", "pre-commit hooks: the CI checks before each commit");
    kind("\\.github/workflows/.+", "CI workflow for GitHub Actions and Gitea Actions");
    kind("\\.gitignore", "files git must not track: state, plans, caches, decrypted secrets");
    kind("scripts/with-secrets\\.sh", "runs a command with the secrets as TF_VAR_, PKR_VAR_ and Ansible variables");
    kind("Makefile", "the apply order as make targets");
    kind("README\\.md", "this file");
  }

  private FileMap() {}

  private static void kind(String regex, String description) {
    KINDS.put(Pattern.compile(regex), description);
  }

  /** What {@code path} is, or {@code generated file} when no rule knows it. */
  static String describe(String path) {
    for (Map.Entry<Pattern, String> kind : KINDS.entrySet()) {
      Matcher m = kind.getKey().matcher(path);
      if (m.matches()) {
        return m.groupCount() > 0 ? kind.getValue().replace("$1", m.group(1)) : kind.getValue();
      }
    }
    return "generated file";
  }
}
