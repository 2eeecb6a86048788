package org.licenselens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * Plain text must never pay for Tika. The extractor is loaded here from its own classes only, with no Tika jar
 * visible: extracting text must work and must not even ask for a Tika class.
 */
class LazyTikaTest {

    @Test
    void plainTextNeverLoadsTika() throws Exception {
        try (RecordingLoader loader = new RecordingLoader()) {
            Object extractor = newExtractor(loader);
            String mit = Corpus.licenseBody("mit");
            Object text = extract(extractor, "LICENSE.txt", mit.getBytes(StandardCharsets.UTF_8));
            Object markdown = extract(extractor, "README.md", ("# License\n" + mit).getBytes(StandardCharsets.UTF_8));
            Object latin1 = extract(extractor, "COPYING", "J\u00fcrgen".getBytes(StandardCharsets.ISO_8859_1));
            Object utf16 = extract(extractor, "NOTICE", mit.getBytes(StandardCharsets.UTF_16LE));
            Object binary = extract(extractor, "a.bin", new byte[] {1, 0, 2, 0, 0, 0, 3});

            assertEquals("ExtractedText", text.getClass().getSimpleName());
            assertEquals(mit, text.getClass().getMethod("text").invoke(text));
            assertEquals("ExtractedText", markdown.getClass().getSimpleName());
            assertEquals("ExtractedText", latin1.getClass().getSimpleName());
            assertEquals("ExtractedText", utf16.getClass().getSimpleName());
            assertEquals("ExtractionFailure", binary.getClass().getSimpleName());
            assertFalse(loader.requested.stream().anyMatch(n -> n.startsWith("org.apache.tika")),
                    () -> "Tika classes requested: " + loader.requested);
        }
    }

    @Test
    void judgingFileNamesNeverLoadsTika() throws Exception {
        try (RecordingLoader loader = new RecordingLoader()) {
            java.lang.reflect.Method looks = loader.loadClass(TextExtractor.class.getName())
                    .getMethod("looksLikeDocument", java.nio.file.Path.class);
            assertEquals(true, looks.invoke(null, java.nio.file.Path.of("docs", "EULA.PDF")));
            assertEquals(true, looks.invoke(null, java.nio.file.Path.of("about.html")));
            assertEquals(true, looks.invoke(null, java.nio.file.Path.of("terms.docx")));
            assertEquals(false, looks.invoke(null, java.nio.file.Path.of("LICENSE")));
            assertEquals(false, looks.invoke(null, java.nio.file.Path.of("pdf")));
            assertEquals(false, looks.invoke(null, java.nio.file.Path.of("README.md")));
            assertFalse(loader.requested.stream().anyMatch(n -> n.startsWith("org.apache.tika")),
                    () -> "Tika classes requested: " + loader.requested);
        }
    }

    /** Proves the check above can fail: in the same loader a document does reach for Tika and cannot find it. */
    @Test
    void documentsDoNeedTikaInThatLoader() throws Exception {
        try (RecordingLoader loader = new RecordingLoader()) {
            Object extractor = newExtractor(loader);
            InvocationTargetException e = assertThrows(InvocationTargetException.class,
                    () -> extract(extractor, "x.html", "<html><p>hi</p></html>".getBytes(StandardCharsets.UTF_8)));
            assertInstanceOf(NoClassDefFoundError.class, e.getCause());
            assertTrue(loader.requested.stream().anyMatch(n -> n.startsWith("org.apache.tika")));
        }
    }

    private static Object newExtractor(ClassLoader loader) throws Exception {
        Class<?> limitsType = loader.loadClass(ExtractionLimits.class.getName());
        Object limits = limitsType.getMethod("defaults").invoke(null);
        return loader.loadClass(TextExtractor.class.getName()).getConstructor(limitsType).newInstance(limits);
    }

    private static Object extract(Object extractor, String name, byte[] content) throws Exception {
        return extractor.getClass().getMethod("extract", String.class, byte[].class).invoke(extractor, name, content);
    }

    /** Sees only the main classes directory and the JDK, and records every class name asked of it. */
    private static final class RecordingLoader extends URLClassLoader {
        final Set<String> requested = ConcurrentHashMap.newKeySet();

        RecordingLoader() {
            super(new URL[] {TextExtractor.class.getProtectionDomain().getCodeSource().getLocation()},
                    ClassLoader.getPlatformClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            requested.add(name);
            return super.loadClass(name, resolve);
        }
    }
}
