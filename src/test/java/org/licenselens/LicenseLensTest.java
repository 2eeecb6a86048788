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
import org.licenselens.match.Detection;
import org.licenselens.match.LicenseMatch;
import org.licenselens.match.MatchKind;
import org.licenselens.testing.TestCorpus;

/** The match kinds through the public facade, on small synthetic source files built around real rules. */
class LicenseLensTest {
    private final LicenseLens lens = TestCorpus.lens();

    @TempDir
    Path dir;

    /** A few lines of code, then the rule text as a comment block, then more code. */
    private static String inSource(String ruleText) {
        return "package demo;\n\n/*\n * " + ruleText.strip().replace("\n", "\n * ") + "\n */\n"
                + "public final class Demo {\n    int answer() {\n        return 42;\n    }\n}\n";
    }

    private Detection identify(String name, String content) throws IOException {
        Path file = Files.writeString(dir.resolve(name), content);
        FileResult result = lens.identify(file, name);
        assertNull(result.error(), result.toString());
        assertEquals(name, result.path());
        return result.detection();
    }

    private void assertOnlyKind(String rule, String key, MatchKind kind) throws IOException {
        Detection d = identify("Demo.java", inSource(TestCorpus.ruleText(rule)));
        assertEquals(key, d.expression(), rule + ": " + d.matches());
        assertEquals(List.of(kind), d.matches().stream().map(LicenseMatch::kind).toList(), rule + ": " + d.matches());
        LicenseMatch m = d.matches().getFirst();
        assertEquals(4, m.startLine(), rule + " starts on the comment's first line: " + m);
        assertFalse(d.unknown(), rule);
    }

    @Test
    void referenceRuleIsAReferenceMatch() throws IOException {
        assertOnlyKind("mit_1120", "mit", MatchKind.REFERENCE);
    }

    @Test
    void debianReferenceIsAReferenceMatch() throws IOException {
        assertOnlyKind("apache-2.0_1001", "apache-2.0", MatchKind.REFERENCE);
    }

    @Test
    void tagRuleIsATagMatch() throws IOException {
        assertOnlyKind("mit_1048", "mit", MatchKind.TAG);
    }

    @Test
    void markupTagRuleIsATagMatch() throws IOException {
        assertOnlyKind("apache-2.0_1094", "apache-2.0", MatchKind.TAG);
    }

    @Test
    void noticeRuleIsANoticeMatch() throws IOException {
        assertOnlyKind("apache-2.0_7", "apache-2.0", MatchKind.NOTICE);
    }

    @Test
    void twoIdentifierLinesAndANoticeAreThreeMatchesJoinedWithAnd() throws IOException {
        String notice = TestCorpus.ruleText("apache-2.0_7").strip();
        String source = "// SPDX-License-Identifier: MIT\n"
                + "// SPDX-License-Identifier: GPL-2.0-only\n"
                + "\n"
                + "#include <stdio.h>\n"
                + "\n"
                + "/*\n * " + notice.replace("\n", "\n * ") + "\n */\n"
                + "int main(void) { return 0; }\n";
        int noticeLines = notice.split("\n").length;
        Detection d = identify("main.c", source);
        assertEquals("mit AND gpl-2.0 AND apache-2.0", d.expression(), d.matches().toString());
        assertEquals(3, d.matches().size(), d.matches().toString());
        LicenseMatch mit = d.matches().get(0);
        LicenseMatch gpl = d.matches().get(1);
        LicenseMatch apache = d.matches().get(2);
        assertEquals(List.of(MatchKind.IDENTIFIER, MatchKind.IDENTIFIER, MatchKind.NOTICE),
                List.of(mit.kind(), gpl.kind(), apache.kind()));
        assertEquals(List.of(1, 1, 2, 2), List.of(mit.startLine(), mit.endLine(), gpl.startLine(), gpl.endLine()));
        assertEquals(7, apache.startLine(), apache.toString());
        assertTrue(apache.endLine() >= 7 + noticeLines - 2 && apache.endLine() <= 6 + noticeLines,
                "notice ends on its own last lines: " + apache);
    }

    @Test
    void fullLicenseThroughTheFacadeIsFull() throws IOException {
        Detection d = identify("LICENSE", TestCorpus.licenseText("bsd-new"));
        assertEquals("bsd-new", d.expression());
        assertEquals(MatchKind.FULL, d.matches().getFirst().kind());
    }

    @Test
    void unreadableFileBecomesAnErrorNotAnException() {
        FileResult result = lens.identify(dir.resolve("absent"), "absent");
        assertTrue(result.failed());
        assertEquals("no such file", result.error());
        assertNull(result.detection());
    }

    @Test
    void identifyAllAnswersInTheGivenOrderAsIdentifyDoes() throws IOException {
        List<Path> files = new java.util.ArrayList<>();
        String[] keys = {"mit", "bsd-new", "apache-2.0", "isc", "zlib", "bsd-simplified"};
        for (int i = 0; i < keys.length; i++) {
            // Sizes out of order, so that processing largest first cannot return them sorted by accident.
            files.add(Files.writeString(dir.resolve(i + "-" + keys[i] + ".txt"), TestCorpus.licenseText(keys[i])));
        }
        files.add(Files.writeString(dir.resolve("page.html"),
                org.licenselens.testing.Documents.html("MIT License", TestCorpus.licenseText("mit"))));
        files.add(dir.resolve("absent.txt"));
        files.add(Files.createDirectory(dir.resolve("folder")));

        List<FileResult> all = lens.identifyAll(files, ClauseMode.NONE);

        assertEquals(files.size(), all.size());
        for (int i = 0; i < files.size(); i++) {
            FileResult alone = lens.identify(files.get(i), files.get(i).toString());
            assertEquals(files.get(i).toString(), all.get(i).path());
            assertEquals(alone.error(), all.get(i).error(), files.get(i).toString());
            assertEquals(alone.detection() == null ? null : alone.detection().expression(),
                    all.get(i).detection() == null ? null : all.get(i).detection().expression(), files.get(i).toString());
        }
        for (int i = 0; i < keys.length; i++) {
            assertEquals(keys[i], all.get(i).detection().expression());
        }
        assertEquals("mit", all.get(keys.length).detection().expression());
        assertEquals("no such file", all.get(keys.length + 1).error());
        assertEquals("is a directory", all.get(keys.length + 2).error());
    }

    @Test
    void identifyAllOfNothingIsEmpty() {
        assertEquals(List.of(), lens.identifyAll(List.of(), ClauseMode.NONE));
    }
}
