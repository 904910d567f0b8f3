package dev.ingot.proxmox.image;

import dev.ingot.core.value.Size;
import dev.ingot.proxmox.vm.Bios;
import java.util.Objects;

/**
 * The build VM of a golden image, which becomes the template: its system disk, CPU, RAM, network and
 * firmware.
 *
 * @param diskSize the system disk
 * @param cores CPU cores
 * @param memory RAM
 * @param bridge the Linux bridge of its NIC
 * @param vlan the VLAN tag of its NIC, or null for untagged
 * @param bios the firmware
 * @param tpm whether it has a TPM v2.0
 */
public record Hardware(Size diskSize, int cores, Size memory, String bridge, Integer vlan, Bios bios, boolean tpm) {
  /** Checks for null. */
  public Hardware {
    Objects.requireNonNull(diskSize, "diskSize");
    Objects.requireNonNull(memory, "memory");
    Objects.requireNonNull(bridge, "bridge");
    Objects.requireNonNull(bios, "bios");
  }

  /** What {@code recipe} needs by default: its disk and RAM, two cores (four for Windows), UEFI, a TPM for Windows. */
  static Hardware defaults(OsRecipe recipe) {
    return new Hardware(recipe.sizes().defaultDisk(), recipe.windows() ? 4 : 2, recipe.sizes().defaultMemory(),
        "vmbr0", null, Bios.OVMF, recipe.windows());
  }

  Hardware diskSize(Size size) {
    return new Hardware(size, cores, memory, bridge, vlan, bios, tpm);
  }

  Hardware cores(int count) {
    return new Hardware(diskSize, count, memory, bridge, vlan, bios, tpm);
  }

  Hardware memory(Size size) {
    return new Hardware(diskSize, cores, size, bridge, vlan, bios, tpm);
  }

  Hardware network(String bridgeName, Integer tag) {
    return new Hardware(diskSize, cores, memory, bridgeName, tag, bios, tpm);
  }

  Hardware bios(Bios firmware) {
    return new Hardware(diskSize, cores, memory, bridge, vlan, firmware, tpm);
  }

  Hardware tpm(boolean present) {
    return new Hardware(diskSize, cores, memory, bridge, vlan, bios, present);
  }
}
