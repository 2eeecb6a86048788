package org.licenselens.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void escapesMarkupQuotesAndAmpersandsAndReplacesControlCharacters() {
        assertEquals("&lt;script&gt;x&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=&#39;a&#39;&gt; &amp;amp;",
                Html.escape("<script>x</script> \"><img src=x onerror='a'> &amp;"));
        assertEquals("a\uFFFDb\uFFFDc\td\n", Html.escape("a\u0000b\u0085c\td\n"));
        assertEquals("\uD83D\uDE00 \uFFFD", Html.escape("\uD83D\uDE00 \uD800"), "pairs stay, a lone surrogate goes");
        assertEquals("", Html.escape(null));
    }

    @Test
    void aPageCarriesTheCspAndEscapesTitleTextAndAttributes() throws IOException {
        StringWriter out = new StringWriter();
        Html page = Html.page(out, "<b>title</b>", "body { color: black; }");
        page.open("p", "class", "x\" onclick=\"alert(1)").text("<script>alert(1)</script>").close("p");
        page.element("a", "link", "href", "#clause-1");
        page.finish();
        String html = out.toString();
        assertTrue(html.startsWith("<!DOCTYPE html>"), html);
        assertTrue(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;; "
                + "style-src &#39;unsafe-inline&#39;; img-src data:; base-uri &#39;none&#39;; form-action "
                + "&#39;none&#39;\">"), html);
        assertTrue(html.contains("<title>&lt;b&gt;title&lt;/b&gt;</title>"), html);
        assertTrue(html.contains("<p class=\"x&quot; onclick=&quot;alert(1)\">&lt;script&gt;"), html);
        assertTrue(html.endsWith("</body>\n</html>\n"), html);
        assertTrue(!html.contains("<script") && !html.contains("onclick=\""), "no script, no handler");
    }

    @Test
    void refusesScriptsEventHandlersForeignLinksAndBadNesting() throws IOException {
        Html page = Html.page(new StringWriter(), "t", "");
        assertThrows(IllegalArgumentException.class, () -> page.open("script"));
        assertThrows(IllegalArgumentException.class, () -> page.open("iframe"));
        assertThrows(IllegalArgumentException.class, () -> page.open("img", "src", "x"));
        assertThrows(IllegalArgumentException.class, () -> page.open("style"));
        assertThrows(IllegalArgumentException.class, () -> page.open("div", "onclick", "x"));
        assertThrows(IllegalArgumentException.class, () -> page.open("div", "ONCLICK", "x"));
        assertThrows(IllegalArgumentException.class, () -> page.open("a", "HREF", "javascript:alert(1)"));
        assertThrows(IllegalArgumentException.class, () -> page.open("rect", "xmlns", "http://www.w3.org/2000/svg"));
        assertThrows(IllegalArgumentException.class, () -> page.open("a", "href", "javascript:alert(1)"));
        assertThrows(IllegalArgumentException.class, () -> page.open("a", "href", "https://example.org/"));
        assertThrows(IllegalArgumentException.class, () -> page.open("div", "class"));
        page.open("svg", "viewBox", "0 0 10 10").element("rect", "", "width", "5", "height", "10").close("svg");
        page.open("div");
        assertThrows(IllegalStateException.class, () -> page.close("span"));
        assertThrows(IllegalStateException.class, page::finish);
        page.close("div");
        page.finish();
        assertThrows(IllegalStateException.class, () -> page.text("after the end"));
        assertThrows(IllegalArgumentException.class, () -> Html.page(new StringWriter(), "t", "</style><script>"));
    }
}
