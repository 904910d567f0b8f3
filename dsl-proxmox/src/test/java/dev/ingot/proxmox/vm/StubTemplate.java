package dev.ingot.proxmox.vm;

import dev.ingot.core.Emission;
import dev.ingot.core.ValidationContext;
import dev.ingot.core.value.Size;
import dev.ingot.proxmox.ProxmoxNode;
import dev.ingot.proxmox.Storage;

/**
 * A stand-in for a golden image built outside Terraform (by Packer), which the golden-image code
 * models: VMs clone it by its literal VM id.
 *
 * @param name the component name and template name
 * @param vmId its VM id
 * @param node its node
 * @param storage its storage
 * @param bios its firmware
 * @param diskSize its system disk
 * @param guestAgent whether it runs the guest agent
 * @param guestInit how clones are configured
 */
public record StubTemplate(String name, VmId vmId, ProxmoxNode node, Storage storage, Bios bios, Size diskSize,
    boolean guestAgent, GuestInit guestInit) implements VmTemplate {
  /** A Debian golden image with the agent, on {@code node} and {@code storage}, id 9100, 16 GiB, SeaBIOS. */
  public static StubTemplate golden(ProxmoxNode node, Storage storage) {
    return new StubTemplate("debian-golden", VmId.of(9100), node, storage, Bios.SEABIOS, Size.gib(16), true,
        GuestInit.CLOUD_INIT);
  }

  /** This template configured by {@code guestInit}. */
  public StubTemplate guestInit(GuestInit guestInit) {
    return new StubTemplate(name, vmId, node, storage, bios, diskSize, guestAgent, guestInit);
  }

  @Override
  public String templateName() {
    return name;
  }

  @Override
  public String kind() {
    return "golden image";
  }

  @Override
  public void validate(ValidationContext context) {
    context.requirePresent(path().field("node"), node);
  }

  @Override
  public void emit(Emission out) {
    // built by Packer, outside Terraform
  }
}
