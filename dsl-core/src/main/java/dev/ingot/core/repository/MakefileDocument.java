package dev.ingot.core.repository;

import dev.ingot.core.TextDocument;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The {@code Makefile}: the {@link ApplyOrder} as targets, and {@code make help} listing the steps. */
final class MakefileDocument {
  /** Where the Makefile is written. */
  static final String PATH = "Makefile";

  private MakefileDocument() {}

  static TextDocument of(String site, ApplyOrder order) {
    List<Target> targets = order.targets();
    int width = targets.stream().mapToInt(t -> t.name().length()).max().orElse(0);
    var s = new StringBuilder("# The apply order of site ").append(site).append(": run make to list the steps.\n\n")
        .append(".DEFAULT_GOAL := help\n")
        .append(".PHONY: help ").append(targets.stream().map(Target::name).collect(Collectors.joining(" ")))
        .append("\n\nhelp:\n")
        .append("\t@echo 'Apply the site in this order:'\n");
    for (int i = 0; i < order.steps().size(); i++) {
      Target step = order.steps().get(i);
      s.append("\t@echo '  ").append(String.format(Locale.ROOT, "make %-" + width + "s  %d. %s", step.name(), i + 1,
          step.help())).append("'\n");
    }
    if (!order.helpers().isEmpty()) {
      s.append("\t@echo 'Other targets:'\n");
      for (Target helper : order.helpers()) {
        s.append("\t@echo '  ").append(String.format(Locale.ROOT, "make %-" + width + "s  %s", helper.name(),
            helper.help())).append("'\n");
      }
    }
    for (Target t : targets) {
      s.append('\n').append(t.name()).append(':');
      t.prerequisites().forEach(p -> s.append(' ').append(p));
      s.append('\n');
      t.commands().forEach(c -> s.append('\t').append(c.replace("$", "$$")).append('\n'));
      if (t.note() != null) {
        s.append("\t@echo '").append(t.note()).append("'\n");
      }
    }
    return TextDocument.hashComments(s.toString());
  }
}
