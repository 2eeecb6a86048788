package org.licenselens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licenselens.extract.ExtractedText;
import org.licenselens.extract.ExtractionLimits;
import org.licenselens.extract.TextExtractor;
import org.licenselens.testing.Documents;
import org.licenselens.testing.LoopbackServer;
import org.licenselens.testing.TestCorpus;

/**
 * Documents that point at a loopback HTTP server in every way a parser might follow (images, stylesheets,
 * scripts, frames, external DTDs and entities, external relationships) are identified and their clauses read,
 * and the server gets no request at all. An external entity naming a local file is never expanded either.
 */
class NoNetworkTest {
    private static final String SECRET = "licenselens-local-secret-7f3a";
    private static final List<String> MIT = TestCorpus.licenseText("mit").lines().filter(l -> !l.isBlank()).toList();

    @TempDir
    static Path dir;
    private static LoopbackServer server;
    private static List<Path> files;
    private static Path secret;

    @BeforeAll
    static void writeDocuments() throws IOException {
        server = new LoopbackServer();
        server.selfCheck();
        secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        String fileUri = secret.toUri().toString();
        String mit = String.join("\n", MIT.stream().map(Documents::xmlEscape).toList());
        files = new ArrayList<>();
        files.add(Files.writeString(dir.resolve("LICENSE.html"), """
                <!DOCTYPE html>
                <html><head><title>MIT</title>
                <link rel="stylesheet" href="%1$s">
                <script src="%2$s"></script>
                <meta http-equiv="refresh" content="0; url=%3$s">
                <base href="%4$s"></head>
                <body style="background: url(%5$s)">
                <img src="%6$s"><iframe src="%7$s"></iframe><object data="%8$s"></object>
                <p>%9$s</p></body></html>
                """.formatted(server.url("style.css"), server.url("script.js"), server.url("refresh"),
                server.url("base/"), server.url("bg.png"), server.url("img.png"), server.url("frame"),
                server.url("object"), mit.replace("\n", "<br>\n"))));
        files.add(Files.writeString(dir.resolve("LICENSE.xhtml"), """
                <?xml version="1.0"?>
                <!DOCTYPE html SYSTEM "%1$s" [
                  <!ENTITY remote SYSTEM "%2$s">
                  <!ENTITY local SYSTEM "%3$s">
                  <!ENTITY %% param SYSTEM "%4$s"> %%param;
                ]>
                <html xmlns="http://www.w3.org/1999/xhtml"><body><p>&remote;&local;</p><p>%5$s</p></body></html>
                """.formatted(server.url("xhtml.dtd"), server.url("xhtml-entity"), fileUri, server.url("param"),
                mit)));
        files.add(Files.writeString(dir.resolve("license.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE license SYSTEM "%1$s" [
                  <!ENTITY remote SYSTEM "%2$s">
                  <!ENTITY local SYSTEM "%3$s">
                ]>
                <license xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include href="%4$s"/>
                <text>&remote;&local;
                %5$s</text></license>
                """.formatted(server.url("license.dtd"), server.url("xml-entity"), fileUri, server.url("xinclude"),
                mit)));
        files.add(Files.writeString(dir.resolve("logo.svg"), """
                <?xml version="1.0"?>
                <!DOCTYPE svg SYSTEM "%1$s" [<!ENTITY local SYSTEM "%2$s">]>
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
                <image xlink:href="%3$s"/><use href="%4$s#x"/><text>&local; MIT License</text></svg>
                """.formatted(server.url("svg.dtd"), fileUri, server.url("svg-image.png"), server.url("use.svg"))));
        String doctype = "<!DOCTYPE w:document SYSTEM \"" + server.url("docx.dtd") + "\" [<!ENTITY remote SYSTEM \""
                + server.url("docx-entity") + "\"><!ENTITY local SYSTEM \"" + fileUri + "\">]>";
        byte[] docx = Documents.editEntry(Documents.docx(MIT), "word/document.xml",
                xml -> xml.replaceFirst("\\?>", "?>" + doctype).replaceFirst("<w:body>", "<w:body><w:p><w:r><w:t>"
                        + "&remote;&local;</w:t></w:r></w:p>"));
        docx = Documents.editEntry(docx, "word/_rels/document.xml.rels", rels -> rels.replace("</Relationships>",
                "<Relationship Id=\"rIdRemote\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                        + "relationships/image\" Target=\"" + server.url("docx-image.png")
                        + "\" TargetMode=\"External\"/></Relationships>"));
        files.add(Files.write(dir.resolve("LICENSE.docx"), docx));
        files.add(Files.write(dir.resolve("LICENSE-plain.docx"), Documents.editEntry(Documents.docx(MIT),
                "word/_rels/document.xml.rels", rels -> rels.replace("</Relationships>",
                        "<Relationship Id=\"rIdRemote\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
                                + "2006/relationships/attachedTemplate\" Target=\"" + server.url("template.dotx")
                                + "\" TargetMode=\"External\"/></Relationships>"))));
        String odtDoctype = "<!DOCTYPE office:document-content SYSTEM \"" + server.url("odt.dtd")
                + "\" [<!ENTITY local SYSTEM \"" + fileUri + "\">]>";
        files.add(Files.write(dir.resolve("LICENSE.odt"), Documents.editEntry(Documents.odt(MIT), "content.xml",
                xml -> xml.replaceFirst("\\?>", "?>" + odtDoctype)
                        .replaceFirst("<office:text>", "<office:text><text:p>&local;</text:p>"
                                + "<draw:frame xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" "
                                + "xmlns:xlink=\"http://www.w3.org/1999/xlink\"><draw:image xlink:href=\""
                                + server.url("odt-image.png") + "\"/></draw:frame>"))));
        files.add(Files.write(dir.resolve("LICENSE-plain.odt"), Documents.editEntry(Documents.odt(MIT),
                "content.xml", xml -> xml.replaceFirst("<office:text>", "<office:text>"
                        + "<draw:frame xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" "
                        + "xmlns:xlink=\"http://www.w3.org/1999/xlink\"><draw:image xlink:href=\""
                        + server.url("odt-image.png") + "\"/></draw:frame>"))));
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void identifyAndClausesFetchNothingAndExpandNoLocalFile() throws IOException {
        List<String> args = new ArrayList<>(List.of("--format", "json", "--clauses", "ALL"));
        files.forEach(f -> args.add(f.toString()));
        Cli.Result identify = Cli.identify(args.toArray(String[]::new));
        assertTrue(identify.exitCode() <= ExitCodes.PARTIAL, identify.err());
        JsonNode report = identify.json();
        assertEquals(files.size(), report.at("/files").size());
        assertFalse(identify.out().contains(SECRET), "a local file was expanded into the report");
        // The ordinary ones are read, so the parsers really ran over these references.
        for (JsonNode file : report.at("/files")) {
            String name = Path.of(file.at("/path").asText()).getFileName().toString();
            if (List.of("LICENSE.html", "license.xml", "LICENSE-plain.docx", "LICENSE-plain.odt").contains(name)) {
                assertEquals("MIT", file.at("/expression").asText(), name + ": " + file);
            }
        }
        List<String> clauses = new ArrayList<>(List.of("clauses", "--index", Cli.indexRoot().toString(),
                "--corpus", TestCorpus.root().toString(), "--format", "json"));
        files.forEach(f -> clauses.add(f.toString()));
        Cli.Result clauseRun = Cli.run(clauses.toArray(String[]::new));
        assertTrue(clauseRun.exitCode() <= ExitCodes.PARTIAL, clauseRun.err());
        assertFalse(clauseRun.out().contains(SECRET), "a local file was expanded into the clauses report");
        assertEquals(List.of(), server.requests());
    }

    @Test
    void extractedTextNeverHoldsTheLocalFile() throws IOException {
        TextExtractor extractor = new TextExtractor(ExtractionLimits.defaults());
        for (Path f : files) {
            if (extractor.extract(f) instanceof ExtractedText t) {
                assertFalse(t.text().contains(SECRET), f.getFileName() + " expanded " + secret);
            }
        }
        assertEquals(List.of(), server.requests());
        assertTrue(Files.readString(secret, StandardCharsets.UTF_8).equals(SECRET));
    }
}
