package org.reachlab.notebooks;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files a notebook reads, named by their path relative to the repository root (such as
 * {@code ../shared/data/real/copenhagen-calls/calls.csv}), wherever the notebook runs from:
 * the repository root, {@code notebooks/}, or a folder below it.
 */
public final class NotebookFiles {

    private NotebookFiles() {
    }

    /** The repository root: the nearest folder at or above the working directory holding
     * {@code pom.xml} and a {@code notebooks} folder. */
    public static Path repoRoot() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("notebooks"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No repository root (a folder with pom.xml and notebooks/) at or above " + start);
    }

    /** The path relative to the repository root, resolved; it may not exist. */
    public static Path fromRoot(String relativeToRoot) {
        return repoRoot().resolve(relativeToRoot).normalize();
    }

    /** Whether the file exists. */
    public static boolean present(String relativeToRoot) {
        return Files.exists(fromRoot(relativeToRoot));
    }

    /**
     * The path of a file the notebook cannot do without.
     *
     * @throws MissingInputException naming the file when it is absent
     */
    public static Path require(String relativeToRoot) {
        Path path = fromRoot(relativeToRoot);
        if (!Files.exists(path)) {
            throw new MissingInputException("This notebook needs " + relativeToRoot
                + " (relative to the repository root), and it is absent: nothing below can run.");
        }
        return path;
    }

    /** A notebook's input file is absent. */
    public static final class MissingInputException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        MissingInputException(String message) {
            super(message);
        }
    }
}
