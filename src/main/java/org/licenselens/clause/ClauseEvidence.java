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
        boolean restrictionWord,
        boolean useRestrictionCue,
        boolean nonCommercialCue,
        boolean revocableCue,
        boolean policyUpdateCue,
        boolean passThroughCue,
        boolean attributionCue,
        boolean definition,
        boolean title) {

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
            "\\bnot\\b(?:[^.;]|\\.(?=\\w)){0,60}\\b(?:granted|apply|applicable|available|licensed|permitted|authori[sz]ed)\\b"
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
    /** Any char but a sentence end: a period inside "2.0" or "e.g." does not end the clause. */
    private static final String NE = "(?:[^.;]|\\.(?=\\w))";
    private static final Pattern TRAINING_BAN = Pattern.compile(
            "(?:\\b(?:not|never|cannot|n't)\\s+(?:\\w+\\s+){0,2}?(?:use|utili[sz]e|employ|exploit|permit|allow)\\b"
                    + "|\\bprohibited from\\b|\\bagree not to\\b|^\\s*(?:use|using)\\b)"
                    + NE + "{0,200}?\\b(?:to|for)\\s+"
                    + "(?:[\\w-]+,?\\s+(?:or\\s+|and\\s+|and/or\\s+)?){0,6}?"
                    + "(?:train\\w*|fine[- ]?tun\\w*|distil\\w*|improv\\w*|develop\\w*|creat\\w* or improv\\w*)\\b"
                    + NE + "{0,120}?\\b(?:models?|LLMs?)\\b", F);
    private static final Pattern USE_RESTRICTION = Pattern.compile(
            "\\b(?:may|must|shall|will|can|agree)\\s+not\\s+(?:\\w+\\s+){0,2}?(?:use|deploy|exploit|utili[sz]e)\\b"
                    + "|\\bprohibited\\s+(?:from\\s+)?(?:us(?:e|ing)|deploy)|\\bprohibited uses?\\b"
                    + "|\\bacceptable use policy\\b|\\buse restrictions?\\b"
                    + "|\\b(?:solely|only|exclusively)\\s+for\\b" + NE + "{0,60}\\b(?:research|purposes?|evaluation|internal)"
                    + "|\\bnon-?\\s?commercial|\\bresearch purposes\\b", F);
    // "Do not use it for unlawful purposes" only restates the law: it restricts no field of endeavor.
    private static final Pattern LAWFUL_ONLY = Pattern.compile(
            "\\b(?:unlawful|illegal)\\s+(?:purposes?|activit\\w*)\\b", F);
    private static final Pattern RESTRICTION_REFERENCE = Pattern.compile(
            "\\b(?:polic(?:y|ies)|attachment|restrictions?|prohibited uses?)\\b", F);
    private static final Pattern NON_COMMERCIAL = Pattern.compile(
            "\\bnon-?\\s?commercial(?!ly)|\\bresearch purposes\\b|\\bresearch(?: use)? only\\b"
                    + "|\\b(?:not|prohibited from|without the right)\\b" + NE + "{0,80}\\bcommercial"
                    + "|\\bcommercial\\w*" + NE + "{0,80}\\b(?:prohibited|requires? a separate|request a license"
                    + "|not (?:permitted|allowed|authori[sz]ed))", F);
    private static final Pattern REVOCABLE = Pattern.compile(
            "(?<!ir)\\brevocable\\b|\\b(?:terminat|revok|suspend)\\w*" + NE + "{0,120}\\bat any time\\b"
                    + "|\\bat any time\\b" + NE + "{0,60}\\b(?:terminat|revok)\\w*", F);
    private static final Pattern POLICY_UPDATE = Pattern.compile(
            "\\b(?:may|will|reserves? the right to)\\s+(?:\\w+\\s+){0,3}?(?:update|modify|amend|change|revise)\\b"
                    + NE + "{0,80}\\b(?:Agreement|Policy|Terms|License)\\b"
                    + "|\\bfrom time to time\\b" + NE + "{0,40}\\b(?:updat|modif|amend|revis)"
                    + "|\\b(?:updat|modif|amend|revis)\\w*" + NE + "{0,40}\\bfrom time to time\\b"
                    + "|\\bcontinued use\\b" + NE + "{0,120}\\b(?:constitutes|acceptance|agree)"
                    + "|\\blatest version\\b|\\bnew versions? of\\b" + NE + "{0,40}\\b(?:Agreement|Policy|Terms|License)\\b"
                    + "|\\beffective (?:upon|immediately|as soon)\\b" + NE + "{0,60}\\b(?:post|publish)", F);
    private static final Pattern PASS_THROUGH = Pattern.compile(
            "\\b(?:include|impose|incorporat|bind|ensure)\\w*\\b" + NE + "{0,160}\\b(?:use restrictions|restrictions in"
                    + "|Attachment A|enforceable provision|Acceptable Use Policy|complies with this Agreement)"
                    + "|\\bdownstream\\b|\\bonly (?:do so )?under the terms of this\\b", F);
    private static final Pattern ATTRIBUTION = Pattern.compile(
            "\\b(?:display|include|state)\\w*\\b" + NE + "{0,100}?[\u201C\"][^\u201D\"]{2,40}[\u201D\"]"
                    + "|\\bbeginning of\\b" + NE + "{0,40}\\bname\\b|\\bbuilt (?:with|on|using)\\b", F);
    private static final Pattern DEFINITION = Pattern.compile(
            "^\\W{0,3}[\"\u201C][^\"\u201D]{1,60}[\"\u201D]" + NE + "{0,40}\\b(?:means|shall mean|includes)\\b"
                    + "|^For the purposes of this definition", F);
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
                RESTRICTION.matcher(text).find(),
                USE_RESTRICTION.matcher(text).find()
                        && !(LAWFUL_ONLY.matcher(text).find() && !RESTRICTION_REFERENCE.matcher(text).find()),
                NON_COMMERCIAL.matcher(text).find(),
                REVOCABLE.matcher(text).find(),
                POLICY_UPDATE.matcher(text).find(),
                PASS_THROUGH.matcher(text).find(),
                ATTRIBUTION.matcher(text).find(),
                DEFINITION.matcher(text).find(),
                isTitle(text));
    }

    private static final Pattern META_HEADING = Pattern.compile(
            "\\b(?:polic(?:y|ies)|restrictions?|licen[cs]e|uses?|agreement|terms|obligations|purposes|organi[sz]ations"
                    + "|version|exhibit|attachment|section|article|annex)\\b", F);

    // Headings and titles ("Use Restrictions", "Prohibited Use Policy") name a topic but impose nothing.
    private static boolean isTitle(String text) {
        String[] words = text.replaceAll("[*#_]", " ").strip().split("\\s+");
        if (words.length > 12 || !META_HEADING.matcher(text).find()) {
            return false;
        }
        for (String w : words) {
            String letters = w.replaceAll("[^\\p{L}]", "");
            if (letters.length() >= 4 && !Character.isUpperCase(letters.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** Tells whether the clause states some territory restriction strongly enough on its own. */
    boolean geographicCue() {
        return (negativeGrant || territoryRestriction) && !governingLaw && !exportControl;
    }

    /** Tells whether the clause bans using the work or its outputs to train other models. */
    boolean trainingBanCue() {
        return trainingBanPhrase && trainingCue && modelCue && !namingCue && !notDeemed && !definition;
    }
}
