package dev.ingot.core.hcl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** HclText gives the same classification on every JDK and counts clusters as go-textseg does. */
class HclTextTest {
  /**
   * SHA-256 over the class ordinal of every code point, U+0000 to U+10FFFF. The same value on JDK 17
   * and JDK 25 shows that their different Unicode versions do not change what the writer emits.
   */
  private static final String CLASSIFICATION_SHA256 = "488be776b4b8c308b35f37224079feb96e458f8d23b186bf6fbdb455ff7553f8";

  @Test
  void classificationIsTheSameOnEveryJdk() throws NoSuchAlgorithmException {
    byte[] classes = new byte[Character.MAX_CODE_POINT + 1];
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      classes[cp] = (byte) HclText.classOf(cp).ordinal();
    }
    String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(classes));
    assertThat(digest).as("classification digest on Java %s", Runtime.version()).isEqualTo(CLASSIFICATION_SHA256);
  }

  @Test
  void classifiesPrintableAndJoiningCharacters() {
    assertThat(HclText.classOf('a')).isEqualTo(HclText.CharClass.BASE);
    assertThat(HclText.classOf(' ')).isEqualTo(HclText.CharClass.BASE);
    assertThat(HclText.classOf(0x1F600)).isEqualTo(HclText.CharClass.BASE);
    assertThat(HclText.classOf(0x102B)).as("Mc that UAX #29 does not join").isEqualTo(HclText.CharClass.BASE);
    assertThat(HclText.classOf(0x0301)).isEqualTo(HclText.CharClass.JOIN);
    assertThat(HclText.classOf(0x0903)).isEqualTo(HclText.CharClass.JOIN);
    assertThat(HclText.classOf(0x0E33)).isEqualTo(HclText.CharClass.JOIN);
    assertThat(HclText.classOf(0x1F3FB)).isEqualTo(HclText.CharClass.JOIN);
    assertThat(HclText.classOf(0x0D4E)).isEqualTo(HclText.CharClass.PREPEND);
    assertThat(HclText.classOf(0x1F1E6)).isEqualTo(HclText.CharClass.RI);
    assertThat(HclText.classOf(0xAC00)).isEqualTo(HclText.CharClass.LV);
    assertThat(HclText.classOf(0xAC01)).isEqualTo(HclText.CharClass.LVT);
  }

  @Test
  void escapesUnprintableAndUnstableCharacters() {
    for (int cp : new int[] {0x00, 0x1F, 0x7F, 0x85, 0xA0, 0xAD, 0x200B, 0x200D, 0x2028, 0x3000, 0xE000, 0xFEFF,
        0xFFFF, 0xE0001, 0x0378, 0x0870, 0x1FAE8, 0x1CC00, 0x323AF}) {
      assertThat(HclText.classOf(cp)).as("U+%04X", cp).isEqualTo(HclText.CharClass.ESCAPE);
    }
    assertThat(HclText.isUnstable(0x0870)).isTrue();
    assertThat(HclText.isUnstable(0x088F)).as("unassigned in both JDKs, absorbed into a range").isTrue();
    assertThat(HclText.isUnstable(0x0041)).isFalse();
  }

  @Test
  void countsGraphemeClustersLikeGoTextseg() {
    assertThat(HclText.graphemes("")).isZero();
    assertThat(HclText.graphemes("abc")).isEqualTo(3);
    assertThat(HclText.graphemes("e\u0301\u0302")).isEqualTo(1);
    assertThat(HclText.graphemes("\u0301x")).isEqualTo(2);
    assertThat(HclText.graphemes("日本語")).isEqualTo(3);
    assertThat(HclText.graphemes("\uD83D\uDC4D\uD83C\uDFFD")).as("emoji with modifier").isEqualTo(1);
    assertThat(HclText.graphemes("\uD83C\uDDE9\uD83C\uDDEA\uD83C\uDDEB")).as("flag and a lone indicator").isEqualTo(2);
    assertThat(HclText.graphemes("\u1100\u1161\u11A8")).as("L V T").isEqualTo(1);
    assertThat(HclText.graphemes("\u1100\uAC00\u11A8")).as("L LV T: textseg starts a cluster at T").isEqualTo(2);
    assertThat(HclText.graphemes("\u0915\u094D\u0937")).as("no Indic conjunct rule").isEqualTo(2);
    assertThat(HclText.graphemes("\u0D4Ex")).as("prepend").isEqualTo(1);
    assertThat(HclText.graphemes("\u0D4E\uFFFD")).as("U+FFFD stands alone").isEqualTo(2);
    assertThat(HclText.graphemes("\uFFFD\u0301")).isEqualTo(2);
    assertThat(HclText.graphemes("a\u102B")).as("U+102B is not a SpacingMark").isEqualTo(2);
  }

  @Test
  void rejectsUnpairedSurrogates() {
    assertThat(HclText.requireWellFormed("ok \uD83D\uDE00")).isEqualTo("ok \uD83D\uDE00");
    assertThatThrownBy(() -> HclText.requireWellFormed("x\uD83D")).hasMessageContaining("index 1");
    assertThatThrownBy(() -> HclText.requireWellFormed("\uDE00x")).hasMessageContaining("index 0");
  }
}
