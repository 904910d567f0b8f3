package dev.ingot.examples.badinput;

import static dev.ingot.examples.badinput.BadInput.bad;
import static dev.ingot.examples.badinput.Fixture.BARE;
import static dev.ingot.examples.badinput.Fixture.PVE;
import static dev.ingot.examples.badinput.Fixture.PVE2;
import static dev.ingot.examples.badinput.Fixture.TANK;
import static dev.ingot.examples.badinput.Fixture.UTIL;

import dev.ingot.core.Infra;
import dev.ingot.core.value.Size;
import dev.ingot.proxmox.ContentType;
import dev.ingot.proxmox.DirStorage;
import dev.ingot.proxmox.KernelVersion;
import dev.ingot.proxmox.LvmThinStorage;
import dev.ingot.proxmox.ProxmoxNode;
import dev.ingot.proxmox.ProxmoxProvider;
import dev.ingot.proxmox.RootFilesystem;
import dev.ingot.proxmox.ZfsPoolStorage;
import dev.ingot.proxmox.packer.ProxmoxPlugin;
import dev.ingot.proxmox.vm.UserData;
import java.util.List;

/** Proxmox nodes, their storages, and the Terraform provider and Packer plugin that reach them. */
final class NodeCases {
  private NodeCases() {}

  /** The cases of this area, each with every problem it must report. */
  static List<BadInput> cases() {
    return List.of(
        bad("the endpoint is plain http", () -> sites(PVE.endpoint("http://pve.lan:8006/")), """
            error: node "pve" › endpoint: "http://pve.lan:8006/" must start with https://: the Proxmox VE API only \
            speaks HTTPS
            """),
        bad("the endpoint ends in /api2/json", () -> sites(PVE.endpoint("https://pve.lan:8006/api2/json")), """
            error: node "pve" › endpoint: leave out /api2/json: the provider adds /api2/json itself
            """),
        bad("the endpoint carries a user, a path and a query",
            () -> sites(PVE.endpoint("https://root@pve.lan:8006/ui?tab=1")), """
            error: node "pve" › endpoint: "https://root@pve.lan:8006/ui?tab=1" must be just https://host:port/, \
            without a path, query or user
            """),
        bad("the endpoint is not a URL", () -> sites(PVE.endpoint("https://pve lan:8006/")), """
            error: node "pve" › endpoint: "https://pve lan:8006/" is not a URL like https://pve.lan:8006/
            """),
        bad("the node has no endpoint and an address with a space",
            () -> sites(PVE.endpoint(null).address("pve lan")), """
            error: node "pve" › endpoint: set the API endpoint, e.g. endpoint("https://pve.lan:8006/")
            error: node "pve" › address: "pve lan" is neither an IP address nor a host name
            """),
        bad("the node name is upper case", () -> Infra.named("homelab").with(ProxmoxNode.named("PVE")
            .endpoint("https://pve.lan:8006/").cpu(PVE.cpu()).memory(Size.gib(96))), """
            error: node "PVE" › name: "PVE" is not a valid name: use 1 to 63 lower-case letters, digits and hyphens, \
            starting and ending with a letter or digit
            """),
        bad("the node has neither CPU vendor nor RAM", () -> Infra.named("homelab").with(ProxmoxNode.named("pve")
            .endpoint("https://pve.lan:8006/")), """
            error: node "pve" › cpu: set the CPU vendor with cpu(CpuVendor.AMD) or cpu(CpuVendor.INTEL); the IOMMU \
            kernel arguments depend on it
            error: node "pve" › memory: set the node's RAM with memory(Size.gib(…)); the ZFS ARC and VM memory are \
            checked against it
            """),
        bad("the node has no RAM and an impossible kernel", () -> sites(PVE.memory(Size.ZERO)
            .kernel(KernelVersion.of(0, -1))), """
            error: node "pve" › memory: the node's RAM must be positive
            error: node "pve" › kernel: kernel 0.-1 is not a kernel version
            error: zfs pool "tank" › arc: the ARC maximum 16 GiB is not below the 0 B of RAM of node "pve"
            """),
        bad("the SSH user is upper case", () -> sites(PVE.sshUser("Root")), """
            error: node "pve" › sshUser: "Root" is not a user name
            """),
        bad("systemd-boot on an LVM install", () -> sites(PVE.rootFilesystem(RootFilesystem.LVM)), """
            error: node "pve" › bootLoader: Proxmox VE boots with systemd-boot only when installed on ZFS (UEFI \
            without Secure Boot); an LVM install boots with GRUB
            """),
        bad("a built-in storage is replaced by a new one, and one the install lacks is changed",
            () -> sites(PVE.storage(DirStorage.named("local-zfs").path("/srv").content(ContentType.ISO),
                LvmThinStorage.localLvm())), """
            error: node "pve" › storage["local-zfs"]: storage "local-zfs" is built in; change it with \
            ZfsPoolStorage.localZfs()
            error: node "pve" › storage["local-lvm"]: node "pve" has no built-in storage local-lvm: it was installed \
            on ZFS
            """),
        bad("the built-in local storage is moved", () -> sites(BARE.storage(
            new DirStorage("local", "/srv/vz", List.of(ContentType.ISO), false, true))), """
            error: node "pve" › storage["local"] › path: the built-in storage local is at /var/lib/vz
            """),
        bad("a directory storage climbs out with ..", () -> sites(PVE.storage(DirStorage.named("nas")
            .path("/mnt/../etc").content(ContentType.BACKUP))), """
            error: node "pve" › storage["nas"] › path: "/mnt/../etc" is not an absolute path without spaces or ".."
            """),
        bad("a directory storage has a relative path and a content type twice",
            () -> sites(PVE.storage(DirStorage.named("nas").path("mnt/nas")
                .content(ContentType.BACKUP, ContentType.ISO, ContentType.BACKUP))), """
            error: node "pve" › storage["nas"] › content[2]: backup is listed twice
            error: node "pve" › storage["nas"] › path: "mnt/nas" is not an absolute path without spaces or ".."
            """),
        bad("a storage has no content types", () -> sites(PVE.storage(DirStorage.named("nas").path("/mnt/nas"))), """
            error: node "pve" › storage["nas"] › content: a storage needs at least one content type
            """),
        bad("a storage is declared twice on the node", () -> sites(PVE.storage(
            DirStorage.named("nas").path("/mnt/nas").content(ContentType.BACKUP),
            DirStorage.named("nas").path("/mnt/nas2").content(ContentType.ISO))), """
            error: node "pve" › storage["nas"]: storage "nas" is declared twice
            """),
        bad("a storage id starts with a digit and ends with a dash", () -> sites(PVE.storage(
            DirStorage.named("1nas-").path("/mnt/nas").content(ContentType.BACKUP))), """
            error: node "pve" › storage["1nas-"]: "1nas-" is not a valid storage id: use a letter, then letters, \
            digits, "-", "_" or ".", ending with a letter or digit
            """),
        bad("a ZFS storage holds ISOs, with a bad pool name and block size",
            () -> sites(PVE.storage(ZfsPoolStorage.of("fast", "tank/").content(ContentType.ISO)
                .blocksize(Size.kib(3)))), """
            error: node "pve" › storage["fast"] › content[0]: a zfspool storage cannot hold iso; it holds images and \
            rootdir
            error: node "pve" › storage["fast"] › pool: "tank/" is not a ZFS pool or dataset name like tank/vm
            error: node "pve" › storage["fast"] › blocksize: the block size 3 KiB is not a power of two from 4 KiB to \
            1 MiB
            """),
        bad("an LVM thin pool has names LVM rejects", () -> sites(PVE.rootFilesystem(RootFilesystem.ZFS)
            .storage(LvmThinStorage.named("thin", "-vg", "data pool"))), """
            error: node "pve" › storage["thin"] › volumeGroup: "-vg" is not an LVM name: use letters, digits, "+", \
            "_", "." and "-", not starting with "-"
            error: node "pve" › storage["thin"] › thinPool: "data pool" is not an LVM name: use letters, digits, "+", \
            "_", "." and "-", not starting with "-"
            """),
        bad("two nodes declare one storage id", () -> Infra.named("homelab").with(
            PVE.storage(DirStorage.named("nas").path("/mnt/nas").content(ContentType.BACKUP)),
            PVE2.storage(DirStorage.named("nas").path("/mnt/nas").content(ContentType.BACKUP)), TANK), """
            error: node "pve2" › storage["nas"]: storage "nas" is also declared on node "pve"; storage ids are \
            cluster-wide
            """),
        bad("a second node logs in as another SSH user while a VM uploads a snippet",
            () -> Infra.named("homelab").with(PVE, PVE2.sshUser("admin"), TANK,
                UTIL.userData(UserData.file("cloud-init/util/user-data.yaml.tftpl"))), """
            error: node "pve2" › sshUser: the provider's SSH connection logs in to every node as one user; node "pve" \
            uses "root"
            """),
        bad("the provider talks to a node that is not in the site", () -> Infra.named("homelab").with(PVE, TANK,
            ProxmoxProvider.bpg().endpoint(PVE2)), """
            error: terraform provider "proxmox" › endpoint: node "pve2" is not part of infra "homelab"; add it with \
            Infra.with(…)
            """),
        bad("the provider and plugin versions are empty and the token id is malformed",
            () -> Infra.named("homelab").with(PVE, TANK, ProxmoxProvider.bpg().version("").terraformVersion(" "),
                ProxmoxPlugin.hashicorp().version("").packerVersion("").tokenId("packer")), """
            error: terraform provider "proxmox" › version: the provider version is empty
            error: terraform provider "proxmox" › terraformVersion: the Terraform version constraint is empty
            error: packer plugin "proxmox" › version: the plugin version is empty
            error: packer plugin "proxmox" › packerVersion: the Packer version constraint is empty
            error: packer plugin "proxmox" › tokenId: "packer" is not an API token id like packer@pve!build
            """));
  }

  /** The site with {@code node} as its node and the pool on it. */
  private static Infra sites(ProxmoxNode node) {
    return Infra.named("homelab").with(node, TANK.on(node));
  }
}
