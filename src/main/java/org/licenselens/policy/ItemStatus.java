package org.licenselens.policy;

/** Where a review item stands against the decisions of the policy file. */
public enum ItemStatus {
    /** No decision covers it: a person must look at it. */
    OPEN("open"),
    /** Accepted, and its files are as they were when accepted: the gate ignores it. */
    RESOLVED("resolved"),
    /** Accepted, but a file it is about changed since: back in the queue. */
    CHANGED("changed since it was accepted");

    private final String label;

    ItemStatus(String label) {
        this.label = label;
    }

    /** The words reports show, e.g. {@code changed since it was accepted}. */
    public String label() {
        return label;
    }

    /** The JSON name: {@code open}, {@code resolved}, {@code changed}. */
    public String jsonName() {
        return this == CHANGED ? "changed" : label;
    }
}
