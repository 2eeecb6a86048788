package org.licenselens.corpus;

import java.util.List;

/**
 * What ScanCode lists as belonging to a license or rule text itself rather than to a file that holds it: its own
 * copyright lines, holders, authors, URLs and e-mail addresses ({@code ignorable_*} in the front matter).
 *
 * @param copyrights {@code ignorable_copyrights}
 * @param holders    {@code ignorable_holders}
 * @param authors    {@code ignorable_authors}
 * @param urls       {@code ignorable_urls}
 * @param emails     {@code ignorable_emails}
 */
public record Ignorables(List<String> copyrights, List<String> holders, List<String> authors, List<String> urls,
                         List<String> emails) {
    /** Nothing to ignore. */
    public static final Ignorables NONE = new Ignorables(List.of(), List.of(), List.of(), List.of(), List.of());

    public Ignorables {
        copyrights = List.copyOf(copyrights);
        holders = List.copyOf(holders);
        authors = List.copyOf(authors);
        urls = List.copyOf(urls);
        emails = List.copyOf(emails);
    }

    /** Reads the five lists from a license's or rule's front matter. */
    static Ignorables of(FrontMatter fm) throws CorpusFormatException {
        return new Ignorables(fm.list("ignorable_copyrights"), fm.list("ignorable_holders"),
                fm.list("ignorable_authors"), fm.list("ignorable_urls"), fm.list("ignorable_emails"));
    }
}
