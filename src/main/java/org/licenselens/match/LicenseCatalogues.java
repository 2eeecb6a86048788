package org.licenselens.match;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds catalogues of license names or ids by their structure, whatever the layout: arrays of pairs,
 * constructor lists, JSON objects with {@code licenseId} keys, YAML lists, tables of name variants, Haskell-like
 * modules. What they share is many distinct licenses, each only named on a line or two, with little else between
 * the names. Such a file is a license tool's data (the {@code spdx-license-ids} package in every JavaScript tree),
 * not terms that apply, and its names must stay out of the file's and the repository's expression.
 *
 * <p>{@code SPDX-License-Identifier} lines are never part of a catalogue: an expression is an expression, however
 * many ids it names.
 */
final class LicenseCatalogues {
    /** Distinct licenses a region must name to be a catalogue. */
    static final int MIN_KEYS = 10;
    /**
     * A name spans at most this many terms (an alignment may join a name to its neighbours over a few lines); a
     * longer match is terms that apply, and ends a catalogue.
     */
    private static final int NAME_TERMS = 60;
    /**
     * Lines between two names of one catalogue: a JSON object per license puts a few lines between its names, and
     * a license no rule knows by name leaves its lines unmatched.
     */
    private static final int MAX_GAP_LINES = 40;
    /** Distinct licenses per name, at least: a notice file listing components repeats a few licenses many times. */
    private static final double MIN_DISTINCT_SHARE = 0.1;
    /** Lines of the region that start a name, at least: little else between the names. */
    private static final double MIN_NAME_LINE_SHARE = 0.05;
    /**
     * Share of the words between the names, at most, that are English function words: prose about licenses ("the
     * annotations are licensed under the MIT License") is half function words, a table of ids has next to none.
     */
    private static final double MAX_PROSE_SHARE = 0.15;
    /**
     * Copyright statements per name, at most: a Debian copyright file or a third-party notice lists components,
     * each with its copyright and license, and those licenses apply.
     */
    private static final double MAX_COPYRIGHTS_PER_NAME = 0.05;
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "of", "to", "in", "is", "are", "be",
            "this", "that", "it", "its", "for", "with", "as", "by", "on", "you", "your", "may", "not", "or", "and",
            "any", "all", "which", "under", "from", "have", "has", "if", "will", "can", "but", "at", "such", "these",
            "those", "we", "our", "they", "their", "there", "been", "also", "see", "here", "more", "other", "than");

    private LicenseCatalogues() {}

    /** A catalogue's lines and how many licenses it names. */
    record Region(int startLine, int endLine, int keys) {
        boolean contains(LicenseMatch m) {
            return m.startLine() >= startLine && m.endLine() <= endLine;
        }

        boolean overlaps(int from, int to) {
            return from <= endLine && to >= startLine;
        }
    }

    /** Returns the catalogue regions among {@code matches} (sorted by position), in order. */
    static List<Region> find(List<LicenseMatch> matches, Query query) {
        List<Region> regions = new ArrayList<>();
        List<LicenseMatch> run = new ArrayList<>();
        for (LicenseMatch m : matches) {
            if (m.kind() == MatchKind.IDENTIFIER) {
                continue;
            }
            boolean name = isName(m);
            if (!run.isEmpty() && (!name || m.startLine() - run.getLast().endLine() > MAX_GAP_LINES)) {
                close(run, regions, query);
            }
            if (name) {
                run.add(m);
            }
        }
        close(run, regions, query);
        return regions;
    }

    private static boolean isName(LicenseMatch m) {
        return m.span() <= NAME_TERMS;
    }

    private static void close(List<LicenseMatch> run, List<Region> regions, Query query) {
        Set<String> keys = new HashSet<>();
        Set<Integer> nameLines = new HashSet<>();
        for (LicenseMatch m : run) {
            keys.addAll(m.keys());
            nameLines.add(m.startLine());
        }
        if (keys.size() >= MIN_KEYS) {
            int start = run.getFirst().startLine();
            int end = run.getLast().endLine();
            if (keys.size() >= MIN_DISTINCT_SHARE * run.size()
                    && nameLines.size() >= MIN_NAME_LINE_SHARE * (end - start + 1) && fewWordsBetween(run, query)) {
                regions.add(new Region(start, end, keys.size()));
            }
        }
        run.clear();
    }

    /** Whether the words between the names are neither prose nor copyright statements. */
    private static boolean fewWordsBetween(List<LicenseMatch> run, Query query) {
        int words = 0;
        int function = 0;
        int copyrights = 0;
        int at = run.getFirst().queryStart();
        for (LicenseMatch m : run) {
            for (int i = at; i < m.queryStart(); i++) {
                String term = query.tokens().term(i);
                words++;
                function += FUNCTION_WORDS.contains(term) ? 1 : 0;
                copyrights += term.equals("copyright") ? 1 : 0;
            }
            at = Math.max(at, m.queryEnd());
        }
        return function <= MAX_PROSE_SHARE * words && copyrights <= MAX_COPYRIGHTS_PER_NAME * run.size();
    }
}
