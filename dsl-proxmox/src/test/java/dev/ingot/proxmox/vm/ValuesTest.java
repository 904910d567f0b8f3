package dev.ingot.proxmox.vm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingot.core.validate.Path;
import dev.ingot.core.validate.Problems;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The small values of a VM on their own. */
class ValuesTest {
  private static final Path AT = Path.of("vm", "a");

  @Test
  void agentTimeoutsAreGoDurations() {
    assertThat(GuestAgent.enabled().timeoutText()).isNull();
    assertThat(GuestAgent.enabled().timeout(Duration.ofMinutes(15)).timeoutText()).isEqualTo("15m");
    assertThat(GuestAgent.enabled().timeout(Duration.ofSeconds(90)).timeoutText()).isEqualTo("1m30s");
    assertThat(GuestAgent.enabled().timeout(Duration.ofHours(2)).timeoutText()).isEqualTo("2h");
    assertThat(GuestAgent.enabled().timeout(Duration.ofSeconds(3_601)).timeoutText()).isEqualTo("1h1s");
    assertThat(GuestAgent.enabled().timeout(Duration.ofSeconds(45)).timeoutText()).isEqualTo("45s");
  }

  @Test
  void diskInterfacesAreBusAndIndex() {
    assertThat(VmDisk.scsi(3).interfaceName()).isEqualTo("scsi3");
    assertThat(VmDisk.virtio(0).interfaceName()).isEqualTo("virtio0");
    assertThat(VmDisk.sata(5).interfaceName()).isEqualTo("sata5");
  }

  @Test
  void aGatewayOnANewDeviceIsKeptWhenTheAddressFollows() {
    NetworkDevice nic = NetworkDevice.bridge("vmbr0").gateway("10.0.10.1").ip("10.0.10.50/24");
    assertThat(nic.ipv4()).isEqualTo(IpConfig.of("10.0.10.50/24").gateway("10.0.10.1"));
    assertThat(nic.ip("10.0.10.51/24").ipv4().gateway().text()).isEqualTo("10.0.10.1");
    assertThat(nic.dhcp().ipv4().addressText()).isEqualTo("dhcp");
  }

  @Test
  void imageNamesAndUrlsAreChecked() {
    var problems = new Problems();
    CloudImage.of("Debian 13", "ftp://mirror/debian.qcow2").checksum(ChecksumAlgorithm.MD5, "0".repeat(32))
        .validate(AT, problems);
    assertThat(problems.report().problems().stream().map(Object::toString).toList()).isEqualTo(List.of(
        "vm \"a\" › name: \"Debian 13\" is not an image name: use lower-case letters, digits, \".\" and \"-\","
            + " starting and ending with a letter or digit",
        "vm \"a\" › url: \"ftp://mirror/debian.qcow2\" is not an http(s) URL of a file"));
  }

  @Test
  void downloadsAreNamedAfterImageAndNode() {
    assertThat(CloudImage.ubuntu2404().resourceName("pve-2")).isEqualTo("ubuntu_24_04_pve_2");
    assertThat(CloudImage.debian13().fileName()).isEqualTo("debian-13-genericcloud-amd64-20260712-2537.qcow2");
  }
}
