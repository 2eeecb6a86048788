package org.licenselens.extract;

import java.util.Objects;
import java.util.Set;

/**
 * Text extracted from a file, with the line map that turns offsets into line numbers.
 *
 * @param text the extracted text; for plain text exactly the decoded file, BOM removed, line ends kept
 * @param mediaType the detected media type, e.g. {@code text/plain; charset=UTF-8} or {@code application/pdf}
 * @param kind one of {@link #KINDS}
 * @param lines the line map of {@code text}
 */
public record ExtractedText(String text, String mediaType, String kind, LineMap lines) implements Extraction {

    /** The closed set of kinds; office formats without a kind of their own are {@code "document"}. */
    public static final Set<String> KINDS =
            Set.of("text", "markdown", "html", "xml", "pdf", "docx", "odt", "rtf", "doc", "document");

    public ExtractedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(lines, "lines");
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("kind must be one of " + KINDS + ", got " + kind);
        }
        if (lines.textLength() != text.length()) {
            throw new IllegalArgumentException("line map covers " + lines.textLength()
                    + " characters but text has " + text.length());
        }
    }

    /** Builds the result and its line map. */
    public static ExtractedText of(String text, String mediaType, String kind) {
        return new ExtractedText(text, mediaType, kind, LineMap.of(text));
    }
}
