package org.licenselens.scan;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a Hugging Face model card says about the model beyond its license: the models it derives from.
 *
 * @param path        display path of the README that holds the card
 * @param baseModels  {@code base_model} (a string or a list), as written, e.g. {@code meta-llama/Llama-3.1-8B}
 * @param relation    {@code base_model_relation} ({@code finetune}, {@code adapter}, {@code quantized},
 *                    {@code merge}), or {@code null}
 * @param task        {@code pipeline_tag}, e.g. {@code text-generation}, or {@code null}
 */
public record ModelCard(String path, List<String> baseModels, String relation, String task) {
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    public ModelCard {
        Objects.requireNonNull(path, "path");
        baseModels = List.copyOf(baseModels);
    }

    /**
     * Reads the card in a README's front matter (YAML into a tree only, as for the license fields), or returns
     * {@code null} when the text has no front matter or it is not valid YAML.
     */
    public static ModelCard read(String path, String text) {
        ModelCards.FrontMatter fm = ModelCards.frontMatter(text);
        if (fm == null) {
            return null;
        }
        JsonNode card;
        try {
            card = YAML.readTree(fm.yaml());
        } catch (JacksonException e) {
            return null;
        }
        if (card == null || !card.isObject()) {
            return null;
        }
        List<String> bases = new ArrayList<>();
        JsonNode base = card.get("base_model");
        if (base != null && base.isArray()) {
            base.forEach(n -> addText(bases, n));
        } else {
            addText(bases, base);
        }
        return new ModelCard(path, bases, text(card.get("base_model_relation")), text(card.get("pipeline_tag")));
    }

    private static void addText(List<String> into, JsonNode node) {
        String t = text(node);
        if (t != null) {
            into.add(t);
        }
    }

    private static String text(JsonNode node) {
        return node != null && node.isValueNode() && !node.asText().isBlank() ? node.asText().strip() : null;
    }
}
