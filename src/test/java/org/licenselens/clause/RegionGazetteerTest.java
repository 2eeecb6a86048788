package org.licenselens.clause;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
        // "India" inside "Indiana" is no India; Indiana is a state of the US.
        assertEquals(List.of("US"), RegionGazetteer.regions("Chinaware and Indiana are not countries"));
    }

    @Test
    void aRegionInsideACountryCountsAsItsCountry() {
        assertEquals(List.of("CA", "GB", "US"),
                RegionGazetteer.regions("users in Quebec, Scotland or California"));
        assertEquals(List.of("US"), RegionGazetteer.regions("the State of New Mexico"));
        assertEquals(List.of("GB"), RegionGazetteer.regions("persons resident in Northern Ireland"));
        assertEquals(List.of("AU"), RegionGazetteer.regions("New South Wales"));
        assertEquals(List.of("CH", "FR"), RegionGazetteer.regions("the Swiss Confederation and the French Republic"));
    }

    @Test
    void aNationalityCountsOnlyBeforeAPartyOrALaw() {
        assertEquals(List.of("BY", "RU"), RegionGazetteer.regions("entities organised under Russian or Belarusian law"));
        assertEquals(List.of("CA", "US"), RegionGazetteer.regions("Only Canadian and American licensees"));
        assertEquals(List.of("KP"), RegionGazetteer.regions("North Korean nationals"));
        assertEquals(List.of(), RegionGazetteer.regions("the Chinese version of this Agreement prevails"));
        assertEquals(List.of(), RegionGazetteer.regions("North American customers"));
    }

    @Test
    void groupingByFirstLetterMatchesWhatTheFlatAlternationMatches() throws IOException {
        List<String> names = List.of("United States of America", "United States", "United Kingdom", "Uganda",
                "Austria", "Australia", "American Samoa", "\u00C5land Islands", "Iran", "Iraq", "Ireland", "India");
        List<String> regexes = List.of("member states? of the European Union", "European Union", "EU-based",
                "People'?s Republic of China", "Mainland China", "China", "U\\.S\\.A\\.", "U\\.S\\.", "USA", "US");
        Pattern flatNames = Pattern.compile("(?<![\\w.])(?:" + String.join("|", names.stream().map(Pattern::quote)
                .toList()) + ")(?![\\w-])");
        Pattern groupedNames = Pattern.compile("(?<![\\w.])" + RegionGazetteer.byFirstLetter(names, true, false)
                + "(?![\\w-])");
        Pattern flatRegexes = Pattern.compile("(?<![\\w.])(?:" + String.join("|", regexes) + ")(?![\\w-])",
                Pattern.CASE_INSENSITIVE);
        Pattern groupedRegexes = Pattern.compile("(?<![\\w.])" + RegionGazetteer.byFirstLetter(regexes, false, true)
                + "(?![\\w-])", Pattern.CASE_INSENSITIVE);
        StringBuilder text = new StringBuilder("Not in the United States, the U.S.A. or US-based; "
                + "member state of the european union; \u00C5land Islands; Iraqi Ireland; Australians; Peoples Republic of China. ");
        try (Stream<Path> licenses = Files.list(Corpus.root().resolve("scancode-licensedb"))) {
            for (Path p : licenses.filter(f -> f.toString().endsWith(".LICENSE")).sorted().limit(400).toList()) {
                text.append(Files.readString(p));
            }
        }
        assertEquals(spans(flatNames, text), spans(groupedNames, text));
        assertEquals(spans(flatRegexes, text), spans(groupedRegexes, text));
        assertEquals(true, spans(flatNames, text).size() > 5, "the text names some of the countries");
    }

    private static List<String> spans(Pattern pattern, CharSequence text) {
        List<String> found = new ArrayList<>();
        for (Matcher m = pattern.matcher(text); m.find(); ) {
            found.add(m.start() + ":" + m.group());
        }
        return found;
    }
}
