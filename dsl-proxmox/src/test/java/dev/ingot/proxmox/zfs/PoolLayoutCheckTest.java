package dev.ingot.proxmox.zfs;

import static dev.ingot.proxmox.TestSites.NVME_A;
import static dev.ingot.proxmox.TestSites.NVME_B;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ingot.core.ansible.Play;
import dev.ingot.core.ansible.Playbook;
import dev.ingot.core.testsupport.ExternalTool;
import dev.ingot.core.yaml.YamlNode.YamlMap;
import dev.ingot.proxmox.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks of an existing pool, run by {@code ansible-playbook} on this machine against a fake
 * {@code zpool} that prints what OpenZFS prints for {@code zpool list -H -o name} and
 * {@code zpool list -v -H <pool>}: tab-separated, vdev lines starting with a tab, class headers
 * ({@code logs}, {@code cache}, …) padded with spaces and without one.
 */
class PoolLayoutCheckTest {
  private static final String POOL = "tank\t1.81T\t1.20G\t1.81T\t-\t-\t0%\t0%\t1.00x\tONLINE\t-\n";
  private static final String DISK = "\t1.82T\t-\t-\t-\t-\t-\t-\t-\tONLINE\n";
  private static final String MIRROR = "\tmirror-0\t1.81T\t1.20G\t1.81T\t-\t-\t0%\t0.06%\t-\tONLINE\n"
      + "\t" + NVME_A.id() + DISK + "\t" + NVME_B.id() + DISK;

  @TempDir
  Path dir;

  private ExternalTool.Result run(ZfsPool pool, String listing) throws IOException {
    ExternalTool.require("ansible-playbook");
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Files.writeString(bin.resolve("listing"), listing, StandardCharsets.UTF_8);
    Path zpool = bin.resolve("zpool");
    Files.writeString(zpool, """
        #!/bin/sh
        case "$*" in
          "list -H -o name") printf 'tank\\n' ;;
          "list -v -H tank") cat "$(dirname "$0")/listing" ;;
          *) echo "unexpected: zpool $*" >&2; exit 2 ;;
        esac
        """, StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(zpool, PosixFilePermissions.fromString("rwxr-xr-x"));
    var play = new Play("Check pool tank", "localhost", false, false, YamlMap.builder().build(),
        PoolEmission.checks(pool), List.of());
    Files.writeString(dir.resolve("check.yml"), Playbook.of(play).render("# test"), StandardCharsets.UTF_8);
    return ExternalTool.run(dir, "env", "PATH=" + bin + ":" + System.getenv("PATH"), "ANSIBLE_NOCOLOR=1",
        "ansible-playbook", "-i", "localhost,", "-c", "local", "-e", "ansible_python_interpreter=python3",
        "check.yml");
  }

  @Test
  void aPoolWithTheModelsVdevsPasses() throws IOException {
    var result = run(TestSites.tank(TestSites.pve()), POOL + MIRROR);
    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output()).contains("ok: [localhost]").doesNotContain("failed=1");
  }

  @Test
  void logAndCacheDevicesAreNotPartOfTheLayout() throws IOException {
    String classes = "logs      -      -      -        -         -      -      -      -         -\n"
        + "\tnvme-LOG" + DISK
        + "cache      -      -      -        -         -      -      -      -         -\n"
        + "\tnvme-CACHE" + DISK;
    var result = run(TestSites.tank(TestSites.pve()), POOL + MIRROR + classes);
    assertThat(result.exitCode()).as(result.output()).isZero();
  }

  @Test
  void aSingleDiskPoolWhereTheModelHasAMirrorFails() throws IOException {
    var result = run(TestSites.tank(TestSites.pve()), POOL + "\t" + NVME_A.id() + "\t1.81T\t1.20G\t1.81T\t-\t-\t0%"
        + "\t0.06%\t-\tONLINE\n");
    assertThat(result.exitCode()).as(result.output()).isEqualTo(2);
    assertThat(result.output()).contains("pool tank has the vdevs ['" + NVME_A.id() + "'], the model ['mirror-0', '"
        + NVME_A.id() + "', '" + NVME_B.id() + "']: Ingot never reshapes a pool (see docs/guide-zfs.md)");
  }
}
