package dev.ingot.proxmox.vm;

import dev.ingot.core.validate.Path;
import dev.ingot.core.validate.Problems;
import dev.ingot.core.validate.Validatable;
import java.time.Duration;

/**
 * The QEMU guest agent of a VM. Enable it only when the guest runs {@code qemu-guest-agent}: the
 * provider waits for the agent (up to the timeout) to read the VM's addresses and to shut it down.
 *
 * @param timeout how long the provider waits for the agent, or null for the provider's 15 minutes
 * @param trim whether Proxmox runs {@code fstrim} in the guest after a disk move or clone, or null
 * @param waitForIpv4 whether the provider waits until the agent reports an IPv4 address
 */
public record GuestAgent(Duration timeout, Boolean trim, boolean waitForIpv4) implements Validatable {
  /** The agent with the provider's defaults. */
  public static GuestAgent enabled() {
    return new GuestAgent(null, null, false);
  }

  /** This agent waited for at most {@code timeout}. */
  public GuestAgent timeout(Duration timeout) {
    return new GuestAgent(timeout, trim, waitForIpv4);
  }

  /** This agent trimming disks after a move or clone ({@code true}) or not. */
  public GuestAgent trim(boolean trim) {
    return new GuestAgent(timeout, trim, waitForIpv4);
  }

  /** This agent waited for ({@code true}) until it reports an IPv4 address, so outputs hold one after an apply. */
  public GuestAgent waitForIpv4(boolean waitForIpv4) {
    return new GuestAgent(timeout, trim, waitForIpv4);
  }

  /** The timeout as the Go duration the provider reads ({@code 15m}, {@code 1m30s}, {@code 2h}); null when unset. */
  public String timeoutText() {
    if (timeout == null) {
      return null;
    }
    long seconds = timeout.getSeconds();
    var text = new StringBuilder();
    if (seconds >= 3600) {
      text.append(seconds / 3600).append('h');
    }
    if (seconds % 3600 >= 60) {
      text.append(seconds % 3600 / 60).append('m');
    }
    if (seconds % 60 != 0 || text.length() == 0) {
      text.append(seconds % 60).append('s');
    }
    return text.toString();
  }

  @Override
  public void validate(Path path, Problems problems) {
    if (timeout != null && (timeout.getSeconds() < 1 || timeout.getNano() != 0)) {
      problems.error(path.field("timeout"), "the agent timeout must be a positive whole number of seconds");
    }
  }
}
