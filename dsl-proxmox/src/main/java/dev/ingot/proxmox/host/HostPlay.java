package dev.ingot.proxmox.host;

import dev.ingot.core.ansible.Play;
import dev.ingot.core.ansible.Task;
import dev.ingot.core.yaml.YamlNode;
import dev.ingot.core.yaml.YamlNode.Entry;
import dev.ingot.core.yaml.YamlNode.YamlMap;
import dev.ingot.core.yaml.YamlNode.YamlSeq;
import dev.ingot.core.yaml.YamlNode.YamlStr;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The host preparation play of one node while the site's components add to it: the node, its ZFS
 * pools and its PCI devices each contribute tasks, kernel arguments and reboot checks.
 *
 * <p>Adding a task whose name is already taken is allowed when the task is identical (every pool
 * on a node adds the same ARC task), so that node-wide tasks need no coordination; a different
 * task under a taken name fails. Handlers are included when a task notifies them.
 */
public final class HostPlay {
  private final String host;
  private final Map<Stage, Map<String, Task>> tasks = new EnumMap<>(Stage.class);
  private final Set<String> kernelArgs = new LinkedHashSet<>();
  private KernelCommandLine commandLine = KernelCommandLine.GRUB;
  private final Map<String, RebootCheck> rebootChecks = new LinkedHashMap<>();

  HostPlay(String host) {
    this.host = Objects.requireNonNull(host, "host");
  }

  /**
   * An Ansible variable name made of {@code parts}: lower case, every character other than a letter
   * or digit replaced by {@code _}, e.g. {@code variable("pci", "0000:01:00")} is {@code pci_0000_01_00}.
   */
  public static String variable(String... parts) {
    return String.join("_", parts).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
  }

  /** Adds {@code task} to {@code stage}; an identical task added before is not repeated. */
  public HostPlay task(Stage stage, Task task) {
    for (Map<String, Task> byName : tasks.values()) {
      Task existing = byName.get(task.name());
      if (existing != null && !existing.equals(task)) {
        throw new IllegalStateException("two different tasks are named \"" + task.name() + "\" on " + host);
      }
    }
    tasks.computeIfAbsent(stage, s -> new LinkedHashMap<>()).putIfAbsent(task.name(), task);
    return this;
  }

  /** Adds every task of {@code stageTasks} to {@code stage}, in order. */
  public HostPlay tasks(Stage stage, List<Task> stageTasks) {
    stageTasks.forEach(t -> task(stage, t));
    return this;
  }

  /** Sets where the host keeps its kernel command line (GRUB unless set). */
  public HostPlay commandLine(KernelCommandLine commandLine) {
    this.commandLine = Objects.requireNonNull(commandLine, "commandLine");
    return this;
  }

  /** Adds kernel arguments the host must boot with; an argument added twice appears once. */
  public HostPlay kernelArgs(List<String> args) {
    kernelArgs.addAll(args);
    return this;
  }

  /** Adds a reboot check; one with the same reason added before is not repeated. */
  public HostPlay rebootCheck(RebootCheck check) {
    rebootChecks.putIfAbsent(check.reason(), check);
    return this;
  }

  /** The play: stages in order, then the reboot report, then the handlers that tasks notify. */
  public Play toPlay() {
    List<String> args = List.copyOf(kernelArgs);
    var checks = new ArrayList<>(rebootChecks.values());
    var all = new ArrayList<Task>();
    for (Stage stage : Stage.values()) {
      if (stage == Stage.KERNEL && !args.isEmpty()) {
        all.addAll(commandLine.apply(args));
        checks.add(0, KernelCommandLine.rebootCheck(args));
      }
      all.addAll(tasks.getOrDefault(stage, Map.of()).values());
      if (stage == Stage.CHECK && !args.isEmpty()) {
        all.addAll(commandLine.checks(host));
      }
    }
    all.addAll(report(checks));
    return new Play("Prepare Proxmox VE node " + host, host, true, false, YamlMap.builder().build(), all,
        handlers(all));
  }

  private List<Task> report(List<RebootCheck> checks) {
    if (checks.isEmpty()) {
      return List.of();
    }
    var report = new ArrayList<Task>();
    report.add(Task.named("Run the handlers before checking for a pending reboot")
        .module("ansible.builtin.meta", YamlNode.str("flush_handlers")).build());
    var reasons = new ArrayList<YamlNode>();
    for (RebootCheck check : checks) {
      if (check.probe() != null) {
        report.add(check.probe());
      }
      reasons.add(YamlNode.str("{{ '" + check.reason() + "' if " + check.pending() + " else '' }}"));
    }
    report.add(Task.named("Tell whether " + host + " needs a reboot")
        .module("ansible.builtin.debug",
            a -> a.put("msg", "Reboot " + host + " to apply {{ reboot_reasons | select | join(', ') }}"))
        .keyword("vars", YamlMap.builder().put("reboot_reasons", YamlNode.seq(reasons)).build())
        .when("reboot_reasons | select | list | length > 0")
        .build());
    return report;
  }

  private static List<Task> handlers(List<Task> all) {
    Set<String> notified = new LinkedHashSet<>();
    for (Task t : all) {
      for (Entry e : t.keywords()) {
        if (e.key().equals("notify") && e.value() instanceof YamlSeq seq) {
          seq.items().forEach(i -> notified.add(((YamlStr) i).value()));
        }
      }
    }
    var used = EnumSet.noneOf(Handler.class);
    for (Handler h : Handler.values()) {
      if (notified.contains(h.taskName())) {
        used.add(h);
      }
    }
    return used.stream().map(Handler::toTask).toList();
  }
}
