package org.licenselens.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code SPDX-License-Identifier:} lines, parses their expression and maps each SPDX id to a corpus key.
 *
 * <p>An id the corpus does not know becomes {@code unknown-spdx}, so a typo is visible instead of silently lost.
 */
final class SpdxIdentifierMatcher {
    static final String NAME = "spdx-identifier";
    static final String UNKNOWN_SPDX = "unknown-spdx";
    private static final Pattern LINE =
            Pattern.compile("(?im)SPDX-License-Identifier\\s*:?\\s*([^\\r\\n]*)$");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.+\\-:]*");

    private final Function<String, Optional<String>> keyForSpdx;

    SpdxIdentifierMatcher(Function<String, Optional<String>> keyForSpdx) {
        this.keyForSpdx = keyForSpdx;
    }

    /** A parsed identifier line: the ScanCode expression and the character range of the line. */
    record Found(String expression, int start, int end) {}

    List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        Matcher line = LINE.matcher(text);
        while (line.find()) {
            String expression = toKeys(stripCommentEnd(line.group(1)));
            if (!expression.isEmpty()) {
                found.add(new Found(expression, line.start(), line.end()));
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
        StringBuilder out = new StringBuilder();
        boolean any = false;
        for (String word : LicenseExpressions.lex(spdxExpression)) {
            String lower = word.toLowerCase(Locale.ROOT);
            String mapped;
            if (word.equals("(") || word.equals(")")) {
                mapped = word;
            } else if (lower.equals("and") || lower.equals("or") || lower.equals("with")) {
                mapped = lower.toUpperCase(Locale.ROOT);
            } else if (ID.matcher(word).matches()) {
                mapped = key(word);
                any = true;
            } else {
                break; // trailing prose after the expression ends it
            }
            if (!out.isEmpty() && !mapped.equals(")") && out.charAt(out.length() - 1) != '(') {
                out.append(' ');
            }
            out.append(mapped);
        }
        return any ? out.toString() : "";
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
