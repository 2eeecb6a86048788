package org.licenselens.scan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.licenselens.match.Detection;
import org.licenselens.match.Difference;

/**
 * One thing a person must look at.
 *
 * @param rank      1-based position in the queue
 * @param kind      why it is there
 * @param path      display path of the file concerned
 * @param startLine first line concerned (1 when the whole file is concerned)
 * @param endLine   last line concerned
 * @param reason    one sentence saying why it is in the queue
 * @param closest   the closest known licenses with their similarity, most similar first (unknown and near)
 * @param diff      how the text departs from the closest known license: for near matches the matcher's
 *                  differences, for unknown text a word diff against the closest license text (at most
 *                  {@link ReviewQueue#MAX_DIFFERENCES})
 * @param flags     the clause flags of the file, with their evidence lines
 * @param mismatch  for {@link ReviewKind#MISMATCH}: the mismatch; otherwise {@code null}
 * @param error     for {@link ReviewKind#UNREADABLE}: the error; otherwise {@code null}
 * @param lineage   for {@link ReviewKind#LINEAGE_CONFLICT}: the conflict; otherwise {@code null}
 */
public record ReviewItem(int rank, ReviewKind kind, String path, int startLine, int endLine, String reason,
                         List<Detection.Closest> closest, List<Difference> diff, List<FlagSite> flags,
                         Mismatch mismatch, String error, LineageConflict lineage) {
    /** An item of any kind but {@link ReviewKind#LINEAGE_CONFLICT}. */
    public ReviewItem(int rank, ReviewKind kind, String path, int startLine, int endLine, String reason,
                      List<Detection.Closest> closest, List<Difference> diff, List<FlagSite> flags,
                      Mismatch mismatch, String error) {
        this(rank, kind, path, startLine, endLine, reason, closest, diff, flags, mismatch, error, null);
    }

    public ReviewItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reason, "reason");
        if (rank < 1 || startLine < 1 || endLine < startLine) {
            throw new IllegalArgumentException("bad rank or lines: " + rank + ", " + startLine + ".." + endLine);
        }
        closest = List.copyOf(closest);
        diff = List.copyOf(diff);
        flags = List.copyOf(flags);
        if ((kind == ReviewKind.MISMATCH) != (mismatch != null) || (kind == ReviewKind.UNREADABLE) != (error != null)
                || (kind == ReviewKind.LINEAGE_CONFLICT) != (lineage != null)) {
            throw new IllegalArgumentException("mismatch, error and lineage go with their kinds only: " + kind);
        }
    }

    /**
     * Returns the item's id, e.g. {@code mismatch-3fa9c21b}: its kind and a hash of what it is about (the path,
     * for a mismatch the declaring field, for a lineage conflict the base), never its rank or lines, so the id
     * stays the same from scan to scan while the item is there, and a review decision can name it.
     */
    public String id() {
        String about = kind.jsonName() + "\n" + path
                + (mismatch == null ? "" : "\n" + mismatch.declared().source() + "\n" + mismatch.declared().field())
                + (lineage == null ? "" : "\n" + lineage.base());
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(about.getBytes(StandardCharsets.UTF_8));
            return kind.jsonName() + "-" + HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The files whose content the item is about: its own, and for a mismatch the license files it was checked against. */
    public List<String> files() {
        List<String> files = new ArrayList<>(List.of(path));
        if (mismatch != null) {
            mismatch.detected().stream().map(DetectedLicense::path).filter(p -> !files.contains(p)).forEach(files::add);
        }
        return List.copyOf(files);
    }
}
