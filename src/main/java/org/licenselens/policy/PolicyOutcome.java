package org.licenselens.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.licenselens.clause.FlagType;
import org.licenselens.match.LicenseMatch;
import org.licenselens.scan.Declaration;
import org.licenselens.scan.GateTrip;
import org.licenselens.scan.ReviewItem;
import org.licenselens.scan.ReviewKind;
import org.licenselens.scan.ScanResult;
import org.licenselens.scan.ScannedFile;

/**
 * What a policy file does to one scan: each review item's status against the decisions, the verdict on each
 * license found, and the decisions no item matches any more. Reports show it; {@link #gate} applies it.
 *
 * @param policy    the policy (possibly {@link Policy#none()})
 * @param items     one resolution per review item, in queue order
 * @param licenses  the licenses found or declared, in report order, with their verdicts
 * @param unmatched decisions whose item is no longer in the queue (fixed since, or its path moved)
 */
public record PolicyOutcome(Policy policy, List<ItemResolution> items, List<LicenseUse> licenses,
                            List<Decision> unmatched) {
    private static final Set<String> FLAG_CONDITIONS = java.util.Arrays.stream(FlagType.values())
            .map(FlagType::jsonName).collect(Collectors.toUnmodifiableSet());

    public PolicyOutcome {
        Objects.requireNonNull(policy, "policy");
        items = List.copyOf(items);
        licenses = List.copyOf(licenses);
        unmatched = List.copyOf(unmatched);
    }

    /**
     * Applies {@code policy} to {@code result}.
     *
     * @param digests    the content of the scanned files, to tell whether an accepted item's files changed
     * @param categoryOf the LicenseDB category of a key, or {@code null} for a key the corpus lacks
     */
    public static PolicyOutcome evaluate(Policy policy, ScanResult result, ContentDigests digests,
                                         Function<String, String> categoryOf) {
        Map<String, Decision> latest = new LinkedHashMap<>();
        policy.decisions().forEach(d -> latest.put(d.id(), d));
        List<ItemResolution> items = new ArrayList<>();
        for (ReviewItem item : result.review()) {
            Decision d = latest.remove(item.id());
            if (d == null) {
                items.add(new ItemResolution(item, ItemStatus.OPEN, null, List.of()));
                continue;
            }
            List<String> changed = changedFiles(d, fingerprint(item, digests));
            items.add(new ItemResolution(item, changed.isEmpty() ? ItemStatus.RESOLVED : ItemStatus.CHANGED, d, changed));
        }
        return new PolicyOutcome(policy, items, licenses(policy, result, categoryOf), List.copyOf(latest.values()));
    }

    /** The SHA-256 of every file {@code item} is about that can be read now. */
    public static Map<String, String> fingerprint(ReviewItem item, ContentDigests digests) {
        Map<String, String> sha = new LinkedHashMap<>();
        for (String file : item.files()) {
            String hex = digests.sha256(file);
            if (hex != null) {
                sha.put(file, hex);
            }
        }
        return sha;
    }

    private static List<String> changedFiles(Decision decision, Map<String, String> now) {
        Set<String> files = new java.util.TreeSet<>(decision.sha256().keySet());
        files.addAll(now.keySet());
        return files.stream().filter(f -> !Objects.equals(decision.sha256().get(f), now.get(f))).toList();
    }

    private static List<LicenseUse> licenses(Policy policy, ScanResult result, Function<String, String> categoryOf) {
        Map<String, Map<String, Integer>> found = new LinkedHashMap<>();
        for (ScannedFile f : result.files()) {
            if (f.failed()) {
                continue;
            }
            for (LicenseMatch m : f.result().detection().matches()) {
                for (String key : m.keys()) {
                    found.computeIfAbsent(key, k -> new LinkedHashMap<>()).putIfAbsent(f.path(), m.startLine());
                }
            }
        }
        for (Declaration d : result.declared()) {
            for (String key : org.licenselens.match.LicenseExpressions.keys(d.expression())) {
                found.computeIfAbsent(key, k -> new LinkedHashMap<>()).putIfAbsent(d.path(), d.line());
            }
        }
        List<LicenseUse> uses = new ArrayList<>();
        found.forEach((key, files) -> {
            String category = categoryOf.apply(key);
            uses.add(new LicenseUse(key, category, policy.licenses().verdict(key, category), files));
        });
        return uses;
    }

    /** The resolution of {@code item}, which must be one of this scan's. */
    public ItemResolution resolution(ReviewItem item) {
        return items.stream().filter(r -> r.item().equals(item)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not an item of this scan: " + item.id()));
    }

    /** How many items are in each status. */
    public Map<ItemStatus, Long> counts() {
        Map<ItemStatus, Long> counts = new java.util.EnumMap<>(ItemStatus.class);
        for (ItemStatus s : ItemStatus.values()) {
            counts.put(s, items.stream().filter(r -> r.status() == s).count());
        }
        return counts;
    }

    /**
     * Applies the policy to the trips of the {@code --fail-on} gate: drops those a resolved item covers, and adds
     * one {@code denied} trip per place a denied license is found or declared.
     *
     * <p>A resolved {@code unknown} item covers the {@code unknown} condition and the flag types on its file
     * (a file is queued once, with its flags, under its highest kind); a resolved
     * {@code mismatch} the {@code mismatch} of its declaration; a resolved {@code lineage-conflict} that conflict;
     * a resolved {@code near} or {@code flags} item
     * the flag types on its file. Categories and denied licenses are changed in the policy's {@code licenses:},
     * not by accepting items.
     */
    public List<GateTrip> gate(List<GateTrip> trips) {
        Map<String, List<ReviewItem>> resolved = new HashMap<>();
        items.stream().filter(ItemResolution::resolved).map(ItemResolution::item)
                .forEach(i -> resolved.computeIfAbsent(i.path(), p -> new ArrayList<>()).add(i));
        List<GateTrip> kept = new ArrayList<>();
        for (GateTrip trip : trips) {
            boolean waived = resolved.getOrDefault(trip.path(), List.of()).stream().anyMatch(i -> covers(i, trip));
            if (!waived) {
                kept.add(trip);
            }
        }
        for (LicenseUse use : licenses) {
            if (use.verdict() == LicenseVerdict.DENIED) {
                use.files().forEach((path, line) -> kept.add(new GateTrip("denied", path, line,
                        use.key() + " is denied by " + policy.file())));
            }
        }
        return kept;
    }

    private static boolean covers(ReviewItem item, GateTrip trip) {
        return switch (item.kind()) {
            case UNKNOWN -> trip.condition().equals("unknown") || FLAG_CONDITIONS.contains(trip.condition());
            case MISMATCH -> trip.condition().equals("mismatch") && trip.line() == item.startLine();
            case LINEAGE_CONFLICT -> trip.condition().equals("lineage-conflict")
                    && trip.detail().equals(item.lineage().reason());
            case NEAR, FLAGS -> FLAG_CONDITIONS.contains(trip.condition());
            case UNREADABLE -> false;
        };
    }

}
