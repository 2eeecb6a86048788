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

    /** The key prefix of the sentences the project wrote itself ({@code written/ID}), which point into no file. */
    public static final String WRITTEN = "written";

    /**
     * Reads every {@code *.jsonl} file of {@code annotations} in name order and returns its clauses: stand-off
     * spans resolved against {@code corpus} (each checked by its sha256), and sentences written by the project
     * (lines with a {@code text} field) as they are, under the key {@code written/ID}.
     */
    public static List<LabelledClause> read(Path annotations, Path corpus) throws IOException {
        List<LabelledClause> written = new ArrayList<>();
        List<Annotation> standOff = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        for (Path f : jsonl(annotations)) {
            int lineNo = 0;
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = JSON.readTree(line);
                if (n.has("text")) {
                    written.add(writtenClause(n, f + ":" + lineNo));
                    order.add(-written.size());
                } else {
                    standOff.add(parse(n, f + ":" + lineNo));
                    order.add(standOff.size());
                }
            }
        }
        List<LabelledClause> resolved = resolve(standOff, corpus);
        List<LabelledClause> all = new ArrayList<>(order.size());
        for (int i : order) {
            all.add(i > 0 ? resolved.get(i - 1) : written.get(-i - 1));
        }
        return all;
    }

    /**
     * Reads a file of written sentences ({@code {"id", "text", "labels", "values"}} per line), such as the
     * held-out test set, each as a one-clause text under its {@code id}.
     */
    public static List<LabelledClause> readWritten(Path file) throws IOException {
        List<LabelledClause> all = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            if (!line.isBlank()) {
                JsonNode n = JSON.readTree(line);
                LabelledClause c = writtenClause(n, file + ":" + lineNo);
                all.add(new LabelledClause(n.path("id").asText(c.key()), c.clause(), c.labels(), c.values()));
            }
        }
        return all;
    }

    private static List<Path> jsonl(Path annotations) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(annotations)) {
            files = s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no *.jsonl annotation files in " + annotations);
        }
        return files;
    }

    private static LabelledClause writtenClause(JsonNode n, String where) {
        String text = n.path("text").asText();
        if (text.isBlank()) {
            throw new IllegalArgumentException(where + ": empty text");
        }
        int lines = (int) text.chars().filter(ch -> ch == '\n').count();
        Clause c = new Clause(0, text.length(), 1, 1 + lines, text);
        String id = n.path("id").asText(where);
        return new LabelledClause(WRITTEN + "/" + id, c, labels(n, where), values(n));
    }

    private static Set<FlagType> labels(JsonNode n, String where) {
        Set<FlagType> labels = EnumSet.noneOf(FlagType.class);
        for (JsonNode l : n.path("labels")) {
            try {
                labels.add(FlagType.fromJsonName(l.asText()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
        }
        return labels;
    }

    private static Map<String, Object> values(JsonNode n) {
        Map<String, Object> values = new LinkedHashMap<>();
        n.path("values").properties().forEach(e -> values.put(e.getKey(), value(e.getValue())));
        return values;
    }

    private static Annotation parse(JsonNode n, String where) {
        try {
            return new Annotation(n.path("file").asText(), n.path("key").asText(), n.path("start").asInt(-1),
                    n.path("end").asInt(-1), n.path("sha256").asText(), labels(n, where), values(n));
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
