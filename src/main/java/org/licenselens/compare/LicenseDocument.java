package org.licenselens.compare;

import java.util.Objects;
import org.licenselens.clause.ClauseAnalysis;

/**
 * One license to compare: its text, what it is, and its analysed clauses.
 *
 * @param name     how the user named it (a path, a corpus key or a Hugging Face id), shown in reports
 * @param origin   how {@code name} was resolved
 * @param key      the corpus key of the license, when known (given, or the license the text was identified as)
 * @param title    the license's full name, when known
 * @param text     the license text; lines and section numbers in the comparison refer to it
 * @param analysis the flagged clauses and the OSD verdict of {@code text}
 */
public record LicenseDocument(String name, Origin origin, String key, String title, String text,
        ClauseAnalysis analysis) {

    /** How a command-line argument was resolved to a license text. */
    public enum Origin {
        /** An existing file, read like {@code identify} reads it. */
        FILE("file"),
        /** A key of the corpus, e.g. {@code llama-3.1-license-2024}; the text after its front matter. */
        CORPUS_KEY("corpus-key"),
        /** A Hugging Face model-card id, e.g. {@code llama3.1}, mapped to a corpus key. */
        HUGGING_FACE_ID("huggingface-id");

        private final String jsonName;

        Origin(String jsonName) {
            this.jsonName = jsonName;
        }

        /** Returns the name used in JSON reports. */
        public String jsonName() {
            return jsonName;
        }
    }

    public LicenseDocument {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a compared license needs a name");
        }
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(analysis, "analysis");
    }
}
