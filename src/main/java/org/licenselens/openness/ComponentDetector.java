package org.licenselens.openness;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.licenselens.openness.OpennessRules.ComponentRule;

/**
 * Recognises MOF components in a release's files and model card, by the rules of
 * {@code corpus/openness-components.json}. Code is told apart by content first: a file named {@code train.py} that
 * only generates text is inference code.
 */
final class ComponentDetector {
    private static final Set<String> CODE_EXTENSIONS = Set.of("py", "ipynb", "sh");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+\\S.*$");
    private static final Pattern FIELD = Pattern.compile("^([A-Za-z_][\\w-]*)\\s*:");

    /** One hit: a file or card line showing a component, and how. */
    record Hit(Component component, Presence presence, Recognition recognition, Evidence evidence,
               Inventory.Item item) {}

    private final OpennessRules rules;

    ComponentDetector(OpennessRules rules) {
        this.rules = rules;
    }

    /** The hits of each component, components in enum order, hits in walk order then card order. */
    Map<Component, List<Hit>> detect(Inventory inventory) {
        Map<Component, List<Hit>> hits = new EnumMap<>(Component.class);
        Inventory.Item card = null;
        for (Inventory.Item item : inventory.items) {
            for (Hit hit : classify(item)) {
                hits.computeIfAbsent(hit.component(), c -> new ArrayList<>()).add(hit);
                if (hit.component() == Component.MODEL_CARD && card == null) {
                    card = item;
                }
            }
        }
        if (card != null && card.text() != null) {
            readCard(card, hits);
        }
        return hits;
    }

    /** The components one file shows. */
    List<Hit> classify(Inventory.Item item) {
        List<Hit> hits = new ArrayList<>();
        boolean script = item.text() != null && CODE_EXTENSIONS.contains(Inventory.extension(item.path()));
        Map<Component, Evidence> byContent = new LinkedHashMap<>();
        Set<Component> byName = EnumSet.noneOf(Component.class);
        for (ComponentRule rule : rules.components.values()) {
            if (rule.names().stream().anyMatch(p -> p.matcher(item.path()).find())) {
                byName.add(rule.component());
            }
            if (script && rule.kind() == ComponentKind.CODE) {
                Evidence shown = firstMatch(item, rule.content());
                if (shown != null) {
                    byContent.put(rule.component(), shown);
                }
            }
        }
        for (Component c : Component.values()) {
            ComponentRule rule = rules.rule(c);
            if (rule.kind() == ComponentKind.CODE && !rule.content().isEmpty()) {
                if (byContent.containsKey(c)) {
                    Recognition how = byName.contains(c) ? Recognition.NAME_AND_CONTENT : Recognition.CONTENT;
                    hits.add(new Hit(c, Presence.IN_RELEASE, how, byContent.get(c), item));
                } else if (byName.contains(c) && byContent.isEmpty()) {
                    hits.add(new Hit(c, Presence.IN_RELEASE, Recognition.NAME,
                            new Evidence(item.path(), 0, "named like " + rule.name()), item));
                }
            } else if (byName.contains(c) && rule.unless().stream().noneMatch(byName::contains)) {
                hits.add(new Hit(c, Presence.IN_RELEASE, Recognition.NAME,
                        new Evidence(item.path(), 0, "named like " + rule.name()), item));
            }
        }
        return hits;
    }

    private static Evidence firstMatch(Inventory.Item item, List<Pattern> patterns) {
        Evidence first = null;
        int firstAt = Integer.MAX_VALUE;
        for (Pattern p : patterns) {
            Matcher m = p.matcher(item.text());
            if (m.find() && m.start() < firstAt) {
                firstAt = m.start();
                first = new Evidence(item.path(), lineOf(item.text(), m.start()), "shows " + clip(m.group()));
            }
        }
        return first;
    }

    /** Reads what the model card shows in itself (sections, fields) and declares as released elsewhere (links). */
    private void readCard(Inventory.Item card, Map<Component, List<Hit>> hits) {
        String[] lines = card.text().split("\n", -1);
        int frontMatterEnd = frontMatterEnd(lines);
        Map<Component, List<Hit>> found = new EnumMap<>(Component.class);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int number = i + 1;
            boolean inFrontMatter = i > 0 && i < frontMatterEnd;
            for (ComponentRule rule : rules.components.values()) {
                Component c = rule.component();
                if (inFrontMatter) {
                    Matcher field = FIELD.matcher(line);
                    if (field.find() && rule.cardFields().contains(field.group(1))) {
                        add(found, new Hit(c, Presence.IN_RELEASE, Recognition.CARD_FIELD,
                                new Evidence(card.path(), number, "front matter field " + field.group(1)), card));
                    }
                } else if (HEADING.matcher(line).matches()
                        && rule.cardSections().stream().anyMatch(p -> p.matcher(line.strip()).find())) {
                    add(found, new Hit(c, Presence.IN_RELEASE, Recognition.CARD_SECTION,
                            new Evidence(card.path(), number, "model card section \"" + clip(line.strip()) + "\""),
                            card));
                }
                for (Pattern link : rule.cardLinks()) {
                    Matcher m = link.matcher(line);
                    if (m.find()) {
                        add(found, new Hit(c, Presence.DECLARED, Recognition.CARD_LINK,
                                new Evidence(card.path(), number, "links " + clip(m.group())), card));
                    }
                }
            }
            Matcher link = rules.declaredLinks.matcher(line);
            if (link.find()) {
                for (OpennessRules.DeclaredCue cue : rules.declaredCues) {
                    if (cue.line().matcher(line).find()) {
                        add(found, new Hit(cue.component(), Presence.DECLARED, Recognition.CARD_LINK,
                                new Evidence(card.path(), number, "declares " + clip(link.group())), card));
                    }
                }
            }
            if (inFrontMatter && line.startsWith(rules.frontMatterDatasets + ":")) {
                add(found, new Hit(Component.DATASETS, Presence.DECLARED, Recognition.CARD_FIELD,
                        new Evidence(card.path(), number, "front matter names datasets: "
                                + clip(datasets(lines, i, frontMatterEnd))), card));
            }
        }
        // What the release's files hold is better evidence than what its card says: the card only fills gaps.
        found.forEach((c, list) -> hits.computeIfAbsent(c, k -> new ArrayList<>(list)));
    }

    private static void add(Map<Component, List<Hit>> found, Hit hit) {
        found.computeIfAbsent(hit.component(), c -> new ArrayList<>()).add(hit);
    }

    /** The line index of the closing {@code ---} of the card's front matter, or 0 without front matter. */
    private static int frontMatterEnd(String[] lines) {
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            return 0;
        }
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals("---")) {
                return i;
            }
        }
        return 0;
    }

    /** The values of a front-matter field: inline, or the list items below it. */
    private static String datasets(String[] lines, int at, int end) {
        String inline = lines[at].substring(lines[at].indexOf(':') + 1).strip();
        if (!inline.isEmpty()) {
            return inline;
        }
        List<String> values = new ArrayList<>();
        for (int i = at + 1; i < end && lines[i].stripLeading().startsWith("-"); i++) {
            values.add(lines[i].strip().substring(1).strip());
        }
        return String.join(", ", values);
    }

    static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String clip(String text) {
        String one = text.replaceAll("\\s+", " ").strip();
        return one.length() <= 70 ? one : one.substring(0, 67) + "...";
    }
}
