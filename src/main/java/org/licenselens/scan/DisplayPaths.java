package org.licenselens.scan;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Names paths in reports so that two different files never get the same name.
 *
 * <p>A file name is shown as its bytes decoded as UTF-8. Bytes that are not valid UTF-8 are shown as
 * {@code \xNN} (two upper-case hex digits) and a literal backslash is shown doubled, {@code \\}, so the
 * shown name maps back to exactly one byte string. Newlines and other control characters
 * are kept as they are: JSON escapes them, and the text report shows them escaped.
 */
final class DisplayPaths {
    private DisplayPaths() {}

    /** Returns the display form of one file name, as the directory stream gave it. */
    static String name(Path fileName) {
        String shown = fileName.toString();
        // Java decodes file names with replacement characters; a name that does not survive the round trip holds
        // bytes that are not UTF-8, and only its URI form still has them all.
        if (isPlain(shown) || shown.indexOf('\\') < 0 && fileName.getFileSystem().getPath(shown).equals(fileName)) {
            return shown;
        }
        byte[] raw = rawBytes(fileName);
        return raw == null ? shown : decode(raw);
    }

    private static boolean isPlain(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80 || s.charAt(i) == '\\') {
                return false;
            }
        }
        return true;
    }

    private static byte[] rawBytes(Path fileName) {
        try {
            String uri = fileName.getFileSystem().getPath("/").resolve(fileName).toUri().getRawPath();
            String encoded = uri.endsWith("/") ? uri.substring(1, uri.length() - 1) : uri.substring(1);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            for (int i = 0; i < encoded.length(); i++) {
                char c = encoded.charAt(i);
                if (c == '%' && i + 2 < encoded.length()) {
                    bytes.write(Integer.parseInt(encoded.substring(i + 1, i + 3), 16));
                    i += 2;
                } else {
                    bytes.write(c);
                }
            }
            return bytes.toByteArray();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Decodes UTF-8, writing each byte of a malformed sequence as {@code \xNN} and a backslash as {@code \\}. */
    static String decode(byte[] raw) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(raw);
        CharBuffer out = CharBuffer.allocate(raw.length * 4 + 4);
        StringBuilder shown = new StringBuilder();
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            out.flip();
            appendEscaped(shown, out);
            out.clear();
            if (result.isError()) {
                for (int i = 0; i < result.length(); i++) {
                    shown.append(String.format("\\x%02X", in.get() & 0xFF));
                }
            } else if (result.isUnderflow()) {
                break;
            }
        }
        return shown.toString();
    }

    private static void appendEscaped(StringBuilder shown, CharSequence chars) {
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            shown.append(c == '\\' ? "\\\\" : String.valueOf(c));
        }
    }

    /** Joins a folder's display path and a child's display name. */
    static String child(String parent, String name) {
        return parent.isEmpty() ? name : parent + "/" + name;
    }
}
