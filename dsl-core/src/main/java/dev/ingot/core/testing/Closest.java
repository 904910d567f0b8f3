package dev.ingot.core.testing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** The candidates nearest to a name that was not found, for failure messages. */
final class Closest {
  /** How many candidates a message names. */
  static final int COUNT = 3;

  private Closest() {}

  /**
   * The {@value #COUNT} candidates with the smallest edit distance to {@code wanted}; ties keep
   * the order of {@code candidates}.
   */
  static List<String> to(String wanted, Collection<String> candidates) {
    List<String> sorted = new ArrayList<>(candidates);
    sorted.sort(Comparator.comparingInt(c -> distance(wanted, c)));
    return List.copyOf(sorted.subList(0, Math.min(COUNT, sorted.size())));
  }

  /** {@code "; closest: a, b, c"}, or {@code "; there are none"} when there are no candidates. */
  static String describe(String wanted, Collection<String> candidates) {
    return describe("closest", wanted, candidates);
  }

  /** {@code "; <label>: a, b, c"}, or {@code "; there are none"} when there are no candidates. */
  static String describe(String label, String wanted, Collection<String> candidates) {
    if (candidates.isEmpty()) {
      return "; there are none";
    }
    return "; " + label + ": " + String.join(", ", to(wanted, candidates));
  }

  /** The Levenshtein distance between {@code a} and {@code b}, in UTF-16 units. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
