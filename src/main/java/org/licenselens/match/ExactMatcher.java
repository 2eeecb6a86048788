package org.licenselens.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.licenselens.index.Reference;
import org.licenselens.index.ReferenceKind;
import org.licenselens.index.TermDictionary;

/**
 * Finds every verbatim occurrence of a known text (after normalization) in a query.
 *
 * <p>References are keyed by a hash of their first few terms; each query position looks those keys up and
 * compares the length and a hash of the whole remaining text of each reference under the key with the query's,
 * verifying term by term only when both agree. A license whose title is missing from the query still matches
 * verbatim, because its body is keyed too. Immutable and thread-safe.
 */
final class ExactMatcher {
    private static final int KEY_TERMS = 6;
    static final long SEED = 1125899906842597L;
    /** Odd multiplier of the whole-text hash: a polynomial over the term ids, modulo 2^64. */
    private static final long TEXT_BASE = 0x9E3779B97F4A7C15L;

    /** One table per key length, as {@link #keyLengths}: short texts are few, so their tables stay in cache. */
    private final KeyTable[] tables;
    private final int[] entryReference;
    private final int[] entryOffset;
    private final int[] entryLength;
    private final long[] entryHash;
    private final int[] keyLengths;
    private final List<Reference> references;

    /** One keyed verbatim text: {@code reference}'s terms from {@code offset} (0, or past its title) to the end. */
    private record Entry(int keyLength, long key, int reference, int offset, int length, long hash) {}

    ExactMatcher(List<Reference> references) {
        this.references = references;
        List<Entry> entries = new ArrayList<>();
        TreeSet<Integer> lengths = new TreeSet<>();
        for (Reference ref : references) {
            if (ref.length() == 0 || ref.kind() == ReferenceKind.CLUE) {
                continue;
            }
            add(entries, lengths, ref, 0);
            if (ref.titleLength() > 0) {
                add(entries, lengths, ref, ref.titleLength());
            }
        }
        // Stable: entries under one key keep reference order, so matches come out as they always did.
        entries.sort(java.util.Comparator.comparingInt(Entry::keyLength).thenComparingLong(Entry::key));
        int n = entries.size();
        entryReference = new int[n];
        entryOffset = new int[n];
        entryLength = new int[n];
        entryHash = new long[n];
        for (int i = 0; i < n; i++) {
            Entry e = entries.get(i);
            entryReference[i] = e.reference();
            entryOffset[i] = e.offset();
            entryLength[i] = e.length();
            entryHash[i] = e.hash();
        }
        this.keyLengths = lengths.stream().mapToInt(Integer::intValue).toArray();
        this.tables = new KeyTable[keyLengths.length];
        for (int t = 0; t < keyLengths.length; t++) {
            int keyLength = keyLengths[t];
            List<int[]> slices = new ArrayList<>();
            for (int i = 0; i < n; ) {
                int end = i;
                while (end < n && entries.get(end).key() == entries.get(i).key()
                        && entries.get(end).keyLength() == entries.get(i).keyLength()) {
                    end++;
                }
                if (entries.get(i).keyLength() == keyLength) {
                    slices.add(new int[] {i, end});
                }
                i = end;
            }
            tables[t] = new KeyTable(slices, entries);
        }
    }

    private static void add(List<Entry> entries, TreeSet<Integer> lengths, Reference ref, int offset) {
        int keyLength = Math.min(KEY_TERMS, ref.length() - offset);
        if (keyLength <= 0) {
            return;
        }
        lengths.add(keyLength);
        int length = ref.length() - offset;
        entries.add(new Entry(keyLength, hash(ref.ids(), offset, keyLength), ref.id(), offset, length,
                textHash(ref.ids(), offset, length)));
    }

    static long hash(int[] ids, int from, int length) {
        long h = SEED;
        for (int i = from; i < from + length; i++) {
            h = 31 * h + ids[i];
        }
        return h ^ length;
    }

    private static long textHash(int[] ids, int from, int length) {
        long h = 0;
        for (int i = from; i < from + length; i++) {
            h = h * TEXT_BASE + ids[i] + 1;
        }
        return h;
    }

    /**
     * An open-addressing table from key hash to a slice of the entry arrays: no boxed key or list per key, as
     * every query position is looked up here. A slot is two adjacent longs, the key and {@code first << 32 | end}
     * of its entries (0 when empty), so that a lookup touches one cache line.
     */
    private static final class KeyTable {
        private final long[] slots;
        private final int shift;

        KeyTable(List<int[]> slices, List<Entry> entries) {
            int capacity = Integer.highestOneBit(Math.max(4, slices.size() * 2) - 1) << 1;
            slots = new long[2 * capacity];
            shift = 64 - Integer.numberOfTrailingZeros(capacity);
            for (int[] slice : slices) {
                long key = entries.get(slice[0]).key();
                int slot = slot(key);
                slots[2 * slot] = key;
                slots[2 * slot + 1] = (long) slice[0] << 32 | slice[1];
            }
        }

        // The key hash is polynomial, so its low bits cluster; Fibonacci hashing takes well-mixed high bits.
        private int slot(long key) {
            int mask = (slots.length >> 1) - 1;
            int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
            while (slots[2 * slot + 1] != 0 && slots[2 * slot] != key) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        /** Returns {@code first << 32 | end} of the entries under {@code key}, or 0 when there are none. */
        long entries(long key) {
            return slots[2 * slot(key) + 1];
        }
    }

    /** Returns all verbatim occurrences in {@code query}, in no particular order. */
    List<LicenseMatch> match(Query query) {
        return match(query, new java.util.BitSet());
    }

    /**
     * Returns all verbatim occurrences in {@code query}, in no particular order, except those starting on a term
     * of {@code skip}: terms an identifier line already explains, which would only be dropped (100,000 repeated
     * identifier lines would otherwise make 100,000 candidates per rule that names the id).
     */
    List<LicenseMatch> match(Query query, java.util.BitSet skip) {
        int[] ids = query.ids();
        // prefix[i] hashes ids[0, i) as textHash does, so any range's hash is two lookups and a multiply.
        long[] prefix = new long[ids.length + 1];
        long[] power = new long[ids.length + 1];
        power[0] = 1;
        for (int i = 0; i < ids.length; i++) {
            prefix[i + 1] = prefix[i] * TEXT_BASE + ids[i] + 1;
            power[i + 1] = power[i] * TEXT_BASE;
        }
        List<LicenseMatch> found = new ArrayList<>();
        for (int start = 0; start < ids.length; start++) {
            if (ids[start] == TermDictionary.UNKNOWN || skip.get(start)) {
                continue;
            }
            long running = SEED;
            int hashed = 0;
            for (int t = 0; t < keyLengths.length; t++) {
                int keyLength = keyLengths[t];
                if (start + keyLength > ids.length) {
                    break;
                }
                while (hashed < keyLength) {
                    running = 31 * running + ids[start + hashed++];
                }
                long slice = tables[t].entries(running ^ keyLength);
                for (int e = (int) (slice >>> 32), end = (int) slice; e < end; e++) {
                    int length = entryLength[e];
                    if (start + length > ids.length
                            || prefix[start + length] - prefix[start] * power[length] != entryHash[e]) {
                        continue;
                    }
                    Reference ref = references.get(entryReference[e]);
                    int offset = entryOffset[e];
                    if (Arrays.equals(ids, start, start + length, ref.ids(), offset, ref.length())) {
                        found.add(MatchFactory.of(Matcher.EXACT, query, ref, List.of(new Block(start, offset, length))));
                    }
                }
            }
        }
        return found;
    }
}
