package org.licenselens.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licenselens.clause.FlagType;
import org.licenselens.match.Difference;
import org.licenselens.testing.TestCorpus;

class ReviewQueueTest {
    @TempDir
    Path dir;

    @Test
    void ranksUnknownNearMismatchFlagsAndUnreadable() throws Exception {
        ScanTrees.write(dir, "a/LICENSE", TestCorpus.scrambled(TestCorpus.licenseText("bsd-new")));
        String apache = TestCorpus.licenseText("apache-2.0");
        String modified = apache.replaceFirst("grants to You a perpetual,", "grants to You a temporary and revocable,");
        assertFalse(modified.equals(apache));
        ScanTrees.write(dir, "b/LICENSE", modified);
        ScanTrees.write(dir, "c/LICENSE", TestCorpus.licenseText("llama-2-license-2023"));
        ScanTrees.write(dir, "c/README.md", "---\nlicense: mit\n---\n");
        ScanTrees.write(dir, "d/LICENSE", new byte[] {0, 1, 2, 3, 0, 0, 5, 0, 7, 8, 0, 0});

        ScanResult result = ScanTrees.scan(dir);
        List<String> queue = result.review().stream().map(r -> r.rank() + " " + r.kind().jsonName() + " " + r.path()).toList();
        assertEquals(List.of("1 unknown a/LICENSE", "2 near b/LICENSE", "3 mismatch c/README.md", "4 flags c/LICENSE",
                "5 unreadable d/LICENSE"), queue);

        ReviewItem unknown = result.review().get(0);
        assertEquals("bsd-new", unknown.closest().getFirst().key());
        assertFalse(unknown.diff().isEmpty(), "word diff against the closest text");
        Difference d = unknown.diff().getFirst();
        assertTrue(d.added().contains("zorblax"), d.toString());
        assertTrue(unknown.reason().startsWith("license-like text that no known license explains; closest: BSD-3-Clause"),
                unknown.reason());

        ReviewItem near = result.review().get(1);
        assertEquals("apache-2.0", near.closest().getFirst().key());
        assertTrue(near.diff().stream().anyMatch(x -> x.added().contains("temporary")), near.diff().toString());

        ReviewItem mismatch = result.review().get(2);
        assertEquals(List.of("mit"), mismatch.mismatch().missing());
        assertEquals(2, mismatch.startLine());

        ReviewItem flags = result.review().get(3);
        assertTrue(flags.flags().stream().anyMatch(f -> f.flag().type() == FlagType.MAU_THRESHOLD
                && f.flag().text().contains("monthly active users")), flags.flags().toString());
        assertTrue(flags.flags().stream().anyMatch(f -> f.flag().type() == FlagType.TRAINING_BAN));

        ReviewItem unreadable = result.review().get(4);
        assertTrue(unreadable.error().startsWith("binary file"), unreadable.error());
    }
}
