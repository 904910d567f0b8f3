package dev.ingot.proxmox.image;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The explicit mapping of Linux keyboard layouts to Windows input locales. */
class WindowsKeyboardsTest {
  @Test
  void eachLayoutHasTheLanguageAndKeyboardIdsOfItsWindowsLayout() {
    assertThat(WindowsKeyboards.of("us")).contains("0409:00000409");
    assertThat(WindowsKeyboards.of("gb")).contains("0809:00000809");
    assertThat(WindowsKeyboards.of("uk")).contains("0809:00000809");
    assertThat(WindowsKeyboards.of("de")).contains("0407:00000407");
    assertThat(WindowsKeyboards.of("ch")).contains("0807:00000807");
    assertThat(WindowsKeyboards.of("fr")).contains("040c:0000040c");
    assertThat(WindowsKeyboards.of("be")).contains("080c:0000080c");
    assertThat(WindowsKeyboards.of("es")).contains("0c0a:0000040a");
    assertThat(WindowsKeyboards.of("it")).contains("0410:00000410");
    assertThat(WindowsKeyboards.of("pt")).contains("0816:00000816");
    assertThat(WindowsKeyboards.of("br")).contains("0416:00000416");
    assertThat(WindowsKeyboards.of("nl")).contains("0413:00000413");
    assertThat(WindowsKeyboards.of("dk")).contains("0406:00000406");
    assertThat(WindowsKeyboards.of("no")).contains("0414:00000414");
    assertThat(WindowsKeyboards.of("se")).contains("041d:0000041d");
    assertThat(WindowsKeyboards.of("fi")).contains("040b:0000040b");
    assertThat(WindowsKeyboards.of("pl")).contains("0415:00000415");
    assertThat(WindowsKeyboards.of("cz")).contains("0405:00000405");
    assertThat(WindowsKeyboards.of("hu")).contains("040e:0000040e");
  }

  @Test
  void layoutsWithoutAWindowsCounterpartAreNotGuessed() {
    assertThat(WindowsKeyboards.of("ru")).isEmpty();
    assertThat(WindowsKeyboards.of("latam")).isEmpty();
    assertThat(WindowsKeyboards.supported())
        .isEqualTo("be, br, ch, cz, de, dk, es, fi, fr, gb, hu, it, nl, no, pl, pt, se, uk, us");
  }

  @Test
  void theLinuxLocaleBecomesAWindowsLanguageTag() {
    assertThat(WindowsBuild.windowsLocale("en_US.UTF-8")).isEqualTo("en-US");
    assertThat(WindowsBuild.windowsLocale("de_CH.UTF-8")).isEqualTo("de-CH");
  }
}
