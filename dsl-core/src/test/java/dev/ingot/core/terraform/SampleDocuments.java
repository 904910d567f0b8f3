package dev.ingot.core.terraform;

import static dev.ingot.core.terraform.TfValue.expr;
import static dev.ingot.core.terraform.TfValue.num;
import static dev.ingot.core.terraform.TfValue.ref;
import static dev.ingot.core.terraform.TfValue.str;
import static dev.ingot.core.terraform.TfValue.strings;
import static dev.ingot.core.terraform.TfValue.template;

import dev.ingot.core.terraform.TerraformDocument.Output;
import dev.ingot.core.terraform.TerraformDocument.Variable;
import dev.ingot.core.terraform.TfValue.TfNumber;
import dev.ingot.core.terraform.TfValue.TfObject;
import java.math.BigDecimal;
import java.util.List;

/** Representative documents shared by the Terraform JSON tests. */
final class SampleDocuments {
  private SampleDocuments() {}

  /** A document shaped like a Proxmox site: providers, variables, locals, data, resources, outputs. */
  static TerraformDocument site() {
    var vm = TfObject.builder()
        .put("name", "talos-cp-1")
        .expr("node_name", "data.proxmox_virtual_environment_nodes.all.names[0]")
        .put("vm_id", 101)
        .put("tags", strings(List.of("talos", "control-plane")))
        .put("description", "Managed by ${tool}; 100%{done}")
        .object("cpu", c -> c.put("cores", 4).put("type", "host"))
        .blocks("disk", List.of(
            TfObject.builder().put("interface", "scsi0").put("size", 32).build(),
            TfObject.builder().put("interface", "scsi1").put("size", 100).put("ssd", true).build()))
        .object("initialization", i -> i.object("ip_config", ip -> ip.object("ipv4",
            v4 -> v4.put("address", "10.0.10.11/24").put("gateway", "10.0.10.1"))))
        .put("hostpci", TfValue.list(List.of()))
        .put("lifecycle", TfObject.builder().put("ignore_changes", TfValue.list(List.of(ref("started")))).build())
        .put("depends_on", TfValue.list(List.of(ref("proxmox_virtual_environment_download_file.talos"))))
        .build();
    return new TerraformDocument()
        .requiredVersion(">= 1.9.0")
        .requiredProvider("proxmox", "bpg/proxmox", "0.111.1")
        .requiredProvider("talos", "siderolabs/talos", "0.11.0")
        .provider("proxmox", TfObject.builder()
            .expr("endpoint", "var.proxmox_endpoint")
            .expr("api_token", "var.proxmox_api_token")
            .put("insecure", false)
            .object("ssh", s -> s.put("agent", true).put("username", "root"))
            .build())
        .variable("proxmox_endpoint", new Variable("string", "Proxmox API URL, e.g. https://${host}:8006/",
            str("https://pve.lan:8006/"), false))
        .variable("proxmox_api_token", new Variable("string", "API token (user@pve!id=secret)", null, true))
        .variable("extra_tags", new Variable("map(string)", "Tags added to every VM",
            TfObject.builder().put("env", "lab").put("owner", "$${team}").build(), false))
        .variable("disk_sizes", new Variable("list(number)", "",
            TfValue.list(List.of(num(32), new TfNumber(new BigDecimal("2.50")), new TfNumber(new BigDecimal("1E+3")),
                new TfNumber(new BigDecimal("-0.125")))), false))
        .variable("enabled", new Variable("bool", "Whether to create anything", TfValue.bool(true), false))
        .local("cluster_name", str("homelab"))
        .local("talos_endpoint", template("https://", expr("var.vip"), ":6443"))
        .local("price", template("costs $", expr("local.amount"), " (100%", expr("local.rate"), ")"))
        .local("unicode", str("Grüße 日本語 😀 tab\t quote\" backslash\\ line\u2028sep"))
        .local("nothing", TfValue.nul())
        .local("empty_object", TfObject.builder().build())
        .data("proxmox_virtual_environment_nodes", "all", TfObject.builder().build())
        .resource("proxmox_virtual_environment_download_file", "talos", TfObject.builder()
            .put("content_type", "iso")
            .put("datastore_id", "local")
            .expr("node_name", "data.proxmox_virtual_environment_nodes.all.names[0]")
            .put("url", template("https://factory.talos.dev/image/", expr("local.schematic_id"),
                "/v1.11.5/nocloud-amd64.iso"))
            .build())
        .resource("proxmox_virtual_environment_vm", "talos_cp_1", vm)
        .output("talos_endpoint", new Output(expr("local.talos_endpoint"), "Kubernetes API endpoint", false))
        .output("api_token", new Output(expr("var.proxmox_api_token"), "The token, as given", true));
  }

  /** A document that uses only what is built into Terraform, so that {@code terraform validate} runs offline. */
  static TerraformDocument builtin() {
    return new TerraformDocument()
        .requiredVersion(">= 1.5.0")
        .variable("name", new Variable("string", "Who to greet; ${not} a template", str("world"), false))
        .variable("secret", new Variable("string", "A sensitive value", str("s3cr3t"), true))
        .variable("settings", new Variable("object({ size = number, tags = list(string) })", "Settings",
            TfObject.builder().put("size", 3).put("tags", strings(List.of("a", "${b}"))).build(), false))
        .local("greeting", template("Hello, ", expr("var.name"), "!"))
        .local("literal", str("costs ${money} and 100%{percent}"))
        .local("dollar", template("$", expr("var.settings.size")))
        .local("sizes", TfValue.list(List.of(num(1), num(2), expr("var.settings.size"))))
        .resource("terraform_data", "first", TfObject.builder()
            .expr("input", "local.greeting")
            .put("lifecycle", TfObject.builder()
                .put("create_before_destroy", true)
                .put("ignore_changes", TfValue.list(List.of(ref("input"))))
                .build())
            .build())
        .resource("terraform_data", "second", TfObject.builder()
            .put("input", template("after ", expr("terraform_data.first.output")))
            .expr("triggers_replace", "local.sizes")
            .put("depends_on", TfValue.list(List.of(ref("terraform_data.first"))))
            .build())
        .output("greeting", new Output(expr("terraform_data.second.output"), "The ${greeting}", false))
        .output("literal", new Output(expr("local.literal"), "A literal with $${escapes}", false))
        .output("dollar", new Output(expr("local.dollar"), "Dollar before an interpolation", false))
        .output("secret", new Output(expr("var.secret"), "Hidden", true));
  }
}
