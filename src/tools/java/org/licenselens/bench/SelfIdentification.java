package org.licenselens.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.licenselens.corpus.LicenseEntry;
import java.util.function.Function;
import org.licenselens.match.Detection;
import org.licenselens.match.LicenseExpressions;
import org.licenselens.text.TextNormalizer;

/**
 * Identifies every LicenseDB license text with licenselens itself and classifies each answer: the engine's
 * floor, since a text it cannot name when given verbatim it will not name in the wild either.
 *
 * <p>An answer is right when it is the license's own key, a single other key whose normalized text is
 * identical (LicenseDB holds exact duplicates), or, for a deprecated license, its {@code replaced_by} keys.
 * Placeholders with a blank text are counted apart and left out of the rate.
 */
public final class SelfIdentification {
    private SelfIdentification() {}

    /** How one license's self-identification came out. */
    public enum Verdict {
        /** The expression is exactly the license's key. */
        OK_OWN,
        /** The expression is one other key with the same normalized text. */
        OK_IDENTICAL,
        /** The license is deprecated and the expression names exactly its {@code replaced_by} keys. */
        OK_REPLACED,
        /** The license has no text; not part of the rate. */
        EMPTY_TEXT,
        /** Anything else. */
        WRONG;

        /** Whether this verdict counts as identified. */
        public boolean ok() {
            return this == OK_OWN || this == OK_IDENTICAL || this == OK_REPLACED;
        }
    }

    /**
     * The result for one license.
     *
     * @param key     the license key
     * @param verdict the classification
     * @param found   the ScanCode expression detected, empty when nothing was found
     */
    public record Outcome(String key, Verdict verdict, String found) {
        public Outcome {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(verdict, "verdict");
            Objects.requireNonNull(found, "found");
        }
    }

    /**
     * All outcomes of one run, in key order, and how long the detection took.
     *
     * @param outcomes one per license
     * @param elapsed  wall-clock time of the detections
     */
    public record Summary(List<Outcome> outcomes, Duration elapsed) {
        public Summary {
            outcomes = List.copyOf(outcomes);
            Objects.requireNonNull(elapsed, "elapsed");
        }

        /** Returns how many outcomes have each verdict, every verdict present. */
        public Map<Verdict, Integer> counts() {
            Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
            for (Verdict v : Verdict.values()) {
                counts.put(v, 0);
            }
            outcomes.forEach(o -> counts.merge(o.verdict(), 1, Integer::sum));
            return counts;
        }

        /** Returns the number of licenses identified correctly. */
        public int ok() {
            return (int) outcomes.stream().filter(o -> o.verdict().ok()).count();
        }

        /** Returns the number of licenses with a text, the denominator of {@link #rate()}. */
        public int scored() {
            return outcomes.size() - counts().get(Verdict.EMPTY_TEXT);
        }

        /** Returns ok / scored, or 0 when nothing was scored. */
        public double rate() {
            return scored() == 0 ? 0 : (double) ok() / scored();
        }

        /** Returns texts detected per second of wall-clock time. */
        public double textsPerSecond() {
            double seconds = Math.max(1e-9, elapsed.toNanos() / 1e9);
            return outcomes.size() / seconds;
        }

        /** Returns the wrong outcomes, in key order. */
        public List<Outcome> wrong() {
            return outcomes.stream().filter(o -> o.verdict() == Verdict.WRONG).toList();
        }

        /** Returns the summary as a few lines of plain text. */
        public String describe() {
            Map<Verdict, Integer> c = counts();
            return String.format(Locale.ROOT, """
                    licenses     %d
                    ok-own       %d
                    ok-identical %d
                    ok-replaced  %d
                    empty-text   %d (not scored)
                    wrong        %d
                    rate         %.2f%% (%d / %d)
                    elapsed      %.1f s, %.0f texts/s
                    """, outcomes.size(), c.get(Verdict.OK_OWN), c.get(Verdict.OK_IDENTICAL),
                    c.get(Verdict.OK_REPLACED), c.get(Verdict.EMPTY_TEXT), c.get(Verdict.WRONG), 100 * rate(), ok(),
                    scored(), elapsed.toNanos() / 1e9, textsPerSecond());
        }

        /** Writes {@code summary.txt} and {@code wrong.tsv} (key, found) into {@code dir}; returns both paths. */
        public List<Path> writeTo(Path dir) throws IOException {
            Files.createDirectories(dir);
            Path summary = Files.writeString(dir.resolve("summary.txt"), describe());
            StringBuilder tsv = new StringBuilder("key\tfound\n");
            for (Outcome o : wrong()) {
                tsv.append(o.key()).append('\t').append(o.found().isEmpty() ? "(nothing)" : o.found()).append('\n');
            }
            return List.of(summary, Files.writeString(dir.resolve("wrong.tsv"), tsv));
        }

        /** Returns the most frequent wrong answers as {@code found → count}, most frequent first. */
        public Map<String, Long> commonFindings(int limit) {
            return wrong().stream().collect(Collectors.groupingBy(Outcome::found, Collectors.counting()))
                    .entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(limit)
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
        }
    }

    /**
     * Detects each license text of {@code keys} with {@code detector}, in parallel, and classifies the answers.
     *
     * @param detector the engine under test (thread-safe)
     * @param keys     the license keys to check, usually every key of the index
     * @param licenses the corpus licenses, looked up by key for their text, deprecation and replacement
     * @throws IllegalArgumentException if a key has no corpus license
     */
    public static Summary run(Function<String, Detection> detector, Collection<String> keys, Collection<LicenseEntry> licenses) {
        Objects.requireNonNull(detector, "detector");
        Map<String, LicenseEntry> byKey = licenses.stream()
                .collect(Collectors.toMap(LicenseEntry::key, Function.identity(), (a, b) -> b));
        for (String key : keys) {
            if (!byKey.containsKey(key)) {
                throw new IllegalArgumentException("no corpus license for index key " + key);
            }
        }
        long start = System.nanoTime();
        List<Outcome> outcomes = new ArrayList<>(keys.parallelStream()
                .map(key -> outcome(detector, byKey.get(key), byKey))
                .toList());
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        outcomes.sort(Comparator.comparing(Outcome::key));
        return new Summary(outcomes, elapsed);
    }

    private static Outcome outcome(Function<String, Detection> detector, LicenseEntry entry, Map<String, LicenseEntry> byKey) {
        if (entry.text().isBlank()) {
            return new Outcome(entry.key(), Verdict.EMPTY_TEXT, "");
        }
        String found;
        try {
            found = detector.apply(entry.text()).expression();
        } catch (RuntimeException e) {
            return new Outcome(entry.key(), Verdict.WRONG, "error: " + e);
        }
        return new Outcome(entry.key(), classify(entry, found, byKey), found);
    }

    /**
     * Classifies the expression {@code found} for the text of {@code entry}.
     *
     * @param byKey every corpus license by key, for the texts of other keys and nothing else
     */
    public static Verdict classify(LicenseEntry entry, String found, Map<String, LicenseEntry> byKey) {
        if (entry.text().isBlank()) {
            return Verdict.EMPTY_TEXT;
        }
        if (found.equals(entry.key())) {
            return Verdict.OK_OWN;
        }
        if (entry.deprecated() && isReplacement(found, entry.replacedBy())) {
            return Verdict.OK_REPLACED;
        }
        List<String> keys = LicenseExpressions.keys(found);
        if (keys.size() == 1 && found.equals(keys.getFirst())) {
            LicenseEntry other = byKey.get(found);
            if (other != null && sameTerms(entry.text(), other.text())) {
                return Verdict.OK_IDENTICAL;
            }
        }
        return Verdict.WRONG;
    }

    /**
     * Whether {@code found} is the replacement: {@code replaced_by} holds expressions ("gpl-2.0 WITH x"), one
     * or several, the latter meaning all of them together, joined with AND.
     */
    private static boolean isReplacement(String found, List<String> replacedBy) {
        if (replacedBy.isEmpty()) {
            return false;
        }
        String normalized = normalize(found);
        // ScanCode lists what it detects in the deprecated text, in order and with repeats ("mit", "mit"):
        // the detector joins the same findings with AND, so compare with both the plain and the deduplicated join.
        return normalize(String.join(" AND ", replacedBy)).equals(normalized)
                || normalize(LicenseExpressions.and(replacedBy)).equals(normalized);
    }

    private static String normalize(String expression) {
        return expression.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static boolean sameTerms(String a, String b) {
        return Arrays.equals(TextNormalizer.tokenize(a).terms(), TextNormalizer.tokenize(b).terms());
    }
}
