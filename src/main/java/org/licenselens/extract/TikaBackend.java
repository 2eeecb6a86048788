package org.licenselens.extract;

import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Extracts text from documents (PDF, office, HTML, XML) with Apache Tika, in a worker thread under a timeout.
 *
 * <p>Every Tika type is confined to this class so that plain text never loads Tika: the parser costs more
 * than half a second to build and is only built, once, by the {@link Holder} on the first document.
 */
final class TikaBackend {

    private TikaBackend() {
    }

    /** Initialisation-on-demand: the JVM builds the parser when a document first needs it, thread-safely. */
    private static final class Holder {
        static final AutoDetectParser PARSER = new AutoDetectParser();
        static final ExecutorService WORKERS = Executors.newCachedThreadPool(new DaemonThreads());
    }

    private static final AtomicBoolean WARMING = new AtomicBoolean();
    private static final byte[] WARM_UP_DOCUMENT =
            "<!DOCTYPE html><html><body><p>warm-up</p></body></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    /**
     * Builds the parser and runs it once over a tiny HTML page on a daemon thread, at most once per JVM, so that
     * a run over many files keeps matching while Tika loads instead of waiting for it at its first document.
     */
    static void warmUpInBackground() {
        if (WARMING.compareAndSet(false, true)) {
            Thread warmUp = new Thread(() -> {
                try {
                    extract("warm-up.html", WARM_UP_DOCUMENT, ExtractionLimits.defaults());
                } catch (RuntimeException | LinkageError e) {
                    // Nothing to report here: the first real document meets the same problem and reports it.
                }
            }, "licenselens-tika-warm-up");
            warmUp.setDaemon(true);
            warmUp.start();
        }
    }

    /** Parses {@code content} and returns its text, or a failure; never throws for bad content. */
    static Extraction extract(String fileName, byte[] content, ExtractionLimits limits) {
        AutoDetectParser parser = Holder.PARSER; // built here, outside the timed part
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicReference<String> detected = new AtomicReference<>();
        Future<Extraction> future = Holder.WORKERS.submit(
                () -> parse(parser, fileName, content, limits, cancelled, detected));
        try {
            return future.get(limits.timeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            cancelled.set(true);
            future.cancel(true);
            return new ExtractionFailure(detected.get(), "timed out after " + limits.timeoutText());
        } catch (InterruptedException e) {
            cancelled.set(true);
            future.cancel(true);
            Thread.currentThread().interrupt();
            return new ExtractionFailure(detected.get(), "interrupted");
        } catch (ExecutionException e) {
            // parse() maps every exception itself; only an Error such as OutOfMemoryError gets here.
            return new ExtractionFailure(detected.get(), "cannot parse document: " + shortCause(e.getCause()));
        }
    }

    private static Extraction parse(AutoDetectParser parser, String fileName, byte[] content, ExtractionLimits limits,
                                    AtomicBoolean cancelled, AtomicReference<String> detected) {
        Metadata metadata = new Metadata();
        if (fileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        String kind = "document";
        String mediaType = null;
        try (TikaInputStream in = TikaInputStream.get(content, metadata)) {
            MediaType type = parser.getDetector().detect(in, metadata);
            mediaType = type.toString();
            detected.set(mediaType);
            kind = kindOf(type);
            if (kind == null) {
                return new ExtractionFailure(mediaType, notADocument(type));
            }
            BodyContentHandler body = new BodyContentHandler(limits.maxChars());
            metadata.set(Metadata.CONTENT_TYPE, mediaType);
            ContentHandler handler = kind.equals("html") ? new SingleBreaks(body) : body;
            parser.parse(in, new Cancellable(handler, cancelled), metadata, context());
            return ExtractedText.of(body.toString(), mediaType, kind);
        } catch (Exception e) {
            return failure(e, mediaType, kind, limits, cancelled.get());
        }
    }

    /** No OCR: it would start external processes and take seconds per page. */
    private static ParseContext context() {
        ParseContext context = new ParseContext();
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        context.set(PDFParserConfig.class, pdf);
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, ocr);
        return context;
    }

    /** Returns the kind for a detected type, or {@code null} when the type is not a document we read. */
    static String kindOf(MediaType type) {
        String base = type.getBaseType().toString();
        return switch (base) {
            case "application/pdf" -> "pdf";
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> "docx";
            case "application/vnd.oasis.opendocument.text" -> "odt";
            case "application/rtf", "text/rtf" -> "rtf";
            case "application/msword" -> "doc";
            case "text/html", "application/xhtml+xml" -> "html";
            case "application/xml", "text/xml" -> "xml";
            case "text/plain" -> "text";
            case "application/octet-stream", "application/zip", "application/java-archive",
                 "application/x-tika-msoffice", "application/x-tika-ooxml" -> null;
            default -> base.endsWith("+xml") ? "xml" : isOffice(base) ? "document" : null;
        };
    }

    private static boolean isOffice(String base) {
        return base.startsWith("application/vnd.openxmlformats-officedocument.")
                || base.startsWith("application/vnd.oasis.opendocument.")
                || base.startsWith("application/vnd.ms-")
                || base.equals("application/vnd.visio")
                || base.startsWith("application/x-mspublisher")
                || base.startsWith("application/vnd.apple.")
                || base.equals("application/epub+zip");
    }

    private static String notADocument(MediaType type) {
        String base = type.getBaseType().toString();
        return switch (base) {
            case "application/octet-stream" -> "binary file (application/octet-stream)";
            // Password-protected OOXML is an OLE2 container that only says it is encrypted.
            case "application/x-tika-ooxml-protected" -> "document is encrypted";
            default -> "not a text document (" + base + ")";
        };
    }

    private static ExtractionFailure failure(Exception e, String mediaType, String kind,
                                             ExtractionLimits limits, boolean cancelled) {
        if (cancelled) {
            return new ExtractionFailure(mediaType, "timed out after " + limits.timeoutText());
        }
        if (WriteLimitReachedException.isWriteLimitReached(e)) {
            return new ExtractionFailure(mediaType, "text exceeds " + limits.maxChars() + " characters limit");
        }
        if (causedBy(e, EncryptedDocumentException.class)) {
            return new ExtractionFailure(mediaType, kind + " is encrypted");
        }
        if (mentionsZipBomb(e)) {
            return new ExtractionFailure(mediaType, "zip bomb detected");
        }
        return new ExtractionFailure(mediaType, "cannot parse " + kind + ": " + shortCause(e));
    }

    private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    /** Tika's SecureContentHandler and POI's ZipSecureFile both say "zip bomb" in their messages. */
    private static boolean mentionsZipBomb(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c.getMessage() != null && c.getMessage().toLowerCase(Locale.ROOT).contains("zip bomb")) {
                return true;
            }
        }
        return false;
    }

    /** The innermost message, first line only, so that the failure stays one readable line. */
    static String shortCause(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        if (message == null || message.isBlank()) {
            return root.getClass().getSimpleName();
        }
        String line = message.strip().lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }

    /** Stops a parse that outlived its timeout at the next SAX event, since most parsers ignore interrupts. */
    private static final class Cancellable extends ContentHandlerDecorator {
        private final AtomicBoolean cancelled;

        Cancellable(ContentHandler handler, AtomicBoolean cancelled) {
            super(handler);
            this.cancelled = cancelled;
        }

        private void check() throws SAXException {
            if (cancelled.get() || Thread.currentThread().isInterrupted()) {
                throw new SAXException("cancelled");
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            check();
            super.characters(ch, start, length);
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            check();
            super.ignorableWhitespace(ch, start, length);
        }

        @Override
        public void startElement(String uri, String localName, String name, org.xml.sax.Attributes atts)
                throws SAXException {
            check();
            super.startElement(uri, localName, name, atts);
        }
    }

    /**
     * Tika ends every block and {@code <br>} with a newline of its own, and the HTML source usually has a newline
     * right there too; counting both would put a blank line between every two lines. One break is kept per place.
     */
    static final class SingleBreaks extends ContentHandlerDecorator {
        private boolean afterAddedBreak;

        SingleBreaks(ContentHandler handler) {
            super(handler);
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            afterAddedBreak = length > 0 && ch[start + length - 1] == '\n';
            super.ignorableWhitespace(ch, start, length);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            int skip = 0;
            if (afterAddedBreak) {
                if (length > 0 && ch[start] == '\n') {
                    skip = 1;
                } else if (length > 1 && ch[start] == '\r' && ch[start + 1] == '\n') {
                    skip = 2;
                }
            }
            afterAddedBreak = false;
            if (length > skip) {
                super.characters(ch, start + skip, length - skip);
            }
        }

        @Override
        public void startElement(String uri, String localName, String name, org.xml.sax.Attributes atts)
                throws SAXException {
            afterAddedBreak = false;
            super.startElement(uri, localName, name, atts);
        }
    }

    private static final class DaemonThreads implements java.util.concurrent.ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "licenselens-tika-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
