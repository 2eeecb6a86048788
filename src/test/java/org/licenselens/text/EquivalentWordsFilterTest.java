package org.licenselens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EquivalentWordsFilterTest {
    private static List<String> terms(String text) {
        return Analysis.folded(text, EquivalentWordsFilter::new);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "acknowledgment, acknowledgement", "analogue, analog", "analyse, analyze", "artefact, artifact",
        "authorisation, authorization", "authorised, authorized", "calibre, caliber", "cancelled, canceled",
        "capitalisations, capitalizations", "catalogue, catalog", "categorise, categorize", "centre, center",
        "emphasised, emphasized", "favour, favor", "favourite, favorite", "fulfil, fulfill",
        "fulfilment, fulfillment", "initialise, initialize", "judgement, judgment", "labelling, labeling",
        "labour, labor", "licence, license", "maximise, maximize", "modelled, modeled", "modelling, modeling",
        "offence, offense", "optimise, optimize", "organisation, organization", "organise, organize",
        "practise, practice", "programme, program", "realise, realize", "recognise, recognize",
        "signalling, signaling", "utilisation, utilization", "whilst, while", "wilful, wilfull",
        "licences, licenses", "licenced, licensed", "Licencee, licensee", "sublicence, sublicense", "&, and"
    })
    void variantsGiveTheSameTerm(String variant, String other) {
        assertEquals(terms(other), terms(variant));
    }

    @Test
    void canonicalFormsAndUnrelatedWordsStay() {
        assertEquals(List.of("license", "licensor", "program", "owner", "analyses", "while"),
                terms("license licensor program owner analyses while"));
    }

    @Test
    void replacementDoesNotLeakIntoLongerWords() {
        assertEquals(List.of("centrefold", "labours"), terms("centrefold labours"));
    }
}
