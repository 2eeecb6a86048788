package org.licenselens.index;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The binary file beside the Lucene index that holds the term dictionary, the references and license metadata.
 *
 * <p>Reading it whole into memory is what keeps opening the index fast: it avoids re-parsing 38,000 YAML
 * front matters and re-tokenizing the corpus on every run. The last 8 bytes are a CRC32 of everything before,
 * so a truncated or damaged file is detected rather than half-read.
 */
final class ReferenceFile {
    static final String NAME = "references.bin";
    private static final int MAGIC = 0x4C4C4958; // "LLIX"
    static final int FORMAT = 2;

    record Contents(String fingerprint, String corpusSource, List<String> terms, List<Reference> references,
                    List<LicenseInfo> licenses) {}

    private ReferenceFile() {}

    static void write(Path file, Contents contents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 24);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        writeString(out, contents.fingerprint());
        writeString(out, contents.corpusSource());
        out.writeInt(contents.terms().size());
        for (String term : contents.terms()) {
            writeString(out, term);
        }
        out.writeInt(contents.licenses().size());
        for (LicenseInfo info : contents.licenses()) {
            writeString(out, info.key());
            writeString(out, info.name());
            writeString(out, info.spdx());
            writeString(out, info.category());
            out.writeBoolean(info.osiApproved());
            out.writeInt(info.otherSpdx().size());
            for (String other : info.otherSpdx()) {
                writeString(out, other);
            }
            out.writeBoolean(info.exception());
            writeString(out, info.source());
        }
        out.writeInt(contents.references().size());
        for (Reference ref : contents.references()) {
            writeString(out, ref.identifier());
            writeString(out, ref.expression());
            out.writeByte(ref.kind().ordinal());
            out.writeByte(ref.relevance());
            out.writeBoolean(ref.falsePositive());
            out.writeByte(ref.minimumCoverage());
            out.writeInt(ref.titleLength());
            out.writeInt(ref.ids().length);
            for (int id : ref.ids()) {
                out.writeInt(id);
            }
            out.writeInt(ref.requiredRanges().size());
            for (int[] range : ref.requiredRanges()) {
                out.writeInt(range[0]);
                out.writeInt(range[1]);
            }
        }
        out.flush();
        CRC32 crc = new CRC32();
        byte[] body = bytes.toByteArray();
        crc.update(body);
        out.writeLong(crc.getValue());
        out.flush();
        Files.write(file, bytes.toByteArray());
    }

    static Contents read(Path file) throws IOException {
        byte[] all = Files.readAllBytes(file);
        if (all.length < 16) {
            throw new IOException(file + " is truncated (" + all.length + " bytes)");
        }
        CRC32 crc = new CRC32();
        crc.update(all, 0, all.length - 8);
        ByteBuffer in = ByteBuffer.wrap(all);
        if (in.getLong(all.length - 8) != crc.getValue()) {
            throw new IOException(file + " fails its checksum: damaged or half-written");
        }
        if (in.getInt() != MAGIC || in.getInt() != FORMAT) {
            throw new IOException(file + " is not a licenselens index of format " + FORMAT);
        }
        String fingerprint = readString(in);
        String source = readString(in);
        int termCount = in.getInt();
        List<String> terms = new ArrayList<>(termCount);
        for (int i = 0; i < termCount; i++) {
            terms.add(readString(in));
        }
        int licenseCount = in.getInt();
        List<LicenseInfo> licenses = new ArrayList<>(licenseCount);
        for (int i = 0; i < licenseCount; i++) {
            String key = readString(in);
            String name = readString(in);
            String spdx = readString(in);
            String category = readString(in);
            boolean osi = in.get() != 0;
            int others = in.getInt();
            List<String> otherSpdx = new ArrayList<>(others);
            for (int k = 0; k < others; k++) {
                otherSpdx.add(readString(in));
            }
            boolean exception = in.get() != 0;
            licenses.add(new LicenseInfo(key, name, spdx, category, osi, otherSpdx, exception, readString(in)));
        }
        int refCount = in.getInt();
        ReferenceKind[] kinds = ReferenceKind.values();
        List<Reference> refs = new ArrayList<>(refCount);
        for (int i = 0; i < refCount; i++) {
            String identifier = readString(in);
            String expression = readString(in);
            ReferenceKind kind = kinds[in.get()];
            int relevance = in.get();
            boolean falsePositive = in.get() != 0;
            int minimumCoverage = in.get();
            int titleLength = in.getInt();
            int[] ids = new int[in.getInt()];
            in.asIntBuffer().get(ids);
            in.position(in.position() + ids.length * 4);
            int rangeCount = in.getInt();
            List<int[]> ranges = new ArrayList<>(rangeCount);
            for (int k = 0; k < rangeCount; k++) {
                ranges.add(new int[] {in.getInt(), in.getInt()});
            }
            refs.add(new Reference(i, identifier, expression, kind, relevance, falsePositive, minimumCoverage, ids,
                    titleLength, ranges));
        }
        return new Contents(fingerprint, source, terms, refs, licenses);
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readString(ByteBuffer in) {
        int length = in.getInt();
        String s = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return s;
    }
}
