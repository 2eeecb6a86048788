package org.licenselens.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Maps base model ids ({@code meta-llama/Llama-3.1-8B}) to the license their weights are released under, by
 * family patterns with version rules ({@code meta-llama/Llama-3.1-*} → {@code llama-3.1-license-2024}).
 *
 * <p>The shipped registry is the project's own data, {@code corpus/base-models.json}; a user's mapping file has
 * the same format. The first entry whose pattern matches wins, so a file lists specific patterns before general
 * ones. Immutable and thread-safe.
 */
public final class BaseModelRegistry {
    static final String RESOURCE = "/org/licenselens/corpus/base-models.json";
    private static final BaseModelRegistry DEFAULT = fromResource();

    private final List<Family> families;
    /** The families' patterns, compiled once: a hub run looks up millions of ids. */
    private final List<Pattern> patterns;
    private final String origin;

    private BaseModelRegistry(List<Family> families, String origin) {
        this.families = List.copyOf(families);
        this.patterns = this.families.stream().map(f -> Family.glob(f.pattern())).toList();
        this.origin = origin;
    }

    /**
     * One family of base models.
     *
     * @param pattern model ids it covers; {@code *} matches any run of characters, case-insensitively
     * @param license the license its weights are under: a corpus key, or as a user wrote it (a Hugging Face
     *                id or an SPDX id), resolved by the caller
     * @param source  where that license was read (a URL), or {@code null} when the file gives none
     */
    public record Family(String pattern, String license, String source) {
        public Family {
            Objects.requireNonNull(pattern, "pattern");
            Objects.requireNonNull(license, "license");
            if (pattern.isBlank() || license.isBlank()) {
                throw new IllegalArgumentException("a family needs a pattern and a license: " + pattern);
            }
        }

        static Pattern glob(String pattern) {
            StringBuilder regex = new StringBuilder();
            for (String part : pattern.split("\\*", -1)) {
                if (!regex.isEmpty()) {
                    regex.append(".*");
                }
                regex.append(Pattern.quote(part));
            }
            return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }
    }

    /** Returns the registry shipped with licenselens. */
    public static BaseModelRegistry defaults() {
        return DEFAULT;
    }

    /**
     * Reads a user's mapping file ({@code --base-models FILE}), in the format of {@code corpus/base-models.json}.
     *
     * @throws IllegalArgumentException naming the file when it cannot be read or is not in that format
     */
    public static BaseModelRegistry read(Path file) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the base model mapping " + file + ": " + e.getMessage());
        }
    }

    /** Returns the first family whose pattern matches {@code modelId}, if any. */
    public Optional<Family> find(String modelId) {
        if (modelId == null || modelId.isBlank()) {
            return Optional.empty();
        }
        String id = modelId.strip();
        for (int i = 0; i < families.size(); i++) {
            if (patterns.get(i).matcher(id).matches()) {
                return Optional.of(families.get(i));
            }
        }
        return Optional.empty();
    }

    /** Returns every family, in match order. */
    public List<Family> families() {
        return families;
    }

    /** Returns where the registry was read: the resource name or the user's file. */
    public String origin() {
        return origin;
    }

    private static BaseModelRegistry fromResource() {
        try (InputStream in = BaseModelRegistry.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE + ": the jar was built without corpus/");
            }
            return parse(in, "corpus/base-models.json");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static BaseModelRegistry parse(InputStream in, String origin) throws IOException {
        JsonNode root = new ObjectMapper().readTree(in);
        JsonNode list = root == null ? null : root.get("families");
        if (list == null || !list.isArray()) {
            throw new IllegalArgumentException(origin + ": expected an object with a \"families\" array");
        }
        List<Family> families = new ArrayList<>();
        for (JsonNode f : list) {
            String pattern = f.path("pattern").asText("");
            String license = f.path("license").asText("");
            if (pattern.isBlank() || license.isBlank()) {
                throw new IllegalArgumentException(origin + ": family " + (families.size() + 1)
                        + " needs a \"pattern\" and a \"license\"");
            }
            String source = f.hasNonNull("source") ? f.get("source").asText() : null;
            families.add(new Family(pattern.strip(), license.strip().toLowerCase(Locale.ROOT), source));
        }
        return new BaseModelRegistry(families, origin);
    }
}
