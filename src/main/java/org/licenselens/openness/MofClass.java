package org.licenselens.openness;

/** The classes of the Model Openness Framework, lowest first; {@link #NONE} when not even Class III is reached. */
public enum MofClass {
    NONE("none", "no MOF class"),
    CLASS_III("III", "Class III Open Model"),
    CLASS_II("II", "Class II Open Tooling"),
    CLASS_I("I", "Class I Open Science");

    private final String jsonName;
    private final String title;

    MofClass(String jsonName, String title) {
        this.jsonName = jsonName;
        this.title = title;
    }

    /** Returns {@code III}, {@code II}, {@code I} or {@code none}. */
    public String jsonName() {
        return jsonName;
    }

    /** Returns the class as people name it, e.g. "Class II Open Tooling". */
    public String title() {
        return title;
    }

    /** Returns the class whose {@link #jsonName()} is {@code name}. */
    public static MofClass fromJsonName(String name) {
        for (MofClass c : values()) {
            if (c.jsonName.equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown MOF class: " + name);
    }
}
