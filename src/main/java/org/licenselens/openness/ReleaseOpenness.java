package org.licenselens.openness;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The openness of one model release: its components with their licenses, the MOF class it reaches with what each
 * higher class lacks, OSAID 1.0 conformance, and a one-line summary for people. The per-model result a hub counts.
 *
 * @param root       the release folder as given
 * @param components the components found, in {@link Component} order
 * @param mofClass   the highest class reached
 * @param classes    the check of each class, III, II, I
 * @param osaid      OSAID 1.0 conformance
 * @param summary    one line, e.g. "open weights (Llama 3.1 ...: MAU cap, AUP, naming duty); training code not
 *                   released; data not described"
 * @param unreadable paths of the release that could not be read, each with why
 */
public record ReleaseOpenness(String root, List<ComponentFinding> components, MofClass mofClass,
                              List<ClassCheck> classes, OsaidCheck osaid, String summary, List<Evidence> unreadable) {
    public ReleaseOpenness {
        Objects.requireNonNull(root, "root");
        components = List.copyOf(components);
        Objects.requireNonNull(mofClass, "mofClass");
        classes = List.copyOf(classes);
        Objects.requireNonNull(osaid, "osaid");
        Objects.requireNonNull(summary, "summary");
        unreadable = List.copyOf(unreadable);
    }

    /** Returns the finding of {@code component}, if the release has it or declares it. */
    public Optional<ComponentFinding> find(Component component) {
        return components.stream().filter(f -> f.component() == component).findFirst();
    }

    /** Returns the check of {@code mofClass} (not {@link MofClass#NONE}). */
    public ClassCheck check(MofClass mofClass) {
        return classes.stream().filter(c -> c.mofClass() == mofClass).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no check for " + mofClass));
    }

    /** Returns the verdict alone, without evidence: what a count over many models keeps. */
    public OpennessVerdict verdict() {
        return new OpennessVerdict(root, mofClass, osaid.conformant(), summary);
    }

    /** Whether the release conforms to OSAID 1.0. */
    public boolean osaidConformant() {
        return osaid.conformant();
    }
}
