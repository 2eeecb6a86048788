package org.licenselens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    @Test
    void showsDoneTotalRateAndTimeLeft() {
        assertEquals("[###############               ] 500/1000  250 files/s  ETA 0:02", ProgressBar.line(500, 1000, 2.0));
        assertEquals("[                              ] 0/10  0 files/s  ETA --:--", ProgressBar.line(0, 10, 0));
        assertEquals("[##############################] 0/0  0 files/s  ETA --:--", ProgressBar.line(0, 0, 1));
        assertEquals(List.of("0:05", "5:03", "1:00:00", "27:46:40"), List.of(ProgressBar.clock(5), ProgressBar.clock(303),
                ProgressBar.clock(3600), ProgressBar.clock(100_000)));
    }

    /** Under surefire stderr is a pipe: the scan must print no bar there. */
    @Test
    void quietWhenStderrIsNotATerminal() {
        assertFalse(ProgressBar.isTerminal());
        assertFalse(ProgressBar.stderrIsTerminal(), "stderr is a pipe here");
    }
}
