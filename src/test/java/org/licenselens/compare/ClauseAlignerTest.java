package org.licenselens.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.licenselens.clause.Clause;

class ClauseAlignerTest {
    private static List<ClauseAligner.Item> items(List<String> texts) {
        List<ClauseAligner.Item> items = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            items.add(ClauseAligner.Item.of(new Clause(offset, offset + t.length(), i + 1, i + 1, t), null));
            offset += t.length() + 1;
        }
        return items;
    }

    private static List<String> texts(List<Optional<ClauseAligner.Item>> row) {
        return row.stream().map(c -> c.map(i -> i.clause().text()).orElse("-")).toList();
    }

    @Test
    void pairsRewordedClausesKeepsOrderAndLeavesUnrelatedOnesApart() {
        List<String> a = List.of("The grant covers copies of the work.", "You must keep this notice in copies.",
                "Nothing here is a warranty of any kind.");
        List<String> b = List.of("The grant covers all copies of the work.", "Recipients may sell their own versions.",
                "Nothing here is a warranty of any kind.");
        List<List<Optional<ClauseAligner.Item>>> rows = ClauseAligner.align(List.of(items(a), items(b)));
        assertEquals(List.of(
                List.of(a.get(0), b.get(0)),
                List.of(a.get(1), "-"),
                List.of("-", b.get(1)),
                List.of(a.get(2), b.get(2))), rows.stream().map(ClauseAlignerTest::texts).toList());
    }

    @Test
    void anchorsOnIdenticalClausesSoLongSimilarTextsStayCheap() {
        List<String> a = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            a.add("Item " + i + " obliges party " + (i * 7) + " to act.");
        }
        List<String> b = new ArrayList<>(a);
        b.set(2500, "Item 2500 obliges party nobody to act.");
        b.remove(4000);
        List<List<Optional<ClauseAligner.Item>>> rows = ClauseAligner.align(List.of(items(a), items(b)));
        assertEquals(5000, rows.size());
        assertEquals(List.of(a.get(2500), b.get(2500)), texts(rows.get(2500)), "the changed clause pairs up");
        assertEquals(List.of(a.get(4000), "-"), texts(rows.get(4000)));
    }

    @Test
    void hugeUnrelatedTextsAreLeftUnpairedInsteadOfExhaustingTheHeap() {
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            a.add("alpha beta gamma " + i);
            b.add("alpha beta gamma " + (i + 100_000));
        }
        assertTrue(1500L * 1500 > ClauseAligner.MAX_CELLS);
        List<List<Optional<ClauseAligner.Item>>> rows = ClauseAligner.align(List.of(items(a), items(b)));
        assertEquals(3000, rows.size());
        assertTrue(rows.stream().allMatch(r -> r.stream().filter(Optional::isPresent).count() == 1));
    }
}
