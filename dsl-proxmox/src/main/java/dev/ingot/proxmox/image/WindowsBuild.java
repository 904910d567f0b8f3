package dev.ingot.proxmox.image;

import dev.ingot.core.TextDocument;
import dev.ingot.core.hcl.HclExpr;
import dev.ingot.core.hcl.TemplateFile;
import dev.ingot.core.packer.PackerFunctions;
import dev.ingot.core.packer.Provisioner;
import dev.ingot.core.value.Admin;
import dev.ingot.core.xml.XmlDocument;
import dev.ingot.core.xml.XmlNode;
import dev.ingot.core.xml.XmlNode.Element;
import dev.ingot.proxmox.packer.Communicator;
import dev.ingot.proxmox.packer.IsoContent;
import dev.ingot.proxmox.packer.IsoDrive;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Windows: Setup reads {@code autounattend.xml} from a CD Packer makes, loads the VirtIO storage and
 * network drivers from the virtio-win ISO, and at the first logon installs the VirtIO guest tools
 * (with the QEMU guest agent) and runs {@code enable-winrm.ps1} from the same CD. Packer then
 * connects over WinRM, runs the baseline (cloudbase-init, OpenSSH with the admin's keys, the time
 * zone, automatic updates), the extra steps, and {@code sysprep.ps1}, which generalizes the image.
 * The answer file takes the system and user locale from the image's locale ({@code de_DE.UTF-8}
 * becomes {@code de-DE}), the input locale from its keyboard ({@link WindowsKeyboards}) and the
 * display language from the recipe's, the language of the ISO.
 */
final class WindowsBuild {
  /** The drive letters Setup may give the CDs; the answer file looks on each. */
  static final List<String> CD_LETTERS = List.of("D", "E", "F", "G", "H");
  /** The sshd configuration of the baseline: keys only, the administrators' keys in ProgramData. */
  static final String SSHD_CONFIG = Shell.lines(List.of(
      "# Ingot baseline: logins with SSH keys only",
      "PubkeyAuthentication yes",
      "PasswordAuthentication no",
      "PermitEmptyPasswords no",
      "AuthorizedKeysFile .ssh/authorized_keys",
      "Subsystem sftp sftp-server.exe",
      "",
      "Match Group administrators",
      "       AuthorizedKeysFile __PROGRAMDATA__/ssh/administrators_authorized_keys"));
  /** The keys of the administrators, read by sshd for members of the Administrators group. */
  static final String ADMIN_KEYS = "C:/ProgramData/ssh/administrators_authorized_keys";
  /** cloudbase-init's installation directory. */
  static final String CLOUDBASE = "C:\\Program Files\\Cloudbase Solutions\\Cloudbase-Init";

  private static final String UNATTEND = "urn:schemas-microsoft-com:unattend";
  private static final String PASSWORD = "admin_password";

  private WindowsBuild() {}

  static void configure(ImageBuild build) {
    GoldenImage<?> image = build.image();
    var recipe = (WindowsRecipe) image.recipe();
    HclExpr password = build.secret(recipe.adminPassword(), "password of the Windows administrator");
    build.file("autounattend.xml.pkrtpl", new XmlDocument(answerFile(image, recipe)));
    build.file("scripts/enable-winrm.ps1", TextDocument.hashComments(enableWinRm()));
    build.file("scripts/baseline.ps1", TextDocument.hashComments(baseline(image, recipe)));
    build.file("scripts/sysprep.ps1", TextDocument.hashComments(sysprep()));
    HclExpr escaped = xmlEscaped(password);
    build.source()
        .additionalIso(IsoDrive.sata(build.isoContent(recipe.virtioDrivers())))
        .additionalIso(IsoDrive.sata(new IsoContent.Generated(
            Map.of("autounattend.xml",
                PackerFunctions.templatefile("autounattend.xml.pkrtpl", Map.of(PASSWORD, escaped))),
            List.of(PackerFunctions.pathRoot("scripts/enable-winrm.ps1")), "ingot", build.isoStorage())))
        .bootCommand("3s", DebianFamily.keys(List.of("<spacebar><wait><spacebar><wait><spacebar><wait><spacebar>")))
        .communicator(Communicator.winrm(image.admin().name(), password));
    build.provision(powershell("scripts/baseline.ps1"));
    build.provision(Provisioner.of("file", b -> b
        .attribute("content", build.authorizedKeys())
        .attribute("destination", ADMIN_KEYS)));
    build.provision(Provisioner.of("powershell", b -> b.attribute("inline", HclExpr.strings(List.of(
        "icacls.exe '" + ADMIN_KEYS.replace('/', '\\') + "' /inheritance:r /grant '*S-1-5-32-544:F' /grant"
            + " '*S-1-5-18:F'")))));
    for (ProvisionStep step : image.baseline().steps()) {
      if (step instanceof ProvisionStep.PowerShell ps) {
        build.provision(Provisioner.of("powershell", b -> b.attribute("inline", HclExpr.strings(ps.lines()))));
      } else {
        build.provision(Provisioner.of("windows-restart", b -> b.attribute("restart_timeout", "30m")));
      }
    }
    build.provision(powershell("scripts/sysprep.ps1"));
  }

  private static Provisioner powershell(String relative) {
    return Provisioner.of("powershell", b -> b.attribute("script", PackerFunctions.pathRoot(relative)));
  }

  /** {@code replace(replace(replace(value, "&", "&amp;"), "<", "&lt;"), ">", "&gt;")}: the password as XML text. */
  private static HclExpr xmlEscaped(HclExpr value) {
    HclExpr out = value;
    for (String[] r : new String[][] {{"&", "&amp;"}, {"<", "&lt;"}, {">", "&gt;"}}) {
      out = HclExpr.call("replace", out, HclExpr.str(r[0]), HclExpr.str(r[1]));
    }
    return out;
  }

  /** The Windows locale of a Linux locale: {@code en_US.UTF-8} becomes {@code en-US}. */
  static String windowsLocale(String locale) {
    int dot = locale.indexOf('.');
    return (dot < 0 ? locale : locale.substring(0, dot)).replace('_', '-');
  }

  private static Element answerFile(GoldenImage<?> image, WindowsRecipe recipe) {
    Admin admin = image.admin();
    String locale = windowsLocale(image.baseline().locale());
    String input = WindowsKeyboards.of(image.baseline().keyboard()).orElseThrow();
    String language = recipe.language();
    String zone = WindowsZones.of(image.baseline().timezone()).orElseThrow();
    Element setup = component("Microsoft-Windows-Setup").children(
        disk(),
        el("ImageInstall", el("OSImage",
            el("InstallFrom", el("MetaData").attribute("wcm:action", "add").children(
                leaf("Key", "/IMAGE/NAME"), leaf("Value", recipe.edition().imageName(recipe.product())))),
            el("InstallTo", leaf("DiskID", "0"), leaf("PartitionID", "3")))),
        userData(recipe));
    Element windowsPe = el("settings").attribute("pass", "windowsPE").children(
        component("Microsoft-Windows-International-Core-WinPE").children(
            el("SetupUILanguage", leaf("UILanguage", language)),
            leaf("InputLocale", input), leaf("SystemLocale", locale), leaf("UILanguage", language),
            leaf("UserLocale", locale)),
        component("Microsoft-Windows-PnpCustomizationsWinPE").children(drivers(recipe)),
        setup);
    Element specialize = el("settings").attribute("pass", "specialize").children(
        component("Microsoft-Windows-Shell-Setup").children(
            leaf("ComputerName", recipe.os()), leaf("TimeZone", zone)));
    Element oobe = el("settings").attribute("pass", "oobeSystem").children(
        component("Microsoft-Windows-International-Core").children(
            leaf("InputLocale", input), leaf("SystemLocale", locale), leaf("UILanguage", language),
            leaf("UserLocale", locale)),
        component("Microsoft-Windows-Shell-Setup").children(
            el("OOBE",
                leaf("HideEULAPage", "true"),
                leaf("HideLocalAccountScreen", "true"),
                leaf("HideOEMRegistrationScreen", "true"),
                leaf("HideOnlineAccountScreens", "true"),
                leaf("HideWirelessSetupInOOBE", "true"),
                leaf("ProtectYourPC", "3")),
            el("UserAccounts", el("LocalAccounts", el("LocalAccount").attribute("wcm:action", "add").children(
                leaf("Name", admin.name()),
                leaf("Group", "Administrators"),
                password()))),
            el("AutoLogon",
                leaf("Enabled", "true"),
                leaf("Username", admin.name()),
                password(),
                leaf("LogonCount", "1")),
            el("FirstLogonCommands",
                command(1, "Install the VirtIO drivers and the QEMU guest agent", "cmd.exe /c for %d in ("
                    + String.join(" ", CD_LETTERS) + ") do @if exist %d:\\virtio-win-guest-tools.exe"
                    + " start /wait %d:\\virtio-win-guest-tools.exe /install /quiet /norestart"),
                command(2, "Let Packer in over WinRM", "powershell.exe -NoProfile -ExecutionPolicy Bypass -Command"
                    + " \"Get-PSDrive -PSProvider FileSystem | ForEach-Object { $s = Join-Path $_.Root"
                    + " 'enable-winrm.ps1'; if (Test-Path $s) { & $s } }\""))));
    return el("unattend").attribute("xmlns", UNATTEND).children(windowsPe, specialize, oobe);
  }

  private static Element disk() {
    return el("DiskConfiguration", el("Disk").attribute("wcm:action", "add").children(
        leaf("DiskID", "0"),
        leaf("WillWipeDisk", "true"),
        el("CreatePartitions",
            partition(1, "EFI", "260"),
            partition(2, "MSR", "16"),
            el("CreatePartition").attribute("wcm:action", "add").children(
                leaf("Order", "3"), leaf("Type", "Primary"), leaf("Extend", "true"))),
        el("ModifyPartitions",
            el("ModifyPartition").attribute("wcm:action", "add").children(
                leaf("Order", "1"), leaf("PartitionID", "1"), leaf("Format", "FAT32"), leaf("Label", "System")),
            el("ModifyPartition").attribute("wcm:action", "add").children(
                leaf("Order", "2"), leaf("PartitionID", "2")),
            el("ModifyPartition").attribute("wcm:action", "add").children(
                leaf("Order", "3"), leaf("PartitionID", "3"), leaf("Format", "NTFS"), leaf("Label", "Windows"),
                leaf("Letter", "C")))));
  }

  private static Element partition(int order, String type, String sizeMb) {
    return el("CreatePartition").attribute("wcm:action", "add").children(
        leaf("Order", Integer.toString(order)), leaf("Type", type), leaf("Size", sizeMb));
  }

  private static Element userData(WindowsRecipe recipe) {
    Element data = el("UserData", leaf("AcceptEula", "true"));
    if (recipe.productKey() != null) {
      data = data.children(el("ProductKey", leaf("Key", recipe.productKey()), leaf("WillShowUI", "OnError")));
    }
    return data;
  }

  /** The storage (vioscsi) and network (NetKVM) drivers of this Windows on each CD letter. */
  private static Element drivers(WindowsRecipe recipe) {
    List<XmlNode> paths = new ArrayList<>();
    int key = 1;
    for (String letter : CD_LETTERS) {
      for (String driver : List.of("vioscsi", "NetKVM")) {
        paths.add(el("PathAndCredentials").attribute("wcm:action", "add").attribute("wcm:keyValue",
            Integer.toString(key++)).children(
                leaf("Path", letter + ":\\" + driver + "\\" + recipe.driverFolder() + "\\amd64")));
      }
    }
    return el("DriverPaths").children(paths);
  }

  private static Element password() {
    return el("Password", XmlNode.leaf("Value", TemplateFile.placeholder(PASSWORD)), leaf("PlainText", "true"));
  }

  private static Element command(int order, String description, String line) {
    return el("SynchronousCommand").attribute("wcm:action", "add").children(
        leaf("Order", Integer.toString(order)), leaf("Description", description), leaf("CommandLine", line));
  }

  private static Element component(String name) {
    return el("component").attribute("name", name)
        .attribute("processorArchitecture", "amd64")
        .attribute("publicKeyToken", "31bf3856ad364e35")
        .attribute("language", "neutral")
        .attribute("versionScope", "nonSxS")
        .attribute("xmlns:wcm", "http://schemas.microsoft.com/WMIConfig/2002/State")
        .attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
  }

  private static Element el(String name, XmlNode... children) {
    return Element.named(name).children(children);
  }

  /** An element with literal template text. */
  private static Element leaf(String name, String text) {
    return XmlNode.leaf(name, TemplateFile.literal(text));
  }

  private static String enableWinRm() {
    return Shell.lines(List.of(
        "# Lets Packer in over WinRM (HTTPS with NTLM) at the first logon of the build;",
        "# sysprep.ps1 takes it out of the image again.",
        "$ErrorActionPreference = 'Stop'",
        "for ($i = 0; $i -lt 60 -and -not (Get-NetConnectionProfile -ErrorAction SilentlyContinue); $i++) {",
        "  Start-Sleep -Seconds 2",
        "}",
        "Get-NetConnectionProfile | Set-NetConnectionProfile -NetworkCategory Private",
        "Enable-PSRemoting -SkipNetworkProfileCheck -Force",
        "Set-ItemProperty -Path 'HKLM:\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\System'"
            + " -Name LocalAccountTokenFilterPolicy -Value 1 -Type DWord",
        "$cert = New-SelfSignedCertificate -DnsName $env:COMPUTERNAME -CertStoreLocation Cert:\\LocalMachine\\My",
        "New-Item -Path WSMan:\\localhost\\Listener -Transport HTTPS -Address * -CertificateThumbPrint"
            + " $cert.Thumbprint -Force | Out-Null",
        "New-NetFirewallRule -Name IngotWinRmHttps -DisplayName 'WinRM over HTTPS (Ingot build)' -Direction Inbound"
            + " -Protocol TCP -LocalPort 5986 -Action Allow | Out-Null",
        "Set-Service -Name WinRM -StartupType Automatic",
        "Restart-Service -Name WinRM"));
  }

  private static String baseline(GoldenImage<?> image, WindowsRecipe recipe) {
    RemoteFile cloudbase = recipe.cloudbaseInit();
    String zone = WindowsZones.of(image.baseline().timezone()).orElseThrow();
    String algorithm = cloudbase.checksum().algorithm().toUpperCase(Locale.ROOT);
    return Shell.lines(List.of(
        "# Brings " + recipe.displayName() + " to the golden baseline; run by Packer over WinRM.",
        "$ErrorActionPreference = 'Stop'",
        "$ProgressPreference = 'SilentlyContinue'",
        "",
        "# The QEMU guest agent, installed with the VirtIO guest tools at the first logon",
        "Set-Service -Name QEMU-GA -StartupType Automatic",
        "Start-Service -Name QEMU-GA",
        "",
        "Set-TimeZone -Id '" + zone + "'",
        "",
        "# Automatic updates: download and install every day at 03:00",
        "$au = 'HKLM:\\SOFTWARE\\Policies\\Microsoft\\Windows\\WindowsUpdate\\AU'",
        "New-Item -Path $au -Force | Out-Null",
        "Set-ItemProperty -Path $au -Name NoAutoUpdate -Value 0 -Type DWord",
        "Set-ItemProperty -Path $au -Name AUOptions -Value 4 -Type DWord",
        "Set-ItemProperty -Path $au -Name ScheduledInstallDay -Value 0 -Type DWord",
        "Set-ItemProperty -Path $au -Name ScheduledInstallTime -Value 3 -Type DWord",
        "",
        "# OpenSSH server with key logins only",
        "$ssh = Get-WindowsCapability -Online -Name 'OpenSSH.Server~~~~0.0.1.0'",
        "if ($ssh.State -ne 'Installed') { Add-WindowsCapability -Online -Name $ssh.Name | Out-Null }",
        "New-Item -ItemType Directory -Path \"$env:ProgramData\\ssh\" -Force | Out-Null",
        "Set-Content -Path \"$env:ProgramData\\ssh\\sshd_config\" -Encoding ascii -Value @'",
        SSHD_CONFIG.stripTrailing(),
        "'@",
        "Set-Service -Name sshd -StartupType Automatic",
        "if (-not (Get-NetFirewallRule -Name OpenSSH-Server-In-TCP -ErrorAction SilentlyContinue)) {",
        "  New-NetFirewallRule -Name OpenSSH-Server-In-TCP -DisplayName 'OpenSSH Server (sshd)' -Direction Inbound"
            + " -Protocol TCP -LocalPort 22 -Action Allow | Out-Null",
        "}",
        "",
        "# cloudbase-init " + WindowsRecipe.CLOUDBASE_INIT_RELEASE + " for the Proxmox cloud-init drive (ConfigDrive)",
        "$msi = Join-Path $env:TEMP '" + cloudbase.fileName() + "'",
        "Invoke-WebRequest -UseBasicParsing -Uri '" + cloudbase.url() + "' -OutFile $msi",
        "if ((Get-FileHash -Algorithm " + algorithm + " -Path $msi).Hash -ne '"
            + cloudbase.checksum().hex().toUpperCase(Locale.ROOT) + "') {",
        "  throw \"$msi does not have the pinned checksum\"",
        "}",
        "$install = Start-Process -FilePath msiexec.exe -Wait -PassThru"
            + " -ArgumentList @('/i', $msi, '/qn', '/norestart', 'RUN_SERVICE_AS_LOCAL_SYSTEM=1')",
        "if ($install.ExitCode -ne 0) { throw \"cloudbase-init setup failed with exit code $($install.ExitCode)\" }",
        "Remove-Item -Path $msi",
        "$conf = Join-Path '" + CLOUDBASE + "' 'conf'",
        "Set-Content -Path (Join-Path $conf 'cloudbase-init.conf') -Encoding ascii -Value @'",
        cloudbaseConfig(image.admin(), false).stripTrailing(),
        "'@",
        "Set-Content -Path (Join-Path $conf 'cloudbase-init-unattend.conf') -Encoding ascii -Value @'",
        cloudbaseConfig(image.admin(), true).stripTrailing(),
        "'@"));
  }

  /**
   * cloudbase-init's settings: the Proxmox ConfigDrive and the admin account. At each boot of a clone
   * the service runs the plugins that configure it; during sysprep's specialize pass only the host
   * name, MTU and disk size are set, without a reboot of its own.
   */
  private static String cloudbaseConfig(Admin admin, boolean specialize) {
    List<String> plugins = specialize
        ? List.of("common.mtu.MTUPlugin", "common.sethostname.SetHostNamePlugin",
            "windows.extendvolumes.ExtendVolumesPlugin")
        : List.of("common.mtu.MTUPlugin", "windows.ntpclient.NTPClientPlugin", "common.sethostname.SetHostNamePlugin",
            "windows.createuser.CreateUserPlugin", "common.networkconfig.NetworkConfigPlugin",
            "common.sshpublickeys.SetUserSSHPublicKeysPlugin", "windows.extendvolumes.ExtendVolumesPlugin",
            "common.userdata.UserDataPlugin", "common.setuserpassword.SetUserPasswordPlugin");
    List<String> lines = new ArrayList<>(List.of(
        "[DEFAULT]",
        "username=" + admin.name(),
        "groups=Administrators",
        "inject_user_password=true",
        "first_logon_behaviour=no",
        "metadata_services=cloudbaseinit.metadata.services.configdrive.ConfigDriveService",
        "plugins=" + String.join(",", plugins.stream().map(p -> "cloudbaseinit.plugins." + p).toList()),
        "bsdtar_path=" + CLOUDBASE + "\\bin\\bsdtar.exe",
        "mtools_path=" + CLOUDBASE + "\\bin\\",
        "log_dir=" + CLOUDBASE + "\\log\\",
        "log_file=" + (specialize ? "cloudbase-init-unattend.log" : "cloudbase-init.log")));
    if (specialize) {
      lines.addAll(List.of("allow_reboot=false", "stop_service_on_exit=false"));
    }
    return Shell.lines(lines);
  }

  private static String sysprep() {
    return Shell.lines(List.of(
        "# Generalizes the image: takes the build's WinRM access out again (on each clone at its first boot,",
        "# since Packer is still connected), then sysprep with cloudbase-init's answer file. Packer shuts the",
        "# VM down afterwards and turns it into the template.",
        "$ErrorActionPreference = 'Stop'",
        "$setup = \"$env:SystemRoot\\Setup\\Scripts\"",
        "New-Item -ItemType Directory -Path $setup -Force | Out-Null",
        "Set-Content -Path (Join-Path $setup 'SetupComplete.cmd') -Encoding ascii -Value @'",
        "powershell.exe -NoProfile -ExecutionPolicy Bypass -Command \"Get-ChildItem WSMan:\\localhost\\Listener"
            + " | Where-Object Keys -Contains 'Transport=HTTPS' | Remove-Item -Recurse -Force;"
            + " Remove-NetFirewallRule -Name IngotWinRmHttps -ErrorAction SilentlyContinue;"
            + " Remove-ItemProperty -Path 'HKLM:\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\System'"
            + " -Name LocalAccountTokenFilterPolicy -ErrorAction SilentlyContinue\"",
        "'@",
        "$winlogon = 'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon'",
        "Set-ItemProperty -Path $winlogon -Name AutoAdminLogon -Value '0'",
        "Remove-ItemProperty -Path $winlogon -Name DefaultPassword -ErrorAction SilentlyContinue",
        "Get-ChildItem -Path \"$env:ProgramData\\ssh\" -Filter 'ssh_host_*' -ErrorAction SilentlyContinue"
            + " | Remove-Item -Force",
        "& \"$env:SystemRoot\\System32\\Sysprep\\Sysprep.exe\" /generalize /oobe /quit /quiet"
            + " \"/unattend:" + CLOUDBASE + "\\conf\\Unattend.xml\"",
        "if ($LASTEXITCODE -ne 0) { throw \"sysprep failed with exit code $LASTEXITCODE\" }"));
  }
}
