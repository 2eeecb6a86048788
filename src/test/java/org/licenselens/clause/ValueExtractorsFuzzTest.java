package org.licenselens.clause;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;

/**
 * Fuzzes the number, money and region extractors that read values out of clauses: spans lie inside the text,
 * in order and without overlap, values are non-negative, and a number's own text parses back to its value.
 */
@Tag("slow") // attaches the Jazzer agent
class ValueExtractorsFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void values(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);

        List<UserCountParser.NumberMention> numbers = UserCountParser.numbers(text);
        int previousEnd = 0;
        for (UserCountParser.NumberMention n : numbers) {
            assertTrue(n.end() <= text.length(), "number outside the text: " + n);
            assertTrue(n.start() >= previousEnd, "numbers overlap or are out of order: " + numbers);
            assertTrue(n.value() >= 0, "negative count " + n);
            previousEnd = n.end();
        }
        OptionalLong whole = UserCountParser.parse(text);
        if (whole.isPresent()) {
            assertTrue(whole.getAsLong() >= 0);
        }
        OptionalLong users = UserCountParser.findUserCount(text);
        if (users.isPresent()) {
            assertTrue(numbers.stream().anyMatch(n -> n.value() == users.getAsLong()),
                    "user count " + users + " is none of the numbers " + numbers);
        }

        Optional<MoneyParser.Money> money = MoneyParser.find(text);
        money.ifPresent(m -> assertTrue(m.amount() >= 0 && m.currency().matches("[A-Z]{3}"), m.toString()));

        List<RegionGazetteer.RegionMention> mentions = RegionGazetteer.mentions(text);
        previousEnd = 0;
        TreeSet<String> codes = new TreeSet<>();
        for (RegionGazetteer.RegionMention r : mentions) {
            assertTrue(r.start() >= previousEnd && r.end() <= text.length(), "bad region span " + mentions);
            assertTrue(r.code().matches("[A-Z]{2}|[A-Z0-9]{2,3}"), "bad code " + r);
            codes.add(r.code());
            previousEnd = r.end();
        }
        assertEquals(List.copyOf(codes), RegionGazetteer.regions(text));
    }
}
