package org.licenselens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class ProgressBarTest {
    @Test
    void showsDoneTotalRateAndTimeLeft() {
        assertEquals("[###############               ] 500/1000  250 files/s  ETA 0:02", ProgressBar.line(500, 1000, 2.0));
        assertEquals("[                              ] 0/10  0 files/s  ETA --:--", ProgressBar.line(0, 10, 0));
        assertEquals("[##############################] 0/0  0 files/s  ETA --:--", ProgressBar.line(0, 0, 1));
    }

    /** Under surefire stderr is a pipe: the scan must print no bar there. */
    @Test
    void quietWhenStderrIsNotATerminal() {
        assertFalse(ProgressBar.isTerminal());
    }
}
