package org.licenselens.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.licenselens.corpus.Corpus;
import org.licenselens.corpus.LicenseEntry;
import org.licenselens.corpus.Rule;
import org.licenselens.corpus.Span;
import org.licenselens.text.TextNormalizer;
import org.licenselens.text.Tokens;

/** Turns a loaded corpus into the files of a {@link LicenseIndex}: the reference file and the Lucene index. */
final class IndexBuilder {
    static final String LUCENE_DIR = "lucene";
    private static final int MAX_TITLE_TERMS = 12;
    private static final Pattern TITLE_WORDS =
            Pattern.compile("(?i)\\b(licen[cs]e|agreement|terms|version|eula|notice)\\b");

    private static final FieldType TERMS_TYPE = new FieldType();

    static {
        TERMS_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        TERMS_TYPE.setTokenized(true);
        TERMS_TYPE.freeze();
    }

    private IndexBuilder() {}

    private record Prepared(String identifier, String expression, ReferenceKind kind, int relevance,
                            boolean falsePositive, int minimumCoverage, Tokens tokens, int titleLength,
                            List<int[]> requiredRanges) {}

    static ReferenceFile.Contents build(Corpus corpus, String fingerprint, Path dir) throws IOException {
        List<LicenseEntry> licenses = corpus.licenses();
        List<Rule> rules = corpus.rules().stream().filter(r -> !r.deprecated()).toList();
        List<Prepared> prepared = new ArrayList<>(licenses.size() + rules.size());
        prepared.addAll(licenses.parallelStream().map(IndexBuilder::prepare).toList());
        prepared.addAll(rules.parallelStream().map(IndexBuilder::prepare).toList());

        TreeSet<String> vocabulary = new TreeSet<>();
        for (Prepared p : prepared) {
            vocabulary.addAll(List.of(p.tokens().terms()));
        }
        TermDictionary dictionary = new TermDictionary(new ArrayList<>(vocabulary));
        List<Reference> references = new ArrayList<>(prepared.size());
        for (Prepared p : prepared) {
            references.add(new Reference(references.size(), p.identifier(), p.expression(), p.kind(), p.relevance(),
                    p.falsePositive(), p.minimumCoverage(), dictionary.ids(p.tokens().terms()), p.titleLength(),
                    p.requiredRanges()));
        }
        writeLucene(dir.resolve(LUCENE_DIR), prepared);

        List<LicenseInfo> infos = licenses.stream().map(IndexBuilder::info).toList();
        return new ReferenceFile.Contents(fingerprint, corpus.source(), dictionary.terms(), references, infos);
    }

    private static void writeLucene(Path luceneDir, List<Prepared> prepared) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(256);
        try (FSDirectory directory = FSDirectory.open(luceneDir);
             IndexWriter writer = new IndexWriter(directory, config)) {
            for (int id = 0; id < prepared.size(); id++) {
                Prepared p = prepared.get(id);
                if (p.tokens().size() < LicenseIndex.MIN_CANDIDATE_LENGTH || p.falsePositive()
                        || p.kind() == ReferenceKind.CLUE) {
                    continue;
                }
                Document doc = new Document();
                doc.add(new Field(LicenseIndex.TERMS_FIELD, new TermsTokenStream(p.tokens().terms()), TERMS_TYPE));
                doc.add(new NumericDocValuesField(LicenseIndex.REF_FIELD, id));
                writer.addDocument(doc);
            }
            writer.forceMerge(1);
            writer.commit();
        }
    }

    private static Prepared prepare(LicenseEntry license) {
        Tokens tokens = TextNormalizer.tokenize(license.text());
        // ScanCode reports a deprecated license as what replaced it (dual-bsd-gpl is "bsd-new OR gpl-2.0").
        String expression = license.deprecated() && !license.replacedBy().isEmpty()
                ? String.join(" AND ", license.replacedBy()) : license.key();
        return new Prepared(license.key(), expression, ReferenceKind.LICENSE, 100, false, 0, tokens,
                titleLength(license.text(), tokens), List.of());
    }

    private static Prepared prepare(Rule rule) {
        Tokens tokens = TextNormalizer.tokenize(rule.text());
        List<int[]> required = new ArrayList<>();
        for (Span span : rule.requiredPhrases()) {
            int first = -1;
            int last = -1;
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.startOffsets()[i] >= span.start() && tokens.endOffsets()[i] <= span.end()) {
                    if (first < 0) {
                        first = i;
                    }
                    last = i;
                }
            }
            if (first >= 0) {
                required.add(new int[] {first, last + 1});
            }
        }
        String expression = rule.licenseExpression() == null ? "" : rule.licenseExpression();
        return new Prepared(rule.identifier(), expression, kindOf(rule), rule.relevance(), rule.falsePositive(),
                rule.minimumCoverage(), tokens, 0, required);
    }

    private static ReferenceKind kindOf(Rule rule) {
        return switch (rule.kind()) {
            case TEXT -> ReferenceKind.TEXT;
            case NOTICE -> ReferenceKind.NOTICE;
            case REFERENCE -> ReferenceKind.REFERENCE;
            case TAG -> ReferenceKind.TAG;
            case INTRO -> ReferenceKind.INTRO;
            case CLUE -> ReferenceKind.CLUE;
            case FALSE_POSITIVE -> ReferenceKind.REFERENCE;
        };
    }

    /**
     * Counts the terms of a leading title line ("MIT License", "GNU GENERAL PUBLIC LICENSE"), which the SPDX
     * guidelines let a copy omit.
     */
    static int titleLength(String text, Tokens tokens) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = text.indexOf('\n', start);
        if (end < 0) {
            return 0;
        }
        String line = text.substring(start, end);
        int count = 0;
        while (count < tokens.size() && tokens.startOffsets()[count] < end) {
            count++;
        }
        boolean blankAfter = text.substring(end + 1, Math.min(text.length(), text.indexOf('\n', end + 1) < 0
                ? text.length() : text.indexOf('\n', end + 1))).isBlank();
        boolean titleLike = TITLE_WORDS.matcher(line).find() || line.equals(line.toUpperCase(Locale.ROOT));
        return count <= MAX_TITLE_TERMS && count < tokens.size() && titleLike && blankAfter ? count : 0;
    }

    private static LicenseInfo info(LicenseEntry license) {
        String spdx = license.spdxKey() == null || license.spdxKey().isBlank()
                ? "LicenseRef-scancode-" + license.key() : license.spdxKey();
        return new LicenseInfo(license.key(), license.name(), spdx, license.category(), license.osiApproved(),
                license.otherSpdxKeys(), license.exception(), license.source().toString());
    }
}
