package dev.ingot.core.repository;

import dev.ingot.core.Component;
import dev.ingot.core.Infra;
import dev.ingot.core.generate.ArtifactSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Sample sites with the repository files, and their files on disk. */
final class Sites {
  /** The files Ingot writes for a site that has everything. */
  static final ArtifactSet FULL = emit(SampleParts.all());

  private Sites() {}

  /** The files of site {@code lab} made of {@code parts} and the standard repository files. */
  static ArtifactSet emit(Component... parts) {
    return Infra.named("lab").with(parts).with(RepositoryFiles.standard()).emit("example.Lab");
  }

  /** Writes {@code files} under {@code dir} and returns {@code dir}. */
  static Path write(ArtifactSet files, Path dir) {
    try {
      for (String path : files.paths()) {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, files.bytes(path));
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
