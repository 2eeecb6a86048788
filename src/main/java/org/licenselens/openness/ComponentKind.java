package org.licenselens.openness;

import java.util.Locale;

/** What a component is, which decides the kind of open license it needs. */
enum ComponentKind {
    CODE, DATA, DOCUMENTATION;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
