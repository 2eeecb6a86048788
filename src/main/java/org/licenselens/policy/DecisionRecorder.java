package org.licenselens.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.licenselens.scan.ReviewItem;
import org.licenselens.scan.ScanResult;

/**
 * Records {@code review --accept}: finds the review item, fingerprints its files and appends the decision to the
 * policy file. The file is edited as text (one block added under {@code decisions:}), never re-serialized, so
 * its comments, order and quoting survive; the result is parsed again before it replaces the file atomically.
 */
public final class DecisionRecorder {
    private static final Pattern DECISIONS_KEY = Pattern.compile("^decisions\\s*:\\s*(#.*)?$");
    private static final Pattern EMPTY_FLOW = Pattern.compile("^decisions\\s*:\\s*\\[\\s*]\\s*(#.*)?$");
    private static final Pattern LIST_ITEM = Pattern.compile("^(\\s*)-\\s");
    private static final ObjectMapper JSON = new ObjectMapper();

    private DecisionRecorder() {}

    /**
     * Returns the one review item {@code spec} names: an id ({@code mismatch-3fa9c21b}) or {@code KIND:PATH}
     * ({@code mismatch:README.md}).
     *
     * @throws IllegalArgumentException if it names none (listing the ids there are) or several
     */
    public static ReviewItem find(ScanResult result, String spec) {
        String s = spec.strip();
        List<ReviewItem> matches = result.review().stream().filter(i -> i.id().equals(s)
                || (i.kind().jsonName() + ":" + i.path()).equals(s)).toList();
        if (matches.isEmpty()) {
            String ids = result.review().stream().map(i -> i.id() + " (" + i.kind().jsonName() + ":" + i.path() + ")")
                    .collect(Collectors.joining(", "));
            throw new IllegalArgumentException("--accept " + spec + ": no such review item in " + result.root()
                    + (ids.isEmpty() ? "; the review queue is empty" : "; the queue holds: " + ids));
        }
        if (matches.size() > 1) {
            throw new IllegalArgumentException("--accept " + spec + " names " + matches.size() + " items; give one id: "
                    + matches.stream().map(ReviewItem::id).collect(Collectors.joining(", ")));
        }
        return matches.getFirst();
    }

    /**
     * Accepts {@code item}: appends a decision to {@code file} (created if missing) and returns it.
     *
     * @throws IllegalArgumentException if the reason or who is blank
     * @throws PolicyException          if the existing file is not a valid policy file
     */
    public static Decision accept(Path file, ReviewItem item, ContentDigests digests, String reason, String by,
                                  Instant at) throws IOException {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("--accept needs --reason \"why this is acceptable\"");
        }
        if (by == null || by.isBlank()) {
            throw new IllegalArgumentException("--accept cannot tell who accepts: set git config user.name and "
                    + "user.email, or pass --by \"Name <email>\"");
        }
        Decision decision = new Decision(item.id(), item.kind().jsonName() + ":" + item.path(), reason.strip(),
                by.strip(), at.truncatedTo(ChronoUnit.SECONDS), PolicyOutcome.fingerprint(item, digests), 0);
        String old = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
        if (old != null) {
            PolicyFiles.parse(file, old);
        }
        String updated = withDecision(old, decision);
        PolicyFiles.parse(file, updated);
        writeAtomically(file, updated);
        return decision;
    }

    /** Returns {@code text} with {@code decision} added at the end of its {@code decisions:} list. */
    static String withDecision(String text, Decision decision) {
        if (text == null || text.isBlank()) {
            return "# licenselens policy: see the README's \"Policy file\" section.\n"
                    + "decisions:\n" + block(decision, "  ", "\n");
        }
        String eol = text.contains("\r\n") ? "\r\n" : "\n";
        List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
        boolean endsWithNewline = lines.getLast().isEmpty();
        if (endsWithNewline) {
            lines.removeLast();
        }
        int key = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (DECISIONS_KEY.matcher(lines.get(i)).matches() || EMPTY_FLOW.matcher(lines.get(i)).matches()) {
                key = i;
            }
        }
        if (key < 0) {
            return text + (endsWithNewline ? "" : eol) + "decisions:" + eol + block(decision, "  ", eol);
        }
        if (EMPTY_FLOW.matcher(lines.get(key)).matches()) {
            lines.set(key, lines.get(key).replaceFirst("\\s*\\[\\s*]", "").stripTrailing());
        }
        int last = key;
        String indent = null;
        for (int i = key + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            if (!Character.isWhitespace(line.charAt(0)) && line.charAt(0) != '-') {
                break;
            }
            var item = LIST_ITEM.matcher(line);
            if (indent == null && item.find()) {
                indent = item.group(1);
            }
            last = i;
        }
        String entry = block(decision, indent == null ? "  " : indent, eol);
        lines.add(last + 1, entry.substring(0, entry.length() - eol.length()));
        return String.join(eol, lines) + eol;
    }

    private static String block(Decision d, String indent, String eol) {
        String field = indent + "  ";
        StringBuilder out = new StringBuilder();
        out.append(indent).append("- id: ").append(d.id()).append(eol);
        out.append(field).append("item: ").append(quote(d.item())).append(eol);
        out.append(field).append("reason: ").append(quote(d.reason())).append(eol);
        out.append(field).append("by: ").append(quote(d.by())).append(eol);
        out.append(field).append("at: ").append(quote(d.at().toString())).append(eol);
        if (d.sha256().isEmpty()) {
            out.append(field).append("sha256: {}").append(eol);
        } else {
            out.append(field).append("sha256:").append(eol);
            for (Map.Entry<String, String> e : d.sha256().entrySet()) {
                out.append(field).append("  ").append(quote(e.getKey())).append(": ").append(e.getValue()).append(eol);
            }
        }
        return out.toString();
    }

    /** A YAML double-quoted scalar: JSON's string escapes are valid there. */
    private static String quote(String value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code text} to a temporary file beside {@code file}, fsyncs it, and renames it over {@code file}. */
    private static void writeAtomically(Path file, String text) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(folder, "." + file.getFileName() + ".", ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
            if (view != null) {
                view.setPermissions(Files.exists(file) ? Files.getPosixFilePermissions(file)
                        : PosixFilePermissions.fromString("rw-r--r--"));
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
                dir.force(true);
            } catch (IOException ignored) {
                // Some file systems cannot fsync a folder; the rename itself is still atomic.
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Who is accepting, from git: {@code user.name <user.email>} as {@code git config} gives them in
     * {@code folder}, or {@code null} when git or its configuration is missing.
     */
    public static String gitIdentity(Path folder) {
        String name = gitConfig(folder, "user.name");
        String email = gitConfig(folder, "user.email");
        if (name == null && email == null) {
            return null;
        }
        return name == null ? "<" + email + ">" : email == null ? name : name + " <" + email + ">";
    }

    private static String gitConfig(Path folder, String key) {
        try {
            Process p = new ProcessBuilder("git", "config", "--get", key).directory(folder.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.waitFor() == 0 && !out.isEmpty() ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
