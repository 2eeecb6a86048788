package org.licenselens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licenselens.testing.HostileFiles;
import org.licenselens.testing.Jvm;
import org.licenselens.testing.TestCorpus;

/**
 * {@code identify} over the hostile set, in its own JVM with a 1 GiB heap and without root's read override:
 * it finishes, lists every file exactly once with the right error, counts the errors and exits 1.
 */
@Tag("slow") // starts a child JVM
class HostileIdentifyTest {
    @TempDir
    Path dir;

    @Test
    void everyHostileFileIsAccountedForOnceAndTheRunIsPartial() throws Exception {
        TestCorpus.lens(); // the index exists; the child only opens it
        Path in = Files.createDirectory(dir.resolve("in"));
        List<Path> files = HostileFiles.write(in, TestCorpus.licenseText("mit"));
        List<String> command = new ArrayList<>(HostileFiles.withoutReadOverride());
        List<String> args = new ArrayList<>(List.of("identify", "--index", Cli.indexRoot().toString(),
                "--format", "json", "--output", dir.resolve("report.json").toString()));
        files.forEach(f -> args.add(f.toString()));
        command.addAll(Jvm.command("1g", List.of(), Main.class.getName(), args.toArray(String[]::new)));
        Process p = Jvm.start(command, dir.resolve("out"), dir.resolve("err"));
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "identify did not finish");
        String stderr = Files.readString(dir.resolve("err"));
        assertEquals(ExitCodes.PARTIAL, p.exitValue(), stderr);

        JsonNode report = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
        Map<String, String> outcome = new LinkedHashMap<>();
        for (JsonNode f : report.at("/files")) {
            String name = Path.of(f.at("/path").asText()).getFileName().toString();
            String previous = outcome.put(name, f.at("/error").isNull() ? "ok " + f.at("/expression").asText()
                    : "error " + f.at("/error").asText());
            assertEquals(null, previous, name + " listed twice");
        }
        Map<String, String> expected = new LinkedHashMap<>();
        HostileFiles.outcomes().forEach((name, o) -> expected.put(name, o.startsWith("error ") ? o : "ok " + o));
        assertEquals(expected, outcome);
        assertEquals(files.size(), report.at("/summary/files").asInt());
        assertEquals(6, report.at("/summary/errors").asInt());
    }
}
