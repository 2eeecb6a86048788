package org.licenselens.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;
import java.nio.file.Path;

/**
 * The prepared corpus: every license and rule as term ids, their metadata, and a Lucene index over their terms
 * that finds candidates for approximate matching.
 *
 * <p>Open one with {@link IndexStore#open}. Thread-safe; close it to release the Lucene files.
 */
public final class LicenseIndex implements LicenseCatalog, Closeable {
    /** Field of the Lucene documents holding a reference's normalized terms. */
    static final String TERMS_FIELD = "terms";
    /** Doc-values field pointing a Lucene document back at its {@link Reference#id()}. */
    static final String REF_FIELD = "ref";
    /** Lucene documents exist only for references at least this long; shorter ones match exactly or not at all. */
    static final int MIN_CANDIDATE_LENGTH = 12;
    private static final int MIN_QUERY_TERMS = 8;

    private final String fingerprint;
    private final String corpusSource;
    private final TermDictionary dictionary;
    private final List<Reference> references;
    private final Map<String, LicenseInfo> licenses;
    private final Map<String, String> keysBySpdx;
    private final int licenseCount;
    private final Path luceneDir;
    private volatile Lucene lucene;

    /**
     * The opened Lucene index; opened on first use because a verbatim match never needs it.
     *
     * @param referenceByDoc the {@link Reference#id()} of every Lucene document, read once from doc values
     * @param termStates     per dictionary id, the term's postings pointer and statistics, looked up on first
     *                       use (with a document frequency of 0 for a term no document has): a file asks for the same few hundred
     *                       terms window after window, and each lookup is a seek in the terms dictionary
     */
    private record Lucene(Directory directory, DirectoryReader reader, IndexSearcher searcher, int[] referenceByDoc,
                          AtomicReferenceArray<TermStates> termStates) {}

    LicenseIndex(String fingerprint, String corpusSource, TermDictionary dictionary, List<Reference> references,
                 List<LicenseInfo> licenses, Path luceneDir) {
        this.fingerprint = fingerprint;
        this.corpusSource = corpusSource;
        this.dictionary = dictionary;
        this.references = List.copyOf(references);
        Map<String, LicenseInfo> byKey = new LinkedHashMap<>();
        Map<String, String> bySpdx = new HashMap<>();
        for (LicenseInfo info : licenses) {
            byKey.put(info.key(), info);
        }
        // Primary ids win over the "other" ids some licenses also claim, so register them last.
        for (LicenseInfo info : licenses) {
            for (String other : info.otherSpdx()) {
                bySpdx.putIfAbsent(other.toLowerCase(Locale.ROOT), info.key());
            }
            bySpdx.putIfAbsent(("LicenseRef-scancode-" + info.key()).toLowerCase(Locale.ROOT), info.key());
        }
        for (LicenseInfo info : licenses) {
            bySpdx.put(info.spdx().toLowerCase(Locale.ROOT), info.key());
        }
        this.licenses = Collections.unmodifiableMap(byKey);
        this.keysBySpdx = Map.copyOf(bySpdx);
        this.licenseCount = licenses.size();
        this.luceneDir = luceneDir;
    }

    private Lucene lucene() throws IOException {
        Lucene opened = lucene;
        if (opened == null) {
            synchronized (this) {
                opened = lucene;
                if (opened == null) {
                    Directory directory = new MMapDirectory(luceneDir);
                    DirectoryReader reader = DirectoryReader.open(directory);
                    opened = new Lucene(directory, reader, new IndexSearcher(reader), referencesByDoc(reader),
                            new AtomicReferenceArray<>(dictionary.size()));
                    lucene = opened;
                }
            }
        }
        return opened;
    }

    /**
     * Returns the folder this index lives in (named after its corpus fingerprint), where data derived from the same
     * corpus may be kept beside it, such as the clause flags of its texts.
     */
    public Path folder() {
        return luceneDir.getParent();
    }

    /** Returns the corpus fingerprint this index was built from. */
    public String fingerprint() {
        return fingerprint;
    }

    /** Returns where the corpus came from, as reports show it. */
    @Override
    public String corpusSource() {
        return corpusSource;
    }

    public TermDictionary dictionary() {
        return dictionary;
    }

    /** Returns all references, licenses first, each at the position of its id. */
    public List<Reference> references() {
        return references;
    }

    /** Returns the number of LicenseDB licenses. */
    @Override
    public int licenseCount() {
        return licenseCount;
    }

    /** Returns the number of ScanCode rules. */
    @Override
    public int ruleCount() {
        return references.size() - licenseCount;
    }

    /** Returns every known license by key, in corpus order. */
    @Override
    public Map<String, LicenseInfo> licenses() {
        return licenses;
    }

    /** Returns the license with {@code key}, if known. */
    @Override
    public Optional<LicenseInfo> license(String key) {
        return Optional.ofNullable(licenses.get(key));
    }

    /** Returns the ScanCode key for an SPDX id (case-insensitive; also {@code LicenseRef-scancode-*}). */
    @Override
    public Optional<String> keyForSpdx(String spdxId) {
        return Optional.ofNullable(keysBySpdx.get(spdxId.toLowerCase(Locale.ROOT)));
    }

    /**
     * Finds the references whose terms best overlap {@code queryIds}, ranked by Lucene's BM25.
     *
     * @param queryIds term ids of the query region; unknown terms are ignored
     * @param maxTerms how many of the rarest distinct terms make up the Lucene query
     * @param limit    how many candidates to return at most
     * @return reference ids, best first
     */
    public int[] candidates(int[] queryIds, int maxTerms, int limit) {
        return candidates(queryIds, 0, queryIds.length, maxTerms, limit);
    }

    /**
     * Same as {@link #candidates(int[], int, int)} for the region {@code [from, to)} of {@code queryIds}.
     *
     * @throws IndexOutOfBoundsException if the region is not inside {@code queryIds}
     */
    public int[] candidates(int[] queryIds, int from, int to, int maxTerms, int limit) {
        java.util.Objects.checkFromToIndex(from, to, queryIds.length);
        int[] distinct = distinctKnown(queryIds, from, to);
        if (distinct.length == 0) {
            return new int[0];
        }
        try {
            Lucene index = lucene();
            long[] ranked = rarestFirst(index, distinct);
            // Terms in a tenth of all texts ("the", "license") rank nothing and cost the most to score.
            int common = Math.max(1, index.reader().numDocs() / 10);
            int usable = 0;
            while (usable < ranked.length && (int) (ranked[usable] >>> 32) <= common) {
                usable++;
            }
            int chosen = Math.min(maxTerms, Math.max(usable, Math.min(MIN_QUERY_TERMS, ranked.length)));
            return search(index, ranked, chosen, limit);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the license index", e);
        }
    }

    /**
     * Returns the terms of {@code ids} that some document has, each as {@code docFreq << 32 | id}, sorted: rarest
     * first, ties in term order (dictionary ids follow the terms' order, see {@link TermDictionary}).
     */
    private long[] rarestFirst(Lucene index, int[] ids) throws IOException {
        long[] ranked = new long[ids.length];
        int present = 0;
        for (int id : ids) {
            int docFreq = termStates(index, id).docFreq();
            if (docFreq > 0) {
                ranked[present++] = (long) docFreq << 32 | id;
            }
        }
        ranked = java.util.Arrays.copyOf(ranked, present);
        java.util.Arrays.sort(ranked);
        return ranked;
    }

    private int[] search(Lucene index, long[] ranked, int terms, int limit) throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (int i = 0; i < terms; i++) {
            int id = (int) ranked[i];
            query.add(new TermQuery(new Term(TERMS_FIELD, dictionary.term(id)), termStates(index, id)),
                    BooleanClause.Occur.SHOULD);
        }
        TopDocs top = index.searcher().search(query.build(), limit);
        int[] refs = new int[top.scoreDocs.length];
        for (int i = 0; i < refs.length; i++) {
            refs[i] = index.referenceByDoc()[top.scoreDocs[i].doc];
        }
        return refs;
    }

    /** Returns the distinct known term ids of the region, in increasing order. */
    private static int[] distinctKnown(int[] ids, int from, int to) {
        int[] sorted = java.util.Arrays.copyOfRange(ids, from, to);
        java.util.Arrays.sort(sorted);
        int count = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (sorted[i] != TermDictionary.UNKNOWN && (count == 0 || sorted[i] != sorted[count - 1])) {
                sorted[count++] = sorted[i];
            }
        }
        return java.util.Arrays.copyOf(sorted, count);
    }

    private TermStates termStates(Lucene index, int id) throws IOException {
        TermStates states = index.termStates().get(id);
        if (states == null) {
            // Two threads may look the same term up at once; both get equal states and either may be kept.
            states = TermStates.build(index.searcher(), new Term(TERMS_FIELD, dictionary.term(id)), true);
            index.termStates().set(id, states);
        }
        return states;
    }

    private static int[] referencesByDoc(DirectoryReader reader) throws IOException {
        int[] refs = new int[reader.maxDoc()];
        java.util.Arrays.fill(refs, -1);
        for (LeafReaderContext leaf : reader.leaves()) {
            NumericDocValues values = leaf.reader().getNumericDocValues(REF_FIELD);
            for (int doc = values == null ? DocIdSetIterator.NO_MORE_DOCS : values.nextDoc();
                 doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                refs[leaf.docBase + doc] = (int) values.longValue();
            }
        }
        for (int doc = 0; doc < refs.length; doc++) {
            if (refs[doc] < 0) {
                throw new IOException("index document " + doc + " has no reference id");
            }
        }
        return refs;
    }

    @Override
    public synchronized void close() throws IOException {
        Lucene opened = lucene;
        if (opened != null) {
            opened.reader().close();
            opened.directory().close();
            lucene = null;
        }
    }
}
