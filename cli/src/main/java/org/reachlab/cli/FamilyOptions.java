package org.reachlab.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.reachlab.models.ModelConfig;
import org.reachlab.models.ModelFamily;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The options of a command that trains several model families: which ones, their configs, the seed. */
final class FamilyOptions {

    @Option(names = "--models", required = true, paramLabel = "NAMES", split = ",",
            description = "Comma-separated model families (known: fixed, global, segment, bayes, logistic, neural, "
                    + "as far as this build has them).")
    List<String> models;

    @Option(names = "--config", paramLabel = "NAME=FILE", split = ",",
            description = "A model config (YAML or JSON) for a family, e.g. bayes=bayes.yaml.")
    Map<String, Path> configs;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the bootstrap and the models (default 1).")
    long seed;

    /** The families named; an unknown one is a usage error listing the known ones. */
    List<ModelFamily> families(CommandSpec spec) {
        return ModelCommands.families(spec, String.join(",", models));
    }

    /** The configs given, by family name. */
    Map<String, ModelConfig> configs(CommandSpec spec) throws IOException {
        return ModelCommands.configs(spec, configs);
    }
}
