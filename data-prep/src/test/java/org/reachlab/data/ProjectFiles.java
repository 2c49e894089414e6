package org.reachlab.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds files of the repository (the bundled sample) and the optional shared data beside it. */
public final class ProjectFiles {

    private ProjectFiles() {
    }

    /** The repository root: the nearest directory upwards whose pom.xml lists the modules. */
    public static Path root() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null) {
            Path pom = p.resolve("pom.xml");
            try {
                if (Files.isRegularFile(pom) && Files.readString(pom).contains("<modules>")) {
                    return p;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            p = p.getParent();
        }
        throw new IllegalStateException("not inside the reachlab repository: " + Path.of("").toAbsolutePath());
    }

    /** A file of the bundled sample export. */
    public static Path sample(String name) {
        return root().resolve("data/sample").resolve(name);
    }

    /** A file under {@code ../shared} beside the repository, when that folder is present. */
    public static Optional<Path> shared(String relative) {
        Path p = root().resolveSibling("shared").resolve(relative);
        return Files.exists(p) ? Optional.of(p) : Optional.empty();
    }
}
