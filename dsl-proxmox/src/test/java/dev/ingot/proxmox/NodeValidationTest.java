package dev.ingot.proxmox;

import static dev.ingot.proxmox.TestSites.problems;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ingot.core.Infra;
import dev.ingot.core.value.Size;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class NodeValidationTest {
  private static Infra site(UnaryOperator<ProxmoxNode> change) {
    return Infra.named("homelab").with(change.apply(TestSites.pve()));
  }

  private static ProxmoxNode bare() {
    return ProxmoxNode.named("pve").endpoint("https://pve.lan:8006/").cpu(CpuVendor.AMD).memory(Size.gib(96));
  }

  @Test
  void theRepresentativeSiteOnlyWarnsAboutTheIncompleteMapping() {
    assertThat(problems(TestSites.msa2())).containsExactly("warning: pci device \"pve/0000:01:00\" › mapping: Proxmox"
        + " refuses to start a VM with mapping \"rtx4000\" until it knows the device's IOMMU group and subsystem id;"
        + " read them with pvesh get /nodes/pve/hardware/pci and set iommuGroup(…) and subsystemId(…)");
  }

  @Test
  void theNodeNameIsADnsLabel() {
    assertThat(problems(Infra.named("homelab").with(ProxmoxNode.named("PVE_1").endpoint("https://pve.lan:8006/")
        .cpu(CpuVendor.AMD).memory(Size.gib(8)))))
        .containsExactly("node \"PVE_1\" › name: \"PVE_1\" is not a valid name: use 1 to 63 lower-case letters, digits"
            + " and hyphens, starting and ending with a letter or digit");
  }

  @Test
  void theEndpointIsRequired() {
    assertThat(problems(site(n -> n.endpoint(null))))
        .containsExactly("node \"pve\" › endpoint: set the API endpoint, e.g. endpoint(\"https://pve.lan:8006/\")");
  }

  @Test
  void theEndpointSpeaksHttps() {
    assertThat(problems(site(n -> n.endpoint("http://pve.lan:8006/")))).containsExactly("node \"pve\" › endpoint:"
        + " \"http://pve.lan:8006/\" must start with https://: the Proxmox VE API only speaks HTTPS");
  }

  @Test
  void theEndpointLeavesOutTheApiPath() {
    assertThat(problems(site(n -> n.endpoint("https://pve.lan:8006/api2/json"))))
        .containsExactly("node \"pve\" › endpoint: leave out /api2/json: the provider adds /api2/json itself");
  }

  @Test
  void theEndpointHasNoOtherPath() {
    assertThat(problems(site(n -> n.endpoint("https://root@pve.lan:8006/")))).containsExactly("node \"pve\" ›"
        + " endpoint: \"https://root@pve.lan:8006/\" must be just https://host:port/, without a path, query or user");
  }

  @Test
  void theEndpointIsAUrl() {
    assertThat(problems(site(n -> n.endpoint("https://pve lan:8006/"))))
        .containsExactly("node \"pve\" › endpoint: \"https://pve lan:8006/\" is not a URL like https://pve.lan:8006/");
  }

  @Test
  void theAddressIsAnIpOrHostName() {
    assertThat(problems(site(n -> n.address("pve_lan!"))))
        .containsExactly("node \"pve\" › address: \"pve_lan!\" is neither an IP address nor a host name");
    assertThat(problems(site(n -> n.address("10.0.10.2")))).isEmpty();
  }

  @Test
  void cpuVendorAndMemoryAreRequired() {
    assertThat(problems(site(n -> n.cpu(null).memory(null)))).containsExactly(
        "node \"pve\" › cpu: set the CPU vendor with cpu(CpuVendor.AMD) or cpu(CpuVendor.INTEL); the IOMMU kernel"
            + " arguments depend on it",
        "node \"pve\" › memory: set the node's RAM with memory(Size.gib(…)); the ZFS ARC and VM memory are checked"
            + " against it");
    assertThat(problems(site(n -> n.memory(Size.ZERO))))
        .containsExactly("node \"pve\" › memory: the node's RAM must be positive");
  }

  @Test
  void systemdBootNeedsAZfsInstall() {
    assertThat(problems(site(n -> n.rootFilesystem(RootFilesystem.LVM))))
        .containsExactly("node \"pve\" › bootLoader: Proxmox VE boots with systemd-boot only when installed on ZFS"
            + " (UEFI without Secure Boot); an LVM install boots with GRUB");
  }

  @Test
  void aStorageIsDeclaredOnce() {
    assertThat(problems(site(n -> n.storage(DirStorage.local()))))
        .containsExactly("node \"pve\" › storage[\"local\"]: storage \"local\" is declared twice");
  }

  @Test
  void builtInStoragesMatchTheInstallation() {
    assertThat(problems(site(n -> n.storage(LvmThinStorage.localLvm(), DirStorage.named("local-zfs").path("/x")
        .content(ContentType.IMAGES))))).containsExactly(
            "node \"pve\" › storage[\"local-lvm\"]: node \"pve\" has no built-in storage local-lvm: it was installed"
                + " on ZFS",
            "node \"pve\" › storage[\"local-zfs\"]: storage \"local-zfs\" is built in; change it with"
                + " ZfsPoolStorage.localZfs()");
  }

  @Test
  void storagesHoldOnlyContentTheirTypeSupports() {
    assertThat(problems(site(n -> n.storage(ZfsPoolStorage.localZfs().addContent(ContentType.ISO, ContentType.IMAGES),
        new LvmThinStorage("fast", "nvme", "thin", List.of(), false))))).containsExactly(
            "node \"pve\" › storage[\"local-zfs\"] › content[2]: a zfspool storage cannot hold iso; it holds images and"
                + " rootdir",
            "node \"pve\" › storage[\"local-zfs\"] › content[3]: images is listed twice",
            "node \"pve\" › storage[\"fast\"] › content: a storage needs at least one content type");
  }

  @Test
  void addedStoragesHaveValidSettings() {
    assertThat(problems(site(n -> n.storage(DirStorage.named("2nd").path("backup").content(ContentType.BACKUP),
        LvmThinStorage.named("fast", "-vg", "thin"), ZfsPoolStorage.of("z", "tank").blocksize(Size.kib(3)))))).containsExactly(
            "node \"pve\" › storage[\"2nd\"]: \"2nd\" is not a valid storage id: use a letter, then letters, digits,"
                + " \"-\", \"_\" or \".\", ending with a letter or digit",
            "node \"pve\" › storage[\"2nd\"] › path: \"backup\" is not an absolute path without spaces or \"..\"",
            "node \"pve\" › storage[\"fast\"] › volumeGroup: \"-vg\" is not an LVM name: use letters, digits, \"+\","
                + " \"_\", \".\" and \"-\", not starting with \"-\"",
            "node \"pve\" › storage[\"z\"]: \"z\" is not a valid storage id: use a letter, then letters, digits, \"-\","
                + " \"_\" or \".\", ending with a letter or digit",
            "node \"pve\" › storage[\"z\"] › blocksize: the block size 3 KiB is not a power of two from 4 KiB to 1 MiB");
  }

  @Test
  void theBuiltInLocalStorageKeepsItsPath() {
    assertThat(problems(Infra.named("homelab").with(bare().storage(DirStorage.local().path("/srv")))))
        .containsExactly("node \"pve\" › storage[\"local\"] › path: the built-in storage local is at /var/lib/vz");
  }

  @Test
  void anAddedStorageIdIsDeclaredOnOneNodeOnly() {
    DirStorage backup = DirStorage.named("backup").path("/mnt/backup").content(ContentType.BACKUP);
    ProxmoxNode pve1 = TestSites.pve().storage(backup);
    ProxmoxNode pve2 = ProxmoxNode.named("pve2").endpoint("https://pve2.lan:8006/").cpu(CpuVendor.AMD)
        .memory(Size.gib(64)).storage(backup);
    assertThat(problems(Infra.named("homelab").with(pve1, pve2))).containsExactly("node \"pve2\" ›"
        + " storage[\"backup\"]: storage \"backup\" is also declared on node \"pve\"; storage ids are cluster-wide");
  }

  @Test
  void vmMemoryAndTheArcMustFitTheRam() {
    ProxmoxNode pve = TestSites.pve();
    Infra site = Infra.named("homelab").with(pve, TestSites.tank(pve), new TestSites.Vm("db", pve, Size.gib(48)),
        new TestSites.Vm("talos-1", pve, Size.gib(40)));
    assertThat(problems(site)).containsExactly("warning: node \"pve\" › memory: vm \"db\" (48 GiB), vm \"talos-1\""
        + " (40 GiB) and the ZFS ARC maximum (16 GiB) need 104 GiB, more than the node's 96 GiB of RAM");
    assertThat(problems(Infra.named("homelab").with(pve, TestSites.tank(pve), new TestSites.Vm("db", pve,
        Size.gib(80))))).isEmpty();
  }

  @Test
  void aZfsInstallCountsItsDefaultArcWithoutPools() {
    ProxmoxNode pve = TestSites.pve();
    assertThat(problems(Infra.named("homelab").with(pve, new TestSites.Vm("big", pve, Size.gib(90)))))
        .containsExactly("warning: node \"pve\" › memory: vm \"big\" (90 GiB) and the ZFS ARC maximum (9830 MiB)"
            + " need 101990 MiB, more than the node's 96 GiB of RAM");
  }

  @Test
  void theRamWarningNamesFiveVmsAndCountsTheRest() {
    ProxmoxNode pve = TestSites.pve();
    Infra site = Infra.named("homelab").with(pve, TestSites.tank(pve));
    for (int i = 1; i <= 8; i++) {
      site = site.with(new TestSites.Vm("vm-" + i, pve, Size.gib(12)));
    }
    assertThat(problems(site)).containsExactly("warning: node \"pve\" › memory: vm \"vm-1\" (12 GiB), vm \"vm-2\""
        + " (12 GiB), vm \"vm-3\" (12 GiB), vm \"vm-4\" (12 GiB), vm \"vm-5\" (12 GiB) and 3 more and the ZFS ARC"
        + " maximum (16 GiB) need 112 GiB, more than the node's 96 GiB of RAM");
  }
}
