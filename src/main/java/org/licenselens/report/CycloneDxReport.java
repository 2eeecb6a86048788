package org.licenselens.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cyclonedx.Version;
import org.cyclonedx.generators.BomGeneratorFactory;
import org.cyclonedx.model.Ancestors;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.Hash;
import org.cyclonedx.model.License;
import org.cyclonedx.model.LicenseChoice;
import org.cyclonedx.model.Metadata;
import org.cyclonedx.model.Pedigree;
import org.cyclonedx.model.Property;
import org.cyclonedx.model.component.ModelCard;
import org.cyclonedx.model.component.modelCard.ModelParameters;
import org.cyclonedx.model.license.Acknowledgement;
import org.cyclonedx.model.license.Expression;
import org.cyclonedx.model.metadata.ToolInformation;
import org.licenselens.policy.ContentDigests;
import org.licenselens.scan.BaseModel;
import org.licenselens.scan.ModelLineage;
import org.licenselens.scan.ScanResult;
import org.licenselens.scan.ScannedFile;

/**
 * Writes a scan as a CycloneDX 1.6 JSON BOM with cyclonedx-core-java.
 *
 * <ul>
 *   <li>The scanned root is the main component ({@code machine-learning-model} when its README is a model card,
 *       with the card's base models as {@code pedigree.ancestors}), licensed by what its files hold
 *       ({@code acknowledgement: concluded}) and what its metadata declares ({@code declared}).</li>
 *   <li>Each analysed file with a license is a {@code file} component with its SHA-256, its concluded license
 *       (an {@code expression} where several apply) and its clause flags as properties.</li>
 *   <li>A license SPDX does not list is {@code LicenseRef-scancode-KEY} in expressions; as a license object it
 *       is its LicenseDB name with the LicenseDB page of its text as {@code url}.</li>
 * </ul>
 *
 * <p>This class is the only one that names CycloneDX types, so the library loads only for this format.
 */
public final class CycloneDxReport {
    private CycloneDxReport() {}

    /** Writes {@code result}; {@code files} reads the scanned files again for their hashes and model cards. */
    public static void write(Writer out, ReportContext context, ScanResult result, ContentDigests files)
            throws IOException {
        SbomFacts.write(out, json(context, result, files));
    }

    /** The BOM as JSON text. */
    public static String json(ReportContext context, ScanResult result, ContentDigests files) {
        SbomFacts facts = new SbomFacts(context, CycloneDxReport::listed);
        Bom bom = new Bom();
        bom.setSerialNumber("urn:uuid:" + UUID.randomUUID());
        bom.setVersion(1);
        Metadata metadata = new Metadata();
        metadata.setTimestamp(new Date());
        ToolInformation tools = new ToolInformation();
        Component tool = new Component();
        tool.setType(Component.Type.APPLICATION);
        tool.setName("licenselens");
        tool.setVersion(ReportContext.version());
        tools.setComponents(List.of(tool));
        metadata.setToolChoice(tools);
        List<org.licenselens.scan.ModelCard> cards = SbomFacts.modelCards(result, files);
        Component root = new Component();
        root.setBomRef("root");
        root.setName(SbomFacts.rootName(result));
        org.licenselens.scan.ModelCard rootCard = cards.stream()
                .filter(c -> SbomFacts.folder(c.path()).isEmpty()).findFirst().orElse(null);
        root.setType(rootCard != null ? Component.Type.MACHINE_LEARNING_MODEL : Component.Type.APPLICATION);
        root.setLicenses(rootLicenses(facts, result));
        properties(root, Map.of(SbomFacts.NS + "expression:concluded", facts.expression(result.expression()),
                SbomFacts.NS + "expression:declared", facts.expression(result.declaredExpression())));
        properties(root, SbomFacts.flagProperties(SbomFacts.allFlags(result)));
        properties(root, facts.policyProperties(result));
        if (rootCard != null) {
            model(facts, root, rootCard);
        }
        metadata.setComponent(root);
        bom.setMetadata(metadata);
        List<Component> components = new ArrayList<>();
        for (org.licenselens.scan.ModelCard card : cards) {
            if (card != rootCard) {
                Component model = new Component();
                model.setType(Component.Type.MACHINE_LEARNING_MODEL);
                model.setBomRef("model:" + card.path());
                model.setName(SbomFacts.folder(card.path()));
                model(facts, model, card);
                components.add(model);
            }
        }
        for (ScannedFile f : result.files()) {
            if (!SbomFacts.keys(f).isEmpty()) {
                components.add(file(facts, f, files));
            }
        }
        bom.setComponents(components);
        try {
            return BomGeneratorFactory.createJson(Version.VERSION_16, bom).toJsonString();
        } catch (org.cyclonedx.exception.GeneratorException e) {
            throw new IllegalStateException("CycloneDX could not write the BOM: " + e.getMessage(), e);
        }
    }

    /** Whether cyclonedx-core-java lists the SPDX id (it ships one text per listed license). */
    private static boolean listed(String spdxId) {
        return CycloneDxReport.class.getResource("/licenses/" + spdxId + ".txt") != null;
    }

    /** One license object per detected key (concluded) and per declared key (declared). */
    private static LicenseChoice rootLicenses(SbomFacts facts, ScanResult result) {
        LicenseChoice choice = new LicenseChoice();
        for (String key : org.licenselens.match.LicenseExpressions.keys(result.expression())) {
            choice.addLicense(license(facts, key, Acknowledgement.CONCLUDED));
        }
        for (String key : org.licenselens.match.LicenseExpressions.keys(result.declaredExpression())) {
            choice.addLicense(license(facts, key, Acknowledgement.DECLARED));
        }
        return choice.getLicenses() == null ? null : choice;
    }

    private static License license(SbomFacts facts, String key, Acknowledgement acknowledgement) {
        License license = new License();
        if (facts.custom(key)) {
            license.setName(facts.name(key));
            license.setUrl(SbomFacts.LICENSEDB_URL + key + ".html");
            license.addProperty(new Property(SbomFacts.NS + "license-ref", facts.id(key)));
        } else {
            license.setId(facts.id(key));
        }
        license.setAcknowledgement(acknowledgement);
        return license;
    }

    private static Component file(SbomFacts facts, ScannedFile f, ContentDigests files) {
        Component c = new Component();
        c.setType(Component.Type.FILE);
        c.setBomRef("file:" + f.path());
        c.setName(f.path());
        files.of(f.path()).ifPresent(d -> c.addHash(new Hash(Hash.Algorithm.SHA_256, d.sha256())));
        List<String> keys = SbomFacts.keys(f);
        LicenseChoice choice = new LicenseChoice();
        if (keys.size() == 1) {
            choice.addLicense(license(facts, keys.getFirst(), Acknowledgement.CONCLUDED));
        } else {
            Expression expression = new Expression(facts.expression(f.result().detection().expression()));
            expression.setAcknowledgement(Acknowledgement.CONCLUDED);
            choice.setExpression(expression);
        }
        c.setLicenses(choice);
        properties(c, Map.of(SbomFacts.NS + "role", f.role().jsonName()));
        properties(c, SbomFacts.clauseProperties(f.result().clauses()));
        return c;
    }

    /**
     * Adds the model card and the base models of {@code card} to {@code component}: each base an ancestor with the
     * license the lineage resolved it to (declared by the base, as found in the tree, the registry or
     * {@code --base-models}), and the lineage verdict as a property.
     */
    private static void model(SbomFacts facts, Component component, org.licenselens.scan.ModelCard card) {
        ModelCard modelCard = new ModelCard();
        if (card.task() != null) {
            ModelParameters parameters = new ModelParameters();
            parameters.setTask(card.task());
            modelCard.setModelParameters(parameters);
        }
        List<Property> props = new ArrayList<>(List.of(new Property(SbomFacts.NS + "model-card", card.path())));
        card.bases().forEach(b -> props.add(new Property(SbomFacts.NS + "base-model", b.id())));
        ModelLineage lineage = card.lineage();
        if (lineage != null) {
            props.add(new Property(SbomFacts.NS + "base-model-relation", lineage.relation().jsonName()));
            props.add(new Property(SbomFacts.NS + "lineage", lineage.status().jsonName()));
        }
        modelCard.setProperties(props);
        component.setModelCard(modelCard);
        if (lineage == null) {
            return;
        }
        List<Component> bases = new ArrayList<>();
        for (BaseModel b : lineage.bases()) {
            Component base = new Component();
            base.setType(Component.Type.MACHINE_LEARNING_MODEL);
            base.setBomRef("base-model:" + card.path() + ":" + b.id());
            int slash = b.id().indexOf('/');
            if (slash > 0) {
                base.setGroup(b.id().substring(0, slash));
                base.setName(b.id().substring(slash + 1));
                base.setPurl("pkg:huggingface/" + b.id().substring(0, slash) + "/" + b.id().substring(slash + 1));
            } else {
                base.setName(b.id());
            }
            LicenseChoice choice = new LicenseChoice();
            for (String key : org.licenselens.match.LicenseExpressions.keys(b.license())) {
                choice.addLicense(license(facts, key, Acknowledgement.DECLARED));
            }
            if (choice.getLicenses() != null) {
                base.setLicenses(choice);
            }
            base.addProperty(new Property(SbomFacts.NS + "base-model:resolved-by", b.resolvedBy().jsonName()));
            if (b.source() != null) {
                base.addProperty(new Property(SbomFacts.NS + "base-model:source", b.source()));
            }
            bases.add(base);
        }
        Ancestors ancestors = new Ancestors();
        ancestors.setComponents(bases);
        Pedigree pedigree = new Pedigree();
        pedigree.setAncestors(ancestors);
        pedigree.setNotes("base_model_relation: " + lineage.relation().jsonName() + "; lineage: "
                + lineage.status().jsonName() + lineage.conflicts().stream().map(c -> "; " + c.reason())
                .collect(java.util.stream.Collectors.joining()));
        component.setPedigree(pedigree);
    }

    private static void properties(Component component, Map<String, String> properties) {
        properties.forEach((name, value) -> {
            if (value != null && !value.isEmpty()) {
                component.addProperty(new Property(name, value));
            }
        });
    }
}
