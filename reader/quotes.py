"""The quote engine: every direct quotation in a text, and who said it.

Rule-based and local, so it is fast and can say why it decided what it did.
``reader.quotemarks`` pairs the quotation marks; this module finds transcript turns
("Q:", "JONES:", "Jane Smith:") and attributes each quote from its own sentence: a cue
("said", "stressed", "according to", ", adding,") and the mention tied to it (a name, a
title, or a pronoun resolved to the most recent sentence subject of compatible gender).
People and their aliases are learnt from the document as it is read (``reader.people``).

All offsets are code-point indices into the text. Nothing here imports Qt.

An installed package runs this module compiled by Cython (``setup.py``): plain Python, in
which a local holding the text is annotated ``str`` (``text: str = self.text``) so that its
slices and methods compile to direct calls.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from itertools import chain, islice, pairwise
from typing import Any

from reader.cues import (
    ABBREVIATIONS,
    ADJECTIVE_NAME_CUE_RE,
    AFTER_QUOTE_SPEAKER_RE,
    APPOSED_CUE_RE,
    APPOSED_NAME_RE,
    APPOSITION_AT_RE,
    APPOSITION_RE,
    ASIDE_CUE_CLAUSE_RE,
    ASIDE_SPEAKER_RE,
    ATTRIBUTED_AFTER_RE,
    ATTRIBUTED_RE,
    AUTHOR_RE,
    BARE_SIGNATURE_RE,
    BRACKET_SIGN_RE,
    CAPTION_RE,
    CLAUSE_OPENERS,
    CLAUSE_SPEAKER_RE,
    COMMA_GAP_RE,
    COMMA_NAME_RE,
    CUE_RE,
    DASH_RE,
    DIRECT_RE,
    GAP_RE,
    HAD_TO_SAY_RE,
    HEADLINE_AFTER_RE,
    HEADLINE_NAME_RE,
    HEADLINE_SUBJECT_RE,
    LEAD_NAME_RE,
    LEAD_REPLY_RE,
    MENTION_RE,
    MESSAGE_FROM_RE,
    NAME_END_RE,
    NAME_INITIALS_RE,
    NAME_LINE_RE,
    NAME_THEN_PLACE_RE,
    NICKNAME,
    OCCUPATIONS,
    OFFICE_OF_RE,
    ONE_WORD_CUES,
    ORG_APPOSITION_RE,
    OWN_WORDS_RE,
    OWNED_OFFICE_NAME_RE,
    OWNER_BODY_RE,
    PAIR_CUE_RE,
    PASSIVE,
    POST_ANY_RE,
    POST_RE,
    POST_ROLE_RE,
    PREFIX,
    PREFIXED_RE,
    PREPOSITIONS,
    PRON_RE,
    PRONOUN_LEAD_RE,
    PRONOUNS,
    QUOTING_BEFORE_RE,
    QUOTING_RE,
    READS_OWNER_RE,
    RECORD,
    REPLY_RE,
    ROLE_OF_CUE_RE,
    ROLE_OPENER_RE,
    ROLE_UNCLOSED_CUE_RE,
    ROLE_WORDS,
    SAID_NAME_RE,
    SAID_NAME_TAIL_RE,
    SEED,
    SENTENCE_END_RES,
    SHEET_BY_RE,
    SIGNATURE_RE,
    SPEECH_BY_RE,
    SPEECH_OWNER_RE,
    STATEMENT_FROM_RE,
    SUBCLAUSE_SUBJECT_RE,
    TITLE_END_RE,
    TITLE_LIST_RE,
    TITLE_LIST_SPLIT_RE,
    TRAILING_CUE_RE,
    TRAILING_NAME_RE,
    UNCLOSED_CUE_RE,
    cue_before,
    first_cue,
    last_cue,
    role_after,
    role_before,
    role_comma,
    role_named,
    role_start,
    scan,
    trie_pattern,
)
from reader.gcpause import gc_paused
from reader.people import (
    COUNTRIES,
    COURTESY,
    DEMONYMS,
    FEMALE,
    GIVEN_NAME_GENDER,
    JOBS,
    KOREAN_NAME_RE,
    KOREAN_SURNAMES,
    MALE,
    NEUTER,
    NOT_PERSON_WORDS,
    OFFICE_WORDS,
    OFFICES,
    PAPAL,
    RANKED,
    RANKS,
    STOP_WORDS,
    TRADES,
    People,
    Person,
    is_office,
    looks_like_person,
    name_words,
    split_name,
)
from reader.quotemarks import (
    BULLETS,
    Span,
    find_all,
    find_spans,
    paragraph_breaks,
    paragraph_starts,
)

_GENDER_WORD = {"he": MALE, "she": FEMALE}
_BODIES = frozenset((NEUTER,))  # whom "it said" can mean
_GENDER_LABEL = {MALE: "male ", FEMALE: "female "}
# The genders (None: not known) a walk back takes: whom "he", "she", "they" can mean
_FITS = {
    MALE: frozenset((None, MALE)),
    FEMALE: frozenset((None, FEMALE)),
    None: frozenset((None, NEUTER)),  # "they": not a man or a woman
}
_PEOPLE = frozenset((None, MALE, FEMALE))  # a person, not a body ("the Commission")
_KNOWN = frozenset((MALE, FEMALE))
_ANYONE = frozenset((None, MALE, FEMALE, NEUTER))
_GENDERED = frozenset((MALE, FEMALE))
_HONORIFIC_ALONE = {
    form: "he" if form.startswith("his") else "she"
    for form in COURTESY
    if form.startswith(("his ", "her "))
}
_POSSESSIVE = ("'s", "’s", "‘s")  # "Diaby‘s": the wrong mark, but a possessive
_POSSESSIVE_SPACE = ("'s ", "’s ", "‘s ")
_ONE_WORD_OFFICES = frozenset(o for o in OFFICES if " " not in o)  # "Minister" of ...
# "In Paris", "But Roe", "Are United getting enough credit?"
# (and a fact-check's claim line, "Says Ron Roe 'wants to ...'", is someone else's)
_NOT_SUBJECT = frozenset(
    "The This In On At But Are Is Was Were Do Does Did Can Could Will Would Should Has Have "
    "Says".split()
)
# after a quoted title, its sentence goes on: 'hits like "Private Dancer" and "The Best"'
_TITLE_GOES_ON_RE = re.compile(
    r".(?:[,;]? (?:and|or|by|from|in|on|with|was|is|are|were)\b|, [\"“‘'])"
)
_CLAUSE_END_RE = re.compile(r"[.,;:!?\n]")
_WORDS_LISTED_RE = re.compile(r"[,;]?[ \t]+(?:and[ \t]+|or[ \t]+)?[\"“‘'][a-z]")
_WORK_AFTER_RE = re.compile(  # 'officiating the Selangor-level "Sentuhan Agro Madani"
    r" (?:programme|program|campaign|initiative|project|festival|conference|event|summit)\b"
)  # programme': its name
_DOTTED_RE = re.compile(r"(?<![\w.])(?P<abbr>[A-Z]\.(?:[A-Z]\.){1,2})\s+(?:(?:has|had|also)\s+)?")
_BRACKET_CREDIT = r"\([A-Z][\w.'’ -]*/[A-Z][\w.'’ -]*\)[ \t]*$"  # "(Jo Roe/PA)" ending a line
_CREDIT_RE = re.compile(  # a photo credit line: "RNZ / Mark Papalii", "Photo: AFP / Jo Roe",
    r"(?:(?:Photo|Image|Picture)s?(?: source,| credit:)?:?[ \t]*)?"  # "Image source, Jo Roe/BBC"
    r"[A-Z][\w.&-]*(?:[ \t][A-Z][\w.&-]*){0,3}[ \t]*/[ \t]*"
    r"[A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){0,3}[ \t]*$"
    rf"|[^\n.!?]{{1,120}}{_BRACKET_CREDIT}",  # a caption with its credit
    re.MULTILINE,
)
_BRACKET_CREDIT_RE = re.compile(_BRACKET_CREDIT, re.MULTILINE)  # the credit alone on its line
_SOUNDBITE_RE = re.compile(
    r"(?P<cue>SOUNDBITE):?\s*(?:\([^()\n]{1,30}\)\s*)?(?P<who>[^\"“”\n:]{2,120}?):?\s*$"
)
_ROLE_APPOSED_RE = re.compile(  # (the name may carry its party: "..., Deputy Jo Roe (PT-CE) said")
    rf"(?:\s+(?:[a-z-]+|[A-Z][\w-]+)){{0,4}}{APPOSED_NAME_RE.pattern.removesuffix('(?=[,.;:])')}"
    r"(?=[,.;:]|\s+\([A-Z][\w-]{0,10}\)\s)"
)
_ARTICLE_RE = re.compile(r"\b(?:[Oo]ne|[Aa]n?|[Tt]he|[Tt]wo|[Ss]ome)\s")  # (a role's start)
_THE_REPLY = ("was the reply", "was the answer", "was the response", "came the reply")
_JOINED_SUBJECT_RE = re.compile(r"(?:his|her|their)\s|[A-Z][a-z]")  # "and his counterpart"
_WHERE_TAIL_RE = re.compile(r" (?:at|in|on|during|after|before|while)\b")  # ", at a briefing."
_FORMER = frozenset(  # words before an office that say when it is held
    ("former", "current", "new", "then", "acting", "interim", "outgoing", "incoming")
)
_TICKER_RE = re.compile(  # " (WFM) CEO", " (PG) former CEO"
    rf" \((?:[A-Z]+:\s?)?[A-Z.]{{1,6}}\)(?= (?:(?:{'|'.join(sorted(_FORMER))}) )?[A-Z])"
)
_FINITE_RE = re.compile(
    r", (?:has|had|is|was|were|will|would|did|does|[a-z]+ed)\b"
)  # "Roe, ..., has"
# paragraphs a list of quotes may have between its quotes and names: blank, or a page's
_LIST_JUNK = frozenset(("", "Advertisement", "ADVERTISEMENT", "Advert", "Story continues below"))
_OPENERS, _CLOSERS = "\"“‘'«„", "\"”’'»“"
_SIR = ("Sir", "Dame")  # a knight's or dame's given name alone: "Sir George", "Dame Judi"
# a work, then its title: "his memoir, 'The Long Game.'", "the song 'Born to Run'"
_WORKS = frozenset(
    """book memoir novel film movie album song single show series documentary play musical
    books novels films movies albums songs singles shows
    column essay poem podcast episode exhibition titled entitled record track anthem comedy
    drama sitcom thriller special programme program filming shooting event festival conference
    tour campaign initiative session webinar lecture keynote seminar workshop newsletter ad
    advert commercial website blog magazine newspaper""".split()
)
# a part of a work, or someone in it, then "of" and its title: "the star of 'Dreamgirls'"
_WORKS_OF = _WORKS | frozenset(
    "season cast finale premiere sequel remake creator star lyrics verse chorus author authors"
    " co-author paper study article edition".split()
)
_WRITES = frozenset("write writes wrote writing written".split())  # for a show, a paper
_WORKED_ON = frozenset(  # (or "during a live hit on 'New Day.'", "an appearance on")
    "working worked filming filmed shooting collaborating hit appearance appeared".split()
)
# what a headline has its speaker do after the quote: "'...': Roe hits back at critics"
_HEADLINE_VERBS = frozenset(
    """hits fires lashes blasts rules backs doubles defends berates slams rips questions
    mocks""".split()
    # or the mood the speaker is in: "'We will win': Roe defiant after defeat"
    + """defiant unrepentant adamant upbeat bullish confident optimistic unmoved unapologetic
    furious angry""".split()
)
# someone named before, called by their age or nationality: "The 45-year-old said"
_EPITHET = (
    r"[Tt]he (?P<who>\d{1,3}-year[- ]old|(?:Irish|Welsh|Scots|English|French|Dutch)(?:wo)?man"
    r"|Scot|Spaniard|Dane|Swede|Finn|Pole|Norwegian|Italian|German|Brazilian|Argentine"
    r"|Australian|American|Canadian|Kiwi|Portuguese|Belgian|Croatian|Serbian|Nigerian"
    r"|Ghanaian|Senegalese|Japanese|Mexican|Austrian|Uruguayan|Colombian|Romanian|Briton"
    rf"|Swiss|Czech|Slovenian|Russian|Ukrainian|Greek|Chilean|{SEED}|{RECORD})"
)
_EPITHET_RE = re.compile(rf"\b{_EPITHET}\s+(?:(?:[a-z]+ly|later|then|also)\s+)?$")  # a cue next
_EPITHET_SUBJECT_RE = re.compile(  # a verb next: "The 41-year-old ended her post", "The
    # Welshman has", "The 28-year-old took to Instagram"
    rf"{_EPITHET}\s+(?:[a-z]+\s+(?=[a-z]+ed\s|took\s|made\s|gave\s|went\s))?"  # ("The
    # 28-year-old model took to")
    r"(?:(?:has|had|was|is|also|then|later)\s|(?:[a-z]+ed|took|made|gave|went)\s+"
    r"(?:her|his|their|its|the|an?|to|on|up|by|with|in|at)\s)"  # (not "The 31-year-old
)  # retired teacher")
# "the Beauty and the Beast star", 'the "Les Miserables" star', "the British-born model":
# the one named before
_STAR_WORDS = (
    *("star ", "actress ", "actor ", "singer ", "model ", "rapper ", "comedian "),
    *("forward ", "striker ", "midfielder ", "defender ", "goalkeeper ", "winger "),
    *("player ", "man ", "woman "),  # "the Hull City man"
    *("hitmaker ", "songstress ", "artist ", "musician ", "songwriter ", "superstar "),
)  # "the Spanish forward said"
_BARE_STAR = (  # a work's title and a stage epithet: "Queen & Slim actress"
    r"(?P<who>(?:“[^”\n]{1,40}”|\"[^\"\n]{1,40}\"|[A-Z][\w'’.-]*"
    r"(?:\s+(?:and|the|of|in|an?|to|on|for|&|[A-Z][\w'’.-]*)){0,5}?)\s+"
    rf"(?:{'|'.join(w.strip() for w in _STAR_WORDS)}))"
)
_STAR = rf"[Tt]he {_BARE_STAR}"
_STAR_RE = re.compile(rf"\b{_STAR}\s+$")
_SIGNER_RE = re.compile(r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}")  # a headline's "- Jo Roe"
# a results sheet's line before a colon: "Heikki Kovalainen - 1.17.343 - P18 (Q1):"
_RESULT_LEAD_RE = re.compile(
    r"(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2})(?:\s*[-–—,]\s*(?:\d[\w.:]*|P\d+|Q\d)"
    r"(?:\s*\((?:Q\d|\d[\w.:]*)\))?)+:"
)
# a name in capitals in the words that sign a quote: "US swimming legend MICHAEL PHELPS on
# his final swim", "Brazil soccer star NEYMAR gave" (not "a FIFA spokesman")
_CAPS_NAME_RE = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’-]+){1,3}|[A-Z][A-Z'’-]{3,})"
    r"(?:[ \t]+(?P<after>[a-z]+)|[,.]|$)"
)
_WIKI_SIGNED_RE = re.compile(  # a talk page's signature: "Masem (t) 04:01, 5 December 2022 (UTC)"
    r"(?:^|[.?!] )(?P<name>[^\s.?!][^.?!\n]{0,30}?) \((?:talk|t|contribs)\)"
    r" \d{1,2}:\d\d, \d{1,2} [A-Z][a-z]+ \d{4} \(UTC\)[ \t]*$",
    re.M,
)
_NAMED_VERB_RE = re.compile(r"[A-Z]\S*\s+[a-z]+s[,:]\s*$")  # "WP:BLPCAT states, "
_NICKNAMED_RE = re.compile(rf"{NICKNAME}[ \t]+(?P<surname>[A-Z][\w'’-]+)")  # 'Jose “Chepo” Reynoso'
_QUESTION_LINE_RE = re.compile(r"[A-Z][^\n.!?]{2,120}\? ")  # "How do you motivate them? "
_STAMP_LEAD_RE = re.compile(r"\d{1,2}[:.]?\d\d(?:\s?(?:GMT|BST|ET|EST|CET|UTC|[ap]m))?:?")
_TITLED_CUE_RE = re.compile(r"(?P<cue>[A-Z][a-z]+) (?=[A-Z])")  # "Tweets Elon Musk"
_SAID_LOWER_RE = re.compile(r"(?P<cue>said|says|added)\s+(?P<name>[a-z][a-z'’-]{2,})[.,]")
_AGED_NAME_RE = re.compile(
    r"\s*(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}), \d{1,3},"
)  # "Jean Piper, 82,"
_STAR_END_RE = re.compile(rf"{_STAR}\b")
_STAR_POST_RE = re.compile(rf"{_STAR}(?:,\s+\d{{1,3}},)?\s+")  # '"...," the actress, 34, told'
_BARE_STAR_RE = re.compile(rf"{_BARE_STAR}(?=[.,;])")  # "Mission Impossible actress." after
# a cue, its article left out
_EPITHET_NAME_RE = re.compile(_EPITHET)
_PARTY_EPITHET_RE = re.compile(  # "the Kentucky Republican", "the Texas Democrat"
    r"[Tt]he (?P<who>(?:[A-Z][a-z]+ ){0,2}(?:Republican|Democrat|Conservative|Tory|Socialist))"
)
_A_THING_RE = re.compile(r"\b[Aa]n? (?:[a-z-]+ ){0,2}(?P<noun>[a-z-]+) $")  # "a blog site "
# what someone makes that says something: "Mr Roe made a post stating"
_DOCUMENTS = frozenset("post tweet statement letter message video note sign".split())
_CLAUSE_AFTER_RE = re.compile(
    r"\s+(?:as|while|after|before|when|amid|during|following|ahead\s+of|despite|on\s+[A-Z]"
    r"|in\s+a|at\s+a)\s"
)
_HANDLE_CUE_RE = re.compile(
    r"(?P<handle>@\w{1,30})\s+(?:also\s+)?(?P<cue>said|says|wrote|writes|tweeted|posted|replied"
    r"|added)\b"
)
_HANDLE_BEFORE_RE = re.compile(r"(?<![\w@])(?P<handle>@\w{1,30})[ \t]+(?:also[ \t]+)?\Z")
_THE_DOCUMENTS = frozenset(f"{the} {noun}" for the in ("The", "the") for noun in _DOCUMENTS)
_NAME_GIVEN_RE = re.compile(  # "a man who identified himself as", ", who gave her name as"
    r",? (?:who )?(?:[a-z]+ly )?(?:identified (?:himself|herself|themselves)|gave (?:his|her|their)"
    r" (?:first )?name|named|identified) (?:only )?as "  # ("who simply identified himself as
)  # Joseph", "One of the farmers, named as Haruna, ...")
_MADE_RE = re.compile(r"\b(?:posted|published|tweeted|shared|wrote|issued|released)\b")
_SOURCE_ROLE_RE = re.compile(r"the (?P<role>[a-z-]+),")  # "According to the diplomat, ..."
_TITLED = ("titled ", "entitled ", "titled: ", "entitled: ", "known as ", "known as the ")  # a
# paper titled "...": a title; a committee known as the "...": a name
_MINOR_WORDS = frozenset("of the a an and or in on at to for by with from".split())
_SPACED_DASH_RE = re.compile(r" (?:—|–|--) ")
# a quote's speaker named by a possessive pronoun: "His words: '...'" (Nigerian copy)
_WORDS_LEAD_RE = re.compile(
    r"(?:In )?(?P<pron>[Hh]is|[Hh]er|[Tt]heir) (?:words ?[,:;]"
    r"|(?:answer|reply|response|retort|verdict|advice|message) ?(?:was|is)?[,:]?)"
)
_WORDS_ENDS = ("words,", "words:", "words;", "words :", "was", "was,", "was:", "is:", "answer:")
_WORDS_ENDS += ("reply:", "response:", "retort:", "verdict:", "advice:", "message:")
# a sentence of a speech verb alone: 'Adding: "..."' goes on from the quote before
_CUE_WORDS = frozenset(w for w in ONE_WORD_CUES if w.islower())
_BARE_CUE_RE = re.compile(r"(?:And )?(?P<cue>[A-Z][a-z]+ing)(?: that)? ?[:,]?")
_OWNER_PRONOUN = {"his": "he", "her": "she", "their": "they"}
_SAID_THIS_RE = re.compile(  # "Lagarde observed this in an interview": the words before
    r" (?:(?:said|stated|observed|remarked|wrote|declared) this|made (?:the|these|those)"
    r" (?:remarks|comments))(?= (?:in|at|on|during|while|when|after|to|before)\b|[.,])"
)
_SUBORDINATORS = frozenset("While When As After Although Though If Because Since".split())
_OF_BODY_RE = re.compile(r" of (?:the )?[A-Z][\w-]*(?: (?:and )?[A-Z][\w-]*){0,3}")
_NEW_SENTENCE_OPENERS = ("So ", "But ", "And ", "Then ", "Yet ")
_ADDRESSING_CUES = frozenset(  # the name after these is whom the words are for
    "asked asks told tells urged urges implored implores begged begs reminded reminds".split()
)
_REPRESENTED = ", who was represented by "  # the words are his, read by another
_MULTITUDES = frozenset("hundreds thousands dozens scores".split())
_ORDINALS = frozenset("second third fourth fifth sixth other next".split())  # "the third user"
_ANOTHER_RE = re.compile(  # one more of a group, unnamed: "another", "a third"
    r"(?:^|[\s,;:.!?])(?:[Aa]nother|[Aa] (?:second|third|fourth|fifth)|One)\s+(?:also\s+)?$"
)  # (and "One said they were '...'", the first of them)
_ANOTHER_ENDS = ("nother ", "second ", "third ", "fourth ", "fifth ", "also ", "One ")
_CITATION_RE = re.compile(r"(?:\[(?:\d{1,3}|[a-z]|citation needed)\])+")  # "[12]", "[a]"
_CAPS_QUESTION_RE = re.compile(r"(?=[^a-z\n]*[A-Z]{2})[^a-z\n]{6,200}[?.][ \t]*")
_QUESTION_WORDS = frozenset(
    "Are Is Was Were Do Does Did Can Will How What Why When Where Who".split()
)
_OPEN_MARK_RE = re.compile('["“‘«„]')
_SOURCE_CUES = ("according to", "in the words of", "borrow a line from", "reported by")  # their
# speaker next (and "as reported by", only after "as")
_SAYS_CLAUSE_RE = re.compile(  # "says (that) (in the interview) " before what it reports
    r"\b(?:says|said)\s+(?:that\s+)?"
    r"(?:(?:in|during|at|on|after)\s+[^,.;\"“”\n]{1,60}?\s+)?(?=[A-Z])"
)
_TRANSLATES_RE = re.compile(r"\b(?:translates|translated|means)(?:\s+(?:to|as))?:$")
_WAS_QUOTED_RE = re.compile(
    r"\s+(?:was|is|has\s+been|had\s+been)\s+(?P<cue>quoted)\s+as\s+saying\b"
)
_QUOTED_AS_RE = re.compile(
    r"[^\"“”\n]{0,60}?(?P<cue>quoted) (?P<who>him|her|them|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}"
    r"|the (?:[a-z-]+ ){0,2}[a-z-]+)"
    r" (?:as (?:saying|telling)|to have said)\b"
)
# "... quoted unnamed officials on Saturday as saying that ...": before a cue
_QUOTED_WHO_RE = re.compile(
    r"\bquote[sd]\s+(?P<who>[^,;:\"“”\n]{1,80}?)\s+(?:(?:on|in|at|last|this)\s+\w+\s+)?as\s+$"
    r"|\b(?:captured|caught|heard|overheard|showed|shows|filmed|recorded)\s+"  # "a hot mic
    r"(?P<seen>[^,;:\"“”\n]{1,60}?)\s+(?:[a-z]+ing\s+and\s+)?$"  # captured an analyst laughing
    r"|\b(?P<heard>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:was|were|is)\s+(?:heard|seen"
    r"|filmed|caught|recorded|captured|overheard)\s+$"  # and saying": the analyst; "Jo Roe was
)  # heard telling supporters that '...'": Jo Roe
_MONTHS = tuple("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split())
_CHANNELS = frozenset("website site account page feed blog newsletter".split())
_MONTH_NAMES = frozenset("April May June July August".split())  # (given names too)
_DAY_BEFORE_RE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)? $")
# A wire story's dateline: "OSLO, March 29 (Reuters) - ", "LAKE FOREST, Calif., March 20,
# 2013 /PRNewswire/ — ", "WASHINGTON — ", "March 30 (Reuters) - "
_DATELINE_RE = re.compile(
    r"(?:[A-Z][A-Z.'’-]+(?:(?:[ ,]+|\s+and\s+)[A-Z][\w.'’-]*)*,?\s*)?"
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s+\d{4})?\s*"
    r"|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{4})?\s*)?"
    r"(?:[-—–]?\s*(?:\([\w .&-]{1,30}\)|/[\w .-]{2,30}/))?\s*[-—–]{1,2}\s*"
)
# a heading over someone's words: "Statement of Acting U.S. Attorney Audrey Strauss ..."
_STATEMENT_OF_RE = re.compile(
    r"(?:(?:My|A|The)\s+)?(?:[A-Z]\w+\s+){0,2}?"
    r"(?:[Ss]tatement|[Rr]emarks|[Mm]essage|[Cc]omments?)\s+(?:[Oo]f|[Bb]y|[Ff]rom)\s+"
)
_HEAD_TOPIC_RE = re.compile(r"\s(?:[Oo]n|[Aa]t|[Aa]bout|[Rr]egarding|[Tt]o|[Ff]or|[Aa]fter)\s")
_KIN_OF_RE = re.compile(
    r"(?:the\s+)?(?:[Ff]amily|[Ff]riends|[Rr]elatives|[Pp]arents|[Ll]awyers?|[Aa]ttorneys?)\s+of\b"
)
_WHEN_OPENERS = tuple(f"{w} " for w in "When After Before As While Whilst Once Since Until".split())
_WHEN_OPENERS += ("So when ", "But when ", "And when ")  # "So when Mr Roe was asked, he"
_TO_WHOM_RE = re.compile(r"\s+(?:to|for)\s+[^:\"“”\n]{1,40}:\s*")
_THAT_STATED_RE = re.compile(r"\s+(?:that|which)\s+(?:stated|said|read)[,:]?\s*")  # "Roe's
# speech that stated, '...'"
_NO_CUE = "no speech cue near the quote"
_A_WORD = " names a word, nobody says it"
# who a call's speaker says they are: "Hi Bob. It's Darryl from Highfalutin Capital ..."
_HAIL_RE = re.compile(
    r"(?:Hi|Hello|Hey|Morning|Good (?:morning|afternoon|evening)),? (?P<name>[A-Z][a-z]+)\b"
)
_SELF_INTRO_RE = re.compile(
    r"(?:[^.!?\n]{0,30}[.!?,] )?(?:It['’]s|This is|I['’]m|My name is) "
    r"(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:from|with|at|of) "
)
_THANKS_RE = re.compile(r"(?:Thanks|Thank you),? (?P<name>[A-Z][a-z]+)\b")
_PASSIVE_RE = re.compile(r"\b(?:was|were|is|are|been) (?:[a-z]+ly )?[a-z]+(?:ed|en|wn)\b")
_WEAK_REASONS = ("no cue: ", "a quote on its own")
_PARTICIPLE_RE = re.compile(r",\s+[a-z]{3,}ing\b")
_SAID_END_RE = re.compile(r", (?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}) (?:said|says)\.\s*$")
_LIST_MARKS = ("– ", "— ", "- ", "• ")
_MAKER_AFTER_RE = re.compile(  # who made a work, after its name: '"Lost" star Jo Roe'
    r"(?:director|star|actor|actress|singer|creator|author|producer|host|co-star|writer)s? [A-Z]"
)
_WORK_OF_RE = re.compile(r" [a-z]+ [A-Z][a-z]")  # '"Erin Brockovich" star Julia Roberts'
_CLAUSE_COMMA_RE = re.compile(r",[”\"]? ")  # (after a title: 'for "Places in the Heart," she')
_ADVERBS_FIRST = tuple(f"{w} " for w in "Then And But So Now Also Still Yet Later".split())
_CLAUSE_FIRST = _ADVERBS_FIRST + _WHEN_OPENERS
_WE_WILL = ("we’ll ", "we'll ", "we will ", "I’ll ", "I'll ", "I will ")
_AGE_BEFORE_RE = re.compile(r"\d{1,3}-year-old\s+(?=[a-zA-Z])")
_OUTLET_RE = re.compile(r"\([A-Z][\w .&-]{1,30}\)")
_SPELLED_RE = re.compile(r"((?:[A-Z][\w'’-]*\s+(?:(?:of|for|and|the)\s+)*)+)\($")
_ROLE_AFTER_NAME_RE = re.compile(r"(?:[a-z]+ ){0,2}(?P<role>[a-z]+)\b")
_PLACE_COLON_RE = re.compile(  # "Lahore, Pakistan: ", "Haryana: Amid a row over ..."
    r"[A-Z][a-z]+(?:, [A-Z][a-z]+: (?=[A-Z])|: (?=(?:Amid|After|Despite|Following|In) )"
    r"| \([A-Z][a-z]+(?: [A-Z][a-z]+)?\): (?=[A-Z]))"  # "Bhopal (Madhya Pradesh): "
    r"|(?:Fact[- ][Cc]heck|FACT CHECK|Analysis|Explainer|Exclusive|EXCLUSIVE): "  # a label
)
_TITLED_DATELINE_RE = re.compile(  # "Vatican City, 18 February 2015 (VIS) – ", "Washington,
    r"[A-Z][a-z]++(?: [A-Z][a-z]++){0,2}+(?:, (?:[A-Z]\.){2})?(?:,| [-—–]) (?:\d{1,2} )?"  # D.C.
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? (?:\d{1,2},? )?\d{4} "
    r"(?:[-—–] )?(?:\([\w .&-]{1,30}\) )?[-—–]{1,2} "  # – May 23, 2014 – (RealEstateRama) — "
    r"|[A-Z][a-z]++(?: [A-Z][a-z]++)?, [A-Z][a-z]++ [—–] "  # "Metro Manila, Philippines – "
    r"|[A-Z][a-z]++(?: [A-Z][a-z]++){0,2}+, (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"[a-z]*\.? \d{1,2} \([A-Z][\w .&-]{1,20}\)(?::| [-—–]) "  # "Los Angeles, Nov 20 (IANS): "
    r"|[A-Z][a-z]++(?: [A-Z][a-z]++)?(?: \([A-Z][\w ]{1,30}\))? \[[A-Z][a-z]+\], (?:Jan|Feb|Mar"
    r"|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?: \([A-Z]{2,5}\))? ?: "  # ANI's
)  # "Chennai (Tamil Nadu) [India], June 11 : "
_BEFORE_PARTICIPLE = frozenset("for after by before while without".split())
_CLAUSE_OPENER_RE = re.compile(  # (or a verb of the same subject: "— and unloaded on")
    r"\b(?:when|while|after|because|although|though|since|as|if)\s+"
    r"|(?:and|but)\s+(?!(?:the|a|an|his|her|their|its|they|he|she|it|we|I)\b)[a-z]+ed\b"
)
_EVENT_WORDS = frozenset(
    "Interview Transcript Briefing Release Update Speech Statement Remarks Conference".split()
)
_HEADING_EVENTS = frozenset("Interview Transcript Briefing Release Update Conference".split())
_RELATIVE_RE = re.compile(r"\s+(?:that|which)(?=\s+(?:he|she|they|[A-Z]))")
_PARTY_END_RE = re.compile(r"\s+\([A-Z][^()\n]{0,24}\)$")
_TRAILING_NAMED_RE = re.compile(r",\s+(?:[A-Z][\w'’.-]*\s+){1,4}")  # ", Philip Hammond "
_CAPTION_LEAD_RE = re.compile(r"\b(?:the|a|her|his|their|its)\s+caption[,:]?$")
_STATEMENT_HEAD_RE = re.compile(
    r"[ \t]*(?P<name>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3})(?:['’]s)?[ \t]+"
    r"(?:full[ \t]+)?(?:statement|response|letter)\b[^\n.?!:]*$"
)
_OWNER_WORD_RE = re.compile(r"^(?:[A-Z][\w.-]*['’]s\s+)+")
_OBJECT_PREPOSITIONS = frozenset(("at", "against"))  # "hit back at", "lashed out against"
_REPLYING = frozenset("responding replying answering retorting".split())
_WHO_BEFORE_RE = re.compile(  # (or a name's own: "shared by Julie-Ann Campbell who commented")
    r"(?:,\s+wh(?:o|ich)|(?<=[a-z])\s+(?P<bare>who))\s+(?:(?:also|has|had|later|then|once)\s+)*$"
)
# "The family of former One Direction star ": a role of the name that comes next
_WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
_ROLE_OF_RE = re.compile(r"(?:The|the|A|a) (?P<role>[a-z]+) of (?:[\w'’-]+ ){0,6}")
_DOMAIN_OF_RE = re.compile(r"[a-z]+ of the(?: [a-z]+){1,3} ")  # "leader of the opposition "
_NAMING = ("Calling ", "Terming ", "Branding ", "Describing ", "Dubbing ", "Labelling ")
_OBJECT_PRONOUN_RE = re.compile(r"\s+(him|her|them)\b")
_BYLINES = frozenset("Correspondent Reporter Desk Writer".split())  # "Staff Correspondent"
_HEAD_OF_RE = re.compile(  # "the head of state said", "noted the head of state"
    r"the (?P<head>head of (?:state|government|the(?: [A-Z][\w.-]*){1,4})) (?P<cue>[a-z]+)"
    r"|(?P<cue2>[a-z]+) the (?P<head2>head of (?:state|government))\b"
)
_IN_EDITION_OF = r"in\s+(?:the\s+|its\s+)?(?:[a-z]+\s+)?(?:edition|issue)\s+of\s+(?:the\s+)?"
_GOES_ON_CUES = frozenset("continued continues added adds".split())
_STATEMENT_SAYS_RE = re.compile(  # '"...," the statement read'
    r"[\s,]*(?:the|that|this|a)\s+(?:(?P<org>[A-Z][\w.'’-]*)\s+)?"  # "the PNP statement"
    r"(?:(?:official|joint|written|press|brief|short|separate)\s+)?"
    r"(?P<noun>statement|release|letter|notice|affidavit|complaint|indictment)\s+"
    rf"(?:(?:(?:on|from|by)\s+(?:the\s+)?|{_IN_EDITION_OF})"
    r"(?P<source>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+"
    r"|(?:issued|released|put\s+out|sent)\s+by\s+(?:the\s+)?"  # "issued by the Prime
    r"(?P<issuer>[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,4}?)"  # Minister’s media office in
    r"(?:\s+(?:in|at)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?\s+)?"  # Islamabad said"
    r"(?:also\s+)?(?P<cue>said|says|read|reads|added|adds|continued|continues|stated|noted|asked)\b"
)  # ("the statement on SPA added", "a notice in the latest edition of the Journal read")
_SAYS_STATEMENT_RE = re.compile(  # '"...," reads the statement in part', "reads the purported
    # tweet"
    r"[\s,]*(?P<cue>reads|read|says|said|begins)\s+(?P<article>the|a)\s+(?:(?P<org>[A-Z][\w.'’-]*)\s+)?"
    r"(?:[a-z]+\s+)?(?P<noun>statement|release|letter|tweet|post)\b"
)
_DOC_SUBJECT_RE = re.compile(  # "A statement from the Office of the Prime Minister ... stated"
    r"(?:[Aa]n?|[Tt]he)\s+(?:[a-z-]+\s+)?(?P<doc>statement|release|letter|communiqu[eé]|notice)"
    r"\s+(?:from|by)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w.'’&-]*(?:\s+(?:of\s+the\s+|of\s+|and\s+)?[A-Z][\w.'’&-]*){0,6})"
    r"(?:\s+(?:in|on|at|issued|released|sent|late|early|yesterday|today|this|last)\b[^,.\"“”]{0,60})?"
)
# "according to a White House statement", "a Kremlin readout": the body's document
_BODY_DOC_RE = re.compile(
    r"(?:an?|the)\s+(?P<name>[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3})\s+"
    r"(?P<doc>statement|readout|release|press release|communiqu[eé])\b"
)
_ACCORDING_BODY_DOC_RE = re.compile(rf"\baccording to {_BODY_DOC_RE.pattern}\.\s*$")
_PLACE_OFFICE_RE = re.compile(rf"(?:^|\s)(?:[A-Z][\w'’.-]*\s+){{1,3}}(?P<office>{PREFIX})$")
_CALLING_RE = re.compile(  # "After calling Narendra Modi a 'leader of lies,' Kharge made"
    r"(?:After|Before|While|Besides|By)\s+(?:calling|labell?ing|branding|dubbing|terming)\s"
)
_CLAUSE_JOINS = frozenset("and while as but when after before".split())  # "... while Jo Roe"
_TWEET_LINK_RE = re.compile(
    r"\s*(?:pic\.twitter\.com|https?://t\.co)/\S+\s*$"
)  # "... pic.twitter.com/x"
_IT_CUE_RE = re.compile(r"It (?:also |further |then |later )?$")  # "It further said": a
# body named before (a statement, a ministry) opens the sentence
_WITH_ROLE_RE = re.compile(  # "with one commenter writing", "with fans writing": who writes
    r"\bwith (?P<role>(?:(?:one|a|an|another|some|many|several) )?(?:[a-z-]+ ){0,2}[a-z-]+) $"
)
_INTRO_RE = re.compile(  # an adverb or a clause of time before a sentence's subject
    r"[A-Z][a-z]+ly|Later|Then|Meanwhile|Afterwards|Earlier|Soon|Instead"
    r"|(?:As|When|While|After|Before|Once) [^,.;\"“”]{1,50}"
)
_BARE_GROUPS = frozenset(  # a group a sentence may open with, bare: "Later, residents shouted"
    "residents protesters protestors demonstrators villagers fans supporters witnesses "
    "neighbours neighbors locals voters workers students parents critics activists".split()
)
_BODY_ENDS = frozenset(  # the last word of a body's name: "Broward County Sheriff's Office"
    "Office Department Ministry Agency Service Police Court Council Commission Bureau".split()
)
_ELLIPSIS_RE = re.compile(r"\s*(?:\.\.\.|…)\s*")
_NOT_ROLE_WORDS = r"(?:the|of|and|to|for|by|with|his|her|their|its|from|in|on|at)"  # ("a
# statement the family released": no role)
_OWNER_WORD = r"[A-Z][\w.-]*(?:['’](?!s\b)[\w.-]*)*"  # (not its 's: "from Roe’s account")
_STATEMENT_WHERE_RE = re.compile(r"\s*[.,;]|\s+(?:on|in|posted|shared)\s")  # "a statement on"
_NOUN_FROM_RE = re.compile(  # (or "a notice in the latest edition of the Lancet")
    rf" (?:(?:from|by) (?:the )?|{_IN_EDITION_OF})(?P<name>{_OWNER_WORD}(?: {_OWNER_WORD}){{0,3}})"
)
_DOC_OWNER_RE = re.compile(  # "the couple's joint statement", "Jo Roe’s statement"
    r"(?:(?P<role>\b[Tt]he [a-z]+)|(?P<name>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}))['’]s "
    r"(?:[a-z]+ )?\Z"
)
_MADE_BY_RE = re.compile(
    r"\b(?:organi[sz]ed|issued|released|signed|drafted|written|penned|put out|authored)\s+by\s+"
    r"(?:the\s+[\w\s'’()-]{1,80}?,\s+)?"  # "by the Chief Press Secretary to the Governor, Jo Roe",
    # "by the Special Assistant (Media) to the Minister, Rabiu Ibrahim"
    r"(?:(?:[A-Z][a-z]+\s+)?(?!(?:the|a|an)\s)[a-z][a-z-]+\s+"  # "by Argentine billionaire
    r"(?:and\s+[a-z][a-z-]+\s+)?(?=[A-Z]))?"  # and businessman Marcos Galperin" (not "by the")
    r"(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})(?<![a-z]{2}\.)"  # (not its full stop)
)
# 'Acme released a statement that said ...': Acme's words
_ISSUED_SAYING_RE = re.compile(
    r"\b(?:released|issued|put\s+out|posted|published|sent)\s+an?\s+(?:[a-z]+\s+)?"
    r"(?P<noun>statement|release|letter|post)\s+(?:that|which)\s+(?:said|says|stated)\b"
)
# or before it: 'The statement said: "..."'
# a caption after a quote: "Wimbledon champion Novak Djokovic offers his tips", "Djokovic,
# who follows a strict diet, jokes about ...", "Federer is thankful for ...", "Manchester
# United manager Jose Mourinho speaking at ...", "Jurgen Klopp on Burnley", "(laughs) Roy
# Keane [The Overlap]", "Emma Hayes (BT Sport)", or the name alone
_CAPTION_AFTER_RE = re.compile(
    r"(?:\([a-z ]{1,20}\)\s+|\((?=[A-Z]))?"  # ("(George North after becoming ...)")
    r"(?:[A-Z][\w'’-]*\s+|[a-z]+['’]s\s+|[a-z]+\s+(?=(?:[a-z]+\s+)?[A-Z])){0,4}?"
    rf"(?P<name>[A-Z][\w'’-]+{NICKNAME}?(?:\s+(?:(?:de|van|von|der|da|di|du|le|la)\s+)?"
    r"[A-Z][\w'’-]+){0,2})"  # ("Frenkie de Jong [BBC Radio 5 Live]")
    r"(?:,\s+(?:who|a|the)\s+[^,.\n]{1,60},)?"
    r"(?:\s+(?P<verb>[a-z]+s|on|after|following|during|[a-z]{3,}ing)\b"
    r"|(?:[ \t]*[(\[][^)\]\n]{1,80}[)\]])?[ \t]*(?=\n|$))"
)
_QUOTED_NICKNAME_RE = re.compile(NICKNAME)
_CONTRACTION_RE = re.compile(  # "I’m", "It’s", "Don’t" (not "Gadot’s")
    r"(?:(?:I|It|He|She|We|You|They|That|There|Here|What|Who|Let)['’](?:s|re|ve|ll|d|m)"
    r"|[A-Z][a-z]*n['’]t)\b"
)
_PRESENT_VERB_RE = re.compile(r" [a-z]+s\b")
_NOT_PRESENT = frozenset("was his hers its this thus as us plus less unless across news".split())
_NOUN_CUES = frozenset("comments comment remarks remark claims claim".split())
_BY_WHOM_RE = re.compile(  # "comments from an MP accusing", "remarks by Jo Roe calling"
    r"\s+(?P<by>from|by)\s+(?:the\s+)?"
    r"(?P<who>an?\s+(?:[a-z]+\s+)?[A-Za-z]+|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’-]*){0,3})"
    r"\s+(?:accusing|calling|saying|describing|branding|labell?ing|likening|comparing|who|that)\b"
)  # ("comments from the Queensland Premier Jo Roe that he'd 'singled out' the state")
_OWN_FEELINGS_RE = re.compile(  # what someone shares of their own: "expressed his thoughts"
    r"\b(his|her|their)\s+(?:thoughts|views|feelings|opinion|reaction|emotions|gratitude|thanks"
    r"|delight|joy|frustration|disappointment)\b"
)
_OBJECT_APPOSED_RE = re.compile(  # "to his opponent, " before a name
    r"\b(?:to|for|with|at|against|from|of)\s+(?:(?:his|her|their|its|the|a|an|our|my)\s+)?"
    r"[a-z]+,\s+$"
)
_STATEMENT_LEAD_RE = re.compile(
    r"\b(?:[Tt]he|[Tt]hat|[Tt]his)\s+(?:(?P<org>[A-Z][\w.'’-]*)\s+)?"
    r"(?:official\s+|joint\s+|written\s+|press\s+)?(?P<noun>statement|release|letter|email)"
    r"(?:\s+(?:which|that)\s+(?:was\s+)?(?:titled|entitled|headlined)\s+[“\"‘'][^”\"’'\n]{1,120}"
    r"[”\"’'],?)?"  # ("The statement which was titled “...,” read:")
    r"\s+(?:also\s+|partly\s+)?(?P<cue>said|says|read|reads|added|adds|continued|stated|noted)"
    r"(?:\s+in\s+part)?\s*[:,-]?\s*$"  # "The statement partly read,", "... reads in part:",
)  # "The letter stated - '...'"
_LETTERS = ("letter", "email", "memo")  # one a text calls by another: "wrote an email ... The
_LETTER_RE = re.compile(r"\b(?:letter|e-?mail|memo)\b")  # letter stated"
_OWNED_UPDATE_RE = re.compile(  # "Jesse Marsch’s latest team news update", a quote's source
    r"(?P<name>[A-Z][\w-]*(?: [A-Z][\w-]*){0,2})['’]s (?:[a-z-]+ ){0,3}"
    r"(?P<what>update|remarks|briefing|message|address|speech)\b[^.\n]{0,40}[.:]?\s*\Z"
)
_UPDATE_WORD_RE = re.compile(r"update|remarks|briefing|message|address|speech")
_STATEMENT_SENT_RE = re.compile(  # (or "passed a resolution, as follows:")
    r"(?:sent|issued|released|put out|posted|published|shared|passed|adopted)\s+"
    r"(?:this|the following|a)\s+"
    r"(?:statement|message|letter|note|comment|tweet|post|resolution|motion|declaration)\b"
)
_STATEMENT_FROM_SOURCE_RE = re.compile(  # "The following is a statement from Sean O'Keefe"
    r"(?:[Tt]he following is|[Hh]ere is|[Bb]elow is) (?:a|the) (?:full )?statement (?:from|by) "
    r"(?:[A-Z][\w.-]*\s+){0,4}?(?P<name>[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)(?=\s+(?:regarding|on|about)\b|[,.:])"
)
_ISSUED_CLAUSE_RE = re.compile(  # the last words before "issued a statement": "is reporting
    # the city council issued a joint statement" (the council's, not the reporter's)
    r"(?P<who>\b(?:[\w'’.-]+\s+){1,4}?)(?P<verb>issued|released|put out|sent)"
    r"\s+(?:a|an|its|their)\s+(?:[a-z]+\s+)?$"
)
_SAID_BY_RE = re.compile(r"\bwhat was said by (?P<name>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3})")
_ISSUER_RE = re.compile(  # "in a statement issued by Onanuga", "signed by his aide, Jo Roe"
    r"\bstatement (?:issued|signed|released) by (?:(?:his|her|the|its) [a-z][\w ,-]{0,60}?, )?"
    r"(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})"
)
_OWNED_POST_RE = re.compile(  # a post one wrote: "Rio’s latest Instagram post"
    r"(?P<name>[A-Z][\w-]+(?: [A-Z][\w-]+){0,2})['’]s (?:[A-Za-z]+ ){0,3}?"
    r"(?:post|tweet|caption|message|statement|letter|video|snap|picture|photo|story|reel)\b"
)
_OWNER_OPENER_RE = re.compile(r"[A-Z][\w-]*['’]s ")  # "Sweden's foreign ministry said"
_PLURAL_SUBJECT_RE = re.compile(  # "Parties may decide ... that they": the parties
    r"(?:Many |Some |Most |All |Both )?[A-Z][a-z]+s "
    r"(?:may|might|can|could|will|would|should|must|have|had|are|were|do|did)\b"
)
_A_THE = ("the", "a", "an")
_FIRST_PERSON = ("I", "we", "We")
_ASKED_TO_RE = re.compile(r"\s+(?:[\w'’]+\s+){1,3}?to\s+[a-z]")  # "asked his agency to look"
_STATED_ON_RE = re.compile(
    r"(?P<who>[A-Z][^\n:.]{1,80}?) (?P<cue>stated) on (?:[A-Z][a-z]+\.? \d{1,2}, \d{4}"
    r"|\d{1,2} [A-Z][a-z]+ \d{4}) in [^\n:]{1,80}:\s"
)
_LED_BY_RE = re.compile(
    r"(?:(?:[Aa]|[Tt]he)\s+(?:new\s+)?)?(?:[Rr]esearch|[Ss]tudy|[Pp]aper|[Ww]ork|[Ss]urvey)\s+"
    r"(?:(?:led|co-led|written|co-written|authored|co-authored|conducted|directed)\s+)?by\s+"
)  # ("Research by Jo Roe and colleagues shows ...: '...'")
_CAPS_INITIALS_RE = re.compile(r"[A-Z]{2,3}")  # "KP" of "KP Sharma Oli"


def _capitals_initials(words: list[str], given: str) -> bool:
    """Whether the word before ``given`` is initials in capitals that open the name: "KP
    Sharma Oli" (not "Nepali Congress NC Sharma")."""
    return (
        _CAPS_INITIALS_RE.fullmatch(words[-2]) is not None
        and given.istitle()
        and (len(words) < 3 or not words[-3][:1].isupper())
    )


# a sentence's first word, then a verb: "Bandyopadhyay responded to the Speaker's request"
_SECOND_WORD_RE = re.compile(r" [a-z]+ ([a-z]+)\b")  # "employment spokesman" after a name
_VERB_AFTER_RE = re.compile(r" (?:[a-z]+(?:ed|es)|said|says|told|tells)\b")  # "Roe said"
_THAT_RE = re.compile(r"\s+(?:that\s+)?(?=[A-Z])")  # "said (that) Khattak ...": a clause
# a heading over someone's words on a subject: "Oppenheimer Star Emily Blunt on Cillian Murphy"
_ON_HEAD_RE = re.compile(
    r"(?:[A-Z][\w'’.-]*\s+){0,5}(?P<name>[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)\s+on\s+[^\n.!?:;()\"“”]{2,60}"
)  # (not a caption, "Jo Roe on stage in Leeds (Jo Pike/PA)", nor "Jo Roe Releases Statement on")
_QUOTED_RE = re.compile(  # "then quoted former South African president Nelson Mandela"
    r"\bquoted\s+(?P<who>[^,.;:\n]{3,80})"
)
_TITLED_NAME_RE = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+")
# a word mentioned, not said: 'the text contained the word "shall"' (but 'Roe used the
# word "invasion"' is Roe's)
_WORD_NOUNS = tuple(
    f"the {w}{c}"
    for w in "word words term phrase theme slogan motto hashtag".split()
    for c in ("", ":")
)
_SPELLING = tuple(
    f" {w}" for w in "spell spells spelled spelt spelling misspelled pronounce pronounced".split()
)
_SPOKEN_NOUNS = frozenset(("word", "words", "phrase", "term"))
_WORD_USERS = frozenset("used uses using said says uttered chose repeated".split())
_DISPLAY_VERBS = frozenset(
    "replaced printed emblazoned inscribed painted stamped marked covered labelled labeled "
    "engraved decorated".split()
)
_AND_OFFICE_RE = re.compile(r" and (?:[A-Z][\w-]* ){1,3}[a-z]+ [A-Z]")
_UNCLOSED_APPOSITION_RE = re.compile(  # (or "Jo Roe, who was Man-of-the-Match said")
    r"(?P<name>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}), (?:(?:an?|the|who (?:was|is)) "
    r"|(?=[a-z][\w-]* (?:[a-z][\w-]* )?(?:of|for|at|with) [A-Z]))[^,\"“”\n]{3,90} "
)  # (and "John Sauven, executive director of Greenpeace UK said")
_DOMAINS = r" (?:for|of) (?:the )?[A-Z][\w&-]*(?:(?: |,? and |, )[A-Z][\w&-]*){0,8}"
# (a list of them: "for Water Resources, River Development and Ganga Rejuvenation, Uma
# Bharti": the name after the last)
_DOMAIN_RE = re.compile(rf"{_DOMAINS}(?: \([A-Z]{{2,6}}\))?(?=, [A-Z])")  # ("... Congress (NDC), ")
_DOMAIN_RUN_RE = re.compile(  # the same, the name right after the last domain's word
    rf"{_DOMAINS}? (?P<name>(?P<given>[A-Z][a-z]+) [A-Z][\w'’-]+)(?= [a-z])"
)
_ORG_NAME_RE = re.compile(r"[A-Z][a-z]+ (?:of the|Without|Against) [A-Z][\w-]*(?: [A-Z][\w-]*)*")
_ACCOMPANIED_RE = re.compile(
    r",\s+(?:accompanied|joined|flanked|backed|followed|surrounded)\s+by\s+[^,.\n]{1,40},\s+$"
)
_SAID_LAST_RE = re.compile(r",\s+(?P<who>[A-Z][^,\n]{2,120}?)\s+(?:said|says|added)\.\s*$")
_NOUN_PARTICIPLE_RE = re.compile(  # "a phone call described": a passive with no "was"
    r"\b(?:an?|the)\s+(?:[a-z-]+\s+){1,2}(?:described|dubbed|called|labell?ed|branded|termed)$"
)
_BY_AGENT_RE = re.compile(r"[\"”’']?\s+by\s+(?:[a-z]+\s+){0,3}")  # "' by environmental
# campaigners Greenpeace"
_SUBJECT_PRONOUNS = frozenset("he she they we i you".split())
_PERSON_VERBS = frozenset("called asked told met phoned texted visited thanked".split())
_KIN_NAMES = frozenset("Mom Mum Dad Mother Father Grandma Grandpa".split())
# the last word of a feature's, a column's or a page section's name, which says nothing
_FEATURE_WORDS = frozenset(
    """Statement Remarks Comments Exchange Exchanges Preview Review Highlights Quotes Reaction
    Summary Notes Update Briefing Verdict Story STORY""".split()  # ("STORY:", a video script's)
)
_SECTION_OPENERS = ("About ", "For ", "From ", "With ", "In ", "On ", "At ", "To ")
_WINNERS = frozenset(("winner", "champion", "star"))
# a line that ends with a quote's closing mark ends its sentence (a headline: "... warning as
# wildfire rages: 'You are in imminent danger and you MUST leave now'\nA newly ignited ...")
_LINE_THEN_CAPITAL_RE = re.compile(r"\n(?=[A-Z])")  # (then the mark before it)
_NAMED_NEXT_RE = re.compile(r"(?:\s+[a-z][\w-]*){0,3}\s+[A-Z]")  # "chief executive Paul"
_SAID_ROLES_NAME_RE = re.compile(  # "said registered dietitian and Academy Spokesperson Jo Roe."
    r"[\s,]*(?P<cue>said|says|added|adds|explained|explains)\s+(?:[a-z][\w-]*\s+){1,4}and\s+"
    r"(?:[A-Z][\w-]*\s+){1,3}(?P<name>[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)(?=[.,;])"
)
_APPOSED_SIGN_RE = re.compile(  # ", my former colleague, now Head of Product Marketing."
    r"(?:,\s+(?:my|his|her|their|our|the|a|an|now|former|[A-Z])[^,\n]*)+\.?[ \t]*"
)
_WHO_NOUNS = frozenset("optimist pessimist man woman leader person figure visionary".split())
_FIELD_NAME_RE = re.compile(  # the last "Author: Jo Roe" line of a record
    r"(?m)^(?:Author|Speaker|Name|Interviewee|Guest)s?:[ \t]+(?P<name>[^\n:]{3,60}?)[ \t]*\n"
    r"(?![\s\S]*^(?:Author|Speaker|Name|Interviewee|Guest)s?:)"
)
_CITED_RE = re.compile(r"\((?P<source>[A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,4})\)[.!]?\s*$")
_SAID_NAME_AFTER_RE = re.compile(r",?[ \t]+(?:said|says)[ \t]+(?:(?:an?|the)[ \t]+)?[A-Z]")
_CLOSE_TO_RE = re.compile(  # "a source close to the Duke", "friends close to Jo Roe"
    r"\b(?:own )?(?P<role>(?!own )(?:[a-z]+ )?(?:sources?|friends?|insiders?|aides?|allies|ally"
    r"|people|person)) close to (?=(?:the )?[A-Z])"
)
_HEADLINE_WHY = ", quoted in the headline"
_HEADLINE_SIGNER_RE = re.compile(r"[^:]: (?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})$")
_SHEET_HEAD_RE = re.compile(  # a lone name over the quotes: "Varane also at press conference:"
    r"(?: (?:also )?(?:at|in) (?:the |his |her |a )?(?:press|news) conference)?:\n"
)
_WHILE_ROLE_RE = re.compile(r" (?:while|when) the (?P<role>[a-z]+) (?:was|were|had)\b[^,.;]*,? $")
_MID_WHEN_RE = re.compile(r"(?:,| and) (?:while|when) (?=[A-Z])")
_COMPANY_OFFICES = frozenset(
    ("CEO", "CFO", "COO", "CTO", "chief", "boss", "spokesman", "spokeswoman")
)
_OFFICE_OF_RE = re.compile(  # an office at a sentence's start, the name after it
    rf"(?:{'|'.join(sorted({w.capitalize() for w in OFFICE_WORDS if w.isalpha()}))})"
    r"(?: of| for)(?: the)?(?: [A-Z][\w'’-]*)+(?: state)?"
)
_ISSUED_BY_RE = re.compile(
    r"\b(?:statement|letter|message|post|note)\s+(?:released|issued|signed|posted|sent)\s+by\s+"
    r"(?P<who>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}"
    r"|(?P<role>(?:the|his|her|their|its)\s+[a-z]+))\b"  # "released by his family"
)
_JOINED_ROLES_RE = re.compile(r"(?P<role>[Tt]he (?P<a>[a-z]+)) and (?P<b>[a-z]+) ")
_WORDS_FROM_RE = re.compile(
    r"\b(?:rebuke|response|reply|retort|message|words|reaction|comments?|warning|praise"
    r"|criticism|tribute|verdict|quote|quotation|line)\s+(?:from|by)\s+$"
    r"|\bwords\s+of\s+$"  # ("heed the words of Dr. King:")
    r"|\b(?:quot(?:es|ed|ing)|cit(?:es|ed|ing)|recit(?:es|ed|ing))\s+$"  # "King often quotes
)  # Lincoln:": Lincoln's words
_CAPITAL_OFFICES = "|".join(sorted((w.title() for w in OFFICE_WORDS if w.isalpha()), key=len)[::-1])
_DOMAINS_OFFICE_NAME_RE = re.compile(  # "Health and Human Services Secretary Tommy Thompson"
    r"(?:the\s+)?(?:U\.[SKN]\.\s+)?(?:[A-Z][\w'’-]*\s+(?:(?:and|&|of|for)\s+)?){1,6}?"
    rf"(?P<office>{_CAPITAL_OFFICES}),?\s+"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]+)){1,3})"
)
_WHAT_SAID_RE = re.compile(  # '"..." was the gist of what Carlisle said', '... is what she told'
    r"(?:was|is|were|are)\s+(?:(?:the\s+)?(?:gist|essence|substance|sum)\s+of\s+"
    r"|(?:exactly|precisely|just|basically)\s+)?what\s+"
    r"(?P<who>he|she|they|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+(?:had\s+|has\s+|then\s+)?"
    r"(?P<cue>said|says|told|tells|wrote|writes|tweeted|posted)\b"
)
_TO_WHICH_RE = re.compile(
    r"\bto which (?:the|his|her|their) (?P<noun>reply|answer|response) was\W*$"
)
_WAS_ASKED_RE = re.compile(  # "the CPS prosecutor was asked", "Jo Roe was asked"
    r"(?P<who>(?<![\w'’])(?:[Tt]he|[Aa]n?) (?:[A-Z]{2,5} )?[a-z]+"
    r"|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}) was asked\b"
)
_CLAIMANT_RE = re.compile(r"(?P<name>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}): ")
_HEADLINE_LABEL_RE = re.compile(  # "Archbishop of Canterbury: UK must not "
    r"(?P<who>[A-Z][\w'’.-]*(?: (?:of|for|the|[A-Z][\w'’.-]*)){0,5}): [^:\n\"“‘']*\Z"
)
_QUOTE_OF_RE = re.compile(  # "a favourite quote of Lincoln’s", "this quotation from Jo Roe"
    r"\b(?:quot(?:e|ation)s?\s+(?:of|from|by)|quoting)\s+"  # ("the last line, quoting Jo Roe,")
    r"(?P<name>[A-Z][\w.-]*(?:['’][A-Z][\w-]*)?(?:\s+[A-Z][\w-]*(?:['’][A-Z][\w-]*)?){0,3})"
)
_COURTESY_OPENERS = ("Mr ", "Mrs ", "Ms ", "Dr ", "Mr. ", "Mrs. ", "Ms. ", "Dr. ")
_MESSAGE_OF_RE = re.compile(  # "Part of the message from Principal Jo Roe reads as follows:"
    r"\b(?:message|statement|letter|note|e-?mail|memo)\s+from\s+"
    r"(?P<name>[A-Z][\w.-]*(?:\s+[A-Z][\w-]*){0,3})(?=\s+(?:on|in|reads?|said|says)\b|\s*:)"
)
_LAST_WORD_RE = re.compile(r"\b(?:[Ll]ast|[Ff]inal) word (?:goes )?to $")
_AS_WHO_WORDS = frozenset(
    "the a an one another he she they his her their its has had have also once".split()
)
_NOUN_AS_RE = re.compile(r"[a-z]+, as ")  # 'a “stunning” result, as one analyst put it'

_INVERTED_CUES = ("said ", "says ", "reports ", "reported ")
_TITLE_RUN_RE = re.compile(r"(?:(?:[A-Z][\w.'’-]*|and|of|for|the)\s+)*")  # "Trade and
# Industry Minister "
_NAME_AFTER_RE = re.compile(r"\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,5})")
_LOWER_WORD_RE = re.compile(r"[a-z]+\b(?!['’-])")
_LOWER_JOINED_RE = re.compile(r"[a-z]+(?:-[a-z]+)*\b(?!['’-])")  # ("vice-president")
_ROLE_AFTER_RE = re.compile(  # ("ATK Mohun Bagan head coach Juan Ferrando")
    r" (?:\([A-Z]{2,6}\) )?(?:(?:head|chief|assistant|interim|caretaker|deputy|senior|former) )?"
    r"(?:(?:county|state|provincial|regional|district|city|municipal|federal|opposition) )?"
    r"(?P<word>[a-z]+\b(?!['’-]))"
)  # ("Trans Nzoia county governor Patrick Khaemba")
_SURNAME_RE = re.compile(  # one word, the last capitalised (without a possessive's "'s"),
    r"(?:[A-Z][a-z'’-]+ )?[A-Z][a-z'’-]+?(?=(?:['’]s)?(?![\w'’-]| [A-Z]))"  # or two: "Naser
)  # Toure Mahama"
_ROLE_WORDS_RE = re.compile(r"(?:[a-z-]+ ){1,3}")  # "analyst ", "chief investment officer "
_I_THOUGHT_RE = re.compile(r"\bI (?:thought|think|wondered|figured)[,:]? ?$")
_FIRM_SUFFIX_RE = re.compile(r",? (?:Inc|Ltd|Corp|LLC|plc|PLC|AG|SA|NV|GmbH)\b\.?")
_OFFICES_NAME_RE = re.compile(  # "chairman, president and CEO, Jo Roe": offices, then a name
    rf"(?:,\s+(?:[a-z]+|[A-Z]{{2,4}}))*,?\s+and\s+(?:[a-z]+|[A-Z]{{2,4}}){APPOSED_NAME_RE.pattern}"
)
_AND_HOLDER_RE = re.compile(  # "BJP president JP Nadda": another office, then its holder
    r"(?:[A-Z]{2,5} |[A-Z][a-z]+ |[a-z]+ )?[a-z]+ "
    r"(?P<name>[A-Z][\w.'’-]*(?: [A-Z][\w'’-]+){1,2})(?= [a-z])"
)
_AND_OFFICE_NAME_RE = re.compile(  # "Acer chairman and CEO J.T. Wang,": another office, a name
    r"\s+and\s+(?P<office>(?:[a-z]+\s+)?[a-z]+|[A-Z]{2,4}|(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)"
    + APPOSED_NAME_RE.pattern.removeprefix(",")
)
_RUNS_ON_RE = re.compile(r" (?:the |[A-Z])")  # "Save the Children ...", not "Roe of the ..."
# lower-case words in a name or an office before it: "Minister of State for Trade"
_NAME_LINKS = frozenset(
    "of for and the de da del van von al bin head deputy former candidate".split()
)
# "I", "we": in a fragment that goes on from its subject ("Roe 'talked about it. I ...'")
# the words are about the subject, in someone else's voice
_FIRST_PERSON_RE = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur)\b")
# An unnamed speaker's role: the article goes, "his" becomes the one it means
_ARTICLES = frozenset("the a an one its my our this that these those".split())  # "my solicitor"
_ROLE_GENDER = dict.fromkeys(
    """spokesman man father son husband brother actor grandfather grandson uncle nephew dad
    boyfriend guy boy gentleman congressman businessman fisherman headmaster monk""".split(),
    MALE,
) | dict.fromkeys(
    """spokeswoman woman lady mother daughter wife widow sister actress grandmother
    granddaughter aunt niece mum mom girlfriend girl congresswoman councilwoman businesswoman
    nun""".split(),
    FEMALE,
)

# what a story calls the star it is about: "said the singer" of "Lorde has returned ..."
_STAGE_EPITHETS = frozenset(
    "singer songstress rapper actress actor star popstar superstar comedian musician "
    "songwriter frontman frontwoman hitmaker mogul tycoon billionaire artist".split()
)
_ONE_PERSON_ROLES = (
    OCCUPATIONS
    | _STAGE_EPITHETS
    | frozenset(
        "spokesperson lawyer attorney official aide adviser advisor source prosecutor witness "
        "analyst expert resident doctor relative minister director ambassador governor mayor "
        "leader officer detective commenter teacher student worker farmer voter neighbour "
        "neighbor parent owner driver nurse patient victim survivor volunteer fan reporter "
        "journalist editor "
        "daughter son wife husband widow sister brother friend colleague partner publicist "
        "coach captain judge sheriff clerk commissioner juror prisoner defendant landlord tenant "
        "president premier chancellor senator secretary chief "
        "member councillor councilman foreperson manager referee agent speaker "
        "lawmaker legislator banker boss pastor priest cousin grandfather grandmother uncle aunt "
        "boyfriend girlfriend representative coauthor co-author veterinarian zookeeper keeper "
        "curator ranger CEO CFO founder chairman chairwoman chairperson protester protestor "
        "frontbencher backbencher guy girl boy gentleman participant facilitator staffer guard "
        "director-general secretary-general caller listener viewer father mother".split()
    )
)  # a body or a group is "they"; one person "he" or "she"
# one person too, but never a name's epithet ("Jo Roe spoke. The detainee said": not her)
_ONE_PERSON_OTHERS = frozenset(
    "suspect attacker assailant gunman inmate detainee bystander motorist passenger onlooker "
    "homeowner person someone insider advocate petitioner litigant plaintiff complainant "
    "claimant opponent supporter delegate player striker midfielder defender goalkeeper "
    "winger quarterback linebacker cornerback receiver pitcher batsman bowler wicketkeeper "
    "reader user administrator elder researcher scientist economist diplomat promoter "
    "nominee pal confidant confidante tipster informant whistleblower".split()
)
# a role of one person, as a pronoun's last resort: "the victim's mother", "a friend"
_PERSON_ROLE_RE = re.compile(
    r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[Aa]n?|[A-Z][\w-]*['’]s)\s+"
    r"(?:[a-z-]+['’]s\s+|\d{1,3}-year-old\s+(?:[A-Z][a-z]+\s+)?|(?:[a-z]+\s+)?(?:fe)?male\s+)?"
    r"(?P<head>"  # "an 18-year-old Marshallese girl", "a prominent female founder"
    + "|".join(
        sorted(_ONE_PERSON_ROLES | _ONE_PERSON_OTHERS | set(_ROLE_GENDER), key=len, reverse=True)
    )
    + r")\b"
)
_OWNER_RE = re.compile(  # "Ms Roe's lawyer", "lawyer for Ms Roe", "aide with Roe's office"
    r"(?P<owner>[A-Z].*?)['’]s (?P<role>[^'’]+)"
    r"|(?P<role2>[^A-Z]+?) (?:for|to|of|with) (?P<principal>[A-Z].*?)"
    r"(?:['’]s(?: [a-z]+){0,2} office)?"
)
# "the Labour MP", "the NPP executive": one the text names as the party's
_PARTY_OFFICES = ("MP", "leader", "senator", "minister", "candidate", "executive", "official")
_ABBREVIATED = {
    **{"CM": "chief minister", "PM": "prime minister", "MP": "mp", "CJ": "chief justice"},
    "DG": "director general",
    "SG": "solicitor general",  # "SG Tushar Mehta", as India's legal press writes it
    "AG": "attorney general",
}
_SHORT_OFFICES = {
    "gov.": "governor",
    "gov": "governor",
    "sen.": "senator",
    "rep.": "representative",
    "sec.": "secretary",
    "skipper": "captain",
}
# bodies, not anyone's office: "Lavrov and Kerry, the ministry said" makes no one a ministry
_BODY_WORDS = frozenset(
    "ministry department government agency commission council committee company police "
    "administration office embassy campaign".split()
)
# what an apposition may call a product: "Snap Star, the company’s program for creators"
_THINGS = frozenset(
    "program programme app service platform feature product tool brand website site network"
    " project scheme initiative system device model".split()
)
_HEAD_RE = re.compile(r" (?:for|of|in|on|at|with|from|to|that|which)\b")  # an apposition's head
# bodies a text names before it writes "the ministry": "the Russian Foreign Ministry",
# "the Ministry of Health"
_NAMED_BODIES = {
    body: re.compile(
        rf"\b(?:[A-Z][\w'’.-]*\s+){{1,4}}{body.capitalize()}\b"
        rf"|\b{body.capitalize()}\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
    )
    for body in "ministry department agency commission council committee embassy party".split()
}
# "the ministry said" (no leading \b: the search skips to the words' first letters)
_BODY_SAID_RE = re.compile(rf"(?:{'|'.join(_NAMED_BODIES)}) (?:said|says|stated|added)\b")
# what celebrity copy calls the person it is about: "the actor told People"
_HEAD_OFFICES = frozenset(
    "director-general secretary-general president chairman chairwoman ceo head director".split()
)
_TEAM_ROLES = frozenset("boss coach manager skipper captain".split())  # "the Scotland boss"
# a secretary who is no minister: "the party's general secretary", "press secretary"
_NO_MINISTER = ("press", "general", "permanent", "private", "executive", "assistant")
_SAME_JOB = {  # a team's manager is its coach or boss (its captain is another)
    **dict.fromkeys(("boss", "coach", "manager"), "(?:[Hh]ead )?(?:boss|[Cc]oach|[Mm]anager)"),
    **dict.fromkeys(("captain", "skipper"), "(?:captain|skipper)"),
    "minister": "(?:(?<!Prime )(?<!Chief )(?<!prime )(?<!chief )[Mm]inister|{}secretary)".format(
        "".join(f"(?<!{w} )" for w in _NO_MINISTER)
    ),  # (no Prime Minister is "the minister")
}
_DESCRIPTORS = frozenset(
    "actor actress singer songstress nominee rapper comedian musician frontbencher "
    "backbencher".split()
)
# words that make an office another one: a "press secretary" is no Secretary of State, nor a
# "foreign minister" the Prime Minister
_OFFICE_MODIFIERS = frozenset(
    "press foreign home finance defence defense prime general deputy vice health education "
    "interior justice trade economy environment culture transport energy agriculture "
    "treasury cabinet private permanent chief shadow".split()
)
_ANOTHER_OFFICE = frozenset("shadow deputy vice assistant former".split())
_RANKS = RANKED | {"press"}  # another office: "prime minister", "press secretary"
# words of a title before a name, after which a preposition may still come
_TITLE_WORDS = frozenset("state deputy former acting senior vice".split()) | OFFICE_WORDS
_MAX_DEPTH = 8  # pronoun subjects resolved through pronoun subjects, at most
_MAX_SENTENCES = 12  # sentences looked back through for a pronoun's referent

# the date and time before each message of a chat's export: "12/03/2023, 10:15 - ",
# "[12/03/2023, 10:15:22] "
_CHAT_STAMP = (
    r"\[?\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?[ \t]+\d{1,2}:\d\d(?::\d\d)?"
    r"(?:[ \t]*[APap]\.?[Mm]\.?)?\]?[ \t]*(?:[-–][ \t]*)?(?=[A-Z])"
)
_LABEL_PARTICLES = frozenset("de da di du del der van von la le al el bin ibn".split())
_PARTICLE = rf"(?:(?:{'|'.join(_LABEL_PARTICLES)})[ \t])"  # a label's "ALEX de MINAUR:"
# roles a transcript labels turns with, alone on their lines ("Journalist", or a court's
# "Court clerk", "Defendant", "Prosecution barrister")
_ROLES_ALONE = (
    "Journalist|Reporter|Interviewer|Moderator|Judge|Defendant|Witness|Prosecutor"
    "|Court clerk|(?:Prosecution|Defence|Defense) (?:barrister|counsel|lawyer)"
)
LABEL_RE = re.compile(
    r"^[ \t]*(?:\[[\d:.]+\][ \t]*|\d{1,2}(?::\d\d){1,2}[ \t]+(?=[A-Z])|\d{1,2}[ \t]+(?=[A-Z])"
    r"|(?:•[ \t]+)?>>[ \t]*"  # ">>Mr Speaker:", a caption's change of speaker
    rf"|{_CHAT_STAMP}"  # "12/03/2023, 10:15 - Jo Roe:", a chat's export
    r"|\([A-Z][A-Z ]{2,30}\)[ \t]+(?=[A-Z]{2}))?(?:"  # (after a time, a stage direction
    # ("(END VIDEO CLIP) BLITZER:", as a copied cable transcript runs them on), or a line's
    # number in a court's transcript: " 8              MS. OKAFOR:  Mr. Chief Justice")
    # "President of Russia Vladimir Putin:", an office, its country and the name
    # (or the office alone: "Acting Secretary for Security:", as Hong Kong's government writes)
    rf"(?P<office>(?:(?:Acting|Deputy)[ \t]+)?(?:{PREFIX})[ \t]+(?:of|for)[ \t]+"
    r"(?:(?:of|the|and|[–—])[ \t]+|[A-Z][\w'’.‑-]*[ \t]+){0,14}[A-Z][\w'’.‑-]*)[ \t]*:[ \t]*(?=\S)"
    # (and two offices: "Deputy Chief of Staff of the Presidential Executive Office –
    # Presidential Press Secretary Dmitry Peskov:", as the Kremlin's transcripts write it)
    # "President Biden. All the flowers ...", as the presidency's records write it (a
    # label only if it recurs)
    # "Mr. SCHUMER. Mr. President, ...", "The PRESIDING OFFICER. Without objection", as the
    # Congressional Record prints a debate
    r"|(?:(?:M(?:r|rs|s)\.|Chair(?:man|woman)?|Senator)[ \t]+"  # ("Chairman NADLER.",
    r"(?P<record>(?:Mc|Mac|De|Van)?[A-Z][A-Z'’-]+(?:[ \t][A-Z][A-Z'’-]+)?"  # "Ms. JACKSON
    r"(?:[ \t]+of[ \t]+[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)?)"  # LEE.", as a hearing prints them)
    r"|The[ \t]+(?P<chair>PRESIDING[ \t]+OFFICER|(?:PRESIDENT|SPEAKER)(?:[ \t]+pro[ \t]+tempore)?"
    r"|CHAIR(?:MAN|WOMAN)?))\.[ \t]+(?=[A-Z])"
    # "Mr HODGMAN(10.07) —So that ...", "Mr Lionel Bowen —We want ...", as Australia's
    # older Hansard prints a speaker, the time and a dash
    r"|M(?:r|rs|s)[ \t]+(?P<dashrec>(?:[A-Z][a-z]+[ \t]+)?[A-Z][A-Za-z'’-]+)"
    r"(?:\(\d{1,2}[.:]\d\d\))?[ \t]*—(?=\S)"
    rf"|(?P<titled>(?:{PREFIX})\.?[ \t]+[A-Z][\w'’‑-]+(?:[ \t]+[A-Z][\w'’‑-]+)?)\.[ \t]+(?=\S)|"
    # "Jane Roe (01:20):" or "Speaker 2: (01:20)", the words on the same line or the next
    r"(?P<stamped>[A-Z][\w'’.‑-]*(?:[ \t](?:[A-Z][\w'’.‑-]*|\d{1,2})){0,3})"
    r"[ \t]*(?::[ \t]*)?\(\d[\d:.]*\)(?:[ \t]*:)?\s*(?=\S)"
    # "Karine Jean-Pierre\n\nPositive\n00:00:00-00:00:06 (6 sec)\n...", as Factba.se writes
    r"|(?P<factbase>[A-Z][\w.'’‑-]*(?:[ \t][A-Z][\w.'’‑-]*){0,3})[ \t]*\n\s*"  # a speaker's
    r"(?:[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?[ \t]*\n)?"  # line, the tone it read, the time
    r"\d\d:\d\d:\d\d-\d\d:\d\d:\d\d[ \t]\(\d+[ \t]sec\)[ \t]*\n\s*(?=\S)"
    r"|(?:(?:M(?:r|rs|s)|Dr)\.[ \t]+)?"  # "Mr. JO ROE (Author, X):", as older radio
    # transcripts write it; "Dr. Jo Roe:"
    r"(?P<label>Q|A|J|spk\d{1,2}|SPEAKER_\d{1,2}"  # "spk09:", "SPEAKER_00:": machine
    r"|(?:Ma?c|De|Le)?[A-Z][A-ZÀ-ÖØ-Þ.'’‑-]+"  # transcripts' voices; JONES:, "LÓPEZ OBRADOR:",
    rf"(?:[ \t]{_PARTICLE}?(?:Ma?c|De|Le)?[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’‑-]+){{0,6}}"  # "ALEX de
    r"(?:[ \t]\#\d{1,2})?"  # MINAUR:", "GABE DeVOE:", "McDONALD:"; Jean-Pierre
    r"|The[ \t]+[A-Z]{2,}(?:[ \t]+[A-Z]{2,}){0,8}(?=[ \t]*:|[ \t]+\()"  # "The MINISTER IN
    # THE PRESIDENCY:", "The HOUSE CHAIRPERSON (Ms M G Boroto):", as South Africa's Hansard
    r"|The[ \t]+[A-Z][a-z]+(?:[ \t]+(?:[A-Z][a-z'’‑-]+|of|the|for|and)){1,12}"  # "The Lord
    r"(?=[ \t]+\((?:M(?:r|rs|s)\.?[ \t]+)?[A-Z][^()\n]{1,40}\)[ \t]*:)"  # President of the
    # Council and Leader of the House of Commons (Mr. John Wakeham) :", as Hansard wrote it
    rf"|[A-Z][a-z'’‑-]+(?:[ \t]{_PARTICLE}?[A-Z](?:[\w'’.‑-]+|(?=[ \t][A-Z]))){{1,3}}"  # Roe:,
    r"|[A-Z][a-z'’‑-]+(?=,)"  # "Mr N SINGH:", as South Africa's Hansard writes initials
    r"|[A-Z]\.[ \t][A-Z][a-z'’‑-]+(?=:)"  # "A. Lavrentieva:", an initial and the surname
    r"|(?<=\d[ \t])[A-Z][a-z'’‑-]+(?=:[ \t])"  # "0:00:37 Dana:", one name after a time
    r"|[A-Z]{2,4}[ \t][A-Z][a-z'’‑-]+(?=:|[ \t]\([A-Z]{2,4}\):)"  # "SP Pimentel:", an office's
    # initials and a name; "TC Cowles (TC):", a name's initials, with those its labels use
    r"|[A-Z][a-z]+[A-Z][a-z]+(?=[ \t]\([A-Z]{2,4}\):)"  # "ViewLondon (VL):", an outlet's
    # name run together, with the initials its later labels use
    r"|(?:Reporter|Journalist|Speaker|Participant|Caller|Questioner|Guest)[ \t]\d{1,2}(?=:)"
    # ("Reporter 2:", one of those a transcript numbers)
    r"|(?<=\.[ \t])[A-Z][a-z'’‑-]+(?=[ \t]+\([A-Z]))"  # "Mr. Abulhasan (Kuwait):", the UN's
    r"(?:/[A-Z\d][\w.&'’‑-]*(?:[ \t][A-Z\d][\w.&'’‑-]*){0,3}"  # "JO ROE/GMA7:", the outlet
    r"|[ \t][–—][ \t][A-Z][\w.&'’‑-]*(?:[ \t][A-Z][\w.&'’‑-]*){0,3})?"  # "Jo Roe – RBA:"
    r"(?:[ \t]+\([A-Z]{1,3}(?:-[A-Z]{2})?\)(?=,))?"  # "SEN. JO ROE (R), MAINE:", as CNN
    # writes a party ("REP. JO ROE (R-MO), MAJORITY WHIP:", with the state)
    # "JONES, HOST:", "JO ROE, CHIEF, ATF:", "JO ROE, (D) PRESUMPTIVE NOMINEE:", and
    r"(?:,[ \t]+(?:(?:\([A-Z]{1,3}\)[ \t]+)?[A-Z][A-Z.&'’ -]{1,80}(?<! )"
    r"|[A-Z][\w.&'’‑-]*(?:[ \t]+(?:[A-Z][\w.&'’‑-]*|of|for|the|and)){0,6})){0,3}"  # "Chijiwa,
    # TV Asahi:", "Mr. Jo Roe, Minister for Foreign Affairs:", as Japan's ministries write
    r"(?:[ \t]+\((?:(?P<held>(?:M(?:r|rs|s)[ \t]+)?[A-Z][\w'’.‑-]*(?:[ \t][A-Z][\w'’.‑-]*){1,3})"
    r"|(?:[A-Z]|to[ \t]|interpretation[ \t]|spoke[ \t]|voice|on[ \t]|via[ \t]|off[ \t])"
    r"[^()\n]{1,80})\)){0,2}"  # "JO ROE
    r"[ \t]*:[ \t]+(?=\S)"  # (Director, X):", "Mr. Roe (Chad) (spoke in French):"
    # "Jo Roe (Bath) (LD):" and "The Prime Minister (Mr Jo Roe):", as Hansard writes them
    # "MARK SPENCER" (or "MARK SPENCER:") alone on its line, the words after it (a label
    # only if it recurs)
    # "COUNCILMAN MANSON – Okay, thank you.", as a council's minutes write it (a label only
    # if it recurs)
    r"|(?P<dashed>[A-Z][A-Z.'’‑-]+(?:[ \t][A-Z][A-Z.'’‑-]+){0,4})[ \t]+[–—][ \t]+(?=\S)"
    r"|(?P<alone>[A-Z][A-Z.'’‑-]+(?:[ \t][A-Z][A-Z.'’‑-]+){0,3})[ \t]*:?[ \t]*\n\s*(?=\S)"
    r"(?!(?:M(?:r|rs|s)\.|The|Chair(?:man|woman)?|Senator)[ \t]+[A-Z]{2})"  # (a heading
    # over a hearing's label)
    # "Steve Filton" (or "Steve Filton -- Chief Financial Officer", "John Key – Prime
    # Minister") alone on its line, the words on the next: an earnings call's transcript, a
    # TV interview's (a label only if it recurs)
    r"|(?!None Portrait )(?P<named>Operator|M(?:r|rs|s)\.[ \t][A-Z][\w'’‑-]+(?=:\n)"
    r"|(?:[A-Z][a-z'’‑-]+|(?:[A-Z]\.){1,3})(?:[ \t][A-Z][\w.'’‑-]+){1,3})"
    r"(?:[ \t]+(?:--?|[–—])[ \t]+[^\n]{1,60}|:(?=\n))?[ \t]*\n(?=\S)"  # ("Mr. Gibbs:" alone
    # on its line, as a video's subtitles label a speaker)
    # "President of the Republic of Indonesia (Joko Widodo)" or "Journalist" alone on its
    # line, the words below it, as Indonesia's presidency writes a transcript (a label only
    # if it recurs)
    r"|(?P<heldtitle>[A-Z][\w'’.‑-]*(?:[ \t](?!Portrait[ \t])(?:[A-Z][\w'’.‑-]*|of|the|for|and))"
    r"{0,8})[ \t]+"  # (not "Baroness Primarolo Portrait Madam Deputy Speaker (Dawn Primarolo)")
    r"\((?P<heldname>[A-Z][\w'’.‑-]*(?:[ \t][A-Z][\w'’.‑-]*){1,3})\)[ \t]*\n\s*(?=\S)"
    rf"|(?P<rolealone>{_ROLES_ALONE})[ \t]*\n\s*(?=\S)"
    r"|(?P<q>[QA])(?:\.[ \t]+|:(?=[A-Z]))(?=\S)"  # "Q. When you ...", as sports transcripts
    # ask ("A. ...": the answer, where questions are so asked; "A:A fair go", no space)
    # "[Reporter:]", "[Mohammed Shami:]", as some transcripts bracket their labels
    r"|\[(?P<bracketed>[A-Z][\w'’.‑-]*(?:[ \t][A-Z][\w'’.‑-]*){0,3}):\][ \t]*(?=\S)"
    r"|(?P<spaced>[A-Z]{2,4}|Q)(?:[ \t]{2,}|\t|(?<=Q)[ \t](?=[A-Z][a-z]|\([A-Z][a-z]))(?=\S)"
    # "TAG  Thank you.": initials; "Q    Monday?", "Q Thank you." or "Q (Inaudible.)", as the
    # White House's transcripts ask
    r"|<v(?:\.[\w.-]+)?[ \t]+(?P<voice>[^<>\n]{1,60})>[ \t]*(?=\S)"  # a WebVTT caption's
    # voice: "<v Roger Bingham>We are in New York City"
    r"|(?:(?!None )(?P<portrait>[A-Z][\w'’.‑-]*(?:[ \t][A-Z][\w'’.‑-]*){0,4})[ \t]Portrait[ \t]"
    r"[^\n]{1,120}|None[ \t]Portrait[ \t](?P<members>Hon\.[ \t]Members))\n-[ \t]"
    r"(?:View[ \t]Speech[ \t]-[ \t])?Hansard[ \t-]*(?:Excerpts)?[ \t]*\n\s*(?=\S))",  # "Lord
    # Lansley Portrait Mr Lansley\n- Hansard -", the debates as Parallel Parliament prints them
    re.MULTILINE,
)


# "McClellan:", "Robbie:": a label of one word (a surname of a full label, or recurring)
SURNAME_LABEL_RE = re.compile(
    r"^[ \t]*(?:\[[\d:.]+\][ \t]*)?(?P<title>(?:Dr|Prof|M(?:r|rs|s))\.?[ \t]+)?"
    r"(?P<label>[A-Z][\w'’‑-]+)(?:[ \t]+\(to[ \t][^()\n]{1,80}\))?[ \t]*:"
    r"(?:[ \t]+|[ \t]*\n\s*)(?=\S)",  # (the words on the same line, or below: "Jordan:\n\n")
    re.MULTILINE,
)  # ("Dr. Ueta:", after the interviewer's own label: an answer)
# a line that starts with a label: what LABEL_RE looks for, found fast (a literal first)
_LABEL_HINT_RE = re.compile(
    rf"\n[ \t]*(?:\[[\d:.]+\][ \t]*|\d{{1,2}}:\d\d(?::\d\d)?[ \t]+|{_CHAT_STAMP})?"  # "[0:00] X:"
    rf"(?:[QA]\.[ \t]|[QA]:[A-Z]|<v[ .]|\[[A-Z][^\n\]:]{{0,60}}:\]"
    rf"|(?:Deputy[ \t]+)?(?:{PREFIX})(?:[ \t]+of[ \t]|\.[ \t]+[A-Z][\w'’‑-]+\.[ \t]"
    r"|\.?[ \t]+[A-Z]{2}[A-Z'’-]*(?:[ \t][A-Z]{2}[A-Z'’-]*)?\.[ \t])"  # "Chairman NADLER. "
    r"|\([A-Z][A-Z ]{2,30}\)[ \t]+[A-Z]{2}"  # "(END VIDEO CLIP) BLITZER:"
    r"|[^\n:(]{1,60}+(?::[ \t]|\(\d|\(to[ \t]"
    r"|\([A-Z][^()\n]{1,40}\)(?:[ \t]+\([A-Z][\w ]{0,12}\))?[ \t]*(?=\n|\Z|:[ \t])"  # "(Jo Roe)"
    r"|\([A-Z][^()\n]{1,120}\)[ \t]+(?:Share[ \t]this|\|[ \t]+Oireachtas)\b)"
    r"|[A-Z][A-ZÀ-ÖØ-Þ .'’‑-]{1,40}(?::?(?=\n|\Z)|\([A-Z]|,[^\n:]{1,90}:|(?<= )[–—] )"
    rf"|(?:{_ROLES_ALONE})(?=[ \t]*(?:\n|\Z))"  # alone on its line
    r"|(?:Operator|(?:[A-Z][a-z'’‑-]++|(?:[A-Z]\.){1,3})(?: [A-Z][\w.'’‑-]++){1,3})"
    r"(?: (?:--?|[–—]) [^\n]{1,60})?(?=\n|\Z)|(?:[A-Z]{2,4}|Q)(?:[ \t]{2,}|\t)\S)"
)  # (no "(" in a label; a hint never takes the next line's break, as a search in parts
# starts there); \Z: a part of the text ends where its next line break is
_JOINED_ROLES = tuple(f"{c} {a} " for c in ("And", "But") for a in "the a an another one".split())
_LINE_END_CUES = frozenset(("said", "says", "added", "adds", "told", "wrote"))
_PARTICIPLE_OPENS_RE = re.compile(r"[A-Z][a-z]+ing\b")  # "Declaring that ...,"
_OWNER_OF_QUOTE_RE = re.compile(  # "Herm Edwards’ “you play to win” rant"
    r"(?P<name>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}?)(?:['’]s|(?<=s)['’]) \Z"
)
_AND_CLAUSE_RE = re.compile(  # ", Richardson stood up and " before a cue
    r", (?P<name>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}) (?:[a-z]+ ){1,3}and \Z"
)
_ROLE_ACTS_RE = re.compile(r"\b(?:the|a|an) (?P<role>[a-z]+) [a-z]+\Z")  # "the anchor
# interrupts" before ", saying"
_OWNER_BEFORE_RE = re.compile(  # "Malema’s chanting of", "Abela’s recent mocking of him as"
    r"(?P<name>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})['’]s (?P<words>(?:[a-z]+ ){0,2})\Z"
)
_NOUN_FORM_CUES = frozenset(  # cues that are nouns after a possessive: "Muscat’s pledge to"
    "pledge promise vow warning claim claims remark remarks comment comments threat plea"
    " insistence suggestion".split()
)
_NOUN_CUE_TAIL_RE = re.compile(  # (the words the noun itself takes, not "Roe's claim was")
    r"(?:\s+(?:in|on|at|during)\s+(?:(?:the|a|an|his|her|their)\s+)?[a-z]+)?\s+(?:to|that|of)\s*"
)  # ("MP's purported claims of 'India has been hijacked'")
_ASIDE_CUE_RE = re.compile(r" (?:said|says|added|noted|argued|claimed|insisted|wrote),")
_WHICH_OFFERED_RE = re.compile(  # "..., which offered a simple rebuttal:"
    r"(?P<name>(?:the )?[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}), (?P<which>which|who) "
    r"(?:[a-z]+ ){1,4}?(?P<noun>rebuttal|statement|response|reply|answer|explanation|comment)"
    r"[ \t]*:$"
)
_ALONE_LABEL_RE = re.compile(  # "Jordan:", the words below it ("Mr. Gibbs:", "The Press:", as
    r"\n(?:M(?:r|rs|s)\.[ \t]|The[ \t])?[A-Z][\w'’‑-]+:\n"  # a video's subtitles label them)
)
_PORTRAIT_RE = re.compile(
    r"\n[^\n]{1,80}? Portrait [^\n]*\n-[ \t](?:View[ \t]Speech[ \t]-[ \t])?Hansard"
)
_LINE_START = re.compile(r"(?=\n)")  # a label line's hint starts with its line break


@dataclass(frozen=True)
class Turn:
    start: int
    end: int
    speaker: str
    label_start: int

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "speaker": self.speaker}


_CUE_TIMING_RE = re.compile(r"\n(?:\d+\n)?[\d:.]+ --> [\d:.]+[^\n]*\s*\Z")  # "0:00:05.320 --> ..."


def _named_by_office(label: str) -> bool:
    """Whether a label in capitals names someone by an office or a given name ("COUNCILMAN
    MANSON", "LAW DIRECTOR STERGIOS", "ANN ROE"), as a place never is."""
    words = label.title().split()
    return words[0] in GIVEN_NAME_GENDER or any(
        w.lower() in OFFICE_WORDS or w.lower() in ROLE_WORDS or w.lower() in COURTESY for w in words
    )


def _label(m: re.Match[str]) -> str:
    return (
        m["label"]
        or m["record"]
        or m["chair"]
        or m["stamped"]
        or m["factbase"]
        or m["alone"]
        or m["dashed"]
        or m["named"]
        or m["q"]
        or m["office"]
        or m["titled"]
        or m["spaced"]
        or m["voice"]
        or m["portrait"]
        or m["members"]
        or m["bracketed"]
        or m["heldname"]
        or m["rolealone"]
        or m["dashrec"]
    )


_RUN_TOGETHER_RE = re.compile(r"(?:[A-Z][a-z]+){2,3}")  # "ViewLondon"
_BRACKETED_RE = re.compile(r"\[([A-Z][\w.'’ -]{1,60})\]")  # an editor's "[Pralhad Joshi]"
_QA_NAMED_RE = re.compile(
    r"\((?P<name>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4})(?:, [^()\n]{1,30})?\) *"
)
_STAGE_NOTES = frozenset(
    "indiscernible inaudible unintelligible crosstalk laughter applause".split()
)
_MC_RE = re.compile(r"\bMc([a-z])")  # "MCCARTHY": "McCarthy", not "Mccarthy"


def _mc(m: re.Match[str]) -> str:
    return "Mc" + m[1].upper()


_CAPS_PREFIX_RE = re.compile(r"(Ma?c|De|Le)(?=[A-Z])")  # "McCONNELL", "DeVOE"


def _title_word(word: str) -> str:
    """A label's word as a name writes it: "MCCARTHY" -> "McCarthy", "DeVOE" -> "DeVoe"."""
    prefix = _CAPS_PREFIX_RE.match(word)
    if prefix is not None:
        return prefix[1] + word[prefix.end() :].title()
    return _MC_RE.sub(_mc, word.title())


def _in_capitals(label: str) -> bool:
    """Whether a label is written in capitals: "MITCH MCCONNELL", "ALEX de MINAUR",
    "McCONNELL", "GABE DeVOE"."""
    words = (_CAPS_PREFIX_RE.sub("", w) for w in label.split() if w not in _LABEL_PARTICLES)
    return " ".join(words).isupper()


_VOICE_RE = re.compile(r"spk\d{1,2}|SPEAKER_\d{1,2}")  # a machine transcript's voice
# the name that opens a voice's turn: "spk00: Stephanie Notami Good morning, everyone"
_VOICE_NAME_RE = re.compile(r"(?P<name>[A-Z][a-z]+ [A-Z][\w'’-]+) (?=[A-Z])")


def _label_name(label: str, people: People, interviewee: str | None, text: str) -> str:
    if _VOICE_RE.fullmatch(label):
        return label
    if label == "Q":
        return "Interviewer"
    if label == "J":  # "J: Prime Minister, ...", as Australian transcripts label a journalist
        return "Journalist"
    if label == "A":
        return interviewee or "Interviewee"
    name = label
    if _in_capitals(label):
        # "MITCH MCCONNELL": as the text writes it, "Mitch McConnell" ("ALEX de MINAUR")
        acronym = len(label) < 4 or not set(label) & set("AEIOUY")  # "AFP:", "CCTV:"
        name = (
            label
            if acronym and " " not in label
            else " ".join(w if w in _LABEL_PARTICLES else _title_word(w) for w in label.split())
        )
        words = r"\s+".join(map(re.escape, label.split()))
        for m in re.finditer(rf"\b{words}\b", text[:200_000], re.IGNORECASE):
            if not _in_capitals(m.group()) and m.group()[0].isupper():
                name = " ".join(m.group().split())
                break
    if label.startswith("The ") and _in_capitals(label[4:]):  # "The MINISTER OF POLICE:",
        words = label[4:].split()  # as South Africa's Hansard writes an office
        name = " ".join(
            w.lower() if w in ("OF", "IN", "THE", "FOR", "AND") else w.title() for w in words
        )
    for title in _LABEL_TITLES:  # "SEC. PANELO:", "PCO USEC. CASTRO:" (Philippine briefings)
        name = name.removeprefix(title)
    person = people.lookup(name) or people.person(name)
    bare = split_name(name)[0]
    if (person is None or person.name == bare) and " " not in bare:
        word = re.escape(bare)  # "Pinto:", "Judith:", "MS. PSAKI:": named in full somewhere?
        for pattern in (rf"\b[A-Z][\w'’-]+ {word}\b", rf"\b{word} (?!Portrait\b)[A-Z][\w'’-]+"):
            fulls = islice(re.finditer(pattern, text[:200_000]), 5)  # ("Baroness Primarolo",
            found = next(  # then "Dawn Primarolo")
                (f for full in fulls if (f := people.person(full.group())) and " " in f.name),
                None,
            )
            if found is not None:  # "Judith Collins", not "Ms Judith"
                person = found
                break
    if (
        person is None
        and (office := split_name(name))[2]
        and office[0][:1].isupper()
        and office[0].split(" ", 1)[0].lower() not in ("of", "for")  # "The MINISTER OF
    ):  # POLICE:", an office with no name
        return office[0]  # "PRESIDENT ANDRES MANUEL LÓPEZ OBRADOR:", the name without it
    return person.name if person else name


_NON_SPACE_RE = re.compile(r"\S")


def _title_line(text: str, m: re.Match[str]) -> bool:
    """Whether a label opens the text's title: "The Nation: John Key 'Meets the Press'",
    words with no end of a sentence, a blank line after them (or in title case)."""
    if (first := _NON_SPACE_RE.search(text)) is None or first.start() < m.start():
        return False  # (not the text's first words)
    end = text.find("\n", m.end())
    line = text[m.end() : end].rstrip() if end != -1 else ""
    quoted = line[:1] in '"“' and line[-1:] in '"”'  # ('Magnus Carlsen: "After Losing ..."')
    words = line.split()
    return (
        " " in line
        and (line[-1] not in '.?!:…"”' or quoted)
        and (text.startswith("\n", end + 1) or len(words) > 3 and _title_case(words))
    )  # (or in title case: "Andrea Mitchell: Sean Spicer First Press Briefing Was ...")


def _headlines(text: str, m: re.Match[str]) -> bool:
    """Whether a label's line lists headlines, each after the label: 'NTSB: "Whole of
    Government Effort" to Investigate; NTSB: Recorders Not Yet Found'."""
    end = text.find("\n", m.end())
    return text.find(f"; {m['label']}:", m.end(), end if end != -1 else len(text)) != -1


def _heads_prose(text: str, m: re.Match[str]) -> bool:
    """Whether a label's line is a subheading over prose that then says what the one it
    names said: "Mamta Banerjee: Budget has no value" over "West Bengal CM Mamta Banerjee
    said that ..." (a short line, no sentence)."""
    end = text.find("\n", m.end())
    end = len(text) if end == -1 else end
    line = text[m.end() : end].strip()
    if not line or line[-1] in '.?!"”’' or len(line.split()) > 8:
        return False
    surname = re.escape(m["label"].rsplit(" ", 1)[-1])
    said = rf"\b{surname}\s+(?:said|says|told|added|noted|claimed|tweeted|wrote)\b"
    return re.search(said, text[end : end + 300]) is not None


_LABEL_TITLES = ("Pco ", "Usec. ", "Asec. ", "Sec. ")
_INITIALS_SPLIT = re.compile(r"[ -]+")  # "Cindy Hyde-Smith" -> C H S
_DOTTED_INITIALS_RE = re.compile(r"(?!U\.[SKN]\.|E\.U\.|D\.C\.)(?:[A-Z]\.){1,3}")  # not "U.S."
_INITIAL_RE = re.compile(rf"{_DOTTED_INITIALS_RE.pattern}|[A-Z]")  # "J." or "K" of "K P Roe"
# a label line that only names someone: "BRIEFER: Adam Ereli, Deputy Spokesman" (not "MS.
# ROE:  Mr. Chief Justice, and may it", a line that wraps)
_HEADER_RE = re.compile(  # (not "KATHY: Hi Molly", a greeting)
    r"(?!(?:Hi|Hello|Hey|Thanks|Thank|Welcome|Good|Bye|Goodbye|Yes|No|Oh|Well)\b)"
    r"(?:[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*)+)(?:,(?![ \t]*[a-z]+[ \t]+[a-z])[^\n.?!]+)?"
    r"(?<![.?!,:])[ \t]*$(?!\n[ \t]*[a-z])",  # (not a sentence the next line goes on with,
    # nor one that brings on what follows: "Mr N SINGH: Hon House Chairperson, I move:")
    re.M,
)
# Capitalised words that open lines with a colon without being anyone's label
# a parliament's official report heads each speech with a line of its own: "The Cabinet
# Secretary for Health and Sport (Jo Roe)", "1. Jo Roe (Lothian) (Con)"
_SHARE = r"Share[ \t]this[ \t]\|[ \t]Link[ \t]to[ \t]this[ \t]\|[ \t]Hansard[ \t]source"
_OIREACHTAS = r"(?:[ \t]*\nLink[ \t]to[ \t]this:[^\n]{0,40}|[ \t]+\|)[ \t]+Oireachtas[ \t]source"
_REPORT_LINE_RE = re.compile(
    r"\n[ \t]*(?:\d{1,3}\.[ \t]+)?(?:The(?:[ \t]+(?:[A-Z][\w'’-]*|of|for|and|the)){1,10}"
    r"[ \t]+\((?P<holder>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){1,3})\)"
    r"|(?:Photo[ \t]of[ \t](?P<photo>[^\n]{3,60}?)(?=(?P=photo)[ \t]+\())?"
    r"(?P<member>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){1,3})[ \t]+(?:\([A-Z][^()\n]{1,40}\)"
    rf"[ \t]+\([A-Z][\w ]{{0,12}}\)|\([A-Z][^()\n]{{1,120}}\)(?:[ \t]+{_SHARE}|{_OIREACHTAS})))"
    r"[ \t]*\n\s*(?=\S)"
)  # (or as OpenAustralia prints a speech's head: "Jo Roe (Cook, Liberal Party, Prime
# Minister) Share this | Link to this | Hansard source"; and KildareStreet: "Jo Roe (Dublin
# West, Fine Gael)\nLink to this: Individually | In context | Oireachtas source", "Photo of
# Jo RoeJo Roe (Dublin West, Fine Gael) | Oireachtas source")
# as openparliament.ca heads a speech in Canada's House: the party alone on its line, then
# (after a riding, for a minister) "Pierre Paquette Bloc Joliette, QC" or "The Deputy
# Speaker Conservative Andrew Scheer"
_PARTY_HEAD_RE = re.compile(
    r"\n(?P<party>[A-Z][\w'’]+(?:[ \t][A-Z][\w'’]+)?)[ \t]*\n\s*\n(?:[^\n]{1,80}\n\s*\n)??"
    r"(?:The(?:[ \t]+[A-Z][a-z]+){1,3}[ \t]+(?P=party)[ \t]+"
    r"(?P<holder>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){1,3})"
    r"|(?P<member>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){1,3}?)[ \t]+(?P=party))[^\n]*\n\s*(?=\S)"
)
# roles that label a turn though they speak once: "Reporter:", "Announcer:" opening a show
_ROLE_LABELS = frozenset(
    """Reporter Reporters Journalist Interviewer Moderator Announcer Narrator Presenter
    Caller""".split()
)
_CONJUNCTIONS = frozenset("AND BUT SO OR And But So Or".split())
_NOT_LABELS = frozenset(
    """Note Notes Update Updated Source Sources Photo Photos Video Editor Correction
    Disclaimer Summary Background Warning Image Credit Caption Related Read Watch Listen
    Tags Topics Share Contact Email Phone Website Address Date Time Location Price
    Tickets Question Answer Transcript Subject Re From To Cc Title Abstract Keywords
    Conclusion Introduction Example Step Tip Important Edit Present Absent
    Headline Byline Guests Section Length Dateline Highlight""".split()
)  # ("Present: Representatives Linder, Myrick", a hearing's roll; "HEADLINE:", "GUESTS:",
# "BYLINE:", the fields of a news database's record)
_PAGE_LABELS = (_NOT_LABELS - {"Question", "Answer"}) | {  # "QUESTION:" is a transcript's
    "Also Read",  # label; "Also Read: Former Congress president joined BJP" a link's
    "Read Also",
    "Read More",
    "See Also",
    "Also See",
    "Also Watch",
    "Also Present",
}
_HEADINGS = frozenset(
    "Transcript Note Notes Update Summary Credit Caption Correction Subjects Topics".split()
)  # ("SUBJECTS: Budget; Medicare", as Australian transcripts list what they cover)


def _inline_labels(text: str, labels: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A label in capitals that opens a line also opens a turn inside a line, after a
    sentence and a run of spaces: a transcript whose line breaks were lost ("... about?
    CONDOLEEZZA RICE: Well ...")."""
    starts = {at for at, _, _ in labels}
    raw = {text[at:words].partition(":")[0].strip(): label for at, words, label in labels}
    found = []
    for written, label in raw.items():
        if not (written.isupper() and len(written) > 3):
            continue
        at = text.find(written + ":")
        while at != -1:
            k = at
            while k > 0 and text[k - 1] != "\n" and text[k - 1].isspace():
                k -= 1
            if (
                at not in starts
                and (at - k > 1 or written.startswith(">>"))  # (or one space before a
                and text[k - 1 : k] in _ENDS  # caption's ">>": "QUORUM. >> MAYOR JONES:")
            ):
                words = at + len(written) + 1
                while words < len(text) and text[words] in " \t":
                    words += 1
                found.append((at, words, label))
            at = text.find(written + ":", at + 1)
    if any("(" in text[at:words] for at, words, _ in labels):  # "Speaker 1: (00:00)": a
        for m in _STAMPED_INLINE_RE.finditer(text):  # stamped label, inside a line too
            if m.start() not in starts:
                found.append((m.start(), m.end(), m["name"]))
    return found


# "... as well. Stephen Twigg: My first ...": a name that opens a turn inside a line
_RUN_ON_LABEL_RE = re.compile(
    r"(?:(?<=[.!?…] )|(?<=\n)|^)(?P<name>(?:(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady)\.? )?"
    r"(?P<first>[A-Z][a-z'’-]+)(?: [A-Z][a-z'’-]+){1,2}"
    r"|(?P<caps>[A-Z][A-Z'’-]{2,}(?: [A-Z][A-Z'’-]{2,}){0,2})):[ \t]+(?=[A-Z])"
)  # (or in capitals: "... Vice President Biden. BIDEN: How you doing, man? TRUMP: How are")


def _dashed_heading(m: re.Match[str]) -> bool:
    """A heading with a dash, "Premier League – Managers:", not a name with its outlet,
    "Sylvanus Karemera – RBA:"."""
    label = m.group().lstrip()
    dash = max(label.find(" – "), label.find(" — "))
    return dash != -1 and any(w in NOT_PERSON_WORDS for w in label[:dash].split())


# a parliament's record that heads each speech with a line of its own, the speech opening
# with its address to the chair: "Tony Valeri Liberal Stoney Creek, ON\n\nMr. Speaker, I"
_ADDRESSED_RE = re.compile(
    r"^[ \t]*(?:(?:Hon\.|Mr\.|Mrs\.|Ms\.|Dr\.)[ \t]+)?(?P<name>[A-Z][\w'’.-]+[ \t]+[A-Z][\w'’-]+)"
    r"(?:[ \t][^\n]{0,120})?\n[ \t]*\n[ \t]*(?=(?:Mr\.|Madam|Madame)[ \t]+(?:Deputy[ \t]+)?"
    r"(?:Speaker|President|Chair)\b)",
    re.M,
)
# and the chair's own lines, and the House's: "The Acting Speaker (Mr. McClelland)"
_CHAIR_LINE_RE = re.compile(
    r"^[ \t]*(?P<chair>The[ \t]+(?:(?:Acting|Deputy|Assistant)[ \t]+)*(?:Speaker|Chair|President)"
    r"|Some[ \t]+[Hh]on\.[ \t]+[Mm]embers|An[ \t]+[Hh]on\.[ \t]+[Mm]ember)"
    r"(?:[ \t]+\((?:M(?:r|rs|s)\.?[ \t]+)?(?P<holder>[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+)?)\))?"
    r"[ \t]*\n[ \t]*\n[ \t]*(?=\S)",
    re.M,
)


def _addressed_labels(text: str) -> list[tuple[int, int, str]]:
    """The speakers of a record whose speeches address the chair (two at least), and the
    chair's lines between them."""
    head = text[:50_000]  # (a record addresses the chair from its first speeches on)
    if head.count("Speaker,") + head.count("President,") + head.count("Chair,") < 2:
        return []  # (cheap: the patterns are tried at each line)
    found = [(m.start(), m.end(), m["name"]) for m in _ADDRESSED_RE.finditer(text)]
    if len({name for _, _, name in found}) < 2:
        return []
    chairs = [
        (m.start(), m.end(), m["holder"] or m["chair"]) for m in _CHAIR_LINE_RE.finditer(text)
    ]
    return sorted(found + chairs)


# TheyWorkForYou's record: "Photo of Kezia Dugdale Kezia Dugdale Labour" over each speech,
# and the chair's or an office's line of its own ("The First Minister:")
_PHOTO_LINE_RE = re.compile(
    r"^Photo of (?P<name>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3}) (?P=name)\b[^\n]*\n\s*(?=\S)"
    r"|^(?P<office>The (?:[A-Z][\w'’-]* ){0,3}[A-Z][\w'’-]*):[ \t]*\n\s*(?=\S)",
    re.M,
)


def _photo_labels(text: str) -> list[tuple[int, int, str]]:
    """The speakers of a record that heads each speech with its speaker's photo (two at
    least), and the offices' lines between them."""
    if text.count("Photo of ") < 2:
        return []  # (cheap: the pattern is tried at each line)
    found = [(m.start(), m.end(), m["name"] or m["office"]) for m in _PHOTO_LINE_RE.finditer(text)]
    return found if sum(text.startswith("Photo", at) for at, _, _ in found) > 1 else []


def _run_on_labels(text: str, hint: int) -> list[tuple[int, int, str]]:
    """A transcript whose line breaks were lost: a name opens the line after ``hint``,
    and three or more of the same kind open turns after a sentence inside it ("Maria
    Miller: I can remember ... as well. Stephen Twigg: My first ...")."""
    end = text.find("\n", hint + 1)
    end = len(text) if end == -1 else end
    if _RUN_ON_LABEL_RE.match(text, hint + 1, end) is None:
        return []  # (a quick test first: the line opens with a name)
    found = list(_RUN_ON_LABEL_RE.finditer(text, hint + 1, end))
    capitals = Counter(m["caps"] for m in found if m["caps"])
    named = sum(  # (names, most of them: a given name, or a title before it, "Sir Norman";
        capitals[m["caps"]] > 1  # or a name in capitals that comes back)
        if m["caps"]
        else m["first"] in GIVEN_NAME_GENDER or m.start("first") > m.start()
        for m in found
    )
    if (
        named < 3
        or 2 * named <= len(found)
        or found[0].start() != hint + 1
        or len({m["name"] for m in found}) < 2
    ):
        return []
    return [(m.start(), m.end(), m["name"]) for m in found]


# "... a fair summary? Ms. HANSON. Yes. The CHAIRMAN. The fact ...": a hearing's record,
# its labels run together in a paragraph (and its capitals misread: "Ms. HANsON.")
_RECORD_RUN_ON_RE = re.compile(
    r"(?P<title>M(?:r|rs|s)\.|Senator|The) (?P<name>[A-Z][A-Za-z]?[A-Z][A-Za-z'’-]*)\. (?=[A-Z])"
)
_RECORD_HINT_RE = re.compile(r"(?:CHAIRMAN|M(?:r|rs|s)\. [A-Z][A-Za-z]?[A-Z]{2}[A-Za-z]*)\. ")


def _record_run_on(text: str) -> list[tuple[int, int, str]]:
    """A hearing's record whose labels run on inside its paragraphs: three or more, of
    two speakers or more, one of them twice."""
    found = [
        m
        for m in _RECORD_RUN_ON_RE.finditer(text)
        if m.start() == 0 or text[m.start() - 1] == "\n" or text[m.start() - 2] in ".?!)"
    ]
    names = Counter(m["name"].upper() for m in found)
    if len(found) < 3 or len(names) < 2 or max(names.values()) < 2:
        return []
    return [(m.start(), m.end(), m["name"].title()) for m in found]


# "... enacted in 2015 and- Speaker 1: (00:47) Okay": a transcript's lines run together
_STAMPED_INLINE_RE = re.compile(
    r"(?<=[^\s] )(?P<name>[A-Z][\w'’.‑-]*(?:[ \t](?:[A-Z][\w'’.‑-]*|\d{1,2})){0,3})"
    r"[ \t]*:[ \t]*\(\d{1,2}:\d{2}(?::\d{2})?\)[ \t]*(?=\S)"
)


_CAPITALISED_RUN_RE = re.compile(r"[A-Z][\w'’-]+(?:[ ][A-Z](?:[\w'’-]+|\.))+")  # (and "M.")


def _named_by_initials(initials: str, runs: list[list[str]]) -> str | None:
    """The one name among ``runs`` (the runs of capitalised words in a text) whose words
    start with ``initials``: "Christian Lindmeier" for a transcript's "CL"."""
    size, found = len(initials), set()
    for words in runs:
        for i in range(len(words) - size + 1):
            if "".join(w[0] for w in words[i : i + size]) == initials:
                found.add(" ".join(words[i : i + size]))
    people = {name for name in found if looks_like_person(name, spoken=True)}
    if not people:  # "SPFMD": "Senate President Franklin M. Drilon", past the office
        for name in found:
            words = name.split(" ")
            k = next((k for k in range(1, len(words) - 1) if is_office(" ".join(words[:k]))), 0)
            if k and len(words) - k > 1 and looks_like_person(" ".join(words[k:])):
                people.add(" ".join(words[k:]))
    return people.pop() if len(people) == 1 else None


_ENDS = frozenset('.?!…"”')


_CLOCK_RE = re.compile(r"(?:[AP]\.?M\.?|[A-Z]{1,2}[SD]?T)\b")  # "P.M. EST", "ET"
_STAMP_RE = re.compile(r"\s*(?:\[[\d:.]+\]|\d{1,2}:\d\d(?::\d\d)?\s)")  # a time before a label
_SIGNED_LINE_RE = re.compile(r"[^\n]*[”\"][ \t]*[–—-][ \t]*[A-Z][^\n]{0,80}$", re.M)
_INITIAL_LABEL_RE = re.compile(r"[A-Z]\. (?P<surname>[A-Z][\w'’-]+)")  # "S. O'Brien"
_EXCHANGES_WITH_RE = re.compile(  # "the exchanges between journalists and the Prime Minister"
    r"\b(?:exchanges?|questions?|interview|conversation)\b[^.\n]{0,60}?\b(?:with|and) the "
    r"(?P<office>Prime Minister|President|Chancellor|Premier|Taoiseach|First Minister)\b"
)
_QA_WITH_RE = re.compile(
    r"(?:Q ?& ?A|Interview|In conversation) with (?P<who>[^\n]{2,80}?)[ \t]*$", re.M
)
_TRANSCRIPT_HEADS = ("Transcript", "TRANSCRIPT")
# a name that heads its transcript: "Tom Coughlin Post-Game Transcript, 10.09.11"
_HEADED_BY_RE = re.compile(
    r"(?P<who>.+?) (?:(?:Post|Pre)-?[Gg]ame |Press |News |Media )?(?:Transcript|Conference)\b"
)
_TRANSCRIPT_WORDS = ("TRANSCRIPT", "MEDIA CONFERENCE", "PRESS CONFERENCE", "NEWS CONFERENCE")


def find_turns(text: str, people: People | None = None) -> list[Turn]:
    """Speaker turns of a transcript; none unless two different labels each open a line
    (or one, under a heading that says the text is a transcript)."""
    hints = find_all(_LABEL_HINT_RE, text, cut_at=_LINE_START)  # each line break before one
    if "Hansard" in text and "Portrait " in text:  # "Lord Lansley Portrait Mr Lansley"
        hints = sorted({*hints, *(m.start() for m in _PORTRAIT_RE.finditer(text))})
    reports = [m for at in hints if (m := _REPORT_LINE_RE.match(text, at))]
    if "Hansard" in text[:500]:  # "House of Commons Hansard #73 of the 40th Parliament"
        reports += _PARTY_HEAD_RE.finditer(text)
    reports = reports if len(reports) > 1 else []  # "The Presiding Officer (Jo Roe)"
    head = text[:80]  # "TRANSCRIPT – DOORSTOP", "PENN STATE UNIVERSITY MEDIA CONFERENCE"
    transcript = (
        text.startswith(_TRANSCRIPT_HEADS)
        or any(w in head for w in _TRANSCRIPT_WORDS)
        or text.find("RUSH TRANSCRIPT", 0, 1000) != -1  # CNN's "THIS IS A RUSH TRANSCRIPT."
    )
    alone = [m.start() for m in _ALONE_LABEL_RE.finditer(text)] if ":\n" in text else []
    # ("\nJordan:\n", twice)
    if alone and max(Counter(text[at + 1 : text.index(":", at)] for at in alone).values()) > 1:
        hints = sorted({*hints, *alone})
    labelled = len(hints) + bool(LABEL_RE.match(text)) > 1 or (
        len(hints) == 1
        and (transcript or ": (" in text and _STAMPED_INLINE_RE.search(text) is not None)
    )  # (one label opens a line, the others run on inside it: "... Mr. Stewart: (00:29)";
    # or a transcript of one speaker: "TRANSCRIPT – DOORSTOP INTERVIEW\nJO ROE:\n...")
    run_on = [label for hint in (-1, *hints[:3]) for label in _run_on_labels(text, hint)]
    if not run_on and _RECORD_HINT_RE.search(text, 0, 3_000) is not None:  # (a record's
        run_on = _record_run_on(text)  # labels start early)
    addressed = _addressed_labels(text) or _photo_labels(text)
    if not labelled and not reports and not run_on and not addressed:
        return []  # cheap: a multi-line pattern is tried at every position of the text
    found = list(scan(LABEL_RE, text)) if labelled else []
    keys = [
        m["alone"]
        or m["dashed"]
        or m["named"]
        or m["titled"]
        or m["spaced"]
        or m["heldname"]
        or m["rolealone"]
        or m["dashrec"]
        for m in found
    ]
    # only if they recur
    once = Counter(key for key in keys if key)
    # (start, end, label) of each label line; "MARK SPENCER" alone is a heading if there
    # once, "President Biden." a sentence
    # (but once two names recur so, each name alone on its line is a label: the analyst
    # who asks one question on an earnings call)
    calls = sum(n > 1 for n in once.values()) > 1 or (
        any(n > 1 for n in once.values()) and sum(once.values()) > 2
    )  # (or one recurs among three or more: "Mr. Linder. ... Ms. Myrick. ...", a hearing;
    # "John Key – Prime Minister", "Alex Tarrant – Interest.co.nz", a TV panel's)
    asked = any(m["q"] == "Q" or m["label"] == "Q" for m in found)
    colons = sum(m["label"] is not None for m in found)
    named_colon = any(m["named"] and text[m.end("named")] == ":" for m in found)
    labels = [
        (m.start(), m.end(), _label(m))
        for m, key in zip(found, keys, strict=True)
        if (
            once[key] != 1
            or ((m["named"] or m["titled"] or m["spaced"] or m["dashed"] or m["dashrec"]) and calls)
            or (m["spaced"] == "Q" and colons > 1)  # "Q (Inaudible.)" once, among "MR. DEERE:"
            or _STAMP_RE.match(m.group())  # ("02:49 DONALD TRUMP": a time marks a label;
            and not _CLOCK_RE.match(_label(m))  # not "2:15 P.M. EST", the time itself)
        )
        and not (m["label"] and "," in m.group() and text[m.end()] in '"“')
        and not (m["label"] and text[m.end()] in '"“' and _SIGNED_LINE_RE.match(text, m.end()))
        and not (m["label"] and _headlines(text, m))
        and not (m["label"] and _heads_prose(text, m))
        and not (m["label"] and (_quoted_headline(text, m) or _title_line(text, m)))
        and not (m["label"] and _dashed_heading(m))
        and not (m["label"] and m["label"].rsplit(" ", 1)[-1].title() in _HEADING_EVENTS)
        # (nor "Press Conference: Brisbane", a heading: what, then where)
        and not (m["dashed"] and not _named_by_office(m["dashed"]))  # (not "NEW YORK — ", a
        # dateline)
        and (m["q"] != "A" or asked)  # (not "A. Introduction", a list's item)
        and not (m["named"] and named_colon and text[m.end("named")] != ":")  # (where the
        # names alone on their lines take a colon, a line's last words without one are none:
        # "Did Secretary Clinton\nnot participate", a subtitle's line)
    ]  # (not a quote sheet's "Elon Musk, CEO of Tesla: '...'", whose words are quotes, nor
    # its "UKRAINE: '...' – Jo Roe, Prime Minister", whose words are signed)
    one = None  # the one label of a transcript that says it is one: "ANGIE BELL:"
    rest = [
        m
        for m in found
        if _label(m).title().rsplit(" ", 1)[-1] not in _HEADINGS and not _quoted_headline(text, m)
    ]
    if transcript and len(rest) == 1 and ":" in rest[0].group() and _label(rest[0]).isupper():
        one = (rest[0].start(), rest[0].end(), _label(rest[0]))  # (not "SUBJECTS: Budget;
        labels = [one, *(label for label in labels if label[0] != one[0])]  # Medicare")
    # one word as a label: the given name or surname of a full label ("Brian Lehrer:",
    # "Brian:"; "Scott McClellan:", "McClellan:"), or a word that opens two lines or more
    # and is no heading ("Robbie:", "Interviewer:")
    full = [label.split() for _, _, label in labels if " " in label]
    name_words = {w for words in full for w in (words[0], words[-1])}
    starts = {start for start, _, _ in labels}
    single = [
        m
        for at in (0, *(hint + 1 for hint in hints))  # only where a label can be
        if (m := SURNAME_LABEL_RE.match(text, at)) and at not in starts
    ]
    recurring = Counter(m["label"] for m in single)
    below = Counter(m["label"] for m in single if "\n" in m.group())  # the words below it
    labels += [
        (m.start(), m.end(), word)
        for m in single
        if (word := m["label"]) in name_words
        or word in _ROLE_LABELS  # "Reporter:", once, before the one who answers
        or (m["title"] and labels)
        or (recurring[word] > 1 and word not in _NOT_LABELS and word not in STOP_WORDS)
        or (
            "\n" in m.group()
            and max(below.values(), default=0) > 1
            and word not in _NOT_LABELS
            and word not in STOP_WORDS
        )  # "Alban:" once alone on its line, among "Jordan:" and "Kevin:" so
        or _STAMP_RE.match(m.group())  # "[1:03] Trump: So, as you know"
        or (labels and _named_above(text, m))  # "Q&A with Steve Coogan ...\nCoogan: I was"
        or (labels and text.find(f" {word} ", m.end() - 1, m.end() + 40) != -1)  # "Raza: Raza
        # from the Hindustan Times.", "Sahil: Sir, I am Sahil from ANI.": a reporter who
        # gives their name
    ]
    # "BRIEFER: Adam Ereli, Deputy Spokesman" heads a transcript, "LISTEN:" a web page
    labels = [
        (at, words, label)
        for at, words, label in labels
        if not _HEADER_RE.match(text, words)
        and (label.title() not in _PAGE_LABELS or ":" not in text[at:words])  # (but "TO
        and label.title().rsplit(" ", 1)[-1] not in _HEADINGS  # Good morning": initials;
        and label.split(" ", 1)[0] not in _CONJUNCTIONS  # "Full Transcript: ..." is a
    ]  # heading; "AND SERIOUSLY, FOLKS:" an aside)
    labels += _inline_labels(text, labels)
    taken = {start for start, _, _ in labels}
    labels += [label for label in run_on if label[0] not in taken]
    taken.update(start for start, _, _ in run_on)
    labels += [label for label in addressed if label[0] not in taken]
    taken.update(start for start, _, _ in addressed)
    labels += [
        (m.start() + 1, m.end(), m[name])
        for m in reports
        if (name := "holder" if m["holder"] else "member")  # (not one read from the line
        and text.rfind("\n", 0, m.start(name)) + 1 not in taken  # that names them)
        and m.start() + 1 not in taken
    ]
    labels.sort()
    stamped = sum(m["stamped"] is not None for m in found) > 1  # "Jo Roe: (00:22)", again
    if (len(labels) < 2 or len({label for _, _, label in labels}) < 2 and not stamped) and (
        labels != [one]
    ):  # (one voice, timed at each turn, as a speech's transcript is: its turns)
        return []
    people = people or People(text)
    named, heads = set(), None
    for m in MENTION_RE.finditer(text, 0, labels[0][0]):  # "interview with Senator X"
        if m.lastgroup != "name":
            continue
        for name in m.group().split("\n"):  # (a heading's last name and the next line's
            headed = _HEADED_BY_RE.match(name)  # first are two: "... with Laura Kuenssberg
            person = people.person(headed["who"] if headed else name)  # \nBoris Johnson")
            if person is not None:
                named.add(person.name)
                heads = heads or (person.name if headed else None)  # (whom it is of)
    if len({name.rsplit(" ", 1)[-1] for name in named}) == 1:  # "F. TRILLANES IV" and
        named = {max(named, key=lambda n: len(n.split(". ")[-1]))}  # "Antonio Trillanes"
    interviewee = heads or (named.pop() if len(named) == 1 else None)  # the "A:" of a Q&A
    heading = _QA_WITH_RE.search(text, max(0, labels[0][0] - 600), labels[0][0])
    if heading is not None and (who := people.lookup(heading["who"])) is not None:
        interviewee = who.name  # "Q&A with the Premier" right above the first label
    if interviewee is None and labels[0][0] < 1_000:
        office = _EXCHANGES_WITH_RE.search(text, 0, labels[0][0])
        if office is not None:  # "exchanges between journalists and the Prime Minister":
            held = people.lookup(f"the {office['office']}")  # the "A:" of what follows
            interviewee = held.name if held is not None else office["office"]
    witness = next((w for _, _, w in labels if w.upper() in ("WITNESS", "THE WITNESS")), None)
    if interviewee is None and witness is not None:  # a court transcript's "THE WITNESS:",
        interviewee = _label_name(witness, people, None, text)  # whose answers "A." gives
    held = {  # "The Prime Minister (Mr Jo Roe):", then "The Prime Minister:": Jo Roe
        _label(m): m["held"] for m in found if m["held"] and _label(m).startswith("The ")
    }
    names = {
        label: _label_name(held.get(label, label), people, interviewee, text)
        for label in dict.fromkeys(label for _, _, label in labels)
    }
    for label in names:  # "Mayor:", after "Mayor Bill de Blasio:": the one that office heads
        if " " not in label and label.istitle() and is_office(label):
            holder = next((o for o in names if o.startswith(f"{label} ") and " " in o), None)
            names[label] = names[holder] if holder else names[label]
    opening = next((label for label in names if label.title() == "Opening Statement"), None)
    answers = {n for label, n in names.items() if label not in (opening, "Q", "A")}
    if opening is not None and len(answers) == 1:  # a press conference's "OPENING STATEMENT:",
        names[opening] = answers.pop()  # then "Q:" and "BELICHICK:": his statement
    initials = {
        "".join(w[0] for w in _INITIALS_SPLIT.split(n)): n for n in names.values() if " " in n
    } | {  # "VL" for "ViewLondon", a name run together
        "".join(c for c in n if c.isupper()): n
        for n in names.values()
        if _RUN_TOGETHER_RE.fullmatch(n)
    }
    full_names = [n for n in names.values() if " " in n]
    runs: list[list[str]] | None = None
    for label, name in names.items():  # "ML:" after "Matt Laslo:", "CHS:" after "Cindy
        if label.isupper() and 1 < len(label) < 7 and label in initials:  # Hyde-Smith:"
            names[label] = initials[label]
            person = people.lookup(initials[label])
            if person is not None:  # and "ML speaks into mic:" in the text is Matt Laslo
                people.add_alias(person, label)
        elif (initial := _INITIAL_LABEL_RE.fullmatch(name)) is not None:  # "S. O'BRIEN:"
            fuller = {  # after "SOLEDAD O'BRIEN, CNN ANCHOR:"
                n
                for n in full_names
                if n[0] == name[0] and n.endswith(" " + initial["surname"]) and n[1] != "."
            }
            if len(fuller) == 1:
                names[label] = fuller.pop()
        elif " " not in name:  # "President Lund." and "President of Estra Tom Lund:"
            fuller = {  # "McClellan:" or "JOSEPH/GMA7:" after "JOSEPH MORONG/GMA7:"
                n for n in full_names if n.endswith(" " + name) or n.startswith(name + " ")
            }
            if len(fuller) == 1:
                names[label] = fuller.pop()
            elif name == label and label.isupper() and 1 < len(label) < 7:
                if runs is None:  # (read once, for the first label that needs them)
                    runs = [m[0].split(" ") for m in _CAPITALISED_RUN_RE.finditer(text, 0, 200_000)]
                names[label] = _named_by_initials(label, runs) or label  # "TAG", after "we
                # have Dr Tedros Adhanom Ghebreyesus"
    for _, words, label in labels:  # "spk00: Stephanie Notami Good morning": the voice
        if names[label] == label and _VOICE_RE.fullmatch(label):  # is hers from now on
            named = _VOICE_NAME_RE.match(text, words)
            if named is not None and named["name"].split(" ", 1)[0] in GIVEN_NAME_GENDER:
                names[label] = named["name"]
    turns = []
    for k, (start, words, label) in enumerate(labels):
        end = labels[k + 1][0] if k + 1 < len(labels) else len(text)
        if text.startswith("<v", start) and (timing := _CUE_TIMING_RE.search(text, words, end)):
            end = timing.start()  # (not the next caption's timing)
        if text.startswith(">>", start) and (change := text.find(">>", words, end)) != -1:
            end = change  # a caption's ">>" with no name changes speaker too: ">> MAYOR JONES:
            # ... ITEMS? >> MOTION TO CONTINUE." (someone else's words)
        while end > words and text[end - 1].isspace():
            end -= 1
        name = names[label]
        if (
            label in ("Q", "A")
            and (asker := _QA_NAMED_RE.match(text, words, end))
            and asker["name"].rstrip(".").lower() not in _STAGE_NOTES
        ):  # "Q: (Paul Truong, USA) Fans are ..." (not "Q. (Indiscernible)?")
            name, words = asker["name"], asker.end()
        if _VOICE_RE.fullmatch(label) and text.startswith(f"{name} ", words):
            words += len(name) + 1  # (the name that opens the turn is no part of its words)
        if turns and turns[-1].speaker == name and text.startswith("<v", start):
            turns[-1] = Turn(turns[-1].start, end, name, turns[-1].label_start)  # the next
            continue  # caption of the same voice: one turn
        turns.append(Turn(words, end, name, start))
    return turns


@dataclass(slots=True)
class Quote:
    start: int
    end: int
    text: str
    speaker: str | None
    speaker_span: tuple[int, int] | None  # the mention that decided it
    cue: str | None
    cue_span: tuple[int, int] | None
    partial: bool
    confidence: float
    reason: str

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "speaker": self.speaker,
            "cue": self.cue,
            "partial": self.partial,
            "confidence": self.confidence,
        }


@dataclass
class Analysis:
    quotes: list[Quote]
    turns: list[Turn]


# (person, mention span, cue, cue span, reason, confidence)
Found = tuple[Person | None, tuple[int, int] | None, str | None, tuple[int, int] | None, str, float]


class _Reader:
    """One reading of a text in order: people, sentence subjects, then each quote."""

    # Slots: with more than 29 attributes in a __dict__, CPython 3.11 no longer keeps them
    # inline, and each of the engine's many reads of them would cost more (+0.9%).
    __slots__ = (
        "text",
        "breaks",
        "people",
        "gaps",
        "speakers",
        "_subjects",
        "_clauses",
        "_asides",
        "_turned",
        "_reported",
        "_straddled",
        "_pronouns",
        "_owners",
        "turns",
        "_turn_starts",
        "_labels",
        "unknown",
        "_surnames_sought",
        "_given_sought",
        "_spelled_at",
        "_roles",
        "_principals",
        "_named_later",
        "_owned",
        "_answers",
        "unnamed",
        "one_of",
        "titles",
        "quote_end",
        "quote_open",
        "_caption_line",
        "_in_epithet",
        "sentence_starts",
    )

    def __init__(self, text: str, breaks: list[int]):
        self.text = text
        self.breaks = breaks  # where paragraphs end
        self.people = People(text)
        self.gaps: list[tuple[int, int]] = []  # the text before each quote, back to the last
        self.speakers: list[Person | None] = []  # the speaker of each quote so far
        self._subjects: dict[int, Person | None] = {}  # sentence start -> its subject
        self._clauses: dict[int, Person | None] = {}  # -> the speaker of a later clause
        self._asides: dict[int, Person | None] = {}  # -> the one who speaks in one
        self._turned: dict[int, Person | None] = {}  # -> the subject of a last clause
        self._reported: dict[int, Person | None] = {}  # -> the subject of what it says
        self._straddled: dict[tuple[int, int], Person | None] = {}  # a sentence round a quote
        self._pronouns: dict[int, Person] = {}  # position of a pronoun -> its referent
        self._owners: dict[int, str] = {}  # a pronoun -> "Roe's office" that decided it
        self.turns: list[Turn] = []
        self._turn_starts: list[int] = []  # where each turn's label starts
        self._labels: dict[str, str] = {}  # a turn's label in capitals -> its speaker
        self.unknown: Quote | None = None  # the last quote with a cue but no known speaker
        self._surnames_sought: set[str] = set()  # looked for with any given name
        self._given_sought: set[str] = set()  # looked for with a known given name only
        self._spelled_at: dict[str, tuple[list[int], int]] = {}  # "UPP" -> where "(UPP)" is,
        # and where the search for it goes on
        self._roles: dict[str, Person] = {}  # "ministry spokesman": one speaker
        self._principals: dict[Person, Person] = {}  # "Jane Roe's lawyer" -> Jane Roe
        self._named_later: dict[Person, Person | None] = {}  # a role -> its office's holder
        self._owned: set[int] = set()  # quotes whose words a possessive gives an owner
        self._answers: set[int] = set()  # quotes under a question, as a Q&A prints them
        self.unnamed: set[Person] = set()  # titles no one named had: "the Florida Governor"
        self.one_of: set[Person] = set()  # roles of one of many: "one MP" is no MP named
        self.titles: list[tuple[int, int]] = []  # quoted titles ("'Meet the Press'"), in order
        self.quote_end = 0  # where the quote being attributed ends
        self.quote_open = 0  # and where its opening mark is
        self._caption_line = -1  # where the last line that signed a quote below it starts
        self._in_epithet = False  # reading who "The British filmmaker" is
        # sentences start after . ! ? and at paragraphs (not at the lines of wrapped text)
        punctuation = (
            find_all(pattern, text, re.Match.end)
            for mark, pattern in SENTENCE_END_RES.items()
            if mark in text
        )
        quoted_lines = [  # (a line break first: a class of curly marks is slow to scan for)
            m.end()
            for m in _LINE_THEN_CAPITAL_RE.finditer(text)
            if m.start() and text[m.start() - 1] in "’”\"'"
        ]
        starts = sorted(chain([0], paragraph_starts(text), quoted_lines, *punctuation))
        self.sentence_starts = list(dict.fromkeys(starts))  # once where a paragraph ends in "."
        first = re.match(r"(\w+)\.[\"”’»]?\s+", text)  # "Mr. " or "J. " opens the text
        if first and (first[1] in ABBREVIATIONS or (len(first[1]) == 1 and first[1].isupper())):
            if self.sentence_starts[1:2] == [first.end()]:
                del self.sentence_starts[1]

    def forget_before(self, pos: int) -> None:
        """Drop what was worked out about text before ``pos``: the walk back for a
        pronoun never goes that far, and small tables keep a long text as fast as a
        short one."""
        self._subjects = {k: v for k, v in self._subjects.items() if k >= pos}
        self._clauses = {k: v for k, v in self._clauses.items() if k >= pos}
        self._asides = {k: v for k, v in self._asides.items() if k >= pos}
        self._turned = {k: v for k, v in self._turned.items() if k >= pos}
        self._straddled = {k: v for k, v in self._straddled.items() if k[0] >= pos}
        self._pronouns = {k: v for k, v in self._pronouns.items() if k >= pos}

    def sentence_start(self, pos: int) -> int:
        return self.sentence_starts[bisect_right(self.sentence_starts, pos) - 1]

    # -- people ------------------------------------------------------------------------

    def learn_people(self) -> None:
        """Names and aliases, from three patterns the scanner finds at C speed:
        "Her Excellency Prime Minister Helena Varga" (honorifics and offices),
        "Ismail Haniyeh, the Head of the Political Office of Hamas" (apposition after a
        name) and "The Minister of Finance, Piotr Alder," (a name after a title)."""
        text, people = self.text, self.people
        found: dict[tuple[str, str], int] = {}  # (name, title) -> where first seen
        breaks = self.breaks
        joined = (-1, "")  # an office that "and" joins to the next: "Union Minister of State
        for m in scan(PREFIXED_RE, text):  # for Home Affairs and BJP Leader Ajay Mishra Teni"
            if m.start() and text[m.start() - 1].isalnum():
                continue
            if (
                joined[0] <= m.start() < joined[0] + 25
                and not m["body"]
                and text[joined[0] : m.start()].replace(" ", "").isalnum()  # ("BJP ")
            ):
                found.setdefault((m.group(), joined[1]), m.start())
            if text.startswith(" and ", m.end()) and m["body"]:
                joined = (m.end() + 5, m.group())
            if "\n" in m.group() and (k := bisect_left(breaks, m.start())) < len(breaks):
                if breaks[k] < m.end():
                    continue  # "... made by the Prime Minister\n\nJeremy Corbyn has been"
            if text[m.end() : m.end() + 2].istitle() and _in_heading(text, m.start()):
                continue  # "Attorney General Jo Barr Appoints New Team": where does it end?
            if not m["body"]:
                sir, _, given = m.group().partition(" ")
                if sir in _SIR and given in GIVEN_NAME_GENDER:
                    continue  # "Sir George": the Sir George named in full (resolve finds him)
                if m.group().rsplit(None, 1)[-1] not in _EVENT_WORDS:  # not "Prime Minister
                    found.setdefault((m.group(), ""), m.start())  # Doorstop Interview"
                continue
            words = m["body"].split()  # "Information Jamal Jarrah": the last two are a name
            cut = next((k for k, w in enumerate(words) if k and w.lower() in _HONORIFIC_WORDS), 0)
            if cut:  # "Leader of the Islamic Revolution Ayatollah Seyyed Ali Khamenei"
                first = cut
                while len(words) - first > 2 and words[first].lower() in _HONORIFIC_WORDS:
                    first += 1
                name = " ".join(words[first:])
                title = text[m.start() : m.start("body")] + " ".join(words[:cut])
                found.setdefault((name, title), m.start())
                found.setdefault((name, m["body"]), m.start())  # and as it is mentioned:
                # "Exports Lord Offord" of "Minister for Exports Lord Offord"
            elif (
                words[-1] not in NOT_PERSON_WORDS
                and not {w.lower() for w in words[-2:]} & _ONE_WORD_OFFICES
                and "in" not in words  # (an honorific tells where the name after "Leader of
            ):  # the Revolution in Iran" starts)
                size = (  # three: "Khyber Pakhtunkhwa Ali Amin Roe", "Defense Khawaja Asif Roe"
                    3
                    if len(words) > 3
                    and (words[-3] in GIVEN_NAME_GENDER or words[-4] in NOT_PERSON_WORDS)
                    and words[-4] not in _SAINTS  # (not "St Catherine Everald Warmington")
                    else 2
                )
                name = " ".join(words[-size:])
                title = text[m.start() : m.end() - len(name)].rstrip()
                found.setdefault((name, title), m.start())  # "Minister of Information"
                found.setdefault((name, m["body"]), m.start())  # and as it is mentioned
        for hit in scan(APPOSITION_AT_RE, text):
            name = _name_before(text, hit.start())
            app = APPOSITION_RE.match(text, hit.start()) if name else None
            if (
                name
                and app
                and app.group(1).rsplit(None, 1)[-1] not in _BODY_WORDS
                and _HEAD_RE.split(app.group(1), 1)[0].rsplit(None, 1)[-1] not in _THINGS
                and (not app["office"] or app["office"].lower() in OFFICE_WORDS)  # (not ", one of")
                and not (
                    text.startswith(" said", app.end()) and split_name(name)[2] is not None
                )  # ("after meeting Acting President Yemi Osinbajo, the Governor said": two)
                and not (
                    CUE_RE.match(text, app.end() + 1)
                    and _INTRO_OR_PARTICIPLE_RE.match(text, self.sentence_start(hit.start()))
                )  # (nor "Asked about the analysis by guru Sir John Curtice, the Prime
                # Minister said": the main clause's subject)
                and not (
                    text[app.end() : app.end() + 1] not in ",.;"
                    and _word_before(text, hit.start() - len(name)) in PREPOSITIONS
                )  # (nor "After her win over Anett Kontaveit, the Dane was asked")
                and not (
                    _word_before(text, hit.start() - len(name)) in PREPOSITIONS
                    and _INTRO_OR_PARTICIPLE_RE.match(
                        text, (opens := self.sentence_start(hit.start()))
                    )
                    and text.find(", ", opens, hit.start()) == -1
                )  # (nor "Speaking to Vanity Fair, the unidentified source, who ..., said")
                and last_cue(text, app.start(1), app.end(1)) is None  # (nor "with Reggie
                # Bush, a source tells PEOPLE that ...", "split from Demi Lovato, a source close
                # to the couple tells Life & Style": a clause, whose source is no alias)
            ):
                found.setdefault((name, app.group(1)), hit.start() - len(name))
        for m in scan(COMMA_NAME_RE, text):  # ", John Ellery," is a name, after a title or
            # not; so is "The Minister for Health, Dr Jo Roe said" after one
            far = max(0, m.start() - 400)  # (a sentence's start, looked for not far back)
            dot = text.rfind(". ", far, m.start())
            lo = max(text.rfind("\n", far, m.start()) + 1, dot + 2 if dot != -1 else far)
            if m["end"] == " ":  # all that comes before it in its sentence is the title
                title = TITLE_END_RE.fullmatch(text, lo, m.start()) if m.start() - lo < 80 else None
                at = m.start()  # "Akomea says the Minister of Agriculture, Bryan Acheampong
                while (
                    title is None and (at := text.rfind(" the ", max(lo, m.start() - 60), at)) != -1
                ):
                    if _word_before(text, at) in _CUE_WORDS:  # meant": a title after a cue
                        title = TITLE_END_RE.fullmatch(text, at + 1, m.start())
            else:  # (not "In a letter to the minister, Mr Roe said")
                title = TITLE_END_RE.search(text, max(0, m.start() - 80), m.start())
                colon = text.rfind(": ", lo, m.start())
                lo = colon + 2 if colon != -1 else lo  # (after a dateline)
                if (
                    title is None
                    and m.start() - lo < 80
                    and _OFFICE_OF_RE.fullmatch(text, lo, m.start())
                ):  # "Governor of Akwa Ibom state, Emmanuel Udom, on Friday said"
                    found.setdefault((m.group("name"), text[lo : m.start()]), m.start())
                elif title is None and (office := _PLACE_OFFICE_RE.search(text, lo, m.start())):
                    found.setdefault((m.group("name"), office["office"]), m.start())  # "Zamfara
                    # State Governor, Abdulaziz Yari, who conveyed ...": the Governor
                elif (
                    title is None
                    and m.start() - lo < 160
                    and TITLE_LIST_RE.fullmatch(text, lo, m.start())
                ):
                    titles = TITLE_LIST_SPLIT_RE.split(text[lo : m.start()])
                    if any(is_office(t) for t in titles):  # "The Crown Prince, Minister of
                        for t in titles:  # Defense, Prince Mohammed bin Salman, said"
                            found.setdefault((m.group("name"), t), m.start())
            if title or " " in m.group("name") and m["end"] == ",":
                found.setdefault((m.group("name"), title.group() if title else ""), m.start())
        for name, title in sorted(found, key=found.__getitem__):
            person = people.person(name)
            if person is not None and title:
                people.add_title(person, title)

    def given_name(self, person: Person, pos: int) -> Person | None:
        """Give ``person``, known by a surname alone, the given name the text writes before
        it not long before ``pos`` ("2016: Matt Brittin – Google Europe President", then
        "Mr Brittin’s performance"), when a first name of their gender says it is one; or
        name the one known in full with that surname first ("Wang Zhenyao ... Mr Wang"),
        whom ``person`` then is."""
        window = self.text[max(0, pos - 3000) : pos]
        first = {  # "Wang Zhenyao": a name that opens with the surname, as Chinese ones do
            known
            for m in re.finditer(rf"\b{re.escape(person.name)} [A-Z][a-z]+\b", window)
            if (known := self.people.lookup(m.group())) is not None and known is not person
        }
        if len(first) == 1 and (known := first.pop()).gender in (None, person.gender):
            return known
        for m in reversed(
            list(re.finditer(rf"\b([A-Z][a-z]+) {re.escape(person.name)}\b", window))
        ):
            gender = GIVEN_NAME_GENDER.get(m[1])
            if (
                m[1] in _WORDLIKE_NAMES
                and window[max(0, m.start() - 2) : m.start()].strip() in ".?!"
            ):
                continue  # (not a question's "Will Dorrian own the outcome?")
            if gender is not None and person.gender in (None, gender):
                self.people.person(m.group())
                return None
        return None

    def _apposed_bare(self, raw: str, pos: int) -> Person | None:
        """The person named right before the title ``raw`` at ``pos`` or a little earlier,
        with no comma between: "Ayatollah Khamenei the Supreme Leader of the Islamic
        Revolution said", as copy by writers of English as a second language has it."""
        title = raw.removeprefix("the ").removeprefix("The ")
        if not title[:1].isupper() or not is_office(title.split(" of ", 1)[0]):
            return None
        text = self.text
        at = text.rfind(f" the {title}", max(0, pos - 3_000), pos + len(raw) + 1)
        name = _name_before(text, at) if at != -1 else ""
        person = self.people.person(name) if name else None
        if person is not None and person.gender in _PEOPLE:
            self.people.add_title(person, title)
            return person
        return None

    def resolve(
        self, kind: str, raw: str, pos: int, tied: bool = False
    ) -> tuple[Person | None, str]:
        """The person a mention means, and a few words on why. ``tied``: the mention
        is the subject of a speech cue, so even a lone surname is a person."""
        if kind == "pron":
            person = self._pronoun(raw, pos)
            return person, self._pronoun_why(raw, pos, person)
        if kind in ("title", "office"):
            if raw[4:] in DEMONYMS:
                after = self.text[pos + len(raw) + 1 : pos + len(raw) + 20].split(" ", 1)[0]
                after = after.replace("’", "'").partition("'")[0]
                if after in ROLE_WORDS or after in OFFICE_WORDS:  # "reference the Indian
                    return None, f"'{raw} {after}': a people's word, no one"  # minister’s
                    # remarks", no one called Indian
            name = _name_at_end(raw)  # "the Children New Zealand John Bowis": John Bowis
            if name is not None:
                return self.resolve("name", name, pos + len(raw) - len(name), tied)
            person = self.people.lookup(raw)
            if person is not None:
                return person, f"title '{raw}' -> {person.name}"
            if raw[4:].isupper() and (body := self._spelled(raw[4:], pos)) is not None:
                return body, f"'{raw}' -> {body.name}, as the text spells it out"  # "the PAJ"
            if " of " in raw and (person := self._apposed_bare(raw, pos)) is not None:
                return person, f"title '{raw}' -> {person.name}, named right before it"
            if (epithet := _EPITHET_NAME_RE.fullmatch(raw)) and (
                person := self._epithet(epithet["who"], pos)
            ):  # "The Italian later said": the Luca Ferri named before
                return person, f"'{raw}' -> {person.name}, named before it"
            if (
                (party := _PARTY_EPITHET_RE.fullmatch(raw))
                and (person := self._epithet(party["who"], pos)) is not None
                and person.gender != NEUTER
            ):  # '"...," the Kentucky Republican added': the Mitch McConnell named before
                return person, f"'{raw}' -> {person.name}, named before it"
            if raw[4:].lower() in _NAMED_BODIES and raw[:4] in ("the ", "The "):
                return self._role(raw, pos)  # "the Party said": the one named before
            if (
                raw.endswith("s")
                and " " not in raw[4:]
                and raw[4:5].isupper()
                and f" {raw[4:-1]} " in self.text[max(0, pos - 1500) : pos]  # (a quick test)
                and (named := self.resolve("name", raw[4:-1], pos, tied=True)[0]) is not None
                and " " in named.name
            ):  # "the Moores say": the family of the Gary Moore the text named
                return self._role(f"{named.name}'s family", pos)
            title = raw[4:].strip() if raw.lower().startswith("the ") else raw
            holder = self._holder(raw, title, pos)
            if holder is not None:
                return holder, f"title '{raw}' -> {holder.name}, the last one named before it"
            if title.lower() in PAPAL:  # "the Pontiff", "the Holy Father": one Pope
                person = Person("Pope", MALE)
                for alias in PAPAL:
                    self.people.add_title(person, alias)
            else:
                one = is_office(title) and not title.endswith(" Office")  # ("the Foreign
                person = Person(title, None if one else NEUTER)  # Office": a body)
                self.people.add_title(person, title)
            self.unnamed.add(person)
            return person, f"title '{raw}'"
        if (
            raw.isupper()
            and len(raw) > 1
            and self.text[pos - 1 : pos] != "("  # (the spelling itself: "Gamble (PG)")
            and (body := self._spelled(raw, pos)) is not None
        ):
            return body, f"'{raw}' -> {body.name}, as the text spells it out"
        if (
            raw.isupper()
            and (words := raw.split(" "))[-1].lower() in ROLE_WORDS
            and (len(words) == 1 or len(words) == 2 and words[0] in ("A", "AN", "THE"))
        ):  # "A WIDOW has paid tribute", as a tabloid's first words shout: a role
            return self._role(raw.lower(), pos)
        if raw.startswith(_CLAUSE_FIRST) and raw.count(" ") == 1:  # "When Anne asked": Anne
            bare = raw.split(" ", 1)[1]
            return self.resolve("name", bare, pos + len(raw) - len(bare), tied)
        if (
            " " in raw
            and (words := raw.split(" "))[-1] in GIVEN_NAME_GENDER
            and all(
                (w in STOP_WORDS or w in NOT_PERSON_WORDS) and w not in GIVEN_NAME_GENDER
                for w in words[:-1]
            )
        ):  # "On Tuesday Coleen had branded": Coleen
            return self.resolve("name", words[-1], pos + len(raw) - len(words[-1]), tied)
        if "\n" in raw and self.text[pos - 1 : pos] in ("\n", "") and raw[-1] != "\n":
            cut = raw.rindex("\n") + 1  # a byline's line alone, then the subject's: "Sarah
            found = self.resolve("name", raw[cut:], pos + cut, tied)  # Basford\nAlbanese
            if found[0] is not None:  # says" (but not "HEAD COACH Tom Brandt\nOpening")
                return found
        elif "\n" in raw and raw.split("\n", 1)[0].rsplit(None, 1)[-1] in NOT_PERSON_WORDS:
            cut = raw.rindex("\n") + 1  # "2022 Press Release\nLegislation tackles": a line
            return self.resolve("name", raw[cut:], pos + cut, tied)  # that ends in a thing
        if self._month(raw, pos):
            return None, f"'{raw}' is a date's month"  # "On 7 April, ... said": no April
        person = self._lookup(raw, pos)
        if (
            person is None
            and raw.count(" ") > 1
            and self.text.endswith(" of ", 0, pos)
            and (known := self.people.lookup(rest := raw.split(" ", 1)[1])) is not None
        ):  # "Secretary of State Hillary Clinton": "State" is the office's, not hers
            raw, pos, person = rest, pos + len(raw) - len(rest), known
        if tied and (
            person is None
            or (len(name_words(person.name)) == 1 and person.name not in self._surnames_sought)
        ):
            bare = split_name(raw.removeprefix("Senior "))[0]  # "Wills said", "Mr Wills"
            if len(name_words(bare)) == 1:  # (or "Ms von der Leyen")
                self._learn_full_name(bare, pos)  # was "Dana Wills" named nearby?
                person = self.people.lookup(raw)
        if person is None and (raw in GIVEN_NAME_GENDER or tied and " " not in raw):
            person = self._given_in_full(raw, pos)  # "Sienna" of "Sienna Miller"
        elif person is None and raw.split(" ", 1)[0] in _SIR and raw.count(" ") == 1:
            bare = raw.split(" ", 1)[1]  # "Sir George" of "Sir George Mathewson"
            person = self._given_in_full(bare, pos) if bare in GIVEN_NAME_GENDER else None
        if person is None:
            person = self.people.person(raw, lone_surname=tied)
        if person is None and (pronoun := _HONORIFIC_ALONE.get(raw.lower())):
            # "His Eminence pointed to ...": the honorific alone, as a pronoun would be
            person = self._pronoun(pronoun, pos)
            if person is not None:
                return person, f"'{raw}' read as {self._pronoun_why(pronoun, pos, person)}"
        if (
            person is None
            and "\n" in raw
            and (line := raw.split("\n", 1)[0]).rsplit(" ", 2)[-2:][0] in GIVEN_NAME_GENDER
        ):  # "Tom Penders\nOpening statement:": the name on its own line
            return self.resolve(kind, line, pos, tied)
        if person is None and raw.split(" ", 1)[0] in DEMONYMS and _office_alone(raw):
            return self.resolve("title", raw, pos, tied)  # "Iranian Foreign Minister said"
        if person is None:
            return None, f"'{raw}' is not a person's name"
        return person, f"name '{raw}'" + ("" if raw == person.name else f" -> {person.name}")

    def _it(self, pos: int, depth: int = 0) -> Person | None:
        """The body "it" at ``pos`` means: the named subject of the sentence before, when
        that is no person or role ("The ANC said ... It warned"; not "Your company's report
        says ... It calls")."""
        starts = self.sentence_starts
        k = bisect_right(starts, pos) - 1
        if self.gaps and self.gaps[-1][1] < pos:  # (after a quote of two sentences: the
            k = min(k, bisect_right(starts, self.gaps[-1][1]) - 1)  # one before it)
        if k < 1:
            return None
        if self.text.startswith("It ", starts[k - 1]) and depth < 3:  # "It admonished the
            return self._it(starts[k - 1], depth + 1)  # NDC ... '...', it said": the same
        body = self._subject_of(starts[k - 1], starts[k])
        if body is None or body.gender not in (None, NEUTER):
            return None
        if self._is_role(body) and not body.name[:1].isupper():  # (but "the Party": the
            return None  # New Patriotic Party)
        return body

    def _it_body(self, pos: int) -> tuple[Person, str] | None:
        """The body "it said" at ``pos`` means, and why: the one the sentence before names
        ('"We, the NPP ...", it said.'), the speaker of the quote before ('the ministry
        said, "...". "...," it said'), or the last body named ('The NCDC has reported 152
        deaths. ... "...," it said'); in a sentence "according to the statement", the
        statement."""
        if (doc := _ACCORDING_DOC_RE.match(self.text, self.sentence_start(pos), pos)) is not None:
            body, why = self._role(doc["doc"], doc.start("doc"))
            return body, f"'it' -> {why}, which the sentence is according to"
        start = self.sentence_start(pos)
        if start and (doc := _ACCORDING_BODY_DOC_RE.search(self.text, start - 160, start)):
            body, why = self._body_of(doc)  # "..., according to a White House statement.
            return body, f"'it' -> {why}, which the sentence before is according to"  # '...,'
            # it said."
        issued = (
            _ISSUED_DOC_RE.search(self.text, self.sentence_start(start - 1), start)
            or _DOC_ISSUED_RE.match(self.text, self.sentence_start(start - 1), start)
            if start and self.text.startswith(("It ", "it "), start)
            else None
        )
        if issued is not None:  # "The couple released a joint statement. It read: '...'":
            body, why = self._role(issued["doc"], issued.start("doc"))  # the statement
            return body, f"'it' -> {why}, issued in the sentence before"
        body = self._it(pos)
        if body is not None and body.gender == NEUTER:
            return body, f"'it' -> {body.name}, the subject of the sentence before"
        body = self.speakers[-1] if self.speakers else None
        if body is not None and body.gender == NEUTER:
            return body, f"'it' -> {body.name}, the speaker of the quote before"
        body = self._walk(pos, 0, _BODIES)
        if body is not None and self._is_role(body) and not body.name[:1].isupper():
            return None  # (a role is no "it": "The prime suspect ... confessed")
        return (body, f"'it' -> {body.name}, the last body named before it") if body else None

    def _epithet(self, who: str, pos: int, depth: int = 0) -> Person | None:
        """The person "the 45-year-old" or "the Welshman" at ``pos`` calls so: the last
        one named before it (of the gender "-man" or "-woman" says)."""
        who = who.lower()
        gender = (
            FEMALE
            if who.endswith(("woman", "actress"))
            else MALE
            if who.endswith(("man", "actor"))
            else None
        )
        person = self._walk(pos, depth, _FITS[gender] if gender else _PEOPLE, named=True)
        if (
            person is not None
            and person.gender is None
            and person.name.split(" ", 1)[0] not in GIVEN_NAME_GENDER
        ):  # "Red Bull must be patient ... said the 22-year old": a team; Max Verstappen
            return self._walk(pos, depth, _KNOWN, named=True) or person  # before it, a man
        return person

    def _affiliated(self, party: str, pos: int) -> Person | None:
        """The one person named as the party's, "Labour's Barry Gardiner", not long before
        ``pos``."""
        pattern = (  # (or "the Regional Treasurer of the NPP Mustapha Sumani")
            rf"\b(?:(?i:{re.escape(party)})['’][sS]|of\s+the\s+{re.escape(party)})"
            rf"\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{1,2}})"
        )
        names = {
            m["name"]
            for m in re.finditer(pattern, self.text[max(0, pos - 1500) : pos])
            if m["name"].split()[0].title() in GIVEN_NAME_GENDER or self.people.lookup(m["name"])
        }  # (not the headline's "Labour's Election Prospects")
        if len(names) != 1:
            return None
        return self.people.person(names.pop())

    def _team_holder(self, team: str, pos: int) -> Person | None:
        """Who "the Scotland boss" is: the one person named as the subject of at least
        two of the sentences about Scotland before ``pos`` (a player once is not enough)."""
        counts: Counter[Person] = Counter()
        starts, base = self.sentence_starts, max(0, pos - 5000)
        for m in re.finditer(rf"\b{re.escape(team)}\b", self.text[base:pos]):
            k = bisect_right(starts, base + m.start()) - 1
            end = starts[k + 1] if k + 1 < len(starts) else len(self.text)
            person = self._subject_of(starts[k], min(end, pos)) if k >= 0 else None
            if person is not None and person.gender in _PEOPLE and not self._is_role(person):
                counts[person] += 1
        best = counts.most_common(2)
        if best and best[0][1] >= 2 and (len(best) == 1 or best[1][1] < best[0][1]):
            return best[0][0]
        return None

    def _holder(self, raw: str, title: str, pos: int, named_so: bool = False) -> Person | None:
        """ "The prime minister said", in a story that has named David Cameron and no
        prime minister: the first use of an office (or "CM"), as news copy writes a title
        for someone it has named, is the one person named with that office before it, or
        else the last one named if they hold no other office (nor are named with one:
        "Labour leader Jo Roe accused Al Lee ... The First Minister hit back").
        ``named_so``: only the one named with that office."""
        owner, mark, what = title.replace("’", "'").rpartition("'s ")
        if mark and " " not in what:  # "the chief whip's office": the office of the one
            holder = self._holder(f"the {owner}", owner, pos, named_so=True)  # named chief
            return self._role(f"{holder.name}'s {what}", pos)[0] if holder else None  # whip
        offices = {
            w
            for word in title.lower().split()
            if (is_office(_ABBREVIATED.get(word.upper(), word)) or word in _DESCRIPTORS)
            for w in _ABBREVIATED.get(word.upper(), word).split()
        }  # "the new CM": "chief", "minister"; "the DG ISPR": "director", "general"
        if not raw.lower().startswith("the ") or not offices:
            return None
        if title.partition(" of ")[0].rsplit(" ", 1)[-1].lower() in _BODY_WORDS:
            return None  # "the foreign ministry said", "the Ministry of Defence": a body
        capitalised = any(w.istitle() and is_office(w.lower()) for w in title.split())
        if offices == {"chief"}:  # "the WHO chief": whoever heads it, by any name
            offices |= _HEAD_OFFICES
            body = title.lower().removesuffix(" chief")
            heads = [  # "Hasina, also the President of the ruling Awami League": "the
                p  # Awami League chief"
                for p in self.people.people
                if body != title.lower()
                and any(
                    a.endswith(" " + body) and a.split(" ", 1)[0] in offices and " of " in a
                    for a in p.aliases
                )
            ]
            if len(heads) == 1:
                return heads[0]
        elif offices == {"premier"}:  # "the premier": a prime minister too
            offices |= {"prime", "minister"}
        words = title.split()
        k = len(words) - 1 if words and words[-1] in _PARTY_OFFICES else 0
        while k > 0 and words[k - 1].islower():  # "Sinn Féin" of "Sinn Féin deputy leader"
            k -= 1
        if k and words[0][:1].isupper():
            person = self._affiliated(" ".join(words[:k]), pos)  # "the Labour MP", after
            if person is not None:  # "Labour's Barry Gardiner and the Conservative's James
                # Cleverly"
                return person
        lo = max(0, pos - 2000)
        before = self.text[lo:pos].lower()
        first = before.find(raw.lower())
        if lo == 0 and first != -1 and "\n" not in before.lstrip()[: first - len(before)]:
            first = before.find(raw.lower(), first + 1)  # (the headline's "just ask the PM"
            # sets no first use: the story's own words do)
        if first != -1 and _IS_OFFICE_RE.search(self.text, max(lo, lo + first - 20), lo + first):
            begins = self.sentence_start(lo + first)  # "Mary Roe is the mayor. ... the mayor
            person = self._subject_of(begins, lo + first, tied=True)  # said": her
            if person is not None and person.gender in _PEOPLE:
                self.people.add_title(person, title)
                return person
        if self._turn_at(pos) or (
            first != -1
            and (begins := self.sentence_start(lo + first)) != lo + first
            and not (
                self.text.endswith(", ", 0, lo + first)
                and _INTRO_OR_PARTICIPLE_RE.match(self.text, begins)
                and self.text.find(", ", begins, lo + first) == lo + first - 2
            )  # (but "Appearing on the sofa, the PM was quizzed": the main clause's)
            and not (
                self.text.endswith(", ", 0, lo + first)
                and CUE_RE.match(self.text, lo + first + len(raw) + 1) is not None
            )  # (nor "..., the police chief said.": who says it, as now)
        ):
            return None  # used before: "Roe met the president. The president said"

        def held(person: Person) -> set[str]:
            words = {w for alias in person.aliases if is_office(alias) for w in alias.split()}
            for word in [w for w in words if w.upper() in _ABBREVIATED]:  # "PM Khan": a
                words.update(_ABBREVIATED[word.upper()].split())  # prime minister
            if "press" in words and "secretary" in words:  # a press secretary is a spokesman
                words |= {"spokesman", "spokeswoman", "spokesperson"}
            elif "secretary" in words and words.isdisjoint(_NO_MINISTER):  # "transport
                words.add("minister")  # secretary Mark Harper", "Health Secretary": ministers
            return words

        words = title.lower().split()
        modifier = next(  # "press" of "the press secretary"
            (w for w, o in pairwise(words) if o in offices and w in _OFFICE_MODIFIERS), None
        )

        places = [w.lower() for w in title.split() if w in DEMONYMS]

        def fits(person: Person) -> bool:
            office = held(person)
            ranked = office & RANKED  # "the minister" is no Prime Minister Imran Khan
            return (
                bool(office & offices)
                and (modifier is None or modifier in office)
                and (not ranked or not ranked.isdisjoint(offices))
                and not (places and elsewhere(person))
            )

        def elsewhere(person: Person) -> bool:  # "the Palestinian president" is no
            k = self.text.rfind(person.name, 0, pos)  # "Russian President Vladimir Putin"
            words = self.text[max(0, k - 40) : k].split() if k != -1 else []
            while words and is_office(words[-1]):
                words.pop()
            return (
                bool(words)
                and words[-1] in DEMONYMS
                and not any(_same_place(place, words[-1].lower()) for place in places)
            )

        named_by = pos + len(raw) + 1  # (named before it, or right after: "The MP for St
        holders = [  # Mary Ann Pike said")
            p
            for p in self.people.people
            if fits(p) and self.text.find(p.name, 0, named_by + len(p.name)) != -1
        ]
        if len(holders) == 1:  # "the new CM": the one minister the text names
            person = holders[0]
        elif named_so:
            return None
        else:  # the last one named (before its first use, when that opened a sentence:
            # "Jo Roe denied it. The Labour leader said ... The Labour leader added")
            person = self._walk(pos, 0, _PEOPLE, named=True) if first == -1 else None
            if (
                person is not None
                and not self._is_role(person)
                and re.search(rf"(?<!\bas )\ban? {re.escape(title.lower())}\b", before[-600:])
            ):  # (not when the text brought in "a spokesperson of the ministry" before "the
                person = None  # spokesperson said": that one, whom it does not name; but
                # "she changed most as an actress" is her)
            if (
                person is not None
                and self.text.endswith((", and ", ", but "), 0, pos)
                and person is self._subject_of(self.sentence_start(pos), pos)
            ):  # "Lee has said Roe shows “weakness”, and the PM has accused": not Lee
                person = None
            apposed = first != -1 and _ROLE_APPOSED_RE.match(self.text, lo + first + len(raw))
            if apposed:  # "The chief executive, Tom Reyes, was upbeat": him
                person = self.resolve("name", apposed["name"], apposed.start("name"))[0]
            elif (
                self.text.endswith(", ", 0, at := pos if first == -1 else lo + first)
                and (clause := _SUBJECT_CLAUSE_RE.match(self.text, self.sentence_start(at)))
                and (named := self._subject_of(clause.end(), at, tied=True)) is not None
            ):  # "So when Mr Roe was asked ..., the PM had": the clause's subject
                person = named
            elif first != -1 and (k := bisect_right(self.sentence_starts, lo + first) - 1) > 0:
                # (the sentence before the one it was first used in)
                person = self._subject_of(self.sentence_starts[k - 1], self.sentence_starts[k])
            # "chief economist" Amina Yusuf is not "the finance minister" (but "Gov. Asa
            # Hutchinson" is "the first-term Republican governor")
            offices |= {short for short, office in _SHORT_OFFICES.items() if office in offices}
            if (
                person is None
                or person.gender == NEUTER  # (no minister is "police")
                or self._is_role(person)  # (nor "the trial judge" the defendant)
                and offices.isdisjoint(person.name.lower().split())
                or places
                and elsewhere(person)
                or held(person) - RANKS
                and not fits(person)
                and not offices <= {"leader"}
                or (job := self._job_before(person, lo, pos)) in _PRESS_JOBS  # (nor is
                # "Euronews reporter Jo Roe" the Commission chief)
                or capitalised
                and (
                    is_office(job)  # (nor "Labour leader Jo Roe" the First Minister, nor
                    and job not in offices  # one a live page's headline named two stories
                    or not self._named_near(person, pos if first == -1 else lo + first)
                )  # before it)
            ):  # (but any politician is "the senior BJP leader")
                return None
        self.people.add_title(person, title)
        return person

    def _epithet_of(self, raw: str, lo: int, depth: int = 0, walk: bool = False) -> Person | None:
        """Who "the manager" that opens the sentence at ``lo`` is: the person the sentence
        before is about ("Jo Roe sat down. The manager spoke ...": Jo Roe; "The Labour
        frontbencher", "The former Grasshoppers boss", "The British filmmaker then joked")."""
        text: str = self.text
        words = [w for w in raw.split() if w not in _FORMER]
        if not (
            (
                len(words) == 2
                or len(words) == 3
                and (words[1].istitle() or words[1].islower())
                or 3 < len(words) < 6  # "the American Idol judge", a show's
                and all(w.istitle() for w in words[1:-1])
            )
            and words[0] in ("The", "the")
            and words[-1] in _ONE_PERSON_ROLES
        ):
            return None
        if words[-1] in _TEAM_ROLES and (named := self._named_with(words[-1], lo, same_job=True)):
            return named  # (but the one the text names as coach: "Head Coach, Jo Roe")
        if len(words) == 2 and (named := self._named_with(words[-1], lo)) is not None:
            return named  # and the one named by the job before: "UK rapper Skepta"
        starts = self.sentence_starts
        k = bisect_right(starts, lo) - 1
        quoted = False  # (back to where a quote of two sentences opens: '“... masks. An
        while k > 1 and starts[k] != lo and not self._outside_quotes(starts[k - 1]):
            k -= 1  # old woman told me ...,” said the shocked county boss')
            quoted = True
        if k <= 0 or starts[k] != lo and text[starts[k]] not in _OPENERS and not quoted:
            return None  # (it opens its sentence, or follows the quote that does: '“...,”
            # the 45-year-old athlete wrote')
        if k > 1 and text[starts[k - 1]] in _OPENERS:  # (past a sentence that is a quote:
            # 'Hua Chunying told a briefing that "...". "We urge ..." The Chinese official
            # renewed': Hua Chunying)
            named = self._subject_of(starts[k - 2], starts[k - 1], None, depth + 1)
        elif not self._outside_quotes(starts[k - 1]):  # (the last sentence of a quote: its
            named = self._quoted_by(starts[k - 1])  # speaker's)
        else:  # (a star may go by one name: "Lorde has returned to Instagram")
            stage = words[-1] in _STAGE_EPITHETS
            named = self._subject_of(starts[k - 1], lo, None, depth + 1, tied=stage)
        if named is None and walk:  # ("The former MLB star took to Instagram ... '...,' the
            named = self._walk(starts[k], depth + 1, _PEOPLE, named=True)  # 45-year-old
            # athlete wrote": who the text is about, named before)
        if (
            named is not None
            and named.gender in _PEOPLE
            and not self._is_role(named)
            and named not in self.unnamed  # (nor "the judge": "The mother looked")
            and self._job_before(named, starts[k - 1], lo) not in _PRESS_JOBS
        ):  # (not "Euronews reporter Jo Roe asked: ... The Commission chief")
            return named
        return None

    def _named_near(self, person: Person, pos: int) -> bool:
        """Whether ``person`` is named in the paragraph of ``pos`` or the one before it."""
        breaks = self.breaks
        k = bisect_left(breaks, pos) - 1  # the end of the paragraph before (a blank line's
        while k > 0 and breaks[k] - breaks[k - 1] < 2:  # is one too)
            k -= 1
        near = self.text[breaks[k - 1] if k > 0 else 0 : pos].lower()
        return any(alias in near for alias in person.aliases)

    def _named_with(self, role: str, pos: int, same_job: bool = False) -> Person | None:
        """The one person the text names with ``role`` right before their name, not long
        before ``pos``: "city administrator Nolan Schroeder", then "said the city
        administrator". ``same_job``: a team's coach may be named as its manager."""
        if role.rsplit(" ", 1)[-1] not in ROLE_WORDS or not role.islower():
            return None
        found = set()
        words = (same_job and _SAME_JOB.get(role)) or (
            f"[{role[0]}{role[0].upper()}]{re.escape(role[1:])}"
        )
        pattern = re.compile(rf"\b{words}(,?) (?=[A-Z])")
        for m in pattern.finditer(self.text, max(0, pos - 2000), pos):
            if m[1] and self.text[m.start()].islower():
                continue  # (a title may have a comma: "Super Eagles Head Coach, Jo Roe")
            if _word_before(self.text, m.start()).lower() in _ANOTHER_OFFICE:
                continue  # (nor is "shadow chancellor John McDonnell" the chancellor)
            named = MENTION_RE.match(self.text, m.end())
            if (
                named is not None
                and named.lastgroup == "name"
                and named.group().rsplit(" ", 1)[-1] not in NOT_PERSON_WORDS
            ):  # (not "Resident Magistrate Court at Kisutu")
                found.add(self.resolve("name", named.group(), named.start(), tied=True)[0])
        return found.pop() if len(found) == 1 else None

    def _role(self, raw: str, pos: int, known: Person | None = None) -> tuple[Person, str]:
        """An unnamed speaker known by a role: "police", "a spokesman for the ministry";
        one whose principal is named is theirs: "a lawyer for Ms Roe", "Ms Roe's lawyer"
        and "her lawyer" are all "Jane Roe's lawyer". "The minister" is the one named.
        ``known``: who the role is from now on ("said his daughter Hannah": Hannah)."""
        if (
            self.text.startswith(raw, pos)
            and (given := _NAME_GIVEN_RE.match(self.text, pos + len(raw))) is not None
            and (named := MENTION_RE.match(self.text, given.end())) is not None
            and named.lastgroup == "name"
            and (person := self.resolve("name", named.group(), named.start(), True)[0])
        ):  # "said a man who identified himself as Travis Gilbert": Gilbert
            return person, f"'{raw}' -> {person.name}, the name given"
        words = raw.split()
        if len(words) > 1 and words[0][-2:] == "ly" and words[0].istitle() and words[1].islower():
            pos += len(words[0]) + 1  # "Unsurprisingly his representative agreed": a
            raw, words = raw.partition(" ")[2], words[1:]  # sentence's adverb, not the role's
        cut = next((i + 1 for i, w in enumerate(words[:3]) if w in _SUBORDINATORS), 0)
        if 0 < cut < len(words):  # "While some users asked": users ("2023 While some
            pos += len(" ".join(words[:cut])) + 1  # users" after a date that ends no
            raw, words = " ".join(words[cut:]), words[cut:]  # sentence)
        first = words[0].lower()
        if (
            words[-1] in ("CJ", "CM", "PM")  # one holds each: "an irked CJ told" is the
            and first != "the"  # Chief Justice named (but "a Labour MP" no MP named,
            and "former" not in words  # nor "a former PM" the PM)
            and (person := self.people.lookup(f"the {words[-1]}")) is not None
        ):
            return person, f"'{raw}' -> {person.name}"
        if first == "the":
            person = self.people.lookup(raw)
            if person is not None:
                return person, f"title '{raw}' -> {person.name}"
            if raw[4:].isupper() and (body := self._spelled(raw[4:], pos)) is not None:
                return body, f"'{raw}' -> {body.name}, as the text spells it out"  # "the PAJ"
            if raw[4:].lower() in PAPAL:  # "the pontiff said": the Pope, a man, as titled
                return self.resolve("title", raw, pos)
            if " of " in raw and (person := self._apposed_bare(raw, pos)) is not None:
                return person, f"title '{raw}' -> {person.name}, named right before it"
            same_job = raw[4:] in ("minister", "manager")  # "the manager said" of "Preston
            person = self._named_with(raw[4:], pos, same_job)  # boss Frankie McAvoy"
            if person is None and " at " in raw:  # "announced the magistrate at the Kisutu
                person = self._named_with(raw[4:].partition(" at ")[0], pos)  # Court hall"
            if person is None and len(words) > 2 and words[1].endswith("-year-old"):
                person = self._named_with(words[-1], pos)  # "the 40-year-old opposition
                # leader said", of "party leader Nelson Chamisa" named before
            if person is not None:
                return person, f"'{raw}' -> {person.name}, named so before it"
            # "A village elder, who asked not to be named, said ... '...,' the elder said":
            # that elder (one of the last roles, named a few sentences before)
            head = " " + words[-1].lower()
            if len(words) > 2 and words[1] in _ORDINALS:  # "the third user": not the last
                return self._roles.setdefault(raw[4:], Person(raw[4:])), f"role '{raw}'"
            named = any(w[:1].isupper() or w.endswith(("'s", "’s")) for w in words[1:-1])
            # ("the Garcia family", "the prime minister's office")
            for name in islice(reversed(self._roles), 20):
                if named and name != raw[4:]:
                    continue  # (not "the Obi family" named before)
                if (name.endswith(head) or name.startswith(_ROLE_OF_STARTS.get(head, "-"))) and (
                    (at := self.text.rfind(name, max(0, pos - 600), pos)) != -1
                    or self._roles[name] in self.speakers[-2:]
                ):  # ("a spokesman for the Government ... the spokesman said"; or one who
                    # has just spoken: "the victim's mother", long before, then "the mother")
                    if len(words) == 2 and (
                        later := self._role_since(head, max(at, pos - 600, 0), pos)
                    ):
                        return later  # ("One intelligence official said ...", since)
                    return self._roles[name], f"'{raw}' -> the {name} named before it"
            if len(words) == 2 and words[1] in ROLE_WORDS:
                lo = max(0, pos - 600)  # "According to a spokesperson of Scientific Reports,
                pattern = rf"\b[Aa]n? {words[1]} (?:of|for|at|with|from) (?:the )?(?=[A-Z])"
                named = list(re.finditer(pattern, self.text[lo:pos]))  # ... The spokesperson
                body = named and MENTION_RE.match(self.text, lo + named[-1].end())  # said"
                after = body and self.text[body.end() : body.end() + 12]
                if (
                    body
                    and body.lastgroup == "name"
                    and (after[:1] in ",.;" or after[1:].partition(" ")[0] in ONE_WORD_CUES)
                ):  # (not a body whose name goes on: "for the Office of the Commissioner")
                    person = self._role(self.text[lo + named[-1].start() : body.end()], pos)[0]
                    return person, f"'{raw}' -> the {person.name} named before it"
                if (words[1] in _ONE_PERSON_ROLES or words[1] in _ONE_PERSON_OTHERS) and (
                    since := self._role_since(head, lo - 1, pos)
                ):
                    return since  # "A senior administration official ... said that '...,'
                    # the official said": that one
            if (
                len(words) == 4
                and words[1].islower()
                and (words[2] in DEMONYMS or words[2] in COUNTRIES)
                and words[-1] in OCCUPATIONS
            ):  # "the veteran Pakistan cricketer": "the Pakistan cricketer"
                words = [words[0], *words[2:]]
            boss = words[-1] == "boss" and 2 < len(words) < 5 and raw.islower()  # "said the
            stage = len(words) in (2, 3) and words[-1] in _STAGE_EPITHETS  # "said the singer",
            # "the tech mogul continued": the star the sentence before is about
            if (  # shocked county boss": the governor the sentence before is about
                (boss or stage or len(words) == 3)  # "director Steve McQueen explained ...
                and (boss or stage or words[-1] in OCCUPATIONS)  # The British filmmaker then
                # joked": McQueen; "the
                and (
                    boss
                    or stage
                    or words[1] in DEMONYMS
                    or words[1] in COUNTRIES
                    or words[1].endswith("-year-old")  # "the 45-year-
                )
                and not self._in_epithet  # old athlete" (but "The surgeon said" is someone
            ):  # new; and once: no walk back through a chain of such sentences)
                self._in_epithet = True
                person = self._epithet_of(" ".join(words[:1] + words[-2:]), pos, walk=True)
                self._in_epithet = False
                if person is not None:
                    return person, f"'{raw}' -> {person.name}, whom the sentence before is about"
            if (
                len(words) == 3
                and words[2] in ("chief", "boss", "head")
                and words[1][:1].isupper()
                and (at := self.text.rfind(f"{words[1]} ", max(0, pos - 1500), pos)) != -1
                and (held := MENTION_RE.match(self.text, at + len(words[1]) + 1))
                and held.lastgroup == "name"
                and " " in held.group()
                and is_office(held.group())
                and (person := self.resolve("name", held.group(), held.start(), True)[0])
            ):  # "the NASA chief", after "NASA Administrator Jim Bridenstine": him
                return person, f"'{raw}' -> {person.name}, {words[1]}'s, named before it"
            person = self._holder(raw, raw[4:], pos)
            if person is not None:
                return person, f"title '{raw}' -> {person.name}, the last one named before it"
            if (
                2 < len(words) < 5
                and words[-1] in _TEAM_ROLES
                and words[1][:1].isupper()
                and (person := self._team_holder(" ".join(words[1:-1]), pos)) is not None
            ):  # "the Scotland boss said", in a story about Gregor Townsend and Scotland
                self._roles[raw[4:]] = person
                why = f"'{raw}' -> {person.name}, the subject of the text's sentences on the team"
                return person, why
            if (
                2 < len(words) < 5
                and words[-1] in _TEAM_ROLES
                and words[1][:1].isupper()
                and (person := self._named_with(words[-1], pos, same_job=True)) is not None
            ):  # "The Bengaluru coach", in a story that names one: "manager Albert Roca"
                self._roles[raw[4:]] = person
                return person, f"'{raw}' -> {person.name}, the one the text names so"
            body = raw[4:].lower()
            if body in ("company", "firm") or body in _NAMED_BODIES:
                # the last one named: "BlackBerry Ltd.", "the Russian Foreign Ministry"
                pattern = _FIRM_RE if body in ("company", "firm") else _NAMED_BODIES[body]
                names = [  # (not "Queensland’s" of "Queensland’s Labor Party")
                    _OWNER_WORD_RE.sub("", m.group().removeprefix("The ").removeprefix("the "))
                    for m in pattern.finditer(self.text, max(0, pos - 3000), pos)
                ]
                names = [name for name in names if " " in name]  # not "The Ministry"
                if names:
                    name = names[-1]
                    person = self.people.lookup(name) or self._roles.setdefault(
                        name, Person(name, NEUTER)
                    )
                    return person, f"'{raw}' -> {name}, the last {body} named before it"
        owner = None
        if len(words) > 2 and words[1] == "of" and first in _MULTITUDES:
            words = words[3:] if words[2] == "the" and len(words) > 3 else words[2:]  # "Hundreds
            # of demonstrators": the demonstrators
        elif len(words) > 2 and words[1] == "of":  # "One of the women": kept whole (and
            if not _ORG_NAME_RE.fullmatch(raw):  # "Friends of the Earth", a body's name)
                words = [first, *words[1:]]
        elif len(words) > 1 and first in _ARTICLES:
            words = words[1:]
            if len(words) > 1 and words[0] == "more":  # "one more user wrote": a user
                words = words[1:]
        elif len(words) > 1 and first in ("two", "three"):
            words = [first, *words[1:]]  # "Two men entered and said": two men
        elif len(words) > 1 and first in _OWNER_PRONOUN:
            gender = _GENDER_WORD.get(_OWNER_PRONOUN[first])
            owner = self._walk(pos, 0, _FITS[gender], named=True)  # a role has no lawyer
            words = words[1:] if owner is not None else words
        role = " ".join(words)
        named = _OWNER_RE.fullmatch(role) if " close to " not in role else None  # "Ms Roe's
        # lawyer", "lawyer for Ms Roe" (but "a source close to Jo Roe" keeps its words)
        if owner is None and named is not None:
            owner = self.resolve("name", named["owner"] or named["principal"], pos)[0]
            if owner is not None:
                role = named["role"] or named["role2"]
        if role.split(" ", 1)[0].lower() in ROLE_WORDS and not _ORG_NAME_RE.fullmatch(role):
            role = role[0].lower() + role[1:]  # "Police said" at a sentence's start
        name = role if owner is None else f"{owner.name}'s {role}"
        if known is not None:
            self._roles[name] = known
            head = role.rsplit(" ", 1)[-1]
            known.gender = known.gender or _ROLE_GENDER.get(head)  # "his daughter Isla": she
        person = self._roles.get(name)
        if person is None:
            head = next((w for w in reversed(role.split()) if w in ROLE_WORDS), "")
            one = head in _ONE_PERSON_ROLES or head in _ONE_PERSON_OTHERS
            gender = _ROLE_GENDER.get(head, None if one else NEUTER)
            person = self._roles[name] = Person(name, gender)
            if owner is not None:
                self._principals[person] = owner
        if first in ("one", "another") or (
            first in ("a", "an") and self.text[pos - 2 : pos] != ", "
        ):  # an unnamed one: "A governor said" (not "Jo Roe, a former minister, said")
            self.one_of.add(person)
        why = f"role '{raw}'" + ("" if raw == name else f" -> {name}")
        return person, why if person.name == name else f"{why}: {person.name}"

    def _learn_full_name(self, surname: str, pos: int, given_known: bool = False) -> None:
        """Look around ``pos`` for the surname with a given name before it ("Press
        secretary Dana Wills said ...") and learn that person. ``given_known``: only a
        given name of the list counts."""
        if (
            surname in self._surnames_sought
            or (given_known and surname in self._given_sought)
            or len(surname) < 2  # (an initial: "M" of "P.M.", never "Patrick M")
        ):
            return
        if not given_known:
            self._surnames_sought.add(surname)
        elif surname in STOP_WORDS or surname in NOT_PERSON_WORDS:
            return
        else:
            self._given_sought.add(surname)
        reach = 3_000 if given_known else 20_000  # (a subject with no cue: nearby only)
        text, lo, hi = self.text, max(0, pos - reach), min(len(self.text), pos + reach)
        if surname in KOREAN_SURNAMES:  # "Kim" of "leader Kim Jong Un", family name first
            for m in KOREAN_NAME_RE.finditer(text, lo, hi):
                if m.group().startswith(surname + " ") and self.people.person(m.group()):
                    return
        at = text.find(" " + surname, lo, hi)
        while at != -1:
            words = text[max(lo, at - 30) : at].split() or [""]  # after a space or a line
            given = words[-1]  # break ("\n\nNatasha Speight, a lecturer")
            double = len(words) > 1 and (  # "Mary Lou McDonald", "J. D. Vance", "K P Vivekanand"
                words[-2] in GIVEN_NAME_GENDER
                and (len(words) < 3 or words[-3] not in _SAINTS)  # (not "St Catherine Roe")
                or _INITIAL_RE.fullmatch(words[-2])
                and _INITIAL_RE.fullmatch(given)
                and words[-2] not in ("A", "I")
                or _capitals_initials(words, given)
            )
            after = text[at + 1 + len(surname) : at + 2 + len(surname)]
            if (
                given[:1].isupper()
                and not text[at - 1].isspace()  # (not "Jo Roe\n\n    Guns are": a paragraph)
                and (given.isalpha() or _DOTTED_INITIALS_RE.fullmatch(given))  # "A.J. Kazimi"
                and given not in STOP_WORDS
                and given.lower() not in OFFICE_WORDS  # not "Chairman Imran": a given name
                and given.lower() not in TRADES  # (nor "Model Danielle")
                and given.lower() not in ONE_WORD_CUES  # (nor "Continued Paulwell:")
                and not (  # (nor "fellow Liverpudlian Coleen", "On Tuesday Coleen")
                    given not in GIVEN_NAME_GENDER
                    and (given in NOT_PERSON_WORDS or given.endswith("ian"))
                )
                and given.lower() not in COURTESY  # (nor "First Lady Michelle")
                and not after.isalpha()
                and not _in_heading(text, at)  # not "Says Apple" of "Cook Says Apple Invests"
                and not _asks_with(text, at - len(given), given)  # nor "Will Dutton own
                # Saturday's outcome?"
                and (
                    not given_known
                    or given in GIVEN_NAME_GENDER
                    or double
                    or _titled(text, at - len(given))  # "candidate Ruben Gallego"
                )
            ):
                if double or (
                    len(words) > 2
                    and words[-2].istitle()
                    and words[-2].isalpha()
                    and words[-2] not in STOP_WORDS
                    and words[-2] not in NOT_PERSON_WORDS
                    and words[-2].lower() not in OFFICE_WORDS
                    and (
                        words[-3].lower() in OFFICE_WORDS
                        or words[-3].islower()
                        and words[-3] not in PREPOSITIONS  # (not "duchy of Lancaster Pat
                        and not words[-2].endswith("ing")  # McFadden", "Sentencing Barry
                    )  # Smith")
                ):  # (or "Union minister Mukhtar Abbas Naqvi": three words, after an office
                    # or a word of the sentence: "Oli's confidants Subas Chandra Nembang")
                    given = f"{words[-2]} {given}"
                known = self.people.lookup(surname)
                if known is not None and known.name.endswith(f" {given} {surname}"):
                    return  # "Kumar Thapa" of the "Gagan Kumar Thapa" known already
                tail = _PARTICLE_TAIL_RE.match(text, at + 1 + len(surname))
                if tail and (run := _CAPITALS_BEFORE_RE.search(text, max(lo, at - 60), at)):
                    full = f"{run.group()} {surname}{tail.group()}"  # "Luiz Inácio Lula da
                    if self.people.person(full) is not None:  # Silva": all his name
                        return
                if self.people.person(f"{given} {surname}", lone_surname=double) is not None:
                    return
            at = text.find(" " + surname, at + 1, hi)
        if surname in GIVEN_NAME_GENDER and not given_known:  # "Coleen published ...": the
            full = re.compile(rf"\b{re.escape(surname)} (?P<last>[A-Z][a-z][\w-]*)")  # "Coleen
            for m in full.finditer(text, lo, hi):  # Rooney" named before, as a given name
                last = m["last"]
                if last not in STOP_WORDS and last not in NOT_PERSON_WORDS:
                    if self.people.person(f"{surname} {last}") is not None:
                        return

    def _lookup(self, raw: str, pos: int) -> Person | None:
        """The known person the mention ``raw`` at ``pos`` means; of two who share a
        surname, the one the surname alone means there."""
        if self._month(raw, pos):
            return None
        person = self.people.lookup(raw)
        if person is None:
            return None
        if raw in self.people.shared:
            return self._last_speaker(self.people.shared[raw], pos) or person
        if (
            self.people.shared
            and raw.startswith(_COURTESY_OPENERS)
            and (shared := self.people.shared.get(raw.rsplit(" ", 1)[-1]))
        ):  # "Mr Roe" of Tom and Rosa Roe: of the Roes the one of his sex who spoke last
            gender = split_name(raw)[1]
            people = [p for p in shared if p.gender in (None, gender)]
            if people:
                return self._last_speaker(people, pos) or person
        return person

    def _month(self, raw: str, pos: int) -> bool:
        """Whether ``raw`` at ``pos`` is a date's month ("7 April"), not a given name."""
        return (
            raw in _MONTH_NAMES
            and _DAY_BEFORE_RE.search(self.text, max(0, pos - 6), pos) is not None
        )

    def _last_speaker(self, people: list[Person], pos: int) -> Person | None:
        """Which of ``people`` (who share a surname) spoke last: "Zelda Cousins said ...
        Cousins got her children" is Zelda, though Monica Cousins was named first; or, if
        none has spoken since, which was last named in full before ``pos`` outside quotes
        ("... noted Speaker Adrienne Adams. Mayor Eric Adams voiced concern. '...,' said
        Adams": Eric)."""
        best, latest = None, -1
        for k in range(len(self.speakers) - 1, -1, -1):
            person = self.speakers[k]
            if person is not None and any(person is p for p in people):
                best, latest = person, self.gaps[k][1]
                break
        if latest != -1:  # (named in full in an earlier sentence: not "Calling Ruszczyk
            pos = self.sentence_start(pos)  # Damond the love of his life, Damond claims")
        spoke = latest != -1  # (then a later mention must be a subject to outrank it, and
        floor = max(0, latest)  # it is looked for only back to that quote)
        for person in people:
            at = self.text.rfind(person.name, floor, pos)
            while at != -1 and not (
                self._outside_quotes(at) and (not spoke or self._named_as_subject(at))
            ):
                at = self.text.rfind(person.name, floor, at)
            if at > latest:
                best, latest = person, at
        return best

    def _named_as_subject(self, at: int) -> bool:
        """Whether the name at ``at`` starts its sentence, titles aside ("Mayor Eric Adams
        voiced concern"; not "... three children with ex-wife Jennifer Garner")."""
        return not any(w[:1].islower() for w in self.text[self.sentence_start(at) : at].split())

    def _given_in_full(self, given: str, pos: int) -> Person | None:
        """The person a given name alone means when the text named them in full a little
        before ``pos`` ("The film stars Sienna Miller ... showed Sienna a copy")."""
        text: str = self.text
        found: list[Person] = []  # (of two so named, the one who spoke last: "Jennifer
        at = text.rfind(given + " ", max(0, pos - 3_000), pos)  # Lopez ... with ex-wife
        while at != -1:  # Jennifer Garner ... '...,' Jennifer shared": Lopez)
            m = _SURNAME_RE.match(text, at + len(given) + 1)
            if m and (at == 0 or not text[at - 1].isalnum()):
                person = self.people.person(f"{given} {m.group()}")
                if person is not None and all(person is not p for p in found):
                    found.append(person)
                    if len(found) == 2:
                        break  # (two are enough to weigh)
            at = text.rfind(given + " ", max(0, pos - 3_000), at)
        if not found:
            return self._short_for(given, pos)
        if len(found) < 2:
            return found[0]
        return self._last_speaker(found, pos)

    def _short_for(self, given: str, pos: int) -> Person | None:
        """The person named in full a little before ``pos`` whose given name ``given`` is
        short for: "Inspector Stephanie Law ... Steph added" (the longer name a known one)."""
        text: str = self.text
        at = text.rfind(given, max(0, pos - 3_000), pos) if len(given) > 2 else -1
        while at != -1:  # (not "A statement": no "Ahmed")
            end = at + len(given)
            while end < pos and text[end].islower():
                end += 1
            full = text[at:end]
            if full != given and full in GIVEN_NAME_GENDER and (at == 0 or text[at - 1] == " "):
                return self._given_in_full(full, pos)
            at = text.rfind(given, max(0, pos - 3_000), at)
        return None

    def _pronoun(self, raw: str, pos: int, depth: int = 0) -> Person | None:
        """Who the pronoun at ``pos`` means; each pronoun is resolved once."""
        person = self._pronouns.get(pos)
        if person is not None:
            return person
        word = raw.lower()
        if word == "you":
            person = self._addressee(pos)[0]
        elif word in ("i", "we"):  # in a transcript, whoever has the floor; elsewhere,
            # the writer (or the writer's side)
            turn = self._turn_at(pos)
            if turn is not None:
                person = self._turn_person(turn.speaker)
        elif word == "they" and _PLURAL_SUBJECT_RE.match(self.text, self.sentence_start(pos)):
            person = None  # "Parties may decide ... that they will not join": the parties
        else:
            gender = _GENDER_WORD.get(word)
            start = self.sentence_start(pos)
            before = self.text[start:pos]  # "Netanyahu's office said " (before "he")
            owner = OWNER_BODY_RE.search(before) if "'s " in before or "’s " in before else None
            if owner is not None:
                person = self.resolve("name", owner["name"], start + owner.start(), tied=True)[0]
                if person is not None and person.gender not in _FITS[gender]:
                    person = None
                if person is not None:
                    self._owners[pos] = owner.group()
            if (
                person is None
                and gender
                and (clause := _SUBJECT_CLAUSE_RE.match(before)) is not None
                and (comma := _CLAUSE_COMMA_RE.search(before)) is not None
                and (named := MENTION_RE.match(before, clause.end(), comma.start()))
                and named.lastgroup == "name"
            ):  # "When Sally won the Oscar, she said": Sally
                person = self.resolve("name", named.group(), start + named.start(), tied=True)[0]
                if person is not None and person.gender != gender:
                    person = None
            if (
                person is None
                and gender
                and (" while " in before or " when " in before)  # a quick test
                and (mid := _MID_WHEN_RE.search(before)) is not None
                and (comma := _CLAUSE_COMMA_RE.search(before, mid.end())) is not None
                and (named := MENTION_RE.match(before, mid.end(), comma.start()))
                and named.lastgroup == "name"
            ):  # "..., and while Mr. Brownlee said he had not heard it, he suggested": him
                person = self.resolve("name", named.group(), start + named.start(), tied=True)[0]
                if person is not None and person.gender not in _FITS[gender]:
                    person = None
            if (
                person is None
                and gender
                and (" while the " in before or " when the " in before)  # a quick test
                and (clause := _WHILE_ROLE_RE.search(before)) is not None
                and clause["role"] in ROLE_WORDS
            ):  # "testified that while the defendant was in a cell he said": the defendant
                person = self._role(clause["role"], start + clause.start("role"))[0]
                if person.gender not in _FITS[gender]:
                    person = None
            if (
                person is None
                and gender
                and ("I " in before or "We " in before or "we " in before)  # a quick test
                and _FIRST_PERSON_SUBJECT_RE.match(self.text, start)
                and self._outside_quotes(start)  # (not the quote's own "We thought ...")
            ):
                person = self._mentioned(pos, gender, start)  # "Then I spoke to Tom and he"
            if (
                person is None
                and gender in _OTHER_SUBJECT
                and (
                    self.text.startswith(_OTHER_SUBJECT[gender], start)
                    or _GROUP_SUBJECT_RE.match(self.text, start)
                )
                and self.text[pos - 2 : pos] != ", "  # (not "..., he claimed.": the speaker)
                and self._outside_quotes(start)
            ):  # "He went on to attack Ms McDonald, saying she commented": her; "The MCAs
                # were reacting to statements by Ruto, where he warned": him
                person = self._mentioned(pos, gender, start + 3)  # (past "He", "The")
            if (
                person is None
                and gender
                and (
                    acronym := _ACRONYM_RE.match(self.text, start, pos)
                    or _ACRONYM_AFTER_RE.search(self.text, max(start, pos - 80), pos)
                )
                is not None
                and (cue := CUE_RE.match(self.text, acronym.end())) is not None
                and _THAT_GAP_RE.fullmatch(self.text, cue.end(), pos)
                and (named := self.people.person(acronym["name"], lone_surname=True)) is not None
                and named.gender == NEUTER
            ):  # "AMLO said that he": not a body but a man, known by his initials
                person = named
                person.gender = gender
            if person is None and gender and before.endswith((" where ", " in which ")):
                near = [  # "a sketch from presenter Patrick Kielty where he had used the
                    m  # phrase '...'": the one the place or the work is of
                    for m in MENTION_RE.finditer(self.text, max(start, pos - 90), pos)
                    if m.lastgroup == "name"
                ]
                if near and (named := self.resolve("name", near[-1].group(), near[-1].start())[0]):
                    person = named if named.gender in _FITS[gender] else None
                if near and _word_before(self.text, near[-1].start()) in ("with", "and"):
                    subject = self._subject_of(start, pos, tied=True)  # "Wang Yi held a
                    if subject is not None and subject.gender in _FITS[gender]:  # meeting
                        person = subject  # with Foreign Secretary Vikram Misri, in which he
                        # called for ...": the subject's meeting, not his partner's
            if person is None:
                aside = before.endswith(", ") and _ASIDE_CUE_RE.match(self.text, pos + len(raw))
                person = self._walk(start if aside else pos, depth, _FITS[gender])  # ("The
                # president, she said, was": not the president)
                if (
                    gender in _GENDERED
                    and person is not None
                    and person.gender is None
                    and person.name.rsplit(" ", 1)[-1] in ("source", "insider")
                    and (named := self._walk(start if aside else pos, depth, frozenset((gender,))))
                ):  # "An insider told Us Weekly that ... '...,' she wrote": the woman the
                    person = named  # story is about, not the source, whom no one calls "she"
            if (
                gender
                and (person is None or person.gender is None)
                and not _PARTICIPLE_FIRST_RE.match(self.text, start)
                and not _RELATIVE_HEAD_RE.search(before, len(before) - 40)
            ):  # "the court allowed the victim's mother to read a statement in which she":
                # a role of the pronoun's gender in its sentence, over someone of no known
                # gender before it (but not one in a participle's phrase: "Extending his
                # attack on Stalin's son, he asked"; nor the noun a relative clause opened by
                # the pronoun follows: "the woman she called 'Lady'", whom she called so)
                person = self._person_role(start, pos, gender) or person
                if (
                    person is not None
                    and person.gender is None
                    and start
                    and (before := self.sentence_start(start - 1)) < start
                    and self.text.find(person.name.rsplit(" ", 1)[-1], before, pos) == -1
                ):  # (or in the sentence before, when neither names the one walked back to:
                    # "Obama's campaign ... One ad opens with a woman speaking. '...,' she
                    # says": her)
                    person = self._person_role(before, start, gender) or person
                if person is not None and person.gender is None and person.name.islower():
                    at = self.text.rfind(person.name.rsplit(" ", 1)[-1], 0, start)
                    if at != -1:  # (or, over a role, one named with it: "As the defendant
                        # stood, the judge allowed the victim's mother to speak. ... '...,'
                        # she said": her)
                        lo = self.sentence_start(at)
                        person = self._person_role(lo, start, gender) or person
            if person is None and gender:
                person = self._mentioned(pos, gender)
            if (
                person is not None
                and gender
                and self.turns
                and (turn := self._turn_at(pos)) is not None
                and person.name == turn.speaker
                and (other := self._mentioned(pos, gender, turn.start)) is not None
            ):  # "He said:" in Panelo's turn is no Panelo (who says "I"), but the last one
                person = other  # of his gender he names (a writer's "he boasts" is Kagame)
            if (
                person is not None
                and gender
                and not (
                    self.text.find(" own question", pos, pos + 40) != -1  # (a quick test first)
                    and _OWN_QUESTION_RE.match(self.text, pos + len(raw))
                )
                and (asking := self._asked_by(start, person)) >= 0
                and (other := self._walk(asking, depth + 1, _FITS[gender])) is not None
            ):  # "A journalist asked whom Emmelie texted. She answered:": the one asked
                person = other
            if (
                person is not None
                and gender
                and 0 <= pos - self.quote_end < 4  # (a quick test: "...,” he said")
                and self.text.find("[", self.quote_open, self.quote_end) != -1
                and any(
                    self.people.lookup(b) is person
                    for b in _BRACKETED_RE.findall(self.text, self.quote_open, self.quote_end)
                )
                and (other := self._mentioned(self.quote_open, gender)) is not None
            ):  # '“He [Pralhad Joshi] is calling ...,” he said': not Joshi, whom the quote
                person = other  # names as another
            if (
                person is not None
                and gender in _GENDERED
                and 0 <= pos - self.quote_end < 4
                and self.text.startswith(f"{word.capitalize()} ", self.quote_open + 1)
                and (other := self._not_the_one_before(person, gender, depth)) is not None
            ):  # 'Naidu has no achievement to his credit. "He has a history of ...," he
                person = other  # asked': not Naidu, whom the quote calls "he"
            if person is not None and gender and not person.gender:
                person.gender = gender
        if person is not None:
            self._pronouns[pos] = person
        return person

    def _not_the_one_before(self, person: Person, gender: str, depth: int) -> Person | None:
        """Someone other than ``person``, the subject of the sentence right before the
        quote, when that sentence only tells of them (no cue): the quote's own "He ..."
        is them, so its speaker is the one of that gender before them."""
        before = self.sentence_start(self.quote_open) - 1
        if before < 0:
            return None
        start = self.sentence_start(before)
        cue = last_cue(self.text, start, before)
        if cue is not None and (who := self.text.find(", who ", start, cue.start())) != -1:
            cue = cue if self.text.find(",", who + 6, cue.start()) != -1 else None  # ("Naidu,
            # who ruled the state for 14 years, has no achievement": no one speaks)
        if self._subjects.get(start) is not person or cue is not None:
            return None
        other = self._walk(start, depth + 1, _FITS[gender])
        return other if other is not person else None

    def _asked_by(self, start: int, person: Person) -> int:
        """Where the sentence before the one at ``start`` starts, if ``person`` asks a
        question in it ("A representative of Mango TV asked if he would come to China"),
        so that a pronoun after it is the one asked, not the asker; else -1."""
        k = bisect_left(self.sentence_starts, start)
        if k == 0 or self.sentence_starts[k] != start:
            return -1
        lo = self.sentence_starts[k - 1]
        asked = self.text.find(" asked", lo, start)
        while asked != -1 and self.text[asked + 6 : asked + 7] not in (" ", ":", ","):
            asked = self.text.find(" asked", asked + 6, start)  # ("asked:", not "askedly")
        if (
            asked == -1
            or self.text[asked + 7 : asked + 12].startswith(("for ", "to "))
            or self.text.endswith(
                (" was", " were", " is", " been", " being", " when", " if", " after"), lo, asked
            )
        ):  # (not "asked for a delay", "asked to leave": no question; nor "Harris was
            return -1  # asked whether he heard", "..., when asked about it": the one asked)
        return lo if self._subject_of(lo, asked + 7) is person else -1

    def _mentioned(self, pos: int, gender: str, lo: int | None = None) -> Person | None:
        """When no subject will do, the last one of ``gender`` named at all a few
        sentences before ``pos`` (or since ``lo``): "I met with Stephanie ... '...,' she
        said"; or a role of that gender, named after them ("to allow the mother to give a
        statement in which she described ...")."""
        found, at, unsure = None, -1, None
        lo = max(0, pos - 600) if lo is None else lo
        for m in MENTION_RE.finditer(self.text, lo, pos):
            if m.lastgroup != "name":
                continue
            raw = m.group()
            person = self.people.lookup(raw)
            if (
                person is None
                and raw in GIVEN_NAME_GENDER
                and (  # (but "I called Bill where he works": the name)
                    raw not in _WORDLIKE_NAMES
                    or _word_before(self.text, m.start()) in _PERSON_VERBS
                )
            ):
                person = self._given_in_full(raw, m.start()) or self.people.person(
                    raw, lone_surname=True
                )  # "Stephanie"
            elif (
                person is None
                and raw in _KIN_NAMES
                and not self.text.startswith(_POSSESSIVE, m.end())  # (not "Mother's Day")
            ):  # '"...?" I ask Mom. "Yes," she
                person = self._role(raw.lower(), m.start())[0]  # says': mom
            elif person is None and raw.split(" ", 1)[0] in GIVEN_NAME_GENDER:
                person = self.people.person(raw)  # "we know Tesla's Elon Musk can apologize"
            if person is not None and person.gender == gender:
                found, at = person, m.start()
            elif person is not None and person.gender is None and " " in person.name:
                unsure = person  # "footage that shows Dana White ... '...,' he said"
        return (
            self._person_role(max(lo, at), pos, gender)
            or found
            or self._person_role(lo, pos, gender, any_gender=True)
            or unsure
        )

    def _person_role(
        self, lo: int, hi: int, gender: str, any_gender: bool = False
    ) -> Person | None:
        """The last role of ``gender`` in text[lo:hi] outside quotes: "the victim's
        mother" (not the "my mom" of a quote, whose speaker's mother she is); or, with
        ``any_gender``, of no known gender: "I asked a friend ... he advised"."""
        fits = (gender, None) if any_gender else (gender,)
        roles = [
            m
            for m in _PERSON_ROLE_RE.finditer(self.text, lo, hi)
            if _ROLE_GENDER.get(m["head"]) in fits and self._outside_quotes(m.start())
        ]
        return self._role(roles[-1].group(), roles[-1].start())[0] if roles else None

    def _quoted_by(self, pos: int) -> Person | None:
        """The speaker of the quote, read so far, that holds ``pos``."""
        g = bisect_right(self.gaps, (pos, len(self.text))) - 1
        return self.speakers[g] if 0 <= g < len(self.speakers) else None

    def _outside_quotes(self, pos: int) -> bool:
        """Whether ``pos`` is in the text between quotes, as read so far."""
        if pos >= self.quote_end:
            return True
        k = bisect_right(self.gaps, (pos, len(self.text))) - 1
        return k >= 0 and pos < self.gaps[k][1]

    def _pronoun_why(self, raw: str, pos: int, person: Person | None) -> str:
        """Why ``_pronoun`` chose ``person``: built only for a quote's own speaker."""
        word = raw.lower()
        if word == "you":
            return self._addressee(pos)[1]
        if word in ("i", "we"):
            turn = self._turn_at(pos)
            where = "outside a transcript" if turn is None else f"in {turn.speaker}'s turn"
            return f"'{raw}' {where}"
        if person is None:
            return f"pronoun '{raw}' with no earlier speaker"
        if pos in self._owners:
            return f"pronoun '{raw}' -> {person.name} ('{self._owners[pos]}' before it)"
        label = _GENDER_LABEL.get(_GENDER_WORD.get(word, ""), "")
        return f"pronoun '{raw}' -> most recent {label}speaker {person.name}"

    def _walk(
        self, pos: int, depth: int, genders: frozenset[str | None], named: bool = False
    ) -> Person | None:
        """The most recent person before ``pos`` of one of ``genders``: the subjects of
        the sentences between quotes and the speakers of the quotes, walking back a few
        sentences at most (attribution stays local to each quote). ``named``: a role's
        principal ("a lawyer for Jo Roe": Jo Roe) stands for the role."""
        if depth > _MAX_DEPTH:
            return None
        starts, gaps, subjects = self.sentence_starts, self.gaps, self._subjects
        last = len(starts) - 1
        seen = 0
        g = len(gaps) - 1
        while g > 0 and gaps[g][0] > pos:  # (from a sentence before the last quote: "The PC
            g -= 1  # asked: '...?' '...' he said": the one asked, before the PC)
        oldest = max(0, g - 6)
        while g >= oldest:
            lo, gap_end = gaps[g]
            k = bisect_left(starts, gap_end if gap_end < pos else pos) - 1
            if (
                named is False
                and g > 0
                and (k < 0 or starts[k] < lo)
                and (tail := AFTER_QUOTE_SPEAKER_RE.match(self.text, lo, min(gap_end, pos)))
                and (person := self.resolve("name", tail["name"], tail.start("name"), True)[0])
                and person.gender in genders
            ):  # 'When Winfrey noted "...", Adele revealed that ... "...," she said': the
                return person  # clause after the quote before, in the sentence it ends
            if (
                named is False
                and g > 0
                and (k < 0 or starts[k] < lo)
                and (person := self._main_after_quote(lo, min(gap_end, pos)))
                and person.gender in genders
            ):  # "While Couric called her ‘adorable,’ Hudson took to penning ...": Hudson
                return person
            if (
                named is False
                and g > 0
                and (k < 0 or starts[k] < lo)
                and (person := self._turned_subject(lo, min(gap_end, pos, lo + 300)))
                and person.gender in genders
            ):  # 'Roe was criticised by Lane for "...", however Ms Roe has been quick to
                return person  # respond.': Roe, the subject of the clause after the quote
            while k >= 0 and starts[k] >= lo and seen < _MAX_SENTENCES:
                seen += 1
                start = starts[k]
                # the sentence as far as this gap goes; "whole" when it all lies before pos
                limit = starts[k + 1] if k < last else len(self.text)
                if limit > gap_end:
                    limit = gap_end
                if limit <= pos and start in subjects:
                    person = subjects[start]
                elif (
                    limit > pos
                    and self.text.endswith(", ", start, pos)
                    and _PARTICIPLE_FIRST_RE.match(self.text, start)
                ):  # "Speaking in an interview with Radio Gold's host, Peter Bamfoh, ...,
                    person = None  # he noted": the participle's subject is his, from before
                elif (
                    self.text.startswith(_LINK_LINES, start)  # "Also Read | Man Held"
                    or self.text[start] in "O("
                    and self._topic_line(start)
                    or self.text.startswith(("A ", "An "), start)  # "A Good Result", a
                    and _ARTICLE_HEADING_RE.match(self.text, start)  # post's title
                ):
                    person = subjects[start] = None
                else:
                    person = self._subject_of(start, min(limit, pos), None, depth + 1)
                    if person is not None and self._caption(start):
                        person = None
                    if limit <= pos:
                        subjects[start] = person
                if limit <= pos and person is not None:
                    if start not in self._turned:
                        self._turned[start] = self._turned_subject(start, limit)
                    turned = self._turned[start]
                    person = turned if turned is not None and turned.gender in genders else person
                    if person.gender is None and len(genders & _GENDERED) == 1:  # "Jo Cagayare says
                        if start not in self._reported:  # Ms Abdullahi broke down": "she" is her
                            self._reported[start] = self._reported_subject(start, limit)
                        reported = self._reported[start]
                        if reported is not None and reported.gender in genders - {None}:
                            person = reported
                if named and person is not None:
                    person = self._named(person)
                if (
                    limit <= pos
                    and person is not None
                    and person.gender in genders
                    and (aside := self._aside_speaker(start, limit)) is not None
                    and aside is not person
                    and aside.gender in genders
                ):  # "Sanogo gifted them a lead, with the side, Klopp admits, simply not good
                    person = aside  # enough. '...,' he told reporters": Klopp, who spoke
                if person is not None and person.gender in genders:
                    return person
                if limit <= pos and (person is None or person.gender == NEUTER):
                    person = self._clause_speaker(start, limit)  # "The union asked for
                    if person is not None and person.gender in genders:  # more, and Roe
                        return person  # said ...": Roe
                    if person is None and k == bisect_right(starts, pos) - 2:
                        person = self._one_named(start, limit)  # "Some people kept dancing
                        if person is not None and person.gender in genders:  # while Moises
                            return person  # Torres played on. '...,' he told AP": Torres
                k -= 1
            if g > 0 and g - 1 not in self._owned:
                person = self.speakers[g - 1]
                if (
                    person is None
                    and k >= 0
                    and seen < _MAX_SENTENCES
                    and starts[k] < gaps[g - 1][1]
                    and (k == last or starts[k + 1] > lo)
                ):  # a quote of no one's inside a sentence: "... collected signatures
                    # 'by the bucket load' ..., reports organiser Edward Holmes.": his
                    end = min(pos, gap_end, starts[k + 1] if k < last else len(self.text))
                    if (starts[k], end) in self._straddled:
                        person = self._straddled[starts[k], end]
                    else:
                        person = self._subject_of(starts[k], end, None, depth + 1)
                        self._straddled[starts[k], end] = person
                if named and person is not None:
                    person = self._named(person)
                if person is not None and person.gender in genders:
                    return self._over_asker(g, person, genders)
            g -= 1
        return None

    def _over_asker(self, g: int, person: Person, genders: frozenset[str]) -> Person:
        """The speaker of quote ``g - 1`` that a pronoun after it means, unless that quote
        is a word or two asked in a clause on the one spoken to, right after a quote of
        another of the same gender: '"...," Adele replied to the woman, who asked if she
        would "try". "No, I don't want to try!" she quipped': Adele, not the woman."""
        gaps = self.gaps
        if g < 2 or gaps[g][0] - gaps[g - 1][1] > 40 or gaps[g - 1][1] - gaps[g - 1][0] > 200:
            return person
        other = self.speakers[g - 2]
        if (
            other is None
            or other is person
            or other.gender not in genders
            or self.text.find(", who asked ", gaps[g - 1][0], gaps[g - 1][1]) == -1
            or self.sentence_start(gaps[g - 1][1]) > gaps[g - 1][0]
        ):
            return person
        return other

    def _job_before(self, person: Person, lo: int, hi: int) -> str:
        """The word the text puts right before ``person``'s name in text[lo:hi]:
        "reporter" of "Euronews reporter Darren McCaffrey"."""
        at = self.text.find(person.name, lo, hi)
        return _word_before(self.text, at) if at != -1 else ""

    def _turned_subject(self, start: int, end: int) -> Person | None:
        """The subject of the sentence's last clause after "but", "while" or "however":
        "Juncker had said that ..., but Winterstein did not provide clues." ("He said ...":
        Winterstein, the later one)."""
        text: str = self.text
        if (
            text.find(" but ", start, end) == -1
            and text.find(" while ", start, end) == -1
            and text.find(" however ", start, end) == -1
        ):
            return None  # (a quick test first)
        turns = list(_CLAUSE_TURN_RE.finditer(text, start, end))
        return self._name_then_verb(turns[-1].end(), end) if turns else None

    def _reported_subject(self, start: int, end: int) -> Person | None:
        """The subject of the clause a sentence's cue reports: "Jo Cagayare says in the
        middle of the interview Ms Abdullahi broke down": Ms Abdullahi."""
        said = _SAYS_CLAUSE_RE.search(self.text, start, end)
        return self._name_then_verb(said.end(), end) if said is not None else None

    def _main_after_quote(self, lo: int, hi: int) -> Person | None:
        """The subject of a sentence's main clause that starts right after a quote ending
        its opening clause: "While Couric called the star ‘adorable,’ Hudson took to
        penning a paragraph": Hudson."""
        text = self.text
        begins = self.sentence_start(lo - 1)
        first = text[begins : begins + 12].split(" ", 1)[0]
        if first not in _SUBORDINATORS or text[lo - 2 : lo + 1].find(",") == -1:
            return None
        return self._name_then_verb(lo + 1 + (text[lo] == ","), hi)

    def _name_then_verb(self, at: int, hi: int) -> Person | None:
        """The person named at ``at`` as a clause's subject: a name, then a word in lower
        case (its verb)."""
        named = MENTION_RE.match(self.text, at, hi)
        if (
            named is None
            or named.lastgroup != "name"
            or not self.text[named.end() + 1 : named.end() + 2].islower()
        ):
            return None
        return self.resolve("name", named.group(), named.start(), tied=True)[0]

    def _turn_person(self, speaker: str) -> Person:
        """The person a turn's label names: one the text knows, or the same one each time
        (its office is then looked for once: "Prime Minister", the "A:" of a Q&A)."""
        return self.people.lookup(speaker) or self._roles.setdefault(speaker, Person(speaker))

    def _one_named(self, start: int, end: int) -> Person | None:
        """The one person a sentence whose subject is no one names (in a clause of its own:
        "Some people kept dancing while Moises Torres played on")."""
        if not self.text[start:end].rstrip().endswith("."):
            return None  # (a heading's words are no clause: "A Courtroom Forever Changed")
        found = {
            person
            for m in MENTION_RE.finditer(self.text, start, end)
            if m.lastgroup == "name"
            and " " in m.group()
            and _word_before(self.text, m.start()) in _CLAUSE_JOINS
            and (person := self.resolve("name", m.group(), m.start(), tied=True)[0]) is not None
            and person.gender != NEUTER
        }
        return found.pop() if len(found) == 1 else None

    def _clause_speaker(self, start: int, end: int) -> Person | None:
        """The one a later clause of the sentence at ``start`` names as speaking: "The
        union asked for more, and Roe said ...": Roe; or as its subject, when the sentence's
        own is a thing: "The street was closed as Governor Jo Roe arrived." (read once per
        sentence)."""
        if start not in self._clauses:
            said = (
                CLAUSE_SPEAKER_RE.search(self.text, start, end)
                or SUBCLAUSE_SUBJECT_RE.search(self.text, start, end)
                or SAID_NAME_TAIL_RE.search(self.text, start, end)  # "Fire shot through the
            )  # roof, according to Fire Chief Tony Goller.": his account
            self._clauses[start] = (
                None
                if said is None
                else self.resolve("name", said["name"], said.start("name"), True)[0]
            )
        return self._clauses[start]

    def _aside_speaker(self, start: int, end: int) -> Person | None:
        """The one a later clause of the sentence at ``start`` names with a cue of theirs:
        "Sanogo scored, Klopp admits, ...": Klopp (read once per sentence)."""
        if start not in self._asides:
            said = ASIDE_SPEAKER_RE.search(self.text, start, end)
            if said is not None and last_cue(self.text, start, said.start()) is not None:
                said = None  # (the subject spoke first: "Roe said X, Lee agreed")
            if said is None:  # "The suspect asked a clerk a question, said McManus": his
                said = SAID_NAME_TAIL_RE.search(self.text, start, end)
            if said is not None and self.text.find(_REPRESENTED, start, said.start()) != -1:
                said = None  # (not "Sirika, who was represented by ..., Akin Olateru urged":
                # the one who stood in for him)
            role = (
                _ROLE_ASIDE_RE.search(self.text, start, end)
                if said is None and self.text.find(", the ", start, end) != -1  # (quick test)
                else None
            )
            self._asides[start] = (
                self._role(role["role"], role.start("role"))[0]  # "Kate flew to the
                if role is not None and role["role"] in ROLE_WORDS  # Maldives, the friend
                else None  # said, but ...": the friend's account
                if said is None
                else self.resolve("name", said["name"], said.start("name"), True)[0]
            )
        return self._asides[start]

    def _caption(self, start: int) -> bool:
        """Whether the sentence at ``start`` is a photo's caption, whose names are no one
        the next words are about: its line ends in a credit ("Newly elected Deputy
        Prime Minister Carmel Sepuloni and Prime Minister Chris Hipkins. Photo: RNZ / Samuel
        Rillstone"), or it is a line of names alone ("Carmel Sepuloni and Chris Hipkins"),
        no sentence."""
        text: str = self.text
        if text[start - 1 : start] not in "\n":
            return False  # (a caption is a paragraph of its own)
        end = text.find("\n", start, start + 400)  # (a caption is short)
        if end == -1 and (end := len(text)) - start > 400:
            return False
        tail = text[max(start, end - 70) : end]
        if ("Photo" in tail or "Picture" in tail or "Image" in tail) and _CAPTION_CREDIT_RE.search(
            tail
        ):
            return True
        line = text[start:end] if end - start < 100 and text[end - 1].isalpha() else ""
        if (
            line
            and (
                text.startswith("By ", start)
                or text.startswith("By ", text.rfind("\n", 0, start - 1) + 1)
            )
            and all(w[:1].isupper() for w in line.split()[:5])
        ):
            return True  # "By Jim Tharpe\nPolitiFact Georgia": a byline and its outlet
        return (" and " in line or ", " in line) and _NAMES_LINE_RE.fullmatch(line) is not None

    def _topic_line(self, start: int) -> bool:
        """A quote sheet's line that names what the quote below it is about ("On the play
        of Omar Gonzalez, who scored:"): whoever it names is not the speaker. (Not "On
        Monday, Roe said:", whose cue comes right before the colon.) Or the question in
        brackets, on its line or before the answer: "(On how the quarterbacks practised)"."""
        text: str = self.text
        if (start and text[start - 1] != "\n") or not text.startswith(_TOPIC_OPENERS, start):
            return False
        if text[start] == "(":
            close = text.find(")", start, start + 300)
            rest = text[close + 1 : close + 4].lstrip(" \t")[:1] if close != -1 else "x"
            return rest in ("", "\n", '"', "“", "‘", "'")
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        line = text[start:end].rstrip()
        return line.endswith(":") and (
            text.startswith(_TOPIC_QUESTIONS, start + 3)  # "On what coach Jo Roe said:"
            or last_cue(text, max(start, start + len(line) - 25), start + len(line)) is None
        )

    def _in_title(self, pos: int) -> bool:
        """Whether ``pos`` is inside a quoted title ("'Face the Nation'")."""
        titles = self.titles
        if not titles or pos >= titles[-1][1]:
            return False  # the common case: after the last title
        k = bisect_right(titles, (pos, len(self.text))) - 1
        return k >= 0 and pos < titles[k][1]

    def named_later(self, role: Person) -> Person | None:
        """The person whose office a role names, when the text names them with it
        ("the health minister", then "Health Minister Steven Miles"); once per role. One of
        many ("a governor") holds no office named so, but may open the story."""
        if role not in self._named_later:
            self._named_later[role] = (
                self._lede_named(role) if role in self.one_of else self._holder_named(role)
            )
        return self._named_later[role]

    def _lede_named(self, role: Person) -> Person | None:
        """ "A WIDOW has paid tribute to ...", then "Jean Piper, 82, ... said": the one a
        paragraph's first words bring in by a role, whom the next paragraph names with an
        age, as local news opens a story."""
        text = self.text
        lede = re.search(rf"(?:^|\n)[ \t]*An? {re.escape(role.name)}\b", text[:1000], re.I)
        end = text.find("\n", lede.end()) if lede is not None else -1
        named = _AGED_NAME_RE.match(text, end) if end != -1 else None
        if named is None:
            return None
        return self.resolve("name", named["name"], named.start("name"), tied=True)[0]

    def _holder_named(self, role: Person) -> Person | None:
        office = role.name.rpartition("'s ")[2].rpartition("’s ")[2]
        if not is_office(office):
            return None
        person = self.people.lookup(f"the {office}")
        if person is role:
            person = None
        head = office.partition(" of ")[0].rsplit(" ", 1)[-1].lower()
        heads = (
            head,
            *(short for short, full in _SHORT_OFFICES.items() if full == head),
            *(full for short, full in _SHORT_OFFICES.items() if short == head),
        )
        if person is None:  # "minister Steven Miles": the one minister the text names
            own = set(office.lower().split())  # a "chief minister" is no "Federal Minister"

            domain = office.lower().partition(" of ")[2]
            side = {w.lower() for w in office.split() if not w.isupper()}  # "kiwi" of "Kiwi
            side -= OFFICE_WORDS | _OFFICE_MODIFIERS  # skipper" (not "KP" of "KP Chief Minister")

            def holds(alias: str) -> bool:  # ("chief minister of X" holds "minister", but
                title, _, of = alias.partition(" of ")  # a director of X no director of Y,
                title = title.partition(" for ")[0]  # nor a spokesperson for the Secretary-
                # General the Secretary-General)
                words = set(alias.split())
                other = words - OFFICE_WORDS - _OFFICE_MODIFIERS  # (nor the Sri Lanka
                return (  # skipper the Kiwi skipper)
                    title.endswith(heads)
                    and not (domain and of and of != domain)
                    and not words & _OFFICE_MODIFIERS - own
                    and own & _RANKS <= words  # nor is a plain minister a chief minister
                    and not (
                        side and other and not any(_same_place(a, b) for a in side for b in other)
                    )
                )

            def clash(alias: str) -> bool:  # "cleveland-cliffs ceo" for "Tesla CEO"
                other = set(alias.split()) - OFFICE_WORDS - _OFFICE_MODIFIERS
                return (
                    alias.endswith(heads)
                    and bool(other)
                    and not any(_same_place(a, b) for a in side for b in other)
                )

            found = [
                p
                for p in self.people.people
                if p is not role
                and any(map(holds, p.aliases))
                and not (side and any(map(clash, p.aliases)))
            ]
            person = found[0] if len(found) == 1 else None
        if person is None:  # "Parliament speaker Wolfgang Schaeuble"
            names = set()
            text: str = self.text
            other = _OFFICE_MODIFIERS - set(office.lower().split())
            ranks = set(office.lower().split()) & _RANKS  # a chief justice is no Justice Roe
            firm = {w.lower() for w in office.split() if not w.isupper()}  # (the Tesla CEO is
            firm -= OFFICE_WORDS | _OFFICE_MODIFIERS  # no Cleveland-Cliffs CEO Jo Roe)
            for form in {head, head.capitalize(), head.title()}:  # found at C speed
                k = text.find(form)
                while k != -1:
                    if (
                        not (k and text[k - 1].isalnum())
                        and (not ranks or _word_before(text, k).lower() in ranks)
                        and _word_before(text, k).lower() not in other  # (the Home Minister
                        and (
                            not firm
                            or any(_same_place(_word_before(text, k).lower(), f) for f in firm)
                        )  # ("China's leader Xi Jinping" is "the Chinese leader")
                        and (name := _NAME_AFTER_RE.match(text, k + len(form)))  # is no Prime
                    ):  # Minister Najib Razak)
                        names.add(name[1])
                    k = text.find(form, k + 1)
            found = {self.people.lookup(n) for n in names} - {None}
            person = found.pop() if len(found) == 1 else None
        if person is None or self._is_role(person) or person in self.unnamed:
            return None
        if role.gender in _GENDERED and person.gender in _GENDERED and role.gender != person.gender:
            return None  # "she" made the role a woman: not the man who holds the office
        return person

    def _is_role(self, person: Person) -> bool:
        return self._roles.get(person.name) is person

    def _named(self, person: Person) -> Person | None:
        """A role stands for its principal ("a lawyer for Jo Roe": Jo Roe), or no one."""
        return self._principals.get(person) if self._is_role(person) else person

    def _author_before(self, pos: int) -> Person | None:
        """Who made "the post" at ``pos``: the subject of the last sentence just before it
        that says someone posted, wrote or issued something."""
        made = list(_MADE_RE.finditer(self.text, max(0, pos - 600), pos))
        for m in reversed(made):
            person = self._subject_of(self.sentence_start(m.start()), m.start(), tied=True)
            if person is not None and person.gender in _PEOPLE and not self._is_role(person):
                return person
        return None

    def _statement_head(self, open_mark: int) -> Found | None:
        """A quote under a line that heads it as someone's statement: "Hamas statement on
        ceasefire in full"."""
        text: str = self.text
        end = text.rfind("\n", 0, open_mark)
        if end == -1 or text[end + 1 : open_mark].strip():
            return None
        head = _STATEMENT_HEAD_RE.match(text, text.rfind("\n", 0, end) + 1, end)
        if head is None:
            return None
        person, why = self.resolve("name", head["name"], head.start("name"), tied=True)
        if person is None:
            return None
        return (
            person,
            head.span("name"),
            None,
            None,
            f"{why}, whose statement the line above heads",
            0.8,
        )

    def _introduced(self, open_mark: int) -> Found | None:
        """A quote that opens its paragraph after one that ends "Jane Roe said:"."""
        text: str = self.text
        colon = text.rfind(":", max(0, open_mark - 200), open_mark)
        comma = text.rfind(",\n", max(0, open_mark - 200), open_mark)
        if comma > colon and not text[comma + 1 : open_mark].strip(" \t\n>"):
            lo = self.sentence_start(comma)  # "the prosecution might say,\n\n'...'": a cue
            cue = last_cue(text, lo, comma)  # that ends its line with a comma
            if cue is None or not DIRECT_RE.fullmatch(text, cue.end(), comma + 1):
                return None
            return self._from_cue(cue, lo, comma + 1)
        dash = max(text.rfind(f"{d}\n", max(0, open_mark - 200), open_mark) for d in "-–—")
        if dash > colon and not text[dash + 1 : open_mark].strip():
            lo = self.sentence_start(dash)  # "to which Mehta quipped-\n\n'...'": a dash
            cue = last_cue(text, lo, dash)  # for a colon
            if cue is None or text[cue.end() : dash].strip():
                return None
            return self._from_cue(cue, lo, dash + 1)
        if colon < 0 or text[colon + 1 : open_mark].strip(" \t\n>"):
            return None  # (a quote set off as "> ..." below its colon is introduced too)
        lo = max(self.sentence_start(colon), self.gaps[-1][0] if self.gaps else 0)  # (not in
        # the quote before: '“... I have the best team ...,” Kerber told and added:')
        if (
            "quot" in text[lo:colon]
            and (of := _QUOTE_OF_RE.search(text, lo, colon))
            or " from " in text[lo:colon]
            and (of := _MESSAGE_OF_RE.search(text, lo, colon))
        ):
            person, why = self.resolve("name", of["name"], of.start("name"), tied=True)
            if person is not None:  # "King’s favorite quote of Lincoln’s may well be the
                why = f"{why}, whose words the line above announces"  # following, which he
                return person, of.span("name"), None, None, why, 0.75  # has repeated:"
        cue = last_cue(text, lo, colon)
        if cue is not None and not DIRECT_RE.fullmatch(text, cue.end(), colon + 1):
            # "Here is how a spokesman has reported the call (courtesy of X):"
            if text[colon + 1 : colon + 2] == "\n" and (
                found := self._from_cue(cue, lo, colon + 1)
            ):
                return found
        if (
            cue is None
            and (m := NAME_END_RE.search(text, max(lo, colon - 60), colon)) is not None
            and _WORDS_FROM_RE.search(text, max(lo, m.start() - 30), m.start())
            and (person := self.resolve("name", m["name"], m.start(), tied=True)[0])
        ):  # "That prompted this rebuke from Rory McIlroy:" and his words below
            why = f"'{m['name']}' -> {person.name}, whose words the line above announces"
            return person, m.span(), None, None, why, 0.7
        if (
            cue is None
            and (owned := SPEECH_OWNER_RE.search(text, lo, colon)) is not None
            and not owned["role"]
            and (person := self.resolve("name", owned["name"], owned.start(), tied=True)[0])
        ):  # "Curnin's stage patter ... reaching its zenith with:" and his words below
            why = f"{person.name}'s {owned['speech']}, which the line above announces"
            return person, owned.span("name"), None, None, why, 0.7
        if cue is None or not DIRECT_RE.fullmatch(text, cue.end(), colon + 1):
            heading = self._heading(lo, colon)
            if (
                heading is None
                and cue is None
                and text[colon + 1 : colon + 2] == "\n"
                and not self._topic_line(lo)  # (not "On trapping Dennis Schroder:")
                and not text.startswith(_TOPIC_OPENERS, lo)
                and not _STATEMENT_SENT_RE.search(text, lo, colon)  # (see _alone)
                and (person := self._subject_of(lo, colon, tied=True)) is not None
                and person.gender != NEUTER
            ):  # "Rangers' manager expressed delight at the arrival:" and the quote below
                why = f"{person.name} is the subject of the sentence the colon ends"
                return person, None, None, None, why, 0.6
            if heading is None:
                return None
            person, span, why = heading
            return person, span, None, None, f"{why} in a heading", 0.85
        found = self._from_cue(cue, lo, colon + 1)
        if found is None and _FIRST_PERSON_SUBJECT_RE.match(text, lo):
            why = f"'{cue.group()}:' in a sentence whose speaker, 'I' or 'we', is not named"
            return None, None, cue.group(), cue.span(), why, 0.3
        return found

    def _answer(self, span: Span, previous: Quote | None, asked: int = -1) -> Found | None:
        """A quote under a question or a topic on the line above, as a Q&A prints its
        answers: the previous answer's speaker, or for the first, the one "here's what X
        had to say" names. ``asked``: where a question in capitals starts, on the
        quote's own line; its first answer is by the one named last before it."""
        text: str = self.text
        open_mark = end = span.open_mark
        while end > 0 and text[end - 1] in " \t\n":  # (a blank line between)
            end -= 1
        question = text[max(text.rfind("\n", 0, end) + 1, asked) : end]
        topic = question.startswith("On ") and len(question) < 80 and question[-1].isalnum()
        if not (question.endswith("?") or topic or asked >= 0) or any(
            c in question for c in '"“”„«»'
        ):
            return None  # (a topic: "On his emotions after winning")
        kind = "question" if question.endswith("?") else "topic"
        self._answers.add(span.start)
        if previous is not None and previous.speaker and previous.start in self._answers:
            person = self.speakers[-1]
            why = f"answers the {kind} above, as {previous.speaker} did the one before"
            return person, None, None, None, why, 0.6
        intros = list(HAD_TO_SAY_RE.finditer(text, max(0, open_mark - 1_000), open_mark))
        if not intros and asked >= 0 and (person := self._walk(asked, 0, _PEOPLE)):
            return person, None, None, None, f"answers the {kind} before it, to {person.name}", 0.5
        if (
            not intros
            and kind == "question"
            and (person := self._walk(text.rfind("\n", 0, end) + 1, 0, _PEOPLE, named=True))
        ):  # the first answer of an interview: by the one the text is about before the
            why = f"answers the question above, to {person.name}, named before it"  # question
            return person, None, None, None, why, 0.5  # (not "David Moyes" the question names)
        if not intros:
            return None
        intro = intros[-1]  # the last one before the quote
        if intro["role"]:
            person, why = self._role(intro["role"], intro.start("role"))
        else:
            person, why = self.resolve("name", intro["name"], intro.start("name"), tied=True)
        if person is None:
            return None
        why = f"{why}: answers the {kind} above, after '{intro.group()}'"
        return person, intro.span(intro.lastgroup), None, None, why, 0.6

    def _called_on(self, span: Span, previous: Quote | None) -> Found | None:
        """A quote in the paragraph under an unattributed question that calls on someone
        ('"Coach, will you take the win?"' then '"Sure."'): the one called on answers."""
        if previous is None or previous.speaker is not None or not previous.text.endswith("?"):
            return None
        between = self.text[previous.end : span.open_mark]
        called = _CALLED_ON_RE.match(previous.text)
        if called is None or between.count("\n") < 1 or between.strip(" \n\t\"”'’"):
            return None
        who, at = called[1], previous.start
        if who.lower() in ROLE_WORDS:
            person, why = self._role(f"the {who.lower()}", at)
        else:
            person, why = self.resolve("name", who, at, tied=True)
        if person is None:
            return None
        return person, None, None, None, f"{why}: called on by the question above", 0.5

    def _after_sentence(self, open_mark: int) -> Found | None:
        """A quote that follows a sentence about someone in its paragraph, with no cue of
        its own: theirs ("Next, Hitt recalls the race. '...'"); the sentence may be the
        one before a question ("Blair says ... Was it lawful? '...'")."""
        starts = self.sentence_starts
        last = bisect_left(starts, open_mark) - 1
        for k in (last, last - 1):
            if k < 0 or starts[k] < self.gaps[-1][0] or "\n" in self.text[starts[k] : open_mark]:
                return None  # a quote in the sentence, or another paragraph
            end = starts[k + 1] if k + 1 < len(starts) else open_mark
            tied = last_cue(self.text, starts[k], end) is not None  # "Blair says ..."
            person = self._subject_of(starts[k], end, tied=tied)
            if person is not None or self.text[end - 2 : end - 1] != "?":
                break
        if (
            person is not None
            and person.gender in _PEOPLE
            and (not self._is_role(person) or self.text.startswith(("She ", "He "), starts[k]))
        ):  # (a role too when a pronoun stands for it: "She looked up. '...'", of "his mom")
            return person, None, None, None, f"a quote after a sentence about {person.name}", 0.5
        before = self.speakers[-1] if self.speakers else None
        if (
            before is not None
            and k == last
            and (person is None or self._is_role(person))
            and (line := self.text.rfind("\n", 0, open_mark) + 1) > self.gaps[-1][0]
            and self.text.count("\n", self.gaps[-1][0], line) <= 2
            and _PASSIVE_RE.search(self.text, line, open_mark)
            and all(
                m.lastgroup == "title" or m.group() in STOP_WORDS
                for m in MENTION_RE.finditer(self.text, line, open_mark)
            )
        ):  # '"...," said Reese.\nTo get it done, a hypnotist was called in. "That helped
            why = f"no cue: goes on from the quote before by {before.name}, across a sentence"
            return before, None, None, None, f"{why} that names no one", 0.4  # me a lot."'
        return None

    def _cited(self, pos: int) -> Found | None:
        """A sentence that ends by naming its source in brackets, as blurbs and reviews are
        cited: "'Breezy ... irresistible' this memoir is ... (Entertainment Weekly)."."""
        k = bisect_right(self.sentence_starts, pos)
        end = self.sentence_starts[k] if k < len(self.sentence_starts) else len(self.text)
        if self.text.find("(", pos, end) == -1:  # (a quick test)
            return None
        cited = _CITED_RE.search(self.text, pos, end)
        if cited is None or cited["source"] in NOT_PERSON_WORDS:
            return None  # (not a headline's "(Update)")
        person, why = self.resolve("name", cited["source"], cited.start("source"), tied=True)
        if person is None:
            return None
        return person, cited.span("source"), None, None, f"{why}, cited in brackets after it", 0.6

    def _lede(self, pos: int) -> Found | None:
        """A story that opens with a quote and names its speaker next: '"We have rung the
        alarm bell." / WHO chief Tedros Adhanom declared ... but said ...'"""
        starts = self.sentence_starts
        k = bisect_right(starts, pos)
        if k >= len(starts):
            return None
        lo = starts[k]
        if self.text[lo : lo + 1] in _OPENING_MARKS:
            return None  # another quote next: the names in it are no speaker's
        hi = starts[k + 1] if k + 1 < len(starts) else len(self.text)
        cue = last_cue(self.text, lo, hi)
        person = self._subject_of(lo, cue.start()) if cue is not None else None
        if person is None:
            return None
        why = f"the text opens with it; {person.name}, named next, {cue.group()}"
        return person, None, None, None, why, 0.5

    def _role_above(self, open_mark: int) -> Found | None:
        """ "Reporter" alone on the line above a quote, as a TV news transcript labels a
        question (or "Narrator", "Interviewer")."""
        end = self.text.rfind("\n", 0, open_mark)
        while end > 0 and self.text[end - 1] in "\n ":
            end -= 1
        above = self.text[self.text.rfind("\n", 0, end) + 1 : end]
        if above not in _ROLE_LABELS:
            return None
        person, why = self._role(above.lower(), end - len(above))
        return person, (end - len(above), end), None, None, f"{why}: the line above", 0.6

    def _alone(self, open_mark: int) -> Found | None:
        """A paragraph that is only a quote: the last one named, as a subject or a speaker,
        or else anyone named just before ("the key quotes from Mayor Ines Park's speech:");
        but a statement announced just before is its sender's ("the ministry issued this
        statement")."""
        near = self.text[max(0, open_mark - 160) : open_mark]
        owned = (  # (a quick test first: a possessive, and what it owns)
            _OWNED_UPDATE_RE.search(self.text, max(0, open_mark - 160), open_mark)
            if ("’s " in near or "'s " in near) and _UPDATE_WORD_RE.search(near)
            else None
        )
        if owned is not None and (  # "following Jesse Marsch’s latest team news update on
            person := self.resolve("name", owned["name"], owned.start("name"), True)[0]
        ):  # Friday." then '"...'": his
            why = f"{person.name}'s {owned['what']}, announced before it"
            return person, owned.span("name"), None, None, why, 0.6
        sent = _STATEMENT_SENT_RE.search(self.text, max(0, open_mark - 300), open_mark)
        if sent is not None:
            begins = self.sentence_start(sent.start())
            person = self._subject_of(begins, sent.start(), tied=True)
            if person is not None:
                why = f"a statement {person.name} introduced ('{sent.group()}')"
                return person, None, None, None, why, 0.7
        if (
            self.text.find("statement ", max(0, open_mark - 300), open_mark) != -1
            and (
                source := _STATEMENT_FROM_SOURCE_RE.search(
                    self.text, max(0, open_mark - 300), open_mark
                )
            )
            and (person := self.resolve("name", source["name"], source.start("name"), True)[0])
        ):  # "The following is a statement from NASA Administrator Sean O'Keefe regarding"
            why = f"a statement from {person.name} announced before it"
            return person, source.span("name"), None, None, why, 0.7
        if (
            self.text.find("what was said by ", 0, 1_000) != -1  # (a quick test first)
            and (said := _SAID_BY_RE.search(self.text, 0, min(open_mark, 1_000)))
        ) and (
            person := self.resolve("name", said["name"], said.start("name"), True)[0]
        ):  # "This is a summary of what was said by Geert Cappelaere, UNICEF Regional
            why = f"{person.name}, by whom the text says what follows was said"  # Director"
            return person, said.span("name"), None, None, why, 0.7
        begins = self.sentence_start(max(0, open_mark - 2))
        issued = _ISSUER_RE.search(self.text, begins, open_mark)  # "Tinubu had in a statement
        # issued by Onanuga appealed ...\n'...'": its voice (but "the family said, in a
        # statement issued by South Wales Police": the family's)
        if issued is not None and last_cue(self.text, begins, issued.start()) is None:
            person, why = self.resolve("name", issued["name"], issued.start("name"), True)
            if person is not None:
                why = f"{why}, who issued the statement before it"
                return person, issued.span("name"), None, None, why, 0.6
        end = self.text.rfind("\n", 0, open_mark)  # the line above, past blank lines
        while end > 0 and self.text[end - 1] in "\n ":
            end -= 1
        head = _STATEMENT_OF_RE.match(self.text, self.text.rfind("\n", 0, end) + 1, end)
        who = _HEAD_TOPIC_RE.split(self.text[head.end() : end], 1)[0] if head else ""
        if head is not None and who.count(" ") < 10:  # under "Statement by Jane Roe on the
            # vote": hers (but not under "The message by CPP’s General Secretary did not go
            # down well with delegates ...", a sentence)
            who = who.rstrip(" ,")
            if _KIN_OF_RE.match(who):  # "Statement from the Family of John Doe": not his
                return None, None, None, None, f"a statement from {who}", 0.4
            person, why = self.resolve("title", who, head.end(), tied=True)
            if person is not None:
                span = (head.end(), head.end() + len(who))
                return person, span, None, None, f"{why}: the heading above", 0.7
        begins = self.sentence_start(max(0, open_mark - 2))
        if _BODY_SAID_RE.search(self.text, begins, open_mark) is not None:
            body = self._subject_of(begins, open_mark)  # "the ministry said it appreciated
            if body is not None and body.gender == NEUTER:  # ...\n'...'": the ministry
                why = f"a quote on its own after {body.name} spoke"
                return body, None, None, None, why, 0.5
        if (
            self.speakers
            and (body := self.speakers[-1]) is not None
            and body.gender == NEUTER
            and self.gaps[-1][0] > begins
            and last_cue(self.text, self.gaps[-1][0], min(self.gaps[-1][0] + 30, open_mark))
        ):  # 'Mr Gayle "doted on them", the family said, in a statement. "He was ...': the
            why = f"a quote on its own after {body.name} spoke"  # family's, whose words
            return body, None, None, None, why, 0.5  # end the sentence before
        person = self._walk(open_mark, 0, _PEOPLE)
        turn = self._turn_at(open_mark) if self.turns else None
        lo = max(0, open_mark - 600, turn.start if turn is not None else 0)
        if (
            person is not None
            and turn is not None
            and self.text.find(person.name.rsplit(" ", 1)[-1], turn.start, open_mark) == -1
        ):  # (none before a turn's words: "Jo Roe Portrait ...\n- Hansard - - - Excerpts")
            person = None
        if person is not None:
            why = f"a quote on its own after {person.name} was named"
            return person, None, None, None, why, 0.5
        before = self.speakers[-1] if self.speakers else None
        if (
            before is not None
            and before.gender == NEUTER
            and open_mark - self.gaps[-1][0] < 100
            and last_cue(self.text, self.gaps[-1][0], open_mark) is not None
        ):  # '"...," officials said.\n\n"During an interview ..."': theirs still
            why = f"a quote on its own, right after a quote of {before.name}"
            return before, None, None, None, why, 0.5
        for m in MENTION_RE.finditer(self.text, lo, open_mark):
            named = self.people.lookup(m.group()) if m.lastgroup != "pron" else None
            if named is None or named.gender not in _PEOPLE:
                continue
            if not self.text.startswith(_POSSESSIVE, m.end()) and self._after_preposition(
                lo, m.start()
            ):
                continue  # "Dinner with Sir Alex" is a topic; "from Mayor Park's speech" not
            person = named  # the last one
        if person is None:
            return None
        return (
            person,
            None,
            None,
            None,
            f"a quote on its own; {person.name} was named before it",
            0.4,
        )

    def _turn_at(self, pos: int) -> Turn | None:
        k = bisect_right(self._turn_starts, pos) - 1
        turn = self.turns[k] if k >= 0 else None
        return turn if turn is not None and pos <= turn.end else None

    def _addressee(self, pos: int) -> tuple[Person | None, str]:
        """'you' in an interviewer's turn: the other party of the interview."""
        here = self._turn_at(pos)
        if here is None:
            return None, "'you' outside a transcript"
        k = bisect_right(self._turn_starts, pos) - 1  # (here's: the next other's, or the
        turns = self.turns  # last other's before; a few hundred turns each way at most)
        turn = next((t for t in turns[k + 1 : k + 300] if t.speaker != here.speaker), None)
        if turn is None:
            turn = next(
                (t for t in reversed(turns[max(0, k - 300) : k]) if t.speaker != here.speaker),
                None,
            )
        if turn is None:
            return None, "'you' with no other party"
        person = self._turn_person(turn.speaker)
        return person, f"'you' in {here.speaker}'s turn -> {turn.speaker}"

    def _after_preposition(self, lo: int, start: int, end: int = 0) -> bool:
        """Whether the mention at ``start`` (to ``end``) follows a preposition ("met with
        Roe", "of the Council") and so is no subject; but "Minister of Information Jamal
        Jarrah" is, unless the mention is only the office's domain ("CEO of the Company",
        "Commissioner for Equality, Jo Roe")."""
        words = self.text[max(lo, start - 48) : start].split()
        if (
            words
            and self.text.startswith("the ", start)
            and words[-1].isalpha()
            and words[-1].islower()
            and words[-1] not in PREPOSITIONS
            and words[-1] not in _A_THE
        ):
            return False  # "In a statement the Moores say": a noun ends the phrase before
        titled = False
        for _ in range(4):  # "talks with state chief secretary Amitabh Jain", "from former
            if len(words) > 1 and words[-1].lower() in _TITLE_WORDS:  # Punjab governor X"
                del words[-1]  # (not "to the prime minister, Mr Roe said": the comma)
                titled = True
            elif titled and len(words) > 2 and words[-1].istitle() and words[-2][:1].islower():
                del words[-1]
        if len(words) > 1 and words[-1].endswith(("'s", "’s")):  # "To Channel 12's Yollan
            del words[-1]  # Cohen": the owner's name is no part of the phrase
            while len(words) > 1 and (words[-1][:1].isupper() or words[-1].isdigit()):
                del words[-1]
        if len(words) > 2 and words[-2] in _A_THE and words[-1].isalpha() and words[-1].islower():
            del words[-1]  # "a copy of the new Factory Girl DVD"
        if len(words) > 1 and words[-1] in _A_THE:
            del words[-1]  # "Match of the Day"
        if len(words) > 1 and words[-2] == "to" and words[-1].isalpha() and words[-1].islower():
            return True  # "nominated to succeed Jean-Claude Juncker": an infinitive's object
        if not words or words[-1].lower().strip(",") not in PREPOSITIONS:
            return False
        if words[-1][-1] == ",":
            return False  # "When asked, Premier Jo Roe told": no object of "asked"
        return not (
            words[-1] in ("of", "for", "and")
            and len(words) > 1
            and (
                words[-2].lower() in _ONE_WORD_OFFICES  # "President and CEO Gary Pruitt"
                or titled
                and words[-1] == "and"
                and words[-2] in ROLE_WORDS  # "PTI leader
            )  # and former Punjab minister Aleem Khan"
            and not self.text.startswith("the ", start)
            and self.text[end : end + 1] != ","
        )

    def _office_holder(self, lo: int, m: re.Match) -> str | None:
        """The person's name a run of capitalised words ends with when the run, from the
        sentence's start, names a body and an office: "U.S. Conference of Mayors
        President Sacramento Mayor Kevin Johnson" -> "Kevin Johnson"."""
        if m.lastgroup != "name" or not is_office(m.group()):
            return None
        if _TITLE_RUN_RE.fullmatch(self.text, lo, m.start()) is None:
            return None
        return _name_at_end(m.group())

    def _subject_of(
        self, lo: int, hi: int, before: int | None = None, depth: int = 0, tied: bool = False
    ) -> Person | None:
        """The first person named in text[lo:hi] who is not after a preposition.

        Only the sentence's first 160 characters are read: a subject comes early.
        ``tied``: the sentence has a speech cue, so a lone surname as its subject may be
        someone named in full nearby."""
        text: str = self.text
        if (
            text.find("/", lo, lo + 60) != -1  # (a quick test first)
            and text[lo - 1 : lo] == "\n"
            and (_CREDIT_RE.match(text, lo) or _BRACKET_CREDIT_RE.match(text, lo))
        ):  # a photo credit, "RNZ / Mark Papalii", or a caption "... (Jo Roe/PA)", or that
            return None  # alone on its line: "(Joel Ryan/AP)"
        if text.startswith(_CREDITS, lo):
            return None  # "Picture: Jono Searle", who took the photo and says nothing
        if lo < 300 and (lo == 0 or text[lo - 1] == "\n") and (signer := self._signer(lo, hi)):
            return signer  # the headline "We switched off against Juventus - Mikel": Mikel
        if self.turns and (k := bisect_left(self._turn_starts, lo)) < len(self.turns):
            if self._turn_starts[k] == lo:  # "Mr ROE: Senator Cash made statements ... She
                lo = self.turns[k].start  # said": no "she" in Roe's turn is Roe (but Cash)
        if text.startswith(_LIST_MARKS, lo):  # "– Dana was rendered almost speechless":
            lo += 2  # a list item's sentence
        if text.startswith(("U.S. ", "U.K. ", "U.N. "), lo) and text[lo + 5 : lo + 6].isupper():
            lo += 5  # "U.S. District Court Judge Jo Roe has dismissed it": the country's
            # abbreviation before an office, no one's initial
        if text[lo : lo + 2].isupper() or tied and text.startswith(_MONTHS, lo):
            dateline = _DATELINE_RE.match(text, lo, hi)  # "OSLO, March 29 (Reuters) - "
            lo = dateline.end() if dateline else lo
            if dateline and text.startswith(("U.S. ", "U.K. "), lo):
                lo += 5  # "WASHINGTON – U.S. Sen. Mark R. Warner (D-VA) issued"
        elif (
            text[lo : lo + 1].isupper()
            and (
                (place := _PLACE_COLON_RE.match(text, lo, hi))  # "Lahore, Pakistan: Expressing
                or text[lo - 1 : lo] in "\n"  # his displeasure ..."; a paragraph's dateline
                and (place := _TITLED_DATELINE_RE.match(text, lo, hi))
            )
        ):
            lo = place.end()
        if (
            text[hi - 12 : hi].rstrip().endswith((" said.", " says.", " added."))
            and (said := _SAID_LAST_RE.search(text, max(lo, hi - 200), hi)) is not None
            and (names := [*MENTION_RE.finditer(text, said.start("who"), said.end("who"))])
            and (last := names[-1]).lastgroup in ("name", "title")
            and last.end() == said.end("who")
            and (who := self.resolve(last.lastgroup, last.group(), last.start(), True)[0])
            and who.gender != NEUTER
        ):  # "The attack was a plan by Sajith Premadasa, UNP General Secretary Palitha Range
            return who  # Bandara said.": he is who says so, the sentence's subject
        joined = text.startswith(_JOINED_ROLES, lo)
        if joined:  # "And the President called for unity": the President; "But a staffer
            lo = text.index(" ", lo) + 1  # from her office says": the staffer
        if (rep := text.find(_REPRESENTED, lo, min(hi, lo + 200))) != -1:
            named = [m for m in MENTION_RE.finditer(text, max(lo, rep - 40), rep) if m.end() == rep]
            if named and named[-1].lastgroup == "name":  # "Speaking on ..., Sirika, who was
                person = self.resolve("name", named[-1].group(), named[-1].start(), True)[0]
                if person is not None:  # represented by the Commissioner ..., Akin Olateru
                    return person  # urged": Sirika's words, read for him
        if _INTRO_OR_PARTICIPLE_RE.match(text, lo):
            lo = _main_clause(text, lo, hi)  # "Asked about Jo Roe, Minister for X, the
            # governor said": the governor; "Looking at his squad, ..., Al Lee did his best"
        elif text.startswith(("As we ", "As I "), lo) and (aside := _ASIDE_RE.match(text, lo, hi)):
            lo = aside.end()  # "As we posted earlier, Obama ...": the writer's aside
        end = min(hi if before is None else before, lo + 160)
        if (text.find("’s ", lo, lo + 60) != -1 or text.find("'s ", lo, lo + 60) != -1) and (
            owned := _OWNED_POST_RE.match(text, lo, end)
        ) is not None:
            person = self.resolve("name", owned["name"], lo, tied=True)[0]
            if person is not None:  # "Rio’s latest Instagram post – captioned: ‘...’": Rio's
                return person
        this = text.startswith("This is according to ", lo)  # "This is according to
        if (this or text.startswith("According to ", lo)) and before is None:  # governor Jo
            at = lo + (21 if this else 13)  # Roe who said"
            while (word := _LOWER_WORD_RE.match(text, at, end)) and word[0] in OFFICE_WORDS:
                at = word.end() + 1  # (past "governor": "According to governor Jo Roe,")
            source = MENTION_RE.match(text, at, end)  # "According to Roe, the command had"
            if (
                source
                and source.lastgroup == "name"
                and (this or text[source.end()] == ",")  # Roe (but "According to Vanguard,
                and not AFTER_QUOTE_SPEAKER_RE.match(text, source.end() + 1, end)  # Wike
            ):  # said": Wike)
                person = self.resolve("name", source.group(), source.start(), tied=True)[0]
                if person is not None:  # Roe
                    return person
            role = _SOURCE_ROLE_RE.match(text, lo + 13, end)  # "According to the diplomat,
            if role is not None and role["role"] in ROLE_WORDS:  # Xi ...": the one named
                person = self._walk(lo, depth + 1, _PEOPLE, named=True)  # before
                if person is not None:
                    return person
        if (
            before is None
            and text.find(", according to ", lo, hi) != -1
            and (source := _TRAILING_SOURCE_RE.search(text, lo, hi)) is not None
            and (person := self.resolve("name", source["name"], source.start("name"), True)[0])
        ):  # "So how did Maria react, according to Mildred?": in Mildred's words
            return person
        if text.startswith(("To ", "But to "), lo) and (
            (source := MENTION_RE.match(text, lo + (3 if text[lo] == "T" else 7), end))
            and source.lastgroup == "name"
            and text[source.end()] == ","
        ):  # "But to Nana Akomea, the statements have been misconstrued": in his view
            raw = source.group()
            if (
                self.people.lookup(raw)
                or raw.split(" ", 1)[0] in GIVEN_NAME_GENDER
                or " " in raw
                and text.find(raw, 0, source.start()) != -1  # named before
            ):
                return self.resolve("name", raw, source.start(), tied=True)[0]
        if before is None and text.find("he ", max(lo, hi - 40), hi) != -1:  # "In which
            last = TRAILING_CUE_RE.search(text, max(lo, hi - 40), hi)  # capacity could a
            if last is not None:  # minister talk, she asked.": she, as before this sentence
                return self._pronoun(last["pron"], lo, depth)
        if (
            before is None
            and hi - lo > 40
            and (comma := text.rfind(", ", max(lo, hi - 100), hi)) != -1
        ):
            tail = None
            if text[comma + 2 : comma + 3].isupper():  # "..., spokesperson Mao Ning said on
                tail = TRAILING_NAME_RE.match(text, comma, hi)  # Thursday.": the one who
            elif text.startswith(_INVERTED_CUES, comma + 2):  # speaks; so "..., said
                stop = hi  # Trade Minister Mustapa Mohamed."; "..., reports organiser Jo Roe."
                while stop > comma and text[stop - 1] in " \n":
                    stop -= 1
                dot = text[stop - 1] == "."  # (the sentence's end, or a headline's:
                ends = dot or text.startswith("\n", stop)  # "..., says O'Neill"; not a cue's
                # start)
                run = text.index(" ", comma + 2) + 1
                if text[comma + 2] == "r":  # "reports" with the reporter's job before the
                    job = _LOWER_WORD_RE.match(text, run)  # name (not "reported Contactmusic.",
                    run, ends = (job.end() + 1, ends) if job else (run, False)  # a source)
                tail = NAME_END_RE.search(text, run, stop - dot) if ends else None
                if (
                    tail is not None
                    and not (
                        _TITLE_RUN_RE.fullmatch(text, run, tail.start())
                        or all(  # (or a role's words: "..., said WP chief Pritam Singh.")
                            w[:1].isupper() or w in ROLE_WORDS
                            for w in text[run : tail.start()].split()
                        )
                    )
                ):
                    tail = None  # (not "..., said the deal makes a difference at Christmas.")
            if tail is not None:
                person = self.resolve("name", tail["name"], tail.start("name"), tied=True)[0]
                if person is not None:
                    return person
        if (
            text.startswith("The ", lo)
            and (epithet := _EPITHET_SUBJECT_RE.match(text, lo, end)) is not None
            and (person := self._epithet(epithet["who"], lo, depth + 1)) is not None
        ):  # "The 41-year-old ended her post by ...": the one named before
            return person
        role = (
            ROLE_OPENER_RE.match(text, lo)
            or joined
            or tied
            and (_OWNER_OPENER_RE.match(text, lo) or text.startswith(("the ", "a ", "an "), lo))
        ) and role_start(text, lo, end)  # "A police spokesman", "Sweden's foreign ministry"
        if not role:  # "Speaking to reporters, a police spokesman said"
            comma = text.find(", a", lo, min(end, lo + 60))
            if (
                comma != -1
                and text.startswith(("a ", "an "), comma + 2)
                and not (
                    (named := MENTION_RE.match(text, lo, comma))
                    and (named.end() == comma or _AGE_GAP_RE.fullmatch(text, named.end(), comma))
                    and named.lastgroup == "name"
                    and (" " in named.group() or self.people.lookup(named.group()))
                )
            ):  # (not "Ibrahim Liman, a member of the militia, said": the name's apposition)
                role = role_start(text, comma + 2, end)
            elif (
                text.startswith("In ", lo)
                and (comma := text.rfind(", the ", lo, end)) != -1
                and MENTION_RE.search(text, comma, end) is None
            ):  # "In his closing argument, at five to the hour, the defense attorney said"
                role = role_start(text, comma + 2, end)
            elif (
                (comma := text.find(", ", lo, min(end, lo + 60))) != -1
                and text[comma + 2 : comma + 3].islower()
                and text[lo : lo + 1].isupper()
                and _INTRO_RE.fullmatch(text, lo, comma)
                and MENTION_RE.search(text, lo + 1, comma) is None
                and (bare := _LOWER_WORD_RE.match(text, comma + 2)) is not None
                and bare.group() in _BARE_GROUPS
            ):  # "Later, residents became angry shouting out 'rubbish'": residents
                role = role_start(text, comma + 2, end)
            elif text[lo : lo + 1].isupper() and (
                (the := text.find(", the ", lo, min(end, lo + 60))) != -1
                and _INTRO_RE.fullmatch(text, lo, the)
                or (the := text.find(" the ", lo, lo + 12)) != -1
                and _INTRO_RE.fullmatch(text, lo, the)
            ):  # "As she stepped away, the mother looked", "Then the mother looked"
                role = role_start(text, text.index("the ", the), end)
        if role:  # "A spokesperson for Mayor Roe declined ...": not Mayor Roe
            apposed = _ROLE_APPOSED_RE.match(text, role.end("role"), end)
            if apposed is not None:  # "Kaiser's chief negotiator, Jeremy Sherman, said": him
                person = self.resolve("name", apposed["name"], apposed.start("name"), True)[0]
                if person is not None:
                    return person
            if depth < 2 and (named := self._epithet_of(role["role"], lo, depth)) is not None:
                return named
            return self._role(role["role"], role.start("role"))[0]
        if (
            text.startswith("The ", lo)
            and (star := _STAR_POST_RE.match(text, lo, end)) is not None
            and (person := self._epithet(star["who"], lo, depth + 1)) is not None
        ):  # "The Sliding Doors star, 51, posted ... and said": the actress named before
            return person
        if text[lo : lo + 1] in "AT" and (
            _THING_SUBJECT_RE.match(text, lo) or _DOCUMENT_SUBJECT_RE.match(text, lo)
        ):  # "A video they recorded ... says": a thing, not "they"; "The statement said
            return None  # ... the 2023 Supplementary Appropriation ...": a paper, no one
        if text.startswith(_GROUP_WORDS, lo) and not text.startswith(_ASIDES, lo):
            return None  # "Many of our respondents stressed that they ...": a group
        if (
            _office_first(text, lo)
            and (office := OFFICE_OF_RE.match(text, lo, end)) is not None
            and (
                office["cue2"]
                or office["verb"]
                or before is not None
                and text[office.end() : end].isspace()
            )
            and (person := self._office_of(office)) is not None
        ):  # "Director-General of the World Health Organization Tedros Ghebreyesus said";
            # "General Secretary of the CPP Ivor Greenstreet descended on the party, saying"
            return person
        if (
            depth
            and text.find(" and ", lo, min(end, lo + 60)) != -1  # (a quick test first)
            and (first := MENTION_RE.match(text, lo, end)) is not None
            and first.lastgroup == "name"
            and text.startswith(" and ", first.end())
            and _JOINED_SUBJECT_RE.match(text, first.end() + 5)
            and getattr(self.people.lookup(first.group()), "gender", NEUTER) != NEUTER
        ):  # "Lavrov and his Chinese counterpart, Wang Yi, '...,' he noted": two people,
            return None  # no "he" (but the one who speaks of them)
        office_domain = ticker_end = skipped = owned = -1
        for m in MENTION_RE.finditer(text, lo, end):
            start, stop = m.span()
            if stop == end and text[end : end + 1].isalnum():
                break  # a name cut short where reading stops: "Public Order Ma"
            if text.startswith(" (", stop) and (ticker := _TICKER_RE.match(text, stop)):
                ticker_end = ticker.end()  # "Liberty Global (LBTYA) CEO Mike Fries said":
                continue  # the company's officer
            if start < ticker_end or start and text[start - 1] in "‘“\"'.":
                continue  # (nor a quote's words: "did not pronounce ‘the B-word’, she"; nor
                # "S. Secretary" of "U.S. Secretary of State John Kerry")
            if (
                text[stop : stop + 1] == "."
                and text[stop - 2 : stop - 1] == " "
                and text[stop + 1 : stop + 3].isupper()
            ):
                continue  # nor "Democratic U" of "Democratic U.S. Senate hopeful Jo Roe"
            if text.startswith(_POSSESSIVE, stop) and m.lastgroup != "pron":  # ("She's
                if (  # fond of saying": she is, no pronoun's possessive)
                    (named := _OWNED_ROLE_NAME_RE.match(text, stop, end)) is not None
                    and (who := self.resolve("name", named["name"], named.start("name"), True)[0])
                    and who.gender in _PEOPLE
                ):  # "Olsen's predecessor, Frank Moy, now retired, was blunter": Moy
                    return who
                if (
                    m.lastgroup == "name"
                    and (thing := _LOWER_WORD_RE.match(text, stop + 3)) is not None
                    and thing.group() in _CHANNELS
                    and (owner := self.resolve("name", m.group(), start, tied=True)[0])
                ):  # "Public Health England’s website said": the body speaks through it
                    return owner
                if start == lo and text.startswith("Office", stop + 3):  # "The Prime
                    name = text[start : stop + 9].removeprefix("The ")  # Minister's Office
                    return self._roles.setdefault(name, Person(name, NEUTER))  # published"
                if (
                    start == lo
                    and m.lastgroup == "name"
                    and (thing := _LOWER_WORD_RE.match(text, stop + 3)) is not None
                    and thing.group() not in ROLE_WORDS
                    and not text[thing.end() + 1 : thing.end() + 2].isupper()  # (not "Kamin’s
                    # teammate Jared Minton expressed": the name after it)
                    and (owner := self.people.lookup(m.group())) is not None
                    and owner.gender in _PEOPLE
                ):  # "Smith's anger was plain when he blasted his players": his
                    return owner
                if (
                    m.lastgroup == "name"
                    and text[stop + 3 : stop + 4].isupper()
                    and (owner := self.resolve("name", m.group(), start, tied=True)[0])
                    and owner.gender in _KNOWN
                ):  # nor is the name right after a person's: "features Stewart's Diana",
                    owned = stop + 3  # the part she plays
                continue  # a possessive is not the subject ("Roe's lawyer said")
            if start == owned:
                continue
            if self._in_title(start):
                continue  # nor "the Press" of a show
            if text.startswith(":", stop) and _OBJECT_APPOSED_RE.search(text, lo, start):
                continue  # nor "A thought went to his opponent, Alcaraz:", the object
            if start > lo and _word_before(text, start) in _OUTLET_NOUNS:
                continue  # nor "leaked to Tory-supporting website Guido Fawkes": no "he"
            if (
                text[stop : stop + 1] == " "
                and (text[stop + 1 : stop + 2].islower() or text[stop + 1 : stop + 2] == "(")
                and (word := _ROLE_AFTER_RE.match(text, stop))
                and (word["word"] in ROLE_WORDS or word["word"] in _WINNERS)
            ):
                continue  # "the Side Effects actress", "Liverpool manager Jo Roe", "Pakistan
                # Tehreek-i-Insaf (PTI) chairman Imran Khan", "Supporting Actress winner Jo Roe"
            holder = None
            if (
                start > lo
                and start != office_domain
                and self._after_preposition(lo, start)
                and not (m.lastgroup == "title" and _name_at_end(m.group()))
                and not (  # "Information and Broadcasting Minister Hasan Mahmud said"
                    m.lastgroup == "name"
                    and text.endswith(" and ", 0, start)
                    and text[lo : start - 5].istitle()
                    and is_office(m.group())
                )
                and not (m.lastgroup == "name" and _joins_domains(text, lo, start))
                and not (
                    m.lastgroup == "name"
                    and (role := _word_before(text, start)) in ROLE_WORDS
                    and _TITLE_RUN_RE.fullmatch(
                        text, max(lo, text.rfind(", ", lo, start) + 2), start - len(role) - 1
                    )
                )  # (nor "At 7 pm, Ministry of Unification spokesperson Jeong Joon-hee said")
                and not (holder := self._office_holder(lo, m))
            ):
                skipped = stop
                continue  # (but "Director of the Harbour Trust Mark Foley" is Mark Foley)
            if start == skipped + 2 and text[skipped] == "," and _office_alone(m.group()):
                skipped = stop  # "a statement by Garba Shehu, Special Adviser to the
                continue  # President": his office, after him
            if (
                start == lo
                and m.lastgroup == "name"
                and _office_alone(m.group())
                and _AND_OFFICE_RE.match(text, stop)
            ):
                continue  # "Union Minister and BJP leader Giriraj Singh said": him (not "PM
                # and President Medvedev hold talks": two)
            kind, raw = m.lastgroup, m.group()
            if holder:  # "U.S. Conference of Mayors President Sacramento
                raw, start = holder, stop - len(holder)  # Mayor Kevin Johnson issued": him
            if kind == "name" and (nick := _NICKNAMED_RE.match(text, stop, end)) is not None:
                raw, stop = f"{raw} {nick['surname']}", nick.end()  # 'Jose “Chepo” Reynoso'
                raw = raw.title() if raw.isupper() else raw  # ('JOSE “CHEPO” REYNOSO')
            if kind == "name" and raw.startswith("But ") and raw[4:5].isupper():
                raw, start = raw[4:], start + 4  # "But Kavanaugh said": Kavanaugh
            if (
                text[stop : stop + 1] == "."
                and (dotted := _DOTTED_RE.match(text, stop - 1))
                and CUE_RE.match(text, dotted.end())
            ):  # "The U.N. said": the U.N. (not "U.S. coach Pia Sundhage")
                person = self.people.person(dotted["abbr"], lone_surname=True)
                if person is not None:
                    return person
            if text.startswith((" for ", " of "), stop) and raw.lower() in OFFICE_WORDS:
                office_domain = text.find(" ", stop + 1) + 1  # "Minister for Defence Jo
                continue  # Roe": the name comes after the office and its domain
            if (
                kind == "name"
                and start == lo
                and text.startswith(" and ", stop)
                and _office_alone(raw)
                and (holder := _AND_HOLDER_RE.match(text, stop + 5, end)) is not None
                and (person := self.resolve("name", holder["name"], holder.start("name"), True)[0])
            ):  # "Union Health Minister and BJP president JP Nadda also blasted": him
                return person
            comma = stop
            if kind == "title" and (qualified := _TITLE_QUALIFIER_RE.match(text, stop, end)):
                comma = qualified.end()  # "The Director of Information in the ministry, Dr
                # Joel Oruche, made this known": him
            if kind == "name" and start == lo and _office_alone(raw):  # "Federal Minister
                domain = _DOMAIN_RE.match(text, stop, end)  # for Education, Rana Tanveer
                comma = domain.end() if domain else stop  # Hussain has held": him
                run = _DOMAIN_RUN_RE.match(text, stop, end)
                if run is not None and run["given"] in GIVEN_NAME_GENDER:
                    kind, raw, start = "name", run["name"], run.start("name")  # "Senior
                    # Parliamentary Secretary for Social and Family Development, and
                    # Culture, Community and Youth Eric Chua called out": him
            if (
                (
                    kind == "title"
                    or comma > stop
                    or kind == "name"
                    and (_office_alone(raw) or raw.rsplit(None, 1)[-1].lower() in ROLE_WORDS)
                )  # ("Super Eagles Head Coach, José Peseiro on Thursday expressed")
                and text.startswith(", ", comma)
                and (named := MENTION_RE.match(text, comma + 2, end)) is not None
                and named.lastgroup == "name"
                and " " in named.group()
                and text[named.end() : named.end() + 1] in (",", " ")
                and not is_office(named.group())
            ):  # "The Chief Executive Officer of the InterCity STC, Nana Akomea says": him
                kind, raw, start = "name", named.group(), named.start()
            if kind == "pron":
                person = self._pronoun(raw, start, depth)
                if person is None:
                    return None  # "I responded to Mr Reed, saying": not Reed, someone unnamed
            elif kind != "name" or raw.split(" ", 1)[0] not in _NOT_SUBJECT:
                if (
                    kind == "name"
                    and (tied or " " not in raw or "-" in raw.split(" ", 1)[0])  # "Zurich-born
                    and " " not in (bare := split_name(raw)[0])  # Gross"
                    and raw.split(" ", 1)[0] not in _SIR  # (the given name of "Sir Jo")
                ):
                    # "Alvarez": was "Ruth Alvarez" named? (with no cue, only "Chuck Schumer"
                    # for "Schumer", a known given name: not "North Korea" for "Korea")
                    acts = start == lo and _VERB_AFTER_RE.match(text, stop) is not None
                    self._learn_full_name(bare, start, given_known=not (tied or acts))
                # "Robinson, who scored", "Callum, one of the attackers", "Prayut himself
                # has": a person; so is a
                # given name a verb follows ("Sally sees everything")
                who = (
                    text.startswith((", who ", ", one of ", " himself ", " herself "), stop)
                    or start == lo
                    and raw in ("Labour", "Labor")  # the party (a ministry's domain too; but
                    and ((r := _SECOND_WORD_RE.match(text, stop)) is None or r[1] not in ROLE_WORDS)
                    # "Labor employment spokesman Jo Roe" is him)
                    or start == lo  # "Greene, a 25-year-old from Llanelli, is"
                    and text.startswith(", ", stop)
                    and _AGE_RE.match(text, stop)
                    or (
                        start == lo
                        and text[lo - 1 : lo] in ("\n", "")
                        and _SHEET_HEAD_RE.match(text, stop) is not None
                        and raw not in NOT_PERSON_WORDS
                        and "\n" not in raw
                    )  # "Varane also at press conference:", a quote sheet's heading
                    or (
                        raw in GIVEN_NAME_GENDER
                        and raw not in _WORDLIKE_NAMES
                        and text[stop : stop + 1] == " "
                        and text[stop + 1 : stop + 2].islower()
                    )
                    or (
                        text.endswith(", ", 0, start)
                        and " " not in raw
                        and not raw.isupper()
                        and text[stop : stop + 1] == " "
                        and (said := CUE_RE.match(text, stop + 1)) is not None
                        and text.startswith(",", said.end())
                    )  # "..., Morrow said, but she added": a surname seen speaking, aside
                    or (
                        (
                            tied
                            or (
                                start == lo
                                or start - lo < 6
                                and text[lo:start] in _NEW_SENTENCE_OPENERS
                            )
                            and not raw.isupper()
                        )  # ("Junhoe said he was sorry. He began, '...'"; "But Cuddy
                        # acknowledged that ..."; "AMLO said that he" is read below)
                        and " " not in raw
                        and (gap := GAP_RE.match(text, stop, end)) is not None
                        and "," not in gap.group()
                        and CUE_RE.match(text, gap.end()) is not None
                    )
                    or (
                        tied
                        and (
                            start == lo
                            or _word_before(text, start) in OFFICE_WORDS
                            or _DATE_OPENING_RE.fullmatch(text, lo, start) is not None
                        )  # ("On March 23, Kinetra released a statement, saying")
                        and " " not in raw
                        and raw[-1] != "s"  # (not "Videos", "Bloggers")
                        and _SURNAME_VERB_RE.match(text, stop) is not None
                        and text.find(raw.lower(), max(0, start - 20_000), start + 20_000)
                        == -1  # (no word of the text around: "Civil", "Leaked")
                    )  # "Pochettino then turns to Felstein ... and says": a surname, subject
                )  # (or "Trump said" in a sentence with a cue: a surname right before one)
                if (
                    kind == "name"
                    and raw.count(" ") == 2
                    and text.find("\n", 0, start) == -1  # (the text's first line: a headline)
                    and raw.endswith("ed")
                    and not raw.endswith("eed")
                    and raw.split(" ", 1)[0] in GIVEN_NAME_GENDER
                ):  # "Sebastian Stan Forced to Cut Interview ...": the name, then a verb
                    raw = raw.rsplit(" ", 1)[0]
                    stop = start + len(raw)
                if (
                    kind == "name"
                    and text.startswith(" in Chief ", stop)
                    and raw.rsplit(" ", 1)[-1].lower().removeprefix("co-") in OFFICE_WORDS
                    and (holder := MENTION_RE.match(text, stop + 10, end)) is not None
                    and holder.lastgroup == "name"
                ):  # "Variety Co-Editor in Chief Ramin Setoodeh confirmed": him
                    raw, start, stop = holder.group(), holder.start(), holder.end()
                known = self._lookup(raw, start) if kind == "name" and not who else None
                person = known or self.resolve(kind, raw, start, tied=bool(who))[0]
                if (
                    person is None
                    and kind == "name"
                    and raw[:2].isupper()
                    and _word_before(text, start) in OFFICE_WORDS
                ):  # "BJP president JP Nadda also blasted": initials after an office
                    person = self.resolve(kind, raw, start, tied=True)[0]
                if (
                    person is None
                    and kind == "name"
                    and " " not in raw
                    and (
                        tied
                        and start == lo
                        or (start == lo or text.endswith(", ", 0, start))
                        and CUE_RE.match(text, stop + 1) is not None
                    )
                ):
                    person = self._given_in_full(raw, start)  # "Dana was rendered almost
                    # speechless, saying": the Dana White named before; "Naser said that
                    # ...": Naser Toure Mahama
                elif person is None and kind == "name" and raw.startswith(_ADVERBS_FIRST):
                    bare = raw.split(" ", 1)[1]  # "Then Kotsur took the stage": Kotsur
                    if " " not in bare:
                        self._learn_full_name(bare, stop - len(bare), given_known=not tied)
                    person = self.people.lookup(bare)
                elif person is None and kind == "name" and raw.count(" ") > 2:
                    given, surname = raw.split(" ", 2)[:2]  # a headline's run of capitals:
                    if given in GIVEN_NAME_GENDER:  # "Gwen Stefani Slams Blake Shelton ..."
                        person = self.resolve("name", f"{given} {surname}", start)[0]
            else:
                continue
            if person is not None:
                return person
        if (
            text[lo : lo + 1].isupper()
            and (role := role_start(text, lo, end)) is not None
            and not _NAMED_NEXT_RE.match(text, role.end("role"), end)
        ):  # "California sheriff's office issues stark warning": the office (a role with
            return self._role(role["role"], lo)[0]  # no name after it)
        if end - lo == 160 and text.startswith(_LONG_OPENERS, lo):
            # a subject past the first 160 characters, after a long opening phrase: "In a
            # meeting with officials, ... and the ambassadors of ..., Leader of the Islamic
            # Revolution Ayatollah Seyyed Ali Khamenei said" (read from the main clause on,
            # when it starts near where reading stopped)
            main = _main_clause(text, lo, hi)
            if main > end - 60:
                return self._subject_of(main, hi, before, depth, tied)
        return self._interviewed(lo, hi)

    def _signer(self, lo: int, hi: int) -> Person | None:
        """The person whose name ends a headline (a line near the top) after a dash, the
        one whose words it gives: "We switched off against Juventus - Mikel"."""
        text: str = self.text
        eol = text.find("\n", lo, hi + 1)
        if eol == -1 or text[eol - 1] in ".!?:":
            return None
        dash = max(text.rfind(" - ", lo, eol), text.rfind(" – ", lo, eol))
        if dash <= lo or not _SIGNER_RE.fullmatch(text, dash + 3, eol):
            return None
        person = self.resolve("name", text[dash + 3 : eol], dash + 3, tied=True)[0]
        return person if person is not None and person.gender in _PEOPLE else None

    def _interviewed(self, lo: int, hi: int) -> Person | None:
        """A sentence whose subject is no person, about someone it interviews or quotes:
        "An AP article ... interviews Harvey Palmer, professor of ...": Palmer speaks next."""
        text: str = self.text
        if text.find(" by ", lo, hi) != -1 and (issued := _ISSUED_BY_RE.search(text, lo, hi)):
            if not issued["role"]:
                kind = "title" if issued["who"][:4] in ("the ", "The ") else "name"  # "in a
                person = self.resolve(kind, issued["who"], issued.start("who"), tied=True)[0]
                if person is not None:  # statement released by the Governor, while reacting
                    return person  # said": the governor
            elif issued["role"].rsplit(" ", 1)[-1] in ROLE_WORDS:  # "A statement released by
                return self._role(issued["role"], issued.start("who"))[0]  # his family on
                # Sunday read": the family's
        for verb in ("interviews ", "interviewed ", "quotes ", "quoted "):
            at = text.find(verb, lo, hi)
            if at != -1:
                m = MENTION_RE.match(text, at + len(verb), hi)
                if m is not None and m.lastgroup == "name":
                    return self.resolve("name", m.group(), m.start())[0]
        return None

    # -- quotes ------------------------------------------------------------------------

    def attribute(self, span: Span, lo: int, hi: int, previous: Quote | None) -> Quote:
        """Who said the quote in ``span``; text[lo:open mark] is its sentence so far and
        text[close mark + 1:hi] what follows it up to the next quote or paragraph."""
        text: str = self.text
        open_mark = span.open_mark
        self.quote_end = span.close_mark + 1
        self.quote_open = open_mark
        quoted = text[span.start : span.end]
        partial = _is_partial(text, span, quoted)
        doubled = text[open_mark - 1 : open_mark] in ('"', "“")  # '“"It hurts': a mark typed twice
        lead = text[lo : open_mark - doubled].rstrip()  # the quote's sentence before it
        if lead.endswith(":-"):  # 'Chairman:- "How else ..."', an older style of colon
            lead = lead[:-1]
        line_start = open_mark == 0 or text[open_mark - 1] == "\n"
        if not line_start and not lead:  # ' “I think ...': a space before the mark
            k = open_mark  # (read back over the spaces only: a text of one line is long)
            while k > 0 and text[k - 1] in " \t":
                k -= 1
            line_start = k < open_mark and (k == 0 or text[k - 1] == "\n")
        bulleted = False  # "  • “...”": a list item, on its own line
        dated = open_mark  # where the paragraph starts, before a dateline
        line = ""
        if lead and text[open_mark - 2 : open_mark - 1] in BULLETS:
            line = text[text.rfind("\n", 0, open_mark) + 1 : open_mark].strip()
        if line and not line[0].isalpha():  # (a dateline's dash is read below: "GENEVA, 2
            bulleted = line in BULLETS  # March 2018 - “...”")
            if bulleted:
                lead, line_start = "", True
        elif lead == ">":  # "> “...”": a quote set off as a block, as mail and markdown do
            lead, line_start = "", True
        elif lead[:1].isdigit() and _STAMP_LEAD_RE.fullmatch(lead) and text[lo - 1 : lo] in "\n":
            lead, line_start = "", True  # "1501: “...”", a live blog's time
        elif (
            lead
            and lead[-1] in "-—–)"
            and (lo == 0 or text[lo - 1] == "\n")
            and (_DATELINE_RE.fullmatch(text, lo, open_mark) or _OUTLET_RE.fullmatch(lead))
        ):  # "WASHINGTON — “...”", "(STL.News) “...”": the paragraph is the quote
            lead, line_start, dated = "", True, lo
        found = sentence_cue = None
        fast = PRONOUN_LEAD_RE.fullmatch(lead)
        if fast is not None:  # "He said," (what _from_cue would make of it, sooner)
            pronoun, at = fast["pron"], lo
            person = self._pronoun(pronoun, at)
            if person is not None:
                self._subjects[lo] = person  # (the walk back from a later quote reads it)
                cue_span = (lo + fast.start("cue"), lo + fast.end("cue"))
                why = f"{self._pronoun_why(pronoun, at, person)} before cue '{fast['cue']}'"
                found = (person, (at, at + len(pronoun)), fast["cue"], cue_span, why, 0.85)
        elif lead.endswith(_WORDS_ENDS) and (words := _WORDS_LEAD_RE.fullmatch(lead)):
            at = lo + words.start("pron")  # "His words: '...'", "In her words, '...'"
            pronoun = _OWNER_PRONOUN[words["pron"].lower()]
            person = self._pronoun(pronoun, at)
            if person is not None:
                why = f"'{words.group()}': {self._pronoun_why(pronoun, at, person)}"
                found = (person, (at, at + len(words["pron"])), None, None, why, 0.8)
        if (
            not found
            and partial
            and previous is not None
            and previous.partial
            and (before := self.speakers[-1]) is not None
            and text[previous.end + 1 : open_mark] in (" and ", " or ", ", and ")
        ):  # 'When Winfrey noted that it had "opened up your soul" and "pain was a muse,"
            # Adele revealed': one clause, one speaker
            why = f"joined by '{text[previous.end + 1 : open_mark].strip(' ,')}' to the"
            found = (before, None, None, None, f"{why} fragment before, {before.name}'s", 0.7)
        if (
            not found
            and len(lead) < 24
            and lead[:1].isupper()
            and self.speakers
            and self.speakers[-1] is not None
            and (bare := _BARE_CUE_RE.fullmatch(lead)) is not None
            and bare["cue"] in ONE_WORD_CUES
            and bare["cue"] != "According"
        ):  # '"...," said Dr. Jo Roe.\n\nAdding: "..."': Roe goes on
            person, at = self.speakers[-1], lo + bare.start("cue")
            why = f"'{bare['cue']}' with no subject: {person.name} goes on"
            found = (person, None, bare["cue"], (at, at + len(bare["cue"])), why, 0.75)
        if (
            not found
            and "stated on " in lead
            and (stated := _STATED_ON_RE.match(text, lo, open_mark))
        ):
            found = self._stated_on(stated)  # "Viral image stated on May 2, 2023 in a post:"
        if not found and "As " in lead and (says := _AS_SAYS_RE.search(lead)):
            at = lo + says.start("who")  # "As my old economics teacher used to say, '...'"
            who = says["who"]
            if who[0].isupper():
                person, why = self.resolve("name", who, at, tied=True)
            else:
                person, why = self._role(who, at)
            if person is not None:
                why = f"{why}, as they say it"
                found = (person, (at, at + len(who)), says["cue"], None, why, 0.8)
        if not found and "SOUNDBITE" in lead:  # a video shotlist: "SOUNDBITE (English) Jo
            found = self._soundbite(lo, open_mark)  # Roe, physicist: '...'"
        if not found and "uot" in lead and (by := QUOTING_BEFORE_RE.search(lead)):
            at = lo + by.start("name")  # "quoting the famous statement by Sen. Arthur
            person, why = self.resolve("name", by["name"], at, tied=True)  # Vandenberg,"
            if person is not None:
                found = (person, (at, at + len(by["name"])), None, None, f"{why}, quoted", 0.8)
                self._owned.add(len(self.speakers))  # (Yoon quotes him: not the subject)
        if (
            partial
            and not found
            and (" report" in lead or " headline" in lead)
            and (rep := _REPORT_THAT_RE.search(lead))
        ):
            at = lo + rep.start("name")  # "disparaged a BBC report that there were '...'"
            person = self.resolve("name", rep["name"], at, tied=True)[0]
            if person is not None and last_cue(text, lo + rep.end(), open_mark) is None:
                person.gender = person.gender or NEUTER  # (a paper, a broadcaster: no "she")
                why = f"'{rep.group()}': words of {person.name}'s report"
                found = (person, (at, at + len(rep["name"])), None, None, why, 0.75)
                self._owned.add(len(self.speakers))  # (the sentence's subject goes on)
        if (
            not found
            and "caption" in lead
            and (caption := _CAPTION_LEAD_RE.search(lead)) is not None
            and (person := self._subject_of(lo, lo + caption.start(), tied=True)) is not None
        ):  # "The star pouted for the camera alongside the caption, '...'": hers
            why = f"a caption of {person.name}'s, the subject of its sentence"
            found = (person, None, None, None, why, 0.75)
        if not found and lead.endswith(" that") and (own := _CLAIM_THAT_RE.search(lead)):
            pronoun = {"his": "he", "her": "she", "their": "they"}[own[1]]
            person = self._pronoun(pronoun, lo + own.start())  # "mocked the prime minister
            if person is not None:  # for her frequent insistence that “Brexit means Brexit”"
                why = f"'{own.group().strip()}': {self._pronoun_why(pronoun, lo, person)}"
                found = (person, None, None, None, why, 0.7)
                self._owned.add(len(self.speakers))  # (the sentence's subject goes on)
        if (
            partial
            and not found
            and lead.endswith(_POSSESSIVE)
            and not (
                (said := last_cue(text, lo, open_mark))
                and (
                    text.startswith(" that ", said.end())
                    or said.group().lower() in _NAMING_CUES  # ("labelled Mr Hammond’s
                )  # “complacency” as “astounding”": the labeller's words)
            )
        ):  # (not "Jo Roe said that Lee’s “loutish behaviour” ...": Roe's words)
            found = self._owner(lo, lo + len(lead) - 2)  # 'echoed Scott’s “get out”': his
            if found:  # (words someone else brings up: "he" later is not Scott)
                self._owned.add(len(self.speakers))
        naming = None  # 'Describing the pleading as "unwieldy," Judge Roe dismissed it'
        if lead and not found:
            # Cheapest evidence first: a cue right before the quote, then one right after,
            # then one anywhere in the quote's sentence.
            near = cue_before(text, lo, lead)
            sentence_cue = None if near else last_cue(text, lo, open_mark)
            if (
                sentence_cue is not None
                and sentence_cue.start() == lo
                and _INTRO_CLAUSE_RE.match(text, lo)
            ):  # 'Calling his presence "long-overdue", Golding remarked': the main clause's
                if sentence_cue.group().lower() in _NAMING_PARTICIPLES:  # cue, after the
                    naming = sentence_cue  # quote, or else its subject
                sentence_cue = None
            elif (
                sentence_cue is not None
                and text.startswith(("As we ", "As I "), lo)
                and (aside := _ASIDE_RE.match(text, lo, open_mark)) is not None
                and sentence_cue.end() <= aside.end()
                and text[aside.end() : open_mark].strip(" ,")
            ):  # 'As we posted earlier, Obama "called for ..."': the writer's aside (but
                sentence_cue = None  # 'As I said last week, "..."' quotes its speaker)
            cue = near or (
                sentence_cue if sentence_cue and sentence_cue.start() >= open_mark - 40 else None
            )
            if (
                not near
                and text.startswith("According to ", begins := self.sentence_start(open_mark))
                and (doc := _ACCORDING_DOC_RE.match(text, begins)) is not None
                and last_cue(text, doc.end(), open_mark) is None
            ):  # "According to the complaint, the platform “applies ...”": the complaint's
                person, why = self._role(doc["doc"], doc.start("doc"))
                why = f"{why}, which the sentence is according to"
                found = (person, doc.span("doc"), None, None, why, 0.8)
            elif lead.endswith(" of") and _CHARGE_RE.search(lead, len(lead) - 40):
                why = "the name of a charge, nobody's words"  # 'on charges of "subversion"'
                found = (None, None, None, None, why, 0.5)
            elif (word := _named_word(lead)) is not None:
                why = f"'{word}'{_A_WORD}"  # 'the text
                found = (None, None, None, None, why, 0.5)  # contained the word "shall"'
            elif lead[-1] == ")" and (sheet := self._sheet_head(open_mark)) is not None:
                found = sheet  # "(on how he split the reps) '...'"
            elif lead[-1] == ":" and (offered := _WHICH_OFFERED_RE.search(lead)) is not None:
                at = lo + offered.start("name")  # "referred PolitiFact to the Pentagon, which
                kind = "title" if offered["name"].startswith(("the ", "The ")) else "name"
                person, why = self.resolve(kind, offered["name"], at, tied=True)  # offered a
                if person is not None:  # simple rebuttal: '...'": the Pentagon's
                    why = f"{why}, {offered['which']} gave the {offered['noun']}"
                    found = (person, (at, at + len(offered["name"])), None, None, why, 0.8)
            elif lead[-1] == ")" and (aside := _bracket_after_colon(text, lo, open_mark)) != -1:
                found = self._colon(lo, aside)  # "Alex Ferguson: (On the penalty) '...'"
            elif lead[-1] == ")" and not partial and (named := self._name_paren(lo, open_mark)):
                found = named
            elif (
                (lo == 0 or text[lo - 1] == "\n")
                and open_mark - lo < 80
                and (named := self._headline_name(open_mark, partial))
            ):
                found = named
            elif "ttribut" in lead and (given := ATTRIBUTED_RE.search(lead)):
                at = lo + given.start("name")  # "Quote Falsely Attributed to Einstein: '...'"
                person, why = self.resolve("name", given["name"], at, tied=True)
                if person is not None:
                    found = (
                        person,
                        (at, at + len(given["name"])),
                        None,
                        None,
                        f"{why}, to whom the text attributes it",
                        0.7,
                    )
            elif (
                lead.endswith(("Translation:", "translation:"))
                or lead.endswith(":")
                and _TRANSLATES_RE.search(lead) is not None
            ) and previous is not None:  # (or "It translates to: '...'")
                person = self.speakers[-1]  # "[Translation: '...']": the words of the
                why = "a translation of the quote before"  # quote before, in English
                found = (person, None, None, None, why, previous.confidence)
            elif lead[-1] == "]" and (named := NAME_INITIALS_RE.fullmatch(lead)) is not None:
                at = lo + named.start("name")  # "Simon Felstein [SF] “...”"
                person, why = self.resolve("name", named["name"], at, tied=True)
                if person is not None:
                    found = (person, (at, at + len(named["name"])), None, None, why, 0.85)
            elif lead[-1] == ":" or (
                (lead.endswith((" –", " —")) or (lead.endswith(" |") and _ends_line(text, span)))
                and (lo == 0 or text[lo - 1] == "\n")
            ):  # Jane Smith: "...", or a line's "Jane Smith – “...”" (or a page's title: "The
                # Manager | “an awful performance”")
                topic = lead.lstrip("-–—•* ")  # (a list's item: "- On Iran: '...'")
                if (
                    (
                        topic.startswith("On ")
                        or topic.startswith(_TOPIC_HEADS)  # (with no cue: not "In a
                        and last_cue(text, lo, open_mark) is None  # statement they said:";
                        and not text[span.close_mark + 1 : hi].strip()  # nor with one after)
                    )
                    and not any(c in topic for c in ".,;")
                    and len(topic) < 120
                ):
                    found = self._alone(lo)  # "On Neco Williams: '...'": a topic, no speaker
                    if found:
                        why = f"'{topic}' names a topic: {found[0].name} goes on"
                        found = (found[0], None, None, None, why, found[5])
                    else:  # (and none of its names: "On playing Jo Roe over Al Lee:")
                        found = (None, None, None, None, f"'{topic}' names a topic", 0.3)
                elif text.startswith((" –", " —", "–", "—"), span.close_mark + 1) and (
                    signed := self._dash(span.close_mark + 1, hi, "signs it after the quote")
                ):  # 'MALI: "..." – Amadou Toure, President': his, not the label's
                    found = signed
                elif not _SAID_NAME_AFTER_RE.match(text, span.close_mark + 1):  # (but
                    # "Deborah Ross: '...,' said An Insider.": the insider's, not the byline's)
                    found = self._colon(lo, open_mark) or self._led_by(lo, open_mark)
            if not found and cue and DIRECT_RE.fullmatch(text, cue.end(), open_mark):
                found = self._from_cue(cue, lo, open_mark)
        if (
            not found
            and partial
            and text[open_mark - 2 : open_mark - 1] in ("s", "’", "'")  # (a quick test)
            and (owner := _OWNER_OF_QUOTE_RE.search(text, max(lo, open_mark - 40), open_mark))
            and (cue := CUE_RE.match(text, span.close_mark + 2)) is not None
            and text[span.close_mark + 1 : span.close_mark + 2] == " "
        ):  # "Jim Mora’s “playoffs” rant": the owner's word
            person, why = self.resolve("name", owner["name"], owner.start("name"), tied=True)
            if person is not None:
                why = f"{why}, whose '{cue.group()}' it is"
                found = (person, owner.span("name"), cue.group(), cue.span(), why, 0.7)
        if (
            not found
            and sentence_cue
            and (
                partial
                or quoted.rstrip()[-1:] in ".!?"
                and text[span.close_mark + 1 : hi].lstrip()[:1].isupper()
            )
            and not (partial and self._owned_speech(sentence_cue.start(), lo, open_mark))
            and not (
                partial
                and (stop := text.find(".", span.close_mark + 1, hi)) != -1
                and (
                    TRAILING_CUE_RE.match(text, span.close_mark + 1, stop + 1)
                    or (named := _TRAILING_NAMED_RE.match(text, span.close_mark + 1, stop))
                    and CUE_RE.match(text, named.end()) is not None
                    and not text.startswith(" that ", sentence_cue.end())  # (but "Hawass
                    # said that the mummies “might be royals”, BBC adds": his)
                )
            )  # (nor when the sentence ends on its own: '... the Tribunal had asked for was
            # from Cabinet, which was “frustrating”, he said.', '... there is “light at the
            # end of the tunnel”, Philip Hammond said in his statement.')
            and not (
                partial
                and (colon := text.find(": ", sentence_cue.end(), open_mark)) != -1
                and text[colon + 2 : colon + 3].isupper()
                and _cue_after(text, span.close_mark + 1, hi) is not None
            )  # (nor a heading's: "· Officials urged caution: There have been a "...,"
        ):  # Marrone said'); 'Ive said of the scanner, "... idea." He noted that ...': the
            # cue before it, not the next sentence's; 'Roe said a "very senior" colleague
            # had called': Roe
            found = self._from_cue(sentence_cue, lo, open_mark)
        if not found and naming is not None and not _cue_after(text, span.close_mark + 1, hi):
            found = self._named_by_main_clause(naming, open_mark)
        if (
            not found
            and (
                text.find("th", span.close_mark + 1, span.close_mark + 12) != -1
                or text.find(" a ", span.close_mark + 1, span.close_mark + 12) != -1
            )
            and (
                (says := _STATEMENT_SAYS_RE.match(text, span.close_mark + 1, hi))
                or (says := _SAYS_STATEMENT_RE.match(text, span.close_mark + 1, hi))
            )
        ):
            found = self._statement_says(says)  # '"...," the release asked
        if (
            not found
            and text.find(" read", span.close_mark, span.close_mark + 7) != -1
            and (reads := READS_OWNER_RE.match(text, span.close_mark + 1, hi))
        ):
            who = "name" if reads["name"] else "site"
            person, why = self.resolve("name", reads[who], reads.start(who), tied=True)
            if person is not None:
                noun = reads["noun"] or reads["thing"]
                why = f"{why}: '{reads['cue']}' their {noun}, after the quote"
                found = (person, reads.span(who), reads["cue"], reads.span("cue"), why, 0.85)
        if (
            not found
            and not lead
            and text.startswith((" is the ", " was the "), span.close_mark + 1)
            and (message := MESSAGE_FROM_RE.match(text, span.close_mark + 1, hi)) is not None
        ):
            person, why = self.resolve("name", message["name"], message.start("name"), True)
            if person is not None:  # "'See it? Report it!' is the message from Jo Roe"
                why = f"{why}: the {message['noun']} from them"
                found = (person, message.span("name"), None, None, why, 0.85)
        if (
            not found
            and partial
            and text.startswith(" by ", span.close_mark + 1)
            and (agent := role_comma(text, span.close_mark + 5, hi)) is not None
            and agent["end"]
        ):  # 'put at less than "lightning striking twice" by a polling expert.': the role's
            person, why = self._role(agent["role"], agent.start("role"))
            found = (person, agent.span("role"), None, None, f"{why}, by whom the words are", 0.7)
        if (
            not found
            and text.find("ttributed", span.close_mark, span.close_mark + 50) != -1
            and (given := ATTRIBUTED_AFTER_RE.match(text, span.close_mark + 1, hi))
            and (person := self.resolve("name", given["name"], given.start("name"), True)[0])
        ):  # '"...," a line often attributed to Mark Twain'
            why = f"'{given['name']}', to whom the text attributes it"
            found = (person, given.span("name"), None, None, why, 0.7)
        if not found and lead[-1:] in ":," and " to which " in lead:
            found = self._lead_reply(lead, lo)  # "... was asked ..., to which the reply was,
            # '...'": the reply before any cue after it
        if not found:  # ('Calling it "long-overdue", Golding remarked: "..."': his word, though
            # a colon follows)
            found = self._post(span.close_mark + 1, hi, partial and not lead.startswith(_NAMING))
            if found and span.recovered and text[span.close_mark] not in _CLOSERS:
                if (
                    found[4].endswith("after a dash closing the quote")
                    and getattr(found[0], "gender", None) not in _KNOWN
                ):  # ('"May this bring prosperity. — Bernama': a quote left open, then a
                    found = None  # credit; but '“... wait and see. – Eddie Howe': his)
            if found and not line_start and self._byline(found, span, previous):
                found = None
            if (
                not found
                and (
                    text.find("”", span.close_mark + 1, hi) != -1
                    or text.find('"', span.close_mark + 1, hi) != -1
                )
                and (stray := _STRAY_CLOSE_RE.match(text, span.close_mark + 1, hi))
            ):
                found = self._post(stray.end(), hi)  # '“... You want me. ” If you support Ruto,
                # you will meet me there,” said Mutahi': a closing mark astray, then the cue
        if (
            not found
            and partial
            and sentence_cue
            and _NOUN_PARTICIPLE_RE.search(text, lo, sentence_cue.end())
        ):  # "In a phone call described as 'all-hands' by Reuters, the CEO announced": a
            found = self._agent(span.close_mark + 1, hi)  # passive with no "was": Reuters'
        if not found and (
            partial
            or text.startswith(" ", span.close_mark + 1)
            and text[span.close_mark + 2 : span.close_mark + 3].isalpha()
            and span.close_mark - open_mark < 40
        ):  # (or a short quote the sentence goes on from: "'Illegal' bill will fail, says
            found = self._signed_at_end(span.close_mark + 1, hi)  # Theresa May")
        if (
            not found
            and partial
            and lead
            and (joined := _AND_CUE_RE.match(text, span.close_mark + 1, hi))
            and (cue := CUE_RE.match(text, joined.end(), hi))
        ):  # "Jo Roe feels Al Lee is 'intimidating', and admits she was scared": Roe's
            person = self._subject_of(lo, open_mark)
            if person is not None and person.gender in _PEOPLE:
                why = f"{person.name}, the subject of the sentence, goes on '{cue[0]}'"
                found = (person, None, cue[0], cue.span(), why, 0.7)
        if not found and not lead and text[span.close_mark + 1 : hi].lstrip()[:1].islower():
            found = self._post_clause(span.close_mark + 1, hi)
        if (
            not found
            and (line_start or lead.endswith(" |"))  # (or after a kicker: "SC Banter | ")
            and text.startswith(":", span.close_mark + 1)
            and (
                (signed := _COLON_HEADLINE_RE.match(text, span.close_mark + 1))
                and (signed["owned"] or "").lower() not in ROLE_WORDS
                or (signed := _COLON_SIGNED_RE.match(text, span.close_mark + 1))
            )
        ):  # a headline: "‘Congress was ... in power’: Union Minister Mukhtar Abbas Naqvi"
            who, at = signed["who"], signed.start("who")
            if signed.groupdict().get("owned") in GIVEN_NAME_GENDER:  # "‘...’: BJP's Amit
                who = _NAME_RUN_RE.match(text, at := signed.start("owned")).group()  # Malviya
                # dares": his, not his party's
            person = self.resolve("name", who, at, True)[0]
            if person is not None:
                why = f"'{who}' signs it after a colon"
                found = (person, (at, at + len(who)), None, None, why, 0.8)
        if (
            not found
            and (lead or text[span.close_mark + 1 : hi].strip())  # (one alone: below)
            and (end := text.find("\n", span.close_mark)) != -1
            and text.startswith(("\n-- ", "\n— ", "\n– "), text.rfind("\n", end, end + 3))
            and not last_cue(text, text.rfind("\n", 0, open_mark) + 1, end)
        ):  # a claim of one paragraph, signed below it: '"...99.8% of Americans" get "not
            # one nickel" in tax cuts.' then "-- Kelda Helen Roys, who's running ..."
            found = self._dash(text.rfind("\n", end, end + 3) + 1, end + 200, "below its line")
        if not found and not lead and not text[span.close_mark + 1 : hi].strip():
            # a quote on its own, signed on the next line: "— Jane Roe, the mayor"
            found = self._dash(span.close_mark + 1, span.close_mark + 200, "on the next line")
            if (
                not found
                and (tail := _DASHED_TAIL_RE.match(text, span.close_mark + 1))
                and (cue := last_cue(text, tail.end(), _clause_end(text, tail.end())))
                and (person := self._subject_of(tail.end(), cue.start(), tied=True))
            ):  # '“...”' then "-the bench comprising ... pointed out, ...": its sentence
                why = f"{person.name} is the subject of the line below, after a dash, cue"
                found = person, None, cue.group(), cue.span(), f"{why} '{cue.group()}'", 0.7
            if found and not line_start and self._byline(found, span, previous):
                found = None
            if not found and line_start and not _introduced_above(text, open_mark):
                found = self._signature(
                    span.close_mark + 1,
                    not self._next_paragraph(previous, span)
                    or previous is not None  # (or only its caption, with words it quotes:
                    and text.rfind("\n", 0, previous.start) + 1 == self._caption_line,  # a sheet)
                ) or (
                    None if bulleted else self._listed(open_mark)
                )  # (a bulleted list names its speaker above it)
        if not found and lead:
            after_name = lead.rsplit(None, 1)[-1][:1].isupper()  # 'Pak Ui-chu "talked ..."'
            if near:
                sentence_cue = last_cue(text, lo, open_mark)
            owner = SPEECH_OWNER_RE.search(lead) if "’s " in lead or "'s " in lead else None
            if owner is None and partial and " by " in lead:  # "remarks by Taiwan's new
                owner = SPEECH_BY_RE.search(lead)  # leader Lai Ching-te that ... '...'"
            if (
                owner is not None
                and not partial
                and owner.end() < len(lead) - 1
                and not _TO_WHOM_RE.fullmatch(lead, owner.end())
            ):  # a whole quote only right after "Maria Roe's question," (or "Houston
                owner = None  # police chief's message to the killer:")
            elif (
                owner is not None
                and (later := last_cue(text, lo + owner.end(), open_mark)) is not None
                and later.start() > lo + owner.end() + 1
            ):  # "Amid a row over Kharge's remark, Vij hit back saying that '...'": the
                owner = None  # cue nearer the quote (not "Cole's remarks calling it '...'")
            elif (
                owner is not None
                and (said := last_cue(text, lo, lo + owner.start())) is not None
                and text.startswith(" that ", said.end())
                and not text.startswith((" that ", ", "), lo + owner.end())
            ):  # "It said that Musk's tweets came from '...'": what it said (but "Dale
                owner = None  # pointed out that the President's assertion that ...": his)
            elif (
                owner is not None
                and (named := last_cue(text, lo, lo + owner.start())) is not None
                and named.group().lower() in _NAMING_CUES
                and lo + owner.start() - named.end() < 40
                and not any(c in ",.;:" for c in text[named.end() : lo + owner.start()])
            ):  # "Rasheed termed PML-N leader Maryam Nawaz’s statement ‘irresponsible’":
                owner = None  # the word of the one who termed it
            if owner is not None:  # "Trump's comments questioning ... 'shithole countries'"
                at = lo + owner.start()
                body = _BODY_IN_RE.search(lead, 0, owner.start()) if not owner["role"] else None
                person, why = (
                    self._role(owner["role"], at)
                    if owner["role"]
                    else self._role(body["body"], lo + body.start("body"))
                    if body  # "the Chinese embassy in Bangkok's statement": the embassy's
                    else self.resolve("name", owner["name"], at, tied=True)
                )
                if person is not None:
                    part = "a fragment of" if partial else "words from"
                    why = f"{why}: {part} their {owner['speech']}"
                    if partial:  # (brought up by the sentence's subject, who goes on)
                        self._owned.add(len(self.speakers))
                    found = (
                        person,
                        (lo + owner.start(), lo + owner.end("name")),
                        None,
                        None,
                        why,
                        0.7,
                    )
            if not found and lead[-1:] in ":," and (reply := self._lead_reply(lead, lo)):
                found = reply
            if (
                not found
                and ("statement" in lead or "release" in lead or _LETTER_RE.search(lead))
                and (says := _STATEMENT_LEAD_RE.search(text, lo, open_mark))
            ):
                found = self._statement_says(says, "before")  # 'The statement said: "..."'
            if (
                not found
                and " that sa" in lead
                and (issued := _ISSUED_SAYING_RE.search(text, lo, open_mark))
                and (head := MENTION_RE.match(text, lo)) is not None
                and (person := self._subject_of(lo, issued.start(), tied=True)) is not None
                and (head.lastgroup == "pron" or person.name.rsplit(" ", 1)[-1] in head.group())
            ):  # 'Acme released a statement that said the photos are "an isolated issue"'
                why = f"{person.name} issued the {issued['noun']} that says it"
                found = (person, None, None, None, why, 0.8)
            if not found:
                found = self._from_cue(sentence_cue, lo, open_mark) if sentence_cue else None
            if (
                not found
                and (lead[-1] == ":" or not partial and lead.endswith((" –", " —")))
                and any(w.islower() for w in lead.split())
            ):  # (or a dash: "Evans offered an apology to Jukes – '...'")
                head = text.find(": ", lo, open_mark - 2)  # (after a label: "Nottingham
                start = lo if head == -1 else head + 2  # Forest: The consensus has gone:")
                person = self._subject_of(start, open_mark, tied=True)  # "Morrow was
                # cautious: '...'" (the colon brings on the quote, as a cue would)
                if person is not None:
                    mark = "colon" if lead[-1] == ":" else "dash"
                    why = f"{person.name} is the subject of the sentence the {mark} ends"
                    found = (person, None, None, None, why, 0.7)
                elif (own := _OWN_FEELINGS_RE.search(lead)) is not None:
                    at = lo + own.start()  # "the world number one expressed his thoughts in a
                    person = self._pronoun(_OWNER_PRONOUN[own[1].lower()], at)  # press
                    if person is not None:  # conference:" (whoever "the world number one" is)
                        why = f"'{own.group()}' -> {person.name}, before a colon"
                        found = (person, None, None, None, why, 0.6)
            if (
                not found
                and lead[-1] == ","
                and not partial
                and not sentence_cue
                and (first := MENTION_RE.match(text, lo, open_mark)) is not None
                and lead[:-1].rsplit(None, 1)[-1] not in PREPOSITIONS  # not "chants of,"
                and text[first.end() : first.end() + 1] != ":"  # nor a label, "Roe: ..."
            ):  # "Roe, in a letter to the family, '...'": the sentence's first words name
                person = self._subject_of(lo, first.end())  # its subject
                if person is not None and person.gender in _PEOPLE and not self._is_role(person):
                    why = f"the quote ends a sentence about {person.name}, with no cue"
                    found = (person, None, None, None, why, 0.5)
            if (
                not found
                and partial
                and after_name
                and not sentence_cue
                and text.find(", ", span.close_mark, hi) != -1
                and last_cue(text, span.close_mark + 1, hi) is not None
            ):
                found = self._post_clause(span.close_mark + 1, hi)  # 'The WHO "will not
                # hesitate" to call it a pandemic, the director-general said.': his
            if (
                not found
                and partial
                and not text[max(lo, open_mark - 12) : open_mark].rstrip().endswith("so-called")
                and not (sentence_cue and _passive(text, lo, sentence_cue.start()))
                and (sentence_cue or after_name)
            ):  # a scare quote is nobody's words, nor "she was branded a 'liar'", nor
                # the 'no-deal' of "the EU is ready for a 'no-deal' exit": no one speaks
                # "she hailed their 'spirit'"
                person = self._subject_of(_clause_start(text, lo, open_mark), open_mark)
                if (
                    person is not None
                    and after_name
                    and quoted[:1].islower()
                    and _FIRST_PERSON_RE.search(quoted)
                ):
                    person = None  # "Roe 'talked about it. I ...'": not Roe's voice
                if (
                    person is not None
                    and _CALLING_RE.match(text, lo, open_mark)
                    and (text[span.close_mark - 1] == "," or text[span.close_mark + 1] == ",")
                    and (
                        called := self._subject_of(
                            span.close_mark + 1 + (text[span.close_mark + 1] == ","), hi, tied=True
                        )
                    )
                ):  # "After calling Narendra Modi a 'leader of lies,' Congress President
                    person = called  # Mallikarjun Kharge made ...": the caller, Kharge
                    why = f"{person.name}, the subject after the clause that calls it so"
                    found = (person, None, None, None, why, 0.6)
                elif person is not None:
                    why = f"a fragment quoted in a sentence about {person.name}"
                    found = (person, None, None, None, why, 0.5)
            if (
                not found
                and partial
                and not sentence_cue
                and not after_name  # ('Roe "asked about it. I told him ..."': not Roe's)
                and not (previous and previous.speaker and self._same_paragraph(previous, span))
                and _FIRST_PERSON_RE.search(quoted)
                and not _OTHERS_WORDS_RE.search(lead)
                and not last_cue(text, span.close_mark + 1, hi)
            ):  # "Morgan credited his team for “showing what we are capable of”": his
                person = self._subject_of(self.sentence_start(open_mark), open_mark)
                if person is not None and person.gender in (MALE, FEMALE):
                    why = f"a fragment in the first person, in a sentence about {person.name}"
                    found = (person, None, None, None, why, 0.5)
            if (
                not found
                and partial
                and not sentence_cue
                and (feel := _FEELING_LEAD_RE.search(lead)) is not None
                and (
                    feel["felt"]
                    and quoted.count(" ") < 4
                    or quoted.count(" ") < 2
                    and quoted.rstrip(" .,!").rpartition(" ")[2].lower() in _FEELINGS
                )
            ):  # "Zac Efron felt 'nervous'", "Jo Roe is “thrilled”": a feeling is theirs to say
                person = self._subject_of(lo, open_mark)
                if person is not None and person.gender in _PEOPLE and not self._is_role(person):
                    why = f"how {person.name} '{feel[0].strip()}': their own word"
                    found = (person, None, None, None, why, 0.5)
            if (
                not found
                and partial
                and text.startswith(_INTRO_CLAUSES, lo)
                and _OWN_REMARKS_RE.search(lead)
                and (main := _main_clause(text, lo, hi)) > span.close_mark
            ):  # "Asked about his comments that it was 'dire', Mr Roe insisted": his
                person = self._subject_of(main, hi)
                if person is not None and person.gender in _PEOPLE:
                    why = f"'{lead.split(None, 1)[0]} about their words': {person.name}'s"
                    found = (person, None, None, None, why, 0.6)
            if not found and partial and sentence_cue and _passive(text, lo, sentence_cue.start()):
                found = self._agent(span.close_mark + 1, hi)  # "was accused of loosening
                # rules 'through the back door' by campaigners Greenpeace": theirs
            if not found and partial and not sentence_cue and quoted.count(" ") >= 5:
                found = self._said_before(lo)  # "..., Fishbach said. Leaders are 'trying to
                # remind people that ...'": hers (a clause of her words, not a scare quote)
            if (
                not found
                and partial
                and (lo == 0 or text[lo - 1] == "\n")
                and self._turn_at(lo) is None  # (not a transcript's "Roe: By 'you' I mean")
                and (head := HEADLINE_SUBJECT_RE.match(text, lo, open_mark)) is not None
                and (
                    not head["verb"]
                    or (head["verb"] in ONE_WORD_CUES or head["verb"] in _HEADLINE_VERBS)
                    and text[text.find("\n", open_mark) - 1] != "."  # a headline: no full stop
                )
                and (
                    head["name"].split(" ", 1)[0] in GIVEN_NAME_GENDER
                    or self.people.lookup(head["name"])
                )
            ):  # a headline, "Theresa May: Britain will not be 'half in-half out'": hers
                person, why = self.resolve("name", head["name"], lo, tied=True)
                if person is not None:
                    why = f"{why}: the headline's speaker"
                    found = (person, head.span("name"), None, None, why, 0.6)
        if (
            not found
            and not lead
            and text.startswith(": ", span.close_mark + 1)
            and line_start
            and (head := HEADLINE_AFTER_RE.match(text, span.close_mark + 1)) is not None
            and (
                head["verb"] is None
                or head["verb"] in ONE_WORD_CUES
                or head["verb"] in _HEADLINE_VERBS
            )
            and (
                head["name"].split(" ", 1)[0] in GIVEN_NAME_GENDER
                or self.people.lookup(head["name"])
            )
        ):  # a headline, "'We were not told': Albanese hits back at press pack": his
            person, why = self.resolve("name", head["name"], head.start("name"), tied=True)
            if person is not None:
                found = (person, head.span("name"), None, None, f"{why}: the headline's", 0.6)
        if not found and lead.endswith(":"):  # 'On the loss: "..."' under a sheet's heading
            colon = lo + len(lead) - 1
            found = self._sheet_head(open_mark)
            if not found and (heading := self._heading(lo, colon)) is not None:
                person, mention, why = heading  # "This post mirrors Miley's caption: '...'"
                found = (person, mention, None, None, f"{why}: their words, after the colon", 0.7)
        if (
            not found
            and text[open_mark - 2 : open_mark].strip()[-1:] in (":", "?")
            and (labelled := _LABELLED_RE.match(text, text.rfind("\n", 0, open_mark) + 1))
            and labelled.end() == open_mark + 1
        ):  # "Game analysis: « ... »", "Tired? « ... »" under "Statements by Jo Roe"
            found = self._sheet_by(labelled.start())
        unknown = False  # someone the text does not name speaks
        if not found and not lead and line_start:
            found = (
                self._sheet_head(open_mark)
                or self._introduced(open_mark)
                or self._statement_head(open_mark)
                or self._answer(span, previous)
                or self._called_on(span, previous)
                or (None if partial else self._caption_after(span.close_mark + 1, hi))
            )
            if not found and previous is self.unknown and self._next_paragraph(previous, span):
                unknown = True  # "'...,' read a statement." then '"...' over paragraphs
                why = "goes on from the quote before, whose speaker the text does not name"
                found = (None, None, None, None, why, 0.3)
            elif (
                not found
                and previous is not None
                and (body := self.speakers[-1]) is not None
                and body.gender == NEUTER
                and (body.name[:1].isupper() or not self._is_role(body))
                and self._next_paragraph(previous, span)
            ):  # '"...," the release asked.\n"We have decided ...': the party goes on
                why = f"goes on from the quote before, by {body.name}"
                found = (body, None, None, None, why, 0.5)
            if (
                not found
                and not _cue_after(text, span.close_mark + 1, hi)  # (a cue before a colon
                and not quoted.isupper()  # brings on the next quote: "Jo Roe added: '...'")
                and not text[span.close_mark + 1 : hi].lstrip()[:1].islower()
            ):  # not when someone unknown "said" it, nor a heading ("'QUEEN OF ROCK AND
                # SOUL'"), nor '"Follow the water" has been'
                if (role := self._role_above(open_mark)) is not None:
                    found = role
                elif (
                    quoted.endswith("?")
                    and (called := _CALLED_ON_RE.match(quoted))
                    and (called[1].lower() in ROLE_WORDS or self.people.lookup(called[1]))
                ):
                    why = f"a question that calls on {called[1]}: someone else's"  # "Coach,
                    found = (None, None, None, None, why, 0.3)  # will you ...?"
                else:
                    found = self._greeting(span, previous) or self._alone(dated)
                if not found and not self.speakers:  # the text's first quote
                    found = self._signature(span.close_mark + 1, True) or self._lede(
                        span.close_mark + 1
                    )
        elif not found and text[open_mark - 1 : open_mark] == "?":
            found = self._answer(span, previous, self.sentence_start(open_mark - 1))  # "Why?
            # ‘Being an actress is tough.’", an interview printed as one paragraph
        elif (
            not found
            and text[open_mark - 2 : open_mark] == "? "
            and text[(at := self.sentence_start(open_mark - 2)) - 1 : at] in ("", "\n")
            and (asked := _QUESTION_LINE_RE.fullmatch(text, at, open_mark)) is not None
            and not asked.group().isupper()  # ("WHAT DOES THIS WIN MEAN TO YOU?": below)
        ):  # 'How do you motivate your teammates? "I said ..."', a sheet's question before
            found = self._answer(span, previous, at)  # the answer on its line
        elif (
            not found
            and not lead
            and not partial
            and not _cue_after(text, span.close_mark + 1, hi)
            and not _TWEET_LINK_RE.sub("", text[span.close_mark + 1 : hi]).lstrip()[:1].islower()
            and not (previous and previous.speaker and self._same_paragraph(previous, span))
        ):  # (after a quote in the paragraph, who spoke since is weighed below)
            line = text.rfind("\n", max(0, open_mark - 300), open_mark) + 1  # (a short line)
            if (line or open_mark < 300) and _CAPS_QUESTION_RE.fullmatch(text, line, open_mark):
                found = self._answer(span, previous, line)  # "WHAT DID YOU THINK? '...'", as
                # team notes ask
            else:
                found = self._after_sentence(open_mark)  # "Hitt continues. '...'"
            if not found:
                found = self._under_name(open_mark)
        if (
            not found
            and (signed := self._wiki_signed(span.close_mark + 1))
            and not _NAMED_VERB_RE.search(text, max(lo, open_mark - 60), open_mark)
        ):  # (not "WP:BLPCAT states, '...'": someone it failed to read)
            found = signed  # "... to say '...' which clearly follows. Masem (t) 04:01, ..."
        if not found and (source := self._cited(span.close_mark + 1)):
            found = source  # '"Breezy ... irresistible" this memoir is' ... (Entertainment Weekly).
        confidence = 0.3
        speaker = mention_span = cue_name = cue_span = None
        reason = _NO_CUE
        if found:
            person, mention_span, cue_name, cue_span, reason, confidence = found
            if cue_name in ("read", "reads") and (author := self._read_from(person, lo)):
                reason = f"{reason}; {person.name} quoted {author.name}, who wrote it"
                person = author
            if person is not None:
                speaker = person.name
            self.speakers.append(person)
        elif (
            previous is not None
            and previous.speaker
            and self._same_paragraph(previous, span)
            and not self._said_by_another(span.close_mark + 1, self.speakers[-1])
        ):
            person, confidence, speaker = self.speakers[-1], 0.6, previous.speaker
            reason = f"no cue: continues the previous quote by {previous.speaker} in its paragraph"
            if (
                previous.partial
                and not partial
                and len(self.speakers) > 1
                and (whole := self.speakers[-2]) is not None
                and whole.name != speaker
                and (ended := self.gaps[-2][0]) > 0
                and self.sentence_start(previous.start) < ended
                and text.find("\n", ended, previous.start) == -1
            ):  # '"...," Abela said when asked about Muscat’s pledge to "make some noise".
                # "..."': the fragment sat in the attribution of Abela's quote, whom it goes on
                person, speaker = whole, whole.name
                reason = f"no cue: continues {speaker}'s quote, before a fragment in its cue"
            cue = last_cue(text, previous.end + 1, open_mark)
            own = cue is not None and previous.cue_span == cue.span()  # ('"...," said a
            # voice. Tara didn't wait. "..."': the cue before is the previous quote's own)
            if cue is not None and (begins := self.sentence_start(cue.start())) > previous.end:
                other = self._subject_of(begins, cue.start())  # "Jo Roe said the deal ... '...'"
                if other is not None and other.name != previous.speaker:
                    person, speaker = other, other.name
                    reason = f"no cue: {other.name} spoke since the previous quote ('{cue[0]}')"
                elif other is None and _passive(text, begins, cue.start()):
                    person = speaker = None  # "I read the reports. Each witness was asked,
                    confidence = 0.3  # '...'": not my words
                    reason = f"'{cue[0]}' in the passive since the previous quote: not its speaker"
            elif (
                (cue is None or own)
                and not lead
                and text[previous.end + 1 : open_mark].strip(" \t\n\"“”'‘’")  # (not right
                # after a quote left open: '“... the only update is Luis Sinisterra. “Luis has')
                and (after := self._after_sentence(open_mark)) is not None
                and after[0].name != previous.speaker
            ):  # '"... us." New Democrat MP Ryan Cleary didn't miss a beat. "Let me ...'
                person, speaker = after[0], after[0].name
                reason = (
                    f"no cue: {speaker} is the subject of the sentence since the previous quote"
                )
                confidence = 0.5
            elif (
                cue is None
                and partial
                and (begins := self._clause_start(previous.end, open_mark)) != -1
                and (other := self._subject_of(begins, open_mark)) is not None
                and other.name != previous.speaker
                and other.gender in _PEOPLE
                and not is_office(other.name)  # (no office no one holds)
                and _LOWER_LAST_RE.search(lead) is not None  # (a verb of theirs before the
            ):  # words, not 'Walt Kessler "asked about ... I told him"'): 'Warner admired its
                # "tone," but Kevin Brady thought it was "partisan."'
                person, speaker, confidence = other, other.name, 0.5
                reason = f"no cue: {speaker} is the subject of the clause since the previous quote"
            self.speakers.append(person)
        elif said := self._said_this(hi) or self._list_head(open_mark):
            person, mention_span, cue_name, cue_span, reason, confidence = said
            speaker = person.name
            self.speakers.append(person)
        elif (
            self.turns
            and _I_THOUGHT_RE.search(text, max(lo, open_mark - 24), open_mark)
            and (turn := self._turn_at(open_mark)) is not None
        ):  # "MOLLY: ... I thought, "I'm going to go stand there"": her own thought
            person = self._turn_person(turn.speaker)
            speaker, confidence = person.name, 0.7
            reason = f"'I' thought it, in {speaker}'s turn"
            self.speakers.append(person)
        elif (
            (cue := last_cue(text, lo, open_mark)) is not None
            and text.endswith(("it ", "It "), 0, cue.start())
            and not text[cue.start() - 4 : cue.start() - 3].isalnum()
            and text[cue.end() : open_mark].strip() in ("", ",", ":")
            and (found := self._it_body(cue.start() - 3)) is not None
        ):  # 'In response, it said, "..."': the body it means
            person, why = found
            speaker, confidence = person.name, 0.75
            mention_span = (cue.start() - 3, cue.start() - 1)
            cue_name, cue_span, reason = cue.group(), cue.span(), f"{why}, cue before the quote"
            self.speakers.append(person)
        else:
            self.speakers.append(None)
            cue = last_cue(text, lo, open_mark) or last_cue(text, span.close_mark + 1, hi)
            if cue is not None:  # "'...,' a neighbour of the plant said"
                reason = f"cue '{cue.group()}', but no name, title or role that says it"
                unknown = True
        if span.recovered:
            confidence = round(confidence * 0.6, 2)
            reason += "; unbalanced quotation marks"
        quote = Quote(
            span.start,
            span.end,
            quoted,
            speaker,
            mention_span,
            cue_name,
            cue_span,
            partial,
            confidence,
            reason,
        )
        if unknown:
            self.unknown = quote  # someone the text does not name spoke: it may go on
        return quote

    def subject_below(self, pos: int, speaking: bool = False) -> Person | None:
        """The person the paragraph after the one at ``pos`` opens with as its subject
        (``speaking``: with a speech cue in that sentence)."""
        k = bisect_right(self.breaks, pos)
        if k >= len(self.breaks):
            return None
        start = self.breaks[k] + 1
        while start < len(self.text) and self.text[start] in "\n ":
            start += 1
        if self.text[start : start + 1] in _OPENING_MARKS:
            return None  # another quote below, not a paragraph about anyone
        s = bisect_right(self.sentence_starts, start)
        end = self.sentence_starts[s] if s < len(self.sentence_starts) else len(self.text)
        person = self._subject_of(start, end)
        if person is None or person.gender not in _PEOPLE:
            return None
        if speaking and (self._is_role(person) or first_cue(self.text, start, end) is None):
            return None
        if (
            person.gender is None
            and not self._is_role(person)
            and self.text.count(person.name.rsplit(" ", 1)[-1]) < 2
            and not is_office(self.text[start : start + 60])
        ):
            return None  # (not "Ramlila Maidan in New Delhi was the scene of ...": a place)
        return person

    def _agent(self, after: int, hi: int) -> Found | None:
        """The one named after "by" right after a fragment of a passive sentence."""
        by = _BY_AGENT_RE.match(self.text, after, hi)
        named = MENTION_RE.search(self.text, by.end(), min(hi, by.end() + 60)) if by else None
        if named is None or named.lastgroup != "name":
            return None
        person, why = self.resolve("name", named.group(), named.start(), tied=True)
        if person is None:
            return None
        return person, named.span(), None, None, f"{why}, by whom it was said", 0.6

    def _read_from(self, reader: Person | None, lo: int) -> Person | None:
        """Whose words someone reads out: "Molewa then quoted Nelson Mandela. '...,' Molewa
        read": Mandela's (the sentence before names who is quoted)."""
        k = bisect_left(self.sentence_starts, self.sentence_start(lo))
        if reader is None or k == 0:
            return None
        begins = self.sentence_starts[k - 1]
        quoted = _QUOTED_RE.search(self.text, begins, self.sentence_starts[k])
        if quoted is None or self._subject_of(begins, quoted.start()) is not reader:
            return None
        names = list(_TITLED_NAME_RE.finditer(self.text, quoted.start("who"), quoted.end()))
        if not names:  # "quoted former South African president Nelson Mandela": the last
            return None
        author = self.resolve("name", names[-1].group(), names[-1].start(), tied=True)[0]
        return author if author is not None and author.gender in _PEOPLE else None

    def _list_head(self, open_mark: int) -> Found | None:
        """Words in a list under a line that gives someone's words: "The main thing from
        Maria Zakharova's statements at the briefing:" then a line each."""
        text = self.text
        block = text.rfind("\n\n", max(0, open_mark - 800), open_mark)
        if block == -1 and open_mark > 800:
            return None
        first = block + 2 if block != -1 else 0
        colon = text.find(":\n", first, open_mark)
        if colon == -1 or text.find("\n", first, colon) != -1:
            return None  # (the block's first line ends with the colon)
        heading = self._heading(first, colon)
        if heading is None:
            return None
        person, span, why = heading
        return person, span, None, None, f"{why}, in a list headed by their words", 0.6

    def _heading(self, lo: int, colon: int) -> tuple[Person, tuple[int, int], str] | None:
        """Who a heading that ends at ``colon`` gives the words of: "Statement from Bill
        Roe:", "Coach Dineen's comments about ...:"."""
        text: str = self.text
        heading = STATEMENT_FROM_RE.search(text, max(lo, colon - 120), colon + 1)
        if heading is None and text.find("s ", lo, colon) != -1:
            heading = OWN_WORDS_RE.search(text, max(lo, colon - 160), colon + 1)
        if heading is None or heading.end() != colon + 1:
            return None
        person, why = self.resolve("name", heading["name"], heading.start("name"), tied=True)
        return None if person is None else (person, heading.span("name"), why)

    def _byline(self, found: Found, span: Span, previous: Quote | None) -> bool:
        """Whether the dash and name that ``found`` read after a quote inside a paragraph
        of someone else's words end the paragraph, as a writer's byline does: '"...," the
        actor signed. "..." — Kyle Buchanan'."""
        person, mention = found[0], found[1]
        text: str = self.text
        return (
            person is not None
            and mention is not None
            and previous is not None
            and previous.speaker not in (None, person.name)
            and self._same_paragraph(previous, span)
            and text[span.close_mark + 1 : mention[0]].strip() in ("—", "–", "--")
            and text[mention[1] : mention[1] + 4].lstrip(" ")[:1] in ("", "\n")
        )

    def _said_before(self, lo: int) -> Found | None:
        """Who the sentence before the one at ``lo`` ends by saying spoke: "...,
        Fishbach said." """
        text: str = self.text
        k = bisect_left(self.sentence_starts, lo)
        if not 0 < k < len(self.sentence_starts) or self.sentence_starts[k] != lo:
            return None
        said = _SAID_END_RE.search(text, max(self.sentence_starts[k - 1], lo - 80), lo)
        if said is None:
            return None
        person, why = self.resolve("name", said["name"], said.start("name"), tied=True)
        if person is None:
            return None
        return person, None, None, None, f"{why}, who spoke in the sentence before", 0.5

    def _greeting(self, span: Span, previous: Quote | None) -> Found | None:
        """A quote that says who speaks, as a call does: '"Hi Bob. It's Darryl from
        Highfalutin Capital ..."' is Darryl's, and the '"Thanks Darryl ..."' that answers
        it is Bob's."""
        text = self.text
        if (intro := _SELF_INTRO_RE.match(text, span.start, span.end)) is not None:
            person, why = self.resolve("name", intro["name"], intro.start("name"), tied=True)
            if person is not None:
                return person, intro.span("name"), None, None, f"{why}, who says so", 0.7
        if (
            previous is not None
            and previous.speaker is not None
            and (thanks := _THANKS_RE.match(text, span.start, span.end)) is not None
            and previous.speaker.split()[0] == thanks["name"]
            and (hailed := _HAIL_RE.match(text, previous.start, previous.end)) is not None
            and (person := self.resolve("name", hailed["name"], hailed.start("name"), True)[0])
        ):
            why = f"an answer to {previous.speaker}, who hailed {person.name}"
            return person, None, None, None, why, 0.6
        return None

    def _said_this(self, pos: int) -> Found | None:
        """Words with no cue that one of the next two sentences owns: '... "is unacceptably
        high". / ECB President Christine Lagarde observed this in an interview.'"""
        starts = self.sentence_starts
        k = bisect_left(starts, pos)
        ends = starts[k + 1 : k + 3] + [len(self.text)]
        for lo, hi in zip(starts[k : k + 2], ends, strict=False):
            said = _SAID_THIS_RE.search(self.text, lo, min(hi, lo + 120))
            if said is not None and not _OPEN_MARK_RE.search(self.text, lo, said.start()):
                # (not a quote's words: 'Murphy said: "... if you made those remarks"')
                person = self._subject_of(lo, said.start(), tied=True)
                if person is None:
                    return None
                why = f"{person.name}{said.group()}, the next sentence says"
                return person, None, None, None, why, 0.5
        return None

    def _clause_start(self, lo: int, hi: int) -> int:
        """Where the last sentence or clause ("..., but Jo Roe thought") that starts between
        ``lo`` and ``hi`` starts, or -1."""
        begins = self.sentence_start(hi)
        turns = [m.end() for m in _CLAUSE_TURN_RE.finditer(self.text, max(lo, begins), hi)]
        return turns[-1] if turns else (begins if begins > lo else -1)

    def _said_by_another(self, after: int, person: Person | None) -> bool:
        """Whether the cue after a quote has a pronoun that cannot mean ``person``: '"...,"
        says Jane Roe. ... "...," he says.'"""
        text: str = self.text
        while text[after : after + 1] in (" ", ","):
            after += 1
        said = PRONOUN_LEAD_RE.match(text, after) if text[after : after + 1] in "hs" else None
        gender = _GENDER_WORD.get(said["pron"]) if said is not None else None
        return gender is not None and person is not None and person.gender not in _FITS[gender]

    def _next_paragraph(self, previous: Quote | None, span: Span) -> bool:
        if previous is None:
            return False
        k = bisect_left(self.breaks, previous.end)  # the end of its paragraph
        if k >= len(self.breaks):
            return False
        between = self.text[self.breaks[k] : span.open_mark].strip()  # nothing, or a photo's
        return not between or "\n" not in between and _CREDIT_RE.fullmatch(between) is not None

    def _same_paragraph(self, previous: Quote, span: Span) -> bool:
        breaks = self.breaks  # (not "\n": a wrapped text has line breaks in its paragraphs)
        return bisect_left(breaks, previous.end) == bisect_left(breaks, span.open_mark)

    def _name_paren(self, lo: int, open_mark: int) -> Found | None:
        """A name and its details in brackets at the paragraph's start, then the quote:
        "McLaren Lewis Hamilton (1st, Q3 - 1m 24.922s) '...'", as a team's release heads
        each driver's words."""
        text: str = self.text
        k = open_mark
        while k > lo and text[k - 1].isspace():
            k -= 1
        head = _NAME_PAREN_RE.fullmatch(text, lo, k)
        if head is None or not (lo == 0 or text[lo - 1] == "\n"):
            return None
        words = head["name"].split()
        if len(words) > 2 and words[-2] in GIVEN_NAME_GENDER:
            words = words[-2:]  # (the team before the driver)
        name = " ".join(words)
        at = head.end("name") - len(name)
        person, why = self.resolve("name", name, at, tied=True)
        if person is None:
            return None
        return person, (at, at + len(name)), None, None, f"{why} heads it", 0.8

    def _headline_name(self, open_mark: int, partial: bool) -> Found | None:
        """A headline that opens with a name and then quotes them: "Sainz 'lost feeling
        and rhythm' after F1 qualifying engine problem" (the name someone the text goes on
        to name again; not "Car 'a bit more hooked up' during qualifying"); or a fact
        check's that asks whether they said it: "Did Keanu Reeves Tweet 'Be Kind ...'?"."""
        text: str = self.text
        start = text.rfind("\n", max(0, open_mark - 120), open_mark) + 1
        end = text.find("\n", open_mark, start + 122)
        if end == -1 and len(text) > start + 121 or start == 0 and open_mark > 120:
            return None  # (a heading is short)
        line = text[start : len(text) if end == -1 else end].rstrip()
        if len(line) > 120 or line.endswith((".", ":")) or start and text[start - 2] != "\n":
            return None  # (a heading is a paragraph of its own, with no full stop)
        signed = _HEADLINE_SIGNER_RE.search(line) if partial else None
        if signed is not None and not _office_alone(signed["name"]):  # "Albanese ‘shifty’
            # ... on Voice: Dutton": Dutton's words (an office is read as the text names it)
            at = start + signed.start("name")
            person, why = self.resolve("name", signed["name"], at, tied=True)
            if person is not None and (person.gender in _PEOPLE or signed["name"].isupper()):
                span = (at, at + len(signed["name"]))  # (or a body's initials: "...: UN")
                return person, span, None, None, f"{why} signs the headline", 0.6
        if (
            partial
            and (label := _HEADLINE_LABEL_RE.match(text, start, open_mark)) is not None
            and is_office(label["who"].partition(" of ")[0])  # (not a topic: "PMQs: ...")
        ):
            who, at = label["who"], label.start("who")  # "Archbishop of Canterbury: UK must
            person, why = self.resolve("title", f"the {who}", at, tied=True)  # not ‘hide
            if person is not None and person.gender in _PEOPLE:  # behind closed doors’": theirs
                return person, (at, at + len(who)), None, None, f"{why} labels the headline", 0.6
        name = _HEADLINE_LEAD_RE.fullmatch(text, start, open_mark)
        if name is None or not (partial or name["cue"]):
            return None
        cue = name["cue"]
        if not cue and text.count(name["name"], open_mark, open_mark + 5_000) < 2:
            return None
        person, why = self.resolve("name", name["name"], name.start("name"), tied=True)
        if person is None or person.gender not in _PEOPLE:
            return None
        return (
            person,
            name.span("name"),
            cue,
            name.span("cue"),
            f"{why}{_HEADLINE_WHY}",
            0.6,
        )

    def _colon(self, lo: int, open_mark: int) -> Found | None:
        """Jane Smith: "..." """
        turn = self._turn_at(open_mark)
        if turn is not None and turn.start == open_mark:  # 'ML: "..."' opens ML's turn
            person = self._turn_person(turn.speaker)
            return person, None, None, None, f"opens {turn.speaker}'s turn", 0.9
        text: str = self.text
        k = open_mark
        while k > lo and text[k - 1].isspace():
            k -= 1
        if text[k - 2 : k] == ":-":  # "Chairman:- "
            k -= 1
        dashed = text[k - 2 : k] in (" –", " —", " |")
        if dashed:  # "Ben Scrivens – “...”", as a colon
            k -= 1
        if k <= lo or text[k - 1] not in ": ":
            return None
        if text[k - 1] == ":" and (by := text.rfind(", according to ", lo, k)) != -1:
            k = by + 1  # "NSC Spokesperson Adrienne Watson, according to the White House:"
        if text[k - 2] == ")" and text[lo] == "(" and text.find("(", lo + 1, k) == -1:
            if text.startswith(("Reporter", "Question"), lo + 1):  # "(Reporter question off
                person, why = self._role("reporter", lo + 1)  # camera): '...'"
                return person, None, None, None, f"{why}, the label", 0.8
            k -= 1  # "(Sean Spicer): '...'", as a video's shot list labels a soundbite
            lo += 1
        if text.endswith(("quote:", "Quote:"), lo, k):  # a record's field: "Author: Jo Roe
            field = _FIELD_NAME_RE.search(text, max(0, lo - 300), lo)  # / Book: ... / Author
            if field is not None and "“" not in text[field.end() : lo]:  # quote: '...'"
                person, why = self.resolve("name", field["name"], field.start("name"), True)
                if person is not None:
                    return person, field.span("name"), None, None, f"{why}, the record's", 0.8
        if text[k - 2] == ")" and (tag := _PARTY_TAG_END_RE.search(text, max(lo, k - 24), k - 1)):
            k = tag.start() + 1  # "Said Sen. Lindsey Graham (R-S.C.): '...'"
        m = NAME_END_RE.search(text, max(lo, k - 60), k - 1) or _RESULT_LEAD_RE.fullmatch(
            text, lo, k
        )
        if m is not None and (speaker := self._labels.get(m["name"])) is not None:
            person = self.people.lookup(speaker) or Person(speaker)  # "... SF: “Move on.”"
            return person, m.span("name"), None, None, f"'{m['name']}' labels {speaker}", 0.8
        head = LEAD_NAME_RE.match(text, lo, k) if m and m.start() > lo else None
        if (
            head is not None
            and " " in head["name"]
            and head["name"] == split_name(head["name"])[0]
            and last_cue(text, head.end(), k) is None
        ):
            m = head  # "Sonny Kalsi, co-CEO, BentallGreenOak: '...'": Kalsi, not the firm
        if not m and (owned := _OWNED_ROLE_END_RE.search(text, max(lo, k - 60), k - 1)):
            person, why = self._role(owned.group(), owned.start())  # "Louis Nix III’s mother:
            return person, owned.span(), None, None, f"{why} before a colon", 0.8  # '...'"
        if not m:
            return None
        if (told := last_cue(text, max(lo, m.start() - 16), m.start())) is not None:
            if told.group().endswith("ing") and told.end() + 1 == m.start():  # "with Mr
                return self._from_cue(told, lo, m.start())  # Varadkar telling Ms McDonald:
            return None  # '...'": his; "told Le Monde: '...'" names the listener
        # ("Last word to Jo Roe:" gives her the floor: she is no listener, nor an object)
        given = _LAST_WORD_RE.search(text, max(lo, m.start() - 30), m.start()) or (
            _WORDS_FROM_RE.search(text, max(lo, m.start() - 30), m.start())
        )  # ("That prompted this rebuke from Rory McIlroy:": his words, as "Last word to")
        if not given and m.start() > lo and self._after_preposition(lo, m.start()):
            return None  # "addressed graduates of the School of Communications:"
        if not given and not _titles_only(text[lo : m.start()]):  # "Bob Stoops on beating
            return None  # his brother, Mark:": Stoops, the subject; but "coach Jo Roe:"
        name, at = m.group("name"), m.start("name")
        if name.rpartition(" ")[2] in _FEATURE_WORDS:
            return None  # "Opening Statement:", "Courtroom Exchange:": a page's or column's
        if name.startswith(("About ", "On ", "Regarding ")):
            return None  # "About Bouchard:" names whom the words are about
        first, _, rest = name.partition(" ")
        cue = cue_span = None
        if rest and first in ONE_WORD_CUES:  # "Continued Price:": a cue, then the name
            cue, cue_span = first, (at, at + len(first))
            name, at = rest, at + len(first) + 1
        person, why = self.resolve("name", name, at, tied=True)
        if person is None:
            return None
        mark = "a dash" if dashed else "a colon"
        return person, (at, at + len(name)), cue, cue_span, f"{why} before {mark}", 0.85

    def _named_by_main_clause(self, cue: re.Match[str], open_mark: int) -> Found | None:
        """The subject of the main clause after a sentence's opening participle of naming
        and the words it quotes: 'Describing the pleading as "unwieldy," "disorganized"
        and "rambling," Judge Allison Burroughs has twice dismissed it': the judge."""
        text: str = self.text
        k = bisect_right(self.sentence_starts, cue.start())
        end = self.sentence_starts[k] if k < len(self.sentence_starts) else len(text)
        for comma in _QUOTED_COMMA_RE.finditer(text, open_mark, min(end, open_mark + 300)):
            if _subject_start(text, comma.end()):
                person = self._subject_of(comma.end(), end, tied=True)
                if person is None:
                    return None
                why = f"{person.name} is the subject of the main clause after '{cue.group()}'"
                return person, None, cue.group(), cue.span(), why, 0.7
        return None

    def _stated_on(self, stated: re.Match[str]) -> Found:
        """A fact-check's claim line: "Club for Growth stated on January 4, 2012 in a
        billboard ad: '...'" is the claim of whoever or whatever it names, person or not."""
        who = stated["who"]
        person = self.people.lookup(who) or self.people.person(who, lone_surname=True)
        if person is None:
            person = self._roles.setdefault(who, Person(who, NEUTER))
        why = f"'{who}' stated it, as a fact-check's claim line says"
        return person, stated.span("who"), "stated", stated.span("cue"), why, 0.9

    def _led_by(self, lo: int, open_mark: int) -> Found | None:
        """ "Research (led) by Jo Roe, professor of X, shows ...: '...'": Jo Roe."""
        led = _LED_BY_RE.match(self.text, lo, open_mark)
        m = MENTION_RE.match(self.text, led.end(), open_mark) if led else None
        person, why = (
            self.resolve(m.lastgroup, m.group(), m.start(), tied=True) if m else (None, "")
        )
        if person is None:
            return None
        return person, m.span(), None, None, f"{why} led the work the colon introduces", 0.8

    def _asked(self, lo: int, start: int, cue: re.Match[str]) -> Found | None:
        """Who was asked, in "X contacted Y and was told '...'": Y."""
        asked = _ASKED_AND_TOLD_RE.search(self.text, max(lo, start - 120), start)
        if asked is None:
            return None
        at, end = asked.span("who")
        if role_start(self.text, at, end) is not None:  # "a rep for Kanye"
            person, why = self._role(self.text[at:end], at)
        elif (m := MENTION_RE.fullmatch(self.text, at, end)) and m.lastgroup == "name":
            person, why = self.resolve("name", m.group(), at, tied=True)
        else:
            return None
        if person is None:
            return None
        why = f"{why}, asked before cue '{cue.group()}'"
        return person, (at, end), cue.group(), cue.span(), why, 0.8

    def _from_cue(self, cue: re.Match[str] | None, lo: int, open_mark: int) -> Found | None:
        """The speaker of a cue in the quote's sentence."""
        if cue is None:
            return None
        text: str = self.text
        word = cue.group().lower()
        start, end = cue.span()
        if (
            word in _REPLYING
            and text[start - 2 : start] == ", "
            and (who := text.rfind(", who ", lo, start)) != -1
            and last_cue(text, who, start - 2) is None
            and (named := NAME_END_RE.search(text, max(lo, who - 60), who)) is not None
            and named.end() == who
            and (person := self.resolve("name", named["name"], named.start("name"), True)[0])
        ):  # "..., Mr Dutton quipped to Mr Abbott, who seemed unsettled, responding, '...'":
            why = f"{person.name}, who is '{word}'"  # the one the relative clause is about
            return person, named.span("name"), cue.group(), cue.span(), why, 0.75
        if (
            text[start - 5 : start] == ", it "
            and text[end : end + 1] == ","
            and (found := self._it_body(start - 3)) is not None
        ):  # "His plan, it said, was to ... “blend in with the crowd”": the affidavit's
            body, why = found
            return body, (start - 3, start - 1), cue.group(), cue.span(), f"{why}, in an aside", 0.7
        if (
            (it := _IT_CUE_RE.search(text, max(lo, start - 16), start)) is not None
            and it.start() == self.sentence_start(start)
            and (found := self._it_body(it.start())) is not None
        ):  # "It further said that India’s “documented involvement ...”": the statement's
            body, why = found
            return body, (it.start(), it.start() + 2), cue.group(), cue.span(), why, 0.7
        if (
            text[start - 2 : start] == ", "
            and (inverted := _INVERTED_ROLE_RE.match(text, end, open_mark)) is not None
            and inverted["role"] in ROLE_WORDS
        ):  # "Since then, says the source, they have barely spoken": the source's aside
            at = inverted.start() + 1
            person, why = self._role(f"the {inverted['role']}", at)
            span = (at, inverted.end() - 1)
            return person, span, cue.group(), cue.span(), f"{why}, in an aside", 0.8
        if start == lo and word.endswith("ing") and text[start].isupper():  # "Claiming that
            k = bisect_right(self.sentence_starts, open_mark)  # the 'corrupt coalition' will
            stop = self.sentence_starts[k] if k < len(self.sentence_starts) else len(text)
            main = _main_clause(text, lo, stop)  # lose, Jo Roe said ...": the main clause's
            person = self._subject_of(main, stop, tied=True) if main > open_mark else None
            if person is not None:  # subject
                why = f"{person.name} is the subject of the sentence '{cue.group()}' opens"
                return person, None, cue.group(), cue.span(), why, 0.8
        if (
            word == "according to"
            and text.find(":", end, open_mark) != -1  # (a colon before the quote)
            and (told := last_cue(text, lo, start)) is not None
            and told.group().lower() not in _SOURCE_CUES
            and (found := self._from_cue(told, lo, open_mark)) is not None
            and found[0] is not None
        ):  # "A third woman told Cotton that ..., according to Vox: '...'": the woman's words,
            return found  # Vox's report of them
        if word in _SOURCE_CUES and (
            word != "reported by" or text.endswith(("As ", "as "), 0, start)
        ):
            if (obj := _OBJECT_PRONOUN_RE.match(text, end, open_mark)) is not None:
                pronoun = {"him": "he", "her": "she", "them": "they"}[obj[1]]
                person = self._pronoun(pronoun, obj.start(1))  # "But according to him:"
                if person is None:
                    return None
                why = f"'{word} {obj[1]}': {self._pronoun_why(pronoun, obj.start(1), person)}"
                return person, obj.span(1), cue.group(), cue.span(), why, 0.85
            after = self._mention_after(end, open_mark)
            if after is None:
                return self._source_role(cue, open_mark) or self._source_unnamed(cue, open_mark)
            if (
                text[after.end() : after.end() + 1] in (" ", "\n")
                and text.startswith(("and ", "& "), after.end() + 1)  # (or across a line)
                and after.lastgroup in ("name", "title")
                and (held := _DOMAINS_OFFICE_NAME_RE.match(text, after.start(), open_mark))
                and held["office"].lower() in OFFICE_WORDS
                and (person := self.resolve("name", held["name"], held.start("name"), True)[0])
            ):  # "according to U.S. Health and Human Services Secretary Tommy G. Thompson"
                why = f"'{held['name']}' -> {person.name}, the {held['office']}, after '{word}'"
                return person, held.span("name"), cue.group(), cue.span(), why, 0.9
            if (
                after.lastgroup == "name"
                and (head := _BODY_HEAD_RE.match(text, after.end(), open_mark)) is not None
                and head["office"] in OFFICE_WORDS
                and (person := self.resolve("name", head["name"], head.start("name"), True)[0])
            ):  # "According to Agri SA president, Johannes Möller,": him, not the body
                why = f"'{head['name']}' -> {person.name}, the {after.group()} {head['office']}"
                return person, head.span("name"), cue.group(), cue.span(), why, 0.9
            return self._found(after, cue, f"after '{word}'", 0.95)
        if word.endswith("ing") and text.endswith(" for ", 0, start):
            found = self._blamed(cue, lo, start - 4)
            if found is not None:
                return found
        if (
            (
                word.endswith("ing")
                and text.startswith(" of ", end)
                or word in _NOUN_FORM_CUES
                and _NOUN_CUE_TAIL_RE.fullmatch(text, end, open_mark) is not None
            )
            and ("’s " in (near := text[max(lo, start - 30) : start]) or "'s " in near)
            and (owner := _OWNER_BEFORE_RE.search(text, max(lo, start - 60), start)) is not None
            and not any(w in ROLE_WORDS for w in owner["words"].split())  # (not "Roe's lawyer")
        ):  # "unhappy with Malema’s chanting of ‘Kill the Boer’", "Muscat’s pledge in the
            # video to ‘make some noise’": the owner's words
            person, why = self.resolve("name", owner["name"], owner.start("name"), tied=True)
            if person is not None:
                why = f"{why}, whose '{word}' it is"
                return person, owner.span("name"), cue.group(), cue.span(), why, 0.8
        if text.find("@", max(lo, start - 40), start) != -1 and (  # (a quick test first)
            handle := _HANDLE_BEFORE_RE.search(text, max(lo, start - 40), start)
        ):  # '.@realDonaldTrump says "we now have a fair deal"': the account's words
            name = handle["handle"]
            person = self._roles.setdefault(name, Person(name))
            why = f"the account '{name}' before cue '{word}'"
            return person, handle.span("handle"), cue.group(), cue.span(), why, 0.85
        if (
            text[(begins := self.sentence_start(start))] in "AaTt"  # (a quick test first)
            and start - begins < 200
            and (doc := _DOC_SUBJECT_RE.fullmatch(text, begins, start - 1))
        ):  # "A statement from the Office of the Prime Minister in Port of Spain stated, '...'":
            name = doc["name"]  # the body's words (an office's, not its holder's)
            person = (
                None
                if name.startswith("Office ")
                else self.resolve("name", name, doc.start("name"), True)[0]
            )
            if person is None:
                person = self._roles.setdefault(name, Person(name, NEUTER))
            why = f"a {doc['doc']} from {person.name} before cue '{word}'"
            return person, doc.span("name"), cue.group(), cue.span(), why, 0.85
        if (
            cue.group() == "Says"
            and text[start - 2 : start] == ": "
            and (label := _CLAIMANT_RE.fullmatch(text, text.rfind("\n", 0, start) + 1, start))
            and (person := self.resolve("name", label["name"], label.start("name"), True)[0])
        ):  # a fact check's claim: "Obama: Says Romney 'backed a bill ...'": Obama's
            why = f"'{label['name']}' -> {person.name}, the claimant before 'Says'"
            self._owned.add(len(self.speakers))  # (a label, whom no pronoun after it means)
            return person, label.span("name"), cue.group(), cue.span(), why, 0.8
        if word in _NOUN_CUES and (by := _BY_WHOM_RE.match(text, end, open_mark)) is not None:
            who, at = by["who"], by.start("who")  # "comments from an MP accusing the
            person, why = (  # minister of 'acting like a poodle'": the MP's
                self._role(who, at) if who[:1].islower() else self.resolve("name", who, at, True)
            )
            if person is not None:
                why = f"{why}: the {word} {by['by']} them"
                return person, (at, at + len(who)), cue.group(), cue.span(), why, 0.75
        if (
            word.endswith("ing")
            and text.endswith(", ", 0, start)  # (a quick test first)
            and (said := _SAID_THEN_RE.search(text, max(lo, start - 60), start))
        ):
            who, at = said["who"], said.start("who")  # "..., he wrote, adding that they are
            kind = "pron" if who.islower() else "name"  # “...”": he
            person, why = self.resolve(kind, who, at, tied=True)
            if person is not None:
                why = f"{why}, '{said.group().strip(', ')}' before cue '{word}'"
                return person, (at, at + len(who)), cue.group(), cue.span(), why, 0.85
        if word in ("saying", "telling"):  # "The paper quoted officials as saying": them
            quoted = _QUOTED_WHO_RE.search(text, max(lo, start - 150), start)
            if quoted is not None:
                return self._quoted(quoted, cue)
        if word in ("read", "reads", "reading") and _READ_DOC_RE.match(text, end, open_mark):
            docs = list(_DOC_OF_RE.finditer(text, max(0, start - 400), start))  # "your reaction
            if docs:  # on the tweet of Secretary Teddy Boy Locsin. I'll just read the tweet:
                doc = docs[-1]  # '...'": his words, read out
                person, why = self.resolve("name", doc["name"], doc.start("name"), tied=True)
                if person is not None:
                    why = f"{why}: the {doc['doc']} of theirs read out"
                    return person, doc.span("name"), cue.group(), cue.span(), why, 0.75
        if (
            word in _ACCUSED_CUES
            and text.startswith((" of ", " over "), end)
            and (before := _word_before(text, start).lower()) not in _SUBJECT_PRONOUNS
            and before not in PASSIVE  # (not "which he accused of 'lies'": his; nor "has
        ):  # been accused of '...' by Greenpeace": theirs, read after the quote)
            if _OF_SAYING_RE.match(text, end) and (
                person := self._subject_of(self.sentence_start(start), start, tied=True)
            ):  # "Mr Lissu is ... accused of uttering a seditious statement that:": his
                why = f"{person.name}, the subject, is '{word}' of saying it"
                return person, None, cue.group(), cue.span(), why, 0.7
            why = f"'{word} of' with no one between: whom they accuse, not the accuser"
            return None, None, cue.group(), cue.span(), why, 0.4  # "Von der Leyen accused of
            # ‘total piss-take’", a headline's passive
        if word[:3] == "ask" and _ASKED_TO_RE.match(text, end, open_mark):
            return None  # "the city asked police to look into 'a situation'": a request
        head = text[max(lo, start - 24) : start]
        if head.endswith(("the latter ", "the former ")):  # "defended Marcos from Vice
            begins = self.sentence_start(start)  # President Sara Duterte after the latter
            names = [  # stated": Duterte, the second of the two named before
                m
                for m in MENTION_RE.finditer(text, begins, start)
                if m.lastgroup in ("name", "title")
                and (p := self.resolve(m.lastgroup, m.group(), m.start())[0])
                and p.gender in _PEOPLE
            ]
            if len(names) > 1:
                m = names[-1] if head.endswith("latter ") else names[-2]
                where = f"('the {head.split()[-1]}' of two) before cue '{word}'"
                found = self._found(m, cue, where, 0.8)
                if found is not None:
                    return found
        if (
            head.endswith(_ANOTHER_ENDS) and (other := _ANOTHER_RE.search(head)) is not None
        ):  # "Another commented, '...'", "a third added:"
            first = other.group().strip()
            begins = self.sentence_start(start)
            group = (
                _GROUP_OPENER_RE.match(text, self.sentence_start(begins - 1)) if begins else None
            )
            if (
                first in ("One", "Another")
                and other.start() + max(lo, start - 24) == begins
                and group is not None
                and (
                    (one := group["role"].lower()[:-1]) in _ONE_PERSON_ROLES
                    or one in _ONE_PERSON_OTHERS
                    or one.endswith(("er", "or", "ist", "ian"))
                )  # (people: "fans", "dancers"; not "The results came in", "Comments came")
            ):  # "Her dancers reach out through social media. One wrote:": one of them
                owner = (group["det"] or "the").lower()
                owner = owner if owner in ("his", "her", "their") else "the"  # ("Many fans")
                role = f"{first.lower()} of {owner} {group['group'].lower()}"
                person, why = self._role(role, self.sentence_start(begins - 1))
                return person, None, cue.group(), cue.span(), f"{why} before cue '{word}'", 0.6
            why = f"'{first}' before cue '{cue.group()}': someone not named"
            return None, None, cue.group(), cue.span(), why, 0.4
        if (
            word in ("called", "dubbed", "termed")
            and not text[end:open_mark].strip()
            and (
                head.rstrip().endswith(",")
                or (thing := _A_THING_RE.search(head)) is not None
                and thing["noun"] not in ROLE_WORDS
                and thing["noun"] not in _SUBJECT_PRONOUNS  # ("a trend that she called")
            )
            or word == "call"
            and head.endswith(_WE_WILL)
        ):  # "protected against lawsuits, called 'qualified immunity'", "a blog site called
            # 'Sandra Rose'", "a worker we'll call 'Ana'": a name, nobody's words
            return None, None, cue.group(), cue.span(), f"'{cue.group()}' names something", 0.5
        who = (
            _WHO_BEFORE_RE.search(text, max(lo, start - 40), start)
            if ", wh" in head or " who " in head
            else None
        )
        if (
            who is not None
            and who["bare"]
            and not _word_before(text, who.start() + 1)[:1].isupper()
        ):
            who = None  # (but not "the people who said")
        if who is not None:  # "raised by Sir Patrick McLoughlin, who said '...'": him (and
            # "PolitiFact was referred to the Pentagon, which said: '...'")
            stop = who.start()  # (past a party: "Rep. Baron Hill (D-Ind.), who accused")
            if text[stop - 1] == ")" and (party := _PARTY_END_RE.search(text, lo, stop)):
                stop = party.start()
            named = NAME_END_RE.search(text, max(lo, stop - 60), stop)
            placed = NAME_THEN_PLACE_RE.search(text, max(lo, stop - 120), stop) if named else None
            if (
                placed
                and (person := self.people.lookup(placed["name"]))
                and person.gender != NEUTER
            ):
                named = placed  # (the one in the place: "Judge Jo Roe in the District of X, who")
            # "our own source close to the Duke and Duchess of Sussex who told us": the source
            close = _CLOSE_TO_RE.search(text, max(lo, stop - 120), stop) if named else None
            if close is not None and close.end() <= named.start():
                person, why = self._role(close["role"], close.start("role"))
                why = f"{why}, close to the one named before '{who.group().strip()}'"
                return person, close.span("role"), cue.group(), cue.span(), why, 0.8
            m = MENTION_RE.match(text, named.start(), named.end("name")) if named else None
            found = self._found(m, cue, f"before '{who.group().strip()}'", 0.9) if m else None
            if found is not None:
                return found
            for article in _ARTICLE_RE.finditer(text, max(lo, stop - 60), stop):
                role = role_comma(text, article.start(), stop + 1)
                if role is not None and role.end() == stop + 1:  # "he spoke to one member
                    person, why = self._role(role["role"], role.start("role"))  # of the
                    why = f"{why}, before '{who.group().strip()}'"  # government, who told
                    return person, role.span("role"), cue.group(), cue.span(), why, 0.85
        if (
            head.endswith(" who ")
            and (kind := _A_THING_RE.search(text, max(lo, start - 64), start - 4)) is not None
            and kind["noun"] in _WHO_NOUNS
            and (person := self._subject_of(lo, kind.start())) is not None
            and person.gender in _PEOPLE
        ):  # "he seemed to me an optimist who professed an '...'": the sentence's subject
            why = f"{person.name}, '{kind.group().strip()}' who {word}"
            return person, None, cue.group(), cue.span(), why, 0.7
        last = head.split()[-2:]
        if last and last[-1].endswith("ly"):
            last = last[:-1]
        if last and (
            last[-1] in PASSIVE
            and word[-3:] != "ing"
            or last[-1] in ("As", "as")
            or word == "asked"
            and last[-1] in ("When", "when", "If", "if")  # "When asked by Sky News whether"
        ):
            # "the deal was called 'a truce'": nobody is speaking (but "Roe is calling it"
            # someone is); in "has been described by Jo Roe as 'shameful'", Jo Roe is, and
            # so in "As stated by Roe:"
            agent = _AGENT_RE.fullmatch(text, end, open_mark)
            if agent is None and word == "told":  # "The FADER reached out to a rep for
                return self._asked(lo, start, cue)  # Kanye and was told 'no comment'": the rep
            if agent is None:
                return None
            found = list(MENTION_RE.finditer(text, agent.start("who"), agent.end("who")))
            if found:
                return self._found(found[-1], cue, "after 'by'", 0.85)
            role = role_start(text, agent.start("who"), agent.end())
            if role is None or role.end("role") != agent.end("who"):
                return None
            person, why = self._role(role["role"], role.start("role"))  # "asked by a
            return person, role.span("role"), cue.group(), cue.span(), f"{why} after 'by'", 0.8
        if word.endswith("ing") and last and last[-1] in _BEFORE_PARTICIPLE:
            # "when Musk came under scrutiny for calling a diver a 'pedo'": the subject of
            # the clause the participle is in
            openers = list(_CLAUSE_OPENER_RE.finditer(text, lo, start))
            person = self._subject_of(openers[-1].end(), start, tied=True) if openers else None
            if person is not None:
                why = f"{person.name} is the subject of the clause with '{last[-1]} {word}'"
                return person, None, cue.group(), cue.span(), why, 0.7
        subject_cue = (last and last[-1] == "and") or (
            word.endswith("ing") and head.rstrip().endswith(",")
        )
        if (
            last
            and last[-1] == "and"
            and (joined := _AND_CLAUSE_RE.search(text, max(lo, start - 80), start))
            and (person := self.resolve("name", joined["name"], joined.start("name"), True)[0])
        ):  # "Pryke said as he was taken down, Richardson stood up and shouted: '...'": his
            why = f"{person.name} is the subject of the clause with '... and {cue.group()}'"
            return person, joined.span("name"), cue.group(), cue.span(), why, 0.75
        if (
            not subject_cue
            and last
            and (last[-1] in PRONOUNS or last[-1] in _FIRST_PERSON)
            and head.endswith(last[-1] + " ")
        ):
            pronoun = last[-1]  # "He stressed": the commonest case
            at = start - len(pronoun) - 1
            if text.endswith((" if ", " whether "), 0, at) and (
                asked := _ASKED_IF_RE.search(text, max(lo, at - 80), at)
            ):  # "Badenoch asked the PM if he believed '...'": her question
                person = self._subject_of(lo, asked.start(), tied=True)
                if person is not None:
                    why = f"{person.name} asked it: '{asked.group().strip()} ... {pronoun}'"
                    return person, None, asked.group().strip(), asked.span(), why, 0.7
            person = self._pronoun(pronoun, at)
            if person is None and pronoun in _FIRST_PERSON:  # "and I was like '...'"
                why = f"'{pronoun} {cue.group()}': the writer, whom the text does not name"
                return None, (at, at + len(pronoun)), cue.group(), cue.span(), why, 0.5
            if person is None:
                return None
            why = f"{self._pronoun_why(pronoun, at, person)} before cue '{cue.group()}'"
            return person, (at, at + len(pronoun)), cue.group(), cue.span(), why, 0.85
        if (
            not subject_cue
            and last
            and last[-1] in ("It", "it")
            and " " not in word  # (not "it was like")
            and head.endswith(last[-1] + " ")
            and (body := self._it(start - len(last[-1]) - 1)) is not None
        ):  # "The ANC said ... It warned that": the ANC
            at = start - len(last[-1]) - 1
            why = f"'{last[-1]}' -> {body.name}, the subject of the sentence before"
            return body, (at, at + 2), cue.group(), cue.span(), why, 0.75
        if (
            word.endswith("ing")
            and not subject_cue
            and (that := text.rfind(" that ", lo, start)) != -1
            and last_cue(text, lo, that) is not None
            and text[that + 6 : that + 7].isupper()
            and not _PARTICIPLE_OPENS_RE.match(text, lo)  # (not "Declaring that Holness
        ):  # could have ..., Desmond McKenzie is urging": the main clause's) "Roe said that
            # Minister Jo Doe had written ... demanding 'other measures'": Doe
            person = self._subject_of(that + 6, start, tied=True)
            if person is not None and person.gender in _PEOPLE:
                why = f"{person.name} is the subject of the clause with '{word}'"
                return person, None, cue.group(), cue.span(), why, 0.7
        if not subject_cue and (
            (epithet := _EPITHET_RE.search(text, max(lo, start - 24), start))
            or head.endswith(_STAR_WORDS)
            and (epithet := _STAR_RE.search(text, max(lo, start - 64), start))
        ):
            # "The 45-year-old said", "the Welshman added": the one named before it
            at = epithet.start()
            person = self._epithet(epithet["who"], at)
            if person is not None:
                why = f"'{epithet['who']}' -> {person.name}, named before it, before cue '{word}'"
                span = (at, at + len(epithet.group().rstrip()))
                return person, span, cue.group(), cue.span(), why, 0.75
        if not subject_cue:
            role = role_before(text, lo, start)
            if (
                role is not None
                and word.endswith("ing")
                and _word_before(text, role.start()) in _OBJECT_PREPOSITIONS
            ):  # "Vij hit back at the party saying that ...": the party is no speaker here
                role = None  # (but "reacted to the council leader saying": hers)
            if (
                role is not None
                and role["role"].rsplit(None, 1)[-1] in _DOCUMENTS
                and (made := AUTHOR_RE.search(text, max(lo, role.start() - 80), role.start()))
            ):  # "Mr Roe made a post stating": Roe's words
                author, why = self.resolve("name", made["name"], made.start("name"), tied=True)
                if author is not None:
                    why = f"{why}, who {made['verb']} the {role['role'].rsplit(None, 1)[-1]}"
                    return author, made.span("name"), cue.group(), cue.span(), why, 0.8
            if (
                role is not None
                and role["role"] in _THE_DOCUMENTS
                and (author := self._author_before(role.start())) is not None
            ):  # "The Queen published her first post ... The post added": hers
                why = f"'{role['role']}' -> {author.name}, who made it, before cue '{word}'"
                return author, None, cue.group(), cue.span(), why, 0.7
            if (
                role is not None
                and text.startswith(", ", role.start() - 2)
                and (unclosed := _UNCLOSED_APPOSITION_RE.fullmatch(text, lo, start))
                and (unclosed["name"].split(" ", 1)[0] in GIVEN_NAME_GENDER)
                and (m := MENTION_RE.fullmatch(text, lo, unclosed.end("name")))
                and (found := self._found(m, cue, f"before cue '{word}'", 0.9))
            ):  # "John Sauven, executive director of Greenpeace UK said": him, the apposition
                return found  # left unclosed
            if role is not None:  # "A lawyer for Maria Roe said": not Maria Roe
                person, why = self._role(role["role"], role.start())
                span = role.span("role")
                return person, span, cue.group(), cue.span(), f"{why} before cue '{word}'", 0.9
            far = max(lo, start - 200)
            wide = text[far:start]
            owned = (
                "’s " in wide
                or "'s " in wide
                or ", who " in wide
                or ", a " in wide
                or ", an " in wide
            ) and ORG_APPOSITION_RE.search(text, far, start)
            if owned:  # "Jo Roe, Amnesty International's Director for Europe"
                m = MENTION_RE.match(text, owned.start("name"), owned.end("name"))
                stop = start
                while text[stop - 1] in " ,":
                    stop -= 1
                possessive = max(
                    text.find("’s ", owned.end("name"), stop),
                    text.find("'s ", owned.end("name"), stop),
                )
                after = NAME_END_RE.search(text, possessive + 3, stop) if possessive != -1 else None
                words = after["name"].split() if after is not None else []
                while words and (words[0].lower() in OFFICE_WORDS or words[0] in NOT_PERSON_WORDS):
                    words.pop(0)  # (past the office: "Secretary General Salil Shetty")
                name = " ".join(words)
                at = after.end("name") - len(name) if after is not None else 0
                if (
                    len(words) > 1
                    and looks_like_person(name)
                    and not any(w in NOT_PERSON_WORDS for w in words)
                    and (
                        at > after.start("name")  # (an office right before it, or one and
                        or text.endswith(", ", 0, at)  # a comma: "Director, Jo Roe"; not "the
                        and _word_before(text, at - 2).lower() in OFFICE_WORDS  # Great Lakes")
                    )
                ):  # (the office the next name holds:
                    m = MENTION_RE.match(text, at, after.end("name")) or m  # "Ezzat Ghonim,
                    # Amnesty International's Campaigns Director, Najia Bounaim, said": her)
                found = self._found(m, cue, f"before cue '{cue.group()}'", 0.95) if m else None
                if found is not None:
                    return found
            if (unclosed := _UNCLOSED_APPOSITION_RE.fullmatch(text, lo, start)) is not None and (
                self.people.lookup(unclosed["name"])
                or unclosed["name"].split(" ", 1)[0] in GIVEN_NAME_GENDER
            ):
                m = MENTION_RE.fullmatch(text, lo, unclosed.end("name"))  # "Vij, an
                found = self._found(m, cue, f"before cue '{word}'", 0.9) if m else None  # BJP
                if found is not None:  # leader in Haryana said": Vij (the comma left out)
                    return found
            who = text.rfind(" who ", max(lo, start - 100), start)
            if who != -1 and "," not in text[who:start]:  # "Ruto who was in Tana River
                names = list(MENTION_RE.finditer(text, max(lo, who - 60), who))  # County
                named = names[-1] if names else None  # said": Ruto
                if (
                    named is not None
                    and named.end() == who
                    and named.lastgroup == "name"
                    and not _word_before(text, named.start()).endswith("ing")  # (not
                    and not self._after_preposition(lo, named.start())  # "branding X who")
                ):
                    found = self._found(named, cue, f"before cue '{word}'", 0.9)
                    if found is not None:
                        return found
            before = [  # (not an acronym in brackets: "the European Central Bank (ECB)
                m  # President": a part of the role)
                for m in MENTION_RE.finditer(text, max(lo, start - 130), start)
                if text[m.start() - 1] != "("
            ][-3:]
            if (
                len(before) > 1
                and _INTRO_OR_PARTICIPLE_RE.match(text, lo)
                and (main := _main_clause(text, lo, end)) > lo
            ):
                before = [m for m in before if m.start() >= main] or before  # "Asked about the
                # analysis by John Curtice, the Prime Minister said": the main clause's
            if (
                len(before) > 1
                and before[-1].end() + 1 == start
                and text[before[-2].end() : before[-1].start()] == " of "
                and before[-2].lastgroup == "name"
                and (named := split_name(before[-2].group()))
                and (" " in named[0] or named[2])
                and (named[0].split(" ", 1)[0] in GIVEN_NAME_GENDER or named[2] or named[3])
                and not _office_alone(before[-2].group())  # (an office: its holder, below)
            ):  # "Bishop Daryl Harris of Total Life Christian Ministries said": him; "Mayor
                # Kenney of Philadelphia advising": him
                found = self._found(before[-2], cue, f"before cue '{word}'", 0.9)
                if found is not None:
                    return found
            if (
                len(before) > 1
                and text.startswith(" from ", before[-2].end())
                and before[-1].start() - before[-2].end() in (6, 10)  # (" from the ")
                and before[-2].lastgroup == "name"
                and before[-2].group().rsplit(" ", 1)[-1] not in NOT_PERSON_WORDS
                and GAP_RE.fullmatch(text, before[-1].end(), start)
                and not self._after_preposition(lo, before[-2].start())
            ):  # "Suhasini from the Hindu has asked -": her, and the paper she is from
                found = self._found(before[-2], cue, f"before cue '{word}'", 0.85)
                if found is not None:
                    return found
            for gap in (GAP_RE, COMMA_GAP_RE):  # an apposition first, a bare comma last
                for m in reversed(before):
                    if (
                        (text[m.end()] == "," or text.startswith("the ", m.start()))
                        and self._after_preposition(lo, m.start(), m.end())
                        and _word_before(text, m.start()) not in CLAUSE_OPENERS
                    ):  # "... of the Security Council, said": not the Council (but "while
                        continue  # Schroeder, showing new flexibility, said": Schroeder)
                    if (
                        _word_before(text, m.start()) in ("in", "at", "from")
                        and m.lastgroup == "name"
                    ):
                        continue  # "The U.S. Attorney's Office in Washington said": a place;
                        # "a tweet of the Fates from Hercules captioned": a film
                    if m.group() in _WEEKDAYS and text.endswith(" on ", 0, m.start()):
                        continue  # "The family of Jo Roe on Wednesday paid tribute": a day
                    if acc := _ACCOMPANIED_RE.search(text, max(lo, m.start() - 70), m.start()):
                        prior = [  # "After Khizr Khan, accompanied by his wife, Ghazala,
                            p  # declared": he, not she
                            for p in MENTION_RE.finditer(
                                text, max(0, acc.start() - 60), acc.start()
                            )
                            if p.end() == acc.start()
                        ]
                        if prior and (
                            found := self._found(prior[-1], cue, f"before cue '{word}'", 0.9)
                        ):
                            return found
                        continue
                    if m.group() == "Office" and text.endswith(_POSSESSIVE_ENDS, 0, m.start()):
                        continue  # "The Mayor’s Office today announced": named whole below
                    if m is not before[0] and _word_before(text, m.start()) in ("with", "to"):
                        continue  # "Maryam Nawaz in her interview with BBC said": not BBC
                    if (
                        m.group() in NOT_PERSON_WORDS
                        and text[m.end()] == ","
                        and text.endswith(_POSSESSIVE_ENDS, 0, m.start())
                    ):
                        continue  # "Jo Roe, Chairman of the APC Governors’ Forum, said": Roe
                    if (
                        word.endswith("ing")
                        and m.end() + 1 == start
                        and self._after_preposition(lo, m.start(), m.end())
                        and (
                            text.startswith((" him ", " her ", " them "), cue.end())
                            or self._subject_of(self.sentence_start(m.start()), m.start())
                        )
                    ):  # "Jo Roe took a jibe at Minister Ann Lee calling her a '...'": Roe's
                        continue
                    if (
                        gap is GAP_RE
                        and m is not before[-1]
                        and (named := before[before.index(m) + 1]).start() == m.end() + 2
                        and named.lastgroup == "name"
                        and _office_alone(m.group())
                        and self.people.lookup(m.group()) is None
                    ):
                        continue  # "NDC's Communications Officer, Sammy Gyamfi, said": him
                    if gap.fullmatch(text, m.end(), start):
                        if m is before[-1] and (head := self._name_before_offices(lo, m)):
                            m = head  # "Mr Bright Kugbeadzor, Deputy Regional Communications
                            # Officer alleged", "Leonard Leganza, Chairman, President and CEO
                            # stated": him
                        if m is before[-1] and text.endswith(" and ", 0, m.start()):
                            group = self._group(max(lo, start - 200), m)  # "Ronan Keating,
                            if group is not None:  # Keith Duffy and Shane Lynch said": all
                                why = f"'{group.name}' before cue '{cue.group()}'"
                                span = (m.end() - len(group.name), m.end())
                                return group, span, cue.group(), cue.span(), why, 0.9
                        if (
                            m.lastgroup == "name"
                            and (kin := _ROLE_OF_RE.fullmatch(text, lo, m.start())) is not None
                            and kin["role"] in ROLE_WORDS
                            and not (
                                is_office(kin["role"])
                                and _DOMAIN_OF_RE.fullmatch(text, kin.start("role"), m.start())
                            )  # (but "The leader of the opposition Mark Golding says": him)
                        ):  # "The family of former One Direction star Liam Payne say": his
                            person, why = self._role(f"{kin['role']} of {m.group()}", lo)
                            span = (lo, m.end())
                            return person, span, cue.group(), cue.span(), f"{why} before cue", 0.9
                        if (
                            m.lastgroup == "name"
                            and m.group().rsplit(" ", 1)[-1] in NOT_PERSON_WORDS
                            and text.endswith(", ", 0, m.start())
                            and (lead := LEAD_NAME_RE.match(text, lo, m.start())) is not None
                            and (named := MENTION_RE.match(text, lo, lead.end("name")))
                        ):  # "Paul Gray, Chief Executive of NHS Scotland, Scottish
                            m = named  # Government, said": the body is his apposition's
                        found = self._found(m, cue, f"before cue '{cue.group()}'", 0.95)
                        if found is not None:
                            return found
            after = self._mention_after(end, open_mark)
            between = text[after.end() : open_mark] if after is not None else ""
            if between.startswith(" (") and (tag := _PARTY_TAG_RE.match(between)):
                between = between[tag.end() :]  # "Tweeted Sen. Ben Sasse (R-Neb.), '...'"
            if (
                after is not None
                and after.lastgroup != "pron"
                and not between.strip(" \t\n,:—–-")
                and between.strip(" \t")
                and not (word in _ADDRESSING_CUES and between.strip() in (",", ":"))
            ):  # (but "Jo Roe asked Netanyahu, '...'", "then tells Lanzmann:": whom he asks)
                # "said Mr Roe, '...'": not "said the UK will '...'", nor "said Roe 'is ...'"
                found = self._found(after, cue, f"after cue '{cue.group()}'", 0.9)
                if found is not None:
                    return found
        if (
            subject_cue
            and word.endswith("ing")
            and (said := SAID_NAME_RE.search(text, max(lo, start - 60), start))
        ):  # "..., said Wang, adding that ...": Wang
            person, why = self.resolve("name", said["name"], said.start("name"), tied=True)
            if person is not None:
                return (
                    person,
                    said.span("name"),
                    cue.group(),
                    cue.span(),
                    f"{why}, cue '{word}'",
                    0.85,
                )
        clause = _clause_start(text, lo, start)
        if (
            word.endswith("ing")
            and (
                w := max(
                    text.rfind(" with ", max(clause, start - 80), start) + 6,
                    text.rfind(" of ", max(clause, start - 80), start) + 4,
                )
            )
            > 5
            and (named := MENTION_RE.match(text, w, start)) is not None
            and named.lastgroup == "name"
            and named.end() + 1 == start
            and (person := self.resolve("name", named.group(), named.start(), tied=True)[0])
            and (
                person.gender in _GENDERED
                or not text.endswith(" with ", 0, w)
                or text.endswith(", with ", 0, w)
            )  # (but "left the door open to a coalition with Sinn Féin saying": a party
        ):  # the clause is not about) "..., with Union Minister Jo Roe calling Al Lee the
            # 'liar of the year'": Roe; "followed by a clip of Lopez declaring, '...'": Lopez
            why = f"{person.name} is the subject of the clause with cue '{cue.group()}'"
            return person, named.span(), cue.group(), cue.span(), why, 0.75
        if (
            word.endswith("ing")
            and (w := text.rfind("with the ", max(clause, start - 60), start)) != -1
            and not text[w - 1 : w].isalnum()
            and (role := role_start(text, w + 5, cue.end())) is not None
            and role.end("role") + 1 == start
            and not is_office(role["role"])  # (not "with the Labour MP saying": him)
        ):  # "an unhappy couple, with the woman stating '...'": the woman
            person, why = self._role(role["role"], role.start("role"))
            why = f"{why}, the subject of the clause with cue '{cue.group()}'"
            return person, role.span("role"), cue.group(), cue.span(), why, 0.7
        if not subject_cue and (conj := text.rfind(" and ", max(clause, start - 100), start)) != -1:
            named = MENTION_RE.match(text, conj + 5, start)  # "The reporter asked again and
            if (  # Popovich had a more complete answer": the second clause's subject
                named is not None
                and named.lastgroup == "name"
                and (verb := _LOWER_WORD_RE.match(text, named.end() + 1))
                and verb.group() not in _LINKS  # (not "the Centre for Legal and Policy
                and text[named.end()] == " "  # Studies of the university, Jo Roe said")
                and verb.group() not in PREPOSITIONS  # (nor "Director of Communications and
                # Public Affairs in the Office of ...": an office's words)
                and " — " not in text[conj:start]  # (nor "— she has twins and Affleck has
            ):  # three — but says": an aside's)
                person = self.resolve("name", named.group(), named.start(), tied=True)[0]
                if person is not None:
                    why = f"{person.name} is the subject of the clause with cue '{cue.group()}'"
                    return person, named.span(), cue.group(), cue.span(), why, 0.75
        if subject_cue and (first := self.sentence_start(lo)) < lo:
            person = None  # "X described Roe as 'little', ... and referring to Kim as '...'"
            if (word.endswith("ing") and text[start - 2 : start] == ", ") or (
                self.speakers and self.speakers[-1] is None and text.startswith(" and ", start - 5)
            ):  # the sentence's subject (not the speaker of a quote between: "Jo Roe
                person = self._subject_of(first, open_mark, before=start, tied=True)  # dismissed
            # comments from Al Lee that he'd 'singled out' the state, saying Lee has 'amped
            # up' ...": Roe); nor, when that quote is no one's, the speaker before it: "Morgan
            # was happy with the 'character' shown ... and credited his team for '...'")
        elif (
            text.endswith((" that ", " which "), 0, start)  # (a quick test first)
            and (owned := SPEECH_OWNER_RE.search(text, max(clause, start - 80), start))
            and _THAT_STATED_RE.fullmatch(text, owned.end(), end)
            and owned["name"]
            and (person := self.resolve("name", owned["name"], owned.start(), tied=True)[0])
        ):  # "Holness highlighted a part of Tavares-Finson’s speech that stated, '...'": his
            why = f"{person.name}'s {owned['speech']} '{cue.group()}' it"
            return person, owned.span("name"), cue.group(), cue.span(), why, 0.8
        elif (
            text.endswith((" that ", " which "), 0, start)
            and (noun := _word_before(text, text.rfind(" ", 0, start - 1))) in _DOCUMENTS
        ):  # "The duo were found alongside a note which read '...'": the note's
            person = self._role(noun, start)[0]
        else:  # (X is before the quote: the walk finds X)
            person = self._subject_of(clause, open_mark, before=start, tied=True)
            if (
                subject_cue
                and word.endswith("ing")
                and (person is None or self._is_role(person))
                and (said := last_cue(text, clause, start - 2))  # "Sources said Roe raised
                and (that := _THAT_RE.match(text, said.end(), start))  # it, saying": Roe
            ):
                person = self._subject_of(that.end(), start, tied=True) or person
        if (
            word.endswith("ing")
            and text[start - 2 : start] == ", "
            and (turned := self._turned_subject(self.sentence_start(lo), start)) is not None
            and turned.gender in _PEOPLE
        ):  # "United will be down two ... but Ole Gunnar Solskjaer reported a clean bill of
            person = turned  # health, saying:": the subject of the clause it ends
        if (
            word.endswith("ing")
            and text.find("with ", max(lo, start - 50), start) != -1  # (a quick test first)
            and (with_role := _WITH_ROLE_RE.search(text, max(lo, start - 50), start))
            and with_role["role"].rsplit(" ", 1)[-1] in ROLE_WORDS
        ):  # "users flooded in with replies, with one commenter writing, '...'": the commenter
            person, why = self._role(with_role["role"], with_role.start("role"))
            why = f"{why}, with cue '{cue.group()}'"
            return person, with_role.span("role"), cue.group(), cue.span(), why, 0.8
        if person is not None:
            return (
                person,
                None,
                cue.group(),
                cue.span(),
                f"{person.name} is the subject of the sentence with cue '{cue.group()}'",
                0.8,
            )
        if (
            word.endswith("ing")
            and text[start - 2 : start] == ", "
            and (acts := _ROLE_ACTS_RE.search(text, max(lo, start - 40), start - 2))
            and acts["role"] in ROLE_WORDS
        ):  # "... when the anchor interrupts, saying, '...'": no one named, the role's
            person, why = self._role(text[acts.start() : acts.end("role")], acts.start())
            why = f"{why}, the subject of the clause before cue '{cue.group()}'"
            return person, acts.span("role"), cue.group(), cue.span(), why, 0.7
        if clause > lo:
            return None
        person = self._walk(lo, 0, _ANYONE) if self.sentence_start(lo) < lo else None
        if person is not None:  # the sentence's subject is before the last quote
            return (
                person,
                None,
                cue.group(),
                cue.span(),
                f"cue '{cue.group()}' with no named subject -> current speaker {person.name}",
                0.65,
            )
        return None

    def _quoted(self, quoted: re.Match[str], cue: re.Match[str]) -> Found | None:
        """Who "quoted WHO as saying" (or "captured WHO saying") names: a pronoun, a role
        or a name."""
        group = next(g for g in ("who", "seen", "heard") if quoted[g] is not None)
        who, at = quoted[group], quoted.start(group)
        role = role_start(self.text, at, cue.start())
        epithet = _EPITHET_NAME_RE.match(who) if who[:4] in ("the ", "The ") else None
        if who in ("him", "her", "them"):
            person = self._pronoun({"him": "he", "her": "she", "them": "they"}[who], at)
        elif epithet is not None and (named := self._epithet(epithet["who"], at)) is not None:
            person = named  # "quoted the 26-year-old recording artist as saying": him, named
        elif role is not None and role.end("role") == quoted.end(group):
            person = self._role(role["role"], role.start("role"))[0]
        else:
            person = self.resolve("name", who, at, tied=True)[0] if who[:1].isupper() else None
        if person is None:
            return None
        words = self.text[max(0, quoted.start() - 40) : quoted.start()].split()
        while words and words[-1] in ("also", "has", "had", "then"):
            words.pop()
        quoter = self.people.lookup(words[-1]) if words and words[-1][:1].isupper() else None
        if words and (words[-1] in PRONOUNS or quoter is not None and quoter.gender in _PEOPLE):
            self._owned.add(len(self.speakers))  # "He quoted Obama as saying '...'": he goes
            # on ("'...,' he added" is his again, not Obama)
        why = f"'{quoted.group().strip()} {cue.group()}'"
        why += "" if who == person.name else f" -> {person.name}"
        return person, quoted.span(group), cue.group(), cue.span(), why, 0.85

    def _owner(self, lo: int, end: int) -> Found | None:
        """A person named before a possessive at ``end``, whose words the quote after it
        are: "Roe's 'get out'" (someone named before: not "MSNBC's 'Morning Joe'")."""
        name = _name_before(self.text, end)
        person = self.people.lookup(name) if name and end - len(name) >= lo else None
        if person is None or person.gender == NEUTER:
            return None
        why = f"'{name}' owns the words: a possessive right before the quote"
        return person, (end - len(name), end), None, None, why, 0.7

    def _post_clause(self, lo: int, hi: int) -> Found | None:
        """'"What it plans goes far beyond" its powers, said Jo Roe.': the quote opens
        the sentence, and a cue after a comma ends it."""
        starts = self.sentence_starts
        k = bisect_right(starts, lo)
        end = min(hi, starts[k] if k < len(starts) else len(self.text))
        comma = self.text.find(",", lo, end)
        while comma != -1:
            found = self._post(comma, end)
            if found is not None:
                return found
            comma = self.text.find(",", comma + 1, end)
        return None

    def _source_role(self, cue: re.Match[str], open_mark: int) -> Found | None:
        """'according to the study's lead author, Dr Jo Roe, "..."': the one named after
        the role."""
        named = role_named(self.text, cue.end() + 1, open_mark)
        if named is None:
            return None
        person, why = self.resolve("name", named["name"], named.start("name"), tied=True)
        if person is None:
            return None
        why = f"{why}, named after '{named['role']}' after '{cue.group()}'"
        return person, named.span("name"), cue.group(), cue.span(), why, 0.9

    def _source_unnamed(self, cue: re.Match[str], open_mark: int) -> Found | None:
        """'according to police, the driver "..."', 'according to a police spokesman,':
        the role, when no name follows it."""
        role = role_comma(self.text, cue.end() + 1, open_mark)
        if role is None and (doc := _BODY_DOC_RE.match(self.text, cue.end() + 1, open_mark)):
            body, why = self._body_of(doc)  # 'according to a White House statement, "..."'
            return (
                body,
                doc.span("name"),
                cue.group(),
                cue.span(),
                f"{why} after '{cue.group()}'",
                0.85,
            )
        if (
            role is None
            or (
                role["role"].startswith(("the ", "The "))
                and not role["role"].endswith("s")  # ("according to the researchers": they)
                and role["role"][4:] not in ("source", "insider")  # (a source is never named)
            )
        ):  # "according to the diplomat": the one named before, as a rule
            return None
        person, why = self._role(role["role"], role.start("role"))
        why = f"{why} after '{cue.group()}'"
        return person, role.span("role"), cue.group(), cue.span(), why, 0.9

    def _role_since(self, head: str, lo: int, pos: int) -> tuple[Person, str] | None:
        """The role "one intelligence official" introduced after ``lo`` (where another of
        its kind was named) and before "the official" at ``pos``: the one it means."""
        pattern = rf"\b(?:[Oo]ne|[Aa]n?|[Aa]nother) (?:(?!{_NOT_ROLE_WORDS}\b)[a-z-]+ ){{0,3}}"
        found = [*re.finditer(pattern + rf"{head[1:]}\b", self.text[lo + 1 : pos])]
        if not found:
            return None
        last = found[-1]
        person, why = self._role(last.group().lower(), lo + 1 + last.start())
        return person, f"'the{head}' -> {why}, named since"

    def _body_of(self, doc: re.Match[str]) -> tuple[Person, str]:
        """The body a _BODY_DOC_RE match's document is from: "a White House statement"."""
        name = doc["name"]
        person = self.resolve("name", name, doc.start("name"), tied=True)[0]
        if person is None:
            person = self._roles.setdefault(name, Person(name, NEUTER))
        return person, f"{person.name}, from the {doc['name']} {doc['doc']}"

    def _mention_after(self, end: int, open_mark: int) -> re.Match[str] | None:
        """The mention a word or more after a cue ("said Mr Roe")."""
        k = end
        while k < open_mark and self.text[k] in " \t\n":
            k += 1
        if self.text.startswith(("U.S. ", "U.K. ", "U.N. ", "US ", "UK ", "UN "), k):
            k = self.text.index(" ", k) + 1  # "according to U.S. Health Secretary Tommy
            # Thompson", "said US Secretary of State Antony Roe": the office's country
        return MENTION_RE.match(self.text, k, open_mark) if k > end else None

    def _office_of(self, m: re.Match[str]) -> Person | None:
        """The person an OFFICE_OF_RE match names at its end: the last two words of the
        body, when the first is a given name, the last a surname the text uses alone, or
        the word before them ends the body ("... Organization Tedros Ghebreyesus")."""
        words = m["body"].split()
        first, last = words[-2], words[-1]
        if (
            not is_office(m["office"])
            or any(w in NOT_PERSON_WORDS or w.lower() in OFFICE_WORDS for w in (first, last))
            or not (
                first in GIVEN_NAME_GENDER
                or getattr(self.people.lookup(last), "name", None) == last
                or words[-3] in NOT_PERSON_WORDS
                or len(words) > 2
                and words[-3].isupper()  # "of the CPP Ivor Greenstreet"
            )
        ):
            return None
        return self.resolve("name", f"{first} {last}", _name_start(m), True)[0]

    def _name_and_cue(self, named: re.Match[str], confidence: float) -> Found | None:
        """The person a match's "name" group names, speaking its "cue" group."""
        person, why = self.resolve("name", named["name"], named.start("name"), tied=True)
        if person is None:
            return None
        cue = named["cue"]
        return person, named.span("name"), cue, named.span("cue"), f"{why}, cue '{cue}'", confidence

    def _post(self, lo: int, hi: int, partial: bool = False) -> Found | None:
        """ "...," NAME said / "...," said NAME"""
        text, k = self.text, lo
        while k < hi and (text[k] == "," or text[k].isspace()):
            k += 1
        if text[hi : hi + 1] == "\n" and text[k:hi].rstrip() in _LINE_END_CUES:
            hi = text.find("\n", hi + 1)  # '...,” said\nDonna Perkett, chair of ...': a line
            hi = len(text) if hi == -1 else hi  # that a PDF broke after the cue
        if text.startswith("[", k) and (cited := _CITATION_RE.match(text, k, hi)) is not None:
            lo = k = cited.end()  # '"We were right",[16] she later wrote': past the reference
            while k < hi and text[k].isspace():
                k += 1
        elif text[k : k + 1].isdigit() and (age := _AGE_BEFORE_RE.match(text, k, hi)):
            lo = k = age.end()  # '"...," 60-year-old shipping clerk Leon Byrd said'
        if text.startswith("@", k) and (handle := _HANDLE_CUE_RE.match(text, k, hi)):
            name = handle["handle"]  # '"...," @jo_roe said in the tweet': an account
            person = self._roles.setdefault(name, Person(name))
            why = f"the account '{name}', cue '{handle['cue']}' after the quote"
            return person, handle.span("handle"), handle["cue"], handle.span("cue"), why, 0.9
        if k >= hi or not (text[k].isalpha() or text[k] in "—–-"):
            return None  # both patterns start with a word or a dash after [\s,]*
        if (
            text[k] in "SBATY"
            and text.startswith(_NEW_SENTENCE_OPENERS, k)
            and text[self.quote_end - 2 : self.quote_end - 1] in (".", "!", "?")
        ):
            return None  # '“We must go on.” So Bomba tries to describe': a new sentence
        if text[k] in "iw" and (what := _WHAT_SAID_RE.match(text, k, hi)) is not None:
            kind = "name" if what["who"][0].isupper() else "pron"  # '"...," was the gist of
            person, why = self.resolve(kind, what["who"], what.start("who"), tied=True)
            if person is not None:  # what Carlisle said': his
                why = f"{why}: '{what.group().strip()}'"
                return person, what.span("who"), what["cue"], what.span("cue"), why, 0.85
        if (
            (low := _SAID_LOWER_RE.match(text, k, hi)) is not None
            and (person := self.people.lookup(low["name"].title())) is not None
            and person.gender in _PEOPLE
        ):  # '"...” said sang.': a surname typed in lower case, of someone named before
            why = f"'{low['name']}' -> {person.name}, cue '{low['cue']}' after the quote"
            return person, low.span("name"), low["cue"], low.span("cue"), why, 0.6
        if (
            text.find("another", k, k + 16) != -1  # (a quick test)
            and (cue := CUE_RE.match(text, k, hi)) is not None
            and text.startswith(" another", cue.end())
            and text[cue.end() + 8 : cue.end() + 9] in (".", ",", ";", "!", "?")
            and self.speakers
            and (before := self.speakers[-1]) in self.one_of
        ):  # '"...," joked one user. "...," wrote another.': another user
            at = cue.end() + 1
            person, why = self._role(f"another {before.name.rsplit(' ', 1)[-1]}", at)
            why = f"{why}: 'another' after '{before.name}', cue '{cue.group()}' after the quote"
            return person, (at, at + 7), cue.group(), cue.span(), why, 0.6
        if text.startswith(("said.", "says.", "added."), k) and (
            person := self._walk(self.quote_open, 0, _PEOPLE)
        ):  # '“...,” said.', its subject left out: the one the text is about
            cue_word = text[k : text.index(".", k)]
            why = f"cue '{cue_word}' with no subject after the quote -> current speaker"
            return person, None, cue_word, (k, k + len(cue_word)), f"{why} {person.name}", 0.5
        if (
            text[k].isupper()
            and (titled := _TITLED_CUE_RE.match(text, k, hi)) is not None
            and titled["cue"].lower() in ONE_WORD_CUES
            and (named := MENTION_RE.match(text, titled.end(), hi)) is not None
            and named.lastgroup == "name"
            and text[text.rfind("\n", 0, lo) + 1] in _OPENERS  # (the quote opens the
            # headline: not "Role in 'The Apprentice,' Says Actors Were ...")
            and (person := self.resolve("name", named.group(), named.start(), tied=True)[0])
        ):  # '"BTC Will Make It" Tweets Elon Musk, but Long Winter Ahead', a headline's
            why = f"name '{named.group()}' after the headline's cue '{titled['cue']}'"  # case
            return person, named.span(), titled["cue"], titled.span("cue"), why, 0.8
        if (
            text.startswith(("the ", "The "), k)
            and text.find(" and ", k + 4, k + 24) != -1  # (a quick test first)
            and (joined := _JOINED_ROLES_RE.match(text, k, hi)) is not None
            and all(
                (w in ROLE_WORDS or is_office(w)) and w not in _BODY_WORDS
                for w in (joined["a"], joined["b"])
            )  # (two jobs of one person: not "the company and union said", two bodies)
            and (cue := CUE_RE.match(text, joined.end(), hi)) is not None
        ):  # '"...," the actress and producer revealed': the actress named before
            person, why = self.resolve("title", joined["role"], k, tied=True)
            if person is not None:
                why = f"{why} ('{joined.group().strip()}'), cue '{cue.group()}' after the quote"
                return person, joined.span("role"), cue.group(), cue.span(), why, 0.75
        noun_as = _NOUN_AS_RE.match(text, k, hi) if text[k].islower() else None
        at = noun_as.end() - 3 if noun_as is not None else k  # 'an “enormously popular”
        # writer, as a New York Times review put it'
        if (
            text.startswith("as ", at)
            and (cue := first_cue(text, at + 3, hi)) is not None
            and all(  # (only who speaks before the cue: not "as officers tried to answer")
                not w.islower() or w in _AS_WHO_WORDS or w in ROLE_WORDS or is_office(w)
                for w in text[at + 3 : cue.start()].split()
            )
        ):
            found = self._from_cue(cue, at + 3, cue.end())  # '"...," as White House
            if found is not None and found[0] is not None:  # counselor Kellyanne Conway
                return found  # claimed'; '"...," as she put it'
        quoted = "quoted" in text[k : k + 80]  # (a quick test)
        quoted_as = _QUOTED_AS_RE.match(text, k, hi) if quoted else None
        if (
            quoted
            and quoted_as is None
            and (named := MENTION_RE.match(text, k, hi)) is not None
            and named.lastgroup in ("name", "title")
            and (was := _WAS_QUOTED_RE.match(text, named.end(), hi)) is not None
            and (person := self.resolve(named.lastgroup, named.group(), k, tied=True)[0])
        ):  # '"...," Mr Naqvi was quoted as saying by a statement from his office': his
            why = f"{person.name} 'was quoted as saying' after the quote"
            return person, named.span(), "quoted", was.span("cue"), why, 0.85
        if quoted_as is not None:  # '"...," the agency quoted him as saying': him
            who, at = quoted_as["who"], quoted_as.start("who")
            raw = {"him": "he", "her": "she", "them": "they"}.get(who, who)
            if raw.startswith("the "):  # "the news agency quoted the president as saying"
                person = self._role(raw, at)[0]
            else:
                person = self.resolve("pron" if raw.islower() else "name", raw, at, tied=True)[0]
            if person is not None:
                why = f"'quoted {who} as saying' after the quote: {person.name}"
                return person, quoted_as.span("who"), "quoted", quoted_as.span("cue"), why, 0.85
        # '"...," the Queen & Slim actress, 34, told Porter', '"...," said the Hull City
        star = cue = None  # man': the one named before
        if text[k] in "Tt" and (star := _STAR_POST_RE.match(text, k, hi)) is not None:
            cue = CUE_RE.match(text, star.end(), hi)
        elif (the := text.find(" the ", k, k + 12)) != -1 and (
            cue := CUE_RE.fullmatch(text, k, the)
        ):
            star = _STAR_END_RE.match(text, the + 1, hi)
        elif (
            (space := text.find(" ", k, k + 12)) != -1
            and (cue := CUE_RE.fullmatch(text, k, space)) is not None
            and text[space + 1 : space + 2].isupper()
        ):  # '"...," said Mission Impossible actress.'
            star = _BARE_STAR_RE.match(text, space + 1, hi)
        if star and cue and (person := self._epithet(star["who"], k)) is not None:
            why = f"'{star['who']}' -> {person.name}, named before it, cue '{cue.group()}'"
            return person, (star.start(), star.end("who")), cue.group(), cue.span(), why, 0.75
        if text.startswith(("according to ", "in the words of "), k):
            cue = CUE_RE.match(text, k, hi)  # '"...," according to Jo Roe.', 'is "disturbing,"
            found = self._from_cue(cue, k, hi)  # according to a spokesman for the ministry'
            if found is None and cue is not None and (role := role_start(text, cue.end() + 1, hi)):
                person, why = self._role(role["role"], role.start("role"))
                why = f"{why} after '{cue.group()}'"
                found = person, role.span("role"), cue.group(), cue.span(), why, 0.85
            if found is not None:
                return found
        if text.startswith("it ", k) and (cue := CUE_RE.match(text, k + 3, hi)) is not None:
            if (found := self._it_body(k)) is not None:
                body, why = found
                return body, (k, k + 2), cue.group(), cue.span(), f"{why}, cue after it", 0.75
        if (
            text.startswith(("a ", "an "), k)
            and (adjective := ADJECTIVE_NAME_CUE_RE.match(text, k, hi)) is not None
            and not any(w in PREPOSITIONS for w in adjective["adjective"].split())
            and (
                person := self.resolve("name", adjective["name"], adjective.start("name"), True)[0]
            )
        ):  # '"...," a confident Trump told supporters': him
            why = (
                f"name '{adjective['name']}' after '{adjective['adjective']}', cue after the quote"
            )
            span = adjective.span("name")
            return person, span, adjective["cue"], adjective.span("cue"), why, 0.9
        if text.startswith(("read ", "reads "), k) and (read := _READ_FROM_RE.match(text, k, hi)):
            person, why = self.resolve("name", read["name"], read.start("name"), tied=True)
            if person is not None:  # '"...," reads a statement from Jo Roe': hers
                why = f"{why}: '{read.group()}' after the quote"
                return person, read.span("name"), read["cue"], read.span("cue"), why, 0.85
        if text.startswith(("was ", "came ", "were "), k) and (
            reply := REPLY_RE.match(text, k, hi)
        ):
            found = self._reply_owner(reply, 0)  # "was the UFC president's reaction"
            if found is not None:
                return found
        elif text.startswith(_THE_REPLY, k) and (found := self._replier(lo)) is not None:
            return found  # 'Trevor Phillips asked Hands if ... "Well, let's see," was the reply'
        if partial and (relative := _RELATIVE_RE.match(text, lo, hi)):
            lo = relative.end()  # "it had 'infirmities' that she said needed fixing": she
        if (
            text[k].islower()
            and (held := ROLE_OF_CUE_RE.match(text, k, hi)) is not None
            and held["role"].rsplit("-", 1)[-1] in OFFICE_WORDS  # ("co-chair")
            and held["body"].rsplit(" ", 1)[-1].lower() not in OFFICE_WORDS
        ):  # '"...," co-chair of the Greens/EFA Ska Keller said', "spokesman for the Labour
            # Party Jo Roe said" (not "spokesman for President Jo Roe": another speaks)
            if (found := self._name_and_cue(held, 0.9)) is not None:
                return found
        if text[k] in "sae" and (named := _SAID_ROLES_NAME_RE.match(text, lo, hi)):
            if (found := self._name_and_cue(named, 0.85)) is not None:  # '"...," said
                return found  # registered dietitian nutritionist ... Lauri Wright.'
        of = text.find(" of ", k, k + 50)  # (a quick test first)
        said = CUE_RE.match(text, k, hi) if of != -1 and text[k].islower() else None  # "said
        at = said.end() + 1 if said else k  # Secretary General of the Supreme Council of
        if (  # Antiquities Zahi Hawas.", '"...," Director of the Maritime Authority Keld Aranow
            of != -1  # told'
            and _office_first(text, at)
            and (office := OFFICE_OF_RE.match(text, at, hi)) is not None
            and (cue := said or (office["cue2"] and CUE_RE.match(text, office.start("cue2"))))
            and (person := self._office_of(office)) is not None
        ):
            why = f"{person.name}, named after the office '{office['office']} of ...'"
            named = (_name_start(office), office.end("body"))
            return person, named, cue.group(), cue.span(), why, 0.85
        if (
            (text.find("’", k, k + 60) != -1 or text.find("'", k, k + 60) != -1)  # (a quick
            # test: "’s ", "'s ", "s’ ")
            and (owned := OWNED_OFFICE_NAME_RE.match(text, lo, hi)) is not None
            and (found := self._name_and_cue(owned, 0.9)) is not None
        ):  # '"...," said SpongeTech's CEO, Michael Metter.'
            return found
        m = POST_RE.match(text, lo, hi) or role_after(text, lo, hi) if text[k].isalpha() else None
        if m and m.re is POST_RE and m["cue"] and text[lo - 2] != ",":
            if text.find(" who ", m.end("mention"), m.start("cue")) != -1:
                m = None  # '"... you." Obama who defeated him said, "..."': the next quote's
        if (
            m
            and m.re is POST_RE
            and m["after"]
            and text[m.end() : m.end() + 1] == " "
            and (owned := _ROLE_AFTER_NAME_RE.match(text, m.end() + 1)) is not None
            and owned["role"] in ROLE_WORDS
            and not text[owned.end() : owned.end() + 2].lstrip()[:1].isupper()
        ):  # "says UN climate chief": the chief, not the UN (but "said Bernstein analyst
            # Toni Sacconaghi" is Sacconaghi)
            m = role_after(text, lo, hi) or m
        elif m and m.re is POST_RE and m["after"] and m["after"][:4] in ("the ", "The "):
            word = (
                _LOWER_JOINED_RE.match(text, m.end() + 1)
                if text[m.end() : m.end() + 1] == " "
                else None
            )
            if word is not None and word.group() in ROLE_WORDS:  # "said the Obama
                m = role_after(text, lo, hi) or m  # administration", "said the Congress
                # vice-president Rahul Gandhi"
        if (
            m
            and m.re is POST_RE
            and m["cue"]
            and _office_alone(m["mention"])
            and (named := APPOSED_CUE_RE.match(text, m.end("mention"))) is not None
            and named.start("cue") == m.start("cue")
            and (found := self._name_and_cue(named, 0.9)) is not None
        ):  # '"...," Nyamira Police Station Commander, Mohamed Sasura, told Ruto': him
            return found
        if not m and text[k].isalpha() and text[lo - 2] in ",!?—–…":
            m = POST_ANY_RE.match(text, lo, hi)
        if not m and text[k].isupper() and (named := UNCLOSED_CUE_RE.match(text, lo, hi)):
            if (found := self._name_and_cue(named, 0.85)) is not None:
                return found
        if (
            not m
            and text[k].islower()
            and (named := ROLE_UNCLOSED_CUE_RE.match(text, lo, hi)) is not None
            and named["role"] in ROLE_WORDS
            and (found := self._name_and_cue(named, 0.85)) is not None
        ):
            return found
        if not m and text[k].isalpha() and (named := APPOSED_CUE_RE.search(text, lo, hi)):
            # '"...," Associate Director of the FTC's Division of X, Serena Roe, said'
            if ". " not in text[lo : named.start()] and (found := self._name_and_cue(named, 0.9)):
                return found
        if not m and (head := _HEAD_OF_RE.match(text, k, hi)) and (person := self._head(head)):
            h, c = ("head", "cue") if head["head"] else ("head2", "cue2")
            why = f"'{head[h]}' -> {person.name}, cue '{head[c]}' after the quote"
            return person, head.span(h), head[c], head.span(c), why, 0.9
        if not m:
            return self._pair(lo, hi) or self._dash(lo, hi, "after a dash closing the quote")
        if partial and text[m.end() : hi].rstrip().endswith(":"):
            return None  # "Facing shouts of 'disgrace', Roe told MPs: '...'": the next quote's,
        if text.startswith((": “", ':"', ': "', ":“"), m.end()) and text[lo - 1 : lo] in '”"':
            return None  # '...home.” Labour MP Preet Gill said: “I am ...': hers is the next
        if partial and text[lo - 2] in ".!?" and text[m.end() : hi].rstrip().endswith(","):
            return None  # and so is "desks 'a walk apart.' Ive said of it, '...'"
        if (
            (at := text.find(" quoting ", m.end(), min(hi, m.end() + 40))) != -1
            and (source := QUOTING_RE.match(text, at, hi)) is not None
            and (person := self.resolve("name", source["name"], source.start("name"), True)[0])
            and person.gender != NEUTER  # (a paper quoting a paper, "quoting WSJ", speaks)
        ):  # '"...", said a Secretariat member quoting Prachanda': Prachanda's words
            why = f"'{m.group().strip(' ,')}' quoting {person.name}"
            return person, source.span("name"), None, None, why, 0.8
        if m.group("cue"):
            group, cue_group = "mention", "cue"
        else:
            group, cue_group = "after", "cue2"
        raw = m.group(group)
        if m.group(cue_group).lower() in _SOURCE_CUES:
            return None
        if group == "after" and m.group(cue_group).startswith(("told", "tell")):
            return None  # "..., 54, told Nylon": whom, not who
        if group == "after" and m.group(cue_group).endswith("ing"):
            # "He brushed off Hipkins as “irrelevant”, arguing the party had": what is
            # argued, not who argues; who does is the sentence's subject
            first = self.sentence_start(lo)
            person = self._subject_of(first, lo, tied=True) if first < lo else None
            if person is None:
                return None
            why = f"{person.name} is the subject of the sentence, cue '{m.group(cue_group)}'"
            return person, None, m.group(cue_group), m.span(cue_group), why, 0.8
        kind = (
            "role"
            if m.re is POST_ROLE_RE or (m.re is POST_ANY_RE and (m["role"] or m["role2"]))
            else "title"
            if raw[:4].lower() == "the "
            else "pron"
            if PRON_RE.fullmatch(raw)
            else "name"
        )
        if (
            kind == "role"
            and group == "after"
            and (then := _ROLE_THEN_NAME_RE.match(text, m.end(group), hi)) is not None
            and (person := self.resolve("name", then["name"], then.start("name"), True)[0])
        ):  # '"...," said lead author of the study Marianne Nyegaard': her
            why = f"name '{then['name']}' after '{raw}', cue '{m.group(cue_group)}'"
            return person, then.span("name"), m.group(cue_group), m.span(cue_group), why, 0.9
        span = m.span(group)
        if (
            kind == "name"
            and raw.lower() in _BODY_WORDS
            and (body := _OF_BODY_RE.match(text, span[1])) is not None
        ):  # "the UK’s Ministry of Defence has said": the ministry, not one called Ministry
            kind, raw, span = "title", f"the {raw}{body.group()}", (span[0], body.end())
        firm = _FIRM_SUFFIX_RE.match(text, span[1]) if kind == "name" else None
        runs = firm.end() if firm else span[1]  # "said Calix, Inc. President and CEO Jo Roe"
        if kind == "name" and group == "after" and _RUNS_ON_RE.match(text, runs):
            # "says Save the Children New Zealand Chief Executive Liz Gibbs.": not "Save"
            stop = _CLAUSE_END_RE.search(text, runs, min(hi, runs + 150))
            end = stop.start() if stop else min(hi, runs + 150)
            tail = NAME_END_RE.search(text, runs, end)
            if tail is not None and is_office(text[runs if firm else span[0] : end]):
                raw, span = tail["name"], tail.span("name")
        elif (
            kind == "name"
            and group == "after"
            and text.startswith(("' ", "’ ", "'s ", "’s "), span[1])
            and (owned := _NAME_AFTER_RE.match(text, text.index(" ", span[1])))
        ):  # "says Squirrel Nut Zippers' Jimbo Mathus": the band's man
            raw, span = owned[1], owned.span(1)
        elif kind == "name" and group == "after" and text.startswith(" ", span[1]):
            words = _ROLE_WORDS_RE.match(text, span[1] + 1, hi)  # "said Morningstar analyst
            if words and any(  # Ali Roe", "says Phantogram singer-guitarist Josh Carter"
                w in ROLE_WORDS for w in words.group().replace("-", " ").split()
            ):  # (not "says Aussie skipper after Kolkata defeat": no name after the role)
                last = words.group().split()[-1]
                office = any(  # "chief executive", "singer-guitarist"
                    part in ROLE_WORDS or part in OFFICE_WORDS for part in last.split("-")
                )
                then = MENTION_RE.match(text, words.end(), hi) if office else None
                if then is not None and then.lastgroup == "name":
                    raw, span = then.group(), then.span()
                elif (
                    " " not in raw
                    and (head := words.group().split()[0]) in ROLE_WORDS
                    and self.people.lookup(raw) is None
                ):  # "says Aussie skipper after ...": a role, not "Aussie"
                    kind, raw, span = "role", f"{raw} {head}", (span[0], span[1] + 1 + len(head))
        apposed = (
            APPOSED_NAME_RE.match(text, span[1]) or _OFFICES_NAME_RE.match(text, span[1])
            if kind == "role"
            or kind == "name"
            and group == "after"
            and raw.rpartition(" ")[2].lower() in ROLE_WORDS  # "said Senior Primate Keeper,
            and text.startswith(", ", span[1])  # Harmony Wallace": his title, then the name
            else None
        )  # (or "said chairman, president and CEO, Germain Lamonde,")
        if (
            (kind == "role" or raw.rpartition(" ")[2].lower() in OFFICE_WORDS)
            and apposed is None
            and (joined := _AND_OFFICE_NAME_RE.match(text, span[1])) is not None
            and all(w.lower() in OFFICE_WORDS for w in joined["office"].split())
        ):  # "said Acer chairman and CEO J.T. Wang", "said ITAA President and Chief Executive
            # Officer Phil Bond": the name after the second office
            apposed = joined
        if apposed:  # "said another parent, David Stein": the name, not the role
            kind, raw, span = "name", apposed["name"], apposed.span("name")
        if kind == "role":
            person, why = self._role(raw, span[0])
        else:
            person, why = self.resolve(kind, raw, span[0], tied=True)
            if (
                person is None
                and kind == "name"
                and " " in raw
                and raw.rsplit(" ", 1)[-1] in _COMPANY_OFFICES
            ):  # '"...," Tesla CEO told an analyst': the company's officer
                person, why = self._role(raw, span[0])
        if person is None and raw in ("I", "we", "We"):  # '"...," I interrupted him'
            why = f"'{raw} {m.group(cue_group)}': the writer, whom the text does not name"
            return None, span, m.group(cue_group), m.span(cue_group), why, 0.5
        if person is None:
            return None
        if kind == "name" and group == "after":
            role = text[m.end(cue_group) : span[0]].strip()  # "said his daughter Hannah"
            if role and role.rsplit(" ", 1)[-1] in ROLE_WORDS:
                self._role(role, m.end(cue_group), known=person)
        return (
            person,
            span,
            m.group(cue_group),
            m.span(cue_group),
            f"{why}, cue '{m.group(cue_group)}' after the quote",
            0.85 if kind == "pron" else 0.95,
        )

    def _group(self, lo: int, last: re.Match[str]) -> Person | None:
        """The people a list of names ending with ``last`` names together ("Ronan
        Keating, Keith Duffy, Mikey Graham and Shane Lynch"): one speaker, "they"."""
        names = list(MENTION_RE.finditer(self.text, lo, last.start()))
        first = last.start()
        for m in reversed(names):
            gap = self.text[m.end() : first]
            if m.lastgroup != "name" or gap not in (", ", " and ", ", and "):
                break
            if is_office(m.group()) or " " not in m.group() and not self.people.lookup(m.group()):
                if first == last.start() and gap == " and " and " " not in last.group():
                    first = m.start()  # "Abercrombie and Fitch claimed": a firm's two names
                    break
                return None  # (not "Paris, Rome and Jo Roe", nor "Bank President and CEO X")
            first = m.start()
        if first == last.start():
            return None
        name = self.text[first : last.end()]
        return self._roles.setdefault(name, Person(name))

    def _spelled(self, raw: str, pos: int) -> Person | None:
        """The body an acronym means when the text spells it out before ``pos``:
        "United People's Party (UPP)", "the Ministry of Foreign Affairs (MOFA)"."""
        if not raw.isupper():
            return None
        mark = f"({raw})"
        places, start = self._spelled_at.get(raw, ([], 0))
        if start < pos:  # the text is read once for each acronym, and only as far as needed
            at = self.text.find(mark, start, pos)
            while at != -1:
                places.append(at)
                at = self.text.find(mark, at + 1, pos)
            self._spelled_at[raw] = places, max(start, pos - len(mark) + 1)
        k = bisect_right(places, pos - len(mark)) - 1
        if k < 0:
            return None
        at = places[k]
        spelled = _SPELLED_RE.search(self.text, max(0, at - 120), at + 1)
        if spelled is None:
            return None
        name = spelled[1].strip().removeprefix("The ")
        office, of, body = name.partition(" of ")
        if of and is_office(office) and body[:1].isupper():  # "The former Chairman of
            whole = f"{office.rsplit(' ', 1)[-1]} {body}".split()  # "Member of Parliament
            if "".join(w[0] for w in whole if w[0].isupper()) == raw:  # (MP)": an office
                return None  # spelled out whole, not a body
            name = body  # Nigeria Automobile Technicians Association (NATA)": the body
        return self.people.lookup(name) or self._roles.setdefault(name, Person(name, NEUTER))

    def _head(self, head: re.Match[str]) -> Person | None:
        """Who "the head of state" is: the president the text names (a lowercase "head of
        state said" names the office as its capitalised form does)."""
        if CUE_RE.fullmatch(head["cue"] or head["cue2"]) is None:
            return None
        if head["head"] and head["head"].startswith("head of the "):  # "the head of the
            return self._role(head["head"], head.start("head"))[0]  # United Nations said"
        return self.people.lookup((head["head"] or head["head2"]).title())

    def _pair(self, lo: int, hi: int) -> Found | None:
        """ "Roe and Lee warned", two people the text has named: the first speaks."""
        pair = PAIR_CUE_RE.match(self.text, lo, hi)
        if pair is None:
            return None
        name = "other" if is_office(pair["name"]) else "name"  # (but "Ontario Premier and
        other = self.resolve("name", pair["other"], pair.start("other"), tied=True)[0]  # Chair
        person = self.resolve("name", pair[name], pair.start(name), tied=True)[0]  # Jo Roe")
        if person is None or other is None or person.gender not in _PEOPLE:
            return None
        why = f"'{pair['name']}' and '{pair['other']}' {pair['cue']}: " + (
            "the first speaks for both" if name == "name" else "two titles of one person"
        )
        return person, pair.span(name), pair["cue"], pair.span("cue"), why, 0.6

    def _signed_at_end(self, lo: int, hi: int) -> Found | None:
        """'It was "a farce" from start to end, Roe said.': the cue that ends the
        sentence a fragment is quoted in."""
        text, starts = self.text, self.sentence_starts
        k = bisect_right(starts, lo)
        stop = lo + len(text[lo : min(starts[k] if k < len(starts) else hi, hi)].rstrip())
        aside = ASIDE_CUE_CLAUSE_RE.search(text, lo, stop)
        if aside is not None and (found := self._post(aside.start() + 1, aside.end(), True)):
            why = found[4].replace("after the quote", "in an aside of its sentence")
            return *found[:4], why, 0.7  # "... by Vote Leave, he says, and they ...": his
        comma = text.rfind(",", lo, stop)
        part = next(  # "..., Roe said today, countering claims '...'" (not "..., including")
            (
                p
                for p in _PARTICIPLE_RE.finditer(text, lo, stop)
                if last_cue(text, max(lo, text.rfind(",", lo, p.start())), p.start())
            ),
            None,
        )
        if part is not None:
            stop, comma = part.start(), text.rfind(",", lo, part.start())
        elif text[stop - 1 : stop] not in (".", "!", "?") and not text.startswith("\n", stop):
            return None  # (a headline ends at its line: "'...' of Labour, claims Jo Roe")
        if comma != -1 and _WHERE_TAIL_RE.match(text, comma + 1):  # "..., said Jo Roe, at a
            before = text.rfind(",", lo, comma)  # press conference.": the clause before it
            if before != -1:
                stop, comma = comma, before
        if comma == -1:
            return None
        if (says := _STATEMENT_SAYS_RE.match(text, comma + 1, stop)) is not None:
            found = self._statement_says(says)  # 'an "informal meeting", a statement said.'
        elif not last_cue(text, comma, min(stop, comma + 60)):
            return None
        else:
            found = self._post(comma + 1, stop, True) or self._pair(comma + 1, stop)
        tail = text[found[3][1] : stop].split() if found and found[3] else []
        if (
            found is None
            or found[3] is None
            or (found[1] or not found[2].endswith("ing"))  # (but "..., saying they are
            # hungry": what the subject says)
            and text.count(" ", max(found[3][1], found[1][1] if found[1] else 0), stop) > 4
            and not _CLAUSE_AFTER_RE.match(text, max(found[3][1], found[1][1] if found[1] else 0))
            and not all(w[:1].isupper() or w.strip(".") in _TOLD_TAIL for w in tail)
            or not tail
            and found[2] == "told"
            and found[1]
            and found[1][1] < found[3][0]
        ):  # (not "..., Roe said he would resign.": that is Roe's own sentence; but
            # "..., Theresa May has claimed as Liz Truss faces a rebellion.", and "..., the
            # Foreign Secretary told Conservative MPs on Wednesday night."; not a headline's
            return None  # "'...' before the deal, Tory MPs told": they are told it)
        return *found[:4], found[4].replace("after the quote", "ending its sentence"), 0.7

    def _statement_says(self, says: re.Match[str], where: str = "after") -> Found | None:
        """ "...," the statement said (or "the release asked"): the words of whoever the text
        says issued it ("The minister added in an official statement that ...")."""
        text, start = self.text, self.sentence_start(says.start())
        k = bisect_right(self.sentence_starts, says.end())
        ends = self.sentence_starts[k] if k < len(self.sentence_starts) else len(text)
        if (by := _MADE_BY_RE.search(text, says.end(), min(ends, says.end() + 150))) and (
            person := self.resolve("name", by["name"], by.start("name"), tied=True)[0]
        ):  # '"...," begins the open letter ... that was penned by Loretta Claiborne'
            why = (
                f"'the {says['noun']}' {where} the quote, {by.group().split()[0]} by {person.name}"
            )
            return person, by.span("name"), says["cue"], says.span("cue"), why, 0.8
        if issuer := says.groupdict().get("issuer"):  # '"...," a brief statement issued by
            # the Prime Minister’s media office in Islamabad said': that office's
            person = self.resolve("name", issuer, says.start("issuer"), True)[0]
            person = person or self._role(issuer, says.start("issuer"))[0]
            why = f"'the {says['noun']}' {where} the quote, issued by {person.name}"
            return person, says.span("issuer"), says["cue"], says.span("cue"), why, 0.8
        group = "org" if says["org"] else "source"  # "the UPP statement", "the statement on
        if says.groupdict().get(group) and (  # SPA" (an acronym the text spells out is its body)
            org := self.resolve("name", says[group], says.start(group), True)[0]
            or (  # "the affidavit from the Broward County Sheriff's Office stated": a body
                group == "source"
                and says[group].rsplit(" ", 1)[-1] in _BODY_ENDS
                and self._roles.setdefault(says[group], Person(says[group], NEUTER))
            )
        ):
            why = f"'{says.group().strip(' ,')}' {where} the quote"
            return org, says.span(group), says["cue"], says.span("cue"), why, 0.85
        person, at, tries = None, start, 3
        while person is None and tries:  # (past "The statement further stressed that ...":
            tries -= 1  # the one it goes on from)
            at, size = self._noun_before(says["noun"], max(0, start - 2_000), at)
            while at != -1 and not self._outside_quotes(at):  # (not the quote's "this
                at, size = self._noun_before(says["noun"], max(0, start - 2_000), at)  # release")
            if (
                at == -1
                and says.groupdict().get("article") == "a"
                and _STATEMENT_WHERE_RE.match(text, says.end())  # (not "a statement from
            ):  # Jo Roe": hers) '"...," read a statement on her page': the statement's
                person, why = self._role(says["noun"], says.start("noun"))
                why = f"{why}: '{says.group().strip(' ,')}' {where} the quote"
                return person, says.span("noun"), says["cue"], says.span("cue"), why, 0.7
            if at == -1:
                person = self.speakers[-1] if self.speakers else None
                if says["cue"] in _GOES_ON_CUES and person is not None:
                    why = f"'the {says['noun']} {says['cue']}': {person.name}'s, whose quote"
                    return person, None, says["cue"], says.span("cue"), f"{why} goes on", 0.6
                return None  # ('"I am disappointed," he said. ... The statement continued,
                # "...": his, though no statement was named before)
            begins = self.sentence_start(at)  # "the White House said in a statement"
            if (source := _NOUN_FROM_RE.match(text, at + size)) is not None:
                person = self.resolve("name", source["name"], source.start("name"), True)[0]
                if person is not None:  # "..., a statement from the White House said": not
                    break  # the subject of what it says
            if (owner := _DOC_OWNER_RE.search(text, max(begins, at - 60), at)) is not None:
                person = (  # "the couple's statement Thursday ... '...,' the statement read"
                    self.resolve("name", owner["name"], owner.start("name"), True)[0]
                    if owner["name"]
                    else self._role(owner["role"], owner.start("role"))[0]
                    if owner["role"].rsplit(" ", 1)[-1] in ROLE_WORDS
                    else None
                )
                if person is not None:
                    break
            if verb := _ISSUED_CLAUSE_RE.search(text, max(begins, at - 80), at):
                person = self._subject_of(verb.start("who"), verb.start("verb"), tied=True)
            if person is None:  # (the council's in "The Pilot is reporting the council
                # issued a statement", not the Pilot's)
                issued = self._from_cue(last_cue(text, begins, at), begins, at)
                person = issued[0] if issued else self._subject_of(begins, at, tied=True)
            if person is None and text.startswith("In ", begins) and at - begins < 20:
                k = bisect_right(self.sentence_starts, at)  # "In a press release signed by
                ends = self.sentence_starts[k] if k < len(self.sentence_starts) else len(text)
                person = self._subject_of(begins, min(ends, start), tied=True)  # X, the
                # Party said ...": the Party
            if person is None and (by := _MADE_BY_RE.search(text, at, min(start, at + 120))):
                person = self.resolve("name", by["name"], by.start("name"), tied=True)[0]
                # "The statement was organized by InterAction"
        if person is None:
            return None
        why = f"'the {says['noun']} {says['cue']}' {where} the quote: issued by {person.name}"
        return person, None, says["cue"], says.span("cue"), why, 0.7

    def _noun_before(self, noun: str, lo: int, hi: int) -> tuple[int, int]:
        """Where the last ``noun`` between ``lo`` and ``hi`` is, and its length (-1, 0 if
        none); a letter may be named an email or a memo."""
        if noun not in _LETTERS:
            return self.text.rfind(noun, lo, hi), len(noun)
        found = [m.span() for m in _LETTER_RE.finditer(self.text, lo, hi)]
        return (found[-1][0], found[-1][1] - found[-1][0]) if found else (-1, 0)

    def _soundbite(self, lo: int, open_mark: int) -> Found | None:
        """A video shotlist's "SOUNDBITE: (English) Stephen Hawking, physicist" or
        "SOUNDBITE (Mandarin) Vox pop, student from X:" before the words."""
        bite = _SOUNDBITE_RE.search(self.text, lo, open_mark)
        if bite is None:
            return None
        who, _, what = bite["who"].partition(",")
        at = bite.start("who")
        if who.strip().lower() in ("vox pop", "vox-pop", "unidentified"):
            role = what.strip().split(" ", 1)[0]  # "student from Qinghua University"
            person, why = self._role(role, at) if role.isalpha() else (None, "")
        else:
            person, why = self.resolve("name", who.strip(), at, tied=True)
        if person is None:
            return None
        return (
            person,
            (at, at + len(who)),
            "SOUNDBITE",
            bite.span("cue"),
            f"{why} in a soundbite",
            0.9,
        )

    def _under_name(self, pos: int) -> Found | None:
        """A quote in a paragraph under a line that is a name alone ("Roger Federer", then
        "When asked if his cold could end it, at his age. '...'"), where the paragraph
        names no one before it: that person's, as a page of quotes sets them out."""
        text: str = self.text
        para = text.rfind("\n", 0, pos)
        k = para
        while k > 0 and text[k - 1] in " \t\n":
            k -= 1
        if para <= 0 or k == para or text.count("\n", k, para) < 1:
            return None  # (a line above, after a line break at least)
        line = text.rfind("\n", 0, k) + 1
        head = _head_line(text[line:k])
        if head is None or any(
            m.lastgroup == "name"
            for m in MENTION_RE.finditer(text, para, pos)
            if m.start() > para + 1 and text[m.start() - 2] not in ".!?"
        ):
            return None
        at = line + head.start("name")
        person, why = self.resolve("name", head["name"], at, tied=True)
        if person is None or self._is_role(person):
            return None
        return person, (at, line + head.end("name")), None, None, f"{why}: the name above", 0.5

    def _caption_after(self, pos: int, hi: int) -> Found | None:
        """'"..." Roger Federer speaks frankly following his defeat.': a quote sheet's
        caption after the quote, in its paragraph, names who said it, with a verb in the
        present tense or a participle, a source in brackets, or alone on the line (not a
        story's next sentence, "Roe left the room")."""
        text: str = self.text
        while pos < hi and text[pos] in " \t":
            pos += 1
        if pos >= hi or not (text[pos].isupper() or text[pos] == "("):
            return None
        caption = _CAPTION_AFTER_RE.match(text, pos, min(hi, pos + 160))
        if caption is None or caption["verb"] in _NOT_PRESENT:
            return None
        if _CONTRACTION_RE.match(caption["name"]):
            return None  # "‘...’ I’m on the phone to ...": the writer, no caption
        if caption["verb"] in ROLE_WORDS:  # "'We deserved it' PNE boss offers take": the
            at, end = caption.start("name"), caption.end("verb")  # team's boss
            if _PRESENT_VERB_RE.match(text, end) is None:
                return None
            person, why = self._role(text[at:end], at)
            return person, (at, end), None, None, f"{why}: the caption after the quote", 0.5
        name = _QUOTED_NICKNAME_RE.sub("", caption["name"]).removesuffix("’s").removesuffix("'s")
        person, why = self.resolve("name", name, caption.start("name"), tied=True)
        if person is None or self._is_role(person):
            return None
        why = f"{why}: the caption after the quote"
        return person, caption.span("name"), None, None, why, 0.7

    def _signed_below(self, open_mark: int) -> bool:
        """Whether quotes are signed below them here: the quote at ``open_mark`` comes
        right under the name that signed the one before, or, the first, has no name alone
        above it ("Sir Bobby", then his words: a name that heads the quotes under it)."""
        text: str = self.text
        k = text.rfind("\n", 0, open_mark)
        while k > 0 and text[k - 1] in " \t\n":
            k -= 1
        at = text.rfind("\n", 0, k) + 1 if k > 0 else 0
        if self.speakers:
            return at == self._caption_line
        return not any(
            _NAME_ALONE_RE.fullmatch(line) and self.people.person(line.strip())
            for line in text[:k].split("\n")
        )

    def _signature(self, lo: int, sheet: bool) -> Found | None:
        """A quote alone on its line, signed on the next as a quote sheet does: "Matt
        Roe, an analyst for X, on the decline of Y" (not "Jo Roe, the mayor, has said").
        ``sheet``: no quote's paragraph is right above, so the line may go on as a
        caption does ("Jo Roe, minister of industry, says it is time")."""
        text: str = self.text
        line = lo + len(text[lo : lo + 2]) - len(text[lo : lo + 2].lstrip())
        line_end = text.find("\n", line)
        if text[line : len(text) if line_end == -1 else line_end].rstrip().endswith(":"):
            return None  # the line brings on the next quote: "Andy Murray tries to ease ...:"
        alone = _NAME_BELOW_RE.match(text, lo, lo + 120)
        if alone is not None and self._signed_below(self.quote_open):
            person, why = self.resolve("name", alone["name"], alone.start("name"), tied=True)
            if person is not None and not self._is_role(person):  # a name alone below, as
                self._caption_line = text.rfind("\n", 0, alone.start("name")) + 1  # a list
                why = f"{why}: the name alone below"  # of quotes signs each (not one the
                return person, alone.span("name"), None, None, why, 0.7  # quotes go under)
        if (
            sheet
            and (sign := BARE_SIGNATURE_RE.match(text, lo, lo + 300)) is not None
            and sign["name"].split(" ", 1)[0] not in _QUESTION_WORDS
            and not (sign["blank"] and not _caption_line(text, sign))
        ):  # a caption right below, as a list of quotes of the week prints it (not a
            # question on a sheet: "Are Rovers getting enough credit")
            person, why = self.resolve("name", sign["name"], sign.start("name"), tied=True)
            if person is not None:
                self._caption_line = text.rfind("\n", 0, sign.start("name")) + 1
                return person, sign.span("name"), None, None, f"{why}: the caption below", 0.7
        sign = SIGNATURE_RE.match(text, lo, lo + 300)
        if sign is None:
            return None
        above = text.rfind("\n", 0, lo - 1)  # the line above the quote's (past blank ones)
        while above > 0 and text[above - 1] in " \t\n":
            above -= 1
        if (
            above > 0
            and (start := text.rfind("\n", 0, above) + 1) != self._caption_line
            and (head := _head_line(text[start:above].strip()))
            and self.people.person(head["name"]) is not None
        ):  # it heads the quote: "Max Verstappen, 1st\n'...'\nSergio Perez, 13th" (not
            return None  # "THEY SAID IT", a page's heading; nor the quote above's signature)
        end = text.find("\n", sign.end())
        end = len(text) if end == -1 else end
        cue = last_cue(text, sign.end(), end)
        finite = _FINITE_RE.search(text, sign.end(), end)
        if not (sheet and CAPTION_RE.match(text, sign.end(), end)) and (
            sign["blank"]
            and not (
                end - sign.end() < 100
                and _APPOSED_SIGN_RE.fullmatch(text, sign.end(), end)
                and (text[end : end + 40].lstrip() or "x")[0]
                not in _OPENING_MARKS  # (not the heading of
            )  # the next quote: "Bob Bell, Chief Technical Officer\n'...'")
            or (cue and not cue.group().endswith("ing"))
            or finite
        ):
            return None  # (but "Jo Roe, of X, describing Y" signs it; and a paragraph of
            # its own, "David Chen, my former colleague, now Head of Product Marketing.")
        if (
            (of := _OF_PLACE_RE.match(text, sign.end(), end)) is not None
            and text[of.end() : end].strip(" .")
            and text[of.end()] != ","
        ):
            return None  # a sentence: "Bay of Plenty readers have their say."
        name, at = sign["name"], sign.start("name")
        if name.startswith(_SECTION_OPENERS):
            return None  # a press release's boilerplate: "About The Conference of Mayors"
        words = name.split()
        keep = 3 if len(words) > 4 and _INITIAL_RE.fullmatch(words[-2]) else 2  # "Sandra S. Ikuta"
        if len(words) > 3 and is_office(" ".join(words[:-keep])) and split_name(name)[0] == name:
            name, at = " ".join(words[-keep:]), text.rfind(words[-keep], at, sign.end())
        person = self.resolve("name", name, at, tied=True)[0]
        if person is None:
            return None
        self._caption_line = text.rfind("\n", 0, at) + 1
        return person, (at, sign.end()), None, None, f"'{name}' signs it on the next line", 0.7

    def _listed(self, open_mark: int) -> Found | None:
        """A list of quotes, each signed in the paragraph below it ('"..."', then "Senate
        candidate Josh Mandel of Ohio"): only when the run of quote and name paragraphs
        starts with a quote (a list that names each speaker above is read as it goes)."""
        text, breaks = self.text, self.breaks
        k = bisect_left(breaks, open_mark)

        def paragraph(j: int) -> str:
            return text[breaks[j - 1] + 1 if j else 0 : breaks[j] if j < len(breaks) else None]

        first = "quote"
        for j in range(k - 1, max(-1, k - 40), -1):
            above = paragraph(j).strip()
            if above in _LIST_JUNK:
                continue
            if above[0] in _OPENERS and above[-1] in _CLOSERS:
                first = "quote"
            elif above[0] in _OPENERS and not any(c in above[1:] for c in '"”»'):
                continue  # the first paragraph of a quote that goes on in the next
            elif _head_line(above) or _on_heading(above) or _topic_heading(above):
                first = "name"  # (or a topic's line that brings on the quote: "Missing
            else:  # layups:")
                break
        if first != "quote":  # a list that names each speaker above: "Lance Stroll, 4th"
            return self._headed(k)
        for j in range(k + 1, min(len(breaks) + 1, k + 8)):
            below = paragraph(j)
            if below.strip() in _LIST_JUNK:
                continue
            sign = _name_line(below.strip())
            last = sign["name"].rsplit(" ", 1)[-1] if sign else ""
            if sign is None or last in _BYLINES or last in NOT_PERSON_WORDS:
                return None  # (not "Staff Correspondent", who wrote the story, nor a
                # page's "Print Friendly Version")
            if " " not in sign["name"] and self.people.lookup(sign["name"]) is None:
                return None  # a subheading, "Responsibilities", not someone named before
            at = (breaks[j - 1] + 1) + below.index(sign["name"])
            person, why = self.resolve("name", sign["name"], at, tied=True)
            if person is None:
                return None
            span = (at, at + len(sign["name"]))
            self._caption_line = text.rfind("\n", 0, at) + 1
            return person, span, None, None, f"{why}: signs it in the paragraph below", 0.7
        return None

    def _wiki_signed(self, pos: int) -> Found | None:
        """The editor whose signature ends the line of a talk page's comment: "Masem (t)
        04:01, 5 December 2022 (UTC)"."""
        end = self.text.find("\n", pos)
        end = len(self.text) if end == -1 else end
        if self.text.find("(UTC)", pos, end) == -1:  # (a quick test first)
            return None
        signed = _WIKI_SIGNED_RE.search(self.text, pos, end)
        if signed is None:
            return None
        name = signed["name"]
        person = self._roles.setdefault(name, Person(name))
        why = f"'{name}' signs the comment it is in"
        return person, signed.span("name"), None, None, why, 0.6

    def _lead_reply(self, lead: str, lo: int) -> Found | None:
        """Whose reply, answer or advice the quote is, named just before it: "Roe's reply
        was short:", "Her answer was simple:", "mom's advice was always the same,"."""
        tail = max(0, len(lead) - 90)
        if lead.find(" was ", tail) == -1 and lead.find(" is ", tail) == -1:
            return None
        if " to which " in lead and (to := _TO_WHICH_RE.search(lead, tail)) is not None:
            asked = list(_WAS_ASKED_RE.finditer(lead, max(0, to.start() - 200), to.start()))
            if asked:  # "the CPS prosecutor was asked if ..., to which the reply was, '...'"
                who, at = asked[-1]["who"], lo + asked[-1].start("who")
                person, why = (
                    self._role(who, at)
                    if who.partition(" ")[0].lower() in ("the", "a", "an")
                    else self.resolve("name", who, at, tied=True)
                )
                if person is not None:
                    why = f"{why}, who was asked: the {to['noun']} '{to.group().strip()}'"
                    return person, (at, at + len(who)), None, None, why, 0.8
        reply = LEAD_REPLY_RE.search(lead, tail)
        return self._reply_owner(reply, lo) if reply is not None else None

    def _replier(self, lo: int) -> Found | None:
        """Who was asked, in the sentence before the quote that ends at ``lo``: the one
        whose words "was the reply" are ("Phillips asked Hands if he might lose his job")."""
        k = bisect_right(self.sentence_starts, lo - 1) - 1
        if k < 1:
            return None
        start, end = self.sentence_starts[k - 1], self.sentence_starts[k]
        at = self.text.find(" asked ", start, end)
        named = MENTION_RE.match(self.text, at + 7, end) if at != -1 else None
        if named is None or named.lastgroup != "name":
            return None
        person, why = self.resolve("name", named.group(), named.start(), tied=True)
        if person is None:
            return None
        return person, named.span(), None, None, f"{why}: the reply of the one asked", 0.75

    def _reply_owner(self, reply: re.Match[str], offset: int) -> Found | None:
        """Whose reply (answer, reaction) ``reply`` names: its name, role or pronoun
        ("his"), matched in a text that starts at ``offset``."""
        group = next(g for g in ("name", "role", "pron") if reply[g])
        at = offset + reply.start(group)
        raw = {"his": "he", "her": "she", "their": "they"}.get((reply["pron"] or "").lower())
        person, why = (
            self.resolve("pron", raw, at)
            if raw
            else self._role(reply["role"], at)
            if reply["role"]
            else self.resolve("name", reply["name"], at, tied=True)
        )
        if person is None:
            return None
        cue = (offset + reply.start("cue"), offset + reply.end("cue"))
        span = (at, offset + reply.end(group))
        return person, span, reply["cue"], cue, f"{why}: their {reply['cue']}", 0.85

    def _owned_speech(self, cue: int, lo: int, open_mark: int) -> bool:
        """Whether someone's speech is named between the cue at ``cue`` and a fragment:
        "Hearn countered Fury's accusation that it was a 'shame'", "shot down Fury's
        comments that it is 'nowhere near'": the fragment is theirs, not the cue's."""
        text: str = self.text
        start = max(lo, cue - 40)
        owned = text.find("’s ", start, open_mark) != -1 or text.find("'s ", start, open_mark) != -1
        owner = SPEECH_OWNER_RE.search(text, start, open_mark) if owned else None
        if owner is None and text.find(" by ", start, open_mark) != -1:
            owner = SPEECH_BY_RE.search(text, start, open_mark)
        return (
            owner is not None
            and owner.end("speech") >= cue
            and (  # what they said follows: not "the leader's comments make it sound like"
                text.startswith(" that ", owner.end()) or open_mark - owner.end() < 4
            )
        )

    def _sheet_head(self, pos: int) -> Found | None:
        """A quote sheet: questions in brackets or "On ...:" before each answer, and above
        them all the name that heads the sheet ("HEAD COACH TODD BOWLES"): the answer at
        ``pos`` is theirs."""
        text: str = self.text
        start = text.rfind("\n", 0, pos) + 1  # the answer's line, its question before it
        inline = _INLINE_TOPIC_RE.match(text, start, pos + 1)
        if (inline is None or inline.end() != pos + 1) and not self._topic_line(start):
            if start < 2 or text[start - 2] not in "):":
                return None  # (a quick test: the line above ends as a question does)
            start = text.rfind("\n", 0, start - 1) + 1  # the line above
            if not self._topic_line(start):
                return None
        for _ in range(60):
            if start == 0:
                return None
            end = start - 1
            start = text.rfind("\n", 0, end) + 1
            line = text[start:end].strip()
            if not line or line[0] in _OPENERS:
                continue  # an answer above
            if self._topic_line(start) or _INLINE_TOPIC_RE.match(text, start):
                continue
            head = _name_line(line)
            if head is None and "/" in line:  # "Executive Vice President/Head Coach Jo Roe"
                head = _name_line(line.rsplit("/", 1)[1])
            if head is None and (said := _SAID_HEAD_RE.match(line)):
                head = NAME_LINE_RE.fullmatch(said["who"])
            if head is None:
                return None
            name, at = head["name"], text.index(head["name"], start)
            person, why = self.resolve("name", name.title() if name.isupper() else name, at, True)
            if person is None:
                return None
            why = f"{why}: heads the quote sheet"
            return person, (at, at + len(name)), None, None, why, 0.7
        return None

    def _sheet_by(self, line: int) -> Found | None:
        """The speaker of a sheet of answers, each on a line after its topic or question
        ("Game analysis: « ... »"), named in a line above them all: "Statements to Sport TV
        by striker Jo Roe after the win."."""
        text: str = self.text
        for _ in range(30):
            if line == 0:
                return None
            end = line - 1
            line = text.rfind("\n", 0, end) + 1
            head = text[line:end]
            if not head.strip() or _LABELLED_RE.match(head):
                continue  # a blank line, or an answer above
            if (by := SHEET_BY_RE.match(head)) is None:
                return None
            at = line + by.start("name")
            person, why = self.resolve("name", by["name"], at, tied=True)
            if person is None:
                return None
            why = f"{why}: the sheet of answers is theirs"
            return person, (at, at + len(by["name"])), None, None, why, 0.7
        return None

    def _headed(self, k: int) -> Found | None:
        """A quote in paragraph ``k`` of a list that names each speaker in a line above
        their words: "Valtteri Bottas, 3rd, 1:08.469", "SERGIO PEREZ"."""
        text, breaks = self.text, self.breaks
        for j in range(k - 1, max(-1, k - 6), -1):
            start = breaks[j - 1] + 1 if j else 0
            line = text[start : breaks[j]].strip()
            if line in _LIST_JUNK or line[:1] in _OPENERS:
                continue  # (or the same speaker's words before: the heading is above them)
            head = _head_line(line)
            if head is not None and (
                head["name"].lower() in ROLE_WORDS or _an_office(head["name"])
            ):
                continue  # "Manager, England" under "Gareth Southgate": his office
            if head is None and (on := _on_heading(line)) is not None:
                at = text.index(on["name"], start)
                person, why = self.resolve("name", on["name"], at, True)
                if person is None or person.gender == NEUTER:
                    return None  # "Star Emily Blunt on Cillian Murphy": hers
                span = (at, at + len(on["name"]))
                return person, span, None, None, f"{why}: heads it in the line above", 0.7
            if head is None:
                return None
            at, name = text.index(head["name"], start), head["name"]
            rest = line[head.end() + 2 :].rstrip(" :")
            if (
                line.startswith(", ", head.end())
                and name.rsplit(" ", 1)[-1].lower() in OFFICE_WORDS
                and (named := MENTION_RE.fullmatch(rest)) is not None
                and named.lastgroup == "name"
            ):  # "Americas Director, Erika Guevara Rosas:": the name after the office
                at, name = text.index(rest, at), rest
            titled = name.isupper() and name.count(" ") > 2 and is_office(name.lower())
            if not (
                line.startswith(", ", head.end())  # "Valtteri Bottas, 3rd, 1:08.469"
                or 2 <= name.count(" ") + 1 <= 3
                and (
                    name.split(" ", 1)[0].title() in GIVEN_NAME_GENDER  # "SERGIO PEREZ"
                    or name.isupper()
                    and text.find(name.title(), 0, at) != -1  # (named before: "captain
                )  # Jamie Cudmore")
                or titled  # "GERMAN CHANCELLOR ANGELA MERKEL", as a factbox heads a quote
            ):
                return None  # (not a topic, "General", "Housing")
            if titled:
                name = " ".join(w[0] + w[1:].lower() for w in name.split())
            person, why = self.resolve("name", name.title() if name.isupper() else name, at, True)
            if person is None:
                return None
            span = (at, at + len(name))
            return person, span, None, None, f"{why}: heads it in the line above", 0.7
        return None

    def _dash(self, lo: int, hi: int, where: str) -> Found | None:
        """ "..." — Jane Roe, the mayor; "..." (Jo Roe in a letter to staff)"""
        dash = DASH_RE.match(self.text, lo, hi) or BRACKET_SIGN_RE.match(self.text, lo, hi)
        if dash is None and (post := _POST_SIGN_RE.match(self.text, lo, hi)) is not None:
            name = post["name"]  # "— tammyduckworth (@TammyDuckworth_) December 30, 2008"
            person = self._roles.setdefault(name, Person(name))
            return person, post.span("name"), None, None, f"the account '{name}' {where}", 0.8
        if dash is not None and self.text.startswith(_POSSESSIVE, dash.end("name")):
            owned = SPEECH_OWNER_RE.match(self.text, dash.start("name"), hi)
            if owned is None or owned["role"] or owned.start("name") != dash.start("name"):
                return None  # (not "– Dana also revealed that Daley's response ...")
            person = self.resolve("name", owned["name"], owned.start("name"), tied=True)[0]
            if person is None:  # ("He's carried us" - Steve Kerr's blunt statement on ...)
                return None
            why = f"'{owned['name']}' {where}: their {owned['speech']}"
            return person, owned.span("name"), None, None, why, 0.8
        if dash is None:
            return None
        eol = self.text.find("\n", dash.end("name"))
        line = self.text[dash.start("name") : eol if eol != -1 else len(self.text)].rstrip()
        if (
            len(line) > len(dash["name"])
            and "," not in line
            and line.rpartition(" ")[2] in ROLE_WORDS
        ):  # "– Number 10 spokesman": a role (but "– Jo Roe, the mayor" is Jo Roe)
            at = dash.start("name")
            person, why = self._role(line, at)
            return person, (at, at + len(line)), None, None, f"{why} {where}", 0.8
        name = _QUOTED_NICKNAME_RE.sub(
            "", dash.group("name")
        )  # "Dave 'Harry' Bassett": Dave Bassett
        person = self.resolve("name", name, dash.start("name"), tied=True)[0]
        span = dash.span("name")
        if (person is None or person.gender not in _KNOWN) and not line.isupper():
            caps = _CAPS_NAME_RE.search(line)  # "- US swimming legend MICHAEL PHELPS on his
            if caps is not None and caps["after"] not in ROLE_WORDS:  # final swim": him
                name, at = caps["name"].title(), dash.start("name") + caps.start("name")
                person, span = self.resolve("name", name, at, tied=True)[0], caps.span("name")
                span = (span[0] + dash.start("name"), span[1] + dash.start("name"))
        if person is None:
            return None
        return person, span, None, None, f"'{name}' {where}", 0.9

    def _blamed(self, cue: re.Match[str], lo: int, at: int) -> Found | None:
        """The one blamed or praised for what they said: "protested against the Congress
        leader for calling ...", "slammed Jo Roe for saying ..." (but not "apologised to Jo Roe
        for calling her ...", nor "praised by Jo Roe for saying ...")."""
        text = self.text
        m = next(reversed(list(MENTION_RE.finditer(text, max(lo, at - 80), at - 1))), None)
        role = None
        if m is None or m.end() != at - 1:
            role = role_before(text, lo, at)
            if role is None:
                return None
            pos = role.start()
        else:
            pos = m.start()
        if _word_before(text, pos) in ("to", "by", "from", "with"):
            return None
        word = cue.group()
        if role is not None:
            person, why = self._role(role["role"], role.start())
            why = f"{why}, blamed for what they said ('for {word}')"
            return person, role.span("role"), word, cue.span(), why, 0.8
        return self._found(m, cue, f"blamed for what they said ('for {word}')", 0.8)

    def _name_before_offices(self, lo: int, m: re.Match[str]) -> re.Match[str] | None:
        """The name before the offices that end in the mention ``m``: "Jo Roe" of "Jo Roe,
        Chairman, President and CEO" (or of "Jo Roe, Chief Financial Officer of Acme")."""
        at = m.start()
        of = " of the " if self.text.endswith(" of the ", 0, at) else " of "
        if m.lastgroup == "name" and self.text.endswith(of, 0, at) and not _office_alone(m[0]):
            m = next(  # (the office before the body it is of)
                (
                    x
                    for x in MENTION_RE.finditer(self.text, max(lo, at - 80), at - len(of))
                    if x.end() == at - len(of)
                ),
                m,
            )
        if m.lastgroup != "name" or not _office_alone(m.group()):
            return None  # (not "Sir John Curtice, the Prime Minister said": two people)
        at = m.start()
        for x in reversed(list(MENTION_RE.finditer(self.text, max(lo, at - 120), at))):
            gap = self.text[x.end() : at]
            if gap == ", " and x.lastgroup == "name" and not is_office(x.group()):
                return x
            if gap not in (", ", " and ", ", and ") or not _office_alone(x.group()):
                return None
            at = x.start()
        return None

    def _found(self, m: re.Match[str], cue: re.Match[str], where: str, conf: float) -> Found | None:
        kind = m.lastgroup
        person, why = self.resolve(kind, m.group(), m.start(), tied=True)
        if person is None:
            return None
        return (
            person,
            m.span(),
            cue.group(),
            cue.span(),
            f"{why} {where}",
            round(conf - 0.1, 2) if kind == "pron" else conf,
        )


# given names that are also words or places: "Grace periods", "Georgia said"
_WORDLIKE_NAMES = frozenset(
    """Amber Bill Bob Carol Dale Dean Florence Frank Georgia Glenn Gordon Grace Guy Holly Howard
    Iris Jack Lewis Lily Mark Max Morris Ray Stanley Troy Victoria Virginia Will Xi""".split()
)
_GIVEN_BEFORE_RE = re.compile(r"\b[A-Z][a-z]+ $")
_ACRONYM_RE = re.compile(r"(?P<name>[A-Z]{3,5})\s+")  # a sentence's subject: "AMLO said"
_ACRONYM_AFTER_RE = re.compile(  # or after an opening phrase: "On the show SLB said that he"
    r"(?<=\s)(?P<name>[A-Z]{3,5})\s+(?=[a-z]+\s+(?:that\s+)?\Z)"
)
_THAT_GAP_RE = re.compile(r"\s*(?:that\s+)?")
_BODY_IN_RE = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?P<body>(?:[A-Z][\w-]*\s+)?[a-z]+)\s+in\s+$"
)
_ASIDE_RE = re.compile(r"As (?:we|I) [^,.;:]{1,40}, ")
_NICKNAME_RE = re.compile(r"[^\W_][\w'’.-]*(?: [A-Z][\w'’-]*)?")  # (or a gamer's: "fng")
_SURNAME_AFTER_RE = re.compile(r"[A-Z][\w'’-]+")
_HEADLINE_LINKS = _MINOR_WORDS | frozenset("about after over into against amid as".split())
_CHARGE_RE = re.compile(r"\b(?:charges?|counts?|offen[cs]es?|crimes?|suspicion)\s+of$")
_GROUP_WORDS = tuple(f"{w} " for w in "Many Some Most All Several Few Both Each".split())
_ASIDES = ("Most of all, ", "All in all, ", "Some days, ", "Most importantly, ")  # (no group)
# a company by its legal form: "BlackBerry Ltd", "Acme Holdings plc"
_FIRM_RE = re.compile(
    r"\b(?:[A-Z][\w&-]*\s+){1,3}(?:Inc|Ltd|Corp|Co|LLC|plc|PLC|Group|Holdings|AG|SA|GmbH)\b\.?"
)
_OWNED_ROLE_END_RE = re.compile(  # "Louis Nix III’s mother", before a colon
    r"(?<![\w'’])[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3}['’]s (?:mother|father|mum|mom|dad|wife"
    r"|husband|son|daughter|sister|brother|widow|lawyer|attorney|spokesman|spokeswoman)$"
)
_RELATIVE_HEAD_RE = re.compile(r"\b(?:the|a|an)\s+(?:[a-z]+\s+)?[a-z]+\s+$")  # "the woman "
_PARTY_STATE = r"[A-Z]{1,3}-[A-Z][\w.]*"  # "R-S.C.", "D-N.Y.", "R-Kan."
_PARTY_TAG = rf" \({_PARTY_STATE}(?: [A-Z][\w.]*)?\)"  # " (R-S.C.)", " (D-N.Y.)"
_PARTY_TAG_RE = re.compile(_PARTY_TAG)
_PARTY_TAG_END_RE = re.compile(_PARTY_TAG + "$")
_THING_SUBJECT_RE = re.compile(
    r"(?:A|An|The)\s+[a-z]+\s+(?:he|she|they|we|I|you)\s"
    r"|(?:A|An)\s+(?:[a-z-]+\s+){0,3}(?:[A-Z][\w'’-]+\s+){1,3}"  # "A last minute Christian
    r"(?:goal|strike|header|penalty|brace|double|hat-trick|free-kick|volley|try)\b"  # Stuani goal
)  # gave the side a win": a thing, not Stuani
_TITLE_QUALIFIER_RE = re.compile(r" (?:in|at|of|for) (?:the|its|this) [a-z]+(?=,)")
_DOCUMENT_SUBJECT_RE = re.compile(
    r"(?:A|An|The)\s+(?:[a-z]+\s+)?(?:statement|release|report|letter|memo|notice|circular"
    r"|communiqu[eé])\s+(?:also\s+)?(?:said|says|stated|states|added|noted|read|reads)\b"
)
_GROUP_OPENER_RE = re.compile(  # "Her dancers", "Many fans", "Fans": a group opens the sentence
    r"(?:(?P<det>[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[Mm]any|[Ss]ome)\s+)?"
    r"(?P<group>(?:[a-z]+\s+)?(?P<role>[A-Za-z]+s))(?=\s)"
)
_GROUP_SUBJECT_RE = re.compile(  # a sentence about a group: "The MCAs were reacting"
    r"(?:The |Many |Some |All |Both )?(?:[A-Z][A-Za-z]*[a-rt-z]s|[A-Z]{2,}s|They) "
    r"(?:were|are|have|had|did|do|will|would)\b"
)
_OTHER_SUBJECT = {FEMALE: ("He ", "His "), MALE: ("She ", "Her ")}  # (not the pronoun's own)
_FIRST_PERSON_SUBJECT_RE = re.compile(r"(?:[^,.;:]{0,40},\s+|Then\s+|So\s+|And\s+)?(?:I|We|we)\s")
_READ_FROM_RE = re.compile(  # '"...," reads a statement from Jo Roe', '..., read a statement
    r"(?P<cue>reads?)\s+(?:a|the|an)\s+(?:[a-z]+\s+)?(?:statement|post|message|note|letter|tweet"
    r"|caption)\s+(?:(?:published|issued|released|posted)\s+)?(?:from|by)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
)  # published by the Saudi Press Agency'
_IS_OFFICE_RE = re.compile(r"\b(?:is|was|became|has been|had been|remains)\s+$")  # "Roe is the
_SAID_THEN_RE = re.compile(  # a clause's own attribution before a participle
    r"(?:,|(?<=[”\"’]))\s+(?P<who>he|she|they|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+"  # ('...,” he
    r"(?:said|says|wrote|writes|added|adds|noted|notes|argued|argues|alleged|claimed|stated"
    r"|explained|insisted|warned|declared|tweeted|posted|stressed|asserted),\s+$"  # said, adding')
)
_CALLED_ON_RE = re.compile(  # "Coach, will you ...?" (or "Coach what are your thoughts?")
    r"([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)(?:, | (?=(?:what|how|why|when|where|who|do|did|does"
    r"|are|is|was|were|can|could|will|would|have|has|should)\b))"
)
_CLAIM_THAT_RE = re.compile(  # the owner of the words, by a pronoun: "her insistence that"
    r"\b(his|her|their)\s+(?:[a-z]+\s+){0,2}?(?:insistence|claims?|assertions?|promises?|pledges?"
    r"|vows?|mantra|slogan|warnings?|arguments?|boasts?|refrain)\s+that$"
)
_REPORT_THAT_RE = re.compile(
    r"\b(?:a|an|the)\s+(?P<name>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})"
    r"(?:['’]s(?:\s+[a-z]+){0,2})?\s+"  # "the Daily Mail’s social media headline that"
    r"(?:report|reports|article|story|survey|headline)\s+(?:that|saying)\b"
)
_AGE_GAP_RE = re.compile(r",[ \t]*\d{1,3}")  # "Jo Roe, 42, an entrepreneur, said": his age
_AGE_RE = re.compile(r",\s+(?:(?:a|an|the)\s+)?\d{1,3}(?:-year-old\b|,)")
_ASKED_AND_TOLD_RE = re.compile(
    r"\b(?:reached out to|contacted|asked|called|approached)\s+(?P<who>[^,.;:\"“”]{2,60}?)"
    r"\s+and\s+(?:was|were)\s+$"
)
# "described by Jo Roe as '...'"; "criticised by Jo Roe for '...'", "accused by her of '...'"
_AGENT_RE = re.compile(  # "was described by Jo Roe as", "was asked by a reporter if it"
    r"(?:\s+(?:on|to|via)\s+[A-Z][\w.]*)?\s+by\s+(?P<who>[^;.\"“”]{1,80}?)"
    r"(?:\s+(?:as|for|of)\s+|\s*:\s*|\s+(?:if|whether)\s+[^;.\"“”]{1,60}\s"
    r"|\s+with\s+(?:the|a)\s+caption,?\s*)"  # ("was shared on Twitter by a user with the
)  # caption, '...'")


_PERSON_TITLES = (
    OFFICE_WORDS
    | ROLE_WORDS
    | frozenset(
        "candidate nominee challenger incumbent lawmaker rep sen gov dr mr mrs ms prof boss "
        "manager designer founder co-founder player striker".split()
    )
)


# what opens a clause before a sentence's subject: "Asked about it, Roe said", and "While
# the WHO declared that ..., the Secretary-General urged"
_INTRO_CLAUSES = tuple(
    f"{w} "
    for w in """Asked Told Speaking Talking Responding Replying Commenting Referring Addressing
    Reacting Answering Clarifying Explaining Describing Discussing Writing Noting Turning
    Defending Announcing Welcoming Citing Recalling Acknowledging Dismissing Rejecting Denying
    Confirming Following Visiting Regarding Concerning Expressing While Although Though When
    Terming Branding Dubbing Labelling Labeling Calling Hours Days Weeks Minutes Moments Shortly
    Whereas Represented Amid After Before""".split()
)


_INTRO_CLAUSE_RE = re.compile(trie_pattern(list(_INTRO_CLAUSES)))
_CLAUSE_OPENERS = (*_WHEN_OPENERS, "Although ", "Though ", "Whereas ")
_SUBJECT_CLAUSE_RE = re.compile(f"{'|'.join(_WHEN_OPENERS)}")
# a participle that opens a sentence: "Looking at his squad, ...", "Having lost, ..."
_OPENING_PARTICIPLE_RE = re.compile(
    r"(?:(?!According)[A-Z][a-z]{3,}ing\s+(?:at|on|to|back|ahead|for|with|about|into|over|after|through"
    r"|the|his|her|their|a|an|[A-Z][\w-]*(?:['’]s|(?<=s)['’]))|Having\s+[a-z]+"  # ("Following
    # Rovers’ draw, ...")
    r"|[A-Z][a-z]{3,}ed\s+(?:with|by|at|about|over))\s"  # "Disappointed with the vandalism, ..."
)
_PARTICIPLE_FIRST_RE = re.compile(
    r"(?!According)(?:[A-Z][a-z]{3,}ing|Asked)\b"
)  # "Speaking to X, he said"
_INTRO_OR_PARTICIPLE_RE = re.compile(f"{_INTRO_CLAUSE_RE.pattern}|{_OPENING_PARTICIPLE_RE.pattern}")
_TOPIC_QUESTIONS = ("what ", "how ", "why ", "whether ", "when ", "where ")
# a photo's credit that ends its caption: "... Photo: RNZ / Samuel Rillstone"
_CAPTION_CREDIT_RE = re.compile(r"\b(?:Photo|Picture|Image)s?(?::| /)[^\n]{1,60}$", re.MULTILINE)
_NAMES_LINE_RE = re.compile(  # "Carmel Sepuloni and Chris Hipkins", a caption's heading
    r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)+(?:(?:,| and) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)+)+"
)
_LINK_LINES = ("Also Read", "ALSO READ", "Also read", "READ MORE", "Read More", "Read more")
_LINK_LINES += ("RELATED:", "Related:")  # "RELATED: Premier takes swipe at PM": a link
_TRAILING_SOURCE_RE = re.compile(
    r", according to (?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})[.?!]?[\"”’']?\s*$"
)
_POSSESSIVE_ENDS = ("’ ", "' ", *_POSSESSIVE_SPACE)  # "the Governors’ Forum", "Roe's Forum"
_CREDITS = ("Photo:", "Photos:", "Picture:", "Pictures:", "Image:", "Photograph:", "Credit:")
_CREDITS += ("Via ",)  # an outlet a story is taken from: "Via People:"
_TOPIC_OPENERS = (  # a quote sheet's topic: "On his knee:", "(on X)", "(opening statement)"
    "On ",
    "(On ",
    "(on ",
    "(Opening ",
    "(opening ",
)
# or on the answer's line: 'On the matchup: "Well, ...', 'Opening Statement: "Hats off ...'
_INLINE_TOPIC_RE = re.compile(
    r"(?:On\s[^\n:]{1,200}|(?:Opening|Closing)\s+(?:[Ss]tatement|[Rr]emarks)):[ \t]*[\"“]"
)
# a quote sheet's heading: "Transcript: Everything head coach Jo Roe said after the loss"
_SAID_HEAD_RE = re.compile(
    r"(?:[A-Z][\w ]{0,20}:\s+)?(?:Everything|What|Here['’]s\s+what)\s+"
    r"(?P<who>[^\n]{3,60}?)\s+(?:said|says|had\s+to\s+say)\b"
)
_SUBJECT_START_RE = re.compile(r"[A-Z]|the\s")
_FEELING_LEAD_RE = re.compile(
    r"\b(?:(?P<felt>felt|feels?|feeling)|is|was|are|were|remains|became|seemed)"
    r"(?: (?:so|very|quite|really|rather|extremely))?$"
)
_FEELINGS = frozenset(
    """nervous scared excited thrilled devastated delighted heartbroken happy proud gutted
    terrified intimidated honoured honored humbled grateful shocked sad upset worried anxious
    relieved overwhelmed frightened petrified emotional disappointed saddened frustrated
    furious livid baffled stunned bemused dismayed annoyed elated ecstatic eager keen hopeful
    optimistic confident""".split()
)
_OTHERS_WORDS_RE = re.compile(  # words someone else may have said: "rejected claims that"
    r"\b(?:claims?|reports?|accusations?|allegations?|critics|rumou?rs?|suggestions?|charges?"
    r"|slogans?|chants?|signs?|banners?|posts?|messages?|letters?)\b"
)
_OF_PLACE_RE = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)*")
_DATE_OPENING_RE = re.compile(  # "On March 23, ", "Last Tuesday night, ", "In 2019, "
    r"(?:On|In|Last|Earlier|Later|Late|Early) (?:(?:this|last|on|in|the) )?"
    rf"(?:{'|'.join(sorted(_WEEKDAYS))}|January|February|March|April|May|June|July|August"
    r"|September|October|November|December|\d{4}|week|month|year)(?: \d{1,2}(?:st|nd|rd|th)?)?"
    r"(?:,? \d{4})?"
    r"(?: (?:night|morning|afternoon|evening))?, "
)
_SURNAME_VERB_RE = re.compile(  # "Roe then turns", "Roe admitted", "Roe, on the other hand, was"
    r"(?:,[^,\n]{1,30},| on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)? (?:(?:then|also|later"
    r"|again) [a-z]{3,}[^s]s|(?:has )?[a-z]{3,}ed|was|had|spoke|told|took|gave|went|came|made|met"
    r"|wrote)\b"
)  # ("Roe on Tuesday spoke to the media and said", "Lorde has returned")
_AND_CUE_RE = re.compile(r",? and (?:also |later )?")  # "..., and admits"
_OWN_REMARKS_RE = re.compile(
    r"\b(?:his|her|their) (?:comments?|remarks?|words|claims?|description|statement|warning)\b"
)
_OUTLET_NOUNS = frozenset(
    "website site blog newspaper paper tabloid magazine channel broadcaster podcast"
    " series show programme documentary sitcom".split()  # "YouTube series Girl Talk"
)
# a line of a sheet of answers: its topic or question, then the answer in marks
_LABELLED_RE = re.compile(r"[^\n]{0,120}?[:?][ \t]*[\"“«„‘']|[ \t]*[\"“«„‘']")


def _same_place(a: str, b: str) -> bool:
    """Whether two words name one place: "iran" and "iranian", "kiwi" and "kiwi", "china's"
    and "chinese" (but not "austria" and "australian")."""
    a, b = a.removesuffix("'s").removesuffix("’s"), b.removesuffix("'s").removesuffix("’s")
    return (
        a == b
        or len(b) > 3
        and a.startswith(b)
        or len(a) > 3
        and b.startswith(a)
        or len(a) > 4
        and b.startswith(a[:-1])
        or len(b) > 4
        and a.startswith(b[:-1])
    )


_HONORIFIC_WORDS = {  # (kept in names, but not in a title's)
    *COURTESY,
    *"ayatollah hojatoleslam hojjatoleslam seyyed seyed sayyid sayyed".split(),
}
_TOLD_TAIL = frozenset(  # whom and when, after a cue that ends a sentence
    "on in at last this that the a an night morning evening afternoon week weekend month year"
    " today yesterday tonight earlier later".split()
)
_NAME_BEFORE_NICKNAME_RE = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]+ $")
_LOWER_AFTER_RE = re.compile(r" [a-z]")
_READ_DOC_RE = re.compile(
    r"\s+(?:out\s+)?(?:the|his|her|their|this)\s+(?:tweet|statement|letter|post)\b"
)
_DOC_OF_RE = re.compile(  # "the recent tweet of Foreign Affairs Secretary Teddy Boy Locsin"
    r"\b(?P<doc>tweet|statement|letter|post) (?:of|by|from) (?:the )?(?:[A-Z][\w.]* ){0,4}?"
    r"(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3})(?=[,.;:]|\s+[a-z])"
)
_ACCUSED_CUES = frozenset("accused charged blamed criticised criticized slammed".split())
_OF_SAYING_RE = re.compile(r" (?:of|over) (?:saying|uttering|writing|posting|tweeting)\b")
_ASKED_IF_RE = re.compile(r"\basked\b(?=[^.;:\"“”]{0,60}\b(?:if|whether) $)")
_ISSUED_DOC_RE = re.compile(  # "released a joint statement", "issued a statement"
    r"\b(?:released|issued|put out|published|shared|posted)\s+(?:an?|the|their|its|his|her)\s+"
    r"(?:[a-z]+\s+)?(?P<doc>statement|release|letter)\b"
)
_BODY_HEAD_RE = re.compile(  # " president, Johannes Möller," after a body's name
    r" (?P<office>[a-z]+),? (?P<name>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3})(?=[,.;:]| [a-z])"
)
_DOC_ISSUED_RE = re.compile(  # "The official statement from Buckingham Palace was released"
    r"The\s+(?:[a-z]+\s+)?(?P<doc>statement|release|letter)\b[^.\n]{0,60}?\s+was\s+"
    r"(?:released|issued|published|posted|put out)\b"
)
_OWN_QUESTION_RE = re.compile(r" [a-z]+ (?:his|her|their) own question")  # the asker answers
_ROLE_THEN_NAME_RE = re.compile(  # "lead author" then " of the study Marianne Nyegaard."
    r"(?:\s+(?:of|at|for)\s+(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})?"
    r"\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,3})(?<![a-z]{2}\.)(?=\s*[.,;]|\s*$)"
)
_STRAY_CLOSE_RE = re.compile(r"[^\n\"“”]{8,160}?[,.?!][”\"](?=,? [a-z])")  # (no opener)
_INVERTED_ROLE_RE = re.compile(r" the (?P<role>[a-z]+),")  # "..., says the source, ..."
_ROLE_ASIDE_RE = re.compile(r", the (?P<role>[a-z]+) (?:said|says|added|claimed|insisted),")
_ACCORDING_DOC_RE = re.compile(  # "According to the statement, '...,' it added"
    r"According to (?:the|a|its|their) (?P<doc>statement|report|release|letter|document|memo"
    r"|complaint|lawsuit|suit|filing|indictment|affidavit|petition)\b"
)
_ROLE_OF_STARTS = {  # " spokesman": ("spokesman for ", "spokesman of ")
    f" {w}": (f"{w} for ", f"{w} of ") for w in ("spokesman", "spokeswoman", "spokesperson")
}
_PRESS_JOBS = frozenset(  # who asks, not who answers: "Euronews reporter Jo Roe asked"
    "reporter journalist correspondent presenter anchor host columnist interviewer".split()
)
_SAINTS = frozenset(("St", "St.", "Saint", "Ste", "Ste."))  # a place: "South West St Catherine"
_HEADLINE_LEAD_RE = re.compile(  # "Sainz", "Did Keanu Reeves Tweet", "Video Shows Jo Roe Saying"
    r"(?:(?:Fact[- ][Cc]heck|FACT CHECK): )?(?:(?:No|Yes), )?"  # "Fact Check: No, Jo Roe ..."
    r"(?:(?:Video|Photo|Clip|Footage|Image) Shows )?(?:(?:Did|Does|Has|Was) )?"
    r"(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}?)"
    r"(?: (?:Really|Never|Falsely|Wrongly|Didn['’]t|Did Not|Doesn['’]t|Does Not))?"
    r"(?: (?P<cue>(?:Say|Tweet|Post|Write|Claim|Call)(?:s|ed|ing)?|Said|Wrote)"
    r"(?: [A-Z][\w'’-]+){0,2}?)? "  # (and whom: "Did Jo Roe Call Farmers 'Lazy'?")
)
_NAME_PAREN_RE = re.compile(  # a name and its details in brackets: "Jo Roe (2nd, 1:25.07)"
    r"(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}) \([^()\n]{1,60}\)"
)
_LONG_OPENERS = ("In ", "At ", "On ", "During ", "Following ", "After ")


def _named_word(lead: str) -> str | None:
    """The words before a quote that name it as a word, not words said: 'the text contained
    the word', 'was replaced with the words', 'a summit with the theme' (not 'Roe used the
    word', 'congratulated him with the words', 'dismissed it with the phrase')."""
    if lead.endswith(_SPELLING):  # "why can't any of them spell 'disappoint' correctly?"
        return lead.rsplit(None, 1)[-1]
    if not lead.endswith(_WORD_NOUNS):
        return None
    at = lead.rfind(" the ") + 1
    before = lead[max(0, at - 30) : at].split()[-2:] or [""]
    if before[-1] == "with" and lead[at + 4 :].rstrip(":") in _SPOKEN_NOUNS:
        return lead[at:] if len(before) > 1 and before[0] in _DISPLAY_VERBS else None
    return None if before[-1] in _WORD_USERS else lead[at:]


def _on_heading(line: str) -> re.Match[str] | None:
    """A heading over someone's words on a subject: "Oppenheimer Star Emily Blunt on
    Cillian Murphy" (not "Chief Roe Releases Statement on Recent Violence")."""
    on = _ON_HEAD_RE.fullmatch(line)
    if on is None or any(w in NOT_PERSON_WORDS for w in on["name"].split()):
        return None
    return on


_WHERE_SAID_RE = re.compile(r"(?:on|in|via) (?:an? )?[A-Z]?[\w.]+(?: [\w.]+)?")


def _head_line(line: str) -> re.Match[str] | None:
    """A name line, or one in capitals with the office after a dash: "JAMIE CUDMORE –
    CAPTAIN, CANADA"."""
    head = _name_line(line)
    if head is None and line.isupper() and (dash := _SPACED_DASH_RE.search(line)):
        head = _name_line(line[: dash.start()])
    return head


def _name_line(line: str) -> re.Match[str] | None:
    """A paragraph that is a name alone, with its office and place: "Senate candidate Jo
    Roe of Ohio", "Rep. Jo Roe" (not a heading, "Never doubted Lund")."""
    if len(line) >= 90:
        return None
    m = NAME_LINE_RE.fullmatch(line)
    if m is None:
        m = NAME_LINE_RE.match(line)
        if m is None or not line.startswith(", ", m.end()):
            return None
        tail = line[m.end() + 2 :]  # "Bob Bell, Chief Technical Officer", "Lewis Hamilton,
        if not (
            _titles_only(tail)
            or any(c.isdigit() for c in tail)  # 1st, 1:24.303" (not a headline's "ECB,
            and not HEADLINE_NAME_RE.match(tail)  # Lagarde: bring inflation to 2%")
            or _WHERE_SAID_RE.fullmatch(tail)  # "Abbas Araqchi, on X": where they said it
        ):
            return None
        line = line[: m.end()]
    if (
        not _titles_only(line)
        or line.split(" ", 1)[0] in _EVENT_WORDS
        or line.startswith(_SECTION_OPENERS)
    ):
        return None  # (nor a heading, "Statement of Mayor Jo Roe", "About The Union")
    return m


def _an_office(text: str) -> bool:
    """Whether ``text`` is an office and nothing else: "Chief Executive Officer and Chief
    Scientist"."""
    words = text.split()
    return bool(words) and all(
        (w := word.lower()) in OFFICE_WORDS or w in _OFFICE_MODIFIERS or w in JOBS or w in _LINKS
        for word in words
    )


_LINKS = frozenset(("and", "of", "for", "the"))


def _titles_only(text: str) -> bool:
    """Whether each lower-case word of ``text`` links a name or names a role or office:
    "James Madison head coach Mickey Matthews", "Senate candidate Jo Roe of Ohio"."""
    return not any(
        w.islower() and w not in _NAME_LINKS and w not in ROLE_WORDS and not is_office(w)
        for w in text.split()
    )


def _subject_start(text: str, at: int) -> bool:
    """Whether a subject can start at ``at``: a capital, "the", or a job before a name
    ("spokesman Dmitry Peskov said")."""
    if _SUBJECT_START_RE.match(text, at):
        return True
    word = _LOWER_WORD_RE.match(text, at)
    return (
        word is not None
        and (word.group() in ROLE_WORDS or word.group() in _TITLE_WORDS)  # ("state BJP
        and text[word.end() : word.end() + 1] == " "  # chief K Annamalai")
        and text[word.end() + 1 : word.end() + 2].isupper()
    )


_COMMA_PARTY_TAG_RE = re.compile(rf"{_PARTY_STATE},")  # "R-Kan.,", "D-N.Y.,"


def _main_clause(text: str, lo: int, hi: int) -> int:
    """Where the main clause of a sentence that opens with a participle starts: after the
    comma before its first speech cue ("Clarifying reports that Roe would speak, Kim said")."""
    for cue in CUE_RE.finditer(text, lo + 1, min(hi, lo + 450)):
        comma = text.rfind(", ", lo, cue.start())
        for _ in range(3):  # (the comma before an apposition: "province, Imran Khan's
            if comma == -1 or cue.start() - comma >= 100:  # confidant, Aleem Khan, said")
                break
            if (
                _subject_start(text, comma + 2)
                and not (text[comma + 2].isupper() and _an_office(text[comma + 2 : cue.start()]))
                and not _COMMA_PARTY_TAG_RE.match(text, comma + 2)
            ):  # (not the title after a name: "Jo Roe, Chief Executive Officer noted"; nor
                # the party and state: "Sen. Pat Roberts, R-Kan., told")
                return comma + 2
            comma = text.rfind(", ", lo, comma)
    if not (
        text.startswith(("Asked ", "Speaking ", "Talking ", "Reacting ", *_CLAUSE_OPENERS), lo)
        or _OPENING_PARTICIPLE_RE.match(text, lo)  # "Looking at his squad, after injuries
    ):  # to Jo Roe and Al Lee, Tim Ash did his best": Tim Ash; "After Jo Roe asked about
        # it, Al Lee defended her record": Al Lee
        return lo  # no cue: "Asked whether he chose not to tell them, Benjamin Netanyahu
    comma = text.find(", ", lo, min(hi, lo + 300))  # laughs it off."
    while comma != -1 and not (  # (the first comma a subject follows, a pronoun too, or
        _subject_start(text, comma + 2)  # where reading stops: "When my cousin spoke, he":
        and _word_before(text, comma).lower() not in OFFICE_WORDS  # no cousin; nor "made
        or _word_at(text, comma + 2) in _SUBJECT_PRONOUNS  # by General Secretary, Dr. Jo
        or comma + 2 >= hi  # Roe in the media, Ms. Lee chalked": an office's holder)
    ):
        comma = text.find(", ", comma + 2, min(hi, lo + 300))
    return comma + 2 if comma != -1 else lo


def _topic_heading(line: str) -> bool:
    """A few words and a colon on a line of their own, as a quote sheet heads the quote
    below with its topic: "Missing layups:" (not a sentence's "in their own words:"), or
    "On his overall Olympic experience…", as athletics' quote sheets trail off."""
    return (line[-1] == ":" and line.count(" ") < 4 and "," not in line) or (
        line.startswith("On ") and line.endswith((":", "…", "...")) and line.count(" ") < 12
    )


def _quoted_headline(text: str, label: re.Match[str]) -> bool:
    """Whether a label's line is a headline: quoted words, then more of the line ('NTSB:
    "Whole of Government Effort" to Investigate Crash'), not a turn's first words."""
    mark = text[label.end() : label.end() + 1]
    if mark not in ('"', "“"):
        return False
    end = text.find("\n", label.end())
    end = len(text) if end == -1 else end
    close = text.find("”" if mark == "“" else '"', label.end() + 1, end)
    return close != -1 and any(c.isalpha() for c in text[close + 1 : end])


def _named_above(text: str, label: re.Match[str]) -> bool:
    """Whether a one-word label is the surname of someone named in the lines just above."""
    above = text[max(0, label.start() - 400) : label.start()]
    return re.search(rf"[A-Z][\w'’-]+ {re.escape(label['label'])}\b", above) is not None


def _caption_line(text: str, sign: re.Match[str]) -> bool:
    """Whether a line below a blank one captions the quote above it ("Jurgen Klopp after his
    side won the Cup"): not "Talking points", nor "Jo Roe is described as ...", nor "Jo Roe
    speaking to X: '...'", the line of a quote of its own."""
    end = text.find("\n", sign.end())
    line = text[sign.start("name") : len(text) if end == -1 else end]
    return not sign["be"] and line.count(" ") > 2 and not any(m in line for m in _OPENING_MARKS)


def _office_alone(title: str) -> bool:
    """An office with no name after it: "Deputy Regional Communications Officer"."""
    return title.rsplit(None, 1)[-1].lower() in OFFICE_WORDS


def _cue_after(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The last speech cue in text[lo:hi], after a quote, unless it brings on the next
    quote: '"...". As for regrets, Wynne said: "..."'."""
    cue = last_cue(text, lo, hi)
    if cue is not None and text[cue.end() : hi].strip() == ":" and hi < len(text):
        return None
    if (
        cue is not None
        and hi < len(text)
        and text[cue.end() : hi].strip() == "."
        and text[lo - 2 : lo - 1] in (".", "?", "!")
        and text.find(", ", lo, cue.start()) != -1
    ):  # '“... slowly.” She stopped, but she went on. “...”': the cue brings on the next
        return None  # quote, after a clause of its own (not '“....” she said. “...”')
    return cue


def _ends_line(text: str, span: Span) -> bool:
    """Whether the quote's closing mark ends its line (not "SC Banter | “...”: Jo Roe")."""
    end = text.find("\n", span.close_mark)
    return not text[span.close_mark + 1 : len(text) if end == -1 else end].strip()


def _bracket_after_colon(text: str, lo: int, hi: int) -> int:
    """Where the bracket opens in "Alex Ferguson: (On the penalty)" or "Chairman:- (...)"."""
    at = text.rfind(": (", lo, hi)
    if at == -1 and (at := text.rfind(":- (", lo, hi)) != -1:
        at += 1
    return at + 2 if at != -1 else -1


def _clause_end(text: str, pos: int) -> int:
    """Where the clause from ``pos`` ends: at its first comma, or its line's end."""
    return min(
        (k for k in (text.find(",", pos), text.find("\n", pos)) if k != -1), default=len(text)
    )


_NAME_ALONE_RE = re.compile(r"[ \t]*[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){1,3}[ \t]*")
# a name alone on the line below a quote, then the next quote or the end: a list of quotes
_NAME_BELOW_RE = re.compile(
    r"[ \t]*\n(?:[ \t]*\n)?(?P<name>[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){1,3})[ \t]*"
    r"(?:[\[(][^\]\)\n]{0,60}[\])][ \t]*)?"  # ("Tobin Heath [Manchester United]", the source)
    r"(?=\n\s*[\"“‘']|\s*\Z)"
)


def _introduced_above(text: str, pos: int) -> bool:
    """Whether the line above the one at ``pos`` ends with a colon, bringing on what is
    below: "Andy Murray tries to ease the concerns of a nation:"; or, past blank lines,
    with a cue before the colon: "Speaking to the media, Mourinho said:"."""
    k = text.rfind("\n", 0, pos)
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    if k > 0 and text[k - 1] == "\n":
        while k > 0 and text[k - 1] in " \t\n":
            k -= 1
        return text[k - 1 : k] == ":" and last_cue(text, max(0, k - 30), k - 1) is not None
    return k > 0 and text[k - 1] == ":"


def _asks_with(text: str, pos: int, word: str) -> bool:
    """Whether ``word`` at ``pos`` is "Will" or "May" opening a question, not a name."""
    if word not in ("Will", "May") or (pos and text[pos - 1] not in '\n"“‘'):
        return False
    end = text.find("\n", pos)
    return text[pos : len(text) if end == -1 else end].rstrip().endswith("?")


def _word_at(text: str, pos: int) -> str:
    """The lowercase word that starts at ``pos``, or ""."""
    word = _LOWER_WORD_RE.match(text, pos)
    return word.group() if word else ""


def _word_before(text: str, pos: int) -> str:
    words = text[max(0, pos - 16) : pos].split()
    return words[-1] if words else ""


def _clause_start(text: str, lo: int, pos: int) -> int:
    """Where the clause holding ``pos`` starts in the sentence from ``lo``: after a dash
    ("Ive and Roe were interviewed — the story notes ..."), but not after the second of a
    pair ("Jo Roe — the mayor — said"), nor after one a subordinate clause follows ("West
    tells Big Boy ... – because they're raw, adding, '...'": West); a dateline's dash
    ("WASHINGTON -- ") starts no clause."""
    dateline = _DATELINE_RE.match(text, lo, pos) if text[lo : lo + 2].isupper() else None
    dashes = [
        m.end() for m in _SPACED_DASH_RE.finditer(text, dateline.end() if dateline else lo, pos)
    ]
    if len(dashes) % 2 and not _CLAUSE_OPENER_RE.match(text, dashes[-1]):
        return dashes[-1]
    return lo


def _titled(text: str, start: int) -> bool:
    """Whether the word before ``start`` is a person's title: "candidate", "Sen.", "Dr"."""
    before = text[max(0, start - 24) : start].split()
    return bool(before) and before[-1].rstrip(".").lower() in _PERSON_TITLES


def _office_first(text: str, at: int) -> bool:
    """Whether the word at ``at`` is a capitalised office with " of " soon after it (a
    cheap test before OFFICE_OF_RE)."""
    of = text.find(" of ", at, at + 40)
    if of == -1 or not text[at : at + 1].isupper():
        return False
    end = text.find(" ", at, of + 1)
    if text[at:end].isupper() and end < of:  # "IDF Chief of Staff": a body's initials first
        at, end = end + 1, text.find(" ", end + 1, of + 1)
    return text[at:end].lower() in OFFICE_WORDS


def _name_start(office: re.Match[str]) -> int:
    """Where the two words that end an OFFICE_OF_RE match's body start."""
    body = office["body"]
    return office.start("body") + body.rfind(" ", 0, body.rstrip().rfind(" ")) + 1


def _name_at_end(title: str) -> str | None:
    """The given name and surname a long title ends with: "the Harbour Trust Mark Foley"
    (a body, then the person), or the name after an honorific: "the Revolution of Vardia
    Ayatollah Seyyed Hossein Rahmani"."""
    words = title.split()
    for k in range(2, len(words) - 1):
        if words[k].lower() in _HONORIFIC_WORDS:
            while k < len(words) - 1 and words[k].lower() in _HONORIFIC_WORDS:
                k += 1
            return " ".join(words[k:])
    if len(words) > 3 and words[-2] in GIVEN_NAME_GENDER:
        return " ".join(words[-2:])
    if len(words) > 4 and words[-3] in GIVEN_NAME_GENDER:  # "... Robert Nesta Morgan"
        return " ".join(words[-3:])
    return None


def _passive(text: str, lo: int, cue: int) -> bool:
    """Whether the cue at ``cue`` is passive: "was called", "were widely branded"."""
    last = text[max(lo, cue - 24) : cue].split()[-2:]
    if last and last[-1].endswith("ly"):
        last = last[:-1]
    return bool(last) and last[-1] in PASSIVE


def _pull_quote(text: str, quote: Quote) -> bool:
    """A quote alone on its line with no full stop: a heading that repeats words from the
    quote below it ("'That day has come'")."""
    return (
        text[quote.start - 2 : quote.start - 1] in ("", "\n")
        and text[quote.end + 1 : quote.end + 2] in ("", "\n")
        and quote.text.rstrip()[-1:] not in ".!?…"
    )


def _in_heading(text: str, pos: int) -> bool:
    """Whether ``pos`` is in a line in title case ("Minister Jo Roe Opens New Bridge at
    Ely"), not a sentence ("Chief Medical Officer Sir Chris Whitty said:")."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos, pos + 300)
    words = text[start : end if end != -1 else pos + 300].split()
    return len(words) >= 5 and all(
        (c := w.lstrip(_OPENING_MARKS)[:1]).isupper() or c.isdigit() or w in _HEADLINE_SMALL_WORDS
        for w in words
    )  # ("Calls Talks 'Business-Like'")


_OPENING_MARKS = "'\"‘“«„"
_ARTICLE_HEADING_RE = re.compile(r"An? [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*[ \t]*(?:\n|\Z)")


def _lowercase_later(text: str, quote: Quote, close_mark: int) -> bool:
    """Whether a headline's title-case quote is written in lowercase in the story below
    it: "Conversation As 'Business-Like'" and then "as business-like": words, not a name
    (in a headline every word is capitalised; a name is capitalised everywhere)."""
    lower = quote.text.lower()
    return (
        lower != quote.text
        and text.find(lower, close_mark, close_mark + 3000) != -1
        and _in_heading(text, quote.start)
    )


_HEADLINE_SMALL_WORDS = frozenset(
    "a an the and or but of to in on at for by with from as vs".split()
)


def _name_before(text: str, end: int) -> str:
    """The capitalised words (up to five) that end at ``end``: "Ismail Haniyeh"."""
    before = text[max(0, end - 60) : end]
    if not before.rpartition(" ")[2][:1].isupper():
        return ""  # the commonest case: a lower-case word before the comma
    line = before.rfind("\n") + 1  # (a name may start its line: "...\nKim Eun-hye, the")
    words = before[line:].split(" ")
    if len(words) > 1 and not line and end > 60:
        words = words[1:]  # the first may be cut
    name: list[str] = []
    for word in reversed(words[-5:]):
        if not word[:1].isupper() or not word.replace("-", "").replace("'", "").isalpha():
            break
        name.append(word)
    return " ".join(reversed(name))


def _is_partial(text: str, span: Span, quoted: str) -> bool:
    """A fragment quoted inside a sentence, not a whole statement."""
    k = span.open_mark - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    if k < 0 or not (text[k].isalnum() or text[k] in ")'’"):  # players' "spirit"
        return False  # not inside a sentence
    return not (quoted[:1].isupper() and quoted.rstrip()[-1:] in ".!?…")  # not a whole one


def _nickname(text: str, open_mark: int, close_mark: int) -> str | None:
    """The name a nickname is quoted in: 'Joko "Jokowi" Widodo' is Joko Widodo."""
    if not _NICKNAME_RE.fullmatch(text, open_mark + 1, close_mark):
        return None
    given = _GIVEN_BEFORE_RE.search(text, max(0, open_mark - 20), open_mark)
    surname = _SURNAME_AFTER_RE.match(text, close_mark + 2) if given else None
    if (
        surname is None
        or surname.group().lower() in _HEADLINE_LINKS
        or surname.group().lower() in COURTESY  # ('Golding “attacked” Mrs Holness': a verb)
        or _in_heading(text, open_mark)
    ):
        return None  # (not a headline's "Paradis ‘nervous’ About Acting Opposite Depp", "Albanese
        # ‘Pretty Sure’ Opposition Not Controlling Agenda")
    return f"{given.group()}{surname.group()}"


def _looks_like_a_name(quote: Quote) -> bool:
    """'Valley at Risk': a short title-case phrase (the caller checks it is quoted inside
    a sentence, with no speech cue)."""
    words = quote.text.split()
    if len(words) <= 2 and quote.text.endswith("!"):
        return False  # 'spat out "Tosser!"': a shout
    if len(words) > 2 and words[0].islower():
        return False  # "the fifth James Bond, between Timothy Dalton and Pierce Brosnan": no
        # title opens with a small word
    head, colon, tail = quote.text.partition(": ")
    if colon and len(words) > 10:  # a title and its subtitle: "Good Faith and Forward
        return _title_case(head.split()) and _title_case(tail.split())  # Looking: How Do ..."
    return 0 < len(words) <= 10 and _title_case(words)


def _title_case(words: list[str]) -> bool:
    capitals = sum(w[:1].isupper() or w[:1].isdigit() for w in words)  # ("30 Rock")
    return 0 < len(words) <= 20 and (
        capitals * 2 > len(words)
        or (capitals > 1 and all(w[:1].isupper() or w in _MINOR_WORDS for w in words))
    )  # "State of the Union"


def analyse(
    text: str, breaks: list[int] | None = None, spans: list[Span] | None = None
) -> Analysis:
    """Quotes and transcript turns of ``text``. ``breaks`` and ``spans``: its
    ``paragraph_breaks`` and ``find_spans`` when they are known already (a window
    highlights the spans while it waits for the speakers)."""
    with gc_paused():  # every object made here is kept: collections would find nothing
        if breaks is None:
            breaks = paragraph_breaks(text)
        return _analyse(text, breaks, find_spans(text, breaks) if spans is None else spans)


# Quotes set off as blocks, their quotation marks lost when a web page was copied: the
# paragraphs after one that ends with a speech cue and a colon ("Education Secretary, Jo
# Roe, said:"), or before a line that signs them ("– Shadow transport secretary Jo Roe")
_COLON_END_RE = re.compile(r":[ \t]*\n")
_LINE_BREAK = re.compile(r"\n")
_UNMARKED_INTRO_RE = re.compile(
    r"\b(?:said|says|saying|added|adds|adding|commented|comments|stated|states|explained"
    r"|explains|wrote|writes|continued|continues|replied|responded|answered|questioned|insisted"
    r"|declared"
    r"|told[ \t]+[a-z]+)(?:[ \t]+(?:[a-z]+|[A-Z][\w-]*['’]s)){0,3}[ \t]*:[ \t]*$"  # ("The
    # prime minister questioned Dutton’s temperament:")
)
_SIGNATURE_LINE_RE = re.compile(r"\n[ \t]*[–—][ \t]+[A-Z][^\n.!?]{0,80}(?=\n|$)")
_REPORTED_RE = re.compile(  # narration about the speaker: no part of their words
    r"\b(?:said|says|told|tells|added|adds|stressed|insisted|warned|explained|claimed|argued"
    r"|reiterated)\b"
)
_SENTENCE_ENDS = tuple(".!?…")
# "As my old teacher used to say,", "As Jo Roe once put it:" (not "As the saying goes")
_AS_SAYS_RE = re.compile(  # (after a transcript's label too: "JO ROE: As my father said,")
    r"^(?:[^\n:\"“]{1,80}:\s+)?As\s+(?P<who>(?:my|his|her|our|their|the|a)"
    r"(?:\s+(?!(?:has|had|have|once|used)\b)[a-z-]+){1,4}|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
    r"\s+(?:(?:has|had|have)\s+)?(?:once\s+|used\s+to\s+|likes\s+to\s+|would\s+|always\s+"
    r"|famously\s+)?(?P<cue>say|said|says|put\s+it|puts\s+it|wrote|writes)[,:]?$"
)
# what opens a sheet's topic before a colon, as "On beating Nathan:" does: "When qualifying
# for the play-off round:", "In the play-offs:"
_TOPIC_HEADS = ("When ", "In ", "After ", "Before ", "About ", "Asked about ", "Regarding ")
_DASHED_TAIL_RE = re.compile(r"[ \t]*\n\s*[-–—][ \t]*(?=[a-z])")  # a quote's sentence below it
# the name that ends the line, ": Union Minister Jo Roe", or its sentence: '"...": Jo Roe. Roe said'
_COLON_SIGNED_RE = re.compile(
    r":[ \t]+(?P<who>[A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|of|for|the|and)){0,6})"
    r"(?:[ \t]+(?:to|on)[ \t][^\n]*)?"  # (to whom, or on what: ": SG Jo Roe to Kapil Sibal")
    r"(?:[ \t]*$|(?<!\.)\.[ \t]+(?=[A-Z]))",
    re.M,
)
_HEADLINE_LINK = (  # a title-case headline's words after its speaker: ": Jo Roe On Modi"
    r"(?:On|At|To|Over|For|Against|After|About|In|With|Slams|Hits|Says|Blasts|Attacks|Mocks"
    r"|Takes|Calls|Swipe|Jibe|Dig)\b"
)
_COLON_HEADLINE_RE = re.compile(  # ": Naqvi's Swipe On Rahul Gandhi", ": Jo Roe On Modi"
    r":[ \t]+(?P<who>[A-Z][\w.-]*(?:['’](?!s\b)[A-Za-z][\w.-]*)?"
    rf"(?:[ \t]+(?!{_HEADLINE_LINK})[A-Z][\w.-]*(?:['’](?!s\b)[A-Za-z][\w.-]*)?){{0,2}})"
    rf"(?:(?:['’]s)?[ \t]+{_HEADLINE_LINK}|['’]s[ \t]+(?P<owned>[A-Z][\w-]*))[^\n]*$",
    re.M,
)  # (or whatever is theirs: ": Mohammad Rizwan’s Startling Take", not ": Jo Roe's Lawyer Says")
_NAME_RUN_RE = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}")  # "Amit Malviya"
_PARTICLE_TAIL_RE = re.compile(r" (?:da|de|do|dos|das|del|di|van|von) [A-Z][\w'’-]+")
_CAPITALS_BEFORE_RE = re.compile(r"(?<![\w'’])[A-Z][\w-]+(?: [A-Z][\w-]+){0,2}$")
_OWNED_ROLE_NAME_RE = re.compile(  # "Olsen's predecessor, Frank Moy,"
    r"['’]s\s+(?:[a-z-]+\s+){0,2}[a-z-]+,"
    r"\s+(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’.-]*){0,3}),"
)
_LOWER_LAST_RE = re.compile(r"(?<!\S)[a-z]\S*\s*$")  # words that end in a lowercase word
_CLAUSE_TURN_RE = re.compile(  # (", but Roe said"; "on Friday but Roe said", no comma)
    r"(?:(?<=[,”\"’])\s+(?:but|while|whereas|however)|(?<=[a-z])\s+but|;)\s+(?=[A-Z])"
)
_POST_SIGN_RE = re.compile(  # "— Jo Roe (@JoRoe)"
    r"[ \t]*[—–][ \t]*(?P<name>[^\s()—–][^\n()—–]{0,59}?)[ \t]\(@\w{1,30}\)"
)
# the lines an email quotes from the one it answers: "On Mon, ... Jo Roe <jo@x.org> wrote:\n> ..."
_REPLY_RE = re.compile(
    r"^On [^\n]{5,160}? wrote:[ \t]*\n[ \t]*>[ \t]*(?P<block>[^\n]*(?:\n[ \t]*>[^\n]*)*)", re.M
)
# a post on one line with its signature, as a page copied with its embedded posts has it
_POST_LINE_RE = re.compile(
    r"^[ \t]*(?P<post>\S[^\n]*?)[ \t]*[—–][ \t]*[^\n()—–]{1,60}[ \t]\(@\w{1,30}\)[ \t]+"
    r"[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},[ \t]+\d{4}[ \t]*$",
    re.M,
)


def _unmarked(text: str, breaks: list[int], spans: list[Span], turns: list[Turn]) -> list[Span]:
    """``spans`` and the quotes set off as blocks without quotation marks: after a cue and
    a colon, the paragraph after it and those after that in the first person ("we", "I");
    before a signature line, the paragraphs that are no narration (ten at most either way),
    or the one paragraph of a post signed with its account ("— Jo Roe (@JoRoe) May 1").
    A block is whole sentences (a post: any words) with no quote of its own; the quotes
    inside it are its."""
    colons = (  # (searched in parts cut at line breaks; not at all with no colon or dash)
        find_all(_COLON_END_RE, text, cut_at=_LINE_BREAK) if ":" in text else []
    )
    dashed = "–" in text or "—" in text
    signatures = find_all(_SIGNATURE_LINE_RE, text, cut_at=_LINE_START) if dashed else []
    posts = (
        [m.span("post") for m in _POST_LINE_RE.finditer(text)] if dashed and "(@" in text else []
    )
    replies = [  # (a reply's header ends its line with a colon)
        (
            m.start("block") + len(block) - len(block.lstrip(" \t\n>")),
            m.start("block") + len(block.rstrip()),
        )
        for colon in colons
        if text.endswith(" wrote", 0, colon)
        and (m := _REPLY_RE.match(text, text.rfind("\n", 0, colon) + 1))
        and (block := m["block"]).strip(" \t\n>")
    ]
    if not colons and not signatures and not posts and not replies:
        return spans  # (the commonest case, found at C speed)
    starts, ends = [0, *(b + 1 for b in breaks)], [*breaks, len(text)]
    opens = [span.open_mark for span in spans]
    labels = {turn.label_start for turn in turns}
    blocks: list[tuple[int, int]] = []

    def words_of(j: int) -> tuple[int, str]:
        words = text[starts[j] : ends[j]].strip()
        return (text.index(words[0], starts[j]) if words else -1), words

    def in_block(lo: int, words: str, prose: bool = True) -> bool:
        k = bisect_left(opens, lo)
        return (
            (not prose or words[0].isupper() and words.endswith(_SENTENCE_ENDS))
            and lo not in labels
            and not (k < len(opens) and opens[k] == lo)  # (a quote of its own)
            and not (k and spans[k - 1].close_mark > lo)  # (nor in one that began before)
            and not (
                k < len(opens) and opens[k] < lo + len(words) < spans[k].close_mark
            )  # (nor in one that goes on past it)
        )

    for colon in colons:
        k = bisect_left(breaks, colon)  # the intro's paragraph
        line = text.rfind("\n", 0, colon) + 1
        if (
            k == len(breaks)
            or text[colon + 1 : breaks[k]].strip()  # (a colon before a line break inside
            or _UNMARKED_INTRO_RE.search(text, max(line, colon - 80), colon + 1) is None
        ):  # a paragraph: hard-wrapped text)
            continue
        start = end = -1
        for j in range(k + 1, min(k + 11, len(ends))):
            lo, words = words_of(j)
            if lo == -1:
                continue  # a blank line
            if (
                not in_block(lo, words)
                or start != -1
                and (_FIRST_PERSON_RE.search(words) is None or _REPORTED_RE.search(words))
            ):
                break
            start, end = (lo if start == -1 else start), lo + len(words)
        if start != -1:
            blocks.append((start, end))
    intros = blocks[:]  # (in text order, as the colons are)
    for sign in signatures:
        j = bisect_left(ends, sign + 1)  # the signature's paragraph
        start = end = -1
        tweet = text.find("(@", sign, ends[j]) != -1  # "— Jo Roe (@JoRoe) March 3, 2024":
        for i in range(j - 1, max(-1, j - 11), -1):  # the one paragraph of a post above it,
            lo, words = words_of(i)  # however it ends ("... pic.twitter.com/x")
            if lo == -1:
                continue
            if tweet:
                if in_block(lo, words, prose=False) and not _within(intros, lo, lo + len(words)):
                    blocks.append((lo, lo + len(words)))
                break
            if not in_block(lo, words) or _REPORTED_RE.search(words):
                break
            start, end = lo, (lo + len(words) if end == -1 else end)
        if start != -1 and not _within(intros, start, end):
            blocks.append((start, end))
    blocks = sorted(set(blocks))  # (two signature lines in one paragraph sign one block)
    blocks += [  # "Attending events in Iowa— Chuck Grassley (@ChuckGrassley) November 26, 2007"
        (lo, hi)
        for lo, hi in posts + replies
        if in_block(lo, text[lo:hi], prose=False) and not _within(blocks, lo, hi)
    ]
    if not blocks:
        return spans
    blocks.sort()
    kept = [span for span in spans if not _within(blocks, span.open_mark, span.open_mark + 1)]
    inline = {hi for _, hi in posts}  # (a post's signature goes on after its last letter)
    unmarked = [Span(a, b, a, b - (b in inline)) for a, b in blocks]
    return sorted(kept + unmarked, key=lambda span: span.start)


def _within(blocks: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether text[start:end] overlaps one of ``blocks`` (sorted, none overlapping)."""
    k = bisect_right(blocks, (start, 1 << 62))
    return k > 0 and blocks[k - 1][1] > start or k < len(blocks) and blocks[k][0] < end


def _analyse(text: str, breaks: list[int], spans: list[Span]) -> Analysis:
    reader = _Reader(text, breaks)
    reader.learn_people()  # first: "MITCH MCCONNELL:" is the "Mitch McConnell" of the text
    reader.turns = find_turns(text, reader.people)
    spans = _unmarked(text, breaks, spans, reader.turns)
    if reader.turns:  # a label's own marks are no quote: 'Mr. JO ROE (Author, "Title"):'
        firsts = [turn.label_start for turn in reader.turns]
        spans = [
            span
            for span in spans
            if (k := bisect_right(firsts, span.open_mark) - 1) < 0
            or span.open_mark >= reader.turns[k].start
        ]
    for turn in reader.turns:  # "SF:" and "DS:" run on inside a paragraph too
        label = text[turn.label_start : turn.start].strip(" \t\n:")
        if label.isupper() and label.isalpha() and len(label) < 5:
            reader._labels.setdefault(label, turn.speaker)
    reader._turn_starts = [turn.label_start for turn in reader.turns]
    # a label alone on its line is no part of a sentence ("Steve Filton\nSure, A.J. ...")
    alone = {turn.start for turn in reader.turns if text[turn.start - 1] == "\n"}
    if alone:
        reader.sentence_starts = sorted(alone.union(reader.sentence_starts))
    quotes: list[Quote] = []
    owners: list[Person | None] = []  # who each quote is by, named at the end
    previous: Quote | None = None
    prev_end = 0
    starts = reader.sentence_starts
    para_starts = [0, *(b + 1 for b in breaks)]
    para_ends = breaks + [len(text)]
    next_opens = [span.open_mark for span in spans[1:]] + [len(text)]
    titled: set[str] = set()  # the words of the titles so far
    for k, span in enumerate(spans):
        if k % 512 == 511:
            reader.forget_before(reader.gaps[-8][0])
        open_mark, close_mark = span.open_mark, span.close_mark
        reader.gaps.append((prev_end, open_mark))
        lo = max(
            para_starts[bisect_left(breaks, open_mark)],
            prev_end if previous is None or not previous.reason.endswith(_A_WORD) else 0,
            starts[bisect_right(starts, open_mark) - 1],  # the sentence's start
            open_mark - 400,
        )  # (a word the sentence names is no quote of anyone's: 'Jo Roe said the word
        # "liar" was "unparliamentary"': read from the sentence's start)
        after = next_opens[k]
        if after - close_mark < 16 and k + 1 < len(spans) and _a_title(text, spans[k + 1]):
            after = next_opens[k + 1]  # '"...," the "Cool" singer told Nylon': read past it
        hi = min(para_ends[bisect_left(breaks, close_mark)], after, close_mark + 200)
        quote = reader.attribute(span, lo, hi, previous)
        nickname = (
            _nickname(text, open_mark, close_mark)
            if close_mark - open_mark < 30 and text.startswith(" ", close_mark + 1)
            else None
        )  # 'Joko "Jokowi" Widodo': a name, and "Jokowi" is his
        if nickname is not None and (person := reader.people.person(nickname)) is not None:
            reader.people.add_alias(person, quote.text)
        if (
            nickname is not None
            or (short := len(quote.text) < 40)
            and quote.text.strip(" ,").isdigit()  # 'her album "30,"': a number is a name (but
            # 'Price answered, "1998."' is an answer)
            or (
                text[open_mark - 2 : open_mark] == ": "
                and text[text.rfind("\n", 0, open_mark) + 1 : open_mark] in _MAIL_HEADERS
            )  # 'From: "Wan, William" <...>', a forwarded mail's header: a name, an address
            or (
                text.startswith(" ", close_mark + 1)
                and _PUBLISHED_RE.match(text, close_mark + 1) is not None
                and _looks_like_a_name(quote)
            )  # '"The America We Deserve" was published in January 2000': a work
            or (
                short and _in_brackets(text, open_mark, close_mark) and _looks_like_a_name(quote)
            )  # 'truck mounted attenuator ("TMA")', 'Tilray Brands, Inc. (“Tilray” or the
            # “Company”)': terms the text defines
            or (
                quote.cue is None
                and (
                    text[open_mark - 1 : open_mark] == "("
                    and text[close_mark + 1 : close_mark + 2] == ")"
                    and quote.text[-1:] not in ".!?"
                    or (open_mark == 0 or text[open_mark - 1] == "\n")
                    and (
                        _WORK_OF_RE.match(text, close_mark + 1) is not None
                        or text.startswith((", a ", ", an "), close_mark + 1)
                    )
                )
                and _looks_like_a_name(quote)
            )  # 'Yuh-Jung Youn ("Minari")', '"Erin Brockovich" star Julia Roberts': a work;
            # "‘Species on the Edge’, a five-year partnership project, will receive": a name
            or (
                text.endswith(_TITLED, 0, open_mark)  # 'a lecture titled "The Future of ..."'
                and quote.text[:1].isupper()
            )
            or (
                text.startswith(" ", close_mark + 1)
                and _MAKER_AFTER_RE.match(text, close_mark + 2) is not None
                and _looks_like_a_name(quote)
            )  # "'West Side Story' director Steven Spielberg"
            or (
                short and quote.text.endswith(_SHOW_ENDINGS) and _looks_like_a_name(quote)
            )  # "reveals on 'That Peter Crouch Podcast'"
            or (
                quote.text.istitle()
                and quote.text.isalpha()
                and _NAME_BEFORE_NICKNAME_RE.search(text, max(0, open_mark - 40), open_mark)
                and _LOWER_AFTER_RE.match(text, close_mark + 1) is not None
            )  # "Pushpa Kamal Dahal ‘Prachanda’ made his statements": his nickname
            or (short and quote.text.strip(" ,.") in titled)  # a title again: "her album,
            # 'Chemistry.' ... 40 songs for 'Chemistry,'"
            or (
                reader.titles
                and open_mark - reader.titles[-1][1] < 8  # (a slice of the text between)
                and text[reader.titles[-1][1] + 1 : open_mark] in (" and ", ", ", ", and ", " or ")
                and _looks_like_a_name(quote)
            )  # 'her singles "Mine" and "Me"': a title after a title
            or (
                quote.text.startswith("The ")
                and text.endswith(("the ", "The "), 0, open_mark)  # 'said on the "The Ellen
                and _looks_like_a_name(quote)  # DeGeneres Show"': its name, article and all
            )
            or (
                quote.text.startswith("The ")
                and _names_a_role(text, open_mark, close_mark)
                and _looks_like_a_name(quote)
            )  # '"The Real Housewives of Orange County" alum revealed': the show's
            or (
                (
                    quote.cue is None
                    or text.endswith(_POSSESSIVE_SPACE, 0, open_mark)
                    or (quote.partial and _names_a_role(text, open_mark, close_mark))
                    or (quote.partial and _WORK_AFTER_RE.match(text, close_mark + 1))
                    or len(quote.text) < 50  # 'her new record, "Cowboy Carter," was'
                    and (quote.text[:1].isupper() or quote.text[:1].isdigit())
                    and _names_a_work(text, open_mark)
                )
                and (
                    quote.partial
                    or (quote.speaker is None and _TITLE_GOES_ON_RE.match(text, close_mark))
                    or _names_a_work(text, open_mark)
                    or text.endswith(_POSSESSIVE_SPACE, 0, open_mark)  # 'ABC's "This Week."'
                )
                and _looks_like_a_name(quote)
                and not quote.reason.endswith(_HEADLINE_WHY)  # ("Albanese ‘Pretty Sure’
                # Opposition Not Controlling Agenda": his words, in a title-case headline)
                and not _lowercase_later(text, quote, close_mark)
                and not _WORDS_LISTED_RE.match(text, close_mark + 1)  # ('“Hypocrite,” “liar,”
            )  # and “flip-flopper” were some of the insults': a capital that opens a sentence)
            or (
                quote.cue is None
                and quote.text[:1].isupper()
                and _names_a_work(text, open_mark)
                and _title_case(quote.text.split())
            )  # 'lead author of "Developmental Temperature Predicts the Adult Response ..."'
        ):  # 'Valley at Risk', "told MSNBC's 'Morning Joe'", "his memoir, 'The Long Game.'":
            # a name, a term or a title, nobody's words,
            if not _said_so(text, open_mark, quote.cue) and not (
                quote.partial
                and previous is not None
                and previous.cue is None
                and text[prev_end:open_mark] == " and "
                and _looks_like_a_name(previous)
            ):  # (but "Was ‘Substantive’ and ‘Responsive’": words as the words before them)
                reader.speakers[-1] = None  # and the sentence goes on through it
                reader.titles.append((open_mark, close_mark))
                titled.add(quote.text.strip(" ,."))
                continue
        # (a quote that never closed may hold the next one's cue: "‘... Roe said: “...”")
        # (but one whose opening mark was left out closed: "..., security.”")
        prev_end = (
            span.start
            if span.recovered and text[close_mark : close_mark + 1] not in ("”", "’")
            else close_mark + 1
        )
        quotes.append(quote)
        owners.append(reader.speakers[-1])
        previous = quote
    first_break = text.find("\n")
    first_break = len(text) if first_break == -1 else first_break
    headline = first_break if first_break < 300 else 0  # (a quote before it is in the
    # headline, a short line: not in a story of one long paragraph)
    for k, quote in enumerate(quotes):
        repeated = None
        if (
            quote.partial
            and (
                owners[k] is None
                or (quote.cue is None and _in_heading(text, quote.start))
                or (quote.start < headline and reader._is_role(owners[k]))
            )  # (or a headline's role: "UN relief chief urges donors to 'act now'")
            or quote.cue is None
            and (
                _pull_quote(text, quote)
                or (owners[k] is None or quote.reason.startswith(_WEAK_REASONS))
                and "continues" not in quote.reason
                and (repeated := _repeats(text, quotes, owners, k)) is not None
            )
        ):  # the headline's 'outrageous' (a headline's subject is a guess: all of it is
            j = repeated if repeated is not None else _echoed(quotes, owners, k)  # capitalised),
            # a story's '"That day has come"'
            if j is not None:
                owners[k] = owners[j]
                quote.confidence = 0.5
                where = "an earlier" if j < k else "a later"
                quote.reason = f"words from {where} quote by {owners[j].name}"
                continue
            if (
                quote.cue is None
                and _pull_quote(text, quote)
                and (owners[k] is None or quote.reason.startswith("a quote on its own"))
            ):
                person = reader.subject_below(quote.end)  # "'PTI chief to blame'\n\nMinister
                if person is not None:  # Rana Tanveer has held Imran Khan responsible": his
                    owners[k] = person
                    quote.confidence = 0.5
                    quote.reason = f"a heading over a paragraph about {person.name}"
                    continue
            if (
                owners[k] is None
                and quote.cue is None
                and quote.start < headline
                and text[quote.end + 1 : quote.end + 2] in ("", "\n")
                and (person := reader.subject_below(quote.end, speaking=True)) is not None
            ):  # "China ready for US talks at ‘any time, any issue and any level’" over
                owners[k] = person  # "Chinese Foreign Minister Wang Yi said China was
                quote.confidence = 0.4  # willing to restart talks ...": his
                quote.reason = f"the headline over a story that opens with {person.name} speaking"
                continue
        if (
            owners[k] is None
            and k
            and owners[k - 1] is not None
            and quote.reason == _NO_CUE
            and quotes[k - 1].reason.startswith("words from an earlier")
            and bisect_left(breaks, quotes[k - 1].end) == bisect_left(breaks, quote.start)
        ):  # 'Roe listed the "big truths": talk "early and often"': Roe's, as the first was
            owners[k] = owners[k - 1]
            quote.confidence = 0.5
            quote.reason = f"no cue: continues the previous quote by {owners[k].name}"
            continue
        if (
            owners[k] is None
            and quote.partial
            and quote.cue is None
            and k + 1 < len(quotes)
            and owners[k + 1] is not None
            and (after := quotes[k + 1]).cue_span is not None
            and after.cue_span[0] > after.end
            and reader.sentence_start(after.start) <= quote.start
        ):  # 'After a "long and difficult" campaign, it is "crucial to unite," she said.'
            owners[k] = owners[k + 1]
            quote.confidence = 0.5
            quote.reason = f"the cue after the next quote in its sentence: {owners[k].name}"
    called = None  # the one the quote before called on
    for k, quote in enumerate(quotes):  # '"Coach, will you ...?"', '"Thanks, coach."': to
        if (
            called is not None
            and owners[k] is called
            and quote.reason.startswith("no cue: continues the previous quote")
        ):  # (and the same words going on in the paragraph: '“Margaret,” she began, “I ...”')
            owners[k], quote.speaker, quote.confidence = None, None, 0.3
            quote.reason = f"goes on from words to {called.name}, not theirs"
            continue
        called = None
        if (
            owners[k] is not None
            and (quote.cue is None or quote.reason.startswith("pronoun"))  # (and '“Margaret,
            and "," in quote.text  # can we talk?” she asked': not Margaret, whom she calls on)
        ):  # the coach
            name = owners[k].name.rsplit(" ", 1)[-1]
            words = f", {quote.text.casefold()}"
            if any(f", {name.casefold()}{mark}" in words for mark in ",.?!"):
                called = owners[k]
                owners[k], quote.speaker, quote.confidence = None, None, 0.3
                quote.reason = f"calls on {name}: words to them, not theirs"
    offices = {  # people known by an office alone: "Florida Governor"
        p for p in set(owners) if p and p.name.rsplit(" ", 1)[-1].lower() in OFFICE_WORDS
    }
    surnamed = {}  # people known by a surname alone, and where they first speak
    for quote, person in zip(quotes, owners, strict=True):
        if person is not None and person.gender in _PEOPLE and " " not in person.name:
            surnamed.setdefault(person, quote.start)
    full = {person: reader.given_name(person, at) for person, at in surnamed.items()}
    for quote, person in zip(quotes, owners, strict=True):
        if (named := full.get(person)) is not None:  # "Mr Wang" of "Wang Zhenyao"
            quote.reason += f"; named in full: {named.name}"
            person = named
        if person is not None and (
            reader._is_role(person) or person in reader.unnamed or person in offices
        ):
            named = reader.named_later(person)  # "Queensland's health minister says"
            if named is not None and named is not person:  # ... "Health Minister Steven Miles"
                quote.reason += f"; named in the text: {named.name}"
                person = named
        if person is not None:  # the fullest name learnt by the end: "Park" -> "Linda Park"
            quote.speaker = person.name
    # The working tables, freed one at a time: all at once, as this frame ends, they would
    # hold the GIL for 40 ms on a 10 MB text (a worker thread would freeze the window).
    keep = (reader.turns, breaks, spans)  # the result, and what the caller may hold
    slots = (getattr(reader, name) for name in _Reader.__slots__)
    tables = (para_starts, para_ends, next_opens, owners, *slots)
    for table in tables:
        if isinstance(table, list | dict | set) and all(table is not k for k in keep):
            table.clear()
    return Analysis(quotes, reader.turns)


def _joins_domains(text: str, lo: int, start: int) -> bool:
    """Whether the "and" before ``start`` joins an office's domains, so that the name
    after them is the office holder's: "Coordinator for Information and K-P Affairs
    Ikhtiyar Wali Khan said"."""
    words = text[max(lo, start - 80) : start].split()
    k = len(words) - 2
    while k > 0 and words[k][:1].isupper():
        k -= 1
    return (
        words[-1:] == ["and"]
        and 0 < k < len(words) - 2
        and words[k] in ("for", "of")
        and words[k - 1].lower() in OFFICE_WORDS
    )


_PUBLISHED_RE = re.compile(
    r" (?:was|were|is|has been|had been) (?:first )?"
    r"(?:published|released|written|printed|broadcast|aired|screened|banned)\b"
)
_MAIL_HEADERS = frozenset(f"{h}: " for h in ("From", "To", "Cc", "Bcc", "Reply-To", "Sender"))


def _in_brackets(text: str, open_mark: int, close_mark: int) -> bool:
    """Whether the quote from ``open_mark`` to ``close_mark`` is inside brackets on its line
    (with other words: "(we, us, our, “Mesa” or the “Company”)")."""
    opened = text.rfind("(", max(0, open_mark - 60), open_mark)
    closed = text.find(")", close_mark, close_mark + 60)
    return (
        opened != -1
        and closed != -1
        and text.find(")", opened, open_mark) == -1
        and text.find("(", close_mark, closed) == -1
        and text.find("\n", opened, closed) == -1
    )


def _names_a_role(text: str, open_mark: int, close_mark: int) -> bool:
    """'the "Cool" singer': a quote between "the" and a role names the role's work; 'a
    "Politwoops" archive': a name in title case between an article and a noun names it."""
    own = text.startswith("The ", open_mark + 1)  # ('"The Real Housewives of Orange County"
    # alum revealed': the title's own article)
    if (
        not (own or text.endswith(_ARTICLES_BEFORE, 0, open_mark))
        or text[close_mark + 1 : close_mark + 2] != " "
    ):
        return False
    word = _LOWER_WORD_RE.match(text, close_mark + 2)
    if word is None:
        return False
    words = text[open_mark + 1 : close_mark].split()
    if own:
        return (
            1 < len(words) <= 7
            and all(w.istitle() or w in _MINOR_WORDS for w in words)
            and (word.group() in ROLE_WORDS or word.group() in _ALUMNI)
        )
    return (
        word.group() in ROLE_WORDS
        and text.endswith(("the ", "The "), 0, open_mark)
        or (0 < len(words) <= 3 and all(w.istitle() for w in words))
    )


_ALUMNI = frozenset("alum alumna alumnus alumni".split())


_ARTICLES_BEFORE = ("the ", "The ", "a ", "A ", "an ", "An ")


def _said_so(text: str, open_mark: int, cue: str | None) -> bool:
    """Words in title case that are no title: a headline's, after its cue ("Spokesperson
    Asserts That ‘Malema Is Braver Than ...’"), or the name someone is called ("called
    Malema a “Judas”")."""
    words = text[max(0, open_mark - 30) : open_mark].split()
    if words and words[-1] == "That":
        del words[-1]
    if not words:
        return False
    last = words[-1]
    return (last[:1].isupper() and last[1:].islower() and last.lower() in ONE_WORD_CUES) or (
        last in ("a", "an") and cue in _CALLING_CUES
    )


_NAMING_PARTICIPLES = frozenset(
    "describing calling terming branding labelling labeling dubbing".split()
)
_QUOTED_COMMA_RE = re.compile(r",[\"”’']?\s+(?![\"“‘'])")  # '..., "rambling," Judge Roe'
_NAMING_CUES = frozenset(
    "termed terms called calls described describes branded brands dubbed labelled labeled"
    " characterized characterised characterizes characterises".split()
)
_CALLING_CUES = frozenset(
    "called calls calling dubbed dubs branded brands labelled labeled".split()
)


def _a_title(text: str, span: Span) -> bool:
    """A short quote in title case: "Cool", 'Morning Joe' (a title, most likely)."""
    words = text[span.start : span.end].split()
    return 0 < len(words) <= 4 and all(w[:1].isupper() for w in words)


_SHOW_ENDINGS = tuple(  # the last word of a show's name: "That Peter Crouch Podcast"
    f" {word}{end}"
    for word in "Podcast Show Hour Tonight Magazine Radio Live".split()
    for end in ("", ".", ",")
)


def _names_a_work(text: str, open_mark: int) -> bool:
    words = text[max(0, open_mark - 24) : open_mark].split()
    if len(words) > 1 and words[-1] in ("of", "on", "from"):  # "the Christmas special of
        return (
            words[-2] in _WORKS_OF
            or (  # 'Doctor Who'", "those lyrics on 'FACTS.'"
                words[-1] == "on" and not _WORKED_ON.isdisjoint(words[-4:-1])
            )
        )  # "working with him on 'Arthur'"
    if len(words) > 1 and words[-1] == "for" and words[-2] in _WRITES:
        return True  # "now writes for '30 Rock.'"
    if len(words) > 1 and words[-1] == "as" and words[-2] == "such":
        return True  # "debates on issues such as “Children in Armed Conflicts”": a name
    if len(words) > 1 and words[-1] in ("called", "named", "dubbed") and words[-2] in _WORKS:
        return True  # "Jimmy Kimmel’s series called 'Celebrities Read Mean Tweets'"
    return bool(words) and words[-1].rstrip(",") in _WORKS


def _repeated(quotes: list[Quote], owners: list[Person | None], k: int) -> int | None:
    """The quote of four words or more, with a known speaker, that quote ``k`` repeats
    word for word a little after it (a pull quote set in the text: "... Lisa says. ... 'It
    was not even on my radar that this could happen.'")."""
    size = len(quotes[k].text)
    words = ""
    for j in range(k - 1, max(-1, k - 21), -1):
        if owners[j] is not None and abs(len(quotes[j].text) - size) < 4:  # (a quick test)
            words = words or quotes[k].text.strip(" .,;:!?'\"’”").casefold()
            if words.count(" ") < 3:
                return None
            if quotes[j].text.strip(" .,;:!?'\"’”").casefold() == words:
                return j
    return None


_NO_MARKS = str.maketrans("", "", "'\"‘’“”«»„")


def _repeats(text: str, quotes: list[Quote], owners: list[Person | None], k: int) -> int | None:
    """The quote that quote ``k`` repeats: one of its length, or, for a quote on a line
    of its own under the headline (a deck: '"She thought he was 'The One'."'), one that
    holds its words."""
    j = _repeated(quotes, owners, k)
    if (
        j is None
        and quotes[k].start < 400
        and text[quotes[k].start - 2 : quotes[k].start - 1] in ("", "\n")
    ):
        end = quotes[k].end  # (after its closing mark, or where it was left unclosed)
        if end < len(text) and text[end] in _CLOSERS:
            end += 1
        j = _echoed(quotes, owners, k) if text[end : end + 1] in ("", "\n") else None
    if j is None and _subheading(text, quotes[k].start):  # "'Great joy' over 'unity' with
        j = _echoed(quotes, owners, k)  # pilgrims", a subheading, echoes the story's words
    if j is None and quotes[k].start < 200 and text.find("\n", 0, quotes[k].start) == -1:
        j = _echoed(quotes, owners, k)  # "‘He’s a tough kid’: Tua day to day for now", the
    return j  # headline, echoes the story's "“He’s a tough kid,” said Flores"


def _subheading(text: str, pos: int) -> bool:
    """Whether ``pos`` is in a short line of its own between blank lines that ends with
    no stop, as a story's subheadings are set."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos, pos + 100)
    return (
        text[start - 2 : start] == "\n\n"
        and text[end : end + 2] == "\n\n"
        and text[end - 1] not in ".?!:,;\"”’'"
    )


def _echoed(quotes: list[Quote], owners: list[Person | None], k: int) -> int | None:
    """The nearest quote with a known speaker (a few quotes either side) whose text holds
    the words of fragment ``k``, or four words or more of them: a story quotes a phrase
    again, or in its headline."""
    words = quotes[k].text.translate(_NO_MARKS).strip(" .,;:!?").casefold()
    one = " " not in words  # one word ('no-deal', 'persistence') is anyone's, but the one
    near = range(max(0, k - 20), min(len(quotes), k + 21))  # word quoted alone again is
    for j in sorted(near, key=lambda j: abs(j - k)):  # the one who said it ("‘Monster’
        if owners[j] is None or j == k:  # Hurricane", then 'is a “monster”, he said')
            continue
        other = quotes[j].text.translate(_NO_MARKS).strip(" .,;:!?").casefold()  # (the
        # marks of a quote inside may differ: "'The One'", "“the one”")
        if one:
            if other == words:
                return j
        elif words in other or (other.count(" ") >= 3 and other in words):
            return j
        elif (
            len(parts := _ELLIPSIS_RE.split(words)) > 1
            and any(part.count(" ") >= 4 and part in other for part in parts)
            and all(" ".join(part.split()[:4]) in other for part in parts)
        ):  # "'There are lots of mistakes I could own up to ... they are for me to know'",
            return j  # a headline that leaves out words of the answer it quotes
    return None


def find_quotes(text: str) -> list[Quote]:
    return analyse(text).quotes
