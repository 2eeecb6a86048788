package org.licenselens.match;

/**
 * Why the detector dropped a candidate match, so that a reviewer can ask "why was X not reported?"
 * ({@code identify --explain}).
 */
public enum DiscardReason {
    /** Claims terms that a better match, accepted before it, already explains. */
    OVERLAPS_BETTER_MATCH("overlaps-better-match", "its terms are explained by a better match"),
    /**
     * Lies inside the span of a longer, better match of another license, and its words are part of that
     * license's own text: the LGPL-3.0 text names the GPL-3.0, it does not grant it.
     */
    CONTAINED_IN_LICENSE_TEXT("contained-in-license-text", "its words belong to the text of a longer match"),
    /** Aligned, but covers less of its reference than the near threshold or the rule's minimum coverage. */
    BELOW_MINIMUM_COVERAGE("below-minimum-coverage", "covers less of its reference than 80% or its rule's minimum coverage"),
    /** Not aligned at all: too few of the reference's terms occur in the text to reach its minimum coverage. */
    TOO_FEW_TERMS("too-few-terms", "too few of its terms occur in the text to reach its minimum coverage"),
    /** Not aligned at all: the open text around it is shorter than the reference would need. */
    REGION_TOO_SHORT("region-too-short", "the open text is shorter than the reference"),
    /** Aligned to nothing: no run of its terms occurs in order. */
    NO_ALIGNMENT("no-alignment", "no run of its terms occurs in order"),
    /** Its matched terms are spread too thin over the span they cover. */
    TOO_SPARSE("too-sparse", "its matched terms are spread too thin"),
    /** Misses a phrase its rule requires ({@code {{…}}} in the rule text). */
    MISSING_REQUIRED_PHRASE("missing-required-phrase", "misses a phrase its rule requires"),
    /** Matched a rule that ScanCode marks as a false positive: the span holds no license. */
    FALSE_POSITIVE("false-positive", "matched a false-positive rule"),
    /** A lead-in ("licensed under the following terms") beside matches that say which license follows. */
    LEAD_IN("lead-in", "a lead-in, and other matches name the license"),
    /** One of many license names or ids in a catalogue (a table, list or module of ids), not terms that apply. */
    LICENSE_LIST("license-list", "a name in a catalogue of licenses");

    private final String jsonName;
    private final String description;

    DiscardReason(String jsonName, String description) {
        this.jsonName = jsonName;
        this.description = description;
    }

    /** Returns the name used in reports. */
    public String jsonName() {
        return jsonName;
    }

    /** Returns what the reason means, in a few words a report can show. */
    public String description() {
        return description;
    }
}
