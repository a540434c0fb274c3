"""The quote engine: every direct quotation in a text, and who said it.

Rule-based and local, so it is fast and can say why it decided what it did:

1. ``find_spans`` pairs quotation marks. Straight, curly, low-9, guillemet and single-quote
   styles; apostrophes (Palestine's, don't, students', ’90s, rock ’n’ roll) are told apart
   by their neighbours; a quote inside a quote belongs to the outer one; a quotation over
   several paragraphs (the opening mark repeated at each paragraph start) is one quote; an
   unbalanced mark never reaches past the end of its paragraph.
2. ``find_turns`` finds transcript speaker labels ("Q:", "JONES:", "Jane Smith:").
3. ``analyse`` reads the text once in order, learning people and their aliases
   (``reader.people``) and the subject of each sentence, and attributes each quote from its
   own sentence: a cue verb ("said", "stressed", "according to", ", adding,") and the
   mention tied to it (a name, a title, or a pronoun resolved to the most recent subject
   of compatible gender).

All offsets are code-point indices into the text. Nothing here imports Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from reader.people import FEMALE, MALE, People, Person

# --- quotation marks -------------------------------------------------------------------

DOUBLE, SINGLE = "d", "s"
_FAMILY = {
    '"': DOUBLE, "“": DOUBLE, "”": DOUBLE, "„": DOUBLE, "«": DOUBLE, "»": DOUBLE,
    "'": SINGLE, "‘": SINGLE, "’": SINGLE, "‚": SINGLE, "‹": SINGLE, "›": SINGLE,
}
MARK_RE = re.compile("[\"“”„«»'‘’‚‹›]")
_ELISIONS = ("em", "tis", "twas", "til", "cause", "n", "round", "bout")
# another closing-like single mark later in the same paragraph
_LATER_CLOSER_RE = re.compile(r"[^\n]{0,300}?[\w.,!?;:…]['’](?=[\s.,;:!?)—–-]|$)")
_OPEN_CONTEXT = " \t\n([{—–-/\"“„«»‘‚"


@dataclass(frozen=True)
class Span:
    """A quotation's words (without the marks) and how sure the pairing is."""

    start: int
    end: int
    open_mark: int  # position of the opening mark
    close_mark: int  # position of the closing mark (== end of paragraph when recovered)
    recovered: bool = False  # unbalanced or misplaced marks: found by recovery


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def paragraph_breaks(text: str) -> list[int]:
    """Positions of the newlines that end paragraphs.

    A single newline inside a sentence (hard-wrapped text, when the document separates
    paragraphs with blank lines) is not a break.
    """
    blank_lines = "\n\n" in text
    breaks = []
    pos = text.find("\n")
    while pos != -1:
        prev = text[pos - 1] if pos else "\n"
        nxt = text[pos + 1] if pos + 1 < len(text) else "\n"
        if (
            not blank_lines
            or prev == "\n"
            or nxt == "\n"
            or prev in ".!?:;\"”’»«)"
            or not (prev.isalnum() or prev in ",-–—") or nxt in "\"“„«»‘'-*•"
        ):
            breaks.append(pos)
        pos = text.find("\n", pos + 1)
    return breaks


def _single_role(text: str, i: int, ch: str, single_open: bool) -> str:
    """'open', 'close', 'apos', or 'misplaced' (a mark stuck to the word before it,
    as in "called Gaza' the centre'") for a single quotation mark or apostrophe."""
    prev = text[i - 1] if i else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if _is_word(prev) and _is_word(nxt):
        return "apos"  # don't, Palestine's, O'Brien
    if ch in "‘‚‹":
        return "apos" if nxt.isdigit() else "open"
    if ch == "›":
        return "close"
    if not _is_word(prev) and prev not in ".,;:!?…)":  # start of a word
        word = re.match(r"[A-Za-z]+", text[i + 1 : i + 8])
        if nxt.isdigit() or (word and word.group().lower() in _ELISIONS and not single_open):
            return "apos"  # ’90s, 'em, rock ’n’ roll
        return "open" if not nxt.isspace() else ("close" if single_open else "apos")
    if single_open:
        if prev in "sS" and nxt == " " and _LATER_CLOSER_RE.match(text, i + 1):
            return "apos"  # 'It's the students' union that will pay.' closes later
        return "close"
    if prev in "sSzZ" or not _is_word(prev):
        return "apos"  # students', Jones'
    return "misplaced"


def find_spans(text: str, breaks: list[int] | None = None) -> list[Span]:
    """Every outermost quotation, in document order; never overlapping."""
    if breaks is None:
        breaks = paragraph_breaks(text)
    spans: list[Span] = []
    stack: list[tuple[str, str, int]] = []  # (mark, family, position)
    misplaced = -1  # a "Gaza' the centre'" mark waiting for its partner
    break_iter = iter(breaks + [len(text)])
    para_end = next(break_iter)
    skip = -1  # a repeated opening mark that continues a quote into a new paragraph

    def close_outer(close: int, recovered: bool) -> None:
        _, _, open_pos = stack[0]
        start, end = open_pos + 1, close
        if recovered:
            while end > start and text[end - 1].isspace():
                end -= 1
        if end > start:
            spans.append(Span(start, end, open_pos, close, recovered))
        stack.clear()

    for match in MARK_RE.finditer(text):
        i = match.start()
        while i > para_end:  # crossing paragraph ends: continue, or recover
            misplaced = -1
            if stack:
                nxt = para_end + 1
                while nxt < len(text) and text[nxt] in " \t\n":
                    nxt += 1
                mark = text[nxt] if nxt < len(text) else ""
                if mark and _FAMILY.get(mark) == stack[0][1] and mark not in "”»’":
                    del stack[1:]
                    skip = nxt
                else:
                    close_outer(para_end, recovered=True)
            para_end = next(break_iter)
        if i == skip:
            continue
        ch = match.group()
        family = _FAMILY[ch]
        open_families = [f for _, f, _ in stack]
        if family == SINGLE:
            role = _single_role(text, i, ch, SINGLE in open_families)
            if role == "apos":
                continue
            if role == "misplaced":
                if stack:
                    continue
                if misplaced < 0:
                    misplaced = i
                    continue
                role = "close"  # the partner of the earlier misplaced mark
            if role == "close" and SINGLE not in open_families:
                if misplaced >= 0 and not stack:
                    start = misplaced + 1
                    while start < i and text[start].isspace():
                        start += 1
                    if i > start:
                        spans.append(Span(start, i, misplaced, i, recovered=True))
                    misplaced = -1
                continue
        else:
            role = _double_role(text, i, ch, stack)
            if role == "ignore":
                continue
        if role == "open":
            stack.append((ch, family, i))
            continue
        depth = max(k for k, (_, f, _) in enumerate(stack) if f == family)
        if depth == 0:
            close_outer(i, recovered=False)
            misplaced = -1
        else:
            del stack[depth:]
    if stack:
        close_outer(min(para_end, len(text)), recovered=True)
    return spans


def _double_role(text: str, i: int, ch: str, stack: list[tuple[str, str, int]]) -> str:
    top = next((m for m, f, _ in reversed(stack) if f == DOUBLE), None)
    prev = text[i - 1] if i else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if top is None:
        if ch == "”":  # opens only in Swedish/Finnish style, right before a word
            return "open" if prev.isspace() and nxt.isalnum() else "ignore"
        if ch == '"' and (nxt.isspace() or i + 1 == len(text)):
            return "ignore"
        return "open"
    if ch == "„":
        return "open"
    if ch == "«":
        return "close" if top == "»" else "open"
    if ch == "»":
        return "close" if top == "«" else "open"
    if ch == "“" and top not in "„" and prev in " \t\n" and not nxt.isspace():
        return "open"  # a nested opening curly mark
    return "close"


# --- transcripts -----------------------------------------------------------------------

LABEL_RE = re.compile(
    r"^[ \t]*(?:\[[\d:.]+\][ \t]*)?"
    r"(?P<label>Q|A|[A-Z][A-Z.'’-]+(?:[ \t][A-Z][A-Z.'’-]+){0,3}"
    r"|[A-Z][a-z'’-]+(?:[ \t][A-Z][a-z'’.-]+){1,3})[ \t]*:[ \t]+(?=\S)",
    re.MULTILINE,
)


@dataclass(frozen=True)
class Turn:
    start: int
    end: int
    speaker: str
    label_start: int

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "speaker": self.speaker}


def _label_name(label: str, people: People) -> str:
    if label in ("Q", "A"):
        return label
    name = label.title() if label.isupper() else label
    person = people.lookup(name) or people.person(name)
    return person.name if person else name


def find_turns(text: str, people: People | None = None) -> list[Turn]:
    """Speaker turns of a transcript; none unless two different labels each open a line."""
    labels = list(LABEL_RE.finditer(text))
    if len(labels) < 2 or len({m.group("label") for m in labels}) < 2:
        return []
    people = people or People()
    for m in MENTION_RE.finditer(text, 0, labels[0].start()):  # "interview with Senator X"
        if m.lastgroup == "name":
            people.person(m.group("name"))
    turns = []
    for k, m in enumerate(labels):
        end = labels[k + 1].start() if k + 1 < len(labels) else len(text)
        while end > m.end() and text[end - 1].isspace():
            end -= 1
        turns.append(Turn(m.end(), end, _label_name(m.group("label"), people), m.start()))
    return turns


# --- attribution -----------------------------------------------------------------------

_CUE_WORDS = """
say said says saying tell told tells telling add added adds adding stress stressed stresses
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
pledging shout shouted shouts joke joked jokes quip quipped quips exclaim exclaimed answer
answered answers answering call called calls calling describe described describes describing
confirm confirmed confirms confirming deny denied denies denying suggest suggested suggests
suggesting complain complained complains complaining boast boasted proclaim proclaimed
testify testified tell recount recounted recounts repeat repeated repeats repeating thank
thanked thanks mention mentioned mentions mentioning demand demanded demands demanding
""".split()
CUE_RE = re.compile(
    r"\b(?:according to|pointed out|points out|pointing out|went on|goes on|going on|put it|"
    r"told reporters|"
    + "|".join(sorted(set(_CUE_WORDS), key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
_CAP = (
    r"(?:(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Rev|Hon|Jr|Sr|St)\.|[A-Z]\.(?=\s[A-Z])"
    r"|[A-Z][\w-]*(?:['’][A-Z][\w-]*)?)"
)
_TITLE = rf"\b[Tt]he\s+{_CAP}(?:\s+{_CAP})*(?:\s+(?:of|for|on)\s+(?:the\s+)?{_CAP}(?:\s+{_CAP})*)*"
_PRON = r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Yy]ou)\b"
_NAME = rf"{_CAP}(?:\s+{_CAP}){{0,5}}"
MENTION = rf"(?:(?P<title>{_TITLE})|(?P<pron>{_PRON})|(?P<name>{_NAME}))"
MENTION_RE = re.compile(MENTION)
_ADVERBS = r"(?:(?:also|then|later|again|further|once\s+again|has|had|have|was|is|would|will|" \
    r"[a-z]+ly)\s+)*"
# the mention tied to a cue that directly follows it, with an optional apposition between
_BEFORE_CUE_RE = re.compile(rf"{MENTION}(?:,\s+[^,\"“”]{{1,90}},)?\s+{_ADVERBS}$")
_AFTER_CUE_RE = re.compile(rf"\s+{MENTION}")  # used with match(text, pos)
_POST_RE = re.compile(
    rf"^[\s,]*(?:{MENTION}(?:,\s+[^,\"“”]{{1,90}},)?\s+{_ADVERBS}(?P<cue>{CUE_RE.pattern})"
    rf"|(?P<cue2>{CUE_RE.pattern})\s+(?P<after>{_TITLE}|{_NAME}|{_PRON}))",
)
_COLON_RE = re.compile(rf"(?:(?P<title>{_TITLE})|(?P<name>{_NAME}))\s*:\s*$")
_APPOSITION_RE = re.compile(r",\s+((?:the|a|an)\s+[^,.;:\"“”()]{3,90}?)(?=,|\.|;|\s+(?:who|and|has|had|was|is|said|met)\b)")
_TITLE_THEN_NAME_RE = re.compile(rf",\s+({_NAME}),")
_PREPOSITIONS = frozenset(
    "with to of for by from about on in at than called told met thanked received "
    "visited welcomed asked invited urged between among and".split()
)
_SENTENCE_END_RE = re.compile(r"[.!?][\"”’»]?\s+|\n")
_AND_RE = re.compile(r"\band\s+(?:\w+ly\s+)?$")
_COMMA_RE = re.compile(r",\s*$")
_PASSIVE_RE = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?$")


def _subject_cue(word: str, head: str) -> bool:
    """", adding," or "and reiterated": the cue's speaker is the sentence's subject."""
    return bool(_AND_RE.search(head)) or (word.endswith("ing") and bool(_COMMA_RE.search(head)))


@dataclass
class Quote:
    start: int
    end: int
    text: str
    speaker: str | None
    speaker_span: tuple[int, int] | None
    cue: str | None
    cue_span: tuple[int, int] | None
    partial: bool
    confidence: float
    reason: str

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.start, "end": self.end, "text": self.text, "speaker": self.speaker,
            "cue": self.cue, "partial": self.partial, "confidence": self.confidence,
        }


@dataclass
class Analysis:
    quotes: list[Quote]
    turns: list[Turn]


_GENDER_WORD = {"he": MALE, "she": FEMALE}


class _Reader:
    """One reading of a text in order: people, sentence subjects, then each quote."""

    def __init__(self, text: str):
        self.text = text
        self.people = People()
        self.recent: list[Person] = []  # most salient last
        self.last_sentence = -1
        self.turns: list[Turn] = []

    # -- mentions ----------------------------------------------------------------------

    def resolve(self, kind: str, raw: str, pos: int) -> tuple[Person | None, str]:
        """The person a mention means, and a few words on why."""
        if kind == "pron":
            word = raw.lower()
            if word == "you":
                return self._addressee(pos)
            gender = _GENDER_WORD.get(word)
            for person in reversed(self.recent[-8:]):
                if gender is None and word == "they" and person.gender is not None:
                    continue
                if gender is None or person.gender in (None, gender):
                    if gender and not person.gender:
                        person.gender = gender
                    label = {MALE: "male ", FEMALE: "female "}.get(gender or "", "")
                    return person, f"pronoun '{raw}' -> most recent {label}speaker {person.name}"
            return None, f"pronoun '{raw}' with no earlier speaker"
        if kind == "title":
            person = self.people.lookup(raw)
            if person is not None:
                return person, f"title '{raw}' -> {person.name}"
            title = raw[4:] if raw.lower().startswith("the ") else raw
            person = self.people.person(title)  # "the President Obama" style, rare
            if person is None:
                person = Person(title.strip())
                self.people.add_title(person, title)
            return person, f"title '{raw}'"
        person = self.people.lookup(raw) or self.people.person(raw)
        if person is None:
            return None, f"'{raw}' is not a person's name"
        return person, f"name '{raw}'" + ("" if raw == person.name else f" -> {person.name}")

    def _addressee(self, pos: int) -> tuple[Person | None, str]:
        """'you' in an interviewer's turn: the other party of the interview."""
        here = next((t for t in self.turns if t.label_start <= pos <= t.end), None)
        if here is None:
            return None, "'you' outside a transcript"
        others = [t for t in self.turns if t.speaker != here.speaker]
        after = [t for t in others if t.start > pos]
        turn = after[0] if after else (others[-1] if others else None)
        if turn is None:
            return None, "'you' with no other party"
        person = self.people.lookup(turn.speaker) or Person(turn.speaker)
        return person, f"'you' in {here.speaker}'s turn -> {turn.speaker}"

    def note_mention(self, match: re.Match[str], sentence: int) -> None:
        """Learn from one mention outside quotes: aliases, and the sentence's subject."""
        kind = match.lastgroup or "name"
        raw = match.group(kind)
        start, end = match.span(kind)
        after = self.text[end : end + 100]
        if after.startswith(("'s", "’s")):
            return  # a possessive is never the subject
        if kind == "name":
            words = raw.split()
            if len(words) > 1 and words[0] in ("The", "This", "In", "On", "At", "As", "But"):
                return  # a sentence-initial capital, caught by the title pattern if needed
        person = None
        if kind == "name":
            person = self.people.person(raw)
            if person is not None:
                app = _APPOSITION_RE.match(after)
                if app:
                    self.people.add_title(person, app.group(1))
        elif kind == "title":
            person = self.people.lookup(raw)
            then = _TITLE_THEN_NAME_RE.match(after)
            if person is None and then:
                person = self.people.person(then.group(1))
                if person is not None:
                    self.people.add_title(person, raw)
        if sentence == self.last_sentence:
            return
        before = self.text[max(0, start - 20) : start].split()
        if before and before[-1].lower().strip(",") in _PREPOSITIONS:
            return
        if kind == "pron":
            person, _ = self.resolve(kind, raw, start)
        if person is not None:
            self.last_sentence = sentence
            self.make_salient(person)

    def make_salient(self, person: Person) -> None:
        if self.recent and self.recent[-1] is person:
            return
        if person in self.recent[-8:]:
            self.recent.remove(person)
        self.recent.append(person)
        del self.recent[:-32]

    # -- quotes ------------------------------------------------------------------------

    def attribute(self, span: Span, seg_start: int, seg_end: int, previous: Quote | None,
                  sentence_start: int) -> Quote:
        text = self.text
        pre = text[seg_start : span.open_mark]
        post = text[span.close_mark + 1 : seg_end]
        quoted = text[span.start : span.end]
        found = (
            self._colon(pre, seg_start)
            or self._pre(pre, seg_start, directly=True)
            or self._post(post, span.close_mark + 1, quoted)
            or self._pre(pre, seg_start, directly=False)
            or self._subject(pre, seg_start, sentence_start)
        )
        confidence = 0.3
        speaker = mention_span = cue = cue_span = None
        reason = "no speech cue near the quote"
        if found:
            person, mention_span, cue, cue_span, reason, confidence = found
            speaker = person.name if person else None
            if person is not None:
                self.make_salient(person)
        elif previous is not None and previous.speaker and self._same_paragraph(previous, span):
            speaker, confidence = previous.speaker, 0.6
            reason = f"no cue: continues the previous quote by {speaker} in its paragraph"
        if span.recovered:
            confidence *= 0.6
            reason += "; unbalanced quotation marks"
        return Quote(
            start=span.start, end=span.end, text=quoted, speaker=speaker,
            speaker_span=mention_span, cue=cue, cue_span=cue_span,
            partial=_is_partial(text, span, quoted),
            confidence=round(confidence, 2), reason=reason,
        )

    def _same_paragraph(self, previous: Quote, span: Span) -> bool:
        between = self.text[previous.end : span.open_mark]
        return "\n\n" not in between and between.count("\n") == 0 and len(between) < 300

    def _colon(self, pre: str, base: int) -> Any:
        m = _COLON_RE.search(pre[-120:])
        if not m:
            return None
        kind = m.lastgroup or "name"
        offset = base + len(pre) - len(pre[-120:])
        person, why = self.resolve(kind, m.group(kind), offset + m.start(kind))
        if person is None:
            return None
        span = (offset + m.start(kind), offset + m.end(kind))
        return person, span, None, None, f"{why} before a colon", 0.85

    def _pre(self, pre: str, base: int, directly: bool) -> Any:
        cues = list(CUE_RE.finditer(pre))
        if not cues:
            return None
        cue = cues[-1]
        rest = pre[cue.end() :]
        if directly and not re.fullmatch(r"(?:\s+(?:that|as|this|it|so))?\s*[,:—–-]?\s*", rest):
            return None
        if not directly and re.search(r"[.!?]\s", rest):
            return None
        word = cue.group().lower()
        cue_span = (base + cue.start(), base + cue.end())
        if word == "according to":
            m = _AFTER_CUE_RE.match(pre, cue.end())
            if m:
                return self._found(m, base, cue, cue_span, "after 'according to'", 0.95)
            return None
        head = pre[: cue.start()]
        if _PASSIVE_RE.search(head):
            return None  # "the deal was called 'a truce'": nobody is speaking
        if not _subject_cue(word, head):
            m = _BEFORE_CUE_RE.search(head)
            if m:
                return self._found(m, base, cue, cue_span, f"before cue '{cue.group()}'", 0.95)
        m = _AFTER_CUE_RE.match(pre, cue.end())
        if m and m.lastgroup != "pron":
            found = self._found(m, base, cue, cue_span, f"after cue '{cue.group()}'", 0.9)
            if found and found[0] is not None:
                return found
        return None

    def _post(self, post: str, base: int, quoted: str) -> Any:
        m = _POST_RE.match(post)
        if not m:
            return None
        if m.group("cue"):
            cue_name, cue_start, cue_end = m.group("cue"), m.start("cue"), m.end("cue")
            kind = next(k for k in ("title", "pron", "name") if m.group(k))
            raw, mstart, mend = m.group(kind), m.start(kind), m.end(kind)
        else:
            cue_name, cue_start, cue_end = m.group("cue2"), m.start("cue2"), m.end("cue2")
            raw, mstart, mend = m.group("after"), m.start("after"), m.end("after")
            kind = "title" if raw.lower().startswith("the ") else (
                "pron" if re.fullmatch(_PRON, raw) else "name")
        if cue_name.lower() in ("according to",):
            return None
        person, why = self.resolve(kind, raw, base + mstart)
        if person is None:
            return None
        conf = 0.85 if kind == "pron" else 0.95
        return (person, (base + mstart, base + mend), cue_name, (base + cue_start, base + cue_end),
                f"{why}, cue '{cue_name}' after the quote", conf)

    def _found(self, m: re.Match[str], base: int, cue: re.Match[str], cue_span: tuple[int, int],
               where: str, conf: float) -> Any:
        kind = next(k for k in ("title", "pron", "name") if m.group(k))
        person, why = self.resolve(kind, m.group(kind), base + m.start(kind))
        if person is None:
            return None
        if kind == "pron":
            conf -= 0.1
        span = (base + m.start(kind), base + m.end(kind))
        return person, span, cue.group(), cue_span, f"{why} {where}", conf

    def _subject(self, pre: str, base: int, sentence_start: int) -> Any:
        """A cue in the quote's sentence with no mention tied to it ("..., adding, "),
        or "and reiterated": the speaker is the sentence's subject."""
        cues = list(CUE_RE.finditer(pre))
        if not cues:
            return None
        cue = cues[-1]
        if re.search(r"[.!?]\s", pre[cue.end() :]) or cue.group().lower() == "according to":
            return None
        if _PASSIVE_RE.search(pre[: cue.start()]):
            return None
        cue_span = (base + cue.start(), base + cue.end())
        lo = max(0, sentence_start - base)
        for m in MENTION_RE.finditer(pre, lo, cue.start()):
            kind = m.lastgroup or "name"
            before = pre[max(0, m.start() - 20) : m.start()].split()
            if before and before[-1].lower().strip(",") in _PREPOSITIONS:
                continue
            person, why = self.resolve(kind, m.group(kind), base + m.start())
            if person is not None:
                span = (base + m.start(kind), base + m.end(kind))
                return (person, span, cue.group(), cue_span,
                        f"{why}, subject of the sentence with cue '{cue.group()}'", 0.8)
        if self.recent and sentence_start <= base:  # its subject is before the last quote
            person = self.recent[-1]
            return (person, None, cue.group(), cue_span,
                    f"cue '{cue.group()}' with no named subject -> current speaker {person.name}",
                    0.65)
        return None


def _is_partial(text: str, span: Span, quoted: str) -> bool:
    k = span.open_mark - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    embedded = k >= 0 and (text[k].isalnum() or text[k] == ")")
    whole_sentence = quoted[:1].isupper() and quoted.rstrip()[-1:] in ".!?…"
    return embedded and not whole_sentence


def _looks_like_a_name(quote: Quote) -> bool:
    """'Valley at Risk': a short title-case phrase in quotes with no speech cue."""
    words = quote.text.split()
    return (
        quote.cue is None and quote.partial and 0 < len(words) <= 6
        and sum(w[:1].isupper() for w in words) * 2 > len(words)
    )


def analyse(text: str) -> Analysis:
    """Quotes and transcript turns of ``text``."""
    breaks = paragraph_breaks(text)
    spans = find_spans(text, breaks)
    reader = _Reader(text)
    reader.turns = find_turns(text, reader.people)
    sentence_ends = [m.end() for m in _SENTENCE_END_RE.finditer(text)]
    quotes: list[Quote] = []
    mentions = MENTION_RE.finditer(text)
    mention = next(mentions, None)
    sentence = 0
    previous: Quote | None = None
    for k, span in enumerate(spans):
        # learn from everything between the previous quote and this one
        while mention is not None and mention.start() < span.open_mark:
            while sentence < len(sentence_ends) and sentence_ends[sentence] <= mention.start():
                sentence += 1
            if previous is None or mention.start() >= previous.end:
                reader.note_mention(mention, sentence)
            mention = next(mentions, None)
        para_start = _para_start(breaks, span.open_mark)
        prev_end = spans[k - 1].close_mark + 1 if k else 0
        seg_start = max(para_start, prev_end, span.open_mark - 400)
        next_open = spans[k + 1].open_mark if k + 1 < len(spans) else len(text)
        seg_end = min(_para_end(breaks, span.close_mark, len(text)), next_open,
                      span.close_mark + 200)
        sentence_start = _sentence_start(text, span.open_mark, seg_start)
        quote = reader.attribute(span, seg_start, seg_end, previous, sentence_start)
        if _looks_like_a_name(quote):
            continue
        quotes.append(quote)
        previous = quote
    return Analysis(quotes, reader.turns)


def find_quotes(text: str) -> list[Quote]:
    return analyse(text).quotes


def _para_start(breaks: list[int], pos: int) -> int:
    from bisect import bisect_left

    k = bisect_left(breaks, pos)
    return breaks[k - 1] + 1 if k else 0


def _para_end(breaks: list[int], pos: int, length: int) -> int:
    from bisect import bisect_left

    k = bisect_left(breaks, pos)
    return breaks[k] if k < len(breaks) else length


def _sentence_start(text: str, pos: int, lo: int) -> int:
    k = pos
    while k > lo:
        if text[k - 1] in ".!?" and k < len(text) and text[k].isspace():
            return k
        k -= 1
    return lo
