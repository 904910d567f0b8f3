package dev.ingot.proxmox.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ingot.core.ansible.Play;
import dev.ingot.core.ansible.Task;
import dev.ingot.core.yaml.YamlNode;
import dev.ingot.core.yaml.YamlNode.YamlMap;
import dev.ingot.core.yaml.YamlNode.YamlStr;
import java.util.List;
import org.junit.jupiter.api.Test;

class HostPlayTest {
  private static Task copy(String name, String dest, Handler handler) {
    return Task.named(name)
        .module("ansible.builtin.copy", a -> a.put("dest", dest).put("content", "x\n").put("mode", "0644"))
        .notify(handler.taskName())
        .build();
  }

  private static List<String> names(Play play) {
    return play.tasks().stream().map(Task::name).toList();
  }

  @Test
  void stagesRunInOrderAndIdenticalTasksAppearOnce() {
    var play = new HostPlay("pve");
    play.task(Stage.STORAGE, copy("Write b", "/b", Handler.UPDATE_INITRAMFS));
    play.task(Stage.MODULES, copy("Write a", "/a", Handler.UPDATE_INITRAMFS));
    play.task(Stage.MODULES, copy("Write a", "/a", Handler.UPDATE_INITRAMFS));
    play.task(Stage.CHECK, copy("Check", "/c", Handler.UPDATE_INITRAMFS));
    Play built = play.toPlay();
    assertThat(built.name()).isEqualTo("Prepare Proxmox VE node pve");
    assertThat(built.hosts()).isEqualTo("pve");
    assertThat(names(built)).containsExactly("Check", "Write a", "Write b");
    assertThat(built.handlers()).extracting(Task::name).containsExactly("Update the initramfs");
  }

  @Test
  void twoDifferentTasksCannotShareAName() {
    var play = new HostPlay("pve").task(Stage.MODULES, copy("Write a", "/a", Handler.UPDATE_INITRAMFS));
    assertThatThrownBy(() -> play.task(Stage.STORAGE, copy("Write a", "/other", Handler.UPDATE_INITRAMFS)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("two different tasks are named \"Write a\" on pve");
  }

  @Test
  void grubGetsTheKernelArgumentsFromADropIn() {
    Play play = new HostPlay("pve").kernelArgs(List.of("intel_iommu=on")).kernelArgs(List.of("iommu=pt",
        "intel_iommu=on")).toPlay();
    assertThat(names(play)).containsExactly(
        "Add intel_iommu=on iommu=pt to the GRUB kernel command line",
        "Run the handlers before checking for a pending reboot",
        "Read the running kernel command line",
        "Tell whether pve needs a reboot");
    YamlMap copy = (YamlMap) play.tasks().get(0).arguments();
    assertThat(copy.get("dest")).isEqualTo(new YamlStr("/etc/default/grub.d/ingot-kernel-args.cfg"));
    assertThat(copy.get("content")).isEqualTo(new YamlStr("# Managed by Ingot: kernel arguments for PCI passthrough.\n"
        + "GRUB_CMDLINE_LINUX_DEFAULT=\"${GRUB_CMDLINE_LINUX_DEFAULT} intel_iommu=on iommu=pt\"\n"));
    assertThat(play.handlers()).extracting(Task::name).containsExactly("Update GRUB");
  }

  @Test
  void systemdBootChecksItsCommandLineFileAndReplacesSameKeyArguments() {
    Play play = new HostPlay("pve").commandLine(KernelCommandLine.KERNEL_CMDLINE_FILE)
        .kernelArgs(List.of("intel_iommu=on", "iommu=pt")).toPlay();
    assertThat(names(play)).startsWith("Look for /etc/kernel/cmdline", "Check that pve boots with systemd-boot",
        "Read /etc/kernel/cmdline", "Add intel_iommu=on iommu=pt to /etc/kernel/cmdline");
    assertThat(((YamlMap) play.tasks().get(3).arguments()).get("content")).isEqualTo(new YamlStr(
        "{{ (kernel_cmdline_args | reject('match', '(intel_iommu|iommu)(=|$)') | list + ['intel_iommu=on',"
            + " 'iommu=pt']) | join(' ') }}\n"));
    assertThat(play.handlers()).extracting(Task::name).containsExactly("Refresh the boot entries");
  }

  @Test
  void handlersRunInTheirDeclaredOrderWhateverTheTaskOrder() {
    var play = new HostPlay("pve").commandLine(KernelCommandLine.KERNEL_CMDLINE_FILE)
        .kernelArgs(List.of("iommu=pt"))
        .task(Stage.STORAGE, copy("Write z", "/z", Handler.UPDATE_INITRAMFS));
    assertThat(play.toPlay().handlers()).extracting(Task::name)
        .containsExactly("Update the initramfs", "Refresh the boot entries");
  }

  @Test
  void thePendingRebootReportNamesEveryReason() {
    Play play = new HostPlay("pve")
        .rebootCheck(new RebootCheck(null, "a_is_old", "the first setting"))
        .rebootCheck(new RebootCheck(null, "a_is_old", "the first setting"))
        .rebootCheck(new RebootCheck(null, "b_is_old", "the second setting"))
        .toPlay();
    Task report = play.tasks().get(play.tasks().size() - 1);
    assertThat(report.toYaml().get("vars")).isEqualTo(YamlMap.builder().put("reboot_reasons",
        YamlNode.strings(List.of(
            "{{ 'the first setting' if a_is_old else '' }}",
            "{{ 'the second setting' if b_is_old else '' }}"))).build());
    assertThat(report.toYaml().get("when")).isEqualTo(new YamlStr("reboot_reasons | select | list | length > 0"));
    assertThat(new HostPlay("pve").task(Stage.CHECK, copy("Check", "/c", Handler.UPDATE_INITRAMFS)).toPlay().tasks())
        .hasSize(1);
  }

  @Test
  void variablesAreAnsibleIdentifiers() {
    assertThat(HostPlay.variable("pci", "0000:01:00.1")).isEqualTo("pci_0000_01_00_1");
    assertThat(HostPlay.variable("storage", "Local-ZFS")).isEqualTo("storage_local_zfs");
  }
}
