package org.reachlab.notebooks.kernel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;

/**
 * Starts the kernel on a Jupyter connection file, or writes its kernelspec.
 *
 * <pre>
 * java -cp CLASSPATH org.reachlab.notebooks.kernel.KernelMain CONNECTION_FILE
 * java -cp CLASSPATH org.reachlab.notebooks.kernel.KernelMain --install KERNELS_DIR
 * </pre>
 *
 * The kernelspec written by {@code --install} starts this class with the same Java and
 * the same class path as the install command had.
 */
public final class KernelMain {

    private KernelMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--install")) {
            Path dir = KernelSpec.forCurrentJvm().writeInto(Path.of(args[1]));
            System.out.println("kernelspec " + KernelSpec.NAME + " written to " + dir);
            return;
        }
        if (args.length != 1 || args[0].startsWith("-")) {
            System.err.println("usage: KernelMain CONNECTION_FILE | KernelMain --install KERNELS_DIR");
            System.exit(2);
        }
        run(Path.of(args[0]));
    }

    private static void run(Path connectionFile) throws Exception {
        String json = Files.readString(connectionFile, StandardCharsets.UTF_8);
        KernelConnectionProperties properties = KernelConnectionProperties.parse(json);
        JupyterConnection connection = new JupyterConnection(properties);
        ReachlabKernel kernel = ReachlabKernel.builder().build();
        kernel.becomeHandlerForConnection(connection);
        connection.connect();
        connection.waitUntilClose();
    }

    /** The kernelspec of this kernel: how Jupyter starts it. */
    record KernelSpec(String java, String classPath, List<String> jvmOptions) {

        /** The kernel's name, the one notebooks name in their metadata. */
        static final String NAME = "reachlab-java";
        static final String DISPLAY_NAME = "Java (Reachlab)";

        static KernelSpec forCurrentJvm() {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            return new KernelSpec(java, System.getProperty("java.class.path"),
                List.of("-Xmx2g", "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8"));
        }

        /** The {@code kernel.json} text. */
        String json() {
            StringBuilder argv = new StringBuilder();
            argv.append(quote(java));
            for (String option : jvmOptions) {
                argv.append(", ").append(quote(option));
            }
            argv.append(", ").append(quote("-cp")).append(", ").append(quote(classPath))
                .append(", ").append(quote(KernelMain.class.getName()))
                .append(", ").append(quote("{connection_file}"));
            return "{\n"
                + "  \"argv\": [" + argv + "],\n"
                + "  \"display_name\": " + quote(DISPLAY_NAME) + ",\n"
                + "  \"language\": \"java\",\n"
                + "  \"interrupt_mode\": \"message\"\n"
                + "}\n";
        }

        /** Writes {@code KERNELS_DIR/reachlab-java/kernel.json}; returns that folder. */
        Path writeInto(Path kernelsDir) throws IOException {
            Path dir = kernelsDir.resolve(NAME);
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("kernel.json"), json(), StandardCharsets.UTF_8);
            return dir;
        }

        static String quote(String s) {
            StringBuilder out = new StringBuilder("\"");
            for (char c : s.toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\t' -> out.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            return out.append('"').toString();
        }
    }
}
