package org.licenselens.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import org.licenselens.clause.ClauseFlag;
import org.licenselens.match.Detection;
import org.licenselens.scan.Declaration;
import org.licenselens.scan.DetectedLicense;
import org.licenselens.scan.FlagSite;
import org.licenselens.scan.FlagUse;
import org.licenselens.scan.Mismatch;
import org.licenselens.scan.ReviewItem;
import org.licenselens.scan.ScanResult;
import org.licenselens.scan.ScanSummary;
import org.licenselens.scan.ScannedFile;
import org.licenselens.scan.SkipReason;
import org.licenselens.scan.Skipped;

/**
 * Writes a scan in the {@code licenselens/1} schema: every field of {@code identify}'s report, each
 * {@code files[]} entry with the same fields plus {@code role}, and the repository-level fields documented in
 * the README. Field order is fixed, so equal scans give equal bytes.
 */
public final class ScanJsonReport {
    private ScanJsonReport() {}

    /** Writes {@code result} to {@code out} and flushes it; {@code out} stays open. */
    public static void write(Writer out, ReportContext context, ScanResult result) throws IOException {
        write(out, context, result, null);
    }

    /** Writes {@code result} with the release's {@code openness} (none when null) to {@code out}, and flushes it. */
    public static void write(Writer out, ReportContext context, ScanResult result,
                             org.licenselens.openness.ReleaseOpenness openness) throws IOException {
        JsonReport.writeReport(out, JsonReport.SCHEMA, context, json -> {
            json.writeStringField("root", result.root());
            json.writeBooleanField("allFiles", result.allFiles());
            json.writeArrayFieldStart("files");
            for (ScannedFile f : result.files()) {
                json.writeStartObject();
                JsonReport.writeFileFields(json, context, f.result());
                json.writeStringField("role", f.role().jsonName());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("skipped");
            for (Skipped s : result.skipped()) {
                json.writeStartObject();
                json.writeStringField("path", s.path());
                json.writeStringField("reason", s.reason().jsonName());
                json.writeStringField("detail", s.detail());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("declared");
            for (Declaration d : result.declared()) {
                writeDeclaration(json, context, d);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("mismatches");
            for (Mismatch m : result.mismatches()) {
                writeMismatch(json, context, m);
            }
            json.writeEndArray();
            LineageJson.write(json, context, result.lineage());
            if (openness != null) {
                OpennessJson.write(json, context, openness);
            }
            json.writeStringField("expression", context.spdxExpression(result.expression()));
            json.writeStringField("scancodeExpression", result.expression());
            json.writeStringField("declaredExpression", context.spdxExpression(result.declaredExpression()));
            json.writeStringField("scancodeDeclaredExpression", result.declaredExpression());
            json.writeArrayFieldStart("flags");
            for (FlagUse use : result.flags()) {
                json.writeStartObject();
                json.writeStringField("type", use.type().jsonName());
                json.writeArrayFieldStart("files");
                for (String file : use.files()) {
                    json.writeString(file);
                }
                json.writeEndArray();
                json.writeArrayFieldStart("sites");
                for (FlagSite site : use.sites()) {
                    writeFlag(json, site.path(), site.flag());
                }
                json.writeEndArray();
                writeFindings(json, use);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("review");
            for (ReviewItem item : result.review()) {
                writeReviewItem(json, context, item);
            }
            json.writeEndArray();
            PolicyJson.writePolicy(json, context);
            writeSummary(json, result.summary(), result.lineageConflicts().size());
        });
    }

    private static void writeDeclaration(JsonGenerator json, ReportContext context, Declaration d) throws IOException {
        json.writeStartObject();
        writeDeclarationFields(json, context, d);
        json.writeEndObject();
    }

    private static void writeDeclarationFields(JsonGenerator json, ReportContext context, Declaration d)
            throws IOException {
        json.writeStringField("path", d.path());
        json.writeNumberField("line", d.line());
        json.writeStringField("source", d.source());
        json.writeStringField("field", d.field());
        json.writeStringField("value", d.value());
        json.writeStringField("expression", context.spdxExpression(d.expression()));
        json.writeStringField("scancodeExpression", d.expression());
        json.writeStringField("link", d.link());
        json.writeStringField("linkedFile", d.linkedFile());
        json.writeStringField("problem", d.problem());
    }

    private static void writeMismatch(JsonGenerator json, ReportContext context, Mismatch m) throws IOException {
        json.writeStartObject();
        json.writeObjectFieldStart("declared");
        writeDeclarationFields(json, context, m.declared());
        json.writeEndObject();
        json.writeArrayFieldStart("missing");
        for (String key : m.missing()) {
            json.writeString(context.spdx(key));
        }
        json.writeEndArray();
        json.writeArrayFieldStart("detected");
        for (DetectedLicense d : m.detected()) {
            json.writeStartObject();
            json.writeStringField("path", d.path());
            json.writeStringField("expression", context.spdxExpression(d.expression()));
            json.writeStringField("scancodeExpression", d.expression());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /**
     * The findings a reviewer reads, as the text, HTML and SARIF reports show them: one per clause, one per
     * acceptable-use policy with its items under it. Added beside {@code sites}, which stays as it was.
     */
    private static void writeFindings(JsonGenerator json, FlagUse use) throws IOException {
        Map<String, java.util.List<ClauseFlag>> byPath = new java.util.LinkedHashMap<>();
        for (FlagSite site : use.sites()) {
            byPath.computeIfAbsent(site.path(), k -> new java.util.ArrayList<>()).add(site.flag());
        }
        json.writeArrayFieldStart("findings");
        for (Map.Entry<String, java.util.List<ClauseFlag>> e : byPath.entrySet()) {
            for (Findings.Finding f : Findings.of(e.getValue())) {
                json.writeStartObject();
                json.writeStringField("path", e.getKey());
                json.writeStringField("kind", f instanceof Findings.Policy ? "policy" : "clause");
                json.writeNumberField("startLine", f.startLine());
                json.writeNumberField("endLine", f.endLine());
                java.util.List<ClauseFlag> items = switch (f) {
                    case Findings.Clause c -> c.flags();
                    case Findings.Policy p -> p.items();
                };
                json.writeNumberField("count", items.size());
                if (f instanceof Findings.Policy p) {
                    json.writeArrayFieldStart("categories");
                    for (String category : p.categories()) {
                        json.writeString(category);
                    }
                    json.writeEndArray();
                }
                json.writeArrayFieldStart("items");
                for (ClauseFlag item : items) {
                    writeFlag(json, null, item);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
        }
        json.writeEndArray();
    }

    static void writeFlag(JsonGenerator json, String path, ClauseFlag flag) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", flag.type().jsonName());
        if (path != null) {
            json.writeStringField("path", path);
        }
        json.writeNumberField("startLine", flag.startLine());
        json.writeNumberField("endLine", flag.endLine());
        json.writeStringField("text", flag.text());
        json.writeNumberField("confidence", JsonReport.round(flag.confidence()));
        json.writeObjectFieldStart("values");
        for (Map.Entry<String, Object> value : new java.util.TreeMap<>(flag.values()).entrySet()) {
            json.writeFieldName(value.getKey());
            JsonReport.writeValue(json, value.getValue());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeReviewItem(JsonGenerator json, ReportContext context, ReviewItem item) throws IOException {
        json.writeStartObject();
        json.writeNumberField("rank", item.rank());
        json.writeStringField("kind", item.kind().jsonName());
        json.writeStringField("path", item.path());
        json.writeNumberField("startLine", item.startLine());
        json.writeNumberField("endLine", item.endLine());
        json.writeStringField("reason", item.reason());
        json.writeArrayFieldStart("closest");
        for (Detection.Closest c : item.closest()) {
            json.writeStartObject();
            json.writeStringField("key", c.key());
            json.writeStringField("spdx", context.spdxExpression(c.key()));
            json.writeNumberField("similarity", JsonReport.round(c.similarity()));
            json.writeEndObject();
        }
        json.writeEndArray();
        JsonReport.writeDifferences(json, "diff", item.diff());
        json.writeArrayFieldStart("flags");
        for (FlagSite site : item.flags()) {
            writeFlag(json, null, site.flag());
        }
        json.writeEndArray();
        if (item.mismatch() == null) {
            json.writeNullField("mismatch");
        } else {
            json.writeFieldName("mismatch");
            writeMismatch(json, context, item.mismatch());
        }
        json.writeStringField("error", item.error());
        if (item.lineage() == null) {
            json.writeNullField("lineage");
        } else {
            json.writeFieldName("lineage");
            LineageJson.writeConflict(json, context, item.lineage());
        }
        PolicyJson.writeItemFields(json, context, item);
        json.writeEndObject();
    }

    private static void writeSummary(JsonGenerator json, ScanSummary summary, int lineageConflicts) throws IOException {
        json.writeObjectFieldStart("summary");
        json.writeNumberField("files", summary.files());
        json.writeNumberField("errors", summary.errors());
        json.writeNumberField("unknown", summary.unknown());
        json.writeObjectFieldStart("skipped");
        for (Map.Entry<SkipReason, Integer> e : summary.skipped().entrySet()) {
            json.writeNumberField(e.getKey().jsonName(), e.getValue());
        }
        json.writeEndObject();
        json.writeNumberField("visited", summary.visited());
        json.writeNumberField("declared", summary.declared());
        json.writeNumberField("mismatches", summary.mismatches());
        json.writeNumberField("lineageConflicts", lineageConflicts);
        json.writeNumberField("review", summary.review());
        json.writeEndObject();
    }

}
