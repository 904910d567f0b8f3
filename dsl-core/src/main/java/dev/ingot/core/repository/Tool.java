package dev.ingot.core.repository;

/**
 * A tool whose version the repository files pin: the CI workflow installs exactly that version,
 * the pre-commit hooks use the matching release tag ({@code v} + version), and the README lists
 * it as a prerequisite. The defaults are the current stable releases, checked upstream.
 */
public enum Tool {
  /** Terraform CLI, installed in CI by hashicorp/setup-terraform. */
  TERRAFORM("Terraform", "1.17.0"),
  /** TFLint, installed in CI by terraform-linters/setup-tflint. */
  TFLINT("TFLint", "0.64.0"),
  /** Packer, installed in CI by hashicorp/setup-packer. */
  PACKER("Packer", "1.16.0"),
  /** The Python that CI installs the Python tools into. */
  PYTHON("Python", "3.13"),
  /** The {@code ansible} package from PyPI: ansible-core plus the community collections. */
  ANSIBLE("Ansible", "14.5.0"),
  /** ansible-lint, from PyPI in CI and as a pre-commit hook. */
  ANSIBLE_LINT("ansible-lint", "26.10.1"),
  /** yamllint, from PyPI in CI and as a pre-commit hook. */
  YAMLLINT("yamllint", "1.38.0"),
  /** Checkov, the IaC security scanner CI runs, from PyPI. */
  CHECKOV("Checkov", "3.3.30"),
  /** SOPS, which encrypts the secrets files and runs the tools with them. */
  SOPS("SOPS", "3.13.2"),
  /** age, the encryption SOPS uses for the recipients in {@code .sops.yaml}. */
  AGE("age", "1.3.1"),
  /** pre-commit, which runs the hooks before each commit. */
  PRE_COMMIT("pre-commit", "4.7.0"),
  /** The pre-commit/pre-commit-hooks hook repository. */
  PRE_COMMIT_HOOKS("pre-commit-hooks", "6.0.0"),
  /** The antonbabenko/pre-commit-terraform hook repository. */
  PRE_COMMIT_TERRAFORM("pre-commit-terraform", "1.109.0"),
  /** Gitleaks, the secret scanner run as a pre-commit hook. */
  GITLEAKS("Gitleaks", "8.30.1");

  private final String title;
  private final String defaultVersion;

  Tool(String title, String defaultVersion) {
    this.title = title;
    this.defaultVersion = defaultVersion;
  }

  /** The tool's name for people, e.g. {@code Terraform}. */
  public String title() {
    return title;
  }

  /** The version pinned unless overridden. */
  public String defaultVersion() {
    return defaultVersion;
  }
}
