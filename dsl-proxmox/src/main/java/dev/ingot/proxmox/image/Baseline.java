package dev.ingot.proxmox.image;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a golden image holds besides the operating system, the same on every OS: extra packages, the
 * time zone, locale and keyboard, extra build steps and the Proxmox tags of the template. The fixed
 * part of the baseline (guest agent, cloud-init or cloudbase-init, the admin account, hardened SSH,
 * automatic security updates) is not optional.
 *
 * @param packages extra packages, by the OS's package names
 * @param locale the system locale, e.g. {@code en_US.UTF-8}
 * @param timezone the IANA time zone, e.g. {@code Europe/Berlin}
 * @param keyboard the console keyboard layout, e.g. {@code us}, {@code de}
 * @param steps extra build steps, in order
 * @param tags extra Proxmox tags of the template
 */
public record Baseline(List<String> packages, String locale, String timezone, String keyboard,
    List<ProvisionStep> steps, List<String> tags) {
  /** Copies the lists and checks for null. */
  public Baseline {
    packages = List.copyOf(packages);
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(timezone, "timezone");
    Objects.requireNonNull(keyboard, "keyboard");
    steps = List.copyOf(steps);
    tags = List.copyOf(tags);
  }

  /** No extras, {@code en_US.UTF-8}, UTC and a US keyboard. */
  static Baseline defaults() {
    return new Baseline(List.of(), "en_US.UTF-8", "Etc/UTC", "us", List.of(), List.of());
  }

  Baseline packages(List<String> more) {
    return new Baseline(append(packages, more), locale, timezone, keyboard, steps, tags);
  }

  Baseline locale(String value) {
    return new Baseline(packages, value, timezone, keyboard, steps, tags);
  }

  Baseline timezone(String value) {
    return new Baseline(packages, locale, value, keyboard, steps, tags);
  }

  Baseline keyboard(String value) {
    return new Baseline(packages, locale, timezone, value, steps, tags);
  }

  Baseline step(ProvisionStep step) {
    return new Baseline(packages, locale, timezone, keyboard, append(steps, List.of(step)), tags);
  }

  Baseline tags(List<String> more) {
    return new Baseline(packages, locale, timezone, keyboard, steps, append(tags, more));
  }

  private static <T> List<T> append(List<T> list, List<T> more) {
    var next = new ArrayList<>(list);
    next.addAll(more);
    return next;
  }
}
