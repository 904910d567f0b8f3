package dev.ingot.proxmox.image;

import dev.ingot.core.Emission;
import dev.ingot.core.Infra;
import dev.ingot.core.ValidationContext;
import dev.ingot.core.value.Admin;
import dev.ingot.core.value.Secret;
import dev.ingot.core.value.Size;
import dev.ingot.proxmox.ProxmoxNode;
import dev.ingot.proxmox.Storage;
import dev.ingot.proxmox.packer.ProxmoxPlugin;
import dev.ingot.proxmox.vm.Bios;
import dev.ingot.proxmox.vm.GuestInit;
import dev.ingot.proxmox.vm.UserData;
import dev.ingot.proxmox.vm.VmId;
import dev.ingot.proxmox.vm.VmTemplate;
import dev.ingot.proxmox.zfs.ZfsPool;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A golden image: a Proxmox VM template that Packer builds from an operating system's installer
 * and brings to the same baseline on every OS — the QEMU guest agent, cloud-init (cloudbase-init on
 * Windows), the admin account with its keys and password hash from secrets, SSH without root logins
 * or passwords, the time zone and locale, automatic security updates.
 *
 * <pre>{@code
 * var debian = GoldenImage.debian(13).on(pve).storage(tank).vmId(9000).admin(admin)
 *     .timezone("Europe/Berlin").packages("htop");
 * var windows = GoldenImage.windowsServer(2025).on(pve).storage(tank).vmId(9005).admin(admin)
 *     .iso(IsoImage.file(DirStorage.local(), "windows-server-2025.iso"))
 *     .recipe(w -> w.adminPassword(secrets.ref("windows_admin_password")));
 * }</pre>
 *
 * <p>It writes {@code packer/<os>/<os>.pkr.hcl} with the files the installer reads, for Linux
 * {@code cloud-init/<os>/user-data.yaml} for its clones, the playbook
 * {@code ansible/playbooks/<os>-baseline.yml} that brings a clone to the baseline, and the inventory
 * group {@link #inventoryGroup()} that the playbook runs on. The template is named
 * {@code <os>-<version>-golden}; nothing emitted holds a date, the description gets the build time
 * from Packer.
 *
 * @param <R> the recipe type
 * @param recipe how the operating system is installed
 * @param node the node that builds and keeps the template
 * @param storage the storage of its disks (EFI, TPM and cloud-init drive included), which must allow images
 * @param isoStorage the storage that keeps ISOs, or null for the node's {@code local}
 * @param vmId the template's VM id
 * @param admin the admin account
 * @param iso the installer ISO, or null for the recipe's default
 * @param hardware the build VM
 * @param baseline the configurable part of the baseline
 * @param communicator how Packer reaches the guest, or null for the recipe's (SSH on Linux, WinRM on Windows)
 * @param base the template it is cloned from instead of installed ({@code proxmox-clone}), or null
 */
public record GoldenImage<R extends OsRecipe>(R recipe, ProxmoxNode node, Storage storage, Storage isoStorage,
    VmId vmId, Admin admin, IsoImage iso, Hardware hardware, Baseline baseline, CommunicatorType communicator,
    VmTemplate base) implements VmTemplate {
  /** The id of the storage that keeps ISOs unless set. */
  public static final String DEFAULT_ISO_STORAGE = "local";

  /** Checks for null. */
  public GoldenImage {
    Objects.requireNonNull(recipe, "recipe");
    Objects.requireNonNull(hardware, "hardware");
    Objects.requireNonNull(baseline, "baseline");
  }

  /**
   * An image built by {@code recipe}, with its defaults; place it with {@link #on}, {@link #storage}
   * and {@link #vmId}.
   */
  public static <R extends OsRecipe> GoldenImage<R> of(R recipe) {
    return new GoldenImage<>(recipe, null, null, null, null, null, null, Hardware.defaults(recipe),
        Baseline.defaults(), null, null);
  }

  /** Debian {@code release} (12 or 13) from its netinst ISO with a preseed file. */
  public static GoldenImage<DebianRecipe> debian(int release) {
    return of(DebianRecipe.of(release));
  }

  /** Ubuntu Server {@code release} ({@code 24.04} or {@code 26.04}) from its live-server ISO with autoinstall. */
  public static GoldenImage<UbuntuRecipe> ubuntu(String release) {
    return of(new UbuntuRecipe(release));
  }

  /** Arch Linux from the official ISO with a scripted install. */
  public static GoldenImage<ArchRecipe> arch() {
    return of(ArchRecipe.rolling());
  }

  /** NixOS {@code release} (25.05 or newer) from the minimal ISO with {@code nixos-install}. */
  public static GoldenImage<NixosRecipe> nixos(String release) {
    return of(new NixosRecipe(release));
  }

  /** Windows Server {@code release} (2022 or 2025) from the Microsoft ISO with an answer file. */
  public static GoldenImage<WindowsRecipe> windowsServer(int release) {
    return of(WindowsRecipe.server(release));
  }

  /** Windows 11 from the Microsoft ISO with an answer file. */
  public static GoldenImage<WindowsRecipe> windows11() {
    return of(WindowsRecipe.windows11());
  }

  /** This image built on {@code node}. */
  public GoldenImage<R> on(ProxmoxNode node) {
    return new GoldenImage<>(recipe, node, storage, isoStorage, vmId, admin, iso,
        hardware, baseline, communicator, base);
  }

  /** This image with its disks on {@code storage}. */
  public GoldenImage<R> storage(Storage storage) {
    return new GoldenImage<>(recipe, node, storage, isoStorage, vmId, admin, iso,
        hardware, baseline, communicator, base);
  }

  /** This image with its disks on the Proxmox storage that registers {@code pool}. */
  public GoldenImage<R> storage(ZfsPool pool) {
    return storage(pool.storage());
  }

  /** This image keeping downloaded and generated ISOs on {@code storage} instead of the node's {@code local}. */
  public GoldenImage<R> isoStorage(Storage storage) {
    return new GoldenImage<>(recipe, node, this.storage, storage, vmId, admin, iso,
        hardware, baseline, communicator, base);
  }

  /** This image with VM id {@code id}. */
  public GoldenImage<R> vmId(long id) {
    return new GoldenImage<>(recipe, node, storage, isoStorage, VmId.of(id), admin, iso, hardware, baseline,
        communicator, base);
  }

  /** This image with {@code admin} as its admin account. */
  public GoldenImage<R> admin(Admin admin) {
    return new GoldenImage<>(recipe, node, storage, isoStorage, vmId, admin, iso,
        hardware, baseline, communicator, base);
  }

  /** This image installed from {@code iso} instead of the recipe's. */
  public GoldenImage<R> iso(IsoImage iso) {
    return new GoldenImage<>(recipe, node, storage, isoStorage, vmId, admin, iso,
        hardware, baseline, communicator, base);
  }

  /**
   * This image checking its downloaded installer against {@code checksum}; for the recipes that pin
   * no checksum (Arch, NixOS) give the image and its checksum with {@link #iso} instead.
   */
  public GoldenImage<R> checksum(Checksum checksum) {
    IsoImage current = iso();
    IsoImage next = current instanceof IsoImage.Download d ? d.checksum(checksum) : current;
    return iso(next);
  }

  /**
   * This image cloned from {@code base}, a template of the distribution's cloud image (for Debian and
   * Ubuntu, e.g. a {@code CloudImageTemplate}), instead of installed from the ISO: Packer clones it,
   * lets itself in with a NoCloud seed CD (the admin account, the QEMU guest agent) and runs the same
   * baseline. The image keeps the base's disk and firmware.
   */
  public GoldenImage<R> fromTemplate(VmTemplate base) {
    return new GoldenImage<>(recipe, node, storage, isoStorage, vmId, admin, iso, hardware, baseline, communicator,
        base);
  }

  /** This image with a system disk of {@code size} (whole GiB); a cloned image keeps its base's disk. */
  public GoldenImage<R> diskSize(Size size) {
    return hardware(hardware.diskSize(size));
  }

  /** This image built with {@code count} CPU cores. */
  public GoldenImage<R> cores(int count) {
    return hardware(hardware.cores(count));
  }

  /** This image built with {@code size} of RAM. */
  public GoldenImage<R> memory(Size size) {
    return hardware(hardware.memory(size));
  }

  /** This image's NIC on {@code bridge}, untagged. */
  public GoldenImage<R> bridge(String bridge) {
    return hardware(hardware.network(bridge, null));
  }

  /** This image's NIC on {@code bridge} in VLAN {@code vlan}. */
  public GoldenImage<R> bridge(String bridge, int vlan) {
    return hardware(hardware.network(bridge, vlan));
  }

  /** This image installed for {@code bios}; every recipe installs for UEFI ({@link Bios#OVMF}). */
  public GoldenImage<R> bios(Bios bios) {
    return hardware(hardware.bios(bios));
  }

  /** This image with ({@code true}) or without a TPM v2.0; Windows 11 needs one. */
  public GoldenImage<R> tpm(boolean tpm) {
    return hardware(hardware.tpm(tpm));
  }

  /** This image with the build VM {@code hardware}. */
  public GoldenImage<R> hardware(Hardware hardware) {
    return new GoldenImage<>(recipe, node, storage, isoStorage, vmId, admin, iso,
        hardware, baseline, communicator, base);
  }

  /**
   * This image with more packages installed, by the OS's package names; Linux only (on Windows,
   * install software with a {@link ProvisionStep#powershell} step).
   */
  public GoldenImage<R> packages(String... packages) {
    return baseline(baseline.packages(List.of(packages)));
  }

  /** This image with the system locale {@code locale}, e.g. {@code de_DE.UTF-8}. */
  public GoldenImage<R> locale(String locale) {
    return baseline(baseline.locale(locale));
  }

  /** This image in time zone {@code timezone}, an IANA name such as {@code Europe/Berlin}. */
  public GoldenImage<R> timezone(String timezone) {
    return baseline(baseline.timezone(timezone));
  }

  /** This image with the console keyboard layout {@code layout}, e.g. {@code de}. */
  public GoldenImage<R> keyboard(String layout) {
    return baseline(baseline.keyboard(layout));
  }

  /** This image with one more build step after the baseline. */
  public GoldenImage<R> step(ProvisionStep step) {
    return baseline(baseline.step(step));
  }

  /** This image's template with more Proxmox tags. */
  public GoldenImage<R> tags(String... tags) {
    return baseline(baseline.tags(List.of(tags)));
  }

  /** This image with {@code baseline}. */
  public GoldenImage<R> baseline(Baseline baseline) {
    return new GoldenImage<>(recipe, node, storage, isoStorage, vmId, admin, iso,
        hardware, baseline, communicator, base);
  }

  /** This image reached by Packer over {@code communicator}. */
  public GoldenImage<R> communicator(CommunicatorType communicator) {
    return new GoldenImage<>(recipe, node, storage, isoStorage, vmId, admin, iso,
        hardware, baseline, communicator, base);
  }

  /**
   * This image with its recipe changed by {@code change}, e.g.
   * {@code w -> w.edition(WindowsEdition.SERVER_DATACENTER)}.
   */
  public GoldenImage<R> recipe(UnaryOperator<R> change) {
    return new GoldenImage<>(change.apply(recipe), node, storage, isoStorage, vmId, admin, iso, hardware, baseline,
        communicator, base);
  }

  /** The installer ISO: the one given, else the recipe's default (null when there is none). */
  @Override
  public IsoImage iso() {
    return iso != null ? iso : recipe.defaultIso();
  }

  /** The storage that keeps ISOs: the one given, else the node's {@code local}; null when neither exists. */
  @Override
  public Storage isoStorage() {
    if (isoStorage != null || node == null) {
      return isoStorage;
    }
    return node.findStorage(DEFAULT_ISO_STORAGE).orElse(null);
  }

  /** How Packer reaches the guest: as given, else SSH on Linux and WinRM on Windows. */
  @Override
  public CommunicatorType communicator() {
    if (communicator != null) {
      return communicator;
    }
    return recipe.windows() ? CommunicatorType.WINRM : CommunicatorType.SSH;
  }

  /** {@code <os>-<version>-golden}, e.g. {@code debian-13-golden}, {@code ubuntu-24.04-golden}. */
  @Override
  public String templateName() {
    return recipe.os() + "-" + recipe.version() + "-golden";
  }

  /** The directory of its Packer files: {@code packer/<os>}. */
  public String packerDirectory() {
    return "packer/" + recipe.os();
  }

  /**
   * The user-data of its clones, {@code cloud-init/<os>/user-data.yaml}, for
   * {@code Vm.userData(…)}: the image's admin with the VM admin's keys and password hash, hardened SSH,
   * the time zone and locale. Windows images have none: cloudbase-init reads the Proxmox drive.
   *
   * @throws IllegalStateException for a Windows image
   */
  public UserData cloneUserData() {
    if (recipe.windows()) {
      throw new IllegalStateException(templateName() + " is a Windows image; cloudbase-init reads the Proxmox drive");
    }
    return UserData.file(CloneCloudInit.userDataPath(this));
  }

  /** The inventory group of its clones, which the baseline playbook runs on: {@code debian}, {@code windows_server}. */
  @Override
  public String inventoryGroup() {
    return recipe.os().replace('-', '_');
  }

  /** The firmware: the build VM's, or the base's for a cloned image. */
  @Override
  public Bios bios() {
    return base == null ? hardware.bios() : base.bios();
  }

  /** The system disk: the build VM's, or the base's for a cloned image. */
  @Override
  public Size diskSize() {
    return base == null ? hardware.diskSize() : base.diskSize();
  }

  /** Always true: every golden image runs the QEMU guest agent. */
  @Override
  public boolean guestAgent() {
    return true;
  }

  /** cloud-init on Linux, cloudbase-init on Windows. */
  @Override
  public GuestInit guestInit() {
    return recipe.windows() ? GuestInit.CLOUDBASE_INIT : GuestInit.CLOUD_INIT;
  }

  @Override
  public String kind() {
    return "golden image";
  }

  @Override
  public String name() {
    return templateName();
  }

  /** The admin's secrets, and the Windows administrator's password. */
  @Override
  public List<Secret> secrets() {
    var secrets = new ArrayList<Secret>();
    if (admin != null) {
      secrets.addAll(admin.secrets());
    }
    if (recipe instanceof WindowsRecipe w && w.adminPassword() != null) {
      secrets.add(w.adminPassword());
    }
    return secrets;
  }

  /** Its own secrets, and the default plugin's token when the site has no {@link ProxmoxPlugin}. */
  @Override
  public List<Secret> secrets(Infra site) {
    return ProxmoxPlugin.withDefaultToken(site, secrets());
  }

  @Override
  public void validate(ValidationContext context) {
    ImageRules.validate(this, context);
  }

  @Override
  public void emit(Emission out) {
    ImageEmission.emit(this, out);
  }
}
