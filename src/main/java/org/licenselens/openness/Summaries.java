package org.licenselens.openness;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The one-line summary of a release for people: weights and their terms, training code, data, the verdicts. */
final class Summaries {
    private Summaries() {}

    static String summary(Map<Component, ComponentFinding> found, MofClass reached, OsaidCheck osaid) {
        List<String> parts = new ArrayList<>();
        parts.add(weights(found.get(Component.FINAL_PARAMETERS)));
        parts.add(code(found.get(Component.TRAINING_CODE)));
        parts.add(data(found));
        parts.add(reached == MofClass.NONE ? "no MOF class" : "MOF " + reached.title());
        parts.add("OSAID 1.0 " + (osaid.conformant() ? "conformant" : "not conformant"));
        return String.join("; ", parts);
    }

    private static String weights(ComponentFinding weights) {
        if (weights == null) {
            return "no weights";
        }
        if (weights.presence() == Presence.DECLARED) {
            return "weights declared elsewhere (not verified)";
        }
        ComponentLicense license = weights.licenses().getFirst();
        if (license.source() == LicenseSource.NONE) {
            return "weights without a license";
        }
        String terms = license.terms().stream().sorted(java.util.Comparator.comparing(Term::type)).map(Term::shortName)
                .distinct().collect(Collectors.joining(", "));
        // "Open weights" says only that they are downloadable: the terms in brackets and the class say how open.
        return "open weights (" + license.name()
                + (terms.isEmpty() ? "" : ": " + terms) + ")";
    }

    private static String code(ComponentFinding training) {
        if (training == null) {
            return "training code not released";
        }
        return training.presence() == Presence.DECLARED ? "training code declared elsewhere (not verified)"
                : "training code released";
    }

    private static String data(Map<Component, ComponentFinding> found) {
        ComponentFinding datasets = found.get(Component.DATASETS);
        if (datasets != null && datasets.presence() == Presence.IN_RELEASE) {
            return "data released (" + datasets.licenses().getFirst().name() + ")";
        }
        ComponentFinding card = found.get(Component.DATA_CARD);
        if (card != null) {
            return card.recognition() == Recognition.CARD_SECTION ? "data described in the model card"
                    : "data described (data card)";
        }
        if (datasets != null) {
            return "data declared elsewhere (not verified)";
        }
        return "data not described";
    }
}
