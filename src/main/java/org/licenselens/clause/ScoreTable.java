package org.licenselens.clause;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The stored form of clause scores: for each clause reading, its evidence, its ten model scores and whether it is a
 * fragment, bit for bit, so a score read back equals the one computed. The evidence is written component by
 * component in its record's order; a build that changes the record writes its tables under another build identity
 * (the caller's), so no table is read with another order than it was written in.
 */
final class ScoreTable {
    private static final int FORMAT = 1;

    private ScoreTable() {
    }

    static byte[] write(Map<String, ClauseClassifier.Scored> scores) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(FORMAT);
            out.writeInt(FlagType.values().length);
            out.writeInt(scores.size());
            for (Map.Entry<String, ClauseClassifier.Scored> e : scores.entrySet()) {
                writeString(out, e.getKey());
                ClauseClassifier.Scored s = e.getValue();
                writeEvidence(out, s.evidence());
                for (double p : s.scores()) {
                    out.writeDouble(p);
                }
                out.writeBoolean(s.fragment());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    /** Reads a table {@link #write} wrote; throws IOException on any other bytes. */
    static Map<String, ClauseClassifier.Scored> read(byte[] table) throws IOException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(table))) {
            if (in.readInt() != FORMAT || in.readInt() != FlagType.values().length) {
                throw new IOException("another format");
            }
            int n = in.readInt();
            Map<String, ClauseClassifier.Scored> scores = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                String reading = readString(in);
                ClauseEvidence evidence = readEvidence(in);
                double[] p = new double[FlagType.values().length];
                for (int t = 0; t < p.length; t++) {
                    p[t] = in.readDouble();
                }
                scores.put(reading, new ClauseClassifier.Scored(evidence, p, in.readBoolean()));
            }
            if (in.read() != -1) {
                throw new IOException("trailing bytes");
            }
            return scores;
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new IOException("not a score table: " + e.getMessage(), e);
        }
    }

    private static final RecordComponent[] COMPONENTS = ClauseEvidence.class.getRecordComponents();
    /** The evidence's canonical constructor, looked up once: a table holds a few hundred clauses. */
    private static final java.lang.reflect.Constructor<ClauseEvidence> CONSTRUCTOR = canonicalConstructor();

    private static java.lang.reflect.Constructor<ClauseEvidence> canonicalConstructor() {
        Class<?>[] types = new Class<?>[COMPONENTS.length];
        for (int i = 0; i < COMPONENTS.length; i++) {
            types[i] = COMPONENTS[i].getType();
        }
        try {
            return ClauseEvidence.class.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("a record has its canonical constructor", e);
        }
    }

    private static void writeEvidence(DataOutputStream out, ClauseEvidence evidence) throws IOException {
        for (RecordComponent c : COMPONENTS) {
            Object value;
            try {
                value = c.getAccessor().invoke(evidence);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("evidence component " + c.getName(), e);
            }
            switch (value) {
                case Boolean b -> out.writeBoolean(b);
                case OptionalLong l -> {
                    out.writeBoolean(l.isPresent());
                    if (l.isPresent()) {
                        out.writeLong(l.getAsLong());
                    }
                }
                case Optional<?> o -> {
                    out.writeBoolean(o.isPresent());
                    if (o.isPresent()) {
                        MoneyParser.Money m = (MoneyParser.Money) o.get();
                        out.writeLong(m.amount());
                        writeString(out, m.currency());
                    }
                }
                case List<?> list -> {
                    out.writeInt(list.size());
                    for (Object s : list) {
                        writeString(out, (String) s);
                    }
                }
                default -> throw new IllegalStateException("no stored form for evidence component " + c.getName());
            }
        }
    }

    private static ClauseEvidence readEvidence(DataInputStream in) throws IOException {
        Object[] values = new Object[COMPONENTS.length];
        for (int i = 0; i < COMPONENTS.length; i++) {
            Class<?> type = COMPONENTS[i].getType();
            if (type == boolean.class) {
                values[i] = in.readBoolean();
            } else if (type == OptionalLong.class) {
                values[i] = in.readBoolean() ? OptionalLong.of(in.readLong()) : OptionalLong.empty();
            } else if (type == Optional.class) {
                values[i] = in.readBoolean() ? Optional.of(new MoneyParser.Money(in.readLong(), readString(in)))
                        : Optional.empty();
            } else if (type == List.class) {
                List<String> list = new ArrayList<>();
                for (int n = in.readInt(); n > 0; n--) {
                    list.add(readString(in));
                }
                values[i] = List.copyOf(list);
            } else {
                throw new IllegalStateException("no stored form for evidence component " + COMPONENTS[i].getName());
            }
        }
        try {
            return CONSTRUCTOR.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rebuild the evidence", e);
        }
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
            throw new IOException("bad string length " + length);
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
