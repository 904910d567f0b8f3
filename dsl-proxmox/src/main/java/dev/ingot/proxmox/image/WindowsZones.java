package dev.ingot.proxmox.image;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Windows time zone ids for IANA time zones, from the Unicode CLDR table {@code windowsZones.xml}
 * (common/supplemental). Only common zones are listed; a zone not listed is reported by validation.
 */
final class WindowsZones {
  private static final Map<String, String> ZONES = new TreeMap<>();

  static {
    zone("UTC", "Etc/UTC", "UTC");
    zone("GMT Standard Time", "Europe/London", "Europe/Dublin", "Europe/Lisbon");
    zone("W. Europe Standard Time", "Europe/Berlin", "Europe/Amsterdam", "Europe/Vienna", "Europe/Zurich",
        "Europe/Rome", "Europe/Oslo", "Europe/Stockholm", "Europe/Luxembourg");
    zone("Central Europe Standard Time", "Europe/Budapest", "Europe/Prague", "Europe/Bratislava", "Europe/Ljubljana",
        "Europe/Belgrade");
    zone("Romance Standard Time", "Europe/Paris", "Europe/Brussels", "Europe/Copenhagen", "Europe/Madrid");
    zone("Central European Standard Time", "Europe/Warsaw", "Europe/Zagreb");
    zone("FLE Standard Time", "Europe/Helsinki", "Europe/Kiev", "Europe/Riga", "Europe/Sofia", "Europe/Tallinn",
        "Europe/Vilnius");
    zone("GTB Standard Time", "Europe/Athens", "Europe/Bucharest");
    zone("Russian Standard Time", "Europe/Moscow");
    zone("Eastern Standard Time", "America/New_York", "America/Toronto", "America/Detroit");
    zone("Central Standard Time", "America/Chicago", "America/Winnipeg");
    zone("Mountain Standard Time", "America/Denver", "America/Edmonton");
    zone("US Mountain Standard Time", "America/Phoenix");
    zone("Pacific Standard Time", "America/Los_Angeles", "America/Vancouver");
    zone("Alaskan Standard Time", "America/Anchorage");
    zone("Hawaiian Standard Time", "Pacific/Honolulu");
    zone("E. South America Standard Time", "America/Sao_Paulo");
    zone("India Standard Time", "Asia/Calcutta", "Asia/Kolkata");
    zone("China Standard Time", "Asia/Shanghai", "Asia/Hong_Kong");
    zone("Singapore Standard Time", "Asia/Singapore");
    zone("Tokyo Standard Time", "Asia/Tokyo");
    zone("Korea Standard Time", "Asia/Seoul");
    zone("AUS Eastern Standard Time", "Australia/Sydney", "Australia/Melbourne");
    zone("New Zealand Standard Time", "Pacific/Auckland");
  }

  private WindowsZones() {}

  /** The Windows id of the IANA zone {@code iana}, if listed. */
  static Optional<String> of(String iana) {
    return Optional.ofNullable(ZONES.get(iana));
  }

  private static void zone(String windows, String... iana) {
    for (String zone : iana) {
      ZONES.put(zone, windows);
    }
  }
}
