package dev.ingot.core.repository;

import dev.ingot.core.TextDocument;
import dev.ingot.core.value.Sops;
import java.util.List;

/**
 * {@code .gitignore}: what tools leave in the tree and must not be committed (Terraform state and
 * plans, which hold secrets in plain text; provider and plugin caches; cluster credentials), and
 * decrypted secrets beside the SOPS files, of which only the encrypted {@code *.enc.yaml} are kept.
 */
final class GitIgnore {
  /** Where the file is written. */
  static final String PATH = ".gitignore";

  private GitIgnore() {}

  static TextDocument of(SiteTree tree) {
    var s = new StringBuilder();
    if (!tree.terraformDirs().isEmpty()) {
      s.append("""
          # Terraform: provider caches, crash logs, state and plans (state holds secrets in plain text)
          .terraform/
          crash.log
          crash.*.log
          *.tfstate
          *.tfstate.*
          *.tfplan
          tfplan
          # Variable files may hold secrets: pass those as TF_VAR_ environment variables instead
          *.tfvars
          *.tfvars.json

          """);
    }
    if (!tree.packerTemplates().isEmpty()) {
      s.append("# Packer: downloaded ISOs and plugin caches\npacker_cache/\n\n");
    }
    if (tree.hasPlaybooks()) {
      s.append("# Ansible: retry files\n*.retry\n\n");
    }
    if (tree.paths().stream().anyMatch(p -> p.startsWith("talos/"))) {
      s.append("# Talos and Kubernetes client configurations: cluster credentials\ntalosconfig\nkubeconfig\n\n");
    }
    List<String> secretDirs = tree.sopsFiles().stream().map(Sops::path).map(SiteTree::parent)
        .filter(d -> !d.equals(".") && tree.paths().stream().noneMatch(p -> p.startsWith(d + "/")))
        .distinct().toList();
    if (!secretDirs.isEmpty()) {
      s.append("# Decrypted secrets: only the SOPS-encrypted files are committed\n");
      secretDirs.forEach(d -> s.append('/').append(d).append("/*\n!/").append(d).append("/*.enc.yaml\n"));
    }
    return TextDocument.hashComments(s.toString());
  }
}
