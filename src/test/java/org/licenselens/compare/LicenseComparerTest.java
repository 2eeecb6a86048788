package org.licenselens.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.licenselens.LicenseLens;
import org.licenselens.testing.TestCorpus;

class LicenseComparerTest {
    private static final String ADDED = "8. The licensor may inspect your records once a year to confirm "
            + "that you comply with every term of this text.";

    private static LicenseDocument document(String name, String text) {
        LicenseLens lens = TestCorpus.lens();
        return new LicenseDocument(name, LicenseDocument.Origin.FILE, null, null, text,
                lens.analyse(text, lens.detect(text)));
    }

    private static List<Boolean> flagged(LicenseComparison c, String row) {
        return c.row(row).cells().stream().map(MatrixCell::flagged).toList();
    }

    private static List<AlignedRow> rows(LicenseComparison c, AlignedRow.Status status) {
        return c.clauses().stream().filter(r -> r.status() == status).toList();
    }

    private static AlignedClause cell(AlignedRow row, int license) {
        return row.cells().get(license).orElseThrow();
    }

    @Test
    void llama2Llama31AndGemmaDifferAsAReviewerExpects() {
        LicenseComparison c = TestCorpus.lens().compare(List.of("llama2", "llama3.1", "gemma"));
        assertEquals(List.of("llama-2-license-2023", "llama-3.1-license-2024", "gemma-tou-2025-03-24"),
                c.documents().stream().map(LicenseDocument::key).toList());
        assertEquals(List.of(true, false, false), flagged(c, "training-ban"), "training ban only in Llama 2");
        assertEquals(List.of(false, true, false), flagged(c, "attribution-naming"), "naming only in Llama 3.1");
        assertEquals(List.of(true, true, false), flagged(c, "mau-threshold"), "MAU threshold in both Llamas");
        assertEquals(List.of(true, true, true), flagged(c, "use-restriction"), "use restrictions in all three");
        for (int llama = 0; llama < 2; llama++) {
            MatrixCell mau = c.row("mau-threshold").cells().get(llama);
            assertEquals(List.of(700_000_000L), mau.values().get("users"));
            assertEquals("700,000,000 users", mau.value());
            assertEquals("2", mau.evidence().getFirst().section());
        }
        Evidence ban = c.row("training-ban").cells().getFirst().evidence().getFirst();
        assertEquals("1.b.v", ban.section());
        assertTrue(ban.text().startsWith("You will not use the Llama Materials"), ban.text());
        assertTrue(c.row("training-ban").differs());
        assertEquals(List.of(true, true, true), flagged(c, "osd"), "none of the three is Open Source");
        assertEquals(List.of(5, 6), c.row("osd").cells().getFirst().values().get("criteria"));
    }

    @Test
    void llama2ToLlama31ShowsSection1bvRemovedAndTheNamingClauseAdded() {
        LicenseComparison c = TestCorpus.lens().compare(List.of("llama-2-license-2023", "llama-3.1-license-2024"));
        AlignedRow removed = c.clauses().stream()
                .filter(r -> r.cells().get(0).map(a -> a.text().startsWith("You will not use")).orElse(false))
                .findFirst().orElseThrow();
        assertEquals(AlignedRow.Status.ONLY_IN, removed.status());
        assertEquals("1.b.v", cell(removed, 0).section());
        AlignedRow naming = c.clauses().stream()
                .filter(r -> r.cells().get(1).map(a -> a.text().contains("at the beginning of any such AI model name"))
                        .orElse(false))
                .findFirst().orElseThrow();
        assertEquals(AlignedRow.Status.ONLY_IN, naming.status());
        assertEquals("1.b.i", cell(naming, 1).section());

        AlignedRow dates = c.clauses().stream()
                .filter(r -> r.cells().get(0).map(a -> a.text().contains("Version Release Date")).orElse(false))
                .findFirst().orElseThrow();
        assertEquals(AlignedRow.Status.CHANGED, dates.status(), "a new version date is a change, not a new clause");
        assertTrue(cell(dates, 1).diff().stream().anyMatch(s -> s.kind() == DiffSegment.Kind.REMOVED
                && s.text().contains("2")), cell(dates, 1).diff().toString());
        assertTrue(cell(dates, 1).diff().stream().anyMatch(s -> s.kind() == DiffSegment.Kind.ADDED
                && s.text().contains("3.1")), cell(dates, 1).diff().toString());

        // Rows keep the text order of both licenses.
        for (int license = 0; license < 2; license++) {
            int previous = 0;
            for (AlignedRow row : c.clauses()) {
                Optional<AlignedClause> clause = row.cells().get(license);
                if (clause.isPresent()) {
                    assertTrue(clause.get().startLine() >= previous, "order of license " + license);
                    previous = clause.get().startLine();
                }
            }
        }
    }

    @Test
    void aDeletedAndAnAddedClauseAreTheOnlyDifferences() {
        String original = TestCorpus.licenseText("llama-3.1-license-2024");
        List<String> lines = new ArrayList<>(original.lines().toList());
        int deleted = indexOf(lines, "If you receive Llama Materials");
        String deletedLine = lines.remove(deleted).strip();
        lines.add("");
        lines.add(ADDED);
        String variant = String.join("\n", lines) + "\n";

        LicenseComparison c = new LicenseComparer().compare(List.of(document("A", original), document("B", variant)));
        List<AlignedRow> onlyA = c.clauses().stream()
                .filter(r -> r.status() == AlignedRow.Status.ONLY_IN && r.presentIn().equals(List.of(0))).toList();
        List<AlignedRow> onlyB = c.clauses().stream()
                .filter(r -> r.status() == AlignedRow.Status.ONLY_IN && r.presentIn().equals(List.of(1))).toList();
        assertEquals(1, onlyA.size(), onlyA.toString());
        assertEquals(1, onlyB.size(), onlyB.toString());
        assertTrue(deletedLine.endsWith(cell(onlyA.getFirst(), 0).text()), cell(onlyA.getFirst(), 0).text());
        assertEquals("1.b.ii", cell(onlyA.getFirst(), 0).section());
        AlignedClause added = cell(onlyB.getFirst(), 1);
        assertTrue(ADDED.contains(added.text()), added.text());
        assertEquals("8", added.section());
        int others = c.clauses().size() - 2;
        assertEquals(others, rows(c, AlignedRow.Status.SAME).size(), "every other clause is the same: "
                + c.clauses().stream().filter(r -> r.status() != AlignedRow.Status.SAME).map(AlignedRow::toString)
                .collect(Collectors.joining("\n")));
        assertTrue(others > 30, "the license has its clauses: " + others);
    }

    @Test
    void aClauseSharedByTheLaterLicensesOnlyFallsIntoOnePartialRow() {
        String original = TestCorpus.licenseText("llama-3.1-license-2024");
        List<String> lines = new ArrayList<>(original.lines().toList());
        String removed = lines.remove(indexOf(lines, "If you receive Llama Materials")).strip();
        String without = String.join("\n", lines) + "\n";

        LicenseComparison c = new LicenseComparer().compare(List.of(document("A", without),
                document("B", original), document("C", original)));
        List<AlignedRow> partial = rows(c, AlignedRow.Status.PARTIAL);
        assertEquals(1, partial.size(), partial.toString());
        assertEquals(List.of(1, 2), partial.getFirst().presentIn());
        assertTrue(removed.endsWith(cell(partial.getFirst(), 1).text()));
        assertTrue(cell(partial.getFirst(), 2).diff().isEmpty(), "C has B's words, so no differences");
        assertEquals(c.clauses().size() - 1, rows(c, AlignedRow.Status.SAME).size());
        assertTrue(rows(c, AlignedRow.Status.ONLY_IN).isEmpty());
    }

    @Test
    void identicalTextsAreSameEverywhereAndTheMatrixSaysTheyDoNotDiffer() {
        String text = TestCorpus.licenseText("gemma-tou-2025-03-24");
        LicenseComparison c = new LicenseComparer().compare(List.of(document("A", text), document("B", text)));
        assertTrue(c.clauses().stream().allMatch(r -> r.status() == AlignedRow.Status.SAME));
        assertTrue(c.matrix().stream().noneMatch(MatrixRow::differs));
        assertEquals(11, c.matrix().size(), "ten flag rows and the OSD verdict");
    }

    @Test
    void needsTwoLicensesAndRejectsNamesThatAreNothing() {
        LicenseLens lens = TestCorpus.lens();
        assertThrows(IllegalArgumentException.class, () -> lens.compare(List.of("llama2")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> lens.compare(List.of("llama2", "no-such-license-anywhere")));
        assertTrue(e.getMessage().contains("'no-such-license-anywhere'"), e.getMessage());
        assertFalse(lens.compareDocument("LLAMA3.1").text().isBlank(), "Hub ids are case-insensitive");
    }

    private static int indexOf(List<String> lines, String start) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(start)) {
                return i;
            }
        }
        throw new AssertionError("no line with " + start);
    }
}
