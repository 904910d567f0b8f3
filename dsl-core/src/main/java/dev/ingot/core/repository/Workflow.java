package dev.ingot.core.repository;

import dev.ingot.core.ansible.Inventory;
import dev.ingot.core.yaml.YamlDocument;
import dev.ingot.core.yaml.YamlMapBuilder;
import dev.ingot.core.yaml.YamlNode;
import dev.ingot.core.yaml.YamlNode.YamlMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * {@code .github/workflows/infra.yml}: the checks for every push to main and every pull request,
 * one job per kind of file the tree holds (Terraform, Packer, Ansible), plus YAML lint and a
 * Checkov scan. It uses only what Gitea Actions also runs: {@code runs-on: ubuntu-latest}, actions
 * fetched from GitHub, and no GitHub-only contexts. Permissions are read-only, actions are pinned
 * to commits and tools to exact versions.
 */
final class Workflow {
  /** Where the workflow is written. */
  static final String PATH = ".github/workflows/infra.yml";

  private final RepositoryFiles pins;

  private Workflow(RepositoryFiles pins) {
    this.pins = pins;
  }

  static YamlDocument of(SiteTree tree, RepositoryFiles pins) {
    return new Workflow(pins).document(tree);
  }

  private YamlDocument document(SiteTree tree) {
    YamlMapBuilder jobs = YamlMap.builder();
    if (!tree.terraformDirs().isEmpty()) {
      jobs.put("terraform", terraform(tree));
    }
    if (!tree.packerTemplates().isEmpty()) {
      jobs.put("packer", packer(tree));
    }
    if (tree.hasPlaybooks()) {
      jobs.put("ansible", ansible(tree));
    }
    jobs.put("yaml", job("YAML", List.of(checkout(), setupPython(),
        pipInstall(Tool.YAMLLINT),
        run("Lint the YAML files", "yamllint --strict -c " + YamllintConfig.PATH + " ."))));
    jobs.put("security", job("Security scan", List.of(checkout(), setupPython(),
        pipInstall(Tool.CHECKOV),
        run("Scan the configuration with Checkov",
            "checkov --directory . --quiet --compact --skip-framework secrets"))));
    return YamlDocument.of(YamlMap.builder()
        .put("name", "infra")
        .map("on", on -> on
            .map("push", push -> push.strings("branches", List.of("main")))
            .put("pull_request", YamlMap.builder().build()))
        .map("permissions", p -> p.put("contents", "read"))
        .put("jobs", jobs.build())
        .build());
  }

  private YamlMap terraform(SiteTree tree) {
    var steps = new ArrayList<YamlNode>(List.of(checkout(),
        action(WorkflowAction.SETUP_TERRAFORM, "Install Terraform " + pins.version(Tool.TERRAFORM),
            w -> w.put("terraform_version", pins.version(Tool.TERRAFORM)).put("terraform_wrapper", false)),
        action(WorkflowAction.SETUP_TFLINT, "Install TFLint " + pins.version(Tool.TFLINT),
            w -> w.put("tflint_version", "v" + pins.version(Tool.TFLINT))),
        run("Check the formatting of HCL files", "terraform fmt -check -recursive")));
    for (String dir : tree.terraformDirs()) {
      String chdir = "-chdir=" + Shell.quote(dir);
      steps.add(run("Validate " + dir, "terraform " + chdir + " init -backend=false -input=false\n"
          + "terraform " + chdir + " validate\n"));
      steps.add(run("Lint " + dir + " with TFLint", "tflint --chdir=" + Shell.quote(dir)));
    }
    return job("Terraform", steps);
  }

  private YamlMap packer(SiteTree tree) {
    var steps = new ArrayList<YamlNode>(List.of(checkout(),
        action(WorkflowAction.SETUP_PACKER, "Install Packer " + pins.version(Tool.PACKER),
            w -> w.put("version", pins.version(Tool.PACKER)))));
    for (String template : tree.packerTemplates()) {
      String t = Shell.quote(template);
      steps.add(run("Check and validate " + template, "packer fmt -check -recursive " + t + "\n"
          + "packer init " + t + "\n"
          + "packer validate -syntax-only " + t + "\n"));
    }
    return job("Packer", steps);
  }

  private YamlMap ansible(SiteTree tree) {
    String inventory = tree.inventory() ? " -i " + Inventory.PATH : "";
    var syntax = new StringBuilder();
    tree.playbooks().forEach(p -> syntax.append("ansible-playbook --syntax-check").append(inventory).append(' ')
        .append(Shell.quote(p)).append('\n'));
    return job("Ansible", List.of(checkout(), setupPython(),
        pipInstall(Tool.ANSIBLE, Tool.ANSIBLE_LINT),
        run("Check the syntax of the playbooks", syntax.toString()),
        run("Lint with ansible-lint", "ansible-lint")));
  }

  private static YamlMap job(String name, List<YamlNode> steps) {
    return YamlMap.builder().put("name", name).put("runs-on", "ubuntu-latest").put("steps", YamlNode.seq(steps))
        .build();
  }

  private YamlNode checkout() {
    return action(WorkflowAction.CHECKOUT, "Check out the repository", w -> w.put("persist-credentials", false));
  }

  private YamlNode setupPython() {
    return action(WorkflowAction.SETUP_PYTHON, "Install Python " + pins.version(Tool.PYTHON),
        w -> w.put("python-version", pins.version(Tool.PYTHON)));
  }

  /** Installs Python tools from PyPI at their pinned versions; a tool's title in lower case is its PyPI name. */
  private YamlNode pipInstall(Tool... tools) {
    var names = new ArrayList<String>();
    var command = new StringBuilder("python -m pip install");
    for (Tool tool : tools) {
      names.add(tool.title() + " " + pins.version(tool));
      command.append(' ').append(tool.title().toLowerCase(Locale.ROOT)).append("==")
          .append(pins.version(tool));
    }
    return run("Install " + String.join(" and ", names), command.toString());
  }

  private YamlNode action(WorkflowAction action, String name, Consumer<YamlMapBuilder> with) {
    ActionPin pin = pins.action(action);
    return YamlMap.builder()
        .put("name", name + " (" + action.repository() + " " + pin.tag() + ")")
        .put("uses", action.repository() + "@" + pin.commit())
        .map("with", with)
        .build();
  }

  private static YamlNode run(String name, String command) {
    return YamlMap.builder().put("name", name).put("run", command).build();
  }
}
