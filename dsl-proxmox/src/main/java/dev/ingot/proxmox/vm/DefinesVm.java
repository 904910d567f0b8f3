package dev.ingot.proxmox.vm;

import dev.ingot.core.Component;
import dev.ingot.core.Emission;
import dev.ingot.core.Infra;
import dev.ingot.core.ValidationContext;
import dev.ingot.core.value.Secret;
import dev.ingot.proxmox.ProxmoxProvider;
import java.util.List;

/**
 * A component that is a Proxmox VM managed by Terraform: a {@link Vm}, or a template such as a
 * cloud-image template that describes itself as a {@link Vm} marked as template. They share the
 * VM rules (checked at the component's path) and the VM resource in Terraform.
 */
public interface DefinesVm extends Component {
  /** The VM this component is in Proxmox. */
  Vm vm();

  /** Checks the VM and its place in the site: ids, names, addresses, storage, PCI devices, templates. */
  @Override
  default void validate(ValidationContext context) {
    VmRules.validate(this, context);
  }

  /** Its own secrets, and the default provider's token when the site has no provider. */
  @Override
  default List<Secret> secrets(Infra site) {
    return ProxmoxProvider.withDefaultToken(site, secrets());
  }

  /**
   * Adds the VM to {@code templates.tf.json} (templates) or {@code vms.tf.json}, with the image
   * downloads, snippets, variables and outputs it needs.
   */
  @Override
  default void emit(Emission out) {
    VmEmission.emit(this, out);
  }
}
