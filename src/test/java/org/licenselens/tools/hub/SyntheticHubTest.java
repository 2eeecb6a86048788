package org.licenselens.tools.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licenselens.scan.BaseModel;
import org.licenselens.scan.Declaration;
import org.licenselens.scan.ModelLineage;
import org.licenselens.scan.ScanListener;
import org.licenselens.scan.ScanOptions;
import org.licenselens.scan.ScanResult;
import org.licenselens.testing.TestCorpus;

class SyntheticHubTest {
    private static final int MODELS = 400;

    @TempDir
    Path dir;

    @Test
    void theMixIsRealisticAndDeterministic() {
        SyntheticHub hub = SyntheticHub.generate(MODELS, 13);
        assertEquals(hub.models(), SyntheticHub.generate(MODELS, 13).models(), "same seed, same hub");
        SyntheticHub.Expected e = hub.expected();
        Map<String, Integer> l = e.licenses();
        assertTrue(l.get("none") + l.get("unknown") > l.get("apache-2.0"), l.toString());
        assertTrue(l.get("apache-2.0") > l.get("mit") && l.get("mit") > l.get("cc-by-4.0"), l.toString());
        assertTrue(e.statuses().get("conflict") > 0 && e.statuses().get("consistent") > 0, e.statuses().toString());
        assertTrue(depth(hub) >= 3, "chains several levels deep: " + depth(hub));
    }

    /** The deepest chain of bases inside the hub. */
    private static int depth(SyntheticHub hub) {
        Map<String, Integer> depth = new TreeMap<>();
        int max = 0;
        for (SyntheticHub.Model m : hub.models()) {
            int d = 1 + m.bases().stream().mapToInt(b -> depth.getOrDefault(b, 0)).max().orElse(-1);
            depth.put(m.id(), d);
            max = Math.max(max, d);
        }
        return max;
    }

    @Test
    void aScanOfTheMirrorGivesTheGeneratorsAnswers() throws IOException {
        SyntheticHub hub = SyntheticHub.generate(MODELS, 13);
        Path mirror = dir.resolve("mirror");
        hub.writeMirror(mirror, TestCorpus.root());
        ScanResult result = TestCorpus.lens().scan(new ScanOptions(mirror, false, 2), ScanListener.NONE);

        Map<String, String> expected = hub.models().stream().filter(m -> m.expected() != null)
                .collect(Collectors.toMap(SyntheticHub.Model::id, SyntheticHub.Model::expected, (a, b) -> a, TreeMap::new));
        Map<String, String> found = result.lineage().stream()
                .collect(Collectors.toMap(ModelLineage::model, x -> x.status().jsonName(), (a, b) -> a, TreeMap::new));
        assertEquals(expected, found);
        SyntheticHub.Expected e = hub.expected();
        assertEquals(e.conflicts(), result.lineageConflicts().size());
        assertEquals(e.unknownBases(), result.lineage().stream().flatMap(x -> x.bases().stream())
                .filter(BaseModel::unknown).count());

        Map<String, Integer> labels = new TreeMap<>();
        for (Declaration d : result.declared()) {
            if (d.source().equals("model-card") && d.field().equals("license")) {
                labels.merge(d.value().replace("other (license_name: ", "other:").replace(")", ""), 1, Integer::sum);
            }
        }
        labels.put("none", MODELS - labels.values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(e.licenses(), labels);
    }

    @Test
    void jsonLinesHoldOneHubApiRecordPerModel() throws IOException {
        SyntheticHub hub = SyntheticHub.generate(MODELS, 13);
        Path jsonl = dir.resolve("hub.jsonl");
        hub.writeJsonl(jsonl);
        List<String> lines = Files.readAllLines(jsonl);
        assertEquals(MODELS, lines.size());
        ObjectMapper json = new ObjectMapper();
        SyntheticHub.Model merge = hub.models().stream().filter(m -> "merge".equals(m.relation())).findFirst().orElseThrow();
        JsonNode record = json.readTree(lines.get(hub.models().indexOf(merge)));
        assertEquals(merge.id(), record.get("id").asText());
        assertEquals(2, record.at("/card_data/base_model").size());
        assertEquals("merge", record.at("/card_data/base_model_relation").asText());
        hub.writeExpected(dir.resolve("expected.json"));
        assertEquals(MODELS, json.readTree(dir.resolve("expected.json").toFile()).at("/counts/models").asInt());
    }
}
