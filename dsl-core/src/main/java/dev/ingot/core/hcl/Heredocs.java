package dev.ingot.core.hcl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Renders text as a heredoc when that keeps its value exactly, choosing between {@code <<-EOT}
 * (body indented one level deeper than the line that opens it) and {@code <<EOT} (body at column 0).
 *
 * <p>A heredoc cannot escape anything but {@code ${} and {@code %{}, so the text must consist of
 * printable characters, tabs and newlines, and (by house rule) no line may end with a space or tab.
 * {@code <<-} removes from every non-blank line as many leading grapheme clusters as the least indented
 * line has whitespace clusters (blank lines are left alone), so it is used only when at least one line
 * starts with a non-space character and no line starts with a combining character, which would form
 * one cluster with the indentation in front of it.
 */
final class Heredocs {
  private static final String MARKER = "EOT";

  private Heredocs() {}

  /** The heredoc for {@code text} (which ends with a newline) on a line at {@code depth}, if possible. */
  static Optional<Fragment> render(String text, int depth) {
    HclText.requireWellFormed(text);
    List<String> lines = Arrays.asList(text.substring(0, text.length() - 1).split("\n", -1));
    if (!lines.stream().allMatch(Heredocs::fits)) {
      return Optional.empty();
    }
    String marker = marker(lines);
    boolean flush = lines.stream().anyMatch(l -> !l.isEmpty() && l.charAt(0) != ' ' && l.charAt(0) != '\t')
        && lines.stream().noneMatch(l -> !l.isEmpty() && HclText.classOf(l.codePointAt(0)) == HclText.CharClass.JOIN);
    String bodyIndent = flush ? Fragment.indent(depth + 1) : "";
    List<String> out = new ArrayList<>();
    out.add((flush ? "<<-" : "<<") + marker);
    for (String line : lines) {
      out.add(line.isEmpty() ? "" : bodyIndent + HclStrings.escapeHeredocLine(line));
    }
    out.add((flush ? Fragment.indent(depth) : "") + marker);
    return Optional.of(new Fragment(out, Fragment.Shape.HEREDOC));
  }

  /** True when {@code line} can be written raw: printable or tab, and no trailing space or tab. */
  private static boolean fits(String line) {
    if (line.endsWith(" ") || line.endsWith("\t")) {
      return false;
    }
    return line.codePoints().allMatch(cp -> cp == '\t' || HclText.classOf(cp) != HclText.CharClass.ESCAPE);
  }

  /** {@code EOT}, or {@code EOT1}, {@code EOT2}, … when a line of the text would close the heredoc early. */
  private static String marker(List<String> lines) {
    String marker = MARKER;
    for (int n = 1; containsLine(lines, marker); n++) {
      marker = MARKER + n;
    }
    return marker;
  }

  private static boolean containsLine(List<String> lines, String marker) {
    return lines.stream().anyMatch(l -> l.strip().equals(marker));
  }
}
