package org.licenselens.clause;

import java.util.Arrays;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the precise extractors and cue patterns see in one clause: parsed values and the cues that gate or
 * suppress each flag. Computed once per clause and shared by the features and the decisions.
 */
record ClauseEvidence(
        OptionalLong userCount,
        List<String> regions,
        Optional<MoneyParser.Money> money,
        boolean negation,
        boolean comparative,
        boolean governingLaw,
        boolean exportControl,
        boolean negativeGrant,
        boolean territoryRestriction,
        boolean trainingCue,
        boolean modelCue,
        boolean trainingBanPhrase,
        boolean namingCue,
        boolean notDeemed,
        boolean revenueCue,
        boolean anyPurpose,
        boolean restrictionWord,
        boolean useRestrictionCue,
        boolean nonCommercialCue,
        boolean revocableCue,
        boolean policyUpdateCue,
        boolean passThroughCue,
        boolean attributionCue,
        boolean definition,
        boolean title,
        boolean vendorTrains,
        boolean harm,
        boolean residenceExclusion,
        boolean worldMinus,
        boolean prohibition,
        boolean endorsement,
        boolean lawfulOnly,
        boolean usePolicy,
        boolean withholding,
        boolean placeWithheld) {

    private static final int F = Pattern.DOTALL;
    /**
     * Each lower-cased cue pattern's {@linkplain RegexGate gated form}: a clause holding none of an alternative's
     * literals cannot match it, and most clauses hold none of most alternatives' (filled by {@link #ci} as the
     * patterns are compiled, so declared before them).
     */
    private static final Map<Pattern, RegexGate> LITERAL_GATES = new IdentityHashMap<>();
    /** Any char but a sentence end: a period inside "2.0" or "e.g." does not end the clause. */
    private static final String NE = "(?:[^.;]|\\.(?=\\w))";
    private static final Pattern NEGATION = ci(
            "\\b(?:not|never|no|nor|cannot|can't|won't|prohibited|forbidden|may only|must only)\\b|n't\\b");
    private static final Pattern COMPARATIVE = ci(
            "\\b(?:greater than|more than|exceed\\w*|in excess of|over|above|at least|less than|fewer than|below|"
                    + "under|reach\\w*|surpass\\w*)\\b");
    private static final Pattern GOVERNING_LAW = ci(
            "\\b(?:governed by|construed (?:under|in accordance)|laws? of|jurisdiction of|exclusive jurisdiction"
                    + "|courts?|arbitration|arbitrat\\w*|venue|conflicts? of laws?|choice of law|dispute\\w*|seat of)\\b");
    private static final Pattern EXPORT = ci(
            "\\b(?:export|re-?export|sanction\\w*|embargo\\w*|trade control\\w*|denied part\\w*)\\b");
    private static final Pattern NEGATIVE_GRANT = ci(
            "\\bnot\\b(?:[^.;]|\\.(?=\\w)){0,60}\\b(?:granted|apply|applicable|available|licensed|permitted|authori[sz]ed)\\b"
                    + "|\\bexcluding\\b|\\bexcept (?:in|for)\\b|\\boutside (?:of )?the (?:Territory|territory)\\b"
                    + "|\\b(?:only|solely|exclusively)\\s+(?:with)?in\\b|\\bTerritory only\\b"
                    + "|\\bdomiciled in\\b[^.;]{0,120}\\bnot\\b|\\bnot\\b[^.;]{0,200}\\bdomiciled in\\b"
                    + "|\\b(?:limited|restricted|confined)\\s+to\\b|\\bother than\\b|\\bdoes not (?:extend|cover)\\b"
                    + "|\\bvoid (?:in|where)\\b|\\bnot (?:valid|effective|offered|available|open)\\b");
    /** A grant withheld from parties by where they live, are incorporated or are located. */
    private static final Pattern RESIDENCE_EXCLUSION = ci(
                    "\\b(?:not|no|never|ineligible|excluded|exclude[sd]?|prohibited|may not|cannot|does not extend)\\b"
                    + NE + "{0,200}\\b(?:resid\\w*|domicil\\w*|incorporat\\w*|locat\\w*|headquarter\\w*|based|established"
                    + "|organi[sz]ed|citizens?|nationals?|situated|registered)\\s+(?:in|within|under|out of)\\b"
                    + "|\\b(?:resid\\w*|domicil\\w*|incorporat\\w*|locat\\w*|headquarter\\w*|based|established|organi[sz]ed"
                    + "|citizens?|nationals?|situated|registered)\\s+(?:in|within|under)\\b" + NE + "{0,200}"
                    + "\\b(?:not|no|never|ineligible|excluded|prohibited|may not|cannot|does not extend|void)\\b");
    /**
     * Words that keep a grant from a place without a "not": "falls outside this licence", "is closed to traffic
     * from", "unavailable to", "is not covered", "the permitted territory shall be", "the only place where".
     */
    private static final Pattern PLACE_WITHHELD = ci(
            "\\b(?:fall\\w* outside|outside (?:the |this |its )?(?:\\w+ )?(?:scope|licen[cs]e|grant|agreement)|unavailable"
                    + "|closed to|not covered|permitted territory|only (?:place|country|countries|territor\\w*)"
                    + "|(?:licen[cs]e|agreement) (?:does not|doesn't) (?:extend|apply))\\b"
                    + "|\\bnothing in this\\b" + NE + "{0,40}\\b(?:permits|authori[sz]es|allows|grants)\\b");
    /** A territory defined as the world less some countries. */
    private static final Pattern WORLD_MINUS = ci(
                    "\\b(?:world\\w*|all (?:countries|territories|jurisdictions)|global\\w*|every country)\\b" + NE + "{0,100}"
                    + "\\b(?:except|excluding|other than|but not|save|with the exception of|less|minus|apart from)\\b");
    private static final Pattern TERRITORY_RESTRICTION = Pattern.compile(
            "\\b(?:outside|only|exclusively|solely)\\b[^.;]{0,40}\\bTerritory\\b"
                    + "|\\bTerritory\\b[^.;]{0,40}\\b(?:only|exclusively)\\b|^Outside the Territory", 0);
    private static final Pattern TRAINING = ci(
            "\\b(?:train\\w*|re-?train\\w*|fine[- ]?tun\\w*|distil\\w*|improv\\w*|develop\\w*|pre-?train\\w*|build\\w*"
                    + "|creat\\w*|enhanc\\w*|teach\\w*|bootstrap\\w*|initiali[sz]\\w*|replicat\\w*|learn\\w*|align\\w*"
                    + "|supervis\\w*|imitat\\w*|clon\\w*|instruction[- ]tun\\w*|reward signals?|preference (?:labels|data)"
                    + "|demonstrations|synthetic (?:data\\w*|corp\\w*)|parallel corp\\w*|transfer\\w* (?:the )?knowledge"
                    + "|knowledge transfer|model extraction|reproduc\\w* the capabilit\\w*"
                    // Ways of learning from a model that name no verb of training: a warm start from its weights,
                    // its logits as a student's soft targets, its answers as seed or instruction data.
                    + "|warm[- ]?start\\w*|starting point|soft (?:targets?|labels?)|student (?:models?|networks?)"
                    + "|seed data|self-instruct\\w*|instruction data|reward model\\w*|mimic\\w*|weight updates"
                    + "|(?:weights?|parameters?) extraction|extract\\w* (?:of )?(?:its |the |model )?(?:weights|parameters))\\b");
    private static final Pattern MODEL = ci(
            "\\b(?:models?|LLMs?|AI|artificial intelligence|machine[- ]learning|neural networks?|networks?|algorithms?"
                    + "|chatbots?|assistants?|classifiers?|transformers?|weights|checkpoints?|AI systems?|backbones?"
                    + "|(?:recognition|translation|synthesis|speech|vision|language|voice) (?:systems?|engines?|technolog\\w*)"
                    // A learner named by its kind or by the training it undergoes ("a training set for any system").
                    + "|search engines?|encoders?|text-to-\\w+|training (?:process\\w*|runs?|jobs?|pipelines?|sets?|corpus"
                    + "|corpora|data))\\b|\\ba\\.i\\.");
    /** The verbs of learning every ban pattern reads ("to train", "to distil", "to transfer knowledge"). */
    private static final String LEARNING = "train\\w*|fine[- ]?tun\\w*|distil\\w*|improv\\w*|develop\\w*|enhanc\\w*"
            + "|bootstrap\\w*|teach\\w*|align\\w*|supervis\\w*|transfer\\w* (?:the )?knowledge";
    /** Verbs and nouns of making a model learn, as the passive bans spell them (the core of {@link #TRAINING}). */
    private static final String LEARN_VERB = "(?:" + LEARNING + "|re-?train\\w*|build\\w*|creat\\w*|initiali[sz]\\w*)";
    /** What a ban may keep the learning from: a model, however named ("a rival AI system", "an A.I. product"). */
    private static final String LEARNER = "(?:models?|LLMs?|AI|A\\.I\\.|artificial intelligence|systems?|networks?"
            + "|algorithms?|chatbots?|assistants?)";
    /** How a ban ends when the banned use comes first: "... is strictly prohibited", "... is an infringing use". */
    private static final String BANNED = "(?:(?:is|are|be|remains?)\\s+(?:strictly\\s+|expressly\\s+)?(?:prohibited|forbidden"
            + "|not permitted|not allowed|barred|not authori[sz]ed|disallowed|not licensed|outside the scope|an infringing use"
            + "|a (?:material )?(?:breach|violation))|constitutes? (?:a )?(?:material )?(?:breach|violation|infringement)"
            + "|must be (?:separately|specifically) licen[cs]ed"
            + "|requires? (?:our|the|a) (?:prior )?(?:written )?(?:consent|permission|license))";
    /**
     * The verbs of learning an active ban names after "not use ... to": not "create" or "build" alone, which follow
     * "you do not have any rights to use ... or create a Derivative of the Model" as often as a ban on training.
     */
    private static final String ACTIVE_LEARN_VERB = "(?:" + LEARNING + "|creat\\w* or improv\\w*)";
    private static final Pattern TRAINING_BAN = ci(
            "(?:\\b(?:not|never|cannot|n't)\\s+(?:\\w+\\s+){0,2}?(?:use|utili[sz]e|employ|exploit|apply|permit|allow)\\b"
                    + "|\\bprohibited from\\b|\\bagree not to\\b|^\\s*(?:use|using)\\b)"
                    + NE + "{0,200}?\\b(?:to|for|in)\\s+"
                    + "(?:[\\w-]+,?\\s+(?:or\\s+|and\\s+|and/or\\s+)?){0,6}?"
                    + ACTIVE_LEARN_VERB + "\\b" + NE + "{0,120}?\\b" + LEARNER + "(?!\\w)");
    /** A model named before its learning: "another model's training", "model training". */
    private static final String LEARNER_TRAINING = "\\b(?:models?|LLMs?|AI)(?:'s)?\\s+"
            + "(?:training|fine-?tuning|distillation|development|improvement)\\b";
    /** Bans worded passively or around "training data": "Outputs may not be used as training data for any model". */
    private static final Pattern TRAINING_BAN_PASSIVE = ci(
            "(?:\\b(?:not|never|no)\\b" + NE + "{0,80}?\\b(?:(?:be\\s+)?(?:used|utili[sz]ed|employed|exploited|leveraged"
                    + "|applied|fed)|use (?:in|for|as))\\b"
                    + "|\\b(?:prohibited|forbidden|barred|not permitted|not allowed)\\b" + NE + "{0,40}?\\b(?:to|from)\\b)"
                    + NE + "{0,160}?(?:\\b" + LEARN_VERB + "\\b"
                    + "|\\btraining (?:data|sets?|corpus|material|examples?|inputs?|signals?|pipelines?)\\b)"
                    + NE + "{0,160}?\\b" + LEARNER + "(?!\\w)"
                    + "|\\b(?:us(?:e|ing)|utili[sz]\\w*|employ\\w*|exploit\\w*)\\b" + NE + "{0,160}?"
                    + "\\b" + LEARN_VERB + "\\b" + NE + "{0,160}?\\b" + LEARNER + "(?!\\w)" + NE + "{0,100}?\\b" + BANNED + "(?!\\w)"
                    // "The use of Outputs as reward signals for another model's training is prohibited", "No use of
                    // the output is permitted for model training": the model named before its training.
                    + "|\\b(?:no|not|never)\\b" + NE + "{0,200}?" + LEARNER_TRAINING
                    + "|\\bus(?:e|ing)\\b" + NE + "{0,200}?" + LEARNER_TRAINING + NE + "{0,100}?\\b" + BANNED + "(?!\\w)"
                    + "|\\b(?:except|other than|excluding)\\s+(?:for\\s+)?(?:\\w+\\s+){0,2}?(?:train\\w*|fine[- ]?tun\\w*|distil\\w*)\\b"
                    + NE + "{0,80}?\\b" + LEARNER + "(?!\\w)"
                    + "|\\bdistil\\w*\\b" + NE + "{0,80}?\\b(?:prohibited|forbidden|not permitted|not allowed)\\b"
                    + "|\\b(?:no|not|never|prohibited|forbidden)\\b" + NE + "{0,120}?\\bdistil\\w*");
    /**
     * Training on what a model produced, which needs no model named: "Training on outputs: not permitted", "You will
     * not ... train on, or otherwise learn from Grounded Results". A ban only with a withholding word.
     */
    private static final Pattern TRAIN_ON_OUTPUTS = ci(
            "\\b(?:train\\w*|re-?train\\w*|fine[- ]?tun\\w*|distil\\w*|learn\\w*)\\s+(?:on|from)\\b" + NE + "{0,60}?"
                    + "\\b(?:outputs?|generations?|completions?|responses?|results?|answers?|suggestions?|transcripts?)\\b");
    // The purposes a non-commercial grant is kept to, read by both flags' patterns below.
    private static final String NON_COMMERCIAL_PURPOSES =
            "personal|academic|research|educational|evaluat\\w*|non-?profit|scientific|study|scholarly";
    // A lookahead: the next few words name no non-commercial purpose ("for the sole purpose of evaluating").
    private static final String NOT_NON_COMMERCIAL_PURPOSE = "(?!(?:\\S+\\s+){0,4}?(?:" + NON_COMMERCIAL_PURPOSES
            + "|private|non-?commercial)\\b)";
    private static final Pattern USE_RESTRICTION = ci(
            "\\b(?:may|must|shall|will|can|agree|do|does)\\s+not\\s+(?:\\w+\\s+){0,2}?(?:use|deploy|exploit|utili[sz]e|apply"
                    + "|employ|integrate|incorporate|embed|operate|run|sell|resell|rent|lease|exercise)\\b"
                    // "shall not permit any customer to use", "may not allow others to use".
                    + "|\\b(?:may|must|shall|will)\\s+not\\s+(?:permit|allow|let|enable)\\s+(?:\\w+\\s+){0,3}?to\\s+use\\b"
                    // Offering the work as a service is a field of use: "may not provide the software to third parties
                    // as a hosted or managed service".
                    + "|\\b(?:not|prohibited|no)\\b" + NE + "{0,160}\\bas an?\\s+(?:[\\w-]+,?\\s+(?:(?:or|and)\\s+)?){0,4}?service\\b"
                    + "|\\b(?:prohibited|barred|forbidden|precluded|restricted)\\s+(?:from\\s+)?(?:us(?:e|ing)|deploy\\w*|apply\\w*"
                    + "|employ\\w*|utili[sz]\\w*|integrat\\w*|operat\\w*)|\\bprohibited uses?\\b"
                    + "|\\b(?:not permitted|prohibited|forbidden|not allowed)\\s+to\\s+(?:use|deploy|apply|employ|utili[sz]e)\\b"
                    + "|\\bnot licen[cs]ed for (?:use|the purpose)|\\bno licen[cs]e is granted (?:for|to)\\b|\\bno use of\\b"
                    + "|\\bnothing in this (?:licen[cs]e|agreement) permits\\b"
                    + "|\\bacceptable use policy\\b|\\buse restrictions?\\b"
                    // "must ... adhere to the Documentation and Stability AI's AUP": a use policy by its short name.
                    + "|\\b(?:adhere to|comply with|abide by)\\b" + NE + "{0,120}\\b(?:aup|use polic(?:y|ies))\\b"
                    // A grant kept to one purpose ("solely for compatibility testing"), unless the purpose is
                    // evaluation, research, personal or another non-commercial use: that is the other flag's alone.
                    + "|\\b(?:solely|only|exclusively)\\s+for\\s+" + NOT_NON_COMMERCIAL_PURPOSE
                    + NE + "{0,60}\\b(?:purposes?|internal)"
                    + "|\\bfor the sole purposes? of\\s+" + NOT_NON_COMMERCIAL_PURPOSE
                    + "|\\bfor use only (?:in|with|on)\\b|\\blicensed for use only\\b"
                    + "|\\b(?:may|shall|must|will|can)\\s+not\\s+be\\s+(?:used|deployed|utili[sz]ed|employed|exploited|applied|integrated"
                    + "|incorporated|embedded|operated|presented|sold|resold|rented|leased)\\b"
                    + "|\\bus(?:e|es|ing|age)\\b" + NE + "{0,120}\\b(?:is|are|be)\\s+(?:strictly\\s+|expressly\\s+|hereby\\s+)?(?:not permitted|prohibited"
                    + "|forbidden|not allowed|not authori[sz]ed|barred|disallowed)\\b"
                    + "|\\bno\\b" + NE + "{0,60}\\b(?:may|shall|can|will)\\s+be\\s+(?:used|deployed|utili[sz]ed|employed|applied)\\b"
                    + "|\\bnot\\s+(?:to\\s+)?be\\s+(?:used|deployed)\\s+(?:for|to|in)\\b|\\b(?:prohibited|forbidden|restricted) (?:activities|purposes|applications|fields of use)\\b"
                    + "|\\b(?:never|nor)\\s+(?:use|deploy|utili[sz]e|employ)\\b|\\brefrain from\\b"
                    + "|\\bagree(?:s|d)?\\s+not\\s+to\\b|\\bnot for use\\b|\\bnot intended for use\\b");
    // "Do not use it for unlawful purposes" only restates the law: it restricts no field of endeavor.
    private static final Pattern LAWFUL_ONLY = ci(
            "\\b(?:unlawful|illegal)\\s+(?:purposes?|activit\\w*)\\b|\\bexcept in compliance with\\b");
    private static final Pattern RESTRICTION_REFERENCE = ci(
            "\\b(?:polic(?:y|ies)|attachment|restrictions?|prohibited uses?)\\b");
    private static final Pattern NON_COMMERCIAL = ci(
            "\\bnon-?\\s?commercial(?!ly)|\\bresearch purposes\\b|\\bresearch(?: use)? only\\b"
                    + "|\\b(?:personal|academic|educational|evaluation|research|scholarly|testing|experimental|hobby"
                    + "|non-?profit|scientific|study)\\s+(?:and\\s+\\w+\\s+)?(?:use|uses|purposes?|projects?)\\s+only\\b"
                    + "|\\b(?:solely|only|exclusively|strictly)\\s+for\\s+(?:\\w+\\s+){0,3}?(?:personal|academic|research|educational"
                    + "|evaluation|non-?profit|scientific|study|testing|experimental|hobby|scholarly|internal evaluation)\\b"
                    // Evaluation, trial and personal-use grants allow no commercial use either: "for your
                    // personal use", "limited to evaluation and demonstration", "during the trial period".
                    + "|\\bfor the sole purposes? of\\s+(?:\\w+\\s+){0,3}?(?:" + NON_COMMERCIAL_PURPOSES + ")\\b"
                    + "|\\bfor (?:your |its |their |the )?(?:own )?(?:personal|private|evaluation|internal evaluation|trial"
                    + "|demonstration) (?:use|purposes?)\\b|\\blimited to (?:\\w+ ){0,2}?(?:evaluation|demonstration"
                    + "|personal|research|academic)\\b|\\b(?:evaluation|trial|demo) (?:period|licen[cs]es?|versions?|edition)\\b"
                    + "|\\bno commercial\\b|\\bnot for (?:any )?commercial\\b|\\bnot (?:be )?(?:used )?commercially\\b"
                    + "|\\b(?:not|prohibited from|without the right)\\b" + NE + "{0,80}\\bcommercial"
                    + "|\\bcommercial\\w*" + NE + "{0,80}\\b(?:prohibited|requires? a separate|request a license"
                    + "|not (?:permitted|allowed|authori[sz]ed))");
    private static final Pattern REVOCABLE = ci(
            "(?<!ir)\\brevocable\\b|\\b(?:terminat|revok|suspend)\\w*" + NE + "{0,120}\\bat any time\\b"
                    + "|\\bat any time\\b" + NE + "{0,60}\\b(?:terminat|revok)\\w*"
                    + "|\\b(?:terminat|revok|suspend|withdraw|cancel|rescind|discontinu)\\w*" + NE + "{0,140}"
                    + "\\b(?:for convenience|for any reason|for no reason|without cause|with or without cause|at will"
                    + "|in (?:its|our|their) (?:sole |absolute )?discretion|at (?:its|our|their) (?:sole |absolute )?discretion"
                    + "|at any moment|whenever (?:it|we) (?:wish|choose|decide)|without (?:giving )?(?:any )?reason)"
                    + "|\\b(?:sole|absolute|unfettered)\\s+discretion\\b" + NE + "{0,100}\\b(?:terminat|revok|suspend|withdraw|cancel)\\w*"
                    + "|\\b(?:revocation|withdrawal)\\s+of\\s+(?:this|the)\\s+(?:license|licence|permission|grant)\\b");
    /** What a licensor may change on its own: the terms, a policy, and the lists and limits they hold. */
    private static final String CHANGEABLE_TERMS = "(?:Agreement|Policy|Policies|Terms|License|Licence|conditions|rules"
            + "|guidelines|list|prohibited uses|restrictions|addendum|schedule|exhibit|appendix|thresholds|fees|limits"
            + "|provisions?)";
    private static final Pattern POLICY_UPDATE = ci(
            "\\b(?:may|will|can|reserves? the right to)\\s+(?:\\w+\\s+){0,3}?(?:update|modify|amend|change|revise|alter"
                    + "|vary|adjust|expand|supplement|replace|add to|add further|add new|introduce)\\b"
                    + NE + "{0,80}\\b" + CHANGEABLE_TERMS + "\\b"
                    // The text in force is whichever the licensor last published: "the most recently posted version
                    // controls", "the terms in force as of the date you accessed", "as it stands on the date of use".
                    + "|\\bmost recently (?:published|posted|issued)\\b|\\bwhichever version\\b|\\bas it stands on\\b"
                    + "|\\bin force (?:as of|at|on) the (?:date|time)\\b|\\bliving document\\b|\\bas it sees fit\\b"
                    // Not "a modified version" of a work, which GPL-3.0 defines.
                    + "|\\b(?:modified|updated|revised|amended|changed) (?:terms|agreement|policy)\\b"
                    + "|\\bnotice of (?:modifications?|changes?|amendments?)\\b"
                    + "|\\bfrom time to time\\b" + NE + "{0,40}\\b(?:updat|modif|amend|revis)"
                    + "|\\b(?:updat|modif|amend|revis)\\w*" + NE + "{0,40}\\bfrom time to time\\b"
                    + "|\\bcontinued use\\b" + NE + "{0,120}\\b(?:constitutes|acceptance|agree)"
                    + "|\\blatest version\\b|\\bnew versions? of\\b" + NE + "{0,40}\\b(?:Agreement|Policy|Terms|License)\\b"
                    + "|\\beffective (?:upon|immediately|as soon)\\b" + NE + "{0,60}\\b(?:post|publish)"
                    + "|\\b(?:reserve\\w*|retain\\w*)\\s+the\\s+right\\s+to\\b" + NE + "{0,60}\\b(?:updat|modif|amend|chang|revis|supplement|replac)"
                    + "|\\b(?:updat|modif|amend|chang|revis|supplement)\\w*" + NE + "{0,100}\\b(?:at any time|without (?:prior )?notice"
                    + "|periodically|in (?:its|our) (?:sole )?discretion|unilaterally)\\b"
                    + "|\\bas (?:may be |it may be )?(?:amended|updated|modified|revised|supplemented|changed)\\b"
                    + "|\\bsubject to change\\b|\\bcurrent version\\b" + NE + "{0,80}\\b(?:post|publish|available)"
                    + "|\\bunilateral\\w*" + NE + "{0,60}\\b(?:updat|modif|amend|chang|revis)");
    // Handing on a copy of the licence or agreement itself is what every licence asks (Apache's "a copy of this
    // License"); handing on its restrictions or policy is the pass-through.
    private static final Pattern PASS_THROUGH = ci(
            "\\b(?:include|impose|incorporat|bind|ensure)\\w*\\b" + NE + "{0,160}\\b(?:use restrictions|restrictions in"
                    + "|Attachment A|enforceable provision|Acceptable Use Policy|complies with this Agreement)"
                    + "|\\bdownstream\\b|\\bonly (?:do so )?under the terms of this\\b"
                    + "|\\b(?:require|ensure|oblige|obligate|bind|condition|contractually)\\w*\\b" + NE + "{0,120}"
                    + "\\b(?:recipients?|sublicensees?|third part\\w*|end users?|anyone|whoever|customers?|licensees?|users?"
                    + "|distributees?|transferees?)\\b" + NE + "{0,160}\\b(?:agree|comply|bound|abide|accept|restrictions?|limitations?"
                    + "|acceptable use|polic(?:y|ies)|prohibited uses?)"
                    + "|\\b(?:same|equivalent|identical|comparable|no less (?:restrictive|protective)|at least as (?:restrictive|protective))\\b"
                    + NE + "{0,40}\\b(?:restrictions|limitations|use restrictions|obligations|conditions of use)\\b"
                    + "|\\bflow[- ]?down\\b|\\bpass(?:ed|es|ing)? (?:on|along|through)\\b" + NE + "{0,80}\\b(?:restrictions?|terms|obligations|polic)"
                    + "|\\b(?:include|attach|accompan|provide|deliver|ship|furnish)\\w*" + NE + "{0,100}\\b(?:copy|copies)\\b" + NE + "{0,60}"
                    + "\\b(?:acceptable use policy|use policy|use restrictions|restrictions)\\b"
                    // The terms handed on in other words: "under the same terms", "no less protective than", "its
                    // users are bound by it", "recipients must agree to its terms", "propagate the restrictions".
                    + "|\\b(?:same|identical|equivalent) (?:terms|conditions|licen[cs]e elements|limits|rules)\\b"
                    + "|\\b(?:at least as|no less) (?:protective|restrictive|stringent)\\b"
                    + "|\\bprotect\\w*\\b" + NE + "{0,80}\\bat least as much as\\b"
                    // Recipients by name, not "users" or "they": a service's own users agree to its terms.
                    + "|\\b(?:recipients?|sublicensees?|third part\\w*|anyone|any (?:party|person)|customers"
                    + "|redistributors?|distributors?|affiliates|contractors|collaborators|others|someone else)\\b"
                    + NE + "{0,80}\\b(?:agree[sd]?|agreeing|accept(?:s|ed|ing)?|(?:be|are|is) bound|compl(?:y|ies|ied))\\b" + NE
                    + "{0,30}\\b(?:these|its|this|the same|such|the terms)\\b"
                    + "|\\bpropagat\\w*|\\bcarry forward\\b|\\bpass\\w*\\b" + NE + "{0,60}\\bthrough to\\b"
                    + "|\\bbinding (?:on|upon)\\b");
    private static final Pattern ATTRIBUTION = ci(
            "\\b(?:display|include|state)\\w*\\b" + NE + "{0,100}?[\u201C\"][^\u201D\"]{2,40}[\u201D\"]"
                    + "|\\bbeginning of\\b" + NE + "{0,40}\\bname\\b|\\bbuilt (?:with|on|using)\\b|\\bpowered by\\b"
                    + "|\\b(?:attribut\\w*|credit\\w*|acknowledg\\w*|logo|brand\\w*|trademark)\\b" + NE + "{0,100}"
                    + "\\b(?:prominent\\w*|conspicuous\\w*|visibl\\w*|display\\w*|website|web site|interface|documentation"
                    + "|product|about (?:page|box|screen)|splash|user-facing|advertis\\w*|marketing|publicity)\\b"
                    + "|\\b(?:prominent\\w*|conspicuous\\w*|visibl\\w*|clearly)\\b" + NE + "{0,60}"
                    + "\\b(?:display|show|state|mention|credit|attribut|acknowledg|label)\\w*"
                    + "|\\b(?:name|title)s?\\b" + NE + "{0,80}\\b(?:must|shall|should|will)\\s+(?:\\w+\\s+)?(?:begin|start|contain|include"
                    + "|carry|bear|end|be prefixed)\\b|\\b(?:prefix\\w*|prepend\\w*)\\b"
                    + "|\\badvertising materials\\b" + NE + "{0,120}\\backnowledg\\w*");
    // "We also recommend that a file or class name be included on the same "printed page"", "for example, its
    // interface could display a "Source" link": advice and examples bind nobody.
    private static final Pattern RECOMMENDATION = ci(
            "\\b(?:we|licensor|it is)\\s+(?:also\\s+)?(?:recommend|suggest|encourage)\\w*\\b|\\b(?:recommended|encouraged|optional)\\b"
                    + "|\\bfor example\\b" + NE + "{0,80}\\b(?:could|might)\\b");
    // Keeping the notices and attributions a work already carries (GPL-3.0 7(b)'s "preservation of specified
    // reasonable legal notices or author attributions") is notice retention, which the label conventions keep
    // apart from a duty to name or credit the licensor in one's own product.
    private static final Pattern NOTICE_RETENTION = ci(
            "\\b(?:preserv\\w*|retain\\w*|keep\\w* intact|leave\\w* intact|not remove)\\b" + NE
                    + "{0,60}\\b(?:notices?|attributions?|copyright)\\b");
    private static final Pattern DEFINITION = ci(
            "^\\W{0,3}[\"\u201C][^\"\u201D]{1,60}[\"\u201D]" + NE + "{0,40}\\b(?:means|shall mean|includes)\\b"
                    + "|^\\W{0,3}(?:an?|the)\\s+[\"\u201C][^\"\u201D]{1,60}[\"\u201D]\\s+(?:is|are|refers to|shall refer to)\\b"
                    + "|^\\W{0,3}(?!(?:this|that|which|it|what|there)\\b)(?:[\\w-]+\\s+){1,4}(?:means|shall mean)\\b"
                    + "|^For the purposes of this definition");
    private static final Pattern NAMING = ci(
            "\\b(?:include|display|state|mention)\\w*\\b[^.;]{0,80}(?:[\"\u201C\u201D]|\\bname\\b)"
                    + "|\\b(?:built with|powered by|built on|improved using)\\b|\\bbeginning of\\b[^.;]{0,40}\\bname\\b");
    private static final Pattern NOT_DEEMED = ci(
            "\\b(?:not|never)\\b[^.;]{0,30}\\b(?:deemed|considered|constitute)\\b[^.;]{0,60}\\bDerivatives?\\b"
                    + "|\\bOutputs?\\b[^.;]{0,40}\\bare not\\b[^.;]{0,40}\\bDerivatives?\\b");
    private static final Pattern REVENUE = ci(
            "\\b(?:revenues?|turnover|income|sales|gross receipts)\\b");
    private static final Pattern ANY_PURPOSE = ci("\\bfor any purpose\\b");
    // "It also includes any models, but it does not include any datasets used to train a model" says what a
    // defined term covers: like a definition, it bans nothing.
    private static final Pattern SCOPE_OF_A_TERM = ci("\\b(?:does|do) not include\\b|\\bit (?:also )?includes\\b");
    // The class-level frames: words of a concept, in any order and wording, that make a clause worth the model's
    // lower bar (see ClauseClassifier). They are cheap alternations of the WordClass lists' core words.
    // The words of PROHIBITION that withhold outright, and the limiting ones ("only", "except", "excludes"), which
    // withhold the learning of a training ban only when they come before it: "use the Data as training data ...,
    // but excludes reuse of the Trained Model" grants training and limits reuse; "solely for your products,
    // excluding the training of any other model" bans it.
    private static final String WITHHOLDING_WORDS = "prohibit\\w*|forbid\\w*|bann?\\w*|barred|restrict\\w*|disallow\\w*"
            + "|preclud\\w*|refrain\\w*|outside (?:the )?scope|void|ineligible|not eligible|breach|consent"
            + "|separate licen[cs]e|reserved";
    private static final String LIMITING_WORDS = "only|solely|exclusively|except\\w*|exclud\\w*";
    private static final Pattern PROHIBITION = ci("\\b(?:" + WITHHOLDING_WORDS + "|" + LIMITING_WORDS + ")\\b");
    // Training bans withhold in more words than a prohibition of use does: "is off-limits", "must be separately
    // licensed", "is expressly excluded from the licence", "Nothing generated ... may be used".
    private static final Pattern WITHHOLDING = ci("\\b(?:" + WITHHOLDING_WORDS + "|off-limits|separately licen[cs]ed"
            + "|an infringing use|give[sn]? up the right|expressly excluded|excluded from the (?:licen[cs]e|grant|scope))\\b"
            + "|\\bnothing\\b" + NE + "{0,80}\\bmay\\s+be\\s+used\\b");
    private static final Pattern LIMITING = ci("\\b(?:" + LIMITING_WORDS + ")\\b");
    // The name of the licensor may not be used to endorse or promote products (or "to promote the sale, use or other
    // dealings"): a trademark rule, no field of use. "Promote" alone is no endorsement: "uses that lobby for,
    // promote, or support the following activities" bans a field.
    private static final Pattern ENDORSEMENT = ci("\\bendorse\\b|\\bpromote\\s+(?:the\\s+)?(?:sale|products?|dealings)\\b"
            + "|\\bpromote\\b[^.;,]{0,60}\\bproducts?\\b");
    // Termination for breach or for a patent suit ends a grant the licensee broke: it is not a revocable grant.
    private static final Pattern FOR_BREACH = ci(
            "\\b(?:breach\\w*|violat\\w*|fail\\w* to comply|non-?compliance|infring\\w*|patent|litigation|lawsuit"
                    + "|material(?:ly)? (?:breach|default)|default)\\b");
    private static final Pattern AT_WILL = ci(
            "\\b(?:for convenience|for any reason|for no reason|without cause|with or without cause|at will|sole discretion"
                    + "|absolute discretion|whenever (?:it|we) (?:wish|choose|decide))\\b|(?<!ir)\\brevocable\\b");
    // A steward publishing new licence versions the licensee may opt into (GPL, MPL, CC) changes nobody's terms.
    private static final Pattern STEWARD_VERSIONS = ci(
            "\\bany later version\\b|\\byou may (?:choose|elect|opt)\\b|\\bat your (?:option|choice|election)\\b"
                    + "|\\b(?:licen[cs]e|agreement) steward\\b|\\bfree software foundation\\b|\\bmozilla foundation\\b"
                    + "|\\bversion number\\b|\\bdistinguishing version\\b");
    // "Commercial use is permitted" or "for any purpose, including commercial" grants commerce, it does not bar it.
    private static final Pattern COMMERCIAL_ALLOWED = ci(
            "\\bcommercial(?:ly)?\\b" + NE + "{0,30}\\b(?:is|are)?\\s*(?:expressly\\s+)?(?:permitted|allowed|granted|welcome)\\b"
                    + "|\\bincluding (?:for )?commercial\\b|\\bcommercial (?:and|or) non-?commercial\\b"
                    + "|\\bnon-?commercial (?:and|or) commercial\\b");
    // "We may use your prompts to improve our models": the vendor's training on the user's data bans nothing.
    private static final Pattern VENDOR_TRAINS = ci(
            "\\b(?:we|us|our|licensor|provider|company|vendor)\\b" + NE + "{0,60}\\b(?:use|train|process|analy[sz]e)\\w*\\b"
                    + NE + "{0,80}\\b(?:your|customer|user|licensee)(?:'s|s')?\\s+(?:own\\s+)?(?:data|content|inputs?|prompts?"
                    + "|conversations?|submissions?|materials?|feedback|usage)\\b");
    // Fields of use a prohibition names: what tells a use restriction from a territorial one.
    private static final Pattern HARM = ci(
            "\\b(?:harm\\w*|weapon\\w*|military|warfare|surveil\\w*|discriminat\\w*|disinformation|misinformation|violen\\w*"
                    + "|terror\\w*|abus\\w*|illegal|unlawful|malware|fraud\\w*|defam\\w*|harass\\w*|biometric\\w*|child\\w*"
                    + "|minors?|nuclear|spam\\w*|decept\\w*|deceiv\\w*|impersonat\\w*|manipulat\\w*|hate|hateful|self-harm"
                    + "|suicid\\w*|extremis\\w*|track\\w*|profil\\w*|medical|diagnos\\w*|elections?|political|lethal|explosive\\w*"
                    + "|chemical|biological|crim\\w*|stalk\\w*|scam\\w*|phishing|tortur\\w*|sexual\\w*|gambling|drugs?|firearms?"
                    + "|eligibility|law enforcement|immigration|social scoring|fake|dangerous|hazardous|privacy"
                    + "|exploit\\w*|critical infrastructure|intimidat\\w*|predatory|bully\\w*|pornograph\\w*|war|wars|traffick\\w*"
                    + "|counterfeit\\w*|propaganda|scrap(?:e|es|ed|ing)|harvest\\w*|unauthori[sz]ed access|malicious|ransomware"
                    + "|policing|credit scor\\w*|pollut\\w*|life-support|reactor\\w*)\\b");
    private static final Pattern RESTRICTION = ci(
            "\\b(?:restrict\\w*|prohibit\\w*|not|only|except|attachment|policy|subject to)\\b");

    /** Reads the evidence of {@code text}. */
    // Matching lower-cased text with lower-cased patterns is much faster than Pattern.CASE_INSENSITIVE.
    private static Pattern ci(String regex) {
        StringBuilder b = new StringBuilder(regex.length());
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            b.append(i > 0 && regex.charAt(i - 1) == '\\' ? c : Character.toLowerCase(c));
        }
        Pattern pattern = Pattern.compile(b.toString(), Pattern.DOTALL);
        LITERAL_GATES.put(pattern, RegexGate.of(pattern));
        return pattern;
    }

    /** Whether lower-cased {@code lower} holds a match of {@code pattern}, asking the regex only past its gate. */
    private static boolean finds(Pattern pattern, String lower) {
        RegexGate gated = LITERAL_GATES.get(pattern);
        return gated != null ? gated.find(lower) : pattern.matcher(lower).find();
    }

    // Key words without which a costly pattern cannot match: each pattern runs only where one of them occurs. A
    // gate is a necessary condition of its pattern, never a sufficient one, so it changes no result (a probe
    // compared every field on 69,078 clauses); it spares most clauses the patterns' many alternatives.
    private static final Gated USE_GATED = new Gated(USE_RESTRICTION,
            List.of("not", "no", "nor", "never", "prohibited", "barred", "forbidden", "precluded", "restricted",
                    "disallowed", "solely", "only", "exclusively", "sole", "refrain"),
            List.of("acceptable use", "use restriction", "nothing in this", "for use only", "adhere to", "comply with",
                    "abide by"));
    private static final Gated NON_COMMERCIAL_GATED = new Gated(NON_COMMERCIAL, List.of(),
            List.of("commercial", "research", "only", "solely", "exclusively", "strictly", "personal", "private",
                    "evaluation", "trial", "demonstration", "demo ", "limited to", "sole purpose"));
    private static final Gated REVOCABLE_GATED = new Gated(REVOCABLE, List.of(), List.of("revocable", "at any time",
            "terminat", "revok", "suspend", "withdraw", "cancel", "rescind", "discontinu", "discretion", "revocation"));
    private static final Gated POLICY_UPDATE_GATED = new Gated(POLICY_UPDATE, List.of(), List.of("updat", "modif",
            "amend", "chang", "revis", "supplement", "replac", "continued use", "latest version", "new version",
            "current version", "effective", "alter", "vary", "adjust", "expand", "add to", "add further", "add new",
            "introduce", "most recently", "whichever version", "as it stands", "in force", "living document",
            "sees fit", "notice of"));
    private static final Gated PASS_THROUGH_GATED = new Gated(PASS_THROUGH, List.of(), List.of("restrictions",
            "attachment a", "enforceable provision", "acceptable use policy", "complies with this agreement",
            "downstream", "under the terms of this", "require", "ensure", "oblig", "bind", "condition", "contractual",
            "limitations", "flow", "pass", "use policy", "same ", "identical ", "equivalent ", "at least as",
            "no less", "protect", "agree", "accept", "bound", "compl", "propagat", "carry forward", "binding"));
    private static final Gated ATTRIBUTION_GATED = new Gated(ATTRIBUTION, List.of(), List.of("\"", "\u201c",
            "beginning of", "built", "powered by", "attribut", "credit", "acknowledg", "logo", "brand", "trademark",
            "prominent", "conspicuous", "visibl", "clearly", "name", "title", "prefix", "prepend"));
    private static final Map<String, Gated> GATED = Map.of("use-restriction", USE_GATED,
            "non-commercial", NON_COMMERCIAL_GATED, "revocable", REVOCABLE_GATED, "policy-updates", POLICY_UPDATE_GATED,
            "pass-through", PASS_THROUGH_GATED, "attribution", ATTRIBUTION_GATED);

    /**
     * A pattern behind its gate: whole words (runs of ASCII letters and digits) or substrings of the lower-cased
     * text, one of which must occur before the pattern is run.
     */
    private record Gated(Pattern pattern, List<String> words, List<String> substrings) {
        boolean opens(String lower, Set<String> lowerWords) {
            return substrings.stream().anyMatch(lower::contains) || words.stream().anyMatch(lowerWords::contains);
        }

        boolean find(String lower, Set<String> lowerWords) {
            return opens(lower, lowerWords) && finds(pattern, lower);
        }
    }

    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");

    private static Set<String> words(String lower) {
        return new HashSet<>(Arrays.asList(NON_WORD.split(lower)));
    }

    /**
     * The gated patterns that match {@code text} though their gate stays closed (the word gates by flag, the literal
     * gates by regex): none, if every gate is right.
     */
    static List<String> closedGatesThatMatch(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Set<String> words = words(lower);
        List<String> closed = new java.util.ArrayList<>(GATED.entrySet().stream()
                .filter(g -> !g.getValue().opens(lower, words) && g.getValue().pattern().matcher(lower).find())
                .map(Map.Entry::getKey).sorted().toList());
        LITERAL_GATES.forEach((pattern, gate) -> {
            if (gate.closedWhereItMatches(lower)) {
                closed.add(pattern.pattern());
            }
        });
        return closed;
    }

    static ClauseEvidence of(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Set<String> words = words(lower);
        List<String> regions = RegionGazetteer.regions(text);
        boolean territorial = !regions.isEmpty() || lower.contains("territor");
        boolean residenceExclusion = territorial && finds(RESIDENCE_EXCLUSION, lower);
        boolean worldMinus = territorial && finds(WORLD_MINUS, lower);
        boolean training = finds(TRAINING, lower);
        // Training on a model's outputs ("train on, or otherwise learn from, Results") makes a model learn though
        // none is named.
        boolean learnsFromOutputs = training && finds(TRAIN_ON_OUTPUTS, lower);
        boolean model = learnsFromOutputs || finds(MODEL, lower);
        boolean termsMayRestrict = finds(TERMS_MAY_RESTRICT, lower);
        boolean negation = finds(NEGATION, lower);
        boolean prohibition = finds(PROHIBITION, lower);
        // Only the law restated: no use policy named, and no field of harm beyond "unlawful purposes" itself.
        boolean lawfulOnly = finds(LAWFUL_ONLY, lower) && !finds(RESTRICTION_REFERENCE, lower)
                && !HARM.matcher(LAWFUL_ONLY.matcher(lower).replaceAll(" ")).find();
        boolean usePolicy = words.contains("aup") || lower.contains("acceptable use") || lower.contains("use polic");
        // The costly patterns run only where their key words occur: most clauses have none of them.
        return new ClauseEvidence(
                UserCountParser.findUserCount(text),
                regions,
                hasDigitOrScale(lower) ? MoneyParser.find(text) : Optional.empty(),
                negation,
                finds(COMPARATIVE, lower),
                finds(GOVERNING_LAW, lower),
                finds(EXPORT, lower),
                territorial && (finds(NEGATIVE_GRANT, lower) || residenceExclusion || worldMinus),
                lower.contains("territory") && TERRITORY_RESTRICTION.matcher(text).find(),
                training,
                model,
                training && model && (finds(TRAINING_BAN, lower) || finds(TRAINING_BAN_PASSIVE, lower)
                        || learnsFromOutputs && (negation || prohibition)),
                finds(NAMING, lower),
                lower.contains("derivative") && finds(NOT_DEEMED, lower),
                finds(REVENUE, lower),
                lower.contains("any purpose") && finds(ANY_PURPOSE, lower),
                finds(RESTRICTION, lower),
                USE_GATED.find(lower, words) && !lawfulOnly
                        && !termsMayRestrict,
                NON_COMMERCIAL_GATED.find(lower, words)
                        && !finds(COMMERCIAL_ALLOWED, lower) && !termsMayRestrict,
                REVOCABLE_GATED.find(lower, words)
                        && !(finds(FOR_BREACH, lower) && !finds(AT_WILL, lower)),
                POLICY_UPDATE_GATED.find(lower, words)
                        && !finds(STEWARD_VERSIONS, lower),
                PASS_THROUGH_GATED.find(lower, words),
                ATTRIBUTION_GATED.find(lower, words)
                        && !finds(RECOMMENDATION, lower)
                        && !finds(NOTICE_RETENTION, lower),
                finds(DEFINITION, lower) || finds(SCOPE_OF_A_TERM, lower),
                isTitle(text),
                finds(VENDOR_TRAINS, lower),
                finds(HARM, lower),
                residenceExclusion,
                worldMinus,
                prohibition,
                finds(ENDORSEMENT, lower),
                lawfulOnly,
                usePolicy,
                negation || finds(WITHHOLDING, lower) || limitsBeforeLearning(lower),
                territorial && finds(PLACE_WITHHELD, lower));
    }

    private static boolean limitsBeforeLearning(String lower) {
        Matcher limit = LIMITING.matcher(lower);
        Matcher learning = TRAINING.matcher(lower);
        return limit.find() && (!learning.find() || limit.start() < learning.start());
    }

    private static boolean hasDigitOrScale(String lower) {
        return lower.chars().anyMatch(Character::isDigit) || lower.contains("million") || lower.contains("billion")
                || lower.contains("thousand");
    }

    private static final Pattern META_HEADING = ci(
            "\\b(?:polic(?:y|ies)|restrictions?|licen[cs]e|licen[cs]ing|recipients|uses?|agreement|terms|obligations|purposes|organi[sz]ations"
                    + "|version|exhibit|attachment|section|article|annex)\\b");

    // "You do not use the Work in an Act of War" has a subject: a sentence, however capitalised.
    private static final Pattern SUBJECT = Pattern.compile("\\b(?:you|we|they)\\b", Pattern.CASE_INSENSITIVE);

    // "Terms described in (b) may include reasonable restrictions": what other terms may say restricts nobody here.
    private static final Pattern TERMS_MAY_RESTRICT = ci(
            "\\bmay (?:include|impose|contain|add|set)\\b" + NE + "{0,60}\\b(?:restrictions?|limitations?)\\b");

    // Headings and titles ("Use Restrictions", "Prohibited Use Policy") name a topic but impose nothing.
    private static boolean isTitle(String text) {
        if (SUBJECT.matcher(text).find()) {
            return false;
        }
        String[] words = text.replaceAll("[*#_]", " ").strip().split("\\s+");
        // Two or three capitalised words with no full stop ("No Harm") name a section; they impose nothing.
        boolean shortHeading = words.length <= 3 && !text.strip().endsWith(".");
        if (words.length > 12 || !shortHeading && !META_HEADING.matcher(text.toLowerCase(java.util.Locale.ROOT)).find()) {
            return false;
        }
        for (String w : words) {
            String letters = w.replaceAll("[^\\p{L}]", "");
            if (letters.length() >= 4 && !Character.isUpperCase(letters.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** Tells whether the clause forbids or withholds something, in whatever words. */
    boolean forbids() {
        return negation || prohibition;
    }

    /** Tells whether the clause has the words of a territorial restriction: a named place and a withholding. */
    boolean geographicFrame() {
        return !regions.isEmpty() && (forbids() || placeWithheld || territoryRestriction || worldMinus) && !exportControl;
    }

    /** Tells whether the clause has the words of a training ban: a withholding, learning, and a model. */
    boolean trainingFrame() {
        return withholding && trainingCue && modelCue && !namingCue && !notDeemed && !definition && !vendorTrains;
    }

    /** Tells whether the clause states some territory restriction strongly enough on its own. */
    boolean geographicCue() {
        return (negativeGrant || territoryRestriction) && !governingLaw && !exportControl;
    }

    /** Tells whether the clause has the words of a use restriction that is not a training ban. */
    boolean fieldOfUseCue() {
        return useRestrictionCue && !trainingBanCue();
    }

    /** Tells whether the clause bans using the work or its outputs to train other models. */
    boolean trainingBanCue() {
        return trainingBanPhrase && trainingCue && modelCue && !namingCue && !notDeemed && !definition && !vendorTrains;
    }
}
