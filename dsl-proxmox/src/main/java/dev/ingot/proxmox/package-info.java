/**
 * Proxmox VE nodes, their storages and the Terraform provider.
 *
 * <p>A {@link dev.ingot.proxmox.ProxmoxNode} is the host everything else is placed on: ZFS pools
 * ({@code dev.ingot.proxmox.zfs}), PCI devices ({@code dev.ingot.proxmox.pci}) and, later, VMs. A
 * node's storages are explicit: the installer's ({@code local} plus {@code local-lvm} or
 * {@code local-zfs}) with the content types the installer enables, replaceable by id, plus added
 * ones, which Terraform registers. Content type changes of built-in storages are made by the host
 * playbook with {@code pvesm set}, only when the live configuration differs.
 *
 * <p>Components that take RAM from a node implement {@link dev.ingot.proxmox.UsesNodeMemory}; the
 * node warns when they and the ZFS ARC maximum need more than its RAM. Components whose Terraform
 * resources need the provider's SSH connection implement {@link dev.ingot.proxmox.UsesProviderSsh}.
 * Every component that adds {@code proxmox_*} resources calls
 * {@link dev.ingot.proxmox.ProxmoxProvider#configure}, which pins {@code bpg/proxmox} and reads the
 * endpoint and API token from variables, and lists the default provider's token among its secrets
 * when the site has no provider ({@link dev.ingot.proxmox.ProxmoxProvider#withDefaultToken}).
 */
package dev.ingot.proxmox;
