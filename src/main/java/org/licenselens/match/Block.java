package org.licenselens.match;

/**
 * A run of identical terms shared by the query and a reference.
 *
 * @param query     position of the run's first term in the query
 * @param reference position of the run's first term in the reference
 * @param length    number of terms
 */
record Block(int query, int reference, int length) {
    public Block {
        if (length <= 0) {
            throw new IllegalArgumentException("block length must be positive: " + length);
        }
    }

    public int queryEnd() {
        return query + length;
    }

    public int referenceEnd() {
        return reference + length;
    }
}
