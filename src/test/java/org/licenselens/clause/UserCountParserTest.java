package org.licenselens.clause;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UserCountParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "700 million|700000000",
        "700,000,000|700000000",
        "700.000.000|700000000",
        "1M|1000000",
        "1.5 billion|1500000000",
        "2bn|2000000000",
        "50 thousand|50000",
        "two hundred million|200000000",
        "seven hundred million|700000000",
        "one hundred and fifty thousand|150000",
        "twenty-five|25",
        "10k|10000",
    })
    void parsesCounts(String expression, long expected) {
        assertEquals(OptionalLong.of(expected), UserCountParser.parse(expression));
    }

    @Test
    void rejectsNonNumbers() {
        assertTrue(UserCountParser.parse("many users").isEmpty());
        assertTrue(UserCountParser.parse("700 million users").isEmpty(), "a trailing word is not part of a number");
    }

    @Test
    void findsTheUserCountNotOtherNumbers() {
        assertEquals(OptionalLong.of(700_000_000L), UserCountParser.findUserCount(
                "If, on the 2.0 release date, the users number is greater than 700 million monthly active users in"
                        + " the preceding calendar month"));
        assertEquals(OptionalLong.of(1_000_000L), UserCountParser.findUserCount("more than 1M MAU"));
        assertEquals(OptionalLong.of(200_000_000L),
                UserCountParser.findUserCount("over two hundred million daily active users"));
        assertEquals(OptionalLong.of(50_000L),
                UserCountParser.findUserCount("a product whose monthly active users exceed 50,000"));
    }

    @Test
    void findsCountsInTheLegalHabitsOfWriting() {
        assertEquals(OptionalLong.of(5), UserCountParser.findUserCount("may not exceed five (5) Designated Users"));
        assertEquals(OptionalLong.of(1_200_000_000L),
                UserCountParser.findUserCount("any Licensee with 1.2B or more monthly active users"));
        assertEquals(OptionalLong.of(10_000_000L), UserCountParser.findUserCount("passes ten million monthly actives"));
        assertEquals(OptionalLong.of(30_000_000L),
                UserCountParser.findUserCount("once your monthly active user count passes 30 million"));
    }

    @Test
    void agesPercentagesMoneyAndSectionNumbersCountNoUsers() {
        assertTrue(UserCountParser.findUserCount("paid work undertaken by individuals under the age of 12 years")
                .isEmpty());
        assertTrue(UserCountParser.findUserCount("30% of the board seats are held by Workers").isEmpty());
        assertTrue(UserCountParser.findUserCount("customers whose revenue exceeds $20,000,000").isEmpty());
        assertTrue(UserCountParser.findUserCount("12) CONSUMER RIGHTS;").isEmpty());
        assertTrue(UserCountParser.findUserCount("1.5 Licensee:").isEmpty());
        assertTrue(UserCountParser.findUserCount("include such User-Visible Attribution Notice in at least one location")
                .isEmpty(), "the number counts locations");
    }

    @Test
    void findsNoUserCountWithoutUsers() {
        assertTrue(UserCountParser.findUserCount("within 30 days of 1 January 2024").isEmpty());
        assertTrue(UserCountParser.findUserCount("annual revenue above $10 million").isEmpty());
    }
}
