package org.licenselens.clause;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Decides whether flagged clauses let a license be Open Source, criterion by criterion of the OSD. */
final class OpennessJudge {

    private static final Set<String> CLOSED_CATEGORIES =
            Set.of("proprietary free", "commercial", "source-available");
    private static final Set<FlagType> RESTRICTIONS = EnumSet.of(FlagType.USE_RESTRICTION,
            FlagType.NON_COMMERCIAL, FlagType.TRAINING_BAN, FlagType.MAU_THRESHOLD, FlagType.GEOGRAPHIC_EXCLUSION,
            FlagType.REVENUE_THRESHOLD);

    private OpennessJudge() {
    }

    /**
     * Judges {@code flags}. Revocability and naming duties are not OSD criteria by themselves, so they produce no
     * violation; a pass-through clause breaks OSD 7 only when there is a restriction to pass on.
     */
    static Openness judge(List<ClauseFlag> flags, String category, boolean osiApproved) {
        boolean restricted = flags.stream().anyMatch(f -> RESTRICTIONS.contains(f.type()));
        List<OsdViolation> violations = new ArrayList<>();
        for (ClauseFlag flag : flags) {
            int criterion = criterion(flag.type(), restricted);
            if (criterion > 0) {
                violations.add(new OsdViolation(criterion, flag.type(), flag.startLine(), flag.endLine(),
                        flag.text()));
            }
        }
        boolean closedCategory = category != null
                && CLOSED_CATEGORIES.contains(category.strip().toLowerCase(Locale.ROOT));
        boolean compatible = violations.isEmpty() && (osiApproved || !closedCategory);
        return new Openness(compatible, violations);
    }

    /** Whether a flag of {@code type} can break the OSD: a restriction, or the pass-through of one. */
    static boolean breaksOsd(FlagType type) {
        return criterion(type, true) > 0;
    }

    private static int criterion(FlagType type, boolean restricted) {
        return switch (type) {
            case MAU_THRESHOLD, GEOGRAPHIC_EXCLUSION, REVENUE_THRESHOLD -> 5;
            case USE_RESTRICTION, NON_COMMERCIAL, TRAINING_BAN -> 6;
            case PASS_THROUGH -> restricted ? 7 : 0;
            case ATTRIBUTION_NAMING, REVOCABLE, POLICY_UPDATES -> 0;
        };
    }
}
