package dev.ingot.proxmox.host;

import dev.ingot.core.ansible.Task;
import java.util.Objects;

/**
 * A way to tell, from the running host, that a setting waits for a reboot: a read-only probe and a
 * Jinja condition on its result. The play ends with one message naming every pending reason, so a
 * second run still says so until the node has been rebooted.
 *
 * @param probe the read-only task that registers what the condition reads, or null when an
 *     earlier task already registered it
 * @param pending a Jinja expression (without braces) that is true while a reboot is needed
 * @param reason what the reboot applies, e.g. {@code the ZFS ARC maximum}
 */
public record RebootCheck(Task probe, String pending, String reason) {
  /** Checks for null. */
  public RebootCheck {
    Objects.requireNonNull(pending, "pending");
    Objects.requireNonNull(reason, "reason");
  }
}
