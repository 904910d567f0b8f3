package dev.ingot.core.value;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingot.core.validate.Path;
import dev.ingot.core.validate.Problem;
import dev.ingot.core.validate.Problems;
import dev.ingot.core.validate.Validatable;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AddressTest {
  private static final Path AT = Path.of("vm", "util").field("ip");

  @ParameterizedTest
  @ValueSource(strings = {"10.0.10.50", "0.0.0.0", "255.255.255.255", "fd00::50", "::", "::1", "2001:db8::1:0:0:1",
      "1:2:3:4:5:6:7:8", "::ffff:10.0.0.1", "FD00::A"})
  void acceptsAddresses(String text) {
    assertThat(IpAddress.of(text).isValid()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "10.0.10", "10.0.10.256", "10.0.010.1", "1.2.3.4.5", "a.b.c.d", "1:2:3:4:5:6:7:8:9",
      "1::2::3", "12345::", "fd00::g", "10.0.0.1/24", " 10.0.0.1", "::ffff:10.0.0", "1:2:3:4:5:6:7::8:9"})
  void rejectsNonAddresses(String text) {
    assertThat(IpAddress.of(text).isValid()).isFalse();
    assertThat(problems(IpAddress.of(text))).containsExactly(
        Problem.error(AT, "\"" + IpAddress.of(text).text() + "\" is not an IPv4 or IPv6 address"));
  }

  @Test
  void cidrSplitsAddressAndPrefix() {
    Cidr cidr = Cidr.of("10.0.10.50/24");
    assertThat(cidr.isValid()).isTrue();
    assertThat(cidr.address()).isEqualTo(IpAddress.of("10.0.10.50"));
    assertThat(cidr.prefix()).isEqualTo(24);
    assertThat(cidr.contains(IpAddress.of("10.0.10.1"))).isTrue();
    assertThat(cidr.contains(IpAddress.of("10.0.11.1"))).isFalse();
    assertThat(Cidr.of("fd00::50/64").contains(IpAddress.of("fd00::1"))).isTrue();
    assertThat(Cidr.of("10.0.0.1/0").contains(IpAddress.of("192.168.1.1"))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"10.0.10.50", "10.0.10.50/33", "10.0.10.50/", "10.0.10.50/024", "fd00::1/129", "x/24",
      "10.0.10.50/2a"})
  void rejectsMalformedCidrs(String text) {
    assertThat(problems(Cidr.of(text))).containsExactly(
        Problem.error(AT, "\"" + text + "\" is not an address with a prefix length, like 10.0.10.50/24"));
  }

  @Test
  void macAddressesAreUpperCasedAndChecked() {
    assertThat(MacAddress.of("bc:24:11:00:00:01")).hasToString("BC:24:11:00:00:01");
    assertThat(problems(MacAddress.of("BC:24:11:00:00:01"))).isEmpty();
    assertThat(problems(MacAddress.of("bc-24-11-00-00-01"))).containsExactly(
        Problem.error(AT, "\"BC-24-11-00-00-01\" is not a MAC address like BC:24:11:00:00:01"));
    assertThat(problems(MacAddress.of("01:00:5E:00:00:01"))).containsExactly(
        Problem.error(AT, "01:00:5E:00:00:01 is a multicast address and cannot be given to a network device"));
  }

  private static List<Problem> problems(Validatable value) {
    var problems = new Problems();
    value.validate(AT, problems);
    return problems.report().problems();
  }
}
