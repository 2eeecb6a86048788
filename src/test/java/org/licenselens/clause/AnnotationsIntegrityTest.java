package org.licenselens.clause;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Checks that every stand-off clause annotation still points at the corpus text it was made from. */
class AnnotationsIntegrityTest {

    static final Set<String> LABELS = Set.of("use-restriction", "mau-threshold", "geographic-exclusion",
            "training-ban", "attribution-naming", "revenue-threshold", "non-commercial", "revocable",
            "policy-updates", "pass-through");

    private static final Path ANNOTATIONS = Path.of("corpus", "annotations");
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, String> texts = new HashMap<>();

    static Path corpusRoot() {
        return Path.of(System.getProperty("licenselens.corpus", "../shared/corpus"));
    }

    @Test
    void everyAnnotationMatchesItsSpanAndUsesKnownLabels() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(ANNOTATIONS)) {
            files = s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no annotation files under " + ANNOTATIONS.toAbsolutePath());
        List<String> problems = new ArrayList<>();
        int count = 0;
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) {
                    continue;
                }
                count++;
                String where = file.getFileName() + ":" + (i + 1);
                check(json.readTree(lines.get(i)), where, problems);
            }
        }
        assertTrue(count >= 600, "expected at least 600 annotations, found " + count);
        assertEquals(List.of(), problems.stream().limit(20).toList(), problems.size() + " problems");
    }

    private void check(JsonNode a, String where, List<String> problems) throws IOException {
        if (a.has("text")) {
            checkLabels(a, where, problems); // a sentence the project wrote: no corpus span to check
            return;
        }
        String rel = a.path("file").asText();
        Path path = corpusRoot().resolve(rel);
        if (rel.isEmpty() || !Files.isRegularFile(path)) {
            problems.add(where + " missing corpus file " + rel);
            return;
        }
        String text = texts.computeIfAbsent(rel, r -> read(path));
        int start = a.path("start").asInt(-1);
        int end = a.path("end").asInt(-1);
        if (start < 0 || end <= start || end > text.length()) {
            problems.add(where + " offsets out of range " + start + ".." + end);
            return;
        }
        String span = text.substring(start, end);
        if (!sha256(span).equals(a.path("sha256").asText())) {
            problems.add(where + " sha256 mismatch for " + rel + " " + start + ".." + end);
        }
        checkLabels(a, where, problems);
    }

    static void checkLabels(JsonNode a, String where, List<String> problems) {
        JsonNode values = a.path("values");
        for (JsonNode label : a.path("labels")) {
            String name = label.asText();
            if (!LABELS.contains(name)) {
                problems.add(where + " unknown label " + name);
            }
            List<String> missing = ValueRules.missing(name, values);
            if (!missing.isEmpty()) {
                problems.add(where + " " + name + " lacks values " + missing);
            }
        }
        if (!a.path("labels").isArray()) {
            problems.add(where + " labels is not an array");
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + p, e);
        }
    }

    static String sha256(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
