package org.licenselens.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Groups license keys into families of near-identical wording ({@code llama-3.1-license-2024} and
 * {@code llama3_2-acceptable-use-policy} are both {@code llama}), so that an evaluation never trains on one
 * version of a license and tests on another.
 *
 * <p>The rules are the project's own data, {@code corpus/license-families.json}, shipped in the jar: globs over
 * keys, tried in order. A key that no rule names belongs to the family of its first dash-separated word, which
 * keeps a vendor's licenses and a license's versions together. Immutable and thread-safe.
 */
public final class LicenseFamilies {
    static final String RESOURCE = "/org/licenselens/corpus/license-families.json";
    private static final LicenseFamilies DEFAULT = load();

    private record Rule(String family, List<PathMatcher> keys) {
        boolean matches(String key) {
            Path asPath = Path.of(key);
            return keys.stream().anyMatch(m -> m.matches(asPath));
        }
    }

    private final List<Rule> rules;

    private LicenseFamilies(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Returns the families shipped with licenselens. */
    public static LicenseFamilies defaults() {
        return DEFAULT;
    }

    /** Returns the family of a license key, e.g. {@code gemma-tou-2024-04-01} → {@code gemma}. */
    public String familyOf(String key) {
        String k = key.strip().toLowerCase(Locale.ROOT);
        for (Rule r : rules) {
            if (r.matches(k)) {
                return r.family();
            }
        }
        int dash = k.indexOf('-');
        return dash > 0 ? k.substring(0, dash) : k;
    }

    private static LicenseFamilies load() {
        try (InputStream in = LicenseFamilies.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE + ": the jar was built without corpus/");
            }
            List<Rule> rules = new ArrayList<>();
            for (JsonNode f : new ObjectMapper().readTree(in).path("families")) {
                List<PathMatcher> keys = new ArrayList<>();
                f.path("keys").forEach(g -> keys.add(FileSystems.getDefault().getPathMatcher("glob:" + g.asText())));
                rules.add(new Rule(f.path("family").asText(), keys));
            }
            return new LicenseFamilies(rules);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
