package org.licenselens.clause;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * What the precise extractors and cue patterns see in one clause: parsed values and the cues that gate or
 * suppress each flag. Computed once per clause and shared by the features and the decisions.
 */
record ClauseEvidence(
        OptionalLong userCount,
        List<String> regions,
        Optional<MoneyParser.Money> money,
        boolean negation,
        boolean comparative,
        boolean governingLaw,
        boolean exportControl,
        boolean negativeGrant,
        boolean territoryRestriction,
        boolean trainingCue,
        boolean modelCue,
        boolean trainingBanPhrase,
        boolean namingCue,
        boolean notDeemed,
        boolean revenueCue,
        boolean anyPurpose,
        boolean restrictionWord) {

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.DOTALL;
    private static final Pattern NEGATION = Pattern.compile(
            "\\b(?:not|never|no|nor|cannot|can't|won't|prohibited|forbidden|may only|must only)\\b|n't\\b", F);
    private static final Pattern COMPARATIVE = Pattern.compile(
            "\\b(?:greater than|more than|exceed\\w*|in excess of|over|above|at least|less than|fewer than|below|"
                    + "under|reach\\w*|surpass\\w*)\\b", F);
    private static final Pattern GOVERNING_LAW = Pattern.compile(
            "\\b(?:governed by|construed (?:under|in accordance)|laws? of|jurisdiction|courts?|arbitration|venue|"
                    + "conflicts? of laws?|choice of law|dispute)\\b", F);
    private static final Pattern EXPORT = Pattern.compile(
            "\\b(?:export|re-?export|sanction\\w*|embargo\\w*|trade control\\w*|denied part\\w*)\\b", F);
    private static final Pattern NEGATIVE_GRANT = Pattern.compile(
            "\\bnot\\b[^.;]{0,60}\\b(?:granted|apply|applicable|available|licensed|permitted|authori[sz]ed)\\b"
                    + "|\\bexcluding\\b|\\bexcept (?:in|for)\\b|\\boutside (?:of )?the (?:Territory|territory)\\b"
                    + "|\\b(?:only|solely|exclusively)\\s+(?:with)?in\\b|\\bTerritory only\\b"
                    + "|\\bdomiciled in\\b[^.;]{0,120}\\bnot\\b|\\bnot\\b[^.;]{0,200}\\bdomiciled in\\b", F);
    private static final Pattern TERRITORY_RESTRICTION = Pattern.compile(
            "\\b(?:outside|only|exclusively|solely)\\b[^.;]{0,40}\\bTerritory\\b"
                    + "|\\bTerritory\\b[^.;]{0,40}\\b(?:only|exclusively)\\b|^Outside the Territory", 0);
    private static final Pattern TRAINING = Pattern.compile(
            "\\b(?:train\\w*|fine[- ]?tun\\w*|distil\\w*|improv\\w*|develop\\w*|pre-?train\\w*)\\b", F);
    private static final Pattern MODEL = Pattern.compile(
            "\\b(?:models?|LLMs?|AI|artificial intelligence|machine learning|neural networks?)\\b", F);
    private static final Pattern TRAINING_BAN = Pattern.compile(
            "\\b(?:not|never|cannot|n't|prohibited from|agree not to)\\b[^.;]{0,200}?\\b(?:to|for)\\s+"
                    + "(?:[\\w-]+,?\\s+(?:or\\s+|and\\s+|and/or\\s+)?){0,6}?"
                    + "(?:train\\w*|fine[- ]?tun\\w*|distil\\w*|improv\\w*|develop\\w*|creat\\w* or improv\\w*)\\b"
                    + "[^.;]{0,120}?\\b(?:models?|LLMs?)\\b", F);
    private static final Pattern NAMING = Pattern.compile(
            "\\b(?:include|display|state|mention)\\w*\\b[^.;]{0,80}(?:[\"\u201C\u201D]|\\bname\\b)"
                    + "|\\b(?:built with|powered by|built on|improved using)\\b|\\bbeginning of\\b[^.;]{0,40}\\bname\\b", F);
    private static final Pattern NOT_DEEMED = Pattern.compile(
            "\\b(?:not|never)\\b[^.;]{0,30}\\b(?:deemed|considered|constitute)\\b[^.;]{0,60}\\bDerivatives?\\b"
                    + "|\\bOutputs?\\b[^.;]{0,40}\\bare not\\b[^.;]{0,40}\\bDerivatives?\\b", F);
    private static final Pattern REVENUE = Pattern.compile(
            "\\b(?:revenues?|turnover|income|sales|gross receipts)\\b", F);
    private static final Pattern ANY_PURPOSE = Pattern.compile("\\bfor any purpose\\b", F);
    private static final Pattern RESTRICTION = Pattern.compile(
            "\\b(?:restrict\\w*|prohibit\\w*|not|only|except|attachment|policy|subject to)\\b", F);

    /** Reads the evidence of {@code text}. */
    static ClauseEvidence of(String text) {
        return new ClauseEvidence(
                UserCountParser.findUserCount(text),
                RegionGazetteer.regions(text),
                MoneyParser.find(text),
                NEGATION.matcher(text).find(),
                COMPARATIVE.matcher(text).find(),
                GOVERNING_LAW.matcher(text).find(),
                EXPORT.matcher(text).find(),
                NEGATIVE_GRANT.matcher(text).find(),
                TERRITORY_RESTRICTION.matcher(text).find(),
                TRAINING.matcher(text).find(),
                MODEL.matcher(text).find(),
                TRAINING_BAN.matcher(text).find(),
                NAMING.matcher(text).find(),
                NOT_DEEMED.matcher(text).find(),
                REVENUE.matcher(text).find(),
                ANY_PURPOSE.matcher(text).find(),
                RESTRICTION.matcher(text).find());
    }

    /** Tells whether the clause states some territory restriction strongly enough on its own. */
    boolean geographicCue() {
        return (negativeGrant || territoryRestriction) && !governingLaw && !exportControl;
    }

    /** Tells whether the clause bans using the work or its outputs to train other models. */
    boolean trainingBanCue() {
        return trainingBanPhrase && trainingCue && modelCue && !namingCue && !notDeemed;
    }
}
