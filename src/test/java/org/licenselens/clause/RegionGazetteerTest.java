package org.licenselens.clause;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegionGazetteerTest {

    @Test
    void mapsNamesToCodesSortedAndDistinct() {
        assertEquals(List.of("EU", "GB", "KR"),
                RegionGazetteer.regions("excluding the European Union, United Kingdom and South Korea"));
        assertEquals(List.of("EU", "GB", "KR"),
                RegionGazetteer.regions("NOT APPLY IN THE EUROPEAN UNION, UNITED KINGDOM AND SOUTH KOREA"));
    }

    @Test
    void readsAbbreviationsAndAdjectives() {
        assertEquals(List.of("EEA", "EU"), RegionGazetteer.regions("EU-based companies and the EEA"));
        assertEquals(List.of("GB", "US"), RegionGazetteer.regions("in the UK or the United States"));
        assertEquals(List.of("CN"), RegionGazetteer.regions("the People's Republic of China"));
        assertEquals(List.of("CN"), RegionGazetteer.regions("the People\u2019s Republic of China (PRC)"));
        assertEquals(List.of("KP", "KR"), RegionGazetteer.regions("North Korea and the Republic of Korea"));
    }

    @Test
    void ignoresLowercaseLookalikes() {
        assertEquals(List.of(), RegionGazetteer.regions("let us know; the eu of things; uk"));
        assertEquals(List.of(), RegionGazetteer.regions("Chinaware and Indiana are not countries"));
    }
}
