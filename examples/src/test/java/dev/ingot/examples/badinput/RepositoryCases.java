package dev.ingot.examples.badinput;

import static dev.ingot.examples.badinput.BadInput.bad;
import static dev.ingot.examples.badinput.Fixture.UTIL;
import static dev.ingot.examples.badinput.Fixture.site;

import dev.ingot.core.repository.RepositoryFiles;
import dev.ingot.core.repository.Tool;
import dev.ingot.core.repository.WorkflowAction;
import java.util.List;

/** The repository files: pinned tool versions and GitHub Actions. */
final class RepositoryCases {
  private RepositoryCases() {}

  /** The cases of this area, each with every problem it must report. */
  static List<BadInput> cases() {
    return List.of(
        bad("a tool pinned to latest", () -> site(UTIL, RepositoryFiles.standard().pin(Tool.TERRAFORM, "latest")),
            """
            error: repository files "repository" › versions["Terraform"]: "latest" is not a version: use numbers \
            separated by dots, e.g. 1.17.0
            """),
        bad("tool versions with a v prefix and a trailing space", () -> site(UTIL, RepositoryFiles.standard()
            .pin(Tool.SOPS, "v3.13.2").pin(Tool.PYTHON, "3.13 ")), """
            error: repository files "repository" › versions["Python"]: "3.13 " is not a version: use numbers separated \
            by dots, e.g. 3.13
            error: repository files "repository" › versions["SOPS"]: "v3.13.2" is not a version: use numbers separated \
            by dots, e.g. 3.13.2
            """),
        bad("an action pinned to a tag name instead of a commit, and another without a tag",
            () -> site(UTIL, RepositoryFiles.standard().pin(WorkflowAction.CHECKOUT, "v7.0.1", "v7.0.1")
                .pin(WorkflowAction.SETUP_PACKER, " ", "1aa358be5cf73883762b302a3a03abd66e75b232")), """
            error: repository files "repository" › actions["actions/checkout"] › commit: "v7.0.1" is not a full commit \
            id: use the 40 lower-case hex digits the tag points to
            error: repository files "repository" › actions["hashicorp/setup-packer"] › tag: the release tag is empty
            """),
        bad("an action pinned to a short, upper-case commit", () -> site(UTIL, RepositoryFiles.standard()
            .pin(WorkflowAction.SETUP_PYTHON, "v7.0.0", "5FDA3B95")), """
            error: repository files "repository" › actions["actions/setup-python"] › commit: "5FDA3B95" is not a full \
            commit id: use the 40 lower-case hex digits the tag points to
            """));
  }
}
