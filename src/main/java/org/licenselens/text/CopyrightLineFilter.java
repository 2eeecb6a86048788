package org.licenselens.text;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;

/**
 * Drops copyright statement lines, which name a holder and a year rather than license terms.
 *
 * <p>A statement line starts with "copyright", "©" or "(c)" and also holds a year (1900-2099) or a copyright
 * sign ("Copyright (c) 2004-2010 Foo Corp.", "© 2023 Foo, Inc.", "Copyright 1999 by X"); a line starting with
 * "©" always is one. A line that is exactly "All rights reserved" right after a statement line goes too. Text
 * lines that merely start with the word ("copyright notice, this list of conditions", "Copyright law") stay.
 * Expects lower-cased terms and runs before {@link CopyrightSignFilter}, so it still sees "(c)" as written.
 */
final class CopyrightLineFilter extends BufferingFilter {
    private final List<State> line = new ArrayList<>();
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
            boolean statement = readLine(sign);
            if (allRights) {
                statement = isAllRightsReserved();
            }
            if (statement) {
                afterStatement = !allRights;
                continue;
            }
            replayLine();
            return true;
        }
        return false;
    }

    /** Buffers the current line and returns whether it reads as a copyright statement. */
    private boolean readLine(boolean startsWithSign) throws IOException {
        line.clear();
        boolean statement = termIs("\u00A9");
        boolean evidence = false;
        line.add(captureState());
        while (nextToken()) {
            if (contextAtt.isLineStart()) {
                pushBack(captureState());
                break;
            }
            evidence |= isYear() || termIs("\u00A9") || isParenthesized('c')
                    || (startsWithSign && termIs("copyright"));
            line.add(captureState());
        }
        return statement || evidence;
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

    /** Puts the buffered line back for emission and loads its first token. */
    private void replayLine() {
        for (int i = line.size() - 1; i > 0; i--) {
            pushBack(line.get(i));
        }
        restoreState(line.get(0));
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        line.clear();
        afterStatement = false;
    }
}
