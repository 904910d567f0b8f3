package dev.ingot.proxmox;

import dev.ingot.core.Component;
import dev.ingot.core.Emission;
import dev.ingot.core.Infra;
import dev.ingot.core.ValidationContext;
import dev.ingot.core.terraform.TerraformDocument.Variable;
import dev.ingot.core.terraform.TfValue;
import dev.ingot.core.terraform.TfValue.TfObject;
import dev.ingot.core.value.Secret;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The Terraform provider for Proxmox VE, {@code bpg/proxmox}, pinned to the version whose schema
 * Ingot's output is checked against. Without one in the site, {@link #bpg()} applies, and the
 * components that write {@code proxmox_*} resources list its token among their secrets
 * ({@link #withDefaultToken}).
 *
 * <p>{@code ProxmoxProvider.bpg().apiToken(secrets.ref("proxmox_api_token")).insecure(true)}
 *
 * <p>It writes {@code versions.tf.json} (Terraform and provider pins), {@code providers.tf.json} and
 * {@code variables.tf.json}: the endpoint and the API token come from variables, the token from a
 * sensitive one, never from a literal.
 *
 * @param source the registry address of the provider
 * @param version the exact provider version
 * @param terraformVersion the Terraform version constraint
 * @param apiToken the API token ({@code user@realm!tokenid=uuid})
 * @param insecure whether TLS verification of the API is skipped (self-signed certificates)
 * @param endpointNode the node whose endpoint is the default API endpoint, or null for the site's first node
 */
public record ProxmoxProvider(String source, String version, String terraformVersion, Secret apiToken,
    boolean insecure, ProxmoxNode endpointNode) implements Component {
  /** The registry address. */
  public static final String SOURCE = "bpg/proxmox";
  /** The provider version Ingot's output is written and checked for. */
  public static final String VERSION = "0.111.1";
  /** The oldest Terraform the provider supports. */
  public static final String TERRAFORM_VERSION = ">= 1.5.0";
  /** The Terraform variable that holds the API endpoint. */
  public static final String ENDPOINT_VARIABLE = "proxmox_endpoint";

  /** Checks for null. */
  public ProxmoxProvider {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(terraformVersion, "terraformVersion");
    Objects.requireNonNull(apiToken, "apiToken");
  }

  /** The provider at {@link #VERSION}, with the token from {@code $PROXMOX_VE_API_TOKEN}. */
  public static ProxmoxProvider bpg() {
    return new ProxmoxProvider(SOURCE, VERSION, TERRAFORM_VERSION, Secret.env("PROXMOX_VE_API_TOKEN"), false, null);
  }

  /** This provider pinned to {@code version} instead; emitted attributes are only checked for {@link #VERSION}. */
  public ProxmoxProvider version(String version) {
    return new ProxmoxProvider(source, version, terraformVersion, apiToken, insecure, endpointNode);
  }

  /** This provider requiring Terraform {@code constraint}, e.g. {@code ">= 1.11.0"}. */
  public ProxmoxProvider terraformVersion(String constraint) {
    return new ProxmoxProvider(source, version, constraint, apiToken, insecure, endpointNode);
  }

  /** This provider authenticating with {@code apiToken}. */
  public ProxmoxProvider apiToken(Secret apiToken) {
    return new ProxmoxProvider(source, version, terraformVersion, apiToken, insecure, endpointNode);
  }

  /** This provider skipping ({@code true}) or doing TLS verification of the API. */
  public ProxmoxProvider insecure(boolean insecure) {
    return new ProxmoxProvider(source, version, terraformVersion, apiToken, insecure, endpointNode);
  }

  /** This provider talking to the API of {@code node} by default. */
  public ProxmoxProvider endpoint(ProxmoxNode node) {
    return new ProxmoxProvider(source, version, terraformVersion, apiToken, insecure, node);
  }

  /**
   * The secrets in {@code site} of a component that writes {@code proxmox_*} resources and needs
   * {@code own}: {@code own}, and the API token of {@link #bpg()} when the site has no
   * {@code ProxmoxProvider} (a provider in the site lists its own token).
   */
  public static List<Secret> withDefaultToken(Infra site, List<Secret> own) {
    if (!site.all(ProxmoxProvider.class).isEmpty()) {
      return own;
    }
    var all = new ArrayList<>(own);
    all.add(bpg().apiToken);
    return all;
  }

  @Override
  public String kind() {
    return "terraform provider";
  }

  /** Always {@code proxmox}, the provider's local name. */
  @Override
  public String name() {
    return "proxmox";
  }

  @Override
  public List<Secret> secrets() {
    return List.of(apiToken);
  }

  @Override
  public void validate(ValidationContext context) {
    if (version.isBlank()) {
      context.error(path().field("version"), "the provider version is empty");
    }
    if (terraformVersion.isBlank()) {
      context.error(path().field("terraformVersion"), "the Terraform version constraint is empty");
    }
    if (endpointNode != null) {
      context.requirePresent(path().field("endpoint"), endpointNode);
    } else if (context.infra().all(ProxmoxNode.class).isEmpty()) {
      context.error(path().field("endpoint"), "the provider needs a node for its endpoint; add a ProxmoxNode");
    }
  }

  @Override
  public void emit(Emission out) {
    configure(out);
  }

  /**
   * Adds the provider's version pins, configuration and variables to the site, from the site's
   * {@code ProxmoxProvider} or {@link #bpg()}. Every component that adds {@code proxmox_*} resources
   * calls it; calling it again adds nothing and costs next to nothing, so thousands of VMs may each call it.
   */
  public static void configure(Emission out) {
    if (out.has("terraform/" + out.site() + "/providers.tf.json")) {
      return;
    }
    var provider = out.infra().all(ProxmoxProvider.class).stream().findFirst().orElse(bpg());
    var nodes = out.infra().all(ProxmoxNode.class);
    var endpointNode = provider.endpointNode == null ? nodes.get(0) : provider.endpointNode.in(out.infra());
    out.terraform("versions").requiredVersion(provider.terraformVersion)
        .requiredProvider("proxmox", provider.source, provider.version);
    out.terraform("variables")
        .variable(ENDPOINT_VARIABLE, new Variable("string", "URL of the Proxmox VE API, without /api2/json",
            TfValue.str(endpointNode.endpoint()), false))
        .secret(provider.apiToken);
    out.terraform("providers").provider("proxmox", provider.body(out, nodes));
  }

  private TfObject body(Emission out, List<ProxmoxNode> nodes) {
    var b = TfObject.builder()
        .expr("endpoint", "var." + ENDPOINT_VARIABLE)
        .expr("api_token", "var." + apiToken.variable());
    if (insecure) {
      b.put("insecure", true);
    }
    boolean ssh = out.infra().all(UsesProviderSsh.class).stream().anyMatch(UsesProviderSsh::usesProviderSsh);
    if (ssh) {
      b.blocks("ssh", List.of(TfObject.builder()
          .put("agent", true)
          .put("username", nodes.get(0).sshUser())
          .blocks("node", nodes.stream()
              .map(n -> TfObject.builder().put("name", n.name()).put("address", n.address()).build())
              .toList())
          .build()));
    }
    return b.build();
  }
}
