package org.licenselens.clause;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values computed from a text and kept for the run, up to a bound: a run over a tree meets the same license
 * sentences, clauses and words in file after file, and each OpenNLP or regex pass over them costs the same every
 * time. The function must give the same value for the same text on every thread, so that what is kept does not
 * depend on which file came first. Past the bound, values are computed and not kept. Thread-safe.
 */
final class RunMemo<V> {
    private final int bound;
    private final Map<String, V> values = new ConcurrentHashMap<>();

    RunMemo(int bound) {
        if (bound < 0) {
            throw new IllegalArgumentException("a memo keeps at least no values, not " + bound);
        }
        this.bound = bound;
    }

    /** The value for {@code text}: the kept one, else {@code compute}'s, kept while fewer than the bound are. */
    V get(String text, Function<String, V> compute) {
        V known = values.get(text);
        if (known != null) {
            return known;
        }
        V fresh = compute.apply(text);
        if (values.size() < bound) {
            values.putIfAbsent(text, fresh);
        }
        return fresh;
    }
}
