package org.licenselens.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import org.licenselens.clause.Clause;

/**
 * Aligns the clauses of several licenses, keeping each license's clause order.
 *
 * <p>Progressive alignment: the first license's clauses make the first rows; each further license is then aligned
 * against the rows built so far. Identical clauses (typography aside) are paired first, as anchors, by a Myers
 * diff (java-diff-utils), which keeps long similar texts cheap; between two anchors, rows and clauses are aligned
 * by Needleman-Wunsch, where pairing a row with a clause scores the best word-set
 * similarity between the clause and any clause already in the row (when it reaches {@link #THRESHOLD}) and a gap
 * scores nothing. The alignment with the highest total similarity wins, so a reworded clause pairs with its old
 * wording while a removed clause and an unrelated added one stay apart. Aligning against the rows rather than
 * against the first license alone lets a clause that two later licenses share, and the first lacks, fall into
 * one row. Clauses a license does not pair become new rows at their place in its order.
 */
final class ClauseAligner {
    /** The least word-set (Dice) similarity at which two clauses count as versions of one clause. */
    static final double THRESHOLD = 0.5;

    /**
     * The most row-by-clause similarities one stretch between identical clauses may cost (16 MB of tables); a
     * longer stretch, which only huge unrelated texts have, is left unpaired rather than exhaust the heap.
     */
    static final long MAX_CELLS = 1_000_000;

    /** A clause of one license, with its words and its typography-free text computed once. */
    record Item(Clause clause, String section, Set<String> words, String plain) {
        static Item of(Clause clause, String section) {
            return new Item(clause, section, Wording.words(clause.text()), Wording.typographic(clause.text()));
        }
    }

    private ClauseAligner() {
    }

    /**
     * Aligns {@code licenses}, each a list of clauses in text order, and returns the rows; each row holds one
     * entry per license, empty where that license has no clause of the row.
     */
    static List<List<Optional<Item>>> align(List<List<Item>> licenses) {
        int width = licenses.size();
        List<List<Optional<Item>>> rows = new ArrayList<>();
        for (Item item : licenses.getFirst()) {
            rows.add(row(width, 0, item));
        }
        for (int k = 1; k < width; k++) {
            rows = merge(rows, licenses.get(k), k, width);
        }
        return rows;
    }

    private static List<Optional<Item>> row(int width, int column, Item item) {
        List<Optional<Item>> row = new ArrayList<>(Collections.nCopies(width, Optional.empty()));
        row.set(column, Optional.of(item));
        return row;
    }

    private static List<List<Optional<Item>>> merge(List<List<Optional<Item>>> rows, List<Item> items, int column,
            int width) {
        List<Set<String>> rowTexts = rows.stream().map(row -> row.stream().flatMap(Optional::stream)
                .map(Item::plain).collect(Collectors.toSet())).toList();
        List<Set<String>> itemTexts = items.stream().map(item -> Set.of(item.plain())).toList();
        Patch<Set<String>> patch = DiffUtils.diff(rowTexts, itemTexts, (a, b) -> !Collections.disjoint(a, b));
        List<List<Optional<Item>>> merged = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (AbstractDelta<Set<String>> delta : patch.getDeltas()) {
            for (; i < delta.getSource().getPosition(); i++, j++) {
                merged.add(paired(rows.get(i), column, items.get(j)));
            }
            int rowEnd = i + delta.getSource().size();
            int itemEnd = j + delta.getTarget().size();
            merged.addAll(block(rows.subList(i, rowEnd), items.subList(j, itemEnd), column, width));
            i = rowEnd;
            j = itemEnd;
        }
        for (; i < rows.size(); i++, j++) {
            merged.add(paired(rows.get(i), column, items.get(j)));
        }
        return merged;
    }

    private static List<Optional<Item>> paired(List<Optional<Item>> row, int column, Item item) {
        List<Optional<Item>> paired = new ArrayList<>(row);
        paired.set(column, Optional.of(item));
        return paired;
    }

    /** Aligns the rows and clauses between two anchors by Needleman-Wunsch on similarity. */
    private static List<List<Optional<Item>>> block(List<List<Optional<Item>>> rows, List<Item> items, int column,
            int width) {
        int n = rows.size();
        int m = items.size();
        List<List<Optional<Item>>> merged = new ArrayList<>();
        if ((long) n * m > MAX_CELLS) {
            merged.addAll(rows);
            items.forEach(item -> merged.add(row(width, column, item)));
            return merged;
        }
        double[][] pair = new double[n][m];
        double[][] best = new double[n + 1][m + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                double s = similarity(rows.get(i - 1), items.get(j - 1));
                pair[i - 1][j - 1] = s >= THRESHOLD ? s : Double.NaN;
                double diagonal = Double.isNaN(pair[i - 1][j - 1]) ? -1 : best[i - 1][j - 1] + s;
                best[i][j] = Math.max(diagonal, Math.max(best[i - 1][j], best[i][j - 1]));
            }
        }
        // Traced back from the end, then reversed: within a run of gaps the existing rows come first, then the
        // license's own clauses, so output is deterministic.
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            if (i > 0 && j > 0 && !Double.isNaN(pair[i - 1][j - 1])
                    && best[i][j] == best[i - 1][j - 1] + pair[i - 1][j - 1]) {
                merged.add(paired(rows.get(i - 1), column, items.get(j - 1)));
                i--;
                j--;
            } else if (j > 0 && (i == 0 || best[i][j] == best[i][j - 1])) {
                merged.add(row(width, column, items.get(j - 1)));
                j--;
            } else {
                merged.add(rows.get(i - 1));
                i--;
            }
        }
        Collections.reverse(merged);
        return merged;
    }

    private static double similarity(List<Optional<Item>> row, Item item) {
        double best = 0;
        for (Optional<Item> cell : row) {
            if (cell.isPresent()) {
                best = Math.max(best, Wording.similarity(cell.get().words(), item.words()));
            }
        }
        return best;
    }
}
