package org.licenselens.clause;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a clause into the maxent context the flag models are trained and evaluated on. Deterministic: same clause,
 * same features in the same order.
 *
 * <p>The features are chosen to carry over to wordings the training data never used:
 * <ul>
 *   <li>lemmas (OpenNLP's statistical lemmatizer), not surface words or stems: "distilled", "distilling" and
 *   "distils" are one feature;</li>
 *   <li>{@link WordClass word classes} of the lemmas, alone, in ordered pairs within a clause ({@code TRAIN<MODEL}),
 *   and inside the scope of a negation or prohibition ({@code neg>TRAIN}): "no portion may be used to distil a
 *   rival LLM" and "you shall not use outputs to train other models" share {@code neg>USE}, {@code neg>TRAIN},
 *   {@code TRAIN<MODEL} and {@code OTHER<MODEL}, though they share hardly a word;</li>
 *   <li>passive prohibitions ("is not permitted", "are prohibited") as the same negation scope;</li>
 *   <li>the cue features of the precise extractors (a parsed user count, region, amount; governing law…).</li>
 * </ul>
 */
public final class ClauseFeatures {

    /** Tokens after a negation or prohibition word that are read as inside its scope. */
    private static final int NEGATION_SCOPE = 12;
    /** The classes whose ordered pairs are features: the ones whose combination tells a flag. */
    private static final Set<WordClass> PAIRED = EnumSet.complementOf(EnumSet.of(WordClass.NEG, WordClass.DEFINE));

    private ClauseFeatures() {
    }

    // A line break with the indentation and the comment mark that may start the next line ("* ", "# ", "// ").
    private static final java.util.regex.Pattern LINE_BREAK = java.util.regex.Pattern.compile(
            "\\s*\\R[ \\t]*(?:(?:\\*+|#+|//+|;+|--|%+|!+)(?=\\s|$))?\\s*");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s{2,}|[\\t\\x0B\\f]");

    /**
     * Returns the features of a clause as the models see it: its {@linkplain #reading(String) reading}, tokenized,
     * tagged and lemmatized by {@code segmenter}. What training, evaluation and classification all call.
     */
    public static String[] of(ClauseSegmenter segmenter, String clause) {
        String text = reading(clause);
        return of(segmenter.words(text), text);
    }

    /**
     * A clause's text as the cues and the models read it: one line, a line break and the indentation and comment mark
     * after it ("* ", "# ", "// ") read as one space, and runs of spaces as one. The cue patterns spell phrases with
     * single spaces, so "may not" hard-wrapped before "not", or the same license inside a source comment, read
     * as the phrase does on one line; and the same clause wrapped or indented otherwise is the same reading, so
     * what is known of one is known of the other.
     */
    public static String reading(String clause) {
        String oneLine = LINE_BREAK.matcher(clause).replaceAll(" ");
        return SPACES.matcher(oneLine).replaceAll(" ").strip();
    }

    /** Returns the features of a clause given its words. */
    public static String[] of(ClauseSegmenter.Words words, String text) {
        return of(words, ClauseEvidence.of(text));
    }

    static String[] of(ClauseSegmenter.Words words, ClauseEvidence evidence) {
        Set<String> features = new LinkedHashSet<>();
        features.add("bias");
        String[] tokens = words.tokens();
        List<String> lemmas = new ArrayList<>(tokens.length);
        List<Set<WordClass>> classes = new ArrayList<>(tokens.length);
        for (int i = 0; i < tokens.length; i++) {
            String lower = tokens[i].toLowerCase(Locale.ROOT);
            String lemma = lemma(words.lemmas()[i], lower);
            if (lemma == null) {
                continue;
            }
            lemmas.add(lemma);
            classes.add(WordClass.of(lemma, lower));
        }
        String previous = "<s>";
        for (String lemma : lemmas) {
            features.add("l=" + lemma);
            features.add("b=" + previous + "_" + lemma);
            previous = lemma;
        }
        wordClasses(classes, features);
        cues(evidence, features);
        return features.toArray(String[]::new);
    }

    // OpenNLP answers "O" for a token it has no lemma for; digits stand for any number.
    private static String lemma(String lemma, String lower) {
        if (lower.chars().allMatch(Character::isDigit)) {
            return "<num>";
        }
        if (lower.chars().noneMatch(Character::isLetter)) {
            return null;
        }
        String l = lemma == null || lemma.equals("O") || lemma.isBlank() ? lower : lemma.toLowerCase(Locale.ROOT);
        return l;
    }

    private static void wordClasses(List<Set<WordClass>> classes, Set<String> features) {
        EnumSet<WordClass> seen = EnumSet.noneOf(WordClass.class);
        int scopeEnd = -1;
        for (int i = 0; i < classes.size(); i++) {
            Set<WordClass> here = classes.get(i);
            if (i <= scopeEnd) {
                for (WordClass c : here) {
                    if (c != WordClass.NEG && c != WordClass.PROHIBIT) {
                        features.add("neg>" + c);
                    }
                }
            }
            if (here.contains(WordClass.NEG) || here.contains(WordClass.PROHIBIT)) {
                scopeEnd = i + NEGATION_SCOPE;
                // A passive prohibition ("use ... is not permitted") scopes what came before it too.
                if (i > 0) {
                    for (WordClass c : seen) {
                        if (c != WordClass.NEG && c != WordClass.PROHIBIT && c != WordClass.PERMIT) {
                            features.add("neg<" + c);
                        }
                    }
                }
            }
            for (WordClass c : here) {
                features.add("c=" + c);
                if (PAIRED.contains(c)) {
                    for (WordClass before : seen) {
                        if (PAIRED.contains(before) && before != c) {
                            features.add("p=" + before + "<" + c);
                        }
                    }
                }
            }
            seen.addAll(here);
        }
    }

    private static void cues(ClauseEvidence e, Set<String> features) {
        add(features, e.userCount().isPresent(), "has=users");
        add(features, !e.regions().isEmpty(), "has=region");
        add(features, e.money().isPresent(), "has=money");
        add(features, e.negation(), "cue=neg");
        add(features, e.comparative(), "cue=cmp");
        add(features, e.governingLaw(), "cue=govlaw");
        add(features, e.exportControl(), "cue=export");
        add(features, e.negativeGrant(), "cue=neggrant");
        add(features, e.territoryRestriction(), "cue=territory");
        add(features, e.trainingCue(), "cue=train");
        add(features, e.modelCue(), "cue=model");
        add(features, e.trainingBanPhrase(), "cue=trainban");
        add(features, e.namingCue(), "cue=naming");
        add(features, e.notDeemed(), "cue=notdeemed");
        add(features, e.revenueCue(), "cue=revenue");
        add(features, e.anyPurpose() && !e.restrictionWord(), "cue=anypurpose");
        add(features, e.useRestrictionCue(), "cue=userestrict");
        add(features, e.nonCommercialCue(), "cue=noncommercial");
        add(features, e.revocableCue(), "cue=revocable");
        add(features, e.policyUpdateCue(), "cue=policyupdate");
        add(features, e.passThroughCue(), "cue=passthrough");
        add(features, e.attributionCue(), "cue=attribution");
        add(features, e.definition(), "cue=definition");
        add(features, e.title(), "cue=title");
    }

    private static void add(Set<String> features, boolean present, String feature) {
        if (present) {
            features.add(feature);
        }
    }
}
