package dev.ingot.core.repository;

import java.util.regex.Pattern;

/** Quoting for the shell commands in the Makefile, the README and the secrets script. */
final class Shell {
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._/=:@%+,-]+");

  private Shell() {}

  /** {@code word} as one shell word: unchanged when it holds only safe characters, else in single quotes. */
  static String quote(String word) {
    return SAFE.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
  }
}
