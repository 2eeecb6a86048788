package org.licenselens.openness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.licenselens.clause.FlagType;

/**
 * The component rules ({@code corpus/openness-components.json}) and license-kind rules
 * ({@code corpus/license-kinds.json}), read once from the jar. Immutable, thread-safe.
 */
final class OpennessRules {
    static final String COMPONENTS = "/org/licenselens/openness/openness-components.json";
    static final String KINDS = "/org/licenselens/openness/license-kinds.json";

    /** One component's rule. {@code requiredBy} is null for a component no class requires. */
    record ComponentRule(Component component, String name, ComponentKind kind, MofClass requiredBy, OsaidPart osaid,
                         List<Pattern> names, List<Pattern> content, List<Pattern> cardSections,
                         List<Pattern> cardLinks, List<String> cardFields, Set<Component> unless) {}

    /** A card line naming a component released elsewhere. */
    record DeclaredCue(Component component, Pattern line) {}

    private static final OpennessRules DEFAULTS = load();

    final Map<Component, ComponentRule> components;
    final Pattern declaredLinks;
    final List<DeclaredCue> declaredCues;
    final String frontMatterDatasets;
    final Set<String> openData;
    final Set<String> openContent;
    final Set<String> publicDomainCategories;
    final Set<String> closedCategories;
    final Set<FlagType> restricting;
    final Map<ComponentKind, Set<LicenseKind>> accepted;
    final Map<OsaidPart, Set<LicenseKind>> osaidAccepted;

    OpennessRules(JsonNode componentsJson, JsonNode kindsJson) {
        Map<Component, ComponentRule> rules = new EnumMap<>(Component.class);
        for (JsonNode c : componentsJson.path("components")) {
            Component component = Component.fromJsonName(c.path("id").asText());
            if (!componentsJson.path("sources").has(c.path("source").asText())) {
                throw new IllegalStateException("component " + component.jsonName() + " names no listed source: "
                        + c.path("source").asText());
            }
            JsonNode required = c.path("class");
            JsonNode osaid = c.path("osaid");
            Set<Component> unless = EnumSet.noneOf(Component.class);
            c.path("unless").forEach(u -> unless.add(Component.fromJsonName(u.asText())));
            if (rules.put(component, new ComponentRule(component, c.path("name").asText(),
                    ComponentKind.valueOf(c.path("kind").asText().toUpperCase(Locale.ROOT)),
                    required.isNull() || required.isMissingNode() ? null : MofClass.fromJsonName(required.asText()),
                    osaid.isNull() || osaid.isMissingNode() ? null : OsaidPart.fromJsonName(osaid.asText()),
                    patterns(c.path("names")), patterns(c.path("content")), patterns(c.path("cardSections")),
                    patterns(c.path("cardLinks")), strings(c.path("cardFields")), Set.copyOf(unless))) != null) {
                throw new IllegalStateException("component listed twice in the rules: " + component.jsonName());
            }
        }
        if (rules.size() != Component.values().length) {
            throw new IllegalStateException("the component rules name " + rules.size() + " of the MOF's "
                    + Component.values().length + " components");
        }
        components = Map.copyOf(rules);
        JsonNode declared = componentsJson.path("declaredElsewhere");
        declaredLinks = pattern(declared.path("links").asText());
        List<DeclaredCue> cues = new ArrayList<>();
        for (JsonNode cue : declared.path("cues")) {
            cues.add(new DeclaredCue(Component.fromJsonName(cue.path("component").asText()),
                    pattern(cue.path("line").asText())));
        }
        declaredCues = List.copyOf(cues);
        frontMatterDatasets = declared.path("frontMatterDatasets").asText("datasets");
        openData = Set.copyOf(strings(kindsJson.path("openData").path("keys")));
        openContent = Set.copyOf(strings(kindsJson.path("openContent").path("keys")));
        publicDomainCategories = lower(strings(kindsJson.path("publicDomainCategories").path("categories")));
        closedCategories = lower(strings(kindsJson.path("closedCategories").path("categories")));
        Set<FlagType> flags = EnumSet.noneOf(FlagType.class);
        kindsJson.path("restrictingFlags").path("flags").forEach(f -> flags.add(FlagType.fromJsonName(f.asText())));
        restricting = Set.copyOf(flags);
        Map<ComponentKind, Set<LicenseKind>> byKind = new EnumMap<>(ComponentKind.class);
        for (ComponentKind kind : ComponentKind.values()) {
            byKind.put(kind, kinds(kindsJson.path("accepted").path(kind.jsonName()), kind.jsonName()));
        }
        accepted = Map.copyOf(byKind);
        Map<OsaidPart, Set<LicenseKind>> byPart = new EnumMap<>(OsaidPart.class);
        for (OsaidPart part : OsaidPart.values()) {
            byPart.put(part, kinds(kindsJson.path("osaid").path(part.jsonName()), part.jsonName()));
        }
        osaidAccepted = Map.copyOf(byPart);
    }

    static OpennessRules defaults() {
        return DEFAULTS;
    }

    ComponentRule rule(Component component) {
        return components.get(component);
    }

    private static OpennessRules load() {
        ObjectMapper json = new ObjectMapper();
        return new OpennessRules(read(json, COMPONENTS), read(json, KINDS));
    }

    private static JsonNode read(ObjectMapper json, String resource) {
        try (InputStream in = OpennessRules.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + ": the jar was built without corpus/");
            }
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static Set<LicenseKind> kinds(JsonNode list, String what) {
        Set<LicenseKind> kinds = EnumSet.noneOf(LicenseKind.class);
        list.forEach(k -> kinds.add(LicenseKind.valueOf(k.asText().toUpperCase(Locale.ROOT).replace('-', '_'))));
        if (kinds.isEmpty()) {
            throw new IllegalStateException("corpus/license-kinds.json accepts no license kind for " + what);
        }
        return Set.copyOf(kinds);
    }

    private static List<Pattern> patterns(JsonNode list) {
        List<Pattern> patterns = new ArrayList<>();
        list.forEach(p -> patterns.add(pattern(p.asText())));
        return List.copyOf(patterns);
    }

    private static Pattern pattern(String regex) {
        try {
            return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException("bad pattern in corpus/openness-components.json: " + regex, e);
        }
    }

    private static List<String> strings(JsonNode list) {
        List<String> values = new ArrayList<>();
        list.forEach(v -> values.add(v.asText()));
        return List.copyOf(values);
    }

    private static Set<String> lower(List<String> values) {
        return Set.copyOf(values.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList());
    }
}
