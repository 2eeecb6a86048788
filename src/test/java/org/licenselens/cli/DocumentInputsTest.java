package org.licenselens.cli;

import org.licenselens.testing.Documents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licenselens.testing.TestCorpus;

/** PDF, DOCX and HTML files holding a corpus license are identified end to end through the CLI. */
class DocumentInputsTest {
    private static final List<String> APACHE = TestCorpus.licenseText("apache-2.0").lines()
            .filter(l -> !l.isBlank()).toList();

    @TempDir
    Path dir;

    @Test
    void pdf() throws IOException {
        assertApache(Files.write(dir.resolve("LICENSE.pdf"), Documents.pdf(APACHE)), "pdf");
    }

    @Test
    void docx() throws IOException {
        assertApache(Files.write(dir.resolve("LICENSE.docx"), Documents.docx(APACHE)), "docx");
    }

    @Test
    void html() throws IOException {
        assertApache(Files.writeString(dir.resolve("license.html"), Documents.htmlPage(APACHE), StandardCharsets.UTF_8),
                "html");
    }

    @Test
    void allThreeInOneRun() throws IOException {
        Path pdf = Files.write(dir.resolve("a.pdf"), Documents.pdf(APACHE));
        Path docx = Files.write(dir.resolve("b.docx"), Documents.docx(APACHE));
        Path html = Files.writeString(dir.resolve("c.html"), Documents.htmlPage(APACHE));
        Cli.Result r = Cli.identify("--format", "json", pdf.toString(), docx.toString(), html.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode files = r.json().get("files");
        assertEquals(List.of("pdf", "docx", "html"),
                List.of(files.get(0).get("kind").asText(), files.get(1).get("kind").asText(),
                        files.get(2).get("kind").asText()));
        files.forEach(f -> assertEquals("Apache-2.0", f.get("expression").asText(), f.toString()));
    }

    private static void assertApache(Path file, String kind) {
        Cli.Result r = Cli.identify("--format", "json", file.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode f = r.json().at("/files/0");
        assertEquals(kind, f.get("kind").asText(), f.toString());
        assertTrue(f.get("error").isNull(), f.toString());
        assertEquals("apache-2.0", f.get("scancodeExpression").asText(), f.toString());
        JsonNode license = f.at("/licenses/0");
        assertEquals(1, f.get("licenses").size(), f.toString());
        assertTrue(List.of("full", "near").contains(license.get("match").asText()), license.toString());
        assertTrue(license.get("coverage").asDouble() >= 0.95, license.toString());
    }
}
