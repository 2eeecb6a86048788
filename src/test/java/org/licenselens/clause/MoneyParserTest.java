package org.licenselens.clause;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "annual revenue of $10 million|10000000|USD",
        "more than USD 1,000,000 in revenue|1000000|USD",
        "more than USD $1,000,000 in annual revenue|1000000|USD",
        "less than US $1,000,000 (or local currency)|1000000|USD",
        "revenues of at least $10,000,000 (the|10000000|USD",
        "turnover above €5M|5000000|EUR",
        "exceeded RMB 1 billion|1000000000|CNY",
        "RMB 100 million|100000000|CNY",
        "20 million US dollars (or equivalent)|20000000|USD",
        "£2.5 million|2500000|GBP",
    })
    void findsAmountAndCurrency(String text, long amount, String currency) {
        assertEquals(Optional.of(new MoneyParser.Money(amount, currency)), MoneyParser.find(text));
    }

    @Test
    void findsNothingWithoutCurrency() {
        assertTrue(MoneyParser.find("more than 100 million monthly active users").isEmpty());
    }
}
