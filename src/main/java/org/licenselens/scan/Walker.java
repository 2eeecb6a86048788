package org.licenselens.scan;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Walks a tree deterministically: folders listed in sorted name order, depth first, without recursion (a
 * chain of 10,000 folders costs heap, not stack), never following a symbolic link and never opening a file.
 *
 * <p>What it cannot enter (a folder it may not list, a path longer than the system allows) becomes an error
 * entry; the walk goes on with the rest.
 */
final class Walker {
    private static final Comparator<Pending> BY_NAME = Comparator.comparing(Pending::display);

    private Walker() {}

    /** One visited path. */
    sealed interface Entry permits Candidate, Plain, Skip, Failure {
        String display();
    }

    /** A license-bearing file, to analyse. */
    record Candidate(Path path, String display, FileRole role) implements Entry {}

    /** A regular file that bears no license by its name: read only with {@code --all-files} or when linked. */
    record Plain(Path path, String display) implements Entry {}

    /** A path that is not analysed. */
    record Skip(Skipped skipped) implements Entry {
        @Override
        public String display() {
            return skipped.path();
        }
    }

    /** A path that could not be visited. */
    record Failure(String display, FileRole role, String message) implements Entry {}

    private record Pending(Path path, String display, boolean inReuseFolder) {}

    /**
     * Walks {@code root}, a folder or a single file.
     *
     * @throws IOException if {@code root} itself cannot be read
     */
    static List<Entry> walk(Path root) throws IOException {
        BasicFileAttributes rootAttributes = Files.readAttributes(root, BasicFileAttributes.class);
        List<Entry> entries = new ArrayList<>();
        if (!rootAttributes.isDirectory()) {
            Path name = root.getFileName();
            String display = name == null ? root.toString() : DisplayPaths.name(name);
            if (!rootAttributes.isRegularFile()) {
                entries.add(new Skip(new Skipped(display, SkipReason.SPECIAL_FILE, Specials.kind(root))));
            } else {
                FileRole role = LicenseFiles.role(display, false);
                // A single file named on the command line is read whatever its name: the user asked for it.
                entries.add(new Candidate(root, display, role == null ? FileRole.LICENSE : role));
            }
            return entries;
        }
        Path realRoot = root.toRealPath();
        Set<Object> seenFolders = new HashSet<>();
        if (rootAttributes.fileKey() != null) {
            seenFolders.add(rootAttributes.fileKey());
        }
        Deque<Pending> stack = new ArrayDeque<>();
        pushChildren(stack, entries, root, "", false);
        while (!stack.isEmpty()) {
            Pending next = stack.pop();
            visit(next, realRoot, seenFolders, stack, entries);
        }
        return entries;
    }

    private static void visit(Pending item, Path realRoot, Set<Object> seenFolders, Deque<Pending> stack,
                              List<Entry> entries) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(item.path(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            entries.add(new Failure(item.display(), FileRole.OTHER, message(e)));
            return;
        }
        String name = item.path().getFileName().toString();
        if (attributes.isSymbolicLink()) {
            entries.add(new Skip(Symlinks.classify(item.path(), item.display(), realRoot)));
        } else if (attributes.isDirectory()) {
            if (LicenseFiles.VCS_FOLDERS.contains(name)) {
                entries.add(new Skip(new Skipped(item.display() + "/", SkipReason.VCS, null)));
            } else if (attributes.fileKey() != null && !seenFolders.add(attributes.fileKey())) {
                entries.add(new Skip(new Skipped(item.display() + "/", SkipReason.DIRECTORY_LOOP, null)));
            } else {
                pushChildren(stack, entries, item.path(), item.display(), name.equals(LicenseFiles.REUSE_FOLDER));
            }
        } else if (attributes.isRegularFile()) {
            if (LicenseFiles.VCS_FOLDERS.contains(name)) {
                // A worktree's .git is a file naming the real repository: history all the same.
                entries.add(new Skip(new Skipped(item.display(), SkipReason.VCS, null)));
                return;
            }
            FileRole role = LicenseFiles.role(name, item.inReuseFolder());
            entries.add(role == null ? new Plain(item.path(), item.display())
                    : new Candidate(item.path(), item.display(), role));
        } else {
            entries.add(new Skip(new Skipped(item.display(), SkipReason.SPECIAL_FILE, Specials.kind(item.path()))));
        }
    }

    /** Lists {@code folder} and pushes its children so that they pop in name order. */
    private static void pushChildren(Deque<Pending> stack, List<Entry> entries, Path folder, String display,
                                     boolean reuseFolder) {
        List<Pending> children = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder)) {
            for (Path child : listing) {
                children.add(new Pending(child, DisplayPaths.child(display, DisplayPaths.name(child.getFileName())),
                        reuseFolder));
            }
        } catch (IOException | java.nio.file.DirectoryIteratorException e) {
            IOException cause = e instanceof IOException io ? io : ((java.nio.file.DirectoryIteratorException) e).getCause();
            entries.add(new Failure(display.isEmpty() ? "./" : display + "/", FileRole.DIRECTORY, message(cause)));
            return;
        }
        children.sort(BY_NAME.reversed());
        children.forEach(stack::push);
    }

    /** Says why a path could not be read, in the words the README documents. */
    static String message(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "vanished during the scan";
        }
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        if (reason != null && reason.contains("File name too long")) {
            return "path too long: exceeds the system's path length limit (PATH_MAX); not scanned below";
        }
        return "cannot read: " + (reason == null ? e.getClass().getSimpleName() : reason);
    }
}
