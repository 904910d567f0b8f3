/**
 * The host preparation playbook {@code ansible/playbooks/proxmox-host.yml}: one play per node,
 * filled by the node, its ZFS pools and its PCI devices during emission.
 *
 * <p>Every task is idempotent: commands either only read ({@code changed_when: false}) or run
 * under a {@code when} that is false once their work is done; files are written whole with
 * {@code copy} or edited with {@code lineinfile}. Kernel arguments are added to a GRUB drop-in in
 * {@code /etc/default/grub.d/} or merged into {@code /etc/kernel/cmdline} (systemd-boot), never
 * replacing what else is on the line. The play ends by comparing the running host (command line,
 * ARC maximum, driver in use) with the model and names every setting that waits for a reboot.
 */
package dev.ingot.proxmox.host;
