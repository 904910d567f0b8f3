package dev.ingot.core.repository;

/**
 * A GitHub Action the CI workflow uses. Each runs on GitHub Actions and on Gitea Actions (Gitea
 * fetches actions from GitHub by default) and is pinned to the full commit of a release tag, so
 * that a moved tag cannot change what runs.
 */
public enum WorkflowAction {
  /** Checks out the repository. */
  CHECKOUT("actions/checkout", new ActionPin("v7.0.1", "3d3c42e5aac5ba805825da76410c181273ba90b1")),
  /** Installs Terraform; inputs {@code terraform_version} and {@code terraform_wrapper}. */
  SETUP_TERRAFORM("hashicorp/setup-terraform", new ActionPin("v4.0.1", "dfe3c3f87815947d99a8997f908cb6525fc44e9e")),
  /** Installs TFLint; input {@code tflint_version}. */
  SETUP_TFLINT("terraform-linters/setup-tflint", new ActionPin("v6.3.0", "6e1e0642c0289bd619021bf6b34e3c08ed1e005a")),
  /** Installs Packer; input {@code version}. */
  SETUP_PACKER("hashicorp/setup-packer", new ActionPin("v3.1.0", "1aa358be5cf73883762b302a3a03abd66e75b232")),
  /** Installs Python; input {@code python-version}. */
  SETUP_PYTHON("actions/setup-python", new ActionPin("v7.0.0", "5fda3b95a4ea91299a34e894583c3862153e4b97"));

  private final String repository;
  private final ActionPin defaultPin;

  WorkflowAction(String repository, ActionPin defaultPin) {
    this.repository = repository;
    this.defaultPin = defaultPin;
  }

  /** The action's repository, e.g. {@code actions/checkout}. */
  public String repository() {
    return repository;
  }

  /** The release used unless overridden. */
  public ActionPin defaultPin() {
    return defaultPin;
  }
}
