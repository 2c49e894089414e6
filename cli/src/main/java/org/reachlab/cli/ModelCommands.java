package org.reachlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.reachlab.data.calendar.HolidayCalendar;
import org.reachlab.models.ModelFamily;
import org.reachlab.models.ModelRegistry;
import org.reachlab.models.UnknownFamilyException;
import org.reachlab.pipeline.DataDirectory;
import org.reachlab.pipeline.NotePreferences;
import org.reachlab.signals.extract.SignalExtractor;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Helpers shared by the model commands. */
final class ModelCommands {

    private ModelCommands() {
    }

    /**
     * Loads a data directory, with the stated preferences of its notes when asked, and says on the
     * command's output what the notes gave.
     */
    static DataDirectory.Loaded load(CommandSpec spec, Path dir, boolean statedPreferences) throws IOException {
        return load(spec, dir, statedPreferences, true);
    }

    /**
     * Loads a data directory, with its events.csv when {@code events} and the directory has one (and
     * says so on standard output).
     */
    static DataDirectory.Loaded load(CommandSpec spec, Path dir, boolean statedPreferences, boolean events)
            throws IOException {
        DataDirectory.Loaded l = loadData(spec, dir, statedPreferences, events);
        PrintWriter w = spec.commandLine().getOut();
        if (l.eventsWarning() != null) {
            spec.commandLine().getErr().println("warning: " + l.eventsWarning());
        } else if (l.events() > 0) {
            w.printf("events: %d behavioural events read from %s%n", l.events(), dir.resolve(DataDirectory.EVENTS));
        } else if (!events && java.nio.file.Files.isRegularFile(dir.resolve(DataDirectory.EVENTS))) {
            w.printf("events: %s left out (--no-events)%n", dir.resolve(DataDirectory.EVENTS));
        }
        return l;
    }

    private static DataDirectory.Loaded loadData(CommandSpec spec, Path dir, boolean statedPreferences, boolean events)
            throws IOException {
        HolidayCalendar calendar = HolidayCalendar.standard();
        if (!statedPreferences) {
            return DataDirectory.load(dir, calendar, events);
        }
        var loaded = DataDirectory.loadWithNotes(dir, calendar, SignalExtractor.shared(), events);
        NotePreferences.Result r = loaded.getValue();
        PrintWriter w = spec.commandLine().getOut();
        if (r == null) {
            w.printf("stated preferences: %s has no notes.csv; none used%n", dir);
        } else {
            w.printf(Locale.ROOT, "stated preferences: %d notes read, %d with timing signals, %d skipped (no lexicon"
                    + " for their language); evidence for %d contacts%n", r.notes(), r.withSignals(), r.skipped(),
                    r.contacts());
        }
        return loaded.getKey();
    }

    /** Parses a model list; an unknown name is a usage error listing the known ones. */
    static List<ModelFamily> families(CommandSpec spec, String names) {
        try {
            return ModelRegistry.standard().parse(names);
        } catch (UnknownFamilyException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** One family; an unknown name is a usage error listing the known ones. */
    static ModelFamily family(CommandSpec spec, String name) {
        try {
            return ModelRegistry.standard().get(name);
        } catch (UnknownFamilyException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /**
     * The model configs of a {@code --config NAME=FILE,...} option, by family name (empty when the
     * option is absent); an unknown family is a usage error.
     */
    static java.util.Map<String, org.reachlab.models.ModelConfig> configs(CommandSpec spec,
                                                                           java.util.Map<String, java.nio.file.Path> files)
            throws java.io.IOException {
        java.util.Map<String, org.reachlab.models.ModelConfig> cfg = new java.util.LinkedHashMap<>();
        if (files != null) {
            for (var e : files.entrySet()) {
                ModelFamily f = family(spec, e.getKey());
                cfg.put(f.name(), org.reachlab.models.ModelConfig.read(e.getValue()).withFamily(f.name()));
            }
        }
        return cfg;
    }

    /** The help line listing the known models. */
    static String known() {
        return String.join(", ", ModelRegistry.standard().names());
    }
}
