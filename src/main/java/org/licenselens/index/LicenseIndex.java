package org.licenselens.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
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
public final class LicenseIndex implements Closeable {
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

    /** The opened Lucene index; opened on first use because a verbatim match never needs it. */
    private record Lucene(Directory directory, DirectoryReader reader, IndexSearcher searcher) {}

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
                    opened = new Lucene(directory, reader, new IndexSearcher(reader));
                    lucene = opened;
                }
            }
        }
        return opened;
    }

    /** Returns the corpus fingerprint this index was built from. */
    public String fingerprint() {
        return fingerprint;
    }

    /** Returns where the corpus came from, as reports show it. */
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
    public int licenseCount() {
        return licenseCount;
    }

    /** Returns the number of ScanCode rules. */
    public int ruleCount() {
        return references.size() - licenseCount;
    }

    /** Returns every known license by key, in corpus order. */
    public Map<String, LicenseInfo> licenses() {
        return licenses;
    }

    /** Returns the license with {@code key}, if known. */
    public Optional<LicenseInfo> license(String key) {
        return Optional.ofNullable(licenses.get(key));
    }

    /** Returns the ScanCode key for an SPDX id (case-insensitive; also {@code LicenseRef-scancode-*}). */
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
        Set<Integer> distinct = new HashSet<>();
        for (int id : queryIds) {
            if (id != TermDictionary.UNKNOWN) {
                distinct.add(id);
            }
        }
        if (distinct.isEmpty()) {
            return new int[0];
        }
        try {
            DirectoryReader reader = lucene().reader();
            List<Term> terms = new ArrayList<>(distinct.size());
            List<int[]> byFrequency = new ArrayList<>(distinct.size());
            for (int id : distinct) {
                Term term = new Term(TERMS_FIELD, dictionary.term(id));
                int df = reader.docFreq(term);
                if (df > 0) {
                    byFrequency.add(new int[] {df, terms.size()});
                    terms.add(term);
                }
            }
            byFrequency.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0])
                    : terms.get(a[1]).text().compareTo(terms.get(b[1]).text()));
            // Terms in a tenth of all texts ("the", "license") rank nothing and cost the most to score.
            int common = Math.max(1, reader.numDocs() / 10);
            int usable = 0;
            while (usable < byFrequency.size() && byFrequency.get(usable)[0] <= common) {
                usable++;
            }
            int chosen = Math.min(maxTerms, Math.max(usable, Math.min(MIN_QUERY_TERMS, byFrequency.size())));
            BooleanQuery.Builder query = new BooleanQuery.Builder();
            for (int i = 0; i < chosen; i++) {
                query.add(new TermQuery(terms.get(byFrequency.get(i)[1])), BooleanClause.Occur.SHOULD);
            }
            TopDocs top = lucene().searcher().search(query.build(), limit);
            int[] refs = new int[top.scoreDocs.length];
            for (int i = 0; i < refs.length; i++) {
                refs[i] = referenceOf(reader, top.scoreDocs[i]);
            }
            return refs;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the license index", e);
        }
    }

    private static int referenceOf(DirectoryReader reader, ScoreDoc hit) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(hit.doc, leaves));
        NumericDocValues values = leaf.reader().getNumericDocValues(REF_FIELD);
        int local = hit.doc - leaf.docBase;
        if (values == null || !values.advanceExact(local)) {
            throw new IOException("index document " + hit.doc + " has no reference id");
        }
        return (int) values.longValue();
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
