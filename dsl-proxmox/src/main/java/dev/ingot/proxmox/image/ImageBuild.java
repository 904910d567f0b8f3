package dev.ingot.proxmox.image;

import dev.ingot.core.Document;
import dev.ingot.core.Infra;
import dev.ingot.core.hcl.HclExpr;
import dev.ingot.core.packer.PackerBuild;
import dev.ingot.core.packer.PackerFunctions;
import dev.ingot.core.packer.PackerSource;
import dev.ingot.core.packer.PackerTemplate;
import dev.ingot.core.packer.PackerVariable;
import dev.ingot.core.packer.Provisioner;
import dev.ingot.core.value.Admin;
import dev.ingot.core.value.Secret;
import dev.ingot.core.value.SshKey;
import dev.ingot.proxmox.ProxmoxNode;
import dev.ingot.proxmox.packer.DriveBus;
import dev.ingot.proxmox.packer.GuestOs;
import dev.ingot.proxmox.packer.IsoContent;
import dev.ingot.proxmox.packer.IsoDrive;
import dev.ingot.proxmox.packer.NetworkAdapter;
import dev.ingot.proxmox.packer.PackerDisk;
import dev.ingot.proxmox.packer.ProxmoxPlugin;
import dev.ingot.proxmox.packer.ProxmoxSource;
import dev.ingot.proxmox.vm.Machine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One golden image's Packer template while the recipe fills it: the source with everything every
 * image shares, the variables (connection and secrets), the provisioners and the files next to the
 * template. Only created for a valid site.
 */
final class ImageBuild {
  private final GoldenImage<?> image;
  private final ProxmoxPlugin plugin;
  private final ProxmoxNode node;
  private final Map<String, PackerVariable> variables = new LinkedHashMap<>();
  private final ProxmoxSource.Builder source;
  private final List<Provisioner> provisioners = new ArrayList<>();
  private final Map<String, Document> files = new LinkedHashMap<>();

  ImageBuild(GoldenImage<?> image, Infra site) {
    this.image = image;
    this.plugin = ProxmoxPlugin.of(site);
    this.node = image.node().in(site);
    plugin.variables(node).forEach(v -> variables.put(v.name(), v));
    OsRecipe recipe = image.recipe();
    Hardware hw = image.hardware();
    String storage = image.storage().id();
    List<String> tags = new ArrayList<>(List.of("golden", recipe.os(), "ingot"));
    tags.addAll(image.baseline().tags());
    GuestOs os = recipe.windows() ? GuestOs.WINDOWS_11 : GuestOs.LINUX;
    if (image.base() == null) {
      source = ProxmoxSource.iso(recipe.os(), node)
          .hardware(os, hw.bios(), Machine.Q35, hw.cores(), hw.memory())
          .efi(storage, recipe.windows())
          .bootIso(new IsoDrive(isoContent(image.iso()), DriveBus.SATA, true))
          .disk(PackerDisk.scsi(storage, hw.diskSize()));
      if (hw.tpm()) {
        source.tpm(storage);
      }
    } else {
      source = ProxmoxSource.clone(recipe.os(), node)
          .cloneOf(image.base().vmId())
          .hardware(os, image.base().bios(), null, hw.cores(), hw.memory());
    }
    source.vmId(image.vmId())
        .vmName(image.templateName())
        .description(HclExpr.template(recipe.displayName() + " golden image, built by Packer at ",
            PackerFunctions.timestamp(), " from the Ingot definition"))
        .tags(tags)
        .network(new NetworkAdapter(hw.bridge(), hw.vlan(), false))
        .cloudInit(storage);
  }

  /** The image being built. */
  GoldenImage<?> image() {
    return image;
  }

  /** The admin account. */
  Admin admin() {
    return image.admin();
  }

  /** The source, to add the recipe's settings to. */
  ProxmoxSource.Builder source() {
    return source;
  }

  /** What an ISO drive holds for {@code iso}: a download into the image's ISO storage, or the file. */
  IsoContent isoContent(IsoImage iso) {
    if (iso instanceof IsoImage.OnStorage file) {
      return new IsoContent.OnStorage(file.storage().id(), file.fileName());
    }
    var download = (IsoImage.Download) iso;
    return new IsoContent.Download(download.urls(), download.checksum().value(), isoStorage());
  }

  /** The id of the storage that keeps downloaded and generated ISOs. */
  String isoStorage() {
    return image.isoStorage().id();
  }

  /** The reference to the sensitive variable of {@code secret}, declared on first use. */
  HclExpr secret(Secret secret, String description) {
    variables.computeIfAbsent(secret.variable(), v -> PackerVariable.secret(v, description + ", from "
        + secret.describe()));
    return HclExpr.ref("var." + secret.variable());
  }

  /** The admin's public keys: literals as written, keys from secrets as their variables. */
  private List<HclExpr> adminKeys() {
    return admin().sshKeys().stream().map(this::key).toList();
  }

  /** The admin's keys as an {@code authorized_keys} file: one per line, keys from secrets interpolated. */
  HclExpr authorizedKeys() {
    return keysTemplate("", "\n");
  }

  /** {@code prefix}, then the admin's keys separated by newlines, then {@code suffix}, as one string. */
  HclExpr keysTemplate(String prefix, String suffix) {
    List<Object> parts = new ArrayList<>();
    parts.add(prefix);
    List<HclExpr> keys = adminKeys();
    for (int i = 0; i < keys.size(); i++) {
      HclExpr key = keys.get(i);
      parts.add(i == 0 ? "" : "\n");
      parts.add(key instanceof HclExpr.Str literal ? literal.value() : key);
    }
    parts.add(suffix);
    return HclExpr.template(parts.toArray());
  }

  /** The reference to the variable with the admin's password hash, or null when the admin has none. */
  HclExpr passwordHash() {
    Secret hash = admin().passwordHash();
    return hash == null ? null : secret(hash, "crypt(3) hash of the admin password");
  }

  /** One more provisioner, after the ones added before. */
  void provision(Provisioner provisioner) {
    provisioners.add(provisioner);
  }

  /** A file next to the template, at {@code relative} (e.g. {@code http/preseed.cfg.pkrtpl}). */
  void file(String relative, Document document) {
    files.put(relative, document);
  }

  /** The files next to the template, by relative path. */
  Map<String, Document> files() {
    return files;
  }

  /** The template. */
  PackerTemplate template() {
    PackerSource built = source.build().toPackerSource(plugin);
    return PackerTemplate.requiring(plugin.packerVersion())
        .plugin(plugin.requiredPlugin())
        .variables(List.copyOf(variables.values()))
        .source(built)
        .build(PackerBuild.of(image.recipe().os(), built).provision(provisioners));
  }

  private HclExpr key(SshKey key) {
    return key instanceof SshKey.Literal literal
        ? HclExpr.str(literal.publicKey())
        : secret(((SshKey.FromSecret) key).secret(), "SSH public key of the admin");
  }
}
