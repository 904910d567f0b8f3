package dev.ingot.proxmox.vm;

import dev.ingot.core.Emission;
import dev.ingot.core.ansible.Inventory;
import dev.ingot.core.terraform.TerraformDocument;
import dev.ingot.core.terraform.TerraformDocument.Output;
import dev.ingot.core.terraform.TfValue;
import dev.ingot.core.terraform.TfValue.TfObject;
import dev.ingot.core.value.Admin;
import dev.ingot.core.value.Names;
import dev.ingot.core.value.Secret;
import dev.ingot.core.yaml.YamlNode.YamlMap;
import dev.ingot.proxmox.ProxmoxProvider;
import java.util.Map;

/**
 * What a VM adds to {@code terraform/<site>/}: the VM in {@code vms.tf.json} (templates in
 * {@code templates.tf.json}), the downloads of the images its disks are created from in
 * {@code images.tf.json}, its user-data snippet in {@code snippets.tf.json}, a sensitive variable
 * in {@code variables.tf.json} for every secret it uses, and its id and agent-reported IPv4
 * addresses in {@code outputs.tf.json}.
 */
final class VmEmission {
  /** The Terraform resource type of image downloads. */
  static final String DOWNLOAD = "proxmox_download_file";
  /** The Terraform resource type of uploaded files such as snippets. */
  static final String FILE = "proxmox_virtual_environment_file";

  private VmEmission() {}

  static void emit(DefinesVm component, Emission out) {
    Vm vm = component.vm();
    String node = vm.node().name();
    ProxmoxProvider.configure(out);
    for (VmDisk disk : vm.disks()) {
      if (disk.importFrom() != null) {
        CloudImage image = disk.importFrom();
        out.terraform("images").prerequisite(DOWNLOAD, image.resourceName(node), download(image, node));
      }
    }
    if (vm.cloudInit().userData() != null) {
      snippet(vm, out);
    }
    for (Secret secret : component.secrets()) {
      out.terraform("variables").secret(secret);
    }
    if (vm.template()) {
      out.terraform("templates").prerequisite(VmResource.TYPE, VmResource.name(vm), VmResource.body(vm));
    } else {
      out.terraform("vms").resource(VmResource.TYPE, VmResource.name(vm), VmResource.body(vm));
    }
    if (!vm.template()) {
      outputs(component, vm, out.terraform("outputs"));
      inventory(vm, out);
    }
  }

  /** The Terraform name of {@code vm}'s user-data snippet and of the local holding its template variables. */
  static String snippetName(Vm vm) {
    return VmResource.name(vm) + "_user_data";
  }

  /** The {@code proxmox_download_file} body of {@code image} on {@code node}. */
  static TfObject download(CloudImage image, String node) {
    return TfObject.builder()
        .put("content_type", "import")
        .put("datastore_id", image.storage().id())
        .put("node_name", node)
        .put("url", image.url())
        .put("file_name", image.fileName())
        .put("checksum", image.checksum())
        .put("checksum_algorithm", image.algorithm() == null ? null : image.algorithm().value())
        .build();
  }

  /** The snippet rendered from the user's template with the admin account and the secrets as variables. */
  private static void snippet(Vm vm, Emission out) {
    UserData userData = vm.cloudInit().userData();
    String name = snippetName(vm);
    var vars = TfObject.builder();
    Admin admin = vm.cloudInit().admin();
    if (admin != null) {
      vars.put("admin_user", admin.name()).put("admin_ssh_keys", VmResource.keys(admin));
      if (admin.passwordHash() != null) {
        vars.expr("admin_password_hash", "var." + admin.passwordHash().variable());
      }
    }
    for (Map.Entry<String, Secret> e : userData.secrets().entrySet()) {
      vars.expr(e.getKey(), "var." + e.getValue().variable());
    }
    TerraformDocument snippets = out.terraform("snippets");
    String variables = "{}";
    if (!vars.isEmpty()) {
      snippets.local(name, vars.build());
      variables = "local." + name;
    }
    String template = "templatefile(\"${path.module}/../../" + userData.file() + "\", " + variables + ")";
    snippets.resource(FILE, name, TfObject.builder()
        .put("content_type", "snippets")
        .put("datastore_id", userData.storage().id())
        .put("node_name", vm.node().name())
        .object("source_raw", s -> s.expr("data", template).put("file_name", vm.name() + "-user-data.yaml"))
        .build());
  }

  /** A clone of a template whose clones are managed with Ansible joins the template's inventory group. */
  private static void inventory(Vm vm, Emission out) {
    String group = vm.cloneOf() == null ? null : vm.cloneOf().template().inventoryGroup();
    if (group == null) {
      return;
    }
    String host = vm.networks().stream()
        .map(NetworkDevice::ipv4)
        .filter(c -> c != null && c.address() != null)
        .map(c -> c.address().address().text())
        .findFirst()
        .orElse(vm.name());
    out.shared(Inventory.PATH, Inventory.class, Inventory::new)
        .host(group, vm.name(), YamlMap.builder().put("ansible_host", host).build());
  }

  private static void outputs(DefinesVm component, Vm vm, TerraformDocument outputs) {
    String name = VmResource.name(vm);
    String address = VmResource.address(vm);
    outputs.output(name + "_vm_id", new Output(TfValue.expr(address + ".vm_id"),
        "VM id of " + component.path(), false));
    if (vm.agent() != null) {
      outputs.output(name + "_ipv4_addresses", new Output(
          TfValue.expr("[for ip in flatten(" + address + ".ipv4_addresses) : ip if ip != \"127.0.0.1\"]"),
          "IPv4 addresses of " + component.path() + " as its QEMU guest agent reports them, without loopback",
          false));
    }
  }
}
