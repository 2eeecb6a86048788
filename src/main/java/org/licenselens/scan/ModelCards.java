package org.licenselens.scan;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the license of a Hugging Face model card: the YAML front matter of a README ({@code license:},
 * {@code license_name:}, {@code license_link:}).
 *
 * <p>The YAML is read into a tree only (SnakeYAML through Jackson, no object construction), so a card cannot
 * make the parser build arbitrary types.
 */
final class ModelCards {
    static final String SOURCE = "model-card";
    private static final ObjectMapper YAML = YAMLMapper.builder().build();

    private ModelCards() {}

    /** The front matter of {@code text}: the lines between a first line {@code ---} and the next {@code ---}. */
    record FrontMatter(String yaml, int firstLine, int lastLine) {}

    static FrontMatter frontMatter(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (!body.startsWith("---\n") && !body.startsWith("---\r\n")) {
            return null;
        }
        String[] lines = body.split("\n", -1);
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals("---")) {
                StringBuilder yaml = new StringBuilder();
                for (int j = 1; j < i; j++) {
                    yaml.append(lines[j]).append('\n');
                }
                return new FrontMatter(yaml.toString(), 1, i + 1);
            }
        }
        return null;
    }

    /**
     * The card data of a front matter: its YAML as a tree, or {@code null} when it is not valid YAML or not a
     * mapping (the license reader reports that once, as a declaration problem).
     */
    static JsonNode cardData(FrontMatter fm) {
        try {
            JsonNode card = YAML.readTree(fm.yaml());
            return card != null && card.isObject() ? card : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    /**
     * Returns what the card declares; {@code link} is resolved by the caller, which knows the tree.
     *
     * @param path display path of the README
     */
    static List<Declaration> declarations(String path, String text, Resolver resolver) {
        FrontMatter fm = frontMatter(text);
        if (fm == null || !fm.yaml().toLowerCase(Locale.ROOT).contains("license")) {
            return List.of();
        }
        JsonNode card;
        try {
            card = YAML.readTree(fm.yaml());
        } catch (JacksonException e) {
            String why = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
            return List.of(new Declaration(path, 1, SOURCE, "front matter", "", "", null,
                    "model card front matter is not valid YAML: " + why.lines().findFirst().orElse(why)));
        }
        if (card == null || !card.isObject()) {
            return List.of();
        }
        List<Declaration> found = new ArrayList<>();
        String name = text(card.get("license_name"));
        String link = text(card.get("license_link"));
        for (String id : values(card.get("license"))) {
            int line = line(text, "license");
            if (id.equalsIgnoreCase("other")) {
                String key = name == null ? "" : resolver.huggingFaceName(name);
                String value = name == null ? id : id + " (license_name: " + name + ")";
                found.add(new Declaration(path, line, SOURCE, "license", value, key, link, null));
            } else {
                found.add(new Declaration(path, line, SOURCE, "license", id, resolver.huggingFaceId(id), null, null));
            }
        }
        if (found.isEmpty() && (name != null || link != null)) {
            String key = name == null ? "" : resolver.huggingFaceName(name);
            found.add(new Declaration(path, line(text, name != null ? "license_name" : "license_link"), SOURCE,
                    name != null ? "license_name" : "license_link", name != null ? name : link, key, link, null));
        }
        return found;
    }

    private static int line(String text, String key) {
        return TextLines.lineOf(text, Pattern.compile("(?m)^" + Pattern.quote(key) + "\\s*:"), 0);
    }

    private static String text(JsonNode node) {
        return node != null && node.isValueNode() && !node.asText().isBlank() ? node.asText().strip() : null;
    }

    private static List<String> values(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node == null) {
            return values;
        }
        if (node.isArray()) {
            node.forEach(n -> {
                if (n.isValueNode() && !n.asText().isBlank()) {
                    values.add(n.asText().strip());
                }
            });
        } else if (node.isValueNode() && !node.asText().isBlank()) {
            values.add(node.asText().strip());
        }
        return values;
    }
}
