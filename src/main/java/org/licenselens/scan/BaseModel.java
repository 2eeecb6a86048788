package org.licenselens.scan;

import java.util.List;
import java.util.Objects;
import org.licenselens.clause.FlagType;

/**
 * One base a model derives from, resolved to its license.
 *
 * @param id         the base's model id as the card writes it ({@code meta-llama/Llama-3.1-8B})
 * @param resolvedBy where its license was found; {@link LineageSource#UNKNOWN} when nowhere
 * @param license    the ScanCode expression of the licenses that bind the base: its own and, for a base that is
 *                   itself a derivative in the tree, those it inherits; empty when unknown
 * @param source     what resolved it: the base's folder, the registry pattern and its source URL, the mapping
 *                   file; {@code null} when unknown
 * @param terms      the terms of those licenses that bind derivatives, with evidence, in license then line order
 */
public record BaseModel(String id, LineageSource resolvedBy, String license, String source, List<InheritedTerm> terms) {
    public BaseModel {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(resolvedBy, "resolvedBy");
        Objects.requireNonNull(license, "license");
        terms = List.copyOf(terms);
        if ((resolvedBy == LineageSource.UNKNOWN) != license.isEmpty()) {
            throw new IllegalArgumentException("an unknown base has no license, a known one has one: " + id);
        }
    }

    /** Whether its license is unknown. */
    public boolean unknown() {
        return resolvedBy == LineageSource.UNKNOWN;
    }

    /** The flag types of its terms, each once, in flag-type order. */
    public List<FlagType> termTypes() {
        return terms.stream().map(t -> t.flag().type()).distinct().sorted().toList();
    }
}
