package org.licenselens.scan;

import java.util.List;
import java.util.Objects;

/**
 * Everything a scan found, immutable and in a deterministic order whatever the thread timing.
 *
 * <p>Every visited path is accounted for once: in {@code files} (analysed, {@code error} set when unreadable),
 * in {@code skipped}, or, for {@link SkipReason#NOT_LICENSE_FILE}, only in {@code summary.skipped}.
 *
 * @param root               the scanned path as given
 * @param allFiles           whether every text file was read ({@code --all-files})
 * @param files              analysed files, folders that could not be listed and paths that could not be
 *                           read, in walk order (sorted, depth first)
 * @param skipped            skipped paths of every listed reason, in walk order
 * @param declared           declarations, in walk order then line order
 * @param mismatches         declared/detected mismatches, in declaration order
 * @param expression         the repository-level ScanCode expression: the detected licenses of license,
 *                           notice, policy and linked files (and source files with {@code --all-files}) joined
 *                           with AND in walk order; {@code unknown-license-reference} for unknown text
 * @param declaredExpression the declared licenses joined with AND; empty when nothing is declared
 * @param flags              clause flags over all files, in {@link org.licenselens.clause.FlagType} order
 * @param review             the review queue, ranked
 * @param summary            the counts
 * @param lineage            every model card that names a {@code base_model}, in walk order
 */
public record ScanResult(String root, boolean allFiles, List<ScannedFile> files, List<Skipped> skipped,
                         List<Declaration> declared, List<Mismatch> mismatches, String expression,
                         String declaredExpression, List<FlagUse> flags, List<ReviewItem> review,
                         ScanSummary summary, List<ModelLineage> lineage) {
    /** A result without lineage: a tree whose cards name no base model. */
    public ScanResult(String root, boolean allFiles, List<ScannedFile> files, List<Skipped> skipped,
                      List<Declaration> declared, List<Mismatch> mismatches, String expression,
                      String declaredExpression, List<FlagUse> flags, List<ReviewItem> review, ScanSummary summary) {
        this(root, allFiles, files, skipped, declared, mismatches, expression, declaredExpression, flags, review,
                summary, List.of());
    }

    public ScanResult {
        lineage = List.copyOf(lineage);
        Objects.requireNonNull(root, "root");
        files = List.copyOf(files);
        skipped = List.copyOf(skipped);
        declared = List.copyOf(declared);
        mismatches = List.copyOf(mismatches);
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(declaredExpression, "declaredExpression");
        flags = List.copyOf(flags);
        review = List.copyOf(review);
        Objects.requireNonNull(summary, "summary");
        if (skipped.stream().anyMatch(s -> !s.reason().listed())) {
            throw new IllegalArgumentException("not-license-file paths are counted, not listed");
        }
    }

    /** The lineage conflicts of every model, in walk order. */
    public List<LineageConflict> lineageConflicts() {
        return lineage.stream().flatMap(l -> l.conflicts().stream()).toList();
    }

    /** Whether some file could not be read: the run was partial. */
    public boolean partial() {
        return summary.errors() > 0;
    }
}
