package dev.ingot.proxmox.vm;

import dev.ingot.core.validate.Path;
import dev.ingot.core.validate.Problems;
import dev.ingot.core.validate.Validatable;
import dev.ingot.core.value.Names;
import java.util.Objects;
import java.util.Set;

/**
 * The virtual CPUs of a VM: the CPU model the guest sees, cores per socket, sockets, and whether
 * the guest sees the NUMA topology.
 *
 * @param type the CPU model, {@code host} unless set (the host's CPU, fastest, but no live
 *     migration to other CPU models)
 * @param cores cores per socket (1 to 2304)
 * @param sockets sockets (1 to 16)
 * @param numa whether the guest sees NUMA nodes
 */
public record Cpu(String type, int cores, int sockets, boolean numa) implements Validatable {
  /** The CPU model that passes the host's CPU through. */
  public static final String HOST = "host";
  /** The most cores per socket bpg/proxmox accepts. */
  public static final int MAX_CORES = 2304;
  /** The most sockets bpg/proxmox accepts. */
  public static final int MAX_SOCKETS = 16;

  /**
   * The CPU models bpg/proxmox 0.111.1 accepts ({@code CPUTypeValidator} in
   * {@code proxmoxtf/resource/vm/validators.go}), leaving out its {@code custom-<name>} models.
   */
  static final Set<String> TYPES = Set.of("486", "Broadwell", "Broadwell-IBRS", "Broadwell-noTSX",
      "Broadwell-noTSX-IBRS", "Cascadelake-Server", "Cascadelake-Server-noTSX", "Cascadelake-Server-v2",
      "Cascadelake-Server-v4", "Cascadelake-Server-v5", "Conroe", "Cooperlake", "Cooperlake-v2", "EPYC", "EPYC-Genoa",
      "EPYC-IBPB", "EPYC-Milan", "EPYC-Rome", "EPYC-Rome-v2", "EPYC-Rome-v3", "EPYC-Rome-v4", "EPYC-v3", "EPYC-v4",
      "Haswell", "Haswell-IBRS", "Haswell-noTSX", "Haswell-noTSX-IBRS", "Icelake-Client", "Icelake-Client-noTSX",
      "Icelake-Server", "Icelake-Server-noTSX", "Icelake-Server-v3", "Icelake-Server-v4", "Icelake-Server-v5",
      "Icelake-Server-v6", "IvyBridge", "IvyBridge-IBRS", "KnightsMill", "Nehalem", "Nehalem-IBRS", "Opteron_G1",
      "Opteron_G2", "Opteron_G3", "Opteron_G4", "Opteron_G5", "Penryn", "SandyBridge", "SandyBridge-IBRS",
      "SapphireRapids", "Skylake-Client", "Skylake-Client-IBRS", "Skylake-Client-noTSX-IBRS", "Skylake-Client-v4",
      "Skylake-Server", "Skylake-Server-IBRS", "Skylake-Server-noTSX-IBRS", "Skylake-Server-v4", "Skylake-Server-v5",
      "Westmere", "Westmere-IBRS", "athlon", "core2duo", "coreduo", "host", "kvm32", "kvm64", "max", "pentium",
      "pentium2", "pentium3", "phenom", "qemu32", "qemu64", "x86-64-v2", "x86-64-v2-AES", "x86-64-v3", "x86-64-v4");

  /** Checks for null. */
  public Cpu {
    Objects.requireNonNull(type, "type");
  }

  /** One socket with one core of type {@code host}, without NUMA. */
  public static Cpu host() {
    return new Cpu(HOST, 1, 1, false);
  }

  /** This CPU as model {@code type}, e.g. {@code x86-64-v3} for VMs that migrate between different hosts. */
  public Cpu type(String type) {
    return new Cpu(type, cores, sockets, numa);
  }

  /** This CPU with {@code cores} cores per socket. */
  public Cpu cores(int cores) {
    return new Cpu(type, cores, sockets, numa);
  }

  /** This CPU with {@code sockets} sockets. */
  public Cpu sockets(int sockets) {
    return new Cpu(type, cores, sockets, numa);
  }

  /** This CPU with the NUMA topology shown to the guest ({@code true}) or hidden. */
  public Cpu numa(boolean numa) {
    return new Cpu(type, cores, sockets, numa);
  }

  @Override
  public void validate(Path path, Problems problems) {
    if (!TYPES.contains(type)) {
      problems.error(path.field("type"), Names.describe(type) + " is not a CPU model bpg/proxmox knows, such as host,"
          + " x86-64-v2-AES, x86-64-v3 or EPYC-Genoa");
    }
    if (cores < 1 || cores > MAX_CORES) {
      problems.error(path.field("cores"), cores + " cores per socket is outside 1 to " + MAX_CORES);
    }
    if (sockets < 1 || sockets > MAX_SOCKETS) {
      problems.error(path.field("sockets"), sockets + " sockets is outside 1 to " + MAX_SOCKETS);
    }
  }
}
