package org.licenselens.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.licenselens.clause.ClauseFlag;
import org.licenselens.clause.FlagType;

/**
 * Turns one file's clause flags into the findings a reviewer reads: one per clause, and one per acceptable-use
 * policy. The engine flags every item of a policy's list; a reviewer needs to know that the file restricts use,
 * how many items it lists and where, not 31 separate findings.
 */
final class Findings {
    /**
     * From this many use restrictions in one file, they are read as the items of one policy list. A license
     * restricts use in one or two sentences; a policy lists a dozen or more.
     */
    static final int POLICY_ITEMS = 3;
    private static final int CATEGORY_WIDTH = 48;

    private Findings() {}

    /** What a report shows for flagged text: a single clause, or a policy's list of restrictions. */
    sealed interface Finding permits Clause, Policy {
        FlagType type();

        int startLine();

        int endLine();
    }

    /**
     * One clause: the flags of one type that the classifier found on the same lines (two sentences of one
     * paragraph), shown once with all their sentences.
     */
    record Clause(FlagType type, List<ClauseFlag> flags) implements Finding {
        Clause {
            flags = List.copyOf(flags);
            if (flags.isEmpty()) {
                throw new IllegalArgumentException("a clause finding has at least one flag");
            }
        }

        public int startLine() {
            return flags.getFirst().startLine();
        }

        public int endLine() {
            return flags.stream().mapToInt(ClauseFlag::endLine).max().orElseThrow();
        }

        /** The whole text of the clause's sentences, on one line. */
        String text() {
            return flags.stream().map(f -> Excerpts.oneLine(f.text())).distinct().collect(Collectors.joining(" "));
        }

        /** The parsed values of every flag, merged. */
        Map<String, Object> values() {
            Map<String, Object> values = new java.util.TreeMap<>();
            flags.forEach(f -> values.putAll(f.values()));
            return values;
        }
    }

    /** An acceptable-use policy: one {@link FlagType#USE_RESTRICTION} with its items. */
    record Policy(List<ClauseFlag> items) implements Finding {
        Policy {
            items = List.copyOf(items);
            if (items.size() < POLICY_ITEMS) {
                throw new IllegalArgumentException("a policy has at least " + POLICY_ITEMS + " items: " + items.size());
            }
        }

        public FlagType type() {
            return FlagType.USE_RESTRICTION;
        }

        public int startLine() {
            return items.getFirst().startLine();
        }

        public int endLine() {
            return items.stream().mapToInt(ClauseFlag::endLine).max().orElseThrow();
        }

        int count() {
            return items.size();
        }

        /**
         * The headings of the list: items that introduce others (they end with a colon), without their
         * "including …" tail, without the policy's own lead-in ("You agree you will not use … to:"), which is the first.
         */
        List<String> categories() {
            List<String> categories = new ArrayList<>();
            for (ClauseFlag item : items.subList(1, items.size())) {
                String text = Excerpts.oneLine(item.text());
                if (text.endsWith(":")) {
                    String head = text.substring(0, text.length() - 1);
                    for (String tail : new String[] {", including", ", such as", " related to"}) {
                        int at = head.indexOf(tail);
                        head = at > 0 ? head.substring(0, at) : head;
                    }
                    categories.add(Excerpts.clip(head, CATEGORY_WIDTH, "\u2026"));
                }
            }
            return categories;
        }

        /** The items' first lines, as compact ranges ("7, 11-39, 48"). */
        String lines() {
            List<String> ranges = new ArrayList<>();
            int[] sorted = items.stream().mapToInt(ClauseFlag::startLine).distinct().sorted().toArray();
            for (int i = 0; i < sorted.length; i++) {
                int j = i;
                while (j + 1 < sorted.length && sorted[j + 1] == sorted[j] + 1) {
                    j++;
                }
                ranges.add(i == j ? String.valueOf(sorted[i]) : sorted[i] + "-" + sorted[j]);
                i = j;
            }
            return String.join(", ", ranges);
        }

        /** One line a reviewer reads: "acceptable-use policy: 31 items, lines 7, 11-39, 48". */
        String summary() {
            return "acceptable-use policy: " + count() + " items, lines " + lines();
        }
    }

    /** The findings of one file's flags, in line order of their first flag. */
    static List<Finding> of(List<ClauseFlag> flags) {
        Objects.requireNonNull(flags, "flags");
        List<ClauseFlag> restrictions = flags.stream().filter(f -> f.type() == FlagType.USE_RESTRICTION).toList();
        boolean policy = restrictions.size() >= POLICY_ITEMS;
        Map<String, List<ClauseFlag>> clauses = new LinkedHashMap<>();
        for (ClauseFlag flag : flags) {
            if (!(policy && flag.type() == FlagType.USE_RESTRICTION)) {
                clauses.computeIfAbsent(flag.type() + ":" + flag.startLine(), k -> new ArrayList<>()).add(flag);
            }
        }
        List<Finding> findings = new ArrayList<>();
        clauses.values().forEach(c -> findings.add(new Clause(c.getFirst().type(), c)));
        if (policy) {
            findings.add(new Policy(restrictions));
        }
        findings.sort(Comparator.comparingInt(Finding::startLine));
        return List.copyOf(findings);
    }
}
