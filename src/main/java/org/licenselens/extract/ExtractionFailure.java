package org.licenselens.extract;

import java.util.Objects;

/**
 * Why no text could be extracted from a file.
 *
 * @param mediaType the detected media type, or {@code null} when the file was never read
 * @param message a short, human-readable reason such as "no such file" or "pdf is encrypted"
 */
public record ExtractionFailure(String mediaType, String message) implements Extraction {

    public ExtractionFailure {
        Objects.requireNonNull(message, "message");
        if (message.isBlank()) {
            throw new IllegalArgumentException("message must not be blank");
        }
    }
}
