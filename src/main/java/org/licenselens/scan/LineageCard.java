package org.licenselens.scan;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a model card's front matter says the model derives from: {@code base_model} (one id or a list) and
 * {@code base_model_relation}.
 *
 * @param line     1-based line of {@code base_model}
 * @param bases    the base model ids, in card order, each once
 * @param relation the relation; {@link BaseModelRelation#UNSPECIFIED} when absent or not a known one
 * @param problem  why the relation was not understood, or {@code null}
 */
record LineageCard(int line, List<String> bases, BaseModelRelation relation, String problem) {
    private static final Pattern BASE_MODEL = Pattern.compile("(?m)^base_model\\s*:");

    LineageCard {
        bases = List.copyOf(bases);
    }

    /** Reads the lineage of a README's front matter; {@code null} when it names no base model. */
    static LineageCard read(String text) {
        ModelCards.FrontMatter fm = ModelCards.frontMatter(text);
        // Cheap test first: most cards have no lineage, and parsing YAML twice per card costs.
        if (fm == null || !fm.yaml().contains("base_model")) {
            return null;
        }
        JsonNode card = ModelCards.cardData(fm);
        return card == null ? null : of(card, TextLines.lineOf(text, BASE_MODEL, 0));
    }

    /** Reads the lineage of parsed card data (front matter, or a Hub API record's {@code card_data}). */
    static LineageCard of(JsonNode card, int line) {
        List<String> bases = new ArrayList<>();
        JsonNode base = card.get("base_model");
        if (base != null && base.isArray()) {
            base.forEach(b -> add(bases, b));
        } else if (base != null) {
            add(bases, base);
        }
        if (bases.isEmpty()) {
            return null;
        }
        JsonNode rel = card.get("base_model_relation");
        String value = rel != null && rel.isValueNode() ? rel.asText().strip() : "";
        BaseModelRelation relation = BaseModelRelation.of(value).orElse(BaseModelRelation.UNSPECIFIED);
        String problem = value.isEmpty() || relation != BaseModelRelation.UNSPECIFIED ? null
                : "base_model_relation: '" + clip(value) + "' is not finetune, adapter, quantized or merge";
        return new LineageCard(Math.max(1, line), bases, relation, problem);
    }

    private static void add(List<String> bases, JsonNode node) {
        if (node.isValueNode() && !node.asText().isBlank()) {
            String id = node.asText().strip();
            if (!bases.contains(id)) {
                bases.add(id);
            }
        }
    }

    private static String clip(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }
}
