package org.reachlab.notebooks.kernel;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import jdk.jshell.execution.LocalExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * Runs snippets in this JVM and keeps the object each snippet produced, instead of only its
 * {@code toString()}, so the kernel can render it (a table as HTML, a chart as an image).
 *
 * <p>JShell reports a snippet's value as a string; here that string is a key under which the
 * object waits until the kernel {@linkplain #take(String) takes} it.
 */
final class CapturingExecutionControl extends LocalExecutionControl {

    private static final String KEY_PREFIX = "\u0000value#";

    private final AtomicLong counter = new AtomicLong();
    private final Map<String, Object> values = new ConcurrentHashMap<>();

    @Override
    protected String invoke(Method doitMethod) throws Exception {
        Object value = doitMethod.invoke(null);
        String key = KEY_PREFIX + counter.incrementAndGet();
        values.put(key, value == null ? NullValue.INSTANCE : value);
        return key;
    }

    /**
     * Removes and returns the object stored under a key JShell reported as a snippet's value.
     *
     * @param key the value string of a {@code SnippetEvent}
     * @return the object, {@code null} if the snippet produced {@code null}
     * @throws IllegalArgumentException if nothing is stored under that key
     */
    Object take(String key) {
        Object value = key == null ? null : values.remove(key);
        if (value == null) {
            throw new IllegalArgumentException("No value captured under key " + printable(key)
                + "; captured keys: " + values.size());
        }
        return value == NullValue.INSTANCE ? null : value;
    }

    /** Forgets every value not taken, e.g. those of declarations whose values are not shown. */
    void clear() {
        values.clear();
    }

    static boolean isKey(String value) {
        return value != null && value.startsWith(KEY_PREFIX);
    }

    private static String printable(String key) {
        return key == null ? "null" : key.replace("\u0000", "\\0");
    }

    private enum NullValue { INSTANCE }

    /** Plugs this execution control into a {@code JShell} and hands the instance back. */
    static final class Provider implements ExecutionControlProvider {

        private volatile CapturingExecutionControl control;

        @Override
        public String name() {
            return "reachlab-capturing";
        }

        @Override
        public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
            control = new CapturingExecutionControl();
            return control;
        }

        CapturingExecutionControl control() {
            if (control == null) {
                throw new IllegalStateException("JShell has not created its execution control yet");
            }
            return control;
        }
    }
}
