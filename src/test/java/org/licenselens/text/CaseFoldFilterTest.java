package org.licenselens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CaseFoldFilterTest {
    private static List<String> fold(String text) {
        return Analysis.terms(text, CaseFoldFilter::new);
    }

    @Test
    void asciiIsLowerCased() {
        assertEquals(List.of("the", "license", "gpl", "2", "0+"), fold("The LICENSE GPL-2.0+"));
    }

    @Test
    void upperCasedTextFoldsLikeTheOriginal() {
        String text = "Straße \u03BF\u03B4\u03CC\u03C2 \uFB01le \u00E9t\u00E9 \u0130stanbul";
        assertEquals(fold(text), fold(text.toUpperCase(Locale.ROOT)));
    }

    @Test
    void accentsAreKept() {
        assertEquals(List.of("\u00E9t\u00E9"), fold("\u00C9T\u00C9"));
        assertNotEquals(fold("ete"), fold("\u00E9t\u00E9"));
    }
}
