package dev.ingot.talos.schematic;

import dev.ingot.core.yaml.YamlMapBuilder;
import dev.ingot.core.yaml.YamlNode;
import dev.ingot.core.yaml.YamlNode.Entry;
import dev.ingot.core.yaml.YamlNode.YamlMap;
import dev.ingot.core.yaml.YamlNode.YamlSeq;
import java.util.Comparator;

/**
 * The schematic as the YAML tree the Image Factory writes for it: fields in the order of its Go
 * structs ({@code overlay}, then {@code customization} with {@code extraKernelArgs}, {@code meta},
 * {@code systemExtensions}, {@code bootloader}, {@code secureboot}, {@code diskImage}), empty
 * fields left out, and {@code customization} always present ({@code customization: {}} when empty).
 */
final class SchematicYaml {
  private SchematicYaml() {}

  /** The canonical tree of {@code schematic}. */
  static YamlMap tree(TalosSchematic schematic) {
    YamlMapBuilder root = YamlMap.builder();
    Overlay overlay = schematic.overlay();
    if (overlay != null && !overlay.isEmpty()) {
      root.map("overlay", o -> {
        o.put("image", overlay.image()).put("name", overlay.name());
        if (!overlay.options().isEmpty()) {
          o.put("options", goValue(new YamlMap(overlay.options().entrySet().stream()
              .map(e -> new Entry(e.getKey(), e.getValue())).toList())));
        }
      });
    }
    return root.map("customization", c -> customization(schematic, c)).build();
  }

  private static void customization(TalosSchematic s, YamlMapBuilder c) {
    if (!s.extraKernelArgs().isEmpty()) {
      c.strings("extraKernelArgs", s.extraKernelArgs());
    }
    if (!s.meta().isEmpty()) {
      c.put("meta", YamlNode.seq(s.meta().stream()
          .map(m -> YamlMap.builder().put("key", m.key()).put("value", m.value()).build()).toList()));
    }
    if (!s.extensions().isEmpty()) {
      c.map("systemExtensions", x -> x.strings("officialExtensions", s.officialExtensions()));
    }
    if (s.bootLoader() != null) {
      c.put("bootloader", s.bootLoader().value());
    }
    SecureBoot secureBoot = s.secureBoot();
    if (secureBoot.hasSettings()) {
      c.map("secureboot", b -> {
        if (secureBoot.enrollKeys() != null) {
          b.put("enrollKeys", secureBoot.enrollKeys().value());
        }
        if (secureBoot.includeWellKnownCertificates()) {
          b.put("includeWellKnownCertificates", true);
        }
      });
    }
    if (s.sectorSize() != null) {
      c.map("diskImage", d -> d.put("sectorSize", s.sectorSize()));
    }
  }

  /** A value as Go writes a decoded {@code any}: mapping keys in Go's map order, at every depth. */
  private static YamlNode goValue(YamlNode node) {
    if (node instanceof YamlMap map) {
      return new YamlMap(map.entries().stream()
          .sorted(Comparator.comparing(Entry::key, GoMapOrder.INSTANCE))
          .map(e -> new Entry(e.key(), goValue(e.value())))
          .toList());
    }
    if (node instanceof YamlSeq seq) {
      return YamlNode.seq(seq.items().stream().map(SchematicYaml::goValue).toList());
    }
    return node;
  }
}
