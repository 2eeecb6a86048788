package org.licenselens.extract;

import java.util.Objects;
import java.util.Set;

/**
 * Text extracted from a file. Its line map ({@code text.LineMap}) is built once per text by the per-file pipeline,
 * which is the first step to need it.
 *
 * @param text the extracted text; for plain text exactly the decoded file, BOM removed, line ends kept
 * @param mediaType the detected media type, e.g. {@code text/plain; charset=UTF-8} or {@code application/pdf}
 * @param kind one of {@link #KINDS}
 */
public record ExtractedText(String text, String mediaType, String kind) implements Extraction {

    /** The closed set of kinds; office formats without a kind of their own are {@code "document"}. */
    public static final Set<String> KINDS =
            Set.of("text", "markdown", "html", "xml", "pdf", "docx", "odt", "rtf", "doc", "document");

    public ExtractedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(mediaType, "mediaType");
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("kind must be one of " + KINDS + ", got " + kind);
        }
    }

    /** Builds the result. */
    public static ExtractedText of(String text, String mediaType, String kind) {
        return new ExtractedText(text, mediaType, kind);
    }
}
