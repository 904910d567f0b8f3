package dev.ingot.proxmox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingot.core.Infra;
import dev.ingot.core.value.Size;
import org.junit.jupiter.api.Test;

class ProxmoxNodeTest {
  private static final ProxmoxNode LVM = ProxmoxNode.named("pve").endpoint("https://pve.lan:8006/");

  @Test
  void theInstallerStoragesDependOnTheRootFileSystem() {
    assertThat(LVM.storages()).containsExactly(DirStorage.local(), LvmThinStorage.localLvm());
    assertThat(LVM.rootFilesystem(RootFilesystem.ZFS).storages())
        .containsExactly(DirStorage.local(), ZfsPoolStorage.localZfs());
    assertThat(DirStorage.local().content()).containsExactly(ContentType.ISO, ContentType.VZTMPL, ContentType.BACKUP);
  }

  @Test
  void theRootFileSystemFollowsTheBootLoaderUnlessGiven() {
    assertThat(LVM.rootFilesystem()).isEqualTo(RootFilesystem.LVM);
    assertThat(LVM.bootLoader(BootLoader.SYSTEMD_BOOT).rootFilesystem()).isEqualTo(RootFilesystem.ZFS);
    assertThat(LVM.rootFilesystem(RootFilesystem.ZFS).rootFilesystem()).isEqualTo(RootFilesystem.ZFS);
  }

  @Test
  void aDeclaredStorageReplacesTheBuiltInOneOfItsIdAndOthersFollow() {
    DirStorage local = DirStorage.local().addContent(ContentType.SNIPPETS, ContentType.IMPORT);
    DirStorage backup = DirStorage.named("backup").path("/mnt/backup").content(ContentType.BACKUP);
    ProxmoxNode node = LVM.storage(backup, local);
    assertThat(node.storages()).containsExactly(local, LvmThinStorage.localLvm(), backup);
    assertThat(node.findStorage("local")).contains(local);
    assertThat(node.findStorage("local").orElseThrow().allows(ContentType.SNIPPETS)).isTrue();
    assertThat(node.findStorage("local-zfs")).isEmpty();
  }

  @Test
  void theSshAddressDefaultsToTheEndpointHost() {
    assertThat(LVM.address()).isEqualTo("pve.lan");
    assertThat(LVM.address("10.0.10.2").address()).isEqualTo("10.0.10.2");
    assertThat(ProxmoxNode.named("pve").address()).isNull();
  }

  @Test
  void onlyOldIntelKernelsNeedIntelIommuOn() {
    assertThat(LVM.cpu(CpuVendor.AMD).iommuKernelArgs(true)).isEmpty();
    assertThat(LVM.cpu(CpuVendor.INTEL).iommuKernelArgs(true)).isEmpty();
    assertThat(LVM.cpu(CpuVendor.INTEL).kernel(KernelVersion.of(6, 5)).iommuKernelArgs(true))
        .containsExactly("intel_iommu=on");
    assertThat(LVM.cpu(CpuVendor.INTEL).kernel(KernelVersion.of(6, 5)).iommuKernelArgs(false)).isEmpty();
    assertThat(LVM.cpu(CpuVendor.AMD).iommuPassthroughMode(true).iommuKernelArgs(false)).containsExactly("iommu=pt");
  }

  @Test
  void aReferenceResolvesToTheSiteVersionOfTheNode() {
    ProxmoxNode current = LVM.memory(Size.gib(64));
    Infra site = Infra.named("homelab").with(current);
    assertThat(LVM.in(site)).isSameAs(current);
    assertThat(ProxmoxNode.named("other").in(site).name()).isEqualTo("other");
    assertThat(LVM.sameAs(current)).isTrue();
    assertThat(LVM.sameAs(null)).isFalse();
  }

  @Test
  void kernelVersionsCompare() {
    assertThat(KernelVersion.PVE_9.atLeast(6, 8)).isTrue();
    assertThat(KernelVersion.of(6, 5).atLeast(6, 8)).isFalse();
    assertThat(KernelVersion.of(7, 0).atLeast(6, 8)).isTrue();
    assertThat(KernelVersion.PVE_9).hasToString("6.14");
  }
}
