package dev.ingot.core.generate;

import dev.ingot.core.Infra;
import dev.ingot.core.InfraDefinition;
import dev.ingot.core.validate.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes a site's files into a directory, or checks that the directory already holds them.
 *
 * <p>The generator owns exactly the files listed in the directory's {@value #MANIFEST}: it removes
 * owned files that the model no longer produces and never touches anything else. Nothing is
 * written when the model is invalid or an emitter fails; each file is written to a temporary file
 * beside it and moved into place.
 */
public final class Generator {
  /** The file, in the output directory, that lists the files the generator owns. */
  public static final String MANIFEST = ".ingot-manifest";

  private static final String MANIFEST_HEADER =
      "# Files written by Ingot; it removes them when the model no longer produces them.";

  private final Infra infra;
  private final String source;
  private List<Problem> warnings = List.of();

  private Generator(Infra infra, String source) {
    this.infra = infra;
    this.source = source;
  }

  /** A generator for the site built by {@code definition}; the definition's class names the files' source. */
  public static Generator of(InfraDefinition definition) {
    return new Generator(definition.define(), definition.getClass().getName());
  }

  /** A generator for {@code infra}, naming {@code source} in each file's header. */
  public static Generator of(Infra infra, String source) {
    return new Generator(infra, source);
  }

  /**
   * Every file of the site, plus the manifest.
   *
   * @throws dev.ingot.core.validate.InvalidModelException when the model has errors
   */
  public ArtifactSet generate() {
    Infra.Generated generated = infra.generate(source);
    warnings = generated.report().warnings();
    ArtifactSet files = generated.files();
    return ArtifactSet.builder().addAll(files).add(MANIFEST, manifest(files.paths())).build();
  }

  /**
   * Generates the site into {@code dir}: writes new and changed files, removes owned files that
   * are no longer generated, leaves unchanged and foreign files alone.
   *
   * @throws dev.ingot.core.validate.InvalidModelException when the model has errors (nothing is written)
   * @throws GenerationException when a generated file would replace a file the generator does not own
   */
  public WriteReport write(Path dir) {
    ArtifactSet files = generate();
    Set<String> owned = owned(dir);
    List<String> conflicts = new ArrayList<>();
    for (String path : files.paths()) {
      Path target = dir.resolve(path);
      if (!path.equals(MANIFEST) && !owned.contains(path) && Files.exists(target)) {
        conflicts.add(path);
      }
      for (Path parent = target.getParent(); parent != null && !parent.equals(dir); parent = parent.getParent()) {
        if (Files.exists(parent) && !Files.isDirectory(parent)) {
          conflicts.add(dir.relativize(parent).toString());
        }
      }
    }
    if (!conflicts.isEmpty()) {
      throw new GenerationException("refusing to replace files that Ingot did not write (they are not in "
          + dir.resolve(MANIFEST) + "):\n  " + String.join("\n  ", new TreeSet<>(conflicts)));
    }
    var written = new ArrayList<String>();
    var unchanged = new ArrayList<String>();
    try {
      Files.createDirectories(dir);
      for (String path : files.paths()) {
        if (path.equals(MANIFEST)) {
          continue;
        }
        if (writeIfChanged(dir.resolve(path), files.bytes(path))) {
          written.add(path);
        } else {
          unchanged.add(path);
        }
      }
      var removed = new ArrayList<String>();
      for (String path : owned) {
        if (!files.contains(path) && Files.deleteIfExists(dir.resolve(path))) {
          removed.add(path);
          deleteEmptyParents(dir, dir.resolve(path).getParent());
        }
      }
      writeIfChanged(dir.resolve(MANIFEST), files.bytes(MANIFEST));
      return new WriteReport(written, unchanged, removed);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write into " + dir, e);
    }
  }

  /**
   * Regenerates the site in memory and compares it with {@code dir}.
   *
   * @throws dev.ingot.core.validate.InvalidModelException when the model has errors
   */
  public DriftReport check(Path dir) {
    ArtifactSet files = generate();
    var added = new ArrayList<String>();
    var changed = new ArrayList<DriftReport.Change>();
    for (String path : files.paths()) {
      Path file = dir.resolve(path);
      if (!Files.isRegularFile(file)) {
        added.add(path);
        continue;
      }
      byte[] onDisk = read(file);
      if (!Arrays.equals(onDisk, files.bytes(path))) {
        changed.add(new DriftReport.Change(path, UnifiedDiff.of(path,
            new String(onDisk, StandardCharsets.UTF_8), files.text(path))));
      }
    }
    var removed = new ArrayList<String>();
    for (String path : owned(dir)) {
      if (!files.contains(path) && Files.exists(dir.resolve(path))) {
        removed.add(path);
      }
    }
    return new DriftReport(added, changed, removed);
  }

  /** The warnings of the last {@link #generate}, {@link #write} or {@link #check}. */
  public List<Problem> warnings() {
    return warnings;
  }

  private static String manifest(Set<String> paths) {
    return MANIFEST_HEADER + "\n" + String.join("\n", paths) + "\n";
  }

  private static Set<String> owned(Path dir) {
    Path manifest = dir.resolve(MANIFEST);
    if (!Files.isRegularFile(manifest)) {
      return Set.of();
    }
    var owned = new LinkedHashSet<String>();
    for (String line : new String(read(manifest), StandardCharsets.UTF_8).split("\n")) {
      String path = line.strip();
      if (!path.isEmpty() && !path.startsWith("#") && ArtifactSet.checkPath(path) == null) {
        owned.add(path);
      }
    }
    return owned;
  }

  private static boolean writeIfChanged(Path target, byte[] content) throws IOException {
    if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), content)) {
      return false;
    }
    Files.createDirectories(target.getParent());
    Path temp = target.resolveSibling("." + target.getFileName() + ".ingot-tmp");
    Files.write(temp, content);
    try {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
    return true;
  }

  private static void deleteEmptyParents(Path root, Path dir) throws IOException {
    for (Path d = dir; d != null && !d.equals(root) && d.startsWith(root); d = d.getParent()) {
      try (var entries = Files.list(d)) {
        if (entries.findAny().isPresent()) {
          return;
        }
      }
      Files.delete(d);
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    }
  }
}
