package org.licenselens.match;

import java.time.Duration;

/**
 * Thrown when matching one text takes longer than its budget ({@link LicenseDetector#detect(String, Duration)}):
 * the text is then reported as not analysed, by name and with this reason, rather than half-matched or silently cut.
 */
public final class MatchBudgetExceeded extends RuntimeException {
    private final transient Duration budget;

    MatchBudgetExceeded(Duration budget, int terms) {
        super("matching took longer than its budget of " + budget.toSeconds() + " s per file (" + terms
                + " terms): not analysed");
        this.budget = budget;
    }

    /** Returns the budget that was spent. */
    public Duration budget() {
        return budget;
    }
}
