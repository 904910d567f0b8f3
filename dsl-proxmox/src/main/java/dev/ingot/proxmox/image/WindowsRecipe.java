package dev.ingot.proxmox.image;

import dev.ingot.core.validate.Path;
import dev.ingot.core.validate.Problems;
import dev.ingot.core.value.Secret;
import dev.ingot.core.value.Size;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Windows installed by Windows Setup from the Microsoft ISO with an {@code autounattend.xml} on a CD
 * Packer makes, the VirtIO drivers from the virtio-win ISO, UEFI with Secure Boot keys and a TPM
 * v2.0; Packer connects over WinRM, installs cloudbase-init and the baseline, and sysprep generalizes
 * the image at the end.
 *
 * <p>Microsoft publishes no stable download URL, so the Windows ISO must be uploaded to a storage
 * and given with {@link GoldenImage#iso}. The administrator's password is a secret of its own: the
 * admin's crypt(3) hash cannot log in to Windows.
 *
 * @param server true for Windows Server, false for Windows 11
 * @param release 2022 or 2025 for Windows Server, 11 for Windows
 * @param edition the edition to install
 * @param language the language of the ISO, which Setup shows, e.g. {@code en-US}
 * @param adminPassword the administrator's password, or null when not yet given (a validation error)
 * @param productKey the product key, or null to install without one (evaluation or volume media)
 * @param virtioDrivers the virtio-win driver ISO
 * @param cloudbaseInit the cloudbase-init installer
 */
public record WindowsRecipe(boolean server, int release, WindowsEdition edition, String language, Secret adminPassword,
    String productKey, IsoImage virtioDrivers, RemoteFile cloudbaseInit) implements OsRecipe {
  /** The Windows Server releases the answer file is written for. */
  public static final List<Integer> SUPPORTED_SERVER = List.of(2022, 2025);
  /** The pinned virtio-win driver ISO release. */
  public static final String VIRTIO_RELEASE = "0.1.285";
  /** SHA-256 of {@code virtio-win-0.1.285.iso}. */
  public static final String VIRTIO_SHA256 = "e14cf2b94492c3e925f0070ba7fdfedeb2048c91eea9c5a5afb30232a3976331";
  /** The pinned cloudbase-init release. */
  public static final String CLOUDBASE_INIT_RELEASE = "1.1.8";
  /** SHA-256 of {@code CloudbaseInitSetup_1_1_8_x64.msi}. */
  public static final String CLOUDBASE_INIT_SHA256 = "0e7fa42e0cbc0ce7657f85730b0c6cc7afc4087a3639df0ff51a721a0be19bd5";

  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}-[A-Z]{2}");
  private static final Pattern PRODUCT_KEY = Pattern.compile("([A-Z0-9]{5}-){4}[A-Z0-9]{5}");

  /** Checks for null. */
  public WindowsRecipe {
    Objects.requireNonNull(edition, "edition");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(virtioDrivers, "virtioDrivers");
    Objects.requireNonNull(cloudbaseInit, "cloudbaseInit");
  }

  /** Windows Server {@code release}, Standard with the Desktop Experience. */
  public static WindowsRecipe server(int release) {
    return new WindowsRecipe(true, release, WindowsEdition.SERVER_STANDARD, "en-US", null, null, virtio(), cloudbase());
  }

  /** Windows 11 Pro. */
  public static WindowsRecipe windows11() {
    return new WindowsRecipe(false, 11, WindowsEdition.PRO, "en-US", null, null, virtio(), cloudbase());
  }

  /** This recipe installing {@code edition}. */
  public WindowsRecipe edition(WindowsEdition edition) {
    return new WindowsRecipe(server, release, edition, language, adminPassword, productKey, virtioDrivers,
        cloudbaseInit);
  }

  /** This recipe installing from an ISO in {@code language} (e.g. {@code de-DE}), the language Setup shows. */
  public WindowsRecipe language(String language) {
    return new WindowsRecipe(server, release, edition, language, adminPassword, productKey, virtioDrivers,
        cloudbaseInit);
  }

  /** This recipe giving the administrator the password kept in {@code password}. */
  public WindowsRecipe adminPassword(Secret password) {
    return new WindowsRecipe(server, release, edition, language, password, productKey, virtioDrivers, cloudbaseInit);
  }

  /** This recipe installing with {@code key} (e.g. a KMS client key for volume media). */
  public WindowsRecipe productKey(String key) {
    return new WindowsRecipe(server, release, edition, language, adminPassword, key, virtioDrivers, cloudbaseInit);
  }

  /** This recipe taking the VirtIO drivers from {@code iso}. */
  public WindowsRecipe virtioDrivers(IsoImage iso) {
    return new WindowsRecipe(server, release, edition, language, adminPassword, productKey, iso, cloudbaseInit);
  }

  /** This recipe installing cloudbase-init from {@code installer}. */
  public WindowsRecipe cloudbaseInit(RemoteFile installer) {
    return new WindowsRecipe(server, release, edition, language, adminPassword, productKey, virtioDrivers, installer);
  }

  /** The product name: {@code Windows Server 2025} or {@code Windows 11}. */
  public String product() {
    return server ? "Windows Server " + release : "Windows " + release;
  }

  /** The virtio-win driver folder for this Windows: {@code 2k25}, {@code 2k22} or {@code w11}. */
  public String driverFolder() {
    return server ? "2k" + (release % 100) : "w" + release;
  }

  @Override
  public String os() {
    return server ? "windows-server" : "windows";
  }

  @Override
  public String version() {
    return Integer.toString(release);
  }

  @Override
  public String displayName() {
    return product();
  }

  @Override
  public boolean windows() {
    return true;
  }

  /** None: Microsoft publishes no stable download URL. */
  @Override
  public IsoImage defaultIso() {
    return null;
  }

  /**
   * Microsoft's minimums, 32 GiB of disk and 2 GiB of RAM for Windows Server (64 GiB of disk unless
   * set) and 64 GiB and 4 GiB for Windows 11 (80 GiB unless set); 8 GiB of RAM unless set.
   */
  @Override
  public RecipeSizes sizes() {
    return server
        ? new RecipeSizes(Size.gib(32), Size.gib(64), Size.gib(2), Size.gib(8))
        : new RecipeSizes(Size.gib(64), Size.gib(80), Size.gib(4), Size.gib(8));
  }

  @Override
  public void validate(Path path, Problems problems) {
    if (server && !SUPPORTED_SERVER.contains(release)) {
      problems.error(path.field("version"), "Windows Server " + release + " is not supported: use 2022 or 2025");
    } else if (!server && release != 11) {
      problems.error(path.field("version"), "Windows " + release + " is not supported: use Windows 11");
    }
    if (edition.server() != server) {
      problems.error(path.field("edition"), edition + " is not an edition of " + product());
    }
    if (adminPassword == null) {
      problems.error(path.field("adminPassword"), "Windows needs the administrator's password itself (a crypt"
          + " hash cannot log in): give it with recipe(w -> w.adminPassword(secret))");
    }
    if (!LANGUAGE.matcher(language).matches()) {
      problems.error(path.field("language"), "\"" + language + "\" is not a Windows language like en-US");
    }
    if (productKey != null && !PRODUCT_KEY.matcher(productKey).matches()) {
      problems.error(path.field("productKey"), "not a product key like XXXXX-XXXXX-XXXXX-XXXXX-XXXXX");
    }
    if (cloudbaseInit.checksum() == null) {
      problems.error(path.field("cloudbaseInit").field("checksum"), "missing checksum: give the SHA-256 of "
          + cloudbaseInit.fileName() + " with recipe(w -> w.cloudbaseInit(new RemoteFile(url, Checksum.sha256(…))))");
    } else {
      cloudbaseInit.checksum().validate(path.field("cloudbaseInit").field("checksum"), problems);
      if (cloudbaseInit.checksum().algorithm() == null) {
        problems.error(path.field("cloudbaseInit").field("checksum"), "the guest checks the installer itself:"
            + " give its sha256 or sha512 digest, not a checksum file");
      }
    }
  }

  private static IsoImage virtio() {
    return IsoImage.url("https://fedorapeople.org/groups/virt/virtio-win/direct-downloads/archive-virtio/virtio-win-"
        + VIRTIO_RELEASE + "-1/virtio-win-" + VIRTIO_RELEASE + ".iso", Checksum.sha256(VIRTIO_SHA256));
  }

  private static RemoteFile cloudbase() {
    return new RemoteFile("https://github.com/cloudbase/cloudbase-init/releases/download/" + CLOUDBASE_INIT_RELEASE
        + "/CloudbaseInitSetup_" + CLOUDBASE_INIT_RELEASE.replace('.', '_') + "_x64.msi",
        Checksum.sha256(CLOUDBASE_INIT_SHA256));
  }
}
