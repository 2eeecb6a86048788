package org.licenselens.corpus;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Typed, validated access to the YAML front matter of one corpus file.
 *
 * <p>YAML is read into a Jackson tree only. Jackson's YAML module uses SnakeYAML as an event parser and builds
 * its own nodes, so no YAML tag can make it instantiate a Java type. Duplicate keys are rejected rather than
 * letting the last one silently win.
 */
final class FrontMatter {
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final JsonNode node;

    private FrontMatter(JsonNode node) {
        this.node = node;
    }

    /** Parses {@code yaml}, which must be a non-empty mapping. */
    static FrontMatter parse(String yaml) throws CorpusFormatException {
        JsonNode node;
        try {
            node = YAML.readTree(yaml);
        } catch (JacksonException e) {
            throw new CorpusFormatException("front matter is not valid YAML: " + oneLine(e.getOriginalMessage())
                    + location(e));
        }
        if (node == null || node.isMissingNode() || node.isNull()) {
            throw new CorpusFormatException("front matter is empty");
        }
        if (!node.isObject()) {
            throw new CorpusFormatException("front matter must be a YAML mapping of keys to values, found "
                    + describe(node));
        }
        return new FrontMatter(node);
    }

    boolean has(String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    /** Returns a scalar as text, or {@code null} when absent, null or blank. */
    String text(String field) throws CorpusFormatException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isValueNode()) {
            throw new CorpusFormatException("'" + field + "' must be a single value, found " + describe(value));
        }
        String text = value.asText();
        return text.isBlank() ? null : text;
    }

    /** Returns a scalar as text, failing with a message naming the field when it is absent or blank. */
    String requiredText(String field) throws CorpusFormatException {
        String text = text(field);
        if (text == null) {
            throw new CorpusFormatException("missing required '" + field + "'");
        }
        return text;
    }

    /** Returns a yes/no flag; absent means no. Accepts YAML booleans and yes/no/true/false/on/off/y/n. */
    boolean flag(String field) throws CorpusFormatException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return false;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        String text = value.isValueNode() ? value.asText().trim().toLowerCase(Locale.ROOT) : "";
        return switch (text) {
            case "yes", "true", "on", "y" -> true;
            case "no", "false", "off", "n" -> false;
            default -> throw new CorpusFormatException("'" + field + "' must be yes or no, was: " + value);
        };
    }

    /** Returns an integer percentage, {@code absent} when the field is missing. */
    int percent(String field, int absent) throws CorpusFormatException {
        String text = text(field);
        if (text == null) {
            return absent;
        }
        int value;
        try {
            value = Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new CorpusFormatException("'" + field + "' must be a whole number 0..100, was: " + text);
        }
        if (value < 0 || value > 100) {
            throw new CorpusFormatException("'" + field + "' must be within 0..100, was: " + value);
        }
        return value;
    }

    /** Returns a list of strings; absent means empty, and a single value counts as a one-element list. */
    List<String> list(String field) throws CorpusFormatException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (value.isValueNode()) {
            return List.of(value.asText());
        }
        if (!value.isArray()) {
            throw new CorpusFormatException("'" + field + "' must be a list of values, found a mapping");
        }
        List<String> items = new ArrayList<>(value.size());
        for (JsonNode item : value) {
            if (item.isNull()) {
                continue;
            }
            if (!item.isValueNode()) {
                throw new CorpusFormatException("'" + field + "' must be a list of plain values, found "
                        + describe(item));
            }
            items.add(item.asText());
        }
        return items;
    }

    /** SnakeYAML spreads a message over lines with positions relative to the YAML; keep the words only. */
    private static String oneLine(String message) {
        if (message == null) {
            return "(no detail)";
        }
        String flat = message.lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.equals("^") && !line.startsWith("in 'reader'"))
                .reduce((a, b) -> a + "; " + b).orElse("");
        return flat.length() <= 200 ? flat : flat.substring(0, 200) + "...";
    }

    private static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "a list";
            case OBJECT -> "a mapping";
            default -> "a " + node.getNodeType().toString().toLowerCase(Locale.ROOT) + " value";
        };
    }

    private static String location(JacksonException e) {
        var where = e.getLocation();
        return where == null || where.getLineNr() < 1 ? "" : " (line " + (where.getLineNr() + 1) + " of the file)";
    }
}
