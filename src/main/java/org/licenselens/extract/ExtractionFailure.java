package org.licenselens.extract;

import java.util.Objects;

/**
 * Why no text could be extracted from a file.
 *
 * @param mediaType the detected media type, or {@code null} when the file was never read
 * @param reason    why, as one of a closed set
 * @param detail    what the reason's message names (a limit, a media type, a parser's reason), or {@code null} for
 *                  a reason without one
 */
public record ExtractionFailure(String mediaType, FailureReason reason, String detail) implements Extraction {

    public ExtractionFailure {
        Objects.requireNonNull(reason, "reason");
        if (reason.hasDetail() == (detail == null)) {
            throw new IllegalArgumentException(reason + (reason.hasDetail() ? " needs a detail" : " takes no detail"));
        }
    }

    /** A failure whose reason carries no detail. */
    public ExtractionFailure(String mediaType, FailureReason reason) {
        this(mediaType, reason, null);
    }

    /** Returns the short, human-readable reason such as "no such file" or "pdf is encrypted". */
    public String message() {
        return reason.message(detail);
    }
}
