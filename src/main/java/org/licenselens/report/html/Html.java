package org.licenselens.report.html;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes one self-contained, script-free HTML page in which every piece of text is escaped.
 *
 * <p>License texts, file names and keys are untrusted input. This writer makes the safe way the only way: text
 * goes through {@link #text} (escaped), elements through {@link #open}/{@link #close} with tags from an allow-list
 * and attribute values escaped, and there is no method for raw markup. No {@code <script>}, {@code <style>}
 * (the page's one style sheet is given to {@link #page}), {@code <iframe>}, {@code <object>}, {@code <form>},
 * {@code <img>} or {@code <link>} can be written, no {@code on*} event attribute, and {@code href} takes only
 * in-page {@code #fragment} links. On top of that every page carries {@link #CONTENT_SECURITY_POLICY}, so even a
 * bug here could not run a script or load anything from anywhere.
 *
 * <pre>{@code
 * Html page = Html.page(out, "License comparison", css);
 * page.open("table", "class", "matrix").open("tr").element("td", license.name()).close("tr").close("table");
 * page.finish();
 * }</pre>
 *
 * <p>Not thread-safe: one writer per page. The caller owns {@code out}; {@link #finish} flushes it, never closes it.
 */
public final class Html {
    /** The Content-Security-Policy of every page: nothing may load or run; inline CSS and data: images only. */
    public static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

    /** Elements a report may use: text structure, tables, lists, and inline SVG shapes for charts. */
    private static final Set<String> TAGS = Set.of(
            "header", "footer", "main", "section", "article", "nav", "aside", "div", "span", "p", "h1", "h2", "h3",
            "h4", "h5", "h6", "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td",
            "ul", "ol", "li", "dl", "dt", "dd", "pre", "code", "kbd", "samp", "blockquote", "q", "em", "strong", "b",
            "i", "small", "mark", "del", "ins", "s", "sub", "sup", "abbr", "time", "br", "hr", "wbr", "a", "details",
            "summary", "figure", "figcaption", "meter", "progress",
            "svg", "g", "rect", "circle", "line", "polyline", "path", "text", "title", "desc");
    private static final Set<String> VOID = Set.of("br", "hr", "wbr", "col");
    /** Attribute names; mixed case for SVG's {@code viewBox}. */
    private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9-]*");
    private static final Pattern FRAGMENT = Pattern.compile("#[A-Za-z0-9_.:-]*");

    private final Writer out;
    private final Deque<String> openTags = new ArrayDeque<>();
    private boolean finished;

    private Html(Writer out) {
        this.out = out;
    }

    /**
     * Returns {@code text} escaped for HTML text and for quoted attribute values: {@code & < > " '} become
     * character references; characters that are not allowed in HTML (C0/C1 controls other than tab, line feed
     * and carriage return, lone surrogates, U+FFFE/U+FFFF) become U+FFFD. {@code null} is the empty string.
     */
    public static String escape(CharSequence text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        b.append(c).append(text.charAt(++i));
                    } else if (allowed(c)) {
                        b.append(c);
                    } else {
                        b.append('\uFFFD');
                    }
                }
            }
        }
        return b.toString();
    }

    private static boolean allowed(char c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return true;
        }
        return !(c < 0x20 || (c >= 0x7F && c <= 0x9F) || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF');
    }

    /**
     * Starts a page: doctype, {@code <head>} with UTF-8, the {@link #CONTENT_SECURITY_POLICY}, a viewport, the
     * escaped {@code title} and the page's style sheet, then opens {@code <body>}.
     *
     * @param css the page's CSS; it must not contain {@code </} (so it cannot end the style element)
     */
    public static Html page(Writer out, String title, String css) throws IOException {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(css, "css");
        if (css.contains("</") || css.contains("<!--")) {
            throw new IllegalArgumentException("page CSS must not contain '</' or '<!--'");
        }
        Html page = new Html(out);
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + escape(CONTENT_SECURITY_POLICY) + "\">\n"
                + "<meta name=\"referrer\" content=\"no-referrer\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(title) + "</title>\n<style>\n" + css + "\n</style>\n</head>\n<body>\n");
        page.openTags.push("body");
        return page;
    }

    /**
     * Opens element {@code tag} with {@code attributes} given as name, value pairs (a {@code null} value leaves
     * the attribute out).
     *
     * @throws IllegalArgumentException for a tag outside the allow-list, an event-handler or malformed attribute
     *                                  name, an odd number of attribute strings, or an {@code href} that is not an
     *                                  in-page {@code #fragment}
     */
    public Html open(String tag, String... attributes) throws IOException {
        requireOpen();
        requireTag(tag);
        out.write('<');
        out.write(tag);
        writeAttributes(attributes);
        out.write('>');
        if (!VOID.contains(tag)) {
            openTags.push(tag);
        }
        return this;
    }

    /** Writes escaped {@code text} (nothing for {@code null}). */
    public Html text(CharSequence text) throws IOException {
        requireOpen();
        out.write(escape(text));
        return this;
    }

    /** Writes {@code <tag attributes>text</tag>}, the text escaped. */
    public Html element(String tag, CharSequence text, String... attributes) throws IOException {
        open(tag, attributes);
        if (!VOID.contains(tag)) {
            text(text).close(tag);
        }
        return this;
    }

    /**
     * Closes the innermost open element, which must be {@code tag}.
     *
     * @throws IllegalStateException if {@code tag} is not the innermost open element
     */
    public Html close(String tag) throws IOException {
        requireOpen();
        if (!tag.equals(openTags.peek()) || "body".equals(tag)) {
            throw new IllegalStateException("cannot close <" + tag + ">: the innermost open element is <"
                    + openTags.peek() + ">");
        }
        openTags.pop();
        out.write("</");
        out.write(tag);
        out.write('>');
        return this;
    }

    /** Writes a line break in the markup (not a {@code <br>}), to keep the source readable. */
    public Html newline() throws IOException {
        requireOpen();
        out.write('\n');
        return this;
    }

    /**
     * Ends the page and flushes {@code out}.
     *
     * @throws IllegalStateException if some element other than {@code <body>} is still open
     */
    public void finish() throws IOException {
        requireOpen();
        if (openTags.size() != 1) {
            throw new IllegalStateException("elements still open: " + openTags);
        }
        openTags.clear();
        finished = true;
        out.write("\n</body>\n</html>\n");
        out.flush();
    }

    private void requireOpen() {
        if (finished) {
            throw new IllegalStateException("the page is finished");
        }
    }

    private static void requireTag(String tag) {
        if (tag == null || !TAGS.contains(tag)) {
            throw new IllegalArgumentException("element <" + tag + "> is not allowed in a report");
        }
    }

    private void writeAttributes(String[] attributes) throws IOException {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            String name = attributes[i];
            String value = attributes[i + 1];
            String lower = name == null ? "" : name.toLowerCase(java.util.Locale.ROOT);
            if (name == null || !NAME.matcher(name).matches() || lower.startsWith("on") || lower.equals("src")
                    || lower.equals("srcdoc") || lower.equals("formaction") || lower.startsWith("xmlns")
                    || lower.equals("href") && !name.equals("href")) {
                throw new IllegalArgumentException("attribute '" + name + "' is not allowed in a report");
            }
            if (name.equals("href") && value != null && !FRAGMENT.matcher(value).matches()) {
                throw new IllegalArgumentException("href must be an in-page #fragment, was: " + value);
            }
            if (value == null) {
                continue;
            }
            out.write(' ');
            out.write(name);
            out.write("=\"");
            out.write(escape(value));
            out.write('"');
        }
    }
}
