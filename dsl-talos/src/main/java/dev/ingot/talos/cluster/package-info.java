/**
 * Talos Kubernetes clusters on Proxmox VMs.
 */
package dev.ingot.talos.cluster;
