package org.licenselens.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Extracts the text of a file, whatever its encoding or format, within {@link ExtractionLimits}.
 *
 * <p>Plain text, Markdown and source files are decoded directly: their encoding is detected from the bytes
 * and the text is kept exactly as decoded, so that line numbers match the file. Only content that sniffs as
 * PDF, zip-based or OLE office, RTF, HTML or XML goes through Apache Tika, which is initialised on first use.
 * File problems and bad content come back as an {@link ExtractionFailure}, never as an exception.
 *
 * <p>Thread-safe and reusable.
 */
public final class TextExtractor {
    private static final Set<String> MARKDOWN = Set.of("md", "markdown");
    private static final Set<String> HTML = Set.of("html", "htm", "xhtml");
    private static final Set<String> XML = Set.of("xml");
    private static final Set<String> DOCUMENTS = Set.of("pdf", "docx", "doc", "odt", "rtf", "epub", "pptx", "xlsx");

    private final ExtractionLimits limits;

    public TextExtractor(ExtractionLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** Returns the text of {@code file}, or why there is none. */
    public Extraction extract(Path file) {
        Objects.requireNonNull(file, "file");
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            return ioFailure(e);
        }
        if (attributes.isDirectory()) {
            return new ExtractionFailure(null, FailureReason.IS_A_DIRECTORY);
        }
        // Opening a FIFO blocks until a writer appears, so anything irregular is refused unopened.
        if (!attributes.isRegularFile()) {
            return new ExtractionFailure(null, FailureReason.NOT_A_REGULAR_FILE);
        }
        if (attributes.size() > limits.maxBytes()) {
            return tooLarge();
        }
        byte[] content;
        try (InputStream in = Files.newInputStream(file)) {
            // The file may grow after the size check; never read more than one byte past the limit.
            content = in.readNBytes((int) limits.maxBytes() + 1);
        } catch (IOException e) {
            return ioFailure(e);
        }
        Path name = file.getFileName();
        return extract(name == null ? "" : name.toString(), content);
    }

    /** Returns the text of in-memory {@code content} named {@code fileName}; the name only hints at the format. */
    public Extraction extract(String fileName, byte[] content) {
        Objects.requireNonNull(content, "content");
        String name = fileName == null ? "" : fileName;
        if (content.length > limits.maxBytes()) {
            return tooLarge();
        }
        if (isDocumentMagic(content)) {
            return TikaBackend.extract(name, content, limits);
        }
        PlainText.Decoded decoded = PlainText.decode(content);
        if (decoded.binary()) {
            return new ExtractionFailure("application/octet-stream", FailureReason.BINARY,
                    "application/octet-stream");
        }
        String extension = extension(name);
        // XML is read as text: license headers live in its comments, which an XML parser drops, and a
        // malformed document must still be read.
        if (XML.contains(extension) || isXml(decoded.text())) {
            return plain(decoded, "application/xml", "xml");
        }
        if (!MARKDOWN.contains(extension) && (HTML.contains(extension) || isMarkup(decoded.text()))) {
            return TikaBackend.extract(name, content, limits);
        }
        return MARKDOWN.contains(extension) ? plain(decoded, "text/markdown", "markdown")
                : plain(decoded, "text/plain", "text");
    }

    private Extraction plain(PlainText.Decoded decoded, String type, String kind) {
        String text = decoded.text();
        String mediaType = type + "; charset=" + decoded.charset().name();
        if (text.length() > limits.maxChars()) {
            return new ExtractionFailure(mediaType, FailureReason.TEXT_TOO_LONG, String.valueOf(limits.maxChars()));
        }
        return ExtractedText.of(text, mediaType, kind);
    }

    /**
     * Whether {@code file}'s name says it is a document read through Tika (PDF, office, RTF, HTML). Only a hint
     * for preparing ahead: what a file is read as is decided by its content, as {@link #extract(Path)} does.
     */
    public static boolean looksLikeDocument(Path file) {
        Path name = file.getFileName();
        String extension = name == null ? "" : extension(name.toString());
        return HTML.contains(extension) || DOCUMENTS.contains(extension);
    }

    /**
     * Starts loading the document parser (Apache Tika, which takes seconds in a cold JVM) on a background thread
     * and returns at once; later calls do nothing. For runs over many files that include documents: matching
     * goes on meanwhile, instead of waiting for the parser at the first document.
     */
    public void prepareDocumentParser() {
        TikaBackend.warmUpInBackground();
    }

    /** PDF, zip (OOXML, ODF, EPUB), OLE2 (doc, xls, ppt, msg) and RTF: formats whose text needs a parser. */
    static boolean isDocumentMagic(byte[] b) {
        return PlainText.startsWith(b, '%', 'P', 'D', 'F', '-')
                || PlainText.startsWith(b, 'P', 'K', 3, 4)
                || PlainText.startsWith(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)
                || PlainText.startsWith(b, '{', '\\', 'r', 't', 'f');
    }

    /** HTML announces itself in its first non-blank characters. */
    static boolean isMarkup(String text) {
        String head = head(text);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    static boolean isXml(String text) {
        return head(text).startsWith("<?xml");
    }

    private static String head(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return text.substring(i, Math.min(text.length(), i + 14)).toLowerCase(Locale.ROOT);
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return dot > slash + 1 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    private ExtractionFailure tooLarge() {
        return new ExtractionFailure(null, FailureReason.TOO_LARGE, limits.maxBytesText());
    }

    private static ExtractionFailure ioFailure(IOException e) {
        if (e instanceof NoSuchFileException) {
            return new ExtractionFailure(null, FailureReason.NO_SUCH_FILE);
        }
        if (e instanceof AccessDeniedException) {
            return new ExtractionFailure(null, FailureReason.PERMISSION_DENIED);
        }
        String message = e.getMessage();
        String reason = message == null ? e.getClass().getSimpleName() : message;
        return new ExtractionFailure(null, FailureReason.CANNOT_READ, reason);
    }
}
