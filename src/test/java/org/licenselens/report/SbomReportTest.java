package org.licenselens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cyclonedx.Version;
import org.cyclonedx.parsers.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licenselens.index.LicenseInfo;
import org.licenselens.policy.ContentDigests;
import org.licenselens.policy.Policy;
import org.licenselens.policy.PolicyOutcome;
import org.licenselens.scan.ScanListener;
import org.licenselens.scan.ScanOptions;
import org.licenselens.scan.ScanResult;
import org.licenselens.testing.TestCorpus;
import org.spdx.jacksonstore.MultiFormatStore;
import org.spdx.library.model.v2.SpdxDocument;
import org.spdx.storage.simple.InMemSpdxStore;

/** The CycloneDX and SPDX documents of the two fixtures, validated by the libraries that define the formats. */
class SbomReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** The Llama 3.1 LICENSE, a model card declaring apache-2.0 over a Llama base, the acceptable-use policy. */
    private Path modelDirectory() throws IOException {
        Path model = Files.createDirectories(dir.resolve("llama-finetune"));
        Files.writeString(model.resolve("LICENSE"), TestCorpus.licenseText("llama-3.1-license-2024"));
        Files.writeString(model.resolve("README.md"), "---\nlicense: apache-2.0\nbase_model: "
                + "meta-llama/Llama-3.1-8B-Instruct\nbase_model_relation: finetune\npipeline_tag: text-generation\n"
                + "---\n# A finetune\n");
        Files.writeString(model.resolve("USE_POLICY.md"),
                Files.readString(TestCorpus.root().resolve("model-repos/llama3_1-acceptable-use-policy.md")));
        return model;
    }

    private Path javaProject() throws IOException {
        Path project = Files.createDirectories(dir.resolve("java-project"));
        Files.writeString(project.resolve("LICENSE"), TestCorpus.licenseText("apache-2.0"));
        Files.writeString(project.resolve("pom.xml"), """
                <project><modelVersion>4.0.0</modelVersion><groupId>x</groupId><artifactId>y</artifactId>
                  <licenses><license><name>Apache-2.0</name></license></licenses>
                </project>
                """);
        return project;
    }

    private static ReportContext context(ScanResult result, Path root) {
        var index = TestCorpus.lens().licenses();
        PolicyOutcome outcome = PolicyOutcome.evaluate(Policy.none(), result, ContentDigests.under(root),
                k -> index.license(k).map(LicenseInfo::category).orElse(null));
        return new ReportContext(index, false, false, outcome);
    }

    private static ScanResult scan(Path root) {
        return TestCorpus.lens().scan(ScanOptions.of(root), ScanListener.NONE);
    }

    private static JsonNode cyclonedx(Path root) throws IOException {
        ScanResult result = scan(root);
        String bom = CycloneDxReport.json(context(result, root), result, ContentDigests.under(root));
        List<?> problems = new JsonParser().validate(bom.getBytes(StandardCharsets.UTF_8), Version.VERSION_16);
        assertEquals(List.of(), problems, bom);
        return JSON.readTree(bom);
    }

    /** Writes the SPDX document, reads it back with the library and returns it with its verification. */
    private static JsonNode spdx(Path root) throws Exception {
        ScanResult result = scan(root);
        String json = SpdxReport.json(context(result, root), result, ContentDigests.under(root));
        MultiFormatStore store = new MultiFormatStore(new InMemSpdxStore(), MultiFormatStore.Format.JSON);
        SpdxDocument read = store.deSerialize(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), false);
        assertEquals(List.of(), read.verify(), json);
        return JSON.readTree(json);
    }

    private static Map<String, String> properties(JsonNode component) {
        Map<String, String> props = new HashMap<>();
        component.path("properties").forEach(p -> props.put(p.get("name").asText(), p.get("value").asText()));
        return props;
    }

    private static List<String> licenses(JsonNode component) {
        List<String> out = new ArrayList<>();
        for (JsonNode choice : component.path("licenses")) {
            JsonNode l = choice.has("license") ? choice.get("license") : choice;
            String id = l.has("id") ? l.get("id").asText() : l.has("name") ? l.get("name").asText()
                    : l.get("expression").asText();
            out.add(id + " " + l.get("acknowledgement").asText());
        }
        return out;
    }

    @Test
    void cyclonedxOfTheModelDirectory() throws IOException {
        JsonNode bom = cyclonedx(modelDirectory());
        JsonNode root = bom.at("/metadata/component");
        assertEquals("machine-learning-model", root.get("type").asText());
        assertEquals(List.of("Llama 3.1 Community License Agreement 2024 concluded", "Apache-2.0 declared"),
                licenses(root));
        assertEquals("https://scancode-licensedb.aboutcode.org/llama-3.1-license-2024.html",
                root.at("/licenses/0/license/url").asText());
        Map<String, String> props = properties(root);
        assertEquals("700000000", props.get("licenselens:flag:mau-threshold"));
        assertEquals("true", props.get("licenselens:flag:use-restriction"));
        assertEquals("LicenseRef-scancode-llama-3.1-license-2024", props.get("licenselens:expression:concluded"));
        assertEquals("Apache-2.0", props.get("licenselens:expression:declared"));
        assertTrue(props.keySet().stream().anyMatch(k -> k.startsWith("licenselens:review:mismatch-")), props.toString());
        assertEquals("text-generation", root.at("/modelCard/modelParameters/task").asText());
        JsonNode base = root.at("/pedigree/ancestors/0");
        assertEquals("machine-learning-model", base.get("type").asText());
        assertEquals("pkg:huggingface/meta-llama/Llama-3.1-8B-Instruct", base.get("purl").asText());
        // The base's license is the one the scan's lineage resolved (the shipped registry of base families), and
        // the card's apache-2.0 over it is a conflict.
        assertEquals(List.of("Llama 3.1 Community License Agreement 2024 declared"), licenses(base));
        assertEquals("registry", properties(base).get("licenselens:base-model:resolved-by"));
        Map<String, String> card = properties(root.get("modelCard"));
        assertEquals("conflict", card.get("licenselens:lineage"));
        assertEquals("finetune", card.get("licenselens:base-model-relation"));
        assertTrue(root.at("/pedigree/notes").asText().contains("drops"), root.at("/pedigree/notes").asText());
        JsonNode license = null;
        for (JsonNode c : bom.get("components")) {
            if (c.get("name").asText().equals("LICENSE")) {
                license = c;
            }
        }
        assertEquals("file", license.get("type").asText());
        assertEquals("false", properties(license).get("licenselens:osd-compatible"));
        assertEquals("700000000", properties(license).get("licenselens:flag:mau-threshold"));
        assertEquals(64, license.at("/hashes/0/content").asText().length());
    }

    @Test
    void cyclonedxOfTheJavaProject() throws IOException {
        JsonNode root = cyclonedx(javaProject()).at("/metadata/component");
        assertEquals("application", root.get("type").asText());
        assertEquals(List.of("Apache-2.0 concluded", "Apache-2.0 declared"), licenses(root));
    }

    @Test
    void spdxOfTheModelDirectory() throws Exception {
        JsonNode doc = spdx(modelDirectory());
        assertEquals("SPDX-2.3", doc.get("spdxVersion").asText());
        JsonNode pkg = doc.at("/packages/0");
        assertEquals("llama-finetune", pkg.get("name").asText());
        assertEquals("LicenseRef-scancode-llama-3.1-license-2024", pkg.get("licenseConcluded").asText());
        assertEquals("Apache-2.0", pkg.get("licenseDeclared").asText());
        JsonNode extracted = doc.at("/hasExtractedLicensingInfos/0");
        assertEquals("LicenseRef-scancode-llama-3.1-license-2024", extracted.get("licenseId").asText());
        assertEquals("Llama 3.1 Community License Agreement 2024", extracted.get("name").asText());
        assertEquals(TestCorpus.licenseText("llama-3.1-license-2024").strip(), extracted.get("extractedText").asText().strip());
        List<String> files = new ArrayList<>();
        List<String> annotations = new ArrayList<>();
        doc.get("files").forEach(f -> {
            files.add(f.get("fileName").asText() + " " + f.get("licenseConcluded").asText());
            f.path("annotations").forEach(a -> annotations.add(f.get("fileName").asText() + " " + a.get("comment").asText()));
        });
        assertTrue(files.contains("./LICENSE LicenseRef-scancode-llama-3.1-license-2024"), files.toString());
        assertTrue(annotations.contains("./LICENSE licenselens:flag:mau-threshold=700000000"), annotations.toString());
        List<String> relationships = new ArrayList<>();
        doc.get("relationships").forEach(r -> relationships.add(r.get("relationshipType").asText()));
        assertTrue(relationships.contains("DESCENDANT_OF"), relationships.toString());
        Map<String, String> declaredByPackage = new HashMap<>();
        doc.get("packages").forEach(p -> declaredByPackage.put(p.get("name").asText(), p.get("licenseDeclared").asText()));
        assertEquals("LicenseRef-scancode-llama-3.1-license-2024",
                declaredByPackage.get("meta-llama/Llama-3.1-8B-Instruct"), declaredByPackage.toString());
    }

    @Test
    void spdxOfTheJavaProject() throws Exception {
        JsonNode doc = spdx(javaProject());
        JsonNode pkg = doc.at("/packages/0");
        assertEquals("Apache-2.0", pkg.get("licenseConcluded").asText());
        assertEquals("Apache-2.0", pkg.get("licenseDeclared").asText());
        assertTrue(doc.path("hasExtractedLicensingInfos").isEmpty());
    }
}
