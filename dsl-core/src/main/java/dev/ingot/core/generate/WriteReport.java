package dev.ingot.core.generate;

import java.util.List;

/**
 * What {@link Generator#write} did.
 *
 * @param written files created or changed
 * @param unchanged files that already had the generated content
 * @param removed owned files deleted because the model no longer produces them
 */
public record WriteReport(List<String> written, List<String> unchanged, List<String> removed) {
  /** Copies the lists. */
  public WriteReport {
    written = List.copyOf(written);
    unchanged = List.copyOf(unchanged);
    removed = List.copyOf(removed);
  }

  /** A summary for the console: counts, then the written and removed paths. */
  public String describe() {
    var sb = new StringBuilder();
    sb.append(written.size() + unchanged.size()).append(" files: ").append(written.size()).append(" written, ")
        .append(unchanged.size()).append(" unchanged, ").append(removed.size()).append(" removed\n");
    written.forEach(p -> sb.append("  written  ").append(p).append('\n'));
    removed.forEach(p -> sb.append("  removed  ").append(p).append('\n'));
    return sb.toString();
  }
}
