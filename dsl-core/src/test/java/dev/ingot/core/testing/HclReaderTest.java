package dev.ingot.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ingot.core.hcl.HclBody;
import dev.ingot.core.hcl.HclExpr;
import dev.ingot.core.hcl.HclWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HclReaderTest {
  private static JsonNode json(String text) {
    try {
      return new ObjectMapper().readTree(text);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void assertSameTree(JsonNode actual, JsonNode expected) {
    assertThat(Trees.same(actual, expected)).as("%s\nexpected\n%s", actual, expected).isTrue();
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = HclReaderTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void readsAPackerTemplateIntoTheTreeOfHclJsonSyntax() throws IOException {
    JsonNode tree = HclReader.read(resource("/golden/hcl/packer-debian.pkr.hcl"));
    assertSameTree(tree, json("""
        {
          "packer": {
            "required_version": ">= 1.9.0",
            "required_plugins": {
              "proxmox": { "version": ">= 1.2.2", "source": "github.com/hashicorp/proxmox" },
              "ansible": { "version": "~> 1", "source": "github.com/hashicorp/ansible" }
            }
          },
          "variable": {
            "proxmox_url": { "type": "${string}", "description": "API endpoint of the Proxmox node." },
            "proxmox_token": { "type": "${string}", "sensitive": true }
          },
          "locals": {
            "build_time": "${formatdate(\\"YYYYMMDD-hhmm\\", timestamp())}",
            "vm_name": "debian-13-${local.build_time}"
          },
          "source": {
            "proxmox-iso": {
              "debian": {
                "proxmox_url": "${var.proxmox_url}",
                "username": "packer@pve!builder",
                "token": "${var.proxmox_token}",
                "insecure_skip_tls_verify": false,
                "node": "pve",
                "vm_id": 9000,
                "vm_name": "${local.vm_name}",
                "template_description": "Debian 13 golden image, built ${local.build_time}",
                "cores": 2,
                "memory": 2048,
                "qemu_agent": true,
                "boot_iso": {
                  "type": "scsi", "iso_file": "local:iso/debian-13.1.0-amd64-netinst.iso", "unmount": true
                },
                "network_adapters": { "model": "virtio", "bridge": "vmbr0" },
                "disks": { "type": "scsi", "disk_size": "20G", "storage_pool": "tank", "format": "raw" },
                "http_directory": "http",
                "boot_wait": "10s",
                "boot_command": [
                  "<esc><wait>",
                  "auto url=http://{{ .HTTPIP }}:{{ .HTTPPort }}/preseed.cfg ",
                  "hostname=debian domain=lan ",
                  "<enter>"
                ],
                "ssh_username": "ops",
                "ssh_timeout": "30m"
              }
            }
          },
          "build": {
            "name": "debian",
            "sources": ["source.proxmox-iso.debian"],
            "provisioner": {
              "shell": {
                "inline": [
                  "mkdir -p $${HOME}/.ssh",
                  "chmod 700 $${HOME}/.ssh",
                  "echo 'done: 100%' > $${HOME}/.provisioned",
                  "sudo apt-get clean"
                ]
              },
              "file": {
                "destination": "/etc/motd",
                "content": "Debian 13 golden image\\n\\n  managed by Ingot, do not edit\\n"
              },
              "ansible": {
                "playbook_file": "ansible/playbooks/golden.yml",
                "extra_arguments": ["--extra-vars", "ansible_become=true"],
                "ansible_env_vars": ["ANSIBLE_HOST_KEY_CHECKING=False"]
              }
            },
            "post-processor": { "manifest": { "output": "manifest.json", "strip_path": true } }
          }
        }
        """));
  }

  @Test
  void listsBlocksThatRepeatWithTheSameLabelsOrWithout() {
    JsonNode tree = HclReader.read("""
        build {
          provisioner "shell" {
            inline = ["a"]
          }
          provisioner "file" {
            source = "b"
          }
          provisioner "shell" {
            inline = ["c"]
          }
          disks {
            size = 1
          }
          disks {
            size = 2.5
          }
          empty {}
        }
        build {
          name = "second"
        }
        """);
    assertSameTree(tree, json("""
        { "build": [
          { "provisioner": [ { "shell": { "inline": ["a"] } }, { "file": { "source": "b" } },
                             { "shell": { "inline": ["c"] } } ],
            "disks": [ { "size": 1 }, { "size": 2.5 } ],
            "empty": {} },
          { "name": "second" } ] }
        """));
  }

  @Test
  void readsTheWritersStringsBackAsTheirJsonSyntaxSpelling() {
    List<String> specials = List.of("$", "%", "{", "}", "${", "%{", "$${", "%%{", "${~", "\"", "\\", "\\n", "\n",
        "\r", "\t", "\u0000", "\u007f", "\u00a0", "\u200b", "\u2028", "\ufeff", "e\u0301", "\ud83d\udc4d", "EOT",
        "<<EOT", "#", "//", "/*", " ", "é日本語", "a", "b", "=", ",", "]", "[");
    Random random = new Random(6);
    for (int i = 0; i < 400; i++) {
      var sb = new StringBuilder();
      int pieces = random.nextInt(8);
      for (int p = 0; p < pieces; p++) {
        sb.append(specials.get(random.nextInt(specials.size())));
      }
      String value = sb.toString();
      boolean heredoc = random.nextBoolean() && value.endsWith("\n");
      HclExpr expr = heredoc ? new HclExpr.Heredoc(value) : new HclExpr.Str(value);
      String text = HclWriter.write(HclBody.builder()
          .block("b", List.of("x"), b -> b.attribute("v", expr).attribute("w", new HclExpr.ListOf(List.of(expr))))
          .build(), "header");
      JsonNode tree = HclReader.read(text);
      String expected = value.replace("${", "$${").replace("%{", "%%{");
      assertThat(tree.path("b").path("x").path("v").asText()).as("%s", text).isEqualTo(expected);
      assertThat(tree.path("b").path("x").path("w").path(0).asText()).as("%s", text).isEqualTo(expected);
    }
  }

  @Test
  void keepsExpressionsAsTerraformJsonStrings() {
    JsonNode tree = HclReader.read("""
        a = var.x
        b = [var.y, "z", 3, null, true]
        c = replace(var.p, "&", "&amp;")
        d = {
          k    = local.v
          "q r" = -1.5e2
        }
        e = "${var.x}-${upper("y}")}"
        f = [for s in var.list : upper(s)]
        g = true && false
        """);
    assertSameTree(tree, json("""
        { "a": "${var.x}", "b": ["${var.y}", "z", 3, null, true],
          "c": "${replace(var.p, \\"&\\", \\"&amp;\\")}",
          "d": { "k": "${local.v}", "q r": -150 },
          "e": "${var.x}-${upper(\\"y}\\")}",
          "f": "${[for s in var.list : upper(s)]}",
          "g": "${true && false}" }
        """));
  }

  @Test
  void rejectsWhatItCannotReadWithTheLine() {
    assertThatThrownBy(() -> HclReader.read("a = 1\nb {\n  c = \"x\n}\n")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line 3, column 9: unterminated string");
    assertThatThrownBy(() -> HclReader.read("a = 1\na = 2\n"))
        .hasMessage("line 2, column 5: attribute \"a\" is set twice");
    assertThatThrownBy(() -> HclReader.read("b {\n")).hasMessage("line 2, column 1: missing } at the end of a block");
    assertThatThrownBy(() -> HclReader.read("b x {}\n")).hasMessage("line 1, column 3: expected = or { after \"b\"");
    assertThatThrownBy(() -> HclReader.read("a = 1\n}\n")).hasMessage("line 2, column 1: unexpected }");
    assertThatThrownBy(() -> HclReader.read("a = {\n  k\n}\n"))
        .hasMessage("line 2, column 4: expected = after object key \"k\"");
    assertThatThrownBy(() -> HclReader.read("a = <<EOT\nx\n"))
        .hasMessage("line 3, column 1: heredoc EOT is not closed");
  }
}
