package org.licenselens.analysis;

import java.util.List;
import org.licenselens.clause.ClauseAnalysis;
import org.licenselens.match.Detection;
import org.licenselens.match.LicenseMatch;

/**
 * What the pipeline found in one text, before it is tied to a path: shared by every file with the same text.
 *
 * @param kind      what the file was read as; null on error
 * @param mediaType detected media type, when known
 * @param error     why the file could not be analysed, or {@code null}
 * @param detection the licenses found; {@code null} when {@code error} is set
 * @param clauses   flagged clauses and the openness verdict, or {@code null} when not analysed
 */
public record Findings(String kind, String mediaType, String error, Detection detection, ClauseAnalysis clauses) {
    public Findings {
        if ((error == null) == (detection == null)) {
            throw new IllegalArgumentException("findings have either an error or a detection");
        }
    }

    /** Findings of a file that could not be analysed. */
    public static Findings failure(String mediaType, String error) {
        return new Findings(null, mediaType, error, null, null);
    }

    public boolean failed() {
        return error != null;
    }

    /** Returns these findings as the result of the file reports name {@code path}. */
    public FileResult at(String path) {
        return new FileResult(path, kind, mediaType, error, detection, clauses);
    }

    /**
     * Drops the aligned blocks and the discarded candidates, which scan reports never show, so that 50,000
     * results stay small.
     */
    public Findings compact() {
        if (failed()) {
            return this;
        }
        Detection d = detection;
        List<LicenseMatch> matches = d.matches().stream().map(LicenseMatch::withoutBlocks).toList();
        Detection compact = new Detection(matches, d.expression(), d.unknownRegions(), d.closest(), d.queryLength(),
                d.licenseList());
        return new Findings(kind, mediaType, null, compact, clauses);
    }
}
