package dev.ingot.core.repository;

import dev.ingot.core.Component;
import dev.ingot.core.Emission;
import dev.ingot.core.TextDocument;
import dev.ingot.core.ValidationContext;
import dev.ingot.core.ansible.Inventory;
import dev.ingot.core.ansible.Play;
import dev.ingot.core.ansible.Playbook;
import dev.ingot.core.ansible.Task;
import dev.ingot.core.terraform.TfValue.TfObject;
import dev.ingot.core.value.Secret;
import dev.ingot.core.value.Sops;
import dev.ingot.core.yaml.YamlNode.YamlMap;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A fake site for the repository files: a Packer template, Terraform resources (some that images
 * need), an inventory with three playbooks, and secrets from a SOPS file and the environment, each
 * part present only when asked for.
 *
 * @param parts the parts to emit
 */
record SampleParts(Set<Part> parts) implements Component {
  /** The SOPS file of the sample's secrets. */
  static final Sops SECRETS = Sops.file("secrets/lab.enc.yaml")
      .recipients("age1" + "q".repeat(58), "age1" + "p".repeat(58));

  /** What the sample emits. */
  enum Part { PACKER, TERRAFORM, ANSIBLE, SOPS, ENV }

  /** Copies the parts. */
  SampleParts {
    parts = parts.isEmpty() ? EnumSet.noneOf(Part.class) : EnumSet.copyOf(parts);
  }

  /** Every part. */
  static SampleParts all() {
    return new SampleParts(EnumSet.allOf(Part.class));
  }

  /** Only {@code parts}. */
  static SampleParts only(Part... parts) {
    return new SampleParts(Set.of(parts));
  }

  @Override
  public String kind() {
    return "sample";
  }

  @Override
  public String name() {
    return "lab";
  }

  @Override
  public List<Secret> secrets() {
    var secrets = new ArrayList<Secret>();
    if (parts.contains(Part.SOPS)) {
      secrets.add(SECRETS.ref("admin_password_hash"));
      secrets.add(SECRETS.ref("ssh_public_key"));
    }
    if (parts.contains(Part.ENV)) {
      secrets.add(Secret.env("PROXMOX_VE_API_TOKEN"));
    }
    return secrets;
  }

  @Override
  public void validate(ValidationContext context) {}

  @Override
  public void emit(Emission out) {
    if (parts.contains(Part.PACKER)) {
      out.add("packer/debian/debian.pkr.hcl", TextDocument.hashComments("""
          variable "admin_password_hash" {
            type      = string
            sensitive = true
          }
          """));
      out.add("packer/debian/http/preseed.cfg", TextDocument.hashComments("d-i debian-installer/locale string en_US"));
    }
    if (parts.contains(Part.TERRAFORM)) {
      out.terraform("storage")
          .prerequisite("proxmox_storage_zfspool", "tank", TfObject.builder().put("id", "tank").build());
      out.terraform("images")
          .prerequisite("proxmox_download_file", "debian_13", TfObject.builder().put("content_type", "import").build());
      out.terraform("vms")
          .resource("proxmox_virtual_environment_vm", "util", TfObject.builder().put("name", "util").build());
    }
    if (parts.contains(Part.ANSIBLE)) {
      out.shared(Inventory.PATH, Inventory.class, Inventory::new)
          .host("proxmox", "pve", YamlMap.builder().put("ansible_host", "10.0.0.2").build());
      for (String name : List.of("proxmox-host", "debian-baseline", "talos-upgrade")) {
        out.add("ansible/playbooks/" + name + ".yml", Playbook.of(new Play("Run " + name, "all", false, false,
            YamlMap.builder().build(),
            List.of(Task.named("Say hello").module("ansible.builtin.debug", m -> m.put("msg", "hello")).build()),
            List.of())));
      }
    }
  }
}
