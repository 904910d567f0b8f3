package dev.ingot.proxmox.vm;

import java.util.Objects;

/**
 * Where a VM comes from when it is a clone of a template.
 *
 * @param template the template
 * @param full whether the disks are copied ({@code true}) or linked to the template's (a linked
 *     clone starts at once but stays on the template's storage)
 */
public record Clone(VmTemplate template, boolean full) {
  /** Checks for null. */
  public Clone {
    Objects.requireNonNull(template, "template");
  }
}
