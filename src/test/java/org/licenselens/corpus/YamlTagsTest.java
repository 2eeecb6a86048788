package org.licenselens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licenselens.testing.LoopbackServer;

/**
 * Front matter carrying the YAML tags of the classic SnakeYAML gadget chains. The Jackson YAML module reads
 * SnakeYAML events into its own tree and never constructs a tagged type, so each file either loads as plain data
 * or is reported with its path, and a class loader pointed at a loopback server is never created: the server
 * gets no request.
 */
class YamlTagsTest {
    @TempDir
    Path root;

    @Test
    void taggedFrontMatterIsPlainDataOrAReportedProblem() throws IOException {
        Path licenses = Files.createDirectories(root.resolve("scancode-licensedb"));
        Path rules = Files.createDirectories(root.resolve("scancode-rules"));
        try (LoopbackServer server = new LoopbackServer()) {
            server.selfCheck();
            String gadget = "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\""
                    + server.url("gadget.jar") + "\"]]]]";
            Files.writeString(licenses.resolve("engine.LICENSE"), "---\nkey: engine\nname: " + gadget
                    + "\n---\nText.\n");
            Files.writeString(licenses.resolve("url-scalar.LICENSE"), "---\nkey: url-scalar\nhomepage_url: !!java.net.URL \""
                    + server.url("scalar") + "\"\nowner: !!java.lang.ProcessBuilder \"touch\"\n---\nText.\n");
            Files.writeString(licenses.resolve("whole-document.LICENSE"), "---\n!!javax.script.ScriptEngineManager\n"
                    + "key: whole-document\n---\nText.\n");
            Files.writeString(licenses.resolve("plain.LICENSE"), "---\nkey: plain\nname: Plain\n---\nPlain text.\n");
            Files.writeString(rules.resolve("plain_1.RULE"), "---\nlicense_expression: plain\nis_license_tag: yes\n"
                    + "notes: " + gadget + "\n---\nplain tag\n");
            Files.writeString(rules.resolve("ok_1.RULE"), "---\nlicense_expression: url-scalar\n"
                    + "is_license_reference: !!bool yes\n---\nurl scalar\n");

            Corpus corpus = CorpusLoader.load(CorpusLocation.of(root));

            assertEquals(List.of(), server.requests(), "a YAML tag made the loader fetch a URL");
            // A scalar tag is dropped and its value kept as text.
            LicenseEntry scalar = corpus.license("url-scalar").orElseThrow();
            assertEquals(server.url("scalar"), scalar.homepageUrl());
            assertEquals("touch", scalar.owner());
            assertTrue(corpus.license("plain").isPresent());
            assertEquals(List.of("ok_1"), corpus.rules().stream().map(Rule::identifier).toList());
            Map<String, String> problems = corpus.problems().stream().collect(Collectors.toMap(
                    p -> root.relativize(p.path()).toString(), CorpusProblem::message));
            assertEquals(Map.of(
                    "scancode-licensedb/engine.LICENSE", "'name' must be a single value, found a list",
                    "scancode-rules/plain_1.RULE", "'notes' must be a single value, found a list"), problems);
            assertTrue(corpus.license("whole-document").isPresent(), "a tag on the whole mapping is ignored");
        }
    }
}
