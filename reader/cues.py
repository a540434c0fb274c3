"""How the quote engine reads text: speech cues, mentions of people, and scanning.

The regular expressions here are written to be scanned fast by Python's engine: a pattern
that starts with literals or one character class is searched for at C speed, one that
starts with ``\\b`` or a group of classes is tried at every position. Cue words are
matched through a trie-shaped alternation for the same reason.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from reader.people import ACRONYM_TITLES, COURTESY, OFFICES
from reader.quotemarks import parts

_LINE_BREAK = re.compile("\n")


def scan(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` in parts that end at line breaks (see ``parts``): for
    patterns that match across words but not across lines."""
    for start, end in parts(text, _LINE_BREAK):
        yield from pattern.finditer(text, start, end)


_CUE_WORDS = (
    """
say said says saying tell told tells telling reasoned interjected interjects add added adds
adding stress stressed stresses clarify clarified clarifies clarifying
outlined outlines
stressing state stated states stating note noted notes noting emphasise emphasised emphasises
emphasising emphasize emphasized emphasizes emphasizing reiterate reiterated reiterates
reiterating warn warned warns warning declare declared declares declaring explain explained
explains explaining ask asked asks asking insist insisted insists insisting urge urged urges
urging argue argued argues arguing write wrote writes writing posted posts posting tweeted
tweets continue continued continues continuing conclude concluded concludes concluding reply
replied replies replying respond responded responds responding remark remarked remarks
remarking observe observed observes observing announce announced announces announcing claim
claimed claims claiming caution cautioned cautions cautioning acknowledge acknowledged
acknowledges acknowledging admit admitted admits admitting recall recalled recalls recalling
affirm affirmed affirms affirming underline underlined underlines underlining underscore
underscored underscores underscoring highlight highlighted highlights highlighting maintain
maintained maintains maintaining assert asserted asserts asserting contend contended contends
concede conceded concedes conceding comment commented comments commenting predict predicted
predicts promise promised promises promising vow vowed vows vowing pledge pledged pledges
pledging shout shouted shouts blurt blurted blurts joke joked jokes quip quipped quips exclaim
exclaimed answer answered answers answering call called calls calling describe described
describes describing characterized characterised characterizes characterises characterizing
characterising confirm confirmed confirms confirming deny denied denies denying suggest
suggested suggests suggesting complain complained complains complaining boast boasted boasts
proclaim proclaimed proclaims proclaiming exclaiming bellowing bellowed professed professes
testify uttered utters testified recount recounted recounts repeat
repeated repeats repeating
thank thanked thanks mention mentioned mentions mentioning demand demanded demands demanding
praise praised praises praising criticise criticised criticises criticize criticized
criticizes slam slammed slams slamming hail hailed hails label labelled labeled labels labelling
labeling brand branded brands branding dub dubbed dubs dubbing term termed terms condemn
condemned condemns accuse accused accuses
commend commended commends commending hint hinted hints hinting reveal revealed reveals
revealing deplore deplored deplores deploring liken likened likens likening advise advised
advises advising
reaffirm reaffirmed reaffirms reaffirming dismiss dismissed dismisses reject rejected rejects
lament lamented laments agree agreed agrees retort retorted retorts retorting counter countered
counters jested quipping joking boasting mocking taunting scoffing sneering lamenting contending
countering denouncing decrying deriding condemning dismissing rejecting predicting recounting
testifying tweeting yelling muttering murmuring scolding chiding thanking accusing criticising
criticizing hailing
whisper whispered whispers whispering murmured mutters muttered shouting cried yelled wondered
shared shares mocked mocks taunted taunts scoffed scoffs sneered
read reads lectured scolded chided snapped chanting threatened threatens threatening
referred chanted referring refers allege alleged alleges alleging advise advised advises
laud lauded lauds lauding recognizes recognises indicate indicated indicates indicating
implore implored implores
cite cited cites citing ruled determined sang sings credited blamed salute saluted salutes reported
saluting challenge challenged challenges challenging penned pens charged charges charging raps
rapped
accepted accepts accepting remind reminded reminds reminding
believe believes believed believing feel feels felt wished appreciated appreciates
congratulate congratulated congratulates congratulating dedicated dedicates dedicating
gush gushed gushes gushing coo cooed coos cooing rave raved raves raving confess confessed
assure assured assures assuring apologise apologised apologises apologising apologize
apologized apologizes apologizing
confesses confessing captioned captions captioning specify specified specifies query
queried queries
deemed deems decried decries denounced denounces derided derides blasted blasts admired
rebuked rebukes rebuking
rant rants ranted ranting fumed fumes fuming raged sighed sighs laughed laughs
requested requests requesting refute refuted refutes refuting rebutted rebuts
lambast lambasted lambasts lambasting castigated castigates berated berates excoriated
roasted roasts roasting attacked attacking
""".split()
    + [
        "according to",
        *(  # "he would introduce himself as 'the fifth James Bond'": his words for himself
            f"{verb} {who} as"
            for verb in ("introduce", "introduced", "introduces", "introducing")
            for who in ("himself", "herself", "themselves")
        ),
        "reported by",  # "As reported by CNET, '...'"
        "in the words of",
        "borrow a line from",  # "to borrow a line from Dr. Seuss, '...'"
        "pointed out",
        "appealed to",  # "He appealed to Abela to stop with this 'perilous attitude'"
        "appealed for",
        "appealing to",
        "appealing for",
        "pleaded with",  # "Agri SA pleaded with the government 'to prioritise ...'" (not
        "pleads with",  # "pleaded guilty")
        "pleading with",
        "expressed hope",  # "Putin also expressed confidence that '...'" (but not "expressed
        "expressed confidence",  # a 'very clear intent'", the words of whoever reports it)
        "expressed concern",
        "expressing hope",
        "expressing confidence",
        "expressing concern",
        "expressed disappointment",  # "Eamon Ryan expressed disappointment at the
        "expressing disappointment",  # 'rancorous' nature of the debate"
        "expressed regret",
        "expressed frustration",
        "expressed surprise",
        "points out",
        "pointing out",
        "went on",
        "goes on",
        "going on",
        "put it",
        "puts it",  # "Or as Efron puts it: '...'"
        "told reporters",
        "spoke of",  # "After the match he spoke of his 'great feelings'"
        "talks about",  # "Anas Sarwar talks about a “new direction”"
        "talked about",
        "talking about",
        "talk about",
        "speaks of",
        "wanted to know",  # "Cllr Roe wanted to know 'if that is worth the paper'"
        "wants to know",
        "made it clear",  # "Mr Khan made it clear that the party was fighting for '...'"
        "makes it clear",
        "making it clear",
        "was like",  # "and I was like 'No, I'm doing it.'"
        "were like",
        "used the word",  # "Roe used the word 'invasion'" (not "the text had the word")
        "used the words",
        "used the term",
        "used the phrase",
        "used terms like",  # "the Congress party used terms like “tu chai beech”"
        "used words like",
        "broke in",  # "The minister broke in, '...'"
        "cut in",
        "chimed in",
        "paid tribute",  # "Karl Rowland has paid tribute to “genuine and friendly” Dean"
        "pays tribute",
        "paying tribute",
        "lashed out",  # "Matt Canavan has lashed out at “rogue” state leaders"
        "lashes out",
        "lashing out",
        "hit back",  # "with Chancellor Mr Hammond firing back: '...'"
        "hits back",
        "hitting back",
        "fired back",
        "snapped back",  # "Luxon snaps back at 'frickin' Hipkins"
        "snaps back",
        "snapping back",
        "fires back",
        "firing back",
        "hit out",  # "Mr McDonnell also hit out at “Tory bully boys”"
        "hits out",
        "hitting out",
        "spoken against",  # "Jo Roe has spoken against “demeaning” remarks"
        "spoke against",
        "speaks against",
        "spoken out",
        "spoke out",
        "speaks out",
        "speaking out",
    ]
)


def trie_pattern(words: list[str]) -> str:
    """One regex alternation factored by common prefixes: Python's engine tries a
    300-way flat alternation branch by branch at every position, a trie in one step."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        if len(alts) == 1 and "" not in node:
            return alts[0]
        group = "(?:" + "|".join(alts) + ")"
        return group + "?" if "" in node else group

    return build(trie)


# capitalised too ("Asked about it, she said"), but not "State" (Harbor State, Secretary of
# State), "Read" (Read more), "Note" (Note:), "Brand" (Russell Brand) or "Slam" (a Grand
# Slam), which are names more often than not
_CUES = trie_pattern(
    sorted(
        {w for c in _CUE_WORDS for w in (c, c[0].upper() + c[1:])}
        - {"State", "States", "Read", "Note", "Brand", "Slam", "Call", "Calls"}
    )
)
CUE_RE = re.compile(  # (not "was telling the truth", nor "Hope Roe of Imo state who spoke")
    rf"\b{_CUES}\b(?! the truth\b| lies\b)"
    r"(?!(?<=state) (?:who|government|governor|house|police|command|assembly|capital)\b)"
    r"(?!(?<=shared) (?:online|widely|by|across)\b)"  # (not "Videos shared online are")
    r"(?!(?<=cited) by\b)"  # (nor "Xi, cited by the same source, '...'")
    r"(?!(?<=call|alls|lled|ling) (?:them|him|her|it|our|my|your)sel(?:f|ves)\b"
    r"(?!,? (?:an? |the )?(?:[“\"‘']|\Z)))"  # (nor "those who call themselves Hindus": a name; but
    # "calls himself “Satan incarnate.”": his words)
    r"(?!(?<=\bstates)(?!\s+that\b|\s*:|\.))"  # ("the filing states." or "states that",
)  # not "the coastal states, but")
# The commonest sentence before a quote: "He said," / "she added:" and nothing else.
PRONOUN_LEAD_RE = re.compile(
    r"(?P<pron>[Hh]e|[Ss]he|[Tt]hey) (?P<cue>"
    + trie_pattern(sorted(c for c in _CUE_WORDS if " " not in c))
    + r")\s*[,:—–-]?"
)
_CUE_FIRST = frozenset(
    w for c in _CUE_WORDS for w in (c.split()[0], c[0].upper() + c.split()[0][1:])
)
_WORD_RE = re.compile(r"[A-Za-z]+")


ONE_WORD_CUES = frozenset(w for w in _CUE_FIRST if " " not in w)
PRONOUNS = frozenset(("He", "he", "She", "she", "They", "they"))


def cue_before(text: str, lo: int, lead: str) -> re.Match[str] | None:
    """The common case at a glance: a one-word cue right before the quotation mark
    ("He said, " / "she added: "); ``lead`` is the text from ``lo`` to the mark."""
    lead = lead.rstrip(" ,:\t\n—–-")
    head, _, word = lead.rpartition(" ")
    if word in ("term", "terms") and head.rpartition(" ")[2] not in _TERMERS:
        end = lo + len(lead)  # "used the Hindi term 'poonch ka baal'": a noun (but "what he
        return _USED_TERM_RE.search(text, max(lo, end - 60), end)  # terms"), and a cue if used
    if word in ONE_WORD_CUES and not (
        head.endswith(_SUBJECT_ENDS) and head.rpartition(" ")[0].endswith(_EVERY_ENDS)
    ):  # (not "called everything he says 'bulls**t'")
        end = lo + len(lead)
        return CUE_RE.match(text, end - len(word), end)
    return None


def first_cue(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The speech cue among the first few words of text[lo:hi], after a name or a role
    ("White House counselor Kellyanne Conway claimed"): no further than seven words."""
    for word in list(_WORD_RE.finditer(text, lo, hi))[:8]:
        if word.group() in _CUE_FIRST and (cue := CUE_RE.match(text, word.start(), hi)):
            return cue
    return None


def last_cue(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The last speech cue in text[lo:hi]. Words are found at C speed and looked up in a
    set; the cue pattern runs only where a word could start one."""
    words = _WORD_RE.findall(text, lo, hi)
    for k in range(len(words) - 1, -1, -1):
        if words[k] in _CUE_FIRST:
            # where this word is: the k-th word of the window, searched from the right
            pos, word = hi, words[k]
            for _ in range(words[k:].count(word)):
                pos = text.rfind(word, lo, pos)
            while pos > lo and text[pos - 1].isalpha():  # inside a longer word: look further
                pos = text.rfind(word, lo, pos)
            cue = CUE_RE.match(text, pos, hi) if pos >= lo else None
            if cue and word[:4] == "argu" and _ARGUED_CASE_RE.match(text, cue.end()):
                continue  # "Roberts had argued 39 cases before the Court": a lawyer's work
            if cue and word[:5] == "remin" and not _REMINDED_RE.match(text, cue.end()):
                continue  # "It reminded viewers of 'Jaws'" (but "reminded Mr Leong that he
                # had been 'more than tolerant'", "reminded members to keep a 'manner'")
            if cue and word[:5] in ("charg", "accep") and not text.startswith(" that ", cue.end()):
                continue  # "Police charged him with '...'": a charge, not words ("charged
                # that" speaks, as "accepted that" does; "accepted the 'award'" does not)
            if cue and cue.group().endswith(" like") and not _QUOTE_NEXT_RE.match(text, cue.end()):
                continue  # "leaving was like a 'prison break'": a likeness (but "I was
                # like, 'No'" speaks)
            if cue and word in ("term", "terms") and (k == 0 or words[k - 1] not in _TERMERS):
                continue  # "used the Hindi term 'poonch ka baal'": a noun (but "what he terms")
            if cue and k > 1 and words[k - 2] in _EVERY and words[k - 1] in _SUBJECTS:
                continue  # "called everything he says 'bulls**t'": what he says is spoken of
            if cue and word[-1] == "s" and _AUXILIARY_NEXT_RE.match(text, cue.end()):
                continue  # "Negative comments may not affect her": a plural noun, no verb
            if cue and k > 0 and words[k - 1] in _BE_FORMS and text.startswith(" to ", cue.end()):
                continue  # "he was alleged to have spoken", "is said to be": no one speaks
            if cue and word[:6] == "contin" and text.startswith(" to ", cue.end()):
                continue  # "would continue to be an active crime scene": no one goes on
            if cue and not (pos > 0 and text[pos - 1] == "-"):  # "so-called" is no cue,
                if k == 0 or (  # nor a word after one of _NO_CUE_AFTER ("the state has"),
                    words[k - 1] not in _NO_CUE_AFTER  # nor an -s form after "to", a noun:
                    and (words[k - 1] != "to" or word[-1] != "s")  # "give in to calls for him"
                ):
                    return cue
    return None


_QUOTE_NEXT_RE = re.compile(r"\s*[,:]?\s*[\"“‘']")
_AUXILIARY_NEXT = r" (?:may|might|can|could|will|would|should|must|were|are|have|had|do|did)\b"
_AUXILIARY_NEXT_RE = re.compile(_AUXILIARY_NEXT)
_USED_TERM_RE = re.compile(r"\bus(?:ed|es|ing) (?:the|a|an)(?: [\w-]+){1,2} terms?\Z")
_TERMERS = frozenset("he she they we I you who what would could might may will to also".split())
_EVERY = frozenset("everything anything something nothing whatever".split())
_BE_FORMS = frozenset("is are was were be been being".split())
_SUBJECTS = frozenset("he she they we you I".split())
_EVERY_ENDS = tuple(f" {w}" for w in _EVERY)
_SUBJECT_ENDS = tuple(f" {w}" for w in _SUBJECTS)
# the words a cue never follows: a determiner's noun ("the state has") and a passive's
# "being" ("asked whether the one being referred to 'is the same one'": the asker's question)
_NO_CUE_AFTER = frozenset(
    "the a an this that these those its their his her our my your being no any".split()
)
_REMINDED_RE = re.compile(r"(?:\s+[\w’'.-]+){1,6}?\s+(?:that|to)\b")  # whom, then what
_ARGUED_CASE_RE = re.compile(
    r"\s+(?:\d+|a|an|the|his|her|their|its|many|several)\s+(?:[\w-]+\s+)?(?:cases?|appeals?)\b"
)


# A capitalised word; the full stop of "Mr." or of an initial ("J. Smith") is part of it.
# Written as one letter class first, the abbreviations checked after the word by
# look-behinds of one width each: Python's engine tries a 14-way alternation at every word.
_DOT = (
    r"(?:(?=\.)(?:(?<=\b[A-Z])(?=\.\s[A-Z])\.|(?<=\b(?:Mr|Ms|Dr|St|Jr|Sr|Lt))\."
    r"|(?<=\b(?:Mrs|Gen|Sen|Rep|Sec|Gov|Rev|Hon|Sgt|Col|Det|Maj|Cpl))\."
    r"|(?<=\b(?:Prof|Capt|Cmdr|Pres))\."
    r"|(?<=\b[A-DF-TV-Z])\.(?:(?:[A-Z]\.){1,2}|[A-Z])(?=\s+[A-Z][a-z])))?"  # "C.J. Conrad",
    # "B.K Murti" (not "U.S.")
)
# after an apostrophe: "O’Brien", and Kenya's "Ng’eno", "Ng’ang’a", "Ichung’wah" (not "Ng’s",
# "Don’t", "They’re"); or an apostrophe that ends a Luo name: "Ojwang'"
_APOSTROPHE_TAIL = (
    r"(?:['’][A-Z][\w-]*+|(?:['’](?!(?:s|t|re|ve|ll|d|m)\b)[a-z][\w-]*+)+"
    r"|(?<=[a-z]ng)['’](?=,|[ \t]+[a-z]+\b(?<!\bhe)(?<!\bshe)(?<!\bthey)))?"
)
_CAP = rf"[A-Z][\w-]*+(?!['’]t\b){_APOSTROPHE_TAIL}{_DOT}"  # *+: a word is never given back
# (nor is "Didn’t" a name's: "Trump Didn’t Say")
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"  # ("The Congress on Friday said")
_TITLE = (
    r"\b[Tt]he\s+(?:(?:former|then|current|new|outgoing|incoming)\s+(?=[A-Z]))?"  # "the former
    rf"{_CAP}(?:\s+{_CAP})*"  # President", "the current Premier"
    rf"(?:\s+(?:of|for|on(?!\s+{_WEEKDAY}))\s+(?:the\s+)?{_CAP}(?:\s+(?:and\s+|&\s+)?{_CAP})*)*"
)
SEED = (  # a tournament's seed: "the second seed", "the No. 3 seed"
    r"(?:top|No\.?\s?\d{1,2}|\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth"
    r"|seventh|eighth|ninth|tenth)[- ]seed(?:ed)?"
)
RECORD = (  # what someone has won: "the 23-time Grand Slam winner", "the world number one"
    r"(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)-time\s+(?:[A-Z][\w-]*\s+){0,3}"
    r"(?:champion|winner|medall?ist|Olympian)|world\s+(?:number\s+one|No\.?\s?1)"
)
# someone named before: "the 62-year-old said", "said the second seed"
_AGED = rf"\b[Tt]he\s+(?:\d{{1,3}}-year[- ]old|{SEED}|{RECORD})\b"
PRON = r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Yy]ou|I(?=\s))\b"
PRON_RE = re.compile(PRON)
# not "Roe\nOn the match:"; "Sultan al-Jaber", an Arabic surname with its article, and
# "Mohammed bin Salman", a patronymic
_JOIN = (  # "al-Jaber", "bin Salman", "von der Leyen", "da Silva", "de la Rúa", "ole Magelo",
    # "ten Hag"
    r"(?:a[ln]-|(?:(?:bint?|ibn|v[ao]n|d(?:e[lnr]?|[aiu]|[ao]s)|la|ole|te[nr]|&)\s+){1,2}(?=[A-Z]))?"
)
_NOT_I = r"(?!(?:I(?!\.[ \t]+[A-Z])|On)\b)"  # no "I" in a name, but "Vitaly I. Churkin"
# a surname's particle may lead: "said van Gaal", "da Silva said"
_LEAD = r"(?:(?:v[ao]n|d(?:e[lnr]?|[aiu]|[ao]s))\s+(?:de[nr]?\s+)?(?=[A-Z]))?"
# a peer with the place of their title: "Baroness Smith of Basildon", as Hansard writes them
_PEER = rf"(?:Baroness|Lord|Lady|Viscount(?:ess)?)\s+{_CAP}\s+of\s+{_CAP}(?:\s+{_CAP}){{0,2}}"
_NAME = rf"\b(?:{_PEER}|{_LEAD}{_CAP}(?:\s+{_NOT_I}{_JOIN}{_CAP}){{0,5}})"
# a lowercase office or body: "the finance minister", "the spokeswoman", "the ministry"
_OFFICE_LIST = """minister president secretary spokesperson spokesman spokeswoman chair chairman
    chairwoman chairperson governor mayor director ambassador senator chancellor leader premier
    commissioner ministry department government agency commission council committee police
    company clerk coach manager captain skipper chief sheriff judge prosecutor official resident
    owner director-general secretary-general attorney-general lawmaker legislator king queen
    prince princess emir""".split()
_OFFICE_WORDS = trie_pattern(_OFFICE_LIST)
# (and capitalised, as a name's apposition writes it: ", Minister for Health,")
_ANY_OFFICE_WORDS = trie_pattern(sorted({*_OFFICE_LIST, *(w.capitalize() for w in _OFFICE_LIST)}))
_LOWER_CUES = trie_pattern(sorted(set(_CUE_WORDS)))  # "said", never "State" (Department)
# Someone unnamed, described by a role: "police", "a ministry spokesman", "his lawyer",
# "senior U.S. officials", "a spokeswoman for the ministry"
ROLE_WORDS = frozenset(
    """spokesman spokeswoman spokesperson lawyer lawyers attorney attorneys official officials aide
    aides adviser advisers advisor advisors source sources police prosecutor prosecutors
    investigators detective detectives authorities witness witnesses analyst analysts expert
    experts organisers organizers resident residents doctor doctors researchers relative
    relatives minister ministry department government agency commission council committee
    company party plaintiff plaintiffs defendants complainant complainants
    claimant claimants respondent respondents opponent opponents supporter supporters
    mogul tycoon billionaire songwriter frontman frontwoman hitmaker superstar popstar
    director ambassador governor mayor leader office campaign family embassy union officer
    officers representatives man woman lady men women commenter teacher student students
    worker workers farmer farmers voter voters neighbour neighbor parent parents mother
    father owner driver nurse patient victim survivor volunteer fan fans reporter reporters
    journalist journalists editor chief judge sheriff coach captain skipper clerk commissioner
    protesters protestors demonstrators crowd crowds daughter son wife husband widow sister
    brother friend friends colleague colleagues partner publicist solicitor solicitors barrister
    airline firm club user users administrator caller callers
    barristers magistrate magistrates prisoner defendant juror jurors landlord tenant president rep
    premier chancellor senator secretary member councillor councilman foreperson manager
    referee actor actress singer agent lawmaker lawmakers legislator legislators speaker
    banker boss pastor priest pope pontiff cousin grandfather grandmother uncle aunt boyfriend
    girlfriend administration report letter songstress nominee rapper comedian musician post
    tweet caption meme group chairman chairwoman chairperson senators elder elders author authors
    researcher scientist scientists epidemiologist economist economists release diplomat
    diplomats parliamentarian deal agreement declaration communique promoter leaders
    litigant litigants advocate advocates petitioner petitioners counsel bench resolution
    insider insiders coauthor co-author coauthors co-authors representative representatives
    veterinarian veterinarians zookeeper zookeepers keeper keepers curator ranger rangers
    mom mum dad grandma grandpa petition protester protestor frontbencher backbencher guy
    girl boy posts tweets memes groups gentleman participant participants facilitator
    nutritionist nutritionists dietitian dietitians dietician striker midfielder defender
    goalkeeper winger owners staffer staffers player guard guards prosecution defence defense
    quarterback linebacker cornerback receiver pitcher batsman bowler wicketkeeper fly-half
    scrum-half reader readers commenter commenters viewer viewers listener listeners caller
    court tribunal director-general secretary-general homeowner homeowners bystander bystanders
    motorist motorists passenger passengers onlooker onlookers creator person someone comment
    comments suspect suspects attacker attackers assailant detainee detainees gunman inmate inmates
    maker manufacturer retailer chain giant carrier lender insurer automaker carmaker drugmaker
    treasurer admiral alderman emir king queen prince princess taoiseach tánaiste councilor
    councilmember marshal principal filing filings indictment memo memorandum affidavit agenda
    producer supplier operator startup lawsuit suit complaint members delegate delegates attendees
    board message messages sign signs placard placards banner banners duo trio couple pair ministers
    dispatch advisory bulletin children sons daughters sisters brothers siblings grandchildren
    pal pals confidant confidante confidants synopsis tipster informant whistleblower
    review biography editorial obituary voice
    neighbors neighbours staff vice-president vice-chairman vice-chair vice-chancellor
    """.split()
)
# one person by trade, calling or circumstance ("a firefighter said", "the professor added",
# "one villager said"); with their plurals ("pundits argued")
OCCUPATIONS = frozenset(
    """surgeon physician paramedic medic firefighter pilot soldier engineer professor historian
    architect accountant chef bishop imam rabbi cleric lecturer headteacher headmaster trainer
    pundit commentator activist campaigner candidate investor entrepreneur consultant strategist
    pollster negotiator mediator envoy inspector superintendent constable sergeant lieutenant
    commander colonel psychologist psychiatrist therapist pharmacist dentist scholar executive
    investigator rescuer employee customer shopper tourist visitor pupil eyewitness villager
    shopkeeper vendor trader miner carer caregiver presenter host correspondent columnist blogger
    writer novelist poet artist filmmaker photographer designer athlete cyclist swimmer boxer
    jockey teenager mechanic electrician plumber builder contractor labourer laborer cashier
    bartender baker rancher biologist chemist physicist geologist meteorologist forecaster
    virologist ecologist astronomer archaeologist sociologist criminologist philosopher
    theologian demographer statistician lobbyist regulator auditor coroner pathologist warden
    trooper cop dean vicar monk nun mourner worshipper pilgrim refugee migrant evacuee commuter
    pedestrian employer congressman congresswoman councilwoman businessman businesswoman
    fisherman counselor counsellor cricketer footballer golfer sprinter skier announcer narrator
    moderator interviewer emcee anchor newsreader assistant waiter waitress carpenter
    receptionist technician""".split()
)
ROLE_WORDS |= OCCUPATIONS | {
    w[:-3] + "men" if w.endswith("man") else w + "es" if w.endswith("s") else w + "s"
    for w in OCCUPATIONS
}
# starting a sentence: "Police said"; never "Minister" or "Director", offices before names
_CAPITAL_ROLES = [w for w in ROLE_WORDS if w == "police" or w[-1] == "s"]
_ROLE_FORMS = (
    ROLE_WORDS
    | {w.capitalize() for w in _CAPITAL_ROLES}
    | {"CM", "PM", "CJ", "MP", "MPs", "MEP", "MEPs", "MSP", "MSPs", "MCA", "MCAs", "MLA", "MLAs"}
)  # "the new CM", "one Tory MP", "the vocal MCA" (a Kenyan county's), "the MLA" (India's)
_ROLE_WORD = trie_pattern(sorted(_ROLE_FORMS))
_ROLE_TAIL = (
    r"(?:\s+in\s+the\s+(?:audience|crowd|gallery|room)\b"  # "a woman in the audience"
    rf"|\s+(?:for|of|at|to|with|from)\s+(?:the\s+)?"
    rf"(?:{_CAP}(?:\s+(?:and\s+|(?:of|for)\s+(?:the\s+)?)?{_CAP}){{0,5}}"  # "the Department
    r"(?:['’]s(?:\s+[a-z]+){0,2}\s+office\b|(?!['’]s\b)"  # of Energy and Climate Change"
    rf"|['’]s(?=\s+(?:has|had|have|also|{_LOWER_CUES})\b))"  # ("a pal of Ruth's has said")
    rf"|{trie_pattern(sorted(ROLE_WORDS))}\b(?:['’]\s[a-z]+|['’]s\s+office\b)?"
    r"|(?:an?\s+)?(?:new\s+)?(?:study|report|paper|review|survey|book)\b)"
    r"|\s+(?:close\s+to|familiar\s+with|briefed\s+on)\s+(?:the\s+|his\s+|her\s+|their\s+)?"
    rf"(?:{_CAP}(?:\s+{_CAP}){{0,3}}|[a-z]+(?:\s+(?![a-z]+ly\b)[a-z]+)?))?"
)  # "a spokeswoman for the workers' union", "a spokesperson with Ford's media office", "an
# author of a new report", "a source close to the couple", "a person familiar with the
# matter"; not "a parent at Monday's meeting"
_ROLE = (
    r"(?:(?:[Oo]ne|[Tt]wo|[Ss]ome|[Ss]everal|[Mm]any)\s+of\s+(?:the|his|her|their|our|my)\s+"
    r"|(?:[Hh]undreds|[Tt]housands|[Dd]ozens|[Ss]cores)\s+of\s+(?:the\s+)?"  # "Hundreds of
    # demonstrators gathered"
    r"|(?:[Tt]he|[Aa]n?|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ne|[Tt]wo|[Tt]hree|[Mm]y"
    r"|[Oo]ur)\s+(?:[A-Z][\w'’-]*\s+the\s+(?=[A-Z]))?)?"  # ("a Stop the War Coalition
    # spokesman": "the" inside a name)
    r"(?:(?!(?:and|or|but|as|then|when|where|while|after|before|because|since|until|unless"
    r"|though|although|if|which|who|that|this|it"
    r"|you|we|they|he|she|I|me|us|them|not|never|do|does|did|to|of|in|on|with|from|by"
    r"|is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must"
    r"|hear|heard|see|saw|seen|watch|watched|let|make|made"
    rf"|the|an?|one|another|{_LOWER_CUES})\b)"  # (not "included one community member")
    r"[\w.'’\"“][\w.'’\"”-]*\s+){0,3}"  # "a police spokesman": the last role word (a dash alone
    # is no word: "(Wire) - Estra's foreign ministry")
    rf"(?<!\w){_ROLE_WORD}\b{_ROLE_TAIL}"
)
# A mention: a title ("the Prime Minister"), a pronoun, or a capitalised name. Written to
# start with one character class (and a look-behind for the word boundary) so the scanner
# skips everything else at C speed; the alternatives then check that first letter.
MENTION_RE = re.compile(
    r"[A-Zhstwy](?<![\w/].)(?:"  # (not after a slash: "Headset/Communication Problems")
    r"(?:(?<=[Tt])he|(?<=T)HE(?=\s+[A-Z][a-z]))\s+"  # ("THE Archbishop of", as papers set it)
    rf"(?:(?P<title>(?!No\.\s?\d)(?:(?:former|then)\s+(?=[A-Z]))?"  # "the former
    rf"(?:U\.[SNK]\.|{_CAP})(?:\s+{_CAP})*"  # President", "the U.S.
    rf"(?:\s+(?:of|for|on(?!\s+{_WEEKDAY}))\s+(?:the\s+)?{_CAP}"  # Attorney", "the
    rf"(?:\s+(?:and\s+|&\s+)?{_CAP})*)*)"  # Department for Energy Security and Net Zero"
    # (not "the No. 1 killer", nor "The Congress on Friday")
    rf"|(?P<office>(?:[a-z-]+\s+){{0,2}}{_OFFICE_WORDS}(?![\w-])))"
    r"|(?P<pron>(?:(?<=[Hh])e|(?<=[Ss])he|(?<=[Tt])hey|(?<=[Yy])ou|(?<=[Ww])e|(?<=I)(?=\s))\b)"
    rf"|(?P<name>(?<=[A-Z])(?:(?<=B)aroness|(?<=L)(?:ord|ady)|(?<=V)iscount(?:ess)?)[ \t]+"
    rf"{_CAP}[ \t]+of[ \t]+{_CAP}(?:[ \t]+{_CAP}){{0,2}}"  # "Baroness Smith of Basildon"
    rf"|(?<=[A-Z])[\w-]*+{_APOSTROPHE_TAIL}{_DOT}"
    rf"(?:(?:[ \t]+\n?|\n)[ \t]*{_NOT_I}{_JOIN}{_CAP}){{0,7}}))"  # (not past a blank line)
)
# "director-general" -> "Director-General", "secretary of state" -> "Secretary of State"
_PREFIXES = [
    p.upper()
    if p in ACRONYM_TITLES  # abbreviations: "CM", "ACP", not "Cm"
    else " ".join(
        w if w in ("of", "the") else "-".join(x.capitalize() for x in w.split("-"))
        for w in p.rstrip(".").split(" ")
    )
    for p in (*COURTESY, *OFFICES)
]
_ADVERBS = (
    r"(?:(?:also|then|later|again|further|once|once\s+again|since|now|already|has|had|have"
    r"|been|was|is|would|will|"
    r"(?:trying|tried|tries)\s+to|"  # "Jo Roe trying to explain", "I would've said", "Roe
    # angrily said" (not "the Roe family said")
    r"(?:would|could|should|might|must)['’]ve|(?!(?:family|ally|assembly)\b)[a-z]+ly"
    r"|(?:[Dd]id|[Dd]oes)(?:\s+[Nn]ot|n['’]t)|[Nn]ever)\s+)*"  # "Obama did not say '...'",
    # as a fact check puts the words someone is said to have said
)
# between a mention and the cue it speaks: an apposition, adverbs, auxiliaries
_WHEN = (  # "Annamalai on Tuesday said", "Roe yesterday told"
    r"(?:\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:night|morning|afternoon|evening))?|yesterday|today|tonight"
    r"|last\s+(?:week|month|night|year)))?"
)
GAP_RE = re.compile(  # not a thing; "K T Rama Rao (KTR) called": an acronym in brackets
    rf"(?:,\s+(?!which\b)[^,\"“”]{{1,90}},|\s+\([A-Z]{{2,6}}\))?{_WHEN}\s+{_ADVERBS}"
)
COMMA_GAP_RE = re.compile(rf",\s+{_ADVERBS}")  # "The aide, Ann Roe, said": Ann Roe
# "Jo Roe, Amnesty International's Director for Europe said" (the apposition may hold
# commas: "Regional Director for East Africa, the Horn and the Great Lakes, said"), and
# "Jim Roe, who is running against Rep. Tim Walz in the 1st District, said", "Tim Hostnik,
# a League of Legends coach for European Esports team Origen, says"
ORG_APPOSITION_RE = re.compile(
    rf"(?P<name>{_NAME}),\s+(?:(?:the\s+)?{_CAP}(?:\s+{_CAP}){{0,5}}['’]s\s+[^\"“”;:]{{1,120}}?,?"
    r"|who\s+[^\"“”;:]{1,150}?,|an?\s+[^\"“”;:]{1,120}?,)\s+$"
)
# between a cue and the quote it introduces
DIRECT_RE = re.compile(r"(?:\s+(?:that|as|this|it|so|them|him|her|us|reporters))?\s*[,:—–-]?\s*")
# before a name, a body and its office: "U.S. State Department spokeswoman" Jen Psaki
# an office with its body before a name: "Secretary of State Jo Roe said", "Hall of Famer
# Ernie Els said" (all-capitalised offices are read as part of the name)
_OF_OFFICE = trie_pattern(sorted({p for p in _PREFIXES if " of " in p or " for " in p}))
_POSITIONS = r"(?:QB|WR|RB|TE|LB|CB|DB|DE|DT|OL|OT|OG)\b"  # "Panthers QB Cam Newton"
_BODY_OFFICE = (
    rf"(?:{_OF_OFFICE}\s+(?=[A-Z]))?"
    rf"(?:(?:[A-Z]\.){{2,}}\s+)?(?:(?:the\s+)?{_NAME}['’]s\s+)?"  # "the Washington Post's"
    rf"(?:(?:(?:former|then|acting|interim|veteran|senior|longtime|long-time|outgoing"
    r"|embattled)\s+(?=[A-Z]))?"  # "former FEMA director Jo Roe", "veteran BJP leader"
    rf"(?:{_NAME}\s+)?(?:(?:[a-z-]+\s+){{0,3}}{_OFFICE_WORDS}|{_POSITIONS})\s+"
    rf"(?:and\s+(?:[a-z-]+\s+){{0,3}}{_OFFICE_WORDS}\s+)?)?"  # "secretary and acting spokesman"
    r"(?:an?\s+[a-z]+-[a-z]+\s+(?=[A-Z])"  # "a straight-faced Merkel told", "veteran
    rf"|(?:{_NAME}\s+(?!(?:v[ao]n|de[lnr]?|d[aiu]|la|bin|ibn|te[nr])\s))?"  # (not "Rob van Bree")
    r"(?:(?!(?:the|an?|of|and|or|but|for|to|in|on|at|by|with|what|which|who"
    r"|that|how|when|where|why|if|whether|as|than|is|are|was|were|has|have|had"
    r"|tells|told|asks|urges|warns|v[ao]n|d(?:e[lnr]?|[aiu]|[ao]s))\s)[a-z-]+\s+){1,3}"  # ("Ali
    # tells Opposition MPs"; nor "von der" of "von der Leyen said")
    r"(?=[A-Z][a-z]))?"  # defensive lineman Kedric Golston said", "National Hurricane
    # Center meteorologist Dennis Feltgen said"
)
# a sentence whose subject comes last: "In which capacity could he talk, she asked."
TRAILING_CUE_RE = re.compile(
    rf",\s+(?P<pron>[Hh]e|[Ss]he|[Tt]hey)\s+(?:[a-z]+ly\s+)?"
    rf"(?:{_LOWER_CUES}|questioned|wondered)\W*$"
)
# "..., said Wang, adding that": the participle's subject
# '"Bogor Palace," reads Prabowo's short upload': the words of whoever posted them
# or "reads the headline on the website The Point News": the site's
READS_OWNER_RE = re.compile(
    r"[\s,]*(?P<cue>reads|read)\s+(?:"
    rf"(?P<name>{_NAME})['’]s\s+(?:[a-z]+\s+){{0,2}}"
    r"(?P<noun>upload|post|caption|tweet|statement|message|letter|note|headline)\b"
    r"|the\s+(?P<thing>headline|post|caption|banner|statement)\s+(?:on|of|from|by)\s+"
    rf"(?:the\s+(?:website|site|page|account|blog)\s+)?(?P<site>{_NAME}))"
)
# "'See it? Report it!' is the message from Jo Roe, ...": hers
MESSAGE_FROM_RE = re.compile(
    r",?\s+(?:is|was|has\s+been)\s+the\s+(?:[a-z]+\s+)?(?P<noun>message|word|words|advice"
    rf"|warning|verdict|plea|call|view)\s+(?:from|of)\s+{_BODY_OFFICE}(?P<name>{_NAME})"
)
# a Q&A's introduction: "Here's what the Wales coach had to say", "what Jo Roe had to say"
HAD_TO_SAY_RE = re.compile(
    r"\b(?:[Ww]hat|[Ee]verything|[Aa]ll)\s+(?:the\s+(?P<role>(?:[A-Z][\w-]*\s+){0,2}[a-z]+)"
    rf"|(?P<name>{_NAME}))\s+(?:had|has)\s+to\s+say\b"
)
SAID_NAME_RE = re.compile(rf"\b(?:said|says|added|told\s+reporters)\s+(?P<name>{_NAME}),\s*$")
# a later clause's speaker: "Universities NZ has asked for an exemption, and Ardern said"
CLAUSE_SPEAKER_RE = re.compile(
    rf"(?:,|;|,? and|,? but)\s+(?P<name>{_NAME}),?\s+(?:also\s+)?(?:{_LOWER_CUES})\b"
)  # (or set off by commas: "Police asked for help\nTelford PC, Jo Roe, said that")
# a later clause's speaker with a finite cue: "..., Klopp admits, ..." (not "..., Governor
# Jo Roe, saying": his apposition, then the subject's own participle; nor "said Moscow and
# Washington acknowledged", what was said)
ASIDE_SPEAKER_RE = re.compile(
    rf"(?:,|;)(?:\s+and|\s+but)?\s+(?P<name>{_NAME})\s+(?:also\s+)?(?:{_LOWER_CUES})\b(?<!ing)"
)
# "... by Vote Leave, he says, and they all used it": a speaker's aside within the sentence
ASIDE_CUE_CLAUSE_RE = re.compile(
    rf",\s+(?:{PRON}|{_NAME})\s+(?:{_LOWER_CUES})(?=,\s+(?:and|but)\s)"
)
# "..., said McManus, who declined to say": the one an inverted cue ends the sentence with
SAID_NAME_TAIL_RE = re.compile(
    rf",\s+(?:said|says|added|adds|explained|noted|wrote|according\s+to)\s+{_BODY_OFFICE}"
    rf"(?P<name>{_NAME})(?=\s*[,.;])"  # (", according to Fire Chief Tony Goller.": his)
)
SUBCLAUSE_SUBJECT_RE = re.compile(  # "... as Governor Larry Hogan arrived at the city"
    rf"\s(?:as|when|while|after|before|until)\s+(?P<name>{_NAME})\s+(?:has\s+|had\s+|was\s+)?"
    r"[a-z]+(?:ed|s)\b"
)
# '"...," said Acme's CEO, Jo Roe.' (or "said Williams’ coach, Patrick Mouratoglou"): the
# one the office names
OWNED_OFFICE_NAME_RE = re.compile(
    rf"[\s,]*(?P<cue>{_LOWER_CUES})\s+(?:the\s+)?(?:{_NAME}|[a-z]+)[®™]?(?:['’]s|(?<=s)['’])\s+"
    rf"(?:[a-z-]+\s+){{0,2}}?(?:{_OFFICE_WORDS}|[A-Z]{{2,4}}|[a-z]+(?:er|or))(?:\s+[a-z-]+){{0,2}}?"
    rf",?\s+(?P<name>{_NAME})"  # ("wrote the fundraiser's creator, Ashley Herbert")
)
# or right after a quote that ends the clause before: '"...," Adele revealed that ...'
AFTER_QUOTE_SPEAKER_RE = re.compile(rf"\s+(?P<name>{_NAME})\s+(?:also\s+)?(?:{_LOWER_CUES})\b")
# "..., Foreign Ministry spokesperson Mao Ning said at a briefing.": the sentence's speaker
TRAILING_NAME_RE = re.compile(
    rf",\s+{_BODY_OFFICE}(?!(?:I|We|You|It|They|He|She)\b)(?P<name>{_NAME})\s+(?:{_LOWER_CUES})\b"
    r"[^,.\"“”\n]{0,60}[.!?]?\s*$"
)
POST_RE = re.compile(
    rf"[\s,]*(?:{_BODY_OFFICE}(?:ex-(?=[A-Z]))?"  # "ex-Alderman Romey demanded"
    rf"(?P<mention>{_TITLE}|{_AGED}|{PRON}|{_NAME})"
    r"(?:\s+\([A-Z][^()\"“”\n]{0,24}\))?"  # "Sen. Jo Roe (R-Texas) said"
    rf"(?:(?:,\s+[^,\"“”]{{1,120}}){{1,2}}?,"  # "Jo Roe, D-Hawaii, a member of X, told"
    r"|\s+who\s+[^,.\"“”\n]{1,80}?"  # "Jo Roe who is also the party's chair said"
    rf"|,\s+(?:(?:a|an|the)\s+)?[a-z][a-z-]*(?:\s+[a-z-]+){{0,3}}\s+(?:for|of|at)\s+(?:the\s+)?"
    rf"{_CAP}(?:\s+{_CAP}){{0,4}}(?=\s+{_ADVERBS}(?:{_LOWER_CUES})\b))?"  # "Alan Roe, public
    # health director for Clark County told" (its closing comma left out)
    rf"(?:\s+(?:of|with)\s+{_CAP}(?:\s+{_CAP})?"  # "Mark Smith of Dewey said", "Jo Roe of the
    rf"|\s+of\s+the\s+{_CAP}(?:\s+{_CAP}){{0,3}}(?:\s+[a-z]+){{0,2}}?)?"  # Ocean City fire
    # department told"
    rf"\s+{_ADVERBS}(?P<cue>{_LOWER_CUES})\b(?!{_AUXILIARY_NEXT})"  # (not "Negative
    # comments may not affect her": a noun)
    rf"|(?:(?:once|also|later|then|famously)\s+)?"  # "once claimed Arsene Wenger"
    rf"(?P<cue2>{_LOWER_CUES})\s+(?:[a-z'’-]+\s+){{0,3}}?"  # said (defender)
    r"(?<! of )(?<! in )(?<! at )(?<! for )(?<! from )(?<! to )(?<! on )(?<! with )"  # (not
    # "residents of Kondele", "referring to Rep. Jo Roe", "wrote one user on X")
    r"(?<! outside )(?<! inside )(?<! near )(?<! behind )(?<! across )(?<! around )"  # nor
    r"(?<! against )(?<! about )(?<! a )(?<! an )"  # "said one protester outside the
    # Capitol"; nor "said a Stop the War Coalition spokesman")
    rf"(?:(?:(?:[A-Z]\.){{2,}}|U[SKN])\s+(?=[A-Z]))?"  # "said U.S. Attorney Jo Roe", "said US
    # Secretary of State Jo Roe"
    rf"(?P<after>{_TITLE}|{_AGED}|{_NAME}|{PRON})(?!(?:\s+{_CAP})*['’]s\b))"  # not "said one
    # of Roe's aides", nor "President" of "said President Jo Roe's spokesperson"
)
# '"...," a confident Trump told supporters': a name with its article and adjective
ADJECTIVE_NAME_CUE_RE = re.compile(
    rf"an?\s+(?P<adjective>[a-z]+(?:\s+[a-z]+)?)\s+(?P<name>{_NAME})\s+{_ADVERBS}"
    rf"(?P<cue>{_LOWER_CUES})\b"
)
# the same with a role: "...," police said / "...," said a spokeswoman for the ministry /
# "...," the actor, 45, said
POST_ROLE_RE = re.compile(
    rf"[\s,]*(?:(?P<mention>{_ROLE})(?:,\s+\d{{1,3}},"  # "the actor, 45, said"
    rf"|\s+and\s+(?:the\s+)?(?=[a-z]+(?:s|men)\s){_ROLE_WORD}(?=\s))?"  # "farmers and women"
    r"(?:\s+of\s+the\s+[a-z]+)?(?:,?\s+who\s+(?:[^,\"“”.]|\d[,.]\d){1,80}?,?"  # "a resident
    # of the village, who asked not to be named, told" ("who inaugurated projects worth Rs
    # 51,000 crores here, said"); "a source, identified as a friend, told"
    r"|,\s+(?:identified|described|speaking|clad|dressed|wearing|holding|standing|seated)"
    r"\s+[^,\"“”.\n]{1,60},"  # ("the lady, clad in a tattered saree, said")
    rf"|,\s+{_NAME}\s+and\s+{_NAME},|,(?=\s+(?:said|says|added)\b))?"  # "Arkin’s sons,
    # Matthew and Anthony, said"; "a woman in the audience, said", a stray comma
    rf"\s+{_ADVERBS}(?P<cue>{_LOWER_CUES})\b"
    rf"|(?P<cue2>{_LOWER_CUES})\s+(?P<after>{_ROLE}))"
)
# a role that is the subject of the cue right after it: 'A ministry spokesman told ...'
_AUXILIARIES = frozenset(
    "also then later again further once has had have was is would will who might may could can"
    " should must".split()
)
_TAIL_WORDS = frozenset(("for", "of", "at", "to", "with"))
# how a sentence whose subject is a role starts; "The company" is an office mention
ROLE_OPENERS = (
    "A ",
    "An ",
    "His ",
    "Her ",
    "Their ",
    "My ",
    "Our ",
    "One ",
    "Another ",  # "Another user questioned ET, asking"
    "Two ",  # "Two men entered and said"
    *("Hundreds ", "Thousands ", "Dozens ", "Scores "),  # "Thousands of protesters marched"
    "Three ",
    "The ",
    *(w.capitalize() for w in _CAPITAL_ROLES),
)
ROLE_OPENER_RE = re.compile(trie_pattern(list(ROLE_OPENERS)))  # (one test, not 85)
# a verb next, or a clause about the role ("The coach, known for ..."), not a name
_ROLE_START_RE = re.compile(  # (or its name after it: "Her daughter, Emma, said")
    rf"\s*(?P<role>{_ROLE})(?=,?\s+[a-z]|,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’.-]*){{0,3}},)"
)


def role_start(text: str, at: int, end: int) -> re.Match[str] | None:
    """A role that opens the text at ``at``: "A police spokesman said ..."."""
    if not _has_role_word(text[at : min(end, at + 50)]):
        return None  # the pattern is slow to fail: it tries a hundred words at each word
    role = _ROLE_START_RE.match(text, at, end)
    if role is not None and not _PAST_VERBS.isdisjoint(role["role"].split()[:-1]):
        return None  # a verb, not a role's word: "Strikers held signs", "The department
        # ordered officers"
    if role is not None and (doing := _ROLE_DOING_RE.search(role["role"])) is not None:
        if doing["role"] in ROLE_WORDS:  # "The spokesman briefing reporters": the
            return _ROLE_START_RE.match(text, at, role.start("role") + doing.end())  # spokesman
    return role


_PAST_VERBS = frozenset(
    "held ordered urged wanted needed carried waved raised showed sent took gave kept brought "
    "wore left put got bought hired fired sued warned".split()
)
_ROLE_DOING_RE = re.compile(r"\b(?P<role>[a-z]+) [a-z]+ing\b")  # "spokesman briefing"
_ROLE_COMMA_RE = re.compile(rf"\s*(?P<role>{_ROLE})(?:,|(?P<end>[.;]))")


def role_comma(text: str, at: int, end: int) -> re.Match[str] | None:
    """A role at ``at`` and a comma (or the sentence's end) after it: "(according to)
    police, ...", "(by) a polling expert."."""
    if not _has_role_word(text[at : min(end, at + 50)]):
        return None
    return _ROLE_COMMA_RE.match(text, at, end)


_ROLE_NAMED_RE = re.compile(rf"(?P<role>{_ROLE}),\s+(?P<name>{_NAME}),")


def role_named(text: str, at: int, end: int) -> re.Match[str] | None:
    """A role at ``at`` and the name after it: "the study's lead author, Dr Jo Roe,"."""
    if not _has_role_word(text[at : min(end, at + 50)]):
        return None
    return _ROLE_NAMED_RE.match(text, at, end)


ROLE_END_RE = re.compile(
    rf"(?<!\S)(?P<role>{_ROLE})\s+(?:who\s+)?(?:(?:might|may|could|can|should|must)\s+)?"
    rf"{_ADVERBS}$"  # "the prosecution might say"
)  # not "aide, Jo Roe,"


def _has_role_word(text: str) -> bool:
    """A quick test before the role patterns, which match their words as written
    ("Minister" is none): a regex of a hundred words is slow to search (it has no first
    letter to skip to), a set of the words is not."""
    return any(word.strip(".,;:!?'’") in _ROLE_FORMS for word in text.split())


def role_after(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """ "...," police said: POST_RE's forms with a role, tried when a role word is near."""
    if not _has_role_word(text[lo : min(hi, lo + 90)]):
        return None
    return POST_ROLE_RE.match(text, lo, hi)


# a quote that ends in "," "!" or "?" goes on with who said it, whatever the verb:
# '"...," she marveled' / '"...," pointed Mayor Jo Roe' / '"...!" the first commenter cried'
_ANY_VERB = r"(?:[a-z]{3,}ed|wept|spat|sang|swore|began)"  # (and a few irregular ones)
POST_ANY_RE = re.compile(
    rf"[\s,]*(?:(?P<mention>{_TITLE}|{PRON}|{_NAME}|(?P<role>{_ROLE}))\s+{_ADVERBS}"
    rf"(?P<cue>{_ANY_VERB})\b"
    rf"|(?P<cue2>{_ANY_VERB})\s+(?P<after>{_TITLE}|{_NAME}|(?P<role2>{_ROLE})))"
)


def role_before(text: str, lo: int, cue: int) -> re.Match[str] | None:
    """The role that is the subject of the cue at ``cue``: "A lawyer for Jo Roe said".
    The regex (slow to search: it tries every word) runs only when a role word ends the
    words before the cue, or comes right before their "for", "of", "at" or "to"."""
    who = text.rfind(" who ", max(lo, cue - 60), cue)
    if who != -1 and "," not in text[who:cue] and (role := role_before(text, lo, who + 1)):
        if text.endswith(" of ", 0, role.start()):
            return None  # (not "The family of a popular man who died have said": his family)
        return role  # "an attorney who represents the firm told": the attorney
    words = text[max(lo, cue - 60) : cue].split()
    while words and (
        words[-1] in _AUXILIARIES or words[-1].endswith("ly") and words[-1] not in ROLE_WORDS
    ):  # (an adverb: not "family")
        words.pop()
    first = max(0, len(words) - 7)
    heads = [words[k - 1] for k, word in enumerate(words) if word in _TAIL_WORDS and k]
    if all(h.rstrip(",;:'’") not in _ROLE_FORMS for h in heads[-2:]) and (
        not words or words[-1] not in _ROLE_FORMS
    ):  # ("a spokesman for the Department of Energy and Climate Change said")
        for k in range(len(words) - 1, first, -1):  # "one journalist covering the case put
            if words[k].endswith(("ing", ",")):  # it": the journalist
                if words[k].endswith("ing") and words[k - 1] in _ROLE_FORMS:
                    return role_before(text, lo, text.rfind(f" {words[k]} ", lo, cue) + 1)
                break
        return None  # (not "reacted to the council leader", nor "a lawyer for Jo Roe")
    role = ROLE_END_RE.search(text, max(lo, cue - 100), cue)
    if role is not None and _post_nominal(role["role"]):
        return None  # "Rt Hon Jo Roe MP said": a name
    before = text[max(lo, role.start() - 8) : role.start()].split() if role else None
    if before and before[-1] in _PLACE_PREPOSITIONS:
        return None  # "Roe in a tweet said": the tweet is no one
    return role


_PLACE_PREPOSITIONS = frozenset("in on via through with".split())  # ("spoke with journalists")
_MEMBERS = frozenset("MP MPs MEP MEPs MSP MSPs".split())
_COUNTED = frozenset("one a an the another two three some several many his her their".split())


def _post_nominal(role: str) -> bool:
    """Whether a role ending in "MP" is a name's post-nominal: "Jo Roe MP" (not "one
    Tory MP", "the Sydney MP", "MPs")."""
    words = role.split()
    return len(words) > 1 and words[-1] in _MEMBERS and words[0].lower() not in _COUNTED


# "...," — Professor Mei Chen, University of Hong Kong. / — U.S. Sen. Ann Roe, D-Ohio /
# — White House press secretary Josh Earnest (the name after the body and the office) /
# -President Ali, as headlines sign a quote
# a nickname in quote marks between a given name and a surname: "Dave 'Harry' Bassett"
NICKNAME = r"(?:[ \t]+['‘\"“][A-Z][\w-]*['’\"”](?=[ \t]+[A-Z]))"
DASH_RE = re.compile(  # (the name on one line: not "— Jo Roe\nToday sees ...")
    rf"[\s,]*(?:[—–]|--|(?<= )-(?=[ A-Z])|(?<=\n)-(?=[A-Z]))\s*{_BODY_OFFICE}"  # (or a typed
    rf"(?P<name>\b{_CAP}{NICKNAME}?(?:[ \t]+{_JOIN}{_CAP}){{0,5}})"  # "--", or "-" stuck to
)  # the name at a line's start: "-Winston Churchill", not a list's "- Next Man Up:")
# or in brackets on the next line: "(Apple CEO Jo Roe in August 2011)", "(Jo Roe, 2019)"
BRACKET_SIGN_RE = re.compile(
    rf"\s*\n\s*\(\s*{_BODY_OFFICE}(?P<name>{_NAME})(?=\s+(?:in|on|at|during)\s|\s*[,)])"
)
# or alone on the next line, as a quote sheet signs it: "Analyst Jo Roe of Acme, on X"
SIGNATURE_RE = re.compile(  # ("*Antonio Conte, Juventus coach", a footnote's star)
    rf"[ \t]*\n(?P<blank>[ \t]*\n)?\*?{_BODY_OFFICE}"
    rf"(?P<name>{_CAP}(?:[ \t]+{_CAP}){{0,8}})(?=,\s|\s+of\s)"
)
# or a caption with no comma right below: "Ruby Walsh revealing ...", "Ecstatic owner Tim
# Radford praises ...", "Lizzie Kelly on overcoming her demons" (not "Bay of Plenty readers
# have their say")
BARE_SIGNATURE_RE = re.compile(
    rf"[ \t]*\n(?P<blank>[ \t]*\n)?(?!(?:He|She|They|It|We|I)[ \t])"  # (a sentence: "He called
    # on Azimio leaders to ...")
    rf"(?:[A-Z][a-z]+[ \t]+(?:(?!of\b|and\b|the\b)[a-z-]+[ \t]+){{1,2}}"
    rf"|(?:{_CAP}[ \t]+){{1,3}}(?!of\b|and\b|the\b)[a-z-]+[ \t]+)?"  # "Manchester City manager"
    rf"(?:(?:[A-Z]\.){{2,3}}[ \t]+)?(?P<name>{_CAP}(?:[ \t]+{_CAP}){{0,5}})[ \t]+"  # ("U.S. Judge")
    r"(?:\([A-Z][^()\n]{0,40}\)[ \t]+)?"  # "Mr Low Thia Khiang (Aljunied GRC) during the debate"
    r"(?:(?:on|after|during)[ \t]|(?:[a-z]+ly[ \t]+)?[a-z]{3,}ing\b|(?P<be>is|was)[ \t]+[a-z]+"
    r"|(?!says\b)[a-z]{3,}s\b)"  # ("Jo Roe after his side lost", a week's quotes below a blank)
)
# a signature as a caption: "Jo Roe, minister of industry, on the search for investors",
# "Ann Holt, activist, launches a lawsuit"
CAPTION_RE = re.compile(r"(?:,\s+[^,\n]{1,60})*?,\s+(?:on|is|when|[a-z]+s|[a-z]{3,}ing)\b")
# or in the paragraph below, in a list of quotes: "Senate candidate Josh Mandel of Ohio"
NAME_LINE_RE = re.compile(
    rf"{_BODY_OFFICE}(?P<name>{_NAME})(?:\s+of\s+{_CAP}(?:\s+{_CAP}){{0,3}})?"
)
APPOSITION_AT_RE = re.compile(  # (", governor of", ", Minister for", ", Director General of")
    rf",\s+(?:also\s+)?(?:the|a|an|{_ANY_OFFICE_WORDS}(?:\s+[Gg]eneral)?\s+(?:of|for))\s+"
)
APPOSITION_RE = re.compile(
    rf",\s+(?:also\s+)?((?:the|a|an|(?P<office>{_ANY_OFFICE_WORDS})(?:\s+[Gg]eneral)?\s+(?:of|for))\s+"
    r"[^,.;:\"“”()]{3,90}?)"
    r"(?=,|\.|;|\s+(?:who|and|has|had|was|is|said|met)\b)"
)
# a heading that introduces the quotes below it: "Statement from Bill Roe:"
STATEMENT_FROM_RE = re.compile(
    rf"(?:[Ss]tatement|[Cc]omments?|[Rr]emarks|[Mm]essage)\s+(?:from|by)\s+"
    rf"(?:the\s+)?{_BODY_OFFICE}(?P<name>{_NAME})\s*:"
)
# a line over a sheet of someone's answers: "Statements to Sport TV by striker Jo Roe after
# the win.", "Reaction from Jo Roe"
SHEET_BY_RE = re.compile(
    r"(?:Statements?|Comments?|Words|Reactions?|Remarks)\b[^\n:]{0,60}?\s(?:by|from)\s+"
    rf"(?:(?:the\s+)?[a-z]+\s+)?(?P<name>{_NAME})"
)
# or a heading that gives someone's words: "Coach Roe's comments on the goals:"
OWN_WORDS_RE = re.compile(
    rf"(?:(?:And|But|So)\s+)?{_BODY_OFFICE}(?P<name>{_NAME})['’]s\s+"
    r"(?:comments|remarks|words|message|response|reaction|statements?|speech|caption|post|tweet"
    r"|letter)\b[^:\n\"“”]{0,100}:"  # "This post mirrors Jo Roe's caption about evolution:"
)
NAME_END_RE = re.compile(rf"(?P<name>{_NAME})$")
# words a text gives as someone's, rightly or not: "Quote Falsely Attributed to Einstein:
# '...'", "'...,' a line often attributed to Mark Twain"
ATTRIBUTED_RE = re.compile(rf"\b[Aa]ttribut(?:ed|es?)\s+to\s+(?P<name>{_NAME})\s*[:,]?\s*$")
ATTRIBUTED_AFTER_RE = re.compile(
    r"[,.]?\s+(?:(?:a|the)\s+(?:[a-z]+\s+){0,2}?)?(?:(?:often|wrongly|falsely|widely|commonly"
    rf"|usually|mistakenly)\s+)?attributed\s+to\s+(?P<name>{_NAME})"
)
# a name, then where they are: "Judge Samuel Kent in the Southern District of Texas"
NAME_THEN_PLACE_RE = re.compile(
    rf"(?P<name>{_NAME})\s+(?:in|of|from|at)\s+(?:the\s+)?{_CAP}"
    rf"(?:\s+(?:(?:of|and)\s+(?:the\s+)?)?{_CAP}){{0,5}}$"
)
# an office of a body, then the name: "Secretary General of the Supreme Council of
# Antiquities Zahi Hawas told", "said Director-General of the World Health Organization
# Tedros Ghebreyesus." (which words are the name is for the reader to judge)
OFFICE_OF_RE = re.compile(
    rf"(?P<office>{_CAP}(?:[ \t]+{_CAP}){{0,2}})[ \t]+of[ \t]+"
    rf"(?:the[ \t]+)?(?P<body>{_CAP}(?:[ \t]+(?:(?:of|for|and|on|the)[ \t]+)*{_CAP}){{2,9}})"
    rf"(?=[ \t]+{_ADVERBS}(?P<cue2>{_LOWER_CUES})\b|[ \t]*(?:[.,;]|$)"
    r"|[ \t]+(?P<verb>[a-z]{3,}ed)\b)"  # ("... Ivor Greenstreet descended on the party")
)
# '"...", said a party member quoting Jo Roe': whose words they are
QUOTING_RE = re.compile(rf",?\s+quoting\s+(?P<name>{_NAME})")
# 'quoting the famous statement by Sen. Arthur Vandenberg, "..."': his words
QUOTING_BEFORE_RE = re.compile(
    r"\b(?:[Qq]uoting|[Tt]o\s+quote)\s+(?:(?:the|a|an)\s+(?:[a-z]+\s+){0,3}"
    r"(?:statement|words|line|remark|saying|quote|maxim|adage)\s+(?:by|of)\s+)?"
    rf"(?P<name>(?:[A-Z][a-z]{{1,4}}\.\s+)?{_NAME}),?$"
)
# a name and the initials a transcript will label them by: "Simon Felstein [SF] “...”"
NAME_INITIALS_RE = re.compile(rf"(?P<name>{_NAME})[ \t]*[\[(](?P<initials>[A-Z]{{2,4}})[\])]")
HEADLINE_NAME_RE = re.compile(rf"(?P<name>{_NAME}):\s")  # "Jo Roe: We will not be 'bullied'"
# and "Jo Roe rips senators: They had a 'lobotomy'"
HEADLINE_SUBJECT_RE = re.compile(rf"(?P<name>{_NAME})(?:\s+(?P<verb>[a-z]+)\b[^:\n]*)?:\s")
# who made the post or statement a cue follows: "Mr Roe made a post stating"
AUTHOR_RE = re.compile(
    rf"(?P<name>{_NAME})\s+(?:has\s+|had\s+|also\s+)?(?P<verb>made|issued|posted|put\s+up"
    r"|released|sent|wrote|shared|published)\s+$"
)
# "'...': Roe hits back at critics", a line that is no sentence (no full stop ends it)
HEADLINE_AFTER_RE = re.compile(  # (or the name alone: "'...': Anthony Albanese")
    rf":[ \t]+(?P<name>{_NAME})(?:\s+(?P<verb>[a-z]+)\b[^\n]*)?(?<!\.)$", re.M
)
# '"...," was Dubchek's only reply', '"No," came her answer'
REPLY_RE = re.compile(
    rf"(?:was|came|were)\s+(?:(?P<name>{_NAME})['’]s|(?P<pron>[Hh]is|[Hh]er|[Tt]heir)"
    r"|(?P<role>the\s+(?:[A-Z][\w-]*\s+)?[a-z]+)['’]s)\s+"
    r"(?:[a-z]+\s+)?(?P<cue>reply|response|answer|retort|reaction|words)\b"
)  # ('"...," were Jo Roe's words')
# the same before the quote: 'Dubchek's reply was short: "..."', 'Her answer was simple:'
LEAD_REPLY_RE = re.compile(
    rf"(?:(?P<name>{_NAME})['’]s|(?P<pron>[Hh]is|[Hh]er|[Tt]heir)"
    r"|(?P<role>(?:(?:[Tt]he|[Mm]y|[Hh]is|[Hh]er|[Oo]ur)\s+)?(?:[A-Z][\w-]*\s+)?[a-z]+)['’]s)\s+"
    r"(?:[a-z]+\s+)?(?P<cue>reply|response|answer|retort|reaction|advice|verdict)\s+"
    r"(?:was|is|came)\s+(?:(?:always|just|equally|very|quite|also|more)\s+)?"
    r"(?:the\s+same|[a-z]+)\s*[:,]\s*$"
)
LEAD_NAME_RE = re.compile(rf"(?P<name>{_NAME})(?:,\s|\s[—–]\s)")  # "Jo Roe, CEO, Acme: '...'",
# "Chase Elliott — Winner: '...'"
# "Trump's comments questioning the need for ... 'shithole countries'": Trump's words
# (or a role's: "the defendant's virtual confession at sentencing ('I am sorry ...')")
SPEECH_OWNER_RE = re.compile(
    rf"(?P<name>{_NAME}|\b(?P<role>(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[A-Z][a-z]+)\s+"
    rf"(?:[a-z-]+\s+)?{_ROLE_WORD}))['’]s\s+(?:[a-z-]+\s+){{0,2}}(?P<speech>comments?|remarks?|words|statement"
    r"|tweets?|posts?|speech|letter|message|testimony|claims?|question|answer|reply"
    r"|confession|apology|admission|plea|accusations?|allegations?|warning|insistence"
    r"|line|quip|response|advice|note|assertions?|suggestion|promise|pledge|vow|boast"
    r"|declaration|description|prediction|threat|reflection|verdict|assessment|patter|banter)\b"
    r"(?:\s+(?:at|in|on|during|before|after)\s+[\w ]{1,30}?\s*\(\s*$)?"
)
# the same with "by": "remarks by Taiwan's leader Lai Ching-te that"
SPEECH_BY_RE = re.compile(
    r"\b(?P<speech>comments|remarks|words|statements?|claims?|accusations?|allegations?)"
    rf"\s+by\s+{_BODY_OFFICE}(?P<name>{_NAME})(?P<role>)(?=\s+that\b)"  # (no role: read as
    # SPEECH_OWNER_RE's matches are)
)
# "Netanyahu's office said he told ...": "he" is Netanyahu (an office is no "he")
OWNER_BODY_RE = re.compile(
    rf"(?P<name>{_NAME})['’]s\s+(?:(?:office|campaign|government|team|party|administration"
    r"|ministry|company|family|foundation)\b"
    r"|(?:\d{4}\s+)?(?:remarks?|statement|speech|comments?|interview|letter|post)"
    r",?\s+in\s+which\s)"  # "Duterte's 2017 remark, in which he told": Duterte
)
# two speakers of one cue: "..., Munday and Dixson warned." (the first named speaks for both)
PAIR_CUE_RE = re.compile(
    rf"[\s,]*(?P<name>{_NAME})\s+and\s+(?P<other>{_NAME})"
    r"(?:,\s+who\s+[^,\"“”\n]{1,80},)?"  # ("Chief Strategy and Marketing Officer Jo Roe, who is
    rf"\s+{_ADVERBS}(?P<cue>{_LOWER_CUES})\b"  # in charge, told")
)
APPOSED_CUE_RE = re.compile(
    rf",\s+(?P<name>{_NAME}),\s+(?:\d{{1,3}},\s+)?{_ADVERBS}(?P<cue>{_LOWER_CUES})\b"
)  # (with an age: ", his wife, Marianela Roe, 47, said")
# '"...?" Jo Roe, a Labour parliamentarian queried': the apposition's closing comma left out
UNCLOSED_CUE_RE = re.compile(
    rf"[\s,]*(?P<name>{_NAME}),\s+(?:a|an|(?:[A-Z][\w-]*\s+){{0,2}}[A-Z][\w-]*['’]s?)\s+"
    rf"[^,.;:\"“”\n]{{1,60}}?\s+(?P<cue>{_LOWER_CUES})\b"  # ("Jo Roe, Taylor’s math teacher said")
)
# '"...?" one board member, Kim Beede asks': the role first, the name's closing comma left out
ROLE_UNCLOSED_CUE_RE = re.compile(
    rf"[\s,]*(?:one|a|an|another|the)\s+(?:[a-z-]+\s+){{0,3}}?(?P<role>[a-z-]+),\s+"
    rf"(?P<name>{_NAME})\s+{_ADVERBS}(?P<cue>{_LOWER_CUES})\b"
)
# '"...," co-chair of the Greens/EFA Ska Keller said': a role of a body, then the name
ROLE_OF_CUE_RE = re.compile(
    r"(?P<role>[a-z][a-z-]+)\s+(?:of|for|at)\s+(?:the\s+)?(?P<body>[^,.;:\"“”\n]{1,60}?)\s+"
    rf"(?P<name>{_CAP}\s+{_CAP})\s+{_ADVERBS}(?P<cue>{_LOWER_CUES})\b"
)
APPOSED_NAME_RE = re.compile(rf",\s+(?P<name>{_NAME})(?=[,.;:])")  # "another parent, Jo Roe."
COMMA_NAME_RE = re.compile(  # (a name is on one line, or two: never over a blank one)
    rf",\s+(?:the\s+(?=Hon))?"  # ("the Honourable Jo Roe,")
    rf"(?P<name>{_CAP}(?:(?:[ \t]|\n(?!\n))+{_JOIN}{_CAP}){{0,4}})(?P<end>,|\s(?=[a-z]))"
)
TITLE_END_RE = re.compile(rf"(?:{_TITLE}|\b[Tt]he\s+(?:[a-z-]+\s+){{0,2}}{_OFFICE_WORDS})$")
# "The Saudi Crown Prince, Deputy Prime Minister, and Minister of Defense": one person's
# titles, listed
_TITLE_PIECE = rf"(?:[Tt]he\s+)?{_CAP}(?:\s+(?:(?:of|for|on|and|the)\s+)*{_CAP})*"
TITLE_LIST_RE = re.compile(rf"{_TITLE_PIECE}(?:,\s+(?:and\s+)?{_TITLE_PIECE})+")
TITLE_LIST_SPLIT_RE = re.compile(r",\s+(?:and\s+)?")
# No leading \b: a pattern that starts with literals or a character class is scanned for
# at C speed, one that starts with \b or a group of classes is tried at every position.
# "Prime Minister Helena Varga", and "Minister of Information Jamal Jarrah": an office, the
# body it is of (``body``, with the name after it: "Leader of the Islamic Revolution of Iran
# Ayatollah Ali Roe"), then the name; all on one line ("Sen. Jo Roe\nAnn Holt:" is two)
# (not "Undersecretary" and "Usec.", titles split_name drops before a name anyway: with a
# U among the trie's first letters, Python scanned a text for it at half the speed)
PREFIX = trie_pattern(sorted({p for p in _PREFIXES if p[0] != "U"}))  # "President", "Mrs"
PREFIXED_RE = re.compile(
    PREFIX  # the full stop of "Gov." or "Prof.", not a sentence's: "as President. Anna Roe"
    + r"(?:(?<![a-z]{4})(?<!King|Pope|Lord|Lady|Dame|Emir|Miss)\.)?\s+"
    + rf"(?:(?:of|for)\s+(?:the\s+)?(?P<body>{_CAP}(?:[ \t]+(?:(?:of|in|for)[ \t]+)?{_CAP}){{2,6}})"
    + rf"|{_CAP}(?:[ \t]+{_JOIN}{_CAP}){{0,4}})"
)
# Words after which a mention is not the sentence's subject: prepositions, verbs whose
# object it is, and the openers of a clause of its own ("But when they were raised, she")
CLAUSE_OPENERS = frozenset(
    "when if while because although though since unless whether until".split()
)
PREPOSITIONS = (
    frozenset(
        "with to of for by from about on in at into onto over across through toward towards "
        "against via than called told met thanked received "
        "visited welcomed asked invited urged between among and behind beside alongside "
        "during amid despite throughout near".split()
    )
    | CLAUSE_OPENERS
)
_CLOSE = r"[\"'”’»]?\s+"  # a closing quotation mark, then the space after the sentence
ABBREVIATIONS = frozenset(
    "Mr Mrs Ms Dr Prof Sen Sens Rep Reps Sec Gov Pres Gen Col Lt Sgt Capt Cmdr Det Maj Cpl Rev "
    "Hon hon St Jr Sr Mt Ft No Nos vs etc Jan Feb Mar Apr Jun Jul Aug Sept Sep Oct Nov Dec "
    "Inc Ltd Co Corp Dept Univ".split()
)
# A sentence ends at . ! ? and a space, unless the full stop ends " Sen.", "Maj.-Gen." or an initial
# (" J."), which one look-behind per width rules out. One pattern per mark, each starting
# with its literal: Python's engine skips to a literal fast, a class it tests per character.
_NOT_AN_ABBREVIATION = (
    "".join(
        f"(?<![ -](?:{'|'.join(sorted(a for a in ABBREVIATIONS if len(a) == n))})\\.)"
        for n in sorted({len(a) for a in ABBREVIATIONS})
    )
    + r"(?<! [A-ZÀ-ÖØ-Þ]\.)"
    # "the U.S. president", "U.S. Senate candidate": no end ("in the U.S. He ..." is one)
    + r"(?!(?<=\.[A-Z]\.)\s+(?:[a-z]|(?!(?:He|She|They|It|We|I|The|But|A|An|In|This)\b)[A-Z]))"
)
SENTENCE_END_RES = {
    mark: re.compile(re.escape(mark) + (_NOT_AN_ABBREVIATION if mark == "." else "") + _CLOSE)
    for mark in ".!?"
}
PASSIVE = frozenset(("was", "were", "been", "being", "is", "are", "be"))
