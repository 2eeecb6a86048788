package org.licenselens.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.licenselens.clause.FlagType;
import org.licenselens.scan.BaseModel;
import org.licenselens.scan.InheritedTerm;
import org.licenselens.scan.LineageConflict;
import org.licenselens.scan.ModelLineage;

/** The {@code lineage} section of the scan's JSON report: each model's bases, their terms and the conflicts. */
final class LineageJson {
    private LineageJson() {}

    static void write(JsonGenerator json, ReportContext context, List<ModelLineage> lineage) throws IOException {
        json.writeArrayFieldStart("lineage");
        for (ModelLineage l : lineage) {
            json.writeStartObject();
            json.writeStringField("path", l.path());
            json.writeNumberField("line", l.line());
            json.writeStringField("model", l.model());
            json.writeStringField("relation", l.relation().jsonName());
            json.writeStringField("declared", context.spdxExpression(l.declared()));
            json.writeStringField("scancodeDeclared", l.declared());
            json.writeStringField("status", l.status().jsonName());
            json.writeArrayFieldStart("bases");
            for (BaseModel b : l.bases()) {
                writeBase(json, context, b);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("conflicts");
            for (LineageConflict c : l.conflicts()) {
                writeConflict(json, context, c);
            }
            json.writeEndArray();
            json.writeStringField("problem", l.problem());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeBase(JsonGenerator json, ReportContext context, BaseModel b) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", b.id());
        json.writeStringField("resolvedBy", b.resolvedBy().jsonName());
        // null, not "", for an unknown base: a reader must not mistake it for a license
        json.writeStringField("license", b.unknown() ? null : context.spdxExpression(b.license()));
        json.writeStringField("scancodeLicense", b.unknown() ? null : b.license());
        json.writeStringField("source", b.source());
        json.writeArrayFieldStart("terms");
        for (InheritedTerm t : b.terms()) {
            json.writeStartObject();
            json.writeStringField("license", t.license());
            json.writeFieldName("flag");
            ScanJsonReport.writeFlag(json, t.path(), t.flag());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    static void writeConflict(JsonGenerator json, ReportContext context, LineageConflict c) throws IOException {
        json.writeStartObject();
        json.writeStringField("path", c.path());
        json.writeNumberField("line", c.line());
        json.writeStringField("relation", c.relation().jsonName());
        json.writeStringField("base", c.base());
        json.writeStringField("baseLicense", context.spdxExpression(c.baseLicense()));
        json.writeStringField("declared", context.spdxExpression(c.declared()));
        json.writeArrayFieldStart("missing");
        for (String license : c.missing()) {
            json.writeString(context.spdxExpression(license));
        }
        json.writeEndArray();
        json.writeArrayFieldStart("dropped");
        for (FlagType t : c.dropped()) {
            json.writeString(t.jsonName());
        }
        json.writeEndArray();
        json.writeStringField("reason", c.reason());
        json.writeEndObject();
    }
}
