package org.licenselens.corpus;

/**
 * The corpus location is missing or unusable. The message names the path, how it was chosen and how to fix it,
 * so a CLI can print it as is.
 */
public final class CorpusLocationException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    CorpusLocationException(String message) {
        super(message);
    }
}
