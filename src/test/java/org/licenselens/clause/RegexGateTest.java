package org.licenselens.clause;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RegexGateTest {

    @Test
    void aWordClassIsGatedByEachAlternativesLiteralHead() {
        assertEquals(List.of("harm", "weapon", "critical infrastructure"),
                RegexGate.needles("\\b(?:harm\\w*|weapons?|critical infrastructure)\\b"));
    }

    @Test
    void theLongestMandatoryRunIsTakenAndOptionalPartsEndARun() {
        // "fine[- ]?tun": the optional class ends the run "fine"; "(?:\\w+\\s+){0,2}" is optional.
        assertEquals(List.of("fine"), RegexGate.needles("\\bfine[- ]?tun\\w*"));
        assertEquals(List.of("not licen"), RegexGate.needles("\\bnot licen[cs]ed for\\b"));
        assertEquals(List.of(" steward"), RegexGate.needles("\\b(?:licen[cs]e|agreement) steward\\b"));
        // Look-arounds and boundaries consume nothing: the run goes on across them.
        assertEquals(List.of("ac"), RegexGate.needles("a(?!b)c"));
    }

    @Test
    void anAlternativeWithoutALiteralOrAnUnknownConstructLeavesThePatternUngated() {
        assertNull(RegexGate.needles("\\d+|foo"));
        assertNull(RegexGate.needles("(?i)foo"));
        assertNull(RegexGate.needles("\\p{L}+bar"));
        assertNull(RegexGate.needles("(a)\\1"));
        assertNull(RegexGate.needles("(?:x|)"));
    }

    // The gated find must answer as the pattern's own find on any text: random texts from the patterns' words.
    @Test
    void theGatedFindAnswersAsThePatternsFind() {
        List<Pattern> patterns = List.of(
                Pattern.compile("\\b(?:not|never|no)\\b(?:[^.;]|\\.(?=\\w)){0,40}\\b(?:us(?:e|ing)|train\\w*)\\b"),
                Pattern.compile("^\\W{0,3}[\"\u201C][^\"\u201D]{1,20}[\"\u201D](?:[^.;]){0,40}\\bmeans\\b|\\bit includes\\b"),
                Pattern.compile("(?<!ir)\\brevocable\\b|\\bat any time\\b(?:[^.;]){0,30}\\bterminat\\w*"),
                Pattern.compile("\\b(?:models?|ai|networks?)\\b|\\bfine[- ]?tun\\w*|\\d+ users"));
        String[] words = {"not", "never", "no", "use", "using", "train", "training", "\"x\"", "\u201CAI\u201D",
            "means", "it", "includes", "revocable", "irrevocable", "at", "any", "time", "terminate", "model",
            "models", "ai", "network", "fine-tune", "finetuning", "fine", "tune", "700", "users", ".", ";", "e.g."};
        Random random = new Random(7);
        List<String> wrong = new ArrayList<>();
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int w = random.nextInt(12); w >= 0; w--) {
                text.append(words[random.nextInt(words.length)]).append(random.nextInt(4) == 0 ? "" : " ");
            }
            for (Pattern p : patterns) {
                if (RegexGate.of(p).find(text.toString()) != p.matcher(text).find()) {
                    wrong.add(p.pattern() + " on " + text);
                }
            }
        }
        assertEquals(List.of(), wrong.stream().limit(5).toList(), wrong.size() + " texts");
    }
}
