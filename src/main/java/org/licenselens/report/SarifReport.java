package org.licenselens.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.licenselens.clause.FlagType;
import org.licenselens.match.Detection;
import org.licenselens.match.LicenseMatch;
import org.licenselens.scan.DetectedLicense;
import org.licenselens.scan.FlagSite;
import org.licenselens.scan.FlagUse;
import org.licenselens.scan.LineageConflict;
import org.licenselens.scan.Mismatch;
import org.licenselens.scan.ScanResult;
import org.licenselens.scan.ScannedFile;

/**
 * Writes a scan as SARIF 2.1.0 for GitHub code scanning: one result per clause flag, unknown license text and
 * declared/detected mismatch, each with its file (URI relative to the scanned root) and lines, and a tool
 * notification per file that could not be read.
 */
public final class SarifReport {
    public static final String VERSION = "2.1.0";
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String UNKNOWN_RULE = "license/unknown";
    static final String MISMATCH_RULE = "license/mismatch";
    static final String LINEAGE_RULE = "lineage/conflict";
    static final String OPENNESS_RULE = "openness/mof-class";
    private static final String ROOT_BASE = "SRCROOT";

    private SarifReport() {}

    private record Rule(String id, String name, String description, String level) {}

    /** The rules, in a fixed order: unknown, mismatch, one per flag type, then lineage (last, so earlier indexes hold). */
    static List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        rules.add(new Rule(UNKNOWN_RULE, "UnknownLicense", "License-like text that no known license explains", "warning"));
        rules.add(new Rule(MISMATCH_RULE, "DeclaredDetectedMismatch",
                "A declared license that the license files do not hold", "error"));
        for (FlagType type : FlagType.values()) {
            rules.add(new Rule(flagRule(type), camel(type.jsonName()), "License clause: " + type.jsonName(),
                    type.isCore() ? "warning" : "note"));
        }
        rules.add(new Rule(LINEAGE_RULE, "LineageConflict",
                "A declared license that drops terms the base model binds its derivatives to", "error"));
        rules.add(new Rule(OPENNESS_RULE, "ReleaseOpenness",
                "A model release component that keeps the release from a Model Openness Framework class", "note"));
        return rules;
    }

    static String flagRule(FlagType type) {
        return "flag/" + type.jsonName();
    }

    private static String camel(String name) {
        StringBuilder b = new StringBuilder();
        for (String part : name.split("-")) {
            b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return b.toString();
    }

    public static void write(Writer out, ReportContext context, ScanResult result) throws IOException {
        write(out, context, result, null);
    }

    /**
     * Writes {@code result} with the release's {@code openness} (none when null): one result per license that keeps
     * a component from a class, at the line that names the license, and one per missing component of Class III.
     */
    public static void write(Writer out, ReportContext context, ScanResult result,
                             org.licenselens.openness.ReleaseOpenness openness) throws IOException {
        List<Rule> rules = rules();
        try (JsonGenerator json = JsonReport.FACTORY.createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("$schema", SCHEMA);
            json.writeStringField("version", VERSION);
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            json.writeObjectFieldStart("tool");
            json.writeObjectFieldStart("driver");
            json.writeStringField("name", "licenselens");
            json.writeStringField("version", ReportContext.version());
            json.writeStringField("informationUri", "https://github.com/licenselens/licenselens");
            json.writeArrayFieldStart("rules");
            for (Rule rule : rules) {
                json.writeStartObject();
                json.writeStringField("id", rule.id());
                json.writeStringField("name", rule.name());
                json.writeObjectFieldStart("shortDescription");
                json.writeStringField("text", rule.description());
                json.writeEndObject();
                json.writeObjectFieldStart("defaultConfiguration");
                json.writeStringField("level", rule.level());
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
            json.writeArrayFieldStart("results");
            for (ScannedFile f : result.files()) {
                if (f.unknown()) {
                    Detection d = f.result().detection();
                    String closest = d.closest().isEmpty() ? "" : "; closest known: " + d.closest().stream()
                            .map(c -> context.spdxExpression(c.key()) + " (" + JsonReport.round(c.similarity()) + ")")
                            .reduce((a, b) -> a + ", " + b).orElse("");
                    for (Detection.UnknownRegion region : d.unknownRegions()) {
                        writeResult(json, rules, UNKNOWN_RULE, "License-like text that no known license explains"
                                + closest, f.path(), region.startLine(), region.endLine(), List.of(),
                                review(context, result, f.path(), 0, org.licenselens.scan.ReviewKind.UNKNOWN));
                    }
                }
            }
            for (Mismatch m : result.mismatches()) {
                StringBuilder message = new StringBuilder(m.declared().path() + " declares "
                        + context.spdxExpression(m.declared().expression()) + " (" + m.declared().source() + " "
                        + m.declared().field() + "), but ");
                List<Related> related = new ArrayList<>();
                for (DetectedLicense d : m.detected()) {
                    message.append(related.isEmpty() ? "" : "; ").append(d.path()).append(" holds ")
                            .append(d.expression().isEmpty() ? "no known license" : context.spdxExpression(d.expression()));
                    related.add(related(result, d.path()));
                }
                writeResult(json, rules, MISMATCH_RULE, message.toString(), m.declared().path(), m.declared().line(),
                        m.declared().line(), related, review(context, result, m.declared().path(), m.declared().line(),
                                org.licenselens.scan.ReviewKind.MISMATCH));
            }
            for (LineageConflict c : result.lineageConflicts()) {
                writeResult(json, rules, LINEAGE_RULE, c.reason(), c.path(), c.line(), c.line(), List.of(),
                        lineageReview(context, result, c));
            }
            // One result per finding: an acceptable-use policy is one use restriction with its item count, not
            // one alert per list item.
            for (FlagUse use : result.flags()) {
                Map<String, List<org.licenselens.clause.ClauseFlag>> byPath = new java.util.LinkedHashMap<>();
                for (FlagSite site : use.sites()) {
                    byPath.computeIfAbsent(site.path(), k -> new ArrayList<>()).add(site.flag());
                }
                for (Map.Entry<String, List<org.licenselens.clause.ClauseFlag>> e : byPath.entrySet()) {
                    org.licenselens.policy.ItemResolution review = review(context, result, e.getKey(), 0,
                            org.licenselens.scan.ReviewKind.UNKNOWN, org.licenselens.scan.ReviewKind.NEAR,
                            org.licenselens.scan.ReviewKind.FLAGS);
                    for (Findings.Finding f : Findings.of(e.getValue())) {
                        String message = switch (f) {
                            case Findings.Clause c -> use.type().jsonName()
                                    + (c.values().isEmpty() ? "" : " " + c.values()) + ": " + excerpt(c.text());
                            case Findings.Policy p -> use.type().jsonName() + ": " + p.summary()
                                    + (p.categories().isEmpty() ? "" : "; categories: " + String.join("; ", p.categories()));
                        };
                        writeResult(json, rules, flagRule(use.type()), message, e.getKey(), f.startLine(), f.endLine(),
                                List.of(), review);
                    }
                }
            }
            if (openness != null) {
                writeOpenness(json, rules, openness);
            }
            json.writeEndArray();
            writeInvocation(json, result);
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static void writeOpenness(JsonGenerator json, List<Rule> rules,
                                      org.licenselens.openness.ReleaseOpenness openness) throws IOException {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (org.licenselens.openness.ClassCheck c : openness.classes()) {
            for (org.licenselens.openness.LicenseGap g : c.failing()) {
                org.licenselens.openness.Evidence at = g.license().evidence();
                if (at != null && seen.add(g.component() + "|" + at.location())) {
                    writeResult(json, rules, OPENNESS_RULE, c.mofClass().title() + ": " + g.reason(), at.path(),
                            Math.max(1, at.line()), Math.max(1, at.line()), List.of());
                }
            }
            String anchor = openness.find(org.licenselens.openness.Component.MODEL_CARD)
                    .or(() -> openness.components().stream().findFirst())
                    .map(f -> f.evidence().getFirst().path()).orElse(null);
            if (c.mofClass() == org.licenselens.openness.MofClass.CLASS_III && !c.missing().isEmpty()
                    && anchor != null) {
                // A missing component has no line of its own: the result sits on the model card, which should list it.
                writeResult(json, rules, OPENNESS_RULE, c.mofClass().title() + " misses: " + c.missing().stream()
                        .map(OpennessText::name).collect(java.util.stream.Collectors.joining(", ")), anchor, 1, 1,
                        List.of());
            }
        }
    }

    /**
     * The run's one invocation, with an error-level tool notification per file that could not be read: without it
     * a consumer of the SARIF alone would take a partial scan for a complete one (SARIF 2.1.0, Appendix I). The run
     * itself completed, so {@code executionSuccessful} is true; the exit code (1) says it was partial.
     */
    private static void writeInvocation(JsonGenerator json, ScanResult result) throws IOException {
        json.writeArrayFieldStart("invocations");
        json.writeStartObject();
        json.writeBooleanField("executionSuccessful", true);
        json.writeArrayFieldStart("toolExecutionNotifications");
        for (ScannedFile f : result.files()) {
            if (f.failed()) {
                json.writeStartObject();
                json.writeStringField("level", "error");
                json.writeObjectFieldStart("message");
                json.writeStringField("text", f.path() + ": " + f.result().error());
                json.writeEndObject();
                json.writeArrayFieldStart("locations");
                json.writeStartObject();
                json.writeObjectFieldStart("physicalLocation");
                writeArtifact(json, f.path());
                json.writeEndObject();
                json.writeEndObject();
                json.writeEndArray();
                json.writeEndObject();
            }
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
    }

    /** A file a result points to besides its own location, with the lines that matter there. */
    private record Related(String path, int startLine, int endLine) {}

    /** The license file {@code path} with the lines its licenses span, so a viewer opens it where they are. */
    private static Related related(ScanResult result, String path) {
        for (ScannedFile f : result.files()) {
            Detection d = f.result().detection();
            if (f.path().equals(path) && d != null && !d.matches().isEmpty()) {
                int start = d.matches().stream().mapToInt(LicenseMatch::startLine).min().orElseThrow();
                int end = d.matches().stream().mapToInt(LicenseMatch::endLine).max().orElseThrow();
                return new Related(path, start, end);
            }
        }
        return new Related(path, 1, 1);
    }

    private static void writeResult(JsonGenerator json, List<Rule> rules, String ruleId, String message, String path,
                                    int startLine, int endLine, List<Related> related) throws IOException {
        writeResult(json, rules, ruleId, message, path, startLine, endLine, related, null);
    }

    /** The review item a result belongs to: one of {@code kinds} on {@code path} (at {@code line}, if not 0). */
    private static org.licenselens.policy.ItemResolution review(ReportContext context, ScanResult result, String path,
                                                                int line, org.licenselens.scan.ReviewKind... kinds) {
        for (org.licenselens.scan.ReviewItem item : result.review()) {
            if (item.path().equals(path) && java.util.Arrays.asList(kinds).contains(item.kind())
                    && (line == 0 || item.startLine() == line)) {
                return context.resolution(item);
            }
        }
        return null;
    }

    /** The review item of a lineage conflict. */
    private static org.licenselens.policy.ItemResolution lineageReview(ReportContext context, ScanResult result,
                                                                       LineageConflict conflict) {
        return result.review().stream().filter(item -> conflict.equals(item.lineage())).findFirst()
                .map(context::resolution).orElse(null);
    }

    /**
     * Writes one result; {@code accepted}, when a review decision resolves it, becomes an accepted external
     * suppression with the decision's reason as justification, which is how SARIF viewers hide reviewed results.
     */
    private static void writeResult(JsonGenerator json, List<Rule> rules, String ruleId, String message, String path,
                                    int startLine, int endLine, List<Related> related,
                                    org.licenselens.policy.ItemResolution review) throws IOException {
        int index = 0;
        while (!rules.get(index).id().equals(ruleId)) {
            index++;
        }
        json.writeStartObject();
        json.writeStringField("ruleId", ruleId);
        json.writeNumberField("ruleIndex", index);
        json.writeStringField("level", rules.get(index).level());
        json.writeObjectFieldStart("message");
        json.writeStringField("text", message);
        json.writeEndObject();
        json.writeArrayFieldStart("locations");
        writeLocation(json, path, startLine, endLine);
        json.writeEndArray();
        if (!related.isEmpty()) {
            json.writeArrayFieldStart("relatedLocations");
            int id = 1;
            for (Related file : related) {
                json.writeStartObject();
                json.writeNumberField("id", id++);
                writePhysical(json, file.path(), file.startLine(), file.endLine());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        if (review != null && review.resolved()) {
            org.licenselens.policy.Decision accepted = review.decision();
            json.writeArrayFieldStart("suppressions");
            json.writeStartObject();
            json.writeStringField("kind", "external");
            json.writeStringField("status", "accepted");
            json.writeStringField("justification", accepted.reason() + " (" + accepted.by() + ", " + accepted.at() + ")");
            json.writeEndObject();
            json.writeEndArray();
        }
        if (review != null) {
            json.writeObjectFieldStart("properties");
            json.writeStringField("licenselens:review", review.item().id());
            json.writeStringField("licenselens:status", review.status().label());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void writeLocation(JsonGenerator json, String path, int startLine, int endLine) throws IOException {
        json.writeStartObject();
        writePhysical(json, path, startLine, endLine);
        json.writeEndObject();
    }

    private static void writePhysical(JsonGenerator json, String path, int startLine, int endLine) throws IOException {
        json.writeObjectFieldStart("physicalLocation");
        writeArtifact(json, path);
        json.writeObjectFieldStart("region");
        json.writeNumberField("startLine", Math.max(1, startLine));
        json.writeNumberField("endLine", Math.max(Math.max(1, startLine), endLine));
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeArtifact(JsonGenerator json, String path) throws IOException {
        json.writeObjectFieldStart("artifactLocation");
        json.writeStringField("uri", uri(path));
        json.writeStringField("uriBaseId", ROOT_BASE);
        json.writeEndObject();
    }

    /**
     * The relative URI of a display path: its bytes percent-encoded, {@code \xNN} turned back into the byte it
     * stands for and {@code \\} into a backslash (see the README on display paths).
     */
    static String uri(String display) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < display.length(); i++) {
            char c = display.charAt(i);
            if (c == '\\' && i + 1 < display.length() && display.charAt(i + 1) == '\\') {
                bytes.write('\\');
                i++;
            } else if (c == '\\' && i + 3 < display.length() && display.charAt(i + 1) == 'x'
                    && isHex(display.charAt(i + 2)) && isHex(display.charAt(i + 3))) {
                bytes.write(Integer.parseInt(display.substring(i + 2, i + 4), 16));
                i += 3;
            } else {
                int cp = display.codePointAt(i);
                bytes.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp) - 1;
            }
        }
        StringBuilder uri = new StringBuilder();
        for (byte b : bytes.toByteArray()) {
            int v = b & 0xFF;
            if (v < 0x80 && (Character.isLetterOrDigit(v) || "-._~/".indexOf(v) >= 0)) {
                uri.append((char) v);
            } else {
                uri.append('%').append(String.format("%02X", v));
            }
        }
        return uri.toString();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }


    private static String excerpt(String text) {
        return Excerpts.clip(Excerpts.oneLine(text), 1000, "...");
    }
}
