package dev.ingot.examples.bench;

import dev.ingot.core.Infra;
import dev.ingot.core.InfraDefinition;
import dev.ingot.core.repository.RepositoryFiles;
import dev.ingot.core.value.Admin;
import dev.ingot.core.value.Size;
import dev.ingot.core.value.Sops;
import dev.ingot.proxmox.ContentType;
import dev.ingot.proxmox.DirStorage;
import dev.ingot.proxmox.ProxmoxProvider;
import dev.ingot.proxmox.image.GoldenImage;
import dev.ingot.proxmox.packer.ProxmoxPlugin;
import dev.ingot.proxmox.template.CloudImageTemplate;

/**
 * Workload (c): the N VMs of {@link ScaleSite}, each a full clone of a Debian 13 golden image
 * (built by Packer from a Debian cloud-image template) with an admin account from SOPS secrets,
 * the image's clone user-data uploaded as a snippet, and a place in the Ansible inventory that the
 * image's baseline playbook runs on; plus the repository files. N comes from
 * {@code -Dingot.bench.vms} (default 1000) when run through the CLI.
 *
 * <p>The templates take ids 900 and 901, below the VMs' 1001 to 1000 + N.
 */
public final class ScaleCloneSite implements InfraDefinition {
  private static final Sops SECRETS = Sops.file("secrets/homelab.enc.yaml")
      .recipients("age1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqs3290gq");

  private final int vms;

  /** The site with {@code -Dingot.bench.vms} VMs. */
  public ScaleCloneSite() {
    this(ScaleSite.vmsFromProperty());
  }

  /** The site with {@code vms} VMs. */
  public ScaleCloneSite(int vms) {
    this.vms = vms;
  }

  @Override
  public Infra define() {
    var pve = ScaleSite.node().storage(DirStorage.local().addContent(ContentType.SNIPPETS, ContentType.IMPORT));
    var tank = ScaleSite.pool(pve);
    var admin = Admin.named("ops")
        .sshKey(SECRETS.ref("ssh_public_key"))
        .passwordHash(SECRETS.ref("password_hash"));
    var debianBase = CloudImageTemplate.debian13().on(pve).storage(tank).vmId(901).diskSize(Size.gib(16));
    var debian = GoldenImage.debian(13).fromTemplate(debianBase).on(pve).storage(tank).vmId(900).admin(admin);
    var userData = debian.cloneUserData();
    return Infra.named("homelab").with(
            pve, ProxmoxProvider.bpg().apiToken(SECRETS.ref("proxmox_api_token")),
            ProxmoxPlugin.hashicorp().token(SECRETS.ref("packer_api_token")),
            tank, debianBase, debian,
            RepositoryFiles.standard())
        .with(ScaleSite.vms(vms, pve, tank, vm -> vm.cloneOf(debian).admin(admin).userData(userData)));
  }
}
