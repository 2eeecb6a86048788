package org.licenselens.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code SPDX-License-Identifier:} lines, parses their expression (SPDX 2.3, Annex D) and maps each SPDX
 * id to a corpus key.
 *
 * <p>An id the corpus does not know becomes {@code unknown-spdx}, so a typo is visible instead of silently lost.
 * A line that is not a valid expression ("GPL 2.0+ BSD-3-Clause", "MIT OR", "MIT License") is still reported,
 * with the ids it names joined by AND and the reason it is invalid.
 */
final class SpdxIdentifierMatcher {
    static final String UNKNOWN_SPDX = "unknown-spdx";
    private static final Pattern LINE =
            Pattern.compile("(?im)SPDX-License-Identifier\\s*:?\\s*([^\\r\\n]*)$");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.+\\-:]*");
    /** A word shaped like a license id rather than prose: a digit, a dash, a dot or a plus, or all capitals. */
    private static final Pattern ID_SHAPED = Pattern.compile(".*[0-9.+\\-].*|[A-Z]{2,}");

    private final Function<String, Optional<String>> keyForSpdx;

    SpdxIdentifierMatcher(Function<String, Optional<String>> keyForSpdx) {
        this.keyForSpdx = keyForSpdx;
    }

    /**
     * A parsed identifier line.
     *
     * @param expression the ScanCode expression
     * @param problem    why the line is not a valid SPDX expression, or {@code null} when it is one
     * @param start      offset of the line's start in the text
     * @param end        offset of the line's end
     */
    record Found(String expression, String problem, int start, int end) {}

    /** A parsed expression: ScanCode keys, and why it is invalid ({@code null} when valid). */
    record Parsed(String expression, String problem) {}

    List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        Matcher line = LINE.matcher(text);
        while (line.find()) {
            Parsed parsed = parse(stripCommentEnd(line.group(1)));
            if (!parsed.expression().isEmpty()) {
                found.add(new Found(parsed.expression(), parsed.problem(), line.start(), line.end()));
            }
        }
        return found;
    }

    private static String stripCommentEnd(String value) {
        String v = value.strip();
        for (String end : List.of("*/", "-->", "#}", "%>", "\"", "'", ";", ",")) {
            if (v.endsWith(end)) {
                v = v.substring(0, v.length() - end.length()).strip();
            }
        }
        return v;
    }

    /** Rewrites an SPDX expression into ScanCode keys; returns "" if it holds no identifier. */
    String toKeys(String spdxExpression) {
        return parse(spdxExpression).expression();
    }

    /**
     * Parses {@code spdxExpression}, however many ids it names. Words after a complete expression make it invalid:
     * an id-shaped one means a missing operator, any other is text the expression does not explain
     * ("LGPL-2.1+ The author added an exception"), reported as {@code unknown-spdx} beside the ids, as ScanCode does.
     */
    Parsed parse(String spdxExpression) {
        List<String> words = joinSplitIds(LicenseExpressions.lex(spdxExpression));
        if (words.isEmpty() || !isId(words.getFirst()) && !words.getFirst().equals("(")) {
            return new Parsed("", null);
        }
        Parser parser = new Parser(words);
        try {
            String expression = parser.or();
            if (parser.at == words.size()) {
                return new Parsed(expression, null);
            }
            String next = words.get(parser.at);
            if (next.equals(")")) {
                throw new InvalidExpression("')' without a matching '('");
            }
            if (isId(next) && (ID_SHAPED.matcher(next).matches() || keyForSpdx.apply(next).isPresent())) {
                throw new InvalidExpression("'" + next + "' follows '" + words.get(parser.at - 1)
                        + "' with no AND, OR or WITH between them");
            }
            String rest = String.join(" ", words.subList(parser.at, words.size()));
            return new Parsed(LicenseExpressions.and(List.of(expression, UNKNOWN_SPDX)),
                    "not a valid SPDX expression: text after it: '" + clip(rest) + "'");
        } catch (InvalidExpression e) {
            return new Parsed(idsJoinedByAnd(words), "not a valid SPDX expression: " + e.getMessage());
        }
    }

    /**
     * Joins a name and a version written apart ("GPL 2.0+") when together they are a known id ("GPL-2.0+"): the
     * line is invalid either way, but it then names the license it means.
     */
    private List<String> joinSplitIds(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (i + 1 < words.size() && isId(word) && isId(words.get(i + 1))
                    && Character.isDigit(words.get(i + 1).charAt(0))
                    && !key(word + "-" + words.get(i + 1)).equals(UNKNOWN_SPDX)) {
                out.add(word + "-" + words.get(++i));
            } else {
                out.add(word);
            }
        }
        return out;
    }

    private static String clip(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    /** What an invalid line names: every id up to the first word that is none, AND-joined (the cautious reading). */
    private String idsJoinedByAnd(List<String> words) {
        List<String> keys = new ArrayList<>();
        for (String word : words) {
            if (isOperator(word) || word.equals("(") || word.equals(")")) {
                continue;
            }
            if (!isId(word)) {
                break;
            }
            keys.add(key(word));
        }
        return LicenseExpressions.and(keys);
    }

    private static boolean isOperator(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.equals("and") || lower.equals("or") || lower.equals("with");
    }

    private static boolean isId(String word) {
        return !isOperator(word) && ID.matcher(word).matches();
    }

    private static final class InvalidExpression extends Exception {
        InvalidExpression(String message) {
            super(message, null, false, false);
        }
    }

    /** Recursive descent over the words: or := and (OR and)*; and := with (AND with)*; with := primary [WITH id]. */
    private final class Parser {
        private final List<String> words;
        private int at;

        Parser(List<String> words) {
            this.words = words;
        }

        private boolean next(String operator) {
            if (at < words.size() && words.get(at).equalsIgnoreCase(operator)) {
                at++;
                return true;
            }
            return false;
        }

        String or() throws InvalidExpression {
            StringBuilder out = new StringBuilder(and());
            while (next("or")) {
                out.append(" OR ").append(and());
            }
            return out.toString();
        }

        private String and() throws InvalidExpression {
            StringBuilder out = new StringBuilder(with());
            while (next("and")) {
                out.append(" AND ").append(with());
            }
            return out.toString();
        }

        private String with() throws InvalidExpression {
            String license = primary();
            if (next("with")) {
                return license + " WITH " + id("an exception id after WITH");
            }
            return license;
        }

        private String primary() throws InvalidExpression {
            if (at < words.size() && words.get(at).equals("(")) {
                at++;
                String inner = or();
                if (!next(")")) {
                    throw new InvalidExpression("'(' is never closed");
                }
                return "(" + inner + ")";
            }
            return id("a license id");
        }

        private String id(String expected) throws InvalidExpression {
            if (at >= words.size()) {
                throw new InvalidExpression("it ends where " + expected + " should be");
            }
            String word = words.get(at);
            if (!isId(word)) {
                throw new InvalidExpression("'" + word + "' where " + expected + " should be");
            }
            at++;
            return key(word);
        }
    }

    private String key(String spdxId) {
        Optional<String> key = keyForSpdx.apply(spdxId);
        if (key.isEmpty() && spdxId.endsWith("+")) {
            key = keyForSpdx.apply(spdxId.substring(0, spdxId.length() - 1) + "-or-later");
        }
        if (key.isEmpty() && spdxId.endsWith("-only")) {
            key = keyForSpdx.apply(spdxId.substring(0, spdxId.length() - 5));
        }
        return key.orElse(UNKNOWN_SPDX);
    }
}
