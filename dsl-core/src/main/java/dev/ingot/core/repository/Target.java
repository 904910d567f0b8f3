package dev.ingot.core.repository;

import java.util.List;

/**
 * A Makefile target: what it does, the targets it needs first, and its shell commands.
 *
 * @param name the target name
 * @param help one line for {@code make help} and the README
 * @param prerequisites targets run before this one
 * @param commands shell commands, in order
 * @param note what the operator does after the commands, or null
 */
record Target(String name, String help, List<String> prerequisites, List<String> commands, String note) {
  /** Copies the lists. */
  Target {
    prerequisites = List.copyOf(prerequisites);
    commands = List.copyOf(commands);
  }

  /** A target without a note. */
  Target(String name, String help, List<String> prerequisites, List<String> commands) {
    this(name, help, prerequisites, commands, null);
  }
}
