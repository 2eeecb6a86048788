package org.licenselens.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licenselens.corpus.HuggingFaceLicenses;
import org.licenselens.testing.TestCorpus;

class ManifestsTest {
    @TempDir
    Path dir;

    private static final Resolver RESOLVER = new Resolver(TestCorpus.analysis().index(), TestCorpus.analysis().detector(),
            HuggingFaceLicenses.defaults());

    private static List<String> summary(List<Declaration> found) {
        return found.stream().map(d -> d.line() + " " + d.field() + " " + d.value() + " -> " + d.expression()
                + (d.link() != null ? " link " + d.link() : "") + (d.problem() != null ? " !" + d.problem() : "")).toList();
    }

    private static List<String> read(String name, String text) {
        return summary(Manifests.declarations(name, name, text, RESOLVER));
    }

    @Test
    void pomLicensesByNameAndUrl() {
        String pom = """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <licenses>
                    <license>
                      <name>Apache-2.0</name>
                    </license>
                    <license>
                      <name>The MIT License</name>
                      <url>https://opensource.org/licenses/MIT</url>
                    </license>
                  </licenses>
                </project>
                """;
        assertEquals(List.of("5 licenses/license/name Apache-2.0 -> apache-2.0",
                "8 licenses/license/name The MIT License -> mit"), read("pom.xml", pom));
    }

    /** An external entity that would read a local file must never be expanded, and the file never read. */
    @Test
    void pomWithAnExternalEntityIsRefusedUnread() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-VALUE");
        String pom = """
                <?xml version="1.0"?>
                <!DOCTYPE project [ <!ENTITY xxe SYSTEM "%s"> ]>
                <project><licenses><license><name>&xxe;</name></license></licenses></project>
                """.formatted(secret.toUri());
        List<Declaration> found = Manifests.declarations("pom.xml", "pom.xml", pom, RESOLVER);
        assertEquals(1, found.size());
        assertEquals("", found.getFirst().expression());
        assertTrue(found.getFirst().problem().contains("DOCTYPE"), found.getFirst().problem());
        assertFalse(found.toString().contains("TOP-SECRET"), found.toString());
        // The parser itself refuses a DOCTYPE even if the text check were bypassed.
        var parser = Manifests.safeXmlParser();
        Exception refused = org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
                () -> parser.parse(new org.xml.sax.InputSource(new java.io.StringReader(pom))));
        assertFalse(String.valueOf(refused.getMessage()).contains("TOP-SECRET"));
    }

    @Test
    void brokenPomIsAProblemNotACrash() {
        List<String> found = read("pom.xml", "<project><licenses><license>");
        assertEquals(1, found.size());
        assertTrue(found.getFirst().contains("!not valid XML"), found.toString());
    }

    @Test
    void packageJsonStringObjectArrayAndSeeLicenseIn() {
        assertEquals(List.of("3 license MIT OR Apache-2.0 -> mit or apache-2.0"),
                read("package.json", "{\n  \"name\": \"x\",\n  \"license\": \"MIT OR Apache-2.0\"\n}\n"));
        assertEquals(List.of("1 license ISC -> isc"), read("package.json", "{\"license\": {\"type\": \"ISC\"}}"));
        assertEquals(List.of("1 licenses[0] MIT -> mit", "1 licenses[1] GPL-3.0 -> gpl-3.0"),
                read("package.json", "{\"licenses\": [{\"type\": \"MIT\"}, {\"type\": \"GPL-3.0\"}]}"));
        assertEquals(List.of("1 license SEE LICENSE IN TERMS.txt ->  link TERMS.txt"),
                read("package.json", "{\"license\": \"SEE LICENSE IN TERMS.txt\"}"));
        assertEquals(List.of("1 license UNLICENSED -> "), read("package.json", "{\"license\": \"UNLICENSED\"}"));
        assertTrue(read("package.json", "{\"license\": ").getFirst().contains("!not valid JSON"));
    }

    @Test
    void pyprojectLicenseFormsFilesAndClassifiers() {
        String toml = """
                [project]
                name = "x"
                license = "BSD-3-Clause"
                license-files = ["LICEN[CS]E*", "NOTICE.txt"]
                classifiers = [
                  "Programming Language :: Python",
                  "License :: OSI Approved :: MIT License",
                ]
                """;
        assertEquals(List.of("3 project.license BSD-3-Clause -> bsd-new",
                "4 project.license-files LICEN[CS]E* -> ", "4 project.license-files NOTICE.txt ->  link NOTICE.txt",
                "7 project.classifiers License :: OSI Approved :: MIT License -> mit"), read("pyproject.toml", toml));
        assertEquals(List.of("2 project.license.text Apache-2.0 -> apache-2.0"),
                read("pyproject.toml", "[project]\nlicense = {text = \"Apache-2.0\"}\n"));
        assertEquals(List.of("2 project.license.file LICENSE.txt ->  link LICENSE.txt"),
                read("pyproject.toml", "[project]\nlicense = {file = \"LICENSE.txt\"}\n"));
        assertEquals(List.of("2 tool.poetry.license MIT -> mit"), read("pyproject.toml", "[tool.poetry]\nlicense = \"MIT\"\n"));
        assertTrue(read("pyproject.toml", "[project\nlicense = ").getFirst().contains("!not valid TOML"));
    }

    @Test
    void cargoLicenseAndLicenseFile() {
        assertEquals(List.of("3 package.license MIT OR Apache-2.0 -> mit or apache-2.0",
                        "4 package.license-file LICENSE-CUSTOM ->  link LICENSE-CUSTOM"),
                read("Cargo.toml", "[package]\nname = \"x\"\nlicense = \"MIT OR Apache-2.0\"\nlicense-file = \"LICENSE-CUSTOM\"\n"));
    }

    @Test
    void gemspecLicenseAndLicenses() {
        String gemspec = """
                Gem::Specification.new do |spec|
                  spec.name = "x"
                  spec.license = "MIT"
                  spec.licenses = ['Apache-2.0', "GPL-2.0"]
                  s.licenses = %w[BSD-2-Clause]
                end
                """;
        assertEquals(List.of("3 license MIT -> mit", "4 license Apache-2.0 -> apache-2.0", "4 license GPL-2.0 -> gpl-2.0",
                "5 license BSD-2-Clause -> bsd-simplified"), read("x.gemspec", gemspec));
    }

    @Test
    void setupCfgLicenseAndClassifiers() {
        String cfg = """
                [metadata]
                name = x
                license = Apache-2.0
                license_files = LICENSE
                classifiers =
                    Development Status :: 5 - Production/Stable
                    License :: OSI Approved :: BSD License

                [options]
                license = MIT
                """;
        List<String> found = read("setup.cfg", cfg);
        assertEquals("3 metadata.license Apache-2.0 -> apache-2.0", found.get(0));
        assertEquals("4 metadata.license_files LICENSE ->  link LICENSE", found.get(1));
        assertEquals(3, found.size(), found.toString());
        assertTrue(found.get(2).startsWith("7 metadata.classifiers License :: OSI Approved :: BSD License -> "),
                found.toString());
    }

    @Test
    void modelCardIdsResolveThroughTheHuggingFaceMap() {
        for (String[] c : new String[][] {{"llama3.1", "llama-3.1-license-2024"}, {"gemma", "gemma-tou-2025-03-24"},
                {"apache-2.0", "apache-2.0"}, {"openrail++", HuggingFaceLicenses.defaults().keyForId("openrail++").orElseThrow()}}) {
            List<Declaration> found = ModelCards.declarations("README.md", "---\nlicense: " + c[0] + "\n---\n# x\n", RESOLVER);
            assertEquals(1, found.size());
            assertEquals(c[1], found.getFirst().expression(), c[0]);
            assertEquals(2, found.getFirst().line());
        }
        List<Declaration> other = ModelCards.declarations("README.md",
                "---\nlicense: other\nlicense_name: qwen\nlicense_link: LICENSE\n---\n", RESOLVER);
        assertEquals(HuggingFaceLicenses.defaults().keyForOtherName("qwen").orElseThrow(), other.getFirst().expression());
        assertEquals("LICENSE", other.getFirst().link());
        List<Declaration> unknown = ModelCards.declarations("README.md", "---\nlicense: no-such-id\n---\n", RESOLVER);
        assertEquals("", unknown.getFirst().expression());
        List<Declaration> listed = ModelCards.declarations("README.md", "---\nlicense:\n- mit\n- apache-2.0\n---\n", RESOLVER);
        assertEquals(List.of("mit", "apache-2.0"), listed.stream().map(Declaration::expression).toList());
        List<Declaration> bad = ModelCards.declarations("README.md", "---\nlicense: [unclosed\n---\n", RESOLVER);
        assertNotNull(bad.getFirst().problem());
        assertTrue(ModelCards.declarations("README.md", "# no front matter\nlicense: mit\n", RESOLVER).isEmpty());
    }

    /** Safe loading: a YAML tag that asks for a Java type is data, never an object built. */
    @Test
    void modelCardYamlTagsBuildNoObjects() {
        List<Declaration> found = ModelCards.declarations("README.md",
                "---\nlicense: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x\"]]]]\n---\n",
                RESOLVER);
        assertTrue(found.stream().noneMatch(Declaration::resolved), found.toString());
        List<Declaration> scalar = ModelCards.declarations("README.md", "---\nlicense: !!java.io.File \"/etc/passwd\"\n---\n",
                RESOLVER);
        assertTrue(scalar.stream().noneMatch(Declaration::resolved), scalar.toString());
    }

    @Test
    void readmeLicenseSectionKeepsItsLines() {
        String readme = "# Tool\n\nUse it.\n\n## License\n\nMIT License, see LICENSE.\n\n## Contributing\n\nGPL nowhere.\n";
        String section = ReadmeSections.licenseSection(readme);
        assertEquals(readme.lines().count(), section.lines().count());
        assertTrue(section.contains("MIT License"));
        assertFalse(section.contains("Contributing") || section.contains("Use it"));
        assertEquals(5, ReadmeSections.titleLine(section));
        assertEquals("MIT License, see LICENSE.", ReadmeSections.firstLine(section));
        assertNull(ReadmeSections.licenseSection("# Tool\n\nNo section here.\n"));
        assertNotNull(ReadmeSections.licenseSection("Tool\n====\n\nLicence\n-------\nBSD\n"));
    }
}
