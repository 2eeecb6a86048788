package org.licenselens.corpus;

/** A corpus file breaks the format; becomes a {@link CorpusProblem} for that file. */
final class CorpusFormatException extends Exception {
    CorpusFormatException(String message) {
        super(message);
    }
}
