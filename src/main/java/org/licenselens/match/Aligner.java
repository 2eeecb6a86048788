package org.licenselens.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.licenselens.index.TermDictionary;

/**
 * Aligns a reference with a region of a query: the heaviest chain of shared runs that keeps the order of both.
 *
 * <p>Runs are seeded by shared n-grams and extended as far as the terms agree; the chain is the longest-weight
 * sequence of runs increasing in both texts (a Fenwick tree keeps this O(runs log runs)). This costs time
 * linear in the two texts, unlike a full edit-distance table, which matters when fifty candidates are
 * aligned per file.
 */
final class Aligner {
    private static final int SEED = 3;
    private static final int MAX_POSITIONS_PER_SEED = 24;
    private static final int MAX_BLOCKS = 50_000;
    private static final int LONG_RUN = 8;

    private Aligner() {}

    /** Returns the aligned runs in order, or an empty list when nothing is shared. */
    static List<Block> align(int[] query, int from, int to, int[] reference) {
        return align(query, from, to, reference, Seeds.of(reference));
    }

    /** Same as {@link #align(int[], int, int, int[])} with the reference's seeds already indexed. */
    static List<Block> align(int[] query, int from, int to, int[] reference, Seeds seeds) {
        int seed = seeds.length;
        if (seed == 0 || to - from < seed) {
            return List.of();
        }
        Runs runs = new Runs(Math.min(MAX_BLOCKS, (to - from) / 8));
        for (int q = from; q + seed <= to && runs.size < MAX_BLOCKS; q++) {
            if (query[q] == TermDictionary.UNKNOWN) {
                continue;
            }
            long key = Seeds.key(query, q, seed);
            if (!seeds.mayHold(key)) {
                continue;
            }
            // Of the runs starting here keep the longest and any long one: the short ones that repetitive text
            // produces by the hundred almost never belong to the best chain, and they make chaining slow.
            int bestR = -1;
            int bestLength = 0;
            int visited = 0;
            int groupStart = runs.size;
            for (int r = seeds.first(key); r >= 0 && visited < MAX_POSITIONS_PER_SEED;
                 r = seeds.next[r], visited++) {
                boolean continuation = q > from && r > 0 && query[q - 1] == reference[r - 1];
                if (continuation || !Arrays.equals(query, q, q + seed, reference, r, r + seed)) {
                    continue;
                }
                int length = seed;
                while (q + length < to && r + length < reference.length && query[q + length] == reference[r + length]) {
                    length++;
                }
                if (length >= LONG_RUN) {
                    runs.add(q, r, length);
                } else if (length > bestLength) {
                    bestR = r;
                    bestLength = length;
                }
            }
            if (bestR >= 0) {
                runs.add(q, bestR, bestLength);
            }
            runs.sortGroupByReference(groupStart);
        }
        return heaviestChain(runs, reference.length);
    }

    /**
     * The runs found so far, as parallel arrays: an alignment may find tens of thousands, and chaining reads
     * them many times. Kept in (query, reference) order: runs are found query position by query position, and
     * each position's few runs are sorted as they are added.
     */
    private static final class Runs {
        int[] query;
        int[] reference;
        int[] length;
        int size;

        Runs(int capacity) {
            int initial = Math.max(16, capacity);
            query = new int[initial];
            reference = new int[initial];
            length = new int[initial];
        }

        void add(int q, int r, int len) {
            if (size == query.length) {
                int grown = size * 2;
                query = Arrays.copyOf(query, grown);
                reference = Arrays.copyOf(reference, grown);
                length = Arrays.copyOf(length, grown);
            }
            query[size] = q;
            reference[size] = r;
            length[size++] = len;
        }

        /** Insertion sort of the runs from {@code start} (all at one query position) by reference position. */
        void sortGroupByReference(int start) {
            for (int i = start + 1; i < size; i++) {
                int r = reference[i];
                int len = length[i];
                int j = i - 1;
                while (j >= start && reference[j] > r) {
                    reference[j + 1] = reference[j];
                    length[j + 1] = length[j];
                    j--;
                }
                reference[j + 1] = r;
                length[j + 1] = len;
            }
        }

        int queryEnd(int i) {
            return query[i] + length[i];
        }

        Block block(int i) {
            return new Block(query[i], reference[i], length[i]);
        }
    }

    /**
     * The positions of every n-gram of a reference, in a flat open-addressing table: no object per entry, so
     * indexing a 3,000-term license for one alignment costs microseconds, not a thousand allocations. A small bit
     * filter of the n-grams answers most "is this n-gram here" questions before the table is probed. (Keeping
     * tables across files was tried: a table built just now is in the CPU cache, a kept one is not, and the
     * cache misses cost more than the building.)
     */
    static final class Seeds {
        final int length;
        private final long[] keys;
        private final int[] heads;
        final int[] next;
        private final int shift;
        private final long[] filter;
        private final int filterShift;

        private Seeds(int length, long[] keys, int[] heads, int[] next, int shift, long[] filter, int filterShift) {
            this.length = length;
            this.keys = keys;
            this.heads = heads;
            this.next = next;
            this.shift = shift;
            this.filter = filter;
            this.filterShift = filterShift;
        }

        // A multiplier unlike the table's, so that the filter and the table fail on different keys.
        private static int filterBit(long key, int filterShift) {
            return (int) ((key * 0xC2B2AE3D27D4EB4FL) >>> filterShift);
        }

        static Seeds of(int[] reference) {
            int seed = Math.min(SEED, reference.length);
            int count = Math.max(0, reference.length - seed + 1);
            int capacity = Integer.highestOneBit(Math.max(4, count * 2) - 1) << 1;
            long[] keys = new long[capacity];
            int[] heads = new int[capacity];
            Arrays.fill(heads, -1);
            int[] next = new int[reference.length];
            Arrays.fill(next, -1);
            int shift = 64 - Integer.numberOfTrailingZeros(capacity);
            // Walk backwards so each chain lists positions in increasing order.
            for (int r = count - 1; r >= 0; r--) {
                long key = key(reference, r, seed);
                int slot = slot(keys, heads, shift, key);
                keys[slot] = key;
                next[r] = heads[slot];
                heads[slot] = r;
            }
            // One bit per n-gram in a table of eight bits per n-gram: a query n-gram the reference lacks (most of
            // them, outside the matching text) finds its bit clear seven times in eight, without touching the
            // larger table above.
            int bits = Integer.highestOneBit(Math.max(64, 8 * count) - 1) << 1;
            long[] filter = new long[bits >> 6];
            int filterShift = 64 - Integer.numberOfTrailingZeros(bits);
            for (int r = 0; r < count; r++) {
                int bit = filterBit(key(reference, r, seed), filterShift);
                filter[bit >> 6] |= 1L << bit;
            }
            return new Seeds(seed, keys, heads, next, shift, filter, filterShift);
        }

        /** The n-gram hash of {@link ExactMatcher#hash}, unrolled for the usual seed length. */
        static long key(int[] ids, int from, int length) {
            if (length != SEED) {
                return ExactMatcher.hash(ids, from, length);
            }
            long h = ExactMatcher.SEED;
            h = 31 * h + ids[from];
            h = 31 * h + ids[from + 1];
            h = 31 * h + ids[from + 2];
            return h ^ SEED;
        }

        /** Whether the reference may hold the n-gram hashed as {@code key}: false means it surely does not. */
        boolean mayHold(long key) {
            int bit = filterBit(key, filterShift);
            return (filter[bit >> 6] & (1L << bit)) != 0;
        }

        // The n-gram hash is polynomial, so its low bits cluster; Fibonacci hashing takes well-mixed high bits.
        private static int slot(long[] keys, int[] heads, int shift, long key) {
            int mask = heads.length - 1;
            int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
            while (heads[slot] >= 0 && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        /** Returns the first position of the n-gram hashed as {@code key}, or -1. */
        int first(long key) {
            return heads[slot(keys, heads, shift, key)];
        }
    }

    private static List<Block> heaviestChain(Runs runs, int referenceLength) {
        int n = runs.size;
        if (n == 0) {
            return List.of();
        }
        long[] best = new long[n];
        int[] previous = new int[n];
        // Fenwick tree over reference end positions, holding (chain weight, block index) maxima.
        long[] treeWeight = new long[referenceLength + 2];
        int[] treeIndex = new int[referenceLength + 2];
        Arrays.fill(treeIndex, -1);
        EndHeap pending = new EndHeap(runs, n);
        int bestEnd = -1;
        for (int i = 0; i < n; i++) {
            while (!pending.isEmpty() && runs.queryEnd(pending.peek()) <= runs.query[i]) {
                int done = pending.poll();
                for (int x = runs.reference[done] + runs.length[done] + 1; x < treeWeight.length; x += x & -x) {
                    if (best[done] > treeWeight[x]) {
                        treeWeight[x] = best[done];
                        treeIndex[x] = done;
                    }
                }
            }
            long prefix = 0;
            int from = -1;
            for (int x = runs.reference[i] + 1; x > 0; x -= x & -x) {
                if (treeWeight[x] > prefix) {
                    prefix = treeWeight[x];
                    from = treeIndex[x];
                }
            }
            best[i] = prefix + runs.length[i];
            previous[i] = from;
            pending.add(i);
            if (bestEnd < 0 || best[i] > best[bestEnd]) {
                bestEnd = i;
            }
        }
        List<Block> chain = new ArrayList<>();
        for (int i = bestEnd; i >= 0; i = previous[i]) {
            chain.add(runs.block(i));
        }
        java.util.Collections.reverse(chain);
        return trimStrayEnds(chain);
    }

    /**
     * A binary min-heap of run indices by query end, without boxing. It sifts exactly as
     * {@link java.util.PriorityQueue} does, so runs that end together leave in the same order as they always have
     * and ties between equally heavy chains are broken the same way.
     */
    private static final class EndHeap {
        private final Runs runs;
        private final int[] heap;
        private int size;

        EndHeap(Runs runs, int capacity) {
            this.runs = runs;
            this.heap = new int[capacity];
        }

        boolean isEmpty() {
            return size == 0;
        }

        int peek() {
            return heap[0];
        }

        void add(int run) {
            int k = size++;
            int end = runs.queryEnd(run);
            while (k > 0) {
                int parent = (k - 1) >>> 1;
                int e = heap[parent];
                if (end >= runs.queryEnd(e)) {
                    break;
                }
                heap[k] = e;
                k = parent;
            }
            heap[k] = run;
        }

        int poll() {
            int result = heap[0];
            int n = --size;
            if (n > 0) {
                int x = heap[n];
                int end = runs.queryEnd(x);
                int k = 0;
                int half = n >>> 1;
                while (k < half) {
                    int child = (k << 1) + 1;
                    int c = heap[child];
                    int right = child + 1;
                    if (right < n && runs.queryEnd(c) > runs.queryEnd(heap[right])) {
                        c = heap[child = right];
                    }
                    if (end <= runs.queryEnd(c)) {
                        break;
                    }
                    heap[k] = c;
                    k = child;
                }
                heap[k] = x;
            }
            return result;
        }
    }

    /**
     * Drops runs at either end that are smaller than half the gap separating them from the rest: a few words a
     * neighbouring text happens to share must not stretch the match over that text.
     */
    static List<Block> trimStrayEnds(List<Block> chain) {
        int first = 0;
        int last = chain.size() - 1;
        while (first < last && 2 * chain.get(first).length() < chain.get(first + 1).query() - chain.get(first).queryEnd()) {
            first++;
        }
        while (last > first && 2 * chain.get(last).length() < chain.get(last).query() - chain.get(last - 1).queryEnd()) {
            last--;
        }
        return chain.subList(first, last + 1);
    }
}
