package org.licenselens.match;

import java.util.List;

/**
 * What one text holds: the accepted matches in text order, their combined expression, and any license-like
 * text that matched nothing well.
 *
 * @param matches        accepted matches, ordered by position
 * @param expression     ScanCode expression of all matches joined with AND; empty when none
 * @param unknownRegions license-like regions no known text explains
 * @param closest        for unknown text: the closest known licenses, most similar first (at most three)
 * @param queryLength    number of terms in the text
 * @param licenseList    the text is a catalogue of license names (ten or more, each only named), not terms that
 *                       apply; its matches are dropped rather than reported as the file's licenses
 */
public record Detection(List<LicenseMatch> matches, String expression, List<UnknownRegion> unknownRegions,
                        List<Closest> closest, int queryLength, boolean licenseList) {
    public Detection {
        matches = List.copyOf(matches);
        unknownRegions = List.copyOf(unknownRegions);
        closest = List.copyOf(closest);
    }

    /** Whether some license-like text matched nothing well enough. */
    public boolean unknown() {
        return !unknownRegions.isEmpty();
    }

    /** A known license close to unknown text. */
    public record Closest(String key, double similarity) {}

    /** Lines of license-like text left unexplained, with the legal terms that made it look like a license. */
    public record UnknownRegion(int startLine, int endLine, int terms, List<String> cues) {}
}
