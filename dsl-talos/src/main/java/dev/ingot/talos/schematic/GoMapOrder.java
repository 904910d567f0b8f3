package dev.ingot.talos.schematic;

import java.util.Comparator;

/**
 * The order in which Go's YAML library writes the string keys of a map: letters compare by code
 * point, runs of digits compare by value ({@code item2} before {@code item10}), and a letter
 * sorts after a digit unless the digit continues a number. The Image Factory writes the options
 * of an overlay (a Go map) in this order, so the canonical form must too.
 */
final class GoMapOrder implements Comparator<String> {
  /** The only instance. */
  static final GoMapOrder INSTANCE = new GoMapOrder();

  private GoMapOrder() {}

  @Override
  public int compare(String a, String b) {
    if (less(a, b)) {
      return -1;
    }
    return less(b, a) ? 1 : 0;
  }

  private static boolean less(String left, String right) {
    int[] a = left.codePoints().toArray();
    int[] b = right.codePoints().toArray();
    boolean digits = false;
    for (int i = 0; i < a.length && i < b.length; i++) {
      if (a[i] == b[i]) {
        digits = Character.isDigit(a[i]);
        continue;
      }
      boolean aLetter = Character.isLetter(a[i]);
      boolean bLetter = Character.isLetter(b[i]);
      if (aLetter && bLetter) {
        return a[i] < b[i];
      }
      if (aLetter || bLetter) {
        return digits ? aLetter : bLetter;
      }
      return lessNumber(a, b, i);
    }
    return a.length < b.length;
  }

  /** Compares the digit runs that start at {@code i} (neither character there is a letter). */
  private static boolean lessNumber(int[] a, int[] b, int i) {
    long an = 0;
    long bn = 0;
    if (a[i] == '0' || b[i] == '0') {
      for (int j = i - 1; j >= 0 && Character.isDigit(a[j]); j--) {
        if (a[j] != '0') {
          an = 1;
          bn = 1;
          break;
        }
      }
    }
    int ai = i;
    while (ai < a.length && Character.isDigit(a[ai])) {
      an = an * 10 + (a[ai++] - '0');
    }
    int bi = i;
    while (bi < b.length && Character.isDigit(b[bi])) {
      bn = bn * 10 + (b[bi++] - '0');
    }
    if (an != bn) {
      return an < bn;
    }
    if (ai != bi) {
      return ai < bi;
    }
    return a[i] < b[i];
  }
}
