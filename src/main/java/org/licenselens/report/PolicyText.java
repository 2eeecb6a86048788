package org.licenselens.report;

import java.util.stream.Collectors;
import org.licenselens.policy.ItemResolution;
import org.licenselens.policy.LicenseUse;
import org.licenselens.policy.LicenseVerdict;
import org.licenselens.policy.PolicyOutcome;
import org.licenselens.scan.ReviewItem;

/** The policy's effect in the text report: each review item's status, and a short policy section. */
final class PolicyText {
    private PolicyText() {}

    /** {@code "  resolved: REASON (by WHO, AT)"}, {@code "  changed since it was accepted: FILES"} or {@code ""}. */
    static String status(ReportContext context, ReviewItem item) {
        ItemResolution r = context.resolution(item);
        return switch (r.status()) {
            case OPEN -> "";
            case RESOLVED -> "  resolved: " + Excerpts.oneLine(r.decision().reason()) + " (by " + r.decision().by()
                    + ", " + r.decision().at() + ")";
            case CHANGED -> "  changed since it was accepted: " + String.join(", ", r.changed())
                    + " (accepted by " + r.decision().by() + ", " + r.decision().at() + ")";
        };
    }

    /** The policy section: the file, the verdicts other than unlisted, the decision counts; empty without a file. */
    static String section(ReportContext context) {
        PolicyOutcome outcome = context.policy();
        if (outcome == null || !outcome.policy().present()) {
            return "";
        }
        StringBuilder out = new StringBuilder("\npolicy: " + outcome.policy().file() + "\n");
        for (LicenseUse use : outcome.licenses()) {
            if (use.verdict() != LicenseVerdict.UNLISTED) {
                out.append("  ").append(use.verdict().jsonName()).append(": ").append(context.spdx(use.key()))
                        .append(" in ").append(String.join(", ", use.files().keySet())).append('\n');
            }
        }
        if (!outcome.policy().ignore().isEmpty()) {
            out.append("  ignored: ").append(String.join(", ", outcome.policy().ignore())).append('\n');
        }
        out.append("  review: ").append(outcome.counts().entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().jsonName()).collect(Collectors.joining(", "))).append('\n');
        outcome.unmatched().forEach(d -> out.append("  decision ").append(d.id()).append(" (").append(d.item())
                .append("): no longer in the review queue\n"));
        return out.toString();
    }
}
