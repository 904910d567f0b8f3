package dev.ingot.proxmox.packer;

import dev.ingot.core.hcl.HclBody;
import dev.ingot.core.hcl.HclExpr;
import java.util.Objects;

/** How Packer reaches the guest to provision it. */
public sealed interface Communicator {
  /** SSH as {@code username}, authenticated by the keys in the build host's SSH agent. */
  static Communicator ssh(String username) {
    return new Ssh(username, false);
  }

  /**
   * SSH as {@code username} with a temporary key pair that the plugin gives a clone through cloud-init
   * and removes at the end ({@code proxmox-clone} only).
   */
  static Communicator sshWithTemporaryKey(String username) {
    return new Ssh(username, true);
  }

  /**
   * SSH as {@code username}, whose password is {@code password} (a reference to a sensitive
   * variable): for a live system that gets a throwaway password typed in by the boot command.
   */
  static Communicator sshPassword(String username, HclExpr password) {
    return new SshPassword(username, password);
  }

  /** WinRM over HTTPS with NTLM as {@code username}, whose password is {@code password}. */
  static Communicator winrm(String username, HclExpr password) {
    return new WinRm(username, password);
  }

  /** No connection: nothing is provisioned after the install. */
  static Communicator none() {
    return new None();
  }

  /** The protocol's name as the plugin writes it. */
  String type();

  /** Writes the communicator's settings. */
  void write(HclBody.Builder body);

  /**
   * SSH with agent authentication: the private key never leaves the build host. With
   * {@code temporaryKey} the plugin makes a key pair, gives the public key to the clone through
   * cloud-init and removes it from {@code authorized_keys} at the end ({@code proxmox-clone} only).
   *
   * @param username the user to log in as
   * @param temporaryKey whether to use a temporary key pair instead of the agent
   */
  record Ssh(String username, boolean temporaryKey) implements Communicator {
    /** Checks for null. */
    public Ssh {
      Objects.requireNonNull(username, "username");
    }

    @Override
    public String type() {
      return "ssh";
    }

    @Override
    public void write(HclBody.Builder body) {
      writeSsh(body, username, temporaryKey ? "ssh_clear_authorized_keys" : "ssh_agent_auth", HclExpr.bool(true));
    }
  }

  /**
   * SSH with password authentication.
   *
   * @param username the user to log in as
   * @param password the password, a reference to a sensitive variable
   */
  record SshPassword(String username, HclExpr password) implements Communicator {
    /** Checks for null. */
    public SshPassword {
      Objects.requireNonNull(username, "username");
      Objects.requireNonNull(password, "password");
    }

    @Override
    public String type() {
      return "ssh";
    }

    @Override
    public void write(HclBody.Builder body) {
      writeSsh(body, username, "ssh_password", password);
    }
  }

  /**
   * WinRM over HTTPS (port 5986) with NTLM, accepting the guest's self-signed certificate.
   *
   * @param username the user to log in as
   * @param password the password, a reference to a sensitive variable
   */
  record WinRm(String username, HclExpr password) implements Communicator {
    /** Checks for null. */
    public WinRm {
      Objects.requireNonNull(username, "username");
      Objects.requireNonNull(password, "password");
    }

    @Override
    public String type() {
      return "winrm";
    }

    @Override
    public void write(HclBody.Builder body) {
      body.attribute("communicator", type())
          .attribute("winrm_username", username)
          .attribute("winrm_password", password)
          .attribute("winrm_port", 5986)
          .attribute("winrm_use_ssl", true)
          .attribute("winrm_insecure", true)
          .attribute("winrm_use_ntlm", true)
          .attribute("winrm_timeout", "2h");
    }
  }

  /**
   * The settings every SSH connection writes: the user, {@code key = value} that says how it
   * authenticates, and how long Packer waits for the guest's SSH server (an unattended install can
   * take most of that before the installed system is up).
   */
  private static void writeSsh(HclBody.Builder body, String username, String key, HclExpr value) {
    body.attribute("communicator", "ssh")
        .attribute("ssh_username", username)
        .attribute(key, value)
        .attribute("ssh_timeout", "45m");
  }

  /** No communicator. */
  record None() implements Communicator {
    @Override
    public String type() {
      return "none";
    }

    @Override
    public void write(HclBody.Builder body) {
      body.attribute("communicator", type());
    }
  }
}
