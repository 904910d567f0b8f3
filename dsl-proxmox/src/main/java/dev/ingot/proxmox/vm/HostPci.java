package dev.ingot.proxmox.vm;

import dev.ingot.proxmox.pci.PciDevice;
import java.util.Objects;

/**
 * A PCI device of the node passed through to a VM, by its resource mapping.
 *
 * @param device the device, with all its functions
 * @param pcie whether it sits on a PCIe port (q35 only), or null for yes on q35 and no otherwise
 * @param primaryGpu whether it is the VM's primary GPU ({@code x-vga}); the emulated display is then ignored
 * @param rombar whether the guest sees the device's option ROM
 */
public record HostPci(PciDevice device, Boolean pcie, boolean primaryGpu, boolean rombar) {
  /** Checks for null. */
  public HostPci {
    Objects.requireNonNull(device, "device");
  }

  /** {@code device} with its ROM visible, not the primary GPU, on a PCIe port when the machine is q35. */
  public static HostPci of(PciDevice device) {
    return new HostPci(device, null, false, true);
  }

  /** This passthrough on a PCIe ({@code true}) or plain PCI port. */
  public HostPci pcie(boolean pcie) {
    return new HostPci(device, pcie, primaryGpu, rombar);
  }

  /** This passthrough as the VM's primary GPU ({@code true}) or a secondary device. */
  public HostPci primaryGpu(boolean primaryGpu) {
    return new HostPci(device, pcie, primaryGpu, rombar);
  }

  /** This passthrough with the device's option ROM visible ({@code true}) or hidden. */
  public HostPci rombar(boolean rombar) {
    return new HostPci(device, pcie, primaryGpu, rombar);
  }

  /** Whether the device sits on a PCIe port in a VM of machine type {@code machine}. */
  public boolean pcieOn(Machine machine) {
    return pcie != null ? pcie : machine == Machine.Q35;
  }
}
