package dev.ingot.proxmox.image;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Windows input locales for the keyboard layouts of the Linux recipes ({@code us}, {@code de}, …):
 * {@code <language id>:<keyboard layout id>} in hexadecimal, as the answer file's {@code InputLocale}
 * takes them, e.g. {@code 0407:00000407} for the German language with the German keyboard. The
 * layout ids are those of Microsoft's keyboard table (Keyboard Layouts in the registry); only Latin
 * layouts are listed, a layout not listed is reported by validation.
 */
final class WindowsKeyboards {
  private static final Map<String, String> LAYOUTS = new TreeMap<>();

  static {
    LAYOUTS.put("us", "0409:00000409");
    LAYOUTS.put("gb", "0809:00000809");
    LAYOUTS.put("uk", "0809:00000809");
    LAYOUTS.put("de", "0407:00000407");
    LAYOUTS.put("ch", "0807:00000807");
    LAYOUTS.put("fr", "040c:0000040c");
    LAYOUTS.put("be", "080c:0000080c");
    LAYOUTS.put("es", "0c0a:0000040a");
    LAYOUTS.put("it", "0410:00000410");
    LAYOUTS.put("pt", "0816:00000816");
    LAYOUTS.put("br", "0416:00000416");
    LAYOUTS.put("nl", "0413:00000413");
    LAYOUTS.put("dk", "0406:00000406");
    LAYOUTS.put("no", "0414:00000414");
    LAYOUTS.put("se", "041d:0000041d");
    LAYOUTS.put("fi", "040b:0000040b");
    LAYOUTS.put("pl", "0415:00000415");
    LAYOUTS.put("cz", "0405:00000405");
    LAYOUTS.put("hu", "040e:0000040e");
  }

  private WindowsKeyboards() {}

  /** The Windows input locale of the keyboard layout {@code layout}, if listed. */
  static Optional<String> of(String layout) {
    return Optional.ofNullable(LAYOUTS.get(layout));
  }

  /** The layouts listed, sorted, joined with commas: {@code be, br, ch, …}. */
  static String supported() {
    return String.join(", ", LAYOUTS.keySet());
  }
}
