/**
 * Talos golden images: Proxmox VM templates that Packer fills with an Image Factory disk image, for
 * sites that clone Talos VMs from a template.
 */
package dev.ingot.talos.image;
