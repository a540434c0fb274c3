"""Quotation marks paired into quotations: the first half of the quote engine.

Straight, curly, low-9, guillemet, single-quote and `typewriter' styles; apostrophes
(Palestine's, don't, students', ’90s, rock ’n’ roll) are told apart from quotation marks by
their neighbours; a
quote inside a quote belongs to the outer one; a quotation over several paragraphs (the
opening mark repeated at each paragraph start) is one quote; an unbalanced mark never
reaches past the end of its paragraph (unless the paragraph ends with a colon and a list
follows), and a mark stuck to the wrong word ("called Gaza' the centre of resistance'") is
recovered with lower confidence. Some papers close a “ with ’’: that closes it too.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import chain

DOUBLE, SINGLE = "d", "s"
_FAMILY = {
    '"': DOUBLE,
    "“": DOUBLE,
    "”": DOUBLE,
    "„": DOUBLE,
    "«": DOUBLE,
    "»": DOUBLE,
    "″": DOUBLE,  # a double prime, as AP's archive closes a ``quote″
    "'": SINGLE,
    "‘": SINGLE,
    "`": SINGLE,  # `typewriter' quotes
    "’": SINGLE,
    "‚": SINGLE,
    "‹": SINGLE,
    "›": SINGLE,
}
# One pattern per mark: Python's engine skips to a literal quickly but tests a class of
# twelve marks character by character. Single marks between two word characters (don't,
# Palestine's) are apostrophes: the patterns skip them so the Python loop sees only real
# candidates.
_MARK_RES = {
    mark: re.compile(
        re.escape(mark) + (r"(?<!\w.(?=\w)(?!published at ))" if mark in "'‘’" else "")
    )
    for mark in _FAMILY
}  # (and a straight mark of markup copied with a page is none: 'entertainment">“I was
_MARK_RES['"'] = re.compile(r'"(?<!=")(?!>)')  # ...', 'class="x"')
_ELISIONS = ("em", "tis", "twas", "til", "cause", "coz", "cos", "cuz", "n", "round", "bout")
_ELISIONS += ("yung", "yun", "yon", "yan", "di")  # Tagalog's: "Karapatan po niya 'yon."
# another closing-like single mark later in the same paragraph
_LATER_CLOSER_RE = re.compile(r"[^\n]{0,300}?[\w.,!?;:…]['’](?=[\s.,;:!?)—–-]|$)")
_OPENER_ON_THE_WAY_RE = re.compile(r"[\s(]['‘][A-Za-z]")  # (whose closer that one is not:
# "TV's 'Spooks' back in 2003 ... after 'Selma' failed")
_LETTERS_RE = re.compile("[A-Za-z]+")
# a single mark closing what a double one opened, before the words that say who spoke
_ODD_CLOSE_RE = re.compile(r"[,!?]['’](?=\s+[a-z])")
_SAID = r"(?:said|says|added|told|stated)\b"
# the cues that tell a missing mark: the commonest, checked while marks are paired
_MARK_CUES = r"(?:said|says|told|tells|added|adds|wrote|writes|asked|explained|explains)\b"
# the writer's words inside an unclosed quote: a sentence according to someone, or one whose
# subject said that ...
_NARRATED_RE = re.compile(
    r"[.!?)] (?=According to |(?:The|the|He|She) [^.\"“”\n]{0,80}\b(?:said|told|added) that\b)"
)
_SAID_AFTER_RE = re.compile(  # ", UAE energy minister Jo Roe said on Wednesday." (no "that")
    rf",(?= (?:(?:[A-Z][\w.'’-]*|[a-z]+) ){{0,5}}[A-Z][\w.'’-]* {_SAID}"
    r"(?! that)[^”\"]*$)",
    re.MULTILINE,
)
# the same with a pronoun, its cue ending the clause: '"Who runs the party now?, she asked.'
_PRONOUN_SAID_RE = re.compile(rf",(?= (?:he|she|they) {_MARK_CUES}[.,][^”\"]*$)", re.MULTILINE)
# a closing mark, then its speaker: what shows a quote whose opening mark is missing
_UNOPENED_RE = re.compile(  # ('...,” showrunner Veronica West tells', a job before the name)
    r"[,.!?]”[ \t]+(?:(?:[a-z]+[ \t]+)?(?:[A-Z][\w.'’-]*[ \t]+){1,4}|the[ \t]+[a-z]+[ \t]+)"
    + _MARK_CUES
)
_DOUBLE_MARK_RE = re.compile('[“”"«»„]')
_UNOPENED_SINGLE_RE = re.compile(  # ',’ said the minister', ',’ he said'
    r"[,.!?]’[ \t]+(?:(?:(?:[A-Z][\w.'’-]*[ \t]+){1,4}|the[ \t]+[a-z]+[ \t]+|(?:he|she|they)[ \t]+)"
    + _MARK_CUES
    + r"|"
    + _MARK_CUES
    + r"[ \t]+(?:the[ \t]+[a-z]+|[A-Z]))"
)
_PRONOUN_CUE_RE = re.compile(r"[,.!?]”[ \t]+(?:he|she|they)[ \t]+" + _MARK_CUES)  # ',” he said'
# where a quote whose closing mark was left out ends, before its cue: "... raised up,
# explained Capt. Jo Roe of the fire department."
_CUE_AFTER_COMMA_RE = re.compile(r",[ \t]+" + _MARK_CUES)
# the lines a news page puts between a quote's paragraphs, copied with its text
# ("Advertisement", then "Hide Ad" glued to the next paragraph)
_AD_LINES_RE = re.compile(r"(?:(?:Advertisement|ADVERTISEMENT|Hide Ad)[ \t\n]*)+")


@dataclass(slots=True)
class Span:
    """A quotation's words (without the marks) and how sure the pairing is."""

    start: int
    end: int
    open_mark: int  # position of the opening mark
    close_mark: int  # position of the closing mark (== end of paragraph when recovered)
    recovered: bool = False  # unbalanced or misplaced marks: found by recovery


# A line break inside a sentence (after a letter, digit, comma or dash, before more words)
# is hard wrapping; any other ends a paragraph. [^\W_] is a letter or digit.
_BREAK_RE = re.compile(  # (a space or two may end a line: "we \nneed", "we  \nneed")
    r"\n(?:(?<![^\W_]\n)(?<![,\-–—]\n)(?<![\w,\-–—] \n)(?<![\w,\-–—]  \n)"
    r"(?!(?<=[’”\"]\n)[a-z])"  # (not after a closing mark and before more words: 'stand,’\netc.')
    r"|(?=[\n\-*•]|\Z)|(?=[\"“„«»‘'])(?!(?<=[a-z,]\n).[a-z]))"  # not 'has\n"got a'
)
_NEWLINE_RE = re.compile(r"\n")
_BLANK_BREAK_RE = re.compile(r"\n(?=[ \t]*\n|[\-*•]|\Z)")
_RUNS = {
    pattern: re.compile(pattern.pattern + r"\s*")
    for pattern in (_BREAK_RE, _NEWLINE_RE, _BLANK_BREAK_RE)
}


# inside a word, five letters in: a pattern that looks ahead at the next word ("U.S. A|n"
# is no sentence end before "An") sees no short word where the part was cut
_CUT_RE = re.compile(r"\w{5}(?=\w)")
PART = 1 << 17


def parts(text: str, cut_at: re.Pattern[str] = _CUT_RE) -> Iterator[tuple[int, int]]:
    """(start, end) of the parts of about ``PART`` characters that ``text`` is searched
    in, each cut where ``cut_at`` ends (by default inside a word), where the
    pattern searched cannot match across. A search holds the GIL: over a whole 10 MB
    text the window (the quotes are found in a worker thread) would freeze for tens of
    milliseconds; between parts it gets the GIL back."""
    start = 0
    while start < len(text):
        cut = cut_at.search(text, start + PART, start + 2 * PART)
        end = cut.end() if cut else len(text)  # no place to cut near: the rest at once
        yield start, end
        start = end


def find_all(
    pattern: re.Pattern[str],
    text: str,
    where: Callable[[re.Match[str]], int] = re.Match.start,
    cut_at: re.Pattern[str] = _CUT_RE,
) -> list[int]:
    """Where ``pattern`` matches in ``text`` (``where``: each match's start or end),
    searched in ``parts``."""
    found: list[int] = []
    for start, end in parts(text, cut_at):
        found += map(where, pattern.finditer(text, start, end))
    return found


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def paragraph_breaks(text: str) -> list[int]:
    """Positions of the newlines that end paragraphs.

    A single newline inside a sentence (hard-wrapped text, when the document separates
    paragraphs with blank lines) is not a break.
    """
    return find_all(_break_pattern(text), text)


def paragraph_starts(text: str) -> list[int]:
    """Where the paragraphs after the first start: past the break and any blank lines."""
    pattern = _break_pattern(text)
    return find_all(_RUNS[pattern], text, re.Match.end)


def _break_pattern(text: str) -> re.Pattern[str]:
    if not _wrapped(text):
        return _NEWLINE_RE
    single = text.count("\n") - 2 * text.count("\n\n")  # the lines that are no blank's
    if "\n\n" in text and len(find_all(_MID_SENTENCE_RE, text)) * 4 > single:
        return _BLANK_BREAK_RE  # wrapped at a fixed width, blank lines between paragraphs:
    return _BREAK_RE  # a line that ends a sentence is no paragraph's end


_MID_SENTENCE_RE = re.compile(  # "cooperate with\nthem", 'has\n"got a'
    r"\n(?:(?<=[a-z,]\n)|(?<=[a-z,] \n))(?=[a-z]|[\"“‘'][a-z])"
)


def _wrapped(text: str) -> bool:
    """Whether a single line break can be inside a paragraph. With blank lines between
    paragraphs: yes, unless no line break near the start falls mid-sentence and most lines
    are long (a page that puts each paragraph on one line, and a heading on a line of its
    own right over the next paragraph). Without: when a quarter of its line breaks fall
    mid-sentence (text wrapped at a fixed width, one paragraph after the other)."""
    if "\n\n" in text:
        return _MID_SENTENCE_RE.search(text, 0, 50_000) is not None or not _long_lines(text)
    lines = text.count("\n")
    return lines > 3 and len(find_all(_MID_SENTENCE_RE, text)) * 4 > lines


def _long_lines(text: str) -> bool:
    """Whether most of the text's lines are long: a page that puts each paragraph on one
    line (not a quote sheet's short lines, nor a text wrapped at a fixed width)."""
    lengths = sorted(map(len, text[:20_000].split("\n")))  # (blank lines left out)
    lengths = lengths[lengths.count(0) :]
    return bool(lengths) and lengths[len(lengths) // 2] > 120


def _decade(text: str, i: int) -> bool:
    """A mark before two digits: ’90s, the class of '19."""
    return text[i + 1 : i + 3].isdigit() and not text[i + 3 : i + 4].isdigit()


_FUNCTION_WORD_RE = re.compile(
    r"(?:with|and|or|to|of|in|on|for|from|by|as|at|but|that|which|is|are|was|were|had|has)\b"
)
_POSSESSIVE_AFTER = frozenset("+#)]”’%®™!")  # ("Apple TV+’s", "SpongeTech®’s", "Yahoo!’s")


_TITLE_HEAD_RE = re.compile(
    r" (?:star|actor|actress|singer|rapper|director|host|creator|author|writer|producer|cast"
    r"|frontman|hitmaker)\b"
)


def _title_closes(text: str, mark: int, i: int) -> bool:
    """Whether the mark at ``i`` closes a title whose mark at ``mark`` opened after "the",
    with the role of someone in the work after it: "the ‘Game of Thrones’ star"."""
    if i - mark > 80 or not text.endswith(("the ", "The "), 0, mark):
        return False  # (cheap tests first: a paragraph may hold many such marks)
    words = text[mark + 1 : i].split()
    return (
        0 < len(words) <= 6
        and all(w[:1].isupper() or w in ("of", "the", "and", "a", "in", "&") for w in words)
        and _TITLE_HEAD_RE.match(text, i + 1) is not None
    )


def _single_role(text: str, i: int, ch: str, single_open: bool) -> str:
    """'open', 'close', 'apos', or 'misplaced' (a mark stuck to the word before it,
    as in "called Gaza' the centre'") for a single quotation mark or apostrophe."""
    prev = text[i - 1] if i else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if single_open and nxt == "p" and text.startswith("published at ", i + 1):
        return "close"  # a live page's headline run into its time, as its text is copied:
        # "Russia 'exploiting weaknesses'published at 14:43"
    if _is_word(prev) and _is_word(nxt):
        return "apos"  # don't, Palestine's, O'Brien
    if nxt == "s" and prev in _POSSESSIVE_AFTER and not _is_word(text[i + 2 : i + 3] or " "):
        return "apos"  # "Apple TV+'s", "the ‘Wonder Woman’’s" (a possessive after no letter)
    if (
        nxt == "s"
        and prev == " "
        and text[i + 2 : i + 3] == " "
        and _is_word(text[i - 2 : i - 1] or " ")
    ):
        return "apos"  # "CNN ‘s Dana Bash": a possessive typed after a space
    if ch == "‘" and _is_word(prev) and (nxt.isspace() or nxt in ',.;:!?”"'):
        ch = "’"  # a mark typed the wrong way round after a word: "Davis‘ comment", "home‘,"
    elif ch == "`" and nxt.isdigit():
        return "apos"  # the rupee sign as Indian sites type it: "`1 lakh crore"
    elif ch == "‚" and nxt.isspace():
        return "apos"  # a low mark typed for a comma: "“... agriculture”‚ especially in"
    elif ch in "‘‚‹`":
        if ch == "‘" and text.endswith(("al-", "el-", "ul-", "Al-", "El-"), 0, i) and nxt.isalpha():
            return "apos"  # an Arabic name's ‘ayn: "Prince Nayef bin Abd al-‘Aziz"
        return "apos" if _decade(text, i) else "open"
    if ch == "›":
        return "close"
    if not _is_word(prev) and prev not in ".,;:!?…)":  # start of a word
        word = _LETTERS_RE.match(text, i + 1, i + 8)
        if _decade(text, i) or (
            word
            and word.group().lower() in _ELISIONS
            and (not single_open or ch == "’" and len(word.group()) > 1)
        ):  # ’90s, 'em, rock ’n’ roll (but '1807.' is a quote); and inside a quote in
            return "apos"  # single marks, "‘... your dinner, ’coz by the time ...’"
        return "open" if not nxt.isspace() else ("close" if single_open else "apos")
    if single_open:
        if (
            prev in "sS"
            and nxt == " "
            and not _FUNCTION_WORD_RE.match(text, i + 2)
            and (later := _LATER_CLOSER_RE.match(text, i + 1)) is not None
            and _OPENER_ON_THE_WAY_RE.search(text, i + 1, later.end()) is None
        ):  # 'It's the students' union that will pay.' closes later (but not
            return "apos"  # "‘my own personal ethical convictions’ with the ...": no noun)
        return "close"
    if prev in "sSzZ" or not _is_word(prev):
        return "apos"  # students', Jones'
    return "misplaced"


def find_spans(text: str, breaks: list[int] | None = None) -> list[Span]:
    """Every outermost quotation, in document order; never overlapping."""
    if breaks is None:
        breaks = paragraph_breaks(text)
    spans: list[Span] = []
    # open marks, innermost last: (mark, family, position); a few entries at most
    stack: list[tuple[str, str, int]] = []
    doubles = singles = 0  # how many of each family are open
    misplaced = -1  # a "Gaza' the centre'" mark waiting for its partner
    para_ends = breaks + [len(text)]
    e = 0  # the paragraph being read ends at para_ends[e]
    para_end = para_ends[0]
    skip = -1  # a repeated opening mark that continues a quote into a new paragraph
    second = -1  # the second mark of a ’’ that closed a double quote
    unopened = -1  # the paragraph a single quote with no opening mark was looked for in
    listing = False  # the open quote goes on through a list it introduced
    inner: list[tuple[int, int]] = []  # quotes in the open one's own marks, closed inside it
    n = len(text)

    for i in _mark_positions(text):
        if i > para_end:  # crossing paragraph ends: continue the quote, or recover
            while i > para_end:
                misplaced = -1
                if not stack:  # nothing open: straight to the paragraph of this mark
                    e = bisect_left(para_ends, i)
                    para_end = para_ends[e]
                    break
                k = para_end + 1
                while k < n and text[k] in " \t\n":
                    k += 1
                if text[k : k + 1] in ("A", "H") and (junk := _AD_LINES_RE.match(text, k)):
                    k = junk.end()  # '“... words.\nAdvertisement\nHide Ad“More words'
                mark = text[k] if k < n else ""
                if mark == "`" and text.startswith("`", k + 1):
                    mark, second = '"', k + 1  # ``wire copy's doubled backticks'' repeated
                if (
                    mark
                    and _FAMILY.get(mark) == stack[0][1]
                    and (mark not in "”»’" or mark == "”" and text[k + 1 : k + 2].isalnum())
                    and not (  # ('\n”We did change ...': ” typed for the repeated mark)
                        (_SAID_AFTER_RE if mark != stack[0][0] else _PRONOUN_SAID_RE).search(
                            text, max(stack[0][2], para_ends[e - 1] if e else 0), para_end
                        )
                    )
                    and not (mark == '"' and stack[0][0] == "”")  # ('said:” We ...' then '"Hi')
                ):  # (but '“... supply, Jo Roe said.' then '"We ...': two quotes, one unclosed)
                    if (
                        len(stack) > 1
                        and stack[1][0] == stack[0][0]
                        and text[stack[1][2] - 2 : stack[1][2]] in (". ", "! ", "? ")
                    ):  # '“... in the days to come. “It is so hard ...' then '“...”': the
                        # first never closed, and the second goes on
                        _close(text, stack[0][2], stack[1][2] - 1, True, spans)
                        stack[0] = stack[1]
                    del stack[1:]
                    inner.clear()
                    skip = k
                elif mark in BULLETS and (listing or _ends_with_colon(text, para_end)):
                    listing = True  # "... in these areas:" then a list: the quote goes on
                elif stack[0][0] == "“" and _closes_first(
                    text, k, para_ends[min(bisect_left(para_ends, k), len(para_ends) - 1)]
                ):
                    del stack[1:]  # its next paragraph ends it: the repeated mark is missing
                    inner.clear()
                else:
                    _recover(text, stack[0][2], para_end, inner, spans)
                    stack.clear()
                    listing = False
                doubles = sum(f == DOUBLE for _, f, _ in stack)
                singles = len(stack) - doubles
                e += 1
                para_end = para_ends[e]
            if i == skip:
                continue
        ch = text[i]
        if (
            ch == '"'
            and stack
            and stack[-1][1:] == (DOUBLE, i - 1)
            and text[i + 1 : i + 2].isalnum()
        ):
            stack[-1] = (ch, DOUBLE, i)  # '""They keep singing," said Roe', '“"It hurts':
            continue  # a mark typed twice opens once
        if (
            ch == '"'
            and len(stack) == 1
            and stack[0][0] == '"'
            and text[i - 1] in " \t"
            and text[i + 1 : i + 2].isalpha()
        ):
            if _nests(text, i, para_end):  # '"... the report was "bs." For viewers ...
                stack.append((ch, DOUBLE, i))  # said "thank you." Throughout ..."': quotes in
                doubles = 2  # the quote, as transcribed soundbites type them
                continue
            if (stop := _last_sentence_end(text, stack[0][2], i)) > 0 and _closed(text, i):
                # 'the "importance of the sanctions. He said there could be a "peaceful
                # solution"': the first quote never closed (a mark after a space opens)
                if cue := _CUE_AFTER_COMMA_RE.search(text, stack[0][2], stop):
                    stop = cue.start() + 1
                _close(text, stack[0][2], stop, True, spans)
                stack[0] = (ch, DOUBLE, i)
                inner.clear()
                continue
        if ch == '"' and doubles:  # the commonest mark: a straight closing quote (but
            # one after "(" opens a term the quote defines: 'Systems' ("ITS") products', and
            # one before a word inside curly marks opens a quote in the quote: '“In the words
            # of our hymn, "America": "Let us ...”')
            nested = (
                text[i - 1] in " (" and next(m for m, f, _ in reversed(stack) if f == DOUBLE) == "“"
            )
            role = (
                "open"
                if text[i + 1 : i + 2].isalnum() and (text[i - 1] == "(" or nested)
                else "close"
            )
            family = DOUBLE
        elif ch == '"' and not stack:
            if (i + 1 == n or text[i + 1].isspace()) and not _spaced_open(text, i):
                continue  # a stray mark before a space
            stack.append((ch, DOUBLE, i))
            doubles = 1
            continue
        else:
            family = _FAMILY[ch]
            if family == SINGLE and i == second:
                continue
            if (
                ch == "`"
                and text.startswith("`", i + 1)
                or ch == "'"
                and text.startswith("'", i + 1)
                and not stack
                and not _is_word(text[i - 1] if i else " ")
                and text[i + 2 : i + 3].isalnum()
            ) and not singles:
                stack.append((ch, DOUBLE, i + 1))  # ``fair and thorough,'' the chief said:
                doubles += 1  # wire copy's double marks (the '' closes as a ’’ does), and
                second = i + 1  # ''The fire started inside,'' March said, as AP's archive
                continue  # types them
            if family == SINGLE and len(stack) == doubles == 1 and text.startswith(ch, i + 1):
                # “So it goes,’’ said Roe: two closing singles close a double (some papers)
                found = len(spans)
                _close(text, stack[0][2], i, False, spans)
                if len(spans) > found:
                    spans[-1].close_mark = i + 1  # what follows the quote starts after both
                second = i + 1
                stack.clear()
                inner.clear()
                doubles = singles = 0
                misplaced = -1
                continue
            if family == SINGLE:
                role = _single_role(text, i, ch, singles > 0)
                if role == "apos" and singles and _title_closes(text, stack[-1][2], i):
                    role = "close"  # "The ‘Game of Thrones’ star said": no plural possessive
                if (
                    role == "apos"
                    and ch == "’"
                    and not stack
                    and unopened != e  # (one try a paragraph: each reads it from its start)
                    and _UNOPENED_SINGLE_RE.match(text, i - 1)
                ):
                    unopened = e  # '...,’ said the minister', its opening mark left out
                    _unopened(text, para_ends[e - 1] + 1 if e else 0, i, spans)
                    misplaced = -1  # (a mark stuck to a word in it is inside that quote)
                    continue
                if role == "apos" or ch == "`" and text.find("'", i + 1, para_end) == -1:
                    continue  # (a `typewriter' quote closes with a ': "`Morning, Neil.")
                if role == "misplaced":
                    if stack:
                        continue
                    if misplaced < 0:
                        misplaced = i
                        continue
                    role = "close"  # the partner of the earlier misplaced mark
                if role == "close" and not singles:
                    if misplaced >= 0 and not stack:
                        start = misplaced + 1
                        while start < i and text[start].isspace():
                            start += 1
                        if i > start:
                            spans.append(Span(start, i, misplaced, i, recovered=True))
                        misplaced = -1
                    continue
            elif (
                ch in '”"'
                and len(stack) == singles == 1
                and not text[i - 1].isspace()
                and (ch == "”" or not text[i + 1 : i + 2].isalnum())
            ):  # 'We are optimistic,” said Roe: a single mark closed by a double one (and
                # 'Ah, shoot," Jo Roe said, as converted copy types it)
                _close(text, stack[0][2], i, True, spans)
                stack.clear()
                inner.clear()
                singles = 0
                misplaced = -1
                continue
            elif (
                ch == "“"
                and len(stack) == 1
                and stack[0][0] == "“"
                and _ends_with_colon(text, i)
                and (stop := _last_sentence_end(text, stack[0][2], i)) > 0
            ):  # “We won. On the penalty: “It was clear.”: the first quote never closed
                _close(text, stack[0][2], stop, True, spans)
                stack[0] = (ch, DOUBLE, i)
                inner.clear()
                continue
            elif (
                ch == "“"
                and len(stack) == 1
                and stack[0][0] == "“"
                and (told := _NARRATED_RE.search(text, stack[0][2], i)) is not None
            ):  # “... by June 15). According to ANI, the chief minister said that ... “This
                _close(text, stack[0][2], told.start() + 1, True, spans)  # government ...”:
                stack[0] = (ch, DOUBLE, i)  # the first quote ended where the writer's
                inner.clear()  # words began
                continue
            elif ch == "“" and stack and stack[-1][2] == i - 1 and text[i - 1] == "“":
                stack[-1] = (ch, DOUBLE, i)  # a mark typed twice: '– ““a widescreen iPod ...”'
                continue
            else:
                role = _double_role(text, i, ch, stack, doubles)
                if role == "ignore":
                    if ch == "”" and not stack and _unopened_close(text, i, para_ends, e):
                        _unopened(text, para_ends[e - 1] + 1 if e else 0, i, spans)
                    elif ch == "”" and not stack and _PRONOUN_CUE_RE.match(text, i - 1):
                        _reopened(text, i, spans)
                    continue
        if role == "open":
            stack.append((ch, family, i))
            if family == DOUBLE:
                doubles += 1
            else:
                singles += 1
            continue
        if (
            ch == "”"
            and len(stack) > 1
            and stack[-1][1] == SINGLE
            and (later := text.find("”", i + 1, para_end)) != -1
            and text.find("“", i + 1, later) == -1
        ):  # '“I yelled, ‘Are you kidding me?!” and he yelled back ...”': a double typed
            del stack[-1]  # for the single's closing mark (the double closes later)
            singles -= 1
            continue
        if (
            ch == "”"
            and len(stack) > 1
            and all(m == "“" and text[at - 2 : at] in (". ", "? ", "! ") for m, _, at in stack[1:])
            and stack[0][0] == "“"
            and text.find("”", stack[0][2], i) == -1
            and text.find("”", i + 1, para_end) == -1
        ):  # '“Erling is recovering. “We’ll see. “He feels good.”': its paragraphs run
            # together, each mark that opened one left in (one quote)
            _close(text, stack[0][2], i, False, spans)
            stack.clear()
            inner.clear()
            doubles = singles = 0
            misplaced = -1
            continue
        depth = len(stack) - 1
        while stack[depth][1] != family:
            depth -= 1
        if ch == "”" and stack[depth][0] == '"' and (curly := _last_curly(stack)) >= 0:
            depth = curly  # the curly quote closes, and the straight one open inside it
        if depth == 0:
            _close(text, stack[0][2], i, False, spans)
            stack.clear()
            inner.clear()
            doubles = singles = 0
            misplaced = -1
            listing = False
        else:
            if depth == 1 and (family == DOUBLE or family == stack[0][1]):
                inner.append((stack[1][2], i))
            del stack[depth:]
            doubles = sum(f == DOUBLE for _, f, _ in stack)
            singles = len(stack) - doubles
    if stack:
        _recover(text, stack[0][2], min(para_end, n), inner, spans)
    return spans


def _unopened_close(text: str, i: int, para_ends: list[int], e: int) -> bool:
    """Whether the closing mark at ``i``, with none open, ends a quote whose opening mark
    was left out: its speaker follows ('...,” Beyonce said'), or it ends a paragraph that
    a line ending in a colon introduces ("Here's a rough transcript:\n\nAs you said,
    Barack, ... security.”")."""
    if _UNOPENED_RE.match(text, i - 1):
        return True
    return (
        e > 0
        and text[i - 1 : i] in (".", "!", "?", "…")
        and text[i + 1 : i + 2] in ("", "\n")
        and _ends_with_colon(text, _last_non_blank(text, para_ends[e - 1]))
    )


def _last_non_blank(text: str, end: int) -> int:
    """Where the text before ``end`` stops, past blank lines."""
    while end > 0 and text[end - 1] in " \t\n":
        end -= 1
    return end


def _unopened(text: str, start: int, close: int, spans: list[Span]) -> None:
    """A paragraph that opens with a quote whose opening mark was left out, the first
    mark in it the closing one before its speaker: 'Sir Carter and Rumi 1 month
    today,” Beyonce said'."""
    while start < close and text[start].isspace():
        start += 1
    if (
        not (spans and spans[-1].close_mark >= start)  # (no quote before it there)
        and text[start : start + 1].isupper()
        and _DOUBLE_MARK_RE.search(text, start, close) is None
    ):
        spans.append(Span(start, close, start, close, recovered=True))


def _reopened(text: str, close: int, spans: list[Span]) -> None:
    """A quote whose closing mark also opened the next, glued to its first word, both in
    one line: '“... every move they made.”There are some days ...,” he said'."""
    if not spans:
        return
    mark = spans[-1].close_mark
    start = mark + 1
    if (
        text[mark - 1 : mark] in (".", "!", "?")
        and text[start : start + 1].isupper()
        and "\n" not in text[start:close]
        and _DOUBLE_MARK_RE.search(text, start, close) is None
    ):
        spans.append(Span(start, close, start, close, recovered=True))


def _last_curly(stack: list[tuple[str, str, int]]) -> int:
    """Where the innermost “ of the open marks is; -1 when none is open."""
    for depth in range(len(stack) - 1, -1, -1):
        if stack[depth][0] == "“":
            return depth
    return -1


def _recover(
    text: str, open_pos: int, end: int, inner: list[tuple[int, int]], spans: list[Span]
) -> None:
    """A quote whose mark never closes ends at its paragraph's ``end``; or, when quotes in
    its own marks opened and closed inside it, where the first of them opens, and they
    are quotes of their own: a closing mark is missing ('“We won. “And we will again.”');
    but not those that open inside a sentence (not after a colon) and end the paragraph,
    nested ('“I was like “thank god!”'; not '“A news conference “as soon as possible,” the
    release stated.')."""
    if (
        inner
        and not any(text[start - 2 : start] in _SENTENCE_ENDS for start, _ in inner)
        and not text[inner[-1][1] + 1 : end].strip(" .,!?\n")
    ):
        inner.clear()
    if not inner:
        if _FAMILY[text[open_pos]] == DOUBLE and (odd := _ODD_CLOSE_RE.search(text, open_pos, end)):
            end = odd.start() + 1  # '"Just go with him to the village,' he advised.'
        elif said := _SAID_AFTER_RE.search(text, open_pos, end) or _PRONOUN_SAID_RE.search(
            text, open_pos, end
        ):
            end = said.start() + 1  # '“We have to ensure supply, UAE energy minister Jo Roe
            # said on Wednesday.': the closing mark is missing before the comma
        elif credit := _CREDIT_END_RE.search(text, max(open_pos, end - 60), end):
            end = credit.start()  # '“May this event bring prosperity. — Bernama': the
            # agency's credit that ends the story is no part of it
        _close(text, open_pos, end, True, spans)
        return
    _close(text, open_pos, inner[0][0], True, spans)
    for start, close in inner:
        _close(text, start, close, False, spans)
    inner.clear()


_SENTENCE_ENDS = frozenset(f"{mark}{space}" for mark in ".!?…:" for space in " \n")
_CREDIT_END_RE = re.compile(r"(?<=[.!?])[ \t]+[—–][ \t]+[A-Z][\w]+(?:[ \t][A-Z][\w]+){0,2}[ \t]*$")
_NAME_SAID_RE = re.compile(  # "Dana Lin said", after a quote (or "said the star")
    rf"(?:[Hh]e|[Ss]he|[Tt]hey|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){{0,2}}) {_SAID}|{_SAID} "
)
# what follows a quote's closing ” that ends its line: the line's end, or "he said"
_LINE_END_RE = re.compile(
    rf"[.,]?[ \t]*(?:\n|\Z)|,?[ \t]+(?:[Hh]e|[Ss]he|[Tt]hey|[A-Z][a-z]+)[ \t]+{_SAID}"
)
BULLETS = frozenset("•·*-–")  # what opens a list item: "• “...”"


def _closes_first(text: str, start: int, stop: int) -> bool:
    """Whether a closing ” comes before any opening “ in text[start:stop]."""
    close = text.find("”", start, stop)
    return close != -1 and not 0 <= text.find("“", start, close) < close


def _last_sentence_end(text: str, start: int, end: int) -> int:
    """Just after the last full stop, ! or ? followed by a space in text[start:end];
    0 when there is none."""
    found = max(text.rfind(f"{mark} ", start, end) for mark in ".!?")
    return found + 1 if found > start else 0


def _closed(text: str, i: int, at_end: bool = False) -> bool:
    """Whether another mark like the one at ``i`` follows it in its paragraph
    (``at_end``: and ends it, as a quote's paragraph '” So I own them ...”.' does, or
    comes before "he said"; not a stray '” marks ” all')."""
    close = text.find(text[i], i + 1, i + 3_000)
    if close == -1 or "\n" in text[i:close]:
        return False
    return not at_end or _LINE_END_RE.match(text, close + 1) is not None


def _nests(text: str, i: int, end: int) -> bool:
    """Whether the straight marks from ``i`` on open and close quotes inside the one open,
    then close it, with as many marks left before the paragraph's ``end`` as pair up: every
    mark after a space and before a word opens, every other closes. Only in the last 2,000
    characters of a paragraph: no mark reads more than that (a long paragraph of marks
    stays linear)."""
    if end - i > 2_000:
        return False
    depth = 0
    pos = i
    while pos != -1:
        if text[pos - 1] in " (" and text[pos + 1 : pos + 2].isalnum():
            depth += 1
        elif text[pos - 1].isspace():
            return False  # (a mark between spaces: no telling)
        else:
            depth -= 1
            if depth < 0:
                return (
                    not text[pos + 1 : pos + 2].isalnum() and text.count('"', pos + 1, end) % 2 == 0
                )
        pos = text.find('"', pos + 1, end)
    return False


def _spaced_open(text: str, i: int) -> bool:
    """Whether a straight mark before a space opens a quote: '" The waves ..."' at a
    line's start, '" Europe went positive," the finance officer said', 'are
    " unacceptable," and', 'said " we are all committed ", he' (but not '..., " he said.
    "We ...', a closing mark whose opening one is missing)."""
    if (
        text[i - 1 : i] in ("\n", "")
        and text.startswith(" '", i + 1)
        and text[i + 3 : i + 4].isalnum()
    ):
        return True  # '" \'I don't have a lot to say', a quote of a quote, as courts print one
    if text[i - 1 : i] not in ("\n", "", " ") or not text[i + 2 : i + 3].isalnum():
        return False
    if not _closed(text, i):
        return False
    close = text.find('"', i + 1)
    if text[close - 1] in ",.!?":
        return True
    if text[i - 1 : i] != " ":
        return _closed(text, i, at_end=True)
    return not text[close + 1 : close + 2].isalnum()


def _line_end(text: str, i: int) -> int:
    end = text.find("\n", i)
    return len(text) if end == -1 else end


def _ends_with_colon(text: str, end: int) -> bool:
    k = end - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    return k >= 0 and text[k] == ":"


def _mark_positions(text: str) -> list[int]:
    """Where the quotation marks and apostrophes-in-question are, in text order."""
    scans = (
        find_all(pattern, text)
        for mark, pattern in _MARK_RES.items()
        if mark in text  # a quick search: most texts use two or three kinds of mark
    )
    return sorted(chain.from_iterable(scans))


_INNER_OPEN_RE = re.compile(r"(?<![\w’'])(?<!\n[\"“] )['‘](?=\w)")  # (not one repeated at a
# paragraph's start, as the quote of a quote goes on)


def _close(text: str, open_pos: int, close: int, recovered: bool, spans: list[Span]) -> None:
    start, end = open_pos + 1, close
    while start < end and text[start].isspace():  # « guillemets » keep spaces inside
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and text[end - 1] == "\\":
        end -= 1  # '\"woke.\"', copied with its escapes: the backslash is the mark's
    if (
        end - start > 2
        and text[start] in "'‘"
        and text[end - 1] in "'’"
        and text[end - 2] in ".,!?"
        and text[start + 1].isalnum()
        and _INNER_OPEN_RE.search(text, start + 1, end - 1) is None
    ):  # '" \'I don't ... It's as simple as that.\' "': the quote of a quote, all of it
        # (not "‘Fire!’ they shouted, and I ran ‘away.’", two in it)
        start, end = start + 1, end - 1
    if end > start:
        spans.append(Span(start, end, open_pos, close, recovered))


def _double_role(
    text: str, i: int, ch: str, stack: list[tuple[str, str, int]], doubles: int
) -> str:
    top = None
    if doubles:
        top = next(m for m, f, _ in reversed(stack) if f == DOUBLE)
    prev = text[i - 1] if i else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if ch == "″":
        return "ignore" if top is None else "close"  # (it never opens: an inch mark)
    if top is None:
        if ch == "”":  # opens only in Swedish/Finnish style, right before a word, or in
            # copy that types ” for both marks ('saying ” We will ...”'), before a space
            if (
                prev.isspace()
                and (
                    nxt.isalnum()
                    or nxt == " "
                    and text[i + 2 : i + 3].isalnum()
                    and _closed(text, i, at_end=prev == "\n")
                )
            ) or (prev in ".!?,:" and nxt.isupper() and _closed(text, i)):  # 'he said.”I am',
                return "open"  # 'Kapoor said,”I think'
            if prev == ":" and nxt == " " and text[i + 2 : i + 3].isupper():
                return "open"  # 'Smith said:” We have heard from 220 people'
            if (
                prev == ","
                and nxt == " "
                and text[i + 2 : i + 3].isupper()
                and (later := _DOUBLE_MARK_RE.search(text, i + 1, _line_end(text, i)))
                and later.group() in '”"'
            ):
                return "open"  # 'She further said,” I expected more."'
            return "ignore"
        if ch in '"»' and (nxt.isspace() or i + 1 == len(text)):
            return "ignore"  # (nor a » before a space: "Kabul airport » Twelve died")
        return "open"
    if ch == "„":
        return "open"
    if ch == "«":
        return "close" if top == "»" else "open"
    if ch == "»":
        return "close" if top == "«" else "ignore" if nxt.isspace() else "open"
    if ch == "“" and top == "“" and prev == " " and _NAME_SAID_RE.match(text, i + 1):
        return "close"  # '... in Texas, “Fletcher said': the closing mark typed as an opening one
    if ch == "“" and top not in "„" and prev in " \t\n([—" and not nxt.isspace():
        return "open"  # a nested opening curly mark (or one in brackets: 'rude (“shut up”)')
    if (
        ch == "”"
        and top == "“"
        and prev == " "
        and nxt.isalpha()
        and (inner := text.find("”", i + 1, end := _line_end(text, i))) != -1
        and text.find("”", inner + 1, end) != -1
    ):  # '“I begged him for land to build a ”koora” (hut). ...,” she said': a nested
        return "open"  # opening mark typed as a closing one, the quote's own closing later
    return "close"
