package dev.ingot.core.repository;

import dev.ingot.core.yaml.YamlDocument;
import dev.ingot.core.yaml.YamlMapBuilder;
import dev.ingot.core.yaml.YamlNode;
import dev.ingot.core.yaml.YamlNode.YamlMap;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code .pre-commit-config.yaml}: the checks of the CI workflow before each commit, plus file
 * hygiene and Gitleaks. pre-commit-terraform's validate and TFLint hooks only look at {@code .tf}
 * files by default, so they are widened to the {@code .tf.json} files Ingot writes.
 */
final class PreCommitConfig {
  /** Where the configuration is written. */
  static final String PATH = ".pre-commit-config.yaml";
  private static final String TERRAFORM_FILES = "\\.tf(\\.json)?$";

  private PreCommitConfig() {}

  static YamlDocument of(SiteTree tree, RepositoryFiles pins) {
    var repos = new ArrayList<YamlNode>();
    var basics = new ArrayList<YamlNode>(List.of(hook("check-added-large-files"), hook("check-merge-conflict")));
    if (tree.paths().stream().anyMatch(p -> p.endsWith(".json"))) {
      basics.add(hook("check-json"));
    }
    basics.add(hook("check-yaml", h -> h.strings("args", List.of("--allow-multiple-documents"))));
    basics.add(hook("detect-private-key"));
    basics.add(hook("end-of-file-fixer"));
    basics.add(hook("mixed-line-ending", h -> h.strings("args", List.of("--fix=lf"))));
    basics.add(hook("trailing-whitespace"));
    repos.add(repo("pre-commit/pre-commit-hooks", pins.version(Tool.PRE_COMMIT_HOOKS), basics));
    if (!tree.terraformDirs().isEmpty()) {
      repos.add(repo("antonbabenko/pre-commit-terraform", pins.version(Tool.PRE_COMMIT_TERRAFORM), List.of(
          hook("terraform_fmt"),
          hook("terraform_validate", h -> h.put("files", TERRAFORM_FILES)),
          hook("terraform_tflint", h -> h.put("files", TERRAFORM_FILES)))));
    }
    repos.add(repo("adrienverge/yamllint", pins.version(Tool.YAMLLINT), List.of(
        hook("yamllint", h -> h.strings("args", List.of("--strict", "-c", YamllintConfig.PATH))))));
    if (tree.hasPlaybooks()) {
      repos.add(repo("ansible/ansible-lint", pins.version(Tool.ANSIBLE_LINT), List.of(
          hook("ansible-lint", h -> h.strings("additional_dependencies",
              List.of("ansible==" + pins.version(Tool.ANSIBLE)))))));
    }
    repos.add(repo("gitleaks/gitleaks", pins.version(Tool.GITLEAKS), List.of(hook("gitleaks"))));
    return YamlDocument.of(YamlMap.builder().put("repos", YamlNode.seq(repos)).build());
  }

  private static YamlNode repo(String repository, String version, List<YamlNode> hooks) {
    return YamlMap.builder().put("repo", "https://github.com/" + repository).put("rev", "v" + version)
        .put("hooks", YamlNode.seq(hooks)).build();
  }

  private static YamlNode hook(String id) {
    return hook(id, h -> { });
  }

  private static YamlNode hook(String id, Consumer<YamlMapBuilder> settings) {
    YamlMapBuilder b = YamlMap.builder().put("id", id);
    settings.accept(b);
    return b.build();
  }
}
