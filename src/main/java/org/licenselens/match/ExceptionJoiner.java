package org.licenselens.match;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Joins a license exception to the license it modifies with {@code WITH}, when the exception's text or notice
 * sits right beside that license's notice: a GPL notice followed by the Classpath exception is
 * {@code gpl-2.0-plus WITH classpath-exception-2.0}, not {@code gpl-2.0-plus AND classpath-exception-2.0}, and a
 * policy engine reads the two very differently. Which keys are exceptions comes from LicenseDB's
 * {@code is_exception}.
 */
final class ExceptionJoiner {
    /** Terms between the license's match and the exception's, at most, for the two to read as one notice. */
    static final int MAX_GAP_TERMS = 30;

    private ExceptionJoiner() {}

    /**
     * Returns {@code matches} (sorted by position) with each exception that follows, or precedes, a license
     * notice merged into it as one {@code WITH} match.
     */
    static List<LicenseMatch> join(List<LicenseMatch> matches, Predicate<String> isException) {
        List<LicenseMatch> out = new ArrayList<>(matches);
        for (int i = 0; i < out.size(); i++) {
            LicenseMatch exception = out.get(i);
            if (!isLoneException(exception, isException)) {
                continue;
            }
            int license = partner(out, i, isException);
            if (license >= 0) {
                LicenseMatch joined = joined(out.get(license), exception);
                out.set(Math.min(i, license), joined);
                out.remove(Math.max(i, license));
                i = Math.min(i, license);
            }
        }
        return out;
    }

    private static boolean isLoneException(LicenseMatch m, Predicate<String> isException) {
        List<String> keys = m.keys();
        return m.kind() != MatchKind.IDENTIFIER && keys.size() == 1 && isException.test(keys.getFirst());
    }

    /** The license match right before the exception, else right after it; -1 when neither is close enough. */
    private static int partner(List<LicenseMatch> matches, int exception, Predicate<String> isException) {
        LicenseMatch e = matches.get(exception);
        if (exception > 0 && joinable(matches.get(exception - 1), isException)
                && e.queryStart() - matches.get(exception - 1).queryEnd() <= MAX_GAP_TERMS) {
            return exception - 1;
        }
        if (exception + 1 < matches.size() && joinable(matches.get(exception + 1), isException)
                && matches.get(exception + 1).queryStart() - e.queryEnd() <= MAX_GAP_TERMS) {
            return exception + 1;
        }
        return -1;
    }

    /** A single license, not an exception, not already modified: the only thing an exception may be joined to. */
    private static boolean joinable(LicenseMatch m, Predicate<String> isException) {
        List<String> keys = m.keys();
        return m.kind() != MatchKind.IDENTIFIER && keys.size() == 1 && !isException.test(keys.getFirst())
                && LicenseExpressions.lex(m.expression()).size() == 1;
    }

    /** One match over both, named {@code license WITH exception}, as a rule naming both would be. */
    static LicenseMatch joined(LicenseMatch license, LicenseMatch exception) {
        LicenseMatch first = license.queryStart() <= exception.queryStart() ? license : exception;
        LicenseMatch last = first == license ? exception : license;
        List<Block> blocks = new ArrayList<>(first.blocks());
        blocks.addAll(last.blocks());
        List<Difference> differences = new ArrayList<>(first.differences());
        differences.addAll(last.differences());
        int matched = license.matchedLength() + exception.matchedLength();
        double coverage = weighted(license.coverage(), license, exception.coverage(), exception);
        double score = weighted(license.score(), license, exception.score(), exception);
        return new LicenseMatch(license.matcher(), license.kind(), license.expression() + " WITH " + exception.expression(),
                license.reference(), first.queryStart(), Math.max(first.queryEnd(), last.queryEnd()), first.startLine(),
                Math.max(first.endLine(), last.endLine()), matched, coverage, score, blocks, differences);
    }

    private static double weighted(double a, LicenseMatch ma, double b, LicenseMatch mb) {
        int total = ma.matchedLength() + mb.matchedLength();
        return total == 0 ? Math.min(a, b) : Math.min(1.0, (a * ma.matchedLength() + b * mb.matchedLength()) / total);
    }
}
