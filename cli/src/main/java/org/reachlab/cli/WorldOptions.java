package org.reachlab.cli;

import java.nio.file.Path;
import org.reachlab.data.synth.WorldConfig;
import org.reachlab.data.synth.WorldConfigException;
import org.reachlab.data.synth.WorldFiles;
import picocli.CommandLine.Option;

/** The options that choose a synthetic world: a world file and overrides of its size. */
final class WorldOptions {

    @Option(names = "--seed", required = true, description = "Seed of every random choice.")
    long seed;

    @Option(names = "--world", paramLabel = "FILE",
            description = "World YAML file; keys it omits take the defaults of the bundled default world.")
    Path world;

    @Option(names = "--contacts", paramLabel = "N", description = "Number of contacts (overrides the world file).")
    Integer contacts;

    @Option(names = "--weeks", paramLabel = "W", description = "Weeks of history (overrides the world file).")
    Integer weeks;

    /** The effective world configuration. */
    WorldConfig config() {
        try {
            WorldConfig c = world == null ? WorldFiles.defaults() : WorldFiles.load(world);
            if (contacts != null) {
                if (contacts <= 0) {
                    throw new UserFacingException("--contacts must be > 0, received " + contacts);
                }
                c = c.withContacts(contacts);
            }
            if (weeks != null) {
                if (weeks <= 0) {
                    throw new UserFacingException("--weeks must be > 0, received " + weeks);
                }
                c = c.withWeeks(weeks);
            }
            return c.validate();
        } catch (WorldConfigException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
    }
}
