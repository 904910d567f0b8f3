package dev.ingot.talos.cluster;

import dev.ingot.core.value.Size;
import dev.ingot.core.yaml.YamlNode.YamlMap;
import java.util.Objects;

/**
 * Longhorn distributed block storage on the cluster's workers: what Talos needs for it, per
 * Talos version, as the Longhorn and Talos guides describe it.
 *
 * <ul>
 *   <li>The {@code siderolabs/iscsi-tools} and {@code siderolabs/util-linux-tools} extensions in
 *       every worker's schematic (validated).
 *   <li>Before Talos v1.10: {@code /var/lib/longhorn} bound into the kubelet with shared mount
 *       propagation. From v1.10: a dedicated data disk on each worker VM, a {@code UserVolumeConfig}
 *       named {@code longhorn} mounted at {@code /var/mnt/longhorn}, and that directory bound into
 *       the kubelet (v1.10 to v1.13; the v1.14 documents have no kubelet mounts and the Talos guide
 *       uses the user volume alone). Set the chart's {@code defaultSettings.defaultDataPath} to
 *       {@link #dataPath}.
 *   <li>The {@code longhorn-system} namespace created at bootstrap with the label
 *       {@code pod-security.kubernetes.io/enforce: privileged}, because Talos enforces the
 *       {@code baseline} pod security level elsewhere.
 * </ul>
 * Longhorn itself is then installed with its Helm chart.
 *
 * @param diskSize the size of the data disk each worker VM gets (Talos v1.10 and later)
 */
public record Longhorn(Size diskSize) {
  /** The namespace Longhorn runs in. */
  public static final String NAMESPACE = "longhorn-system";
  /** The name of the user volume, which Talos mounts at {@code /var/mnt/longhorn}. */
  public static final String VOLUME = "longhorn";

  /** Checks for null. */
  public Longhorn {
    Objects.requireNonNull(diskSize, "diskSize");
  }

  /** Longhorn with a 100 GiB data disk per worker. */
  public static Longhorn defaults() {
    return new Longhorn(Size.gib(100));
  }

  /** The directory Longhorn keeps its data in on a node of a cluster with {@code userVolumes}. */
  public static String dataPath(boolean userVolumes) {
    return userVolumes ? "/var/mnt/" + VOLUME : "/var/lib/longhorn";
  }

  /** The namespace manifest with the privileged pod security label. */
  static String namespaceManifest() {
    return Manifests.render(YamlMap.builder()
        .put("apiVersion", "v1")
        .put("kind", "Namespace")
        .map("metadata", m -> m.put("name", NAMESPACE)
            .map("labels", l -> l.put("pod-security.kubernetes.io/enforce", "privileged")))
        .build());
  }
}
