package dev.ingot.core.yaml;

import java.math.BigInteger;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Answers what go-yaml's tag resolver answers for a plain scalar: is it a string, or would it be
 * read as null, bool, int, float, timestamp or merge key? Go-yaml quotes exactly the strings for
 * which this is false. The rules follow its resolver: a table of exact words, Go's
 * {@code strconv.ParseInt}/{@code ParseUint} with base prefixes after removing underscores, a YAML
 * float pattern checked by {@code ParseFloat} (which fails on overflow), and four
 * {@code time.Parse} layouts.
 */
final class GoResolver {
  private static final Set<String> WORDS = Set.of(
      "", "~", "null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE",
      ".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF",
      "-.inf", "-.Inf", "-.INF", "-0", "-0.0", "<<");
  /** The first characters after which the resolver looks further; any other start means a string. */
  private static final String HINTED = "+-0123456789.";
  private static final Pattern YAML_FLOAT = Pattern.compile("[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?");
  /** Go's float syntax for text that starts with a dot: digits and underscores, an optional exponent. */
  private static final Pattern DOT_FLOAT = Pattern.compile("\\.[0-9_]*[0-9][0-9_]*(?:[eE][-+]?[0-9][0-9_]*)?");
  private static final BigInteger MAX_INT64 = BigInteger.ONE.shiftLeft(63).subtract(BigInteger.ONE);
  private static final BigInteger MAX_UINT64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

  private GoResolver() {}

  /** True when the plain scalar {@code s} would not be read back as a string. */
  static boolean resolvesToNonString(String s) {
    if (WORDS.contains(s)) {
      return true;
    }
    char first = s.charAt(0);
    if (HINTED.indexOf(first) < 0) {
      return false;
    }
    if (first == '.') {
      return DOT_FLOAT.matcher(s).matches() && underscoresOk(s) && finite(s.replace("_", ""));
    }
    String plain = s.replace("_", "");
    return GoTimestamps.parses(s)
        || isInt(plain)
        || (YAML_FLOAT.matcher(plain).matches() && finite(plain));
  }

  /** Go's {@code ParseInt(s, 0, 64)} or {@code ParseUint(s, 0, 64)} succeeds on {@code s}. */
  private static boolean isInt(String s) {
    boolean negative = s.startsWith("-");
    boolean signed = negative || s.startsWith("+");
    BigInteger value = unsigned(signed ? s.substring(1) : s);
    if (value == null) {
      return false;
    }
    return value.compareTo(negative ? MAX_INT64.add(BigInteger.ONE) : MAX_INT64) <= 0
        || (!signed && value.compareTo(MAX_UINT64) <= 0);
  }

  /** The value of {@code s} read as Go reads an unsigned integer with base 0, or null when invalid. */
  private static BigInteger unsigned(String s) {
    if (s.isEmpty()) {
      return null;
    }
    int radix = 10;
    String digits = s;
    if (s.charAt(0) == '0') {
      char prefix = s.length() >= 3 ? Character.toLowerCase(s.charAt(1)) : '0';
      radix = prefix == 'b' ? 2 : prefix == 'o' ? 8 : prefix == 'x' ? 16 : 8;
      digits = radix == 8 && prefix != 'o' ? s.substring(1) : s.substring(2);
    }
    if (digits.isEmpty()) {
      return BigInteger.ZERO;
    }
    for (int i = 0; i < digits.length(); i++) {
      if (Character.digit(digits.charAt(i), radix) < 0 || digits.charAt(i) > 'z') {
        return null;
      }
    }
    return new BigInteger(digits, radix);
  }

  /** Go's rule for underscores in numbers: each one between two digits. */
  private static boolean underscoresOk(String s) {
    char previous = '^';
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean digit = c >= '0' && c <= '9';
      if (c == '_' && previous != '0') {
        return false;
      }
      if (!digit && c != '_' && previous == '_') {
        return false;
      }
      previous = digit ? '0' : c == '_' ? '_' : '!';
    }
    return previous != '_';
  }

  /** Parses like {@code ParseFloat(s, 64)} without a range error: the nearest double is finite. */
  private static boolean finite(String s) {
    return Double.isFinite(Double.parseDouble(s));
  }
}
