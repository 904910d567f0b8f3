package dev.ingot.talos.patch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ingot.core.testsupport.Golden;
import dev.ingot.core.value.IpAddress;
import dev.ingot.talos.TalosVersion;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Each typed patch written for the configuration contracts where Talos moved its settings. */
class PatchContractTest {
  private static final List<MachinePatch> NODE = List.of(
      new MachinePatch.Hostname("gpu-1"),
      new MachinePatch.Install("/dev/sda", "factory.talos.dev/nocloud-installer/abc:v1.13.9"),
      new MachinePatch.NodeLabels(new TreeMap<>(Map.of("zone", "a", "nvidia.com/gpu.present", "true"))),
      new MachinePatch.RegisterTaints(List.of(Taint.of("nvidia.com/gpu", "present", Taint.Effect.NO_SCHEDULE))),
      new MachinePatch.KernelModules(List.of("nvidia", "nvidia_uvm")),
      new MachinePatch.Sysctls(new TreeMap<>(Map.of("vm.nr_hugepages", "1024"))));
  private static final List<MachinePatch> CONTROL_PLANE = List.of(
      new MachinePatch.SharedVip(IpAddress.of("10.0.10.10"), "eth0"),
      new MachinePatch.ExternalCni(),
      new MachinePatch.NodeTaints(List.of(Taint.of("dedicated", Taint.Effect.NO_EXECUTE))),
      new MachinePatch.InlineManifest("ns", "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ns\n"));

  @ParameterizedTest
  @ValueSource(ints = {9, 11, 12, 13, 14})
  void nodeAndControlPlanePatchesFollowTheContract(int minor) {
    ConfigContract contract = ConfigContract.v1(minor);
    Golden.assertMatches("patches/node-v1." + minor + ".yaml", new PatchFile("node", contract, NODE).render(null));
    Golden.assertMatches("patches/controlplane-v1." + minor + ".yaml",
        new PatchFile("cp", contract, CONTROL_PLANE).render(null));
  }

  @Test
  void before114TheDefaultCniIsNoneAndKubeProxyDisabled() {
    assertThat(new PatchFile("cilium", ConfigContract.v1(13), List.of(new MachinePatch.ExternalCni())).render(null))
        .isEqualTo("""
            ---
            cluster:
              network:
                cni:
                  name: none
              proxy:
                disabled: true
            """);
  }

  @Test
  void from114FlannelIsDeletedAndKubeProxyDisabledByDocuments() {
    assertThat(new PatchFile("cilium", ConfigContract.v1(14), List.of(new MachinePatch.ExternalCni())).render(null))
        .isEqualTo("""
            ---
            apiVersion: v1alpha1
            kind: KubeFlannelCNIConfig
            $patch: delete
            ---
            apiVersion: v1alpha1
            kind: KubeProxyConfig
            enabled: false
            """);
  }

  @Test
  void partsOfTheSameDocumentAreMerged() {
    var parts = List.<MachinePatch>of(
        new MachinePatch.KernelModules(List.of("nvidia")),
        new MachinePatch.Sysctls(new TreeMap<>(Map.of("a", "1"))),
        new MachinePatch.KernelModules(List.of("drbd")),
        new MachinePatch.NodeLabels(new TreeMap<>(Map.of("x", "y"))),
        new MachinePatch.NodeTaints(List.of(Taint.of("t", Taint.Effect.NO_SCHEDULE))));
    assertThat(new PatchFile("n", ConfigContract.v1(13), parts).render(null)).isEqualTo("""
        ---
        machine:
          kernel:
            modules:
              - name: nvidia
              - name: drbd
          sysctls:
            a: "1"
          nodeLabels:
            x: "y"
          nodeTaints:
            t: NoSchedule
        """);
    assertThat(new PatchFile("n", ConfigContract.v1(14), parts).documents()).hasSize(4);
  }

  @Test
  void kubeletMountsAndUserVolumesExistOnlyWhereTheContractHasThem() {
    var mounts = new MachinePatch.KubeletMounts(List.of("/var/mnt/longhorn"));
    assertThat(mounts.unsupported(ConfigContract.v1(13))).isEmpty();
    assertThat(mounts.unsupported(ConfigContract.v1(14))).contains("kubelet extra mounts have no equivalent in the"
        + " configuration documents of Talos v1.14 (machine.kubelet.extraMounts cannot be combined with"
        + " KubeletConfig)");
    assertThatThrownBy(() -> mounts.documents(ConfigContract.v1(14))).isInstanceOf(IllegalStateException.class);
    var volume = new MachinePatch.UserVolume("longhorn", "!system_disk");
    assertThat(volume.unsupported(ConfigContract.v1(9))).contains("user volumes need Talos v1.10 or later, not v1.9");
    assertThat(volume.mountPoint()).isEqualTo("/var/mnt/longhorn");
  }

  @Test
  void theContractIsTheTalosLineCappedByTheMachinery() {
    assertThat(ConfigContract.of(TalosVersion.of("v1.13.9"), TalosVersion.of("v1.13.0"))).hasToString("v1.13");
    assertThat(ConfigContract.of(TalosVersion.of("v1.14.0-rc.1"), TalosVersion.of("v1.13.0"))).hasToString("v1.13");
    assertThat(ConfigContract.of(TalosVersion.of("v1.12.11"), TalosVersion.of("v1.14.0-alpha.1")))
        .hasToString("v1.12");
    assertThat(ConfigContract.of(TalosVersion.of("v1.14.0"), TalosVersion.of("v1.14.0-alpha.1")))
        .hasToString("v1.14");
  }
}
