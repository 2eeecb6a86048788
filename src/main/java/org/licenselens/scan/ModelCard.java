package org.licenselens.scan;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * A model card as an SBOM describes it: the README that holds it, its task, and its lineage as the scan resolved
 * it. The base models come from the scan's one lineage reader ({@link ScanResult#lineage()}), never read again.
 *
 * @param path    display path of the README that holds the card
 * @param task    {@code pipeline_tag}, e.g. {@code text-generation}, or {@code null}
 * @param lineage what the card derives from, with each base's license; {@code null} when it names no base model
 */
public record ModelCard(String path, String task, ModelLineage lineage) {
    public ModelCard {
        Objects.requireNonNull(path, "path");
        if (lineage != null && !lineage.path().equals(path)) {
            throw new IllegalArgumentException("the lineage of " + lineage.path() + " is not that of " + path);
        }
    }

    /** The bases the card names, in card order; empty without lineage. */
    public List<BaseModel> bases() {
        return lineage == null ? List.of() : lineage.bases();
    }

    /**
     * Reads the card of the README {@code path} of {@code result}, or returns {@code null} when its text has no
     * front matter or the front matter is not valid YAML (the scan reported that as a declaration problem).
     */
    public static ModelCard read(ScanResult result, String path, String text) {
        ModelCards.FrontMatter fm = ModelCards.frontMatter(text);
        if (fm == null) {
            return null;
        }
        JsonNode card = ModelCards.cardData(fm);
        if (card == null) {
            return null;
        }
        JsonNode tag = card.get("pipeline_tag");
        String task = tag != null && tag.isValueNode() && !tag.asText().isBlank() ? tag.asText().strip() : null;
        ModelLineage lineage = result.lineage().stream().filter(l -> l.path().equals(path)).findFirst().orElse(null);
        return new ModelCard(path, task, lineage);
    }
}
