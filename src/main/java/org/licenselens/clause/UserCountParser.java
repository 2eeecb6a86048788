package org.licenselens.clause;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses counts written in license prose ("700 million", "700,000,000", "1M", "two hundred million") and finds the
 * count of users a clause sets as a threshold. Pure and thread-safe.
 */
final class UserCountParser {

    /** A number found in a text: its span and value. */
    public record NumberMention(int start, int end, long value) {
        public NumberMention {
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("bad number span " + start + ".." + end);
            }
        }
    }

    private static final Map<String, Long> SMALL = Map.ofEntries(
            Map.entry("zero", 0L), Map.entry("one", 1L), Map.entry("two", 2L), Map.entry("three", 3L),
            Map.entry("four", 4L), Map.entry("five", 5L), Map.entry("six", 6L), Map.entry("seven", 7L),
            Map.entry("eight", 8L), Map.entry("nine", 9L), Map.entry("ten", 10L), Map.entry("eleven", 11L),
            Map.entry("twelve", 12L), Map.entry("thirteen", 13L), Map.entry("fourteen", 14L),
            Map.entry("fifteen", 15L), Map.entry("sixteen", 16L), Map.entry("seventeen", 17L),
            Map.entry("eighteen", 18L), Map.entry("nineteen", 19L), Map.entry("twenty", 20L),
            Map.entry("thirty", 30L), Map.entry("forty", 40L), Map.entry("fifty", 50L), Map.entry("sixty", 60L),
            Map.entry("seventy", 70L), Map.entry("eighty", 80L), Map.entry("ninety", 90L));
    private static final Map<String, Long> SCALES = Map.of(
            "hundred", 100L, "thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L,
            "k", 1_000L, "m", 1_000_000L, "mn", 1_000_000L, "mm", 1_000_000L, "b", 1_000_000_000L,
            "bn", 1_000_000_000L);

    private static final String WORD = "(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty"
            + "|seventy|eighty|ninety|hundred|thousand|million|billion)";
    private static final Pattern DIGITS = Pattern.compile(
            "(?<![\\w.,])(\\d{1,3}(?:,\\d{3})+|\\d{1,3}(?:\\.\\d{3}){2,}|\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3})+(?!\\d)"
                    + "|\\d+(?:\\.\\d+)?)"
                    + "(?:\\s*(million|billion|thousand|bn|mn|mm|m|b|k)\\b)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WORDS = Pattern.compile(
            "\\b" + WORD + "(?:(?:[\\s-]+|\\s+and\\s+)" + WORD + ")*\\b", Pattern.CASE_INSENSITIVE);
    // "five (5) Designated Users", "1.2B or more monthly active users", "ten million monthly actives": the legal
    // habit of a number in words with its digits in brackets, an "or more" before the noun, "actives" for users.
    private static final Pattern USERS_AFTER = Pattern.compile(
            "^\\W{0,3}(?:\\(\\s*[\\d,.]+\\s*\\)\\s*)?(?:or (?:more|greater|above|over|fewer|less)\\s+)?"
                    + "(?:(?:monthly|daily|weekly|yearly|annual|quarterly|total|active|unique|registered|end"
                    + "|individual|paying|paid|concurrent|named|authori[sz]ed|distinct|average|aggregate|peak"
                    + "|simultaneous|human|designated|employee|enterprise|licensed|internal)[\\s-]+){0,3}"
                    + "(?:users?|actives|mau|maus|muu|muus|dau|daus|wau|waus|user accounts|customers?|subscribers?|seats?"
                    + "|accounts?|members?|installations?|installs?|devices?|players?|individuals?|people|persons"
                    + "|licensees?|visitors?|viewers?|consumers?|clients?|end-users?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern USERS_BEFORE = Pattern.compile(
            "\\b(?:users?|mau|maus|muu|muus|dau|daus|wau|waus|customers?|subscribers?|seats?|accounts?"
                    + "|members?|installations?|devices?|players?|individuals?|people|persons|visitors?|viewers?"
                    + "|consumers?|clients?)\\b[^.;]{0,60}?"
                    + "(?:greater than|more than|exceeds?|exceeding|in excess of|over|above|at least|of|pass(?:es)?"
                    + "|surpass(?:es)?|reach(?:es)?|tops?|cross(?:es)?|hits?|up to)\\s*$",
            Pattern.CASE_INSENSITIVE);

    private UserCountParser() {
    }

    /** Parses a whole number expression such as "1.5 billion", "700,000,000" or "two hundred million". */
    public static OptionalLong parse(String expression) {
        String trimmed = expression.strip();
        for (NumberMention m : numbers(trimmed)) {
            if (m.start() == 0 && m.end() == trimmed.length()) {
                return OptionalLong.of(m.value());
            }
        }
        return OptionalLong.empty();
    }

    /** Returns every number written in digits or words in {@code text}, in order of appearance. */
    public static List<NumberMention> numbers(String text) {
        List<NumberMention> found = new ArrayList<>();
        Matcher d = DIGITS.matcher(text);
        while (d.find()) {
            digitValue(d.group(1), d.group(2)).ifPresent(v -> found.add(new NumberMention(d.start(), d.end(), v)));
        }
        Matcher w = WORDS.matcher(text);
        while (w.find()) {
            OptionalLong v = wordValue(w.group());
            if (v.isPresent() && found.stream().noneMatch(m -> m.start() < w.end() && w.start() < m.end())) {
                found.add(new NumberMention(w.start(), w.end(), v.getAsLong()));
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return List.copyOf(found);
    }

    /** Finds the count of users that {@code clause} states, e.g. 700000000 for "700 million monthly active users". */
    public static OptionalLong findUserCount(String clause) {
        String lower = clause.toLowerCase(Locale.ROOT);
        if (USER_NOUNS.stream().noneMatch(lower::contains)) {
            return OptionalLong.empty();
        }
        for (NumberMention m : numbers(clause)) {
            String after = clause.substring(m.end());
            String before = clause.substring(Math.max(0, m.start() - 80), m.start());
            if (NOT_A_COUNT_AFTER.matcher(after).find() || NOT_A_COUNT_BEFORE.matcher(before).find()
                    || isNumbering(clause, m, after)) {
                continue;
            }
            if (USERS_AFTER.matcher(after).find()
                    || USERS_BEFORE.matcher(before).find() && !OTHER_NOUN_AFTER.matcher(after).find()) {
                return OptionalLong.of(m.value());
            }
        }
        return OptionalLong.empty();
    }

    /**
     * The heads of the nouns {@link #USERS_AFTER} and {@link #USERS_BEFORE} read, one of which a clause must hold to
     * state a count of users: most clauses hold none, and then their numbers are not even looked for.
     */
    private static final List<String> USER_NOUNS = List.of("user", "active", "mau", "muu", "dau", "wau",
            "customer", "subscriber", "seat", "account", "member", "install", "device", "player", "individual",
            "people", "person", "licensee", "visitor", "viewer", "consumer", "client");

    // A number of years, hours, per cent or money, an age: whatever noun is near, it counts no users.
    private static final Pattern NOT_A_COUNT_AFTER = Pattern.compile(
            "^\\s*(?:%|percent|per cent|years?|months?|weeks?|days?|hours?|minutes?|seconds?|dollars?|euros?|pounds?"
                    + "|usd|eur|gbp|yen|cents?)\\b|^%",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_A_COUNT_BEFORE = Pattern.compile(
            "(?:\\bage of|\\baged|[$\u20AC\u00A3\u00A5]|\\b(?:usd|eur|gbp|us\\$|rmb|cny))\\s*$", Pattern.CASE_INSENSITIVE);
    // "users ... in at least one location": the number counts the noun right after it, not the users before.
    private static final Pattern OTHER_NOUN_AFTER = Pattern.compile(
            "^\\s+(?!(?:or|and|in|during|per|within|at|for|on|as|then|the|a|any|each|of|over|from|by|to|month|months"
                    + "|monthly|million|billion|thousand)\\b)[a-z]{3,}",
            Pattern.CASE_INSENSITIVE);

    /**
     * A section number opening the clause ("12) CONSUMER RIGHTS", "1.5 Licensee:"), not a count; {@code rest} is
     * the clause after the number.
     */
    private static boolean isNumbering(String clause, NumberMention m, String rest) {
        String head = clause.substring(0, m.start());
        if (!head.isBlank() && !head.strip().matches("[(\\[]?")) {
            return false;
        }
        String number = clause.substring(m.start(), m.end());
        return number.matches("\\d+(?:\\.\\d+)*") && m.value() < 1000
                && (rest.startsWith(")") || rest.startsWith(".") || number.contains("."));
    }

    private static OptionalLong digitValue(String digits, String scale) {
        String plain = digits.replaceAll("[,\\s\\u00A0\\u202F]", "");
        if (digits.matches("\\d{1,3}(?:\\.\\d{3}){2,}")) {
            plain = digits.replace(".", "");
        }
        try {
            double value = Double.parseDouble(plain);
            if (scale != null) {
                value *= SCALES.get(scale.toLowerCase(Locale.ROOT));
            }
            return value > Long.MAX_VALUE ? OptionalLong.empty() : OptionalLong.of(Math.round(value));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private static OptionalLong wordValue(String words) {
        long total = 0;
        long current = 0;
        boolean any = false;
        for (String raw : words.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            if (raw.equals("and") || raw.isEmpty()) {
                continue;
            }
            Long small = SMALL.get(raw);
            if (small != null) {
                current += small;
                any = true;
            } else if (raw.equals("hundred")) {
                current = Math.max(current, 1) * 100;
                any = true;
            } else {
                long scale = SCALES.get(raw);
                total += Math.max(current, 1) * scale;
                current = 0;
                any = true;
            }
        }
        // A lone "one" or "ten" is mostly prose ("one copy"), not a count; callers still see it as a number.
        return any ? OptionalLong.of(total + current) : OptionalLong.empty();
    }
}
