package org.licenselens.clause;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Classes of words that carry a clause's meaning whatever the wording: "distil", "fine-tune" and "train" are all
 * {@link #TRAIN}; "rival", "competing" and "third-party" are all {@link #OTHER}. The flag models see these classes
 * (over lemmas) instead of surface words, so a ban on distilling "a rival LLM" reads like a ban on training "other
 * models" though the training data never said it that way.
 *
 * <p>The word lists are written from what the concepts mean, not mined from the evaluation data.
 */
enum WordClass {
    /** Verbs and nouns of making a model learn. */
    TRAIN("train", "retrain", "pretrain", "pre-train", "fine-tune", "finetune", "fine-tuning", "tune", "distil",
            "distill", "distillation", "improve", "enhance", "develop", "build", "create", "initialize",
            "initialise", "bootstrap", "teach", "learn", "optimize", "refine", "augment", "benchmark", "calibrate",
            "training", "replicate", "reproduce", "clone", "imitate", "mimic", "reverse-engineer", "align", "supervise"),
    /** Machine-learning systems. */
    MODEL("model", "llm", "network", "ai", "system", "algorithm", "transformer", "classifier", "chatbot",
            "assistant", "agent", "weight", "checkpoint", "embedding", "ml", "machine", "intelligence",
            "foundation", "generative", "neural", "predictor", "artificial"),
    /** What a model produces. */
    OUTPUT("output", "result", "generation", "completion", "response", "content", "data", "dataset", "sample",
            "synthetic", "prediction", "answer", "text", "image", "artifact", "corpus", "log"),
    /** Another party's or a competing thing. */
    OTHER("other", "another", "competing", "compete", "competitive", "competitor", "rival", "third-party",
            "similar", "alternative", "substitute", "comparable", "successor", "derivative", "own", "separate",
            "third", "external", "non-licensor"),
    /** Words that forbid. */
    PROHIBIT("prohibit", "prohibited", "forbid", "forbidden", "ban", "banned", "bar", "barred", "restrict",
            "restriction", "disallow", "preclude", "refrain", "abstain", "exclude", "excluded", "limit",
            "impermissible", "unauthorized", "unauthorised", "violation", "breach", "infringe"),
    /** Negation. */
    NEG("not", "no", "never", "nor", "n't", "neither", "none", "nothing", "without", "cannot", "non"),
    /** Verbs that grant. */
    PERMIT("permit", "permitted", "allow", "allowed", "authorize", "authorise", "license", "licence", "grant",
            "entitle", "right", "permission", "authorization", "consent", "approve"),
    /** Verbs of using a work. */
    USE("use", "deploy", "exploit", "utilize", "utilise", "employ", "apply", "operate", "run", "leverage",
            "harness", "access", "integrate", "incorporate", "embed", "host", "serve", "offer", "provide",
            "distribute", "commercialize", "commercialise", "make"),
    /** Harmful fields of use. */
    HARM("harm", "weapon", "military", "warfare", "surveillance", "discriminate", "discrimination",
            "disinformation", "misinformation", "violence", "violent", "terrorism", "terrorist", "abuse", "illegal",
            "unlawful", "malware", "fraud", "defame", "defamatory", "harass", "harassment", "biometric", "exploit",
            "child", "minor", "nuclear", "weapons", "spam", "deceive", "deceptive", "impersonate", "manipulate",
            "hate", "self-harm", "suicide", "extremist", "tracking", "profiling", "predatory", "medical", "legal",
            "diagnosis", "election", "political", "lethal", "explosive", "chemical", "biological", "crime",
            "criminal", "bully", "stalk", "scam", "phishing", "torture", "genocide", "persecute", "exploitation",
            "pornography", "sexual", "gambling", "drug", "firearm", "credit", "eligibility", "employment",
            "law", "enforcement", "immigration", "social", "scoring", "fake", "counterfeit", "plagiarism",
            "infringing", "dangerous", "hazardous", "privacy", "personal", "sensitive", "automated", "war",
            "trafficking", "propaganda", "scrape", "harvest", "malicious", "ransomware", "policing", "pollute"),
    /** People or accounts counted by user thresholds. */
    USER("user", "users", "customer", "subscriber", "seat", "account", "end-user", "member", "visitor",
            "installation", "device", "player", "download", "licensee", "mau", "dau", "individual", "people",
            "person", "audience", "reader", "viewer", "client", "consumer"),
    /** Time periods of counts. */
    PERIOD("monthly", "month", "daily", "day", "weekly", "week", "annual", "annually", "year", "yearly",
            "quarter", "quarterly", "active", "calendar", "preceding", "trailing", "period", "concurrent"),
    /** Size comparison. */
    EXCEED("exceed", "surpass", "reach", "greater", "more", "over", "above", "excess", "beyond", "least",
            "threshold", "cap", "maximum", "limit", "larger", "higher"),
    /** Places and the relation of a party to a place. */
    PLACE("territory", "country", "region", "jurisdiction", "nation", "state", "union", "province", "area",
            "zone", "worldwide", "world", "market", "mainland", "republic", "kingdom", "continent", "globally"),
    /** A party's tie to a place. */
    RESIDE("reside", "resident", "residence", "domicile", "domiciled", "incorporate", "incorporated", "locate",
            "located", "base", "based", "establish", "established", "headquarter", "headquarters",
            "headquartered", "organize", "organized", "citizen", "national", "situate", "situated", "register",
            "registered", "live", "operate", "seat", "principal"),
    /** Exception words. */
    EXCEPT("except", "excluding", "exclude", "outside", "save", "besides", "other", "than", "excepted",
            "exception", "unless", "beyond", "but"),
    /** Restriction to a scope. */
    ONLY("only", "solely", "exclusively", "strictly", "merely", "just", "sole", "limited", "confined"),
    /** Commerce. */
    COMMERCIAL("commercial", "commercially", "commerce", "monetize", "monetise", "profit", "sell", "sale",
            "resell", "fee", "charge", "business", "production", "paid", "revenue-generating", "for-profit",
            "commercialization", "commercialisation", "enterprise", "proprietary", "compensation", "income",
            "trade", "advertising", "merchandise", "marketing", "lucrative", "money"),
    /** Non-commercial scopes. */
    RESEARCH("research", "academic", "personal", "evaluation", "non-commercial", "noncommercial", "educational",
            "education", "experimental", "experiment", "hobby", "study", "scientific", "scholarly", "teaching",
            "internal", "testing", "test", "evaluate", "private", "non-profit", "nonprofit", "charitable",
            "demonstration", "prototype", "study", "student", "university", "laboratory"),
    /** Ending a grant. */
    REVOKE("revoke", "revocable", "revocation", "terminate", "termination", "suspend", "suspension",
            "withdraw", "withdrawal", "cancel", "discontinue", "rescind", "end", "cease", "retract", "disable",
            "deactivate", "expire"),
    /** At will. */
    AT_WILL("discretion", "convenience", "whim", "anytime", "any", "time", "reason", "cause", "whatsoever",
            "unilateral", "unilaterally", "arbitrary", "sole", "absolute", "immediately", "notice"),
    /** Changing terms. */
    CHANGE("change", "modify", "modification", "amend", "amendment", "update", "revise", "revision",
            "supplement", "replace", "alter", "alteration", "adjust", "edit", "refresh", "evolve", "version",
            "supersede", "rewrite"),
    /** Terms and policies. */
    TERMS("policy", "term", "terms", "agreement", "guideline", "license", "licence", "rule", "condition",
            "aup", "code", "conduct", "restriction", "requirement", "standard", "document", "provision",
            "eula", "contract", "covenant"),
    /** Downstream recipients. */
    RECIPIENT("recipient", "downstream", "sublicensee", "distributee", "transferee", "licensee", "customer",
            "user", "anyone", "whoever", "party", "parties", "receive", "receiver", "redistribute",
            "redistribution", "onward", "sublicense", "distribute", "share", "transfer", "provide", "pass"),
    /** Imposing terms on others. */
    BIND("impose", "bind", "binding", "require", "ensure", "flow", "pass", "include", "incorporate", "extend",
            "apply", "contractually", "enforce", "enforceable", "oblige", "obligate", "condition", "subject",
            "same", "equivalent", "identical", "comparable", "accompany", "carry", "attach", "agree", "accept"),
    /** Names and brands. */
    NAME("name", "brand", "branding", "trademark", "logo", "label", "powered", "built", "attribution", "credit",
            "acknowledge", "acknowledgment", "acknowledgement", "prefix", "title", "badge", "mark", "wordmark",
            "tagline", "designation", "caption", "banner", "legend", "splash"),
    /** Showing something to people. */
    DISPLAY("display", "show", "state", "mention", "feature", "attribute", "prepend", "append", "publish",
            "visible", "prominently", "prominent", "conspicuous", "conspicuously", "legible", "clearly",
            "interface", "website", "ui", "screen", "page", "documentation", "materials", "advertising",
            "about", "footer", "homepage", "marketing", "packaging", "splash", "credits"),
    /** Money earned. */
    REVENUE("revenue", "revenues", "turnover", "income", "sales", "receipts", "earnings", "earn", "proceeds",
            "funding", "valuation", "capital", "billing", "arr", "gross", "net", "financial"),
    /** Defining a term. */
    DEFINE("mean", "means", "define", "defined", "refer", "definition", "meaning", "construe", "interpret",
            "denote", "include", "herein"),
    /** Law and forum. */
    LAW("govern", "governed", "governing", "law", "laws", "court", "courts", "jurisdiction", "arbitration",
            "arbitrator", "venue", "dispute", "construe", "construed", "tribunal", "litigation", "forum",
            "conflict", "statute", "legislation"),
    /** Export control and sanctions. */
    EXPORT("export", "re-export", "reexport", "sanction", "sanctions", "embargo", "embargoed", "ofac",
            "ear", "itar", "denied", "controlled", "dual-use"),
    /** Warranty and liability boilerplate. */
    WARRANTY("warranty", "warranties", "merchantability", "fitness", "liable", "liability", "damage", "damages",
            "indemnify", "indemnification", "disclaim", "disclaimer", "as-is", "implied", "consequential",
            "incidental", "noninfringement", "non-infringement", "loss");

    private final Set<String> words;

    WordClass(String... words) {
        this.words = Set.copyOf(java.util.Arrays.asList(words));
    }

    private static final Map<String, Set<WordClass>> BY_WORD = index();

    /** The words listed for this class, for tests. */
    Set<String> words() {
        return words;
    }

    private static Map<String, Set<WordClass>> index() {
        Map<String, Set<WordClass>> byWord = new HashMap<>();
        for (WordClass c : values()) {
            for (String w : c.words) {
                byWord.computeIfAbsent(w, k -> EnumSet.noneOf(WordClass.class)).add(c);
            }
        }
        // Unmodifiable views keep the enum order; Set.copyOf would iterate in an order salted per JVM, and the
        // features (hence the trained models' bytes) would differ from run to run.
        byWord.replaceAll((k, v) -> Collections.unmodifiableSet(v));
        return Map.copyOf(byWord);
    }

    /** Returns the classes of a word given its lemma and its lower-cased surface form. */
    static Set<WordClass> of(String lemma, String lower) {
        Set<WordClass> byLemma = BY_WORD.get(lemma);
        Set<WordClass> bySurface = lemma.equals(lower) ? null : BY_WORD.get(lower);
        if (bySurface == null) {
            return byLemma == null ? Set.of() : byLemma;
        }
        if (byLemma == null) {
            return bySurface;
        }
        EnumSet<WordClass> both = EnumSet.copyOf(byLemma);
        both.addAll(bySurface);
        return both;
    }

    /** Returns the classes of each word, for tests. */
    static List<Set<WordClass>> ofWords(String... lowerWords) {
        return java.util.Arrays.stream(lowerWords).map(w -> of(w.toLowerCase(Locale.ROOT), w)).toList();
    }
}
