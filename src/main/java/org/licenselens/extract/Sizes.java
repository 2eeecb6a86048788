package org.licenselens.extract;

import java.time.Duration;

/** Formats sizes and durations for failure messages. */
final class Sizes {
    private static final long KIB = 1024;
    private static final long MIB = KIB * 1024;
    private static final long GIB = MIB * 1024;

    private Sizes() {
    }

    /** Uses the largest binary unit that divides {@code n} exactly, so the limit reads as configured. */
    static String bytes(long n) {
        if (n >= GIB && n % GIB == 0) {
            return n / GIB + " GiB";
        }
        if (n >= MIB && n % MIB == 0) {
            return n / MIB + " MiB";
        }
        if (n >= KIB && n % KIB == 0) {
            return n / KIB + " KiB";
        }
        return n == 1 ? "1 byte" : n + " bytes";
    }

    static String duration(Duration d) {
        if (d.toNanos() % 1_000_000_000L == 0) {
            return d.toSeconds() + " s";
        }
        if (d.toNanos() % 1_000_000L == 0) {
            return d.toMillis() + " ms";
        }
        return d.toNanos() + " ns";
    }
}
