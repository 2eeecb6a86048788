package org.licenselens.text;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/** Fuzzes the one normalization entry point: any text tokenizes, and every token points back into the text. */
@Tag("slow") // attaches the Jazzer agent
class TextNormalizerFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void tokenize(byte[] input) {
        // Extracted text is always decoded from bytes, so decoding the fuzz input the same way covers what
        // the normalizer can actually receive (no lone surrogates) and keeps the seeds readable files.
        String text = new String(input, StandardCharsets.UTF_8);
        Tokens tokens = TextNormalizer.tokenize(text);
        int previousStart = -1;
        for (int i = 0; i < tokens.size(); i++) {
            int start = tokens.startOffsets()[i];
            int end = tokens.endOffsets()[i];
            assertTrue(0 <= start && start <= end && end <= text.length(),
                    "token " + i + " span " + start + ".." + end + " outside 0.." + text.length());
            assertTrue(start >= previousStart, "tokens out of order at " + i);
            assertTrue(!tokens.term(i).isEmpty(), "empty term at " + i);
            previousStart = start;
        }
        // Normalization is a function of the text: a second pass over the same text gives the same tokens.
        assertEquals(tokens, TextNormalizer.tokenize(text));
    }
}
