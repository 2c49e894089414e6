package org.reachlab.evaluation.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Collectors;
import org.reachlab.data.config.YamlFiles;

/** Reads experiment files: the user's keys merged over the bundled defaults. */
public final class ExperimentFiles {

    /** The bundled default experiment. */
    public static final String DEFAULT_RESOURCE = "default-experiment.yaml";

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ExperimentFiles() {
    }

    /** The default experiment. */
    public static ExperimentConfig defaults() {
        return convert(defaultTree(), DEFAULT_RESOURCE);
    }

    /** An experiment file merged over the defaults. */
    public static ExperimentConfig load(Path file) {
        JsonNode user;
        try {
            user = YAML.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new ExperimentConfigException("experiment file " + file + " does not exist");
        } catch (JsonProcessingException e) {
            throw new ExperimentConfigException("experiment file " + file + " is not valid YAML: "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ExperimentConfigException("cannot read experiment file " + file + ": " + e.getMessage());
        }
        JsonNode merged = defaultTree();
        if (user != null && !user.isNull() && !user.isMissingNode()) {
            if (!user.isObject()) {
                throw new ExperimentConfigException("experiment file " + file + " must be a YAML mapping of keys");
            }
            boolean world = present(user, "world");
            boolean data = present(user, "data");
            if (world && data) {
                throw new ExperimentConfigException("experiment file " + file + " names both world and data: an"
                        + " experiment runs either on a generated world or on a call log; remove one of the keys");
            }
            merge((ObjectNode) merged, (ObjectNode) user);
            if (data) {
                ((ObjectNode) merged).putNull("world");
                if (!present(user, "ablation")) {
                    // the demo's ablation reruns policies on generated worlds, which a call log does not have
                    ((ObjectNode) merged).putNull("ablation");
                }
            }
        }
        ExperimentConfig config = convert(merged, file.toString());
        return config.dataMode() ? withDataFiles(config, file) : config;
    }

    private static boolean present(JsonNode tree, String key) {
        return tree.has(key) && !tree.get(key).isNull();
    }

    /**
     * The config with the data files resolved against the experiment file's directory (the
     * contacts defaulting to contacts.csv beside the log), each checked to exist.
     */
    private static ExperimentConfig withDataFiles(ExperimentConfig c, Path file) {
        Path base = file.toAbsolutePath().getParent();
        Path log = base.resolve(c.data().log()).normalize();
        Path contacts = c.data().contacts() == null ? log.resolveSibling("contacts.csv")
                : base.resolve(c.data().contacts()).normalize();
        if (!Files.isRegularFile(log)) {
            throw new ExperimentConfigException("data.log: the call log " + log + " does not exist (experiment file "
                    + file + ")");
        }
        if (!Files.isRegularFile(contacts)) {
            throw new ExperimentConfigException("data.contacts: the contacts file " + contacts + " does not exist"
                    + (c.data().contacts() == null ? " (the default is contacts.csv beside the log)" : "")
                    + " (experiment file " + file + ")");
        }
        ExperimentConfig.Data d = c.data();
        return c.withData(new ExperimentConfig.Data(log.toString(), contacts.toString(), d.split(), d.earliest(),
                d.latest(), d.maxPerWeek()));
    }

    /** The experiment as YAML with every key (the run directory's {@code experiment.yaml}). */
    public static String toYaml(ExperimentConfig config) {
        try {
            return YAML.writeValueAsString(config);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the experiment as YAML", e);
        }
    }

    private static ExperimentConfig convert(JsonNode tree, String source) {
        try {
            return YAML.treeToValue(tree, ExperimentConfig.class).validate();
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds() == null ? "" : e.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
            throw new ExperimentConfigException("unknown key '" + e.getPropertyName() + "' at " + YamlFiles.path(e)
                    + " in experiment file " + source + " (known keys there: " + known + ")");
        } catch (MismatchedInputException e) {
            throw new ExperimentConfigException("bad value for key " + YamlFiles.path(e) + " in experiment file " + source
                    + ": " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw new ExperimentConfigException("cannot read experiment file " + source + ": " + e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            throw new ExperimentConfigException(e.getMessage() + " (experiment file " + source + ")");
        }
    }

    private static JsonNode defaultTree() {
        return YamlFiles.resourceTree(YAML, ExperimentFiles.class, DEFAULT_RESOURCE);
    }

    /** Deep merge of mappings; lists and scalars of the user replace the defaults. */
    static void merge(ObjectNode base, ObjectNode user) {
        Iterator<Map.Entry<String, JsonNode>> it = user.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode b = base.get(e.getKey());
            if (b instanceof ObjectNode bo && e.getValue() instanceof ObjectNode uo) {
                merge(bo, uo);
            } else {
                base.set(e.getKey(), e.getValue());
            }
        }
    }
}
