package dev.ingot.talos.cluster;

import dev.ingot.core.Component;
import dev.ingot.core.Emission;
import dev.ingot.core.Infra;
import dev.ingot.core.ValidationContext;
import dev.ingot.talos.TalosVersion;
import java.util.Map;
import java.util.Objects;

/**
 * The Terraform provider for Talos, {@code siderolabs/talos}, pinned to the version whose schema
 * Ingot's output is checked against. Without one in the site, {@link #siderolabs()} applies.
 *
 * <p>The provider generates machine configurations with the Talos machinery it is built with, and
 * machinery generates configuration only for its own release line and older ones. So the
 * provider decides the newest configuration contract a cluster can use: see
 * {@link dev.ingot.talos.patch.ConfigContract}. Ingot knows the machinery of the provider
 * releases it was checked against (the {@code go.mod} of siderolabs/terraform-provider-talos at
 * each tag); for another version give it with {@link #machinery(TalosVersion)}.
 *
 * @param source the registry address
 * @param version the exact provider version
 * @param machinery the Talos machinery version the provider is built with, or null when unknown
 */
public record TalosProvider(String source, String version, TalosVersion machinery) implements Component {
  /** The registry address. */
  public static final String SOURCE = "siderolabs/talos";
  /** The provider version Ingot's output is written and checked for: v0.11.0 (2026-04-27), the newest stable. */
  public static final String VERSION = "0.11.0";

  private static final Map<String, String> MACHINERY = Map.of(
      "0.9.0", "v1.11.0",
      "0.10.0", "v1.12.0",
      "0.10.1", "v1.12.0",
      "0.11.0", "v1.13.0",
      "0.12.0-alpha.5", "v1.14.0-alpha.1");

  /** Checks for null. */
  public TalosProvider {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(version, "version");
  }

  /** The provider at {@link #VERSION}, built with Talos machinery v1.13.0. */
  public static TalosProvider siderolabs() {
    return new TalosProvider(SOURCE, VERSION, TalosVersion.of(MACHINERY.get(VERSION)));
  }

  /**
   * This provider pinned to {@code version} instead, with the machinery Ingot knows for it (or
   * none, which validation reports); emitted attributes are only checked for {@link #VERSION}.
   */
  public TalosProvider version(String version) {
    String known = MACHINERY.get(version);
    return new TalosProvider(source, version, known == null ? null : TalosVersion.of(known));
  }

  /** This provider built with Talos machinery {@code machinery}, e.g. {@code TalosVersion.of("v1.14.0")}. */
  public TalosProvider machinery(TalosVersion machinery) {
    return new TalosProvider(source, version, machinery);
  }

  /** The site's Talos provider, or {@link #siderolabs()} when it has none. */
  public static TalosProvider of(Infra site) {
    return site.all(TalosProvider.class).stream().findFirst().orElse(siderolabs());
  }

  @Override
  public String kind() {
    return "terraform provider";
  }

  /** Always {@code talos}, the provider's local name. */
  @Override
  public String name() {
    return "talos";
  }

  @Override
  public void validate(ValidationContext context) {
    if (version.isBlank()) {
      context.error(path().field("version"), "the provider version is empty");
    }
    if (machinery == null) {
      context.error(path().field("machinery"), "Ingot does not know which Talos machinery " + SOURCE + " " + version
          + " is built with; give it with machinery(…), as the provider's go.mod names it");
    }
  }

  /** Pins the provider in {@code versions.tf.json}; the clusters add its resources. */
  @Override
  public void emit(Emission out) {
    configure(out);
  }

  /** Adds the site's provider (or {@link #siderolabs()}) to {@code required_providers}; again adds nothing. */
  public static void configure(Emission out) {
    TalosProvider provider = of(out.infra());
    out.terraform("versions").requiredProvider("talos", provider.source, provider.version);
  }
}
