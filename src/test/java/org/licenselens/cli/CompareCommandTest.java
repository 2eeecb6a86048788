package org.licenselens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licenselens.report.ComparisonJsonReport;
import org.licenselens.report.ComparisonTextReport;
import org.licenselens.testing.TestCorpus;

class CompareCommandTest {
    @TempDir
    Path dir;

    private static List<Boolean> flagged(JsonNode json, String row) {
        for (JsonNode r : json.get("matrix")) {
            if (r.get("id").asText().equals(row)) {
                List<Boolean> flags = new ArrayList<>();
                r.get("cells").forEach(c -> flags.add(c.get("flagged").asBoolean()));
                return flags;
            }
        }
        throw new AssertionError("no matrix row " + row);
    }

    private static JsonNode row(JsonNode json, String id) {
        for (JsonNode r : json.get("matrix")) {
            if (r.get("id").asText().equals(id)) {
                return r;
            }
        }
        throw new AssertionError("no matrix row " + id);
    }

    private static Set<String> fields(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void jsonShowsTheDifferencesAReviewerExpectsBetweenLlama2Llama31AndGemma() {
        Cli.Result r = Cli.command("compare", "--format", "json", "llama2", "llama3.1", "gemma");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode json = r.json();
        assertEquals(Set.of("schema", "tool", "corpus", "licenses", "matrix", "clauses", "summary"), fields(json));
        assertEquals(ComparisonJsonReport.SCHEMA, json.get("schema").asText());
        assertEquals(Set.of("name", "origin", "key", "spdx", "title", "lines"), fields(json.at("/licenses/0")));
        assertEquals("huggingface-id", json.at("/licenses/0/origin").asText());
        assertEquals("llama-2-license-2023", json.at("/licenses/0/key").asText());
        assertEquals("gemma-tou-2025-03-24", json.at("/licenses/2/key").asText());

        assertEquals(List.of(true, false, false), flagged(json, "training-ban"));
        assertEquals(List.of(false, true, false), flagged(json, "attribution-naming"));
        assertEquals(List.of(true, true, false), flagged(json, "mau-threshold"));
        assertEquals(List.of(true, true, true), flagged(json, "use-restriction"));
        JsonNode mau = row(json, "mau-threshold");
        assertEquals(700_000_000L, mau.at("/cells/0/values/users/0").asLong());
        assertEquals(700_000_000L, mau.at("/cells/1/values/users/0").asLong());
        assertEquals(Set.of("license", "flagged", "value", "values", "evidence"), fields(mau.at("/cells/0")));
        assertEquals(Set.of("section", "startLine", "endLine", "text", "values"),
                fields(mau.at("/cells/0/evidence/0")));
        JsonNode ban = row(json, "training-ban").at("/cells/0/evidence/0");
        assertEquals("1.b.v", ban.get("section").asText());
        assertTrue(ban.get("text").asText().startsWith("You will not use the Llama Materials"));
        assertTrue(json.at("/summary/differingFlags").toString().contains("training-ban"));
        assertEquals(false, row(json, "osd").at("/cells/2/values/osdCompatible").asBoolean(true));

        boolean removedClause = false;
        for (JsonNode clause : json.get("clauses")) {
            assertEquals(3, clause.get("cells").size());
            JsonNode a = clause.at("/cells/0");
            if (!a.isNull() && a.get("text").asText().startsWith("You will not use")) {
                assertEquals("only-in", clause.get("status").asText());
                assertEquals("[\"llama2\"]", clause.get("in").toString());
                assertEquals("1.b.v", a.get("section").asText());
                removedClause = true;
            }
        }
        assertTrue(removedClause, "the training-ban clause has its own row");
    }

    @Test
    void textFitsOneHundredColumnsWithTheMatrixFirstThenTheClauses() {
        Cli.Result r = Cli.command("compare", "llama2", "llama3.1", "gemma");
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        for (String line : lines) {
            assertTrue(line.length() <= ComparisonTextReport.WIDTH, line.length() + ": " + line);
        }
        int flags = lines.indexOf(lines.stream().filter(l -> l.startsWith("FLAG ")).findFirst().orElseThrow());
        int clauses = lines.indexOf(lines.stream().filter(l -> l.startsWith("CLAUSES")).findFirst().orElseThrow());
        assertTrue(flags < clauses);
        assertEquals(List.of("yes", "no", "no"), cells(lines, "Training ban"));
        assertEquals(List.of("no", "yes (2 clauses)", "no"), cells(lines, "Naming (attribution)"));
        assertEquals(List.of("700,000,000 users", "700,000,000 users", "no"), cells(lines, "MAU threshold"));
        assertTrue(cells(lines, "Use restrictions").stream().allMatch(c -> c.startsWith("yes")),
                cells(lines, "Use restrictions").toString());
        assertTrue(r.out().contains("+ only in A   A §1.b.v l.61-63"), r.out());
    }

    @Test
    void textShowsTheChangedClausesAndCountsTheSameOnesEveryFormatOpensWithTheSummary() {
        JsonNode summary = Cli.command("compare", "--format", "json", "llama3.1", "llama3.2").json().get("summary");
        long same = summary.get("same").asLong();
        long rows = summary.get("clauseRows").asLong();
        assertTrue(same > 0 && same < rows, summary.toString());

        Cli.Result changes = Cli.command("compare", "llama3.1", "llama3.2");
        assertEquals(0, changes.exitCode(), changes.err());
        List<String> lines = changes.out().lines().toList();
        String head = String.join(" ", lines.subList(lines.indexOf(lines.stream()
                .filter(l -> l.startsWith("SUMMARY")).findFirst().orElseThrow()), lines.size()).subList(0, 2))
                .replaceAll("\\s+", " ");
        assertTrue(head.contains("2 licenses;") && head.contains(rows + " clause rows: " + same + " same, "
                + summary.get("changed").asLong() + " changed, " + summary.get("only-in").asLong()
                + " in one license only"), head);
        assertTrue(lines.contains("(" + same + " clause rows the same in all licenses are not shown: "
                + "--no-changes-only shows them)"), changes.out());
        assertEquals(0, lines.stream().filter(l -> l.startsWith("= same")).count(), "same rows are counted, not shown");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("~ changed")), changes.out());

        Cli.Result all = Cli.command("compare", "--no-changes-only", "llama3.1", "llama3.2");
        assertEquals(same, all.out().lines().filter(l -> l.startsWith("= same")).count(), all.out());
        assertTrue(all.out().lines().allMatch(l -> l.length() <= ComparisonTextReport.WIDTH));

        String html = Cli.command("compare", "--format", "html", "--changes-only", "llama3.1", "llama3.2").out();
        assertTrue(html.contains("clause rows the same in all licenses are not shown"), "HTML says what it hides");
        assertEquals(rows - same, html.split("<tr id=\"clause-", -1).length - 1L);
        assertTrue(Cli.command("compare", "--format", "html", "llama3.1", "llama3.2").out()
                .contains(rows + " clause rows: " + same + " same"), "the summary opens the page");
    }

    @Test
    void withThreeLicensesTheLegendNamesEveryMarkTheRowsUse() {
        List<String> lines = Cli.command("compare", "--no-changes-only", "llama2", "llama3.1", "gemma").out()
                .lines().toList();
        String legend = lines.stream().filter(l -> l.startsWith("CLAUSES")).findFirst().orElseThrow();
        for (String l : lines.subList(lines.indexOf(legend), lines.size())) {
            if (!l.isEmpty() && !l.startsWith(" ") && !l.startsWith("CLAUSES") && !l.startsWith("differences")) {
                String mark = l.substring(0, 1);
                assertTrue(legend.contains(mark + " "), "the legend explains '" + mark + "' of: " + l + "\n" + legend);
            }
        }
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("& in ")), "a clause two of the three share");
    }

    /** The matrix cells of the row labelled {@code label}, read by the header's column positions. */
    private static List<String> cells(List<String> lines, String label) {
        String header = lines.stream().filter(l -> l.startsWith("FLAG ")).findFirst().orElseThrow();
        List<Integer> starts = new ArrayList<>();
        for (String letter : List.of("A ", "B ", "C ")) {
            starts.add(header.indexOf(letter));
        }
        String row = lines.stream().filter(l -> l.length() > 2 && l.substring(2).startsWith(label)).findFirst().orElseThrow();
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : row.length();
            cells.add(row.length() <= starts.get(i) ? "" : row.substring(starts.get(i), Math.min(end, row.length())).strip());
        }
        return cells;
    }

    @Test
    void resolvesFilesThenCorpusKeysThenHuggingFaceIds() throws IOException {
        Path file = Files.writeString(dir.resolve("LICENSE"), TestCorpus.licenseText("llama-3.1-license-2024"));
        Cli.Result r = Cli.command("compare", "--format", "json", file.toString(), "llama-2-license-2023", "llama3.2", "bsl-1.0");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode licenses = r.json().get("licenses");
        assertEquals("file", licenses.at("/0/origin").asText());
        assertEquals("llama-3.1-license-2024", licenses.at("/0/key").asText(), "a file is identified");
        assertEquals(file.toString(), licenses.at("/0/name").asText());
        assertEquals("corpus-key", licenses.at("/1/origin").asText());
        assertEquals("huggingface-id", licenses.at("/2/origin").asText());
        assertEquals("llama-3.2-license-2024", licenses.at("/2/key").asText());
        // bsl-1.0 is both a corpus key and the Hub's id for Boost: the corpus key wins.
        assertEquals("corpus-key", licenses.at("/3/origin").asText());
        assertEquals("bsl-1.0", licenses.at("/3/key").asText());
    }

    @Test
    void anArgumentThatIsNothingOrTooFewLicensesAreUsageErrors() {
        Cli.Result unknown = Cli.command("compare", "llama2", "no-such-thing-42");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("'no-such-thing-42'"), unknown.err());
        assertEquals("", unknown.out());
        Cli.Result one = Cli.command("compare", "llama2");
        assertEquals(2, one.exitCode(), one.err());
        Cli.Result format = Cli.command("compare", "--format", "pdf", "llama2", "gemma");
        assertEquals(2, format.exitCode(), format.err());
    }

    @Test
    void anUnreadableFileEndsTheRunWithExitOneAndNamesTheFile() throws IOException {
        Path binary = Files.write(dir.resolve("weights.bin"), new byte[] {0, 1, 2, 3, 0, 0, (byte) 0xff, 0, 7});
        Cli.Result r = Cli.command("compare", binary.toString(), "llama2");
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains(binary.toString()), r.err());
        assertEquals("", r.out());
    }

    @Test
    void htmlIsOneSelfContainedPageWithTheCsp() {
        Cli.Result r = Cli.command("compare", "--format", "html", "llama2", "gemma");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("<!DOCTYPE html>"), r.out());
        assertTrue(r.out().contains("Content-Security-Policy"));
        assertTrue(!r.out().contains("<script") && !r.out().contains("http-equiv=\"refresh\""));
        assertTrue(!r.out().contains("<link") && !r.out().contains("src="), "no external assets");
    }
}
