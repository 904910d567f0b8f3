package dev.ingot.core.yaml;

/**
 * Go-yaml's timestamp check: {@code time.Parse} with the layouts {@code 2006-1-2T15:4:5.999999999Z07:00}
 * (also with a lower-case {@code t}), {@code 2006-1-2 15:4:5.999999999} and {@code 2006-1-2}.
 * Month, day, hour, minute and second take one or two digits and are range-checked; the fraction
 * may use a dot or a comma; a space in the layout matches one or more spaces; the zone is
 * {@code Z} or {@code ±hh:mm} with hours up to 24 and minutes up to 60.
 */
final class GoTimestamps {
  private final String s;
  private int pos;

  private GoTimestamps(String s) {
    this.s = s;
  }

  /** True when {@code s} is a timestamp for go-yaml. */
  static boolean parses(String s) {
    int digits = 0;
    while (digits < s.length() && isDigit(s, digits)) {
      digits++;
    }
    if (digits != 4 || digits == s.length() || s.charAt(digits) != '-') {
      return false;
    }
    return new GoTimestamps(s).layout('T', true)
        || new GoTimestamps(s).layout('t', true)
        || new GoTimestamps(s).layout(' ', false)
        || new GoTimestamps(s).dateOnly();
  }

  private boolean dateOnly() {
    return date() && pos == s.length();
  }

  /** A date, {@code separator}, a time with an optional fraction, then a zone when {@code zoned}. */
  private boolean layout(char separator, boolean zoned) {
    if (!date() || !separator(separator)) {
      return false;
    }
    int hour = number();
    if (hour < 0 || hour > 23 || !literal(':')) {
      return false;
    }
    int minute = number();
    if (minute < 0 || minute > 59 || !literal(':')) {
      return false;
    }
    int second = number();
    if (second < 0 || second > 59) {
      return false;
    }
    fraction();
    return (!zoned || zone()) && pos == s.length();
  }

  private boolean date() {
    pos = 4;
    if (!literal('-')) {
      return false;
    }
    int month = number();
    if (month < 1 || month > 12 || !literal('-')) {
      return false;
    }
    int day = number();
    int year = Integer.parseInt(s.substring(0, 4));
    return day >= 1 && day <= java.time.YearMonth.of(year, month).lengthOfMonth();
  }

  private boolean separator(char separator) {
    if (separator != ' ') {
      return literal(separator);
    }
    if (pos < s.length() && s.charAt(pos) != ' ') {
      return false;
    }
    while (pos < s.length() && s.charAt(pos) == ' ') {
      pos++;
    }
    return true;
  }

  /** One or two digits, or -1 when there is no digit here. */
  private int number() {
    if (!isDigit(s, pos)) {
      return -1;
    }
    int value = s.charAt(pos++) - '0';
    if (isDigit(s, pos)) {
      value = value * 10 + s.charAt(pos++) - '0';
    }
    return value;
  }

  private void fraction() {
    if (pos + 1 < s.length() && (s.charAt(pos) == '.' || s.charAt(pos) == ',') && isDigit(s, pos + 1)) {
      pos++;
      while (isDigit(s, pos)) {
        pos++;
      }
    }
  }

  private boolean zone() {
    if (literal('Z')) {
      return true;
    }
    if (s.length() - pos < 6 || s.charAt(pos + 3) != ':'
        || !isDigit(s, pos + 1) || !isDigit(s, pos + 2) || !isDigit(s, pos + 4) || !isDigit(s, pos + 5)) {
      return false;
    }
    int hours = Integer.parseInt(s.substring(pos + 1, pos + 3));
    int minutes = Integer.parseInt(s.substring(pos + 4, pos + 6));
    char sign = s.charAt(pos);
    pos += 6;
    return (sign == '+' || sign == '-') && hours <= 24 && minutes <= 60;
  }

  private boolean literal(char c) {
    if (pos < s.length() && s.charAt(pos) == c) {
      pos++;
      return true;
    }
    return false;
  }

  private static boolean isDigit(String s, int i) {
    return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
  }
}
