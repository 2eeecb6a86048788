package org.licenselens.text;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Maps spelling variants that the SPDX License List Matching Guidelines treat as equivalent to one canonical
 * form (US spelling), e.g. "licence" to "license", "organisation" to "organization", "&amp;" to "and".
 *
 * <p>Every "licenc" inside a term becomes "licens", which covers licences, licenced, licencee, licencor and
 * sublicence alike. Multi-word equivalences are left to {@link EquivalentPhraseFilter}. Expects lower-cased
 * terms.
 */
final class EquivalentWordsFilter extends TokenFilter {
    /** Variant to canonical spelling; written from the SPDX equivalent-words list plus common inflections. */
    static final Map<String, String> EQUIVALENTS = Map.ofEntries(
            Map.entry("&", "and"),
            Map.entry("acknowledgment", "acknowledgement"),
            Map.entry("acknowledgments", "acknowledgements"),
            Map.entry("analogue", "analog"),
            Map.entry("analogues", "analogs"),
            Map.entry("analyse", "analyze"),
            Map.entry("analysed", "analyzed"),
            Map.entry("analysing", "analyzing"),
            Map.entry("artefact", "artifact"),
            Map.entry("artefacts", "artifacts"),
            Map.entry("authorisation", "authorization"),
            Map.entry("authorisations", "authorizations"),
            Map.entry("authorise", "authorize"),
            Map.entry("authorised", "authorized"),
            Map.entry("unauthorised", "unauthorized"),
            Map.entry("calibre", "caliber"),
            Map.entry("cancelled", "canceled"),
            Map.entry("cancelling", "canceling"),
            Map.entry("capitalisation", "capitalization"),
            Map.entry("capitalisations", "capitalizations"),
            Map.entry("catalogue", "catalog"),
            Map.entry("catalogues", "catalogs"),
            Map.entry("categorise", "categorize"),
            Map.entry("categorised", "categorized"),
            Map.entry("centre", "center"),
            Map.entry("centres", "centers"),
            Map.entry("emphasise", "emphasize"),
            Map.entry("emphasised", "emphasized"),
            Map.entry("favour", "favor"),
            Map.entry("favourable", "favorable"),
            Map.entry("favourite", "favorite"),
            Map.entry("fulfil", "fulfill"),
            Map.entry("fulfils", "fulfills"),
            Map.entry("fulfilment", "fulfillment"),
            Map.entry("initialise", "initialize"),
            Map.entry("initialised", "initialized"),
            Map.entry("judgement", "judgment"),
            Map.entry("judgements", "judgments"),
            Map.entry("labelled", "labeled"),
            Map.entry("labelling", "labeling"),
            Map.entry("labour", "labor"),
            Map.entry("maximise", "maximize"),
            Map.entry("modelled", "modeled"),
            Map.entry("modelling", "modeling"),
            Map.entry("offence", "offense"),
            Map.entry("offences", "offenses"),
            Map.entry("optimise", "optimize"),
            Map.entry("organisation", "organization"),
            Map.entry("organisations", "organizations"),
            Map.entry("organise", "organize"),
            Map.entry("organised", "organized"),
            Map.entry("practise", "practice"),
            Map.entry("practised", "practiced"),
            Map.entry("programme", "program"),
            Map.entry("programmes", "programs"),
            Map.entry("realise", "realize"),
            Map.entry("realised", "realized"),
            Map.entry("recognise", "recognize"),
            Map.entry("recognised", "recognized"),
            Map.entry("signalling", "signaling"),
            Map.entry("utilisation", "utilization"),
            Map.entry("whilst", "while"),
            Map.entry("wilful", "willful"),
            Map.entry("wilfull", "willful"),
            Map.entry("willfull", "willful"),
            Map.entry("wilfully", "willfully"));

    private static final CharArrayMap<String> MAP = buildMap();
    /** Bit {@code n} of entry {@code c} is set if a variant of length n starts with c: skips most hash lookups. */
    private static final long[] LENGTHS_BY_FIRST = lengthsByFirst();

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

    EquivalentWordsFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] t = termAtt.buffer();
        int len = termAtt.length();
        String canonical = mayBeVariant(t[0], len) ? MAP.get(t, 0, len) : null;
        if (canonical != null) {
            termAtt.setEmpty().append(canonical);
        } else if (len >= 6) {
            respellLicenc(t, len);
        }
        return true;
    }

    private static void respellLicenc(char[] t, int len) {
        for (int i = 0; i + 6 <= len; i++) {
            if (t[i] == 'l' && t[i + 5] == 'c' && t[i + 1] == 'i' && t[i + 2] == 'c' && t[i + 3] == 'e'
                    && t[i + 4] == 'n') {
                t[i + 5] = 's';
            }
        }
    }

    private static boolean mayBeVariant(char first, int len) {
        return first < 128 && len < 64 && (LENGTHS_BY_FIRST[first] & (1L << len)) != 0;
    }

    private static long[] lengthsByFirst() {
        long[] masks = new long[128];
        for (String variant : EQUIVALENTS.keySet()) {
            masks[variant.charAt(0)] |= 1L << variant.length();
        }
        return masks;
    }

    private static CharArrayMap<String> buildMap() {
        CharArrayMap<String> map = new CharArrayMap<>(EQUIVALENTS.size(), false);
        map.putAll(EQUIVALENTS);
        return CharArrayMap.unmodifiableMap(map);
    }
}
