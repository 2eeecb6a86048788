package org.licenselens.clause.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.licenselens.clause.FlagType;

class TrainingDataTest {

    private static final Path CORPUS = Path.of(System.getProperty("licenselens.corpus", "../shared/corpus"));
    private static final String FILE = "scancode-licensedb/mit.LICENSE";

    @Test
    void resolvesASpanWhoseHashMatches() throws IOException {
        String text = Files.readString(CORPUS.resolve(FILE), StandardCharsets.UTF_8);
        int start = text.indexOf("Permission is hereby granted");
        String span = text.substring(start, start + 40);
        Annotation a = new Annotation(FILE, "mit", start, start + 40, TrainingData.sha256(span), Set.of(), Map.of());
        TrainingData.LabelledClause c = TrainingData.resolve(List.of(a), CORPUS).get(0);
        assertEquals(span, c.clause().text());
        assertEquals(text.substring(0, start).split("\n", -1).length, c.clause().startLine());
    }

    @Test
    void aHashMismatchNamesTheFileAndOffsets() {
        Annotation a = new Annotation(FILE, "mit", 10, 20, "00", Set.of(FlagType.USE_RESTRICTION), Map.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TrainingData.resolve(List.of(a), CORPUS));
        assertTrue(e.getMessage().contains(FILE + " [10,20)"), e.getMessage());
        assertTrue(e.getMessage().contains("sha256 mismatch"), e.getMessage());
    }

    @Test
    void foldsNeverSplitALicense() {
        for (String key : List.of("llama-2-license-2023", "mit", "qwen-2024")) {
            int fold = EvaluateClauseModels.fold(key);
            assertTrue(fold >= 0 && fold < EvaluateClauseModels.FOLDS);
            assertEquals(fold, EvaluateClauseModels.fold(key));
        }
    }

    @Test
    void foldsNeverSplitAFamily() {
        assertEquals(EvaluateClauseModels.fold("llama-2-license-2023"),
                EvaluateClauseModels.fold("llama3_2-acceptable-use-policy"));
        assertEquals(EvaluateClauseModels.fold("gemma-tou-2024-04-01"), EvaluateClauseModels.fold("gemma-pup-2024-02-21"));
        var strict = EvaluateClauseModels.Grouping.WRITTEN_AS_ONE_FAMILY;
        assertEquals(EvaluateClauseModels.fold("written/w-tb-001", strict),
                EvaluateClauseModels.fold("written/w-geo-017", strict));
    }

    @Test
    void valuesCompareByFlagType() {
        assertTrue(EvaluateClauseModels.valuesMatch(FlagType.MAU_THRESHOLD, Map.of("users", 700_000_000L),
                Map.of("users", 700_000_000L, "amount", 5L)));
        assertTrue(!EvaluateClauseModels.valuesMatch(FlagType.GEOGRAPHIC_EXCLUSION, Map.of("regions", List.of("EU")),
                Map.of("regions", List.of("EU", "GB"))));
    }
}
