package org.licenselens.scan;

import org.licenselens.corpus.ExpressionOperators;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.licenselens.corpus.HuggingFaceLicenses;
import org.licenselens.index.LicenseCatalog;
import org.licenselens.match.LicenseDetector;
import org.licenselens.match.LicenseExpressions;

/** Turns declared values (SPDX expressions, Hugging Face ids, free-text names) into ScanCode expressions. */
final class Resolver {
    private final LicenseCatalog index;
    private final LicenseDetector detector;
    private final HuggingFaceLicenses huggingFace;

    Resolver(LicenseCatalog index, LicenseDetector detector, HuggingFaceLicenses huggingFace) {
        this.index = index;
        this.detector = detector;
        this.huggingFace = huggingFace;
    }

    /** Resolves an SPDX expression ({@code MIT OR Apache-2.0}); empty unless every id is known. */
    Optional<String> spdx(String expression) {
        String value = expression.strip();
        if (value.isEmpty() || !value.matches("[A-Za-z0-9.+\\-() ]+")) {
            return Optional.empty();
        }
        boolean[] allKnown = {true};
        String renamed = LicenseExpressions.rename(value, id -> {
            Optional<String> key = index.keyForSpdx(id);
            if (key.isEmpty()) {
                allKnown[0] = false;
            }
            return key.orElse(id);
        });
        // rename() upper-cases operators: "and" alone is no expression
        boolean onlyOperators = LicenseExpressions.keys(value).stream()
                .allMatch(ExpressionOperators::isOperator);
        return allKnown[0] && !onlyOperators ? Optional.of(renamed.replace(" AND ", " and ")
                .replace(" OR ", " or ").replace(" WITH ", " with ")) : Optional.empty();
    }

    /** Identifies free text ("Apache License, Version 2.0", a classifier) with the detector; empty when nothing. */
    String text(String text) {
        return text.isBlank() ? "" : detector.detect(text).expression();
    }

    /** An SPDX expression if it is one, else free text. */
    String any(String value) {
        return spdx(value).orElseGet(() -> text(value));
    }

    /** A Hugging Face {@code license:} id, else an SPDX id; empty when neither. */
    String huggingFaceId(String id) {
        return huggingFace.keyForId(id).or(() -> spdx(id)).orElse("");
    }

    /** A {@code license_name:} given with {@code license: other}; empty when not mapped. */
    String huggingFaceName(String name) {
        return huggingFace.keyForOtherName(name).orElse("");
    }
}
