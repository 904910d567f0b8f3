package dev.ingot.core.repository;

import dev.ingot.core.Emission;
import dev.ingot.core.ansible.Inventory;
import dev.ingot.core.terraform.TerraformDocument;
import dev.ingot.core.value.EnvSecret;
import dev.ingot.core.value.Secret;
import dev.ingot.core.value.Sops;
import dev.ingot.core.value.SopsSecret;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What the other components of a site emitted, as the repository files need it: the Terraform
 * directories and the resources images depend on, the Packer templates, the playbooks by role,
 * and the site's secrets.
 *
 * @param paths every emitted path, sorted
 * @param terraformDirs directories holding Terraform files, sorted
 * @param imagePrerequisites per Terraform directory, the addresses of the resources that image builds
 *     need (marked with TerraformDocument.prerequisite), in file and declaration order
 * @param packerTemplates directories holding Packer templates ({@code *.pkr.hcl}), sorted
 * @param hostPlaybooks playbooks that prepare hosts ({@code ansible/playbooks/*-host.yml})
 * @param baselinePlaybooks playbooks that bring clones to their baseline ({@code *-baseline.yml})
 * @param otherPlaybooks the other playbooks (day-2 operations)
 * @param inventory whether the Ansible inventory was emitted
 * @param secrets the site's secrets, each once
 */
record SiteTree(List<String> paths, List<String> terraformDirs, Map<String, List<String>> imagePrerequisites,
    List<String> packerTemplates, List<String> hostPlaybooks, List<String> baselinePlaybooks,
    List<String> otherPlaybooks, boolean inventory, List<Secret> secrets) {
  /** The directory of playbooks. */
  static final String PLAYBOOKS = "ansible/playbooks/";

  /** Reads the tree from an emission. */
  static SiteTree of(Emission out) {
    List<String> paths = out.paths();
    List<String> terraformDirs = directories(paths, p -> p.endsWith(".tf") || p.endsWith(".tf.json"));
    Map<String, List<String>> prerequisites = new LinkedHashMap<>();
    for (String dir : terraformDirs) {
      var addresses = new ArrayList<String>();
      for (String path : paths) {
        if (parent(path).equals(dir)) {
          out.document(path).filter(TerraformDocument.class::isInstance).map(TerraformDocument.class::cast)
              .ifPresent(doc -> addresses.addAll(doc.prerequisites()));
        }
      }
      if (!addresses.isEmpty()) {
        prerequisites.put(dir, List.copyOf(addresses));
      }
    }
    List<String> playbooks = paths.stream()
        .filter(p -> p.startsWith(PLAYBOOKS) && p.indexOf('/', PLAYBOOKS.length()) < 0)
        .filter(p -> p.endsWith(".yml") || p.endsWith(".yaml"))
        .toList();
    List<String> host = playbooks.stream().filter(p -> stem(p).endsWith("-host")).toList();
    List<String> baseline = playbooks.stream().filter(p -> stem(p).endsWith("-baseline")).toList();
    List<String> other = playbooks.stream().filter(p -> !host.contains(p) && !baseline.contains(p)).toList();
    return new SiteTree(paths, terraformDirs, prerequisites,
        directories(paths, p -> p.endsWith(".pkr.hcl")), host, baseline, other,
        paths.contains(Inventory.PATH), out.secrets());
  }

  /** The SOPS files the secrets come from, each once, in the order first used. */
  List<Sops> sopsFiles() {
    var files = new LinkedHashMap<String, Sops>();
    for (Secret s : secrets) {
      if (s instanceof SopsSecret sops) {
        files.putIfAbsent(sops.file().path(), sops.file());
      }
    }
    return List.copyOf(files.values());
  }

  /** The secrets read from SOPS files, in order. */
  List<SopsSecret> sopsSecrets() {
    return secrets.stream().filter(SopsSecret.class::isInstance).map(SopsSecret.class::cast).toList();
  }

  /** The secrets read from the operator's environment, in order. */
  List<EnvSecret> envSecrets() {
    return secrets.stream().filter(EnvSecret.class::isInstance).map(EnvSecret.class::cast).toList();
  }

  /** True when the tree has any playbook. */
  boolean hasPlaybooks() {
    return !hostPlaybooks.isEmpty() || !baselinePlaybooks.isEmpty() || !otherPlaybooks.isEmpty();
  }

  /** Every playbook, sorted. */
  List<String> playbooks() {
    return paths.stream().filter(p -> hostPlaybooks.contains(p) || baselinePlaybooks.contains(p)
        || otherPlaybooks.contains(p)).toList();
  }

  /** The directory of {@code path}, or {@code .} at the root. */
  static String parent(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "." : path.substring(0, slash);
  }

  /** The file name of {@code path} without its last extension. */
  static String stem(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? name : name.substring(0, dot);
  }

  private static List<String> directories(List<String> paths, Predicate<String> file) {
    return paths.stream().filter(file).map(SiteTree::parent).distinct().sorted().toList();
  }
}
