package dev.ingot.core.generate;

import java.util.List;

/**
 * How a directory differs from what the model generates.
 *
 * @param added files the model generates that the directory lacks
 * @param changed files whose content differs, each with its unified diff
 * @param removed owned files in the directory that the model no longer generates
 */
public record DriftReport(List<String> added, List<Change> changed, List<String> removed) {
  /** Copies the lists. */
  public DriftReport {
    added = List.copyOf(added);
    changed = List.copyOf(changed);
    removed = List.copyOf(removed);
  }

  /**
   * A file whose content differs.
   *
   * @param path the file
   * @param diff unified diff from the directory's content to the generated one
   */
  public record Change(String path, String diff) {}

  /** True when the directory holds exactly what the model generates. */
  public boolean isClean() {
    return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
  }

  /** A report for the console: one line per file, then the diffs. */
  public String describe() {
    if (isClean()) {
      return "no drift\n";
    }
    var sb = new StringBuilder();
    sb.append("generated files are out of date: ").append(added.size()).append(" missing, ")
        .append(changed.size()).append(" changed, ").append(removed.size()).append(" no longer generated\n");
    added.forEach(p -> sb.append("  missing  ").append(p).append('\n'));
    changed.forEach(c -> sb.append("  changed  ").append(c.path()).append('\n'));
    removed.forEach(p -> sb.append("  stale    ").append(p).append('\n'));
    changed.forEach(c -> sb.append('\n').append(c.diff()));
    return sb.toString();
  }
}
