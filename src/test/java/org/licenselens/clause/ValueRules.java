package org.licenselens.clause;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Shape rules for the values that the mau-threshold, geographic-exclusion and revenue-threshold labels carry. */
final class ValueRules {

    private static final Pattern REGION = Pattern.compile("[A-Z]{2}|EU|EEA");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private ValueRules() {
    }

    /** Returns the names of the values that are missing or malformed for the label; empty when all is well. */
    static List<String> missing(String label, JsonNode values) {
        List<String> bad = new ArrayList<>();
        switch (label) {
            case "mau-threshold" -> positive(values, "users", bad);
            case "revenue-threshold" -> {
                positive(values, "amount", bad);
                if (!CURRENCY.matcher(values.path("currency").asText()).matches()) {
                    bad.add("currency");
                }
            }
            case "geographic-exclusion" -> regions(values.path("regions"), bad);
            default -> { }
        }
        return bad;
    }

    private static void positive(JsonNode values, String name, List<String> bad) {
        JsonNode n = values.path(name);
        if (!n.isIntegralNumber() || n.asLong() <= 0) {
            bad.add(name);
        }
    }

    private static void regions(JsonNode regions, List<String> bad) {
        if (!regions.isArray() || regions.isEmpty()) {
            bad.add("regions");
            return;
        }
        String previous = "";
        for (JsonNode r : regions) {
            String code = r.asText();
            // sorted and unique, so that equal facts compare equal
            if (!REGION.matcher(code).matches() || code.compareTo(previous) <= 0) {
                bad.add("regions");
                return;
            }
            previous = code;
        }
    }
}
