package org.licenselens.policy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.licenselens.scan.PolicyGate;
import org.licenselens.scan.ReviewKind;

/**
 * Finds and parses policy files. The YAML is bound to typed records by Jackson (SnakeYAML events into Jackson,
 * no object construction from tags); every unknown key, wrong shape and bad value is a {@link PolicyException}
 * naming the file and line.
 */
public final class PolicyFiles {
    /** The names looked for at the scanned root, in this order. */
    public static final List<String> NAMES = List.of("licenselens.yml", ".licenselens.yml");
    private static final long MAX_BYTES = 1024 * 1024;
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern ID = Pattern.compile("[a-z]+(-[a-z]+)*-[0-9a-f]{8}");
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private PolicyFiles() {}

    /** The file's shape, as Jackson binds it; checked into a {@link Policy} by {@link #parse}. */
    record FileShape(RulesShape licenses, @JsonProperty("fail-on") List<String> failOn, List<String> ignore,
                     CorpusShape corpus, List<DecisionShape> decisions) {}

    record RulesShape(ListShape allowed, ListShape flagged, ListShape denied) {}

    record ListShape(List<String> categories, List<String> keys) {}

    record CorpusShape(List<String> licenses) {}

    record DecisionShape(String id, String item, String reason, String by, String at, Map<String, String> sha256) {}

    /**
     * Returns the policy file that applies to a scan of {@code root}: {@code explicit} if given, else
     * {@code licenselens.yml} or {@code .licenselens.yml} in {@code root} (a folder), else {@code null}.
     *
     * @throws PolicyException if {@code explicit} does not exist, or the root holds both names
     */
    public static Path locate(Path root, Path explicit) {
        if (explicit != null) {
            if (!Files.isRegularFile(explicit)) {
                throw new PolicyException(explicit, 0, "no such policy file");
            }
            return explicit;
        }
        if (!Files.isDirectory(root)) {
            return null;
        }
        List<Path> found = NAMES.stream().map(root::resolve)
                .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList();
        if (found.size() > 1) {
            throw new PolicyException(found.get(1), 0, "both " + NAMES.get(0) + " and " + NAMES.get(1)
                    + " are in " + root + "; keep one");
        }
        return found.isEmpty() ? null : found.getFirst();
    }

    /** Where {@code review --accept} writes when no policy file exists yet. */
    public static Path defaultLocation(Path root) {
        return (Files.isDirectory(root) ? root : root.toAbsolutePath().getParent()).resolve(NAMES.getFirst());
    }

    /** Loads the policy that applies to {@code root}: {@link #locate} then {@link #read}, or the empty policy. */
    public static Policy load(Path root, Path explicit) {
        Path file = locate(root, explicit);
        return file == null ? Policy.none() : read(file);
    }

    /**
     * Reads and checks a policy file.
     *
     * @throws PolicyException naming the file and line of the first problem
     */
    public static Policy read(Path file) {
        String text;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new PolicyException(file, 0, "larger than 1 MiB; a policy file is short text");
            }
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (NoSuchFileException e) {
            throw new PolicyException(file, 0, "no such policy file");
        } catch (CharacterCodingException e) {
            throw new PolicyException(file, 0, "not UTF-8 text");
        } catch (IOException e) {
            throw new PolicyException(file, 0, "cannot read: " + e.getMessage());
        }
        return parse(file, text);
    }

    /**
     * Parses policy text.
     *
     * @param file where the text comes from: named in messages, and the folder relative corpus paths start from
     * @throws PolicyException naming the file and line of the first problem
     */
    public static Policy parse(Path file, String text) {
        FileShape shape;
        YamlLines lines;
        try (JsonParser tokens = YAML.createParser(text)) {
            lines = YamlLines.read(tokens);
            shape = text.isBlank() ? null : YAML.readValue(text, FileShape.class);
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds().stream().map(Object::toString).sorted()
                    .collect(Collectors.joining(", "));
            throw new PolicyException(file, line(lines(text), e), "unknown key '" + e.getPropertyName() + "'"
                    + under(e) + "; expected one of: " + known);
        } catch (MismatchedInputException e) {
            throw new PolicyException(file, line(lines(text), e), "'" + keyPath(e) + "' must be "
                    + expected(e.getTargetType()));
        } catch (JacksonException e) {
            String why = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
            throw new PolicyException(file, line(e.getLocation()), "not valid YAML: "
                    + why.lines().findFirst().orElse(why));
        } catch (IOException e) {
            throw new PolicyException(file, 0, "cannot read: " + e.getMessage());
        }
        if (shape == null) {
            return new Policy(file, null, List.of(), List.of(), List.of(), List.of(), lines);
        }
        Policy unchecked = new Policy(file, null, List.of(), List.of(), List.of(), List.of(), lines);
        return new Policy(file, rules(shape.licenses()), failOn(unchecked, shape.failOn()),
                ignore(unchecked, shape.ignore()), corpus(unchecked, file, shape.corpus()),
                decisions(unchecked, shape.decisions()), lines);
    }

    private static LicenseRules rules(RulesShape shape) {
        if (shape == null) {
            return null;
        }
        return new LicenseRules(list(shape.allowed()), list(shape.flagged()), list(shape.denied()));
    }

    private static LicenseRules.LicenseList list(ListShape shape) {
        return shape == null ? null : new LicenseRules.LicenseList(strip(shape.categories()), strip(shape.keys()));
    }

    private static List<String> strip(List<String> values) {
        return values == null ? List.of() : values.stream().map(v -> v == null ? "" : v.strip()).toList();
    }

    /** Gate conditions: the flag types and kinds are checked here, categories once the corpus is open. */
    private static List<String> failOn(Policy policy, List<String> values) {
        List<String> conditions = new ArrayList<>();
        List<String> given = strip(values);
        for (int i = 0; i < given.size(); i++) {
            String c = given.get(i);
            if (c.regionMatches(true, 0, "category:", 0, 9)) {
                conditions.add(c);
            } else if (PolicyGate.simpleConditions().contains(c.toLowerCase(Locale.ROOT))) {
                conditions.add(c.toLowerCase(Locale.ROOT));
            } else {
                throw policy.error("/fail-on/" + i, "unknown fail-on condition '" + c + "'; use any of "
                        + String.join(", ", PolicyGate.simpleConditions()) + " or category:NAME");
            }
        }
        return conditions;
    }

    private static List<String> ignore(Policy policy, List<String> values) {
        List<String> patterns = strip(values);
        for (int i = 0; i < patterns.size(); i++) {
            String p = patterns.get(i);
            String pointer = "/ignore/" + i;
            if (p.isEmpty() || p.startsWith("/") || p.equals("..") || p.startsWith("../") || p.contains("/../")) {
                throw policy.error(pointer, "ignore pattern '" + p + "' must be a path relative to the scanned "
                        + "root, inside it (e.g. tests/data/**)");
            }
            try {
                FileSystems.getDefault().getPathMatcher("glob:" + p);
            } catch (IllegalArgumentException e) {
                throw policy.error(pointer, "ignore pattern '" + p + "' is not a valid glob: "
                        + e.getMessage().lines().findFirst().orElse(""));
            }
        }
        return patterns;
    }

    private static List<Path> corpus(Policy policy, Path file, CorpusShape shape) {
        if (shape == null) {
            return List.of();
        }
        Path base = file.toAbsolutePath().getParent();
        List<Path> folders = new ArrayList<>();
        List<String> given = strip(shape.licenses());
        for (int i = 0; i < given.size(); i++) {
            Path folder = base.resolve(given.get(i)).normalize();
            if (given.get(i).isEmpty() || !Files.isDirectory(folder)) {
                throw policy.error("/corpus/licenses/" + i, "corpus.licenses folder '" + given.get(i)
                        + "' does not exist (" + folder + ")");
            }
            folders.add(folder);
        }
        return folders;
    }

    private static List<Decision> decisions(Policy policy, List<DecisionShape> shapes) {
        List<Decision> decisions = new ArrayList<>();
        if (shapes == null) {
            return decisions;
        }
        for (int i = 0; i < shapes.size(); i++) {
            String at = "/decisions/" + i;
            DecisionShape d = shapes.get(i);
            if (d == null) {
                throw policy.error(at, "a decision must be a mapping with id, item, reason, by, at and sha256");
            }
            for (String[] field : new String[][] {{"id", d.id()}, {"item", d.item()}, {"reason", d.reason()},
                    {"by", d.by()}, {"at", d.at()}}) {
                if (field[1] == null || field[1].isBlank()) {
                    throw policy.error(at, "decision " + (i + 1) + " has no '" + field[0] + "'");
                }
            }
            if (!ID.matcher(d.id()).matches()) {
                throw policy.error(at + "/id", "decision id '" + d.id() + "' is not a review item id (KIND-8 hex "
                        + "digits, e.g. mismatch-3fa9c21b, as reports show it)");
            }
            String kind = d.item().contains(":") ? d.item().substring(0, d.item().indexOf(':')) : "";
            if (java.util.Arrays.stream(ReviewKind.values()).noneMatch(k -> k.jsonName().equals(kind))) {
                throw policy.error(at + "/item", "decision item '" + d.item() + "' must be KIND:PATH, KIND one of "
                        + java.util.Arrays.stream(ReviewKind.values()).map(ReviewKind::jsonName)
                        .collect(Collectors.joining(", ")));
            }
            Instant when;
            try {
                when = Instant.parse(d.at());
            } catch (DateTimeParseException e) {
                throw policy.error(at + "/at", "decision time '" + d.at() + "' is not an ISO-8601 UTC instant "
                        + "(e.g. 2026-12-01T20:30:00Z)");
            }
            Map<String, String> sha = d.sha256() == null ? Map.of() : d.sha256();
            for (Map.Entry<String, String> e : sha.entrySet()) {
                if (e.getValue() == null || !SHA256.matcher(e.getValue()).matches()) {
                    throw policy.error(at + "/sha256/" + e.getKey().replace("~", "~0").replace("/", "~1"),
                            "sha256 of '" + e.getKey() + "' must be 64 lower-case hex digits");
                }
            }
            decisions.add(new Decision(d.id(), d.item(), d.reason().strip(), d.by().strip(), when, sha,
                    policy.lines().line(at)));
        }
        return decisions;
    }

    /**
     * Checks what needs the corpus: the license categories and keys named, and {@code category:} conditions.
     *
     * @param categories the LicenseDB categories
     * @param isKey      whether a ScanCode key is known
     * @throws PolicyException naming the line of the first unknown name
     */
    public static void checkNames(Policy policy, Collection<String> categories, java.util.function.Predicate<String> isKey) {
        String[] kinds = {"allowed", "flagged", "denied"};
        LicenseRules.LicenseList[] lists = {policy.licenses().allowed(), policy.licenses().flagged(),
                policy.licenses().denied()};
        for (int k = 0; k < kinds.length; k++) {
            List<String> cats = lists[k].categories();
            for (int i = 0; i < cats.size(); i++) {
                checkCategory(policy, "/licenses/" + kinds[k] + "/categories/" + i, cats.get(i), categories);
            }
            List<String> keys = lists[k].keys();
            for (int i = 0; i < keys.size(); i++) {
                if (!isKey.test(keys.get(i))) {
                    throw policy.error("/licenses/" + kinds[k] + "/keys/" + i, "unknown license key '" + keys.get(i)
                            + "' (a ScanCode LicenseDB key such as apache-2.0 or llama-3.1-license-2024)");
                }
            }
        }
        for (int i = 0; i < policy.failOn().size(); i++) {
            String c = policy.failOn().get(i);
            if (c.regionMatches(true, 0, "category:", 0, 9)) {
                checkCategory(policy, "/fail-on/" + i, c.substring(9).strip(), categories);
            }
        }
    }

    private static void checkCategory(Policy policy, String pointer, String name, Collection<String> categories) {
        if (categories.stream().noneMatch(name::equalsIgnoreCase)) {
            throw policy.error(pointer, "unknown license category '" + name + "'; LicenseDB categories are: "
                    + categories.stream().sorted().collect(Collectors.joining(", ")));
        }
    }

    /** The line of the key or value a mapping error is about, from its path; else where the parser stopped. */
    private static int line(YamlLines lines, JsonMappingException e) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            pointer.append('/').append(r.getFieldName() != null
                    ? r.getFieldName().replace("~", "~0").replace("/", "~1") : String.valueOf(r.getIndex()));
        }
        int line = lines.line(pointer.toString());
        return line > 0 ? line : line(e.getLocation());
    }

    private static YamlLines lines(String text) {
        try (JsonParser tokens = YAML.createParser(text)) {
            return YamlLines.read(tokens);
        } catch (IOException e) {
            return YamlLines.NONE;
        }
    }

    private static int line(JsonLocation location) {
        return location == null ? 0 : Math.max(location.getLineNr(), 0);
    }

    private static String under(JsonMappingException e) {
        List<JsonMappingException.Reference> path = e.getPath();
        return path.size() < 2 ? " at the top level" : " under '" + keyPath(path.subList(0, path.size() - 1)) + "'";
    }

    private static String keyPath(JsonMappingException e) {
        return keyPath(e.getPath());
    }

    private static String keyPath(List<JsonMappingException.Reference> path) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference r : path) {
            if (r.getFieldName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                out.append('[').append(r.getIndex()).append(']');
            }
        }
        return out.isEmpty() ? "(the file)" : out.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type == String.class) {
            return "a single value, not a list or mapping";
        }
        return "a mapping of keys";
    }
}
