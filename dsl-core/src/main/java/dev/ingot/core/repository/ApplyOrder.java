package dev.ingot.core.repository;

import dev.ingot.core.ansible.Inventory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The order in which an operator applies a site, as Makefile targets: prepare the hosts, create
 * what the image builds need, build the golden images, apply Terraform, run the baselines. Steps
 * whose files the tree lacks are left out; every command runs through {@link SecretsScript} when
 * the site has secrets.
 *
 * @param steps the numbered steps, in order
 * @param helpers the targets the steps use, and playbooks outside the apply order
 */
record ApplyOrder(List<Target> steps, List<Target> helpers) {
  /** The target that prepares the tools (terraform init, packer init). */
  static final String INIT = "init";

  /** The apply order of {@code tree}. */
  static ApplyOrder of(SiteTree tree) {
    String run = tree.secrets().isEmpty() ? "" : SecretsScript.RUN + " ";
    var steps = new ArrayList<Target>();
    var helpers = new ArrayList<Target>();
    List<String> init = new ArrayList<>();
    tree.terraformDirs().forEach(d -> init.add("terraform -chdir=" + Shell.quote(d) + " init"));
    tree.packerTemplates().forEach(t -> init.add("packer init " + Shell.quote(t)));
    if (!init.isEmpty()) {
      String what = tree.terraformDirs().isEmpty() ? "the Packer plugins"
          : tree.packerTemplates().isEmpty() ? "the Terraform providers" : "the Terraform providers and Packer plugins";
      helpers.add(new Target(INIT, "install " + what, List.of(), init));
    }
    if (!tree.hostPlaybooks().isEmpty()) {
      var commands = new ArrayList<String>();
      tree.hostPlaybooks().forEach(p -> commands.add(run + playbook(tree, p)));
      steps.add(new Target("host", "prepare the hosts, then reboot those whose play asks for it", List.of(),
          commands, "Reboot every host whose play reported a pending reboot before the next step."));
    }
    if (!tree.imagePrerequisites().isEmpty()) {
      var commands = new ArrayList<String>();
      for (Map.Entry<String, List<String>> e : tree.imagePrerequisites().entrySet()) {
        var command = new StringBuilder(run + "terraform -chdir=" + Shell.quote(e.getKey()) + " apply");
        e.getValue().forEach(a -> command.append(" -target=").append(a));
        commands.add(command.toString());
      }
      steps.add(new Target("prepare", "create what the image builds need: storages, PCI mappings, downloads",
          List.of(INIT), commands));
    }
    if (!tree.packerTemplates().isEmpty()) {
      var images = new ArrayList<String>();
      for (String template : tree.packerTemplates()) {
        String name = "image-" + name(template, "packer/");
        images.add(name);
        helpers.add(new Target(name, "build the golden image of " + template, List.of(INIT),
            List.of(run + "packer build " + Shell.quote(template))));
      }
      steps.add(new Target("images", "build the golden images with Packer", images, List.of()));
    }
    if (!tree.terraformDirs().isEmpty()) {
      steps.add(new Target("apply", "create or update everything else with Terraform", List.of(INIT),
          tree.terraformDirs().stream().map(d -> run + "terraform -chdir=" + Shell.quote(d) + " apply").toList()));
    }
    if (!tree.baselinePlaybooks().isEmpty()) {
      var baselines = new ArrayList<String>();
      for (String p : tree.baselinePlaybooks()) {
        String name = "baseline-" + SiteTree.stem(p).replaceFirst("-baseline$", "");
        baselines.add(name);
        helpers.add(new Target(name, "run " + p, List.of(), List.of(run + playbook(tree, p))));
      }
      steps.add(new Target("baselines", "bring the VMs to their baseline with Ansible", baselines, List.of()));
    }
    for (String p : tree.otherPlaybooks()) {
      helpers.add(new Target("play-" + SiteTree.stem(p), "run " + p + " (not part of the apply order)", List.of(),
          List.of(run + playbook(tree, p))));
    }
    return new ApplyOrder(steps, helpers);
  }

  /** Every target, steps first. */
  List<Target> targets() {
    var all = new ArrayList<>(steps);
    all.addAll(helpers);
    return all;
  }

  private static String playbook(SiteTree tree, String path) {
    return "ansible-playbook " + (tree.inventory() ? "-i " + Inventory.PATH + " " : "") + Shell.quote(path);
  }

  /** A target name for {@code dir}: its path below {@code root} with {@code /} as {@code -}. */
  private static String name(String dir, String root) {
    return (dir.startsWith(root) ? dir.substring(root.length()) : dir).replace('/', '-');
  }
}
