package dev.ingot.core;

import dev.ingot.core.validate.Path;
import dev.ingot.core.validate.Problems;
import dev.ingot.core.validate.ValidationReport;
import dev.ingot.core.value.Names;
import dev.ingot.core.value.Secret;
import dev.ingot.core.value.Sops;
import dev.ingot.core.value.SopsSecret;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What a component sees while it is validated: the whole site, to check references and
 * site-wide rules, and the collector for its problems.
 */
public final class ValidationContext {
  private final Infra infra;
  private final Problems problems = new Problems();
  private final Set<Path> present = new HashSet<>();
  private final Map<Class<?>, Object> indexes = new HashMap<>();

  ValidationContext(Infra infra) {
    this.infra = infra;
  }

  /** The site being validated. */
  public Infra infra() {
    return infra;
  }

  /** Records an error at {@code path}. */
  public void error(Path path, String message) {
    problems.error(path, message);
  }

  /** Records a warning at {@code path}. */
  public void warning(Path path, String message) {
    problems.warning(path, message);
  }

  /** The collector, for values that validate themselves. */
  public Problems problems() {
    return problems;
  }

  /** True when a component of the same kind and name is part of the site. */
  public boolean contains(Component component) {
    return present.contains(component.path());
  }

  /**
   * Records an error at {@code at} unless {@code reference} is part of the site; returns whether it is.
   */
  public boolean requirePresent(Path at, Component reference) {
    if (contains(reference)) {
      return true;
    }
    error(at, reference.kind() + " " + Names.describe(reference.name()) + " is not part of infra "
        + Names.describe(infra.name()) + "; add it with Infra.with(…)");
    return false;
  }

  /**
   * A site-wide index that {@code build} computes on the first call for {@code type} and every later
   * call in the same validation run returns, so that rules over many components (unique VM ids or
   * addresses) are checked in one pass over the site instead of one pass per component.
   */
  public <T> T index(Class<T> type, Function<Infra, T> build) {
    Object index = indexes.get(type);
    if (index == null) {
      index = build.apply(infra);
      indexes.put(type, index);
    }
    return type.cast(index);
  }

  ValidationReport run() {
    if (!infra.hasValidName()) {
      Names.requireDnsLabel(infra.name(), infra.path(), problems);
    }
    if (infra.components().isEmpty()) {
      error(infra.path(), "the site has no components; add some with Infra.with(…)");
    }
    Map<Path, Integer> seen = new HashMap<>();
    for (int i = 0; i < infra.components().size(); i++) {
      Component c = infra.components().get(i);
      if (seen.putIfAbsent(c.path(), i) != null) {
        error(c.path(), c.kind() + " " + Names.describe(c.name()) + " is defined twice (components "
            + seen.get(c.path()) + " and " + i + " of infra " + Names.describe(infra.name()) + ")");
      }
      present.add(c.path());
    }
    for (Component c : infra.components()) {
      c.validate(this);
    }
    validateSecrets();
    return problems.report();
  }

  /** Checks every secret of the site once, at its own path, and every SOPS file once. */
  private void validateSecrets() {
    Set<Sops> files = new LinkedHashSet<>();
    Set<Secret> seen = new HashSet<>();
    Map<String, Secret> byVariable = new HashMap<>();
    for (Component c : infra.components()) {
      for (Secret s : c.secrets(infra)) {
        if (!seen.add(s)) {
          continue;
        }
        s.validate(s.path(), problems);
        Secret other = byVariable.putIfAbsent(s.variable(), s);
        if (other != null) {
          error(s.path(), "secret variable " + Names.describe(s.variable()) + " comes from both " + other.describe()
              + " and " + s.describe());
        }
        if (s instanceof SopsSecret sops) {
          files.add(sops.file());
        }
      }
    }
    Map<String, Sops> byPath = new HashMap<>();
    for (Sops file : files) {
      Path at = Path.of("sops file", file.path());
      Sops other = byPath.putIfAbsent(file.path(), file);
      if (other != null) {
        error(at, "declared twice with different recipients");
        continue;
      }
      file.validate(at, problems);
    }
  }
}
