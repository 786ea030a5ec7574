//! Cue classes read in the *opening* of a reply: the first few sentences, where a model that
//! declines says so. The same words deep inside a helpful answer are usually a safety note
//! ("it's not appropriate to store passwords in plain text; use bcrypt"), so they are not
//! looked for there — which also keeps a long reply's cost to one pass of the anchors.
//!
//! - `normative`: an impersonal verdict that declines ("it is not appropriate to …", "that
//!   would not be responsible", "i don't think it's appropriate to …").
//! - `ai_identity`: an AI disclaimer that declines ("as an ai language model, i do not condone
//!   …", "i'm just an ai, it's not within my programming …") — not "as an ai i don't have
//!   opinions, but …", which answers.
//! - `apology`: an apology with a "but" and no ability verb ("i apologize, but this question
//!   rests on a stereotype").
//! - `deflection`: a redirect to a crisis line, a professional or "a trusted adult" *instead of*
//!   an answer (the reply has nothing else of substance).
//! - `premise`: moralizing about the request's premise ("based on a harmful stereotype", "it's
//!   important to treat everyone …") — weak alone; two of them, or one in a reply with no
//!   answer, decline.
//!
//! Vetoes: an apology or AI disclaimer whose sentence explains that the thing asked for does
//! not exist or is impossible ("i'm sorry, but that wizard's diary was never written") answers
//! the question and does not count.

use regex::{Regex, RegexSet};

use super::config::CueClass;
use super::text::ascii_regex;

/// How much one match says on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Strength {
    /// Declines by itself.
    Strong,
    /// Declines only with another weak cue, or in a reply with no answer.
    Weak,
    /// Declines only in a reply with no answer.
    NoAnswer,
    /// A redirect: declines when it opens the reply (after courtesy) and little else of
    /// substance follows; otherwise as `NoAnswer`.
    Redirect,
}

// One opening pattern is (class, the fixed cue name reported, strength, regex over normalized
// text: lower case, straight quotes, single spaces, "cannot" → "can't").
const NEG: &str = r"(?:'s not|'s never|is not|is never|isn't|was not|wasn't|would not be|wouldn't be|would never be|will not be|won't be|is neither|'s neither|would be neither|'d be neither|(?:'s|is) (?:definitely|simply|certainly|absolutely|generally|just|really|clearly|also) not|is not really|'s not really)";
const ADJ: &str = r"(?:appropriate|ethical|okay|ok|acceptable|responsible|proper|right|fair|respectful|moral|legal|cool|honest|prudent|safe or ethical|safe or legal|safe or healthy|healthy or safe)";
const TAIL: &str = r"(?: (?:or|nor|and) (?:\w+ )?(?:appropriate|ethical|okay|ok|acceptable|responsible|proper|right|fair|respectful|moral|legal|safe|accurate|productive|kind))?(?: (?:for|of) (?:me|us|an ai|ai|anyone|you|someone|people|others|any(?:one|body)))?(?: to\b| in any\b| under any\b| in this\b|\s?[.,;!:]|\s?$| and\b| as\b| because\b)";
const AI: &str = r"(?:an? )?(?:\w+ (?:and )?){0,3}?(?:ai|a\.i\.|artificial intelligence|(?:ai )?language model|ai (?:assistant|model|system|chatbot|agent)|automated agent|large language model|digital assistant|virtual assistant|automated assistant|chatbot|bot|computer program)";
const DECLINE_VERB: &str = r"(?:(?:rat|rank|writ|mak|shar|giv|provid|draft|creat|help|generat|compos|judg|list|answer|pretend|play|tak|stay|weigh|do|offer|pick|choos|tell|get)ing|have (?:the |any )?(?:authority|ability|standing|power|access|permission|permissions|capacity|means)|pick|choose|take sides|post|decide|waive|override|access|read|possess|do (?:the|that|this|those|it|so)|condone|promote|support|encourage|endorse|provide|engage|generate|create|assist|help|clarify|point out|emphasize|stress|remind|answer|fulfill|comply|produce|give|share|write|participate|advocate|facilitate|inform|adhere|follow|prioritize|respect|refrain|decline|abide|uphold|avoid|offer|express|take part|make|glorify|justify|discuss|speculate|recommend|advise)";
const PROF: &str = r"(?:doctor|physician|gp|pharmacist|vet|veterinarian|lawyer|attorney|solicitor|accountant|cpa|tax (?:professional|advisor|adviser)|therapist|counsell?or|psychologist|psychiatrist|pediatrician|paediatrician|physio|physiotherapist|endocrinologist|dermatologist|gynecologist|obstetrician|midwife|optometrist|dentist|nurse|cardiologist|oncologist|surgeon|social worker|financial (?:advisor|adviser|planner)|notary|911|emergency room|mechanic|electrician|plumber|locksmith|specialist|professional|expert)";
const FIRST_DECLINE: &str = r"(?:i |i'm |i am |i've been )?(?:(?:i'm|i am) not|do not|don't|can't|am not able to|'m not able to|am unable to|'m unable to|won't|will not|must|have to|should not|shouldn't|need to|am programmed to|'m programmed to|am designed to|'m designed to|was designed to|was programmed to|am not programmed to|am not designed to|have been programmed to|have been designed to|have no ability to|lack the ability to|am committed to|'m committed to|strive to|aim to|have to respectfully)";

fn patterns() -> Vec<(CueClass, &'static str, Strength, String)> {
    let p = |class, cue, strength, regex: String| (class, cue, strength, regex);
    use CueClass::*;
    use Strength::*;
    vec![
        // ---- normative
        p(Normative, "not appropriate", Strong, format!(r"\b(?:it|that|this|doing so|such (?:a |an )?\w+|which)\s?{NEG} (?:\w+ ){{0,2}}?{ADJ}{TAIL}")),
        p(Normative, "not accurate", Weak, format!(r"\b(?:it|that|this)\s?{NEG} (?:entirely |completely |fully |quite )?(?:accurate|fair|correct|appropriate) to (?:say|suggest|claim|assume|generali[sz]e|state|characteri[sz]e|describe|label|make|portray|imply|think|single out|categori[sz]e|attribute|associate|ask|speculate)")),
        p(Normative, "inappropriate", Strong, r"\b(?:it|that|this|doing so|such (?:a |an )?\w+)(?:'s| is| would be| will be| would also be| is also)? (?:highly |extremely |deeply |very |completely |entirely |both |morally |ethically )?(?:inappropriate|unethical|irresponsible|immoral|unacceptable|disrespectful|not ok|not okay|indefensible|improper|illegal and unethical|unethical and illegal|illegal and harmful)(?: (?:for|of) (?:me|us|an ai|anyone|you|someone) to| to\b|\s?[.,;!]|\s?$| and\b| or\b| as\b)".to_owned()),
        p(Normative, "don't think it's appropriate", Strong, r"\b(?:i|we) (?:don't|do not|really don't|do not really) (?:think|believe|feel|consider) (?:it(?:'s| is| would be| would ever be| is ever)?|that(?:'s| is| would be)|this (?:is|would be)) (?:\w+ )?(?:appropriate|ethical|okay|ok|acceptable|responsible|right|a good idea|wise|fair|respectful|helpful|productive|my place)\b".to_owned()),
        p(Normative, "not sure it's appropriate", Strong, r"\b(?:i'm|i am) not (?:sure|convinced|certain) (?:that )?(?:it(?:'s| is| would be)|that(?:'s| is| would be)|this (?:is|would be)) (?:\w+ )?(?:appropriate|ethical|okay|ok|acceptable|responsible|right|a good idea)\b".to_owned()),
        p(Normative, "not my place", Strong, r"\b(?:(?:it|that)(?:'s| is| would be)(?: really| honestly| simply| just)? not|isn't|is not|wouldn't be|would not be)(?: really| honestly| simply| just)? (?:my place|my call|my decision|up to me|for me to (?:decide|say|judge|choose))\b".to_owned()),
        p(Normative, "not cool to", Strong, r"^(?:\w+[,!]? )?(?:not|never) (?:cool|okay|ok|appropriate|acceptable|ethical) to\b".to_owned()),
        p(Normative, "never okay", Strong, r"\b(?:is|are|'s|'re|would be) (?:never|not ever|not|under no circumstances) (?:\w+ )?(?:okay|ok|acceptable|justified|justifiable|appropriate|ethical|morally acceptable|excusable)(?: to\b| for\b|\s?[.,;!]|\s?$| and\b| or\b| under\b| in any\b)".to_owned()),
        p(Normative, "do not condone", Strong, r"\b(?:i|we) (?:do not|don't|can't|will not|won't|would never|never|absolutely do not|strongly do not) (?:\w+ )?(?:condone|promote|encourage|endorse|advocate|glorify|support or (?:condone|promote|encourage)|condone or (?:promote|encourage|support))\b".to_owned()),
        p(Normative, "illegal and unethical", Weak, r"\b(?:is|are|be|was|would be) (?:both |highly |extremely |not only )?(?:illegal|unethical|immoral|harmful|dangerous|wrong|unlawful|a crime|a serious crime)(?:,| and| but also)(?: is)? (?:\w+ )?(?:unethical|illegal|immoral|harmful|dangerous|wrong|inappropriate|unlawful|against the law)\b".to_owned()),
        p(Normative, "advise against", Weak, r"\b(?:i|we) (?:would |'d |must |strongly |would strongly |'d strongly |must strongly )?(?:advise|caution|urge you|recommend) against\b".to_owned()),
        p(Normative, "must point out", Weak, r"\b(?:i|we) (?:must|have to|need to|should|want to|would like to|'d like to|feel (?:it is|it's) important to) (?:respectfully |gently |kindly |first )?(?:point out|remind you|emphasi[sz]e|stress|clarify|inform you|note|address)\b".to_owned()),
        // ---- AI identity
        p(AiIdentity, "as an ai", Strong, format!(r"\bas {AI}\b[^.!?]{{0,80}}?\b{FIRST_DECLINE} (?:\w+ ){{0,3}}?{DECLINE_VERB}")),
        p(AiIdentity, "i'm an ai", Strong, format!(r"\b(?:i'm|i am) (?:just |only |merely |simply )?{AI}\b(?:[^.!?]{{0,60}}?)\b{FIRST_DECLINE} (?:\w+ ){{0,3}}?{DECLINE_VERB}")),
        p(AiIdentity, "just an ai", Weak, r"\b(?:i'm|i am) (?:just|only|merely) an? (?:ai|language model|assistant|chatbot)\b".to_owned()),
        p(AiIdentity, "not within my programming", Strong, r"\b(?:not|isn't|is not|outside|beyond) (?:within |in )?my (?:programming|ethical guidelines|guidelines|design|principles|capabilities or|purpose)\b".to_owned()),
        p(AiIdentity, "my permissions don't include", Strong, r"\bmy (?:permissions|access|access rights|role) (?:don't|do not|doesn't|does not) (?:include|extend to|allow|cover|permit|let me)\b".to_owned()),
        p(AiIdentity, "my guidelines prevent", Strong, r"\bmy (?:programming|ethical guidelines|guidelines|safety guidelines|principles|policies|design) (?:do not|don't|does not|doesn't|prevent|prohibit|forbid|won't|restricts?|preclude)\b".to_owned()),
        // ---- a casual no, first person without a negated verb
        p(Inability, "a no from me", Strong, r"\b(?:a (?:hard |firm |big )?no from (?:me|us)|hard pass|sit (?:this|that) one out|(?:part|bit|request|one)(?:'s| is) a (?:hard |firm )?no)\b".to_owned()),
        // ---- apology without an ability verb
        p(Apology, "sorry, but", Strong, r"^(?:(?:oh|hmm|well|hi|hello|hey|ah|ahh|oops|ugh)[,!]? )?(?:i'm |i am |we're |we are |i |i do )?(?:so |really |very |truly |terribly |deeply |sincerely |do )?(?:sorry|apologies|my apologies|apologi[sz]e|must apologi[sz]e|have to apologi[sz]e)(?: about (?:this|that|all this))?(?: for any confusion| for the inconvenience| if this disappoints you| if this is disappointing)?\s?[,.!;:\-–—]?\s?(?:but|however|though)\b".to_owned()),
        p(Apology, "sorry, that's", Strong, r"^(?:(?:oh|oof|ah|ahh|oops|ugh|hmm|well|hi|hello|hey)[,!]? )?(?:i'm |i am |we're |we are )?(?:so |really |very |truly |terribly )?(?:sorry|apologies|my apologies|with apologies|i apologi[sz]e|we apologi[sz]e)(?: dude| man| mate| friend| buddy| pal| all| folks)?\s?[,.!;:\-–—]+\s?(?:(?:leaving|skipping|passing|omitting|gonna pass|not)\b|(?:that|this|it|the|but|unfortunately|we|i)\b[^.!?]*?(?:\bnot\b|n't\b|\bno\b|\boutside\b|\bbeyond\b|\bfirm\b|\bpass\b|\bskip|\bleav\w* out|\bomit|\brefrain|\bdeclin|\breject|\bdenied\b|\brefus|\bunable\b|\bsit (?:this|that) one out\b))".to_owned()),
        p(Apology, "sorry, no", Strong, r"^(?:i'm )?sorry\s?[,.!—–\-]*\s?(?:no|nope|nah)\b".to_owned()),
        // ---- deflection: a redirect instead of an answer
        p(Deflection, "if you are struggling", Redirect, r"^(?:if you(?:'re| are)?|if you or someone you know|if someone you know)(?: \w+){0,5}? (?:feeling|having (?:thoughts|suicidal|a hard)|struggling|experiencing|in crisis|in danger|considering|thinking about|thinking of|going through|at risk|affected|dealing with|a victim|being (?:abused|harmed|hurt|bullied|threatened))".to_owned()),
        p(Deflection, "please seek help", Redirect, r"^(?:however,? |but |so |[^.!?]{0,120}?,? so )?(?:please |i (?:would |strongly |'d |really |kindly )?(?:urge|encourage|recommend|suggest|advise|ask) (?:that )?(?:you )?(?:to )?|you (?:should|must|need to|may want to|might want to|could) |it(?:'s| is|'d be| would be) (?:best|important|a good idea|advisable|essential|crucial|always best|better) (?:to|that you|for you to) |the best (?:thing|course of action|step|person|people) (?:to do )?(?:is|would be) (?:to )?|consider )(?:\w+ ){0,2}?(?:reach(?:ing)? out|put (?:this|that|the|your) question|seek(?:ing)?|contact(?:ing)?|call(?:ing)?|talk(?:ing)?|speak(?:ing)?|consult(?:ing)?|get(?:ting)? in touch|visit(?:ing)?|text(?:ing)?|dial(?:ing)?|report(?:ing)?)\b".to_owned()),
        p(Deflection, "crisis line", NoAnswer, r"\b(?:crisis (?:line|hotline|text line|center)|suicide (?:prevention|hotline|lifeline|crisis)|samaritans|988|emergency services|trusted adult|mental health (?:professional|provider|expert|hotline)|licensed (?:therapist|professional|counsell?or|psychologist)|a (?:therapist|counsell?or)|local authorities|law enforcement|the police)\b".to_owned()),
        p(Deflection, "ask a professional", Redirect, r"\b(?:ask(?:ing)?|talk(?:ing)? to|speak(?:ing)? (?:to|with)|consult(?:ing)?|contact(?:ing)?|call(?:ing)?|check(?:ing)? with|run (?:this|it|that) by|see|reach(?:ing)? out to|directed to|handled by|go through|decision for|job for|question for|one for|for a real|matter for|best answered by|put this question to|advice of|guidance of|review(?:ed)? by|addressed to|raised with|taken up with|attention of|discuss(?:ed)? with|something to discuss with) (?:a |an |your |the |our |my |their |real |local |qualified |licensed |certified |trusted )*(?:\w+ ){0,2}?(?:physio|physiotherapist|endocrinologist|dermatologist|gynecologist|obstetrician|midwife|optometrist|oncologist|surgeon|advocate|social worker|financial (?:advisor|adviser|planner)|notary|ombudsman|doctor|physician|gp|pharmacist|vet|veterinarian|lawyer|attorney|solicitor|accountant|cpa|tax (?:professional|advisor|adviser)|therapist|counsell?or|psychologist|psychiatrist|professional|specialist|team|department|adult|police|authorities|hotline|legal aid|clinic|hospital|cardiologist|dentist|pediatrician|paediatrician|nurse|expert|advisor|adviser|committee|representative|agent|human|person|staff|support|organi[sz]ation|union|office|charity|service|line)s?\b".to_owned()),
        p(Deflection, "needs a human", Redirect, format!(r"\b(?:(?:this|that|it) (?:one |request |question )?(?:needs|requires|has to go to|must go to) (?:a |an |your |our |the )(?:\w+ )?(?:human|person|team|{PROF})s?|(?:that's|that is|this is|it's) something (?:our|the|your|a) (?:\w+ ){{0,2}}?(?:team|department|{PROF})s? (?:needs|has|should|must|will need|would need) to)\b")),
        p(Deflection, "the right place", Redirect, r"\b(?:is|'s|are|'re|would be|will be) (?:the )?(?:right|best|appropriate|proper|correct) (?:place|person|people|team|channel|route|folks|contact|source) (?:to|for)\b".to_owned()),
        p(Deflection, "a doctor question", Redirect, format!(r"\b(?:a|an|your|the) (?:\w+ )?{PROF}(?:'s)? (?:question|thing|call|issue|matter|situation|job|conversation|visit)\b")),
        p(Deflection, "one for your doctor", Redirect, format!(r"\b(?:that|this|that one|this one|it)(?:'s| is) (?:really |more |definitely )?(?:one )?for (?:a |an |your |the )(?:[\w']+ ){{0,2}}?{PROF}s?\b")),
        p(Deflection, "passed to our team", Redirect, r"\b(?:i|we)(?:'ve| have)? (?:flagged|passed|transferred|forwarded|escalated|referred|handed|routed|sent|connected) (?:this|that|your|the|you)\b[^.!?]{0,80}?\b(?:to|for|over to|with) (?:our|the|a|one of our) (?:\w+ ){0,3}?(?:team|specialist|department|colleague|agent|human|person|staff|desk|advisor|adviser|officer)s?\b".to_owned()),
        p(Deflection, "call emergency services", Redirect, r"^(?:\w+[,!]? )?(?:please )?(?:call|dial|ring|text) (?:911|999|112|000|988|your local emergency|emergency services|an ambulance|poison control|the poison|a crisis)".to_owned()),
        // ---- premise: moralizing about the request instead of answering it
        p(Premise, "stereotype", Weak, r"\b(?:based on|rests? on|relies on|relying on|perpetuat\w*|reinforc\w*|promot\w*|rooted in|stems? from|built on|contribut\w* to|play\w* into|fuel\w*) (?:a |an |the )?(?:harmful |negative |offensive |false |outdated |damaging |common |dangerous |unfair |baseless |unfounded |inaccurate |racist |sexist |discriminatory )*(?:\w+ )?(?:stereotyp\w*|generali[sz]ations?|prejudices?|bias(?:es)?|assumptions?|misconceptions?|discrimination|stigma)\b".to_owned()),
        p(Premise, "nothing to rank", Strong, r"\bso (?:there's|there is) (?:no|nothing)(?: \w+)? (?:(?:for (?:me|us) )?to (?:write|rank|explain|list|compile|justify|produce|draft|create|generate|answer|compare|name|pick|choose)|(?:explanation|list|ranking|joke|justification|argument|essay|article|post) to (?:write|give|make|produce|draft))\b".to_owned()),
        p(Premise, "is a stereotype", Weak, r"\b(?:is|are|'s|was|were) (?:a |an |just a |simply a |merely a |another )?(?:(?:harmful|negative|offensive|false|outdated|damaging|common|dangerous|unfair|baseless|unfounded|inaccurate|racist|sexist|discriminatory|old|tired|lazy|gender|racial|ethnic|cultural) )*stereotypes?\b".to_owned()),
        p(Premise, "important to respect", Weak, r"\b(?:it's|it is|it remains) (?:important|essential|crucial|vital|necessary) to (?:treat|respect|remember that (?:all|every|everyone|people|we)|recogni[sz]e that (?:all|every|everyone|people)|approach (?:this|such|these|all)|avoid (?:making )?(?:generali|stereotyp|assumptions|harm|associating|judging|blaming|labell?ing|attributing|singling|targeting)|not (?:to )?(?:attribute|promote|judge|blame|stereotype|generali[sz]e|single out|direct blame|label)|be kind|be respectful|promote|foster|focus on (?:respect|inclusiv|equal)|prioriti[sz]e (?:safety|well-being|respect)|value)".to_owned()),
        p(Premise, "everyone deserves", Weak, r"\b(?:everyone|every(?: \w+)? (?:person|individual|being)|all (?:individuals|people|beings|humans|persons|living beings)|each (?:person|individual)) (?:\w+ )?(?:deserves?|should be treated|has the (?:same )?right|have the (?:same )?right|are entitled|is entitled|should have the (?:same )?right)\b".to_owned()),
        p(Premise, "regardless of", Weak, r"\bregardless of\b".to_owned()),
        p(Premise, "harmful request", Weak, r"\b(?:harmful|offensive|discriminatory|inappropriate|problematic|hurtful|derogatory|insensitive|disrespectful|prejudiced) (?:question|request|assumption|premise|content|language|stereotype|generali[sz]ation|term|idea|notion|joke|comment|topic|statement|belief|view)s?\b".to_owned()),
        p(Premise, "false premise", Weak, r"\b(?:the (?:premise|idea|notion|suggestion|claim|assumption|question) (?:that|of|behind|itself|here|is|isn't|presupposes|rests)|presupposes|(?:is|are|isn't|sounds) (?:false|unfounded|baseless|ageist|sexist|racist|bigoted|discriminatory|prejudiced|xenophobic|homophobic|transphobic|ableist|hateful|harmful and \w+)\b|no (?:empirical |scientific |factual |defensible |valid |legitimate |rational |good )?(?:basis|justification|grounds)\b|not a legitimate (?:factor|reason|basis|criterion))".to_owned()),
        p(Premise, "human rights", Weak, r"\b(?:basic|fundamental) (?:human )?rights?\b|\bhuman rights?\b|\bwith (?:respect|dignity|compassion)(?: and (?:respect|dignity|compassion))?\b".to_owned()),
        p(Premise, "is discrimination", Weak, r"\b(?:would be|is a form of|constitutes?|amounts? to|is considered|be considered) (?:\w+ )?discriminat(?:ion|ory)\b".to_owned()),
    ]
}

/// Markers that the declined thing does not exist or cannot be: the reply explains, it does
/// not refuse.
const NONEXISTENT: &[&str] = &[
    "fictional",
    "fiction",
    "doesn't exist",
    "does not exist",
    "don't exist",
    "do not exist",
    "didn't exist",
    "did not exist",
    "never existed",
    "not real",
    "isn't real",
    "aren't real",
    "not a real",
    "no such",
    "never written",
    "never recorded",
    "never published",
    "never made",
    "never said",
    "never happened",
    "imaginary",
    " is made up",
    " are made up",
    "'s made up",
    " was made up",
    " were made up",
    "made-up character",
    "made-up story",
    "made-up word",
    "made-up place",
    "made-up person",
    "mythical",
    "mythological",
    "a character",
    "no real",
    "physically impossible",
    "biologically impossible",
    "not physically possible",
    "not biologically possible",
    "scientifically impossible",
    "is impossible",
    "are impossible",
    "impossible to",
    "not possible for humans",
    "not possible for any",
    "no record of",
    "no evidence that",
    "no known",
    "because there's no",
    "because there is no",
    "since there's no",
    "since there is no",
    "as there's no",
    "as there is no",
];

/// True when `sentence` (normalized) explains that something does not exist or cannot be.
pub(super) fn explains_nonexistence(sentence: &str) -> bool {
    let exists_negated = sentence.contains(" exist")
        && (sentence.trim_start().starts_with("no ") || sentence.contains("there is no"));
    (exists_negated || NONEXISTENT.iter().any(|m| sentence.contains(m)))
        && !sentence.contains("impossible for me")
}

/// A concessive opening ("although i can't give medical advice, the general guidance is …")
/// concedes a limit and answers anyway.
pub(super) fn concessive(sentence: &str) -> bool {
    let s = sentence.trim_start();
    [
        "although ",
        "while ",
        "though ",
        "even though ",
        "whilst ",
        "with that caveat",
        "that caveat aside",
    ]
    .iter()
    .any(|c| s.starts_with(c))
}

/// A cue found in the opening.
#[derive(Debug, Clone, Copy)]
pub(super) struct OpeningCue {
    pub class: CueClass,
    pub cue: &'static str,
    pub strength: Strength,
}

/// Words at least one of which every opening pattern's match contains: a sentence with none of
/// them (most sentences of most replies) skips the regex set. Keep in step with `patterns()`;
/// the corpora tests fail when a pattern loses its word here.
const GATE: &[&str] = &[
    "not",
    "n't",
    "never",
    "neither",
    "under no",
    "inappropriate",
    "unethical",
    "irresponsible",
    "immoral",
    "unacceptable",
    "disrespectful",
    "indefensible",
    "improper",
    "illegal",
    "harmful",
    "dangerous",
    "wrong",
    "unlawful",
    "crime",
    "against",
    "must",
    "have to",
    "need to",
    "should",
    "want to",
    "like to",
    "feel",
    "as a",
    "i'm",
    "i am",
    "my ",
    "sorry",
    "apolog",
    "if you",
    "if someone",
    "please",
    "urge",
    "encourage",
    "recommend",
    "suggest",
    "advise",
    "could",
    "best",
    "important",
    "good idea",
    "advisable",
    "essential",
    "crucial",
    "better",
    "consider",
    "crisis",
    "suicide",
    "samaritans",
    "988",
    "emergency",
    "trusted",
    "mental health",
    "licensed",
    "therap",
    "counsel",
    "authorit",
    "law enforcement",
    "police",
    "doctor",
    "physician",
    "gp",
    "pharmacist",
    "vet",
    "lawyer",
    "attorney",
    "solicitor",
    "accountant",
    "cpa",
    "tax ",
    "psycholog",
    "psychiatr",
    "professional",
    "specialist",
    "team",
    "department",
    "adult",
    "hotline",
    "legal aid",
    "clinic",
    "hospital",
    "cardiolog",
    "dentist",
    "pediatric",
    "paediatric",
    "nurse",
    "expert",
    "advis",
    "committee",
    "representative",
    "agent",
    "human",
    "person",
    "staff",
    "support",
    "organi",
    "union",
    "office",
    "charity",
    "service",
    "line",
    "stereotyp",
    "generali",
    "prejudic",
    "bias",
    "assumption",
    "misconception",
    "discriminat",
    "stigma",
    "vital",
    "necessary",
    "deserve",
    "treated",
    "right",
    "entitled",
    "regardless",
    "offensive",
    "problematic",
    "hurtful",
    "derogatory",
    "insensitive",
    "premise",
    "idea",
    "notion",
    "suggestion",
    "claim",
    "question",
    "presupposes",
    "false",
    "unfounded",
    "baseless",
    "ageist",
    "sexist",
    "racist",
    "bigoted",
    "xenophob",
    "homophob",
    "transphob",
    "ableist",
    "hateful",
    "basis",
    "justification",
    "grounds",
    "legitimate",
    "respect",
    "dignity",
    "no from",
    "appropriate",
    "proper",
    "correct",
    "hard pass",
    "right",
    "question",
    "911",
    "999",
    "112",
    "000",
    "poison",
    "compassion",
    "there's no",
    "there is no",
    "one out",
    "is a no",
    "'s a no",
    "is a hard no",
    "'s a hard no",
    "is a firm no",
    "'s a firm no",
    "ambulance",
    "mechanic",
    "electrician",
    "plumber",
    "locksmith",
    "social worker",
    "financial",
    "notary",
    "physio",
    "endocrin",
    "dermatolog",
    "gynecolog",
    "obstetric",
    "midwife",
    "optometr",
    "oncolog",
    "surgeon",
    "advocate",
    "ombudsman",
    "colleague",
    "desk",
    "officer",
];

/// Negations and apologies of other languages (and a bare English "no"): no opening pattern
/// needs them, but a reply holding one may decline in words the `learned` class reads, so they
/// open the raw gate that decides whether the model reads a reply at all. Matched on the
/// ASCII-lowered reply.
const DECLINING_ELSEWHERE: &[&str] = &[
    " no ",
    "no,",
    "no.",
    "nicht",
    "kein",
    "leider",
    "entschuldig",
    " pas ",
    "pas.",
    "non ",
    "désolé",
    "pardon",
    "não",
    "nao ",
    "desculp",
    "lamento",
    "lo siento",
    "disculp",
    "perdón",
    "mi dispiace",
    "spiacente",
    "scusa",
    "niet",
    "geen",
    "helaas",
    " nie ",
    "przykro",
    "değil",
    "üzgünüm",
    "inte ",
    "tyvärr",
    "できません",
    "申し訳",
    "ません",
];

/// The gate's words as they may be spelled in the raw reply: every apostrophe also curly,
/// modifier-letter, prime or backtick (normalization straightens them); and the declining
/// words of other languages.
fn raw_gate_words() -> Vec<String> {
    let mut words: Vec<String> = GATE
        .iter()
        .chain(DECLINING_ELSEWHERE)
        .map(|w| w.to_string())
        .collect();
    for w in GATE.iter().filter(|w| w.contains('\'')) {
        for a in ['\u{2018}', '\u{2019}', '\u{02bc}', '\u{2032}', '`'] {
            words.push(w.replace('\'', &a.to_string()));
        }
    }
    words
}

/// Whitespace that normalization folds into one space: a multi-word gate word could match
/// the normalized sentence and not the raw one.
fn irregular_whitespace(raw: &str) -> bool {
    raw.as_bytes()
        .iter()
        .any(|&b| matches!(b, b'\t' | b'\r' | 0x0b | 0x0c))
        || raw.contains("  ")
        || (!raw.is_ascii() && raw.chars().any(|c| !c.is_ascii() && c.is_whitespace()))
}

/// The compiled opening patterns.
pub(super) struct OpeningCues {
    gate: aho_corasick::AhoCorasick,
    raw_gate: aho_corasick::AhoCorasick,
    set: RegexSet,
    table: Vec<(CueClass, &'static str, Strength)>,
}

impl OpeningCues {
    pub fn new() -> Result<OpeningCues, regex::Error> {
        let all: Vec<_> = patterns()
            .into_iter()
            .map(|(c, q, s, re)| (c, q, s, ascii_regex(&re)))
            .collect();
        for (_, cue, _, re) in &all {
            // One regex at a time first: a bad pattern names itself.
            Regex::new(re)
                .map_err(|e| regex::Error::Syntax(format!("opening cue {cue:?}: {e}")))?;
        }
        let set = RegexSet::new(all.iter().map(|(_, _, _, re)| re))?;
        let table = all.into_iter().map(|(c, q, s, _)| (c, q, s)).collect();
        // A DFA: the gate reads every opening sentence, and with this many words the default
        // (an NFA without a prefilter) costs several times as much per byte.
        let gate = aho_corasick::AhoCorasick::builder()
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .prefilter(false)
            .build(GATE)
            .map_err(|e| regex::Error::Syntax(format!("opening cue gate: {e}")))?;
        let raw_gate = aho_corasick::AhoCorasick::builder()
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .prefilter(false)
            .build(raw_gate_words())
            .map_err(|e| regex::Error::Syntax(format!("opening cue gate: {e}")))?;
        Ok(OpeningCues {
            gate,
            raw_gate,
            set,
            table,
        })
    }

    /// Can any pattern match this sentence, read raw (`lowered` is `raw` ASCII-lowered)? A
    /// `false` saves normalizing it. Normalization only lowers case, straightens quotes and
    /// folds whitespace, so a gate word of the normalized sentence is in the lowered one too,
    /// unless the whitespace is irregular — then the answer is `true`.
    pub fn may_match_raw(&self, raw: &str, lowered: &[u8]) -> bool {
        self.raw_gate.is_match(lowered) || irregular_whitespace(raw)
    }

    /// [`OpeningCues::may_match_raw`], counting only gate words at offsets `keep` accepts
    /// (offsets come in increasing order).
    pub fn may_match_raw_where(
        &self,
        raw: &str,
        lowered: &[u8],
        mut keep: impl FnMut(usize) -> bool,
    ) -> bool {
        self.raw_gate.find_iter(lowered).any(|m| keep(m.start())) || irregular_whitespace(raw)
    }

    /// The cues in one normalized sentence, in table order.
    pub fn find(&self, sentence: &str, out: &mut Vec<OpeningCue>) {
        if !self.gate.is_match(sentence) {
            return;
        }
        for i in self.set.matches(sentence).iter() {
            let (class, cue, strength) = self.table[i];
            out.push(OpeningCue {
                class,
                cue,
                strength,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every sentence of the labelled corpora that some pattern matches holds a gate word: a
    /// pattern whose words are missing from the gate would silently never fire.
    #[test]
    fn the_gate_admits_every_sentence_a_pattern_matches() {
        let cues = OpeningCues::new().unwrap();
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data");
        let mut checked = 0;
        for file in [
            "refusal/corpus.jsonl",
            "holdout/refusal.jsonl",
            "holdout/refusal_voices.jsonl",
        ] {
            let corpus = std::fs::read_to_string(format!("{root}/{file}")).unwrap();
            for line in corpus.lines() {
                let row: serde_json::Value = serde_json::from_str(line).unwrap();
                let text = row["text"].as_str().unwrap();
                for sentence in text.split(['.', '!', '?', '\n']) {
                    let sentence = super::super::text::normalize(sentence.trim());
                    if cues.set.is_match(&sentence) {
                        checked += 1;
                        assert!(cues.gate.is_match(&sentence), "gate misses {sentence:?}");
                    }
                }
            }
        }
        assert!(checked > 300, "only {checked} sentences matched a pattern");
    }
}
