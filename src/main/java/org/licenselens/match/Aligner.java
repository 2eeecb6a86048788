package org.licenselens.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
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
        List<Block> blocks = new ArrayList<>(Math.min(MAX_BLOCKS, 2 * (to - from)));
        for (int q = from; q + seed <= to && blocks.size() < MAX_BLOCKS; q++) {
            if (query[q] == TermDictionary.UNKNOWN) {
                continue;
            }
            // Of the runs starting here keep the longest and any long one: the short ones that repetitive text
            // produces by the hundred almost never belong to the best chain, and they make chaining slow.
            int bestR = -1;
            int bestLength = 0;
            int visited = 0;
            for (int r = seeds.first(ExactMatcher.hash(query, q, seed)); r >= 0 && visited < MAX_POSITIONS_PER_SEED;
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
                    blocks.add(new Block(q, r, length));
                } else if (length > bestLength) {
                    bestR = r;
                    bestLength = length;
                }
            }
            if (bestR >= 0) {
                blocks.add(new Block(q, bestR, bestLength));
            }
        }
        return heaviestChain(blocks, reference.length);
    }

    /**
     * The positions of every n-gram of a reference, in a flat open-addressing table: no object per entry, so
     * indexing a 3,000-term license for one alignment costs microseconds, not a thousand allocations.
     */
    static final class Seeds {
        final int length;
        private final long[] keys;
        private final int[] heads;
        final int[] next;
        private final int shift;

        private Seeds(int length, long[] keys, int[] heads, int[] next, int shift) {
            this.length = length;
            this.keys = keys;
            this.heads = heads;
            this.next = next;
            this.shift = shift;
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
                long key = ExactMatcher.hash(reference, r, seed);
                int slot = slot(keys, heads, shift, key);
                keys[slot] = key;
                next[r] = heads[slot];
                heads[slot] = r;
            }
            return new Seeds(seed, keys, heads, next, shift);
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

    private static List<Block> heaviestChain(List<Block> blocks, int referenceLength) {
        if (blocks.isEmpty()) {
            return List.of();
        }
        blocks.sort(Comparator.comparingInt(Block::query).thenComparingInt(Block::reference));
        int n = blocks.size();
        long[] best = new long[n];
        int[] previous = new int[n];
        // Fenwick tree over reference end positions, holding (chain weight, block index) maxima.
        long[] treeWeight = new long[referenceLength + 2];
        int[] treeIndex = new int[referenceLength + 2];
        Arrays.fill(treeIndex, -1);
        PriorityQueue<Integer> pending = new PriorityQueue<>(Comparator.comparingInt(i -> blocks.get(i).queryEnd()));
        int bestEnd = -1;
        for (int i = 0; i < n; i++) {
            Block block = blocks.get(i);
            while (!pending.isEmpty() && blocks.get(pending.peek()).queryEnd() <= block.query()) {
                int done = pending.poll();
                for (int x = blocks.get(done).referenceEnd() + 1; x < treeWeight.length; x += x & -x) {
                    if (best[done] > treeWeight[x]) {
                        treeWeight[x] = best[done];
                        treeIndex[x] = done;
                    }
                }
            }
            long prefix = 0;
            int from = -1;
            for (int x = block.reference() + 1; x > 0; x -= x & -x) {
                if (treeWeight[x] > prefix) {
                    prefix = treeWeight[x];
                    from = treeIndex[x];
                }
            }
            best[i] = prefix + block.length();
            previous[i] = from;
            pending.add(i);
            if (bestEnd < 0 || best[i] > best[bestEnd]) {
                bestEnd = i;
            }
        }
        List<Block> chain = new ArrayList<>();
        for (int i = bestEnd; i >= 0; i = previous[i]) {
            chain.add(blocks.get(i));
        }
        java.util.Collections.reverse(chain);
        return trimStrayEnds(chain);
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
