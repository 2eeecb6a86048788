package org.licenselens.extract;

/**
 * Why a file gave no text: a closed set, so callers {@code switch} over it instead of comparing messages. The
 * message a report shows is derived from the reason and its detail ({@link #message}).
 */
public enum FailureReason {
    /** The file does not exist (any more). */
    NO_SUCH_FILE,
    /** The file may not be read. */
    PERMISSION_DENIED,
    /** The path is a folder. */
    IS_A_DIRECTORY,
    /** A FIFO, socket or device: never opened, since opening a FIFO blocks. */
    NOT_A_REGULAR_FILE,
    /** Larger than the byte limit; detail: the limit, e.g. {@code 50 MiB}. */
    TOO_LARGE,
    /** The extracted text is longer than the character limit; detail: the limit. */
    TEXT_TOO_LONG,
    /** Binary content; detail: its media type. */
    BINARY,
    /** A document type that holds no text; detail: its media type. */
    NOT_A_DOCUMENT,
    /** Password-protected; detail: the kind ({@code pdf}, {@code document}). */
    ENCRYPTED,
    /** A zip-based document whose text inflates out of proportion. */
    ZIP_BOMB,
    /** The document parse ran over its time limit; detail: the limit, e.g. {@code 10 s}. */
    TIMED_OUT,
    /** The thread was interrupted while the document was parsed. */
    INTERRUPTED,
    /** Too many earlier parses still spin after their timeout; detail: how many. */
    PARSERS_STUCK,
    /** The parser failed; detail: the kind, a colon and the parser's reason. */
    CANNOT_PARSE,
    /** Another I/O error; detail: the system's reason. */
    CANNOT_READ;

    /** Whether a failure of this reason carries a detail. */
    public boolean hasDetail() {
        return switch (this) {
            case TOO_LARGE, TEXT_TOO_LONG, BINARY, NOT_A_DOCUMENT, ENCRYPTED, TIMED_OUT, PARSERS_STUCK, CANNOT_PARSE,
                 CANNOT_READ -> true;
            case NO_SUCH_FILE, PERMISSION_DENIED, IS_A_DIRECTORY, NOT_A_REGULAR_FILE, ZIP_BOMB, INTERRUPTED -> false;
        };
    }

    /** Returns the short, human-readable message for this reason with {@code detail} (ignored when it has none). */
    public String message(String detail) {
        return switch (this) {
            case NO_SUCH_FILE -> "no such file";
            case PERMISSION_DENIED -> "permission denied";
            case IS_A_DIRECTORY -> "is a directory";
            case NOT_A_REGULAR_FILE -> "not a regular file (fifo/socket/device)";
            case TOO_LARGE -> "exceeds " + detail + " limit";
            case TEXT_TOO_LONG -> "text exceeds " + detail + " characters limit";
            case BINARY -> "binary file (" + detail + ")";
            case NOT_A_DOCUMENT -> "not a text document (" + detail + ")";
            case ENCRYPTED -> detail + " is encrypted";
            case ZIP_BOMB -> "zip bomb detected";
            case TIMED_OUT -> "timed out after " + detail;
            case INTERRUPTED -> "interrupted";
            case PARSERS_STUCK -> "not parsed: " + detail + " earlier parses are still running after their timeout";
            case CANNOT_PARSE -> "cannot parse " + detail;
            case CANNOT_READ -> "cannot read: " + detail;
        };
    }
}
