package dev.ingot.core.hcl;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code name = value} lines the way {@code terraform fmt} aligns them: within a run of
 * consecutive alignable entries every {@code =} sits one space after the widest name. An entry
 * whose value opens a bracket on its first line ends the run and is written unpadded.
 */
final class Alignment {
  private Alignment() {}

  /**
   * One {@code name = value} line (or more, for multi-line values).
   *
   * @param name the rendered name (an identifier or a quoted key)
   * @param width the columns of {@code name} as {@code terraform fmt} counts them
   * @param value the rendered value
   */
  record Entry(String name, int width, Fragment value) {}

  /** The lines of consecutive {@code entries} at nesting {@code depth}. */
  static List<String> lines(List<Entry> entries, int depth) {
    List<String> out = new ArrayList<>();
    int runWidth = -1;
    for (int i = 0; i < entries.size(); i++) {
      Entry entry = entries.get(i);
      if (!entry.value().alignable()) {
        runWidth = -1;
      } else if (runWidth < 0) {
        runWidth = runWidth(entries, i);
      }
      int pad = Math.max(runWidth, entry.width()) - entry.width();
      List<String> lines = entry.value().lines();
      out.add(Fragment.indent(depth) + entry.name() + " ".repeat(pad) + " = " + lines.get(0));
      out.addAll(lines.subList(1, lines.size()));
    }
    return out;
  }

  /** The widest name in the run of alignable entries that starts at {@code from}. */
  private static int runWidth(List<Entry> entries, int from) {
    int width = 0;
    for (int i = from; i < entries.size() && entries.get(i).value().alignable(); i++) {
      width = Math.max(width, entries.get(i).width());
    }
    return width;
  }
}
