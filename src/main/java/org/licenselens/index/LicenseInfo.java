package org.licenselens.index;

import java.util.List;

/**
 * What reports say about a known license, kept in the index so that reporting never re-reads the corpus.
 *
 * @param key         ScanCode key
 * @param name        full name
 * @param spdx        SPDX id, or {@code LicenseRef-scancode-<key>} where SPDX has none
 * @param category    LicenseDB category (Permissive, Copyleft, Proprietary Free, ...)
 * @param osiApproved whether LicenseDB records OSI approval
 * @param otherSpdx   other SPDX ids that name this license
 * @param exception   LicenseDB's {@code is_exception}: an exception to another license, joined to it with WITH
 * @param source      path of the {@code .LICENSE} file the text came from
 */
public record LicenseInfo(String key, String name, String spdx, String category, boolean osiApproved,
                          List<String> otherSpdx, boolean exception, String source) {
    public LicenseInfo {
        if (key.isBlank()) {
            throw new IllegalArgumentException("license key is blank");
        }
        otherSpdx = List.copyOf(otherSpdx);
    }
}
