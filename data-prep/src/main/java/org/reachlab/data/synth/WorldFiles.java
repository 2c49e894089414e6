package org.reachlab.data.synth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
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

/**
 * Reads and writes world YAML files. A user's file is merged over the bundled
 * {@code default-world.yaml}: maps are merged key by key, lists and values replace the default.
 * An unknown key is an error naming the key, its path and the file.
 */
public final class WorldFiles {

    /** The resource holding the default world, beside this class. */
    public static final String DEFAULT_RESOURCE = "default-world.yaml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

    private WorldFiles() {
    }

    /** The default world. */
    public static WorldConfig defaults() {
        return convert(defaultTree(), DEFAULT_RESOURCE);
    }

    /** The world of a file, merged over the defaults. */
    public static WorldConfig load(Path file) {
        JsonNode user;
        try {
            user = YAML.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new WorldConfigException("world file " + file + " does not exist");
        } catch (JsonProcessingException e) {
            throw new WorldConfigException("world file " + file + " is not valid YAML: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new WorldConfigException("cannot read world file " + file + ": " + e.getMessage(), e);
        }
        JsonNode merged = defaultTree();
        if (user != null && !user.isNull() && !user.isMissingNode()) {
            if (!user.isObject()) {
                throw new WorldConfigException("world file " + file + " must be a YAML mapping of keys, received a "
                        + user.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
            }
            merge((ObjectNode) merged, (ObjectNode) user);
        }
        return convert(merged, file.toString());
    }

    /** The world as YAML with every key, as written to an output's {@code world.yaml}. */
    public static String toYaml(WorldConfig config) {
        try {
            return YAML.writeValueAsString(config);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the world as YAML", e);
        }
    }

    /** Parses YAML text (a complete world, as {@link #toYaml} writes it). */
    public static WorldConfig parse(String yaml, String source) {
        try {
            return convert(YAML.readTree(yaml), source);
        } catch (JsonProcessingException e) {
            throw new WorldConfigException("world " + source + " is not valid YAML: " + e.getOriginalMessage(), e);
        }
    }

    private static WorldConfig convert(JsonNode tree, String source) {
        try {
            return YAML.treeToValue(tree, WorldConfig.class).validate();
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds() == null ? "" : e.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
            throw new WorldConfigException("unknown key '" + e.getPropertyName() + "' at " + YamlFiles.path(e)
                    + " in world file " + source + " (known keys there: " + known + ")", e);
        } catch (InvalidFormatException e) {
            throw new WorldConfigException("bad value '" + e.getValue() + "' for key " + YamlFiles.path(e)
                    + " in world file " + source + " (expected " + e.getTargetType().getSimpleName() + ")", e);
        } catch (MismatchedInputException e) {
            throw new WorldConfigException("bad value for key " + YamlFiles.path(e) + " in world file " + source + ": "
                    + e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new WorldConfigException("cannot read world file " + source + ": " + e.getOriginalMessage(), e);
        } catch (WorldConfigException e) {
            throw new WorldConfigException(e.getMessage() + " (world file " + source + ")", e);
        } catch (IllegalArgumentException e) {
            throw new WorldConfigException("cannot read world file " + source + ": " + e.getMessage(), e);
        }
    }

    private static JsonNode defaultTree() {
        return YamlFiles.resourceTree(YAML, WorldFiles.class, DEFAULT_RESOURCE);
    }

    private static void merge(ObjectNode base, ObjectNode over) {
        for (Iterator<Map.Entry<String, JsonNode>> it = over.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode old = base.get(e.getKey());
            if (old instanceof ObjectNode o && e.getValue() instanceof ObjectNode n
                    && !"roles".equals(e.getKey()) && !"notConnected".equals(e.getKey())) {
                merge(o, n);
            } else {
                base.set(e.getKey(), e.getValue());
            }
        }
    }
}
