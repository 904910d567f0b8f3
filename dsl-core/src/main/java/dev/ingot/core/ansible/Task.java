package dev.ingot.core.ansible;

import dev.ingot.core.yaml.YamlMapBuilder;
import dev.ingot.core.yaml.YamlNode;
import dev.ingot.core.yaml.YamlNode.Entry;
import dev.ingot.core.yaml.YamlNode.YamlMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * One Ansible task: a name, one module called by its fully qualified name with its arguments, and
 * task keywords ({@code when}, {@code notify}, {@code register}, {@code changed_when}, …).
 *
 * <p>Keys are written in the order ansible-lint's {@code key-order} rule wants: {@code name},
 * the module, then the keywords in the order they were added.
 *
 * @param name what the task does, starting with an upper-case letter
 * @param module the fully qualified module name, e.g. {@code ansible.builtin.copy}
 * @param arguments the module arguments
 * @param keywords task keywords in order
 */
public record Task(String name, String module, YamlNode arguments, List<Entry> keywords) {
  private static final Pattern FQCN = Pattern.compile("[a-z0-9_]+\\.[a-z0-9_]+\\.[a-z0-9_]+");

  /** Checks the name and module and copies the keywords. */
  public Task {
    Objects.requireNonNull(name, "name");
    if (name.isEmpty() || !Character.isUpperCase(name.codePointAt(0))) {
      throw new IllegalArgumentException("task names start with an upper-case letter: " + name);
    }
    if (!FQCN.matcher(module).matches()) {
      throw new IllegalArgumentException("module must be a fully qualified collection name: " + module);
    }
    Objects.requireNonNull(arguments, "arguments");
    keywords = List.copyOf(keywords);
  }

  /** Starts a task called {@code name}; finish it with {@link Builder#module}. */
  public static Builder named(String name) {
    return new Builder(name);
  }

  /** The task as an Ansible mapping. */
  public YamlMap toYaml() {
    var entries = new ArrayList<Entry>();
    entries.add(new Entry("name", YamlNode.str(name)));
    entries.add(new Entry(module, arguments));
    entries.addAll(keywords);
    return new YamlMap(entries);
  }

  /** Builds a task: the module first, then keywords. */
  public static final class Builder {
    private final String name;
    private String module;
    private YamlNode arguments;
    private final List<Entry> keywords = new ArrayList<>();

    private Builder(String name) {
      this.name = name;
    }

    /** Calls {@code module} with arguments filled by {@code args}. */
    public Builder module(String module, Consumer<YamlMapBuilder> args) {
      var b = YamlMap.builder();
      args.accept(b);
      return module(module, b.build());
    }

    /** Calls {@code module} with the given arguments (a mapping, or a string for free-form modules). */
    public Builder module(String module, YamlNode arguments) {
      this.module = module;
      this.arguments = arguments;
      return this;
    }

    /** Runs the task only when the Jinja condition holds. */
    public Builder when(String condition) {
      return keyword("when", YamlNode.str(condition));
    }

    /** Notifies the named handlers when the task changes something. */
    public Builder notify(String... handlers) {
      return keyword("notify", YamlNode.strings(List.of(handlers)));
    }

    /** Stores the result in {@code variable}. */
    public Builder register(String variable) {
      return keyword("register", YamlNode.str(variable));
    }

    /** Decides when the task counts as changed: a Jinja condition, or {@code false}. */
    public Builder changedWhen(String condition) {
      return keyword("changed_when", condition.equals("false") ? YamlNode.bool(false) : YamlNode.str(condition));
    }

    /** Loops over the given Jinja expression or list. */
    public Builder loop(YamlNode items) {
      return keyword("loop", items);
    }

    /** Adds any other task keyword. */
    public Builder keyword(String key, YamlNode value) {
      keywords.add(new Entry(key, value));
      return this;
    }

    /** The finished task. */
    public Task build() {
      if (module == null) {
        throw new IllegalStateException("task \"" + name + "\" has no module");
      }
      return new Task(name, module, arguments, keywords);
    }
  }
}
