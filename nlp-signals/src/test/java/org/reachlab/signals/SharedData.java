package org.reachlab.signals;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the read-only material kept beside the project ({@code ../shared} from the project root). */
public final class SharedData {

    private SharedData() {
    }

    /** The project root: the nearest directory upwards whose pom.xml is the reachlab parent. */
    public static Path projectRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path pom = dir.resolve("pom.xml");
            try {
                if (Files.isRegularFile(pom) && isParentPom(Files.readString(pom))) {
                    return dir;
                }
            } catch (IOException e) {
                // unreadable pom: keep walking up
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("no reachlab-parent pom.xml above " + Path.of("").toAbsolutePath());
    }

    private static boolean isParentPom(String pom) {
        // the parent itself, not a module that names it in its <parent> section
        return pom.contains("<artifactId>reachlab-parent</artifactId>") && !pom.contains("<parent>");
    }

    /**
     * A file under {@code ../shared}; skips the calling test when it is absent.
     *
     * @param relative path below the shared directory, e.g. "data/dev/b2b-notes.dev.jsonl"
     * @return the file
     */
    public static Path require(String relative) {
        Path f = projectRoot().resolve("../shared").resolve(relative).normalize();
        assumeTrue(Files.isRegularFile(f), "shared data not present, skipping: ../shared/" + relative);
        return f;
    }
}
