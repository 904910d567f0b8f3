package dev.ingot.talos.schematic;

import dev.ingot.talos.TalosVersion;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;

/**
 * A Talos Image Factory: the public one at {@code https://factory.talos.dev} or a self-hosted one.
 *
 * @param url the base URL of the HTTP frontend, without a trailing slash; its host (and port) is
 *     also the registry of the installer images
 * @param pxeUrl the base URL of the PXE frontend, without a trailing slash
 */
public record ImageFactory(String url, String pxeUrl) {
  /** The public Image Factory run by Sidero Labs. */
  public static final ImageFactory PUBLIC = at("https://factory.talos.dev");

  /** Checks both URLs and drops trailing slashes. */
  public ImageFactory {
    url = checked(url, "url");
    pxeUrl = checked(pxeUrl, "pxeUrl");
  }

  /**
   * The factory at {@code url}, whose PXE frontend is at {@code pxe.<host>} as for the public
   * factory (the same rule as the Terraform provider's {@code talos_image_factory_urls}).
   *
   * @throws IllegalArgumentException when {@code url} is not an absolute http(s) URL
   */
  public static ImageFactory at(String url) {
    URI uri = parse(checked(url, "url"));
    return new ImageFactory(url, uri.getScheme() + "://pxe." + uri.getRawAuthority());
  }

  /** This factory with its PXE frontend at {@code pxeUrl}. */
  public ImageFactory withPxe(String pxeUrl) {
    return new ImageFactory(url, pxeUrl);
  }

  /** The registry host of the installer images, {@code factory.talos.dev} (with a port when the URL has one). */
  public String registry() {
    return parse(url).getRawAuthority();
  }

  /** The URLs of the images of schematic {@code schematicId} for {@code version} and {@code platform}, amd64, without secure boot. */
  public FactoryUrls urls(String schematicId, TalosVersion version, TalosPlatform platform) {
    return new FactoryUrls(this, schematicId, version, platform, Architecture.AMD64, false);
  }

  private static String checked(String url, String name) {
    Objects.requireNonNull(url, name);
    String trimmed = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    URI uri = parse(trimmed);
    if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null
        || uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new IllegalArgumentException(name + " \"" + url + "\" is not an http(s) base URL such as https://factory.talos.dev");
    }
    return trimmed;
  }

  private static URI parse(String url) {
    try {
      return new URI(url);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("\"" + url + "\" is not a URL: " + e.getMessage(), e);
    }
  }
}
