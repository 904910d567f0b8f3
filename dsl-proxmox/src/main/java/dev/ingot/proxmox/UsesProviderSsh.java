package dev.ingot.proxmox;

import dev.ingot.core.Component;

/**
 * A component whose Terraform resources need the provider's SSH connection to the nodes, such as
 * an upload of a cloud-init snippet. When one in the site says so, the provider block gets an
 * {@code ssh} block with the address of every node.
 */
public interface UsesProviderSsh extends Component {
  /** True when this component's resources need SSH. */
  boolean usesProviderSsh();
}
