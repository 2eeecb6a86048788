package org.licenselens.clause.train;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The {@code --name value} arguments of the training mains, all required. */
record Args(Map<String, String> values) {

    static Args parse(String[] args, String... required) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!List.of(required).contains(args[i]) || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: " + String.join(" DIR ", required) + " DIR; bad argument "
                        + args[i]);
            }
            values.put(args[i], args[++i]);
        }
        for (String r : required) {
            if (!values.containsKey(r)) {
                throw new IllegalArgumentException("missing " + r + " DIR");
            }
        }
        return new Args(Map.copyOf(values));
    }

    Path path(String name) {
        return Path.of(values.get(name));
    }
}
