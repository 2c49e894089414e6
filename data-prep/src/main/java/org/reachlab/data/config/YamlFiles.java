package org.reachlab.data.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Helpers shared by the readers of YAML files that layer a user's file over a bundled default. */
public final class YamlFiles {

    private YamlFiles() {
    }

    /** The bundled default file of a reader, as a tree. */
    public static JsonNode resourceTree(ObjectMapper yaml, Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " beside " + owner.getName());
            }
            return yaml.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The path of the key a binding error is about ({@code dialing.reps}, {@code policies[2]}). */
    public static String path(MismatchedInputException e) {
        StringBuilder b = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (b.length() > 0) {
                    b.append('.');
                }
                b.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                b.append('[').append(ref.getIndex()).append(']');
            }
        }
        return b.length() == 0 ? "the top level" : b.toString();
    }
}
