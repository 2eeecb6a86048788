package org.licenselens.analysis;

import org.licenselens.clause.ClauseAnalysis;
import org.licenselens.match.Detection;

/**
 * What licenselens found in one file, or why it could not read it.
 *
 * @param path      how reports name the file: as the user gave it, or relative to a scan's root
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

    /** The result of a file that could not be analysed. */
    public static FileResult failure(String path, String mediaType, String error) {
        return new FileResult(path, null, mediaType, error, null, null);
    }

    public boolean failed() {
        return error != null;
    }
}
