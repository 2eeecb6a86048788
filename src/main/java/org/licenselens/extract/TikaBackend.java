package org.licenselens.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TemporaryResources;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.licenselens.internal.FileTrees;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Extracts text from documents (PDF, office, HTML, XML) with Apache Tika, in a worker thread under a timeout.
 *
 * <p>Every Tika type is confined to this class so that plain text never loads Tika: the parser costs more
 * than half a second to build and is only built, once, by the {@link Holder} on the first document.
 */
final class TikaBackend {

    /**
     * Most parsers stop at the next SAX event once cancelled, but one stuck in a loop that neither emits events
     * nor checks interrupts cannot be stopped in Java. Its thread is abandoned (a daemon, so it never blocks
     * exit), and while this many are still running, further documents are refused instead of parsed, so a
     * hostile tree cannot pile up spinning threads and the content they hold without bound.
     */
    static final int MAX_ABANDONED = 4;
    private static final AtomicInteger ABANDONED = new AtomicInteger();
    private static final int WAITING = 0;
    private static final int RUNNING = 1;
    private static final int DONE = 2;
    private static final int GIVEN_UP = 3;

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
        return extract(Holder.PARSER, fileName, content, limits); // the parser is built here, outside the timed part
    }

    /** Parses with {@code parser}: the seam tests use to stand in a parser that never returns. */
    static Extraction extract(AutoDetectParser parser, String fileName, byte[] content, ExtractionLimits limits) {
        int stuck = ABANDONED.get();
        if (stuck >= MAX_ABANDONED) {
            return new ExtractionFailure(null, FailureReason.PARSERS_STUCK, String.valueOf(stuck));
        }
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicInteger state = new AtomicInteger(WAITING);
        AtomicReference<String> detected = new AtomicReference<>();
        Future<Extraction> future = Holder.WORKERS.submit(() -> {
            if (!state.compareAndSet(WAITING, RUNNING)) {
                return new ExtractionFailure(null, FailureReason.TIMED_OUT, limits.timeoutText());
            }
            try {
                return parse(parser, fileName, content, limits, cancelled, detected);
            } finally {
                if (state.getAndSet(DONE) == GIVEN_UP) {
                    ABANDONED.decrementAndGet();
                }
            }
        });
        try {
            return future.get(limits.timeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            giveUp(future, cancelled, state);
            return new ExtractionFailure(detected.get(), FailureReason.TIMED_OUT, limits.timeoutText());
        } catch (InterruptedException e) {
            giveUp(future, cancelled, state);
            Thread.currentThread().interrupt();
            return new ExtractionFailure(detected.get(), FailureReason.INTERRUPTED);
        } catch (ExecutionException e) {
            // parse() maps every exception itself; only an Error such as OutOfMemoryError gets here.
            return new ExtractionFailure(detected.get(), FailureReason.CANNOT_PARSE,
                    "document: " + shortCause(e.getCause()));
        }
    }

    /** Returns the number of timed-out parses whose threads are still running. */
    static int abandoned() {
        return ABANDONED.get();
    }

    private static void giveUp(Future<Extraction> future, AtomicBoolean cancelled, AtomicInteger state) {
        cancelled.set(true);
        future.cancel(true);
        // Given up before it started: it never will. Given up while running: counted until its thread returns.
        if (!state.compareAndSet(WAITING, DONE) && state.compareAndSet(RUNNING, GIVEN_UP)) {
            ABANDONED.incrementAndGet();
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
        // Zip-based formats (OOXML, ODF) need random access, and Tika copies them to a temporary file for it; the
        // copy goes to a private folder and is deleted when the parse ends, with the folder at exit.
        TemporaryResources spool = new TemporaryResources();
        spool.setTemporaryFileDirectory(Spool.DIR);
        try (spool; TikaInputStream in = TikaInputStream.get(new ByteArrayInputStream(content), spool, metadata)) {
            MediaType type = parser.getDetector().detect(in, metadata);
            mediaType = type.toString();
            detected.set(mediaType);
            kind = kindOf(type);
            if (kind == null) {
                return notADocument(mediaType, type);
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

    /**
     * No OCR: it would start external processes and take seconds per page. No embedded documents (attachments,
     * pictures, archive entries inside a document): a license is the document's own text, and embedded parsing is
     * where Tika recurses into nested containers and spools entries to temporary files.
     */
    private static ParseContext context() {
        ParseContext context = new ParseContext();
        context.set(EmbeddedDocumentExtractor.class, SkipEmbedded.INSTANCE);
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        context.set(PDFParserConfig.class, pdf);
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, ocr);
        // The default DOCX/PPTX extractors build the whole document in memory (XMLBeans), so a small zip of a
        // huge document.xml exhausts the heap; the SAX ones stream it into the size-limited handler.
        OfficeParserConfig office = new OfficeParserConfig();
        office.setUseSAXDocxExtractor(true);
        office.setUseSAXPptxExtractor(true);
        office.setExtractMacros(false);
        context.set(OfficeParserConfig.class, office);
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

    private static ExtractionFailure notADocument(String mediaType, MediaType type) {
        String base = type.getBaseType().toString();
        return switch (base) {
            case "application/octet-stream" -> new ExtractionFailure(mediaType, FailureReason.BINARY, base);
            // Password-protected OOXML is an OLE2 container that only says it is encrypted.
            case "application/x-tika-ooxml-protected" -> new ExtractionFailure(mediaType, FailureReason.ENCRYPTED,
                    "document");
            default -> new ExtractionFailure(mediaType, FailureReason.NOT_A_DOCUMENT, base);
        };
    }

    private static ExtractionFailure failure(Exception e, String mediaType, String kind,
                                             ExtractionLimits limits, boolean cancelled) {
        if (cancelled) {
            return new ExtractionFailure(mediaType, FailureReason.TIMED_OUT, limits.timeoutText());
        }
        if (WriteLimitReachedException.isWriteLimitReached(e)) {
            return new ExtractionFailure(mediaType, FailureReason.TEXT_TOO_LONG, String.valueOf(limits.maxChars()));
        }
        if (causedBy(e, EncryptedDocumentException.class)) {
            return new ExtractionFailure(mediaType, FailureReason.ENCRYPTED, kind);
        }
        if (mentionsZipBomb(e)) {
            return new ExtractionFailure(mediaType, FailureReason.ZIP_BOMB);
        }
        return new ExtractionFailure(mediaType, FailureReason.CANNOT_PARSE, kind + ": " + shortCause(e));
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

    /** The private folder (owner-only) for Tika's temporary copies of documents; removed at exit. */
    private static final class Spool {
        static final Path DIR = create();

        private static Path create() {
            // The hook first: once the JVM is shutting down this throws, and no folder is made that nothing would
            // delete. A hook that starts while the folder is being made waits for this class to finish
            // initialising before it reads DIR, so it always sees the folder.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    FileTrees.deleteQuietly(DIR);
                } catch (NoClassDefFoundError e) {
                    // the folder could not be made (this class failed to initialise): nothing to delete
                }
            }, "licenselens-spool-cleanup"));
            try {
                return Files.createTempDirectory("licenselens-spool-",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create a temporary folder for documents", e);
            }
        }

    }

    /** Declines every embedded document, so none is read, parsed or written anywhere. */
    private enum SkipEmbedded implements EmbeddedDocumentExtractor {
        INSTANCE;

        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(java.io.InputStream stream, ContentHandler handler, Metadata metadata,
                                  boolean outputHtml) {
            // never called: shouldParseEmbedded always declines
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
