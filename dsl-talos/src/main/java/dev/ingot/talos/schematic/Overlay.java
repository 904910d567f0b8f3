package dev.ingot.talos.schematic;

import dev.ingot.core.yaml.YamlNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A board overlay for single-board computers (Talos v1.7 and later), such as
 * {@code Overlay.of("siderolabs/sbc-raspberrypi", "rpi_generic")}. The options are any YAML the
 * overlay understands; the Image Factory writes their keys in Go's map order, whatever order they
 * were given in.
 *
 * @param image the overlay image, e.g. {@code siderolabs/sbc-raspberrypi}
 * @param name the overlay name inside the image, e.g. {@code rpi_generic}
 * @param options the overlay options, by key
 */
public record Overlay(String image, String name, Map<String, YamlNode> options) {
  /** Copies the options and checks for null. */
  public Overlay {
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(name, "name");
    options = Map.copyOf(options);
  }

  /** The overlay {@code name} from {@code image}, without options. */
  public static Overlay of(String image, String name) {
    return new Overlay(image, name, Map.of());
  }

  /** This overlay with option {@code key} set to the string {@code value}. */
  public Overlay option(String key, String value) {
    return option(key, YamlNode.str(value));
  }

  /** This overlay with option {@code key} set to {@code value}. */
  public Overlay option(String key, YamlNode value) {
    var next = new HashMap<>(options);
    next.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
    return new Overlay(image, name, next);
  }

  /** True when the Image Factory would leave the overlay out: no image, no name, no options. */
  public boolean isEmpty() {
    return image.isEmpty() && name.isEmpty() && options.isEmpty();
  }
}
