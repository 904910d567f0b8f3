package dev.ingot.core.cloudinit;

import dev.ingot.core.validate.Path;
import dev.ingot.core.validate.Problems;
import dev.ingot.core.validate.Validatable;
import dev.ingot.core.value.Cidr;
import dev.ingot.core.value.IpAddress;
import dev.ingot.core.yaml.YamlMapBuilder;
import dev.ingot.core.yaml.YamlNode.YamlMap;
import java.util.Objects;

/**
 * One route of an interface: {@code to: default} (or a network) {@code via:} a gateway.
 *
 * <p>{@code to: default} is what netplan documents; cloud-init renders it through netplan, and for
 * the other renderers (ENI, networkd, sysconfig) reads it since 25.3. For an older cloud-init without
 * netplan, route {@code 0.0.0.0/0} instead with {@link #to(Cidr, IpAddress)}.
 *
 * @param to the destination network, or null for the default route
 * @param via the gateway
 * @param metric the route metric, or null
 */
public record Route(Cidr to, IpAddress via, Integer metric) implements Validatable {
  /** Checks for null. */
  public Route {
    Objects.requireNonNull(via, "via");
  }

  /** The default route through {@code gateway}. */
  public static Route defaultVia(IpAddress gateway) {
    return new Route(null, gateway, null);
  }

  /** A route to {@code network} through {@code gateway}. */
  public static Route to(Cidr network, IpAddress gateway) {
    return new Route(network, gateway, null);
  }

  /** This route with metric {@code metric}. */
  public Route metric(int metric) {
    return new Route(to, via, metric);
  }

  @Override
  public void validate(Path at, Problems problems) {
    if (to != null) {
      to.validate(at.field("to"), problems);
    }
    via.validate(at.field("via"), problems);
    if (metric != null && metric < 0) {
      problems.error(at.field("metric"), "a route metric cannot be negative");
    }
  }

  YamlMap toYaml() {
    YamlMapBuilder b = YamlMap.builder().put("to", to == null ? "default" : to.text()).put("via", via.text());
    return b.put("metric", metric).build();
  }
}
