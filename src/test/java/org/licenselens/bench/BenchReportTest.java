package org.licenselens.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchReportTest {
    @TempDir
    Path dir;

    private BenchReport report() throws IOException {
        BenchSet set = BenchSet.of(List.of(BenchFixtures.benchCase(dir, "a", "mit"),
                BenchFixtures.benchCase(dir, "b", "apache-2.0")));
        ToolRun run = new BenchRunner(BenchFixtures.keys()).run("fake", "always says mit", set, f -> Set.of("mit"));
        MachineInfo machine = new MachineInfo(4, "Test CPU", "1 kB", "21", "TestOS", "0.50 0.40 0.30", "2026-01-01T00:00:00Z");
        return new BenchReport(machine, "synthetic", 2, List.of("a note"), List.of(run));
    }

    @Test
    void markdownHasOneRowPerToolAndTheMachine() throws IOException {
        String md = report().markdown();
        assertTrue(md.contains("| fake | 2 | 1 | 50.0% | 50.0% | 50.0% | 50.0% (1/2) |"), md);
        assertTrue(md.contains("Test CPU (nproc 4)"), md);
        assertTrue(md.contains("always says mit"), md);
        assertTrue(md.contains("- a note"), md);
        assertTrue(md.contains("0.50 0.40 0.30"), md);
        assertTrue(md.contains("| CPU s | CPU ms/file |"), md);
    }

    @Test
    void unmeasuredCpuTimeReadsNotAvailable() throws IOException {
        BenchSet set = BenchSet.of(List.of(BenchFixtures.benchCase(dir, "a", "mit")));
        BenchRunner runner = new BenchRunner(BenchFixtures.keys());
        ToolRun run = new ToolRun("fake", "", runner.score(List.of(new CaseResult(set.cases().getFirst(),
                Set.of("mit"), null)), 0.5, Score.NOT_MEASURED), List.of(new CaseResult(set.cases().getFirst(),
                Set.of("mit"), null)));
        MachineInfo machine = new MachineInfo(1, "c", "m", "j", "o", "l", "d");
        String md = new BenchReport(machine, "synthetic", 1, List.of(), List.of(run)).markdown();
        assertTrue(md.contains("| 2.0 | 0.5000 | n/a | n/a | 0 |"), md);
    }

    @Test
    void tsvListsOnlyDisagreements() throws IOException {
        List<String> lines = report().disagreementsTsv().lines().toList();
        assertEquals(2, lines.size());
        assertEquals("fake\tb\tapache-2.0\tmit\tapache-2.0\tmit\t", lines.get(1));
    }

    @Test
    void writesThreeFilesAndJsonReadsBack() throws IOException {
        List<Path> written = report().writeTo(dir.resolve("out"));
        assertEquals(3, written.size());
        written.forEach(p -> assertTrue(Files.isRegularFile(p), p.toString()));

        JsonNode json = new ObjectMapper().readTree(dir.resolve("out").resolve(BenchReport.JSON_FILE).toFile());
        assertEquals("fake", json.path("tools").get(0).path("tool").asText());
        assertEquals(0.5, json.path("tools").get(0).path("score").path("exactRate").asDouble(), 1e-12);
        assertEquals(4, json.path("machine").path("processors").asInt());
    }

    @Test
    void currentMachineIsDescribed() {
        MachineInfo machine = MachineInfo.current();
        assertTrue(machine.processors() > 0);
        assertTrue(machine.javaVersion().startsWith(System.getProperty("java.version")));
    }
}
