package org.licenselens.policy;

import java.util.List;
import java.util.Objects;
import org.licenselens.scan.ReviewItem;

/**
 * A review item with the decision that concerns it, if any.
 *
 * @param item     the review item
 * @param status   open, resolved, or changed since it was accepted
 * @param decision the latest decision recorded for the item's id, or {@code null}
 * @param changed  for {@link ItemStatus#CHANGED}: the files whose content is not what was accepted
 */
public record ItemResolution(ReviewItem item, ItemStatus status, Decision decision, List<String> changed) {
    public ItemResolution {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(status, "status");
        changed = List.copyOf(changed);
        if ((status == ItemStatus.OPEN) != (decision == null)) {
            throw new IllegalArgumentException("a decision goes with resolved and changed items only: " + item.id());
        }
    }

    /** Whether the gate ignores the item. */
    public boolean resolved() {
        return status == ItemStatus.RESOLVED;
    }
}
