package dev.ingot.proxmox.image;

import dev.ingot.core.Emission;
import dev.ingot.core.ansible.Inventory;
import dev.ingot.core.yaml.YamlMapBuilder;
import dev.ingot.core.yaml.YamlNode.YamlMap;

/**
 * What a golden image adds to the site: {@code packer/<os>/} (the template and the files next to it),
 * for Linux {@code cloud-init/<os>/user-data.yaml} for its clones, the baseline playbook and the
 * inventory group of its clones with the variables Ansible needs to reach them.
 */
final class ImageEmission {
  private ImageEmission() {}

  static void emit(GoldenImage<?> image, Emission out) {
    OsRecipe recipe = image.recipe();
    var build = new ImageBuild(image, out.infra());
    if (recipe instanceof DebianRecipe) {
      DebianFamily.debian(build);
    } else if (recipe instanceof UbuntuRecipe) {
      DebianFamily.ubuntu(build);
    } else if (recipe instanceof ArchRecipe) {
      ArchBuild.configure(build);
    } else if (recipe instanceof NixosRecipe) {
      NixosBuild.configure(build);
    } else {
      WindowsBuild.configure(build);
    }
    String dir = image.packerDirectory();
    out.add(dir + "/" + recipe.os() + ".pkr.hcl", build.template());
    build.files().forEach((relative, document) -> out.add(dir + "/" + relative, document));
    if (!recipe.windows()) {
      out.add(CloneCloudInit.userDataPath(image), CloneCloudInit.userData(image).toTemplate());
    }
    out.add(BaselinePlaybook.path(image), BaselinePlaybook.of(image));
    out.shared(Inventory.PATH, Inventory.class, Inventory::new).groupVars(image.inventoryGroup(), inventoryVars(image));
  }

  /** How Ansible reaches the clones: as the admin; Windows over SSH with PowerShell; NixOS with its own Python. */
  private static YamlMap inventoryVars(GoldenImage<?> image) {
    YamlMapBuilder vars = YamlMap.builder().put("ansible_user", image.admin().name());
    if (image.recipe().windows()) {
      vars.put("ansible_connection", "ssh").put("ansible_shell_type", "powershell");
    } else if (image.recipe() instanceof NixosRecipe) {
      vars.put("ansible_python_interpreter", "/run/current-system/sw/bin/python3");
    }
    return vars.build();
  }
}
