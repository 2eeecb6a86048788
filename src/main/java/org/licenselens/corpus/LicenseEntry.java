package org.licenselens.corpus;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One license of the ScanCode LicenseDB: its metadata from the {@code .LICENSE} front matter and its text.
 *
 * <p>Lists are never null (empty when the key is absent) and immutable. Text values documented as nullable are
 * {@code null} when the front matter lacks them.
 *
 * @param key                 the ScanCode license key, e.g. {@code mit}; equal to the file name without
 *                            {@code .LICENSE}
 * @param shortName           {@code short_name}; falls back to {@code name}, then to the key
 * @param name                {@code name}; falls back to {@code short_name}, then to the key
 * @param category            {@code category}, e.g. {@code Permissive}, {@code Copyleft Limited},
 *                            {@code Proprietary Free}; {@code Unstated License} when absent
 * @param spdxKey             {@code spdx_license_key}, nullable: an SPDX id, or a {@code LicenseRef-scancode-...}
 *                            id that may differ from the key (ScanCode shortens long ones)
 * @param otherSpdxKeys       {@code other_spdx_license_keys}: older or alternative SPDX ids of the same license
 * @param osiApproved         true when the front matter has {@code osi_license_key} or {@code osi_url}, or its
 *                            {@code notes} say "OSI certified" (seven licenses, e.g. {@code w3c} and
 *                            {@code gpl-2.0-plus}, say so only in notes); see {@link LicenseEntry#OSI_NOTE}
 * @param deprecated          {@code is_deprecated}: kept for lookups of old keys, not for detection
 * @param exception           {@code is_exception}: a license exception used with {@code WITH}
 * @param unknown             {@code is_unknown}: a placeholder such as {@code unknown-license-reference}
 * @param generic             {@code is_generic}: a family name such as {@code other-permissive}
 * @param minimumCoverage     {@code minimum_coverage} in percent a match must cover; 0 when absent
 * @param replacedBy          {@code replaced_by}: the keys to use instead of a deprecated license
 * @param owner               {@code owner}, nullable
 * @param homepageUrl         {@code homepage_url}, nullable
 * @param notes               {@code notes}, nullable
 * @param standardNotice      {@code standard_notice}: the notice the license asks to put in files, nullable
 * @param language            {@code language}, e.g. {@code de}; {@code en} when absent, as in ScanCode
 * @param ignorables          what belongs to the text itself ({@code ignorable_*}): its copyright lines, holders, …
 * @param text                the license text, verbatim after the front matter (leading blank lines removed);
 *                            blank for placeholders such as {@code unknown-license-reference} (21 in the corpus)
 * @param source              the file it was read from
 */
public record LicenseEntry(
        String key,
        String shortName,
        String name,
        String category,
        String spdxKey,
        List<String> otherSpdxKeys,
        boolean osiApproved,
        boolean deprecated,
        boolean exception,
        boolean unknown,
        boolean generic,
        int minimumCoverage,
        List<String> replacedBy,
        String owner,
        String homepageUrl,
        String notes,
        String standardNotice,
        String language,
        Ignorables ignorables,
        String text,
        Path source) {

    /** The prefix of the SPDX {@code LicenseRef} id that ScanCode derives from every key. */
    public static final String SCANCODE_LICENSE_REF_PREFIX = "LicenseRef-scancode-";

    /**
     * How {@code notes} say a license is OSI approved when no {@code osi_*} key does: "this license is OSI
     * certified", possibly across a line break, also the corpus' misspelling "certifified" and the past tense "was OSI certified" (OSI does
     * not withdraw approvals).
     */
    public static final Pattern OSI_NOTE = Pattern.compile("\\bOSI\\s+certifi", Pattern.CASE_INSENSITIVE);

    public LicenseEntry {
        CorpusText.requireKey(key);
        requireNonBlank(shortName, "shortName");
        requireNonBlank(name, "name");
        requireNonBlank(category, "category");
        requireNonBlank(language, "language");
        otherSpdxKeys = List.copyOf(otherSpdxKeys);
        replacedBy = List.copyOf(replacedBy);
        Objects.requireNonNull(ignorables, "ignorables");
        CorpusText.requirePercent(minimumCoverage, "minimumCoverage");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
    }

    /** Returns {@code LicenseRef-scancode-<key>}, the id ScanCode uses for this license in SPDX documents. */
    public String scancodeLicenseRef() {
        return SCANCODE_LICENSE_REF_PREFIX + key;
    }

    /** Returns the id to write in an SPDX expression: the SPDX key, else {@link #scancodeLicenseRef()}. */
    public String spdxIdentifier() {
        return spdxKey != null ? spdxKey : scancodeLicenseRef();
    }

    private static void requireNonBlank(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }
}
