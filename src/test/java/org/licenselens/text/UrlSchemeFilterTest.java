package org.licenselens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class UrlSchemeFilterTest {
    private static List<String> terms(String text) {
        return Analysis.folded(text, UrlSchemeFilter::new);
    }

    @Test
    void httpsIsHttp() {
        assertEquals(terms("http://www.apache.org/licenses/"), terms("HTTPS://www.apache.org/licenses/"));
    }

    @Test
    void otherWordsStay() {
        assertEquals(List.of("httpsd", "http", "www", "ftp"), terms("httpsd http www ftp"));
    }
}
