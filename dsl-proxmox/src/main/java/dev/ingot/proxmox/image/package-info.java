/**
 * Golden images: Proxmox VM templates that Packer builds from each operating system's installer and
 * brings to one baseline — Debian, Ubuntu, Arch, NixOS, Windows Server and Windows 11.
 *
 * <p>{@link dev.ingot.proxmox.image.GoldenImage} is the component; each
 * {@link dev.ingot.proxmox.image.OsRecipe} says how its operating system is installed unattended
 * (a preseed, subiquity autoinstall, a scripted install from a live ISO, {@code nixos-install}, or an
 * answer file) and pins an installer only where its checksum could be verified against the
 * publisher's. The template is built with the {@code dev.ingot.proxmox.packer} building blocks;
 * secrets reach install-time files only through {@code templatefile} placeholders, so no generated
 * file holds one. Each image also writes the cloud-init files and the Ansible baseline playbook of
 * its clones.
 */
package dev.ingot.proxmox.image;
