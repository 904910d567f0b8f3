package dev.ingot.core.cloudinit;

import dev.ingot.core.yaml.YamlNode;
import java.util.List;
import java.util.Objects;

/** One entry of {@code runcmd} or {@code bootcmd}: a shell command line, or a program and its arguments. */
public sealed interface Command {
  /** A line that {@code sh} runs. */
  static Command shell(String line) {
    return new Shell(line);
  }

  /** A program run with {@code argv} as its arguments, without a shell. */
  static Command argv(String... argv) {
    return new Argv(List.of(argv));
  }

  /** The entry as YAML: a string, or a list of strings. */
  YamlNode toYaml(Templating templating);

  /**
   * A shell command line.
   *
   * @param line the line
   */
  record Shell(String line) implements Command {
    /** Checks for null. */
    public Shell {
      Objects.requireNonNull(line, "line");
    }

    @Override
    public YamlNode toYaml(Templating templating) {
      return templating.node(line);
    }
  }

  /**
   * A program and its arguments.
   *
   * @param argv the program, then its arguments
   */
  record Argv(List<String> argv) implements Command {
    /** Copies the arguments and checks there is a program. */
    public Argv {
      argv = List.copyOf(argv);
      if (argv.isEmpty()) {
        throw new IllegalArgumentException("a command needs at least the program");
      }
    }

    @Override
    public YamlNode toYaml(Templating templating) {
      return YamlNode.seq(argv.stream().map(templating::node).toList());
    }
  }
}
