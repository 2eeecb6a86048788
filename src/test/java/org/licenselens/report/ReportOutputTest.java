package org.licenselens.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportOutputTest {
    @TempDir
    Path dir;

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void committedReportReplacesTheOldOneAndKeepsItsMode() throws IOException {
        Path report = dir.resolve("report.json");
        Files.writeString(report, "old report");
        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-rw-r--"));
        try (ReportOutput out = ReportOutput.open(report)) {
            out.writer().write("new report \u00e9");
            assertEquals("old report", Files.readString(report), "nothing visible before the commit");
            assertEquals(2, files().size(), "a temp file beside the report while writing: " + files());
            out.commit();
        }
        assertEquals("new report \u00e9", Files.readString(report, StandardCharsets.UTF_8));
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(report)));
        assertEquals(List.of("report.json"), files());
    }

    @Test
    void newReportIsReadableByOthersLikeAnOrdinaryFile() throws IOException {
        Path report = dir.resolve("new.txt");
        try (ReportOutput out = ReportOutput.open(report)) {
            out.writer().write("x");
            out.commit();
        }
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(report)));
    }

    @Test
    void closingWithoutCommitKeepsTheOldReportAndLeavesNoTempFile() throws IOException {
        Path report = dir.resolve("report.txt");
        byte[] old = "previous\n".getBytes(StandardCharsets.UTF_8);
        Files.write(report, old);
        try (ReportOutput out = ReportOutput.open(report)) {
            out.writer().write("half a rep".repeat(100_000));
            out.writer().flush();
        }
        assertArrayEquals(old, Files.readAllBytes(report));
        assertEquals(List.of("report.txt"), files());
    }

    @Test
    void aFolderOrAMissingFolderIsRefusedBeforeAnyWork() {
        IOException folder = assertThrows(IOException.class, () -> ReportOutput.open(dir));
        assertEquals("cannot write the report to " + dir + ": it is a folder", folder.getMessage());
        Path missing = dir.resolve("nope").resolve("r.json");
        IOException absent = assertThrows(IOException.class, () -> ReportOutput.open(missing));
        assertEquals("cannot write the report to " + missing + ": folder " + missing.getParent()
                + " does not exist", absent.getMessage());
    }

    @Test
    void stdoutIsFlushedOnCommitAndNeverClosed() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean[] closed = {false};
        PrintStream stdout = new PrintStream(bytes, false, StandardCharsets.UTF_8) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        try (ReportOutput out = ReportOutput.stdout(stdout)) {
            out.writer().write("to stdout");
            out.commit();
        }
        assertEquals("to stdout", bytes.toString(StandardCharsets.UTF_8));
        assertTrue(!closed[0], "stdout was closed");
    }

    @Test
    void commitTwiceIsAMistake() throws IOException {
        try (ReportOutput out = ReportOutput.open(dir.resolve("r"))) {
            out.commit();
            assertThrows(IllegalStateException.class, out::commit);
        }
    }
}
