package dev.ingot.examples.badinput;

import static dev.ingot.examples.badinput.BadInput.bad;
import static dev.ingot.examples.badinput.Fixture.BARE;
import static dev.ingot.examples.badinput.Fixture.DEBIAN_BASE;
import static dev.ingot.examples.badinput.Fixture.PVE;
import static dev.ingot.examples.badinput.Fixture.PVE2;
import static dev.ingot.examples.badinput.Fixture.TANK;
import static dev.ingot.examples.badinput.Fixture.UTIL;
import static dev.ingot.examples.badinput.Fixture.site;

import dev.ingot.core.Infra;
import dev.ingot.core.value.Size;
import dev.ingot.proxmox.ZfsPoolStorage;
import dev.ingot.proxmox.template.CloudImageTemplate;
import dev.ingot.proxmox.vm.ChecksumAlgorithm;
import dev.ingot.proxmox.vm.CloudImage;
import dev.ingot.proxmox.vm.Vm;
import dev.ingot.proxmox.vm.VmDisk;
import java.util.List;

/** Cloud-image templates, their downloads, and the VMs cloned from them. */
final class TemplateCases {
  private TemplateCases() {}

  /** The cases of this area, each with every problem it must report. */
  static List<BadInput> cases() {
    return List.of(
        bad("a template without VM id or storage", () -> site(CloudImageTemplate.debian13().on(PVE)), """
            error: template "debian-13" › vmId: a template needs a VM id, which its clones refer to; set it with vmId(…)
            error: template "debian-13" › storage: set the storage of the template's disk with storage(…)
            """),
        bad("a template on a node that is not in the site", () -> site(DEBIAN_BASE.on(PVE2)), """
            error: template "debian-13" › node: node "pve2" is not part of infra "homelab"; add it with Infra.with(…)
            """),
        bad("an image with a space in its name, an ftp URL, a short checksum, an .img file",
            () -> site(template(CloudImage.of("Alma 10", "ftp://repo.almalinux.org/alma.img")
                .checksum(ChecksumAlgorithm.SHA256, "d41d8cd98f00b204"))), """
            error: template "alma" › disk[0] › importFrom › name: "Alma 10" is not an image name: use lower-case \
            letters, digits, "." and "-", starting and ending with a letter or digit
            error: template "alma" › disk[0] › importFrom › url: "ftp://repo.almalinux.org/alma.img" is not an http(s) \
            URL of a file
            error: template "alma" › disk[0] › importFrom › checksum: a SHA256 digest is 64 lower-case hex digits
            error: template "alma" › disk[0] › importFrom › fileName: "alma.img" cannot be imported: Proxmox imports \
            files ending in .qcow2, .raw or .vmdk; set fileName("….qcow2") for a qcow2 image named .img
            """),
        bad("an image without checksum from a moving URL", () -> site(template(CloudImage.of("alma-10",
            "https://repo.almalinux.org/almalinux/10/cloud/x86_64/images/latest/AlmaLinux-10.qcow2"))), """
            warning: template "alma" › disk[0] › importFrom › url: \
            https://repo.almalinux.org/almalinux/10/cloud/x86_64/images/latest/AlmaLinux-10.qcow2 points to a build \
            that changes over time; pin a dated build, or the checksum stops matching when it moves
            error: template "alma" › disk[0] › importFrom › checksum: pin the image with \
            checksum(ChecksumAlgorithm.SHA512, "…") from the checksum file published next to it
            """),
        bad("an image with an upper-case SHA-512 digest", () -> site(template(CloudImage.debian13()
            .checksum(ChecksumAlgorithm.SHA512, "7AE53E9DBEE282BFC16F289DEC483DDE3A8598769C38A267948310F7A2A52C66"
                + "2620198603BC52C142627EFBA379863D16079698A10B34102D55BCEDD40E8D32"))), """
            error: template "alma" › disk[0] › importFrom › checksum: a SHA512 digest is 128 lower-case hex digits
            """),
        bad("an image downloaded to a storage without import content", () -> Infra.named("homelab").with(
            BARE, TANK.on(BARE), DEBIAN_BASE), """
            error: template "debian-13" › disk[0] › importFrom › storage: storage "local" of node "pve" does not allow \
            import, which an image download needs; allow it with addContent(ContentType.IMPORT)
            """),
        bad("two templates download one image name with different files",
            () -> site(DEBIAN_BASE, CloudImageTemplate.named("debian-13-b", CloudImage.debian13().fileName("b.qcow2"))
                .on(PVE).storage(TANK).vmId(9101)), """
            error: template "debian-13-b" › disk[0] › importFrom: image "debian-13" is defined twice with different \
            settings for node "pve"; use one CloudImage value
            """),
        bad("a template disk of 1.5 GiB, 10 MiB of RAM, no cores, a long bridge name",
            () -> site(DEBIAN_BASE.diskSize(Size.mib(1536)).memory(Size.mib(10)).cores(0)
                .bridge("vmbr-uplink-0123")), """
            error: template "debian-13" › cpu › cores: 0 cores per socket is outside 1 to 2304
            error: template "debian-13" › memory: a VM needs at least 64 MiB of RAM, not 10 MiB
            error: template "debian-13" › disk[0] › size: 1536 MiB is not a whole number of GiB: the provider sizes \
            disks in GiB
            error: template "debian-13" › network[0] › bridge: "vmbr-uplink-0123" is not a bridge name like vmbr0
            """),
        bad("a template with the VM id of a VM", () -> site(UTIL, DEBIAN_BASE.vmId(200)), """
            error: template "debian-13" › vmId: VM id 200 is also the id of vm "util"
            """),
        bad("a clone of a template that is not in the site", () -> site(clone("app").cloneOf(DEBIAN_BASE)), """
            error: vm "app" › clone: template "debian-13" is not part of infra "homelab"; add it with Infra.with(…)
            """),
        bad("a clone with a smaller disk than its template", () -> site(DEBIAN_BASE,
            clone("app").cloneOf(DEBIAN_BASE).disk(TANK, Size.gib(8))), """
            error: vm "app" › disk[0] › size: 8 GiB is smaller than the 16 GiB system disk of template "debian-13"; a \
            clone's disk can only grow
            """),
        bad("a clone with other firmware than its template", () -> site(DEBIAN_BASE,
            clone("app").cloneOf(DEBIAN_BASE).uefi(TANK)), """
            error: vm "app" › bios: template "debian-13" boots SeaBIOS, and a clone keeps its template's firmware
            """),
        bad("a linked clone that moves its disk to another storage", () -> site(DEBIAN_BASE,
            clone("app").linkedCloneOf(DEBIAN_BASE).disk(VmDisk.scsi(0).on(ZfsPoolStorage.localZfs())
                .size(Size.gib(16)))), """
            error: vm "app" › disk[0] › storage: a linked clone keeps its disks on the template's storage "tank"; make \
            a full clone to move them
            """),
        bad("a clone on another node of a template on unshared storage", () -> site(PVE2, DEBIAN_BASE,
            clone("app").on(PVE2).cloneOf(DEBIAN_BASE)), """
            error: vm "app" › clone: template "debian-13" is on node "pve" and its storage "tank" is not shared, so \
            the VM on node "pve2" cannot be cloned from it
            """),
        bad("a clone waits for a guest agent its template lacks, and shrinks its disk",
            () -> site(DEBIAN_BASE, clone("app").cloneOf(DEBIAN_BASE).guestAgent().disk(TANK, Size.gib(10))), """
            error: vm "app" › disk[0] › size: 10 GiB is smaller than the 16 GiB system disk of template "debian-13"; a \
            clone's disk can only grow
            warning: vm "app" › agent: template "debian-13" does not run the QEMU guest agent; install \
            qemu-guest-agent in the VM (e.g. with its user data), or the provider waits for the agent until it times out
            """));
  }

  /** A template {@code alma} of {@code image}, placed like the Debian one. */
  private static CloudImageTemplate template(CloudImage image) {
    return CloudImageTemplate.named("alma", image).on(PVE).storage(TANK).vmId(9101);
  }

  /** A VM called {@code name} with 2 GiB and VM id 300, on its template's node unless placed. */
  private static Vm clone(String name) {
    return Vm.named(name).vmId(300).memory(Size.gib(2));
  }
}
