/**
 * Building blocks for Packer templates that build on Proxmox VE with the {@code hashicorp/proxmox}
 * plugin, pinned by {@link dev.ingot.proxmox.packer.ProxmoxPlugin}: the connection (API URL, token id,
 * and the token as a sensitive variable, never a literal) and {@code proxmox-iso} /
 * {@code proxmox-clone} sources ({@link dev.ingot.proxmox.packer.ProxmoxSource}) with their
 * {@code boot_iso}, {@code additional_iso_files} (ISO files, downloads or generated CDs),
 * {@code disks}, {@code network_adapters}, {@code efi_config}, {@code tpm_config}, cloud-init drive,
 * HTTP content and communicator.
 *
 * <p>Every key written exists in {@code config.hcl2spec.go} of the pinned plugin version; a test
 * checks each emitted template against a key table derived from it.
 */
package dev.ingot.proxmox.packer;
