package dev.ingot.talos.image;

import dev.ingot.core.Infra;
import dev.ingot.core.hcl.HclBody;
import dev.ingot.core.hcl.HclExpr;
import dev.ingot.core.hcl.HclFile;
import dev.ingot.core.packer.PackerVariable;
import dev.ingot.core.packer.RequiredPlugin;
import dev.ingot.proxmox.packer.ProxmoxPlugin;
import java.util.List;
import java.util.LinkedHashMap;

/** The Packer file of a {@link TalosGoldenImage}, for packer-plugin-proxmox 1.2.4. */
final class GoldenImageTemplate {
  /** The Arch Linux live ISO, newest monthly release, checked against the mirror's checksum list. */
  static final String ISO_URL = "https://geo.mirror.pkgbuild.com/iso/latest/archlinux-x86_64.iso";
  /** The checksum list of {@link #ISO_URL}. */
  static final String ISO_CHECKSUM = "file:https://geo.mirror.pkgbuild.com/iso/latest/sha256sums.txt";
  /** Build VM memory in MiB; the template's clones set their own. */
  private static final long BUILD_MEMORY_MIB = 2048;

  private GoldenImageTemplate() {}

  /** The Packer file of {@code image} in {@code site}. */
  static HclFile file(TalosGoldenImage image, Infra site) {
    String source = "talos";
    ProxmoxPlugin proxmox = ProxmoxPlugin.of(site);
    HclExpr password = HclExpr.ref("var." + image.buildPassword().variable());
    HclBody.Builder body = HclBody.builder()
        .block("packer", p -> p.block("required_plugins", r -> r.attribute("proxmox", plugin(proxmox))))
        .blank();
    for (PackerVariable v : proxmox.variables(image.node())) {
      body.block(variable(v.name(), v.description(), v.defaultValue(), v.sensitive())).blank();
    }
    body.block(variable(image.buildPassword().variable(), "throwaway root password of the live system during the"
        + " build, from " + image.buildPassword().describe(), null, true))
        .blank()
        .block("source", List.of("proxmox-iso", source), s -> {
          proxmox.connect(s, image.node());
          s.attribute("vm_id", image.vmId().value())
              .attribute("vm_name", image.name())
              .attribute("template_name", image.templateName())
              .attribute("template_description", "Talos " + image.schematic().talosVersion() + ", nocloud, schematic "
                  + image.schematic().name() + " (" + image.schematic().id() + ")")
              .blank()
              .attribute("bios", "ovmf")
              .attribute("machine", "q35")
              .block("efi_config", e -> e
                  .attribute("efi_storage_pool", image.storage().id())
                  .attribute("efi_type", "4m")
                  .attribute("pre_enrolled_keys", false))
              .attribute("cpu_type", "host")
              .attribute("cores", 2)
              .attribute("memory", BUILD_MEMORY_MIB)
              .attribute("ballooning_minimum", 0)
              .attribute("scsi_controller", "virtio-scsi-pci")
              .block("disks", d -> d
                  .attribute("type", "scsi")
                  .attribute("storage_pool", image.storage().id())
                  .attribute("disk_size", image.diskSize().toGibCeil() + "G")
                  .attribute("format", "raw")
                  .attribute("cache_mode", "writethrough"))
              .block("network_adapters", n -> n
                  .attribute("model", "virtio")
                  .attribute("bridge", image.bridge()))
              .attribute("qemu_agent", true)
              .attribute("cloud_init", true)
              .attribute("cloud_init_storage_pool", image.storage().id())
              .blank()
              .block("boot_iso", i -> i
                  .attribute("type", "ide")
                  .attribute("iso_url", ISO_URL)
                  .attribute("iso_checksum", ISO_CHECKSUM)
                  .attribute("iso_storage_pool", image.isoStorage().id())
                  .attribute("iso_download_pve", true)
                  .attribute("unmount", true))
              .attribute("boot_wait", "10s")
              .attribute("boot_command", HclExpr.list(List.of(
                  HclExpr.str("<enter><wait90s>"),
                  HclExpr.template("passwd<enter><wait2s>", password, "<enter><wait2s>", password, "<enter>"))))
              .attribute("ssh_username", "root")
              .attribute("ssh_password", password)
              .attribute("ssh_timeout", "20m");
        })
        .blank()
        .block("build", b -> b
            .attribute("sources", HclExpr.strings(List.of("source.proxmox-iso." + source)))
            .blank()
            .block("provisioner", List.of("shell"), p -> p.attribute("inline", HclExpr.strings(List.of(
                "set -eu -o pipefail",
                "curl -fsSL " + image.imageUrl() + " | zstd -dc | dd of=/dev/sda bs=4M conv=fsync status=none",
                "sync")))));
    return new HclFile(body.build());
  }

  private static HclExpr plugin(ProxmoxPlugin proxmox) {
    RequiredPlugin required = proxmox.requiredPlugin();
    var plugin = new LinkedHashMap<String, HclExpr>();
    plugin.put("version", HclExpr.str(required.version()));
    plugin.put("source", HclExpr.str(required.source()));
    return HclExpr.object(plugin);
  }

  private static HclBody.Block variable(String name, String description, HclExpr defaultValue, boolean sensitive) {
    HclBody.Builder b = HclBody.builder()
        .attribute("type", HclExpr.ref("string"))
        .attribute("description", description);
    if (defaultValue != null) {
      b.attribute("default", defaultValue);
    }
    if (sensitive) {
      b.attribute("sensitive", true);
    }
    return new HclBody.Block("variable", List.of(name), b.build());
  }
}
