package org.newsidx.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.LongSupplier;

/**
 * The timed loop of the single-thread benchmarks: a pass over the corpus twice to warm up, then
 * again and again for at least the given time (at least once), with wall and this thread's CPU time.
 *
 * @param units   units processed in the timed passes (texts, tokens: {@code unitsPerPass} per pass)
 * @param passes  timed passes
 * @param seconds wall time of the timed passes
 * @param cpuSeconds this thread's CPU time of the timed passes
 * @param results the sum of what the passes returned, warm-up included (what was found, which also
 *                keeps the work from being optimised away)
 */
public record TimedPasses(long units, int passes, double seconds, double cpuSeconds, long results) {

    /** Runs {@code pass} (returning how much it found) as described above. */
    public static TimedPasses run(double seconds, long unitsPerPass, LongSupplier pass) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long results = 0;
        for (int warm = 0; warm < 2; warm++) {
            results += pass.getAsLong();
        }
        long units = 0;
        int passes = 0;
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        while (System.nanoTime() < deadline || passes == 0) {
            results += pass.getAsLong();
            units += unitsPerPass;
            passes++;
        }
        return new TimedPasses(units, passes, (System.nanoTime() - start) / 1e9,
                (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9, results);
    }

    /** Units per second of wall time. */
    public double perSecond() {
        return units / seconds;
    }

    /** Units per second of this thread's CPU time. */
    public double perCpuSecond() {
        return units / cpuSeconds;
    }
}
