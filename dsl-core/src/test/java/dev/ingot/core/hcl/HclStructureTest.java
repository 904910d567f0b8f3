package dev.ingot.core.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import com.bertramlabs.plugins.hcl4j.HCLParser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Parses the golden Packer template with hcl4j, an independent HCL reader, and checks its structure:
 * block nesting by type and labels, attribute names in order and literal values. hcl4j evaluates
 * expressions loosely and keeps {@code $${} escaped, so references, functions and escaped values are
 * covered by the round trip through Terraform instead.
 */
class HclStructureTest {
  @Test
  void packerTemplateHasTheExpectedStructure() throws Exception {
    Map<String, Object> root = new HCLParser().parse(HclWriter.write(HclShapes.packerDebian(), HclShapes.HEADER));

    assertThat(root).containsOnlyKeys("packer", "variable", "locals", "source", "build");
    assertThat(map(root, "packer", "required_plugins", "proxmox"))
        .containsExactly(Map.entry("version", ">= 1.2.2"), Map.entry("source", "github.com/hashicorp/proxmox"));
    assertThat(map(root, "variable")).containsOnlyKeys("proxmox_url", "proxmox_token");
    assertThat(map(root, "variable", "proxmox_token")).containsEntry("sensitive", true);
    assertThat(map(root, "locals")).containsOnlyKeys("build_time", "vm_name");

    Map<String, Object> debian = map(root, "source", "proxmox-iso", "debian");
    assertThat(debian.keySet()).containsExactly("proxmox_url", "username", "token", "insecure_skip_tls_verify",
        "node", "vm_id", "vm_name", "template_description", "cores", "memory", "qemu_agent", "boot_iso",
        "network_adapters", "disks", "http_directory", "boot_wait", "boot_command", "ssh_username", "ssh_timeout");
    assertThat(debian).containsEntry("username", "packer@pve!builder").containsEntry("insecure_skip_tls_verify", false)
        .containsEntry("vm_id", 9000.0).containsEntry("memory", 2048.0).containsEntry("qemu_agent", true);
    assertThat(map(debian, "boot_iso")).containsEntry("iso_file", "local:iso/debian-13.1.0-amd64-netinst.iso");
    assertThat(map(debian, "network_adapters")).containsExactly(Map.entry("model", "virtio"), Map.entry("bridge", "vmbr0"));
    assertThat(map(debian, "disks")).containsEntry("storage_pool", "tank").containsEntry("format", "raw");
    assertThat(debian.get("boot_command")).isEqualTo(List.of("<esc><wait>",
        "auto url=http://{{ .HTTPIP }}:{{ .HTTPPort }}/preseed.cfg ", "hostname=debian domain=lan ", "<enter>"));

    Map<String, Object> build = map(root, "build");
    assertThat(build).containsEntry("name", "debian").containsEntry("sources", List.of("source.proxmox-iso.debian"));
    assertThat(map(build, "provisioner")).containsOnlyKeys("shell", "file", "ansible");
    assertThat(map(build, "provisioner", "shell").get("inline")).as("hcl4j keeps $${ as written")
        .isEqualTo(List.of("mkdir -p $${HOME}/.ssh", "chmod 700 $${HOME}/.ssh",
            "echo 'done: 100%' > $${HOME}/.provisioned", "sudo apt-get clean"));
    assertThat(map(build, "provisioner", "file")).containsEntry("destination", "/etc/motd");
    assertThat(map(build, "provisioner", "ansible"))
        .containsEntry("extra_arguments", List.of("--extra-vars", "ansible_become=true"));
    assertThat(map(build, "post-processor", "manifest"))
        .containsExactly(Map.entry("output", "manifest.json"), Map.entry("strip_path", true));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Map<String, Object> root, String... path) {
    Map<String, Object> current = root;
    for (String key : path) {
      assertThat(current).as("path %s", String.join(".", path)).containsKey(key);
      current = (Map<String, Object>) current.get(key);
    }
    return current;
  }
}
