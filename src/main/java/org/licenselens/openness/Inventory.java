package org.licenselens.openness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Every regular file of a release folder, in sorted walk order, with the text of those whose content tells a
 * component apart (scripts, notebooks). Never follows a symbolic link, skips version-control folders, never
 * writes; what it cannot read is listed with why.
 */
final class Inventory {
    /** How much of a script is read: the cues sit in the imports and the first functions. */
    static final int CONTENT_LIMIT = 256 * 1024;
    private static final Set<String> VCS = Set.of(".git", ".hg", ".svn", ".bzr", "_darcs", "CVS", ".jj");
    private static final Set<String> SCRIPTS = Set.of("py", "ipynb", "sh", "md");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One file: its path relative to the root ({@code /}-separated) and, for scripts, its text. */
    record Item(String path, String text) {
        String folder() {
            int slash = path.lastIndexOf('/');
            return slash < 0 ? "" : path.substring(0, slash);
        }

        String name() {
            return path.substring(path.lastIndexOf('/') + 1);
        }
    }

    final List<Item> items;
    final List<Evidence> unreadable;

    private Inventory(List<Item> items, List<Evidence> unreadable) {
        this.items = List.copyOf(items);
        this.unreadable = List.copyOf(unreadable);
    }

    /** Inventories {@code root}; a single file is a release of one file. */
    static Inventory of(Path root) {
        List<Path> files = new ArrayList<>();
        List<Evidence> unreadable = new ArrayList<>();
        try {
            Files.walkFileTree(root, new FileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && VCS.contains(dir.getFileName().toString())
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile()) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    unreadable.add(new Evidence(relative(root, file), 0, why(e)));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    if (e != null) {
                        unreadable.add(new Evidence(relative(root, dir), 0, why(e)));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            unreadable.add(new Evidence(root.toString(), 0, why(e)));
        }
        List<Item> items = new ArrayList<>();
        files.sort(Comparator.comparing(p -> relative(root, p)));
        for (Path file : files) {
            String path = relative(root, file);
            String text = null;
            if (SCRIPTS.contains(extension(path))) {
                try {
                    text = read(file, path);
                } catch (IOException e) {
                    unreadable.add(new Evidence(path, 0, why(e)));
                }
            }
            items.add(new Item(path, text));
        }
        return new Inventory(items, unreadable);
    }

    static String extension(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String relative(Path root, Path file) {
        Path name = root.getFileName();
        if (file.equals(root)) {
            return name == null ? root.toString() : name.toString();
        }
        return root.relativize(file).toString().replace('\\', '/');
    }

    /** Reads the head of a script; a notebook becomes the source of its cells, so its cues read like a script's. */
    private static String read(Path file, String path) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(CONTENT_LIMIT);
        }
        String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        if (!path.endsWith(".ipynb")) {
            return text;
        }
        try {
            JsonNode cells = JSON.readTree(text).path("cells");
            StringBuilder source = new StringBuilder();
            for (JsonNode cell : cells) {
                JsonNode lines = cell.path("source");
                if (lines.isArray()) {
                    lines.forEach(l -> source.append(l.asText()));
                } else {
                    source.append(lines.asText());
                }
                source.append('\n');
            }
            return source.toString();
        } catch (IOException e) {
            return text; // a cut or broken notebook: its raw JSON still carries the cues
        }
    }

    private static String why(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return "cannot read: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
}
