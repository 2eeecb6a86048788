package org.licenselens.clause;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.licenselens.testing.TestCorpus;

/** Stored clause scores read back bit for bit, are what a later analysis uses, and bad bytes are refused. */
class ScoreTableTest {

    @Test
    void aLicensesScoresReadBackExactlyAsWritten() throws IOException {
        ClauseAnalyzer analyzer = ClauseAnalyzer.shared();
        byte[] table = analyzer.known(TestCorpus.licenseText("llama-2-license-2023")).scores();
        Map<String, ClauseClassifier.Scored> read = ScoreTable.read(table);
        assertTrue(read.size() > 30, "Llama 2 has many clauses: " + read.size());
        assertArrayEquals(table, ScoreTable.write(read));
        assertTrue(read.values().stream().anyMatch(s -> s.evidence().userCount().isPresent()),
                "the 700 million monthly active users are kept with their clause");
    }

    @Test
    void rememberedScoresAreWhatTheAnalyzerUsesForThoseClauses() throws IOException {
        String text = TestCorpus.licenseText("llama-2-license-2023");
        ClauseAnalyzer analyzer = ClauseAnalyzer.loadDefault();
        Map<String, ClauseClassifier.Scored> table = ScoreTable.read(analyzer.known(text).scores());
        assertTrue(analyzer.flags(text).stream().anyMatch(f -> f.type() == FlagType.MAU_THRESHOLD));
        // The same clauses with every evidence value and score taken away: an analyzer that remembers them cannot
        // flag the user threshold, so the flags it gives come from the table, not from scoring the clauses again.
        Map<String, ClauseClassifier.Scored> blank = new LinkedHashMap<>();
        ClauseEvidence nothing = ClauseEvidence.of("");
        table.keySet().forEach(k -> blank.put(k, new ClauseClassifier.Scored(nothing, new double[FlagType.values().length], false)));
        ClauseAnalyzer fresh = ClauseAnalyzer.loadDefault();
        fresh.remember(ScoreTable.write(blank));
        assertFalse(fresh.flags(text).stream().anyMatch(f -> f.type() == FlagType.MAU_THRESHOLD),
                () -> "flags from the blanked table: " + fresh.flags(text));
    }

    @Test
    void bytesThatAreNoTableAreRefusedWithAnIoException() {
        ClauseAnalyzer analyzer = ClauseAnalyzer.shared();
        byte[] good = analyzer.known("You may not use the Software in the European Union.").scores();
        byte[] cut = java.util.Arrays.copyOf(good, good.length - 3);
        byte[] longer = java.util.Arrays.copyOf(good, good.length + 1);
        for (byte[] bad : List.of(new byte[0], cut, longer, new byte[] {0, 0, 0, 9})) {
            assertThrows(IOException.class, () -> analyzer.remember(bad));
        }
        org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> analyzer.remember(good));
    }
}
