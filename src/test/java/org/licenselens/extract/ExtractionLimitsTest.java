package org.licenselens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ExtractionLimitsTest {

    @Test
    void defaultsAreFiftyMebibytesTenMillionCharsTenSeconds() {
        ExtractionLimits d = ExtractionLimits.defaults();
        assertEquals(50L * 1024 * 1024, d.maxBytes());
        assertEquals(10_000_000, d.maxChars());
        assertEquals(Duration.ofSeconds(10), d.timeout());
        assertEquals("50 MiB", d.maxBytesText());
        assertEquals("10 s", d.timeoutText());
    }

    @Test
    void limitsAreFormattedInTheUnitTheyWereGivenIn() {
        assertEquals("100 bytes", Sizes.bytes(100));
        assertEquals("1 byte", Sizes.bytes(1));
        assertEquals("3 KiB", Sizes.bytes(3 * 1024));
        assertEquals("1025 bytes", Sizes.bytes(1025));
        assertEquals("2 GiB", Sizes.bytes(2L << 30));
        assertEquals("250 ms", Sizes.duration(Duration.ofMillis(250)));
        assertEquals("1500 ms", Sizes.duration(Duration.ofMillis(1500)));
    }

    @Test
    void nonsensicalLimitsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new ExtractionLimits(0, 1, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class,
                () -> new ExtractionLimits(Integer.MAX_VALUE, 1, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new ExtractionLimits(1, 0, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new ExtractionLimits(1, 1, Duration.ZERO));
        assertThrows(NullPointerException.class, () -> new ExtractionLimits(1, 1, null));
    }

    @Test
    void resultsValidateThemselves() {
        assertThrows(IllegalArgumentException.class, () -> ExtractedText.of("x", "text/plain", "spreadsheet"));
        assertThrows(IllegalArgumentException.class, () -> new ExtractionFailure(null, FailureReason.BINARY));
    }
}
