package dev.ingot.core.testing;

import dev.ingot.core.generate.ArtifactSet;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds text in every file of an artifact set and reports where, without repeating the text. */
final class TextScan {
  /** How many places a message lists before it only counts the rest. */
  private static final int SHOWN = 20;

  private TextScan() {}

  /**
   * One place where the text was found.
   *
   * @param what what was looked for, e.g. {@code value 2} or {@code /AGE-SECRET-KEY-1[0-9A-Z]+/}
   * @param path the file
   * @param line the line, from 1
   * @param column the column, from 1, in UTF-16 units
   * @param length how many characters matched
   */
  record Hit(String what, String path, int line, int column, int length) {
    @Override
    public String toString() {
      return what + " at " + path + ":" + line + ":" + column + " (" + length + " characters)";
    }
  }

  /** Every match of {@code pattern} in the files of {@code files}, labelled {@code what}. */
  static List<Hit> find(ArtifactSet files, Pattern pattern, String what) {
    List<Hit> hits = new ArrayList<>();
    for (String path : files.paths()) {
      String text = files.text(path);
      Matcher m = pattern.matcher(text);
      int line = 1;
      int lineStart = 0;
      int scanned = 0;
      while (m.find()) {
        for (; scanned < m.start(); scanned++) {
          if (text.charAt(scanned) == '\n') {
            line++;
            lineStart = scanned + 1;
          }
        }
        hits.add(new Hit(what, path, line, m.start() - lineStart + 1, m.end() - m.start()));
      }
    }
    return hits;
  }

  /** The failure message for {@code hits}, or null when there are none. */
  static String describe(String heading, List<Hit> hits) {
    if (hits.isEmpty()) {
      return null;
    }
    var sb = new StringBuilder(heading).append(" (").append(hits.size()).append(hits.size() == 1 ? " place" : " places")
        .append("):");
    hits.stream().limit(SHOWN).forEach(h -> sb.append("\n  ").append(h));
    if (hits.size() > SHOWN) {
      sb.append("\n  … and ").append(hits.size() - SHOWN).append(" more");
    }
    return sb.toString();
  }
}
