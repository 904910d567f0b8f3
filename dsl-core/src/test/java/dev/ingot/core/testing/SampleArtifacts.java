package dev.ingot.core.testing;

import dev.ingot.core.generate.ArtifactSet;

/** A small generated site for the assertion tests: Terraform, Packer, YAML, a schematic and text. */
final class SampleArtifacts {
  private SampleArtifacts() {}

  /** The files. */
  static ArtifactSet files() {
    return ArtifactSet.builder()
        .add("terraform/site/versions.tf.json", """
            {
              "//": "generated",
              "terraform": {
                "required_providers": {
                  "proxmox": { "source": "bpg/proxmox", "version": "0.111.1" },
                  "talos": { "source": "siderolabs/talos", "version": "0.11.0" }
                }
              }
            }
            """)
        .add("terraform/site/providers.tf.json", """
            { "provider": { "proxmox": { "endpoint": "${var.proxmox_endpoint}" } } }
            """)
        .add("terraform/site/vms.tf.json", """
            {
              "resource": {
                "proxmox_virtual_environment_vm": {
                  "talos_cp_1": { "cpu": { "cores": 4, "type": "host" }, "memory": { "dedicated": 8192 },
                    "disk": [ { "interface": "scsi0", "size": 32 } ], "on_boot": true },
                  "talos_cp_2": { "cpu": { "cores": 4, "type": "host" } },
                  "talos_cp_3": { "cpu": { "cores": 4, "type": "host" } },
                  "util": { "cpu": { "cores": 2, "type": "x86-64-v2-AES" } }
                },
                "proxmox_hardware_mapping_pci": { "rtx4000": { "name": "rtx4000" } }
              },
              "data": { "talos_client_configuration": { "site": { "cluster_name": "site" } } }
            }
            """)
        .add("terraform/site/variables.tf.json", """
            {
              "variable": {
                "proxmox_api_token": { "type": "string", "sensitive": true },
                "proxmox_endpoint": { "type": "string", "default": "https://pve.lan:8006/" },
                "password_hash": { "type": "string", "sensitive": false }
              },
              "output": {
                "kubeconfig": { "value": "${talos_cluster_kubeconfig.site.kubeconfig_raw}", "sensitive": true }
              }
            }
            """)
        .add("terraform/site/notes.txt", "not Terraform\n")
        .add("packer/debian/debian.pkr.hcl", """
            # generated

            packer {
              required_plugins {
                proxmox = {
                  version = "= 1.2.4"
                  source  = "github.com/hashicorp/proxmox"
                }
              }
            }

            variable "proxmox_token" {
              type      = string
              sensitive = true
            }

            variable "proxmox_url" {
              type = string
            }

            source "proxmox-iso" "debian" {
              proxmox_url = var.proxmox_url
              bios        = "ovmf"
              memory      = 2048

              efi_config {
                efi_type = "4m"
              }
            }

            build {
              sources = ["source.proxmox-iso.debian"]

              provisioner "shell" {
                inline = ["apt-get clean"]
              }
            }
            """)
        .add("ansible/playbooks/host.yml", """
            # generated
            ---
            - name: Prepare the host
              hosts: pve
              tasks:
                - name: Set the ZFS ARC maximum
                  ansible.builtin.lineinfile:
                    path: /etc/modprobe.d/zfs.conf
                    line: options zfs zfs_arc_max=17179869184
                    mode: "0644"
                - name: Load the vfio modules
                  ansible.builtin.copy:
                    dest: /etc/modules-load.d/vfio.conf
                    content: |
                      vfio
                      vfio_pci
            """)
        .add("talos/patches/gpu-1.yaml", """
            ---
            kind: HostnameConfig
            hostname: gpu-1
            ---
            machine:
              nodeLabels:
                nvidia.com/gpu.present: "true"
            """)
        .add("talos/schematics/base.yaml", """
            customization:
                systemExtensions:
                    officialExtensions:
                        - siderolabs/iscsi-tools
                        - siderolabs/qemu-guest-agent
            """)
        .add("README.md", "# Site\n\nRun make apply.\nRun make plan.\n")
        .build();
  }
}
