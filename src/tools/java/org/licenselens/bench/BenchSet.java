package org.licenselens.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The cases of a ScanCode data-driven benchmark: every file {@code X} that has an expectation file {@code X.yml}.
 *
 * <p>Expectation keys: {@code license_expressions} (a list, or a single string) gives the expected licenses; a
 * missing or empty list means "nothing should be detected" and is kept as a case with no expected keys, because
 * reporting a license there is a false positive worth measuring. {@code notes} and {@code language} are
 * documentation only and ignored. Any other key (for example ScanCode's {@code expected_failure}) does not change
 * the expectation — the listed licenses are still the truth — but is reported in {@link #warnings()}.
 * (Survey of the 1,786 expectation files used so far: 1,673 have {@code license_expressions}, 221
 * {@code notes}, 4 {@code language}; none has another key; 113 expect nothing.)
 */
public final class BenchSet {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> KNOWN_KEYS = Set.of("license_expressions", "notes", "language");

    private final List<BenchCase> cases;
    private final List<String> warnings;

    private BenchSet(List<BenchCase> cases, List<String> warnings) {
        this.cases = List.copyOf(cases);
        this.warnings = List.copyOf(warnings);
    }

    /** Creates a set from ready-made cases (tests, subsets). */
    public static BenchSet of(List<BenchCase> cases) {
        return new BenchSet(cases, List.of());
    }

    /**
     * Loads every {@code *.yml} below {@code benchRoot}, sorted by relative path.
     *
     * @throws IllegalArgumentException if the root is not a directory, a {@code .yml} has no companion file or an
     *                                  expression is malformed
     */
    public static BenchSet load(Path benchRoot) {
        if (!Files.isDirectory(benchRoot)) {
            throw new IllegalArgumentException("benchmark root is not a directory: " + benchRoot);
        }
        List<BenchCase> cases = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(benchRoot)) {
            for (Path yml : walk.filter(p -> p.getFileName().toString().endsWith(".yml")).toList()) {
                cases.add(readCase(benchRoot, yml, warnings));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read benchmark " + benchRoot, e);
        }
        cases.sort(Comparator.comparing(BenchCase::relativePath));
        return new BenchSet(cases, warnings);
    }

    private static BenchCase readCase(Path root, Path yml, List<String> warnings) throws IOException {
        String name = yml.getFileName().toString();
        Path file = yml.resolveSibling(name.substring(0, name.length() - ".yml".length()));
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("expectation without a file to test: " + yml);
        }
        String relative = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
        JsonNode node = YAML.readTree(yml.toFile());
        List<String> expressions = new ArrayList<>();
        if (node != null && node.isObject()) {
            collectExpressions(node.get("license_expressions"), expressions, yml);
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!KNOWN_KEYS.contains(key)) {
                    warnings.add(relative + ": unknown key '" + key + "' ignored (expectation kept)");
                }
            }
        }
        try {
            return BenchCase.of(file, relative, expressions);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(yml + ": " + e.getMessage(), e);
        }
    }

    private static void collectExpressions(JsonNode value, List<String> out, Path yml) {
        if (value == null || value.isNull()) {
            return;
        }
        if (value.isTextual()) {
            out.add(value.asText());
        } else if (value.isArray()) {
            value.forEach(v -> out.add(v.asText()));
        } else {
            throw new IllegalArgumentException(yml + ": license_expressions is neither a list nor a string");
        }
    }

    /** Returns the cases, sorted by relative path. */
    public List<BenchCase> cases() {
        return cases;
    }

    /** Returns the number of cases. */
    public int size() {
        return cases.size();
    }

    /** Returns notes about expectation files that had keys this loader does not interpret. */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * Returns {@code n} cases spread evenly over the sorted set (every k-th), so a sample covers all
     * sub-directories rather than only the first one; returns this set when {@code n >= size()}.
     */
    public BenchSet sample(int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("sample size must be positive, got " + n);
        }
        if (n >= cases.size()) {
            return this;
        }
        List<BenchCase> picked = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            picked.add(cases.get((int) ((long) i * cases.size() / n)));
        }
        return new BenchSet(picked, warnings);
    }
}
