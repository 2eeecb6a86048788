package org.licenselens.clause;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * Turns a clause into the maxent context the flag models are trained and evaluated on: stems, stem bigrams, the
 * presence of parsed values (user counts, regions, money) and cue flags. Deterministic: same clause, same features
 * in the same order.
 */
public final class ClauseFeatures {

    private ClauseFeatures() {
    }

    /** Returns the features of a clause given its tokens. */
    public static String[] of(String[] tokens, String text) {
        return of(tokens, ClauseEvidence.of(text));
    }

    static String[] of(String[] tokens, ClauseEvidence evidence) {
        PorterStemmer stemmer = new PorterStemmer();
        Set<String> features = new LinkedHashSet<>();
        features.add("bias");
        List<String> stems = new ArrayList<>();
        for (String token : tokens) {
            String lower = token.toLowerCase(Locale.ROOT);
            if (lower.chars().allMatch(Character::isDigit)) {
                stems.add("<num>");
            } else if (lower.chars().anyMatch(Character::isLetter)) {
                stems.add(stemmer.stem(lower));
            }
        }
        String previous = "<s>";
        for (String stem : stems) {
            features.add("w=" + stem);
            features.add("b=" + previous + "_" + stem);
            previous = stem;
        }
        cues(evidence, features);
        return features.toArray(String[]::new);
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
