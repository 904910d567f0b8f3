package dev.ingot.core.repository;

import dev.ingot.core.Document;
import dev.ingot.core.Emission;
import dev.ingot.core.SiteSummary;
import dev.ingot.core.ValidationContext;
import dev.ingot.core.validate.Path;
import dev.ingot.core.value.Names;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The files that make a generated tree a well-kept infrastructure repository: {@code .sops.yaml}
 * for the site's SOPS files, a CI workflow for GitHub and Gitea Actions, {@code .pre-commit-config.yaml},
 * {@code .yamllint.yml}, {@code .gitignore}, a {@code README.md} and a {@code Makefile} with the
 * apply order, and {@code scripts/with-secrets.sh}, which hands the secrets to the tools.
 *
 * <p>{@code Infra.named("homelab").with(pve, tank, debian, RepositoryFiles.standard())}. It is a
 * {@link SiteSummary}: it looks at what the other components emitted, and each file, job, hook and
 * step is present only when the tree has the files it is about.
 *
 * @param versions the pinned version of every {@link Tool}
 * @param actions the pinned release of every {@link WorkflowAction}
 */
public record RepositoryFiles(Map<Tool, String> versions, Map<WorkflowAction, ActionPin> actions)
    implements SiteSummary {
  private static final Pattern VERSION = Pattern.compile("[0-9]+(\\.[0-9]+)*");
  private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}");

  /** Copies the maps and the list; every tool and action must have a pin. */
  public RepositoryFiles {
    versions = Collections.unmodifiableMap(new EnumMap<>(versions));
    actions = Collections.unmodifiableMap(new EnumMap<>(actions));
    for (Tool tool : Tool.values()) {
      Objects.requireNonNull(versions.get(tool), tool.name());
    }
    for (WorkflowAction action : WorkflowAction.values()) {
      Objects.requireNonNull(actions.get(action), action.name());
    }
  }

  /** The repository files with every tool and action at its default pin. */
  public static RepositoryFiles standard() {
    var versions = new EnumMap<Tool, String>(Tool.class);
    for (Tool tool : Tool.values()) {
      versions.put(tool, tool.defaultVersion());
    }
    var actions = new EnumMap<WorkflowAction, ActionPin>(WorkflowAction.class);
    for (WorkflowAction action : WorkflowAction.values()) {
      actions.put(action, action.defaultPin());
    }
    return new RepositoryFiles(versions, actions);
  }

  /** These files with {@code tool} pinned to {@code version}, e.g. {@code pin(Tool.TERRAFORM, "1.16.3")}. */
  public RepositoryFiles pin(Tool tool, String version) {
    var next = new EnumMap<>(versions);
    next.put(tool, Objects.requireNonNull(version, "version"));
    return new RepositoryFiles(next, actions);
  }

  /** These files with {@code action} pinned to the release {@code tag} at {@code commit}. */
  public RepositoryFiles pin(WorkflowAction action, String tag, String commit) {
    var next = new EnumMap<>(actions);
    next.put(action, new ActionPin(tag, commit));
    return new RepositoryFiles(versions, next);
  }

  /** The pinned version of {@code tool}. */
  public String version(Tool tool) {
    return versions.get(tool);
  }

  /** The pinned release of {@code action}. */
  public ActionPin action(WorkflowAction action) {
    return actions.get(action);
  }

  @Override
  public String kind() {
    return "repository files";
  }

  /** Always {@code repository}: a site has one set. */
  @Override
  public String name() {
    return "repository";
  }

  @Override
  public void validate(ValidationContext context) {
    versions.forEach((tool, version) -> {
      if (!VERSION.matcher(version).matches()) {
        context.error(path().field("versions").key(tool.title()), Names.describe(version)
            + " is not a version: use numbers separated by dots, e.g. " + tool.defaultVersion());
      }
    });
    actions.forEach((action, pin) -> {
      Path at = path().field("actions").key(action.repository());
      if (pin.tag().isBlank()) {
        context.error(at.field("tag"), "the release tag is empty");
      }
      if (!COMMIT.matcher(pin.commit()).matches()) {
        context.error(at.field("commit"), Names.describe(pin.commit())
            + " is not a full commit id: use the 40 lower-case hex digits the tag points to");
      }
    });
  }

  @Override
  public void emit(Emission out) {
    SiteTree tree = SiteTree.of(out);
    ApplyOrder order = ApplyOrder.of(tree);
    var files = new ArrayList<>(tree.paths());
    if (!tree.sopsFiles().isEmpty()) {
      add(out, files, SopsConfig.PATH, SopsConfig.of(tree.sopsFiles()));
    }
    if (!tree.secrets().isEmpty()) {
      add(out, files, SecretsScript.PATH, SecretsScript.of(tree));
    }
    if (!order.steps().isEmpty()) {
      add(out, files, MakefileDocument.PATH, MakefileDocument.of(out.site(), order));
    }
    add(out, files, Workflow.PATH, Workflow.of(tree, this));
    add(out, files, PreCommitConfig.PATH, PreCommitConfig.of(tree, this));
    add(out, files, YamllintConfig.PATH, YamllintConfig.of(!tree.sopsFiles().isEmpty()));
    add(out, files, GitIgnore.PATH, GitIgnore.of(tree));
    files.add(Readme.PATH);
    out.add(Readme.PATH, Readme.of(out.site(), tree, files.stream().sorted().toList(), order, this));
  }

  private static void add(Emission out, List<String> files, String path, Document document) {
    out.add(path, document);
    files.add(path);
  }
}
