package org.licenselens.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers every term of the corpus so that matching compares ints, not strings.
 *
 * <p>Ids follow the terms' {@link String} order, so comparing two ids compares their terms. Terms a query has
 * but the corpus lacks get {@link #UNKNOWN}: they can never be part of a match. Immutable and thread-safe.
 */
public final class TermDictionary {
    /** The id of a term that no known text contains. */
    public static final int UNKNOWN = -1;

    private final List<String> terms;
    private final Map<String, Integer> ids;

    /** @throws IllegalArgumentException unless {@code terms} are distinct and in {@link String} order */
    TermDictionary(List<String> terms) {
        this.terms = List.copyOf(terms);
        this.ids = new HashMap<>(terms.size() * 2);
        for (int i = 0; i < terms.size(); i++) {
            if (i > 0 && terms.get(i - 1).compareTo(terms.get(i)) >= 0) {
                throw new IllegalArgumentException("dictionary terms must be distinct and sorted, but '"
                        + terms.get(i - 1) + "' comes before '" + terms.get(i) + "'");
            }
            ids.put(terms.get(i), i);
        }
    }

    /** Returns the id of {@code term}, or {@link #UNKNOWN}. */
    public int id(String term) {
        Integer id = ids.get(term);
        return id == null ? UNKNOWN : id;
    }

    /** Returns the ids of {@code terms}, in order. */
    public int[] ids(String[] terms) {
        int[] out = new int[terms.length];
        for (int i = 0; i < terms.length; i++) {
            out[i] = id(terms[i]);
        }
        return out;
    }

    /** Returns the term numbered {@code id}. */
    public String term(int id) {
        return terms.get(id);
    }

    /** Returns how many terms are known. */
    public int size() {
        return terms.size();
    }

    List<String> terms() {
        return terms;
    }
}
