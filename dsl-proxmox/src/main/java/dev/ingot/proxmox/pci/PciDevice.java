package dev.ingot.proxmox.pci;

import dev.ingot.core.Component;
import dev.ingot.core.Emission;
import dev.ingot.core.Infra;
import dev.ingot.core.ValidationContext;
import dev.ingot.core.value.Secret;
import dev.ingot.proxmox.ProxmoxNode;
import dev.ingot.proxmox.ProxmoxProvider;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A PCI device of a node passed through to VMs: its address, the ids of all its functions, and the
 * cluster resource mapping VMs use it by.
 *
 * <pre>{@code
 * PciDevice.at("0000:01:00").on(pve)
 *     .functions("10de:27b2", "10de:22bc")   // the GPU and its audio function
 *     .mapping("rtx4000")
 * }</pre>
 *
 * <p>The host playbook binds the functions to {@code vfio-pci} ({@code options vfio-pci ids=…}),
 * makes the host drivers that would claim them load after {@code vfio-pci} ({@code softdep}) and
 * blacklists the GPU drivers the host never needs. For NVIDIA devices those default to
 * {@code nouveau}, {@code nvidia} and {@code snd_hda_intel} (blacklisting {@code nouveau} and
 * {@code nvidia}); for AMD GPUs to {@code amdgpu}, {@code radeon} and {@code snd_hda_intel}
 * (blacklisting none, as the host may have an AMD integrated GPU).
 *
 * <p>VMs refer to the device through {@link #mapping()}: with an API token, Proxmox only lets
 * VMs use mapped devices.
 *
 * @param address the device ({@code 0000:01:00}) or function ({@code 0000:01:00.0}) address
 * @param node the node the device is in
 * @param functions the vendor:device id of every function, function 0 first
 * @param mapping the name of the cluster resource mapping, or null for none
 * @param bindVfio whether the host binds the functions to vfio-pci at boot
 * @param hostDrivers the drivers that load after vfio-pci, or null for the vendor's defaults
 * @param blacklist the drivers the host never loads, or null for the vendor's defaults
 * @param iommuGroup the IOMMU group Proxmox expects the device in, or null when not known yet
 * @param subsystemId the subsystem vendor:device id Proxmox expects, or null when not known yet
 */
public record PciDevice(PciAddress address, ProxmoxNode node, List<PciId> functions, String mapping,
    boolean bindVfio, List<String> hostDrivers, List<String> blacklist, Integer iommuGroup, PciId subsystemId)
    implements Component {
  private static final String NVIDIA = "10de";
  private static final String AMD = "1002";

  /** Checks for null and copies the lists. */
  public PciDevice {
    Objects.requireNonNull(address, "address");
    functions = List.copyOf(functions);
    hostDrivers = hostDrivers == null ? null : List.copyOf(hostDrivers);
    blacklist = blacklist == null ? null : List.copyOf(blacklist);
  }

  /** The device or function at {@code address}, e.g. {@code "0000:01:00"} for all functions of a GPU. */
  public static PciDevice at(String address) {
    return new PciDevice(PciAddress.of(address), null, List.of(), null, true, null, null, null, null);
  }

  /** This device in {@code node}. */
  public PciDevice on(ProxmoxNode node) {
    return new PciDevice(address, node, functions, mapping, bindVfio, hostDrivers, blacklist, iommuGroup,
        subsystemId);
  }

  /** This device with functions of the given vendor:device ids, function 0 first. */
  public PciDevice functions(String... ids) {
    return new PciDevice(address, node, Arrays.stream(ids).map(PciId::of).toList(), mapping, bindVfio, hostDrivers,
        blacklist, iommuGroup, subsystemId);
  }

  /** This device in the cluster resource mapping {@code name}, the name VMs use it by. */
  public PciDevice mapping(String name) {
    return new PciDevice(address, node, functions, name, bindVfio, hostDrivers, blacklist, iommuGroup, subsystemId);
  }

  /** This device bound to vfio-pci at boot ({@code true}, the default) or left to the host's drivers. */
  public PciDevice bindVfio(boolean bindVfio) {
    return new PciDevice(address, node, functions, mapping, bindVfio, hostDrivers, blacklist, iommuGroup,
        subsystemId);
  }

  /** This device with {@code drivers} loading after vfio-pci instead of the vendor's defaults; empty for none. */
  public PciDevice hostDrivers(List<String> drivers) {
    return new PciDevice(address, node, functions, mapping, bindVfio, drivers, blacklist, iommuGroup, subsystemId);
  }

  /** This device with {@code drivers} blacklisted on the host instead of the vendor's defaults; empty for none. */
  public PciDevice blacklist(List<String> drivers) {
    return new PciDevice(address, node, functions, mapping, bindVfio, hostDrivers, drivers, iommuGroup, subsystemId);
  }

  /** This device in IOMMU group {@code group}, as {@code pvesh get /nodes/<node>/hardware/pci} shows it. */
  public PciDevice iommuGroup(int group) {
    return new PciDevice(address, node, functions, mapping, bindVfio, hostDrivers, blacklist, group, subsystemId);
  }

  /** This device with subsystem id {@code id} (of function 0), as {@code lspci -nnv} shows it. */
  public PciDevice subsystemId(String id) {
    return new PciDevice(address, node, functions, mapping, bindVfio, hostDrivers, blacklist, iommuGroup,
        PciId.of(id));
  }

  /** The drivers that load after vfio-pci: the ones given, else the vendor's defaults. */
  @Override
  public List<String> hostDrivers() {
    if (hostDrivers != null) {
      return hostDrivers;
    }
    return switch (vendor()) {
      case NVIDIA -> List.of("nouveau", "nvidia", "snd_hda_intel");
      case AMD -> List.of("amdgpu", "radeon", "snd_hda_intel");
      default -> List.of();
    };
  }

  /** The drivers the host never loads: the ones given, else the vendor's defaults. */
  @Override
  public List<String> blacklist() {
    if (blacklist != null) {
      return blacklist;
    }
    return vendor().equals(NVIDIA) ? List.of("nouveau", "nvidia") : List.of();
  }

  private String vendor() {
    return functions.isEmpty() ? "" : functions.get(0).vendor();
  }

  @Override
  public String kind() {
    return "pci device";
  }

  /** {@code <node>/<address>}, e.g. {@code pve/0000:01:00}: the same slot may hold a device on every node. */
  @Override
  public String name() {
    return node == null ? address.text() : node.name() + "/" + address.text();
  }

  /** The default provider's token when the device has a resource mapping and the site has no provider. */
  @Override
  public List<Secret> secrets(Infra site) {
    return mapping == null ? List.of() : ProxmoxProvider.withDefaultToken(site, List.of());
  }

  @Override
  public void validate(ValidationContext context) {
    PciRules.validate(this, context);
  }

  @Override
  public void emit(Emission out) {
    PciEmission.emit(this, out);
  }
}
