package org.licenselens.text;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;

/**
 * Drops copyright statement lines, which name a holder and a year rather than license terms.
 *
 * <p>A statement line starts with "copyright", "©" or "(c)" and also holds a year (1900-2099) or a copyright
 * sign ("Copyright (c) 2004-2010 Foo Corp.", "© 2023 Foo, Inc.", "Copyright 1999 by X"); a line starting with
 * "©" always is one. The statement ends before license wording on the same line ("licensed under", "SPDX", "see",
 * "this", "public" ...), which stays. A line that is exactly "All rights reserved" after a statement goes too. Text
 * lines that merely start with the word ("copyright notice, this list of conditions", "Copyright law") stay.
 * Expects lower-cased terms and runs before {@link CopyrightSignFilter}, so it still sees "(c)" as written.
 */
final class CopyrightLineFilter extends BufferingFilter {
    /** Words that start license wording, ending a statement that shares its line. */
    private static final CharArraySet LICENSE_WORDING = CharArraySet.unmodifiableSet(new CharArraySet(List.of(
            "sublicense", "spdx", "gpl", "lgpl", "agpl", "permission", "redistribution", "released", "distributed",
            "public", "under", "this", "see"), false));

    private final List<State> line = new ArrayList<>();
    private int statementEnd;
    private boolean afterStatement;

    CopyrightLineFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (nextToken()) {
            if (!contextAtt.isLineStart()) {
                return true;
            }
            boolean sign = termIs("\u00A9") || isParenthesized('c');
            boolean allRights = afterStatement && termIs("all");
            afterStatement = false;
            if (!sign && !allRights && !termIs("copyright")) {
                return true;
            }
            readLine(sign);
            if (allRights ? isAllRightsReserved() : statementEnd > 0 && statementEnd == line.size()) {
                afterStatement = !allRights;
                continue;
            }
            replayLine(allRights ? 0 : statementEnd);
            return true;
        }
        return false;
    }

    /**
     * Buffers the current line and sets {@link #statementEnd} to the number of its leading tokens that form a
     * copyright statement (0 if none). The statement stops before license wording, so "Copyright 2020 X,
     * licensed under MIT" keeps "licensed under MIT"; the year or sign must come before that point.
     */
    private void readLine(boolean startsWithSign) throws IOException {
        line.clear();
        boolean evidence = termIs("\u00A9");
        int cut = -1;
        line.add(captureState());
        while (nextToken()) {
            if (contextAtt.isLineStart()) {
                pushBack(captureState());
                break;
            }
            if (cut < 0) {
                if (isLicenseWording()) {
                    cut = line.size();
                } else {
                    evidence |= isYear() || termIs("\u00A9") || isParenthesized('c')
                            || (startsWithSign && termIs("copyright"));
                }
            }
            line.add(captureState());
        }
        statementEnd = evidence ? (cut < 0 ? line.size() : cut) : 0;
    }

    private boolean isLicenseWording() {
        int len = termAtt.length();
        char[] t = termAtt.buffer();
        boolean licen = len >= 5 && t[0] == 'l' && t[1] == 'i' && t[2] == 'c' && t[3] == 'e' && t[4] == 'n';
        return licen || LICENSE_WORDING.contains(t, 0, len);
    }

    private boolean isAllRightsReserved() {
        if (line.size() != 3) {
            return false;
        }
        restoreState(line.get(1));
        boolean rights = termIs("rights");
        restoreState(line.get(2));
        return rights && termIs("reserved");
    }

    /** Puts the buffered line, less its first {@code dropped} tokens, back for emission and loads its first. */
    private void replayLine(int dropped) {
        for (int i = line.size() - 1; i > dropped; i--) {
            pushBack(line.get(i));
        }
        restoreState(line.get(dropped));
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        line.clear();
        afterStatement = false;
    }
}
