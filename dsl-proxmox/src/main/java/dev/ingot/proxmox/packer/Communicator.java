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
      body.attribute("communicator", type()).attribute("ssh_username", username);
      if (temporaryKey) {
        body.attribute("ssh_clear_authorized_keys", true);
      } else {
        body.attribute("ssh_agent_auth", true);
      }
      body.attribute("ssh_timeout", "45m");
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
