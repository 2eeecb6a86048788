package org.licenselens.match;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.licenselens.corpus.LicenseEntry;
import org.licenselens.corpus.ExpressionOperators;
import org.licenselens.index.LicenseCatalog;
import org.licenselens.index.LicenseInfo;

/** Small helpers over license expressions ({@code mit OR (gpl-2.0 WITH classpath-exception-2.0)}). */
public final class LicenseExpressions {

    private LicenseExpressions() {}

    /** Splits an expression into its words: identifiers, operators and parentheses. */
    public static List<String> lex(String expression) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (c == '(' || c == ')' || Character.isWhitespace(c)) {
                if (!word.isEmpty()) {
                    words.add(word.toString());
                    word.setLength(0);
                }
                if (c != ' ' && !Character.isWhitespace(c)) {
                    words.add(String.valueOf(c));
                }
            } else {
                word.append(c);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    /** Returns the license identifiers of {@code expression}, operators and parentheses dropped, deduplicated. */
    public static List<String> keys(String expression) {
        Set<String> keys = new LinkedHashSet<>();
        for (String word : lex(expression)) {
            if (!word.equals("(") && !word.equals(")") && !ExpressionOperators.isOperator(word)) {
                keys.add(word);
            }
        }
        return List.copyOf(keys);
    }

    /** Renames every license identifier of {@code expression} with {@code rename}, keeping its structure. */
    public static String rename(String expression, java.util.function.UnaryOperator<String> rename) {
        StringBuilder out = new StringBuilder();
        for (String word : lex(expression)) {
            boolean operator = ExpressionOperators.isOperator(word);
            String renamed = word.equals("(") || word.equals(")") ? word
                    : operator ? word.toUpperCase(Locale.ROOT) : rename.apply(word);
            if (!out.isEmpty() && !word.equals(")") && out.charAt(out.length() - 1) != '(') {
                out.append(' ');
            }
            out.append(renamed);
        }
        return out.toString();
    }

    /** Joins expressions with AND, parenthesizing compound ones and dropping repeats. */
    /** Returns the SPDX id of a ScanCode key, or {@code LicenseRef-scancode-<key>} when SPDX has none. */
    public static String spdx(String key, LicenseCatalog index) {
        return index.license(key).map(LicenseInfo::spdx).orElse(LicenseEntry.SCANCODE_LICENSE_REF_PREFIX + key);
    }

    /** Rewrites a ScanCode expression with SPDX ids, as {@link #spdx} gives them. */
    public static String spdxExpression(String expression, LicenseCatalog index) {
        return rename(expression, key -> spdx(key, index));
    }

    public static String and(List<String> expressions) {
        Set<String> unique = new LinkedHashSet<>(expressions);
        unique.remove("");
        if (unique.size() == 1) {
            return unique.iterator().next();
        }
        List<String> parts = new ArrayList<>();
        for (String e : unique) {
            parts.add(lex(e).size() > 1 ? "(" + e + ")" : e);
        }
        return String.join(" AND ", parts);
    }
}
