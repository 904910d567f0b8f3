package dev.ingot.core.testing;

import dev.ingot.core.generate.ArtifactSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * AssertJ assertions on the files Ingot generates. Every assertion throws an {@link AssertionError}
 * whose message gives the full path of what was looked up and, when it is missing, the closest
 * names that do exist:
 *
 * <pre>{@code
 * ArtifactSet files = Generator.of(new Homelab()).generate();
 * assertThat(files).terraform("terraform/homelab")
 *     .hasResource("proxmox_virtual_environment_vm", "homelab_cp_1")
 *     .withAttribute("cpu.type", "host");
 * // no resource proxmox_virtual_environment_vm.homelab_cp_4 in terraform/homelab/*.tf.json;
 * //   closest: homelab_cp_1, homelab_cp_2, homelab_cp_3
 * // resource proxmox_virtual_environment_vm.homelab_cp_1 in terraform/homelab/vms.tf.json:
 * //   cpu.type is "kvm64", expected "host"
 * }</pre>
 *
 * <p><b>Paths</b> into a Terraform block, Packer block or YAML document are keys separated by dots
 * ({@code cpu.type}; a key that contains dots, such as {@code ansible.builtin.copy}, is matched
 * as a whole, the longest key first), list indexes ({@code disk[1]}), quoted keys
 * ({@code ["nvidia.com/gpu.present"]}) and selectors that pick the first list element with a
 * given value ({@code tasks[name=Reboot]}). A block that occurs once is the same as a
 * one-element list, so {@code efi_disk[0].type} and {@code efi_disk.type} are equivalent.
 *
 * <p>AssertJ is an optional dependency of Ingot: add {@code org.assertj:assertj-core} to your test
 * scope to use these assertions.
 */
public final class IngotAssertions {
  private IngotAssertions() {}

  /** Assertions on {@code files}, e.g. the result of {@code Generator.generate()}. */
  public static ArtifactSetAssert assertThat(ArtifactSet files) {
    return new ArtifactSetAssert(files);
  }

  /**
   * Assertions on the files under {@code dir} (e.g. a committed {@code generated/} tree), read
   * with their paths relative to {@code dir}.
   *
   * @throws UncheckedIOException when the directory cannot be read
   * @throws IllegalArgumentException when a file's path is not one Ingot could have generated
   */
  public static ArtifactSetAssert assertThatDirectory(Path dir) {
    ArtifactSet.Builder files = ArtifactSet.builder();
    try (Stream<Path> walk = Files.walk(dir)) {
      List<Path> regular = walk.filter(Files::isRegularFile).sorted().toList();
      for (Path file : regular) {
        files.add(dir.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + dir, e);
    }
    return new ArtifactSetAssert(files.build());
  }
}
