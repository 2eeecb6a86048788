package org.licenselens.clause;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A pattern's {@code find}, asked of the regex engine only where the text holds a literal every match needs. Java's
 * engine tries every alternative of a word class ("harm\w*|weapon\w*|military|...") at every position of a
 * clause, which made the cue patterns a quarter of a clause analysis. Here each top-level alternative is its own
 * pattern behind its own gate: the literal strings one of which every match of it contains, read from the expression
 * itself, and checked with a cheap {@link String#contains}. {@code A|B} finds a match exactly where {@code A} or
 * {@code B} does, and a text holding none of an alternative's literals cannot match it, so no result changes.
 *
 * <p>Only what must be consumed is read: one run of literal characters that every match contains (the longest it
 * can find), or the literals of a group that must match. Zero-width parts (word boundaries, anchors, look-arounds)
 * and character classes are passed over. An alternative with no such run, or with any construct this reader does not
 * know (inline flags, quoting, back-references), is always run: unknown means "ask the regex".
 */
final class RegexGate {
    private final List<Pattern> alternatives;
    /** Each alternative's literals, at its index; null where an alternative is always run. */
    private final List<List<String>> needles;

    private RegexGate(List<Pattern> alternatives, List<List<String>> needles) {
        this.alternatives = alternatives;
        this.needles = needles;
    }

    /** The gated form of {@code pattern}, which must be matched case-sensitively (as the lower-cased cues are). */
    static RegexGate of(Pattern pattern) {
        String regex = pattern.pattern();
        List<String> parts;
        try {
            parts = regex.matches("(?s).*\\\\\\d.*") ? List.of(regex) : new Reader(regex).topLevel();
        } catch (Unknown e) {
            parts = List.of(regex);
        }
        List<Pattern> alternatives = new ArrayList<>();
        List<List<String>> needles = new ArrayList<>();
        for (String part : parts) {
            alternatives.add(parts.size() == 1 ? pattern : Pattern.compile(part, pattern.flags()));
            needles.add(needles(part));
        }
        return new RegexGate(List.copyOf(alternatives), java.util.Collections.unmodifiableList(needles));
    }

    /** Whether {@code text} holds a match of the pattern: {@code pattern.matcher(text).find()}. */
    boolean find(String text) {
        for (int i = 0; i < alternatives.size(); i++) {
            if (opens(needles.get(i), text) && alternatives.get(i).matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether some alternative's gate is closed on {@code text} though the alternative matches it: never. */
    boolean closedWhereItMatches(String text) {
        for (int i = 0; i < alternatives.size(); i++) {
            if (!opens(needles.get(i), text) && alternatives.get(i).matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The literals one of which every match of {@code regex} contains, or null when the expression has an
     * alternative without one.
     */
    static List<String> needles(String regex) {
        try {
            Set<String> set = new Reader(regex).alternation(0, regex.length());
            return set == null ? null : List.copyOf(set);
        } catch (Unknown e) {
            return null;
        }
    }

    private static boolean opens(List<String> needles, String text) {
        if (needles == null) {
            return true;
        }
        for (String needle : needles) {
            if (text.contains(needle)) {
                return true;
            }
        }
        return false;
    }

    /** A construct this reader does not know: the expression stays ungated. */
    private static final class Unknown extends RuntimeException {
        Unknown() {
            super(null, null, false, false);
        }
    }

    private static final class Reader {
        private final String r;

        Reader(String regex) {
            this.r = regex;
        }

        /** The expression's top-level alternatives, in order. */
        List<String> topLevel() {
            return alternatives(0, r.length()).stream().map(a -> r.substring(a[0], a[1])).toList();
        }

        /** The union of the alternatives' literals in {@code [from, to)}, or null if one has none. */
        Set<String> alternation(int from, int to) {
            Set<String> all = new LinkedHashSet<>();
            for (int[] a : alternatives(from, to)) {
                if (!addSequence(all, a[0], a[1])) {
                    return null;
                }
            }
            return all;
        }

        /** The bounds of the alternatives that {@code [from, to)} holds at its own depth, in order. */
        private List<int[]> alternatives(int from, int to) {
            List<int[]> parts = new ArrayList<>();
            int start = from;
            int depth = 0;
            for (int i = from; i < to; i++) {
                char c = r.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '[') {
                    i = classEnd(i);
                } else if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                } else if (c == '|' && depth == 0) {
                    parts.add(new int[] {start, i});
                    start = i + 1;
                }
            }
            parts.add(new int[] {start, to});
            return parts;
        }

        private boolean addSequence(Set<String> all, int from, int to) {
            Set<String> s = sequence(from, to);
            if (s == null) {
                return false;
            }
            all.addAll(s);
            return true;
        }

        /**
         * The most selective literal set that every match of the sequence {@code [from, to)} contains: a run of
         * mandatory literal characters, or a mandatory group's literals; null if there is none.
         */
        Set<String> sequence(int from, int to) {
            Set<String> best = null;
            StringBuilder run = new StringBuilder();
            int i = from;
            while (i < to) {
                char c = r.charAt(i);
                int next;
                Set<String> group = null;
                Character literal = null;
                boolean zeroWidth = false;
                if (c == '\\') {
                    if (i + 1 >= to) {
                        throw new Unknown();
                    }
                    char e = r.charAt(i + 1);
                    next = i + 2;
                    if ("bBAzZG".indexOf(e) >= 0) {
                        zeroWidth = true;
                    } else if (Character.isLetterOrDigit(e)) {
                        if ("wWsSdDRhHvV".indexOf(e) < 0) {
                            throw new Unknown(); // property classes, hex and unicode escapes, quoting, back-references
                        }
                    } else {
                        literal = e;
                    }
                } else if (c == '^' || c == '$') {
                    zeroWidth = true;
                    next = i + 1;
                } else if (c == '[') {
                    next = classEnd(i) + 1;
                } else if (c == '.') {
                    next = i + 1;
                } else if (c == '(') {
                    int close = groupEnd(i);
                    next = close + 1;
                    if (r.startsWith("(?=", i) || r.startsWith("(?!", i) || r.startsWith("(?<=", i)
                            || r.startsWith("(?<!", i)) {
                        zeroWidth = true;
                    } else if (r.startsWith("(?:", i)) {
                        group = alternation(i + 3, close);
                    } else if (r.startsWith("(?", i)) {
                        throw new Unknown(); // inline flags, named or atomic groups
                    } else {
                        group = alternation(i + 1, close);
                    }
                } else if ("?*+{)|".indexOf(c) >= 0) {
                    throw new Unknown(); // a quantifier with nothing before it: not a well-formed pattern
                } else {
                    literal = c;
                    next = i + 1;
                }
                // The element's quantifier: an optional element ends the literal run before it.
                int afterQuantifier = next;
                boolean optional = false;
                if (!zeroWidth && next < to) {
                    char q = r.charAt(next);
                    if (q == '?' || q == '*') {
                        optional = true;
                        afterQuantifier = next + 1;
                    } else if (q == '+') {
                        afterQuantifier = next + 1;
                    } else if (q == '{') {
                        int close = r.indexOf('}', next);
                        if (close < 0 || close > to) {
                            throw new Unknown();
                        }
                        String min = r.substring(next + 1, close).split(",", -1)[0].strip();
                        optional = min.isEmpty() || Integer.parseInt(min) == 0;
                        afterQuantifier = close + 1;
                    }
                    if (afterQuantifier > next && afterQuantifier < to
                            && (r.charAt(afterQuantifier) == '?' || r.charAt(afterQuantifier) == '+')) {
                        afterQuantifier++; // lazy or possessive
                    }
                }
                boolean repeated = afterQuantifier > next && !optional;
                if (zeroWidth) {
                    // A boundary or look-around consumes nothing: the run goes on across it.
                    i = next;
                    continue;
                }
                if (literal != null && !optional) {
                    run.append(literal);
                    if (repeated) {
                        // "a+" holds one "a" at least; what follows need not be adjacent to the run: end it here.
                        best = better(best, run);
                        run.setLength(0);
                    }
                } else {
                    best = better(best, run);
                    run.setLength(0);
                    if (group != null && !optional) {
                        best = better(best, group);
                    }
                }
                i = afterQuantifier;
            }
            return better(best, run);
        }

        private static Set<String> better(Set<String> best, CharSequence run) {
            return run.isEmpty() ? best : better(best, Set.of(run.toString()));
        }

        /** The set whose shortest literal is longest: the fewer texts hold it, the more the gate spares. */
        private static Set<String> better(Set<String> best, Set<String> candidate) {
            if (candidate.isEmpty()) {
                return best;
            }
            return best == null || shortest(candidate) > shortest(best) ? candidate : best;
        }

        private static int shortest(Set<String> set) {
            return set.stream().mapToInt(String::length).min().orElse(0);
        }

        private int classEnd(int open) {
            int i = open + 1;
            if (i < r.length() && r.charAt(i) == '^') {
                i++;
            }
            if (i < r.length() && r.charAt(i) == ']') {
                i++; // a leading ']' is a member
            }
            for (; i < r.length(); i++) {
                char c = r.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '[') {
                    throw new Unknown(); // nested classes and intersections
                } else if (c == ']') {
                    return i;
                }
            }
            throw new Unknown();
        }

        private int groupEnd(int open) {
            int depth = 0;
            for (int i = open; i < r.length(); i++) {
                char c = r.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '[') {
                    i = classEnd(i);
                } else if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth == 0) {
                    return i;
                }
            }
            throw new Unknown();
        }
    }
}
