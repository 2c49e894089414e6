package org.reachlab.benchmarks.plan;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * The CPU time of a plan, for a machine too busy for wall-clock figures: {@link PlanBenchmark}'s
 * fixture, three warm-up plans, then the process CPU time and the wall time of five plans, per plan.
 *
 * <pre>java -Xmx3g -cp benchmarks/target/benchmarks.jar org.reachlab.benchmarks.plan.PlanCpu segment bayes</pre>
 */
public final class PlanCpu {

    private PlanCpu() {
    }

    /** Measures each family named. */
    public static void main(String[] args) throws Exception {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (String family : args.length == 0 ? new String[] {"segment", "bayes"} : args) {
            PlanBenchmark b = new PlanBenchmark();
            b.base = 100_000;
            b.reps = 100;
            b.family = family;
            b.setUp();
            try {
                for (int i = 0; i < 3; i++) {
                    b.plan();
                }
                int n = 5;
                long cpu0 = os.getProcessCpuTime();
                long t0 = System.nanoTime();
                int calls = 0;
                for (int i = 0; i < n; i++) {
                    calls = b.plan().calls().size();
                }
                double cpu = (os.getProcessCpuTime() - cpu0) / 1e9 / n;
                double wall = (System.nanoTime() - t0) / 1e9 / n;
                System.out.printf(Locale.ROOT, "%s: %d calls a plan; %.2f s wall, %.2f CPU-seconds per plan "
                        + "(%d cores, load average %.1f)%n", family, calls, wall, cpu, os.getAvailableProcessors(),
                        os.getSystemLoadAverage());
            } finally {
                b.tearDown();
            }
        }
    }
}
