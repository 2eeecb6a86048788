package org.licenselens.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.licenselens.corpus.CorpusLoader;
import org.licenselens.index.LicenseInfo;
import org.licenselens.match.LicenseExpressions;
import org.licenselens.policy.ContentDigests;
import org.licenselens.scan.BaseModel;
import org.licenselens.scan.ModelCard;
import org.licenselens.scan.ScanResult;
import org.licenselens.scan.ScannedFile;
import org.spdx.core.InvalidSPDXAnalysisException;
import org.spdx.jacksonstore.MultiFormatStore;
import org.spdx.library.LicenseInfoFactory;
import org.spdx.library.ModelCopyManager;
import org.spdx.library.SpdxModelFactory;
import org.spdx.library.model.v2.Annotation;
import org.spdx.library.model.v2.SpdxDocument;
import org.spdx.library.model.v2.SpdxFile;
import org.spdx.library.model.v2.SpdxPackage;
import org.spdx.library.model.v2.enumerations.AnnotationType;
import org.spdx.library.model.v2.enumerations.ChecksumAlgorithm;
import org.spdx.library.model.v2.enumerations.Purpose;
import org.spdx.library.model.v2.enumerations.RelationshipType;
import org.spdx.library.model.v2.license.AnyLicenseInfo;
import org.spdx.library.model.v2.license.ExtractedLicenseInfo;
import org.spdx.library.model.v2.license.SpdxNoAssertionLicense;
import org.spdx.library.model.v2.license.SpdxNoneLicense;
import org.spdx.storage.IModelStore.IdType;
import org.spdx.storage.simple.InMemSpdxStore;

/**
 * Writes a scan as an SPDX 2.3 JSON document with java-spdx-library and its Jackson store.
 *
 * <ul>
 *   <li>One package, the scanned root: {@code licenseConcluded} is what its license files hold,
 *       {@code licenseDeclared} what its metadata declares, {@code licenseInfoFromFiles} every license found.</li>
 *   <li>One file per analysed file that could be read, with its SHA-1 and SHA-256, {@code licenseConcluded} and
 *       {@code licenseInfoInFiles}; clause flags, the openness verdict and review items are annotations
 *       ({@code licenselens:flag:mau-threshold=700000000}).</li>
 *   <li>{@code hasExtractedLicensingInfos} holds the name, LicenseDB text and LicenseDB page of every
 *       {@code LicenseRef-scancode-*}; the text is read from the corpus as the report is written.</li>
 *   <li>A model card's base models are packages the root is {@code DESCENDANT_OF}.</li>
 * </ul>
 *
 * <p>The only class that names SPDX types, so the library loads only for this format. It is told to use the
 * license list inside its jar: it would otherwise fetch the current list from the web, and a scan makes no
 * network access.
 */
public final class SpdxReport {
    private static final String NOASSERTION = "NOASSERTION";

    static {
        System.setProperty("org.spdx.useJARLicenseInfoOnly", "true");
        SpdxModelFactory.init();
    }

    private SpdxReport() {}

    /** Writes {@code result}; {@code files} reads the scanned files again for their checksums and model cards. */
    public static void write(Writer out, ReportContext context, ScanResult result, ContentDigests files)
            throws IOException {
        SbomFacts.write(out, json(context, result, files));
    }

    /** The SPDX document as JSON text. */
    public static String json(ReportContext context, ScanResult result, ContentDigests files) throws IOException {
        try {
            SpdxDocument doc = document(context, result, files);
            List<String> problems = doc.verify();
            if (!problems.isEmpty()) {
                throw new IllegalStateException("the SPDX document fails its own verification: " + problems);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ((MultiFormatStore) doc.getModelStore()).serialize(bytes);
            return bytes.toString(StandardCharsets.UTF_8).strip();
        } catch (InvalidSPDXAnalysisException e) {
            throw new IllegalStateException("SPDX could not write the document: " + e.getMessage(), e);
        }
    }

    /** Builds the document in memory; {@link SpdxDocument#verify()} is the library's own validation. */
    static SpdxDocument document(ReportContext context, ScanResult result, ContentDigests files)
            throws InvalidSPDXAnalysisException {
        SbomFacts facts = new SbomFacts(context, LicenseInfoFactory::isSpdxListedLicenseId);
        MultiFormatStore store = new MultiFormatStore(new InMemSpdxStore(), MultiFormatStore.Format.JSON_PRETTY);
        ModelCopyManager copy = new ModelCopyManager();
        String name = SbomFacts.rootName(result);
        String uri = "https://spdx.org/spdxdocs/licenselens-" + name.replaceAll("[^A-Za-z0-9.-]", "_") + "-"
                + UUID.randomUUID();
        SpdxDocument doc = org.spdx.library.model.v2.SpdxModelFactoryCompatV2.createSpdxDocumentV2(store, uri, copy);
        String created = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        String tool = "Tool: licenselens-" + ReportContext.version();
        doc.setCreationInfo(doc.createCreationInfo(List.of(tool), created));
        doc.setName(name);
        doc.setSpecVersion("SPDX-2.3");
        doc.setDataLicense(LicenseInfoFactory.getListedLicenseByIdCompatV2("CC0-1.0"));
        for (String key : SbomFacts.allKeys(result)) {
            if (facts.custom(key)) {
                doc.addExtractedLicenseInfos(extracted(doc, store, uri, copy, facts, context, key));
            }
        }
        List<SpdxFile> spdxFiles = new ArrayList<>();
        List<String> sha1s = new ArrayList<>();
        for (ScannedFile f : result.files()) {
            var digest = f.failed() ? java.util.Optional.<ContentDigests.Digest>empty() : files.of(f.path());
            if (digest.isEmpty()) {
                continue;
            }
            sha1s.add(digest.get().sha1());
            List<AnyLicenseInfo> inFile = new ArrayList<>();
            for (String key : SbomFacts.keys(f)) {
                inFile.add(license(facts.id(key), store, uri, copy));
            }
            if (inFile.isEmpty()) {
                inFile.add(new SpdxNoneLicense(store, uri));
            }
            String expression = facts.expression(f.result().detection().expression());
            SpdxFile file = doc.createSpdxFile(store.getNextId(IdType.SpdxId), "./" + f.path(),
                            expression.isEmpty() ? new SpdxNoneLicense(store, uri) : license(expression, store, uri, copy),
                            inFile, NOASSERTION, doc.createChecksum(ChecksumAlgorithm.SHA1, digest.get().sha1()))
                    .addChecksum(doc.createChecksum(ChecksumAlgorithm.SHA256, digest.get().sha256()))
                    .setComment("licenselens role: " + f.role().jsonName())
                    .build();
            annotate(doc, file, tool, created, SbomFacts.clauseProperties(f.result().clauses()));
            spdxFiles.add(file);
        }
        List<AnyLicenseInfo> fromFiles = new ArrayList<>();
        for (String key : LicenseExpressions.keys(result.expression())) {
            fromFiles.add(license(facts.id(key), store, uri, copy));
        }
        List<ModelCard> cards = SbomFacts.modelCards(result, files);
        ModelCard rootCard = cards.stream().filter(c -> SbomFacts.folder(c.path()).isEmpty()).findFirst().orElse(null);
        SpdxPackage.SpdxPackageBuilder builder = doc.createPackage(store.getNextId(IdType.SpdxId), name,
                        orNoAssertion(facts.expression(result.expression()), store, uri, copy), NOASSERTION,
                        orNoAssertion(facts.expression(result.declaredExpression()), store, uri, copy))
                .setDownloadLocation(NOASSERTION)
                .setFilesAnalyzed(!spdxFiles.isEmpty())
                .setFiles(spdxFiles)
                .setPrimaryPurpose(rootCard != null ? Purpose.OTHER : Purpose.SOURCE);
        if (!spdxFiles.isEmpty()) {
            builder.setLicenseInfosFromFile(fromFiles.isEmpty() ? List.of(new SpdxNoneLicense(store, uri)) : fromFiles)
                    .setPackageVerificationCode(doc.createPackageVerificationCode(verificationCode(sha1s), List.of()));
        }
        if (rootCard != null) {
            builder.setComment("A machine-learning model: model card " + rootCard.path()
                    + (rootCard.task() == null ? "" : ", task " + rootCard.task()));
        }
        SpdxPackage root = builder.build();
        annotate(doc, root, tool, created, SbomFacts.flagProperties(SbomFacts.allFlags(result)));
        Map<String, String> policy = facts.policyProperties(result);
        for (Map.Entry<String, String> p : policy.entrySet()) {
            root.addAnnotation(annotation(doc, tool, created, AnnotationType.REVIEW, p.getKey() + "=" + p.getValue()));
        }
        doc.getDocumentDescribes().add(root);
        for (ModelCard card : cards) {
            for (BaseModel base : card.bases()) {
                // The base's license as the lineage resolved it (the base declares it); NOASSERTION when unknown.
                SpdxPackage model = doc.createPackage(store.getNextId(IdType.SpdxId), base.id(),
                                new SpdxNoAssertionLicense(store, uri), NOASSERTION,
                                orNoAssertion(facts.expression(base.license()), store, uri, copy))
                        .setDownloadLocation("https://huggingface.co/" + base.id())
                        .setFilesAnalyzed(false)
                        .setPrimaryPurpose(Purpose.OTHER)
                        .setComment("base model named by " + card.path() + " (base_model, relation "
                                + card.lineage().relation().jsonName() + "; license resolved by "
                                + base.resolvedBy().jsonName() + (base.source() == null ? "" : ": " + base.source())
                                + "; lineage " + card.lineage().status().jsonName() + ")")
                        .build();
                root.addRelationship(doc.createRelationship(model, RelationshipType.DESCENDANT_OF,
                        "base_model in " + card.path()));
            }
        }
        return doc;
    }

    private static ExtractedLicenseInfo extracted(SpdxDocument doc, MultiFormatStore store, String uri,
                                                  ModelCopyManager copy, SbomFacts facts, ReportContext context,
                                                  String key) throws InvalidSPDXAnalysisException {
        ExtractedLicenseInfo info = new ExtractedLicenseInfo(store, uri, facts.id(key), copy, true);
        info.setName(facts.name(key));
        String text = context.licenses().license(key).map(LicenseInfo::source).filter(s -> !s.isEmpty())
                .map(s -> CorpusLoader.loadLicense(Path.of(s)).text()).filter(t -> !t.isBlank())
                .orElse("The text of the ScanCode LicenseDB license '" + key + "' (not in the corpus this scan used).");
        info.setExtractedText(text);
        info.getSeeAlso().add(SbomFacts.LICENSEDB_URL + key + ".html");
        return info;
    }

    private static AnyLicenseInfo license(String expression, MultiFormatStore store, String uri, ModelCopyManager copy)
            throws InvalidSPDXAnalysisException {
        return LicenseInfoFactory.parseSPDXLicenseStringCompatV2(expression, store, uri, copy);
    }

    private static AnyLicenseInfo orNoAssertion(String expression, MultiFormatStore store, String uri,
                                                ModelCopyManager copy) throws InvalidSPDXAnalysisException {
        return expression.isEmpty() ? new SpdxNoAssertionLicense(store, uri) : license(expression, store, uri, copy);
    }

    private static void annotate(SpdxDocument doc, org.spdx.library.model.v2.SpdxElement element, String tool,
                                 String created, Map<String, String> properties) throws InvalidSPDXAnalysisException {
        for (Map.Entry<String, String> p : properties.entrySet()) {
            element.addAnnotation(annotation(doc, tool, created, AnnotationType.OTHER, p.getKey() + "=" + p.getValue()));
        }
    }

    private static Annotation annotation(SpdxDocument doc, String tool, String created, AnnotationType type,
                                         String comment) {
        try {
            return doc.createAnnotation(tool, type, created, comment);
        } catch (InvalidSPDXAnalysisException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SPDX 2.3 §7.9: the SHA-1 of the sorted, concatenated SHA-1s of the package's files. */
    private static String verificationCode(List<String> sha1s) {
        try {
            String joined = String.join("", sha1s.stream().sorted().toList());
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(joined.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-1", e);
        }
    }
}
