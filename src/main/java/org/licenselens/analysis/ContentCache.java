package org.licenselens.analysis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.licenselens.extract.ExtractedText;

/**
 * Computes a value once per distinct text: vendored trees hold the same LICENSE many times over (every copy of MIT
 * in node_modules), and what the pipeline finds depends on nothing but the text, its kind and the clause mode.
 * Thread-safe; one cache lives as long as one run.
 *
 * @param <V> what is kept per text
 */
public final class ContentCache<V> {
    private final Map<Key, V> values = new ConcurrentHashMap<>();

    private record Key(String sha256, String kind, String mediaType, ClauseMode clauses) {}

    /** Returns the value for {@code text} and {@code clauses}, computing it with {@code compute} the first time. */
    public V get(ExtractedText text, ClauseMode clauses, Supplier<V> compute) {
        Key key = new Key(sha256(text.text()), text.kind(), text.mediaType(), clauses);
        V known = values.get(key);
        if (known != null) {
            return known;
        }
        V fresh = compute.get();
        V raced = values.putIfAbsent(key, fresh);
        return raced != null ? raced : fresh;
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
