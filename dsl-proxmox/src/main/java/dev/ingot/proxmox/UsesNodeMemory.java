package dev.ingot.proxmox;

import dev.ingot.core.Component;
import dev.ingot.core.value.Size;

/**
 * A component that takes RAM from a Proxmox node, such as a VM. The node warns when these
 * components and the ZFS ARC maximum together need more RAM than it has.
 *
 * <p>A record with {@code node} and {@code memory} components implements it without further code.
 */
public interface UsesNodeMemory extends Component {
  /** The node whose RAM it takes. */
  ProxmoxNode node();

  /** The most RAM it takes; null when not set (validation reports that elsewhere). */
  Size memory();
}
