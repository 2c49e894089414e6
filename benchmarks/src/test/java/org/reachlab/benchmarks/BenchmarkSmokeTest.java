package org.reachlab.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Runs every {@code @Benchmark} method of the module once, directly (not through JMH), after its
 * states' setup, so a broken fixture fails the build in seconds rather than in a benchmark run.
 * Size parameters (numbers) take their first, smallest value; every other parameter (a policy, a
 * flag) runs with each of its values. Each operation must count a positive amount of its unit.
 */
class BenchmarkSmokeTest {

    private static final String BLACKHOLE_CHALLENGE =
            "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.";

    @Test
    void findsTheBenchmarksOfEveryStage() throws Exception {
        List<String> names = benchmarkMethods().stream()
                .map(m -> m.getDeclaringClass().getSimpleName() + "." + m.getName()).toList();
        assertThat(names).contains("IngestBenchmark.ingest", "FeaturesBenchmark.compute", "FeaturesBenchmark.table",
                "FeaturesBenchmark.writeCsv", "WorldGenerationBenchmark.generate", "SimulatorBenchmark.simulate", "ModelBenchmark.train",
                "ModelBenchmark.profiles", "ScoringBenchmark.profiles", "SignalExtractionBenchmark.extract",
                "OpeBenchmark.rewardModel", "OpeBenchmark.estimators");
    }

    @TestFactory
    Stream<DynamicTest> everyBenchmarkRunsOnceOnItsSmallestSize() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Method m : benchmarkMethods()) {
            for (Map<String, String> params : smokeParams(m.getDeclaringClass())) {
                tests.add(DynamicTest.dynamicTest(m.getDeclaringClass().getSimpleName() + "." + m.getName() + " "
                        + params, () -> runOnce(m, params)));
            }
        }
        return tests.stream();
    }

    private static void runOnce(Method benchmark, Map<String, String> params) throws Throwable {
        List<Object> states = new ArrayList<>();
        Object target = newState(benchmark.getDeclaringClass(), params);
        states.add(target);
        Object[] args = new Object[benchmark.getParameterCount()];
        List<Object> counters = new ArrayList<>();
        Class<?>[] types = benchmark.getParameterTypes();
        for (int i = 0; i < args.length; i++) {
            if (types[i] == Blackhole.class) {
                args[i] = new Blackhole(BLACKHOLE_CHALLENGE);
            } else {
                assertThat(types[i].isAnnotationPresent(State.class))
                        .as("parameter %s of %s is a @State", types[i].getSimpleName(), benchmark.getName()).isTrue();
                args[i] = newState(types[i], Map.of());
                states.add(args[i]);
                if (types[i].isAnnotationPresent(AuxCounters.class)) {
                    counters.add(args[i]);
                }
            }
        }
        assertThat(counters).as("%s counts its unit with a counter of org.reachlab.benchmarks.units",
                benchmark.getName()).isNotEmpty();
        try {
            for (Level level : new Level[] {Level.Trial, Level.Iteration, Level.Invocation}) {
                for (Object s : states) {
                    call(s, Setup.class, level);
                }
            }
            Object result = invoke(benchmark, target, args);
            if (benchmark.getReturnType() != void.class) {
                assertThat(result).as("%s returns its result", benchmark.getName()).isNotNull();
            }
            for (Object c : counters) {
                for (Field f : c.getClass().getFields()) {
                    assertThat(((Number) f.get(c)).longValue())
                            .as("%s counted %s in one operation", benchmark.getName(), f.getName()).isPositive();
                }
            }
        } finally {
            for (Level level : new Level[] {Level.Invocation, Level.Iteration, Level.Trial}) {
                for (Object s : states) {
                    call(s, TearDown.class, level);
                }
            }
        }
    }

    /** Every @Benchmark method in the module's compiled classes, by class and method name. */
    static List<Method> benchmarkMethods() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(Fixtures.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Method> methods = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(p).toString().replace(p.getFileSystem().getSeparator(), ".");
                name = name.substring(0, name.length() - ".class".length());
                if (name.contains("jmh_generated") || name.contains("$")) {
                    continue;
                }
                for (Method m : Class.forName(name).getMethods()) {
                    if (m.isAnnotationPresent(Benchmark.class)) {
                        methods.add(m);
                    }
                }
            }
        }
        methods.sort(Comparator.comparing((Method m) -> m.getDeclaringClass().getName()).thenComparing(Method::getName));
        return methods;
    }

    /** The parameter sets to run: the first value of numeric parameters, every value of the others. */
    static List<Map<String, String>> smokeParams(Class<?> type) {
        List<Map<String, String>> sets = new ArrayList<>();
        sets.add(new LinkedHashMap<>());
        for (Field f : type.getFields()) {
            Param p = f.getAnnotation(Param.class);
            if (p == null) {
                continue;
            }
            assertThat(p.value()).as("@Param %s of %s lists its values", f.getName(), type.getSimpleName())
                    .isNotEmpty();
            boolean size = f.getType().isPrimitive() && f.getType() != boolean.class;
            List<String> values = size ? List.of(p.value()[0]) : Arrays.asList(p.value());
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> s : sets) {
                for (String v : values) {
                    Map<String, String> m = new LinkedHashMap<>(s);
                    m.put(f.getName(), v);
                    next.add(m);
                }
            }
            sets = next;
        }
        return sets;
    }

    private static Object newState(Class<?> type, Map<String, String> params) throws ReflectiveOperationException {
        Object state = type.getConstructor().newInstance();
        for (Map.Entry<String, String> e : params.entrySet()) {
            Field f = type.getField(e.getKey());
            f.set(state, convert(e.getValue(), f.getType()));
        }
        return state;
    }

    private static Object convert(String v, Class<?> t) {
        if (t == int.class) {
            return Integer.parseInt(v);
        } else if (t == long.class) {
            return Long.parseLong(v);
        } else if (t == double.class) {
            return Double.parseDouble(v);
        } else if (t == boolean.class) {
            return Boolean.parseBoolean(v);
        } else if (t == String.class) {
            return v;
        } else if (t.isEnum()) {
            for (Object c : t.getEnumConstants()) {
                if (((Enum<?>) c).name().equals(v)) {
                    return c;
                }
            }
        }
        throw new IllegalArgumentException("cannot set a @Param of type " + t.getName() + " to '" + v + "'");
    }

    private static void call(Object state, Class<? extends java.lang.annotation.Annotation> kind, Level level)
            throws Throwable {
        for (Method m : state.getClass().getMethods()) {
            if (Modifier.isStatic(m.getModifiers())) {
                continue;
            }
            Level at = kind == Setup.class
                    ? (m.isAnnotationPresent(Setup.class) ? m.getAnnotation(Setup.class).value() : null)
                    : (m.isAnnotationPresent(TearDown.class) ? m.getAnnotation(TearDown.class).value() : null);
            if (at == level) {
                invoke(m, state, new Object[0]);
            }
        }
    }

    private static Object invoke(Method m, Object target, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
