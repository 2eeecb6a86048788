package org.licenselens.match;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.licenselens.index.Reference;

/**
 * Drops matches that lie inside a longer, better match of another license and whose words belong to that
 * license's own text: a license that cites another is one license. The LGPL-3.0 text incorporates the GPL-3.0
 * by reference, MS-LPL names MS-PL, a GPL-2.0-or-later notice ends with the unversioned "You should have received
 * a copy of the GNU General Public License" paragraph. A match whose words stand outside the longer license's
 * text (an exception appended to a notice, a second notice) is kept.
 */
final class Containment {
    /** Terms between two short matches, at most, for them to be read as pieces of one notice. */
    private static final int PIECE_GAP = 12;
    /** Open terms on either side of a run of pieces that its realignment may take in. */
    private static final int MARGIN = 40;
    /** Terms beside a license text, at most, where a piece of its own text may have been matched apart. */
    private static final int TEXT_REACH = 40;
    /** A piece this short, in terms, at most, may belong to a license text beside it. */
    private static final int PIECE_TERMS = 60;
    /** Share of a piece's word trigrams that the license text must hold for the piece to be its words. */
    private static final double INSIDE_SHARE = 0.9;

    private Containment() {}

    static List<LicenseMatch> apply(LicenseDetector detector, Query query, List<LicenseMatch> accepted, BitSet taken,
                                    Discards discards) {
        return dropPiecesOfLicenseTexts(query, realignPieces(detector, query, accepted, taken, discards), discards);
    }

    /** Coverage a license text needs to take the place of the shorter matches inside it. */
    private static final double WHOLE_TEXT_COVERAGE = 0.85;

    /**
     * Whether {@code text}, a nearly whole license text that lost to shorter matches inside its span, takes their
     * place: it matched more terms than all of them, they name other licenses, and their words are its own. A
     * license that cites others ("LZMA SDK is licensed under two licenses: 1) GNU LGPL 2) CPL", with its own
     * exception) is that license, not the rule naming the licenses it cites. If so, the shorter matches are
     * removed from {@code accepted} (from {@code firstOwn} on; earlier ones, identifier lines, always stay) with
     * their reason, and {@code text} is accepted.
     */
    static boolean replacesPieces(LicenseMatch text, List<LicenseMatch> accepted, int firstOwn, BitSet taken,
                                  Discards discards) {
        if (!text.reference().kind().isLicenseText() || text.coverage() < WHOLE_TEXT_COVERAGE) {
            return false;
        }
        List<LicenseMatch> inside = new ArrayList<>();
        int matched = 0;
        for (int i = firstOwn; i < accepted.size(); i++) {
            LicenseMatch m = accepted.get(i);
            if (m.queryEnd() > text.queryStart() && m.queryStart() < text.queryEnd()) {
                if (m.queryStart() < text.queryStart() || m.queryEnd() > text.queryEnd()
                        || new HashSet<>(text.keys()).containsAll(m.keys()) || m.reference() == null || !isPiece(m)) {
                    return false;
                }
                inside.add(m);
                matched += m.matchedLength();
            }
        }
        if (inside.isEmpty() || matched >= text.matchedLength()
                || taken.get(text.queryStart(), text.queryEnd()).cardinality() > spans(inside)) {
            return false;
        }
        for (LicenseMatch m : inside) {
            if (alignedShare(m, text) < INSIDE_SHARE) {
                return false;
            }
        }
        for (LicenseMatch m : inside) {
            accepted.remove(m);
            discards.add(m, DiscardReason.CONTAINED_IN_LICENSE_TEXT, "inside " + describe(text));
        }
        accepted.add(text);
        taken.set(text.queryStart(), text.queryEnd());
        return true;
    }

    private static int spans(List<LicenseMatch> matches) {
        int total = 0;
        for (LicenseMatch m : matches) {
            total += m.span();
        }
        return total;
    }

    private static boolean isPiece(LicenseMatch m) {
        return m.kind() == MatchKind.NOTICE || m.kind() == MatchKind.REFERENCE || m.kind() == MatchKind.TAG;
    }

    /**
     * Runs of adjacent notices and references that name different licenses are aligned again as one region: a
     * verbatim "is free software … version 2 or later" beside a verbatim unversioned warranty paragraph is one
     * GPL-2.0-or-later notice, which the first pass, taking the verbatim pieces first, could not see.
     */
    private static List<LicenseMatch> realignPieces(LicenseDetector detector, Query query, List<LicenseMatch> accepted,
                                                    BitSet taken, Discards discards) {
        List<LicenseMatch> out = new ArrayList<>(accepted.size());
        int i = 0;
        while (i < accepted.size()) {
            int j = i;
            while (j + 1 < accepted.size() && isPiece(accepted.get(i)) && isPiece(accepted.get(j + 1))
                    && accepted.get(j + 1).queryStart() - accepted.get(j).queryEnd() <= PIECE_GAP
                    && accepted.get(j + 1).queryStart() >= accepted.get(j).queryEnd()) {
                j++;
            }
            List<LicenseMatch> run = accepted.subList(i, j + 1);
            out.addAll(j > i && distinctExpressions(run) > 1 ? realign(detector, query, run, taken, discards) : run);
            i = j + 1;
        }
        out.sort(LicenseDetector.BY_POSITION);
        return out;
    }

    private static int distinctExpressions(List<LicenseMatch> run) {
        Set<String> expressions = new HashSet<>();
        run.forEach(m -> expressions.add(m.expression()));
        return expressions.size();
    }

    private static List<LicenseMatch> realign(LicenseDetector detector, Query query, List<LicenseMatch> run,
                                              BitSet taken, Discards discards) {
        // A little open text on either side: the notice the pieces belong to may run on past them (an address).
        int from = Math.max(0, run.getFirst().queryStart() - MARGIN);
        int to = Math.min(query.length(), run.getLast().queryEnd() + MARGIN);
        BitSet open = (BitSet) taken.clone();
        open.clear(run.getFirst().queryStart(), run.getLast().queryEnd());
        LicenseMatch best = null;
        double bestGain = 0;
        // The texts to try are the notices of the licenses the pieces name: the pieces are one of them only if
        // that license's own notice holds them all.
        List<org.licenselens.index.Reference> refs = new ArrayList<>();
        for (String expression : new LinkedHashSet<>(run.stream().map(LicenseMatch::expression).toList())) {
            refs.addAll(detector.noticesOf(expression));
        }
        List<LicenseMatch> candidates = detector.alignReferences(query, from, to, refs, open);
        for (LicenseMatch candidate : candidates) {
            double replaced = 0;
            int inside = 0;
            for (LicenseMatch piece : run) {
                if (within(piece, candidate)) {
                    replaced += LicenseDetector.value(piece);
                    inside++;
                }
            }
            double gain = LicenseDetector.value(candidate) - replaced;
            if (inside > 1 && gain > bestGain) {
                best = candidate;
                bestGain = gain;
            }
        }
        if (best == null) {
            return run;
        }
        List<LicenseMatch> kept = new ArrayList<>();
        kept.add(best);
        taken.set(best.queryStart(), best.queryEnd());
        Set<String> bestKeys = new LinkedHashSet<>(best.keys());
        for (LicenseMatch piece : run) {
            if (!within(piece, best)) {
                kept.add(piece);
            } else if (bestKeys.containsAll(piece.keys())) {
                discards.add(piece, DiscardReason.OVERLAPS_BETTER_MATCH, "part of " + describe(best));
            } else if (alignedShare(piece, best) >= INSIDE_SHARE) {
                discards.add(piece, DiscardReason.CONTAINED_IN_LICENSE_TEXT, "inside " + describe(best));
            } else {
                kept.add(piece);
            }
        }
        return kept;
    }

    /** Whether most of the piece lies in the whole's span: an alignment may leave a piece's first word out. */
    private static boolean within(LicenseMatch piece, LicenseMatch whole) {
        int shared = Math.min(piece.queryEnd(), whole.queryEnd()) - Math.max(piece.queryStart(), whole.queryStart());
        return shared * 2 > piece.span();
    }

    /** The share of the piece's terms that the whole match aligned to its own reference. */
    private static double alignedShare(LicenseMatch piece, LicenseMatch whole) {
        int aligned = 0;
        for (Block b : whole.blocks()) {
            aligned += Math.max(0, Math.min(piece.queryEnd(), b.queryEnd()) - Math.max(piece.queryStart(), b.query()));
        }
        return piece.span() == 0 ? 0 : (double) aligned / piece.span();
    }

    private static String describe(LicenseMatch m) {
        return m.expression() + " (" + (m.reference() == null ? "identifier" : m.reference().identifier()) + ", lines "
                + m.startLine() + "-" + m.endLine() + ")";
    }

    /**
     * A short match of another license right beside a license text, whose words are that text's own words,
     * is a piece of the text that the alignment left out (a reworded opening, a moved paragraph).
     */
    private static List<LicenseMatch> dropPiecesOfLicenseTexts(Query query, List<LicenseMatch> accepted,
                                                               Discards discards) {
        List<LicenseMatch> texts = accepted.stream()
                .filter(m -> m.kind() == MatchKind.FULL || m.kind() == MatchKind.NEAR).toList();
        if (texts.isEmpty()) {
            return accepted;
        }
        List<LicenseMatch> out = new ArrayList<>(accepted.size());
        for (LicenseMatch m : accepted) {
            LicenseMatch owner = isPiece(m) && m.span() <= PIECE_TERMS ? ownerText(query, m, texts) : null;
            if (owner == null) {
                out.add(m);
            } else {
                discards.add(m, DiscardReason.CONTAINED_IN_LICENSE_TEXT, "its words are in " + describe(owner));
            }
        }
        return out;
    }

    private static LicenseMatch ownerText(Query query, LicenseMatch piece, List<LicenseMatch> texts) {
        for (LicenseMatch text : texts) {
            boolean beside = piece.queryEnd() <= text.queryStart() && text.queryStart() - piece.queryEnd() <= TEXT_REACH
                    || piece.queryStart() >= text.queryEnd() && piece.queryStart() - text.queryEnd() <= TEXT_REACH;
            if (beside && !new HashSet<>(text.keys()).containsAll(piece.keys())
                    && insideReference(query, piece, text.reference())) {
                return text;
            }
        }
        return null;
    }

    /** Whether the piece's terms occur in {@code ref}'s text: nearly all its word trigrams are there. */
    static boolean insideReference(Query query, LicenseMatch piece, Reference ref) {
        int[] q = query.ids();
        int[] r = ref.ids();
        if (piece.span() < 3) {
            return contains(r, q, piece.queryStart(), piece.queryEnd());
        }
        Set<Long> trigrams = new HashSet<>();
        for (int i = 0; i + 2 < r.length; i++) {
            trigrams.add(trigram(r, i));
        }
        int present = 0;
        int total = 0;
        for (int i = piece.queryStart(); i + 2 < piece.queryEnd(); i++) {
            total++;
            if (trigrams.contains(trigram(q, i))) {
                present++;
            }
        }
        return present >= INSIDE_SHARE * total;
    }

    private static long trigram(int[] ids, int at) {
        return ((long) ids[at] * 1_000_003L + ids[at + 1]) * 1_000_003L + ids[at + 2];
    }

    private static boolean contains(int[] haystack, int[] needle, int from, int to) {
        outer:
        for (int i = 0; i + (to - from) <= haystack.length; i++) {
            for (int k = from; k < to; k++) {
                if (haystack[i + k - from] != needle[k]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
