package dev.ingot.talos;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parsing and ordering of {@code MAJOR.MINOR.PATCH[-PRERELEASE]} versions, shared by the version types. */
final class SemVer {
  private static final Pattern FORM = Pattern.compile(
      "v?(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(?:-([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?");

  private SemVer() {}

  /**
   * Parses {@code text}, with or without a leading {@code v}.
   *
   * @return a matcher whose groups 1 to 3 are the numbers and group 4 the pre-release (or null)
   * @throws IllegalArgumentException naming {@code what} when the text is not a version
   */
  static Matcher parse(String text, String what, String example) {
    Matcher m = FORM.matcher(text == null ? "" : text);
    if (!m.matches()) {
      throw new IllegalArgumentException("\"" + text + "\" is not a " + what + " version; write it like " + example);
    }
    return m;
  }

  /** Checks the numbers of a version record. */
  static void requireValid(int major, int minor, int patch, String preRelease) {
    if (major < 0 || minor < 0 || patch < 0) {
      throw new IllegalArgumentException("version numbers must not be negative");
    }
    if (preRelease == null) {
      throw new NullPointerException("preRelease");
    }
  }

  /** Orders two versions as semantic versioning does: numbers first, then a pre-release before its release. */
  static int compare(int[] a, String preA, int[] b, String preB) {
    for (int i = 0; i < a.length; i++) {
      int c = Integer.compare(a[i], b[i]);
      if (c != 0) {
        return c;
      }
    }
    if (preA.isEmpty() || preB.isEmpty()) {
      return Boolean.compare(preA.isEmpty(), preB.isEmpty());
    }
    String[] x = preA.split("\\.");
    String[] y = preB.split("\\.");
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c = compareIdentifier(x[i], y[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }

  private static int compareIdentifier(String a, String b) {
    boolean numA = a.chars().allMatch(Character::isDigit);
    boolean numB = b.chars().allMatch(Character::isDigit);
    if (numA && numB) {
      return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }
    if (numA != numB) {
      return numA ? -1 : 1;
    }
    return a.compareTo(b);
  }

  /** {@code 1.13.9} or {@code 1.14.0-rc.1}, without a prefix. */
  static String format(int major, int minor, int patch, String preRelease) {
    return major + "." + minor + "." + patch + (preRelease.isEmpty() ? "" : "-" + preRelease);
  }
}
