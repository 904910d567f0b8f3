package dev.ingot.core.repository;

import dev.ingot.core.TextDocument;
import dev.ingot.core.value.EnvSecret;
import dev.ingot.core.value.Sops;
import dev.ingot.core.value.SopsSecret;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code scripts/with-secrets.sh}: runs a command with every secret of the site in its
 * environment under the names the tools read. It decrypts the SOPS files one at a time by running
 * itself again under {@code sops exec-env} (which exports each top-level key and passes the command
 * to {@code /bin/sh -c}, hence the quoting), then exports {@code TF_VAR_<variable>} for Terraform,
 * {@code PKR_VAR_<variable>} for Packer and {@code <variable>} for Ansible, and runs the command.
 */
final class SecretsScript {
  /** Where the script is written. */
  static final String PATH = "scripts/with-secrets.sh";
  /** How the Makefile and the README run a command through the script. */
  static final String RUN = "bash " + PATH;

  private SecretsScript() {}

  static TextDocument of(SiteTree tree) {
    var s = new StringBuilder("""
        #!/usr/bin/env bash
        # Runs a command with the site's secrets in its environment, under the names the tools read:
        # TF_VAR_<name> for Terraform, PKR_VAR_<name> for Packer and <name> for Ansible.
        # Usage: bash scripts/with-secrets.sh COMMAND [ARGUMENT...]
        set -euo pipefail

        if [ "$#" -eq 0 ]; then
          echo "usage: bash $0 COMMAND [ARGUMENT...]" >&2
          exit 2
        fi

        """);
    List<Sops> files = tree.sopsFiles();
    if (!files.isEmpty()) {
      s.append("# Decrypt one SOPS file at a time: run this script again under sops exec-env, which\n")
          .append("# exports the file's top-level keys and hands the command to /bin/sh -c.\n")
          .append("sops_files=(")
          .append(files.stream().map(f -> Shell.quote(f.path())).collect(Collectors.joining(" ")))
          .append(")\n")
          .append("""
              stage="${WITH_SECRETS_STAGE:-0}"
              if [ "$stage" -lt "${#sops_files[@]}" ]; then
                quote="'\\\\''"
                command="bash"
                for word in "$0" "$@"; do
                  command+=" '${word//\\'/$quote}'"
                done
                export WITH_SECRETS_STAGE=$((stage + 1))
                exec sops exec-env "${sops_files[$stage]}" "$command"
              fi
              unset WITH_SECRETS_STAGE

              """);
    }
    s.append("""
        require() {
          if [ -z "${!1:-}" ]; then
            echo "$1 is missing or empty: $2" >&2
            exit 1
          fi
        }

        """);
    for (SopsSecret secret : tree.sopsSecrets()) {
      String key = secret.key();
      s.append("require ").append(key).append(' ')
          .append(Shell.quote("add it to " + secret.file().path() + " with sops")).append('\n');
      export(s, "TF_VAR_" + key, key);
      export(s, "PKR_VAR_" + key, key);
    }
    for (EnvSecret secret : tree.envSecrets()) {
      String name = secret.name();
      String variable = secret.variable();
      s.append("require ").append(name).append(' ').append(Shell.quote("export it before running make"))
          .append('\n');
      export(s, "TF_VAR_" + variable, name);
      export(s, "PKR_VAR_" + variable, name);
      if (!variable.equals(name)) {
        export(s, variable, name);
      }
    }
    s.append("\nexec \"$@\"\n");
    return TextDocument.hashComments(s.toString());
  }

  private static void export(StringBuilder s, String name, String from) {
    s.append("export ").append(name).append("=\"$").append(from).append("\"\n");
  }
}
