package org.licenselens.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.List;
import org.licenselens.index.LicenseCatalog;
import org.licenselens.policy.ItemResolution;
import org.licenselens.policy.ItemStatus;
import org.licenselens.policy.PolicyOutcome;
import org.licenselens.scan.ReviewItem;
import org.licenselens.match.LicenseExpressions;

/**
 * What every report needs besides the file results: the tool version, the corpus, and key-to-SPDX naming.
 *
 * @param licenses    the known licenses the results name
 * @param showDiff    whether near matches list their differences
 * @param explain     whether each file lists the candidates the detector dropped, with the reason
 * @param policy      what the policy file did to a scan (item statuses, license verdicts), or {@code null} for
 *                    reports that are not of a scan
 */
public record ReportContext(LicenseCatalog licenses, boolean showDiff, boolean explain, PolicyOutcome policy) {
    /** A context that does not explain dropped candidates. */
    public ReportContext(LicenseCatalog licenses, boolean showDiff) {
        this(licenses, showDiff, false, null);
    }

    /** A context without a policy outcome: a report that is not of a scan. */
    public ReportContext(LicenseCatalog licenses, boolean showDiff, boolean explain) {
        this(licenses, showDiff, explain, null);
    }

    private static final String VERSION = loadVersion();

    /** The resolution of a review item under the policy; open when no policy outcome is known. */
    public ItemResolution resolution(ReviewItem item) {
        return policy == null ? new ItemResolution(item, ItemStatus.OPEN, null, List.of()) : policy.resolution(item);
    }

    /** Returns the version of licenselens. */
    public static String version() {
        return VERSION;
    }

    /** Returns the SPDX id of a ScanCode key, or {@code LicenseRef-scancode-<key>} when SPDX has none. */
    public String spdx(String key) {
        return LicenseExpressions.spdx(key, licenses);
    }

    /** Rewrites a ScanCode expression with SPDX ids. */
    public String spdxExpression(String expression) {
        return LicenseExpressions.spdxExpression(expression, licenses);
    }

    private static String loadVersion() {
        try (InputStream in = ReportContext.class.getResourceAsStream("/org/licenselens/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
