/**
 * Typed cloud-init files: {@link dev.ingot.core.cloudinit.CloudConfig} (user-data, a
 * {@code #cloud-config} document) and {@link dev.ingot.core.cloudinit.NetworkConfig} (network-config
 * version 2), rendered as {@link dev.ingot.core.yaml.YamlDocument}s by the single YAML writer.
 *
 * <p>Every key written exists in cloud-init's schema (cloud-init 22.4 for cloud-config, the
 * version 2 network schema that cloud-init ships since 24.2 for network-config). Values that hold a
 * secret are {@link dev.ingot.core.cloudinit.CloudString#secret secret references}: a file with one
 * can only be rendered as a {@code templatefile} template
 * ({@link dev.ingot.core.cloudinit.Templating#TEMPLATEFILE}), where the secret becomes a placeholder
 * filled at apply time.
 */
package dev.ingot.core.cloudinit;
