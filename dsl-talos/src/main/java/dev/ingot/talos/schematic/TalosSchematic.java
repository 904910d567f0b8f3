package dev.ingot.talos.schematic;

import dev.ingot.core.Emission;
import dev.ingot.core.ValidationContext;
import dev.ingot.core.validate.Path;
import dev.ingot.core.validate.Problems;
import dev.ingot.core.validate.Validatable;
import dev.ingot.core.yaml.GoYamlWriter;
import dev.ingot.talos.TalosVersion;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * A Talos Image Factory schematic: the system extensions, kernel arguments, META values, overlay
 * and boot settings baked into a Talos image, with its ID computed offline, exactly as the Image
 * Factory computes it. It also says which images it is for (Talos release, platform,
 * architecture, secure boot, factory), which decides the image URLs and what validation checks.
 *
 * <pre>{@code
 * var base = TalosSchematic.with(QEMU_GUEST_AGENT, ISCSI_TOOLS, UTIL_LINUX_TOOLS).named("base");
 * var gpu = base.plus(NVIDIA_OPEN_GPU_KERNEL_MODULES_PRODUCTION, NVIDIA_CONTAINER_TOOLKIT_PRODUCTION).named("gpu");
 * gpu.id();                 // SHA-256 of the canonical YAML
 * gpu.urls().installer();   // factory.talos.dev/metal-installer/<id>:v1.13.9
 * }</pre>
 *
 * <p><b>Order.</b> The canonical form lists the system extensions sorted by name, as the Image
 * Factory's web wizard does (the Factory itself keeps the order it is given, and the order
 * changes the ID): the same set of extensions always has the same ID, and it is the ID the
 * Factory's web page shows for it. Kernel arguments and META values keep the order they were
 * given in, because the kernel reads its arguments in order.
 *
 * <p>Added to an {@code Infra}, a schematic validates itself and writes
 * {@code talos/schematics/<name>.yaml}, whose bytes are the canonical YAML (so {@code sha256sum}
 * of the file is the ID; the file has no generated-file header for that reason).
 *
 * @param name the file name, a DNS label; null for a name derived from the ID (see {@link #name()})
 * @param extensions the official system extensions, in the order given
 * @param extraKernelArgs extra kernel arguments, one per element, in kernel order
 * @param meta initial META values, in the order given
 * @param overlay the board overlay, or null
 * @param bootLoader the boot loader, or null for the Talos release's default
 * @param secureBoot secure boot images and settings
 * @param sectorSize the sector size of disk images in bytes (512 or 4096), or null for 512
 * @param talosVersion the Talos release the images are for; extension names are checked against it
 * @param platform the platform the images are for
 * @param arch the architecture the images are for
 * @param factory the Image Factory that serves the images
 */
public record TalosSchematic(
    String name,
    List<SystemExtension> extensions,
    List<String> extraKernelArgs,
    List<MetaValue> meta,
    Overlay overlay,
    BootLoader bootLoader,
    SecureBoot secureBoot,
    Integer sectorSize,
    TalosVersion talosVersion,
    TalosPlatform platform,
    Architecture arch,
    ImageFactory factory) implements WritesSchematics, Validatable {
  private static final String KIND = "talos schematic";

  /** Copies the lists and checks for null. */
  public TalosSchematic {
    extensions = List.copyOf(extensions);
    extraKernelArgs = List.copyOf(extraKernelArgs);
    meta = List.copyOf(meta);
    Objects.requireNonNull(secureBoot, "secureBoot");
    Objects.requireNonNull(talosVersion, "talosVersion");
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(arch, "arch");
    Objects.requireNonNull(factory, "factory");
  }

  /**
   * The vanilla schematic (ID {@code 376567988ad370138ad8b2698212367b8edcb69b5fd68c80be1f2ec7d603b4ba}):
   * no customization, Talos {@link TalosVersion#DEFAULT}, metal, amd64, the public factory.
   */
  public static TalosSchematic vanilla() {
    return new TalosSchematic(null, List.of(), List.of(), List.of(), null, null, SecureBoot.OFF, null,
        TalosVersion.DEFAULT, TalosPlatform.METAL, Architecture.AMD64, ImageFactory.PUBLIC);
  }

  /** The vanilla schematic with these system extensions. */
  public static TalosSchematic with(SystemExtension... extensions) {
    return vanilla().plus(extensions);
  }

  /** This schematic named {@code name}, which names its file {@code talos/schematics/<name>.yaml}. */
  public TalosSchematic named(String name) {
    return new TalosSchematic(Objects.requireNonNull(name, "name"), extensions, extraKernelArgs, meta, overlay,
        bootLoader, secureBoot, sectorSize, talosVersion, platform, arch, factory);
  }

  /** This schematic with more system extensions; it keeps its name, so name a derived schematic anew. */
  public TalosSchematic plus(SystemExtension... more) {
    var next = new ArrayList<>(extensions);
    next.addAll(Arrays.asList(more));
    return new TalosSchematic(name, next, extraKernelArgs, meta, overlay, bootLoader, secureBoot, sectorSize,
        talosVersion, platform, arch, factory);
  }

  /** This schematic with more kernel arguments, one per parameter ({@code "net.ifnames=0"}), appended. */
  public TalosSchematic kernelArgs(String... args) {
    var next = new ArrayList<>(extraKernelArgs);
    next.addAll(Arrays.asList(args));
    return new TalosSchematic(name, extensions, next, meta, overlay, bootLoader, secureBoot, sectorSize,
        talosVersion, platform, arch, factory);
  }

  /** This schematic with one more META value. */
  public TalosSchematic meta(int key, String value) {
    var next = new ArrayList<>(meta);
    next.add(new MetaValue(key, value));
    return new TalosSchematic(name, extensions, extraKernelArgs, next, overlay, bootLoader, secureBoot, sectorSize,
        talosVersion, platform, arch, factory);
  }

  /** This schematic with a board overlay. */
  public TalosSchematic overlay(Overlay board) {
    return new TalosSchematic(name, extensions, extraKernelArgs, meta, board, bootLoader, secureBoot, sectorSize,
        talosVersion, platform, arch, factory);
  }

  /** This schematic with the given boot loader. */
  public TalosSchematic bootLoader(BootLoader loader) {
    return new TalosSchematic(name, extensions, extraKernelArgs, meta, overlay, loader, secureBoot, sectorSize,
        talosVersion, platform, arch, factory);
  }

  /** This schematic with these secure boot settings, e.g. {@code SecureBoot.on()}. */
  public TalosSchematic secureBoot(SecureBoot settings) {
    return new TalosSchematic(name, extensions, extraKernelArgs, meta, overlay, bootLoader, settings, sectorSize,
        talosVersion, platform, arch, factory);
  }

  /** This schematic with disk images of {@code bytes}-byte sectors (512 or 4096). */
  public TalosSchematic sectorSize(int bytes) {
    return new TalosSchematic(name, extensions, extraKernelArgs, meta, overlay, bootLoader, secureBoot, bytes,
        talosVersion, platform, arch, factory);
  }

  /** This schematic for another Talos release. */
  public TalosSchematic talos(TalosVersion version) {
    return new TalosSchematic(name, extensions, extraKernelArgs, meta, overlay, bootLoader, secureBoot, sectorSize,
        version, platform, arch, factory);
  }

  /** This schematic for another Talos release, e.g. {@code "v1.12.11"}. */
  public TalosSchematic talos(String version) {
    return talos(TalosVersion.of(version));
  }

  /** This schematic for images of another platform. */
  public TalosSchematic platform(TalosPlatform target) {
    return new TalosSchematic(name, extensions, extraKernelArgs, meta, overlay, bootLoader, secureBoot, sectorSize,
        talosVersion, target, arch, factory);
  }

  /** This schematic for images of another architecture. */
  public TalosSchematic arch(Architecture target) {
    return new TalosSchematic(name, extensions, extraKernelArgs, meta, overlay, bootLoader, secureBoot, sectorSize,
        talosVersion, platform, target, factory);
  }

  /** This schematic served by another Image Factory, e.g. {@code ImageFactory.at("https://factory.lan")}. */
  public TalosSchematic factory(ImageFactory other) {
    return new TalosSchematic(name, extensions, extraKernelArgs, meta, overlay, bootLoader, secureBoot, sectorSize,
        talosVersion, platform, arch, other);
  }

  /**
   * The name given with {@link #named}, or {@code schematic-} and the first 12 hex digits of the
   * ID when none was given.
   */
  @Override
  public String name() {
    return name != null ? name : "schematic-" + id().substring(0, 12);
  }

  @Override
  public String kind() {
    return KIND;
  }

  /** The names of the system extensions as the canonical form lists them: sorted. */
  public List<String> officialExtensions() {
    return extensions.stream().map(SystemExtension::fullName).sorted().toList();
  }

  /** True when the schematic lists {@code extension}. */
  public boolean contains(SystemExtension extension) {
    return extensions.contains(extension);
  }

  /** The canonical YAML, byte for byte what the Image Factory stores and hashes for this schematic. */
  public String canonicalYaml() {
    return GoYamlWriter.write(SchematicYaml.tree(this));
  }

  /** The schematic ID: the lower-case hex SHA-256 of {@link #canonicalYaml()}. */
  public String id() {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonicalYaml().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** The image URLs for this schematic's release, platform, architecture and secure boot setting. */
  public FactoryUrls urls() {
    return new FactoryUrls(factory, id(), talosVersion, platform, arch, secureBoot.enabled());
  }

  /** The path of the emitted file: {@code talos/schematics/<name>.yaml}. */
  public String filePath() {
    return "talos/schematics/" + name() + ".yaml";
  }

  /** Itself, at its own path. */
  @Override
  public List<Use> schematicFiles() {
    return List.of(new Use(path(), this));
  }

  /**
   * Checks the schematic against {@link #talosVersion()} (see {@link #validate(Path, Problems)}), and
   * that no other schematic of the site has its name.
   */
  @Override
  public void validate(ValidationContext context) {
    validate(path(), context.problems());
    SchematicNames.check(this, context);
  }

  /**
   * Adds every problem of this schematic, for its Talos release, below {@code at}. A cluster that
   * runs another release checks the schematic for that release with
   * {@code schematic.talos(version).validate(at, problems)}.
   */
  @Override
  public void validate(Path at, Problems problems) {
    SchematicRules.check(this, at, problems);
  }

  /**
   * Writes {@code talos/schematics/<name>.yaml}, the canonical YAML without a header. A cluster
   * whose nodes boot this schematic writes the same file, so writing it twice is allowed.
   *
   * @throws IllegalStateException when another schematic of the same name wrote the file
   */
  @Override
  public void emit(Emission out) {
    SchematicDocument doc = new SchematicDocument(canonicalYaml());
    if (!out.shared(filePath(), SchematicDocument.class, () -> doc).equals(doc)) {
      throw new IllegalStateException("two different schematics are called " + name());
    }
  }
}
