package org.licenselens.corpus;

/**
 * What a ScanCode rule's text is, taken from its single {@code is_license_*} flag.
 *
 * <p>{@link #FALSE_POSITIVE} is for rules flagged {@code is_false_positive}: they carry no license flag (and in
 * the ScanCode data no license expression) because their text looks like a license but must not be reported as
 * one. A separate constant rather than {@code null} so that a {@code switch} over kinds must decide what to do
 * with them.
 */
public enum RuleKind {
    /** {@code is_license_text}: a full license text or a large part of one. */
    TEXT("is_license_text"),
    /** {@code is_license_notice}: a notice stating that a license applies. */
    NOTICE("is_license_notice"),
    /** {@code is_license_reference}: a mere mention of a license, such as its name or URL. */
    REFERENCE("is_license_reference"),
    /** {@code is_license_tag}: a structured tag, such as an SPDX identifier or a package manifest field. */
    TAG("is_license_tag"),
    /** {@code is_license_intro}: a lead-in such as "licensed under the following terms". */
    INTRO("is_license_intro"),
    /** {@code is_license_clue}: a weak hint that is reported but not counted as a detection. */
    CLUE("is_license_clue"),
    /** {@code is_false_positive}: text that resembles a license notice but is not one. */
    FALSE_POSITIVE("is_false_positive");

    private final String flag;

    RuleKind(String flag) {
        this.flag = flag;
    }

    /** Returns the front-matter flag that marks a rule of this kind, e.g. {@code is_license_notice}. */
    public String flag() {
        return flag;
    }
}
