package org.licenselens.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes bytes that hold plain text, working out the encoding from the bytes alone.
 *
 * <p>Order: byte order mark, then UTF-16 without a mark (by where the NUL bytes sit), then a binary check, then
 * strict UTF-8, then windows-1252. The text is returned as decoded so that line numbers match the file.
 */
final class PlainText {
    /** Enough bytes to judge the encoding; the NUL and control-character checks only look this far. */
    private static final int SAMPLE = 64 * 1024;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private PlainText() {
    }

    /** The decoded text and the charset it was decoded with, or a {@code null} text for binary content. */
    record Decoded(String text, Charset charset) {
        boolean binary() {
            return text == null;
        }
    }

    static Decoded decode(byte[] b) {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return decoded(b, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return decoded(b, 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return decoded(b, 2, StandardCharsets.UTF_16BE);
        }
        Charset utf16 = unmarkedUtf16(b);
        if (utf16 != null) {
            // Arrays of small 16-bit numbers have the same NUL pattern; their "characters" are mostly controls.
            Decoded d = decoded(b, 0, utf16);
            return mostlyControls(d.text()) ? new Decoded(null, null) : d;
        }
        if (looksBinary(b)) {
            return new Decoded(null, null);
        }
        String utf8 = strictUtf8(b);
        return utf8 != null ? new Decoded(utf8, StandardCharsets.UTF_8) : decoded(b, 0, WINDOWS_1252);
    }

    private static Decoded decoded(byte[] b, int offset, Charset charset) {
        return new Decoded(new String(b, offset, b.length - offset, charset), charset);
    }

    /**
     * ASCII-range text in UTF-16 has a NUL in every other byte: the high byte, which comes second in
     * little-endian and first in big-endian. Binary data has NULs in both positions or in neither pattern.
     */
    static Charset unmarkedUtf16(byte[] b) {
        int pairs = Math.min(b.length, SAMPLE) / 2;
        if (pairs == 0) {
            return null;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < pairs; i++) {
            if (b[2 * i] == 0) {
                evenNul++;
            }
            if (b[2 * i + 1] == 0) {
                oddNul++;
            }
        }
        if (oddNul >= pairs * 0.4 && evenNul <= pairs * 0.02) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenNul >= pairs * 0.4 && oddNul <= pairs * 0.02) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** A NUL byte, or more than one control character in ten, means the content is not text. */
    static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, SAMPLE);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return true;
            }
            if (isSuspiciousControl(c)) {
                controls++;
            }
        }
        return controls * 10 > n;
    }

    private static boolean mostlyControls(String text) {
        int n = Math.min(text.length(), SAMPLE / 2);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == 0 || (c < 0x100 && isSuspiciousControl(c))) {
                controls++;
            }
        }
        return controls * 10 > n;
    }

    /** Tab, line ends, form feed, vertical tab and escape (ANSI colours) are normal in text files. */
    private static boolean isSuspiciousControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != 0x0B && c != 0x0C && c != 0x1B) || c == 0x7F;
    }

    private static String strictUtf8(byte[] b) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
