package org.licenselens.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.licenselens.openness.ClassCheck;
import org.licenselens.openness.Component;
import org.licenselens.openness.ComponentFinding;
import org.licenselens.openness.ComponentLicense;
import org.licenselens.openness.Evidence;
import org.licenselens.openness.LicenseGap;
import org.licenselens.openness.LicenseKind;
import org.licenselens.openness.OsaidCheck;
import org.licenselens.openness.ReleaseOpenness;
import org.licenselens.openness.Term;

/** The {@code openness} object of the scan's JSON report: every component, license, class check and OSAID part. */
final class OpennessJson {
    private OpennessJson() {}

    static void write(JsonGenerator json, ReportContext context, ReleaseOpenness r) throws IOException {
        json.writeObjectFieldStart("openness");
        json.writeStringField("root", r.root());
        json.writeStringField("summary", r.summary());
        json.writeStringField("mofClass", r.mofClass().jsonName());
        json.writeBooleanField("osaidConformant", r.osaidConformant());
        json.writeArrayFieldStart("classes");
        for (ClassCheck c : r.classes()) {
            json.writeStartObject();
            json.writeStringField("class", c.mofClass().jsonName());
            json.writeBooleanField("reached", c.reached());
            components(json, "missing", c.missing());
            gaps(json, context, c.failing().stream().toList());
            components(json, "declaredOnly", c.declaredOnly());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("osaid");
        for (OsaidCheck.Part p : r.osaid().parts()) {
            json.writeStartObject();
            json.writeStringField("part", p.part().jsonName());
            json.writeBooleanField("met", p.met());
            json.writeStringField("reason", p.reason());
            components(json, "missing", p.missing());
            gaps(json, context, p.failing());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("components");
        for (ComponentFinding f : r.components()) {
            json.writeStartObject();
            json.writeStringField("component", f.component().jsonName());
            json.writeStringField("presence", f.presence().jsonName());
            json.writeStringField("recognition", f.recognition().jsonName());
            json.writeArrayFieldStart("evidence");
            for (Evidence e : f.evidence()) {
                evidence(json, e);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("licenses");
            for (ComponentLicense l : f.licenses()) {
                license(json, context, l);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("unreadable");
        for (Evidence e : r.unreadable()) {
            evidence(json, e);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void components(JsonGenerator json, String field, java.util.List<Component> components)
            throws IOException {
        json.writeArrayFieldStart(field);
        for (Component c : components) {
            json.writeString(c.jsonName());
        }
        json.writeEndArray();
    }

    private static void gaps(JsonGenerator json, ReportContext context, java.util.List<LicenseGap> gaps)
            throws IOException {
        json.writeArrayFieldStart("failing");
        for (LicenseGap g : gaps) {
            json.writeStartObject();
            json.writeStringField("component", g.component().jsonName());
            json.writeStringField("reason", g.reason());
            json.writeFieldName("license");
            license(json, context, g.license());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void license(JsonGenerator json, ReportContext context, ComponentLicense l) throws IOException {
        json.writeStartObject();
        json.writeStringField("expression", context.spdxExpression(l.expression()));
        json.writeStringField("scancodeExpression", l.expression());
        json.writeStringField("name", l.name());
        json.writeStringField("source", l.source().jsonName());
        if (l.evidence() != null) {
            json.writeFieldName("evidence");
            evidence(json, l.evidence());
        }
        json.writeArrayFieldStart("kinds");
        for (LicenseKind k : l.kinds().stream().sorted().toList()) {
            json.writeString(k.jsonName());
        }
        json.writeEndArray();
        json.writeStringField("why", l.why());
        json.writeArrayFieldStart("terms");
        for (Term t : l.terms()) {
            json.writeStartObject();
            json.writeStringField("type", t.type().jsonName());
            json.writeBooleanField("restricting", t.restricting());
            json.writeStringField("path", t.path());
            json.writeNumberField("startLine", t.startLine());
            json.writeNumberField("endLine", t.endLine());
            json.writeStringField("text", t.text());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void evidence(JsonGenerator json, Evidence e) throws IOException {
        json.writeStartObject();
        json.writeStringField("path", e.path());
        if (e.line() > 0) {
            json.writeNumberField("line", e.line());
        }
        json.writeStringField("note", e.note());
        json.writeEndObject();
    }
}
