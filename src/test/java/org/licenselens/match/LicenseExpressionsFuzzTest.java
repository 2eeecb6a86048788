package org.licenselens.match;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Fuzzes the expression lexer and the SPDX identifier line reader: words round-trip, renaming keeps structure,
 * and every identifier line found lies in the text and maps to known keys or {@code unknown-spdx}.
 */
@Tag("slow") // attaches the Jazzer agent
class LicenseExpressionsFuzzTest {
    private static final Set<String> KNOWN = Set.of("mit", "apache-2.0", "gpl-2.0", "gpl-2.0-or-later",
            "classpath-exception-2.0", "bsd-new");
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "WITH");
    private static final SpdxIdentifierMatcher MATCHER = new SpdxIdentifierMatcher(id -> {
        String lower = id.toLowerCase(Locale.ROOT);
        return KNOWN.contains(lower) ? Optional.of(lower) : Optional.empty();
    });

    @FuzzTest(maxDuration = "10m")
    void expressions(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);

        List<String> words = LicenseExpressions.lex(text);
        StringBuilder joined = new StringBuilder();
        for (String w : words) {
            assertFalse(w.isEmpty(), "empty word");
            assertTrue(w.chars().noneMatch(Character::isWhitespace), "whitespace in word '" + w + "'");
            assertTrue(w.length() == 1 || (w.indexOf('(') < 0 && w.indexOf(')') < 0), "parenthesis inside '" + w + "'");
            joined.append(w);
        }
        assertEquals(text.codePoints().filter(c -> !Character.isWhitespace(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString(),
                joined.toString(), "lexing must only drop whitespace");

        List<String> keys = LicenseExpressions.keys(text);
        assertTrue(words.containsAll(keys), "keys not among the words");
        assertEquals(keys.size(), Set.copyOf(keys).size(), "keys repeat");

        // Renaming with the identity keeps the words, upper-casing operators; and it is idempotent.
        String renamed = LicenseExpressions.rename(text, UnaryOperator.identity());
        List<String> again = LicenseExpressions.lex(renamed);
        assertEquals(words.size(), again.size(), "rename changed the number of words");
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            assertEquals(OPERATORS.contains(w.toUpperCase(Locale.ROOT)) ? w.toUpperCase(Locale.ROOT) : w, again.get(i));
        }
        assertEquals(renamed, LicenseExpressions.rename(renamed, UnaryOperator.identity()));
        assertEquals(keys, LicenseExpressions.keys(renamed));

        for (SpdxIdentifierMatcher.Found f : MATCHER.find(text)) {
            assertTrue(0 <= f.start() && f.start() <= f.end() && f.end() <= text.length(), f.toString());
            assertTrue(text.regionMatches(true, f.start(), "SPDX-License-Identifier", 0, 23), f.toString());
            for (String w : LicenseExpressions.lex(f.expression())) {
                assertTrue(w.equals("(") || w.equals(")") || OPERATORS.contains(w) || KNOWN.contains(w)
                        || w.equals(SpdxIdentifierMatcher.UNKNOWN_SPDX), "unexpected word '" + w + "' in " + f);
            }
        }
    }
}
