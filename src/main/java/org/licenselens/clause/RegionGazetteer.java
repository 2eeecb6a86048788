package org.licenselens.clause;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds territories named in license prose and maps them to ISO 3166-1 alpha-2 codes, plus "EU" and "EEA".
 * Pure and thread-safe.
 */
final class RegionGazetteer {

    /** A territory found in a text: its span and code. */
    public record RegionMention(int start, int end, String code) {
        public RegionMention {
            if (start < 0 || end <= start || code == null || code.isBlank()) {
                throw new IllegalArgumentException("bad region mention " + start + ".." + end + " " + code);
            }
        }
    }

    // Longer names first so "South Korea" wins over "Korea" and "European Economic Area" over "European".
    private static final Map<String, String> NAMES = new LinkedHashMap<>();
    private static final Map<String, String> ABBREVIATIONS = new LinkedHashMap<>();

    static {
        names("EEA", "European Economic Area");
        names("EU", "European Union", "EU-based", "EU based", "member states? of the European Union");
        // A region inside a country counts as its country: "Quebec", "California", "Scotland". The ones holding a
        // shorter name ("New Mexico", "Northern Ireland", "New South Wales") are curated names, so they win over it.
        names("GB", "United Kingdom of Great Britain and Northern Ireland", "United Kingdom", "Great Britain",
                "UK-based", "England", "Northern Ireland", "Scotland", "Wales");
        names("US", "United States of America", "United States", "US-based", "America", "New Mexico", "New England");
        names("AU", "New South Wales");
        names("CH", "Swiss Confederation");
        names("FR", "French Republic");
        names("DE", "Federal Republic of Germany");
        names("CN", "People'?s Republic of China", "People\u2019s Republic of China", "Mainland China",
                "China", "Chinese mainland");
        names("KR", "Republic of Korea", "South Korea");
        names("KP", "Democratic People'?s Republic of Korea", "North Korea");
        names("HK", "Hong Kong");
        names("MO", "Macau", "Macao");
        names("TW", "Taiwan");
        names("JP", "Japan");
        names("IN", "India");
        names("RU", "Russian Federation", "Russia");
        names("IR", "Iran");
        names("CU", "Cuba");
        names("SY", "Syria");
        names("BY", "Belarus");
        names("UA", "Ukraine", "Crimea");
        names("VE", "Venezuela");
        names("CA", "Canada");
        names("AU", "Australia");
        names("DE", "Germany");
        names("FR", "France");
        names("IT", "Italy");
        names("ES", "Spain");
        names("NL", "Netherlands");
        names("IE", "Ireland");
        names("CH", "Switzerland");
        names("SG", "Singapore");
        names("IL", "Israel");
        names("AE", "United Arab Emirates", "UAE");
        names("SA", "Saudi Arabia");
        names("BR", "Brazil");
        names("MX", "Mexico");
        names("KR", "Korea");
        abbreviations("EU", "EU");
        abbreviations("EEA", "EEA");
        abbreviations("GB", "UK", "U\\.K\\.");
        abbreviations("US", "USA", "US", "U\\.S\\.A\\.", "U\\.S\\.");
        abbreviations("CN", "PRC");
        abbreviations("KR", "ROK");
    }

    // The states of the US (Georgia and Washington read only through "State of ...", which the names above
    // do not hold: the one is also a country, the other a person and a city), Canada's provinces and territories,
    // Australia's states: a grant withheld from "users in California" is withheld in the United States.
    private static final List<String> SUBDIVISIONS_US = List.of("Alabama", "Alaska", "Arizona", "Arkansas",
            "California", "Colorado", "Connecticut", "Delaware", "Florida", "Hawaii", "Idaho", "Illinois", "Indiana",
            "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota",
            "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New York",
            "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island",
            "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "West Virginia",
            "Wisconsin", "Wyoming", "State of Georgia", "State of Washington", "District of Columbia");
    private static final List<String> SUBDIVISIONS_CA = List.of("Ontario", "Quebec", "Qu\u00e9bec", "British Columbia",
            "Alberta", "Manitoba", "Saskatchewan", "Nova Scotia", "New Brunswick", "Newfoundland",
            "Prince Edward Island", "Yukon", "Nunavut", "Northwest Territories");
    private static final List<String> SUBDIVISIONS_AU = List.of("Queensland", "Tasmania", "Western Australia",
            "South Australia", "Northern Territory");
    /**
     * Adjectives of nationality, read as their country only before a party or a law: "Russian or Belarusian law",
     * "Canadian and American licensees", "Belarusian citizenship". Alone they are as often a language ("the
     * Chinese version of this Agreement") or a style.
     */
    private static final Map<String, String> DEMONYMS = Map.ofEntries(Map.entry("American", "US"),
            Map.entry("Canadian", "CA"), Map.entry("Mexican", "MX"), Map.entry("Brazilian", "BR"),
            Map.entry("British", "GB"), Map.entry("English", "GB"), Map.entry("Scottish", "GB"),
            Map.entry("Welsh", "GB"), Map.entry("Irish", "IE"), Map.entry("French", "FR"), Map.entry("German", "DE"),
            Map.entry("Italian", "IT"), Map.entry("Spanish", "ES"), Map.entry("Dutch", "NL"), Map.entry("Swiss", "CH"),
            Map.entry("Austrian", "AT"), Map.entry("Belgian", "BE"), Map.entry("Polish", "PL"),
            Map.entry("Swedish", "SE"), Map.entry("Norwegian", "NO"), Map.entry("Danish", "DK"),
            Map.entry("Finnish", "FI"), Map.entry("Portuguese", "PT"), Map.entry("Greek", "GR"),
            Map.entry("Russian", "RU"), Map.entry("Belarusian", "BY"), Map.entry("Ukrainian", "UA"),
            Map.entry("Chinese", "CN"), Map.entry("Japanese", "JP"), Map.entry("Korean", "KR"),
            Map.entry("Taiwanese", "TW"), Map.entry("Indian", "IN"), Map.entry("Pakistani", "PK"),
            Map.entry("Iranian", "IR"), Map.entry("Iraqi", "IQ"), Map.entry("Cuban", "CU"), Map.entry("Syrian", "SY"),
            Map.entry("Venezuelan", "VE"), Map.entry("Israeli", "IL"), Map.entry("Turkish", "TR"),
            Map.entry("Vietnamese", "VN"), Map.entry("Thai", "TH"), Map.entry("Indonesian", "ID"),
            Map.entry("Malaysian", "MY"), Map.entry("Filipino", "PH"), Map.entry("Australian", "AU"),
            Map.entry("Singaporean", "SG"), Map.entry("Emirati", "AE"), Map.entry("Saudi", "SA"),
            Map.entry("Qatari", "QA"), Map.entry("Egyptian", "EG"), Map.entry("Nigerian", "NG"),
            Map.entry("Kenyan", "KE"), Map.entry("European", "EU"));
    /** A qualifier makes another region ("North Korean") or a continent ("North American", "Latin American"). */
    private static final Map<String, String> QUALIFIED_DEMONYMS = Map.of("North Korean", "KP", "South Korean", "KR");
    private static final Pattern DEMONYM = Pattern.compile("(?<![\\w.-])(?:(?:North|South|Latin|Central) )?(?:"
            + String.join("|", new java.util.TreeSet<>(DEMONYMS.keySet())) + ")(?![\\w-])");
    private static final Pattern DEMONYM_SEPARATOR = Pattern.compile("\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or|and/or)\\s+");
    private static final Pattern PARTY_OR_LAW = Pattern.compile("\\s+(?:law|laws|legislation|citizens?|citizenship"
            + "|nationals?|nationality|residents?|residency|entit(?:y|ies)|compan(?:y|ies)|corporations?|persons?|people"
            + "|users?|customers?|licensees?|organi[sz]ations?|businesses|individuals?|territory|soil|government"
            + "|authorities|subsidiaries|affiliates|passport holders)\\b");
    private static final Pattern NAME_PATTERN = alternation(NAMES, Pattern.CASE_INSENSITIVE);
    /** Country names that are also common words or US states: read only through the curated names above. */
    private static final java.util.Set<String> AMBIGUOUS = java.util.Set.of("Georgia", "Jersey", "Chad", "Man");
    private static final Map<String, String> COUNTRIES = countries();
    private static final Pattern COUNTRY_PATTERN = Pattern.compile("(?<![\\w.])" + byFirstLetter(
            COUNTRIES.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList(), true, false)
            + "(?![\\w-])");
    private static final Pattern ABBREVIATION_PATTERN = alternation(ABBREVIATIONS, 0);
    /**
     * What a clause must hold for the three patterns to find a name in it; most clauses name no place, and these
     * checks cost far less than the patterns' scan of every position. A country's name starts with its first ASCII
     * word ("United", "Oman", "land" of "Åland"), and the pattern's look-arounds keep ASCII word characters off
     * both sides of the name, so that word is one of the clause's own ASCII words. The curated names and the
     * abbreviations are regexes: their literals (lower-cased for the names, which ignore case), or null where a
     * regex has none (then the patterns always run).
     */
    private static final Pattern NOT_ASCII_WORD = Pattern.compile("[^A-Za-z0-9_]+");
    private static final java.util.Set<String> COUNTRY_FIRST_WORDS = java.util.stream.Stream.concat(
            COUNTRIES.keySet().stream().map(name -> asciiWords(name).get(0)), DEMONYMS.keySet().stream())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final List<String> NAME_LITERALS = literals(NAMES.keySet(), true);
    private static final List<String> ABBREVIATION_LITERALS = literals(ABBREVIATIONS.keySet(), false);

    private RegionGazetteer() {
    }

    /** Returns the sorted distinct codes of the territories named in {@code text}. */
    public static List<String> regions(String text) {
        TreeSet<String> codes = new TreeSet<>();
        for (RegionMention m : mentions(text)) {
            codes.add(m.code());
        }
        return List.copyOf(codes);
    }

    /** Returns every territory named in {@code text}, in order of appearance. */
    public static List<RegionMention> mentions(String text) {
        if (!mayNameARegion(text)) {
            return List.of();
        }
        List<RegionMention> found = new ArrayList<>();
        collect(text, NAME_PATTERN, NAMES, found);
        Matcher c = COUNTRY_PATTERN.matcher(text);
        while (c.find()) {
            int start = c.start();
            int end = c.end();
            if (found.stream().noneMatch(r -> r.start() < end && start < r.end())) {
                found.add(new RegionMention(start, end, COUNTRIES.get(c.group())));
            }
        }
        collect(text, ABBREVIATION_PATTERN, ABBREVIATIONS, found);
        demonyms(text, found);
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return List.copyOf(found);
    }

    // Runs of demonyms ("Russian or Belarusian") count only when a party or a law follows the run.
    private static void demonyms(String text, List<RegionMention> into) {
        List<int[]> run = new ArrayList<>();
        Matcher d = DEMONYM.matcher(text);
        int previousEnd = -1;
        while (d.find()) {
            if (!run.isEmpty() && !DEMONYM_SEPARATOR.matcher(text.substring(previousEnd, d.start())).matches()) {
                addRun(text, run, into);
                run.clear();
            }
            run.add(new int[] {d.start(), d.end()});
            previousEnd = d.end();
        }
        addRun(text, run, into);
    }

    private static void addRun(String text, List<int[]> run, List<RegionMention> into) {
        if (run.isEmpty() || !PARTY_OR_LAW.matcher(text).region(run.get(run.size() - 1)[1], text.length()).lookingAt()) {
            return;
        }
        for (int[] span : run) {
            String word = text.substring(span[0], span[1]);
            String code = word.contains(" ") ? QUALIFIED_DEMONYMS.get(word) : DEMONYMS.get(word);
            if (code != null && into.stream().noneMatch(r -> r.start() < span[1] && span[0] < r.end())) {
                into.add(new RegionMention(span[0], span[1], code));
            }
        }
    }

    private static boolean mayNameARegion(String text) {
        if (NAME_LITERALS == null || ABBREVIATION_LITERALS == null) {
            return true;
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return asciiWords(text).stream().anyMatch(COUNTRY_FIRST_WORDS::contains)
                || NAME_LITERALS.stream().anyMatch(lower::contains)
                || ABBREVIATION_LITERALS.stream().anyMatch(text::contains);
    }

    /** The runs of ASCII word characters ({@code \w} without Unicode classes) of {@code text}, in order. */
    private static List<String> asciiWords(String text) {
        return java.util.Arrays.stream(NOT_ASCII_WORD.split(text)).filter(w -> !w.isEmpty()).toList();
    }

    private static List<String> literals(java.util.Set<String> regexes, boolean lowerCase) {
        List<String> all = new ArrayList<>();
        for (String regex : regexes) {
            List<String> needles = RegexGate.needles(lowerCase ? regex.toLowerCase(java.util.Locale.ROOT) : regex);
            if (needles == null) {
                return null;
            }
            all.addAll(needles);
        }
        return List.copyOf(all);
    }

    private static void collect(String text, Pattern pattern, Map<String, String> table, List<RegionMention> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (into.stream().anyMatch(r -> r.start() < end && start < r.end())) {
                continue;
            }
            into.add(new RegionMention(start, end, codeOf(m.group(), table)));
        }
    }

    private static String codeOf(String surface, Map<String, String> table) {
        for (Map.Entry<String, String> e : table.entrySet()) {
            if (Pattern.compile(e.getKey(), Pattern.CASE_INSENSITIVE).matcher(surface).matches()) {
                return e.getValue();
            }
        }
        throw new IllegalStateException("no code for " + surface);
    }

    // Every ISO 3166-1 country by its English name in the JDK's locale data ("Czechia", "Myanmar (Burma)" read
    // as "Myanmar"), matched case-sensitively: a capitalised country name in a license is a territory.
    private static Map<String, String> countries() {
        Map<String, String> byName = new LinkedHashMap<>();
        for (String code : java.util.Locale.getISOCountries()) {
            String name = java.util.Locale.of("", code).getDisplayCountry(java.util.Locale.ENGLISH);
            for (String variant : new String[] {name, name.replaceAll("\\s*\\(.*\\)", ""),
                    name.replace(" SAR China", ""), name.replace("&", "and"), name.replace("St.", "Saint")}) {
                if (!variant.isBlank() && !AMBIGUOUS.contains(variant) && !variant.equals(code)) {
                    byName.putIfAbsent(variant.strip(), code);
                }
            }
        }
        for (String[] alias : new String[][] {{"Czech Republic", "CZ"}, {"Viet Nam", "VN"}, {"Vietnam", "VN"},
                {"Turkey", "TR"}, {"Türkiye", "TR"}, {"Burma", "MM"}, {"Ivory Coast", "CI"}, {"Laos", "LA"},
                {"Moldova", "MD"}, {"Palestine", "PS"}, {"Holland", "NL"}, {"Republic of Ireland", "IE"},
                {"Slovak Republic", "SK"}, {"Kyrgyz Republic", "KG"}, {"Swaziland", "SZ"}, {"Macedonia", "MK"},
                {"Cape Verde", "CV"}, {"East Timor", "TL"}, {"Vatican City", "VA"}, {"Brunei", "BN"}}) {
            byName.putIfAbsent(alias[0], alias[1]);
        }
        for (String state : SUBDIVISIONS_US) {
            byName.putIfAbsent(state, "US");
        }
        for (String province : SUBDIVISIONS_CA) {
            byName.putIfAbsent(province, "CA");
        }
        for (String state : SUBDIVISIONS_AU) {
            byName.putIfAbsent(state, "AU");
        }
        return Map.copyOf(byName);
    }

    private static void names(String code, String... regexes) {
        for (String r : regexes) {
            NAMES.put(r, code);
        }
    }

    private static void abbreviations(String code, String... regexes) {
        for (String r : regexes) {
            ABBREVIATIONS.put(r, code);
        }
    }

    private static Pattern alternation(Map<String, String> table, int flags) {
        List<String> keys = new ArrayList<>(table.keySet());
        return Pattern.compile("(?<![\\w.])" + byFirstLetter(keys, false, (flags & Pattern.CASE_INSENSITIVE) != 0)
                + "(?![\\w-])", flags);
    }

    /**
     * The alternation of {@code alternatives} (regexes, or literals when {@code literal}), grouped by first letter:
     * {@code (?:A(?:fghanistan|lbania)|B(?:...))}. It matches exactly what the flat alternation matches, as alternatives
     * with different first letters never match at one place and each group keeps their order; but the regex engine
     * tries one group at each place in the text instead of all ~300 names, which made the gazetteer a tenth of a
     * clause analysis's CPU.
     */
    static String byFirstLetter(List<String> alternatives, boolean literal, boolean ignoreCase) {
        Map<Character, List<String>> groups = new LinkedHashMap<>();
        for (String a : alternatives) {
            char first = a.charAt(0);
            if (!Character.isLetter(first)) {
                throw new IllegalArgumentException("an alternative must start with a letter: " + a);
            }
            String rest = a.substring(1);
            // Pattern.CASE_INSENSITIVE folds ASCII letters only, so only they share a group with their other case.
            groups.computeIfAbsent(ignoreCase && first < 0x80 ? Character.toLowerCase(first) : first,
                    c -> new ArrayList<>())
                    .add(literal && !rest.isEmpty() ? Pattern.quote(rest) : rest);
        }
        StringBuilder regex = new StringBuilder("(?:");
        groups.forEach((first, rests) -> regex.append(regex.length() > 3 ? "|" : "").append(first).append("(?:")
                .append(String.join("|", rests)).append(')'));
        return regex.append(')').toString();
    }
}
