package org.licenselens.clause;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.OptionalLong;
import java.util.TreeSet;

/**
 * Decides which flags each clause of one license carries, combining the maxent scores with precise value
 * extraction: a flag that needs a value (a user count, a region, an amount) is never raised without one, and
 * suppressing cues (governing law, export control, "not deemed Derivatives", naming duties) veto it.
 * Thread-safe.
 */
public final class ClauseClassifier {

    private static final double THRESHOLD = 0.5;
    // List items about notices, circumvention, contact addresses or links restrict no field of use; circumventing
    // safety measures ("circumvent or remove usage restrictions or other safety measures") is a banned use.
    private static final java.util.regex.Pattern NOT_A_USE = java.util.regex.Pattern.compile(
            "\\bnotices?\\b|\\bcircumvent(?![^.;]{0,60}\\bsafety)|\\bsanction|https?://|@\\w|\\breport",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * The lowered bar, per flag: the score the model must clear for a clause that has the flag's cue phrase or
     * frame (its concept's words in any order), where 0.5 is asked of any other clause. Chosen by family-grouped
     * cross-validation (models/README.md, the sweep): the cue or frame alone is too blunt, the model's 0.5 too
     * shy on wordings the training data never used. Rule: each flag's best bar in the sweep (the higher one on a
     * tie) among those the facts, open-license, comparer and lineage tests allow (pass-through: 0.00 flags GPL-3.0's
     * patent-license clause, so 0.10); never the test set.
     */
    public static final Map<FlagType, Double> LOWERED_BARS = java.util.Collections.unmodifiableMap(
            new java.util.EnumMap<>(Map.of(
            FlagType.USE_RESTRICTION, 0.2,
            FlagType.MAU_THRESHOLD, 0.1,
            FlagType.GEOGRAPHIC_EXCLUSION, 0.05,
            FlagType.TRAINING_BAN, 0.1,
            FlagType.ATTRIBUTION_NAMING, 0.05,
            FlagType.REVENUE_THRESHOLD, 0.5,
            FlagType.NON_COMMERCIAL, 0.0,
            FlagType.REVOCABLE, 0.0,
            FlagType.POLICY_UPDATES, 0.05,
            FlagType.PASS_THROUGH, 0.1)));

    private final FlagModels models;
    private final ClauseSegmenter segmenter;
    private final Map<FlagType, Double> bars;

    /** Creates a classifier over {@code models}, tokenizing with {@code segmenter}. */
    public ClauseClassifier(FlagModels models, ClauseSegmenter segmenter) {
        this(models, segmenter, LOWERED_BARS);
    }

    /** Creates a classifier with other lowered bars than {@link #LOWERED_BARS}, to choose them. */
    public ClauseClassifier(FlagModels models, ClauseSegmenter segmenter, Map<FlagType, Double> loweredBars) {
        this.models = models;
        this.segmenter = segmenter;
        this.bars = Map.copyOf(loweredBars);
    }

    private double bar(FlagType type) {
        return bars.getOrDefault(type, THRESHOLD);
    }

    /** Returns the features the models see for {@code text}. */
    public String[] features(String text) {
        return ClauseFeatures.of(segmenter, text);
    }

    /** Flags the clauses of one license, given all of them so that defined territories carry over. */
    public List<ClauseFlag> classify(List<Clause> clauses) {
        return classifyEach(clauses).stream().flatMap(List::stream).toList();
    }

    /** Like {@link #classify} but returns the flags of each clause at the clause's index. */
    public List<List<ClauseFlag>> classifyEach(List<Clause> clauses) {
        // Each clause's reading and scores, once: the territory pass, the flags and the list look-ahead all use them.
        String[] readings = new String[clauses.size()];
        List<Scored> scoredAll = new ArrayList<>(clauses.size());
        TreeSet<String> territory = new TreeSet<>();
        for (int i = 0; i < clauses.size(); i++) {
            readings[i] = ClauseFeatures.reading(clauses.get(i).text());
            Scored scored = scoredReading(readings[i]);
            scoredAll.add(scored);
            ClauseEvidence e = scored.evidence();
            if (e.geographicCue() && !e.regions().isEmpty()) {
                territory.addAll(e.regions());
            }
        }
        List<List<ClauseFlag>> all = new ArrayList<>(clauses.size());
        boolean previousRestricts = false;
        boolean banListOpen = false;
        String previousText = "";
        for (int i = 0; i < clauses.size(); i++) {
            List<ClauseFlag> flags = new ArrayList<>();
            Clause c = clauses.get(i);
            Scored scored = scoredAll.get(i);
            ClauseEvidence e = scored.evidence();
            double[] scores = scored.scores();
            // Inside an open list, a clause with no full stop of its own is an item whatever its tags: the tagger reads
            // "Collect, ...", "Interact with ..." as nouns, and a relative clause ("tools designed to", "that are")
            // as a sentence's subject and verb.
            boolean item = banListOpen && (isItem(readings[i], c.text()) || unterminated(c.text()));
            // An item that names a harmful field ("(iv) stalking, harassing, or bullying any individual;", "- weapons
            // development;") has the restriction's cue whether or not its lead-in was read: list items carry no
            // withholding word of their own.
            boolean harmItem = e.harm() && (item || isItem(readings[i], c.text()));
            for (FlagType type : FlagType.values()) {
                double p = scores[type.ordinal()];
                Decision d = decide(type, p, e, List.copyOf(territory), bar(type), !scored.fragment(), harmItem);
                // A heading inside an open ban list ("Surveillance", "Deceptive Activity") names a banned field.
                if (d == null && type == FlagType.USE_RESTRICTION
                        && (previousRestricts && continuesList(previousText, c.text()) && !e.title() || item)
                        && !e.exportControl() && !NOT_A_USE.matcher(c.text()).find()) {
                    d = new Decision(Math.max(p, 0.6), Map.of());
                }
                // A lead-in with the restriction's words that opens a list of items ("Customers may not use the
                // Service for the following:") restricts through them, whatever the model makes of it alone.
                if (d == null && type == FlagType.USE_RESTRICTION && opensBanList(e, c.text())
                        && i + 1 < clauses.size() && isItem(readings[i + 1], clauses.get(i + 1).text())) {
                    d = new Decision(Math.max(p, 0.6), Map.of());
                }
                if (d != null) {
                    flags.add(new ClauseFlag(type, c.text(), c.startLine(), c.endLine(), d.confidence(), d.values()));
                }
            }
            // A ban by territory ("not licensed in the EU") is the geographic flag's; it names no field of use.
            if (!e.harm() && flags.stream().anyMatch(f -> f.type() == FlagType.GEOGRAPHIC_EXCLUSION)) {
                flags.removeIf(f -> f.type() == FlagType.USE_RESTRICTION);
            }
            previousRestricts = flags.stream().anyMatch(f -> f.type() == FlagType.USE_RESTRICTION);
            // A restricting lead-in ("You agree not to use the Model:") opens a list whose items ("Sexual
            // solicitation", "Weapons Development") restrict through it, with or without their own punctuation, until
            // a sentence of its own ("You may ...") ends it; a heading inside the list leaves it open.
            if (previousRestricts && c.text().strip().endsWith(":")) {
                banListOpen = true;
            } else if (banListOpen && !e.title() && !item) {
                banListOpen = false;
            }
            previousText = c.text();
            all.add(List.copyOf(flags));
        }
        return List.copyOf(all);
    }

    private static final java.util.regex.Pattern INITIALISM =
            java.util.regex.Pattern.compile("(?:^|\\s)(?:\\p{L}\\.){2,}$");

    // Whether a clause ends without a full stop of its own ("...; or", "... heavy machinery", "... or to the U.S.").
    private static boolean unterminated(String text) {
        String t = text.strip();
        return !t.isEmpty() && (".!?".indexOf(t.charAt(t.length() - 1)) < 0 || INITIALISM.matcher(t).find());
    }

    private static boolean opensBanList(ClauseEvidence e, String text) {
        return text.strip().endsWith(":") && e.fieldOfUseCue() && !e.title()
                && !e.exportControl() && !e.endorsement() && !(e.anyPurpose() && !e.restrictionWord());
    }

    // An item of a prohibited-use list ("Tracking people without consent;") restricts use only through the list's
    // lead-in, so it inherits the restriction of the item or lead-in before it.
    private static boolean continuesList(String previous, String current) {
        String p = previous.strip();
        String c = current.strip();
        return p.endsWith(":") || p.endsWith(";") || c.endsWith(";") || c.endsWith(":") || p.endsWith("; or")
                || p.endsWith("; and");
    }

    // A list item is a verb phrase ("Engage in any action ...", "Developing, advertising ... weapons", "is
    // obscene"), a short noun phrase with no full stop ("Sexual solicitation", "Any other criminal activity") or a
    // long noun phrase.
    // A sentence of its own (an auxiliary, or a subject and its verb: "Customers must disclose ...", "Licensee
    // voluntarily accepts ..."), a numbered section ("7.2 Indemnity.") or a heading with a full stop ("Disclaimer of
    // Warranty.") ends the list. The tags are Universal Dependencies' (the OpenNLP EWT model).
    private static final java.util.regex.Pattern SECTION_NUMBER =
            java.util.regex.Pattern.compile("\\d+(?:\\.\\d+)+\\.?");
    private static final java.util.regex.Pattern ENUMERATOR = java.util.regex.Pattern.compile(
            "\\(?(?:[a-z]|[ivx]{1,4}|\\d{1,2})[.)]?", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final Set<String> SUBJECTS = Set.of("NOUN", "PROPN", "PRON");
    private static final int SHORT_ITEM_WORDS = 12;

    /** Whether the clause of {@code text}, whose {@linkplain ClauseFeatures#reading reading} is given, is an item. */
    private boolean isItem(String reading, String text) {
        ClauseSegmenter.Words words = segmenter.words(reading);
        String[] tokens = words.tokens();
        String[] tags = words.tags();
        String first = null;
        int count = 0;
        boolean sentence = false;
        String previousContent = null;
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i].replace("*", "");
            String tag = tags[i];
            if (first == null && SECTION_NUMBER.matcher(token).matches()) {
                return false;
            }
            // The item's own enumerator ("a.", "(ii)", "3)") says nothing of its grammar.
            if (first == null && ENUMERATOR.matcher(token).matches() && (token.endsWith(".") || token.endsWith(")")
                    || i + 1 < tokens.length && (tokens[i + 1].equals(".") || tokens[i + 1].equals(")")))) {
                continue;
            }
            if (!token.chars().anyMatch(Character::isLetter)) {
                previousContent = tag.equals("PUNCT") ? null : previousContent;
                continue;
            }
            count++;
            if (first == null && token.length() > 1) {
                first = tag;
            }
            sentence |= tag.equals("AUX") || tag.equals("VERB") && previousContent != null
                    && SUBJECTS.contains(previousContent);
            if (!tag.equals("ADV")) {
                previousContent = tag;
            }
        }
        // A verb or an auxiliary with no subject before it continues the lead-in ("... any media that:" "is
        // obscene"; "You shall not:" "Be an individual identified by ..."): a sentence of its own starts with one.
        if ("VERB".equals(first) || "AUX".equals(first)) {
            return true;
        }
        // A long noun phrase ("The illegal distribution of information or materials to minors, including ...")
        // is an item even with a full stop; a short one with a full stop is a heading ("Disclaimer of Warranty.").
        // A participle after a noun ("data gathered from minors") reads as a subject and its verb: a sentence.
        return first != null && !sentence && (count > SHORT_ITEM_WORDS || !text.strip().endsWith("."));
    }

    private static final int MIN_WORDS_FOR_MODEL = 4;

    private static int words(String text) {
        int n = 0;
        for (String w : text.split("\\s+")) {
            if (w.chars().filter(Character::isLetter).count() >= 2) {
                n++;
            }
        }
        return n;
    }

    private record Decision(double confidence, Map<String, Object> values) {
    }

    /**
     * A clause text's evidence, each flag's model score (indexed by {@link FlagType#ordinal()}), and whether it is a
     * fragment: a clause of a few words ("UNICODE, INC.", "Unicode 6.0, Unicode 8.0") gives the models almost no
     * features, and then their score is about the prior (0.4-0.5), so the model alone may not flag it.
     */
    record Scored(ClauseEvidence evidence, double[] scores, boolean fragment) {
    }

    /** How many clause texts' scores are kept: far more than the distinct clauses of a run's licenses. */
    private final RunMemo<Scored> scoredOf = new RunMemo<>(20_000);
    /** How many scores learnt from known texts are kept: the clauses of some two thousand licenses. */
    private static final int KNOWN_BOUND = 200_000;
    /** Scores of the clauses of known texts (corpus licenses), read from their stored tables. */
    private final Map<String, Scored> known = new java.util.concurrent.ConcurrentHashMap<>();

    // The evidence regexes and the ten models' scores are most of a clause analysis's CPU, and they depend on the
    // clause's text alone; a run over a tree meets the same license clauses in file after file (the GPL in every
    // COPYING), so each distinct text is scored once. What depends on the neighbours (territories defined elsewhere,
    // list lead-ins) is decided afresh for every license. Kept by the clause's reading, so the same clause wrapped
    // or indented otherwise is scored once; a clause of a known license text is not scored at all.
    private Scored scoredReading(String reading) {
        Scored learnt = known.get(reading);
        return learnt != null ? learnt : scoredOf.get(reading, this::score);
    }

    /** The stored form of the scores of {@code clauses}' readings, for {@link #remember} in a later run. */
    byte[] scoreTable(List<Clause> clauses) {
        Map<String, Scored> table = new java.util.LinkedHashMap<>();
        for (Clause c : clauses) {
            table.computeIfAbsent(ClauseFeatures.reading(c.text()), this::scoredReading);
        }
        return ScoreTable.write(table);
    }

    /**
     * Takes the scores of a table {@link #scoreTable} wrote, with these models, so the clauses it holds are not
     * scored again; past {@link #KNOWN_BOUND} readings, no more are taken.
     *
     * @throws java.io.IOException when {@code table} is not such a table
     */
    void remember(byte[] table) throws java.io.IOException {
        Map<String, Scored> scores = ScoreTable.read(table);
        if (known.size() + scores.size() <= KNOWN_BOUND) {
            known.putAll(scores);
        }
    }

    /** Scores a clause's {@linkplain ClauseFeatures#reading(String) reading}. */
    private Scored score(String text) {
        ClauseEvidence e = ClauseEvidence.of(text);
        String[] features = ClauseFeatures.of(segmenter.words(text), e);
        double[] scores = models.probabilities(features);
        return new Scored(e, scores, words(text) < MIN_WORDS_FOR_MODEL);
    }

    /** {@code modelAlone}: whether the model's score may flag the clause without a cue (not for a fragment). */
    private static Decision decide(FlagType type, double p, ClauseEvidence e, List<String> territory,
            double bar, boolean modelAlone, boolean harmItem) {
        if (e.title() && !type.isCore() && type != FlagType.REVENUE_THRESHOLD || e.title() && type == FlagType.USE_RESTRICTION) {
            return null;
        }
        return switch (type) {
            case MAU_THRESHOLD -> mau(p, e, bar);
            case GEOGRAPHIC_EXCLUSION -> geographic(p, e, territory, bar, modelAlone);
            case TRAINING_BAN -> trainingBan(p, e, bar);
            case REVENUE_THRESHOLD -> revenue(p, e, bar);
            case USE_RESTRICTION -> useRestriction(p, e, bar, modelAlone, harmItem);
            case NON_COMMERCIAL -> e.userCount().isPresent() ? null : byScore(p, e.nonCommercialCue(), bar, modelAlone);
            case REVOCABLE -> byScore(p, e.revocableCue(), bar, modelAlone);
            case POLICY_UPDATES -> byScore(p, e.policyUpdateCue(), bar, modelAlone);
            case PASS_THROUGH -> byScore(p, e.passThroughCue(), bar, modelAlone);
            case ATTRIBUTION_NAMING -> byScore(p, e.attributionCue() && !e.definition(), bar, modelAlone);
        };
    }

    // A cue phrase lowers the bar the model must clear: the cue alone is too blunt for most flags, the model alone
    // too shy on flags with few training examples. {@code modelAlone} says whether the score may flag without a cue.
    private static Decision byScore(double p, boolean cue, double bar, boolean modelAlone) {
        return p >= THRESHOLD && modelAlone || cue && p >= bar
                ? new Decision(cue ? Math.max(p, 0.5) : p, Map.of()) : null;
    }

    // "For any purpose", export control and "the name may not be used to endorse" restrict no field of use.
    private static Decision useRestriction(double p, ClauseEvidence e, double bar, boolean modelAlone,
            boolean harmItem) {
        // "Do not use it for any unlawful purposes" restates the law: the model may not flag it on its own either.
        // A clause that binds the user to a use policy restricts use, whatever trade-control law it also names.
        if (e.anyPurpose() && !e.restrictionWord()
                || (e.exportControl() || e.endorsement()) && !e.harm() && !e.usePolicy() || e.lawfulOnly()) {
            return null;
        }
        return byScore(p, e.fieldOfUseCue() || e.forbids() && e.harm() || harmItem, bar, modelAlone);
    }

    private static Decision mau(double p, ClauseEvidence e, double bar) {
        OptionalLong users = e.userCount();
        if (users.isEmpty() || !(e.comparative() || p >= bar)) {
            return null;
        }
        return new Decision(Math.max(p, e.comparative() ? 0.9 : 0), Map.of("users", users.getAsLong()));
    }

    private static Decision geographic(double p, ClauseEvidence e, List<String> territory, double bar,
            boolean modelAlone) {
        // Governing law and a definition name countries without withholding the grant from them, unless the
        // clause itself excludes parties by residence or defines the territory as the world less some countries.
        if (e.exportControl() || (e.governingLaw() || e.definition()) && !e.residenceExclusion() && !e.worldMinus()) {
            return null;
        }
        List<String> regions = !e.regions().isEmpty() ? e.regions()
                : e.territoryRestriction() ? territory : List.of();
        boolean cue = e.negativeGrant() || e.territoryRestriction();
        // A bare place name ("Australia.", an item of an address or a list of courts) withholds nothing by itself.
        if (regions.isEmpty() || !(cue || p >= THRESHOLD && modelAlone || e.geographicFrame() && p >= bar)) {
            return null;
        }
        return new Decision(Math.max(p, cue ? 0.9 : 0), Map.of("regions", regions));
    }

    private static Decision trainingBan(double p, ClauseEvidence e, double bar) {
        boolean cue = e.trainingBanCue() || e.trainingFrame() && p >= bar;
        // The model alone may flag an item of a ban's list ("- training other AI models"), which withholds nothing
        // in its own words.
        boolean modelSays = p >= THRESHOLD && e.trainingCue() && e.modelCue() && !e.namingCue() && !e.notDeemed()
                && !e.definition() && !e.vendorTrains();
        return cue || modelSays ? new Decision(Math.max(p, cue ? 0.9 : 0), Map.of()) : null;
    }

    private static Decision revenue(double p, ClauseEvidence e, double bar) {
        if (e.money().isEmpty() || !e.revenueCue() || !(e.comparative() || p >= bar)) {
            return null;
        }
        MoneyParser.Money m = e.money().get();
        return new Decision(Math.max(p, e.comparative() ? 0.9 : 0),
                Map.of("amount", m.amount(), "currency", m.currency()));
    }
}
