package org.licenselens.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licenselens.clause.FlagType;
import org.licenselens.index.LicenseCatalog;
import org.licenselens.report.ReportContext;
import org.licenselens.report.SarifReport;
import org.licenselens.report.ScanHtmlReport;
import org.licenselens.report.ScanTextReport;
import org.licenselens.testing.TestCorpus;

/** Lineage in a hub mirror laid out {@code org/name/}: bases resolved by folder, registry and mapping file. */
class LineageScanTest {
    private static final List<FlagType> LLAMA_31 = List.of(FlagType.USE_RESTRICTION, FlagType.MAU_THRESHOLD,
            FlagType.ATTRIBUTION_NAMING);

    @TempDir
    static Path hub;

    @TempDir
    static Path elsewhere;

    private static ScanResult result;

    @BeforeAll
    static void scanMirror() {
        card("acme/llama-ft", "license: apache-2.0\nbase_model: meta-llama/Llama-3.1-8B\nbase_model_relation: finetune\n");
        card("acme/llama-q", "license: llama3.1\nbase_model: meta-llama/Llama-3.1-8B-Instruct\nbase_model_relation: quantized\n");
        card("acme/merged", "license: apache-2.0\nbase_model:\n- meta-llama/Llama-3.1-8B\n- google/gemma-2-9b\n"
                + "base_model_relation: merge\n");
        card("acme/mystery-ft", "license: mit\nbase_model: nobody/mystery-7b\n");
        card("acme/mapped-ft", "license: mit\nbase_model: internal/foundation-7b\nbase_model_relation: adapter\n");
        // A base inside the mirror, with its license file, and a chain of two derivatives below it.
        ScanTrees.write(hub, "meta-llama/Llama-3.1-70B/LICENSE", TestCorpus.licenseText("llama-3.1-license-2024"));
        card("chain/ft", "license: apache-2.0\nbase_model: meta-llama/Llama-3.1-70B\nbase_model_relation: finetune\n");
        card("chain/ft-gguf", "license: apache-2.0\nbase_model: chain/ft\nbase_model_relation: quantized\n");
        card("chain/qwen-ft", "license: mit\nbase_model: Qwen/Qwen2.5-7B\nbase_model_relation: bogus\n");
        Path mapping = ScanTrees.write(elsewhere, "base-models.json",
                "{\"families\": [{\"pattern\": \"internal/foundation-*\", \"license\": \"llama3.1\"}]}");
        result = TestCorpus.lens().scan(new ScanOptions(hub, false, 2).withBaseModels(mapping), ScanListener.NONE);
    }

    private static void card(String model, String yaml) {
        ScanTrees.write(hub, model + "/README.md", "---\n" + yaml + "---\n\n# " + model + "\n");
    }

    private static ModelLineage lineage(String model) {
        return result.lineage().stream().filter(l -> l.model().equals(model)).findFirst().orElseThrow();
    }

    @Test
    void llamaFinetuneDeclaredApacheIsAConflictNamingTheInheritedTerms() {
        ModelLineage ft = lineage("acme/llama-ft");
        assertEquals(LineageStatus.CONFLICT, ft.status());
        assertEquals(BaseModelRelation.FINETUNE, ft.relation());
        BaseModel base = ft.bases().getFirst();
        assertEquals(List.of("meta-llama/Llama-3.1-8B", "registry", "llama-3.1-license-2024"),
                List.of(base.id(), base.resolvedBy().jsonName(), base.license()));
        assertTrue(base.source().contains("meta-llama/Llama-3.1-*"), base.source());
        assertEquals(LLAMA_31, base.termTypes());
        InheritedTerm mau = base.terms().stream().filter(t -> t.flag().type() == FlagType.MAU_THRESHOLD).findFirst()
                .orElseThrow();
        assertEquals("scancode-licensedb/llama-3.1-license-2024.LICENSE", mau.path());
        assertEquals(700_000_000L, ((Number) mau.flag().values().get("users")).longValue());

        LineageConflict conflict = ft.conflicts().getFirst();
        assertEquals(List.of("llama-3.1-license-2024"), conflict.missing());
        assertEquals(LLAMA_31, conflict.dropped());
        assertEquals("apache-2.0", conflict.declared());
        assertTrue(conflict.reason().contains("pass-through of llama-3.1-license-2024")
                && conflict.reason().contains("acceptable-use policy") && conflict.reason().contains("naming")
                && conflict.reason().contains("monthly-active-user cap"), conflict.reason());
        ReviewItem item = result.review().stream().filter(r -> r.kind() == ReviewKind.LINEAGE_CONFLICT
                && r.path().equals("acme/llama-ft/README.md")).findFirst().orElseThrow();
        assertEquals(conflict, item.lineage());
        assertEquals(3, item.startLine(), "the base_model line");
    }

    @Test
    void quantizationDeclaredLlamaIsConsistent() {
        ModelLineage q = lineage("acme/llama-q");
        assertEquals(LineageStatus.CONSISTENT, q.status());
        assertEquals(List.of(), q.conflicts());
        assertEquals(BaseModelRelation.QUANTIZED, q.relation());
        assertEquals(LLAMA_31, q.bases().getFirst().termTypes(), "the terms are still inherited, and kept");
    }

    @Test
    void mergeOfTwoBasesCarriesBothBasesTerms() {
        ModelLineage merged = lineage("acme/merged");
        assertEquals(List.of("llama-3.1-license-2024", "gemma-tou-2024-04-01"),
                merged.bases().stream().map(BaseModel::license).toList());
        assertEquals(LLAMA_31, merged.bases().get(0).termTypes());
        assertTrue(merged.bases().get(1).termTypes().contains(FlagType.USE_RESTRICTION),
                merged.bases().get(1).termTypes().toString());
        assertEquals(List.of("meta-llama/Llama-3.1-8B", "google/gemma-2-9b"),
                merged.conflicts().stream().map(LineageConflict::base).toList());
    }

    @Test
    void unknownBaseIsStatedAsUnknownNeverGuessed() {
        ModelLineage mystery = lineage("acme/mystery-ft");
        BaseModel base = mystery.bases().getFirst();
        assertEquals(List.of(LineageSource.UNKNOWN, ""), List.of(base.resolvedBy(), base.license()));
        assertNull(base.source());
        assertEquals(List.of(), base.terms());
        assertEquals(LineageStatus.UNKNOWN_BASE, mystery.status());
        assertEquals(BaseModelRelation.UNSPECIFIED, mystery.relation());
    }

    @Test
    void localBaseFolderGivesItsLicenseFileAsEvidenceAndChainsCarryIt() {
        BaseModel local = lineage("chain/ft").bases().getFirst();
        assertEquals(List.of(LineageSource.LOCAL, "llama-3.1-license-2024", "meta-llama/Llama-3.1-70B/"),
                List.of(local.resolvedBy(), local.license(), local.source()));
        assertEquals("meta-llama/Llama-3.1-70B/LICENSE", local.terms().getFirst().path());
        // chain/ft declares apache-2.0 over Llama: its quantization inherits Llama through it.
        ModelLineage gguf = lineage("chain/ft-gguf");
        assertEquals(LineageSource.LOCAL, gguf.bases().getFirst().resolvedBy());
        assertEquals("apache-2.0 AND llama-3.1-license-2024", gguf.bases().getFirst().license());
        assertEquals(List.of("llama-3.1-license-2024"), gguf.conflicts().getFirst().missing());
    }

    @Test
    void mappingFileResolvesWhatTheRegistryDoesNot() {
        ModelLineage mapped = lineage("acme/mapped-ft");
        BaseModel base = mapped.bases().getFirst();
        assertEquals(List.of(LineageSource.MAPPING, "llama-3.1-license-2024"), List.of(base.resolvedBy(), base.license()));
        assertEquals(LineageStatus.CONFLICT, mapped.status());
    }

    @Test
    void permissiveBaseBindsNothingAndABadRelationIsAProblem() {
        ModelLineage qwen = lineage("chain/qwen-ft");
        assertEquals(List.of("apache-2.0"), qwen.bases().stream().map(BaseModel::license).toList());
        assertEquals(List.of(), qwen.bases().getFirst().terms());
        assertEquals(LineageStatus.CONSISTENT, qwen.status());
        assertTrue(qwen.problem().contains("'bogus'"), qwen.problem());
    }

    @Test
    void gateJsonAndReviewCarryTheConflicts() throws Exception {
        LicenseCatalog index = TestCorpus.lens().licenses();
        List<String> trips = PolicyGate.parse(List.of("lineage-conflict"), index).check(result, index).stream()
                .map(t -> t.path() + ":" + t.line()).toList();
        assertEquals(List.of("acme/llama-ft/README.md:3", "acme/mapped-ft/README.md:3", "acme/merged/README.md:3",
                "acme/merged/README.md:3", "chain/ft/README.md:3", "chain/ft-gguf/README.md:3"), trips);
        JsonNode json = new ObjectMapper().readTree(ScanTrees.json(result));
        assertEquals(6, json.at("/summary/lineageConflicts").asInt());
        assertEquals(8, json.get("lineage").size());
        JsonNode mystery = json.get("lineage").get(4);
        assertEquals("acme/mystery-ft", mystery.get("model").asText());
        assertEquals("unknown", mystery.at("/bases/0/resolvedBy").asText());
        assertTrue(mystery.at("/bases/0/license").isNull());
        assertEquals("LicenseRef-scancode-llama-3.1-license-2024",
                json.at("/lineage/0/conflicts/0/missing/0").asText());
    }

    @Test
    void textSarifAndHtmlShowTheLineage() throws Exception {
        ReportContext context = new ReportContext(TestCorpus.lens().licenses(), false);
        StringWriter text = new StringWriter();
        ScanTextReport.write(text, context, result, true);
        assertTrue(text.toString().contains("    base nobody/mystery-7b: unknown (not in the tree, the registry or the mapping file)"),
                text.toString());
        assertTrue(text.toString().contains("    CONFLICT: finetune of meta-llama/Llama-3.1-8B (llama-3.1-license-2024)"));
        assertTrue(text.toString().contains("[lineage-conflict] acme/llama-ft/README.md:3-3"));
        StringWriter sarif = new StringWriter();
        SarifReport.write(sarif, context, result);
        JsonNode run = new ObjectMapper().readTree(sarif.toString()).at("/runs/0");
        long lineageResults = 0;
        for (JsonNode r : run.get("results")) {
            if (r.get("ruleId").asText().equals("lineage/conflict")) {
                lineageResults++;
                assertEquals("lineage/conflict", run.at("/tool/driver/rules/" + r.get("ruleIndex").asInt() + "/id").asText());
            }
        }
        assertEquals(6, lineageResults);
        StringWriter html = new StringWriter();
        ScanHtmlReport.write(html, context, result);
        assertTrue(html.toString().contains("<section id=\"lineage\">"), "the lineage section");
    }
}
