package dev.ingot.examples;

import static dev.ingot.core.testing.IngotAssertions.assertThat;

import dev.ingot.core.generate.ArtifactSet;
import dev.ingot.core.generate.Generator;
import dev.ingot.core.testing.TerraformAssert;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the reference site promises, read from the files {@link Homelab} generates. Each test is
 * one fact about the site, checked with the assertions Ingot ships to its users.
 */
class HomelabTest {
  private static final String VM = "proxmox_virtual_environment_vm";
  private static final List<String> CONTROL_PLANES = List.of("homelab_cp_1", "homelab_cp_2", "homelab_cp_3");
  private static final int TALOS_TEMPLATE_ID = 9010;

  private static ArtifactSet files;

  @BeforeAll
  static void generate() {
    files = Generator.of(new Homelab()).generate();
  }

  private static TerraformAssert terraform() {
    return assertThat(files).terraform("terraform/homelab");
  }

  @Test
  void theGpuIsPassedThroughToGpu1ByItsResourceMapping() {
    terraform()
        .hasResource("proxmox_hardware_mapping_pci", "rtx4000")
        .withAttribute("name", "rtx4000")
        .withAttribute("map", List.of(Map.of("id", "10de:27b2", "node", "pve", "path", "0000:01:00")))
        .and()
        .hasResource(VM, "gpu_1")
        .withAttribute("hostpci", List.of(Map.of(
            "device", "hostpci0", "mapping", "rtx4000", "pcie", true, "rombar", true, "xvga", false)))
        .withAttribute("machine", "q35");

    assertThat(files).yaml("ansible/playbooks/proxmox-host.yml")
        .hasValue("[0].hosts", "pve")
        .hasValue("[0].tasks[name=Load the vfio modules at boot].ansible.builtin.copy.content",
            "# Managed by Ingot (PCI passthrough); local changes are overwritten.\nvfio\nvfio_iommu_type1\nvfio_pci\n")
        .hasValueContaining("[0].tasks[name=Bind the passthrough devices to vfio-pci].ansible.builtin.copy.content",
            "options vfio-pci ids=10de:27b2,10de:22bc\n")
        .hasValue("[0].tasks[name=Check that PCI device 0000:01:00 is what the model says].ansible.builtin.assert.that",
            List.of("'[10de:27b2]' in pci_0000_01_00.stdout", "'[10de:22bc]' in pci_0000_01_00.stdout"));
  }

  @Test
  void theGpuWorkerRunsTheNvidiaStackAndKeepsOtherPodsOff() {
    assertThat(files).schematic("talos/schematics/gpu.yaml")
        .hasId("901b9afcf2f7eda57991690fc5ca00414740cc4ee4ad516109bcc58beff1b829")
        .hasOfficialExtensions("siderolabs/iscsi-tools", "siderolabs/nvidia-container-toolkit-production",
            "siderolabs/nvidia-open-gpu-kernel-modules-production", "siderolabs/qemu-guest-agent",
            "siderolabs/util-linux-tools");
    assertThat(files).yaml("talos/patches/gpu-1.yaml").hasDocumentCount(2)
        .document(0).hasValue("hostname", "gpu-1");
    assertThat(files).yaml("talos/patches/gpu-1.yaml").document(1)
        .hasValue("machine.install.image", "factory.talos.dev/nocloud-installer/"
            + "901b9afcf2f7eda57991690fc5ca00414740cc4ee4ad516109bcc58beff1b829:v1.13.9")
        .hasValue("machine.nodeLabels[\"nvidia.com/gpu.present\"]", "true")
        .hasValue("machine.kubelet.extraConfig.registerWithTaints",
            List.of(Map.of("key", "nvidia.com/gpu", "value", "present", "effect", "NoSchedule")))
        .hasValue("machine.kernel.modules[0].name", "nvidia");
    terraform().hasResource("proxmox_download_file", "talos_gpu_v1_13_9_pve")
        .withAttribute("url", "https://factory.talos.dev/image/"
            + "901b9afcf2f7eda57991690fc5ca00414740cc4ee4ad516109bcc58beff1b829/v1.13.9/nocloud-amd64.qcow2");
  }

  @Test
  void theControlPlanesInstallTheBaseSchematic() {
    String base = "88d1f7a5c4f1d3aba7df787c448c1d3d008ed29cfb34af53fa0df4336a56040b";
    assertThat(files).schematic("talos/schematics/base.yaml").hasId(base)
        .hasOfficialExtensions("siderolabs/iscsi-tools", "siderolabs/qemu-guest-agent", "siderolabs/util-linux-tools");
    assertThat(files).packer("packer/talos").hasSource("proxmox-iso", "talos")
        .withAttributeContaining("template_description", "schematic base (" + base + ")");
    for (int n = 1; n <= 3; n++) {
      assertThat(files).yaml("talos/patches/homelab-cp-" + n + ".yaml").document(1)
          .hasValue("machine.install.image", "factory.talos.dev/nocloud-installer/" + base + ":v1.13.9");
    }
    assertThat(files).yaml("talos/patches/homelab-controlplane.yaml").document(0)
        .hasValue("kind", "Layer2VIPConfig")
        .hasValue("name", "10.0.10.10");
  }

  @Test
  void talosVmsAreQ35WithOvmfAHostCpuAndNoBallooning() {
    // The control planes are full clones of the Talos golden image and keep its firmware. Without
    // ballooning_minimum, Packer leaves ballooning off; without memory.floating, so does Terraform.
    assertThat(files).packer("packer/talos").hasSource("proxmox-iso", "talos")
        .withAttribute("vm_id", TALOS_TEMPLATE_ID)
        .withAttribute("bios", "ovmf")
        .withAttribute("machine", "q35")
        .withAttribute("efi_config", Map.of("efi_storage_pool", "tank", "efi_type", "4m", "pre_enrolled_keys", false))
        .withAttribute("cpu_type", "host")
        .withoutAttribute("ballooning_minimum");
    for (String node : CONTROL_PLANES) {
      terraform().hasResource(VM, node)
          .withAttribute("clone", Map.of("vm_id", TALOS_TEMPLATE_ID, "full", true))
          .withAttribute("machine", "q35")
          .withAttribute("cpu", Map.of("cores", 4, "type", "host"))
          .withAttribute("memory", Map.of("dedicated", 8192));
    }
    // The GPU worker boots the GPU schematic's image directly, so it declares its firmware itself.
    terraform().hasResource(VM, "gpu_1")
        .withAttribute("bios", "ovmf")
        .withAttribute("machine", "q35")
        .withAttribute("efi_disk", Map.of("datastore_id", "tank", "type", "4m", "pre_enrolled_keys", false))
        .withAttribute("cpu", Map.of("cores", 8, "type", "host"))
        .withAttribute("memory", Map.of("dedicated", 32768))
        .withAttribute("disk[0].import_from", "${proxmox_download_file.talos_gpu_v1_13_9_pve.id}");
  }

  @Test
  void theZfsArcIsCappedAt16GibOnTheHost() {
    assertThat(files).yaml("ansible/playbooks/proxmox-host.yml")
        .hasValue("[0].tasks[name=Set the ZFS ARC maximum to 16 GiB].ansible.builtin.lineinfile", Map.of(
            "path", "/etc/modprobe.d/zfs.conf",
            "regexp", "^options zfs zfs_arc_max=",
            "line", "options zfs zfs_arc_max=17179869184",
            "create", true, "owner", "root", "group", "root", "mode", "0644"))
        .hasValue("[0].tasks[name=Create ZFS pool tank].ansible.builtin.command.argv", List.of(
            "zpool", "create", "-o", "ashift=12", "-O", "compression=lz4", "-O", "xattr=sa", "-O", "atime=off",
            "-O", "recordsize=16384", "tank", "mirror",
            "/dev/disk/by-id/nvme-Samsung_SSD_990_PRO_2TB_S7DNNJ0X000001A",
            "/dev/disk/by-id/nvme-Samsung_SSD_990_PRO_2TB_S7DNNJ0X000002B"));
    terraform().hasResource("proxmox_storage_zfspool", "tank")
        .withAttribute("zfs_pool", "tank")
        .withAttribute("content", List.of("images", "rootdir"));
  }

  @Test
  void theUtilVmClonesTheDebianGoldenImage() {
    terraform().hasResource(VM, "util")
        .withAttribute("clone", Map.of("vm_id", 9000, "full", true))
        .withAttribute("initialization.ip_config[0].ipv4", Map.of("address", "10.0.10.50/24", "gateway", "10.0.10.1"))
        .withAttribute("initialization.user_account.password", "${var.password_hash}");
    // Packer makes template 9000 from the cloud-image template 9100 that Terraform imports.
    assertThat(files).packer("packer/debian").hasSource("proxmox-clone", "debian")
        .withAttribute("vm_id", 9000)
        .withAttribute("clone_vm_id", 9100)
        .withAttribute("full_clone", true);
    terraform().hasResource(VM, "debian_13")
        .withAttribute("vm_id", 9100)
        .withAttribute("template", true)
        .withAttribute("disk[0].import_from", "${proxmox_download_file.debian_13_pve.id}");
  }

  @Test
  void clusterCredentialsAreSensitiveOutputs() {
    terraform()
        .hasOutput("homelab_kubeconfig").thatIsSensitive()
        .withAttribute("value", "${talos_cluster_kubeconfig.homelab.kubeconfig_raw}")
        .and()
        .hasOutput("homelab_talosconfig").thatIsSensitive()
        .withAttribute("value", "${data.talos_client_configuration.homelab.talos_config}");
  }

  @Test
  void everySecretIsASensitiveVariable() {
    TerraformAssert terraform = terraform();
    for (String secret : List.of("proxmox_api_token", "ssh_public_key", "password_hash")) {
      terraform.hasVariable(secret).thatIsSensitive()
          .withAttribute("description", "Sensitive; from secrets/homelab.enc.yaml#" + secret);
    }
    var packerSecrets = Map.of(
        "packer/debian", List.of("packer_api_token", "ssh_public_key", "password_hash"),
        "packer/ubuntu", List.of("packer_api_token", "ssh_public_key", "password_hash"),
        "packer/arch", List.of("packer_api_token", "ssh_public_key", "password_hash"),
        "packer/nixos", List.of("packer_api_token", "ssh_public_key", "password_hash"),
        "packer/windows-server", List.of("packer_api_token", "ssh_public_key", "windows_admin_password"),
        "packer/talos", List.of("packer_api_token", "talos_build_password"));
    packerSecrets.forEach((dir, secrets) -> secrets.forEach(secret ->
        assertThat(files).packer(dir).hasVariable(secret).thatIsSensitive().withoutAttribute("default")));
  }

  @Test
  void providersAndPluginsArePinned() {
    terraform()
        .hasProvider("proxmox", "0.111.1").withAttribute("source", "bpg/proxmox")
        .and()
        .hasProvider("talos", "0.11.0").withAttribute("source", "siderolabs/talos")
        .and()
        .hasProvider("helm", "3.1.2").withAttribute("source", "hashicorp/helm")
        .and()
        .hasProviderConfiguration("proxmox")
        .withAttribute("api_token", "${var.proxmox_api_token}");
    for (String os : List.of("debian", "ubuntu", "arch", "nixos", "windows-server", "talos")) {
      assertThat(files).packer("packer/" + os)
          .hasRequiredPlugin("proxmox", "1.2.4").withAttribute("source", "github.com/hashicorp/proxmox")
          .and()
          .hasVariable("proxmox_username").withAttribute("default", "packer@pve!packer");
    }
  }

  @Test
  void theSecretsFileIsEncryptedForTheOperatorsAgeKey() {
    assertThat(files).yaml(".sops.yaml").hasValue("creation_rules", List.of(Map.of(
        "path_regex", "^secrets/homelab\\.enc\\.yaml$",
        "age", "age1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqs3290gq")));
    assertThat(files).file(".gitignore").hasLine("/secrets/*").hasLine("!/secrets/*.enc.yaml");
  }
}
