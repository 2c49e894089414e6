package org.reachlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.reachlab.data.privacy.NoteRedaction;
import org.reachlab.data.synth.WorldWriter;
import org.reachlab.evaluation.simulation.HistoryGenerator;
import org.reachlab.evaluation.simulation.SimulationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code reachlab generate}: writes a synthetic world with known ground truth and a call history
 * dialed by the uniform 09-17 policy.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Generates a synthetic world with known ground truth: contacts.csv, calls.csv (history of "
                + "uniform 09-17 dialing with propensities), notes.csv, truth/, world.yaml and summary.json.",
                "The same seed and options give byte-identical files. Personal data in the notes' text is replaced by"
                        + " placeholders unless --keep-personal-data."})
public final class GenerateCommand implements Callable<Integer> {

    @Mixin
    WorldOptions options;

    @Option(names = "--events", description = {"Also write events.csv: each contact's email opens and replies, web"
            + " visits, meeting acceptances,",
            "inbound calls and LinkedIn activity, tied to its true reachability (docs/world.md, \"Behavioural events\");",
            "truth/event-ties.csv records the tie."})
    boolean events;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
    Path out;

    @Option(names = "--keep-personal-data", description = {"Write the notes' text as it is. By default names, e-mail"
            + " addresses, phone numbers, IBANs and street addresses in",
            "notes.csv are replaced by [PERSON], [EMAIL], [PHONE], [IBAN], [ADDRESS]."})
    boolean keepPersonalData;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        HistoryGenerator.Generated g;
        try {
            g = HistoryGenerator.generate(options.config(), options.seed, out);
            if (events) {
                var ev = org.reachlab.data.synth.EventGenerator.generate(g.world(), options.seed);
                org.reachlab.data.synth.EventGenerator.write(ev, out);
                spec.commandLine().getOut().printf(Locale.ROOT, "events: %d behavioural events of %d contacts"
                        + " (%d without any) into %s%n", ev.events().size(), ev.ties().size(),
                        ev.ties().stream().filter(org.reachlab.data.synth.EventGenerator.Tie::silent).count(),
                        out.resolve("events.csv"));
            }
            if (keepPersonalData) {
                WorldWriter.writeNotes(g.world().notes(), out.resolve("notes.csv"), NoteRedaction.KEEP);
            }
        } catch (IOException e) {
            throw new UserFacingException("cannot write to " + out + ": " + e.getMessage(), e);
        }
        PrintWriter w = spec.commandLine().getOut();
        w.printf(Locale.ROOT, "generated %d contacts, %d weeks, %d notes (%d timing statements) into %s%n",
                g.world().contacts().size(), g.world().config().weeks(), g.world().notes().size(),
                g.world().statements().size(), out);
        line(w, g.logged());
        line(w, g.oracle());
        w.print(g.calibration().report());
        w.printf(Locale.ROOT, "took %.1f s%n", (System.nanoTime() - t0) / 1e9);
        w.flush();
        return 0;
    }

    static void line(PrintWriter w, SimulationResult r) {
        w.printf(Locale.ROOT, "%-14s %7d dials  contact rate %5.1f%% (expected %5.1f%%)  reached %6d  meetings %5d  refused %d%n",
                r.policy(), r.dials(), 100 * r.sampledRate(), 100 * r.expectedRate(), r.contactsReached(),
                r.meetings(), r.totalViolations());
    }
}
