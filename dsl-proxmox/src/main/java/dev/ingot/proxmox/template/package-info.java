/**
 * VM templates that Terraform makes itself, such as
 * {@link dev.ingot.proxmox.template.CloudImageTemplate} from a distribution's pinned cloud image.
 * They are {@link dev.ingot.proxmox.vm.VmTemplate}s, so VMs clone them like any golden image, and
 * {@link dev.ingot.proxmox.vm.DefinesVm}s, so they follow the VM rules and land in
 * {@code terraform/<site>/templates.tf.json} next to the image downloads in {@code images.tf.json}.
 */
package dev.ingot.proxmox.template;
