package org.licenselens.report;

import java.util.List;
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

    /**
     * Adds the policy section to {@code lines}: the file, the verdicts other than unlisted, the decision counts;
     * nothing without a file.
     */
    static void section(List<String> lines, ReportContext context) {
        PolicyOutcome outcome = context.policy();
        if (outcome == null || !outcome.policy().present()) {
            return;
        }
        lines.add("");
        TextLayout.hanging(lines, "policy: ", ScanTextReport.printable(outcome.policy().file().toString()), "        ");
        for (LicenseUse use : outcome.licenses()) {
            if (use.verdict() != LicenseVerdict.UNLISTED) {
                TextLayout.hanging(lines, "  " + use.verdict().jsonName() + ": ", context.spdx(use.key()) + " in "
                        + String.join(", ", use.files().keySet()), "    ");
            }
        }
        if (!outcome.policy().ignore().isEmpty()) {
            TextLayout.hanging(lines, "  ignored: ", String.join(", ", outcome.policy().ignore()), "    ");
        }
        TextLayout.hanging(lines, "  review: ", outcome.counts().entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().jsonName()).collect(Collectors.joining(", ")), "    ");
        outcome.unmatched().forEach(d -> TextLayout.hanging(lines, "  decision ", d.id() + " (" + d.item()
                + "): no longer in the review queue", "    "));
    }
}
