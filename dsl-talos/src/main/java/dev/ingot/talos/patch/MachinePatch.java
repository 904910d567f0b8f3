package dev.ingot.talos.patch;

import dev.ingot.core.value.IpAddress;
import dev.ingot.core.yaml.YamlNode;
import dev.ingot.core.yaml.YamlNode.YamlMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A typed machine configuration patch for the common cases. Each renders itself for a
 * {@link ConfigContract}: as a {@code v1alpha1} fragment ({@code machine: …}, {@code cluster: …})
 * where that contract keeps the setting there, or as the typed document that replaced it
 * ({@code HostnameConfig} from v1.12, {@code KubeNodeConfig} and friends from v1.14).
 *
 * <p>Several patches go into one file with {@link PatchFile}, which merges the parts that land in
 * the same document.
 */
public sealed interface MachinePatch {
  /** The documents of this patch for {@code contract}; call only when {@link #unsupported} is empty. */
  List<YamlMap> documents(ConfigContract contract);

  /** Why this patch cannot be written for {@code contract}, or empty when it can. */
  default Optional<String> unsupported(ConfigContract contract) {
    return Optional.empty();
  }

  /**
   * The node's host name: {@code machine.network.hostname}, or from v1.12 a {@code HostnameConfig}
   * with automatic host names off (the generated configuration asks for {@code auto: stable}).
   *
   * @param hostname the host name
   */
  record Hostname(String hostname) implements MachinePatch {
    /** Checks for null. */
    public Hostname {
      Objects.requireNonNull(hostname, "hostname");
    }

    @Override
    public List<YamlMap> documents(ConfigContract contract) {
      if (contract.multidocNetwork()) {
        return List.of(Docs.document("HostnameConfig", d -> d.put("auto", "off").put("hostname", hostname)));
      }
      return List.of(Docs.fragment(YamlNode.str(hostname), "machine", "network", "hostname"));
    }
  }

  /**
   * Kubernetes node labels: {@code machine.nodeLabels}, or a {@code KubeNodeConfig} from v1.14.
   *
   * @param labels the labels, sorted by key
   */
  record NodeLabels(SortedMap<String, String> labels) implements MachinePatch {
    /** Copies the labels. */
    public NodeLabels {
      labels = Collections.unmodifiableSortedMap(new TreeMap<>(labels));
    }

    @Override
    public List<YamlMap> documents(ConfigContract contract) {
      if (contract.multidocKubernetes()) {
        return List.of(Docs.document("KubeNodeConfig", d -> d.put("labels", Docs.strings(labels))));
      }
      return List.of(Docs.fragment(Docs.strings(labels), "machine", "nodeLabels"));
    }
  }

  /**
   * Taints that Talos keeps on a control plane node: {@code machine.nodeTaints}, or a
   * {@code KubeNodeConfig} from v1.14. Workers may not change their own taints (the NodeRestriction
   * admission plugin), so they use {@link RegisterTaints}.
   *
   * @param taints the taints
   */
  record NodeTaints(List<Taint> taints) implements MachinePatch {
    /** Copies the taints. */
    public NodeTaints {
      taints = List.copyOf(taints);
    }

    @Override
    public List<YamlMap> documents(ConfigContract contract) {
      var map = new LinkedHashMap<String, String>();
      taints.forEach(t -> map.put(t.key(), t.talosValue()));
      if (contract.multidocKubernetes()) {
        return List.of(Docs.document("KubeNodeConfig", d -> d.put("taints", Docs.strings(map))));
      }
      return List.of(Docs.fragment(Docs.strings(map), "machine", "nodeTaints"));
    }
  }

  /**
   * Taints a worker registers with when it first joins, through the kubelet's
   * {@code registerWithTaints} setting: {@code machine.kubelet.extraConfig}, or the {@code config}
   * of a {@code KubeletConfig} from v1.14. Changing them later needs {@code kubectl taint}.
   *
   * @param taints the taints
   */
  record RegisterTaints(List<Taint> taints) implements MachinePatch {
    /** Copies the taints. */
    public RegisterTaints {
      taints = List.copyOf(taints);
    }

    @Override
    public List<YamlMap> documents(ConfigContract contract) {
      YamlNode list = YamlNode.seq(taints.stream().map(t -> YamlMap.builder()
          .put("key", t.key())
          .put("value", t.value().isEmpty() ? null : t.value())
          .put("effect", t.effect().value())
          .build()).toList());
      YamlMap config = YamlMap.builder().put("registerWithTaints", list).build();
      if (contract.multidocKubernetes()) {
        return List.of(Docs.document("KubeletConfig", d -> d.put("config", config)));
      }
      return List.of(Docs.fragment(config, "machine", "kubelet", "extraConfig"));
    }
  }

  /**
   * The install disk and installer image: {@code machine.install}, or an
   * {@code UnattendedInstallConfig} from v1.14, which selects the disk with a CEL expression.
   *
   * @param disk the install disk, e.g. {@code /dev/sda}
   * @param image the installer image, e.g. {@code factory.talos.dev/nocloud-installer/<id>:v1.13.9}
   */
  record Install(String disk, String image) implements MachinePatch {
    /** Checks for null. */
    public Install {
      Objects.requireNonNull(disk, "disk");
      Objects.requireNonNull(image, "image");
    }

    @Override
    public List<YamlMap> documents(ConfigContract contract) {
      if (contract.multidocKubernetes()) {
        return List.of(Docs.document("UnattendedInstallConfig", d -> d
            .map("installer", i -> i.put("image", image))
            .map("provisioning", p -> p.map("diskSelector",
                s -> s.put("match", "disk.dev_path == \"" + disk + "\"")))));
      }
      return List.of(Docs.fragment(YamlMap.builder().put("disk", disk).put("image", image).build(),
          "machine", "install"));
    }
  }

  /**
   * Kernel modules to load: {@code machine.kernel.modules}, or one {@code KernelModuleConfig} per
   * module from v1.14.
   *
   * @param modules the module names, in load order
   */
  record KernelModules(List<String> modules) implements MachinePatch {
    /** Copies the modules. */
    public KernelModules {
      modules = List.copyOf(modules);
    }

    @Override
    public List<YamlMap> documents(ConfigContract contract) {
      if (contract.multidocKubernetes()) {
        return modules.stream().map(m -> Docs.document("KernelModuleConfig", d -> d.put("name", m))).toList();
      }
      YamlNode list = YamlNode.seq(modules.stream().map(m -> YamlMap.builder().put("name", m).build()).toList());
      return List.of(Docs.fragment(list, "machine", "kernel", "modules"));
    }
  }

  /**
   * Kernel parameters: {@code machine.sysctls}, or a {@code SysctlConfig} from v1.14.
   *
   * @param sysctls the parameters, sorted by name
   */
  record Sysctls(SortedMap<String, String> sysctls) implements MachinePatch {
    /** Copies the parameters. */
    public Sysctls {
      sysctls = Collections.unmodifiableSortedMap(new TreeMap<>(sysctls));
    }

    @Override
    public List<YamlMap> documents(ConfigContract contract) {
      if (contract.multidocKubernetes()) {
        return List.of(Docs.document("SysctlConfig", d -> d.put("params", Docs.strings(sysctls))));
      }
      return List.of(Docs.fragment(Docs.strings(sysctls), "machine", "sysctls"));
    }
  }

  /**
   * Host directories bound into the kubelet container with shared mount propagation
   * ({@code bind, rshared, rw}): {@code machine.kubelet.extraMounts}. The v1.14 documents have no
   * equivalent, so it cannot be written for that contract.
   *
   * @param paths the directories, mounted at the same path
   */
  record KubeletMounts(List<String> paths) implements MachinePatch {
    /** Copies the paths. */
    public KubeletMounts {
      paths = List.copyOf(paths);
    }

    @Override
    public Optional<String> unsupported(ConfigContract contract) {
      return contract.multidocKubernetes()
          ? Optional.of("kubelet extra mounts have no equivalent in the configuration documents of Talos "
              + contract + " (machine.kubelet.extraMounts cannot be combined with KubeletConfig)")
          : Optional.empty();
    }

    @Override
    public List<YamlMap> documents(ConfigContract contract) {
      unsupported(contract).ifPresent(why -> {
        throw new IllegalStateException(why);
      });
      YamlNode list = YamlNode.seq(paths.stream().map(p -> YamlMap.builder()
          .put("destination", p)
          .put("type", "bind")
          .put("source", p)
          .strings("options", List.of("bind", "rshared", "rw"))
          .build()).toList());
      return List.of(Docs.fragment(list, "machine", "kubelet", "extraMounts"));
    }
  }

  /**
   * A layer 2 virtual IP shared by the control plane nodes on link {@code link}: a
   * {@code vip} on the interface in {@code machine.network.interfaces}, or a
   * {@code Layer2VIPConfig} from v1.12.
   *
   * @param ip the shared address
   * @param link the link that carries it, e.g. {@code eth0}
   */
  record SharedVip(IpAddress ip, String link) implements MachinePatch {
    /** Checks for null. */
    public SharedVip {
      Objects.requireNonNull(ip, "ip");
      Objects.requireNonNull(link, "link");
    }

    @Override
    public List<YamlMap> documents(ConfigContract contract) {
      if (contract.multidocNetwork()) {
        return List.of(Docs.document("Layer2VIPConfig", d -> d.put("name", ip.text()).put("link", link)));
      }
      YamlMap iface = YamlMap.builder().put("interface", link).map("vip", v -> v.put("ip", ip.text())).build();
      return List.of(Docs.fragment(YamlNode.seq(List.of(iface)), "machine", "network", "interfaces"));
    }
  }

  /**
   * A Kubernetes manifest that the control plane creates at bootstrap (and never updates or
   * deletes): {@code cluster.inlineManifests}, or a {@code KubeInlineManifestConfig} from v1.14.
   *
   * @param name the manifest name
   * @param manifest the manifest YAML
   */
  record InlineManifest(String name, String manifest) implements MachinePatch {
    /** Checks for null. */
    public InlineManifest {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(manifest, "manifest");
    }

    @Override
    public List<YamlMap> documents(ConfigContract contract) {
      if (contract.multidocKubernetes()) {
        return List.of(Docs.document("KubeInlineManifestConfig", d -> d.put("name", name).put("manifest", manifest)));
      }
      YamlMap entry = YamlMap.builder().put("name", name).put("contents", manifest).build();
      return List.of(Docs.fragment(YamlNode.seq(List.of(entry)), "cluster", "inlineManifests"));
    }
  }

  /**
   * No default CNI (Flannel) and no kube-proxy, because another CNI replaces both (Cilium with
   * kube-proxy replacement). Before v1.14 {@code cluster.network.cni.name: none} and
   * {@code cluster.proxy.disabled: true}; from v1.14 the generated {@code KubeFlannelCNIConfig} is
   * deleted ({@code $patch: delete}) and the {@code KubeProxyConfig} disabled, as the Talos guide
   * "Deploy Cilium CNI" shows for each version. Only control planes carry these documents.
   */
  record ExternalCni() implements MachinePatch {
    @Override
    public List<YamlMap> documents(ConfigContract contract) {
      if (contract.multidocKubernetes()) {
        return List.of(
            Docs.document("KubeFlannelCNIConfig", d -> d.put("$patch", "delete")),
            Docs.document("KubeProxyConfig", d -> d.put("enabled", false)));
      }
      YamlMap cluster = YamlMap.builder()
          .map("network", n -> n.map("cni", c -> c.put("name", "none")))
          .map("proxy", p -> p.put("disabled", true))
          .build();
      return List.of(YamlMap.builder().put("cluster", cluster).build());
    }
  }

  /**
   * A user volume: a partition on the disk that {@code diskSelector} picks, of at least 1 GiB and
   * grown to fill the disk, formatted and mounted at {@code /var/mnt/<name>}
   * ({@code UserVolumeConfig}, Talos v1.10 and later).
   *
   * @param name the volume name
   * @param diskSelector the CEL expression that picks the disk
   */
  record UserVolume(String name, String diskSelector) implements MachinePatch {
    /** Checks for null. */
    public UserVolume {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(diskSelector, "diskSelector");
    }

    /** The directory the volume is mounted at. */
    public String mountPoint() {
      return "/var/mnt/" + name;
    }

    @Override
    public Optional<String> unsupported(ConfigContract contract) {
      return contract.userVolumes() ? Optional.empty()
          : Optional.of("user volumes need Talos v1.10 or later, not " + contract);
    }

    @Override
    public List<YamlMap> documents(ConfigContract contract) {
      unsupported(contract).ifPresent(why -> {
        throw new IllegalStateException(why);
      });
      return List.of(Docs.document("UserVolumeConfig", d -> d
          .put("name", name)
          .map("provisioning", p -> p
              .map("diskSelector", s -> s.put("match", diskSelector))
              .put("minSize", "1GiB")
              .put("grow", true))));
    }
  }
}
