package dev.ingot.examples.badinput;

import static dev.ingot.examples.badinput.BadInput.bad;
import static dev.ingot.examples.badinput.Fixture.GPU;
import static dev.ingot.examples.badinput.Fixture.PVE;
import static dev.ingot.examples.badinput.Fixture.TANK;
import static dev.ingot.examples.badinput.Fixture.UTIL;
import static dev.ingot.examples.badinput.Fixture.site;

import dev.ingot.core.Infra;
import dev.ingot.core.value.Size;
import dev.ingot.proxmox.vm.Vm;
import java.util.List;

/** The site itself: its name, its components, names that cannot become file or resource names. */
final class SiteCases {
  private SiteCases() {}

  /** The cases of this area, each with every problem it must report. */
  static List<BadInput> cases() {
    return List.of(
        bad("the site name climbs out of the output directory", () -> Infra.named("../x").with(PVE, TANK), """
            error: infra "../x": "../x" is not a valid name: use 1 to 63 lower-case letters, digits and hyphens, \
            starting and ending with a letter or digit
            """),
        bad("the site name has a space and upper case", () -> Infra.named("Home Lab").with(PVE, TANK), """
            error: infra "Home Lab": "Home Lab" is not a valid name: use 1 to 63 lower-case letters, digits and \
            hyphens, starting and ending with a letter or digit
            """),
        bad("the site name has a slash", () -> Infra.named("home/lab").with(PVE, TANK), """
            error: infra "home/lab": "home/lab" is not a valid name: use 1 to 63 lower-case letters, digits and \
            hyphens, starting and ending with a letter or digit
            """),
        bad("the site has no components", () -> Infra.named("homelab"), """
            error: infra "homelab": the site has no components; add some with Infra.with(…)
            """),
        bad("a node is added twice", () -> Infra.named("homelab").with(PVE, TANK, PVE), """
            error: node "pve": node "pve" is defined twice (components 0 and 2 of infra "homelab")
            """),
        bad("a VM is added twice with different settings", () -> site(UTIL, UTIL.memory(Size.gib(8))), """
            error: vm "util": vm "util" is defined twice (components 3 and 4 of infra "homelab")
            """),
        bad("a VM name has a non-ASCII letter", () -> site(vm("naïve")), """
            error: vm "naïve" › name: "naïve" is not a valid name: use 1 to 63 lower-case letters, digits and hyphens, \
            starting and ending with a letter or digit
            """),
        bad("a VM name is a path", () -> site(vm("vms/util")), """
            error: vm "vms/util" › name: "vms/util" is not a valid name: use 1 to 63 lower-case letters, digits and \
            hyphens, starting and ending with a letter or digit
            """),
        bad("a VM name has upper case and an underscore", () -> site(vm("Util_1")), """
            error: vm "Util_1" › name: "Util_1" is not a valid name: use 1 to 63 lower-case letters, digits and \
            hyphens, starting and ending with a letter or digit
            """),
        bad("a VM name is longer than a DNS label", () -> site(vm("u".repeat(64))), """
            error: vm "uuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuu" › name: \
            "uuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuu" is not a valid name: use 1 to 63 \
            lower-case letters, digits and hyphens, starting and ending with a letter or digit
            """),
        bad("a VM name is empty", () -> site(vm("")), """
            error: vm "" › name: "" is not a valid name: use 1 to 63 lower-case letters, digits and hyphens, starting \
            and ending with a letter or digit
            """),
        bad("the node and GPU are missing from the site",
            () -> Infra.named("homelab").with(TANK, UTIL.passthrough(GPU)), """
            error: zfs pool "tank" › node: node "pve" is not part of infra "homelab"; add it with Infra.with(…)
            error: vm "util" › node: node "pve" is not part of infra "homelab"; add it with Infra.with(…)
            error: vm "util" › passthrough[0]: pci device "pve/0000:01:00" is not part of infra "homelab"; add it with \
            Infra.with(…)
            """));
  }

  /** A valid VM called {@code name}, apart from its name. */
  private static Vm vm(String name) {
    return Vm.named(name).on(PVE).vmId(300).memory(Size.gib(2)).disk(TANK, Size.gib(16));
  }
}
