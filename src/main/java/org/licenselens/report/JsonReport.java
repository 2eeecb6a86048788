package org.licenselens.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.licenselens.analysis.FileResult;
import org.licenselens.clause.ClauseAnalysis;
import org.licenselens.clause.ClauseFlag;
import org.licenselens.clause.OsdViolation;
import org.licenselens.index.LicenseInfo;
import org.licenselens.match.Detection;
import org.licenselens.match.Difference;
import org.licenselens.match.Discarded;
import org.licenselens.match.LineRange;
import org.licenselens.match.LicenseMatch;

/**
 * Writes results in the {@code licenselens/1} JSON schema documented in the README.
 *
 * <p>Streaming, so a report of many files never sits in memory twice; field order is fixed, so output is
 * byte-for-byte reproducible.
 */
public final class JsonReport {
    public static final String SCHEMA = "licenselens/1";
    /** The caller owns the writer (often System.out): closing the generator must not close it. */
    static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private JsonReport() {}

    /** Writes the fields of one report after its {@code schema}, {@code tool} and {@code corpus}. */
    @FunctionalInterface
    interface Fields {
        void write(JsonGenerator json) throws IOException;
    }

    /**
     * Writes one report of {@code schema} to {@code out}: the top-level object with the {@code schema},
     * {@code tool} and {@code corpus} fields every licenselens report begins with, then {@code fields}; ends it
     * with a newline and flushes {@code out}, which stays open.
     */
    static void writeReport(Writer out, String schema, ReportContext context, Fields fields) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("schema", schema);
            json.writeObjectFieldStart("tool");
            json.writeStringField("name", "licenselens");
            json.writeStringField("version", ReportContext.version());
            json.writeEndObject();
            json.writeObjectFieldStart("corpus");
            json.writeNumberField("licenses", context.licenses().licenseCount());
            json.writeNumberField("rules", context.licenses().ruleCount());
            json.writeStringField("source", context.licenses().corpusSource());
            json.writeEndObject();
            fields.write(json);
            json.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    /** Writes {@code results} to {@code out} and flushes it; {@code out} stays open. */
    public static void write(Writer out, ReportContext context, List<FileResult> results) throws IOException {
        writeReport(out, SCHEMA, context, json -> {
            json.writeArrayFieldStart("files");
            int errors = 0;
            int unknown = 0;
            for (FileResult result : results) {
                writeFile(json, context, result);
                errors += result.failed() ? 1 : 0;
                unknown += !result.failed() && result.detection().unknown() ? 1 : 0;
            }
            json.writeEndArray();
            json.writeObjectFieldStart("summary");
            json.writeNumberField("files", results.size());
            json.writeNumberField("errors", errors);
            json.writeNumberField("unknown", unknown);
            json.writeEndObject();
        });
    }

    private static void writeFile(JsonGenerator json, ReportContext context, FileResult result) throws IOException {
        json.writeStartObject();
        writeFileFields(json, context, result);
        json.writeEndObject();
    }

    /** Writes the fields of one {@code files[]} entry; the scan report adds its own after them. */
    static void writeFileFields(JsonGenerator json, ReportContext context, FileResult result) throws IOException {
        json.writeStringField("path", result.path());
        json.writeStringField("kind", result.kind());
        json.writeStringField("mediaType", result.mediaType());
        json.writeStringField("error", result.error());
        Detection detection = result.detection();
        json.writeArrayFieldStart("licenses");
        if (detection != null) {
            for (LicenseMatch match : detection.matches()) {
                for (String key : match.keys()) {
                    writeLicense(json, context, match, key);
                }
            }
        }
        json.writeEndArray();
        String expression = detection == null ? "" : detection.expression();
        json.writeStringField("expression", context.spdxExpression(expression));
        json.writeStringField("scancodeExpression", expression);
        json.writeBooleanField("unknown", detection != null && detection.unknown());
        json.writeBooleanField("licenseList", detection != null && detection.licenseList());
        json.writeArrayFieldStart("closest");
        if (detection != null) {
            for (Detection.Closest closest : detection.closest()) {
                json.writeStartObject();
                json.writeStringField("key", closest.key());
                json.writeStringField("spdx", context.spdxExpression(closest.key()));
                json.writeNumberField("similarity", closest.similarity());
                json.writeEndObject();
            }
        }
        json.writeEndArray();
        if (context.explain()) {
            writeDiscarded(json, context, detection);
        }
        json.writeArrayFieldStart("unknownRegions");
        if (detection != null) {
            for (Detection.UnknownRegion region : detection.unknownRegions()) {
                json.writeStartObject();
                json.writeNumberField("startLine", region.startLine());
                json.writeNumberField("endLine", region.endLine());
                json.writeArrayFieldStart("cues");
                for (String cue : region.cues()) {
                    json.writeString(cue);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
        }
        json.writeEndArray();
        writeClauses(json, result.clauses());
    }

    private static void writeClauses(JsonGenerator json, ClauseAnalysis clauses) throws IOException {
        json.writeArrayFieldStart("flags");
        if (clauses != null) {
            for (ClauseFlag flag : clauses.flags()) {
                json.writeStartObject();
                json.writeStringField("type", flag.type().jsonName());
                json.writeStringField("text", flag.text());
                json.writeNumberField("startLine", flag.startLine());
                json.writeNumberField("endLine", flag.endLine());
                json.writeNumberField("confidence", round(flag.confidence()));
                json.writeObjectFieldStart("values");
                // Map.copyOf iterates in a per-JVM random order: sort, so that runs give equal bytes.
                for (Map.Entry<String, Object> value : new java.util.TreeMap<>(flag.values()).entrySet()) {
                    json.writeFieldName(value.getKey());
                    writeValue(json, value.getValue());
                }
                json.writeEndObject();
                json.writeEndObject();
            }
        }
        json.writeEndArray();
        if (clauses == null) {
            json.writeNullField("openness");
            return;
        }
        json.writeObjectFieldStart("openness");
        json.writeBooleanField("osdCompatible", clauses.openness().osdCompatible());
        json.writeArrayFieldStart("violations");
        for (OsdViolation v : clauses.openness().violations()) {
            json.writeStartObject();
            json.writeNumberField("criterion", v.criterion());
            json.writeStringField("flagType", v.flagType().jsonName());
            json.writeNumberField("startLine", v.startLine());
            json.writeNumberField("endLine", v.endLine());
            json.writeStringField("evidence", v.evidence());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    static void writeValue(JsonGenerator json, Object value) throws IOException {
        switch (value) {
            case Boolean b -> json.writeBoolean(b);
            case Number n when n instanceof Long || n instanceof Integer -> json.writeNumber(n.longValue());
            case Number n -> json.writeNumber(n.doubleValue());
            case Iterable<?> items -> {
                json.writeStartArray();
                for (Object item : items) {
                    writeValue(json, item);
                }
                json.writeEndArray();
            }
            default -> json.writeString(String.valueOf(value));
        }
    }

    private static void writeLicense(JsonGenerator json, ReportContext context, LicenseMatch match, String key)
            throws IOException {
        LicenseInfo info = context.licenses().license(key).orElse(null);
        json.writeStartObject();
        json.writeStringField("key", key);
        json.writeStringField("spdx", context.spdx(key));
        json.writeStringField("name", info == null ? key : info.name());
        json.writeStringField("category", info == null ? "Unstated License" : info.category());
        json.writeStringField("match", match.kind().jsonName());
        json.writeNumberField("score", round(match.score()));
        json.writeNumberField("coverage", round(match.coverage()));
        json.writeNumberField("startLine", match.startLine());
        json.writeNumberField("endLine", match.endLine());
        json.writeStringField("expression", match.expression());
        json.writeStringField("matcher", match.matcher().jsonName());
        json.writeStringField("rule", match.reference() == null ? null : match.reference().identifier());
        if (match.count() > 1) {
            json.writeNumberField("count", match.count());
            json.writeArrayFieldStart("lineRanges");
            for (LineRange range : match.lineRanges()) {
                json.writeStartArray();
                json.writeNumber(range.startLine());
                json.writeNumber(range.endLine());
                json.writeEndArray();
            }
            json.writeEndArray();
        }
        if (match.problem() != null) {
            json.writeStringField("problem", match.problem());
        }
        if (context.showDiff() && !match.differences().isEmpty()) {
            writeDifferences(json, "differences", match.differences());
        }
        json.writeEndObject();
    }

    /** Writes {@code discarded}: what the detector dropped and why ({@code --explain}). */
    private static void writeDiscarded(JsonGenerator json, ReportContext context, Detection detection)
            throws IOException {
        json.writeArrayFieldStart("discarded");
        if (detection != null) {
            for (Discarded d : detection.discarded()) {
                json.writeStartObject();
                json.writeStringField("reason", d.reason().jsonName());
                json.writeStringField("expression", context.spdxExpression(d.expression()));
                json.writeStringField("scancodeExpression", d.expression());
                json.writeStringField("rule", d.rule());
                json.writeStringField("match", d.kind() == null ? null : d.kind().jsonName());
                json.writeNumberField("startLine", d.startLine());
                json.writeNumberField("endLine", d.endLine());
                json.writeNumberField("score", round(d.score()));
                json.writeNumberField("coverage", round(d.coverage()));
                json.writeStringField("detail", d.detail().isEmpty() ? d.reason().description() : d.detail());
                json.writeNumberField("count", d.count());
                json.writeEndObject();
            }
        }
        json.writeEndArray();
    }

    /** Writes {@code differences} as the array {@code field}: each with its lines, the removed and the added words. */
    static void writeDifferences(JsonGenerator json, String field, List<Difference> differences) throws IOException {
        json.writeArrayFieldStart(field);
        for (Difference d : differences) {
            json.writeStartObject();
            json.writeNumberField("startLine", d.startLine());
            json.writeNumberField("endLine", d.endLine());
            json.writeStringField("removed", d.removed());
            json.writeStringField("added", d.added());
            if (d.referenceStartLine() > 0) {
                json.writeNumberField("referenceStartLine", d.referenceStartLine());
                json.writeNumberField("referenceEndLine", d.referenceEndLine());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
