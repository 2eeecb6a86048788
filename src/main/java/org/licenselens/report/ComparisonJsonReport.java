package org.licenselens.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.licenselens.compare.AlignedClause;
import org.licenselens.compare.AlignedRow;
import org.licenselens.compare.DiffSegment;
import org.licenselens.compare.Evidence;
import org.licenselens.compare.LicenseComparison;
import org.licenselens.compare.LicenseDocument;
import org.licenselens.compare.MatrixCell;
import org.licenselens.compare.MatrixRow;

/**
 * Writes a comparison in the {@code licenselens-compare/1} JSON schema documented in the README: the licenses,
 * the flag matrix with evidence, and the aligned clauses with word-level differences. Field order is fixed, so
 * output is byte-for-byte reproducible.
 */
public final class ComparisonJsonReport {
    public static final String SCHEMA = "licenselens-compare/1";

    private ComparisonJsonReport() {}

    /** Writes {@code comparison} to {@code out} and flushes it; {@code out} stays open. */
    public static void write(Writer out, ReportContext context, LicenseComparison comparison) throws IOException {
        JsonReport.writeReport(out, SCHEMA, context, json -> {
            List<LicenseDocument> documents = comparison.documents();
            json.writeArrayFieldStart("licenses");
            for (LicenseDocument doc : documents) {
                writeDocument(json, context, doc);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("matrix");
            for (MatrixRow row : comparison.matrix()) {
                writeRow(json, documents, row);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("clauses");
            for (AlignedRow row : comparison.clauses()) {
                writeAligned(json, documents, row);
            }
            json.writeEndArray();
            json.writeObjectFieldStart("summary");
            json.writeNumberField("licenses", documents.size());
            json.writeNumberField("clauseRows", comparison.clauses().size());
            for (AlignedRow.Status status : AlignedRow.Status.values()) {
                json.writeNumberField(status.jsonName(), comparison.clauseRows(status));
            }
            json.writeArrayFieldStart("differingFlags");
            for (MatrixRow row : comparison.matrix()) {
                if (row.differs()) {
                    json.writeString(row.id());
                }
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    private static void writeDocument(JsonGenerator json, ReportContext context, LicenseDocument doc)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("name", doc.name());
        json.writeStringField("origin", doc.origin().jsonName());
        json.writeStringField("key", doc.key());
        json.writeStringField("spdx", doc.key() == null ? null : context.spdx(doc.key()));
        json.writeStringField("title", doc.title());
        json.writeNumberField("lines", doc.text().lines().count());
        json.writeEndObject();
    }

    private static void writeRow(JsonGenerator json, List<LicenseDocument> documents, MatrixRow row)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("id", row.id());
        json.writeStringField("label", row.label());
        json.writeBooleanField("differs", row.differs());
        json.writeArrayFieldStart("cells");
        for (int d = 0; d < row.cells().size(); d++) {
            MatrixCell cell = row.cells().get(d);
            json.writeStartObject();
            json.writeStringField("license", documents.get(d).name());
            json.writeBooleanField("flagged", cell.flagged());
            json.writeStringField("value", cell.value());
            writeValues(json, "values", cell.values());
            json.writeArrayFieldStart("evidence");
            for (Evidence e : cell.evidence()) {
                json.writeStartObject();
                json.writeStringField("section", e.section());
                json.writeNumberField("startLine", e.startLine());
                json.writeNumberField("endLine", e.endLine());
                json.writeStringField("text", e.text());
                writeValues(json, "values", e.values());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeAligned(JsonGenerator json, List<LicenseDocument> documents, AlignedRow row)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("status", row.status().jsonName());
        json.writeArrayFieldStart("in");
        for (int d : row.presentIn()) {
            json.writeString(documents.get(d).name());
        }
        json.writeEndArray();
        json.writeArrayFieldStart("cells");
        for (Optional<AlignedClause> cell : row.cells()) {
            if (cell.isEmpty()) {
                json.writeNull();
                continue;
            }
            AlignedClause c = cell.get();
            json.writeStartObject();
            json.writeStringField("section", c.section());
            json.writeNumberField("startLine", c.startLine());
            json.writeNumberField("endLine", c.endLine());
            json.writeStringField("text", c.text());
            json.writeArrayFieldStart("diff");
            for (DiffSegment s : c.diff()) {
                json.writeStartObject();
                json.writeStringField("kind", s.kind().jsonName());
                json.writeStringField("text", s.text());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    // Keys sorted, so the output does not depend on map iteration order.
    private static void writeValues(JsonGenerator json, String field, Map<String, Object> values) throws IOException {
        json.writeObjectFieldStart(field);
        for (Map.Entry<String, Object> value : new java.util.TreeMap<>(values).entrySet()) {
            json.writeFieldName(value.getKey());
            JsonReport.writeValue(json, value.getValue());
        }
        json.writeEndObject();
    }

}
