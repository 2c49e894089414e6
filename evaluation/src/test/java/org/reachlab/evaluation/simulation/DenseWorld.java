package org.reachlab.evaluation.simulation;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.reachlab.data.synth.WorldFiles;

/**
 * Small versions of {@code examples/truth-world.yaml} for tests: every contact due every working
 * day (enough reps for all, no pause after a connect, fatigue off), a third changing routine.
 */
public final class DenseWorld {

    private DenseWorld() {
    }

    /** Generates such a world of {@code contacts} contacts over 12 weeks into {@code tmp/world}. */
    public static Path generate(Path tmp, int contacts, int reps, long seed) throws Exception {
        String yaml = """
                weeks: 12
                contacts: %d
                drift: {share: 0.33}
                outcomes:
                  fatigue: {factor: 1.0, windowDays: 7, hourRadius: 1}
                dialing: {reps: %d, dialsPerRep: 50, maxAttemptsPerWeek: 5, recontactDays: 0}
                """.formatted(contacts, reps);
        Path file = tmp.resolve("dense.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        Path dir = tmp.resolve("world");
        HistoryGenerator.generate(WorldFiles.load(file), seed, dir);
        return dir;
    }
}
