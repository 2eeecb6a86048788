package org.licenselens.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.licenselens.corpus.ExpressionOperators;
import org.licenselens.match.LicenseExpressions;

/**
 * Reads a benchmark case's expected ScanCode expressions, such as {@code (mit OR apache-2.0) WITH foo}, into their
 * keys, strictly: a blank or unbalanced expectation fails loudly instead of yielding a key like {@code (mit}.
 */
public final class ExpectedKeys {
    private ExpectedKeys() {
    }

    /** Returns the keys of {@code expression} in first-seen order, lower-cased, without operators or duplicates. */
    public static Set<String> keysOf(String expression) {
        Set<String> keys = new LinkedHashSet<>();
        for (String token : tokens(expression)) {
            String lower = token.toLowerCase(Locale.ROOT);
            if (!ExpressionOperators.isOperator(lower)) {
                keys.add(lower);
            }
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("no license key in expression: '" + expression + "'");
        }
        return keys;
    }

    /** Returns the union of the keys of all {@code expressions}. */
    public static Set<String> keysOf(Collection<String> expressions) {
        Set<String> keys = new LinkedHashSet<>();
        for (String expression : expressions) {
            keys.addAll(keysOf(expression));
        }
        return keys;
    }

    // Parentheses only group; they are checked for balance so a mangled expectation fails loudly instead of
    // silently yielding a key like "(mit".
    private static List<String> tokens(String expression) {
        if (expression == null || expression.isBlank()) {
            throw new IllegalArgumentException("blank license expression");
        }
        List<String> tokens = new ArrayList<>();
        int depth = 0;
        for (String word : LicenseExpressions.lex(expression)) {
            depth += word.equals("(") ? 1 : word.equals(")") ? -1 : 0;
            if (depth < 0) {
                throw new IllegalArgumentException("unbalanced ')' in license expression: '" + expression + "'");
            }
            if (!word.equals("(") && !word.equals(")")) {
                tokens.add(word);
            }
        }
        if (depth != 0) {
            throw new IllegalArgumentException("unbalanced '(' in license expression: '" + expression + "'");
        }
        return tokens;
    }
}
