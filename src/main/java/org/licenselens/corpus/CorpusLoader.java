package org.licenselens.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads the ScanCode LicenseDB licenses and rules of a {@link CorpusLocation}.
 *
 * <p>Files are parsed in parallel; the result is deterministic: licenses sorted by key, rules by identifier,
 * problems by path. A file that breaks the format is left out and reported as a {@link CorpusProblem}, so one
 * bad file never stops the load. Unknown front-matter keys are ignored.
 *
 * <p>What counts as broken: unreadable or non-UTF-8 bytes; no front matter; YAML that does not parse or has
 * duplicate keys; a missing {@code key} (licenses) or {@code license_expression} (rules other than false
 * positives); a license key that differs from the file name; a flag that is not yes/no; a percentage outside
 * 0..100; a rule with no or several {@code is_license_*} flags; unbalanced <code>{{ }}</code> markers; an empty
 * rule text; a rule expression naming a license key that is not loaded.
 *
 * <p>Stateless and thread-safe. Loading the full corpus (2,618 licenses, 35,324 rules) takes about 6 s of CPU in
 * a fresh JVM, most of it YAML parsing and JIT warm-up, spread over the available cores.
 */
public final class CorpusLoader {
    private static final String LICENSE_SUFFIX = ".LICENSE";
    private static final String RULE_SUFFIX = ".RULE";
    private static final String DEFAULT_LANGUAGE = "en";
    private static final Pattern EXPRESSION_TOKENS = Pattern.compile("[\\s()]+");

    private CorpusLoader() {
    }

    /**
     * Loads every {@code .LICENSE} and {@code .RULE} file of {@code location}. A user license with the key of a
     * corpus license replaces it (and a later extra directory replaces an earlier one).
     *
     * @throws CorpusLocationException if a directory of the location is missing
     * @throws UncheckedIOException    if a directory cannot be listed
     */
    public static Corpus load(CorpusLocation location) {
        location.check("the given CorpusLocation");
        List<CorpusProblem> problems = new ArrayList<>();
        TreeMap<String, LicenseEntry> licenses = new TreeMap<>();
        addLicenses(list(location.licenseDir(), LICENSE_SUFFIX), licenses, problems);
        for (Path dir : location.extraLicenseDirs()) {
            addLicenses(list(dir, LICENSE_SUFFIX), licenses, problems);
        }
        List<Rule> rules = loadRules(location, licenses.keySet(), problems);
        problems.sort(Comparator.comparing(CorpusProblem::path).thenComparing(CorpusProblem::message));
        return new Corpus(List.copyOf(licenses.values()), rules, problems, describe(location));
    }

    private static void addLicenses(List<Path> files, TreeMap<String, LicenseEntry> into,
            List<CorpusProblem> problems) {
        for (Parsed<LicenseEntry> parsed : files.parallelStream().map(CorpusLoader::parseLicense).toList()) {
            if (parsed.value != null) {
                into.put(parsed.value.key(), parsed.value);
            } else {
                problems.add(parsed.problem);
            }
        }
    }

    private static List<Rule> loadRules(CorpusLocation location, Set<String> licenseKeys,
            List<CorpusProblem> problems) {
        if (!Files.isDirectory(location.rulesDir())) {
            return List.of();
        }
        List<Rule> rules = new ArrayList<>();
        List<Path> files = list(location.rulesDir(), RULE_SUFFIX);
        for (Parsed<Rule> parsed : files.parallelStream().map(CorpusLoader::parseRule).toList()) {
            if (parsed.problem != null) {
                problems.add(parsed.problem);
                continue;
            }
            String unknown = unknownKeys(parsed.value.licenseExpression(), licenseKeys);
            if (unknown.isEmpty()) {
                rules.add(parsed.value);
            } else {
                problems.add(new CorpusProblem(parsed.value.source(),
                        "license_expression names license keys that are not in the corpus: " + unknown));
            }
        }
        // File-name order is not identifier order ("x-y.RULE" sorts before "x.RULE"), so sort explicitly.
        rules.sort(Comparator.comparing(Rule::identifier));
        return rules;
    }

    /** Either a value or the problem that prevented it. */
    private record Parsed<T>(T value, CorpusProblem problem) {
    }

    private static Parsed<LicenseEntry> parseLicense(Path file) {
        try {
            return new Parsed<>(license(file), null);
        } catch (CorpusFormatException e) {
            return new Parsed<>(null, new CorpusProblem(file, e.getMessage()));
        }
    }

    private static Parsed<Rule> parseRule(Path file) {
        try {
            return new Parsed<>(rule(file), null);
        } catch (CorpusFormatException e) {
            return new Parsed<>(null, new CorpusProblem(file, e.getMessage()));
        }
    }

    /**
     * Reads one {@code .LICENSE} file, e.g. the source of a license in the index, for callers that need its text.
     *
     * @throws IllegalArgumentException naming the file if it breaks the format or cannot be read
     */
    public static LicenseEntry loadLicense(Path file) {
        try {
            return license(file);
        } catch (CorpusFormatException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /** Reads one {@code .LICENSE} file, e.g. to show a known text beside the text it was compared with. */
    public static LicenseEntry license(Path file) throws CorpusFormatException {
        CorpusText.Parts parts = CorpusText.split(read(file));
        FrontMatter fm = FrontMatter.parse(parts.frontMatter());
        String key = fm.requiredText("key");
        String expected = stem(file, LICENSE_SUFFIX);
        if (!key.equals(expected)) {
            throw new CorpusFormatException("key '" + key + "' differs from the file name; expected '" + expected
                    + "'");
        }
        if (!CorpusText.isKey(key)) {
            throw new CorpusFormatException("key '" + key + "' may hold only letters, digits and . _ + -");
        }
        String shortName = fm.text("short_name");
        String name = fm.text("name");
        String notes = fm.text("notes");
        boolean osi = fm.has("osi_license_key") || fm.has("osi_url")
                || (notes != null && LicenseEntry.OSI_NOTE.matcher(notes).find());
        return new LicenseEntry(key,
                firstNonNull(shortName, name, key),
                firstNonNull(name, shortName, key),
                firstNonNull(fm.text("category"), "Unstated License"),
                fm.text("spdx_license_key"),
                fm.list("other_spdx_license_keys"),
                osi,
                fm.flag("is_deprecated"),
                fm.flag("is_exception"),
                fm.flag("is_unknown"),
                fm.flag("is_generic"),
                fm.percent("minimum_coverage", 0),
                fm.list("replaced_by"),
                fm.text("owner"),
                fm.text("homepage_url"),
                notes,
                fm.text("standard_notice"),
                firstNonNull(fm.text("language"), DEFAULT_LANGUAGE),
                Ignorables.of(fm),
                parts.text(),
                file);
    }

    static Rule rule(Path file) throws CorpusFormatException {
        CorpusText.Parts parts = CorpusText.split(read(file));
        FrontMatter fm = FrontMatter.parse(parts.frontMatter());
        RuleKind kind = kind(fm);
        String expression = kind == RuleKind.FALSE_POSITIVE ? fm.text("license_expression")
                : fm.requiredText("license_expression");
        CorpusText.Marked marked = CorpusText.requiredPhrases(parts.text());
        if (marked.text().isBlank()) {
            throw new CorpusFormatException("rule text is empty");
        }
        return new Rule(stem(file, RULE_SUFFIX),
                expression == null ? null : expression.strip(),
                kind,
                fm.percent("relevance", 100),
                kind == RuleKind.FALSE_POSITIVE,
                fm.percent("minimum_coverage", 0),
                fm.flag("is_continuous"),
                fm.flag("is_deprecated"),
                fm.list("referenced_filenames"),
                firstNonNull(fm.text("language"), DEFAULT_LANGUAGE),
                fm.text("notes"),
                Ignorables.of(fm),
                marked.text(),
                marked.phrases(),
                file);
    }

    /** Returns the kind named by exactly one flag; a false positive carries none of the license flags. */
    private static RuleKind kind(FrontMatter fm) throws CorpusFormatException {
        List<RuleKind> set = new ArrayList<>(1);
        for (RuleKind kind : RuleKind.values()) {
            if (fm.flag(kind.flag())) {
                set.add(kind);
            }
        }
        if (set.size() == 1) {
            return set.get(0);
        }
        String flags = Stream.of(RuleKind.values()).map(RuleKind::flag).toList().toString();
        throw new CorpusFormatException(set.isEmpty() ? "no rule kind: set exactly one of " + flags
                : "several rule kinds " + set.stream().map(RuleKind::flag).toList() + ": set exactly one of "
                        + flags);
    }

    /** Returns the keys of {@code expression} missing from {@code licenseKeys}, comma-separated, or "". */
    private static String unknownKeys(String expression, Set<String> licenseKeys) {
        if (expression == null) {
            return "";
        }
        Set<String> unknown = new TreeSet<>();
        for (String token : EXPRESSION_TOKENS.split(expression)) {
            if (!token.isEmpty() && !ExpressionOperators.isOperator(token)
                    && !licenseKeys.contains(token)) {
                unknown.add(token);
            }
        }
        return String.join(", ", unknown);
    }

    private static String read(Path file) throws CorpusFormatException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CorpusFormatException("cannot read: " + e);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new CorpusFormatException("not valid UTF-8: " + e.getMessage());
        }
    }

    /** Lists the regular files of {@code dir} ending in {@code suffix}, sorted by name. */
    static List<Path> list(Path dir, String suffix) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path file : stream) {
                if (file.getFileName().toString().endsWith(suffix) && Files.isRegularFile(file)) {
                    files.add(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        files.sort(Comparator.comparing(file -> file.getFileName().toString()));
        return files;
    }

    private static String stem(Path file, String suffix) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - suffix.length());
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        throw new IllegalStateException("no value");
    }

    private static String describe(CorpusLocation location) {
        return location.extraLicenseDirs().isEmpty() ? location.root().toString()
                : location.root() + " + extra licenses from " + location.extraLicenseDirs();
    }
}
