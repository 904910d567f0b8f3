/**
 * Talos Kubernetes clusters whose nodes are Proxmox VMs.
 *
 * <p>A {@link dev.ingot.talos.cluster.TalosCluster} has a control plane group and worker groups,
 * each made from a {@link dev.ingot.talos.cluster.NodeSpec}; an endpoint
 * ({@link dev.ingot.talos.cluster.Vip} or {@link dev.ingot.talos.cluster.LoadBalancer}); and
 * optional features ({@link dev.ingot.talos.cluster.Cilium}, {@link dev.ingot.talos.cluster.Longhorn},
 * NVIDIA GPU workers found from their schematics and passed-through devices). It emits Terraform
 * for {@code siderolabs/talos} ({@link dev.ingot.talos.cluster.TalosProvider}), the reviewable patch
 * files the configuration applies read, and the Day 2 upgrade playbook.
 */
package dev.ingot.talos.cluster;
