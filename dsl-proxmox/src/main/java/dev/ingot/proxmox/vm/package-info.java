/**
 * Proxmox VMs and the templates they are cloned from, emitted for bpg/proxmox 0.111
 * ({@code proxmox_virtual_environment_vm}, which has no short name and is not deprecated).
 *
 * <p>A {@link dev.ingot.proxmox.vm.Vm} is written as little as it says: unset settings keep the
 * provider's defaults. The exceptions are deliberate: the CPU type is {@code host} (the provider's
 * {@code qemu64} lacks the instructions current distributions need); {@code on_boot} is always
 * written; the cloud-init drive is put on the storage of the first disk, since the provider's
 * default {@code local-lvm} does not exist on a ZFS install; the EFI disk is of type {@code 4m},
 * which Secure Boot needs (the provider's default is {@code 2m}); {@code pcie}, {@code rombar} and
 * {@code xvga} are always written for passthrough, since the provider sends {@code rombar=0} when
 * it is left out. {@code disk.discard} is the string {@code on}/{@code ignore}, DNS servers go to
 * {@code dns.servers}.
 *
 * <p>Cloud-init: the admin account becomes {@code user_account} (the password from the sensitive
 * variable of its hash); a custom user-data file is a Terraform template in the repository,
 * rendered with {@code templatefile} and uploaded as a snippet
 * ({@code proxmox_virtual_environment_file}, over the provider's SSH connection). Proxmox ignores
 * {@code user_account} when user data is given, so the admin account is passed to the template
 * instead, with the secrets it names.
 *
 * <p>PCI devices are passed by their resource mapping only: with an API token Proxmox refuses raw
 * ids, which only {@code root@pam} may set.
 *
 * <p>Templates implement {@link dev.ingot.proxmox.vm.VmTemplate}; those Terraform makes
 * (cloud-image templates) also implement {@link dev.ingot.proxmox.vm.DefinesVm}, so clones refer to
 * their resource ({@code …vm_id}) and are created after them, while golden images built by Packer
 * are referred to by their literal VM id. A clone's first disk is taken to be the template's system
 * disk, which it may grow but not shrink; a clone that sets no firmware keeps its template's, EFI
 * disk included (the provider reads inherited values of clones without reporting a change).
 */
package dev.ingot.proxmox.vm;
