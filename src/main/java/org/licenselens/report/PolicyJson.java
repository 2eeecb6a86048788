package org.licenselens.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Map;
import org.licenselens.policy.Decision;
import org.licenselens.policy.ItemResolution;
import org.licenselens.policy.ItemStatus;
import org.licenselens.policy.LicenseUse;
import org.licenselens.policy.PolicyOutcome;
import org.licenselens.scan.ReviewItem;

/** The policy's effect in the scan JSON: a review item's id and status, and the top-level {@code policy} object. */
final class PolicyJson {
    private PolicyJson() {}

    /** {@code id}, {@code status} and {@code decision} of a review item. */
    static void writeItemFields(JsonGenerator json, ReportContext context, ReviewItem item) throws IOException {
        ItemResolution r = context.resolution(item);
        json.writeStringField("id", item.id());
        json.writeStringField("status", r.status().jsonName());
        if (r.decision() == null) {
            json.writeNullField("decision");
        } else {
            json.writeFieldName("decision");
            writeDecision(json, r.decision());
        }
        json.writeArrayFieldStart("changedSinceAccepted");
        for (String file : r.changed()) {
            json.writeString(file);
        }
        json.writeEndArray();
    }

    /** The {@code policy} object: the file, its gate, ignore patterns, license verdicts and decision counts. */
    static void writePolicy(JsonGenerator json, ReportContext context) throws IOException {
        PolicyOutcome outcome = context.policy();
        json.writeFieldName("policy");
        if (outcome == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        json.writeStringField("file", outcome.policy().present() ? outcome.policy().file().toString() : null);
        json.writeArrayFieldStart("failOn");
        for (String c : outcome.policy().failOn()) {
            json.writeString(c);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("ignore");
        for (String p : outcome.policy().ignore()) {
            json.writeString(p);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("licenses");
        for (LicenseUse use : outcome.licenses()) {
            json.writeStartObject();
            json.writeStringField("key", use.key());
            json.writeStringField("spdx", context.spdx(use.key()));
            json.writeStringField("category", use.category());
            json.writeStringField("verdict", use.verdict().jsonName());
            json.writeArrayFieldStart("files");
            for (String f : use.files().keySet()) {
                json.writeString(f);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeObjectFieldStart("review");
        for (Map.Entry<ItemStatus, Long> e : outcome.counts().entrySet()) {
            json.writeNumberField(e.getKey().jsonName(), e.getValue());
        }
        json.writeEndObject();
        json.writeArrayFieldStart("unmatchedDecisions");
        for (Decision d : outcome.unmatched()) {
            writeDecision(json, d);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeDecision(JsonGenerator json, Decision d) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", d.id());
        json.writeStringField("item", d.item());
        json.writeStringField("reason", d.reason());
        json.writeStringField("by", d.by());
        json.writeStringField("at", d.at().toString());
        json.writeObjectFieldStart("sha256");
        for (Map.Entry<String, String> e : d.sha256().entrySet()) {
            json.writeStringField(e.getKey(), e.getValue());
        }
        json.writeEndObject();
        json.writeEndObject();
    }
}
