package org.licenselens;

import org.licenselens.analysis.FileResult;
import org.licenselens.analysis.ClauseMode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licenselens.clause.ClauseFlag;
import org.licenselens.clause.FlagType;
import org.licenselens.match.MatchKind;
import org.licenselens.testing.TestCorpus;

/**
 * OSI approval vouches for the approved text, so restriction flags inside a verbatim OSI-approved license are
 * classifier false positives; a modified copy, or terms added beside the license, are judged on their own.
 */
class OsiApprovedClausesTest {
    private final LicenseLens lens = TestCorpus.lens();

    @TempDir
    Path dir;

    private FileResult analyse(String name, String text) throws IOException {
        FileResult result = lens.identify(Files.writeString(dir.resolve(name), text), name, ClauseMode.ALL);
        assertNull(result.error(), result.toString());
        return result;
    }

    @Test
    void verbatimGpl2IsOpenSourceWithoutRestrictionFlags() throws IOException {
        FileResult gpl = analyse("COPYING", TestCorpus.licenseText("gpl-2.0"));
        assertEquals(MatchKind.FULL, gpl.detection().matches().getFirst().kind());
        assertTrue(gpl.clauses().flags().stream().noneMatch(f -> f.type() == FlagType.NON_COMMERCIAL
                || f.type() == FlagType.USE_RESTRICTION), gpl.clauses().flags().toString());
        assertTrue(gpl.clauses().openness().osdCompatible(), gpl.clauses().openness().toString());
    }

    @Test
    void aRestrictionAddedBesideTheApprovedTextIsStillFlagged() throws IOException {
        String added = "\n\nADDITIONAL TERMS\n\nThe Program may be used for non-commercial purposes only. "
                + "You may not use the Program for any commercial purpose.\n";
        FileResult gpl = analyse("COPYING", TestCorpus.licenseText("gpl-2.0") + added);
        List<ClauseFlag> nonCommercial = gpl.clauses().flags().stream()
                .filter(f -> f.type() == FlagType.NON_COMMERCIAL).toList();
        assertFalse(nonCommercial.isEmpty(), gpl.clauses().flags().toString());
        int licenseEnd = gpl.detection().matches().getFirst().endLine();
        assertTrue(nonCommercial.stream().allMatch(f -> f.startLine() > licenseEnd),
                "only the added clause, after line " + licenseEnd + ": " + nonCommercial);
        assertFalse(gpl.clauses().openness().osdCompatible());
    }
}
