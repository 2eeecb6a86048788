package org.licenselens.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Maps Hugging Face model-card license ids ({@code license: llama3.1}) and the free-text {@code license_name}
 * values seen with {@code license: other} ({@code qwen}, {@code deepseek}) to corpus license keys.
 *
 * <p>The mapping is the project's own data, {@code corpus/huggingface-licenses.json}, shipped in the jar. Ids
 * are compared case-insensitively, as the Hub does. Immutable and thread-safe.
 */
public final class HuggingFaceLicenses {
    static final String RESOURCE = "/org/licenselens/corpus/huggingface-licenses.json";
    private static final HuggingFaceLicenses DEFAULT = load();

    private final Map<String, String> ids;
    private final Map<String, String> otherNames;

    private HuggingFaceLicenses(Map<String, String> ids, Map<String, String> otherNames) {
        this.ids = Map.copyOf(ids);
        this.otherNames = Map.copyOf(otherNames);
    }

    /** Returns the mapping shipped with licenselens. */
    public static HuggingFaceLicenses defaults() {
        return DEFAULT;
    }

    /** Returns the corpus key for a {@code license:} id, e.g. {@code llama3.1} → {@code llama-3.1-license-2024}. */
    public Optional<String> keyForId(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(ids.get(normalize(id)));
    }

    /** Returns the corpus key for a {@code license_name:} given with {@code license: other}, e.g. {@code qwen}. */
    public Optional<String> keyForOtherName(String licenseName) {
        return licenseName == null ? Optional.empty() : Optional.ofNullable(otherNames.get(normalize(licenseName)));
    }

    /** Returns every mapped {@code license:} id with its key, sorted by id. */
    public Map<String, String> ids() {
        return new TreeMap<>(ids);
    }

    private static String normalize(String id) {
        return id.strip().toLowerCase(Locale.ROOT);
    }

    private static HuggingFaceLicenses load() {
        try (InputStream in = HuggingFaceLicenses.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE + ": the jar was built without corpus/");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            return new HuggingFaceLicenses(strings(root.path("ids")), strings(root.path("otherLicenseNames")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static Map<String, String> strings(JsonNode object) {
        Map<String, String> map = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            map.put(normalize(field.getKey()), field.getValue().asText());
        }
        return map;
    }
}
