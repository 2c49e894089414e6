package org.reachlab.models.store;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Versions of libraries on the class path, read from the {@code pom.properties} Maven puts in jars. */
public final class LibraryVersions {

    private LibraryVersions() {
    }

    /**
     * The version of a Maven artifact on the class path, or {@code unknown} (for instance when
     * running from a build directory rather than a jar).
     */
    public static String maven(String groupId, String artifactId) {
        String path = "META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties";
        try (InputStream in = LibraryVersions.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
