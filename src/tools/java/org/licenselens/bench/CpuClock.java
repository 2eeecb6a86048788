package org.licenselens.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time used so far by this process and by the child processes it has waited for.
 *
 * <p>Wall-clock rates depend on what else runs on the machine; CPU time much less so, which makes it the figure
 * to compare between runs on a shared machine. This JVM's own time covers all its threads, JIT compiler and
 * garbage collector included. Children (licensecheck, the licensee Ruby processes) are counted once they have
 * exited, from {@code /proc/self/stat}; where that file does not exist, their time is missing and only this
 * JVM's is counted.
 */
final class CpuClock {
    /** Linux reports child times in clock ticks of 1/USER_HZ seconds; USER_HZ is 100 on every Linux ABI. */
    private static final long NANOS_PER_TICK = 10_000_000L;
    private static final Path STAT = Path.of("/proc/self/stat");

    private CpuClock() {}

    /** Returns the CPU nanoseconds used so far, or -1 when this JVM cannot tell. */
    static long nanos() {
        if (!(ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os)) {
            return -1;
        }
        long own = os.getProcessCpuTime();
        return own < 0 ? -1 : own + childrenNanos();
    }

    private static long childrenNanos() {
        try {
            String stat = Files.readString(STAT);
            // The command name (field 2) is in parentheses and may hold spaces: count fields after the last ')'.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).strip().split(" ");
            // Fields 16 and 17 of proc(5), cutime and cstime, are at 13 and 14 once the first two are dropped.
            return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) * NANOS_PER_TICK;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
