package org.licenselens.match;

import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.licenselens.index.LicenseIndex;
import org.licenselens.index.Reference;
import org.licenselens.index.ReferenceKind;
import org.licenselens.text.LineMap;

/**
 * Identifies the licenses in a text with a cascade of matchers, cheapest first: SPDX identifier lines, verbatim
 * occurrences of known texts, then Lucene candidates aligned term by term. Then the accepted matches are
 * refined: pieces of a longer license text dropped ({@link Containment}), catalogues of names set aside
 * ({@link LicenseCatalogues}), exceptions joined to their license with WITH ({@link ExceptionJoiner}) and identical
 * matches merged ({@link MatchMerger}). Every candidate dropped on the way is kept, with its {@link DiscardReason}.
 * What stays unexplained and reads like license terms is reported as unknown, with the closest known licenses.
 *
 * <p>Thread-safe: one instance serves all threads.
 */
public final class LicenseDetector {
    /** An aligned license text must cover at least this share of the reference to be reported ({@code near}). */
    public static final double NEAR_THRESHOLD = 0.80;
    private static final int MIN_REGION = 12;
    private static final int WINDOW = 300;
    private static final int CANDIDATE_TERMS = 32;
    private static final int CANDIDATES = 30;
    private static final double MIN_DENSITY = 0.5;
    // Chunks of a big region, in longest match spans: four leaves each chunk two spans of progress at least.
    private static final int CHUNK_SPANS = 4;
    private static final int MIN_CUES_TO_ALIGN = 2;
    private static final int UNKNOWN_MIN_TERMS = 20;
    private static final int UNKNOWN_MIN_CUES = 4;
    /** Terms without a legal word that end a license-like part of an unknown region: some ten lines of prose. */
    private static final int UNKNOWN_CUE_GAP = 120;
    /** How far a license-like part reaches before its first and after its last legal word: a sentence or so. */
    private static final int UNKNOWN_CUE_REACH = 40;
    private static final Set<String> LEGAL_CUES = Set.of("license", "licensed", "licensee", "licensor", "licenses",
            "permission", "permitted", "warranty", "warranties", "liability", "liable", "copyright", "redistribute",
            "redistribution", "distribute", "distribution", "sublicense", "royalty", "infringement", "patent",
            "merchantability", "fitness", "damages", "terms", "conditions", "agreement", "grant", "granted",
            "rights", "restrictions", "prohibited", "commercial", "disclaimer", "indemnify", "jurisdiction");

    private final LicenseIndex index;
    private final LicenseTexts licenseTexts;
    // Its hash tables over every reference take about a tenth of a second to build: built on another core while this
    // constructor, the text extractor and the reading of the first file go on, and waited for at the first match.
    private final java.util.concurrent.CompletableFuture<ExactMatcher> exact;
    private final SpdxIdentifierMatcher identifiers;
    /** The dictionary ids of {@link #LEGAL_CUES}: every region and window is scanned for them. */
    private final BitSet cueIds;
    /** Whether some cue is missing from the dictionary, so that an unknown term may still be a cue. */
    private final boolean cueOutsideDictionary;
    /**
     * The notices and license texts of each expression, which a run of pieces of one notice is aligned against;
     * built beside the exact matcher's tables, for the same reason.
     */
    private final java.util.concurrent.CompletableFuture<Map<String, List<Reference>>> noticesByExpression;

    public LicenseDetector(LicenseIndex index) {
        this.index = index;
        this.licenseTexts = new LicenseTexts(index);
        this.exact = java.util.concurrent.CompletableFuture.supplyAsync(() -> new ExactMatcher(index.references()));
        Map<String, String> replacements = new HashMap<>();
        for (Reference ref : index.references()) {
            if (ref.kind() == ReferenceKind.LICENSE && !ref.expression().isEmpty()
                    && !ref.expression().equals(ref.identifier())) {
                replacements.put(ref.identifier(), ref.expression());
            }
        }
        // A deprecated SPDX id stands for what replaced it: eCos-2.0 is GPL-2.0-or-later WITH eCos-exception-2.0.
        this.identifiers = new SpdxIdentifierMatcher(spdx -> index.keyForSpdx(spdx).map(key -> {
            String replacement = replacements.getOrDefault(key, key);
            return replacement.contains(" AND ") || replacement.contains(" OR ") ? "(" + replacement + ")" : replacement;
        }));
        this.cueIds = new BitSet(index.dictionary().size());
        boolean missing = false;
        for (String cue : LEGAL_CUES) {
            int id = index.dictionary().id(cue);
            if (id == org.licenselens.index.TermDictionary.UNKNOWN) {
                missing = true;
            } else {
                cueIds.set(id);
            }
        }
        this.cueOutsideDictionary = missing;
        this.noticesByExpression = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            Map<String, List<Reference>> notices = new HashMap<>();
            for (Reference ref : index.references()) {
                if ((ref.kind() == ReferenceKind.NOTICE || ref.kind().isLicenseText()) && ref.length() > 0
                        && !ref.falsePositive()) {
                    notices.computeIfAbsent(ref.expression(), k -> new ArrayList<>()).add(ref);
                }
            }
            return notices;
        });
    }

    private boolean isCue(Query query, int position) {
        int id = query.ids()[position];
        return id >= 0 ? cueIds.get(id) : cueOutsideDictionary && LEGAL_CUES.contains(query.tokens().term(position));
    }

    /** Returns the index this detector matches against. */
    public LicenseIndex index() {
        return index;
    }

    /**
     * How long matching one text may take unless the caller says otherwise: well above what the largest text the
     * default size limit lets in should need, so it only ends a pathological input.
     */
    public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(120);

    /**
     * The deadline of the text this thread is matching, in {@link System#nanoTime} terms. A thread-local rather than
     * a parameter because the long loops sit deep in the cascade (Lucene windows, candidates, containment), and one
     * detector serves every thread.
     */
    private static final ThreadLocal<long[]> DEADLINE = ThreadLocal.withInitial(() -> new long[] {Long.MAX_VALUE, 0});

    /** Finds every license in {@code text}, within {@link #DEFAULT_BUDGET}. */
    public Detection detect(String text) {
        return detect(text, DEFAULT_BUDGET);
    }

    /**
     * Finds every license in {@code text}.
     *
     * @throws MatchBudgetExceeded when matching takes longer than {@code budget}; checked between candidates and
     *                             windows, so it ends within one alignment of the deadline
     */
    public Detection detect(String text, Duration budget) {
        return detect(text, LineMap.of(text), budget);
    }

    /** Like {@link #detect(String, Duration)}, with the line map the caller has built once for every stage. */
    public Detection detect(String text, LineMap lines, Duration budget) {
        long[] deadline = DEADLINE.get();
        long saved = deadline[0];
        long savedBudget = deadline[1];
        long now = System.nanoTime();
        long nanos = budget.toNanos();
        deadline[0] = nanos >= Long.MAX_VALUE - now ? Long.MAX_VALUE : now + nanos;
        deadline[1] = nanos;
        try {
            return detectWithin(text, lines);
        } finally {
            deadline[0] = saved;
            deadline[1] = savedBudget;
        }
    }

    /** Throws {@link MatchBudgetExceeded} when this thread's text has spent its budget. */
    private static void checkBudget(Query query) {
        long[] deadline = DEADLINE.get();
        if (System.nanoTime() > deadline[0]) {
            throw new MatchBudgetExceeded(Duration.ofNanos(deadline[1]), query.length());
        }
    }

    private Detection detectWithin(String text, LineMap lines) {
        Query query = Query.of(text, lines, index.dictionary());
        Discards discards = new Discards();
        BitSet taken = new BitSet(query.length());
        List<LicenseMatch> accepted = new ArrayList<>(matchIdentifiers(query, taken));

        List<LicenseMatch> pool = new ArrayList<>();
        for (LicenseMatch m : exact.join().match(query, taken)) {
            if (taken.get(m.queryStart(), m.queryEnd()).isEmpty()) {
                pool.add(m);
            } else {
                discards.add(m, DiscardReason.OVERLAPS_BETTER_MATCH, "overlaps an SPDX-License-Identifier line");
            }
        }
        if (!explainsAll(pool, query.length() - taken.cardinality())) {
            pool.addAll(align(query, 0, query.length(), taken, discards));
        }
        select(pool, taken, accepted, discards);
        for (int[] region : uncoveredRegions(taken, query.length(), MIN_REGION * 2)) {
            select(align(query, region[0], region[1], taken, discards), taken, accepted, discards);
        }
        drop(accepted, m -> m.reference() != null && m.reference().falsePositive(), DiscardReason.FALSE_POSITIVE,
                discards, "");
        // A lead-in ("licensed under the following terms:") names no license; ScanCode reports it only when
        // nothing else in the text says which license follows.
        if (accepted.stream().anyMatch(m -> !isIntro(m))) {
            drop(accepted, LicenseDetector::isIntro, DiscardReason.LEAD_IN, discards, "");
        }
        accepted.sort(BY_POSITION);
        accepted = Containment.apply(this, query, accepted, taken, discards);
        accepted.replaceAll(m -> m.kind() == MatchKind.NEAR
                ? m.withDifferences(Differences.of(query, m, index.dictionary(), licenseTexts)) : m);

        List<LicenseCatalogues.Region> catalogues = LicenseCatalogues.find(accepted, query);
        for (LicenseCatalogues.Region catalogue : catalogues) {
            drop(accepted, m -> m.kind() != MatchKind.IDENTIFIER && catalogue.contains(m), DiscardReason.LICENSE_LIST,
                    discards, "one of " + catalogue.keys() + " licenses named in lines " + catalogue.startLine() + "-"
                            + catalogue.endLine());
        }
        accepted = ExceptionJoiner.join(accepted, this::isException);
        accepted = MatchMerger.merge(accepted);
        List<Detection.UnknownRegion> unknown = new ArrayList<>();
        List<int[]> unknownSpans = new ArrayList<>();
        for (int[] region : licenseLike(query, uncoveredRegions(taken, query.length(), UNKNOWN_MIN_TERMS))) {
            Set<String> cues = new TreeSet<>();
            for (int i = region[0]; i < region[1]; i++) {
                String term = query.tokens().term(i);
                if (LEGAL_CUES.contains(term)) {
                    cues.add(term);
                }
            }
            int startLine = query.lineOfToken(region[0]);
            int endLine = query.lineOfToken(region[1] - 1);
            if (cues.size() >= UNKNOWN_MIN_CUES && catalogues.stream().noneMatch(c -> c.overlaps(startLine, endLine))) {
                unknown.add(new Detection.UnknownRegion(startLine, endLine, region[1] - region[0], List.copyOf(cues)));
                unknownSpans.add(region);
            }
        }
        List<Detection.Closest> closest = unknownSpans.isEmpty() ? List.of() : closest(query, unknownSpans);
        String expression = LicenseExpressions.and(accepted.stream().map(LicenseMatch::expression).toList());
        return new Detection(accepted, expression, unknown, closest, query.length(), !catalogues.isEmpty(),
                discards.toList());
    }

    static final Comparator<LicenseMatch> BY_POSITION =
            Comparator.comparingInt(LicenseMatch::queryStart).thenComparingInt(LicenseMatch::queryEnd);

    /** Whether LicenseDB marks {@code key} as an exception ({@code is_exception}), used with WITH. */
    boolean isException(String key) {
        return index.license(key).map(org.licenselens.index.LicenseInfo::exception).orElse(false);
    }

    private static void drop(List<LicenseMatch> accepted, java.util.function.Predicate<LicenseMatch> which,
                             DiscardReason reason, Discards discards, String detail) {
        accepted.removeIf(m -> {
            if (which.test(m)) {
                discards.add(m, reason, detail);
                return true;
            }
            return false;
        });
    }

    private List<LicenseMatch> matchIdentifiers(Query query, BitSet taken) {
        List<LicenseMatch> found = new ArrayList<>();
        int[] starts = query.tokens().startOffsets();
        for (SpdxIdentifierMatcher.Found line : identifiers.find(query.text())) {
            int first = lowerBound(starts, line.start());
            int end = lowerBound(starts, line.end());
            taken.set(first, end);
            int lineNumber = query.lines().lineOf(line.start());
            found.add(new LicenseMatch(Matcher.SPDX_IDENTIFIER, MatchKind.IDENTIFIER, line.expression(), null,
                    first, end, lineNumber, lineNumber, end - first, 1.0, 1.0, List.of(), List.of(), 1,
                    List.of(new LineRange(lineNumber, lineNumber)), line.problem()));
        }
        return found;
    }

    private static int lowerBound(int[] sorted, int value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * A verbatim license text spanning nearly the whole query leaves nothing for the costlier matchers: one copy, or
     * copies of that one text side by side (a file of a hundred GPL copies). Different texts side by side still go
     * to the aligner, which finds what lies between and around them (bench: two files change otherwise).
     */
    private static boolean explainsAll(List<LicenseMatch> exactMatches, int openTerms) {
        Map<Reference, BitSet> byText = new java.util.IdentityHashMap<>();
        for (LicenseMatch m : exactMatches) {
            if (m.reference().kind().isLicenseText()) {
                BitSet covered = byText.computeIfAbsent(m.reference(), r -> new BitSet());
                covered.set(m.queryStart(), m.queryEnd());
                if (covered.cardinality() >= 0.95 * openTerms) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Aligns the Lucene candidates for {@code from..to} around the windows that proposed them; every candidate
     * that does not become a match is recorded in {@code discards} with its reason.
     */
    List<LicenseMatch> align(Query query, int from, int to, BitSet taken, Discards discards) {
        int length = to - from;
        if (length < MIN_REGION || !legalese(query, from, to, taken)) {
            return List.of();
        }
        List<LicenseMatch> found = new ArrayList<>();
        BitSet present = termsOf(query.ids(), from, to);
        for (Map.Entry<Integer, List<int[]>> candidate : candidates(query, from, to, taken).entrySet()) {
            Reference ref = index.references().get(candidate.getKey());
            if (ref.kind() == ReferenceKind.CLUE) {
                continue;
            }
            for (int[] windows : candidate.getValue()) {
                checkBudget(query);
                alignCandidate(query, from, to, ref, windows, present, taken, found, discards);
            }
        }
        return found;
    }

    /**
     * Aligns the given references in {@code from..to}, as {@link #align} does Lucene's candidates: for callers
     * that know which texts to try.
     */
    List<LicenseMatch> alignReferences(Query query, int from, int to, List<Reference> refs, BitSet taken) {
        List<LicenseMatch> found = new ArrayList<>();
        BitSet present = termsOf(query.ids(), from, to);
        Discards ignored = new Discards();
        for (Reference ref : refs) {
            checkBudget(query);
            alignCandidate(query, from, to, ref, new int[] {from, to}, present, taken, found, ignored);
        }
        return found;
    }

    /** Returns the notices and texts (not references or tags) whose expression is {@code expression}. */
    List<Reference> noticesOf(String expression) {
        return noticesByExpression.join().getOrDefault(expression, List.of());
    }

    /** Aligns one candidate around the windows {@code [window[0], window[1])} that proposed it. */
    private void alignCandidate(Query query, int from, int to, Reference ref, int[] window, BitSet present,
                                BitSet taken, List<LicenseMatch> found, Discards discards) {
        int startLine = query.lineOfToken(Math.max(from, window[0]));
        int endLine = query.lineOfToken(Math.min(to, window[1]) - 1);
        double share = presentShare(ref, present);
        if (share < minimumCoverage(ref)) {
            discards.add(new Discarded(DiscardReason.TOO_FEW_TERMS, ref.expression(), ref.identifier(), null,
                    startLine, endLine, 0, Math.min(1.0, share), "", 1));
            return;
        }
        // Only around the windows that proposed it: a reference can't match farther than its own length.
        int reach = reach(ref);
        int start = Math.max(from, window[0] - reach);
        int end = Math.min(to, window[1] + reach);
        if ((ref.length() - ref.titleLength()) * NEAR_THRESHOLD > end - start) {
            discards.add(new Discarded(DiscardReason.REGION_TOO_SHORT, ref.expression(), ref.identifier(), null,
                    startLine, endLine, 0, 0, "", 1));
            return;
        }
        int before = found.size();
        if (!alignRepeatedly(query, start, end, ref, Aligner.Seeds.of(ref.ids()), taken, found, discards)
                && found.size() == before) {
            discards.add(new Discarded(DiscardReason.NO_ALIGNMENT, ref.expression(), ref.identifier(), null,
                    startLine, endLine, 0, 0, "", 1));
        }
    }

    // A method of its own, so that the JIT compiles this long loop alone rather than all of align() on its behalf.
    private BitSet termsOf(int[] ids, int from, int to) {
        BitSet present = new BitSet(index.dictionary().size());
        for (int i = from; i < to; i++) {
            if (ids[i] >= 0) {
                present.set(ids[i]);
            }
        }
        return present;
    }

    /**
     * Asks Lucene for candidates window by window: in a file bundling twenty licenses, a query made of the
     * whole text would rank only the longest of them. Returns each candidate with the runs of windows that
     * proposed it: windows closer than twice the reference's reach are one run, so that a candidate proposed at
     * both ends of a big file is aligned near each end, not over the whole file between.
     */
    private Map<Integer, List<int[]>> candidates(Query query, int from, int to, BitSet taken) {
        Map<Integer, List<int[]>> candidates = new java.util.LinkedHashMap<>();
        for (int start = from; start < to; start += WINDOW) {
            int end = Math.min(to, start + WINDOW);
            checkBudget(query);
            if (start == from || legalese(query, start, end, taken)) {
                for (int refId : index.candidates(query.ids(), start, end, CANDIDATE_TERMS, CANDIDATES)) {
                    List<int[]> runs = candidates.computeIfAbsent(refId, k -> new ArrayList<>(1));
                    int[] last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
                    if (last != null && start <= last[1] + 2 * reach(index.references().get(refId))) {
                        last[1] = end;
                    } else {
                        runs.add(new int[] {start, end});
                    }
                }
            }
            if (end == to) {
                break;
            }
        }
        return candidates;
    }

    /** How far from the windows that proposed it a reference may match: no farther than its own length. */
    private static int reach(Reference ref) {
        return ref.length() + ref.length() / 2;
    }

    /**
     * Whether the open part of a region has any legal vocabulary: source code around a license header has none,
     * and sparing it the candidate search is most of the speed of a scan.
     */
    private boolean legalese(Query query, int from, int to, BitSet taken) {
        int cues = 0;
        for (int i = taken.nextClearBit(from); i < to; i = taken.nextClearBit(i + 1)) {
            if (isCue(query, i) && ++cues >= MIN_CUES_TO_ALIGN) {
                return true;
            }
        }
        return false;
    }

    /**
     * The share of the reference's terms (title excluded) that occur in the region at all: an alignment cannot
     * cover more, and a bit-set scan is far cheaper than an alignment, which most candidates would fail.
     */
    private static double presentShare(Reference ref, BitSet present) {
        int[] ids = ref.ids();
        int found = 0;
        for (int i = ref.titleLength(); i < ids.length; i++) {
            if (present.get(ids[i])) {
                found++;
            }
        }
        return ids.length == ref.titleLength() ? 1.0 : (double) found / (ids.length - ref.titleLength());
    }

    private static double minimumCoverage(Reference ref) {
        return Math.max(NEAR_THRESHOLD, ref.minimumCoverage() / 100.0);
    }

    /**
     * Aligns {@code ref} in the region, then again on either side of each match: a text may hold it twice.
     * Returns whether an alignment was found at all (accepted or not).
     *
     * <p>A region many times the reference's length (a file of a hundred copies) is aligned chunk by chunk, so the
     * cost stays linear in the region: each alignment reads its whole region, and one region per match would read
     * the file once per copy. Chunks overlap by the longest span a match may have (its length over
     * {@link #MIN_DENSITY}); a match reaching into the overlap, where the chunk's end may have cut it, is left
     * for the next chunk, which starts no later than that match.
     */
    private static boolean alignRepeatedly(Query query, int from, int to, Reference ref, Aligner.Seeds seeds,
                                           BitSet taken, List<LicenseMatch> found, Discards discards) {
        int longestSpan = (int) Math.ceil(ref.length() / MIN_DENSITY);
        int chunk = CHUNK_SPANS * longestSpan;
        if (to - from <= chunk + longestSpan) {
            return alignWithin(query, from, to, ref, seeds, taken, found, discards);
        }
        boolean any = false;
        int start = from;
        while (true) {
            checkBudget(query);
            int end = Math.min(to, start + chunk);
            int cut = end == to ? to : end - longestSpan;
            List<LicenseMatch> inChunk = new ArrayList<>();
            any |= alignWithin(query, start, end, ref, seeds, taken, inChunk, discards);
            int next = cut;
            for (LicenseMatch m : inChunk) {
                if (m.queryEnd() <= cut) {
                    found.add(m);
                } else {
                    next = Math.min(next, m.queryStart());
                }
            }
            if (end == to) {
                return any;
            }
            // A deferred match ends past the cut and spans at most longestSpan, so it starts past start + chunk
            // - 2 * longestSpan: every chunk moves on by at least (CHUNK_SPANS - 2) spans.
            start = Math.max(next, start + 1);
        }
    }

    private static boolean alignWithin(Query query, int from, int to, Reference ref, Aligner.Seeds seeds,
                                       BitSet taken, List<LicenseMatch> found, Discards discards) {
        if ((ref.length() - ref.titleLength()) * NEAR_THRESHOLD > to - from) {
            return false;
        }
        List<Block> blocks = Aligner.align(query.ids(), from, to, ref.ids(), seeds);
        if (blocks.isEmpty()) {
            return false;
        }
        LicenseMatch m = MatchFactory.of(Matcher.ALIGNED, query, ref, blocks);
        DiscardReason rejected = rejection(m, taken);
        if (rejected != null) {
            // No detail string: this runs for every rejected alignment, and the reason with the coverage says it.
            discards.add(m, rejected, "");
            return true;
        }
        found.add(m);
        alignWithin(query, from, m.queryStart(), ref, seeds, taken, found, discards);
        alignWithin(query, m.queryEnd(), to, ref, seeds, taken, found, discards);
        return true;
    }

    /** Why an aligned match cannot be reported, or {@code null} when it can. */
    private static DiscardReason rejection(LicenseMatch m, BitSet taken) {
        Reference ref = m.reference();
        if (m.coverage() < minimumCoverage(ref)) {
            return DiscardReason.BELOW_MINIMUM_COVERAGE;
        }
        if ((double) m.matchedLength() / m.span() < MIN_DENSITY) {
            return DiscardReason.TOO_SPARSE;
        }
        for (int[] range : ref.requiredRanges()) {
            if (!covers(m.blocks(), range[0], range[1])) {
                return DiscardReason.MISSING_REQUIRED_PHRASE;
            }
        }
        return overlap(m, taken) == 0 ? null : DiscardReason.OVERLAPS_BETTER_MATCH;
    }

    private static boolean covers(List<Block> blocks, int from, int to) {
        int needed = to - from;
        for (Block b : blocks) {
            needed -= Math.max(0, Math.min(to, b.referenceEnd()) - Math.max(from, b.reference()));
        }
        return needed == 0;
    }

    private static int overlap(LicenseMatch m, BitSet taken) {
        int count = 0;
        for (Block b : m.blocks()) {
            count += taken.get(b.query(), b.queryEnd()).cardinality();
        }
        return count;
    }

    /**
     * Accepts matches greedily, best first, skipping any that would claim terms already explained. Best means
     * most matched terms less the reference terms the query lacks and the query terms the reference lacks: a
     * modified BSD-3-Clause beats the verbatim BSD-2-Clause inside it, and a verbatim GPL-2.0 beats a
     * GPL-2.0-plus that matches a few more words but misses its "or later" notice.
     */
    static void select(List<LicenseMatch> candidates, BitSet taken, List<LicenseMatch> accepted,
                       Discards discards) {
        List<LicenseMatch> pool = new ArrayList<>(candidates);
        pool.sort(BEST_FIRST);
        int firstOwn = accepted.size();
        for (LicenseMatch m : pool) {
            if (taken.get(m.queryStart(), m.queryEnd()).isEmpty()) {
                accepted.add(m);
                taken.set(m.queryStart(), m.queryEnd());
            } else if (!Containment.replacesPieces(m, accepted, firstOwn, taken, discards)) {
                discards.add(m, DiscardReason.OVERLAPS_BETTER_MATCH, "");
            }
        }
    }

    /** The order {@link #select} accepts candidates in. */
    static final Comparator<LicenseMatch> BEST_FIRST = Comparator.comparingDouble(LicenseDetector::value).reversed()
            .thenComparing(m -> m.matcher() != Matcher.EXACT)
            .thenComparing(Comparator.comparingDouble(LicenseMatch::score).reversed())
            .thenComparing(m -> !m.reference().kind().isLicenseText())
            .thenComparingInt(m -> m.reference().id());

    private static boolean isIntro(LicenseMatch m) {
        return m.reference() != null && m.reference().kind() == ReferenceKind.INTRO;
    }

    static double value(LicenseMatch m) {
        double expected = m.matchedLength() / Math.max(m.coverage(), 1e-9);
        return 3.0 * m.matchedLength() - expected - m.span();
    }

    /**
     * The parts of {@code regions} where legal words cluster: each region cut wherever {@link #UNKNOWN_CUE_GAP} terms
     * pass without one, each part reaching a few terms past its first and last legal word. A license's prose has such a
     * word every few lines, even in a list of banned uses; a source file's code or a standard's chapters name "rights" or
     * "distribution" once in hundreds of lines, and a region spanning them made the whole file an unknown license, its
     * closest texts searched over it and every line of code a clause to flag.
     */
    private List<int[]> licenseLike(Query query, List<int[]> regions) {
        List<int[]> parts = new ArrayList<>();
        for (int[] region : regions) {
            int first = -1;
            int last = -1;
            for (int i = region[0]; i < region[1]; i++) {
                if (!isCue(query, i)) {
                    continue;
                }
                if (first >= 0 && i - last > UNKNOWN_CUE_GAP) {
                    addPart(parts, region, first, last);
                    first = -1;
                }
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
            if (first >= 0) {
                addPart(parts, region, first, last);
            }
        }
        return parts;
    }

    private static void addPart(List<int[]> parts, int[] region, int firstCue, int lastCue) {
        int start = Math.max(region[0], firstCue - UNKNOWN_CUE_REACH);
        int end = Math.min(region[1], lastCue + 1 + UNKNOWN_CUE_REACH);
        if (end - start >= UNKNOWN_MIN_TERMS) {
            parts.add(new int[] {start, end});
        }
    }

    private static List<int[]> uncoveredRegions(BitSet taken, int length, int minimum) {
        List<int[]> regions = new ArrayList<>();
        int start = taken.nextClearBit(0);
        while (start < length) {
            int end = Math.min(length, taken.nextSetBit(start) < 0 ? length : taken.nextSetBit(start));
            if (end - start >= minimum) {
                regions.add(new int[] {start, end});
            }
            start = taken.nextClearBit(end);
        }
        return regions;
    }

    private List<Detection.Closest> closest(Query query, List<int[]> spans) {
        Map<String, Double> best = new HashMap<>();
        for (int[] span : spans) {
            for (int refId : index.candidates(query.ids(), span[0], span[1], CANDIDATE_TERMS, CANDIDATES)) {
                checkBudget(query);
                Reference ref = index.references().get(refId);
                if (!ref.kind().isLicenseText() || ref.expression().isEmpty()) {
                    continue;
                }
                List<Block> blocks = Aligner.align(query.ids(), span[0], span[1], ref.ids());
                if (blocks.isEmpty()) {
                    continue;
                }
                double similarity = MatchFactory.of(Matcher.ALIGNED, query, ref, blocks).score();
                best.merge(ref.expression(), similarity, Math::max);
            }
        }
        Set<String> seen = new LinkedHashSet<>();
        List<Detection.Closest> closest = new ArrayList<>();
        best.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> {
                    if (closest.size() < 3 && seen.add(e.getKey())) {
                        closest.add(new Detection.Closest(e.getKey(), Math.round(e.getValue() * 1000) / 1000.0));
                    }
                });
        return closest;
    }
}
