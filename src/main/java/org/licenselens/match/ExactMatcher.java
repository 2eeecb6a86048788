package org.licenselens.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.licenselens.index.Reference;
import org.licenselens.index.TermDictionary;

/**
 * Finds every verbatim occurrence of a known text (after normalization) in a query.
 *
 * <p>References are keyed by a hash of their first few terms; each query position looks those keys up and
 * verifies candidates term by term. A license whose title is missing from the query still matches verbatim,
 * because its body is keyed too. Immutable and thread-safe.
 */
final class ExactMatcher {
    static final String NAME = "exact";
    private static final int KEY_TERMS = 6;

    /** Entries are {@code referenceId << 32 | offset}: offset is where the verbatim part starts (0 or the title). */
    private final Map<Long, long[]> byKey;
    private final int[] keyLengths;
    private final List<Reference> references;

    ExactMatcher(List<Reference> references) {
        this.references = references;
        Map<Long, List<Long>> table = new HashMap<>();
        TreeSet<Integer> lengths = new TreeSet<>();
        for (Reference ref : references) {
            if (ref.length() == 0 || ref.kind() == org.licenselens.index.ReferenceKind.CLUE) {
                continue;
            }
            add(table, lengths, ref, 0);
            if (ref.titleLength() > 0) {
                add(table, lengths, ref, ref.titleLength());
            }
        }
        this.byKey = new HashMap<>(table.size() * 2);
        table.forEach((k, v) -> byKey.put(k, v.stream().mapToLong(Long::longValue).toArray()));
        this.keyLengths = lengths.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void add(Map<Long, List<Long>> table, TreeSet<Integer> lengths, Reference ref, int offset) {
        int keyLength = Math.min(KEY_TERMS, ref.length() - offset);
        if (keyLength <= 0) {
            return;
        }
        lengths.add(keyLength);
        long key = hash(ref.ids(), offset, keyLength);
        table.computeIfAbsent(key, k -> new ArrayList<>(1)).add(((long) ref.id() << 32) | offset);
    }

    private static final long SEED = 1125899906842597L;

    static long hash(int[] ids, int from, int length) {
        long h = SEED;
        for (int i = from; i < from + length; i++) {
            h = 31 * h + ids[i];
        }
        return h ^ length;
    }

    /** Returns all verbatim occurrences in {@code query}, in no particular order. */
    List<LicenseMatch> match(Query query) {
        int[] ids = query.ids();
        List<LicenseMatch> found = new ArrayList<>();
        for (int start = 0; start < ids.length; start++) {
            if (ids[start] == TermDictionary.UNKNOWN) {
                continue;
            }
            long running = SEED;
            int hashed = 0;
            for (int keyLength : keyLengths) {
                if (start + keyLength > ids.length) {
                    break;
                }
                while (hashed < keyLength) {
                    running = 31 * running + ids[start + hashed++];
                }
                long[] entries = byKey.get(running ^ keyLength);
                if (entries == null) {
                    continue;
                }
                for (long entry : entries) {
                    Reference ref = references.get((int) (entry >>> 32));
                    int offset = (int) entry;
                    int length = ref.length() - offset;
                    if (Math.min(KEY_TERMS, length) == keyLength && start + length <= ids.length
                            && Arrays.equals(ids, start, start + length, ref.ids(), offset, ref.length())) {
                        found.add(MatchFactory.of(NAME, query, ref, List.of(new Block(start, offset, length))));
                    }
                }
            }
        }
        return found;
    }
}
