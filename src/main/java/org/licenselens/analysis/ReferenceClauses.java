package org.licenselens.analysis;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.licenselens.clause.ClauseAnalyzer;
import org.licenselens.clause.ClauseFlag;
import org.licenselens.clause.FlagType;
import org.licenselens.corpus.CorpusLoader;
import org.licenselens.corpus.LicenseEntry;
import org.licenselens.index.LicenseInfo;
import org.licenselens.index.ReferenceKind;
import org.licenselens.match.Detection;
import org.licenselens.match.MatchKind;

/**
 * The clause flags of corpus licenses, computed once per license text and reused for every input that holds that
 * text verbatim, so such an input needs no OpenNLP at all (issue 9, item 5).
 *
 * <p>An input qualifies when its main match is a {@code full} match of a LicenseDB license and its lines are the license's
 * lines exactly, one for one, apart from blank lines, copyright statement lines and title lines (the license's name
 * or short name) before or after them, each set apart from the text by a blank line. The segmenter starts a new block
 * at a blank line, so such an input splits into the license's clauses shifted by a fixed number of lines, and the
 * flags are the license's flags on the shifted lines. Anything else (a {@code near} match, an edited line, a rule,
 * unknown text) goes to fresh analysis.
 *
 * <p>The flags are kept in memory for the run and in files beside the index ({@code clauses/}), named after the
 * license's key and the build of the product jar, so a new corpus (a new index folder) or a new build (new models,
 * features or classifier) never reads another's flags; each file holds the hash of the text it was computed from. A class folder (tests, IDE) has no
 * build identity, so there the flags are kept in memory only. Thread-safe.
 */
final class ReferenceClauses {
    private static final int FORMAT = 2;
    // A copyright statement line: "Copyright (c) 2004-2010 Foo Corp.", "© 2023 Foo", "(c) 2001 X. All rights
    // reserved." It holds a year or a sign, and no license wording (which would make it part of the terms).
    private static final Pattern COPYRIGHT = Pattern.compile(
            "\\s*(?:copyright\\b|\\(c\\)|\u00A9)[^\\n]*?(?:\\b(?:19|20)\\d\\d\\b|\\(c\\)|\u00A9)[^\\n]*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LICENSE_WORDING = Pattern.compile(
            "\\b(?:licen[cs]|permi|grant|redistribut|use\\b|restrict|shall|may\\b|must\\b|terms|condition|right(?!s reserved))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ALL_RIGHTS = Pattern.compile("\\s*all rights reserved\\.?\\s*",
            Pattern.CASE_INSENSITIVE);

    private final Supplier<ClauseAnalyzer> analyzer;
    private final Path folder;
    private final String build;
    // One memo per JVM, keyed by index folder (a corpus and engine version) and license: every pipeline in the
    // process analyses with the same shared analyzer, so a second lens over the same index (a library user's, a
    // test suite's many command runs) reuses what the first computed, also where no build identity allows files.
    private static final Map<String, Optional<Known>> SEEN = new ConcurrentHashMap<>();

    /**
     * One license's text, as far as matching an input against it needs, and its flags.
     *
     * @param hash   SHA-256 of its lines joined by newlines
     * @param lines  its number of lines
     * @param titles its name and short name, lower-cased: lines an input may carry around the text
     * @param flags  the classifier's flags on its own lines, before OSI approval is applied
     * @param scores the stored scores of its clauses ({@link ClauseAnalyzer.KnownText#scores()})
     */
    record Known(String hash, int lines, Set<String> titles, List<ClauseFlag> flags, byte[] scores) {
        Known {
            titles = Set.copyOf(titles);
            flags = List.copyOf(flags);
            scores = scores.clone();
        }

        @Override
        public byte[] scores() {
            return scores.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Known k && hash.equals(k.hash) && lines == k.lines && titles.equals(k.titles)
                    && flags.equals(k.flags) && java.util.Arrays.equals(scores, k.scores);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(hash, lines, titles, flags, java.util.Arrays.hashCode(scores));
        }
    }

    /** The licenses whose clause scores an analyzer of this JVM has taken, by analyzer and license. */
    private static final Set<String> REMEMBERED = ConcurrentHashMap.newKeySet();

    /**
     * Gives the analyzer the clause scores of {@code licenses}' own texts, from the files beside the index or else
     * analysed now (and stored), so that a fresh analysis of a modified copy scores only the clauses that differ:
     * a near match of the GPL shares most of its clauses with the GPL, wrapped or indented otherwise. Each license
     * is read once per JVM and analyser.
     */
    void prime(List<LicenseInfo> licenses) {
        for (LicenseInfo info : licenses) {
            ClauseAnalyzer clauses = analyzer.get();
            String key = folder + "\n" + info.source() + "\n" + info.key();
            if (!REMEMBERED.add(System.identityHashCode(clauses) + "\n" + key)) {
                continue;
            }
            Optional<Known> known = SEEN.computeIfAbsent(key, k -> load(info));
            if (known.isPresent()) {
                try {
                    clauses.remember(known.get().scores());
                } catch (IOException e) {
                    // a table this build did not write: the copy's clauses are scored afresh, as without one
                }
            }
        }
    }

    /**
     * A cache keeping its files in {@code folder} (none when null) and analysing texts it has not seen with
     * {@code analyzer}.
     */
    ReferenceClauses(Supplier<ClauseAnalyzer> analyzer, Path folder) {
        this.analyzer = analyzer;
        this.folder = folder;
        this.build = buildIdentity();
    }

    /**
     * The analysis of {@code text} through the cached flags of the license it holds verbatim, or empty when it does
     * not qualify (see the class comment) and needs fresh analysis.
     *
     * @param main     the license of the detection's main match
     * @param approved the line ranges of verbatim OSI-approved text, as fresh analysis would be given them
     */
    Optional<org.licenselens.clause.ClauseAnalysis> analysis(String text, Detection detection, LicenseInfo main,
            List<ClauseAnalyzer.LineRange> approved) {
        // Fresh analysis sees the matches only through the main license and the approved lines, which are passed
        // on as they are; so the text alone decides, and the matches only name the license whose text to try.
        if (main == null || text.indexOf('\r') >= 0 || detection.matches().stream().noneMatch(m -> m.kind() == MatchKind.FULL
                && m.reference() != null && m.reference().kind() == ReferenceKind.LICENSE
                && m.keys().equals(List.of(main.key())))) {
            return Optional.empty();
        }
        Optional<Known> known = SEEN.computeIfAbsent(folder + "\n" + main.source() + "\n" + main.key(),
                key -> load(main));
        return known.flatMap(k -> shift(text, k)).map(shift -> ClauseAnalyzer.judge(shifted(known.get().flags(), shift),
                main.category(), main.osiApproved(), approved));
    }

    /** The number of lines before the license's text in {@code text}, if the text is there as required. */
    private static Optional<Integer> shift(String text, Known known) {
        String[] lines = text.split("\n", -1);
        int first = 0;
        while (first < lines.length && isAround(lines[first], known)) {
            first++;
        }
        int last = lines.length - 1;
        while (last >= first && isAround(lines[last], known)) {
            last--;
        }
        if (last - first + 1 != known.lines()
                || first > 0 && !lines[first - 1].isBlank() || last < lines.length - 1 && !lines[last + 1].isBlank()) {
            return Optional.empty();
        }
        String region = String.join("\n", java.util.Arrays.asList(lines).subList(first, last + 1));
        return sha256(region).equals(known.hash()) ? Optional.of(first) : Optional.empty();
    }

    private static boolean isAround(String line, Known known) {
        if (line.isBlank()) {
            return true;
        }
        String title = line.strip().toLowerCase(Locale.ROOT);
        return known.titles().contains(title) || ALL_RIGHTS.matcher(line).matches()
                || COPYRIGHT.matcher(line).matches() && !LICENSE_WORDING.matcher(line).find();
    }

    private static List<ClauseFlag> shifted(List<ClauseFlag> flags, int lines) {
        return flags.stream().map(f -> new ClauseFlag(f.type(), f.text(), f.startLine() + lines, f.endLine() + lines,
                f.confidence(), f.values())).toList();
    }

    /** The license's cached flags, from the file beside the index or else analysed now (and stored). */
    private Optional<Known> load(LicenseInfo info) {
        Path file = folder == null || build == null ? null
                : folder.resolve("clauses").resolve(info.key() + "-" + build + ".bin");
        if (file != null) {
            try {
                return Optional.of(read(Files.readAllBytes(file)));
            } catch (IOException | RuntimeException e) {
                // absent or unreadable (half-written by a killed run, another format): analysed again below
            }
        }
        LicenseEntry entry;
        try {
            entry = CorpusLoader.loadLicense(Path.of(info.source()));
        } catch (RuntimeException e) {
            return Optional.empty(); // the corpus file moved since the index was built: fresh analysis reads the input
        }
        String body = entry.text().stripTrailing();
        if (body.isEmpty() || body.indexOf('\r') >= 0) {
            return Optional.empty();
        }
        ClauseAnalyzer.KnownText analysed = analyzer.get().known(body);
        Known known = new Known(sha256(body), (int) body.split("\n", -1).length,
                new java.util.HashSet<>(List.of(entry.name().strip().toLowerCase(Locale.ROOT),
                        entry.shortName().strip().toLowerCase(Locale.ROOT))),
                analysed.flags(), analysed.scores());
        if (file != null) {
            store(file, known);
            removeOtherBuilds(file.getParent(), info.key());
        }
        return Optional.of(known);
    }

    // Each build writes its own files (another build's models score otherwise), so a developer's many builds would
    // leave hundreds behind: storing a license's file removes that license's files of other builds.
    private void removeOtherBuilds(Path dir, String key) {
        Pattern ours = Pattern.compile(Pattern.quote(key) + "-[0-9a-f]{16}-\\d+\\.bin");
        try (var files = Files.list(dir)) {
            for (Path other : files.filter(f -> ours.matcher(f.getFileName().toString()).matches()
                    && !f.getFileName().toString().equals(key + "-" + build + ".bin")).toList()) {
                Files.deleteIfExists(other);
            }
        } catch (IOException | RuntimeException e) {
            // another run removed it first, or the folder is read-only: the stale files only take space
        }
    }

    private static void store(Path file, Known known) {
        try {
            byte[] bytes = write(known);
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), ".writing-", ".bin");
            Files.write(temp, bytes);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | IllegalArgumentException e) {
            // a read-only index folder or a value this format cannot hold: the flags stay in memory for this run
        }
    }

    static byte[] write(Known known) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(FORMAT);
            writeString(out, known.hash());
            out.writeInt(known.lines());
            out.writeInt(known.titles().size());
            for (String t : known.titles()) {
                writeString(out, t);
            }
            out.writeInt(known.flags().size());
            for (ClauseFlag f : known.flags()) {
                writeString(out, f.type().name());
                writeString(out, f.text());
                out.writeInt(f.startLine());
                out.writeInt(f.endLine());
                out.writeDouble(f.confidence()); // bit-exact, so a cached confidence equals a fresh one
                out.writeInt(f.values().size());
                for (Map.Entry<String, Object> v : new java.util.TreeMap<>(f.values()).entrySet()) {
                    writeString(out, v.getKey());
                    writeValue(out, v.getValue());
                }
            }
            out.writeInt(known.scores().length);
            out.write(known.scores());
        }
        return bytes.toByteArray();
    }

    static Known read(byte[] bytes) throws IOException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != FORMAT) {
                throw new IOException("another format");
            }
            String hash = readString(in);
            int lines = in.readInt();
            List<String> titles = new ArrayList<>();
            for (int n = in.readInt(); n > 0; n--) {
                titles.add(readString(in));
            }
            List<ClauseFlag> flags = new ArrayList<>();
            for (int n = in.readInt(); n > 0; n--) {
                FlagType type = FlagType.valueOf(readString(in));
                String text = readString(in);
                int start = in.readInt();
                int end = in.readInt();
                double confidence = in.readDouble();
                Map<String, Object> values = new LinkedHashMap<>();
                for (int v = in.readInt(); v > 0; v--) {
                    values.put(readString(in), readValue(in));
                }
                flags.add(new ClauseFlag(type, text, start, end, confidence, values));
            }
            int length = in.readInt();
            if (length < 0 || length > in.available()) {
                throw new IOException("bad score table length " + length);
            }
            byte[] scores = in.readNBytes(length);
            if (in.read() != -1) {
                throw new IOException("trailing bytes");
            }
            return new Known(hash, lines, Set.copyOf(titles), flags, scores);
        }
    }

    /** The kinds of value a flag carries (users, amount: numbers; currency: a code; regions: a list of names). */
    private enum ValueTag { LONG, STRING, STRINGS }

    private static void writeValue(DataOutputStream out, Object value) throws IOException {
        switch (value) {
            case Long l -> {
                out.writeByte(ValueTag.LONG.ordinal());
                out.writeLong(l);
            }
            case String s -> {
                out.writeByte(ValueTag.STRING.ordinal());
                writeString(out, s);
            }
            case List<?> list when list.stream().allMatch(String.class::isInstance) -> {
                out.writeByte(ValueTag.STRINGS.ordinal());
                out.writeInt(list.size());
                for (Object o : list) {
                    writeString(out, (String) o);
                }
            }
            default -> throw new IllegalArgumentException("no stored form for a " + value.getClass().getName());
        }
    }

    private static Object readValue(DataInputStream in) throws IOException {
        return switch (ValueTag.values()[in.readByte()]) {
            case LONG -> in.readLong();
            case STRING -> readString(in);
            case STRINGS -> {
                List<String> list = new ArrayList<>();
                for (int n = in.readInt(); n > 0; n--) {
                    list.add(readString(in));
                }
                yield List.copyOf(list);
            }
        };
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readString(DataInputStream in) throws IOException {
        return new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
    }

    // The product jar's size and time stand for the build: models, features and classifier all ship in it, so a
    // rebuilt jar never reads flags another build wrote. Classes run from a folder have no such identity.
    private static String buildIdentity() {
        try {
            var source = ReferenceClauses.class.getProtectionDomain().getCodeSource();
            Path jar = source == null ? null : Path.of(source.getLocation().toURI());
            if (jar == null || !Files.isRegularFile(jar)) {
                return null;
            }
            return sha256(jar.toAbsolutePath() + "\n" + Files.size(jar) + "\n" + Files.getLastModifiedTime(jar).toMillis())
                    .substring(0, 16) + "-" + FORMAT;
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
