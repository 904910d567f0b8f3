package dev.ingot.core.ansible;

import dev.ingot.core.yaml.YamlNode;
import dev.ingot.core.yaml.YamlNode.Entry;
import dev.ingot.core.yaml.YamlNode.YamlMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One play of a playbook.
 *
 * @param name what the play does
 * @param hosts the host pattern, e.g. a group name
 * @param become whether tasks run with privilege escalation
 * @param gatherFacts whether facts are gathered first
 * @param vars play variables (an empty map for none)
 * @param tasks the tasks, in order
 * @param handlers the handlers, in order
 * @param keywords further play keywords ({@code serial}, {@code any_errors_fatal}, …), written after
 *     {@code gather_facts} in the order given
 */
public record Play(String name, String hosts, boolean become, boolean gatherFacts, YamlMap vars, List<Task> tasks,
    List<Task> handlers, List<Entry> keywords) {
  /** Checks for null and copies the lists. */
  public Play {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(hosts, "hosts");
    Objects.requireNonNull(vars, "vars");
    tasks = List.copyOf(tasks);
    handlers = List.copyOf(handlers);
    keywords = List.copyOf(keywords);
  }

  /** A play without further keywords. */
  public Play(String name, String hosts, boolean become, boolean gatherFacts, YamlMap vars, List<Task> tasks,
      List<Task> handlers) {
    this(name, hosts, become, gatherFacts, vars, tasks, handlers, List.of());
  }

  /** This play with one more keyword, e.g. {@code keyword("serial", YamlNode.num(1))}. */
  public Play keyword(String key, YamlNode value) {
    var next = new ArrayList<>(keywords);
    next.add(new Entry(key, value));
    return new Play(name, hosts, become, gatherFacts, vars, tasks, handlers, next);
  }

  /** The play as an Ansible mapping. */
  public YamlMap toYaml() {
    var entries = new ArrayList<Entry>();
    entries.add(new Entry("name", YamlNode.str(name)));
    entries.add(new Entry("hosts", YamlNode.str(hosts)));
    entries.add(new Entry("become", YamlNode.bool(become)));
    entries.add(new Entry("gather_facts", YamlNode.bool(gatherFacts)));
    entries.addAll(keywords);
    if (!vars.isEmpty()) {
      entries.add(new Entry("vars", vars));
    }
    entries.add(new Entry("tasks", YamlNode.seq(tasks.stream().map(Task::toYaml).toList())));
    if (!handlers.isEmpty()) {
      entries.add(new Entry("handlers", YamlNode.seq(handlers.stream().map(Task::toYaml).toList())));
    }
    return new YamlMap(entries);
  }
}
