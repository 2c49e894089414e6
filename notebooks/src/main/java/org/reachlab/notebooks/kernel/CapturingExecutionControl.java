package org.reachlab.notebooks.kernel;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 *
 * <p>It also keeps variables alive when JShell recompiles their snippet. A new import (such
 * as {@code import static ...AggregateFunctions.*}) can make JShell recompile earlier
 * variable snippets into a new wrapper class; a remote JVM would redefine the class in
 * place, but this JVM cannot, so the variable would silently become {@code null}. When a
 * wrapper class replaces an earlier one of the same snippet, the static fields of the same
 * name and type are copied over.
 */
final class CapturingExecutionControl extends LocalExecutionControl {

    private static final String KEY_PREFIX = "\u0000value#";

    private final AtomicLong counter = new AtomicLong();
    private final Map<String, Object> values = new ConcurrentHashMap<>();
    /** The latest wrapper class name loaded for each snippet's base wrapper name. */
    private final Map<String, String> latestWrapper = new ConcurrentHashMap<>();

    private static final Pattern WRAPPER = Pattern.compile("(REPL\\.\\$JShell\\$\\d+)[A-Z]*");

    @Override
    public void load(ClassBytecodes[] classes) throws ClassInstallException, NotImplementedException,
        EngineTerminationException {
        super.load(classes);
        for (ClassBytecodes loaded : classes) {
            Matcher m = WRAPPER.matcher(loaded.name());
            if (!m.matches()) {
                continue;
            }
            String previous = latestWrapper.put(m.group(1), loaded.name());
            if (previous != null && !previous.equals(loaded.name())) {
                carryOverStatics(previous, loaded.name());
            }
        }
    }

    private void carryOverStatics(String fromName, String toName) throws EngineTerminationException {
        try {
            Class<?> from = findClass(fromName);
            Class<?> to = findClass(toName);
            for (Field old : from.getDeclaredFields()) {
                if (!Modifier.isStatic(old.getModifiers()) || Modifier.isFinal(old.getModifiers())) {
                    continue;
                }
                Field now;
                try {
                    now = to.getDeclaredField(old.getName());
                } catch (NoSuchFieldException e) {
                    continue;
                }
                if (now.getType() != old.getType() || Modifier.isFinal(now.getModifiers())) {
                    continue;
                }
                old.setAccessible(true);
                now.setAccessible(true);
                now.set(null, old.get(null));
            }
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new EngineTerminationException("Cannot carry the variables of " + fromName
                + " over to its recompiled class " + toName + ": " + e);
        }
    }

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
