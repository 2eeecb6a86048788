package org.licenselens.clause.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.licenselens.clause.Clause;
import org.licenselens.clause.ClauseSegmenter;
import org.licenselens.clause.FlagType;

/**
 * Reads the clause annotations and the texts they point into, checking every span against its sha256, and adds
 * the clauses of a fixed list of well-known permissive and copyleft licenses as negatives.
 */
public final class TrainingData {

    /** A labelled clause with its text, grouped by license key. */
    public record LabelledClause(String key, Clause clause, Set<FlagType> labels, Map<String, Object> values) {
    }

    /** OSI-approved texts with no AI-style restriction: every clause is a negative for every flag. */
    public static final List<String> OPEN_NEGATIVES = List.of("mit", "apache-2.0", "bsd-new", "bsd-simplified",
            "isc", "zlib", "mpl-2.0", "gpl-2.0", "gpl-3.0", "lgpl-2.1", "epl-2.0", "unlicense", "boost-1.0",
            "artistic-2.0", "agpl-3.0", "postgresql");

    private static final ObjectMapper JSON = new ObjectMapper();

    private TrainingData() {
    }

    /** Reads every {@code *.jsonl} file of {@code annotations} in name order. */
    public static List<Annotation> readAnnotations(Path annotations) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(annotations)) {
            files = s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no *.jsonl annotation files in " + annotations);
        }
        List<Annotation> all = new ArrayList<>();
        for (Path f : files) {
            int lineNo = 0;
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                lineNo++;
                if (!line.isBlank()) {
                    all.add(parse(line, f + ":" + lineNo));
                }
            }
        }
        return all;
    }

    private static Annotation parse(String line, String where) throws IOException {
        JsonNode n = JSON.readTree(line);
        Set<FlagType> labels = EnumSet.noneOf(FlagType.class);
        for (JsonNode l : n.path("labels")) {
            labels.add(FlagType.fromJsonName(l.asText()));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        n.path("values").properties().forEach(e -> values.put(e.getKey(), value(e.getValue())));
        try {
            return new Annotation(n.path("file").asText(), n.path("key").asText(), n.path("start").asInt(-1),
                    n.path("end").asInt(-1), n.path("sha256").asText(), labels, values);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    private static Object value(JsonNode v) {
        if (v.isIntegralNumber()) {
            return v.asLong();
        }
        if (v.isArray()) {
            List<String> items = new ArrayList<>();
            v.forEach(x -> items.add(x.asText()));
            return List.copyOf(items);
        }
        return v.asText();
    }

    /** Resolves every annotation against the corpus, failing on the first span whose sha256 does not match. */
    public static List<LabelledClause> resolve(List<Annotation> annotations, Path corpus) {
        Map<String, String> texts = new HashMap<>();
        Map<String, org.licenselens.text.LineMap> lines = new HashMap<>();
        List<LabelledClause> clauses = new ArrayList<>();
        for (Annotation a : annotations) {
            String text = texts.computeIfAbsent(a.file(), f -> read(corpus.resolve(f)));
            var map = lines.computeIfAbsent(a.file(), f -> org.licenselens.text.LineMap.of(text));
            if (a.end() > text.length()) {
                throw new IllegalArgumentException("annotation " + a.file() + " [" + a.start() + "," + a.end()
                        + ") runs past the end of the text (" + text.length() + " chars)");
            }
            String span = text.substring(a.start(), a.end());
            String sha = sha256(span);
            if (!sha.equalsIgnoreCase(a.sha256())) {
                throw new IllegalArgumentException("annotation " + a.file() + " [" + a.start() + "," + a.end()
                        + ") sha256 mismatch: expected " + a.sha256() + ", text has " + sha);
            }
            Clause c = new Clause(a.start(), a.end(), map.lineOf(a.start()), map.lineOf(a.end() - 1), span);
            clauses.add(new LabelledClause(a.key(), c, a.labels(), a.values()));
        }
        return clauses;
    }

    /** Segments the {@link #OPEN_NEGATIVES} texts into all-negative clauses. */
    public static List<LabelledClause> openNegatives(Path corpus, ClauseSegmenter segmenter) {
        List<LabelledClause> clauses = new ArrayList<>();
        for (String key : OPEN_NEGATIVES) {
            String text = read(corpus.resolve("scancode-licensedb/" + key + ".LICENSE"));
            for (Clause c : segmenter.segment(text)) {
                clauses.add(new LabelledClause(key, c, Set.of(), Map.of()));
            }
        }
        return clauses;
    }

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256", e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read corpus file " + p, e);
        }
    }
}
