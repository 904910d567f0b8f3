package dev.ingot.proxmox.packer;

import dev.ingot.core.Component;
import dev.ingot.core.Emission;
import dev.ingot.core.Infra;
import dev.ingot.core.ValidationContext;
import dev.ingot.core.hcl.HclBody;
import dev.ingot.core.hcl.HclExpr;
import dev.ingot.core.packer.PackerVariable;
import dev.ingot.core.packer.RequiredPlugin;
import dev.ingot.core.value.Secret;
import dev.ingot.proxmox.ProxmoxNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The {@code hashicorp/proxmox} Packer plugin and how Packer logs in to Proxmox VE. Without one in
 * the site, {@link #hashicorp()} applies, and the images built with it list its token among their
 * secrets ({@link #withDefaultToken}).
 *
 * <p>{@code ProxmoxPlugin.hashicorp().tokenId("packer@pve!build").token(secrets.ref("packer_token")).insecure(true)}
 *
 * <p>Every template declares the variables {@code proxmox_url} (defaulting to the node's endpoint),
 * {@code proxmox_username} (defaulting to the token id) and the token's sensitive variable, which has
 * no default: its value comes from {@code PKR_VAR_<variable>} at build time.
 *
 * @param version the plugin version constraint written to {@code required_plugins}
 * @param packerVersion the Packer version constraint
 * @param tokenId the API token id, {@code user@realm!tokenid}
 * @param token the API token secret (the UUID)
 * @param insecure whether TLS verification of the API is skipped (self-signed certificates)
 */
public record ProxmoxPlugin(String version, String packerVersion, String tokenId, Secret token, boolean insecure)
    implements Component {
  /** The plugin address. */
  public static final String SOURCE = "github.com/hashicorp/proxmox";
  /** The plugin version Ingot's templates are written and checked for. */
  public static final String VERSION = "1.2.4";
  /** The Packer versions the templates need: {@code templatefile}, {@code path.root}, plugin installation. */
  public static final String PACKER_VERSION = ">= 1.10.0";
  /** The variable that holds the API URL. */
  public static final String URL_VARIABLE = "proxmox_url";
  /** The variable that holds the token id. */
  public static final String USERNAME_VARIABLE = "proxmox_username";

  private static final Pattern TOKEN_ID = Pattern.compile("[^@!\\s]+@[A-Za-z0-9._-]+![A-Za-z][A-Za-z0-9._-]*");

  /** Checks for null. */
  public ProxmoxPlugin {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(packerVersion, "packerVersion");
    Objects.requireNonNull(tokenId, "tokenId");
    Objects.requireNonNull(token, "token");
  }

  /**
   * The plugin at {@link #VERSION}, logging in as {@code packer@pve!packer} with the token from
   * {@code $PROXMOX_TOKEN}.
   */
  public static ProxmoxPlugin hashicorp() {
    return new ProxmoxPlugin(VERSION, PACKER_VERSION, "packer@pve!packer", Secret.env("PROXMOX_TOKEN"), false);
  }

  /** The site's plugin settings, or {@link #hashicorp()} when it has none. */
  public static ProxmoxPlugin of(Infra site) {
    return site.all(ProxmoxPlugin.class).stream().findFirst().orElse(hashicorp());
  }

  /**
   * The secrets in {@code site} of an image built with the plugin that needs {@code own}:
   * {@code own}, and the token of {@link #hashicorp()} when the site has no {@code ProxmoxPlugin}
   * (a plugin in the site lists its own token).
   */
  public static List<Secret> withDefaultToken(Infra site, List<Secret> own) {
    if (!site.all(ProxmoxPlugin.class).isEmpty()) {
      return own;
    }
    var all = new ArrayList<>(own);
    all.add(hashicorp().token);
    return all;
  }

  /**
   * This plugin pinned to {@code constraint} instead, e.g. {@code ~> 1.2}; keys are only checked
   * for {@link #VERSION}.
   */
  public ProxmoxPlugin version(String constraint) {
    return new ProxmoxPlugin(constraint, packerVersion, tokenId, token, insecure);
  }

  /** This plugin requiring Packer {@code constraint}. */
  public ProxmoxPlugin packerVersion(String constraint) {
    return new ProxmoxPlugin(version, constraint, tokenId, token, insecure);
  }

  /** This plugin logging in with the API token {@code tokenId} ({@code user@realm!tokenid}). */
  public ProxmoxPlugin tokenId(String tokenId) {
    return new ProxmoxPlugin(version, packerVersion, tokenId, token, insecure);
  }

  /** This plugin reading the token secret from {@code token}. */
  public ProxmoxPlugin token(Secret token) {
    return new ProxmoxPlugin(version, packerVersion, tokenId, token, insecure);
  }

  /** This plugin skipping ({@code true}) or doing TLS verification of the API. */
  public ProxmoxPlugin insecure(boolean insecure) {
    return new ProxmoxPlugin(version, packerVersion, tokenId, token, insecure);
  }

  /** The {@code required_plugins} entry. */
  public RequiredPlugin requiredPlugin() {
    return new RequiredPlugin("proxmox", version, SOURCE);
  }

  /** The connection variables of a template that builds on {@code node}: URL, token id and the sensitive token. */
  public List<PackerVariable> variables(ProxmoxNode node) {
    return List.of(
        PackerVariable.string(URL_VARIABLE, "Proxmox VE API URL, ending in /api2/json").defaultValue(apiUrl(node)),
        PackerVariable.string(USERNAME_VARIABLE, "Proxmox VE API token id (user@realm!tokenid)").defaultValue(tokenId),
        PackerVariable.secret(token.variable(), "Proxmox VE API token secret, from " + token.describe()));
  }

  /** Writes the connection settings of a source that builds on {@code node}. */
  public void connect(HclBody.Builder body, ProxmoxNode node) {
    body.attribute("proxmox_url", HclExpr.ref("var." + URL_VARIABLE))
        .attribute("username", HclExpr.ref("var." + USERNAME_VARIABLE))
        .attribute("token", HclExpr.ref("var." + token.variable()))
        .attribute("insecure_skip_tls_verify", insecure)
        .attribute("node", node.name());
  }

  /** The API URL the plugin wants, from the node's endpoint: {@code https://pve.lan:8006/api2/json}. */
  static String apiUrl(ProxmoxNode node) {
    String endpoint = node.endpoint() == null ? "" : node.endpoint();
    return (endpoint.endsWith("/") ? endpoint : endpoint + "/") + "api2/json";
  }

  @Override
  public String kind() {
    return "packer plugin";
  }

  /** Always {@code proxmox}, the plugin's local name. */
  @Override
  public String name() {
    return "proxmox";
  }

  @Override
  public List<Secret> secrets() {
    return List.of(token);
  }

  @Override
  public void validate(ValidationContext context) {
    if (version.isBlank()) {
      context.error(path().field("version"), "the plugin version is empty");
    }
    if (packerVersion.isBlank()) {
      context.error(path().field("packerVersion"), "the Packer version constraint is empty");
    }
    if (!TOKEN_ID.matcher(tokenId).matches()) {
      context.error(path().field("tokenId"), "\"" + tokenId + "\" is not an API token id like packer@pve!build");
    }
  }

  /** Writes nothing itself: every template that builds on Proxmox declares the connection. */
  @Override
  public void emit(Emission out) {
  }
}
