package org.licenselens.clause;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import org.licenselens.text.LineMap;

/**
 * Splits a license text into sentence-sized clauses that keep their offsets and lines in the original text.
 *
 * <p>Legal layout is read first: numbered and lettered items ({@code 1.b.v}, {@code (iii)}, {@code a.}), definition
 * lists, ALL-CAPS and Markdown headings, bullets and blank lines start new blocks, while a plain line break (hard
 * wrap) does not. Each block is then split into sentences by the pre-trained OpenNLP English sentence model, and
 * item markers are left out of the clause text. Thread-safe: the OpenNLP models are shared, the (stateful) ME
 * classes are per thread.
 */
public final class ClauseSegmenter {

    private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final String LEMMA_MODEL = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    private static final String ROMAN = "[ivxlcIVXLC]{1,6}";
    private static final String ITEM = "(?:[-*+\u2022\u00B7\u25AA\u25E6]"
            + "|\\d{1,3}(?:\\.(?:\\d{1,3}|[a-zA-Z]|" + ROMAN + "))*[.)]"
            + "|\\d{1,3}(?:\\.(?:\\d{1,3}|[a-zA-Z]|" + ROMAN + "))+"
            + "|[a-zA-Z][.)]|" + ROMAN + "[.)]"
            + "|\\((?:\\d{1,3}|[a-zA-Z]|" + ROMAN + ")\\)"
            + "|(?:Section|SECTION|Article|ARTICLE|\u00A7)\\s*\\d{1,3}(?:\\.\\d{1,3})*(?:[.:]|(?=\\s+[A-Z])))";
    private static final Pattern MARKER = Pattern.compile("^[ \\t]*(?:" + ITEM + ")[ \\t]+");
    private static final Pattern MARKERS = Pattern.compile("^\\s*(?:(?:" + ITEM + ")\\s+)+");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^[ \\t]{0,3}#{1,6}[ \\t]+");
    private static final Pattern DEFINITION = Pattern.compile(
            "^[ \\t]*[\"\u201C\u201D][^\"\u201C\u201D]{1,80}[\"\u201C\u201D][^.;]{0,60}?"
                    + "\\b(?:means|shall mean|refers to|has the meaning|includes)\\b");
    private static final Pattern ONLY_MARKER = Pattern.compile("^\\s*(?:" + ITEM + ")\\s*$");

    private static final SentenceModel SENTENCES = load(SENTENCE_MODEL, SentenceModel::new);
    private static final TokenizerModel TOKENS = load(TOKEN_MODEL, TokenizerModel::new);

    private final ThreadLocal<SentenceDetectorME> sentenceDetector =
            ThreadLocal.withInitial(() -> new SentenceDetectorME(SENTENCES));
    private final ThreadLocal<TokenizerME> tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(TOKENS));
    private final ThreadLocal<GreedyTagger> tagger = ThreadLocal.withInitial(GreedyTagger::new);
    private final ThreadLocal<LemmatizerME> lemmatizer =
            ThreadLocal.withInitial(() -> new LemmatizerME(Lemmas.LEMMAS));

    /** How many sentences' words are kept: tens of MB at most, and far more than the distinct clauses of a run. */
    private final RunMemo<Words> wordsOf = new RunMemo<>(20_000);
    /** How many token-tag pairs' lemmas are kept: a few MB, far more than the distinct words of a run's licenses. */
    private final RunMemo<String> lemmaOf = new RunMemo<>(200_000);

    // Loaded on first use: a run that finds only verbatim corpus licenses never needs them.
    private static final class Lemmas {
        static final POSModel POS = load(POS_MODEL, POSModel::new);
        static final LemmatizerModel LEMMAS = load(LEMMA_MODEL, LemmatizerModel::new);
    }

    /**
     * OpenNLP's tagger with a beam of one: each token's best tag given the tags before it, where {@code POSTaggerME}
     * keeps the three best sequences. The beam of three was 44% of a fresh clause analysis's CPU (JFR,
     * BENCHMARKS.md); one beam gives the very same tags on all 447,700 tokens of the clauses of 400 corpus
     * licenses, in half the time, so the flag models need no retraining. The model, context generator and sequence
     * validator are the tagger's own.
     */
    private static final class GreedyTagger {
        private final BeamSearch search = new BeamSearch(1, Lemmas.POS.<MaxentModel>getArtifact("pos.model"));
        private final POSContextGenerator context = Lemmas.POS.getFactory().getPOSContextGenerator(1);
        private final SequenceValidator<String> validator = Lemmas.POS.getFactory().getSequenceValidator();

        String[] tag(String[] tokens) {
            return search.bestSequence(tokens, null, context, validator).getOutcomes().toArray(String[]::new);
        }
    }

    /** The tokens of a sentence with their part-of-speech tags (Universal Dependencies) and lemmas. */
    public record Words(String[] tokens, String[] tags, String[] lemmas) {
        public Words {
            if (tokens.length != tags.length || tokens.length != lemmas.length) {
                throw new IllegalArgumentException("tokens, tags and lemmas differ in length");
            }
        }
    }

    /**
     * Tokenizes {@code sentence}, tags each token's part of speech and finds its lemma, with OpenNLP's models. The
     * same sentence always gives the same words (the models keep no state between calls), so a sentence met again
     * (the same license clause in another file of the run) is answered from memory: the two beam searches are most
     * of the CPU of a run with clause flags (JFR, BENCHMARKS.md). The arrays are shared; callers only read them.
     */
    public Words words(String sentence) {
        return wordsOf.get(sentence, this::analyse);
    }

    private Words analyse(String sentence) {
        String[] tokens = tokenize(sentence);
        String[] tags = tagger.get().tag(tokens);
        return new Words(tokens, tags, lemmas(tokens, tags));
    }

    /**
     * Each token's lemma, found for the token and its tag alone and kept for the run. The statistical lemmatizer is
     * about 85% of a clause analysis's CPU when it reads whole sentences (0.2–0.4 ms a token on this machine), while
     * a license's vocabulary is small: four AI and open-source licenses have 11,504 tokens and 2,084 distinct
     * token-tag pairs. Read alone, a token gets the same lemma in every sentence and on every thread, so the result
     * does not depend on which file came first; it differs from the in-sentence lemma for under 1% of tokens
     * ("covered" as an adjective becomes "cover"), and the models are trained on the same words.
     */
    private String[] lemmas(String[] tokens, String[] tags) {
        String[] lemmas = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i];
            String tag = tags[i];
            lemmas[i] = lemmaOf.get(token + '\t' + tag,
                    key -> lemmatizer.get().lemmatize(new String[] {token}, new String[] {tag})[0]);
        }
        return lemmas;
    }

    /** Splits {@code text}, skipping a leading YAML front matter block, into clauses in text order. */
    public List<Clause> segment(String text) {
        return segment(text, bodyStart(text));
    }

    /** Splits {@code text} from offset {@code from} on into clauses in text order. */
    public List<Clause> segment(String text, int from) {
        return segment(text, from, LineMap.of(text));
    }

    /** Like {@link #segment(String)}, with the line map the caller already built for {@code text}. */
    public List<Clause> segment(String text, LineMap lines) {
        return segment(text, bodyStart(text), lines);
    }

    private List<Clause> segment(String text, int from, LineMap lines) {
        if (from < 0 || from > text.length()) {
            throw new IllegalArgumentException("from " + from + " outside text of length " + text.length());
        }
        List<Clause> clauses = new ArrayList<>();
        for (int[] block : blocks(text, from, lines)) {
            sentences(text, block[0], block[1], lines, clauses);
        }
        return List.copyOf(clauses);
    }

    /** Splits {@code sentence} into tokens with the pre-trained OpenNLP English tokenizer. */
    public String[] tokenize(String sentence) {
        return tokenizer.get().tokenize(sentence);
    }

    /** Returns the offset where the body starts: after a YAML front matter block delimited by {@code ---} lines. */
    public static int bodyStart(String text) {
        if (!text.startsWith("---")) {
            return 0;
        }
        Matcher close = Pattern.compile("\\R---[ \\t]*(?:\\R|$)").matcher(text);
        return close.find(3) ? close.end() : 0;
    }

    private static List<int[]> blocks(String text, int from, LineMap lines) {
        List<int[]> blocks = new ArrayList<>();
        int blockStart = -1;
        int blockEnd = -1;
        boolean previousHeading = false;
        boolean previousShouted = false;
        int firstLine = lines.lineOf(from);
        for (int line = firstLine; line <= lines.lineCount(); line++) {
            int ls = Math.max(from, lines.lineStart(line));
            int le = line < lines.lineCount() ? lines.lineStart(line + 1) : text.length();
            String content = text.substring(ls, le).stripTrailing();
            if (content.isBlank()) {
                blockStart = close(blocks, blockStart, blockEnd);
                previousHeading = false;
                previousShouted = false;
                continue;
            }
            String next = line < lines.lineCount() ? lineText(text, lines, line + 1) : "";
            boolean heading = isHeading(content, next) && !(previousShouted && !previousHeading);
            boolean starts = heading || previousHeading || MARKER.matcher(content).find()
                    || DEFINITION.matcher(content).find();
            if (starts) {
                blockStart = close(blocks, blockStart, blockEnd);
            }
            if (blockStart < 0) {
                blockStart = ls;
            }
            blockEnd = ls + content.length();
            previousHeading = heading;
            previousShouted = isShouted(MARKERS.matcher(content).replaceFirst("").strip())
                    && !content.strip().matches(".*[.:!?]$");
        }
        close(blocks, blockStart, blockEnd);
        return blocks;
    }

    private static int close(List<int[]> blocks, int start, int end) {
        if (start >= 0 && end > start) {
            blocks.add(new int[] {start, end});
        }
        return -1;
    }

    private static String lineText(String text, LineMap lines, int line) {
        int end = line < lines.lineCount() ? lines.lineStart(line + 1) : text.length();
        return text.substring(lines.lineStart(line), end).strip();
    }

    // An ALL-CAPS line followed by another ALL-CAPS line is a hard-wrapped shouted paragraph (a disclaimer), not a
    // heading.
    private static boolean isHeading(String line, String next) {
        if (MARKDOWN_HEADING.matcher(line).find()) {
            return true;
        }
        String body = MARKERS.matcher(line).replaceFirst("").strip();
        return isShouted(body)
                && body.split("\\s+").length <= 10
                && !body.matches(".*[,;]$")
                && !isShouted(MARKERS.matcher(next).replaceFirst("").strip());
    }

    private static boolean isShouted(String body) {
        return body.chars().filter(Character::isLetter).count() >= 3
                && body.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    private void sentences(String text, int blockStart, int blockEnd, LineMap lines, List<Clause> into) {
        String block = text.substring(blockStart, blockEnd);
        Matcher heading = MARKDOWN_HEADING.matcher(block);
        int skip = heading.find() ? heading.end() : 0;
        Matcher marker = MARKERS.matcher(block).region(skip, block.length());
        if (marker.lookingAt()) {
            skip = marker.end();
        }
        String body = block.substring(skip).replace('\n', ' ').replace('\r', ' ');
        for (Span s : sentenceDetector.get().sentPosDetect(body)) {
            String sentence = body.substring(s.getStart(), s.getEnd());
            if (ONLY_MARKER.matcher(sentence).matches()) {
                continue;
            }
            Matcher lead = MARKERS.matcher(sentence);
            int innerStart = lead.lookingAt() && lead.end() < sentence.length() ? lead.end() : 0;
            add(text, blockStart + skip + s.getStart() + innerStart, blockStart + skip + s.getEnd(), lines, into);
        }
    }

    private static void add(String text, int start, int end, LineMap lines, List<Clause> into) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        String clause = text.substring(start, end);
        if (clause.chars().anyMatch(Character::isLetter)) {
            into.add(new Clause(start, end, lines.lineOf(start), lines.lineOf(end - 1), clause));
        }
    }

    @FunctionalInterface
    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M load(String resource, ModelReader<M> reader) {
        try (InputStream in = ClauseSegmenter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " not on the classpath");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
        }
    }
}
