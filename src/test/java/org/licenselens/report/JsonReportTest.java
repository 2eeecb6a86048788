package org.licenselens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.licenselens.analysis.FileResult;
import org.licenselens.testing.TestCorpus;

class JsonReportTest {
    /** A writer that remembers being closed, as System.out's writer would stop working. */
    private static final class TrackingWriter extends StringWriter {
        boolean closed;

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }
    }

    @Test
    void leavesTheCallersWriterOpen() throws IOException {
        TrackingWriter out = new TrackingWriter();
        ReportContext context = new ReportContext(TestCorpus.lens().licenses(), false);
        JsonReport.write(out, context, List.of(new FileResult("x", null, null, "no such file", null)));
        assertTrue(!out.closed, "the report must not close a writer it does not own");
        assertTrue(out.toString().endsWith("}\n"), out.toString());
    }

    @Test
    void isByteForByteReproducible() throws IOException {
        ReportContext context = new ReportContext(TestCorpus.lens().licenses(), true);
        FileResult result = new FileResult("LICENSE", "text", "text/plain", null,
                TestCorpus.lens().detect(TestCorpus.licenseText("mit")));
        assertEquals(render(context, result), render(context, result));
        JsonNode json = new ObjectMapper().readTree(render(context, result));
        assertEquals("MIT", json.at("/files/0/expression").asText());
    }

    private static String render(ReportContext context, FileResult result) throws IOException {
        Writer out = new StringWriter();
        JsonReport.write(out, context, List.of(result));
        return out.toString();
    }
}
