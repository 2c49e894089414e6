package org.reachlab.cli;

import java.util.List;
import org.reachlab.models.ModelFamily;
import org.reachlab.models.ModelRegistry;
import org.reachlab.models.UnknownFamilyException;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Helpers shared by the model commands. */
final class ModelCommands {

    private ModelCommands() {
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

    /** The help line listing the known models. */
    static String known() {
        return String.join(", ", ModelRegistry.standard().names());
    }
}
