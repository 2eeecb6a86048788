package org.licenselens.clause;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds an amount of money with its ISO 4217 currency in license prose ("$10 million", "RMB 1 billion"). */
final class MoneyParser {

    /** An amount of money in whole units of an ISO 4217 currency. */
    public record Money(long amount, String currency) {
        public Money {
            if (amount < 0) {
                throw new IllegalArgumentException("negative amount " + amount);
            }
            if (currency == null || !currency.matches("[A-Z]{3}")) {
                throw new IllegalArgumentException("currency must be an ISO 4217 code: " + currency);
            }
        }
    }

    private static final String NUMBER = "(\\d[\\d,.\\u00A0]*(?:\\s*(?:million|billion|thousand|bn|mn|mm|m|b|k)\\b)?"
            + "|(?:a|one|two|three|four|five|ten|twenty|fifty|hundred)[\\s-]+(?:hundred[\\s-]+)?(?:million|billion|thousand))";
    private static final String PREFIX = "(US\\s?\\$|USD\\s?\\$?|U\\.S\\.\\s?\\$|\\$|EUR\\s?€?|€|GBP\\s?£?|£|RMB\\s?¥?|CNY\\s?¥?|"
            + "JPY\\s?¥?|¥|KRW\\s?₩?|₩|CHF|INR\\s?₹?|₹|AED|SGD\\s?\\$?|CAD\\s?\\$?|AUD\\s?\\$?)";
    private static final String SUFFIX = "(US dollars|U\\.S\\. dollars|dollars|USD|euros?|EUR|pounds sterling|GBP|"
            + "yuan|renminbi|RMB|CNY|yen|JPY|won|KRW|CHF|SGD|CAD|AUD)";
    private static final Pattern PREFIXED = Pattern.compile(PREFIX + "\\s*" + NUMBER, Pattern.CASE_INSENSITIVE);
    private static final Pattern SUFFIXED = Pattern.compile(NUMBER + "\\s*" + SUFFIX + "\\b", Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> SYMBOLS = Map.of("$", "USD", "€", "EUR", "£", "GBP", "¥", "JPY", "₩", "KRW",
            "₹", "INR");

    private MoneyParser() {
    }

    /** Returns the first amount of money in {@code text}, if any. */
    public static Optional<Money> find(String text) {
        Matcher p = PREFIXED.matcher(text);
        Matcher s = SUFFIXED.matcher(text);
        boolean hasP = p.find();
        boolean hasS = s.find();
        if (hasP && (!hasS || p.start() <= s.start())) {
            return money(p.group(2), currencyOf(p.group(1)));
        }
        return hasS ? money(s.group(1), currencyOf(s.group(2))) : Optional.empty();
    }

    private static Optional<Money> money(String number, String currency) {
        String cleaned = number.strip().replaceAll("[.,]$", "");
        OptionalLong value = UserCountParser.parse(cleaned);
        return value.isPresent() ? Optional.of(new Money(value.getAsLong(), currency)) : Optional.empty();
    }

    private static String currencyOf(String surface) {
        String s = surface.toUpperCase(Locale.ROOT).replaceAll("[\\s.]", "");
        if (s.startsWith("US") || s.startsWith("U") && s.contains("$") || s.contains("DOLLAR")) {
            return s.startsWith("SGD") ? "SGD" : "USD";
        }
        if (s.startsWith("RMB") || s.startsWith("CNY") || s.equals("YUAN") || s.equals("RENMINBI")) {
            return "CNY";
        }
        if (s.startsWith("EURO") || s.startsWith("EUR")) {
            return "EUR";
        }
        if (s.startsWith("POUNDS") || s.startsWith("GBP")) {
            return "GBP";
        }
        if (s.equals("YEN") || s.startsWith("JPY")) {
            return "JPY";
        }
        if (s.equals("WON") || s.startsWith("KRW")) {
            return "KRW";
        }
        if (s.startsWith("INR")) {
            return "INR";
        }
        if (s.length() >= 3 && s.substring(0, 3).matches("[A-Z]{3}")) {
            return s.substring(0, 3);
        }
        String symbol = SYMBOLS.get(s);
        if (symbol == null) {
            throw new IllegalStateException("no currency for " + surface);
        }
        return symbol;
    }
}
