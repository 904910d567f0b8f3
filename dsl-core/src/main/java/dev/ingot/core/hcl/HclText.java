package dev.ingot.core.hcl;

import java.util.Arrays;

/**
 * The Unicode facts the HCL writer needs, computed so that every JDK from 17 to 25 gives the same
 * answer: which characters may appear raw in a quoted string (the rest are escaped), and how many
 * grapheme clusters a token occupies (the width {@code terraform fmt} uses to align {@code =}).
 *
 * <p><b>Printable</b> follows Go's {@code unicode.IsPrint}, which hclwrite uses to decide what to
 * escape: general categories L, M, N, P and S, plus the ASCII space. {@link Character#getType} answers
 * from the JDK's own Unicode version (13.0 in JDK 17, 16.0 in JDK 25), so the code points assigned
 * between those versions would be raw on one JDK and escaped on the other. {@link #UNSTABLE} lists
 * them, and they are always escaped. It was computed by classifying every code point on both JDKs
 * and keeping those whose class differs (all of them are unassigned in Unicode 13); each range was
 * then widened over neighbours that are unprintable on both JDKs, which leaves 81 ranges. Escaping
 * them also keeps characters that the tools (Go's Unicode 13 to 15 tables) may not know out of raw
 * text. A unit test pins a digest of the resulting classification of all code points.
 *
 * <p><b>Grapheme clusters</b> are cut the way go-textseg's scanner cuts them (v15 in Terraform; the
 * rules are the same back to v12), for printable text: control characters and ZWJ are always
 * escaped, so only these rules matter. Prepend characters join what follows; a cluster starts with
 * a Hangul syllable sequence, a pair of regional indicators or any other character, and takes all
 * following Extend and SpacingMark characters. The scanner differs from UAX #29 in two places that
 * are reproduced here: U+FFFD always stands alone (it is scanned like a control character), and
 * after {@code L+ LV} a trailing consonant T starts a new cluster. There is no Indic conjunct rule
 * (GB9c, Unicode 15.1). The classes below were checked against go-textseg v15's property tables for
 * every printable code point, and the counts against the Unicode 15.0 grapheme break tests that use
 * only printable characters; both agree throughout.
 */
final class HclText {
  /** Code points that are always escaped because JDK 17 and JDK 25 classify them differently. */
  private static final int[] UNSTABLE = {
      0x061D, 0x061D, 0x0870, 0x089F, 0x08B5, 0x08B5, 0x08C8, 0x08D2,
      0x0C3C, 0x0C3C, 0x0C5D, 0x0C5D, 0x0CDD, 0x0CDD, 0x0CF3, 0x0CF3,
      0x0ECE, 0x0ECE, 0x170D, 0x170D, 0x1715, 0x171F, 0x180F, 0x180F,
      0x1AC1, 0x1ACE, 0x1B4C, 0x1B4F, 0x1B7D, 0x1B7F, 0x1C89, 0x1C8A,
      0x1DFA, 0x1DFA, 0x20C0, 0x20C0, 0x2427, 0x2429, 0x2C2F, 0x2C2F,
      0x2C5F, 0x2C5F, 0x2E53, 0x2E5D, 0x2FFC, 0x2FFF, 0x31E4, 0x31EF,
      0x9FFD, 0x9FFF, 0xA7C0, 0xA7C1, 0xA7CB, 0xA7F4, 0xFBC2, 0xFBC2,
      0xFD40, 0xFD4F, 0xFDCF, 0xFDCF, 0xFDFE, 0xFDFF, 0x10570, 0x105F3,
      0x10780, 0x107BA, 0x10D40, 0x10D8F, 0x10EC2, 0x10EFF, 0x10F70, 0x10F89,
      0x11070, 0x11075, 0x110C2, 0x110C2, 0x1123F, 0x11241, 0x11380, 0x113E2,
      0x116B9, 0x116B9, 0x116D0, 0x116E3, 0x11740, 0x11746, 0x11AB0, 0x11ABF,
      0x11B00, 0x11BF9, 0x11F00, 0x11F5A, 0x12F90, 0x12FF2, 0x1342F, 0x143FA,
      0x16100, 0x16139, 0x16A70, 0x16AC9, 0x16D40, 0x16D79, 0x18CFF, 0x18CFF,
      0x1AFF0, 0x1AFFE, 0x1B11F, 0x1B132, 0x1B155, 0x1B155, 0x1CC00, 0x1CFC3,
      0x1D1E9, 0x1D1EA, 0x1D2C0, 0x1D2D3, 0x1DF00, 0x1DF2A, 0x1E030, 0x1E08F,
      0x1E290, 0x1E2AE, 0x1E4D0, 0x1E7FE, 0x1F6DC, 0x1F6DF, 0x1F774, 0x1F77F,
      0x1F7D9, 0x1F7D9, 0x1F7F0, 0x1F7F0, 0x1F8B2, 0x1F8C1, 0x1F979, 0x1F979,
      0x1F9CC, 0x1F9CC, 0x1FA75, 0x1FA77, 0x1FA7B, 0x1FA7C, 0x1FA87, 0x1FA8F,
      0x1FAA9, 0x1FAAF, 0x1FAB7, 0x1FABF, 0x1FAC3, 0x1FACF, 0x1FAD7, 0x1FAF8,
      0x1FBCB, 0x1FBEF, 0x2A6DE, 0x2A6DF, 0x2B735, 0x2B739, 0x2EBF0, 0x2EE5D,
      0x31350, 0x323AF
  };

  /** Spacing marks (category Mc) that UAX #29 nevertheless treats as separate clusters. */
  private static final int[] MC_NOT_SPACING_MARK = {
      0x102B, 0x102C, 0x1038, 0x1038, 0x1062, 0x1064, 0x1067, 0x106D,
      0x1083, 0x1083, 0x1087, 0x108C, 0x108F, 0x108F, 0x109A, 0x109C,
      0x1A61, 0x1A61, 0x1A63, 0x1A64, 0xAA7B, 0xAA7B, 0xAA7D, 0xAA7D,
      0x11720, 0x11721
  };

  /** Printable characters outside category M that join the preceding character (Extend, SpacingMark). */
  private static final int[] JOIN_OTHER = {
      0x0E33, 0x0E33, 0x0EB3, 0x0EB3, 0xFF9E, 0xFF9F, 0x1F3FB, 0x1F3FF
  };

  /** Printable characters of class Prepend, which join the following character. */
  private static final int[] PREPEND = {
      0x0D4E, 0x0D4E, 0x111C2, 0x111C3, 0x1193F, 0x1193F, 0x11941, 0x11941,
      0x11A3A, 0x11A3A, 0x11A84, 0x11A89, 0x11D46, 0x11D46
  };

  /** U+FFFD, which go-textseg's scanner treats like a control character. */
  private static final int REPLACEMENT = 0xFFFD;

  private HclText() {}

  /** The class of a code point, as far as escaping and grapheme clusters are concerned. */
  enum CharClass {
    /** Not printable: always written as an escape sequence in quoted strings. */
    ESCAPE,
    /** Printable and starts a new cluster unless a rule below says otherwise. */
    BASE,
    /** Printable and never starts a cluster (Extend or SpacingMark). */
    JOIN,
    /** Printable and joins the following character (Prepend). */
    PREPEND,
    /** Hangul leading consonant. */
    L,
    /** Hangul vowel. */
    V,
    /** Hangul trailing consonant. */
    T,
    /** Hangul syllable without trailing consonant. */
    LV,
    /** Hangul syllable with trailing consonant. */
    LVT,
    /** Regional indicator; two of them form a flag. */
    RI
  }

  /** The class of {@code cp}; the same on every supported JDK. */
  static CharClass classOf(int cp) {
    if (!isPrintable(cp)) {
      return CharClass.ESCAPE;
    }
    if (cp >= 0xAC00 && cp <= 0xD7A3) {
      return (cp - 0xAC00) % 28 == 0 ? CharClass.LV : CharClass.LVT;
    }
    if (cp >= 0x1100 && cp <= 0x115F || cp >= 0xA960 && cp <= 0xA97C) {
      return CharClass.L;
    }
    if (cp >= 0x1160 && cp <= 0x11A7 || cp >= 0xD7B0 && cp <= 0xD7C6) {
      return CharClass.V;
    }
    if (cp >= 0x11A8 && cp <= 0x11FF || cp >= 0xD7CB && cp <= 0xD7FB) {
      return CharClass.T;
    }
    if (cp >= 0x1F1E6 && cp <= 0x1F1FF) {
      return CharClass.RI;
    }
    if (inRanges(PREPEND, cp)) {
      return CharClass.PREPEND;
    }
    return isMark(cp) && !inRanges(MC_NOT_SPACING_MARK, cp) || inRanges(JOIN_OTHER, cp)
        ? CharClass.JOIN
        : CharClass.BASE;
  }

  /** Grapheme clusters in {@code token}, counted as go-textseg counts them. */
  static int graphemes(String token) {
    int[] cps = token.codePoints().toArray();
    int count = 0;
    for (int i = 0; i < cps.length; i = clusterEnd(cps, i)) {
      count++;
    }
    return count;
  }

  /**
   * Throws when {@code text} holds an unpaired surrogate, which has no UTF-8 encoding.
   *
   * @param text the text to check
   * @return {@code text}
   */
  static String requireWellFormed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException("unpaired surrogate at index " + i + " in: " + text);
      }
    }
    return text;
  }

  /** The index after the cluster that starts at {@code start}. */
  private static int clusterEnd(int[] cps, int start) {
    if (cps[start] == REPLACEMENT) {
      return start + 1;
    }
    int i = skip(cps, start, CharClass.PREPEND);
    if (i == cps.length || cps[i] == REPLACEMENT) {
      return i;
    }
    return skip(cps, coreEnd(cps, i), CharClass.JOIN);
  }

  /** The index after the Hangul sequence, flag or single character that starts at {@code i}. */
  private static int coreEnd(int[] cps, int i) {
    return switch (classOf(cps[i])) {
      case RI -> is(cps, i + 1, CharClass.RI) ? i + 2 : i + 1;
      case L -> {
        int j = skip(cps, i, CharClass.L);
        if (is(cps, j, CharClass.V)) {
          yield skip(cps, skip(cps, j, CharClass.V), CharClass.T);
        }
        if (is(cps, j, CharClass.LV)) {
          yield is(cps, j + 1, CharClass.V) ? skip(cps, skip(cps, j + 1, CharClass.V), CharClass.T) : j + 1;
        }
        yield is(cps, j, CharClass.LVT) ? skip(cps, j + 1, CharClass.T) : j;
      }
      case LV, V -> skip(cps, skip(cps, i + 1, CharClass.V), CharClass.T);
      case LVT, T -> skip(cps, i + 1, CharClass.T);
      default -> i + 1;
    };
  }

  private static boolean is(int[] cps, int i, CharClass c) {
    return i < cps.length && classOf(cps[i]) == c;
  }

  private static int skip(int[] cps, int i, CharClass c) {
    int j = i;
    while (is(cps, j, c)) {
      j++;
    }
    return j;
  }

  /** True when {@code cp} is one of the code points JDK 17 and JDK 25 classify differently. */
  static boolean isUnstable(int cp) {
    return inRanges(UNSTABLE, cp);
  }

  private static boolean isPrintable(int cp) {
    if (cp == ' ') {
      return true;
    }
    if (isUnstable(cp)) {
      return false;
    }
    return switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER,
          Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK,
          Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER,
          Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
          Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION,
          Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL,
          Character.OTHER_SYMBOL -> true;
      default -> false;
    };
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  /** True when {@code cp} lies in one of the inclusive {@code [from, to]} pairs of the sorted {@code ranges}. */
  private static boolean inRanges(int[] ranges, int cp) {
    int i = Arrays.binarySearch(ranges, cp);
    return i >= 0 || (-i - 1) % 2 == 1;
  }
}
