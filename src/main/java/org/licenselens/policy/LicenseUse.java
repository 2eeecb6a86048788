package org.licenselens.policy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One license found in the scan (detected or declared) with the policy's verdict on it.
 *
 * @param key      ScanCode key
 * @param category LicenseDB category, or {@code null} when the corpus has no such key
 * @param verdict  allowed, flagged, denied or unlisted
 * @param files    display path to the first line where the license was found or declared, in report order
 */
public record LicenseUse(String key, String category, LicenseVerdict verdict, Map<String, Integer> files) {
    public LicenseUse {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(verdict, "verdict");
        files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }
}
