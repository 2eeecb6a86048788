package org.licenselens;

import org.licenselens.clause.ClauseAnalysis;
import org.licenselens.match.Detection;

/**
 * What licenselens found in one file, or why it could not read it.
 *
 * @param path      the path as the user gave it
 * @param kind      what the file was read as ({@code text}, {@code markdown}, {@code pdf}, ...); null on error
 * @param mediaType detected media type, when known
 * @param error     why the file could not be analysed, or {@code null}
 * @param detection the licenses found; {@code null} when {@code error} is set
 * @param clauses   flagged clauses and the openness verdict, or {@code null} when not analysed
 */
public record FileResult(String path, String kind, String mediaType, String error, Detection detection,
                         ClauseAnalysis clauses) {
    /** A result without clause analysis. */
    public FileResult(String path, String kind, String mediaType, String error, Detection detection) {
        this(path, kind, mediaType, error, detection, null);
    }

    public FileResult {
        if ((error == null) == (detection == null)) {
            throw new IllegalArgumentException("a file result has either an error or a detection: " + path);
        }
    }

    public boolean failed() {
        return error != null;
    }
}
