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

    private static final int F = Pattern.DOTALL;
    private static final Pattern NEGATION = ci(
            "\\b(?:not|never|no|nor|cannot|can't|won't|prohibited|forbidden|may only|must only)\\b|n't\\b");
    private static final Pattern COMPARATIVE = ci(
            "\\b(?:greater than|more than|exceed\\w*|in excess of|over|above|at least|less than|fewer than|below|"
                    + "under|reach\\w*|surpass\\w*)\\b");
    private static final Pattern GOVERNING_LAW = ci(
            "\\b(?:governed by|construed (?:under|in accordance)|laws? of|jurisdiction|courts?|arbitration|venue|"
                    + "conflicts? of laws?|choice of law|dispute)\\b");
    private static final Pattern EXPORT = ci(
            "\\b(?:export|re-?export|sanction\\w*|embargo\\w*|trade control\\w*|denied part\\w*)\\b");
    private static final Pattern NEGATIVE_GRANT = ci(
            "\\bnot\\b(?:[^.;]|\\.(?=\\w)){0,60}\\b(?:granted|apply|applicable|available|licensed|permitted|authori[sz]ed)\\b"
                    + "|\\bexcluding\\b|\\bexcept (?:in|for)\\b|\\boutside (?:of )?the (?:Territory|territory)\\b"
                    + "|\\b(?:only|solely|exclusively)\\s+(?:with)?in\\b|\\bTerritory only\\b"
                    + "|\\bdomiciled in\\b[^.;]{0,120}\\bnot\\b|\\bnot\\b[^.;]{0,200}\\bdomiciled in\\b");
    private static final Pattern TERRITORY_RESTRICTION = Pattern.compile(
            "\\b(?:outside|only|exclusively|solely)\\b[^.;]{0,40}\\bTerritory\\b"
                    + "|\\bTerritory\\b[^.;]{0,40}\\b(?:only|exclusively)\\b|^Outside the Territory", 0);
    private static final Pattern TRAINING = ci(
            "\\b(?:train\\w*|fine[- ]?tun\\w*|distil\\w*|improv\\w*|develop\\w*|pre-?train\\w*)\\b");
    private static final Pattern MODEL = ci(
            "\\b(?:models?|LLMs?|AI|artificial intelligence|machine learning|neural networks?)\\b");
    /** Any char but a sentence end: a period inside "2.0" or "e.g." does not end the clause. */
    private static final String NE = "(?:[^.;]|\\.(?=\\w))";
    private static final Pattern TRAINING_BAN = ci(
            "(?:\\b(?:not|never|cannot|n't)\\s+(?:\\w+\\s+){0,2}?(?:use|utili[sz]e|employ|exploit|permit|allow)\\b"
                    + "|\\bprohibited from\\b|\\bagree not to\\b|^\\s*(?:use|using)\\b)"
                    + NE + "{0,200}?\\b(?:to|for)\\s+"
                    + "(?:[\\w-]+,?\\s+(?:or\\s+|and\\s+|and/or\\s+)?){0,6}?"
                    + "(?:train\\w*|fine[- ]?tun\\w*|distil\\w*|improv\\w*|develop\\w*|creat\\w* or improv\\w*)\\b"
                    + NE + "{0,120}?\\b(?:models?|LLMs?)\\b");
    private static final Pattern USE_RESTRICTION = ci(
            "\\b(?:may|must|shall|will|can|agree)\\s+not\\s+(?:\\w+\\s+){0,2}?(?:use|deploy|exploit|utili[sz]e)\\b"
                    + "|\\bprohibited\\s+(?:from\\s+)?(?:us(?:e|ing)|deploy)|\\bprohibited uses?\\b"
                    + "|\\bacceptable use policy\\b|\\buse restrictions?\\b"
                    + "|\\b(?:solely|only|exclusively)\\s+for\\b" + NE + "{0,60}\\b(?:research|purposes?|evaluation|internal)"
                    + "|\\bnon-?\\s?commercial|\\bresearch purposes\\b");
    // "Do not use it for unlawful purposes" only restates the law: it restricts no field of endeavor.
    private static final Pattern LAWFUL_ONLY = ci(
            "\\b(?:unlawful|illegal)\\s+(?:purposes?|activit\\w*)\\b");
    private static final Pattern RESTRICTION_REFERENCE = ci(
            "\\b(?:polic(?:y|ies)|attachment|restrictions?|prohibited uses?)\\b");
    private static final Pattern NON_COMMERCIAL = ci(
            "\\bnon-?\\s?commercial(?!ly)|\\bresearch purposes\\b|\\bresearch(?: use)? only\\b"
                    + "|\\b(?:not|prohibited from|without the right)\\b" + NE + "{0,80}\\bcommercial"
                    + "|\\bcommercial\\w*" + NE + "{0,80}\\b(?:prohibited|requires? a separate|request a license"
                    + "|not (?:permitted|allowed|authori[sz]ed))");
    private static final Pattern REVOCABLE = ci(
            "(?<!ir)\\brevocable\\b|\\b(?:terminat|revok|suspend)\\w*" + NE + "{0,120}\\bat any time\\b"
                    + "|\\bat any time\\b" + NE + "{0,60}\\b(?:terminat|revok)\\w*");
    private static final Pattern POLICY_UPDATE = ci(
            "\\b(?:may|will|reserves? the right to)\\s+(?:\\w+\\s+){0,3}?(?:update|modify|amend|change|revise)\\b"
                    + NE + "{0,80}\\b(?:Agreement|Policy|Terms|License)\\b"
                    + "|\\bfrom time to time\\b" + NE + "{0,40}\\b(?:updat|modif|amend|revis)"
                    + "|\\b(?:updat|modif|amend|revis)\\w*" + NE + "{0,40}\\bfrom time to time\\b"
                    + "|\\bcontinued use\\b" + NE + "{0,120}\\b(?:constitutes|acceptance|agree)"
                    + "|\\blatest version\\b|\\bnew versions? of\\b" + NE + "{0,40}\\b(?:Agreement|Policy|Terms|License)\\b"
                    + "|\\beffective (?:upon|immediately|as soon)\\b" + NE + "{0,60}\\b(?:post|publish)");
    private static final Pattern PASS_THROUGH = ci(
            "\\b(?:include|impose|incorporat|bind|ensure)\\w*\\b" + NE + "{0,160}\\b(?:use restrictions|restrictions in"
                    + "|Attachment A|enforceable provision|Acceptable Use Policy|complies with this Agreement)"
                    + "|\\bdownstream\\b|\\bonly (?:do so )?under the terms of this\\b");
    private static final Pattern ATTRIBUTION = ci(
            "\\b(?:display|include|state)\\w*\\b" + NE + "{0,100}?[\u201C\"][^\u201D\"]{2,40}[\u201D\"]"
                    + "|\\bbeginning of\\b" + NE + "{0,40}\\bname\\b|\\bbuilt (?:with|on|using)\\b");
    private static final Pattern DEFINITION = ci(
            "^\\W{0,3}[\"\u201C][^\"\u201D]{1,60}[\"\u201D]" + NE + "{0,40}\\b(?:means|shall mean|includes)\\b"
                    + "|^For the purposes of this definition");
    private static final Pattern NAMING = ci(
            "\\b(?:include|display|state|mention)\\w*\\b[^.;]{0,80}(?:[\"\u201C\u201D]|\\bname\\b)"
                    + "|\\b(?:built with|powered by|built on|improved using)\\b|\\bbeginning of\\b[^.;]{0,40}\\bname\\b");
    private static final Pattern NOT_DEEMED = ci(
            "\\b(?:not|never)\\b[^.;]{0,30}\\b(?:deemed|considered|constitute)\\b[^.;]{0,60}\\bDerivatives?\\b"
                    + "|\\bOutputs?\\b[^.;]{0,40}\\bare not\\b[^.;]{0,40}\\bDerivatives?\\b");
    private static final Pattern REVENUE = ci(
            "\\b(?:revenues?|turnover|income|sales|gross receipts)\\b");
    private static final Pattern ANY_PURPOSE = ci("\\bfor any purpose\\b");
    private static final Pattern RESTRICTION = ci(
            "\\b(?:restrict\\w*|prohibit\\w*|not|only|except|attachment|policy|subject to)\\b");

    /** Reads the evidence of {@code text}. */
    // Matching lower-cased text with lower-cased patterns is much faster than Pattern.CASE_INSENSITIVE.
    private static Pattern ci(String regex) {
        StringBuilder b = new StringBuilder(regex.length());
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            b.append(i > 0 && regex.charAt(i - 1) == '\\' ? c : Character.toLowerCase(c));
        }
        return Pattern.compile(b.toString(), Pattern.DOTALL);
    }

    static ClauseEvidence of(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        List<String> regions = RegionGazetteer.regions(text);
        boolean territorial = !regions.isEmpty() || lower.contains("territor");
        boolean training = TRAINING.matcher(lower).find();
        boolean model = MODEL.matcher(lower).find();
        // The costly patterns run only where their key words occur: most clauses have none of them.
        return new ClauseEvidence(
                UserCountParser.findUserCount(text),
                regions,
                hasDigitOrScale(lower) ? MoneyParser.find(text) : Optional.empty(),
                NEGATION.matcher(lower).find(),
                COMPARATIVE.matcher(lower).find(),
                GOVERNING_LAW.matcher(lower).find(),
                EXPORT.matcher(lower).find(),
                territorial && NEGATIVE_GRANT.matcher(lower).find(),
                lower.contains("territory") && TERRITORY_RESTRICTION.matcher(text).find(),
                training,
                model,
                training && model && TRAINING_BAN.matcher(lower).find(),
                NAMING.matcher(lower).find(),
                lower.contains("derivative") && NOT_DEEMED.matcher(lower).find(),
                REVENUE.matcher(lower).find(),
                lower.contains("any purpose") && ANY_PURPOSE.matcher(lower).find(),
                RESTRICTION.matcher(lower).find(),
                USE_RESTRICTION.matcher(lower).find()
                        && !(LAWFUL_ONLY.matcher(lower).find() && !RESTRICTION_REFERENCE.matcher(lower).find()),
                lower.contains("commercial") || lower.contains("research") ? NON_COMMERCIAL.matcher(lower).find() : false,
                REVOCABLE.matcher(lower).find(),
                POLICY_UPDATE.matcher(lower).find(),
                PASS_THROUGH.matcher(lower).find(),
                ATTRIBUTION.matcher(lower).find(),
                DEFINITION.matcher(lower).find(),
                isTitle(text));
    }

    private static boolean hasDigitOrScale(String lower) {
        return lower.chars().anyMatch(Character::isDigit) || lower.contains("million") || lower.contains("billion")
                || lower.contains("thousand");
    }

    private static final Pattern META_HEADING = ci(
            "\\b(?:polic(?:y|ies)|restrictions?|licen[cs]e|uses?|agreement|terms|obligations|purposes|organi[sz]ations"
                    + "|version|exhibit|attachment|section|article|annex)\\b");

    // Headings and titles ("Use Restrictions", "Prohibited Use Policy") name a topic but impose nothing.
    private static boolean isTitle(String text) {
        String[] words = text.replaceAll("[*#_]", " ").strip().split("\\s+");
        if (words.length > 12 || !META_HEADING.matcher(text.toLowerCase(java.util.Locale.ROOT)).find()) {
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
