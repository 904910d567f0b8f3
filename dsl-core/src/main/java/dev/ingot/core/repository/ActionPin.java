package dev.ingot.core.repository;

import java.util.Objects;

/**
 * A release of a GitHub Action: the workflow uses the commit and names the tag beside it.
 *
 * @param tag the release tag, e.g. {@code v7.0.1}
 * @param commit the full 40-character commit id the tag points to
 */
public record ActionPin(String tag, String commit) {
  /** Checks for null. */
  public ActionPin {
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(commit, "commit");
  }
}
