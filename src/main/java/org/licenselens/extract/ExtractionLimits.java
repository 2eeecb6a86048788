package org.licenselens.extract;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds on what a {@link TextExtractor} will read, produce and wait for.
 *
 * @param maxBytes largest file accepted, checked before reading; at most {@link #MAX_READABLE_BYTES}
 * @param maxChars largest extracted text accepted
 * @param timeout longest time a document parse may run before it is cancelled
 */
public record ExtractionLimits(long maxBytes, int maxChars, Duration timeout) {

    /** Largest {@code maxBytes} possible, because content is held in one array. */
    public static final long MAX_READABLE_BYTES = Integer.MAX_VALUE - 8;

    private static final ExtractionLimits DEFAULTS =
            new ExtractionLimits(50L * 1024 * 1024, 10_000_000, Duration.ofSeconds(10));

    public ExtractionLimits {
        if (maxBytes < 1 || maxBytes > MAX_READABLE_BYTES) {
            throw new IllegalArgumentException("maxBytes must be in 1.." + MAX_READABLE_BYTES + ", got " + maxBytes);
        }
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be positive, got " + maxChars);
        }
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeout);
        }
    }

    /** Returns 50 MiB read, 10,000,000 characters, 10 seconds. */
    public static ExtractionLimits defaults() {
        return DEFAULTS;
    }

    /** Returns {@code maxBytes} the way a person would write it, e.g. "50 MiB". */
    String maxBytesText() {
        return Sizes.bytes(maxBytes);
    }

    /** Returns {@code timeout} the way a person would write it, e.g. "10 s". */
    String timeoutText() {
        return Sizes.duration(timeout);
    }
}
