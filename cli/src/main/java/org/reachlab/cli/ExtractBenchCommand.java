package org.reachlab.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.reachlab.signals.NoteSignals;
import org.reachlab.signals.SignalNote;
import org.reachlab.signals.extract.NlpPipeline;
import org.reachlab.signals.extract.SignalExtractor;
import org.reachlab.signals.sample.SyntheticNotes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code reachlab extract-bench}: times pipeline start-up and extraction over a synthetic note mix. */
@Command(name = "extract-bench", mixinStandardHelpOptions = true,
        description = "Times CoreNLP pipeline start-up and timing-signal extraction over a seeded synthetic mix"
                + " of notes (most without timing words).")
public final class ExtractBenchCommand implements Callable<Integer> {

    @Option(names = "--notes", defaultValue = "10000", description = "How many notes (default: 10000).")
    int notes;

    @Option(names = "--timing-share", defaultValue = "0.2",
            description = "Share of notes with a timing statement (default: 0.2).")
    double timingShare;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: 42).")
    long seed;

    @Option(names = "--threads", description = "Threads (default: all cores).")
    Integer threads;

    @Option(names = "--rounds", defaultValue = "3", description = "Timed rounds after start-up (default: 3).")
    int rounds;

    @Option(names = "--german-share", defaultValue = "0",
            description = "Share of notes in German (default: 0; the synthetic world has 0.3).")
    double germanShare;

    @Option(names = "--norwegian-share", defaultValue = "0",
            description = "Share of notes in Norwegian (default: 0; the synthetic world has 0.1).")
    double norwegianShare;

    @Spec
    CommandSpec spec;

    private static long processCpuNanos(java.lang.management.OperatingSystemMXBean os) {
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0L;
    }

    private static String loadTime(long millis) {
        return millis < 0 ? "never (not needed)" : millis + " ms";
    }

    @Override
    public Integer call() {
        if (notes < 1 || rounds < 1 || timingShare < 0 || timingShare > 1) {
            throw new UserFacingException("need --notes >= 1, --rounds >= 1 and --timing-share in 0..1, received notes="
                    + notes + " rounds=" + rounds + " timing-share=" + timingShare);
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw new UserFacingException("--threads must be at least 1, received " + n);
        }
        if (germanShare < 0 || norwegianShare < 0 || germanShare + norwegianShare > 1) {
            throw new UserFacingException("need --german-share and --norwegian-share >= 0 adding up to at most 1, received "
                    + germanShare + " and " + norwegianShare);
        }
        List<SignalNote> mix = SyntheticNotes.generate(notes, timingShare, seed, germanShare, norwegianShare);
        PrintWriter w = spec.commandLine().getOut();
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = processCpuNanos(os);
        long t0 = System.nanoTime();
        NlpPipeline pipeline = NlpPipeline.shared();
        long startup = (System.nanoTime() - t0) / 1_000_000;
        w.printf(Locale.ROOT, "pipeline start-up: %d ms (tokenize, ssplit; the POS tagger and SUTime load when a note"
                + " first needs them)%n", startup);
        SignalExtractor extractor = new SignalExtractor(pipeline, true);
        for (int round = 1; round <= rounds; round++) {
            long cpu0 = processCpuNanos(os);
            long a = System.nanoTime();
            List<NoteSignals> out = extractor.extractAll(mix, n);
            double secs = (System.nanoTime() - a) / 1e9;
            long withSignals = out.stream().filter(x -> !x.signals().isEmpty()).count();
            double cpu = (processCpuNanos(os) - cpu0) / 1e9;
            w.printf(Locale.ROOT, "round %d: %d notes (%.0f%% with timing statements) in %.2f s = %.0f notes/s on %d threads;"
                    + " CPU %.2f s = %.0f notes per CPU-second; load average %.1f; %d notes with signals%n", round, notes,
                    timingShare * 100, secs, notes / secs, n, cpu, cpu > 0 ? notes / cpu : 0.0, os.getSystemLoadAverage(),
                    withSignals);
            if (round == 1) {
                double first = (System.nanoTime() - t0) / 1e9;
                double firstCpu = (processCpuNanos(os) - cpuStart) / 1e9;
                w.printf(Locale.ROOT, "first %d notes with start-up: %.2f s = %.0f notes/s; CPU %.2f s (POS tagger loaded"
                        + " in %s, SUTime in %s)%n", notes, first, notes / first, firstCpu, loadTime(pipeline.posLoadMillis()),
                        loadTime(pipeline.sutimeLoadMillis()));
            }
            w.flush();
        }
        return 0;
    }
}
