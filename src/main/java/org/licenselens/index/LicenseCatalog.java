package org.licenselens.index;

import java.util.Map;
import java.util.Optional;

/**
 * What reports and policies need to know about the known licenses: their metadata, by key, and where the corpus
 * came from. A read-only view of the index, without its matching machinery.
 */
public interface LicenseCatalog {
    /** Returns where the corpus came from, as reports show it. */
    String corpusSource();

    /** Returns the number of LicenseDB licenses. */
    int licenseCount();

    /** Returns the number of ScanCode rules. */
    int ruleCount();

    /** Returns every known license by key, in corpus order. */
    Map<String, LicenseInfo> licenses();

    /** Returns the license with {@code key}, if known. */
    Optional<LicenseInfo> license(String key);

    /** Returns the ScanCode key for an SPDX id (case-insensitive; also {@code LicenseRef-scancode-*}). */
    Optional<String> keyForSpdx(String spdxId);
}
