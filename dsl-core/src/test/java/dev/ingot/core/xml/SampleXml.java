package dev.ingot.core.xml;

import static dev.ingot.core.xml.XmlNode.leaf;

import dev.ingot.core.xml.XmlNode.Element;
import java.util.LinkedHashMap;
import java.util.Map;

/** Representative XML documents shared by the XML tests. */
final class SampleXml {
  private SampleXml() {}

  /** A Windows Server answer file shaped like the ones the Windows golden image writes. */
  static Element autounattend() {
    return Element.named("unattend")
        .attribute("xmlns", "urn:schemas-microsoft-com:unattend")
        .attribute("xmlns:wcm", "http://schemas.microsoft.com/WMIConfig/2002/State")
        .attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance")
        .children(
            Element.named("settings").attribute("pass", "windowsPE").children(
                component("Microsoft-Windows-International-Core-WinPE").children(
                    Element.named("SetupUILanguage").children(leaf("UILanguage", "en-US")),
                    leaf("InputLocale", "0409:00000409"),
                    leaf("SystemLocale", "en-US"),
                    leaf("UILanguage", "en-US"),
                    leaf("UserLocale", "de-CH")),
                component("Microsoft-Windows-Setup").children(
                    Element.named("DiskConfiguration").children(
                        Element.named("Disk").attribute("wcm:action", "add").children(
                            leaf("DiskID", "0"),
                            leaf("WillWipeDisk", "true"),
                            Element.named("CreatePartitions").children(
                                partition(1, "EFI", "100"),
                                partition(2, "MSR", "16"),
                                Element.named("CreatePartition").attribute("wcm:action", "add").children(
                                    leaf("Order", "3"), leaf("Type", "Primary"), leaf("Extend", "true"))))),
                    Element.named("ImageInstall").children(Element.named("OSImage").children(
                        Element.named("InstallFrom").children(
                            Element.named("MetaData").attribute("wcm:action", "add").children(
                                leaf("Key", "/IMAGE/NAME"),
                                leaf("Value", "Windows Server 2025 SERVERSTANDARD"))),
                        Element.named("InstallTo").children(leaf("DiskID", "0"), leaf("PartitionID", "3")))),
                    Element.named("UserData").children(
                        leaf("AcceptEula", "true"),
                        Element.named("ProductKey").children(leaf("Key", ""), leaf("WillShowUI", "OnError")))),
                component("Microsoft-Windows-PnpCustomizationsWinPE").children(
                    Element.named("DriverPaths").children(
                        Element.named("PathAndCredentials").attribute("wcm:action", "add").attribute("wcm:keyValue", "1")
                            .children(leaf("Path", "E:\\vioscsi\\2k25\\amd64"))))),
            Element.named("settings").attribute("pass", "specialize").children(
                component("Microsoft-Windows-Shell-Setup").children(
                    leaf("ComputerName", "win-2025"),
                    leaf("TimeZone", "W. Europe Standard Time"))),
            Element.named("settings").attribute("pass", "oobeSystem").children(
                component("Microsoft-Windows-Shell-Setup").children(
                    Element.named("OOBE").children(
                        leaf("HideEULAPage", "true"),
                        leaf("ProtectYourPC", "3")),
                    Element.named("UserAccounts").children(
                        Element.named("AdministratorPassword").children(
                            leaf("Value", "P&ss<w0rd>\"'"),
                            leaf("PlainText", "true"))),
                    Element.named("FirstLogonCommands").children(
                        Element.named("SynchronousCommand").attribute("wcm:action", "add").children(
                            leaf("Order", "1"),
                            leaf("CommandLine", "powershell -NoProfile -Command "
                                + "\"Set-Item WSMan:\\localhost\\Service\\AllowUnencrypted -Value $true\""),
                            leaf("Description", "Enable WinRM for Packer & Ansible"))))),
            Element.named("cpi:offlineImage")
                .attribute("cpi:source", "wim:c:/iso/sources/install.wim#Windows Server 2025 SERVERSTANDARD")
                .attribute("xmlns:cpi", "urn:schemas-microsoft-com:cpi"));
  }

  private static Element component(String name) {
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("name", name);
    attributes.put("processorArchitecture", "amd64");
    attributes.put("publicKeyToken", "31bf3856ad364e35");
    attributes.put("language", "neutral");
    attributes.put("versionScope", "nonSxS");
    return Element.named("component").attributes(attributes);
  }

  private static Element partition(int order, String type, String size) {
    return Element.named("CreatePartition").attribute("wcm:action", "add")
        .children(leaf("Order", Integer.toString(order)), leaf("Type", type), leaf("Size", size));
  }
}
