package org.licenselens.policy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each key and value of a YAML document sits: JSON pointer ({@code /licenses/denied/keys/0}) to 1-based
 * line.
 * Jackson's trees carry no locations, and some values can only be checked once the corpus is open (a license
 * key, a category), long after parsing; this map lets those messages still name the line.
 */
final class YamlLines {
    static final YamlLines NONE = new YamlLines(Map.of());
    private final Map<String, Integer> lines;

    private YamlLines(Map<String, Integer> lines) {
        this.lines = lines;
    }

    /** Reads every token of {@code parser} and notes the line of each value and container. */
    static YamlLines read(JsonParser parser) throws IOException {
        Map<String, Integer> lines = new HashMap<>();
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
            if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                continue;
            }
            // A key comes before its value, so a key's line wins: a mapping or list value starts below its key.
            // At a container's start the context is already the container's own; its pointer is the parent's.
            String pointer = token.isStructStart() ? parser.getParsingContext().getParent().pathAsPointer().toString()
                    : parser.getParsingContext().pathAsPointer().toString();
            lines.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
        }
        return new YamlLines(lines);
    }

    /** The line of the value at {@code pointer}, else of its nearest parent that has one, else 0. */
    public int line(String pointer) {
        for (String p = pointer; ; p = p.substring(0, p.lastIndexOf('/'))) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            if (p.isEmpty()) {
                return 0;
            }
        }
    }
}
