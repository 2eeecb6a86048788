package org.licenselens.match;

import java.util.List;

/**
 * What one text holds: the accepted matches in text order, their combined expression, any license-like text
 * that matched nothing well, and the candidates dropped on the way, each with its reason.
 *
 * @param matches        accepted matches, ordered by position; identical ones merged into one with a count
 * @param expression     ScanCode expression of all matches joined with AND; empty when none
 * @param unknownRegions license-like regions no known text explains
 * @param closest        for unknown text: the closest known licenses, most similar first (at most three)
 * @param queryLength    number of terms in the text
 * @param licenseList    the text holds a catalogue of license names or ids (ten or more, with little prose
 *                       between them), not terms that apply; the catalogue's matches are dropped rather than
 *                       reported as the file's licenses
 * @param discarded      candidates the detector dropped, identical ones merged, each with its reason
 */
public record Detection(List<LicenseMatch> matches, String expression, List<UnknownRegion> unknownRegions,
                        List<Closest> closest, int queryLength, boolean licenseList, List<Discarded> discarded) {
    public Detection {
        matches = List.copyOf(matches);
        unknownRegions = List.copyOf(unknownRegions);
        closest = List.copyOf(closest);
        discarded = List.copyOf(discarded);
    }

    /** A detection that kept no record of what it dropped. */
    public Detection(List<LicenseMatch> matches, String expression, List<UnknownRegion> unknownRegions,
                     List<Closest> closest, int queryLength, boolean licenseList) {
        this(matches, expression, unknownRegions, closest, queryLength, licenseList, List.of());
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
