package org.licenselens.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.licenselens.clause.Clause;
import org.licenselens.text.LineMap;
import org.licenselens.clause.ClauseSegmenter;

/**
 * Compares two or more licenses side by side: which risky clauses each has (the flag matrix), and their texts
 * aligned clause by clause with the word-level differences.
 *
 * <pre>{@code
 * LicenseComparison c = new LicenseComparer().compare(List.of(llama2, llama31));
 * c.row("training-ban").cells();   // flagged in Llama 2 only
 * }</pre>
 *
 * <p>Texts are segmented by {@link ClauseSegmenter} and aligned progressively in argument order (see
 * {@link ClauseAligner}): the first license is the reference of each row it has a clause in, and differences are
 * shown against the first license that has the row's clause. Thread-safe.
 */
public final class LicenseComparer {
    private final ClauseSegmenter segmenter;

    /** Creates a comparer with its own clause segmenter. */
    public LicenseComparer() {
        this(new ClauseSegmenter());
    }

    /** Creates a comparer that segments with {@code segmenter}. */
    public LicenseComparer(ClauseSegmenter segmenter) {
        this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
    }

    /**
     * Compares {@code documents}, in their order.
     *
     * @throws IllegalArgumentException with fewer than two documents
     */
    public LicenseComparison compare(List<LicenseDocument> documents) {
        if (documents == null || documents.size() < 2) {
            throw new IllegalArgumentException("compare needs at least two licenses");
        }
        // One line map per text, shared by the section numbers and the clause segmenter.
        List<LineMap> lines = documents.stream().map(d -> LineMap.of(d.text())).toList();
        List<String[]> sections = new ArrayList<>();
        for (int d = 0; d < documents.size(); d++) {
            sections.add(SectionNumbers.byLine(documents.get(d).text(), lines.get(d)));
        }
        List<List<ClauseAligner.Item>> clauses = new ArrayList<>();
        for (int d = 0; d < documents.size(); d++) {
            String[] bySection = sections.get(d);
            List<ClauseAligner.Item> items = new ArrayList<>();
            for (Clause clause : segmenter.segment(documents.get(d).text(), lines.get(d))) {
                items.add(ClauseAligner.Item.of(clause, FlagMatrix.section(bySection, clause.startLine())));
            }
            clauses.add(items);
        }
        List<AlignedRow> rows = ClauseAligner.align(clauses).stream().map(LicenseComparer::row).toList();
        return new LicenseComparison(documents, FlagMatrix.rows(documents, sections), rows);
    }

    private static AlignedRow row(List<Optional<ClauseAligner.Item>> items) {
        ClauseAligner.Item first = items.stream().flatMap(Optional::stream).findFirst().orElseThrow();
        String reference = first.clause().text();
        String plainReference = first.plain();
        boolean allEqual = true;
        List<Optional<AlignedClause>> cells = new ArrayList<>();
        for (Optional<ClauseAligner.Item> item : items) {
            cells.add(item.map(it -> {
                Clause c = it.clause();
                boolean equal = it.plain().equals(plainReference);
                return new AlignedClause(it.section(), c.startLine(), c.endLine(), c.text(),
                        equal ? List.of() : WordDiff.diff(reference, c.text()));
            }));
            allEqual &= item.isEmpty() || item.get().plain().equals(plainReference);
        }
        long present = items.stream().filter(Optional::isPresent).count();
        AlignedRow.Status status = present == 1 ? AlignedRow.Status.ONLY_IN
                : present < items.size() ? AlignedRow.Status.PARTIAL
                : allEqual ? AlignedRow.Status.SAME : AlignedRow.Status.CHANGED;
        return new AlignedRow(status, cells);
    }
}
