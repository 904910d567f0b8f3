package dev.ingot.core.cloudinit;

import dev.ingot.core.validate.Path;
import dev.ingot.core.validate.Problems;
import dev.ingot.core.validate.Validatable;
import dev.ingot.core.value.Cidr;
import dev.ingot.core.value.IpAddress;
import dev.ingot.core.value.MacAddress;
import dev.ingot.core.value.Names;
import dev.ingot.core.yaml.YamlNode;
import dev.ingot.core.yaml.YamlNode.YamlMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One entry of {@code ethernets}: how a network interface is configured.
 *
 * <pre>{@code
 * Ethernet.named("lan").matchMac(mac).setName("eth0")
 *     .address(Cidr.of("10.0.10.50/24")).route(Route.defaultVia(IpAddress.of("10.0.10.1")))
 *     .nameservers(List.of(IpAddress.of("10.0.10.1")), List.of("lan"))
 * }</pre>
 *
 * @param id the configuration id (the interface name when nothing is matched)
 * @param matchName an interface name or glob to match, or null
 * @param matchMac a MAC address to match, or null
 * @param setName the name to give the matched interface, or null
 * @param dhcp4 whether to use DHCPv4, or null
 * @param dhcp6 whether to use DHCPv6, or null
 * @param addresses static addresses with their prefix
 * @param routes static routes
 * @param nameserverAddresses DNS servers
 * @param searchDomains DNS search domains
 */
public record Ethernet(String id, String matchName, MacAddress matchMac, String setName, Boolean dhcp4, Boolean dhcp6,
    List<Cidr> addresses, List<Route> routes, List<IpAddress> nameserverAddresses, List<String> searchDomains)
    implements Validatable {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.-]{1,15}");

  /** Checks for null and copies the lists. */
  public Ethernet {
    Objects.requireNonNull(id, "id");
    addresses = List.copyOf(addresses);
    routes = List.copyOf(routes);
    nameserverAddresses = List.copyOf(nameserverAddresses);
    searchDomains = List.copyOf(searchDomains);
  }

  /** An interface configuration called {@code id}, configuring nothing yet. */
  public static Ethernet named(String id) {
    return new Ethernet(id, null, null, null, null, null, List.of(), List.of(), List.of(), List.of());
  }

  /** This configuration applied to interfaces whose name matches {@code glob}, e.g. {@code en*}. */
  public Ethernet matchName(String glob) {
    return new Ethernet(id, glob, matchMac, setName, dhcp4, dhcp6, addresses, routes, nameserverAddresses,
        searchDomains);
  }

  /** This configuration applied to the interface with MAC address {@code mac}. */
  public Ethernet matchMac(MacAddress mac) {
    return new Ethernet(id, matchName, mac, setName, dhcp4, dhcp6, addresses, routes, nameserverAddresses,
        searchDomains);
  }

  /** This configuration renaming the matched interface to {@code name}. */
  public Ethernet setName(String name) {
    return new Ethernet(id, matchName, matchMac, name, dhcp4, dhcp6, addresses, routes, nameserverAddresses,
        searchDomains);
  }

  /** This configuration using DHCP for IPv4 and, when {@code ipv6}, for IPv6. */
  public Ethernet dhcp(boolean ipv4, boolean ipv6) {
    return new Ethernet(id, matchName, matchMac, setName, ipv4, ipv6, addresses, routes, nameserverAddresses,
        searchDomains);
  }

  /** This configuration with one more static address. */
  public Ethernet address(Cidr address) {
    var next = new ArrayList<>(addresses);
    next.add(address);
    return new Ethernet(id, matchName, matchMac, setName, dhcp4, dhcp6, next, routes, nameserverAddresses,
        searchDomains);
  }

  /** This configuration with one more route. */
  public Ethernet route(Route route) {
    var next = new ArrayList<>(routes);
    next.add(route);
    return new Ethernet(id, matchName, matchMac, setName, dhcp4, dhcp6, addresses, next, nameserverAddresses,
        searchDomains);
  }

  /** This configuration with the DNS servers and search domains given. */
  public Ethernet nameservers(List<IpAddress> servers, List<String> search) {
    return new Ethernet(id, matchName, matchMac, setName, dhcp4, dhcp6, addresses, routes, servers, search);
  }

  @Override
  public void validate(Path at, Problems problems) {
    if (!ID.matcher(id).matches()) {
      problems.error(at.field("id"), Names.describe(id) + " is not an interface name (1 to 15 letters, digits,"
          + " \"-\", \"_\" or \".\")");
    }
    if (matchMac != null) {
      matchMac.validate(at.field("matchMac"), problems);
    }
    if (setName != null && matchName == null && matchMac == null) {
      problems.error(at.field("setName"), "renaming an interface needs a match on its name or MAC address");
    }
    for (int i = 0; i < addresses.size(); i++) {
      addresses.get(i).validate(at.field("addresses", i), problems);
    }
    for (int i = 0; i < routes.size(); i++) {
      routes.get(i).validate(at.field("routes", i), problems);
    }
    for (int i = 0; i < nameserverAddresses.size(); i++) {
      nameserverAddresses.get(i).validate(at.field("nameservers", i), problems);
    }
    if (!Boolean.TRUE.equals(dhcp4) && !Boolean.TRUE.equals(dhcp6) && addresses.isEmpty()) {
      problems.error(at, "the interface gets no address: enable DHCP or give a static address");
    }
  }

  YamlMap toYaml() {
    var b = YamlMap.builder();
    if (matchName != null || matchMac != null) {
      b.put("match", YamlMap.builder()
          .put("name", matchName)
          .put("macaddress", matchMac == null ? null : matchMac.text().toLowerCase(Locale.ROOT))
          .build());
    }
    b.put("set-name", setName).put("dhcp4", dhcp4).put("dhcp6", dhcp6);
    if (!addresses.isEmpty()) {
      b.strings("addresses", addresses.stream().map(Cidr::text).toList());
    }
    if (!routes.isEmpty()) {
      b.put("routes", YamlNode.seq(routes.stream().map(Route::toYaml).toList()));
    }
    if (!nameserverAddresses.isEmpty() || !searchDomains.isEmpty()) {
      var ns = YamlMap.builder();
      if (!nameserverAddresses.isEmpty()) {
        ns.strings("addresses", nameserverAddresses.stream().map(IpAddress::text).toList());
      }
      if (!searchDomains.isEmpty()) {
        ns.strings("search", searchDomains);
      }
      b.put("nameservers", ns.build());
    }
    return b.build();
  }
}
