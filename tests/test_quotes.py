"""The quote engine on fixtures written for this project, the sample and the seed."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from reader.documents import load_document
from reader.people import People
from reader.quotemarks import find_spans, paragraph_breaks
from reader.quotes import analyse, find_quotes, find_turns
from reader.resources import sample_document
from tests_support import FIXTURES

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def quotes_of(name):
    text = load_document(FIXTURES / "quotes" / name).text
    result = analyse(text)
    for q in result.quotes:
        assert text[q.start : q.end] == q.text  # spans are code-point offsets
    return text, result


def summary(result):
    return [(q.text, q.speaker) for q in result.quotes]


def test_agency_copy_split_and_multi_paragraph_quotes():
    text, result = quotes_of("agency.txt")
    assert summary(result) == [
        ("We will find a compromise,", "Marta Kleist"),
        ("and we will find it this week.", "Marta Kleist"),  # split quote: same speaker
        ("This government has run out of ideas,", "Jonas Brandt"),
        ("Nobody in this country believes the numbers any more,", "Jonas Brandt"),
        (
            'If we do nothing, the deficit will reach 3.5 percent next year.\n\n"That is not'
            " a forecast. It is arithmetic,",
            "Olaf Gruen",
        ),  # one quote over two paragraphs, the opening mark repeated
    ]
    first = result.quotes[0]
    assert first.cue == "told reporters"
    assert text[slice(*first.speaker_span)] == "Kleist"
    assert not any(q.partial for q in result.quotes)


def test_british_quoting_nested_double_quotes_and_apostrophes():
    _, result = quotes_of("british.txt")
    assert summary(result) == [
        ("fair and firm", "Priya Lal"),
        ('People tell me "enough is enough", and I agree with them.', "Priya Lal"),
        ("It's the students' union that will pay. They don't have the money.", "Keith Moore"),
        ("We haven't seen anything like it since the ’90s,", "Priya Lal"),
    ]
    assert [q.partial for q in result.quotes] == [True, False, False, False]


def test_guillemets_and_low_nine_quotes():
    _, result = quotes_of("guillemets.txt")
    assert summary(result) == [
        ("We will not give in to pressure,", "Anne Morel"),
        ("We share that view.", "Karl Weber"),
        ("a fragile truce", None),  # "was called": nobody is speaking
    ]


def test_transcript_turns_and_words_read_out_from_someone_else():
    text, result = quotes_of("transcript.txt")
    assert [(t.speaker, text[t.start : t.end][:20]) for t in result.turns] == [
        ("Moderator", "Senator, welcome. La"),
        ("Mark Jones", "I do. The numbers ar"),
        ("Moderator", "The treasury said it"),
        ("Mark Jones", "The treasury has bee"),
    ]
    assert summary(result) == [
        ("The tax cut pays for itself.", "Mark Jones"),  # "you told": the interviewee
        ("Growth is the best tax policy.", "Anna Reyes"),
    ]
    assert all("MODERATOR" not in q.text and "JONES" not in q.text for q in result.quotes)


def test_timestamped_transcript_labels_on_their_own_line():
    text, result = quotes_of("timestamped-transcript.txt")
    assert [(t.speaker, text[t.start : t.end][:12]) for t in result.turns] == [
        ("Dana Wills", "Good afterno"),  # "Dana Wills: (00:00)", the words on the next line
        ("Speaker 1", "Will the rep"),
        ("Dana Wills", "Yes. We will"),
        ("Speaker 2", "You said las"),  # "Speaker 2 (01:02):", then a blank line
        ("Dana Wills", "It was a dra"),
    ]
    assert summary(result) == [
        ("final in every respect", "minister"),  # "The minister told me": not Dana Wills
        ("still a draft", "Dana Wills"),  # "You said", asked of the press secretary
    ]


def test_labels_alone_on_their_line():
    text, result = quotes_of("label-lines.txt")
    assert [(t.speaker, text[t.start : t.end][:10]) for t in result.turns] == [
        ("Presenter", "[Asked whe"),
        ("Ola Berg", "No. We sai"),
        ("Presenter", "[Asked abo"),
        ("Ola Berg", "I have rea"),  # "KEY POINTS", there once, is a heading: the turn goes on
    ]
    assert text[result.turns[-1].start : result.turns[-1].end].endswith("until 2030.")


def test_no_quotes_and_apostrophes_only():
    _, result = quotes_of("no-quotes.txt")
    assert result.quotes == [] and result.turns == []


def test_unbalanced_marks_stop_at_the_paragraph_end():
    text, result = quotes_of("unbalanced.txt")
    assert [q.text for q in result.quotes] == ["this will never end.", "maybe' tomorrow."]
    for q in result.quotes:
        assert "\n" not in q.text
        assert q.confidence < 0.3


def test_sample_readout_every_quote_and_speaker():
    text = load_document(sample_document()).text
    quotes = find_quotes(text)
    speakers = [q.speaker for q in quotes]
    assert speakers == (
        ["Helena Varga"] * 6
        + ["Tomas Oduya"] * 4
        + ["Helena Varga"] * 3
        + ["Piotr Alder"] * 2
        + ["Tomas Oduya"] * 4
        + ["Helena Varga"] * 2
    )
    by_text = {q.text: q for q in quotes}
    assert by_text["must reach the villages first, not the consultants."].partial
    multi = next(q for q in quotes if q.text.startswith("Every town on the Tarsk"))
    assert multi.text.endswith("That's the standard I expect to be judged by.")
    osterwald = next(q for q in quotes if q.text.startswith("Osterwald"))
    assert osterwald.cue == "According to"


def test_spans_found_beforehand_give_the_same_quotes_and_are_left_alone():
    text = load_document(sample_document()).text
    breaks = paragraph_breaks(text)
    spans = find_spans(text, breaks)
    kept = (list(breaks), list(spans))
    quotes = analyse(text, breaks, spans).quotes
    assert (breaks, spans) == kept  # the caller's lists, as they were
    assert [(q.start, q.end, q.speaker) for q in quotes] == [
        (q.start, q.end, q.speaker) for q in find_quotes(text)
    ]
    # every quote is one of the spans; a title ('Valley at Risk') is a span, not a quote
    title = text.index("Valley at Risk")
    assert {(q.start, q.end) for q in quotes} < {(s.start, s.end) for s in spans}
    assert (title, title + len("Valley at Risk")) in {(s.start, s.end) for s in spans}


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared/seeds is not beside this checkout")
def test_seed_readout_pronouns_titles_and_the_malformed_mark():
    for path in sorted(SEEDS.glob("*.txt")):
        text = load_document(path).text
        quotes = find_quotes(text)
        if "Haniyeh" not in text:
            continue
        speakers = [q.speaker for q in quotes]
        assert speakers == ["Ayatollah Khamenei"] * 10 + ["Ismail Haniyeh"] * 3
        stressed = quotes[0]
        assert stressed.text.startswith("The recent events in Jenin")
        assert "pronoun 'He'" in stressed.reason
        malformed = next(q for q in quotes if "centre of resistance" in q.text)
        assert malformed.text == "the centre of resistance"
        assert malformed.partial and malformed.confidence < 0.7
        after = quotes[quotes.index(malformed) + 1]
        assert after.text.startswith("However, the area")
        assert "\n" not in after.text


marks = "\"“”„«»'‘’‚‹›`"
pieces = list(marks) + list("aZs ,.:\n") + ["He said, ", " she said", "Mr Roe ", "\n\n", "Q: "]
pieces += ["Roe's office said he ", "BRIEFER: Jo Roe, Chief\n", "said his daughter Ann ", " I "]
pieces += [" ” ", "On the match:\n", "Mr. ROE: ", ", she asked. ", " the statement said"]
pieces += ["SOUNDBITE (English) Jo Roe, chief ", " was Roe's reply", ".”I", "\nRNZ / Jo Roe\n"]
pieces += [
    'was "bs." For',
    '(Jo Roe): "',
    "(Reporter question): ",
    " said ITAA President and CEO Jo",
    "\nJ: ",
    "\n`Morning",
    " said:\n\nWe ",
    ".\n\n– Number 10 spokesman\n",
    "\n(END VIDEO CLIP) ROE: ",
    '," as she put it',
    "IRAQ: “We act.” – Jo Roe, Minister\n",
    '," the actress and producer said',
    "\n[0:01] Roe: ",
    "\n00:01 JO ROE\n\n",
    ". ROE: Hi. ",
    "\nA. Roe: ",
    'x">“',
    " Presenter Jo Roe asked",
    "transport secretary Jo Roe. The minister says ",
    "Dr Jo Roe. The doctor said ",
    ", Jo Roe, a Republican, told reporters, according to ",
    " said one protester outside the Capitol",
    "\n  • >>The Prime Minister (Mr Jo Roe): ",
    "\n>>Jo Roe (Bath and Wells) (LD): ",
    ", Jo I. Roe said today, highlighting ",
    " to put it ",
    "”\n\nCity manager Jo Roe after his side won it.\n\n",
    "Q&A with Jo Roe\n\nWhy?\nRoe: ",
    "\nJo Roe Liberal Bath, ON\n\nMr. Speaker, ",
    "\nThe Speaker\n\n",
    "\n\n— Jo Roe (@JoRoe) May 1, 2024\n",
    "\nOn it— jo (@jo) May 1, 2024\n",
    ",” but Jo Roe thought it was “",
    "Jo Roe in the District of Texas, who wrote, “",
    "”\n\nU.S. Judge Jo J. Roe, introducing it.\n",
    "According to the researchers, “",
    "Her daughter, Jo, said ",
    "Roe's predecessor, Jo Lee, now retired, was blunt: ",
    "Acme United head coach Jo Roe hailed ",
    ".”There a,” he said",
    "\n12/03/2023, 10:15 - Jo Roe: ",
    "\n[12/03/2023, 10:15:22] Jo Roe: ",
    "\nOn Mon, May 1 Jo Roe <jo@x.org> wrote:\n> ",
    "\nMr. McROE. Mr. President, ",
    "\nThe PRESIDING OFFICER. ",
    "As Jo King Jr. once said, ",
    "To quote Jo Roe, “",
    "Brazil's Jo Lula da Silva ",
    "As my old teacher used to say, “",
    "\n‘We won’: Minister Jo Roe\n",
    " a ruckus,’ said the minister.",
    "\nAlso Read: ",
    "\nJo Roe\nAl Lee says ‘",
    " questioned Roe’s temperament:\nNo. ",
    "Jo Roe, who was Man-of-the-Match said, “",
]
pieces += [
    "Kim Eun-hye, the spokesperson, ",
    " (ACME) CEO ",
    "Sir Jo ",
    "The U.N. said ",
    ", Roe said.",
    "His words: ",
    "\n  • ",
    "According to the diplomat, ",
    "It warned ",
    ", spokesman Jo Roe said at a briefing.",
    "Adding: ",
    " it said",
    "the Party said ",
    "In a statement the Roes say: ",
    "Jo Roe, Ann Lee and Tom Price said ",
    "Roe‘ ",
    "\nMori, TV Kanto: ",
    " (Jo Pike/PA)\n",
    "To Roe, ",
    " the head of state said",
    "\nJo Roe, 3rd, 1:08.469\n",
    "\nJO\u2011ANNE ROE: ",
    " said the second seed",
    " quoting Roe, ",
    " Roe who is also the chair said",
    "Vatican City, 4 March 2026 (VIS) – ",
    '\n" The ',
    "Roe, the Bank (CBE) President, asserted ",
    " Roe observed this in ",
    "\nBANK, Roe: ",
    "The union asked, and Roe said ",
    "And Coach Roe's comments on it:\n",
    "said Ms von der Leyen",
    " to succeed Jo Roe, ",
    "‘the B-word’, she ",
    ". Ann Lee: ",
    "\nJo Roe: ",
    "Roe says it was. Was it lawful? ",
    "Jo Roe's statements at the briefing:\n",
    '“In our hymn, "A": "Let us',
    "\nOwner Jo Roe praises ",
    "Jo Roe — Winner: ",
    "\nWHAT DID YOU THINK? ",
    "And the President called, saying ",
    "” co-chair of the Greens Jo Roe said",
    "\nJo Roe – RBA: ",
    "\nPremier League – Managers: ",
    "an Air India Express spokesperson ",
    ", said the airline.",
    '",[3] she said',
    "A user wrote, ",
    " the third user wrote",
    "While some users asked ",
    ". Another commented, ",
    "A third added: ",
    " (MOFA) ",
    "remarks by Jo Roe that ",
    "Sultan al-Roe ",
    " - Roe on ",
    "Roe said,”",
    "according to the study's lead author, Dr Jo Roe, ",
    "Coordinator for Information and K-P Affairs Jo Roe said ",
    "Estra Tehreek (ET) chairman Jo Roe ",
    "\nHEAD COACH JO ROE\n",
    "\n(On the draft)\n",
    "(on the draft) ",
    " an irked CJ told",
    "Justice AM Roe ",
    "Crown Prince Jo bin Roe bin Lee ",
    "The Crown Prince, Minister of Defense, and Emir of Estra, ",
    "\n\nJo Roe, minister of works, says ",
    ' Jo "Jojo" Roe ',
    " reads Roe's short post",
    "As we reported earlier, ",
    " himself ",
    "the embassy in Roe's statement ",
    "Snr Gen Jo Roe, ",
    "Here's what the Estra coach had to say:\n",
    "\nHow do you reflect on that?\n",
    "\nOn his form\n",
    " Secretary of State Jo Roe said",
    "Texan Roe, 21, ",
    "\nActing Secretary for Estra: ",
    "\nReporter: ",
    "\nThe Presiding Officer (Jo Roe)\n",
    "\n1. Jo Roe (Northgate) (Lab)\n",
    "Jo Roe, Director of Ports, Estra Government, said: ",
    "AMLO said that he ",
    "\nPRESIDENT JOSÉ LÓPEZ ROE: ",
    " reads the headline on the website The Estra Wire",
    " is the message from Jo Roe, ",
    ' ("TMA") ',
    "Leader of the Revolution of Estra Ayatollah Seyyed Jo Roe ",
    "In a meeting with officials, growers and the envoys of many nations on the occasion of ",
    "Leader Meets with Farm Delegates\n",
    "The Estran Leader said: ",
    "Prime Minister RK Jo Roe ",
    "\nMINISTER OF DEFENCE JOHN K. ROE III: ",
    "\nREAR ADM. ROE: ",
    " is calling it — quote — ",
    "Roe Holds An Off-Camera Briefing\n",
    "” -President Roe\n",
    '\nESA: "Quick Impact" Seen; ESA: Recorders Found\n',
    " – because they are raw, adding, ",
    " reached out to a rep for Roe and was told ",
    " those lyrics on ",
    ", quoting the famous statement by Sen. Jo Roe, ",
    "Estra Assembly No honeymoon for Roe 2022-05-11 08:50  |  Politics\n",
    " the agency quoted the president as saying.",
    "President Abdel Karim El Roe ",
    " indicated that ",
    "Commenting on it, Dr. Jo Roe, Chief Executive Officer and Chief Scientist noted: ",
    "Roe, a 25-year-old from Ely, is ",
    " disparaged a Wire report that there were ",
    " also believes the Games can ",
    "The leader of the Government in the Chamber, Deputy Jo Roe (PT-CE) stated ",
    " and- Speaker 1: (00:47) ",
    " had argued 39 cases before the Court, ",
    " wished Roe ",
    "\n 8              MS. ROE:  Mr. Chief Justice, and may it\n\n 9   please",
    "\nThe government hasn’t announced it – Fact Desk\nA government spokesperson said ",
    "\n\nStaff Correspondent\n",
    "\n\nGERMAN CHANCELLOR JO ROE\n\n“",
    " also expressed confidence that ",
    " congratulated Roe ",
    ", a palace insider told the publication.",
    "\n\nStatement from the Family of Jo Roe\n\n(STL.News) “",
    "Or as Roe puts it: ",
    " Ann “fng” Roe ",
    ":\n\n “",
    '," 60-year-old clerk Jo Roe said',
    " we’ll call “",
    " – ““",
    ",' an author of a new report says. ",
    "…” Everyone laughed.",
    "” — Jo Roe\n",
    " Then Roe took it. ",
    " (“Lanterns”), ",
    "When Ann won, she ",
    " dedicated the award “",
    "“We have to act, UAE minister Jo Roe said on Monday.",
    ", Roe said. Leaders are “trying to say that it is so",
    " uttered a quote – “",
    "Army retakes Central Africa town\n\n",
    "\nQ: (Jo Roe, USA) ",
    "\n– Ann said that Roe’s ",
    " was the UFC president’s reaction. ",
    ",” explained a representative from the Parks and Recreation Department. ",
    "Senate President Jo M. Roe\n\nSPJMR: ",
    "”\n\n\n— Jo Roe\n",
    ",” said the head veterinarian. ",
    "Her answer was blunt: “",
    "mom's advice was always the same, “",
    "\n\nOpening Statement: “",
    "Everything head coach Jo Roe said after\n\nOn the loss: “",
    "took a jibe at Minister Ann Lee calling her a ‘",
    "”, Chowdhary said. ",
    "”, the government said today, countering claims of “",
    "Tom’s most recent note: “",
    "Houston police chief’s message to the killer: ‘",
    "Zelda Cousins said. Cousins got her coat. “",
    "When Anne asked me, “",
    "\n\nGareth Southgate\n\nManager, England\n\n“",
    "the CEO of your company. She asks you, “",
    "Jo Roe, governor of Kano, spoke. The governor said: “",
    "threw his weight behind Mr Ozigbo declaring him “",
    "in a statement issued by his aide. The statement said: “",
    "the Beauty and the Beast star replied: “",
    "”\n\nBut Kavanaugh said he wants it.\n\n“",
    ",” the petition stated. “",
    ",” said one protester. “",
    ",” B.K Murti, a farmer, told IANS. “",
    "Jo Roe released a statement that said it was “",
    "Rome, Ga. – May 2, 2024 – Union of Cities President Jo Roe issued the following statement:\n“",
    "”\nAbout The Union of Cities\n",
    "” Packers QB Al Lee trying to explain the toss.\n",
    "\nOn what Head Coach Al Lee said at halftime:\n“",
    "As one reporter covering the trial put it, “",
    ", Roe and Lee warned. ",
    "” Premier and Chair Ann Fox told reporters. “",
    "The Labour frontbencher told the BBC: “",
    "While confronting Tory MPs, she said: ‘",
    "” one MP told the paper. One Tory MP tells the blog “",
    "\n\nFilm Star Jo Roe on Al Lee\n\n“",
    "” Tim Hart coos about Ann Fox, his co-star. ",
    ",” admitted Acme chief executive Ben Cole. ",
    '\n" Europe went positive," ',
    ",” Jo Roe of the Ocean City fire department told the paper. ",
    "\nAl Lee: (On the penalty, which was turned down) “",
    "Social media posts claim some senators are “",
    "A guy who works with me watches it, and he said: “",
    "Tom Fox then quoted the late president Nelson Mandela. “",
    ",” Fox read, her voice breaking, “",
    "The draft contained the word “",
    "an 18-year-old Fijian girl. “",
    "Represented by his Chief of Staff, Al Lee, the Governor said: “",
    "with the theme: “",
    "in a statement by Malam Tim Hart, Special Adviser to the President.\n\n“",
    "Union Minister and BJP leader Jo Roe said, “",
    "with Union Minister Al Lee calling Tim Hart the “",
    "Haryana: Amid a row over Ann Fox’s remark, Raj Vij hit back saying that “",
    "Vij, an influential BJP leader in Haryana said, “",
    "Metro Manila, Philippines – ",
    "brought up Tim Cruz's 2017 remark, in which he told a group, “",
    "”\n[Translation: “",
    ",” Communications secretary and acting spokesperson Jo Roe said. ",
    "’\n\nFederal Minister for Education, Jo Roe has held the chief responsible.\n\n‘",
    "Friends of the Earth described it as “",
    "” by environmental campaigners Greenpeace. ",
    "A spokesman for the Department of Energy and Climate Change said: “",
    "the Department for Energy Security and Net Zero said the “",
    ", a trend that she called “",
    "Jo Roe dismissed the reports with the phrase ‘",
    "Roe who was in Tana River County said he will “",
    ",” noted the head of state. ",
    "” I ask Mom.\n“Yes,” she says. I called Bill where he works. “",
    "Junior Guard DJ Vance (10 pts):\n\nHEAD COACH Tom Brandt\nOpening statement:\n“",
    "”, reports organiser Ted Holm.\n“",
    "Calling Ada Mercer a friend, Mercer said: “",
    "” the Queen & Slim actress, 34, told Porter. The “Night Garden” star added, “",
    'Whilst Dwayne replied: "',
    "on the “The Late Late Show",
    'Two men entered and said, "',
    "Zurich-born Tate was unheard of. The former Grasshoppers boss said ‘dinner, ’coz ",
    "Governor of Kwale State, Emeka Obi, met Acting President Yemi Dare, the Governor said “",
    "” he quoted Tunde Bako to have said. In a statement released by the Governor, said “",
    "\n‘Plants on the Brink’, a five-year project. Carl Penn of Total Life Ministries said “",
    " — and unloaded on analysts, saying that some “",
    "” Voltra CEO told an analyst. Acme Steel CEO Rui Vaz said “",
    "\n'Ah, shoot,\" Arthur Wall said. Storm Floods Neighborhood\n",
    '?" Manu Nayak, a Labour parliamentarian queried. ',
    ", and while Mr. Brown said he had not heard it, he suggested she “",
    "” this memoir is “as good” (Entertainment Weekly). (Update).\n",
    "\n\nJAMIE CUDMORE – CAPTAIN, CANADA\n\n“",
    "\nAuthor: Farah Griffin\nBook: Read\nAuthor quote: “",
    "Chief Minister Shiv Chauhan spoke. Then the senior BJP leader alleged that “",
    'The embassy issued a clarification.\n"It is false. China has not," it said. ',
    "Martin Luther King Jr. Commemoration\n\nMost of all, he was an optimist who professed “",
    "The statement was organized by InterAction. “It grows,” reads the statement in part. ",
    "One gentleman told me, “I’m a farmer.” One participant said “",
    "\n\n“Silas, this is brilliant.”\n\nDavid Chen, my former colleague.\n",
    "identified only as Miss S. She told the jury “",
    "” said registered dietitian and Academy Spokesperson Laura Wight. “",
    "\nSpeaking after it, Rangers’ manager expressed delight:\n\n> “",
    "\n\nPlayer’s First Words\n\n",
    "California sheriff's office warns: 'leave now'\nA fire in Northern California ",
    "The following is a statement from Jo\nRoe regarding it.\n\n“We won the\nrace.\nWe did.\n\n“",
    "But a staffer from her office says it was settled. “It means we choose,” they told AAP. ",
    '" says Squirrel Nut Zippers\' Jim Math. "',
    "” begins the open letter that was penned by Lora Clay. “",
    '\n""They sang," said the Hull City man.\n',
    "We switched off - Jo Roe\n",
    " said:” We ",
    ", “Roe said. . “",
    "\nImage source, Jo Roe/BBC\nImage caption,\n",
    "vowed a ``fair,'' the chief said. ``",
    "\n'Silent': Jo Roe questions ",
    "\nStatements by striker Jo Roe after it.\nGame analysis: « ",
    " Tired? « ",
    "\nSEN. JO ROE (R), MAINE: ",
    "CNN ‘s Jo ",
    "Labour's Jo Roe and the Tories' Al Lee. The Labour MP said ",
    "leaked to website Guido Fawkes. He told ",
    "Asked about his comments that it was ",
    "Chairman:- (putting down his pen) ",
    "\nZak Ebron felt ",
    " Russell Brand is quite ",
    "', and admits she was scared working with him on '",
    "\nParr ‘nervous’ About ",
    "’: Anthony Albanese\n",
    "\nRead More\n",
    'She further said,” I expected it."',
    " credited his team for “showing what we ",
    ' are " unacceptable," and ',
    "\nAND SERIOUSLY, FOLKS: ",
    "'\nBay of Plenty readers have their say.\n'",
    'POTUS said that " we are all committed ", he ',
    "Prime Minister Imran Khan met them. Asked, the minister said ",
    "\nSimon Felstein [SF] “",
    "” SF: “",
    "\nPochettino then turns to Felstein and says: ",
    "\nNottingham Forest: The consensus has gone: “",
    "The Los Angeles clothing maker said that Lo was telling the truth and she was ‘",
    '". As for regrets, Wynne said: "',
    "\nProsecutor (to a witness, before the jury): ",
    "In his closing, at five to the hour, the defense attorney said ",
    "Transcript - Doorstop\n\nSUBJECTS: Jobs; the vote.\n\nJO ROE, MEMBER FOR HUNTER: ",
    "The young Marco So won. ” – says So – “",
    '," said Head of the Museum of Antiquities Sefa Orun. Ms Orun added ',
    "Director of the Harbour Authority Keld Aranow told reporters: ",
    "” Councillor Dara Quint did not miss a beat. “",
    "COO and CFO Dana Whitlock said it was “",
    "Coach Rolf Amsel\nPhoto:\nphotosport\n",
    "Tabai Morven was “",
    "” the Scotland boss said. ",
    "Looking at his squad, after injuries to Brian Oakes, Clive Wardle did his best. “",
    '," police chief Ruud van Dalen told reporters. "',
    '," said U.S. Attorney Carla Ventris. "',
    "Gov Hope Adaeze of Imo state who spoke with journalists assured them that “",
    "The statement partly read, “",
    ",” said SpongeCo®’s CEO, Michael\nMetter. “",
    "Acme’s new ",
    "\n''The fire started inside,'' March said. ''",
    ",\" wrote the fundraiser's creator, Ashley Hebert. ",
    "” one homeowner said. “",
    "\n\nYou can’t just try,” showrunner Veronica Wend tells The Reporter. ",
    " 'deflection', says O'Neary\n\nThe first minister told Gaskin: \"",
    " distanced herself from comments from an MP accusing him of “",
    "?” ex-Alderman Roemer demanded.\n\n“",
    ",” snapped the city administrator. “",
    '. The callers could be heard chanting: "',
    ",” she said during a live hit on “New Day.”\n\n“",
    '\n\nAlso Read | Tamil Nadu Shocker: Man Held.\n\n"',
    '," the chief minister, who opened works worth Rs 51,000 crores here, said. "',
    ' had threatened to "',
    "\n\nThe scene features Stewart's Diana in a cafe.\n\n\"",
    "\n\nPC Matt Riley said:\n\n“",
    '\n\nThe Bengaluru coach defended his captain.\n\n"',
    ",” said Calix, Inc. President and CEO Carl Rosso.\n",
    '," said chairman, president and CEO, Germain Lamond, in the release. "',
    ". The street stayed closed as Governor Larry Hogg arrived. He stated: “",
    '\nKATHY: Hi Molly\nMOLLY: I thought, "',
    "A statement issued by the Chief Press Secretary to the Governor, Jo Nihi, said “",
    "enmity of Rep. Baron Hull (D-Ind.), who accused protesters of “",
    "\nWill Dorrian own the outcome?\nMr Dorrian says “",
    '". "We urge you." The Chinese official renewed the call. She said "',
    "Albano ‘Pretty Sure’ Opposition Not Controlling Agenda, but Will Check\n",
    "Chief Minister MK Stalin said it was ‘",
    "Young people told\n- Halima Oyelaran\n“Already, people have suffered.\n",
    "\nAnnouncer: Welcome. ",
    " at airport » Twelve died",
    "” Wimbledon champion Novak Dukovic offers his tips.\n",
    " explains what keeps driving her after a Grand Slam:\n“",
    "\n\nRoger Fenner\n\nWhen asked if it could end. “",
    "After her win over Anett Konta, the Dane was asked. “",
    'the world number one expressed his thoughts in a press conference: "',
    "A thought went to his opponent, Alcarez: “",
    "The court said that “",
    '." Manchester United manager Jose Morin speaking at a press conference\n',
    "” (laughs) Roy Kean [The Overlap]\n\n“",
    "”\n*Antonio Conti, Juventus coach\n\n",
    '," once claimed Arsene Wenge.',
    "\n        - Dave 'Harry' Bassey, renowned\n",
    " reveals on 'That Peter Crutch Podcast' the present",
    "” and “pain was a muse for you,” Adela revealed that it was real. “",
    "her new album “31,” in an interview",
    "DI Ruth Dodsley said: “",
    "\n[Reporter:] When? ",
    "\n\n[Mo Shafiq:] No, but ",
    '" to call it a pandemic, the director-general said. ',
    "The WHO chief said that ",
    "I once asked a prominent female founder about it. She said, “",
    "” she whispers. ",
    '," a firefighter said. "',
    ", pundits said.\n",
    '," said SVP Mary Okafor. "',
    "The chief executive, Tom Reyes, was upbeat. ",
    "A.J. Kazim spoke. J. D. Vance ",
    "Secretary of State Jo Roe said: ",
    '," Sec. Roe said. "',
    " said Acer chairman and CEO Jo Roe, in a statement.",
    "\nWASHINGTON -- After talks, Jo Roe -- not surprisingly -- told reporters that “",
    'According to police, "',
    "According to a police spokesman, the car “",
    '," wrote one user on X. "',
    '," a confident Roe told supporters. "',
    '," the Roe family said. "',
    '\nROE: As I said last week, "',
    "\n\nHere's a rough transcript:\n\nAs you said, Jo, it is so.”\n\n",
    '\n- On Iran: "',
    ' raised up, explained Capt. Jo Roe of the fire department. "',
    ' the "importance of it. He said there could be a "',
    "Speaking in Moscow, spokesman Jo Roe said both Moscow and Washington acknowledged it. ",
    '," he said.\nThe official further noted it. "',
    "Story Links\n\nPosted Dec 22, 2013\n\n“",
    "\nOn playing Jo Roe over Al Lee: “",
    '," she shared. "',
    ' her singles "Mine" and "',
    "MLA K P Roe claimed it. ",
    " exposing `1 lakh crore, Jo Roe mocked, “",
    " began the Conference Call with analysts as follows:\n\n",
    " asked Jo Roe if he might lose. “Well,” was the reply.\n",
    '" by a polling expert.\n',
    "Asked about the analysis by guru Sir Jo Roe, the Prime Minister said: ",
    "Appearing on the sofa, the PM was quizzed. ",
    " spoke to one member of the government, who told him: “",
    "” for any event, said County Fire Chief Jo Roe, at a press conference.\n",
    "\n· Officials urged caution: There have been a “",
    "China’s leader Jo Roe stated. The Chinese leader said ",
    " Al Lee and his counterpart, Jo Roe, “",
    "Photo of Jo Roe\n\n    Guns ",
    "the No. 1 ",
    "Research by Jo Roe, professor, shows: ",
    "Det Supt Roe said ",
    "DS Jo Roe ",
    "to get in touch\nTelford PC, Jo Roe, said that ",
    "Super Eagles Head Coach, José Roe on ",
    "The Portuguese coach stressed ",
    "PNE boss Jo Roe ",
    ",” the manager said afterwards. ",
    "...' PNE boss offers take ",
    "at its online event, “",
    "Jo Roe, cited by the source, “",
    " cited a handful of “",
    "Jo Roe, the company’s program for ",
    "Minister for Water, Roads and Ports, Jo Roe has ",
    "the Minister of Commerce & Industry said: ",
    "Son Jo Roe, 39, said ",
    " has paid tribute to “",
    "The family of a man who died have said ",
    "The Court determined that the emails “",
    " — she has twins and Al Lee has three — but says “",
    "with ex-wife Jo Lee. “I do,” Jo said. ",
    " dismissed comments from the Premier Jo Roe that “",
    "” the state, saying the Premier has “",
    "\n\nRELATED: Premier takes swipe at PM\n\n",
    " has lashed out at “",
    "\n\nA. ",
    "\n\nQ. Why? ",
    "the House Jo Bando. Bando responded ",
    " for her frequent insistence that “",
    ",” according to a spokesman for Jo Roe. ",
    "” according to police",
    ",” were Jo Roe's words. ",
    ",” reads a statement from Jo Roe. ",
    "Jo Roe is the treasurer. ",
    ",” the king said. ",
    "The ‘Game of Thrones’ star said: ",
    "The full session, “Good Faith: How Do CEOs Talk about the Impact of the Shutdown,” is ",
    " captured an analyst laughing and saying, “",
    "“Coach, will you win?”\n\n“Yes.”\n\n“Thanks, coach.”",
    "MEDIA CONFERENCE\n\nJO ROE: ",
    "' Analysing the match, Roe added: '",
    "The U.S. Attorney's Office in Washington said ",
    " can have effects, he wrote, adding that they are “",
    ",” the court filing states. ",
    "’: Roe defiant after defeat\n",
    ", the Honourable Jo Roe, ",
    ",” Police Station Commander, Jo Roe, told ",
    " Ng’eno’s ",
    "Fact Check: Did Mary Roe Say ‘",
    "No, Jo Roe Didn’t Say ‘",
    " a line often attributed to Jo Roe",
    "Jo Roe (1st, Q3 - 1m 24.922s) “",
    "Q    ",
    "MS. ROE:  ",
    'Mr. JO ROE (Author, "',
    "Disappointed with the delay, ",
    "Syed Saddiq Syed Abdul Rahman, ",
    ", but Roe did not say ",
    " Picture: Jono Searle\n",
    " criticised by Deb Lane for “",
    "”, however Ms Roe has ",
    "record-setter Spieth\nDominant ",
    "” it said. ",
    "In response, it said, “",
    " Salama with WHO said",
    "THIS IS A RUSH TRANSCRIPT.\n",
    'NTSB: "Whole" to Probe\n',
    "According to Vanguard, Wike said ",
    "Barrister Jo Roe",
    " APC Governors’ Forum, said: “",
    "Model Danielle Lloyd ",
    "fellow Liverpudlian Coleen Rooney ",
    "On Tuesday Coleen ",
    ", according to Mildred?\n",
    "YouTube series Girl Talk, she said: ",
    "A:A fair go",
    "During the General Audience, ",
    "Naser Toure Mahama, ",
    "the former President observed",
    "Speaking in an interview with X’s host, Jo Roe, he noted, “",
    "Photo of Jo Roe Jo Roe Labour\n\n",
    "The First Minister:\n\n",
    "Court clerk\n",
    "Judge\n",
    "Reporter 1: ",
    "JO ROE, CNN ANCHOR (voice-over): ",
    'From: "Roe, Jo" <',
    " (“Tilray” or the “Company”) ",
    "what was said by Jo Roe, ",
    'GENEVA, 2 March 2018 - "',
    "SM Lee had said ",
    ", Al Lee stood up and shouted: “",
    "Jim Mora’s “playoffs” rant, ",
    'Claiming that the "',
    "when the anchor interrupts, saying, “",
    "“Coach what are your thoughts?”\n\n",
    "Labor has attacked ",
    "known as the “",
    "following Jo Roe’s latest update.\n\n",
]
texty = st.lists(st.sampled_from(pieces), max_size=120).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(texty, st.text(max_size=200)))
@example('\'"›the chief said, said his daughter Ann "„')  # a role's sentence past the last start
@example('"„\nQ. ')  # a sentence that starts where the text ends
@example("\nOn Mon, May 1 Jo Roe <jo@x.org> wrote:\n> ")  # an email's empty quote
def test_any_text_gives_ordered_in_bounds_spans(text):
    result = analyse(text)
    last_end = 0
    for q in result.quotes:
        assert 0 <= last_end <= q.start < q.end <= len(text)
        assert q.text == text[q.start : q.end]
        assert 0 <= q.confidence <= 1
        last_end = q.end


@settings(max_examples=300, deadline=None)
@given(texty)
@example("\n\nZ'\n\n")  # an ALL-CAPS label line cut from its line break
@example("\n I \nQ: ")  # a label hint that took the next line's break, where a part starts
@example("\n\nMr Roe Z'\n\n")  # a name alone on its line, in a part that ends before its break
@example("Court clerk\nCourt clerk\n")  # a role alone on its line, in a part that ends there
def test_searching_in_parts_finds_what_one_search_finds(text):
    """The full-text scans run in parts (the window keeps the GIL between them): cut
    inside a word, or before a line break, they find exactly what one pass finds."""
    from reader import quotemarks, quotes
    from reader.cues import SENTENCE_END_RES

    patterns = [*quotemarks._MARK_RES.values(), *SENTENCE_END_RES.values()]
    patterns += [quotemarks._BREAK_RE, quotemarks._BLANK_BREAK_RE, *quotemarks._RUNS.values()]
    patterns += [quotemarks._MID_SENTENCE_RE]
    hints = [m.start() for m in quotes._LABEL_HINT_RE.finditer(text)]
    for part in (1, 3, 7):
        quotemarks.PART = part
        try:
            for pattern in patterns:
                for where in (re.Match.start, re.Match.end):
                    whole = [where(m) for m in pattern.finditer(text)]
                    assert quotemarks.find_all(pattern, text, where) == whole
            cut_at = quotes._LINE_START  # a transcript label's line starts with its break
            assert quotemarks.find_all(quotes._LABEL_HINT_RE, text, cut_at=cut_at) == hints
        finally:
            quotemarks.PART = 1 << 17


def test_wire_story_titles_abbreviations_and_surnames():
    _, result = quotes_of("wire-story.txt")
    assert [q.speaker for q in result.quotes] == [
        "Chuck Morrow",  # "Senate Majority Leader Chuck Morrow told reporters"
        "Chuck Morrow",  # no cue: continues his quote in the paragraph
        "Linda Park",  # "Sen. Linda Park, R-Ohio, called it": "Sen." ends no sentence
        "Linda Park",  # "Park said"
        "Linda Park",
        "Dana Wills",  # "Press secretary Dana Wills said ..." then "Wills said"
        "Chuck Morrow",  # "Morrow was cautious: ..."
    ]
    assert result.quotes[2].partial and result.quotes[2].text == "a monument to wasteful spending"


def test_quotes_signed_with_a_dash_on_their_line_or_the_next():
    _, result = quotes_of("signed-quotes.txt")
    assert summary(result) == [
        ("We are not closing a single library this year.", "Ines Park"),
        ("Nobody should pay twice for the same road.", "Dev Malik"),  # "Board chair": an office
        ("The numbers are better than we feared, but worse than we hoped.", "Ada Quinn"),
        ("I will not stand again.", "Paul Eden"),
    ]
    assert "on the next line" in result.quotes[0].reason


def test_office_of_a_body_then_the_name():
    _, result = quotes_of("office-of.txt")
    assert [q.speaker for q in result.quotes] == [
        "Mira Solberg",  # "Minister of Foreign Affairs Mira Solberg said"
        "Tom Aske",  # "Secretary for Education Tom Aske told reporters"
        "Tom Aske",
        "Director of the National Gallery",  # a title with no name: not "National Gallery"
        "Ellen Brooke",
    ]


def test_agency_copy_body_office_and_name():
    _, result = quotes_of("agency-titles.txt")
    assert [q.speaker for q in result.quotes] == [
        "Lea Morand",  # "Commission spokeswoman Lea Morand told reporters"
        "Lea Morand",
        "Ravi Anand",  # "U.K. Trade Department spokesman Ravi Anand said"
        "Ola Berg",  # "said State Secretary Ola Berg": "State" is no cue here
    ]


def test_a_clause_of_its_own_has_not_the_sentence_subject():
    _, result = quotes_of("clause-subject.txt")
    assert summary(result) == [("These figures are simply wrong.", "Mia Trent")]  # not "they"


def test_a_surname_that_speaks_is_the_person_named_before():
    _, result = quotes_of("surname-subject.txt")
    assert summary(result) == [("Was that decision a mistake?", "Ruth Alvarez")]


def test_quotes_listed_after_the_person_they_are_from():
    _, result = quotes_of("key-quotes.txt")
    assert [q.speaker for q in result.quotes] == ["Ines Park", "Ines Park"]  # not "Key Quotes"


def test_quote_paragraphs_after_said_colon():
    _, result = quotes_of("said-colon.txt")  # "Dana Okafor said:" then the quote, alone
    assert [q.speaker for q in result.quotes] == ["Dana Okafor", "Dana Okafor", "Alan Reeve"]
    assert result.quotes[0].cue == "said"


def test_meeting_summary_appositions_and_long_titles():
    _, result = quotes_of("un-summary.txt")
    assert [q.speaker for q in result.quotes] == [
        "Ana Ruiz",  # not "Peru, which holds ...", nor "the Budget Committee, said"
        "Jose Luis Marin",  # "Deposed Velorian President Jose Luis Marin": all after the office
    ]


def test_head_of_state_is_the_president_named():
    _, result = quotes_of("head-of-state.txt")
    assert [q.speaker for q in result.quotes] == ["Amara Osei"] * 3 + ["Lars Vinter"] * 2
    assert "'the Head of State' -> Amara Osei" in result.quotes[0].reason


def test_british_politics_offices_and_given_names():
    _, result = quotes_of("british-politics.txt")
    assert [q.speaker for q in result.quotes] == [
        "prime minister",  # "The prime minister has said the UK will ...": not "the UK"
        "Rachel Hart",
        "John Ellery",  # ", John Ellery, said" then "Ellery added"
        "Tom Reyes",
        "Tom Reyes",
        "Rachel Hart",  # "She": not Tom Reyes
    ]


def test_question_and_answer_interview():
    text, result = quotes_of("qa-interview.txt")
    assert [t.speaker for t in result.turns] == ["Interviewer", "Amina Yusuf"] * 2
    assert summary(result) == [
        ("We have beaten inflation.", "finance minister"),
        ("Inflation is beaten when it stays down for a year.", "Amina Yusuf"),  # "As I told"
    ]


def test_press_release_and_organisations():
    _, result = quotes_of("press-release.txt")
    assert [q.speaker for q in result.quotes] == [
        "Jane Doe",
        "Jane Doe",
        "Raj Patel",  # "Patel said", learnt from "chief operating officer, Raj Patel, said"
        "Raj Patel",
        None,  # "No comment," was all an Acme spokesman would say
        "Minister",  # a headline: Minister: "..."
        "health ministry",  # "The health ministry said in a statement that it '...'"
        "Florence Nightingale",  # "As Florence Nightingale once wrote,"
    ]


def test_match_report_roles_and_characterising_verbs():
    _, result = quotes_of("match-report.txt")
    assert [q.speaker for q in result.quotes] == (
        ["Erik Lund"] * 2 + ["Marcus Obi"] * 2 + ["Erik Lund"] + ["Sofia Brandt"] * 3
    )
    assert result.quotes[2].cue == "said"  # "said defender Marcus Obi"
    assert result.quotes[5].partial  # her players' "incredible spirit"


def test_hard_wrapped_lines_are_not_sentence_or_quote_ends():
    _, result = quotes_of("hard-wrapped.txt")
    assert summary(result) == [
        ("by the end of next year, and not a day later", "Ines Kowalski"),
        (
            "We\nhave the money, we have the drivers, and we have the tracks. What we need\n"
            "now is patience.",
            "Ines Kowalski",
        ),
        ("I have heard this promise three\ntimes,", "Omar Haddad"),
        ("and three times it was broken.", "Omar Haddad"),
        ("summer plan", None),  # a so-called scare quote: nobody's words
    ]


def test_long_form_quote_paragraphs_and_dashes():
    _, result = quotes_of("long-form.txt")
    assert [q.speaker for q in result.quotes] == [
        "Ngozi Eze",  # a paragraph that is only a quote: the person named just before
        "Paul Grant",  # "Helix chief executive Paul Grant, 54, said" ... "he told Reuters"
        "Paul Grant",  # ", adding:"
        "Mei Chen",  # "...," — Professor Mei Chen, University of Hong Kong.
        "health ministry",  # "In a statement, the health ministry said:"
        "Ngozi Eze",  # "a figure Eze described as 'the bare minimum'"
    ]


def test_apostrophes_appositions_and_listeners():
    _, result = quotes_of("apostrophes-and-appositions.txt")
    assert summary(result) == [
        ("reform", "Kwame Mensah"),
        ("a disaster for the ’80s generation and the farmers’ co-ops", "Kwame Mensah"),
        ("We didn’t ask for this,", "Kwame Mensah"),  # not "The minister’s" (a possessive)
        ("and we won’t accept it.", "Kwame Mensah"),
        ("It’s the students’ unions that will benefit most,", "O’Brien"),
        ("Rock ’n’ roll politics won’t fix the budget.", "O’Brien"),
        ("Nous n’avons pas le choix.", "Jean-Luc Moreau"),  # "told Le Monde:" is the listener
    ]


def test_radio_transcript_labels_with_a_role_written_as_the_text_writes_the_names():
    text, result = quotes_of("radio-transcript.txt")
    assert [(t.speaker, text[t.start : t.end][:14]) for t in result.turns] == [
        ("Fiona McAllister", "Our guest toda"),  # "FIONA MCALLISTER, HOST:"
        ("Sean O'Neill", "Thanks for hav"),  # not "Sean O'neill"
        ("Fiona McAllister", "The flood defe"),  # "MCALLISTER:"
        ("Sean O'Neill", "Because the gr"),
    ]
    assert summary(result) == [("a bargain", "Sean O'Neill")]  # "You told this programme"


def test_hearing_transcript_labels_with_titles():
    _, result = quotes_of("hearing-transcript.txt")
    assert [t.speaker for t in result.turns] == ["Lopez", "Tanaka", "Lopez", "Tanaka"]
    assert summary(result) == [
        ("Prices will fall by summer.", "Tanaka"),  # "you told this committee": the witness
        ("manageable.", "Your own company's report"),  # "It calls ...": the report's word
    ]


def test_unnamed_speakers_are_named_by_their_role_never_by_the_last_name():
    _, result = quotes_of("unnamed-speakers.txt")
    assert summary(result) == [
        ("Nobody was hurt and the fire is out,", "police"),
        ("The plant will reopen on Monday,", "company"),
        # "A lawyer for Ms Quint said:" is not Ms Quint; "her lawyer" is the same lawyer
        ("My client has answered every question put to her.", "Rosa Quint's lawyer"),
        ("She will sue anyone who repeats these claims,", "Rosa Quint's lawyer"),
        ("We were told to leave our bags and run,", "spokeswoman for the workers' union"),
        ("Some of us had no coats.", "spokeswoman for the workers' union"),
        ("It has happened before,", "neighbour"),  # "a neighbour of the plant": not Rosa Quint
        ("It cannot be saved,", "fire service spokesman"),  # "he": the role just named
        ("Mr Brandt was not even in the country.", "Carl Brandt's lawyer"),  # not his
        ("has full confidence", "Ines Park's office"),
    ]
    assert (
        result.quotes[2].reason
        == "role 'A lawyer for Ms Quint' -> Rosa Quint's lawyer before cue 'said'"
    )
    assert result.quotes[6].reason == "role 'a neighbour' -> neighbour, cue 'said' after the quote"


def test_less_common_cues():
    _, result = quotes_of("more-cues.txt")
    assert [(q.text, q.speaker, q.cue) for q in result.quotes] == [
        ("temporary measure", "Lena Hart", "reaffirmed"),
        ("a tax on bread", "Marco Ruiz", "dismissed"),
        ("That is simply untrue,", "Lena Hart", "retorted"),  # not the last one named
    ]


def test_business_wire_release():
    _, result = quotes_of("business-wire.txt")
    assert [q.speaker for q in result.quotes] == [
        "Martin J. Ross",  # "said Martin J. Ross, chief executive officer": "J." is no acronym
        "Martin J. Ross",
        "Martin J. Ross",  # his next paragraph, though "Tom" opens it
        "Dana Lee",  # "VP of Customer Service, Dana Lee, commented": not "Customer Service"
        "Priya N. Desai",  # under "Statement from Priya N. Desai:"
        "Nora Kim",  # "Harbor Bank President and CEO Nora Kim described": not "Ceo Nora Kim"
        "Martin J. Ross",  # "graduates of the Halden School of Logistics: '...,' Ross said"
        "local reporter",  # "a local reporter told the Herald"
    ]


def test_news_prose_titles_and_fragments():
    _, result = quotes_of("commons-sketch.txt")
    assert summary(result) == [
        ("hypocrite", None),  # "was branded a 'hypocrite'": the target, not the speaker
        ("shame", None),  # "Facing shouts of 'shame'": no one named "Facing"
        ("resign", None),  # not hers: "Ms Marsh told MPs:" introduces the next quote
        ("I have not changed my mind, the facts have changed.", "Helen Marsh"),  # "HELEN"
        ("a gold-plated mistake", "Helen Marsh"),  # "The transport secretary", first used
        ("had never read the report", "Helen Marsh"),
        ("shameless", "Owen Tate"),  # "Mr Tate", named in full before
    ]


def test_a_quote_ending_in_a_comma_goes_on_with_its_speaker_whatever_the_verb():
    _, result = quotes_of("council-meeting.txt")
    assert [q.speaker for q in result.quotes] == [
        "Rita Okafor",  # "pointed Mayor Rita Okafor"
        "Rita Okafor",  # "she cautioned"
        "Rita Okafor",
        "elderly man",  # "shouted an elderly man in a raincoat"
        "Leon Marsh",  # "Councilmember Leon Marsh shrugged"
        "first commenter",  # "the first commenter sighed"
        "Ana Ruiz",  # "city clerk Ana Ruiz announced": an office in lowercase, then the name
        "woman",  # "Later, a woman from the library board took the microphone. ... she"
        "Nora Vance",  # "deputy city clerk Nora Vance read from the dais"
        "Nora Vance",
    ]


def test_closing_with_two_single_marks_and_unnamed_parents():
    _, result = quotes_of("school-board.txt")
    assert summary(result) == [
        ("We found out from a flyer in a lunchbox,", "parent"),  # ’’ closes “, as some papers do
        ("Nobody asked us.", "parent"),  # "one parent at Tuesday's meeting": not "Tuesday"
        ("The timetable is not final,", "Omar Haddad"),  # "another parent, Omar Haddad"
        ("But it looks final.", "Omar Haddad"),
        ("listening", "Grace Lin"),  # "told WKRT's 'Morning Desk'": a show, not a quote
    ]
    assert result.quotes[-1].cue == "told"  # the sentence goes on through the title


def test_a_quote_goes_on_through_the_list_it_introduces():
    text, result = quotes_of("quoted-list.txt")
    first = result.quotes[0]
    assert first.text.startswith("This budget does three things:")
    assert first.text.endswith("it builds 4,000 homes by 2030.")  # the mark after the list
    assert first.speaker == "Sara Lind" and first.confidence == 0.5  # not lowered: balanced
    assert [q.text for q in result.quotes[1:]] == ["a wish list"]


def test_surname_labels_after_full_ones_and_a_show_title_is_no_subject():
    text, result = quotes_of("surname-labels.txt")
    assert summary(result) == [("has not been scheduled.", "Dana Cole")]  # not "Nation"
    assert [(t.speaker, text[t.start : t.end][:8]) for t in result.turns] == [
        ("Lena Ortiz", "Will the"),
        ("Dana Cole", "Not this"),
        ("Lena Ortiz", "Next mon"),  # "Ortiz:" is a label: "Lena Ortiz:" was one
        ("Dana Cole", "That has"),
    ]


def test_what_the_managers_said():
    _, result = quotes_of("managers-said.txt")
    assert [q.speaker for q in result.quotes] == [
        "Tom Reyes",  # "Tom Reyes (Northbridge)" on the line before
        "Paul Quinn",  # "... speaking to Match of the Week:": not "Week"
        "Paul Quinn",  # "On the penalty:" is a topic, not a speaker
        "Paul Quinn",  # "On his captain Rory Dunne:" neither
    ]
    assert result.quotes[2].reason == "'On the penalty:' names a topic: Paul Quinn goes on"


def test_abbreviated_offices_as_indian_papers_write_them():
    _, result = quotes_of("state-news.txt")
    assert [q.speaker for q in result.quotes] == [
        "Arjun Mehta",  # "the new CM said": the one chief minister named
        "Arjun Mehta",
        "Arjun Mehta",  # "CM Arjun Mehta in a tweet said,"
    ]
    assert "the new CM" in result.quotes[0].reason


def test_text_wrapped_at_a_fixed_width_with_no_blank_lines():
    text, result = quotes_of("wrapped-no-blank-lines.txt")
    assert [(q.text.replace("\n", " "), q.speaker) for q in result.quotes] == [
        (
            "Over the past year only eleven states have published everything we asked for,",
            "Mira Holm",
        ),
        ("However, most states publish part of it,", "Mira Holm"),
        ("Some publish nothing at all.", "Mira Holm"),  # the same paragraph, across a line break
    ]
    assert not any(q.reason.endswith("unbalanced quotation marks") for q in result.quotes)


def test_one_word_labels_that_recur_are_a_dialogue():
    text, result = quotes_of("dialogue-labels.txt")
    assert [(t.speaker, text[t.start : t.end][:12]) for t in result.turns] == [
        ("Interviewer", "Good morning"),
        ("Ada Okafor", "Good morning"),  # "Okafor:", named in full in the heading
        ("Interviewer", "Why did the "),
        ("Ada Okafor", "Because the "),  # "Note:" once, and a heading word: no label
    ]
    assert summary(result) == [("We cannot dredge on credit.", "Ada Okafor")]  # "I told"


def test_company_release_appositions_and_changes_of_voice():
    _, result = quotes_of("company-release.txt")
    assert [q.speaker for q in result.quotes] == [
        "Dana K. Ortega",  # "..., President and CEO of the Company said,": not "Company"
        "Dana K. Ortega",
        "Lars Quist",  # no cue, but Quist "said the deal ..." since Ortega's quote
        "Lars Quist",
        "Lars Quist",  # Walt Kessler "asked about ... I told him": the words are Quist's
        "Lars Quist",
        "manager",  # "the manager, who ..., lectured the crowd,"
    ]
    assert result.quotes[2].reason == "no cue: Lars Quist spoke since the previous quote ('said')"


def test_topic_lines_of_a_press_conference_name_no_speaker():
    # the text never says who speaks: no one from "Dinner with Sir Walter" or from the
    # question "Are Rovers getting enough credit"
    _, result = quotes_of("topic-lines.txt")
    assert [q.text[:12] for q in result.quotes] == [
        "We trained w",  # over two paragraphs, the opening mark repeated
        "It was a lov",
        "We do not ne",
    ]
    assert [q.speaker for q in result.quotes] == [None, None, None]


def test_a_briefing_header_names_the_briefer_and_is_no_turn():
    text, result = quotes_of("press-briefing.txt")
    assert [(t.speaker, text[t.start : t.end][:14]) for t in result.turns] == [
        ("Nadia Brandt", "Good afternoon"),  # "MS. BRANDT:" named by "BRIEFER: Nadia Brandt"
        ("Question", "Will the talks"),
        ("Nadia Brandt", "They will, and"),
    ]
    assert [(q.text, q.speaker) for q in result.quotes] == [("Clear Roads", None)]


def test_eu_daily_news_offices_with_a_domain_and_scare_quotes():
    _, result = quotes_of("eu-daily-news.txt")
    assert [(q.text, q.speaker) for q in result.quotes] == [
        ("no-catch", None),
        ("no-catch", None),  # "the EU is ready for a possible 'no-catch' winter": no one
        # speaks ("the coastal states" is no cue either)
        ("Our fishers need certainty. We will not leave them without support.", "Maren Lind"),
        # "Commissioner for Budget, Pavel Horak, said": not "Budget"
        ("The money is there, and it will reach the ports before Christmas.", "Pavel Horak"),
        ("temporary pause", "Maren Lind"),  # "after referring to the new quotas as"
    ]


def test_police_briefing_the_chief_and_a_crowd():
    _, result = quotes_of("police-briefing.txt")
    assert [q.speaker for q in result.quotes] == [
        "Marta Reyes",  # "the chief said": Chief Marta Reyes
        "crowd of residents",  # "a crowd of residents who chanted,"
    ]


def test_a_tribute_family_roles_and_a_heading():
    _, result = quotes_of("tribute.txt")
    assert [(q.text[:16], q.speaker) for q in result.quotes] == [
        ("He knew every ro", "Isla"),  # "said his daughter Isla"
        # "His songs included 'Harbour Lights', 'Low Water' and ...": titles, no quotes
        ("He taught half t", "Isla"),  # "his daughter said": Alec Munro's daughter, Isla
        ("its best storyte", "Ewan Grant"),  # "Publicist Ewan Grant": a publicist's name
        ("A LIFE ON THE WA", None),  # a heading, though a quote on its own
    ]
    assert result.quotes[1].reason.startswith("role 'his daughter' -> Alec Munro's daughter: Isla")


def test_a_phrase_quoted_again_is_the_speaker_s():
    _, result = quotes_of("echoed-phrase.txt")
    assert [(q.text, q.speaker) for q in result.quotes] == [
        ("built to last", "Ines Park"),  # the headline quotes her words below
        ("built to last a hundred years, not fifty.", "Ines Park"),
        ("We paid for steel, not paint,", "Ines Park"),
        ("landmark", None),  # one word is anyone's
    ]
    assert result.quotes[0].reason == "words from a later quote by Ines Park"


def test_a_surname_is_the_person_named_in_full_at_a_paragraph_start():
    text = (
        "A study of koalas after the fires was published today.\n\n"
        "Natasha Speight, a senior lecturer at the university, led the study.\n\n"
        "“Burns to the footpads stop them climbing,” Speight said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Natasha Speight"]


def test_coaches_quoted_after_a_headline_clause_and_a_colon():
    _, result = quotes_of("coach-quotes.txt")
    assert [q.speaker for q in result.quotes] == [
        "Lena Brandt",  # "... leads Harbor State to ...:": "State" is no cue
        "Omar Reyes",  # "after the 31-28 win over Westfield:": not Westfield
        "Dana Pike",  # "Quoting Northfield head coach Dana Pike:"
        "Ray Cole",  # "Ray Cole on beating his brother, Sam:": the subject, not Sam
    ]


def test_local_news_residents_places_and_a_linked_title():
    _, result = quotes_of("local-news.txt")
    assert [(q.text[:12], q.speaker) for q in result.quotes] == [
        ("We lost the ", "Jo Tanaka"),  # "Elm Park resident Jo Tanaka said"
        ("It took ten ", "Sam Ortiz"),  # "Sam Ortiz of Elm Park said"
        ("Some of our ", "Rita Vance"),  # "county emergency management official Rita Vance"
    ]  # "read more from 'Storm Leaves ... For Three Days'": a title, no quote


def test_agency_copy_places_offices_and_initialisms():
    _, result = quotes_of("agency-world.txt")
    assert [q.speaker for q in result.quotes] == [
        "Russia",  # not Lena Varga, "a reporter ... detained in Russia"
        "Dan Holt",  # "the Courier's Moscow bureau chief Dan Holt said"
        "Ivo Marek",  # "Marek's office said he told the U.S. president that ..."
    ]
    assert "'Marek's office' before it" in result.quotes[2].reason


def test_a_title_case_headline_does_not_stretch_a_name():
    # "Attorney General Maria L. Stone Names New Director ...": the name stops where the
    # body text stops it; "said Attorney General Stone" is then Maria L. Stone
    _, result = quotes_of("doj-release.txt")
    assert [q.speaker for q in result.quotes] == ["Maria L. Stone", "Maria L. Stone"]


def test_a_transcript_with_initials_and_given_names_as_labels():
    text, result = quotes_of("initials-transcript.txt")
    # "LISTEN:" is the web page's, not a speaker; "AH:" and "RQW:" are the initials of
    # the full labels, "Ann:" a given name; a name stops at its line's end
    assert [t.speaker for t in result.turns] == [
        "Ann Holt",
        "Rosa Quint-Ward",
        "Ann Holt",
        "Rosa Quint-Ward",
        "Ann Holt",
    ]
    assert [q.speaker for q in result.quotes] == [
        "Ann Holt",
        "Rosa Quint-Ward",
        "Ann Holt",  # "AH: '...'": the quote opens her turn
        "Ann Holt",  # "AH, into the recorder:": the label's initials name her in the text too
        "Rosa Quint-Ward",
    ]


def test_a_statement_read_out_is_the_statement_s():
    _, result = quotes_of("statement-read.txt")
    speakers = [q.speaker for q in result.quotes]
    assert speakers == ["statement", "statement"]  # not Mara Venn, who died
    assert "'read a statement'" in result.quotes[0].reason


def test_a_trade_before_a_name_is_not_part_of_it():
    text = 'Singer Mara Venn said, "I am tired."\n'
    assert [q.speaker for q in analyse(text).quotes] == ["Mara Venn"]


def test_lines_that_end_in_spaces_and_an_acting_office():
    text, result = quotes_of("police-appeal.txt")
    assert [(q.speaker, q.text[:14]) for q in result.quotes] == [
        ("Dana Frey", "Each one of th"),  # "Acting Superintendent Frey": Dana Frey
        ("Tom Varn", "Many people ha"),  # one quote over two paragraphs, though its
    ]  # lines end with spaces ("But now we \nneed to go further.")
    assert result.quotes[1].text.endswith("if it is important.")


def test_british_councillors_and_a_role_after_a_preposition():
    _, result = quotes_of("council-row.txt")
    assert [q.speaker for q in result.quotes] == [
        "council leader",  # "reacted to the council leader saying she would 'push'"
        "Derek Forrest",  # "Coun Derek Forrest said:"
        "Derek Forrest",
        "Mia Lund",  # "Cllr Mia Lund said:"
    ]


def test_surnames_in_capitals_and_a_headline_that_is_no_name():
    _, result = quotes_of("caps-surnames.txt")
    assert [q.speaker for q in result.quotes] == [
        "Carl Tobin",  # not "Says Tobin" from the headline "Mayor Says Tobin Plan Is Dead"
        "Ana Lima",  # "said LIMA" after "Ana LIMA": a surname in capitals
    ]


def test_a_sports_transcript_asks_with_q_and_a_full_stop():
    text, result = quotes_of("sports-transcript.txt")
    assert [(t.speaker, text[t.start : t.end][:8]) for t in result.turns] == [
        ("Interviewer", "What was"),  # "Q. What was said ...": "Q." opens a question
        ("Dana Okoro", "Not much"),  # "DANA OKORO:", named as the text writes "Dana"
        ("Interviewer", "Dana, th"),
        ("Dana Okoro", "We stopp"),
    ]


def test_a_given_name_tells_he_from_she():
    text = (
        'Gayle Ortiz asked about the merger. "It is a fair question," Ortiz said.\n\n'
        "Tim Baker, the chief executive, listened. Ortiz pressed him on the price.\n\n"
        '"We paid what it was worth," he said.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Gayle Ortiz", "Tim Baker"]


def test_senate_news_a_surname_subject_and_a_speaker_s_remarks():
    _, result = quotes_of("senate-news.txt")
    assert [q.speaker for q in result.quotes] == [
        "Chuck Schumer",  # "Schumer placed the blame ... He mocked the president, saying"
        "Ray Cole",  # "Senator Ray Cole's remarks calling the bill a 'total disgrace'"
    ]
    assert result.quotes[1].reason.endswith("a fragment of their remarks")


def test_a_charity_release_offices_bodies_and_a_headline():
    _, result = quotes_of("charity-appeal.txt")
    assert [q.speaker for q in result.quotes] == [
        # "Executive Director of the Harbour Trust New Zealand Mark Foley said that ...";
        # not "Executive Director" (an office), nor "Winds Down" from the headline
        "Mark Foley",
        "Ruth Kemp",  # "says Save the Harbour Fund Chief Executive Ruth Kemp": not "Save"
    ]


def test_a_ministry_briefing_with_outlets_as_labels():
    _, result = quotes_of("ministry-briefing.txt")
    assert [t.speaker for t in result.turns] == ["CCTV", "Lin Bo", "AFP", "Lin Bo"]
    # read out in AFP's question, the words are still the president's, named without the
    # adjective of her country
    assert [q.speaker for q in result.quotes] == ["Varga"]


def test_presidential_records_label_turns_with_a_full_stop_or_an_office():
    text, result = quotes_of("presidency-records.txt")
    assert [(t.speaker, text[t.start : t.end][:8]) for t in result.turns] == [
        ("Tom Lund", "It is go"),  # "President Lund. It is ...": it recurs, so a label
        ("Ana Roe", "Welcome,"),
        ("Tom Lund", "We meet "),
        ("Ana Roe", "Yes, and"),
        ("Interviewer", "Mr. Pres"),
        ("Ana Roe", "Thank yo"),  # "President of Norland Ana Roe:"
        ("Tom Lund", "Madam Pr"),  # "President of the Republic of Estra Tom Lund:"
    ]


def test_players_known_by_one_name():
    _, result = quotes_of("one-name-players.txt")
    assert [q.speaker for q in result.quotes] == [
        "Callum",  # "Callum, one of the forwards, ..., stating,"
        "Callum",  # "he noted": Callum, not "Earns Harbor" from the headline
        "Robinson",  # "Robinson, who scored the goal, ... He was pleased, stating,"
    ]


def test_statements_fact_checks_and_debates():
    _, result = quotes_of("ngo-and-factcheck.txt")
    assert [q.speaker for q in result.quotes] == [
        # a fact-check's claim line ("Says Mayor Tom Reddy '...'") is someone else's words:
        # those the story quotes again, here Brook's
        "Ada Brook",
        "Ada Brook",
        "Ada Brook",
        # a long sentence, then "Name, Body's Regional Director for A, the B and the C,
        # said:" (not "Wanjiru Ot", cut where reading stopped)
        "Wanjiru Otieno",
        "Piet Janssen",  # "..., Body's Director for Europe said:": not "Europe"
        "Selma Okafor",  # "described by Body's Secretary General Selma Okafor as"
        None,  # 'on charges of "insulting the nation"': a charge
        "Lena Brandt",  # '"..." the powers it has, said Lena Brandt': the cue ends it
        None,  # 'lawsuits, called "qualified privilege."': a name for something
        None,  # "I responded to ... (Mr Vale), saying:": I, not Vale
        None,  # "A video they recorded ... ends by saying": a video, not "they"
        "Sally",  # "Sally sees everything. ... She said": a given name alone is a person
    ]


def test_court_memoir_and_commentary():
    text, result = quotes_of("court-and-commentary.txt")
    assert [q.speaker for q in result.quotes] == [
        "district judge",
        "solicitor",  # "My solicitor had warned me ...: '...'": the writer's, a role
        None,  # "'...,' I interrupted her": the writer, unnamed (not the judge)
        None,  # 'shouted "Traitor!"': a shout, found (not left out as a title); he is unnamed
        "prisoner",  # "the prisoner blurted out, as if to excuse himself,-- '...'"
        "Okafor",
        None,  # "Many of our magistrates stressed that they ...": a group, not Okafor
        "lawyers",  # "you never hear lawyers shouting": the role is "lawyers" alone
    ]
    assert result.quotes[3].text == "Traitor!"


def test_topic_lines_over_answers_and_quotes_that_open_a_sentence():
    text, result = quotes_of("press-conference-topics.txt")
    assert [q.speaker for q in result.quotes] == [
        None,  # nobody named yet
        "Van Dijk",  # the topic line above names him ("squad\n"I have": a new paragraph)
        "Van Dijk",  # and he answers on under the next one
        None,  # '"Win the next one" has been the motto': a sentence, not a quote on its own
        None,  # 'the squad has\n"a bright future ..."': one sentence, a film's words
    ]
    assert result.quotes[-1].text == "a bright future under this manager."


def test_a_health_agency_story_opening_with_a_quote():
    _, result = quotes_of("health-agency.txt")
    assert [q.speaker for q in result.quotes] == [
        # the story opens with the quote and names its speaker in the next sentence, through
        # a title of eight capitalised words ("World Health Agency Director-General Dr. ...")
        "Amara Tesfaye Berhane",
        "Amara Tesfaye Berhane",  # "Amara", the first of the names (as "Dr Tedros" is)
        "Amara Tesfaye Berhane",  # "The director-general" (an office with a hyphen)
        "Ana Lind",  # '"...," the premier said' after "Premier Ana Lind"
    ]


def test_campaign_trail():
    _, result = quotes_of("campaign-trail.txt")
    assert [q.speaker for q in result.quotes] == [
        "Ana Lind",  # "U.S. Senate" does not end the sentence at "U.S."
        "Tadeo Ibarra",  # "candidate Tadeo Ibarra": a given name no list knows, after a title,
        "Tadeo Ibarra",  # so "Ibarra struck ..." then "he said" is Ibarra, not Mark Kelso
        "Jim Hale",  # "Jim Hale, who is running ... in Minnesota's 1st District, said"
    ]


def test_an_earnings_call_with_names_alone_on_their_lines():
    text, result = quotes_of("earnings-call.txt")
    assert [(t.speaker, text[t.start : t.start + 9]) for t in result.turns] == [
        ("Operator", "Good day,"),
        ("Dana Pruitt", "Thank you"),  # "Dana Pruitt -- Chief Financial Officer"
        ("Operator", "Our first"),
        ("B.K. Osei", "Hi, every"),  # named once, but the call's other names recur
        ("Dana Pruitt", "Sure, B.K"),
    ]
    # "we said" in a turn is its speaker's (not "K. Volumes" across the initials)
    assert [q.speaker for q in result.quotes] == ["Dana Pruitt"]


def test_business_news_analyst_after_the_firm():
    _, result = quotes_of("business-news.txt")
    # 'said Harbor Research analyst Ines Moya': the analyst, not the firm; "The company
    # said" is the last company named by its legal form
    assert [q.speaker for q in result.quotes] == [
        "Ines Moya",
        "Ines Moya",
        "Tom Grieve",
        "Norcell Ltd",
    ]


def test_a_hearing_record_labels_turns_with_a_title_and_a_full_stop():
    text, result = quotes_of("hearing-record.txt")
    assert [(t.speaker, text[t.start : t.start + 9]) for t in result.turns] == [
        ("Ruth Calder", "The meeti"),  # "Mrs. Calder." after "Hon. Ruth Calder presiding"
        ("Okafor", "Thank you"),  # once only, as in the record; Mrs. Calder's label recurs
        ("Ruth Calder", "Thank you"),
        ("Brandt", "Thank you"),
    ]
    assert [q.speaker for q in result.quotes] == ["Governor"]  # read out, not Okafor's


def test_a_blog_interview_pronoun_for_someone_never_a_subject():
    _, result = quotes_of("blog-interview.txt")
    assert [q.speaker for q in result.quotes] == [
        "Stephanie",  # "I met with Stephanie ... '...,' she said": no subject fits, she does
        "Maria Lund",  # "In response to Maria Lund's question, '...?'"
        "Bridget Snell",  # "said HPS Chief Editor Bridget Snell": an editor is an office
        "Bridget Snell",
    ]


def test_missing_closing_marks_roles_as_subjects_and_clauses_after_a_dash():
    text, result = quotes_of("briefings-and-launches.txt")
    assert [(q.text[:24], q.speaker) for q in result.quotes] == [
        # '“We agreed ... “I look forward ...”': the first closing mark is missing, so the
        # second quote opens a quote of its own (not one swallowing Mr Okoro's too)
        ("We agreed on the trade q", "Rui Amado"),
        ("I look forward to the ne", "Rui Amado"),
        ("We had a chance to settl", "Okoro"),
        # "‘any questions ..., Vera Lind said: “...”": the single mark never closes; the
        # double quote in it is hers, and the cue before it is found again
        ("any questions left for t", None),
        ("Well, this is a partners", "Vera Lind"),
        # 'Amado said Portugal had responded "positively"': the nearer cue's subject
        # (left alone: strictly Amado's word); a country is no "he"
        ("positively", "Portugal"),
        ("Our engineers are lookin", "Rui Amado"),
        ("The service is not simpl", "Ana Ferreira"),  # "In the words of Ana Ferreira"
        # "— the story notes ... 'a short walk apart.' Quist said of ..., '...'": the clause
        # after the dash has its own subject; the cue after the quote is the next quote's
        ("a short walk apart.", None),
        ("There were many problems", "Mara Quist"),
        ("We use this term a lot: ", "Randall Pike"),  # "Telco boss Pike": a boss is a title
        ("For us, it was a good go", "coach"),  # "The coach, known for his temper, ..."
        ("I just want it done,", "council member"),  # "One council member backed ..."
        ("You know, every time you", "Tomasz Grabowski"),  # "The manager" is Grabowski
        ("I am disappointed by the", "Dana Whitfield"),  # over two paragraphs
    ]
    assert result.quotes[-1].text.endswith("we will move forward,")  # its mark is missing
    assert result.quotes[0].confidence < 0.6  # a mark is missing


def test_rally_report_and_junket_notes():
    _, result = quotes_of("rally-and-junket.txt")
    assert [(q.text[:20], q.speaker) for q in result.quotes] == [
        ("Do you remember the ", "Andrew Holt"),
        ("Can you imagine if t", "Andrew Holt"),  # "Next, Holt recalls ... '...'": his
        ("There are ten thousa", "Andrew Holt"),
        ("tiny,", "Ray Voss"),
        # "... as 'tiny,' including Mayor Rob Quill, and referring to ... as '...'": the
        # sentence's subject, not the mayor named since the last quote
        ("Captain Chaos.", "Ray Voss"),
        # "showed Sienna a copy of the new Summer Road DVD": Sienna Marlowe, named in full
        # before; a DVD is no one
        ("I'm not surprised,", "Sienna Marlowe"),
        # "The 30-year-old Tide Lines actress": not "Tide Lines", the actress named before
        ("It was a strange yea", "Sienna Marlowe"),
        ("Surely you should re", "agent"),  # "My agent was like '...'"
        ("No, I'm doing it.", None),  # "I was like": the writer
        ("Please read it.", "Tom Ash"),  # "Then I spoke to Tom and he was like"
        # "I Now Pronounce You Pete" is a title, not a man the next "he" could be
        ("It's a comedy,", "Tom Ash"),
    ]


def test_hospital_news_offices_named_later_and_the_cue_before_a_fragment():
    _, result = quotes_of("hospital-news.txt")
    assert [(q.text, q.speaker) for q in result.quotes] == [
        # "Norland's health minister says the state has a '...'": "the state" is no cue,
        # and the minister is the Health Minister Oren Vale named after
        ("first-class", "Oren Vale"),
        ("Hospitals do not expect to cancel surgery,", "Oren Vale"),
        ("disgrace", "Maya Brook"),  # "labelling it a '...'"
        ("the worst in the country", "Maya Brook"),
        ("very senior", "Piet Rask"),  # "Rask said a '...' colleague had called him": Rask's
    ]
    assert result.quotes[0].reason.endswith("named in the text: Oren Vale")


def test_a_transcript_whose_line_breaks_were_lost_and_its_heading():
    text, result = quotes_of("flattened-transcript.txt")
    # "Full Transcript: ..." heads the page; "...?    ILSE VARGA: Well" opens a turn
    assert [(t.speaker, text[t.start : t.start + 8]) for t in result.turns] == [
        ("Dana Moss", "Minister"),
        ("Ilse Varga", "Pleasure"),
        ("Dana Moss", "What was"),
        ("Ilse Varga", "Well, th"),
        ("Dana Moss", "Any regr"),
        ("Ilse Varga", "None at "),
    ]
    assert text[result.turns[2].start : result.turns[2].end] == "What was the hardest part?"


def test_coalition_talks_wire_copy():
    _, result = quotes_of("coalition-talks.txt")
    assert [q.speaker for q in result.quotes] == [
        "Otto Brandt",  # "while Chancellor Otto Brandt, apparently ..., said": not Lind
        "Mara Lind",  # "a straight-faced Lind told"
        "Karl Heller",  # "party lawmaker Karl Heller said"
        "Otto Brandt",
        "Otto Brandt",  # "the agency quoted him as saying": him, not the agency
        "Hans Weiss",  # "the parliament's speaker", then "Parliament speaker Hans Weiss"
        "Hans Weiss",
        # "Parties may decide that they ...": they are the parties, so "he" is still Weiss
        # (not President Ilkka Varto, whom "they" used to mean)
        "Hans Weiss",
    ]


def test_wire_datelines_quoted_sources_and_roles():
    _, result = quotes_of("wires-and-courts.txt")
    assert summary(result) == [
        # the headline's 'Voice of the Valley' is a programme's title, as are the memoir's
        # "The River Years." and the second "Voice of the Valley": no quotes
        ("a deliberate provocation", "Estra's foreign ministry"),  # after the dateline
        ("all but done", "two senior officials"),  # "quoted ... officials ... as saying"
        ("We had a strong spring.", "Dana Pruitt"),  # "As stated by ... Dana Pruitt:"
        ("The summer will be harder.", "Dana Pruitt"),  # "Continued Pruitt:", not a name
        ("We will rebuild every home.", "Ines Park"),  # ends a sentence about her
        ("I regret everything I did to that family", "defendant"),  # "the defendant's apology"
        ("coward", "victim's mother"),  # "she": the mother, not the defendant before her
        ("chaos", "Mara Holt"),  # "alleged that": a cue (the "repeat" after it is none)
    ]
    assert result.quotes[3].cue == "Continued"


def test_labels_alone_on_their_lines_with_a_colon():
    _, result = quotes_of("label-colon-lines.txt")
    assert [t.speaker for t in result.turns] == ["Ruth Adler", "Tom Lund"] * 2
    assert summary(result) == [
        ("It looks sound.", "Tom Lund"),  # "I would've said," in his turn
        ("Did the water reach your house?", None),  # "each farmer was asked": not his words
        ("Yes.", None),
    ]


def test_sports_quote_sheets_and_announced_statements():
    _, result = quotes_of("sports-and-statements.txt")
    assert [q.speaker for q in result.quotes] == [
        "Dana Reyes",  # "Head Coach Dana Reyes": a coach's title is no part of the name
        "T.J. Okafor",  # initials joined with full stops
        "T.J. Okafor",  # "Clock/Timeout Problems --" is a topic, not a person
        "Ross Amell",  # "veteran left tackle Ross Amell said"
        "Ross Amell",
        "Brandt",  # "Brandt said he ..., and said he": the surname before the cue, not Amell
        "Players Association",  # "sent this statement" before a quote on its own
    ]


def test_an_office_that_stands_for_someone_named_before_it():
    _, result = quotes_of("commons-row.txt")
    assert [q.speaker for q in result.quotes] == [
        "Tom Vale",
        "Tom Vale",
        # "the Opposition leader", used first right after the headline that names him (and
        # "the Home Secretary" ends a paragraph: Tom Vale, who opens the next, is not her)
        "Tom Vale",
        "Dan Corrie",  # "MP Dan Corrie asked:"
        "Ian Pell",  # "raised by former minister Sir Ian Pell, who said"
    ]


def test_a_firm_is_never_he_and_a_participle_has_its_clause_subject():
    _, result = quotes_of("earnings-apology.txt")
    assert summary(result) == [
        ("the apology of the year.", "Kessel Capital Markets"),
        # "he": not the firm (an organisation that speaks has no gender), but the one man
        # named before, "Velmora Motors' Elon Varga", whose given name says he is a man
        ("dull", "Elon Varga"),
        ("pointless.", "Elon Varga"),
        ("a fraud.", "Elon Varga"),  # "when Varga came under fire for calling ..."
    ]


def test_a_briefing_transcript_labelled_by_spaced_initials():
    _, result = quotes_of("initials-briefing.txt")
    # "RH          Hello ...": initials and a run of spaces open a turn; the initials are
    # those of a name the transcript gives ("My name is Ruth Hale", "Dr Tomas Oduya"), and
    # "TO" is a speaker here, not an e-mail's "To:"
    assert [t.speaker for t in result.turns] == [
        "Ruth Hale",
        "Tomas Oduya",
        "Ruth Hale",
        "Ana Maria Ortiz",
    ]
    assert summary(result) == [("falling", "Tomas Oduya"), ("out of danger", "Ana Maria Ortiz")]


def test_first_person_stories_and_their_roles():
    _, result = quotes_of("kitchen-table.txt")
    assert summary(result) == [
        ("Where did the orchard go?", None),  # the writer's question: "I asked"
        ("The road took it. What could I do?", "grandmother"),  # "my grandmother ... She"
        # a double mark closed by a single one before "he advised": the quote ends there,
        # and "he", with no man named, is the friend just asked
        ("No. Take the bus,", "friend"),
        ("You picked a bad year to borrow,", "banker"),  # "My banker sat down ... he said"
    ]


def test_statehouse_copy_governors_and_relative_clauses():
    _, result = quotes_of("statehouse.txt")
    assert summary(result) == [
        ("gaps", "Ann Roe"),  # "it had 'gaps' that she said needed to be fixed"
        ("I nearly vetoed it,", "Jan Holt"),  # "Jan" is no man's name alone: "she" fits
        # "The first-term Democratic governor": "Gov. Dale Kim", named just before
        ("to be a place that welcomes everyone.", "Dale Kim"),
    ]


def test_an_office_before_the_name_of_an_event_names_no_one():
    text = (
        "Australian Prime Minister Doorstop Interview - Canberra\n\n"
        "JOURNALIST: Is the coalition over?\n\n"
        "PRIME MINISTER: Well, that is a matter for them.\n"
    )  # not "PRIME MINISTER: ..." by a "Doorstop Interview" whose office is prime minister
    assert [t.speaker for t in analyse(text).turns] == ["Journalist", "Prime Minister"]


def test_ministries_administrations_and_press_secretaries():
    _, result = quotes_of("kremlin-and-ministries.txt")
    assert [(q.text, q.speaker, q.cue) for q in result.quotes] == [
        # in a headline every word has a capital: "very productive" below says these are
        # words, not a title (its speaker is not in the headline's words the engine reads)
        ("Very Productive", None, None),
        ("We have agreed on the timetable,", "Ilse Marren", "said"),
        ("Now the work starts.", "Ilse Marren", None),
        ("We do not exclude a meeting in the autumn,", "Oren Talvik", "said"),
        # a press secretary is not the Secretary of State named last
        ("It was stated many times that the capital welcomes dialogue,", "Oren Talvik", "noted"),
        # "Brisk and Ferris, the ministry said": the ministry named before, and no
        # minister's title
        ("held a long and frank conversation.", "Estran Foreign Ministry", "said"),
        ("Cooperation is only possible on an equal footing,", "Estran Foreign Ministry", "said"),
        ("We will appeal the ruling,", "Ferris administration", "said"),
        ("We will not wait,", "Ferris administration", "said"),
        ("very unusual", "mayor's office", None),  # "asked police to look into": no speech
        # a curly opening mark after a colon, inside a quote that never closed: a new quote
        ("We played well. We deserved a goal before the break.", "Ruth Ganz", None),
        (
            "I have watched it twice and it is a clear penalty. I do not understand the decision.",
            "Ruth Ganz",
            None,
        ),
        ("It was offside by a metre.", "Ruth Ganz", None),
    ]


def test_a_headline_quote_written_in_lowercase_below_is_words_of_the_story():
    text = (
        "Mara Quill Of Finch Says The Phones Her Team Is Building Will 'Amaze Everyone'\n\n"
        'Mara Quill of Finch has never teased a product early. "The phones they are '
        'building will amaze everyone," Quill wrote in an email.\n'
    )  # not the title of something, and not said by "Is Building Will" of the headline
    assert summary(analyse(text)) == [
        ("Amaze Everyone", "Mara Quill"),
        ("The phones they are building will amaze everyone,", "Mara Quill"),
    ]


def test_storm_briefings_offices_named_later_and_owned_words():
    _, result = quotes_of("storm-briefings.txt")
    assert summary(result) == [
        ("Go inland now", "Lena Marsh"),  # "Coastal Governor", named later "Coastal Gov. ..."
        ("go inland now.", "Lena Marsh"),  # "Hurricane Odile" is nobody
        ("If you live on the barrier islands, leave tonight,", "Lena Marsh"),
        ("Do not wait for the wind.", "Lena Marsh"),
        ("The shelters are open,", "Lena Marsh"),
        # "... forecaster Paul Brenner said according to WKTV": Brenner said it
        ("This storm will flood streets that have never flooded,", "Paul Brenner"),
        ("Once the wind starts, nobody can come and get you,", "Nils Varga"),
        ("go inland", "Lena Marsh"),  # "echoed Marsh’s 'go inland'": her words
        ("We have moved every ambulance to high ground,", "Nils Varga"),  # he: not Marsh's
        # "Across the state" is nobody: "the governor" is the one governor named
        ("We are a day away from the worst of it,", "Lena Marsh"),
        # the service, not its forecaster Paul Brenner
        ("life-threatening", "Tidewater Weather Service"),
    ]


def test_presidency_briefing_main_clauses_and_spokespeople():
    _, result = quotes_of("presidency-briefing.txt")
    assert summary(result) == [
        # "Asked to comment on Tomas Rhee, Federal Minister for Housing, ..., the governor
        # said": the governor, not the minister asked about
        ("The only power centre in this province is the chief minister,", "Idris Mole"),
        # "The sources further said Rhee also raised ..., saying": Rhee
        ("gas is rationed in the north even though the north produces it.", "Tomas Rhee"),
        # "said President Ada Morrow’s spokesperson, Kofi Bantu": not "President Ada"
        ("The President is not aware of any rift,", "Kofi Bantu"),
        # "Clarifying reports that Morrow would ..., Bantu said": he is Bantu
        ("weighing", "Kofi Bantu"),
        ("Twenty billion will go to the northern districts,", "report"),
    ]


def test_campus_news_mixed_marks_led_research_and_interviewed_experts():
    _, result = quotes_of("campus-news.txt")
    assert summary(result) == [
        # opened with a single mark, closed with a double one: the quote ends there
        ("We're hopeful this work will show how rivers carry soil to the sea,", "Noor Haddad"),
        # "Research led by Elena Sorrel ... shows ...: '...'"
        (
            "Below the third dam, the river carries a tenth of what it carried a century ago.",
            "Elena Sorrel",
        ),
        # "A Herald article ... interviews Marek Olin": he is Olin, not the dean before
        ("Voters rarely punish a levy that keeps their basements dry,", "Marek Olin"),
    ]
    assert result.quotes[0].confidence < 0.9  # the marks do not match


def test_transcript_labels_with_a_role_in_brackets_and_numbered_voices():
    text, result = quotes_of("sunday-show.txt")
    assert [(t.speaker, text[t.start : t.end].split(".")[0]) for t in result.turns] == [
        ("Anna Voss", "I'm Anna Voss in Washington"),
        # "PAUL MCCANDLESS (Secretary of the Treasury):"; "Mc" keeps its capital
        ("Paul McCandless", "Right now, we are puzzled by the numbers and looking for a deal"),
        ("Anna Voss", "Voters at town halls have been angry"),
        ("Woman #1", "The message from Congress was clear"),  # "WOMAN #1:"
        ("Woman #2", "Why is nobody listening?\n\n(End VT)"),
        ("Anna Voss", "Secretary McCandless joins us now"),
    ]
    text = "ANNA VOSS: Welcome back.\n\nKEVIN MCCARTHY: Thank you.\n\nANNA VOSS: Let us start.\n"
    assert [t.speaker for t in analyse(text).turns] == ["Anna Voss", "Kevin McCarthy", "Anna Voss"]


def test_celebrity_copy_descriptors_ages_and_song_titles():
    _, result = quotes_of("celebrity-interview.txt")
    assert summary(result) == [
        # 'the "Glass Heart" singer, 41, told Vista': the singer the headline names (and
        # "Glass Heart" is her song, not a quote; Vista is whom she told)
        ("The truth is I am happy, and the rest is noise,", "Maya Lind"),
        ("You can say what you want about us,", "Maya Lind"),
        ("It's just gossip.", "Maya Lind"),
        (
            "They will say, 'What?' There are many people who should get this before me,",
            "Theo Marsh",
        ),  # "the actor told Vista": the one named before
        ("slowed down", "Theo Marsh"),  # "The Emmy nominee": not someone called Emmy
    ]


def test_fact_check_claim_lines_and_posts():
    _, result = quotes_of("fact-check-listing.txt")
    assert [(q.text, q.speaker, q.cue) for q in result.quotes] == [
        # "X stated on DATE in MEDIUM: '...'": the claim of X, person or not
        ("Tap water now contains more plastic than fish do.", "Viral image", "stated"),
        ("Mayor Oduya saved the port $40 million.", "Harbor Growth Fund", "stated"),
        ("has cut every school budget since he took office.", "Ada Kwan", "stated"),
        ("The fire was set on purpose by the city,", "post", "says"),  # "the post says"
        ("I stand by every number.", "Ada Kwan", "said"),  # "in a tweet said": not the tweet
    ]


def test_statements_issued_and_bracketed_sign_offs():
    _, result = quotes_of("statements-and-sign-offs.txt")
    assert summary(result) == [
        # "the statement read": the words of whoever issued it, the minister ...
        (
            "The Courier Wire printed words I never said, about officials of the port and"
            " about the budget,",
            "Tobias Erlund",
        ),
        # ... or the council that "said in a statement", not the adviser its sentence names
        ("the dredging of the north basin and the cost of it,", "City Council"),
        # a heading that repeats words of the quote below it is that quote's speaker's
        ("That was my last shift", "Nils Ostby"),
        # signed on the next line, in brackets
        (
            "After thirty years I am handing in my keys. That was my last shift, and a good one.",
            "Nils Ostby",
        ),
        ("Time to go sailing", "Greta Sund"),
        ("I told the board a year ago that it would soon be time to go sailing.", "Greta Sund"),
    ]


def test_closing_marks_typed_for_opening_ones_and_ministry_domains():
    text, result = quotes_of("ministry-release.txt")
    assert summary(result) == [
        # copy that types ” for both marks, with a space after the opening one
        (
            "the accord puts our fishing ports in the public eye . It is to our mutual advantage",
            "Kemi Adeyemi",
        ),
        (
            "We already have your cooperation, and we will need it for the next five years",
            "Kemi Adeyemi",
        ),
        ("a fair bargain", "Tunde Bello"),
        ("Welcome to the harbour", "Kemi Adeyemi"),  # and the Swedish style
        # "The Minister for Marine Fisheries Development, Dr Kemi Adeyemi received ...": hers
        # (no one is called "Fisheries Development")
        ("We sign today,", "Kemi Adeyemi"),
    ]


def test_cable_transcript_labels_with_several_roles_after_the_name():
    text, result = quotes_of("cable-transcript.txt")
    assert [(t.speaker, text[t.start : t.end].split(".")[0]) for t in result.turns] == [
        (
            "Nina Holt",
            "We take you live now to Harlow County, where the police chief is about to speak",
        ),
        # "CHIEF DARIUS OKAFOR, HARLOW COUNTY POLICE DEPARTMENT:": a long role after a comma
        ("Darius Okafor", "Good evening"),
        # "SGT. LENA MARKS, HARLOW COUNTY POLICE, PUBLIC AFFAIRS:": two of them; "Sgt." goes
        ("Lena Marks", "The tip line stays open all night"),
        ("Nina Holt", "That was the Harlow County police"),
    ]


def test_quote_sheet_topic_lines_name_no_speaker():
    _, result = quotes_of("quote-sheet.txt")
    assert summary(result) == [
        # the name line runs straight into "On the match:": not someone called "Kettering On"
        ("We pressed them high from the first whistle and it paid off.", "Rosa Kettering"),
        # "On the play of forward Jonah Pike, who scored ...:" is what she speaks about
        ("Jonah has been ready for weeks. I only had to give him the shirt.", "Rosa Kettering"),
        ("Dunmore will be tougher at home, and we know it.", "Rosa Kettering"),
        ("It stings, but we stayed together.", "Ilse Maren"),
    ]


def test_honorific_alone_and_an_introduction_ending_in_a_colon():
    _, result = quotes_of("honorifics-and-intros.txt")
    assert summary(result) == [
        # "His Holiness" with no name after it is read as "he": the patriarch
        ("You stood together, and the city stood with you.", "Elias Maro"),
        # "Mr Quist went on to raise the following points:", then the quote on its own
        ("If the berth fees rise again, who will pay for the new cranes?", "Quist"),
    ]
    assert result.quotes[1].cue == "went on"


def test_capitol_hill_party_tags_long_appositions_and_shows():
    _, result = quotes_of("capitol-hill.txt")
    assert summary(result) == [
        # "Dana Price (R-Ohio) said": a party tag between the name and the cue
        (
            "We simply ran out of time. We could have done better if they had joined us,",
            "Dana Price",
        ),
        # (and CBS News's "Sunday Report." is a show, nobody's words, though it ends in a stop)
        ("That is exactly what happened when they chose to go it alone,", "Omar Fields"),
        # two appositions between the name and "told"
        ("I have not been this hopeful in months,", "Lia Kane"),
        ("We are close to a final agreement and will keep working,", "group"),  # "the group said"
        ("useful", "Governors"),  # a headline: "Governors hail 'useful' talks"
        # "When asked, Maine Governor Abe Lund told": no object of "asked"; he, not "Governors"
        ("We had frank conversations about the tariffs,", "Abe Lund"),
    ]


def test_post_nominals_and_rt_hon_are_no_part_of_a_name():
    _, result = quotes_of("post-nominals.txt")
    assert summary(result) == [
        ("This money reaches the towns that flooded twice in one winter.", "Priya Nandra"),
        ("We will not wait for the next storm,", "Tom Ashby"),  # "Tom Ashby QC"
    ]


def test_provincial_offices_three_word_names_and_trailing_cues():
    _, result = quotes_of("provincial-politics.txt")
    assert summary(result) == [
        # "Chief Minister of Northern Province Ali Amin Durrani": three words of a name, and
        # "The NP Chief Minister" is him
        ("put the province before the party.", "Ali Amin Durrani"),
        ("paper exercise", "Sara Qadir"),
        # "..., a chief minister could promise it, she questioned.": she is the subject
        ("We know very well who wrote these numbers.", "Sara Qadir"),
        # "Minister for Defence Khawaja Omar Latif": three words after the ministry's domain
        ("The house is the place for this,", "Khawaja Omar Latif"),
    ]


def test_radio_transcript_courtesy_labels_and_typewriter_quotes():
    text, result = quotes_of("talk-show.txt")
    # "Mr. OWEN MARSH (Historian, author of "Mill Towns"):" and "Mr. MARSH:" open his turns
    assert [(t.speaker, text[t.start : t.end]) for t in result.turns] == [
        ("Owen Marsh", "Thanks for having me, Dana."),
        ("Dana Velt", "Why the mills?"),
        ("Owen Marsh", "Because every town I looked at started with one."),
    ]
    # `...' quotes, as typewritten copy writes them
    assert summary(result)[:2] == [
        ("the cathedrals of the valley", "Owen Marsh"),
        ("never once asked the river what it wanted.", "Owen Marsh"),
    ]


def test_unnamed_sources_with_relative_clauses_and_named_appositions():
    _, result = quotes_of("unnamed-sources.txt")
    assert summary(result) == [
        # "Yusuf Danladi, a member of a volunteer rescue team, gave ...": he, not the member
        ("The water came down the hill in minutes,", "Yusuf Danladi"),
        # "A village elder, who asked not to be named, said": "the elder" is that elder
        ("never risen so fast", "village elder"),
        ("Our houses were built on the old banks,", "village elder"),
        # "a resident of the village, who requested anonymity, told reporters"
        ("We pulled nine people from the mud,", "resident"),
    ]


def test_markets_page_tickers_quote_sheets_signatures_and_late_cues():
    _, result = quotes_of("markets-page.txt")
    assert summary(result) == [
        # "Lindon Ashby (LNAB) CEO Dalia Ferreira said": the CEO, not the company
        (
            "The ruling changes nothing for us this year. Our customers in Portugal still want "
            "the same chargers.",
            "Dalia Ferreira",
        ),
        # "Hamid Osei, co-CEO, Brightmoor:": the person the line starts with
        ("It is a good time to be a buyer of old warehouses.", "Hamid Osei"),
        ("We expect two more cuts, not five.", "Nadia Kerr"),
        # signed on the next line, with no dash: "Fintra Group Chief Financial Officer ..."
        ("There is a lot of nervousness on the trading floor.", "Tomas Lindqvist"),
        ("This was a setback for the whole sector.", "Rae Bannon"),
        # a headline "Ferreira: Lisbon will not be 'on hold'"
        ("on hold", "Dalia Ferreira"),
        # the cue that ends the sentence: "..., Ferreira said."
        ("a bet on the grid", "Dalia Ferreira"),
        # "Sir Martin" is the Sir Martin Hale named before
        ("Read the report.", "Martin Hale"),
        # ranks: "Sgt.", "Major"
        ("Nobody was hurt and the building is secure,", "Ana Ruiz"),
        ("We have asked the owners for the camera footage,", "Colm Brady"),
    ]


def test_korean_names_dotted_bodies_and_subjects_behind_clauses():
    _, result = quotes_of("seoul-briefing.txt")
    assert summary(result) == [
        # Korean names put the family name first: "Park" is Park Min-seo
        ("We hope the North will choose dialogue over tests,", "Park Min-seo"),
        ("There was no warning of any kind.", "Cho Hyun-woo"),
        ("deeply worrying", "U.N."),
        ("the tests will go on", "Kim Jong Un"),
        # "The maker's chief engineer, Lars Holm, ...": the name the role is apposed to
        ("The engines are ready.", "Lars Holm"),
        # "A lawyer who represents Hanwon Shipping told": the lawyer, not the firm
        ("Our clients did nothing wrong.", "lawyer"),
        # "Regarding ..., the senior ministry official declined to comment, saying"
        ("It is too early to say.", "senior ministry official"),
    ]


def test_datelines_intro_clauses_run_on_marks_and_authors():
    _, result = quotes_of("provincial-feud.txt")
    assert summary(result) == [
        ("hasty.", "lead author"),  # "a decision that the lead author has called"
        # "Multan, Pakistan: Expressing ..., X's long-time ally, Bilal Qureshi, ... said"
        ("a puppet", "Bilal Qureshi"),
        # "QUETTA – Following ... from former Sindh governor Ali Baig, a dissident party
        # leader and former senior Sindh minister Bilal Qureshi Tuesday made ...": Qureshi;
        # and "he" is not the Tariq Rana of the quote's own "We thought ... Tariq Rana"
        (
            "I gave the party eight years. I asked nothing in return. We thought there would"
            " be a new era under Tariq Rana,",
            "Bilal Qureshi",
        ),
        # '... he said."I am sad ...': a ” typed for “ straight after a full stop
        ("I am sad that he never kept his word.", "Bilal Qureshi"),
        # not signed by "Ruiz, along with the chairman, opened an inquiry.": prose
        ("No one asked the members.", "Bilal Qureshi"),
    ]


def test_video_shotlist_soundbites():
    _, result = quotes_of("video-shotlist.txt")
    assert summary(result) == [
        # "SOUNDBITE: (English) Mara Lind, harbour master '...'": the name, not the language
        ("The storm took out the pier in an hour.", "Mara Lind"),
        ("We lost everything we had on the water.", "fisherman"),  # "Vox pop, fisherman"
        ("We will rebuild the pier before the summer.", "Jonas Berg"),
    ]
    assert result.quotes[0].cue == "SOUNDBITE"


def test_one_of_a_group_and_a_reply_as_cues():
    _, result = quotes_of("newsroom-dialogue.txt")
    assert summary(result) == [
        ("Is the story ready?", "one of the reporters"),  # "asked one of the reporters"
        ("Not yet,", "Rhea Moss"),  # "was Moss's only reply"
        ("Give it an hour.", "Rhea Moss"),
        ("Can we run it tonight?", "one of the journalists"),
        ("We can,", "Rhea Moss"),  # "came her answer"
    ]


def test_a_work_named_before_its_title_and_a_name_apposed_to_a_long_title():
    _, result = quotes_of("consumer-desk.txt")
    # 'her new record, "Harbour Lights,"': a title, nobody's words, even beside "said"
    assert summary(result) == [
        ("Most shoppers read the reviews first,", "Priya Nair"),
        ("The scheme has reached 40,000 homes,", "official release"),
        ("I will run again, and I will win.", "Lena Ortiz"),  # "Democrat Lena Ortiz, on ...:"
    ]
    # "..., Deputy Head of the Trading Standards Office's Online Unit, Priya Nair, said."
    assert result.quotes[0].cue == "said"


def test_a_photo_credit_names_no_speaker():
    _, result = quotes_of("photo-credit.txt")
    assert summary(result) == [
        ("The first families will move in before the school holidays.", "Tama Reihana"),
        # after the caption and "RNZ / Ana Lowe": still the minister, not the photographer
        ("Every one of these homes is warm, dry and built to last.", "Tama Reihana"),
    ]


def test_a_list_of_quotes_signed_below_or_named_above():
    _, result = quotes_of("quote-list.txt")
    assert summary(result) == [
        # the list opens with a quote: each is signed in the paragraph below it
        ("Nobody ever lost a race by shaking too many hands.", "Mira Holt"),
        ("I would rather lose honestly than win on a lie.", "Dan Okafor"),
        ("Ask me again on Wednesday.", "Lise Brandt"),
        # this one opens with a name: each speaker is named above the quote
        ("We ran out of leaflets before lunch.", "Ravi Menon"),
        ("Turnout looks higher than last time.", "Tessa Quinn"),
    ]


def test_his_words_paragraph_marks_and_police_ranks():
    _, result = quotes_of("lagos-desk.txt")
    assert summary(result) == [
        # 'a lecture titled "The Future of ..."' is a title, however long; then "His
        # words: '...'" is his, and so is the next paragraph, opened with a ” mark
        (
            "We wrote to the ministry three times and nobody replied."
            " We are not asking for a favour",
            "Tunde Okafor",
        ),
        (
            "The dockworkers have families to feed and rents to pay, and the ministry knows it",
            "Tunde Okafor",
        ),
        ("So we stay out until somebody sits down with us", "Tunde Okafor"),
        ("My door has always been open to the union and it remains open today.", "Zainab Bello"),
        # "According to Okafor, the letters were delivered to ... Maj.-Gen. Ibrahim Musa":
        # Okafor goes on speaking, and "Maj.-Gen." ends no sentence
        ("We have the receipts. We will show them to anybody who asks,", "Tunde Okafor"),
        # "SP Emeka Nwosu" holds a rank: he is still "the police spokesperson"
        ("The strikers have been peaceful and we expect it to stay that way,", "Emeka Nwosu"),
    ]


def test_irish_offices_and_double_given_names():
    _, result = quotes_of("dail-row.txt")
    assert summary(result) == [
        # "Taoiseach", "TD" and "Ceann Comhairle" are offices, not parts of a name
        ("The Deputy knows those figures are wrong.", "Pádraig Walsh"),
        # "Kinsella asked ...:" is the "Anna Marie Kinsella" named before: two given names
        (
            "The Taoiseach has just accused me of misleading the House. I want that withdrawn.",
            "Anna Marie Kinsella",
        ),
        ("stand over every figure", "Siobhán Ní Bhriain"),
        ("I did not hear the remark, and I cannot rule on what I did not hear.", "Dara Cullen"),
        ("the members who kept their tempers in a difficult debate", "Dara Cullen"),  # commended
    ]


def test_hinted_and_a_spokesperson_with_an_office():
    _, result = quotes_of("premiers-meeting.txt")
    assert summary(result) == [
        ("frank", "Colette Brandt"),
        ("a month or two.", "Ian MacLeod"),  # "hinted that ... could come within"
        # "A spokesperson with MacLeod's communications office said": his, not the office
        ("final and fair.", "Ian MacLeod's spokesperson"),
        ("a surprise to everyone.", "spokesman for the mayor's office"),
    ]


def test_headline_speaker_after_the_quote_an_mp_and_a_hansard_turn():
    _, result = quotes_of("canberra-copy.txt")
    assert summary(result) == [
        # "'...': Hartley hits back at Treasury": a headline names its speaker after it
        ("We were never consulted", "Dominic Hartley"),
        # "the Melbourne MP told" is the frontbencher named before
        ("fiction dressed as accounting", "Dominic Hartley"),
        # in Mr Hartley's turn, "She said" is the senator he names, not the label
        ("The member for Wills was briefed twice and chose to say nothing.", "Irene Cole"),
    ]
    assert [t.speaker for t in result.turns] == ["Speaker", "Dominic Hartley"]


def test_showbiz_reveals_a_given_name_alone_and_award_winners():
    _, result = quotes_of("showbiz.txt")
    assert summary(result) == [
        ("I was shaking all through the first read-through,", "Oona Pryce"),  # "she reveals"
        ("My hands would not stop.", "Oona Pryce"),
        # "Oona, 29, tells": a given name the text gave in full before
        ("The director was patient with me,", "Oona Pryce"),
        # "BAFTA-winner Tamsin Rowe": what she won is no part of her name
        ("She was better than any of us by the second week.", "Tamsin Rowe"),
    ]  # (the comedy 'Lantern Street' and the special of 'Harbour Lights' are titles)


def test_briefing_labels_with_outlets_and_ranks():
    _, result = quotes_of("palace-briefing.txt")
    # "MARCO REYES/DZBB:" names the reporter and his outlet; "MARCO/DZBB:" is him again;
    # "SEC. DIZON:" is the spokesperson named in full in the heading
    assert [t.speaker for t in result.turns] == [
        "Liza Abad",
        "Ramon Dizon",
        "Marco Reyes",
        "Ramon Dizon",
        "Marco Reyes",
        "Ramon Dizon",
    ]
    assert result.quotes == []


def test_epithets_for_the_one_named_before():
    _, result = quotes_of("match-reaction.txt")
    assert summary(result) == [
        # "The 52-year-old said", "The Italian later said": age and nationality stand for
        # the last one named before
        ("We never got going and they punished every mistake we made.", "Gareth Pryce"),
        ("It is only a small strain.", "Luca Ferri"),
    ]


def test_chanted_by_residents_of_a_place_and_a_line_opened_with_a_closing_mark():
    _, result = quotes_of("county-rally.txt")
    assert summary(result) == [
        ("Wafula! Wafula!", "residents of Lurambi"),  # not the place "Lurambi"
        # '” We want peace ... ” she said': ” typed for both marks, at a line's start
        ("We want peace during this campaign, let everybody sell their agenda", "Grace Achieng"),
    ]


def test_fact_check_names_ranks_and_a_quoted_year():
    _, result = quotes_of("fact-check-desk.txt")
    assert summary(result) == [
        ("Harbor Watch", None),  # "a blog site called 'Harbor Watch'": a name
        ("It is over for them,", None),  # "referring to Rep. Dana Whitfield": not hers
        # (a "Fleet Orders" register is a name, no quote)
        ("No such order has been issued,", "Alan Price"),  # "Lt. Cmdr. Alan Price"
        ("1998.", "Alan Price"),  # '1998.' is a quote, not the ’98 of a decade
    ]


def test_a_concessive_clause_a_headline_role_and_deploring():
    _, result = quotes_of("un-briefing.txt")
    assert summary(result) == [
        ("act now", "Mira Castell"),  # the headline's "UN relief chief": the echo below
        # "While the agency said that the H5N1 outbreak ..., the Emergency Relief
        # Coordinator, Mira Castell, on Tuesday urged": the main clause's subject
        ("act now", "Mira Castell"),
        ("deliberate", "Farah Idris"),  # "issued a statement deploring the 'deliberate'"
    ]


def test_bulleted_quotes_under_a_name_and_a_post_made_by_someone():
    _, result = quotes_of("best-quotes.txt")
    assert summary(result) == [
        # "  • “...”" items under "Finance Minister Grace Ong" and her photo caption: hers
        # (not signed by the "Opposition leader Martin Yeo" heading below them)
        ("We will not borrow from our children to pay for our comforts today.", "Grace Ong"),
        ("Every dollar in this Budget has a name and an address.", "Grace Ong"),
        ("A name and an address, yes, but not a receipt.", "Martin Yeo"),
        ("dodged every question", "Martin Yeo"),  # "Mr Yeo made a post stating"
    ]


def test_trailing_speaker_said_name_adding_and_according_to_the_diplomat():
    _, result = quotes_of("beijing-briefing.txt")
    assert summary(result) == [
        # "..., ministry spokesman Lin Bo said at a briefing on Monday.": he speaks next
        ("Both sides agreed to keep the channel open,", "Lin Bo"),
        ("a shared map of the problem", "Chen Wei"),  # "said Chen Wei, adding that"
        # "According to the diplomat, Zhou '...'": the diplomat's words about Zhou
        ("spoke frankly about the incidents at sea", "Chen Wei"),
    ]


def test_it_for_the_body_named_before_and_a_long_opening_clause():
    _, result = quotes_of("caucus-statement.txt")
    assert summary(result) == [
        ("a stunt", "Unity Congress"),
        # "It warned that ...": the body the sentence before is about
        ("we will take the matter to the ethics committee", "Unity Congress"),
        # "Following ... in the capital, Thabo Mokoena at his first media briefing as
        # parliamentary leader on Monday promised": the subject after the opening clause
        ("fierce", "Thabo Mokoena"),
    ]


def test_ghanaian_copy_titles_parties_and_releases():
    _, result = quotes_of("accra-desk.txt")
    assert summary(result) == [
        (
            "The whole ULM knows the levy is smaller than the one they passed in 2016, and "
            "still they go on the radio to frighten our market women,",
            "Kwame Ofori",
        ),
        # 'Adding: "..."': a speech verb alone, after his quote
        ("They have been at it all week. Not one of their figures is true.", "Kwame Ofori"),
        # "The Movement's Communications Officer, Ebo Quansah, said": the name, not the office
        ("We stand by every figure we have published.", "Ebo Quansah"),
        # "says the Minister of Fisheries, Kofi Adjei meant": "The Minister" is Kofi Adjei
        ("Nobody will be excused from paying,", "Kofi Adjei"),
        # "But to Nana Owusu-Ansah, ...": in his view; he is the CEO of the apposition
        ("the minister was speaking about the big trawlers, not the canoes", "Nana Owusu-Ansah"),
        # "the Party said": the last party named; "It said", "it said" after it
        ("walkout for the cameras.", "Forward Alliance Party"),
        ("a show, nothing more.", "Forward Alliance Party"),
        (
            "We, the FAP in the Central Region, are reminding the ULM to offer better ideas",
            "Forward Alliance Party",
        ),
        # "the release asked": whoever issued it; then a quote over two paragraphs goes on
        ("Let the fishermen judge who is telling the truth,", "Forward Alliance Party"),
        (
            'We have decided to publish the full accounts of the fund.\n\n"Every cedi will be '
            "there for all to see.",
            "Forward Alliance Party",
        ),
        # "Mr Joe Arthur, Deputy Regional Communications Officer alleged": him
        ("emptied the canoes at Elmina.", "Joe Arthur"),
        ("We will scrap it on day one,", "Esi Mensah"),  # "the 58-year-old said"
    ]


def test_malaysian_copy_honorifics_and_a_trailing_said_name():
    _, result = quotes_of("putrajaya-desk.txt")
    assert summary(result) == [
        # "Datuk Seri" is an honorific: "Hashim said" is Hashim Rahman Yusof
        (
            "We are on schedule. The last two ferries will be tested in August,",
            "Hashim Rahman Yusof",
        ),
        # "the ministry said it welcomed scrutiny ..." then a quote on its own: the ministry's
        ("We also respect the right of the public to ask how the money is spent.", "ministry"),
        # "The Home Minister" is "Its minister Datuk Seri Dr Aziz Kamal Harun" (of the Home
        # Ministry), not "the Prime Minister Datuk Seri Latif Osman"
        ("This is a matter of public safety,", "Aziz Kamal Harun"),
        # "..., said Ports and Harbours Commission Chairman Lim Wei Jie." He said ...
        ("Nobody will be left stranded at the jetty,", "Lim Wei Jie"),
    ]


def test_cricket_copy_skippers_and_a_possessive_subject():
    _, result = quotes_of("cricket-presser.txt")
    assert summary(result) == [
        # "says Kiwi skipper": a role, named later as "Captain Tom Reeve" (a skipper is a
        # captain; the Sri Lanka skipper is not the Kiwi one)
        ("not good enough", "Tom Reeve"),
        # "Reeve's frustration was plain ..., where he blasted": the sentence is about him
        ("We keep giving our wickets away to the same balls,", "Tom Reeve"),
        # "When Lasith Wickrama had survived ..., Kusal Gunasekara was seen applauding": the
        # main clause's subject is "the Sri Lanka skipper"
        (
            "We were never out of this game, and the lower order showed the top order how to bat,",
            "Kusal Gunasekara",
        ),
        ("There is nothing to be alarmed about,", "Kusal Gunasekara"),  # "he reasoned"
    ]


def test_israeli_copy_asked_whom_and_the_office():
    _, result = quotes_of("jerusalem-desk.txt")
    assert summary(result) == [
        ("You are inventing stories", "David Levin"),  # "'...': Levin berates reporters"
        # "Asked whether ..., Prime Minister David Levin shrugs off the question. '...'"
        ("That is not how allies work.", "David Levin"),
        # "MK Tamar Adler Shani (Labor) asked Levin, '...'": she asks, he is asked
        ("Did your office approve the payments, yes or no?", "Tamar Adler Shani"),
        # "To Channel 14's Dana Mizrahi, Levin ... says": to her, his words
        ("You invent a new story every week.", "David Levin"),
        ("the facts will not change because you shout,", "David Levin"),  # "He interjects"
        # "The Prime Minister's Office ... published a statement" then the statement
        (
            "More invented stories. The Prime Minister is well and at home with his family.",
            "Prime Minister's Office",
        ),
    ]


def test_ministry_transcript_labels_with_outlet_and_office():
    text, result = quotes_of("ministry-presser.txt")
    assert [(t.speaker, text[t.start : t.end][:8]) for t in result.turns] == [
        ("Mori", "A satell"),  # "Mori, TV Kanto:": the reporter, then the outlet
        ("Aiko Tanabe", "I am awa"),  # "Ms. Aiko Tanabe, Minister for Foreign Affairs:"
        ("Mori", "Will Jap"),
        ("Aiko Tanabe", "I would "),  # "Minister Tanabe:"
        ("Reporter", "The Prim"),
        ("Hirano", "I have n"),  # "DEPUTY CHIEF CABINET SECRETARY HIRANO:", five words
        ("Reporter", "Has a da"),
        # (a quote sheet's "Jun Sato, CEO of Harbour Lines: '...'" opens no turn)
        ("Hirano", "No date "),
    ]
    assert summary(result) == [
        ("within weeks.", "Prime Minister"),
        ("Shipping will be slower this summer.", "Jun Sato"),
        ("The bridge will open in May.", "Emi Kondo"),
    ]


def test_the_head_of_state_in_lowercase_and_reversed_marks():
    _, result = quotes_of("buenos-aires-copy.txt")
    assert summary(result) == [
        # '"...," the head of state said': the president the text names
        (
            "He is the Minister of Labour, he is the one who understands these matters,",
            "Lucas Ferreyra",
        ),
        ("We have the numbers under control,", "Ramiro Ibarra"),  # ”...“, marks reversed
    ]


def test_tributes_families_and_joint_statements():
    _, result = quotes_of("tributes.txt")
    assert summary(result) == [
        # "The family of former Harbour Lights singer Danny Rourke say": his family
        ("heartbroken", "Danny Rourke's family"),
        # "In a statement, his family said:" (not an adverb, "family"); a photo caption
        # "(Jo Pike/PA)" between two paragraphs of the statement does not end it
        ("Danny will always live in our hearts.", "Danny Rourke's family"),
        ("He loved every one of his fans.", "Danny Rourke's family"),
        ("lit up every stage", "Brian May"),  # "May" is a surname here, not a month
        # "Tom Price, Ellie Shaw and Sam Hurst said": the three of them, then "They"
        (
            "We have lost a brother. We will miss him every day.",
            "Tom Price, Ellie Shaw and Sam Hurst",
        ),
        ("Thank you for the messages.", "Tom Price, Ellie Shaw and Sam Hurst"),
        ("We ask for privacy.", "Danny Rourke's family"),
        ("Ava died peacefully at home.", "Ava Lind's family"),  # "In a statement the Linds say"
    ]


def test_a_mark_typed_the_wrong_way_and_the_subject_after_and():
    _, result = quotes_of("postgame.txt")
    assert summary(result) == [
        # "Theo Banks‘ complaint": an apostrophe typed as an opening mark opens nothing
        ("Sometimes the plays don’t turn out the way you think they should,", "Dale Munroe"),
        # "A reporter asked ... and Munroe had a shorter answer ('...')": the clause's subject
        ("we were beaten on the glass", "Dale Munroe"),
    ]


def test_bangladeshi_copy_long_names_and_a_byline():
    _, result = quotes_of("dhaka-desk.txt")
    assert summary(result) == [
        # a headline's quote is not signed by the byline under it, "Staff Correspondent"
        ("The opposition does not know what it wants", None),
        # "Information and Broadcasting Minister Kamal Uddin ... said": the minister
        (
            "From the statement of their secretary general, it is clear the demand cannot be met,",
            "Kamal Uddin",
        ),
        # a name of four words: "Mirza Kamrul Islam Chowdhury said"
        ("People are watching the government, not us.", "Mirza Kamrul Islam Chowdhury"),
    ]


def test_jamaican_copy_offices_by_initials_and_named_statements():
    _, result = quotes_of("kingston-copy.txt")
    assert summary(result) == [
        # "PM Dwight Palmer": "The Prime Minister" and "The Prime Minister of Jamaica"
        ("it is the people who are left to pay the price.", "Dwight Palmer"),
        ("Every parish will see real development.", "Dwight Palmer"),
        ("My mind is not on the election.", "Dwight Palmer"),  # "But according to him:"
        # 'Calling the speech "long-overdue", Opposition Leader Carla Reid remarked: "..."'
        ("long-overdue", "Carla Reid"),
        ("I am glad the prime minister has finally come out of hiding.", "Carla Reid"),
        # "the UPP statement noted": the party the text spells out as "(UPP)"
        ("Other islands are reopening their economies while we wait,", "United People’s Party"),
    ]


def test_a_list_that_names_each_speaker_in_the_line_above():
    _, result = quotes_of("paddock.txt")
    assert summary(result) == [
        # "Lance Moreau, 1st, 1:28.114": a name with its place and time heads the quote
        (
            "The car came alive when the track dried. I was nervous on the first run, but the"
            ' last lap was clean.\n\n"Tomorrow is a long race and the tyres will decide it.',
            "Lance Moreau",
        ),
        # the team's name below it ("Harrier Racing") signs nothing: the list names above
        ("I lost the rear in the final corner and that cost me the front row.", "Nico Brandt"),
        ("We were too slow in the wet. We will look at the data tonight.", "Marco Dias"),
        ("P12 is not where we want to be, but the race pace is there.", "Kimi Lahti"),
        # "said the 21-year old" after a heading about the team: the driver named before
        ("We brought a new floor and it did not work,", "Oscar Lind"),
    ]


def test_a_name_with_who_before_the_cue_and_a_participle_in_a_that_clause():
    _, result = quotes_of("kampala-desk.txt")
    assert summary(result) == [
        # '"...," Atim who is also the party's national treasurer said': no commas needed
        (
            "I am going to court. They wrote that I sold the land to my relatives and that is"
            " a lie,",
            "Grace Atim",
        ),
        # "Okot said that Attorney General Moses Kato had written ... demanding": Kato
        ("further steps.", "Moses Kato"),
        # '"..." Editor Ruth Nabirye who ... said on Tuesday, "..."': after a full stop the
        # name and its cue begin the next sentence, and its quote
        ("Our reporters followed every document.", None),
        ("We will defend the story in court.", "Ruth Nabirye"),
    ]


def test_tennis_copy_seeds_nationalities_and_labels_with_a_non_breaking_hyphen():
    text, result = quotes_of("courtside.txt")
    assert summary(result) == [
        # "the second seed said", "added the Romanian": the player named before
        ("I had to be more aggressive than in Paris. I stayed too far back there,", "Mira Stan"),
        ("real fighter", "Mira Stan"),  # "despite lauding the Briton a '...'"
        ("I know what to expect,", "Mira Stan"),
    ]
    # "JO‑ANNE KERR:", spelt with U+2011 as the transcription service types it
    assert [(t.speaker, text[t.start : t.end][:9]) for t in result.turns] == [
        ("The Moderator", "Questions"),
        ("Interviewer", "How did t"),
        ("Jo\u2011Anne Kerr", "I served "),
        ("Interviewer", "Were you "),
        ("Jo\u2011Anne Kerr", "Only at t"),
    ]


def test_a_titled_given_name_in_a_headline_is_the_full_name_later():
    _, result = quotes_of("colombo-desk.txt")
    # "Will Minister Sunil apologise?", then "Minister Sunil Jayawardena": one person, so
    # "The Minister" is him by his full name
    assert summary(result) == [
        (
            "I must apologise to the nation for one mistake that helped the other side.",
            "Sunil Jayawardena",
        ),
        ("Children should not worry so much about such things.", "Sunil Jayawardena"),
    ]


def test_the_pope_by_his_name_and_his_titles():
    _, result = quotes_of("vatican-audience.txt")
    # "Pope Leo" is his name as all write it; "the Holy Father" and "His Holiness" are he
    assert summary(result) == [
        ("I greet the pilgrims from Malta and from Gozo!", "Pope Leo"),
        ("Hope does not disappoint.", "Pope Leo"),
        ("May the Lord give you his peace!", "Pope Leo"),
    ]
    _, result = quotes_of("vatican-brief.txt")
    # unnamed, "the Pope", "the Pontiff" and "the Holy Father" are still one person; and
    # "Vatican City, 4 March 2026 (VIS) – " is a dateline, not the sentence's subject
    assert summary(result) == [
        ("Rest is not laziness. It is a gift that frees us", "Pope"),
        ("And", "Pope"),
        ("rest must never become a privilege of the few", "Pope"),
        ("is no longer work but a chain", "Pope"),
    ]


def test_a_long_opening_clause_and_a_place_before_a_role():
    _, result = quotes_of("port-of-spain.txt")
    assert summary(result) == [
        # "Hours after criticising X for ... (over 300 characters), Prime Minister Y urged":
        # the main clause's subject, Y, not the one criticised
        (
            "When all else fails in politics you attack the office of the President, and that"
            " makes you look big and bad.",
            "Carl Beckles",
        ),
        # "The Siparia parliamentarian": a role, not a person called Siparia
        ("wicked soap opera", "Siparia parliamentarian"),
    ]


def test_summit_copy_arabic_surnames_roles_after_names_and_documents():
    _, result = quotes_of("climate-summit.txt")
    assert summary(result) == [
        ("point scoring,", "UN climate chief"),  # "says UN climate chief": not "UN"
        ("We do not have a minute to lose,", "Paul Lindqvist"),
        # "COP41 President Sultan al-Rami on Monday repeated calls": then "he" is al-Rami
        ("Failure is not an option,", "Sultan al-Rami"),
        # "The agreement, which ..., recognises '...'": the document's words
        ("the need for deep and rapid cuts in emissions", "agreement"),
    ]


def test_words_a_speaker_quotes_from_someone_else():
    _, result = quotes_of("kathmandu-desk.txt")
    # '"...", said a committee member quoting Thapa, "..."': Thapa's words, both parts
    assert summary(result) == [
        (
            "You called the issues I raised a charge sheet. This is where the pride shows",
            "Ram Thapa",
        ),
        ("There is no way but to accept the proposal of the majority.", "Ram Thapa"),
        ("I will hand over in two years,", "Hari Adhikari"),  # "Rai said, quoting Adhikari"
    ]


def test_a_fragment_of_someone_s_comments_and_a_promoter():
    _, result = quotes_of("fight-week.txt")
    assert summary(result) == [
        # "Kerr shot down Vance's comments that the contract is '...'": Vance's words
        ("nowhere near done", "Leon Vance"),
        ("shame", "Leon Vance"),  # "countered Vance's accusation that ... was a 'shame'"
        ("He was on stage with me all week,", "Leon Vance"),
        # "Vance's promoter Frank Ward was quick to clarify": then "he" is Ward, not Vance
        ("He was talking about other boxers, not about anyone’s family,", "Frank Ward"),
    ]


def test_a_headline_signed_after_a_spaced_hyphen_and_leaders_who_advise():
    _, result = quotes_of("war-desk.txt")
    assert summary(result) == [
        ("They want the city in the dark", "Marko Ilchenko"),  # '"..." - Ilchenko on X'
        ("very careful", "European leaders"),  # "European leaders advise Ilchenko to be '...'"
    ]


def test_an_acronym_the_text_spells_out_and_remarks_by_someone():
    _, result = quotes_of("strait-desk.txt")
    assert summary(result) == [
        ("face the reality of the strait,", "Ministry of Foreign Affairs"),
        # "MOFA said": the "Ministry of Foreign Affairs (MOFA)" spelt out before
        (
            "Instead of causing insecurity, Beijing should return to a rules-based order,",
            "Ministry of Foreign Affairs",
        ),
        # "denounced remarks by Taiwan's new leader Wen Li-hua that ... '...'": hers; then
        # "..., noting that" is the spokesperson again, not Wen
        ("belong to no one but their people,", "Wen Li-hua"),
        ("separatist", "mainland spokesperson"),
    ]


def test_an_opening_mark_typed_as_a_closing_one_after_a_comma():
    _, result = quotes_of("film-chat.txt")
    assert summary(result) == [
        # 'Arjun Mehra said,”I think ...”': the first ” opens (no space, a capital after)
        ("I think it was natural from the first day we met.", "Arjun Mehra"),
        ("She is a very committed actor.", "Arjun Mehra"),
    ]


def test_according_to_a_role_and_the_name_after_it():
    _, result = quotes_of("lab-news.txt")
    assert summary(result) == [
        (
            "Bees that slept poorly still danced, but the angle of their dance drifted by several"
            " degrees,",
            "Rosa Quintero",
        ),
        (
            "For a forager flying two kilometres, that is the difference between the flower bed"
            " and the car park.",
            "Rosa Quintero",
        ),
        # "According to the study's lead author, Dr Tomas Varga, '...'": him, not the role
        ("We did not expect such a clear effect from a single night", "Tomas Varga"),
    ]


def test_offices_with_two_domains_party_acronyms_and_given_names():
    _, result = quotes_of("islamabad-desk.txt")
    rana, qureshi = "Saleem Akhtar Rana", "Omar Qureshi"
    assert summary(result) == [
        # "Coordinator for Information and Provincial Affairs Saleem Akhtar Rana said": the
        # "and" joins the office's domains; the name after them holds it
        ("actively considering", rana),
        ("red line", rana),
        # "Pakistan Awami Tehreek (PAT) chairman Omar Qureshi": the party is no person
        ("Nobody in this country believes the results announced last night.", qureshi),
        ("free and fair elections", qureshi),  # "made it clear that"
        ("the count must be done again", qureshi),
        # "Omar said": the Omar Qureshi named before ("Chairman Omar" is no full name)
        ("We will not leave the streets until it is,", qureshi),
    ]


def test_a_quote_sheet_with_its_questions_in_brackets():
    _, result = quotes_of("practice-sheet.txt")
    # each answer under "(On ...)" is the speaker's who heads the sheet, not one the
    # question names ("LB Dev Patel", "WR Jim Costa")
    assert [q.speaker for q in result.quotes] == ["Maria Okafor"] * 2 + ["Ray Fenn"] * 2
    assert result.quotes[2].text.startswith("We spread it around.")  # (the bracket is no quote)
    # the text's first line has no line above it (not the sheet that ends the text)
    first = analyse('"Nothing to add."\n\nHEAD COACH JO ROE\n(On the draft)\n').quotes
    assert [q.speaker for q in first] == [None]


def test_court_copy_benches_litigants_and_a_chief_justice_by_her_initials():
    _, result = quotes_of("bench-desk.txt")
    assert summary(result) == [
        # "an irked CJ told", "the CJ replied": the Chief Justice named, not a "CJ"
        ("Argue your case. Do not read the petition to us,", "Meera Kulkarni"),
        ("Please, my lords, hear me out,", "litigant"),
        ("We have heard you. The order is dictated,", "Meera Kulkarni"),
        ("We watched the last over", "KS Menon"),  # initials before a surname: a name
        ("Delay of this kind defeats the very purpose of the remedy", "bench"),
        ("Hearings will stay open to the public,", "resolution"),  # "the resolution read"
    ]


_FROM_SOURCE = """
import importlib.util, json, pathlib, sys

class Source:  # the engine's modules from their .py files, never a compiled copy
    @staticmethod
    def find_spec(name, path=None, target=None):
        if name.startswith("reader.") and path:
            file = pathlib.Path(path[0]) / (name.rpartition(".")[2] + ".py")
            return importlib.util.spec_from_file_location(name, file) if file.is_file() else None

sys.meta_path.insert(0, Source)
import reader.quotes
assert reader.quotes.__file__.endswith(".py")
texts = json.load(sys.stdin)
print(json.dumps([[[q.start, q.end, q.speaker, q.cue, q.confidence, q.reason]
                   for q in reader.quotes.analyse(t).quotes] for t in texts]))
"""


def test_the_compiled_engine_reads_as_its_source():
    """``pip install .`` compiles the engine with Cython (setup.py): it must read every
    fixture, the sample and the seed exactly as its Python source, run by another
    interpreter, does."""
    import reader.quotes

    if reader.quotes.__file__.endswith(".py"):
        pytest.skip("the engine runs from its Python source here (an editable install)")
    files = [*sorted((FIXTURES / "quotes").glob("*.txt")), sample_document()]
    files += sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    texts = [load_document(f).text for f in files]
    run = subprocess.run(
        [sys.executable, "-P", "-c", _FROM_SOURCE],  # -P: the installed package, not ./reader
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        check=True,
    )
    compiled = [
        [[q.start, q.end, q.speaker, q.cue, q.confidence, q.reason] for q in analyse(t).quotes]
        for t in texts
    ]
    for path, ours, theirs in zip(files, compiled, json.loads(run.stdout), strict=True):
        assert ours == theirs, path.name


def test_gulf_copy_patronymics_title_lists_and_posts():
    _, result = quotes_of("gulf-desk.txt")
    khalid, faisal = "Khalid bin Rashid Al Nuaimi", "Faisal bin Hamad bin Saeed"
    assert summary(result) == [
        # "The Crown Prince, Deputy Prime Minister and Minister of Transport, Sheikh Khalid
        # bin Rashid Al Nuaimi, said": the name with its patronymic holds all three titles
        ("will carry a third of the region's grain within five years.", khalid),
        ("We built it for the next fifty years, not for the next election,", khalid),
        # "Prince Faisal" is Faisal bin Hamad bin Saeed (not his father Hamad, nor King Hamad)
        ("has never been better placed to trade.", faisal),
        # "the crown prince said that the country supported '...'": the crown prince
        ("every effort to keep the straits open to all shipping, without exception.", khalid),
        ("Ras Tamar, the gate of the Gulf,", khalid),  # "reads Sheikh Khalid's short post"
    ]  # (and 'Rana "Roo" Haddad' is a nickname in a name, nobody's words)


def test_a_quote_sheet_signed_by_captions_below_each_quote():
    _, result = quotes_of("they-said-it.txt")
    assert [q.speaker for q in result.quotes] == [
        "Tomas Varga",  # "..., minister of works, on the delayed river crossing."
        "Lena Ortiz",  # "..., finance spokeswoman, Green Party, says the figures ..."
        "Arlo Petrakis",  # "Snr Gen Arlo Petrakis, commander, coastal guard, is unimpressed"
        "Harbour Herald",
    ]
    # news copy is no sheet: a quote that goes on from the paragraph above is not signed
    # by the next paragraph's subject
    text = 'Jo Roe said: "We will win."\n\n"And soon."\n\nAnn Holt, the mayor, says it will fail.\n'
    assert [q.speaker for q in analyse(text).quotes] == ["Jo Roe", "Jo Roe"]


def test_asides_reflexives_and_bodies_named_by_their_place():
    # the writer's aside is not the quote's cue: the name before the fragment is
    aside = analyse(
        "The talks ended on Friday. As we reported earlier, President Jo Roe "
        "\u201ccalled for a return to civilian rule.\u201d\n"
    ).quotes
    assert [q.speaker for q in aside] == ["Jo Roe"]
    # "Prayut himself": a person, whom a later "he" means (not the spokesman before him)
    text = (
        "A government spokesman assured Prayut Chan-o-cha\u2019s critics on Monday.\n"
        "Prayut himself has provided two quotes: he claimed that \u201cwe respect it\u201d.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Prayut Chan-o-cha"]
    # "the Chinese embassy in Bangkok's statement blaming 'a Thai politician'": the embassy's
    owned = analyse(
        "Reporters sought his reaction to the Chinese embassy in Bangkok\u2019s statement blaming "
        "\u201ca Thai politician\u201d for the protests.\n"
    ).quotes
    assert [q.speaker for q in owned] == ["Chinese embassy"]


def test_a_q_and_a_prints_its_answers_under_the_questions():
    _, result = quotes_of("qa-reaction.txt")
    # "Here's what the Harbour City manager had to say": the answers are the manager's,
    # across the newsletter line between them (not "Matchday Newsletter")
    assert summary(result) == [
        (
            "Disappointed, of course. You have to give Northgate credit for the way they "
            "started.\n\n“There is enough there to work on this week. We go again on Saturday.",
            "Harbour City manager",
        ),
        (
            "It was. We had worked our way back in and then we gave it away. That is on all of us.",
            "Harbour City manager",
        ),
    ]
    assert "answers the question above" in result.quotes[1].reason


def test_offices_of_a_body_and_headline_epithets_before_a_name():
    def speakers(text):
        return [q.speaker for q in analyse(text).quotes]

    # an office with "of" before the name the quote's cue follows
    assert speakers('"We will not leave," Secretary of State Jo Roe said on Monday.\n') == [
        "Jo Roe"
    ]
    assert speakers('"He will win majors," Hall of Famer Ernie Vale said this week.\n') == [
        "Ernie Vale"
    ]
    # "Texan Roe, 21, leads": where he is from, not his given name; and a column that
    # wraps "record-setter Roe" onto "Jordan Roe is ..." names Jordan Roe once
    text = (
        "Texan Roe, 21, leads the field wire to wire\n"
        "The crowd stood for record-setter Roe\n"
        "Jordan Roe is that kind of champion.\n"
        '"This was my goal in golf," Roe said of the win.\n'
    )
    assert speakers(text) == ["Jordan Roe"]
    # a topic line over an answer, after "what X had to say"
    text = (
        "Here is some of what Jordan Roe had to say on Sunday:\n\n"
        "On his emotions after winning\n\n"
        "\u201cI am a little hoarse from yelling.\u201d\n"
    )
    assert speakers(text) == ["Jordan Roe"]


def test_an_office_alone_labels_a_transcript_turn():
    text, result = quotes_of("harbour-remarks.txt")
    # "Acting Secretary for Transport:" is the office the transcript's heading names
    # ("the Acting Secretary for Transport, Ms Grace Lam"); "Reporter:" asks, once
    assert [t.speaker for t in result.turns] == ["Reporter", "Grace Lam"]
    assert text[result.turns[1].start :].startswith("The pier will open")
    assert result.quotes == []


def test_an_official_report_heads_each_speech_with_its_speaker():
    text, result = quotes_of("chamber-report.txt")
    # "The Presiding Officer (Ana Rees)", "1. Tom Okafor (Northgate) (Lab)": lines of
    # their own over each speech, as a parliament's official report prints them
    assert [t.speaker for t in result.turns] == ["Ana Rees", "Tom Okafor", "Mairi Dunn"]
    assert text[result.turns[2].start :].startswith("The repairs will be finished")


def test_a_body_in_a_name_s_apposition_is_not_the_speaker():
    text = (
        "Paul Roe, Chief Executive of the Harbour Board and Director of Ports, Estra "
        "Government, said: \u201cWe are ready.\u201d\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Paul Roe"]


def test_a_speaker_known_by_initials_or_an_acronym():
    def speakers(text):
        return [q.speaker for q in analyse(text).quotes]

    # "NATO said": a body that speaks, though its name is all capitals
    assert speakers('NATO said: "We are ready."\n') == ["NATO"]
    # "AMLO said that he ...": a man known by his initials, whom a later "he" means
    text = (
        "A journalist asked the president about retiring. AMLO said that he still had the "
        'mettle for the job.\n\n"I work sixteen hours a day," he said.\n'
    )
    assert speakers(text) == ["AMLO"]
    # but a paper quoting a paper still speaks: "Monitor said quoting WSJ"
    text = 'The paper ran the story. "In Peru the vaccines were early," Monitor said quoting WSJ.\n'
    assert speakers(text) == ["Monitor"]


def test_labels_in_capitals_with_accents_and_an_office():
    text = (
        "Here is the full transcript of the conference.\n\n"
        "PRESIDENT ANDRÉS MANUEL LÓPEZ ORTEGA: Good morning.\n\n"
        "Today we will hear from Ana García Vilchis.\n\n"
        "ANA GARCÍA VILCHIS: Good morning, Mr. President.\n"
    )
    assert [t.speaker for t in analyse(text).turns] == [
        "Andrés Manuel López Ortega",
        "Ana García Vilchis",
    ]


def test_words_a_headline_or_a_post_reads():
    text = (
        "A blog post claims the mayor was arrested. 'Mayor arrested for fraud,' reads the "
        "headline on the website The Harbour Wire, a site run by volunteers.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Harbour Wire"]


def test_the_message_from_someone():
    text = (
        "Harbour police have launched a campaign.\n\n"
        "\u2018See it? Report it!\u2019 is the message from Ana Holt, the force\u2019s rural "
        "crime manager.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Ana Holt"]


def test_a_term_defined_in_brackets_is_no_quote_and_may_sit_inside_one():
    text = (
        'Sales of its truck mounted attenuator ("TMA") rose. Jo Roe, the chief executive, '
        'said, "We are pleased with our Intelligent Transport Systems\' ("ITS") products, '
        'which grew 29%."\n'
    )
    result = analyse(text)
    assert summary(result) == [
        (
            'We are pleased with our Intelligent Transport Systems\' ("ITS") products, '
            "which grew 29%.",
            "Jo Roe",
        )
    ]


def test_a_patronymic_is_not_the_surname_of_the_father():
    text = (
        "King Salman met the envoy on Monday.\n\n"
        'Crown Prince Mohammed bin Salman said: "We are ready."\n\n'
        'Sheikh Mohammed bin Zayed said: "So are we."\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Mohammed bin Salman",
        "Mohammed bin Zayed",
    ]


def test_a_leader_named_after_the_office_and_its_country():
    _, result = quotes_of("leader-readout.txt")
    rahmani = "Hossein Rahmani"
    assert [q.speaker for q in result.quotes] == [
        # "He said" after a sentence whose subject comes past its first 160 characters
        # ("In a meeting with ..., Leader of the Revolution of Vardia Ayatollah Seyyed
        # Hossein Rahmani said"): the name after the office, its body and honorifics
        rahmani,
        rahmani,  # "The Vardian Leader": the leader of Vardia the text names
        rahmani,  # "Vardia's leader"
        rahmani,  # "The Leader of the Revolution" (not "Meets" of the headline above)
        "RK Anand Varma",  # a name that opens with initials keeps them
    ]


def test_a_briefing_s_long_labels_ranks_and_a_quote_read_out():
    _, result = quotes_of("defense-briefing.txt")
    # "MINISTER OF DEFENCE HAROLD K. BRANDT III:", a label of seven words; "REAR ADM.
    # ORME:" and "MR. BRANDT:", the two named in full before (not "Orme Holds An" of the
    # headline, nor "Brandt III")
    orme, brandt = "Daniel P. Orme", "Harold K. Brandt"
    assert [t.speaker for t in result.turns] == [orme, brandt, "Interviewer", orme, brandt]
    # "Senator Hale is calling the drawdown — quote — '...'": a progressive, not a passive
    assert summary(result) == [("a retreat dressed up as a plan.", "Hale")]


def test_a_headline_signs_its_quote_after_a_hyphen():
    text = (
        "“No compromise on the river” -President Varga\n\n"
        "President Ilona Varga spoke to reporters on Monday.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Ilona Varga"]


def test_a_line_of_headlines_each_after_the_same_label_opens_no_turn():
    text = (
        'ESB: "Whole Effort" to Investigate Crash; ESB: Recorders Not Yet Found\n\n'
        "TOM VALE, SAFETY BOARD MEMBER: We will not speculate.\n\n"
        "ANNA ROE, ANCHOR: Thank you.\n"
    )
    result = analyse(text)
    assert [t.speaker for t in result.turns] == ["Tom Vale", "Anna Roe"]
    assert summary(result) == [("Whole Effort", "ESB")]  # the board's words, in a headline


def test_music_copy_a_rep_asked_a_dashed_aside_and_lyrics_on_a_song():
    text = (
        "Mara Quist spoke to a radio host on Friday (apparently the host forgave the lyrics "
        'on "SWEAT.") and The Wire reached out to a rep for Quist and was told “no '
        "comment.”\n\n"
        "Quist also tells the host she knows the songs will divide fans – because they are so "
        "raw, adding, “I was able to find my voice.”\n"
    )
    assert summary(analyse(text)) == [
        ("no comment.", "rep for Quist"),  # the one asked, not the paper that asked
        ("I was able to find my voice.", "Mara Quist"),  # (not the "they" after the dash)
    ]  # and the song "SWEAT." is no quote


def test_a_statement_quoted_by_its_author_and_a_related_headline_run_on():
    text = (
        "President Min Ha-joon spoke to the Cabinet on Tuesday.\n\n"
        "Min called for unity, quoting the famous statement by Sen. Arthur Vale, "
        '"Politics stops at the water\'s edge."\n\n'
        '"We will have to work together," he said.\n\n'
        "No honeymoon for Min as opposition dominates National Assembly No honeymoon for "
        "Min 2022-05-11 08:50  |  Politics\n"
        "He said high prices are the biggest problem.\n\n"
        '"We will look hard at the causes," he said.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Arthur Vale",  # the statement's author, whom the president quotes
        "Min Ha-joon",  # "he": the president still (not the senator he quoted)
        "Min Ha-joon",  # (not "National Assembly No" of the headline run on above)
    ]


def test_an_agency_quoting_the_president_and_a_long_arabic_name():
    text = (
        "Reuters interviewed President Abdel Karim El Nour on Thursday.\n\n"
        '"Our security is your security," the agency quoted the president as saying.\n\n'
        "El Nour indicated that the opposition were threatening others with “militias to "
        "confront the people.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Abdel Karim El Nour",  # the president quoted, not the agency quoting him
        "Abdel Karim El Nour",  # "indicated": a cue
    ]


def test_a_name_then_its_titles_before_the_cue():
    text = (
        "Commenting on the FDA letter, Dr. Anna Berg, Chief Executive Officer and Chief "
        'Scientist noted: "Today is a historic day for the company."\n'
    )
    # the name, not "Chief Scientist" (an office, no one called "Scientist")
    assert [q.speaker for q in analyse(text).quotes] == ["Anna Berg"]


def test_track_copy_an_age_apposition_a_report_s_words_and_a_belief():
    text = (
        "Owen Pryce ran the race of his life, and half an hour later Hannah Morgan took silver. "
        "The head coach, Pieter van Dam, had been under pressure all week.\n\n"
        'Pryce, a 25-year-old from Llanelli, is now the world champion. "It was all '
        'worth it," he said.\n\n'
        'Morgan disparaged a Wire report that there were "whispers of discontent", stressing '
        'how supportive her team had been. "Everyone was so nice about it," she said.\n\n'
        'Pryce also believes the win can "inspire a new generation".\n'
    )
    assert summary(analyse(text)) == [
        ("It was all worth it,", "Owen Pryce"),  # "Pryce, a 25-year-old": a person
        ("whispers of discontent", "Wire"),  # the report's words, not Morgan's
        ("Everyone was so nice about it,", "Hannah Morgan"),
        ("inspire a new generation", "Owen Pryce"),  # "believes": a cue
    ]


def test_a_role_then_a_deputy_named_with_the_party_code():
    text = (
        "The leader of the Government in the Chamber, Deputy José Ribeiro (PT-CE) stated "
        "only that the meeting was “excellent”.\n\n"
        "Deputy Prime Minister Ana Lopes said it was “useful”.\n"
    )
    assert summary(analyse(text)) == [
        ("excellent", "José Ribeiro"),  # not "leader of the Government", nor "Deputy José"
        ("useful", "Ana Lopes"),
    ]


def test_court_copy_stamped_labels_run_together_and_a_lawyer_s_cases():
    text = (
        "Share this post\n"
        "Speaker 1: (00:00) Why should the whole statute not fall? Mr. Stewart: (00:29) "
        "First, look at the sequence. The exception came in 2015 and- Speaker 1: (00:47) "
        "Okay. What's your second point? Mr. Stewart: (00:49) Congressional intent.\n"
    )
    assert [t.speaker for t in analyse(text).turns] == [
        "Speaker 1",
        "Stewart",
        "Speaker 1",
        "Stewart",
    ]  # one label opens the line, the others run on inside it, each with its time
    text = (
        "Justice Ann Pell welcomed the new chief justice, Tom Reyes. Pell noted that in "
        "private practice, Reyes had argued 39 cases before the Court, “a number that "
        "exceeds the rest of us.” She wished Reyes “a long and happy career.”\n"
    )
    assert summary(analyse(text)) == [
        ("a number that exceeds the rest of us.", "Ann Pell"),  # (arguing cases: no cue)
        ("a long and happy career.", "Ann Pell"),  # "wished": a cue
    ]


def test_a_court_transcript_with_numbered_lines():
    text, result = quotes_of("numbered-argument.txt")
    # " 8              MS. OKAFOR:  Mr. Chief Justice, and may it": a label after the
    # line's number, on a line that wraps (not a header naming someone)
    assert [t.speaker for t in result.turns] == ["Hale", "Okafor", "Pryor", "Okafor"]
    assert result.turns[1].start == text.index("Mr. Chief Justice")


def test_a_heading_on_its_own_line_over_a_paragraph_of_one_long_line():
    text, result = quotes_of("heading-over-paragraph.txt")
    # the page puts each paragraph on one long line, so a line break ends the heading
    # "... – Fact Desk" (it is no wrapped line running into "A government spokesperson")
    assert summary(result)[2] == ("untrue", "government spokesperson")
    assert result.quotes[-1].speaker == "Ada Kamal"
    # and a byline is nobody: "Staff Correspondent" on its own line is no one named
    assert People().person("Staff Correspondent") is None


def test_a_factbox_heads_each_leader_s_quotes_in_capitals():
    text = (
        "Below are reactions from world leaders:\n\n"
        "ESTRAN PRIME MINISTER HELENA VARGA\n\n"
        "“We congratulate the president-elect on a clear victory.”\n\n"
        "“We look forward to working together.”\n\n"
        "NORLAND’S CHANCELLOR TOMAS ODUYA\n\n"
        "“Our friendship is irreplaceable.”\n\n"
        "The Kremlin was cautious. Its spokesman Ivan Sorokin also expressed confidence "
        "that “dialogue will resume”. Later he congratulated the winner “on a hard-won "
        "result”.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Helena Varga",  # the heading in capitals, an office before the name
        "Helena Varga",  # (her second quote: the heading is above both)
        "Tomas Oduya",
        "Ivan Sorokin",  # "expressed confidence that": a cue
        "Ivan Sorokin",  # "congratulated": a cue
    ]


def test_an_insider_is_a_role():
    text = (
        "The monarch was diagnosed with a “form of cancer.”\n\n"
        "“I was really shocked when I heard it,” a palace insider told the publication.\n"
    )
    assert summary(analyse(text))[1:] == [
        ("I was really shocked when I heard it,", "palace insider"),
    ]


def test_a_straight_quote_opened_with_a_space_at_a_line_s_start():
    text = (
        "That was Governor Ana Reyes on Tuesday.\n\n"
        '" The waves this storm may bring are nothing like you have seen."\n\n'
        'Shelters open at noon. A stray " mark here opens nothing.\n'
    )
    assert summary(analyse(text)) == [
        ("The waves this storm may bring are nothing like you have seen.", "Ana Reyes"),
    ]


def test_central_bank_copy_an_acronym_in_a_role_and_words_owned_after_them():
    text = (
        "BANK, Varga: do not doubt our resolve to bring inflation to 2%\n\n"
        "“Do not doubt our resolve, Varga told the press conference.\n\n"
        "Helena Varga, the Central Bank of Estra (CBE) President, asserted that growth "
        "is “very close” to target.\n\n"
        "ROME, MAY 2 – Inflation “is too high” but “it will fall”.\n\n"
        "CBE Governor Helena Varga observed this in an interview. She said: “I want "
        "to see the data. If you made those remarks, I did not hear them.”\n\n"
        "It translates to: “The rate stays”.\n\n"
        "Later, Varga said: “We may say more, if you made those remarks.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Helena Varga",  # a headline "BANK, Varga:" heads it: Varga, not "Bank"
        "Helena Varga",  # not "President" after the acronym
        "Helena Varga",  # "... observed this" in the next sentence owns the words
        "Helena Varga",
        "Helena Varga",
        "Helena Varga",  # a translation of her quote before (its "made those remarks" owns
        "Helena Varga",  # nothing)
    ]


def test_a_later_clause_s_speaker_and_a_heading_of_someone_s_comments():
    text = (
        "The Estran Ambassador Wu Lin has questioned why the ban was imposed.\n"
        "Universities NZ has asked the Government for an exemption, and Ardern said "
        "the Government was still considering it.\n"
        "But she appeared to hint that an exemption would be unlikely.\n"
        '"There is no point doing this unless we can quarantine people properly."\n\n'
        "And Coach Dineen's comments about why he kept José in goal:\n\n"
        '"I don’t hang those goals on my goalie.”\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Ardern",  # she: the speaker of the sentence's second clause, not the ambassador
        "Coach Dineen",  # the heading gives his comments
    ]


def test_eu_copy_a_surname_with_particles_and_an_infinitive_s_object():
    text = (
        "Commission president Ursula von der Leyen presented her team on Wednesday.\n\n"
        "“We are ready to get to work,” said Ms von der Leyen.\n\n"
        "“I am a European of heart,” von der Leyen said.\n\n"
        "Von der Leyen, chosen to succeed Jean-Claude Roe at the head of the Commission, "
        "stuck to the script.\n\n"
        "Although she did not pronounce ‘the B-word’, she did mention that “one member "
        "of our family intends to leave,” and added:\n\n"
        "“A vast majority of this house seem happy.”\n\n"
        "After a “long and difficult” campaign, it is “crucial to show our unity,” she said.\n"
    )
    assert summary(analyse(text)) == [
        ("We are ready to get to work,", "Ursula von der Leyen"),  # "Ms von der Leyen"
        ("I am a European of heart,", "Ursula von der Leyen"),  # "von der Leyen"
        ("the B-word", None),
        ("one member of our family intends to leave,", "Ursula von der Leyen"),  # not Roe
        ("A vast majority of this house seem happy.", "Ursula von der Leyen"),  # nor B-word
        ("long and difficult", "Ursula von der Leyen"),  # the cue after the sentence's
        ("crucial to show our unity,", "Ursula von der Leyen"),  # next quote
    ]


def test_a_panel_transcript_whose_line_breaks_were_lost():
    text = (
        "Forty years of committees\n\n"
        "Ana Lima: I remember my first committee. It was daunting. Tomas Varga: Mine was "
        "as a witness, and I was nervous. Sir Ned Roe: I am the only Liberal on ours. "
        "Pip Okafor: It was terrifying. Ana Lima: It still is.\n\n"
        "Key points: Committees scrutinise. Their chairs are elected.\n"
    )
    turns = analyse(text).turns
    assert [t.speaker for t in turns] == [
        "Ana Lima",
        "Tomas Varga",
        "Ned Roe",  # (his title is no part of the name)
        "Pip Okafor",  # a name the list of given names lacks, among names that it has
        "Ana Lima",
    ]
    assert text[turns[1].start : turns[1].end] == "Mine was as a witness, and I was nervous."
    # a paragraph with one such line and no more is no transcript
    assert analyse("Note\nKey points: Committees scrutinise. Jo Roe: said so.\n").turns == []


def test_a_live_blog_entry_quotes_the_one_it_reports():
    text = (
        "2.54pm: Lund says what he needed to know was the lawyer's conclusion. Was it "
        "lawful? “Incidentally, he was not alone in that conclusion.”\n\n"
        "2.58pm: Lund says the advice was clear. “I read it twice.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Lund", "Lund"]


def test_a_list_headed_by_someone_s_statements():
    text = (
        "The main thing from Ana Lima's statements at the briefing:\n"
        "Relations will not improve soon;\n"
        'The neighbours are trying to "stick their face" into the talks;\n'
        "Trade goes on.\n\n"
        'Critics called the plan "a farce".\n'
    )
    assert summary(analyse(text)) == [("stick their face", "Ana Lima"), ("a farce", "Critics")]


def test_straight_quotes_inside_curly_ones():
    text = (
        '“It is over,” Gore said. “In the words of our hymn, "America, America": '
        '"Let us crown thy good. And now, my friends: it is time for me to go.”\n\n'
        '“We won," Ana Lima said, “and soon.”\n'
    )
    assert summary(analyse(text)) == [
        ("It is over,", "Gore"),
        (  # the quote in the quote never closes: the curly mark ends both
            'In the words of our hymn, "America, America": "Let us crown thy good. And now, '
            "my friends: it is time for me to go.",
            "Gore",
        ),
        ("We won,", "Ana Lima"),  # (a curly quote a straight mark closes: sloppy, but common)
        ("and soon.", "Ana Lima"),
    ]


def test_racing_quote_sheets_captions_below_dashes_and_questions_in_capitals():
    text = (
        "What they said\n\n"
        '"There is still too much hype, but he has won here."\n'
        "Owner Michael Oldfield gradually understanding why his winner is so popular.\n\n"
        "“Who said Mick Chanter couldn’t train a jumps horse? What a man!”\n"
        "Ecstatic owner Tim Radley praises Mick Chanter, better known for football.\n\n"
        "“Are we getting enough credit?”\n"
        "Are Rovers getting enough credit\n\n"
        "Chase Ellison — Winner: “Our guys did a phenomenal job.”\n\n"
        "Matt Kendall wins the 500\n"
        "WHAT DOES THIS WIN MEAN TO YOU? “It means a lot to me.”\n"
        "YOU ARE A 500 WINNER. “That’s unbelievable.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Michael Oldfield",  # the caption right below names the speaker
        "Tim Radley",  # (not the one he praises)
        "Tim Radley",  # (a question on the line below is no caption)
        "Chase Ellison",  # not "Winner"
        "Matt Kendall",  # a question in capitals before the answer, on its line
        "Matt Kendall",
    ]


def test_a_sentence_that_opens_with_and_the_president():
    text = (
        "Today, President Ana Lima joined thousands at the memorial.\n\n"
        "And the President called for unity, saying if Dr. Roe were here today, “he would "
        "want us to argue without doubting each other.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Ana Lima"]


def test_a_role_of_a_body_then_the_name_after_the_quote():
    text = (
        "“We did not hear any proposal,” co-chair of the Greens/EFA Ana Lima said.\n"
        "“We will not,” spokesman for the Labour Party Jo Roe said.\n"
        "“We will not,” spokesman for President Ben Okafor said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Ana Lima",
        "Jo Roe",  # the party's spokesman, named (not "spokesman for the Labour Party Jo Roe")
        "Ben Okafor's spokesman",  # (the President's spokesman is not the President)
    ]


def test_labels_with_the_asker_s_outlet_after_a_dash():
    text = (
        "Premier League – Managers: Roe shrugs off a miss\n\n"
        "Sylvanus Karemera – RBA: Excellency, what mechanisms will you put in place?\n\n"
        "President Kagame: Discussing it is in itself a big step.\n\n"
        "Wilson Twagira – Imvaho Nshya: What is being done?\n\n"
        "President Kagame: We monitor and evaluate. “We shall sort it out,” he boasts.\n"
    )
    result = analyse(text)
    assert [t.speaker for t in result.turns] == [
        "Sylvanus Karemera",  # (not the heading: "Premier League" is no one)
        "Kagame",
        "Wilson Twagira",
        "Kagame",
    ]
    assert summary(result) == [("We shall sort it out,", "Kagame")]  # "boasts": a cue


def test_airline_copy_an_airline_is_a_body():
    text = (
        "Indian carrier Air India Express has denied reports of an emergency landing. "
        "Media said an Air India flight from Dubai landed in Kochi.\n"
        "However, an Air India Express spokesperson confirmed it was not an emergency landing.\n"
        "“It was a normal, weather-related diversion,” the spokesperson said.\n"
        "“They went to Mangalore by the same flight,” he added.\n"
        "The flight landed in Rome after a threat that turned out to be “not credible”, said "
        "the airline.\n"
        "The manager left early, which was “a mistake”, said the club.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "spokesperson",  # not "Air India", an airline
        "spokesperson",
        "airline",  # "said the airline": a body speaks
        "club",  # (so does a club)
    ]


def test_a_reference_mark_between_the_quote_and_its_cue():
    text = (
        "Dan Roe is an American broadcaster and politician.[1]\n\n"
        '"No one reached out to me,",[3] Roe said. "And if that is the exchange, I\'m all '
        'in."[4]\n\n'
        'He later said the remarks were "taken out of context".[5]\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Dan Roe", "Dan Roe", "Dan Roe"]


def test_a_viral_post_and_the_users_who_answered_it():
    text = (
        'Billionaire Ben Okafor wrote on X, "Nobody, that\'s my name" on May 2, 2024 While '
        'some users asked Mr Okafor if he was "okay", others started a meme fest. A user '
        'wrote, "You good bro?" Another user commented, "Hi Nobody." "Tomorrow is another '
        'day," the third user wrote. "Everybody, that\'s my name," the fourth user wrote.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Ben Okafor",  # (a billionaire is what he is, no part of his name)
        "some users",  # (not "2024 While some users": the date ends no sentence)
        "user",  # a user of the platform speaks
        "Another user",
        "third user",  # another again: not the user before
        "fourth user",
    ]


def test_another_of_a_group_is_someone_not_named():
    text = (
        'The clip of Ana Lima went viral. One user wrote, "Who else is watching this?" '
        'Another commented, "Best thing all week." A third added: "Iconic." '
        'Lima said: "I am grateful."\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "user",
        None,  # not a person called "Another", nor the user before
        None,  # "a third" (not the cue of the sentence after)
        "Ana Lima",
    ]


def test_a_statement_heading_owns_the_paragraph_under_it_even_after_a_dateline():
    text = (
        "Statement by Lena Obi on the Harbour Vote\n\n"
        "(Coast Wire) “We have waited ten years for this.”\n\n"
        "Statement of Acting Mayor Tomas Varga\n\n"
        "PORTVILLE — “The harbour stays open.”\n\n"
        "Statement from the Family of Ivo Grant\n\n"
        "“He loved this town.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Lena Obi",  # (a heading "by" her, not a topic; nor the outlet, a name)
        "Tomas Varga",  # (not the one who spoke last: the heading above names him)
        None,  # his family's words, not his
    ]


def test_press_notes_and_an_exchange_boss_said_with_a_space_before_the_mark():
    text = (
        "Or as Efron puts it: “It is the first step down that road.”\n\n"
        "Team captain Artiom “fng” Barshak lost the final.\n\n"
        "“It is funny,” says Nora Poots. Lee Jordan agrees. “We won,” he says.\n\n"
        "Binance CEO Sam Lin said:\n\n"
        " “I think it will take a while to get back.\n\n"
        "“It was $3,000 in 2018.”\n"
    )
    result = analyse(text)
    assert [q.text[:12] for q in result.quotes] == [
        "It is the fi",
        "It is funny,",
        "We won,",
        "I think it w",  # (one quote over two paragraphs; "fng" is his nickname)
    ]
    assert [q.speaker for q in result.quotes] == ["Efron", "Nora Poots", "Lee Jordan", "Sam Lin"]
    text = "“Fine,” says Jane Cole. “We lost,” he says.\n"
    assert [q.speaker for q in analyse(text).quotes] == [
        "Jane Cole",
        None,  # a man the text does not name: not she, whose quote he follows
    ]


def test_strike_copy_an_age_before_the_name_a_name_given_and_a_mark_typed_twice():
    text = (
        '"We\'re here for the duration," 60-year-old shipping clerk Leo Byrd said today.\n\n'
        "A striking worker we’ll call “Ana” wants to remain anonymous.\n\n"
        "Tim Ross described it as three products in one – ““a widescreen iPod and a phone”.\n"
    )
    result = analyse(text)
    assert [(q.text, q.speaker) for q in result.quotes] == [
        ("We're here for the duration,", "Leo Byrd"),
        ("Ana", None),  # a name the writer gives her, nobody's words
        ("a widescreen iPod and a phone", "Tim Ross"),  # (the second mark is no quote's)
    ]


def test_an_author_of_a_report_speaks_and_everyone_is_nobody_s_name():
    text = (
        "'Warming is here,' an author of a new report says.\n\n"
        "Years later I saw Ben Vale in concert. He changed the words at our show: "
        "“Uptown girl, but not mine anymore…” Everyone laughed.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "author of a new report",
        "Ben Vale",  # (not "Everyone", who laughed)
    ]


def test_an_awards_night_roundup():
    text = (
        "Last year’s winner, Mia Sun (“Lanterns”), presented the Oscar to Tom Kerr. Then "
        "Kerr took the stage. “Dad, I learned so much from you,” the actor signed. “You are "
        "my hero.” — Kyle Buchanan\n\n"
        '"River Song" star Jane Ross dissolved into a laugh. "Sit down, sir," Jane exclaimed. '
        'Ross spent her speech sobbing before proclaiming, "This is for every woman."\n\n'
        'When Sally won for her role, people thought she exclaimed, "You like me!" But the '
        'legendary actress really said this: "I can\'t deny it!" Nora Vale dedicated the '
        "award “to every crew member.” Who could forget Ana Lee's now-infamous line, \"I'm so "
        'in love right now."\n'
    )
    assert [(q.text[:12], q.speaker) for q in analyse(text).quotes] == [
        ("Dad, I learn", "Tom Kerr"),  # (not Mia Sun, named before "Then Kerr")
        ("You are my h", "Tom Kerr"),  # (not the critic who signed the paragraph)
        ("Sit down, si", "Jane Ross"),  # (not "Jane Ross'"; "River Song" is her film)
        ("This is for ", "Jane Ross"),
        ("You like me!", "Sally"),  # (the one the opening clause names)
        ("I can't deny", "Sally"),
        ("to every cre", "Nora Vale"),
        ("I'm so in lo", "Ana Lee"),
    ]


def test_a_quote_whose_closing_mark_is_missing_before_its_cue():
    text = (
        "“We should be cautious,” Prince Faisal said.\n\n"
        "“We have to ensure oil supply to markets, UAE energy minister Omar Said said on "
        "Wednesday. He stressed that prices are not to blame.\n\n"
        '"We are here for the duration," clerk Leo Byrd said.\n'
    )
    quotes = analyse(text).quotes
    assert [(q.text, q.speaker) for q in quotes] == [
        ("We should be cautious,", "Faisal"),
        ("We have to ensure oil supply to markets,", "Omar Said"),
        # (not a quote that goes on into the next paragraph, opened there again)
        ("We are here for the duration,", "Leo Byrd"),
    ]
    assert quotes[1].confidence < quotes[0].confidence  # (a mark was missing)


def test_a_clause_quoted_after_someone_said_something_and_a_quote_uttered():
    text = (
        "Bonds can be jarring in a layoff, Fishbach said. Company leaders are “trying to "
        "remind people that they are family members.”\n\n"
        "When asked about Yorke, Gregory uttered a truly incredible quote – “If I had had a "
        "gun I would have shot him.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Fishbach",  # (her words go on in the sentence after "Fishbach said.")
        "Gregory",
    ]


def test_a_region_in_a_headline_is_no_one_a_title_could_mean():
    text = (
        "Army retakes West Africa town after vigilantes attack\n\n"
        'The vigilantes "surrounded the town early this morning," the officer told AFP.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["officer"]  # (not West Africa)


def test_a_fight_night_recap_and_a_chess_press_conference():
    text = (
        "There was plenty to discuss with UFC boss Dana White.\n\n"
        "– Dana was rendered almost speechless by the fight, saying, “It was unbelievable.”\n\n"
        "“He’ll never fight in the UFC again,” was the UFC president’s reaction to Paul Daley "
        "punching Josh Koscheck. “There’s no place for that.”\n\n"
        "– Dana also revealed that Daley’s response had bothered him.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Dana White",  # (the Dana White named before, though his name alone says no "he")
        "Dana White",  # (the UFC president of the text)
        "Dana White",  # (not Daley, named in the sentence below, no signature)
    ]
    text = (
        "Magnus Carlsen took questions after the game.\n"
        "Q: (FIDE Press Officer) How do you feel?\n"
        "A: (Magnus Carlsen) It feels good.\n"
        "Q: (Paul Truong, USA) Who are your seconds?\n"
        "A: It is no secret.\n"
        "Q. (Indiscernible)?\n"
        "A: I think so.\n"
    )
    assert [t.speaker for t in analyse(text).turns] == [
        "FIDE Press Officer",
        "Magnus Carlsen",
        "Paul Truong",  # (the one the brackets name, not "Interviewer")
        "Magnus Carlsen",
        "Interviewer",  # (a transcriber's note in brackets names no one)
        "Magnus Carlsen",
    ]


def test_a_representative_from_a_department():
    text = (
        "“Every year we have awards,” explained a representative from the Parks and "
        "Recreation Department. She added, “our board goes out.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "representative from the Parks and Recreation Department",
        "representative from the Parks and Recreation Department",  # (one person: "she")
    ]


def test_a_label_of_initials_that_spell_the_office_and_the_name():
    text = (
        "Transcript of Ambush Interview with Senate President Franklin M. Drilon\n\n"
        "Q: Will the hearing go on?\n\n"
        "SPFMD: Yes.\n\n"
        "Q: You will take part?\n\n"
        "SPFMD: I will take part.\n"
    )
    assert [t.speaker for t in analyse(text).turns] == [
        "Interviewer",
        "Franklin M. Drilon",  # (Senate President, the office his initials start with)
        "Interviewer",
        "Franklin M. Drilon",
    ]


def test_a_byline_under_the_last_paragraph_signs_no_quote():
    text = (
        "Peter Curtis spoke briefly outside his family's home.\n\n"
        "“I remember how good people are,” he said. “To all of them, thank you.”\n\n\n"
        "— Erin McClam\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Peter Curtis", "Peter Curtis"]


def test_zoo_copy_a_veterinarian_and_a_keeper_speak():
    text = (
        "“This is an incredible moment,” said the head veterinarian. “Every birth brings "
        "hope.”\n\n"
        "“We raise them in our nursery,” a senior keeper said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "head veterinarian",
        "head veterinarian",
        "senior keeper",
    ]


def test_whose_answer_or_advice_a_quote_is_named_before_it():
    text = (
        "Jane Roe was asked about the deal. Her answer was blunt: “We will not sign it.”\n\n"
        "Tom Hale's reply was short: “Nor will we.”\n\n"
        "When I asked, mom's advice was always the same, “be a good friend”.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Jane Roe", "Tom Hale", "mom"]


def test_a_transcript_headed_by_what_the_coach_said():
    text = (
        "Transcript: Everything head coach Jo Sanders said after the loss\n\n"
        "Opening Statement: “Hats off to our opposition. Big loss by us.”\n\n"
        "On the matchup between Travis Hunter and Eli Moor: “We didn’t play well, not just "
        "Travis.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Jo Sanders", "Jo Sanders"]


def test_a_parliament_row_calling_countering_and_a_misspelt_surname():
    text = (
        "Congress MP Adhir Ranjan Chowdhury took a jibe at Finance Minister Nirmala "
        "Sitharaman calling her a ‘fake minister’ after she spoke.\n\n"
        "“Ask yourself which Ministry you are representing,” Chowdhary said.\n\n"
        "The opposition must apologise for “threatening behaviour” that forced Parliament "
        "to close early, the government said today, countering claims of “outsiders”.\n\n"
        "Sonia Gandhi said it was shameful. Ananth Kumar had named Sonia Gandhi.\n\n"
        "“We have been patient,” she said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Adhir Ranjan Chowdhury",  # (the subject calls her so, not the minister at whom)
        "Adhir Ranjan Chowdhury",  # (a vowel misspelt: the one Chowdhury named)
        "government",
        "government",
        "Sonia Gandhi",  # (Ananth is a man's name: not "she")
    ]


def test_a_headline_gives_a_role_s_message_to_someone():
    text = (
        "Houston police chief’s message to officer’s killer: ‘We are going to catch you’\n\n"
        "Houston Police Chief Art Acevedo had a message on Monday for the killer.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Art Acevedo"]


def test_two_people_who_share_a_surname_and_a_when_before_a_given_name():
    text = (
        "Monica Cousins said the sight would stay with her.\n\n"
        "“We were walking out the door,” Mrs. Cousins said.\n\n"
        "Nearby, Zelda Cousins said she was watching TV.\n\n"
        "“It seemed it wouldn’t stop thundering,” she noted.\n\n"
        "Cousins got her two children and left the home.\n\n"
        "“I’ve got damage to the roof,” she said.\n\n"
        "I spoke to the host, Anne Strainchamps. When Anne asked me, “what’s your book "
        "about?” I had to laugh.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Monica Cousins",
        "Zelda Cousins",
        "Zelda Cousins",  # ("Cousins", of the two, is the one who spoke last)
        "Anne Strainchamps",
    ]


def test_a_name_heads_its_quote_over_an_office_line_and_a_ceo_is_she():
    text = (
        "Gareth Southgate\n\nManager, England\n\n“I had a longer catch up with him.”\n\n"
        "Kieran Trippier\n\nEngland\n\n“He’s mentally strong.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Gareth Southgate", "Kieran Trippier"]
    text = (
        "You look up and see the CEO of your company coming over. She pulls up a chair and "
        "asks you, “What did you think of the call?”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["CEO"]


def test_press_statements_and_appositions_without_an_article():
    text = (
        "Lai Mohammed says Abdulahi Sule, governor of Nasarawa, never claimed it.\n\n"
        "The governor said: “I have come to see Mr President.”\n\n"
        "The chairman, Mr Paul Umenduka, threw his weight behind Mr Ozigbo declaring him "
        "“the right leader”.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Abdulahi Sule",  # (not Lai Mohammed, the last one named before "the governor")
        "Paul Umenduka",
    ]
    text = (
        "Governor Badaru Abubakar made the claim in a statement issued by his aide.\n\n"
        "The statement said: “The Governor does not endorse any organization.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Badaru Abubakar"]


def test_the_star_of_a_film_is_the_actress_named_before():
    text = (
        "Emma Watson gave a speech at the United Nations.\n\n"
        "When asked whether acting comes naturally, the Beauty and the Beast star replied: "
        "“I tend to turn in on myself.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Emma Watson"]


def test_but_before_a_name_that_says_something():
    text = (
        "Brett Kavanaugh testified on Thursday. Tom Grassley interrupted, saying “we are not "
        "stopping.”\n\n"
        "But Kavanaugh said he wants the committee to decide.\n\n"
        "“I will do whatever the committee wants,” he said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Tom Grassley", "Brett Kavanaugh"]


def test_a_petition_speaks_and_a_fragment_goes_on_from_an_echoed_one():
    text = (
        "“Parents were tuned in to learn if we will be sending our kids back,” the petition "
        "stated.\n\n"
        "Knobloch said the meeting revealed several “big truths” about communication.\n\n"
        "Knobloch listed the four “big truths” she had picked up: teachers need to talk "
        "“early and often”, and more.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "petition",
        "Knobloch",
        "Knobloch",  # (the same words as hers before)
        "Knobloch",  # (and so what follows them in the paragraph)
    ]


def test_of_two_who_share_a_surname_and_have_not_spoken_the_one_named_last():
    text = (
        "A jury found the officer guilty in the death of Justine Ruszczyk Damond.\n\n"
        "Ruszczyk Damond, a 40-year-old, died a month before her planned wedding to Don "
        "Damond, the first witness.\n\n"
        "“This case is about Justine,” Damond said.\n\n"
        "Something Damond says may change the city.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Don Damond"]


def test_one_protester_and_initials_without_a_last_dot():
    text = (
        "“The minister said our demands will be met,” said one protester.\n\n"
        "“All the lakes and ponds dried up,” B.K Murti, a farmer from Velangani, told IANS.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["protester", "B.K Murti"]


def test_a_statement_someone_released_that_said_something():
    text = (
        "Jo Roe released a statement that said the pictures of mold are “an isolated "
        "issue.”\n\n"
        "The company released a statement that said it was “a one-off.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Jo Roe", "company"]


def test_an_office_holder_named_after_a_body_and_a_press_release_boilerplate():
    text = (
        "Chicago, Ill. – May 2, 2024 – (Newswire) — National League of Cities President "
        "Denver Mayor Jane Okafor issued the following statement today on the vote:\n"
        "“Our cities asked for this and we thank Congress.\n"
        "“We will work with the department on the rules.”\n"
        "About The National League of Cities\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Jane Okafor"]
    one = text.replace("this and we thank Congress.\n“", "this. ")
    assert [q.speaker for q in analyse(one).quotes] == ["Jane Okafor"]


def test_a_position_before_a_name_and_a_name_trying_to_explain():
    text = (
        "The best lines of the weekend.\n"
        "“Do it again times two.” – Panthers QB Jo Roe, urging the fans on.\n"
        "“I called tails.” Packers QB Al Lee trying to explain the coin toss.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Jo Roe", "Al Lee"]


def test_a_topic_line_that_names_what_someone_else_said():
    text = (
        "Locker Room Comments\n\n"
        "Quarterback Jo Roe\n\n"
        "On what Head Coach Al Lee said at halftime:\n"
        "“He walked over to me and said, ‘Get ready.’”\n\n"
        "On his journey:\n"
        "“This league is very unforgiving.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Jo Roe", "Jo Roe"]


def test_a_role_with_a_participle_and_two_who_speak_as_one():
    text = (
        "As one reporter covering the trial put it, “The jury was asleep.”\n\n"
        "Jo Roe and Al Lee led the study. The results could have “grave consequences” for "
        "fisheries, Roe and Lee warned.\n\n"
        "“We have been friends for years,” Ontario Premier and Council Chair Ann Fox told "
        "reporters.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["reporter", "Jo Roe", "Ann Fox"]


def test_members_of_parliament_as_roles_and_as_a_group():
    text = (
        "Ann Fox MP, Labour's shadow leader of the House, called the plan “outrageous”.\n"
        "The Labour frontbencher told the BBC: “We should be held to account.”\n"
        "While confronting Tory MPs opposite, she said: ‘It is a shame.’\n"
        "The suspensions are “a hand on a spike” one MP told the paper.\n"
        "One Tory MP tells the blog “Once a whip, always a whip”. Rt Hon Jo Roe MP said: "
        "“It proves it.”\n"
    )
    speakers = [q.speaker for q in analyse(text).quotes]
    assert speakers == ["Ann Fox", "Ann Fox", "Ann Fox", "MP", "Tory MP", "Jo Roe"]


def test_celebrity_copy_headings_and_verbs_and_a_chief_executive_after_the_cue():
    text = (
        "What each star said about a co-star.\n\n"
        "Film Star Jo Roe on Al Lee\n\n"
        "“He really was Hercules on it.”\n\n"
        "Musical Star Fantasia Okoro on Ann Fox\n\n"
        "“Ann made every day feel like church.”\n\n"
        "“She is a special actress.” Tim Hart coos about Ann Fox, his co-star.\n\n"
        "“Our customers are struggling,” admitted Acme chief executive Ben Cole.\n"
    )
    speakers = [q.speaker for q in analyse(text).quotes]
    assert speakers == ["Jo Roe", "Fantasia Okoro", "Tim Hart", "Ben Cole"]


def test_a_paragraphs_opening_straight_mark_typed_with_a_space_after_it():
    text = 'Revenue was up.\n\n" Europe went positive," finance chief Jo Roe said.\n'
    quote = analyse(text).quotes[0]
    assert (quote.text, quote.speaker) == ("Europe went positive,", "Jo Roe")


def test_a_name_of_a_department_and_a_label_with_an_aside_in_brackets():
    text = (
        '"Our crews did not know," Captain Jo Roe of the Ocean City fire department told '
        "the Daily News.\n\n"
        "Al Lee: (On the penalty appeal, which was turned down) “The boy dived.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Jo Roe", "Al Lee"]


def test_posts_that_claim_and_a_guy_who_said():
    text = (
        "Social media posts claim some senators are “fraudulent and corrupt”.\n\n"
        "A guy who works with me watches it a lot, and he said: “You have to do it.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Social media posts", "guy"]


def test_a_headline_that_opens_with_a_verb_names_nobody():
    text = "Work Hard, Play Hard: How Lucía Makes Her Music\n\n“I am first in,” says the singer.\n"
    assert [q.speaker for q in analyse(text).quotes] == ["singer"]


def test_words_read_out_from_someone_quoted_and_words_only_named():
    text = (
        "Tom Fox then quoted the late president Nelson Mandela.\n\n"
        "“I have walked that long road,” Fox read, her voice breaking, “and I dare not "
        "linger.”\n\n"
        "The draft contained the word “shall,” although the agreed word was “should.”\n\n"
        "Jo Roe used the word “invasion” twice.\n\n"
        "He handed over to an 18-year-old Fijian girl. “This must be the turning point,” she "
        "says.\n"
    )
    speakers = [q.speaker for q in analyse(text).quotes]
    assert speakers == [
        "Nelson Mandela",
        "Nelson Mandela",
        None,
        None,
        "Jo Roe",
        "18-year-old Fijian girl",
    ]


def test_nigerian_copy_a_governor_represented_a_theme_and_an_aides_office():
    text = (
        "Kogi State Governor Jo Roe has called on youths to defend the country.\n\n"
        "Represented by his Chief of Staff, Al Lee, the Governor said youths must decide "
        "the fate of the nation.\n\n"
        "He urged youths to be law-abiding saying ” crime will not move this country "
        "forward”.\n\n"
        "Lee spoke at the summit, with the theme: “The role of youths in peace” on Tuesday.\n\n"
        "President Ann Fox has congratulated Governor Roe on his birthday.\n\n"
        "This was contained in a statement by Malam Tim Hart, Special Adviser to the "
        "President on Media, in Abuja on Sunday.\n\n"
        "“I am proud to say that you have started off well.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Jo Roe", None, "Ann Fox"]


def test_indian_political_copy():
    text = (
        "Union Minister and BJP leader Jo Roe also criticised the remark, saying "
        '"Congress has cultivated lies."\n\n'
        "Even as protests continued, the parties hit out at each other, with Union Minister "
        'Al Lee calling Tim Hart the "liar of the year".\n\n'
        "Haryana: Amid a row over Ann Fox’s remark on the PM, Home Minister Raj Vij on "
        "Wednesday hit back at the party saying that “it has Ravana hidden inside it.” "
        'Vij, an influential BJP leader in Haryana said, "Ram killed Ravana ages ago."\n'
    )
    speakers = [q.speaker for q in analyse(text).quotes]
    assert speakers == ["Jo Roe", "Al Lee", "Raj Vij", "Raj Vij"]


def test_philippine_copy_translations_and_a_remark_in_which_he_spoke():
    text = (
        "Metro Manila, Philippines – The Palace rejected the remarks.\n"
        "Sen. Al Lee brought up Tim Cruz's 2017 remark, in which he told a group, "
        '"I hate corruption."\n'
        "Ann Roe said in an interview that she had stopped talking to senators.\n"
        "“Kapag mayroong kumakausap sa akin,” she said.\n"
        "[Translation: “When someone talks to me, they go after them.”]\n"
        '"Whatever he said, he loves to horse around," Communications secretary and acting '
        "presidential spokesperson Jo Roe said in a briefing.\n"
    )
    speakers = [q.speaker for q in analyse(text).quotes]
    assert speakers == ["Tim Cruz", "Ann Roe", "Ann Roe", "Jo Roe"]


def test_a_quote_heading_a_paragraph_about_its_speaker():
    text = (
        "‘Then what is left for us’\n\n"
        "Ramlila Maidan in New Delhi was the scene of a farmers’ reunion.\n\n"
        "Minister Al Lee spoke to the media on Sunday.\n\n"
        "‘The PTI chief is responsible for the country’s situation’\n\n"
        "Federal Minister for Education, Jo Roe has held the PTI chief responsible for the "
        "situation of the country.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [None, "Jo Roe"]


def test_campaign_groups_and_departments_with_and_in_their_names():
    text = (
        "Friends of the Earth described the decision as “shocking news”.\n\n"
        'The mine will "carve the heart" out of the woodlands, green groups warn.\n\n'
        "The government has been accused of loosening rules “through the back door” by "
        "environmental campaigners Greenpeace.\n\n"
        'A spokesman for the Department of Energy and Climate Change said: "This is not new."\n\n'
        "Welcoming the ruling, the Department for Energy Security and Net Zero said the "
        '"transition cannot happen overnight".\n'
    )
    speakers = [q.speaker for q in analyse(text).quotes]
    assert speakers == [
        "Friends of the Earth",
        "green groups",
        "Greenpeace",
        "spokesman for the Department of Energy and Climate Change",
        "Department for Energy Security and Net Zero",
    ]


def test_a_word_someone_called_something_is_theirs_but_a_thing_called_something_is_not():
    text = (
        "Ann Roe said the movement had been a factor, a trend that she called "
        '"frustrating."\n\n'
        'The firm runs a blog site called "Sandra Rose".\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Ann Roe", None]


def test_a_phrase_someone_dismissed_reports_with_is_theirs():
    text = (
        "Jo Roe dismissed the reports of a takeover with the phrase 'sometimes we talk.'\n\n"
        "The summit opened with the theme “Building youths for the future”.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Jo Roe", None]


def test_a_name_with_a_who_clause_before_its_cue_and_the_head_of_state_after_a_cue():
    text = (
        "President Jo Roe has said Kenya believes in the rule of law.\n\n"
        "Roe who was in Tana River County said he will “never allow a few people to cause "
        "mayhem,”\n\n"
        "“The interest of the Republic comes first,” noted the head of state.\n\n"
        "Ann Fox branded critics who accuse her of being ‘traitors’ “swivel-eyed”.\n"
    )
    speakers = [q.speaker for q in analyse(text).quotes]
    assert speakers == ["Jo Roe", "Jo Roe", "Ann Fox", "Ann Fox"]


def test_kin_called_by_name_and_a_wordlike_name_someone_called():
    text = (
        '"Did you have a nice time yesterday?" I ask Mom.\n'
        '"Yes," she says.\n'
        "That afternoon I called Bill where he works.\n"
        '"No," he said.\n'
    )
    assert [q.speaker for q in analyse(text).quotes][1:] == ["mom", "Bill"]


def test_a_shared_surname_means_the_one_named_in_full_since_the_other_spoke():
    text = (
        "“We have filed 900 notices,” noted Council Speaker Ada Mercer.\n\n"
        "Mayor Tom Mercer quickly voiced concern over the cost.\n\n"
        "“The numbers just don’t add up,” said Mercer.\n\n"
        "Calling Ada Mercer a friend, Mercer said: “We are reviewing our options.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Ada Mercer",
        "Tom Mercer",
        "Tom Mercer",
    ]


def test_a_quote_sheet_names_players_by_class_position_and_initials():
    text = (
        "Coach Ned Harlow:\n\nOn the effort:\n\n“I think this was our best effort.”\n\n"
        "Junior Guard Omar Pell (25 pts):\n\nOn the threes:\n\n“We knew they closed out hard.”\n\n"
        "Freshman Guard DJ Vance (10 pts, 5 ast.):\n\nOn the schedule:\n\n“We can play anyone.”\n\n"
        "Recap | Final Stats | Photo Gallery\n\n"
        "HEAD COACH Tom Brandt\nOpening statement:\n\n“We made a major step.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Ned Harlow",
        "Omar Pell",
        "DJ Vance",
        "Tom Brandt",
    ]


def test_reports_organiser_names_who_speaks_next():
    text = (
        "Ten days ago Clive Rudd spoke at the launch.\n"
        "In Ashby, activists collected signatures “by the bucket load” on Saturday, reports"
        " organiser Ted Holm.\n"
        "“The public are very angry.\n"
        "“Next time we hope to have more people,” he added.\n"
        "The film's star, comedian Marcus Brigg, was seen slamming smokers as “selfish”.\n\n"
        "Dana Keel felt at home on the set.\n"
        "The 66-year-old stars in the new movie, reported Filmwire.\n"
        "“I really like him,” she said.\n"
    )
    quotes = analyse(text).quotes
    assert [q.speaker for q in quotes][1:] == ["Ted Holm", "Marcus Brigg", "Dana Keel"]


def test_a_star_named_by_her_work_and_a_surname_that_is_a_word():
    text = (
        'Laura Union confessed she "loves" her husband Dwayne Reid.\n\n'
        'Sharing a video, she captioned it: "Happy birthday, baby."\n\n'
        'Whilst Dwayne replied underneath: "Wow! I just cried."\n\n'
        'She explained: "We are in the same space."\n\n'
        "According to Daily Mail, she was on the “The Late Late Show” on Monday.\n\n"
        "“I love him,” the Queen & Slim actress, 34, told Porter.\n\n"
        "The “Night Garden” star added, “He is a really amazing dude.”\n\n"
        "Supporting Actress winner Ana Holt thanked her husband and said, “I love you.”\n"
    )
    quotes = analyse(text).quotes
    assert [(q.text[:12], q.speaker) for q in quotes] == [
        ("loves", "Laura Union"),
        ("Happy birthd", "Laura Union"),
        ("Wow! I just ", "Dwayne Reid"),
        ("We are in th", "Laura Union"),
        ("I love him,", "Laura Union"),
        ("He is a real", "Laura Union"),
        ("I love you.", "Ana Holt"),
    ]


def test_two_men_said_and_an_initial_is_no_surname():
    text = (
        "Patrick M. Butler for the Commonwealth.\n"
        'About 7:20 P.M. the clerk looked up. Two men entered and said, "This is a stickup."\n'
        'At 7:25 P.M. the clerk said, "Take it."\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["two men", "clerk"]


def test_an_elision_inside_single_quotes_and_a_boss_named_before():
    text = (
        "Owen Tate lasted less than a year as manager.\n\n"
        "Zurich-born Tate was largely unheard of in England.\n\n"
        "The former Grasshoppers boss soon changed that.\n\n"
        "‘Bring your dinner, ’coz by the time I’ve finished you’ll need it,’ he said.\n"
    )
    quotes = analyse(text).quotes
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Bring your dinner, ’coz by the time I’ve finished you’ll need it,", "Owen Tate")
    ]


def test_a_quote_above_another_quote_is_no_heading():
    text = (
        "Who said what?\n\n"
        "“[We play] a kind of orgy football. They don’t know from who or where”\n\n"
        "“[Jo Roe] can do or say whatever he wants. In this room he is the boss”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [None, None]


def test_nigerian_copy_quoted_to_have_said_and_a_statement_released_by_the_governor():
    text = (
        "Governor of Kwale State, Emeka Obi, met the President on Friday.\n\n"
        "After the meeting, Femi Ade, the President’s spokesman, said the President was"
        " angry.\n\n"
        "“How can anyone sleep soundly,” he quoted Tunde Bako to have said.\n\n"
        "Speaking after meeting with Acting President Yemi Dare, the Governor said “We had a"
        " fruitful meeting.”\n\n"
        "However, in a statement released by the Governor, while reacting said “Nigeria is"
        " in God’s hands.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Tunde Bako", "Emeka Obi", "Emeka Obi"]


def test_a_named_project_and_a_speaker_of_an_organisation():
    text = (
        "‘Plants on the Brink’, a five-year partnership project, will receive £500,000.\n\n"
        "Bishop Carl Penn of Total Life Christian Ministries said he could “feel the panic”.\n\n"
        "The suspect “is currently being questioned”, specify the police.\n"
    )
    quotes = analyse(text).quotes
    assert [(q.text, q.speaker) for q in quotes] == [
        ("feel the panic", "Carl Penn"),
        ("is currently being questioned", "police"),
    ]


def test_a_dash_clause_of_the_same_subject_and_a_company_officer():
    text = (
        "Take, for example, Acme Steel CEO Rui Vaz, who was asked about spending on a call"
        " — and unloaded on analysts, saying that some “can’t read numbers.”\n\n"
        "“Boring questions are not cool,” Voltra CEO told an analyst on a call.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Rui Vaz", "Voltra CEO"]


def test_a_single_mark_closed_by_a_straight_double_and_a_repeated_pull_quote():
    text = (
        "Storm Floods Neighborhood\n\n"
        "'Ah, shoot,\" Arthur Wall said as he read the side of a sodden box.\n\n"
        "Lisa Gale scrambled through her home. “It was not even on my radar that this could"
        " happen,” Lisa says. Her home is a mile from the river, they noted. “It was not even"
        " on my radar that this could happen.” Like many people, Lisa did not know.\n"
    )
    quotes = analyse(text).quotes
    assert [(q.text[:9], q.speaker) for q in quotes] == [
        ("Ah, shoot", "Arthur Wall"),
        ("It was no", "Lisa Gale"),
        ("It was no", "Lisa Gale"),
    ]
    assert quotes[0].text == "Ah, shoot,"  # (not the rest of its paragraph)


def test_parliament_copy_an_unclosed_apposition_and_a_while_clause_before_he():
    text = (
        '"...how did the tweet tally with the reports?" Manu Nayak, a Labour parliamentarian'
        " queried.\n\n"
        "Leader Dai Seymore raised a point of order with Speaker Gerry Brown, and while"
        " Mr. Brown said he had not heard it, he suggested she “consider withdrawing.”\n\n"
        "Brown received advice which said that Speaker's Rulings say, \"lying is out of"
        ' order".\n\n'
        'He said that if she did not withdraw, "that has consequences".\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Manu Nayak",
        "Gerry Brown",
        "Rulings",
        "Gerry Brown",
    ]


def test_a_blurb_cites_its_source_in_brackets():
    text = (
        "About this ebook\n\n"
        "“Breezy . . . juicy” this memoir from a former reporter is “as entertaining as the"
        " stars she profiles” (Entertainment Weekly).\n\n"
        'The rumour is "completely untrue" (Update).\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Entertainment Weekly",
        "Entertainment Weekly",
        None,
    ]


def test_a_heading_in_capitals_with_the_office_after_a_dash():
    text = (
        "Coach Mark Anscombe and captain Jamie Cudmore spoke to the media.\n\n"
        "MARK ANSCOMBE – HEAD COACH, CANADA\n\n"
        "“We finished really strongly.”\n\n"
        "JAMIE CUDMORE – CAPTAIN, CANADA\n\n"
        "“We’re extremely frustrated.”\n\n"
        "“We stayed in our systems.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Mark Anscombe",
        "Jamie Cudmore",
        "Jamie Cudmore",
    ]


def test_a_record_names_the_author_of_its_quote_field():
    text = (
        "Author: Farah Griffin\n"
        "Book: Read Until You Understand\n"
        "Author quote: “Memoir helped me to frame the readings.”\n"
        "Author: Faith Kramer\n"
        "Book: 52 Shabbats\n"
        "Author quote: “When we eat these foods with intention, we pray.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Farah Griffin", "Faith Kramer"]


def test_the_senior_party_leader_is_the_chief_minister_named_before():
    text = (
        "Addressing a rally, Chief Minister Shiv Chauhan took a jibe at Rahul Gandhi.\n\n"
        "Slamming the Opposition, the senior BJP leader also alleged that Gandhi is"
        ' "dividing India" into north and south.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Shiv Chauhan"]


def test_it_after_a_quote_of_two_sentences_is_the_body_before_it():
    text = (
        "Senator Jo Zubiri said the Chinese Embassy was wrong.\n"
        "The embassy on Wednesday issued a clarification on his statement.\n"
        '"The report is misinformation. China has not placed us on its blacklist," it said.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Chinese Embassy"]


def test_a_speech_names_a_man_with_jr_and_quotes_what_he_professed():
    text = (
        "Martin Luther King Jr. Commemoration\n\n"
        "Dr. Martin Luther King Jr. would have turned 75 tomorrow.\n\n"
        "Most of all, he seemed to me an optimist who professed an “abiding faith in"
        " America.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Martin Luther King"]


def test_reads_the_statement_organized_by_a_body():
    text = (
        "Fifty-two aid chiefs have signed a statement on the crisis. The statement was"
        " organized by InterAction, an alliance of aid groups.\n"
        "“The scale of the crisis continues to increase,” reads the statement in part.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["InterAction"]


def test_a_participant_and_a_gentleman_speak_in_a_first_person_blog():
    text = (
        "Facilitator Rose Garman and I visited the conference.\n\n"
        "One participant told me he has never understood why people start late. “9am is"
        " the middle of the day!” he said.\n\n"
        "One gentleman introduced himself, and with a thick accent told me, “I’m a swine"
        " farmer.” “Wow, a swan farmer?” I said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["participant", "gentleman", None]


def test_a_testimonial_signed_in_the_paragraph_below():
    text = (
        "When Steve Jobs said, “An iPod, a phone, and an internet communicator,” I felt a"
        " shift.\n\n"
        "Echoes from the Industry\n\n"
        "“Silas, this breakdown is brilliant. It’s a masterclass in strategy.”\n\n"
        "David Chen, my former colleague, now Head of Product Marketing.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Steve Jobs", "David Chen"]


def test_a_witness_known_by_an_initial():
    text = (
        "One of the survivors, identified in court only as Miss S, became distressed.\n\n"
        "Miss S said she suffered severe burns on her legs.\n\n"
        "She told the jury she heard a bang. “I had burns, my knees were bad.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Miss S"]


def test_experts_after_their_descriptions_and_roles_joined_by_and():
    text = (
        "“Sugar by any other name is just as sweet,” says Miami-based nutritionist Jan"
        " Brill.\n\n"
        "“Nutrition is one of the hottest topics,” said registered dietitian nutritionist"
        " and Academy Spokesperson Laura Wight.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Jan Brill", "Laura Wight"]


def test_block_quotes_introduced_by_a_sentence_that_ends_in_a_colon():
    text = (
        "Manager’s Reaction\n\n"
        "Speaking after the announcement, Rangers’ manager expressed delight at the"
        " arrival:\n\n"
        "> “This is a player with huge potential and proven ability.”\n\n"
        "Player’s First Words\n\n"
        "The striker, clearly excited about the move, said:\n\n"
        "> “Rangers is a massive club with history and ambition.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Rangers’ manager", "striker"]


def test_a_headline_that_ends_in_a_quote_and_an_office_as_its_subject():
    text = (
        "California sheriff's office issues warning as wildfire rages:"
        " 'You are in danger and you MUST leave now'\n"
        "A newly ignited fire in Northern California has forced thousands to leave.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["California sheriff's office"]


def test_a_wrapped_statement_over_two_paragraphs_from_the_one_it_names():
    text = (
        "The following is a statement from NASA Administrator Sean\n"
        "Okafor regarding Saturday’s successful landing of the first\n"
        "rover, Spirit, on the Martian surface.\n\n"
        "“Congratulations to the Mars Rover team on achieving a\n"
        "successful landing on the surface of Mars by the Rover Spirit.\n"
        "This amazing feat is a tribute to the many men and women\n"
        "throughout NASA.\n\n"
        "“In a few weeks, Spirit’s twin will be landing on\n"
        "the other side of the planet.”\n"
    )
    quotes = analyse(text).quotes
    assert len(quotes) == 1 and quotes[0].text.endswith("the other side of the planet.")
    assert quotes[0].speaker == "Sean Okafor"


def test_the_owners_say_it():
    text = "The restaurant's owners said on Facebook, “We have shared meals and music.”\n"
    assert [q.speaker for q in analyse(text).quotes] == ["restaurant's owners"]


def test_they_for_a_staffer_after_but():
    text = (
        "The state government has declared it will choose its own destiny.\n\n"
        "But a staffer from Premier Ann Palmer's office says the matter was settled in 1859.\n\n"
        '"That simply means we choose our own destiny," they told AAP.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["staffer from Premier Ann Palmer's office"]


def test_musicians_after_their_bands_and_a_letter_penned_by_its_author():
    text = (
        '"It is not the style that has a shelf life," says Squirrel Nut Zippers\' Jim Math.\n'
        '"We draw from a darker place," says Phantogram singer-guitarist Jo Carter.\n'
        '"Our songs are drinking songs," says Cadillac Three lap-steel player Kel Ray.\n\n'
        "“The word deeply harms people,” begins the open letter posted to the website that"
        " was penned by Lora Clay, the group’s chief officer.\n"
        "“I would be honored to speak with you,” the letter continues.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Jim Math",
        "Jo Carter",
        "Kel Ray",
        "Lora Clay",
        "Lora Clay",
    ]


def test_a_council_report_copied_with_a_pages_ad_lines():
    text = (
        "Green councillor Pia Penn-Vargas described “increasing unhappiness” to Bob Stanway.\n"
        "Advertisement\n"
        "Hide AdCllr Pennn-Vargas said: “I wonder if you will call residents customers.\n"
        "“We are not fulfilling the old motto, so we might as well call them victims.\n"
        "Advertisement\n"
        "Hide AdAdvertisement\n"
        "Hide Ad“More seriously, what is the council doing about it?”\n"
        "Cllr Stanway wanted to know 'if that is worth the paper it is written on'.\n"
        "“There can be no physical contact,” the security guard said. Her mother asked why.\n"
    )
    quotes = analyse(text).quotes
    assert [q.text[:12] for q in quotes][1:] == ["I wonder if ", "if that is w", "There can be"]
    assert quotes[1].text.endswith("what is the council doing about it?")
    assert [q.speaker for q in quotes][1:] == ["Pia Penn-Vargas", "Bob Stanway", "security guard"]


def test_a_wife_who_shares_the_surname_of_the_mr_named_before_her():
    text = (
        "Paramedics worked to revive Mr Bellhouse for 40 minutes. However, he died.\n\n"
        "Tributes have been paid to the father of Henry and Jessica.\n\n"
        'His partner of five years, Harriet Bellhouse described him as "a fantastic guy".\n\n'
        '"He was a real family man who loved his kids," she said.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Harriet Bellhouse"] * 2


def test_spoke_of_a_phrase():
    text = (
        "Ghanaian Kofi Mensah-Ade ran to the bench after breaking the deadlock.\n\n"
        'After the match he spoke of his "great feelings" as he thanked his family.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Kofi Mensah-Ade"]


def test_a_sports_transcripts_label_with_a_particle():
    text = (
        "THE MODERATOR: Alex, congratulations. Can you describe the emotions?\n\n"
        "ALEX de MINAUR: Honestly, a little bit of disbelief.\n\n"
        'Q. You said on court that "it was a weird feeling". Is that the word?\n\n'
        'ALEX de MINAUR: Yeah, I said it felt "like a dream", honestly.\n'
    )
    result = analyse(text)
    assert [t.speaker for t in result.turns] == [
        "The Moderator",
        "Alex de Minaur",
        "Interviewer",
        "Alex de Minaur",
    ]
    assert [q.speaker for q in result.quotes] == ["Alex de Minaur"] * 2


def test_a_company_with_an_ampersand_and_its_ceo_after_a_ticker():
    text = (
        '"We are reviewing the report," Johnson & Johnson said in a statement.\n\n'
        "Alloa & Grangemouth MP Jo Leish said he would appeal.\n\n"
        '"I will clear my name," he said.\n\n'
        "Procter & Gamble (PG) former CEO A.G. Lafton on why he came back\n\n"
        "“The short answer was duty and unfinished business.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Johnson & Johnson",
        "Jo Leish",
        "A.G. Lafton",
    ]


def test_an_interview_whose_answers_are_labelled_with_the_doctors_title():
    text = (
        "Medical Research: What is the background for this study?\n\n"
        "Dr. Ueda: In 2009 we had reported an initial review.\n\n"
        "Medical Research: What are the main findings?\n\n"
        "Dr. Ueda: An increase in adverse events was observed.\n"
    )
    assert [t.speaker for t in analyse(text).turns] == ["Medical Research", "Ueda"] * 2


def test_social_media_copy():
    text = (
        "Former First Lady Michele Oban celebrated her birthday. Michele also shared some"
        " thoughts. “With the girls off at college, this birthday brings a new perspective.”\n\n"
        "Singer Bey Knowle posted the first photo of her twins on Instagram.\n\n"
        "Sir Carter and Rumi 1 month today,” Bey Knowle said in the description.\n\n"
        "Queen Alma published her first post on Thursday. The 92-year-old monarch posted"
        " about a letter. The post added “it seems fitting to me that I publish this post.”\n\n"
        "This post mirrors Mila's caption over the weekend about evolution: \"Like the"
        ' mountain I am standing on, change is inevitable."\n'
    )
    quotes = analyse(text).quotes
    assert [q.text[:10] for q in quotes] == [
        "With the g",
        "Sir Carter",
        "it seems f",
        "Like the m",
    ]
    assert [q.speaker for q in quotes] == ["Michele Oban", "Bey Knowle", "Alma", "Mila"]


def test_an_interview_printed_as_one_paragraph_and_a_possessive_after_a_plus():
    text = (
        "Scarlet Jovan: ‘Fame is a megalomaniac’\n\n"
        "It was no different when I met Jovan in January to talk about her new movie. You play"
        " a cyborg in ‘Ghost in the Shell’. Where do you even start?‘It felt restrictive."
        " It was challenging.’ Are you interested in technology?‘I’m wary of it.’\n\n"
        "The pair worked together on Apple TV+'s acclaimed comedy drama 'Dickinson'.\n"
    )
    quotes = analyse(text).quotes
    assert [q.text[:10] for q in quotes] == ["Fame is a ", "It felt re", "I’m wary o"]
    assert [q.speaker for q in quotes] == ["Scarlet Jovan"] * 3


def test_a_cue_that_ends_its_line_with_a_comma_introduces_the_quote_below():
    text = (
        "For example, in a charge of GBH, the prosecution might say,\n\n"
        "“The defendant accepts punching Mr Archer.”\n\n"
        "Whereas the litigant apologised, the Supreme Court proceeded to caution,\n"
        '"Just because we are hearing via video conferencing does not mean it is allowed."\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["prosecution", "Supreme Court"]


def test_a_webvtt_captions_voices_are_turns():
    text = (
        "WEBVTT\n\n"
        "00:00:02.480 --> 00:00:05.280\n<v Speaker 1>Did you see the layoffs\n\n"
        "00:00:05.320 --> 00:00:11.320\n<v Speaker 1>making headlines last weekend?\n\n"
        "00:00:31.480 --> 00:00:31.920\n<v.loud Jo Roe>That's right.</v>\n\n"
        '00:00:32.040 --> 00:00:34.840\n<v Speaker 1>We said it was "a heartbreaking round".\n'
    )
    result = analyse(text)
    turns = [(t.speaker, text[t.start : t.end]) for t in result.turns]
    assert turns[0] == (
        "Speaker 1",
        "Did you see the layoffs\n\n00:00:05.320 --> 00:00:11.320\n"
        "<v Speaker 1>making headlines last weekend?",
    )
    assert [speaker for speaker, _ in turns] == ["Speaker 1", "Jo Roe", "Speaker 1"]
    assert turns[1][1] == "That's right.</v>"
    assert [q.text for q in result.quotes] == ["a heartbreaking round"]


def test_fact_check_copy():
    text = (
        "Trumble had been considering a law. 'I will deploy the military,' Trumble said. Soon"
        " after, Burnet referred to the law. The president, she said, was 'basically saying he"
        " is going ahead.' She spoke later with Donald Trumble.\n\n"
        "Rudy Giulio said the drug could help. 'I think we should let doctors decide,' he said."
        " 'Everything shows that it works.'"
        " His comments echo what Trumble has said over the past few weeks.\n\n"
        "'Here @whpresscorps Ask about THIS!!' @Wiser1 said in the tweet.\n\n"
        "The White House referred us to the Pentagon, which said: 'That is false.'\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Donald Trumble",
        "Burnet",
        "Rudy Giulio",
        "Rudy Giulio",
        "@Wiser1",
        "Pentagon",
    ]


def test_a_deck_under_the_headline_that_repeats_a_later_quote():
    text = (
        "Insider claims Brad Coop broke Lady Gala's heart\n\n"
        "\"She thought he was 'The One'.\"\n\n"
        "Lady Gala is reportedly telling friends that Brad Coop broke her heart.\n\n"
        "“There’s no doubt about it,” a source told the magazine. “She thought he was “the"
        " one” and assumed he felt the same way.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["source"] * 3


def test_a_commons_debate_as_parallel_parliament_prints_it():
    text = (
        "Sittings of the House\n\n"
        "Commons Chamber\n"
        "Lord Lanning Portrait The Leader of the House of Commons (Mr Andrew Lanning)\n"
        "- Hansard - - - Excerpts\n\n"
        "I beg to move, That this House shall sit on Friday 22 March.\n\n"
        "John Spell Portrait Mr John Spell (Warley) (Lab)\n"
        "- Hansard - -\n\n"
        'I said the motion was "unacceptable".\n\n'
        "None Portrait Several hon. Members rose—\n"
        "- Hansard -\n\n"
        "Lord Lanning Portrait Mr Lanning\n"
        "- View Speech - Hansard - - - Excerpts\n\n"
        "From memory, no.\n\n"
        "None Portrait Hon. Members\n"
        "- Hansard -\n\n"
        "More!\n"
    )
    result = analyse(text)
    assert [t.speaker for t in result.turns] == [
        "Andrew Lanning",
        "John Spell",
        "Andrew Lanning",
        "Hon. Members",
    ]
    assert [text[t.start : t.end] for t in result.turns][2:] == ["From memory, no.", "More!"]
    assert [q.speaker for q in result.quotes] == ["John Spell"]


def test_an_as_a_surname_before_a_consonant():
    text = (
        "An Fengshan, spokesman for the office, made the remarks.\n\n"
        'Describing the trend, An said that "anyone trying to fight the trend will fail."\n\n'
        '"An Olympic dream," an official said of the bid.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["An Fengshan", "official"]


def test_british_fragments_of_unnamed_staff():
    text = (
        "Comments came during a session for staff within the department.\n\n"
        "One said they were ‘embarrassed and ashamed’ of measures in the Bill.\n\n"
        "A third claimed they were struggling to balance ‘my own personal ethical convictions’"
        " with the Home Secretary’s ‘rhetoric and policies’. The code says so.\n"
    )
    quotes = analyse(text).quotes
    assert [q.text for q in quotes] == [
        "embarrassed and ashamed",
        "my own personal ethical convictions",
        "rhetoric and policies",
    ]
    assert [q.speaker for q in quotes][:2] == [None, None]
    assert "'One' before cue 'said'" in quotes[0].reason


def test_live_blog_copy():
    text = (
        "Rupert Murdo has called the vote “wonderful”. The owner of several newspapers said"
        " that leaving was like a “prison break ... we’re out”.\n\n"
        'The bill is "illegal" and will fail, Theresa Mays has claimed as Liz Truss faces a'
        " rebellion from backbenchers.\n\n"
        "Labour 'far more supportive' of Government than they say, claims Matt Hanning\n\n"
        "Labour's Jon Ash is far closer to the Government than he says, Hanning said.\n"
    )
    quotes = analyse(text).quotes
    assert [q.cue for q in quotes][1:] == ["said", "claimed", "claims"]
    assert [q.speaker for q in quotes][2:] == ["Theresa Mays", "Matt Hanning"]


def test_a_name_after_the_ad_lines_of_a_copied_page():
    text = (
        "Council row over homes\n\n"
        "Advertisement\n"
        "Hide AdCllr Pia Penn-Vargas said: “I wonder if you will call residents customers.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Pia Penn-Vargas"]


def test_a_name_inside_an_institutes_name_is_no_clause_subject():
    text = (
        "Speaking at the Lakeside Forum, hosted by the Centre for Legal and Policy Studies of"
        " the university, Mira Castellanos went on to say, “We have kept every promise”.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Mira Castellanos"]


def test_a_role_that_gives_a_name_is_that_person():
    text = (
        '"We ran for the doors," said a woman who identified herself as Dana Okafor.\n\n'
        '"It was loud," she said.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Dana Okafor", "Dana Okafor"]


def test_an_office_after_a_demonym_with_no_article():
    text = (
        "Regarding trade, Peruvian Finance Minister said, “We are ready to talk.”\n\n"
        "Peruvian Finance Minister Ana Torres arrived on Monday.\n\n"
        "Asked again, Peruvian Finance Minister added, “We are ready.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Ana Torres", "Ana Torres"]
    alone = analyse(text.split("\n\n")[0]).quotes
    assert [q.speaker for q in alone] == ["Peruvian Finance Minister"]


def test_her_answer_was_and_broke_in():
    text = (
        "Jo Roe took questions on Monday. Her answer was, “No comment.”\n\n"
        "Al Lee spoke next. His reply: “Never.”\n\n"
        "The reporter asked, “Why not?”\n\n"
        "Ms Roe broke in, “Enough.”\n"
    )
    quotes = analyse(text).quotes
    assert [q.speaker for q in quotes] == ["Jo Roe", "Al Lee", "reporter", "Jo Roe"]
    assert quotes[3].cue == "broke in"


def test_a_transcript_of_one_speaker():
    text = (
        "TRANSCRIPT – DOORSTOP INTERVIEW, TOWN HALL, BALLARAT\n"
        "MIRA OKONJO:\n"
        "Good afternoon. The minister could not say how many staff the agency will need.\n"
    )
    turns = analyse(text).turns
    assert [(t.speaker, text[t.start : t.end]) for t in turns] == [
        ("Mira Okonjo", text.split(":\n")[1].rstrip())
    ]
    assert analyse(text.replace("TRANSCRIPT – ", "")).turns == []  # a heading, not a label


def test_a_mark_typed_twice_and_a_club_man():
    text = (
        "Winger Stuart Ellison said the players were sad for the fans.\n\n"
        '""They are fantastic. They keep singing," said the Hull City man.\n'
    )
    quotes = analyse(text).quotes
    assert [(q.text, q.speaker) for q in quotes] == [
        ("They are fantastic. They keep singing,", "Stuart Ellison")
    ]
    text = 'Democrat Ada Stein, on losing in 1952: “"It hurts too much to laugh."\n'
    assert [(q.text, q.speaker) for q in analyse(text).quotes] == [
        ("It hurts too much to laugh.", "Ada Stein")
    ]


def test_a_headline_signed_with_the_speakers_name():
    text = (
        "We switched off against Juventus - Mikel\n\n"
        "“I think we switched off,” he told Skysports. “We should have dealt with it.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Mikel", "Mikel"]


def test_celebrity_copy_from_an_agency():
    text = (
        "Los Angeles, Nov 20 (IANS): 'Harbour Lights' director Tomas Brandt and actress Lena"
        " Marsh joked about their lack of experience.\n"
        'She told the magazine: "We would make jokes that we were going to teach each other."\n'
    )
    quotes = analyse(text).quotes
    assert [(q.text, q.speaker) for q in quotes] == [
        ("We would make jokes that we were going to teach each other.", "Lena Marsh")
    ]


def test_a_quote_after_a_sentence_in_the_passive_goes_on():
    text = (
        "“I was so scared to start,” said Reena Watts.\n"
        "To get the job done, a hypnotist was called in. “That helped me a lot.”\n\n"
        "“Fine,” said Tom Pike.\n"
        "For Teller, nothing is easy. “The more you want it, the less you get.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Reena Watts",
        "Reena Watts",
        "Tom Pike",
        None,
    ]


def test_a_talk_show_is_no_person():
    text = (
        "During an appearance on The Graham Norton Show, the actress revealed she was"
        " 'petrified' of her co-star.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["actress"]


def test_a_police_appeal_as_the_bbc_prints_it():
    text = (
        "Det Supt Mia Crane, the head of the unit, has made an appeal.\n\n"
        "Image source, Tom Fairley/BBC\nImage caption,\n\n"
        "Officers are carrying out forensic investigations at the scene\n\n"
        '"There are some items that I would like to make an appeal for," she said.\n\n'
        "Detectives leading the inquiry have pledged they will be ‘exploring all options’.\n\n"
        "Det Supt Mia Crane said:” We have heard from more than 220 people.\n"
    )
    quotes = analyse(text).quotes
    assert [(q.text, q.speaker) for q in quotes] == [
        ("There are some items that I would like to make an appeal for,", "Mia Crane"),
        ("exploring all options", "detectives"),
        ("We have heard from more than 220 people.", "Mia Crane"),
    ]


def test_she_in_his_sentence_is_the_woman_he_named():
    text = (
        "Ciara Walsh said the vote was close.\n\n"
        "Mr Dunne rose to speak. He went on to attack Ms Keane, saying she commented that the"
        " state could not look after “our own” as well.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Keane"]


def test_closing_marks_typed_as_opening_ones():
    text = (
        "“I am proud of the work I have done for up to ‘to 1.7 million people, “Dana Lin said"
        " in a statement. . “Houstonians will benefit for generations to come. “\n"
    )
    quotes = analyse(text).quotes
    assert [(q.text, q.speaker) for q in quotes] == [
        ("I am proud of the work I have done for up to ‘to 1.7 million people,", "Dana Lin"),
        ("Houstonians will benefit for generations to come.", "Dana Lin"),
    ]


def test_a_caller_who_says_who_they_are():
    text = (
        "Question and answer time. The queue fills up quickly.\n\n"
        '"Hi Bob. It\'s Darryl from Highfalutin Capital. Terrific job!"\n\n'
        '"Thanks Darryl. We really appreciate hearing that."\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Darryl", "Bob"]


def test_kenyan_county_copy():
    text = (
        "The guards were led by Speaker Alex ole Kisemei.\n\n"
        "Kisemei further accused Governor Otieno of impunity.\n\n"
        "“We are not moving from here,” he said.\n\n"
        "The Congress will “become history” under Rahul Gandhi, he claimed.\n\n"
        "The MCAs were reacting to statements made by William Ruto, where he warned the"
        " assembly in an attempt he claimed is meant to “forestall” a by-election.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Alex ole Kisemei",
        "Alex ole Kisemei",
        "William Ruto",
    ]


def test_a_straight_mark_after_an_open_single_one_is_no_mark_typed_twice():
    text = '"While confronting MPs, she said: ‘"Roe‘ '  # (found by the property test)
    assert [q.text for q in analyse(text).quotes] == ["While confronting MPs, she said: ‘"]


def test_a_labels_initial_and_surname_is_the_full_label_before():
    text = (
        "SOLEDAD O'BRIEN, CNN ANCHOR: Good morning.\n\n"
        "MILES O'BRIEN, CNN CORRESPONDENT: I'm Miles O'Brien.\n\n"
        "S. O'BRIEN: Let's get right to our top story.\n\n"
        "M. O'BRIEN: Please join us.\n"
    )
    assert [t.speaker for t in analyse(text).turns] == [
        "Soledad O'Brien",
        "Miles O'Brien",
        "Soledad O'Brien",
        "Miles O'Brien",
    ]


def test_a_quote_opened_with_a_closing_mark_stops_at_its_paragraph():
    text = 'Mia Crane said:” We have heard from 220 people.\n\n"Hi Bob," said Al Lee.\n'
    quotes = analyse(text).quotes
    assert [(q.text, q.speaker) for q in quotes] == [
        ("We have heard from 220 people.", "Mia Crane"),
        ("Hi Bob,", "Al Lee"),
    ]


def test_wire_copys_doubled_backticks_and_apostrophes():
    text = (
        "Chief Ann Vela vowed a ``fair and thorough investigation.''\n\n"
        "``It is our priority,'' the chief said. ``It will take time.\n\n"
        "``We value the students' trust,'' she said.\n"
    )
    quotes = analyse(text).quotes
    assert [(q.text, q.speaker) for q in quotes] == [
        ("fair and thorough investigation.", "Ann Vela"),
        ("It is our priority,", "Ann Vela"),
        ("It will take time.\n\n``We value the students' trust,", "Ann Vela"),
    ]


def test_a_headline_names_its_speaker_after_the_quote_or_before_a_colon():
    text = (
        "'Silence is complicity': Maria Lopez questions why her colleagues wait\n\n"
        'Maria Lopez rips her party: They seem to have had a "lobotomy"\n\n'
        "Maria Lopez said it in a radio interview on Friday.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Maria Lopez", "Maria Lopez"]


def test_a_sheet_of_answers_under_the_line_that_names_whose_they_are():
    text = (
        "Statements to Sport TV by striker Ivan Kral after the 2-1 win on Thursday.\n\n"
        "Game analysis: « We knew it would be hard. »\n\n"
        "Tired? « Of course, but we have to run. »\n"
    )
    assert [(q.text, q.speaker) for q in analyse(text).quotes] == [
        ("We knew it would be hard.", "Ivan Kral"),
        ("Of course, but we have to run.", "Ivan Kral"),
    ]


def test_cnn_labels_with_a_party_and_an_office_before_two_names():
    text = (
        "Sens. Lisa Rowe (R-Alaska) and Ann Kerr (R-Maine) call themselves “kindred spirits,”"
        " and CNN ‘s Dana Bash calls them heroes.\n\n"
        "DANA BASH, HOST: Did I read that right?\n\n"
        "SEN. LISA ROWE (R), ALASKA: You did.\n\n"
        "SEN. ANN KERR (R), MAINE: It helps to have a kindred soul close by.\n\n"
        "BASH: How do you see yourselves?\n\n"
        "ROWE: As someone who votes for Alaska.\n"
    )
    result = analyse(text)
    assert [q.text for q in result.quotes] == ["kindred spirits,"]  # ("CNN ‘s": no mark)
    assert [t.speaker for t in result.turns] == [
        "Dana Bash",
        "Lisa Rowe",
        "Ann Kerr",
        "Dana Bash",
        "Lisa Rowe",
    ]


def test_uk_political_copy_parties_outlets_and_asked_clauses():
    text = (
        "Things got heated between Labour's Barry Gardner and the Conservative's James"
        " Clever on election night.\n\n"
        'The Labour MP said "the idea is fanciful."\n\n'
        "The recording was leaked to Tory-supporting website Guido Fawkes.\n\n"
        'He told the BBC he was "joshing" with a friend.\n\n'
        'Asked about his comments that the situation was "dire" and the party had made a'
        " mistake, Mr Gardner insisted this was not his view.\n\n"
        'At PMQs Rishi Sunak claimed the plan "will not work".\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Barry Gardner",
        "Barry Gardner",
        "Barry Gardner",
        "Rishi Sunak",
    ]


def test_a_colon_and_dash_before_the_words_is_a_colon():
    text = (
        'Chairman:- (putting down his pen) "How else could he have done it?"\n'
        'Legal Adviser to defendant:- "Please sit down".\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Chairman", "Legal Adviser"]


def test_celebrity_copy_feelings_and_films_and_names_that_look_like_cues():
    text = (
        "Zak Ebron felt 'nervous' working with Nicola Kidd\n\n"
        "Veteran actress Helen Mirren feels comedian Russell Brand is quite 'intimidating',"
        " and admits she was scared working with him on 'Arthur'.\n\n"
        "Vanessa Parr is “thrilled” about the role.\n\n"
        "Parr ‘nervous’ About Acting Opposite Depp\n"
    )
    assert [(q.text, q.speaker) for q in analyse(text).quotes] == [
        ("nervous", "Zak Ebron"),
        ("intimidating", "Helen Mirren"),
        ("thrilled", "Vanessa Parr"),
        ("nervous", "Vanessa Parr"),
    ]


def test_a_scare_quote_after_is_stays_nobodys_unless_it_names_a_feeling():
    text = "Jo Roe met the board. The plan is “dead” and the deal was “unfair”.\n"
    assert [q.speaker for q in analyse(text).quotes] == [None, None]


def test_a_read_more_link_signs_nothing():
    text = (
        "‘I will show up’: Anthony Albanese\n"
        "“I'll show up, and I'll work every day,” Mr Albanese said.\n"
        "“I'll step up.\"\n"
        "Read More\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Anthony Albanese"] * 3


def test_australian_transcripts_subjects_line_and_one_inline_label():
    text = (
        "Transcript - Doorstop - Toronto - Thursday, 14 October 2021\n\n"
        "SUBJECTS: Hunter jobs; the election.\n\n"
        "JO FITZROY, MEMBER FOR HUNTER: Good morning, everyone. Thanks for coming.\n"
    )
    turns = analyse(text).turns
    assert [(t.speaker, text[t.start : t.end]) for t in turns] == [
        ("Jo Fitzroy", "Good morning, everyone. Thanks for coming.")
    ]
    two = text + "\nAL LEE, PRIME MINISTER: Thanks, Jo.\n"
    assert [t.speaker for t in analyse(two).turns] == ["Jo Fitzroy", "Al Lee"]


def test_a_closing_mark_typed_to_open_after_a_comma():
    text = 'Sara Mendes was upset. She further said,” I expected the others to score runs."\n'
    assert [(q.text, q.speaker) for q in analyse(text).quotes] == [
        ("I expected the others to score runs.", "Sara Mendes")
    ]


def test_a_fragment_in_the_first_person_is_the_sentence_subjects():
    text = (
        "England won by ten runs.\n\n"
        "Eoin Morgan credited his team for “showing what we are capable of”.\n\n"
        'Quist said nothing "unusual" came up. Walt Kessler "asked about the workers first.'
        ' I told him they all stay."\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Eoin Morgan",
        "Quist",
        "Quist",
    ]


def test_a_straight_mark_and_a_space_before_the_words_still_opens():
    text = 'Ban said acts of violence are " unacceptable," and must end.\n'
    assert [(q.text, q.speaker) for q in analyse(text).quotes] == [("unacceptable,", "Ban")]
    stray = 'The sign read " no entry and the gate was shut.\n'
    assert analyse(stray).quotes == []


def test_a_conjunction_in_capitals_opens_no_turn():
    text = (
        "QUESTION:  What was your reaction?\n\n"
        "WRITER:  I was deeply humbled.\n\n"
        "AND SERIOUSLY, FOLKS: Here is my own favourite question.\n"
    )
    assert [t.speaker for t in analyse(text).turns] == ["Question", "Writer"]


def test_a_sentence_under_a_quote_that_starts_with_a_place_signs_nothing():
    text = (
        "'We the ratepayers are going to be paying the bill.'\n"
        "Bay of Plenty readers have their say.\n"
        "'We have work to do.'\n"
        "Jo Roe of Tauranga\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [None, "Jo Roe"]


def test_pool_report_potus_and_marks_typed_with_spaces_inside():
    text = (
        'POTUS said that " we are all committed to see ISIS defeated ", he also talked'
        " about Iraq.\n\n"
        "POTUS did not take shouted questions.\n\n"
        "“We’ll have a whole press conference, Julie,” he said.\n"
    )
    assert [(q.text, q.speaker) for q in analyse(text).quotes] == [
        ("we are all committed to see ISIS defeated", "POTUS"),
        ("We’ll have a whole press conference, Julie,", "POTUS"),
    ]


def test_the_minister_is_not_the_prime_minister_named_before():
    text = (
        "The cabinet met with Prime Minister Imran Khan on Monday.\n\n"
        "“But right now, the protestors will be satisfied,” Shibli Faraz said.\n\n"
        "Asked about the protests, the minister lambasted the opposition.\n\n"
        "“They have no moral standing,” he said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Shibli Faraz", "Shibli Faraz"]


def test_a_quote_of_punctuation_after_is_raises_nothing():
    text = (  # (found by the property test)
        "Jo Roe released a statement that said it was “, and while Mr. Brown said he had"
        " not heard it, he suggested she ““"
    )  # (the statement Jo Roe released, as the text's first words are read as its subject)
    assert [(q.text, q.speaker) for q in analyse(text).quotes] == [(",", "Jo Roe")]


def test_a_press_officers_initials_label_his_words_inside_a_paragraph():
    text = (
        "Simon Felstein [SF] “We have gone over that.”\n\n"
        "DS: “I have to ask the question.”\n\n"
        "SF: “No, move it on please.”\n\n"
        "DS: “With respect, everybody is talking about this.”\n\n"
        "SF: “No, no, no.” Pochettino then turns to Felstein, pats him on the arm and says:"
        " “You’re going to be the star.” SF: “Move it on please.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Simon Felstein",
        "DS",
        "Simon Felstein",
        "DS",
        "Simon Felstein",
        "Pochettino",
        "Simon Felstein",
    ]


def test_a_label_before_a_sentence_that_a_colon_ends_is_not_its_subject():
    text = (
        "Nottingham Forest: The consensus on Forest has gone like this: “certain to go down”,"
        " “nah, they’ve had it”.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [None, None]


def test_telling_the_truth_is_no_cue_and_a_maker_is_a_role():
    text = (
        "The Los Angeles clothing maker also said it had ‘voluminous evidence’.\n"
        "Eric Baum, the lawyer for the plaintiffs, said he was confident that Lo was telling the"
        " truth and that she was ‘tricked’ into the meeting.\n"
        "‘The claims are legitimate,’ he said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Los Angeles clothing maker",
        "Eric Baum",
        "Eric Baum",
    ]


def test_a_cue_that_brings_on_the_next_quote_is_not_the_one_before_it():
    text = (
        "The Tories are ahead.\n\n"
        "Premier Kathleen Wynne acknowledged that the election is lost, on Saturday."
        ' "Electing them will do exactly that". As for regrets, Wynne said: "I wish I had'
        ' done more".\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Kathleen Wynne", "Kathleen Wynne"]


def test_court_blog_labels_with_an_aside_and_a_role_after_an_opening_phrase():
    text = (
        "Prosecutor (to a defense witness, before the jury): He would benefit, wouldn't he?\n"
        "Witness: Yes, I suppose he would.\n"
        "Prosecutor: And can inmates take classes?\n"
        "Witness: Well, I guess they can.\n"
    )
    assert [t.speaker for t in analyse(text).turns] == [
        "Prosecutor",
        "Witness",
        "Prosecutor",
        "Witness",
    ]
    text = (
        "The trial went on.\n\n"
        "In his closing argument, at five minutes before the hour, the defense attorney stood"
        ' before the jury and said "I have an announcement."\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["defense attorney"]


def test_a_surname_that_is_also_a_common_word_and_a_cue_between_dashes():
    text = (
        "The young Marco So from Cebu won the open. He beat Ilya Brenner in round two.\n\n"
        "“Honestly I was lucky against Brenner” – says So – “I admire him a great deal.”\n\n"
        "So the crowd stood up. “A fine day,” Brenner said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Marco So", "Marco So", "Ilya Brenner"]


def test_a_long_office_of_a_body_before_the_name():
    text = (
        "“This is the oldest hull we have found,” Director of the Maritime Heritage Authority"
        " Keld Aranow told reporters at the dock.\n\n"
        "“We will know more in spring,” said Head of the Regional Museum of Antiquities"
        " Sefa Orun. Ms Orun added that the timbers were sound.\n\n"
        "Chairman of the Harbour Board of Ostmark Jonas Pell said: “The dock stays shut.”\n\n"
        "“We regret the delay,” the Ministry of Coastal Affairs said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Keld Aranow",
        "Sefa Orun",
        "Jonas Pell",
        "Ministry of Coastal Affairs",
    ]


def test_a_quote_after_a_sentence_about_someone_else_in_the_paragraph_is_theirs():
    text = (
        "“I will not sit under this banner,” Harlow said. “It is a disgrace.” Councillor"
        " Dara Quint did not miss a beat. “Then let me take it down, shall I?”\n\n"
        "“We will win,” Tomas Reyne said. Reyne paused. “And soon.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Harlow",
        "Harlow",
        "Dara Quint",
        "Tomas Reyne",
        "Tomas Reyne",
    ]


def test_chief_officers_by_their_initials_and_a_caption_credit_after_a_name():
    text = (
        "In a statement, COO and CFO Dana Whitlock said sales had remained “a solid base.”"
        " “We are cutting costs,” she said.\n\n"
        "Coach Rolf Amsel\nPhoto:\nphotosport\n"
        '"Referees make errors," he said at the press conference.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Dana Whitlock",
        "Dana Whitlock",
        "Rolf Amsel",
    ]


def test_frustrated_after_was_is_the_subjects_own_word():
    text = "Director of rugby Tabai Morven was “frustrated” by the referee’s decision.\n"
    assert [q.speaker for q in analyse(text).quotes] == ["Tabai Morven"]


def test_the_team_boss_is_the_one_the_stories_on_the_team_are_about():
    text = (
        "Press Conference: Gregor Alvane frustrated by Scotland struggles\n\n"
        "Gregor Alvane was left to lament Scotland’s errors after a 27-24 loss.\n\n"
        "Finn Roddy and Huw Maddox all scored in vain for the home side.\n\n"
        "“The pressure they put on us stopped us building,” the Scotland boss said.\n\n"
        "Stuart Hallam scored for Wales. “We were fine,” the Wales coach said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Gregor Alvane", "Wales coach"]


def test_the_subject_after_an_opening_participle_and_its_list_of_names():
    text = (
        "Looking at his squad, after injuries to captain Brian Oakes, flanker Rick Hale and"
        " centre Tom Shand, Clive Wardle did his best to be upbeat.\n\n"
        "“We have got to regroup overnight and move on.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Clive Wardle"]


def test_a_name_with_van_and_an_office_with_initials_after_the_cue():
    text = (
        '"The suspect is in custody," Utrecht police chief Ruud van Dalen told reporters.\n\n'
        '"We feel a tremendous sense of relief," said U.S. Attorney Carla Ventris.'
        ' "Tonight we can sleep."\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Ruud van Dalen",
        "Carla Ventris",
        "Carla Ventris",
    ]


def test_nigerian_copy_a_state_a_governor_and_a_statement_read_in_part():
    text = (
        "Gov Hope Adaeze of Imo state who spoke with journalists assured Nigerians that"
        " “prosperity is coming.”\n"
        "“We think it is not wise at this moment for any demonstration,” the Imo governor said\n\n"
        "The Speaker, Aminu Tanko, made his decision public in a statement he signed.\n"
        "The statement partly read, “Having consulted widely, I have decided to wait.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Hope Adaeze",
        "Hope Adaeze",
        "Aminu Tanko",
    ]


def test_indian_initials_mk_and_a_pull_quote_left_open_under_the_headline():
    text = (
        "Chief Minister MK Stalin on Friday said the claims were ‘imaginary’.\n\n"
        "Don't protest, governors tell young people\n"
        "- Halima Oyelaran\n"
        "“Already, people have suffered enough. The recession has hurt everyone.\n"
        "The governors met in Abuja on Tuesday.\n"
        "Gov Kelechi Obi spoke to journalists after the meeting.\n"
        "“Already, people have suffered enough. The recession has hurt everyone. We think"
        " it is not wise,” Obi said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["MK Stalin", "Kelechi Obi", "Kelechi Obi"]


def test_a_guillemet_before_a_space_separates_and_an_announcer_opens_the_show():
    text = (
        "Announcer: Welcome to another segment of the show. Here is your host, Hugh Brannock.\n\n"
        "Hugh: Good evening. My guest is Pastor Al Whitcombe.\n\n"
        "Pastor Al: Thanks Hugh. It is great to be here.\n\n"
        "Hugh: Well, let us start.\n"
    )
    assert [t.speaker for t in analyse(text).turns] == [
        "Announcer",
        "Hugh Brannock",
        "Al Whitcombe",
        "Hugh Brannock",
    ]
    text = "Twelve die in attack at airport » Twelve service members died on Thursday.\n"
    assert analyse(text).quotes == []
    text = "Er sagte: »Wir bleiben hier, bis es vorbei ist.« Dann ging er.\n"
    assert [q.text for q in analyse(text).quotes] == ["Wir bleiben hier, bis es vorbei ist."]


def test_a_page_of_tennis_quotes_captioned_after_above_and_under_a_name():
    text = (
        "“I suggest that to every player: get married, have kids.” Wimbledon champion Novak Dukovic"
        " offers his tips for the perfect balance.\n"
        "“I still won six matches, lost one.” Roger Fenner speaks frankly after his defeat.\n"
        "“It means as much to me almost like winning.” Fenner is thankful for the support.\n\n"
        "Serena Willis explains what keeps driving her after a 22nd Grand Slam:\n"
        "“There is no ‘enough’. This is how it is: I come first.”\n"
        "Andy Murrow tries to ease the concerns of a nation:\n"
        "“It’s not that bad, is it?”\n\n"
        "Roger Fenner\n\n"
        "When asked if his head cold could mean the end for him. “It's scary times for me.”\n\n"
        "Caroline Wozna\n\n"
        "After her win over Anett Konta, the Dane was asked about her friend. “I would think"
        " so,” she said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Novak Dukovic",
        "Roger Fenner",
        "Roger Fenner",
        "Serena Willis",
        "Andy Murrow",
        "Roger Fenner",
        "Caroline Wozna",
    ]


def test_a_press_conference_told_through_colons_and_a_court_that_speaks():
    text = (
        "Jannik Sorner won the final. Afterwards, the world number one expressed his"
        ' thoughts in a press conference: "This is truly a special moment". A thought went to'
        ' his opponent, Alcarez: "I would like to congratulate Carlos". Sorner does not'
        ' forget those who supported him, beginning with his family: "I must thank my'
        ' parents".\n\n'
        "The court responded to the mother by stating that it appreciated her statement"
        " “very sincerely” and went on to say that “it was not the court who found him"
        " guilty.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Jannik Sorner",
        "Jannik Sorner",
        "Jannik Sorner",
        "court",
        "court",
    ]


def test_a_week_in_quotes_signed_after_each_quote():
    text = (
        "The Week in Quotes\n"
        '"I have qualified 14 times in 16 years." Manchester United manager Jose Morin'
        " speaking at a press conference after the victory\n"
        '"I got him a leather jacket and a book." Peter Crutch reveals on'
        " 'That Peter Crutch Podcast' the present he gave his boss\n\n"
        "“We are sitting in front of a packed dinner table.”\n"
        "*Antonio Conti, Juventus coach\n\n"
        '"That was horrendous for 45 minutes." Emma Hale (BT Sport)\n\n'
        "“Alex Ferris pulled me in many times and said, ‘How many drinks?’” (laughs) Roy Kean"
        " [The Overlap]\n\n"
        '"Of the nine red cards we probably deserved half of them," once claimed Arsene Wenge.\n\n'
        "\"One day I'm going to answer the phone and get, 'Harry, we're in the cart.'\"\n"
        "        - Dave 'Harry' Bassey, renowned for taking over struggling clubs\n\n"
        '"I look like a westerner."\n'
        "        - German Bernd Stangel resigns as coach on his bodyguard's advice\n"
    )
    assert summary(analyse(text)) == [
        ("I have qualified 14 times in 16 years.", "Jose Morin"),
        ("I got him a leather jacket and a book.", "Peter Crutch"),
        ("We are sitting in front of a packed dinner table.", "Antonio Conti"),
        ("That was horrendous for 45 minutes.", "Emma Hale"),
        ("Alex Ferris pulled me in many times and said, ‘How many drinks?’", "Roy Kean"),
        ("Of the nine red cards we probably deserved half of them,", "Arsene Wenge"),
        (
            "One day I'm going to answer the phone and get, 'Harry, we're in the cart.'",
            "Dave Bassey",
        ),
        ("I look like a westerner.", "Bernd Stangel"),
    ]


def test_two_fragments_of_one_clause_and_the_speaker_of_the_clause_after_them():
    text = (
        "Adela talked about her new album “31,” in an interview with Ophelia Winfield.\n\n"
        "When Winfield noted that the album had “literally opened up your soul” and “pain was"
        " almost like a muse for you,” Adela revealed that it was written in real time."
        " “Everything was happening in real time,” she said.\n\n"
        "DI Ruth Dodsley said: “The driver has nothing to fear.”\n\n"
        "Asked when it last happened, Price answered, '1998.'\n"
    )
    assert summary(analyse(text)) == [
        ("literally opened up your soul", "Ophelia Winfield"),
        ("pain was almost like a muse for you,", "Ophelia Winfield"),
        ("Everything was happening in real time,", "Adela"),
        ("The driver has nothing to fear.", "Ruth Dodsley"),
        ("1998.", "Price"),
    ]


def test_labels_in_square_brackets_open_turns():
    text = (
        "Post-match press conference (Hindi) Transcript\n\n"
        "[Reporter:] When you came on to bowl, was the wicket helping you?\n\n"
        "[Mohammed Shafiq:] No, but it depends on what your role is.\n\n"
        "[Reporter:] Tell us about the five wickets.\n\n"
        "[Mohammed Shafiq:] All the wickets are good.\n"
    )
    turns = analyse(text).turns
    assert [t.speaker for t in turns] == ["Reporter", "Mohammed Shafiq"] * 2
    assert text[turns[1].start : turns[1].end].startswith("No, but")


def test_a_director_general_in_lowercase_the_chief_of_a_body_and_a_female_founder():
    text = (
        'The outbreak is the WHO\'s "greatest concern," WHO Director-General Tedros Abebe'
        " said Monday.\n"
        'The WHO "will not hesitate" to call it a pandemic if the evidence suggests it, the'
        " director-general said.\n"
        "The WHO chief said that most cases come from five clusters.\n"
        '"That is important," he said.\n\n'
        "I once asked a prominent female founder about a drama. She essentially said, “I"
        " can’t afford to show vulnerability.”\n\n"
        "My wife stirs and wakes. “Have fun,” she whispers.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Tedros Abebe",
        "Tedros Abebe",
        "Tedros Abebe",
        "prominent female founder",
        "wife",
    ]


def test_a_company_s_officer_named_after_the_cue_and_a_trademark_before_an_apostrophe():
    text = (  # wire copy wrapped at a fixed width, as the filings print it
        "“Due to\nthe increase in demand, we felt the best interest was to buy\nDicon,” said"
        " SpongeCo®’s CEO, Michael\nMetter. “The purchase benefits us.”\n“We are\nenergized"
        " by the union of our two companies,”\ncommented SpongeCo®’s COO, Steven Moskal.\n"
    )
    assert summary(analyse(text)) == [
        (
            "Due to\nthe increase in demand, we felt the best interest was to buy\nDicon,",
            "Michael Metter",
        ),
        ("The purchase benefits us.", "Michael Metter"),
        ("We are\nenergized by the union of our two companies,", "Steven Moskal"),
    ]


def test_a_question_headline_an_official_after_a_quote_and_no_nickname_in_a_headline():
    text = (
        "Will Dorrian own Saturday’s outcome?\n"
        "Mr Dorrian says he is focused on “families in the suburbs” this week.\n\n"
        "On Wednesday, Foreign Ministry spokeswoman Hua Chenying told a briefing that the"
        ' "sanctions will not help."\n\n'
        '"We urge the US side to stop this wrongdoing."\n\n'
        "The Chinese official renewed Beijing's call for talks. She called for both sides to"
        ' "exercise restraint."\n\n'
        "Albano ‘Pretty Sure’ Opposition Not Controlling Agenda, but Will Check With Dorrian\n\n"
        "Albano was equivocal. “Look, I don’t think that’s true,” Albano said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Dorrian",
        "Hua Chenying",
        "Hua Chenying",
        "Hua Chenying",
        "Albano",  # "Pretty Sure": his words (no "Albano Opposition" with that nickname)
        "Albano",
    ]


def test_doubled_single_marks_a_fundraiser_s_creator_and_one_homeowner():
    text = (
        "''The fire started inside and climbed the walls,'' March said. ''We knocked it"
        " down.''\n\n"
        "\"I'm starting this fundraiser to help the family,\" wrote the fundraiser's creator,"
        " Ashley Hebert.\n\n"
        "“Everything we built is gone,” one homeowner said.\n"
    )
    assert summary(analyse(text)) == [
        ("The fire started inside and climbed the walls,", "March"),
        ("We knocked it down.", "March"),
        ("I'm starting this fundraiser to help the family,", "Ashley Hebert"),
        ("Everything we built is gone,", "homeowner"),
    ]


def test_a_paragraph_whose_opening_mark_was_left_out_before_a_job_and_a_name():
    text = (
        "Surface Boss on How the Sixth Episode Reframes Choices\n\n"
        "You can’t just try to make somebody look like a villain,” showrunner Veronica Wend"
        " tells The Hollywood Reporter. “It had to do a 180.”\n"
    )
    assert summary(analyse(text)) == [
        ("You can’t just try to make somebody look like a villain,", "Veronica Wend"),
        ("It had to do a 180.", "Veronica Wend"),
    ]


def test_a_headline_that_ends_with_says_name_and_comments_from_an_mp():
    text = (
        "Police enquiries over Stormont meeting 'deflection', says O'Neary\n\n"
        "The first minister has clashed with members of a committee over a complaint to"
        " police.\n\n"
        "Michelle O'Neary accused assembly member Tim Gaskin of distraction.\n\n"
        'When asked about the record of the meeting, the first minister told Gaskin: "Fancying'
        ' yourself as a judge here."\n\n'
        "Mrs Forster distanced herself from comments from an MP accusing the health minister"
        " of “acting like a poodle”.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Michelle O'Neary",
        "Michelle O'Neary",
        "MP",
    ]


def test_a_role_named_before_a_name_and_an_ex_title():
    text = (
        "Town administrator Nola Schreiber faced the council, and defence lawyer Jo Roe"
        " sat at the back.\n\n"
        "“You don’t think a lifeguard is lifesaving?” ex-Alderman Craig Roemer demanded.\n\n"
        "“We gave you our best answer,” snapped the town administrator.\n\n"
        "“No comment,” said the lawyer.\n\n"
        "“No comment,” said the nurse.\n"
    )
    assert [(q.speaker, q.confidence > 0.5) for q in analyse(text).quotes] == [
        ("Craig Roemer", True),
        ("Nola Schreiber", True),
        ("Jo Roe", True),
        ("nurse", True),
    ]


def test_a_pronoun_after_a_role_and_a_name_of_a_known_gender_and_callers_chanting():
    text = (
        "Ali Hadad spoke first.\n\n"
        "The spokesman for the UN Secretary-General, Stephane Dumont, said that he did not"
        ' hear the question when he stated that attacks on "civilian infrastructure" were'
        " taking place.\n\n"
        'The callers could be heard chanting: "We want to speak!"\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Stephane Dumont", "callers"]


def test_a_show_named_after_a_live_hit_on_is_nobodys_words():
    text = (
        "“I’m going to try to get through this,” reporter Sara Sidmore said during a live hit"
        " on “New Day.”\n\nShe once made an appearance on “Morning Call.”\n"
    )
    quotes = analyse(text).quotes
    assert [(q.text, q.speaker) for q in quotes] == [
        ("I’m going to try to get through this,", "Sara Sidmore")
    ]


def test_agency_copy_with_also_read_lines_a_deputy_chief_minister_and_a_threat():
    text = (
        "Punjab Chief Minister Charan Singh Chandi on Tuesday slammed his predecessor.\n\n"
        "Also Read | Tamil Nadu Shocker: Man Kills Woman In Madurai, Arrested.\n\n"
        '"Due to this, the MLAs have ousted him," he added.\n\n'
        '"Now it is the turn of the people," the chief minister, who opened works worth Rs'
        " 51,000 crores here, said in a public meeting.\n\n"
        'Asked about it, DCM DK Shivaram said, "He is talking out of frustration."\n\n'
        'Vice President Rahul Gandhar had threatened to "expose personal corruption" while'
        " claiming that he was not allowed to speak.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Charan Singh Chandi",
        "Charan Singh Chandi",
        "DK Shivaram",
        "Rahul Gandhar",
    ]


def test_a_name_right_after_a_persons_possessive_is_not_the_subject():
    text = (
        "Kirsten Stewer wasn't always confident. The actress appeared on a show.\n\n"
        "The scene features Stewer's Diana in a cafe, and the actress was aware of the"
        " moment.\n\n"
        '"I was scared on that day," she said.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Kirsten Stewer"]


def test_pc_is_a_police_constables_title():
    text = (
        "PC Matt Rilley said:\n\n"
        "“Three males were seen at the location.” PC Matt Rilley, Staffordshire Police\n\n"
        "“They left in a grey Astra,” said PC Rilley.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Matt Rilley", "Matt Rilley"]


def test_a_teams_coach_is_the_one_manager_the_text_names():
    text = (
        "Bengaluru FC lost 4-3 to FC Goa on Thursday.\n\n"
        "The Blues' manager Alberto Rocca felt the red card shifted the game.\n\n"
        '"It\'s a shame," Rocca said.\n\n'
        "The Bengaluru coach defended his team's captain Sunil Chetty.\n\n"
        '"Sunil is an incredible player."\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Alberto Rocca", "Alberto Rocca"]


def test_a_company_with_inc_before_its_officer_and_a_list_of_offices_before_a_name():
    text = (
        "“Our revenue was hit by shortages,” said Kalix, Inc. President and CEO Carl Rosso.\n\n"
        '"Bookings came in lower than expected," said chairman, president and CEO, Germain'
        " Lamond, in the release.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Carl Rosso", "Germain Lamond"]


def test_he_after_a_sentence_about_a_thing_is_the_one_its_as_clause_names():
    text = (
        "Andy Barrs, a county spokesman, confirmed one death.\n\n"
        "The Main Street area remained closed on Sunday as Governor Larry Hogg arrived at the"
        " city to review the damage. He stated: “I wanted to see it first hand.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Larry Hogg"]


def test_a_greeting_after_a_label_is_a_turn_and_i_thought_in_a_turn_is_the_speakers():
    text = (
        "TOBIN: Radiolab host and producer Molly Webb!\n"
        "MOLLY: Hello hello hello!\n"
        "KATHY: Hi Molly\n"
        "TOBIN: Welcome to the studio!\n"
        'MOLLY: Once that happened I thought, "I\'m going to go stand there." I really did.\n'
    )
    analysis = analyse(text)
    assert [t.speaker for t in analysis.turns] == [
        "Tobin",
        "Molly Webb",
        "Kathy",
        "Tobin",
        "Molly Webb",
    ]
    assert [q.speaker for q in analysis.quotes] == ["Molly Webb"]


def test_a_statement_issued_by_an_office_then_its_name_and_the_statement_added():
    text = (
        "The Kogi State Government has debunked the reports.\n"
        "A statement issued by the Chief Press secretary to the Governor, Oladele Jon Nihi,"
        " described the reports as fake news.\n"
        "“It is the handiwork of mischief makers,” the statement said.\n"
        "The statement further stressed that the report was concocted.\n"
        "“The authors failed woefully,” the statement added.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Oladele Jon Nihi", "Oladele Jon Nihi"]


def test_a_party_between_a_name_and_who_and_he_thought_after_said():
    text = (
        "The crowds are earning the enmity of Rep. Baron Hull (D-Ind.), who accused town hall"
        " protesters of committing “political terrorism.”\n\n"
        "Asked about a ban, Oz said he thought abortion policies should be left up to “women,"
        ' doctors, local political leaders."\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Baron Hull", "Oz"]


def test_trades_and_callings_speak_as_roles():
    text = (
        '"The water rose fast," a firefighter said.\n\n'
        '"We lost everything," said one villager, who declined to give her name.\n\n'
        '"This is a giveaway," pundits said.\n\n'
        'The vote was close. "It is a good bill," the congressman said.\n\n'
        'Dr. Amara Obi, a surgeon at the hospital, was on duty. "It was chaos," the surgeon said.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "firefighter",
        "villager",
        "pundits",
        "congressman",
        "Amara Obi",
    ]


def test_a_jobs_initials_before_a_name_and_an_office_named_with_its_holder_first():
    text = (
        '"We had a strong quarter," CMO Blake Jorgensen said.\n\n'
        '"Costs fell," said SVP Mary Okafor.\n\n'
        '"We will win," MK Stalin said.\n\n'
        'The chief executive, Tom Reyes, was upbeat. "It is a good day," the chief executive'
        " said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Blake Jorgensen",
        "Mary Okafor",
        "MK Stalin",
        "Tom Reyes",
    ]


def test_a_surname_alone_is_the_one_named_before_with_initials():
    text = (
        "Remarks by A.J. Kazim, the chief executive, opened the day.\n\n"
        '"We welcome the partnership," Kazim said.\n\n'
        'J. D. Vance spoke next. "We will see," Vance said.\n\n'
        'The U.S. Congress met. "No," Congress said.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["A.J. Kazim", "J. D. Vance", "Congress"]


def test_secretary_of_state_a_second_office_before_a_name_and_a_datelines_dash():
    text = (
        'Secretary of State Hillary Clinton said: "We are ready."\n\n'
        '"We stand with the people," Sec. Clinton said.\n\n'
        '"We are pleased," said Acer chairman and CEO John Wang, in a statement.\n\n'
        "Talks Go On, Minister Says\n\n"
        "WASHINGTON -- After her meeting with Foreign Minister Ahmet Davutoglu on Monday,"
        " Anna Berg -- not surprisingly -- told reporters that Syria was “at the top.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Hillary Clinton",
        "Hillary Clinton",
        "John Wang",
        "Anna Berg",
    ]


def test_according_to_a_role_with_no_name_after_it():
    text = (
        'According to police, "the driver was not wearing a seatbelt."\n\n'
        'According to a police spokesman, "the road was icy."\n\n'
        'According to witnesses, the car "was speeding."\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["police", "police spokesman", "witnesses"]


def test_a_name_with_an_article_and_adjective_and_a_platform_after_on():
    text = (
        '"It is unacceptable," wrote one user on X.\n\n'
        '"We are going to win," a confident Trump told supporters.\n\n'
        '"I am sorry," an emotional Biden said.\n\n'
        '"Yes," a friend of Jo Roe said.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "user",
        "Trump",
        "Biden",
        "Jo Roe's friend",
    ]


def test_a_family_named_by_its_surname_is_no_adverb_and_not_another_family():
    text = (
        '"We are heartbroken," the Smith family said in a statement.\n\n'
        'The Obi family said: "We want answers."\n\n'
        '"Thank you," said the Garcia family.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Smith family",
        "Obi family",
        "Garcia family",
    ]


def test_as_i_said_right_before_a_quote_quotes_the_turns_speaker():
    text = (
        "COOPER: Senator, thank you for joining us.\n"
        'THUNE: Glad to be here. As I said last week, "we will get this done."\n'
        "COOPER: And the bill?\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Thune"]
    assert [q.speaker for q in analyse('As we posted, Obama said "no."\n').quotes] == ["Obama"]


def test_a_role_with_an_indefinite_article_is_not_the_one_its_quote_names():
    text = (
        "A governor, who is not among those travelling, said he was surprised.\n"
        "He said, “Our colleagues are going to London. But I’m not happy that someone like"
        " the Governor of Ekiti State, Mr. Ayo Fayemi, is not on the delegation.”\n\n"
        "Sen. Leila de Lima, a former justice secretary, said the campaign was a gimmick.\n"
        '"It was pure gimmickry," she said.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["governor", "Leila de Lima"]


def test_a_paragraph_a_colon_introduces_that_ends_in_a_closing_mark_is_a_quote():
    text = (
        "President Barack Obama spoke first. Tom Roe boiled the issues down to two words.\n\n"
        "Here's a rough transcript:\n\n"
        "As you said, Barack, there is much to discuss. Jim Hale is right about that.”\n\n"
        "He said that “it’s about keeping people safe.”\n"
    )
    quotes = analyse(text).quotes
    assert [(q.text[:10], q.speaker) for q in quotes] == [
        ("As you sai", "Tom Roe"),
        ("it’s about", "Tom Roe"),
    ]


def test_a_listed_topic_before_a_quote_names_no_speaker():
    text = (
        "President Obama said:\n"
        '- On the Jordanian attacks : "We take this very seriously."\n\n'
        '- On Iran: "We do not have a disagreement on Iran."\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Obama", "Obama"]


def test_a_straight_mark_after_a_space_opens_a_new_quote_when_one_never_closed():
    text = (
        'Firefighters were called in. "We are taking out people who are stranded, explained'
        ' Capt. Nick Dyson of the fire department. "People were coming out, then turning'
        ' back." Crews used a truck.\n\n'
        'President Obama talked about the "importance of the sanctions. He said there could be a'
        ' "peaceful solution" to the crisis.\n'
    )
    quotes = analyse(text).quotes
    assert [(q.text, q.speaker) for q in quotes] == [
        ("We are taking out people who are stranded,", "Nick Dyson"),
        ("People were coming out, then turning back.", "Nick Dyson"),
        ("importance of the sanctions.", "Obama"),
        ("peaceful solution", "Obama"),
    ]


def test_a_job_before_a_name_starts_a_main_clause_and_a_role_after_a_quote_is_its_speaker():
    text = (
        "Speaking at a briefing in Moscow, spokesman Dmitry Pesko said both Moscow and"
        " Washington acknowledged the need for a call.\n"
        "The call will be set once Witkov briefs the president, he added.\n"
        '"The timing has not yet been agreed upon," he added.\n'
        '"Late last night, he (Witkov) was received by President Putin, and information was'
        " provided. Through Witkov, Putin conveyed information and additional signals to"
        ' President Trump," he said.\n'
        "The official further noted there is reason to be optimistic.\n"
        '"There is still much work to be done," he said.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Dmitry Pesko"] * 3


def test_a_web_pages_furniture_is_nobody_and_a_topic_names_no_speaker():
    text = (
        "Story Links\n\n"
        "Posted Dec 22, 2013\n\n"
        "Opening statement:\n"
        "“That was a magnificent effort by our players.”\n\n"
        "On playing Jay Brakefeld over Mark Willis: “Jay made it work because he played so"
        " well.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [None, None]


def test_she_shared_is_a_cue_and_a_title_after_a_title_is_a_title():
    text = (
        'Kelly Clarkson said her singles "Mine" and "Me" hinted at trouble.\n\n'
        "\"I know people will hear this record and be like, 'Oh, damn, she went there!'\""
        " she shared.\n\n"
        "Videos shared online are making false claims that the law is “the harshest ever”.\n"
    )
    assert [(q.text[:6], q.speaker) for q in analyse(text).quotes] == [
        ("I know", "Kelly Clarkson"),
        ("the ha", None),
    ]


def test_undotted_initials_a_rupee_backtick_and_mocked():
    text = (
        "BRS MLA K P Vivekanda claimed the state was first. “People are threatened,”"
        " alleged Vivekanda.\n\n"
        "Recalling statements about exposing `1 lakh crore corruption, Kishan Reddi mocked,"
        " “They couldn’t even bring out `1 lakh.”\n"
    )
    assert [(q.text[:6], q.speaker) for q in analyse(text).quotes] == [
        ("People", "K P Vivekanda"),
        ("They c", "Kishan Reddi"),
    ]


def test_call_in_a_name_is_no_cue():
    text = (
        "During the call, CEO Tim Cooke delivered his opening statement.\n\n"
        "Apple's CEO began the October 29th Conference Call with analysts as follows:\n\n"
        '"Back in April, I said we were in the most challenging environment."\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Tim Cooke"]


def test_a_fragment_signed_before_a_where_clause_and_a_headings_cue_before_a_colon():
    text = (
        "The county is “absolutely better prepared” for any event, said Los Angeles County"
        " Fire Chief Anthony Marone, at a press conference.\n\n"
        "· Officials urged residents to take orders seriously: There have been a “high number"
        " of injuries,” Marone said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Anthony Marone", "Anthony Marone"]


def test_the_chinese_leader_is_chinas_leader_and_two_joined_subjects_are_no_he():
    text = (
        'The Chinese leader called the minister "an old friend of our people"\n'
        "BEIJING, July 15. The ministers should keep to the consensus, China’s leader Xi"
        " Jinpeng stated.\n"
        "He met Foreign Minister Sergei Levrov.\n"
        'The ministry is a venue, the Chinese leader said. Xi called the minister "an old'
        ' friend." Levrov and his Chinese counterpart, Wang Yee, "maintain close contacts,"'
        " he noted.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Xi Jinpeng"] * 3


def test_replies_agents_and_main_clauses_of_a_politics_live_page():
    text = (
        "Host Trevor Philips asked Greg Handz if he might lose his job. “Well let’s see,” was"
        " the reply.\n\n"
        'The defeat was put at less than "lightning striking twice" by a polling expert.\n\n'
        "Rishi Sunac met voters. Asked whether he accepted the analysis by elections guru"
        ' Professor Sir John Curtis, the Prime Minister said: "That is his view."\n\n'
        'Sam says he spoke to one member of the government, who told him: "I just want to'
        ' lose."\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Greg Handz",
        "polling expert",
        "Rishi Sunac",  # "the Prime Minister", the one named before: the main clause's
        "member of the government",
    ]
    text = (
        "Rishi Sunac laughed on the show. Appearing on the sofa, the PM was quizzed by the"
        ' host. Earlier the PM said it was his "working assumption".\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Rishi Sunac"]


def test_a_video_shot_lists_soundbites_quotes_in_straight_quotes_and_bracketed_labels():
    text = (
        "1. SOUNDBITE: (English) Maria Lopes, State Governor:\n"
        '"The paper called it a "deal" in its headline. My aide said "no comment." That is'
        ' all I will say."\n'
        "2. SOUNDBITE: (English) Maria Lopes, State Governor:\n"
        '(Reporter question off camera): "Will you veto the bill?"\n'
        '(Maria Lopes): "I will not sign it as written, and I said "never" twice."\n'
    )
    assert [(q.text[:12], q.speaker) for q in analyse(text).quotes] == [
        ("The paper ca", "Maria Lopes"),
        ("Will you vet", "reporter"),
        ("I will not s", "Maria Lopes"),
    ]


def test_a_cable_transcripts_labels_with_a_party_after_the_comma_and_a_long_title():
    text = (
        "[13:00:38] WOLF BLITZEN, CNN HOST: Hello, I'm Wolf Blitzen.\n\n"
        "(BEGIN VIDEO CLIP)\n\n"
        "HILARY CLINTEN, (D) PRESUMPTIVE PRESIDENTIAL NOMINEE: It's shameful.\n\n"
        "(END VIDEO CLIP)\n\n"
        "BLITZEN: Katrina Pearson speaks for the campaign.\n\n"
        "KATRINA PEARSON, TEA PARTY ACTIVIST COMMUNICATIONS CONSULTANT AND DONALD TRUMP'S"
        " SPOKESWOMAN: Well, you know, Wolf, he had four bankruptcies.\n"
    )
    assert [t.speaker for t in analyse(text).turns] == [
        "Wolf Blitzen",
        "Hilary Clinten",
        "Wolf Blitzen",
        "Katrina Pearson",
    ]


def test_an_office_in_a_country_before_a_name_an_apposition_with_no_commas_and_likened():
    text = (
        "Leader of the Islamic Revolution in Iran Imam Sayyed Ali Khamenai met students.\n\n"
        'The Leader likened the woes to an "illness", adding that they would pass.\n\n'
        '"This should increase," the Leader stressed.\n\n'
        "In a meeting with pilgrims, Ayatollah Rafsanjan the Head of the Expediency Council"
        " spoke on Sunday.\n\n"
        "The Head of the Expediency Council said it is wrong. He stressed: "
        '"The appropriate perspective is to see."\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Ali Khamenai",
        "Ali Khamenai",
        "Ayatollah Rafsanjan",
    ]


def test_a_title_after_us_and_he_after_quoting_someone_is_the_one_who_quoted():
    text = (
        'Xi Jinpin said: "China is willing."\nU.S. Secretary of State Jon Kerri, for his part,'
        ' described the talks as "excellent." He quoted Obama as saying the United States'
        ' hopes to see a "strong" China. "We mean what we said," he added.\n'
    )
    quotes = analyse(text).quotes
    assert [q.speaker for q in quotes] == ["Xi Jinpin", "Jon Kerri", "Obama", "Jon Kerri"]
    assert quotes[1].reason.startswith("Jon Kerri is the subject")  # (not "S. Secretary")


def test_a_capitalised_office_and_another_before_the_name_after_a_quote():
    text = (
        '"This agreement gives us room to grow," said ITAA President and CEO Phil Bonde.'
        ' "We gain expertise."\n'
        '"A global economy needs us," said CRITA President and Chief Executive Officer Joan'
        " Meyers.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Phil Bonde"] * 2 + ["Joan Meyers"]


def test_j_labels_a_journalist_and_a_headings_name_is_not_the_next_lines():
    text = (
        "Transcript of doorstop, The National Gallery\n\n"
        "J: Will you call an election?\n\n"
        "PM: I think we ought to give Mr Downey the holiday period.\n\n"
        "J: Prime Minister, is growth too fast?\n\n"
        "PM: You must be joking.\n"
    )
    assert [t.speaker for t in analyse(text).turns] == ["Journalist", "PM"] * 2
    text = (
        "Full transcript of PM's interview with Laura Kuensberg\n"
        "Boris Johnsen spoke to Laura Kuensberg about Brexit.\n"
        "Laura Kuensberg: How do you think this is going?\n"
        "Prime Minister: Well, as well as could be.\n"
        "LK: Really?\n"
        "PM: Yeah.\n"
    )
    assert [t.speaker for t in analyse(text).turns] == ["Laura Kuensberg", "Prime Minister"] * 2


def test_a_backtick_that_nothing_closes_is_an_elision():
    text = (
        "NEIL MITCHEL:\nGood morning.\nPRIME MINISTER:\n`Morning, Neil.\nNEIL MITCHEL:\nHi.\n"
        "PRIME MINISTER:\nHello.\n"
    )
    analysis = analyse(text)
    assert analysis.quotes == []
    assert len(analysis.turns) == 4
    assert [q.text for q in analyse("He said `so long' and left.\n").quotes] == ["so long"]


def test_an_office_then_a_name_in_commas_after_an_intro_and_an_honorific_in_the_body():
    text = (
        "Speaking at a club in Guildford today, Education Secretary, Gillian Keeghan, said:"
        ' "We act."\n\n'
        'Minister for Exports Lord Offerd said: "This is fantastic news."\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Gillian Keeghan", "Offerd"]


def test_paragraphs_a_cue_and_a_colon_bring_on_without_quotation_marks_are_quotes():
    text = (
        "Children across England will keep access to free food.\n\n"
        "Speaking at a club today, Education Secretary, Gillian Keeghan, said:\n\n"
        "Giving children nutritious meals supports their development.\n\n"
        "I'm delighted to announce that the programme goes on.\n\n"
        "The Government has confirmed £200m in funding.\n\n"
        'David Pearsen, of the railway society, said:\n\n"We\'re overjoyed."\n\n'
        "JOURNALIST: What did the minister say?\n\nPRIME MINISTER: She said:\n\n"
        "JOURNALIST: Thank you.\n\nPRIME MINISTER: Thanks.\n"
    )
    quotes = analyse(text).quotes
    assert [(q.text, q.speaker) for q in quotes] == [
        (
            "Giving children nutritious meals supports their development.\n\n"
            "I'm delighted to announce that the programme goes on.",
            "Gillian Keeghan",
        ),
        ("We're overjoyed.", "David Pearsen"),
    ]
    assert not quotes[0].partial


def test_a_forum_is_no_persons_name():
    text = (
        "The Chairman of the Northern States Governors Forum, Kashim Shetima, has spoken.\n\n"
        "Governors of the nineteen northern states on Wednesday disowned a coalition of groups.\n\n"
        "According to Premium Times, the Borno State Governor and Chairman of the Northern"
        " States Governors Forum, Kashim Shetima, spoke on behalf of his colleagues.\n\n"
        "“On behalf of the governors, we totally condemn such pronouncements.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Kashim Shetima"]


def test_paragraphs_a_signature_line_signs_are_quotes_with_the_quotes_inside_them():
    text = (
        "Labour has reiterated its support for another runway but said the plans fail its"
        " test.\n\n"
        "We welcome any decision that will finally give certainty on airport expansion.\n\n"
        "Labour has consistently been in favour of building an additional runway.\n\n"
        "– Shadow transport secretary Andy MacDonald\n\n"
        "However, a Number 10 spokesman stressed that Mrs May remains in charge.\n\n"
        "The Prime Minister is very much in charge.\n\n"
        "– Number 10 spokesman\n\n"
        'Speaking on the radio, Dame Margaret Becket said "vast numbers" don\'t care.\n\n'
        "We have had examples of people saying 'I want to join because of Jeremy'. Those are"
        " members of a fan club.\n\n"
        "– Dame Margaret Becket\n"
    )
    assert [(q.text[:24], q.speaker) for q in analyse(text).quotes] == [
        ("We welcome any decision ", "Andy MacDonald"),
        ("The Prime Minister is ve", "Number 10 spokesman"),
        ("vast numbers", "Margaret Becket"),
        ("We have had examples of ", "Margaret Becket"),
    ]


def test_diminutive_given_names_tell_a_gender():
    text = (
        "I met Lucy Bridlin in the mess. I was puzzled until Hetty Brierpit put me straight."
        " ‘It’s from the TV show,’ she said. I met Tom Reyes in the hall. I was lost until"
        " Alfie Marsh showed me in. ‘Sit,’ he said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Hetty Brierpit", "Alfie Marsh"]


def test_a_stage_direction_run_on_before_a_label():
    text = (
        "WOLF BLITZEN, HOST: This is the last word in Sunday talk.\n\n"
        "SEN. JOHN MACAIN, R-ARIZ.: Hamas is endorsing Senator Obama.\n\n"
        "(END VIDEO CLIP) BLITZEN: John Macain takes off the gloves.\n"
    )
    assert [t.speaker for t in analyse(text).turns] == [
        "Wolf Blitzen",
        "John Macain",
        "Wolf Blitzen",
    ]


def test_as_someone_said_after_a_quote_and_an_assertion_owned():
    text = (
        'The US does not have economic "growth over 4 percent," as White House counselor'
        " Kelly Conwey claimed recently.\n\n"
        'Jo Roe spoke on Monday. The plan is "dead," as she put it.\n\n'
        'Residents shouted "rubbish" as officers tried to answer their objections.\n\n'
        'Dan Dale said the President\'s assertion that inflation has "stopped" is wrong.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Kelly Conwey",
        "Jo Roe",
        "residents",  # (they shouted it: not the officers)
        "President",
    ]


def test_an_organisations_office_before_the_name_that_holds_it():
    text = (
        "Responding to the disappearance of the lawyer Ezzat Ghonem, Amnesty International’s"
        " North Africa Campaigns Director, Najia Bounaym, said:\n\n"
        "“We are deeply concerned that Ezzat Ghonem may have been forcibly disappeared.”\n\n"
        "In an open letter to MPs, Amnesty International’s Secretary General Salil Shety said,"
        " “I have noted with concern the recent escalation.”\n\n"
        "Responding to the arrests, Wanjiru Otieno, Rights Watch’s Regional Director for East"
        " Africa, the Horn and the Great Lakes, said: “They must be released at once.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Najia Bounaym",
        "Salil Shety",
        "Wanjiru Otieno",
    ]


def test_a_quote_sheets_place_labels_and_signatures_and_one_countrys_president():
    text = (
        "Reaction from across the world:\n"
        "UKRAINE: “Your victory is an inspiration for us.” – Yulia Timoshenko, Prime Minister\n"
        "MALI: “The United States has given a lesson in democracy.” – Amadou Touray, President\n"
        "IRAQ: “Any president has to look at the facts.” – Hoshyar Zebary, Foreign Minister\n"
    )
    analysis = analyse(text)
    assert [q.speaker for q in analysis.quotes] == [
        "Yulia Timoshenko",
        "Amadou Touray",
        "Hoshyar Zebary",
    ]
    assert analysis.turns == []
    text = (
        "According to the Kremlin, Russian President Vladimir Putan congratulated Trump.\n\n"
        "Mahmud Abbaz: Palestinian President\n\n"
        "The Palestinian president said he “hopes that peace will be achieved.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Mahmud Abbaz"]


def test_two_jobs_of_one_person_after_a_quote_and_markup_copied_with_a_page():
    text = (
        "Reece Witherspun won an award for the role.\n\n"
        '"I had hypnosis, I was so scared," the actress and producer revealed.\n\n'
        '"We will talk," the company and union said.\n\n'
        'entertainment">“That helped me a lot,” said Reece.\n'
    )
    assert [(q.text, q.speaker) for q in analyse(text).quotes] == [
        ("I had hypnosis, I was so scared,", "Reece Witherspun"),
        ("We will talk,", None),
        ("That helped me a lot,", "Reece Witherspun"),
    ]


def test_advising_is_a_cue_and_a_titled_surname_of_a_place():
    text = (
        "The tone became rougher, with Mayor Kenny of Philadelphia advising Trump to «put his"
        " big boy pants on» and Anderson Coope referring to him as an «obese turtle».\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Kenny", "Anderson Coope"]


def test_a_wrapped_line_that_ends_in_a_closing_mark_goes_on():
    text = (
        "would be prudent to consult a few other friends in\n"
        "the matter, and about a dozen were called in.\n"
        "“After seating them at the round table,”\n"
        "says Jon Armstrang, one of the number, “he\n"
        "read that clause or section of his speech which reads,\n"
        "‘a house divided against itself cannot stand,’\n"
        "etc., and he read it slowly and cautiously, so\n"
        "as to let each man fully understand it.”\n"
    )
    quotes = analyse(text).quotes
    assert [(q.text[-10:], q.speaker) for q in quotes] == [
        ("und table,", "Jon Armstrang"),
        ("rstand it.", "Jon Armstrang"),
    ]


def test_debate_transcripts_with_times_and_run_on_labels():
    text = (
        "[0:00] Walker: A very good evening to both of you.\n\n"
        "[1:03] Trumpf: So, as you know, we closed up the economy.\n\n"
        "[3:05] Walker: Vice President, same question.\n\n"
        "[3:08] Bidden: If you hear nothing else I say tonight, hear this.\n"
    )
    assert [t.speaker for t in analyse(text).turns] == ["Walker", "Trumpf", "Walker", "Bidden"]
    text = (
        "2:15 P.M. EST\n\n00:00 CHRIS WALACE\n\nThe first of the debates.\n\n"
        "02:49 DONALD TRUMPF\n\nThank you very much, Chris.\n\n"
        "04:51 JOE BIDDEN\n\nWell, first of all, thank you.\n"
    )
    assert [t.speaker for t in analyse(text).turns] == [
        "Chris Walace",
        "Donald Trumpf",
        "Joe Bidden",
    ]
    text = (
        "WALACE: Good evening from the campus. I welcome you to the first debate. BIDDEN: How"
        " you doing, man? TRUMPF: How are you doing? BIDDEN: I'm well. WALACE: Gentlemen, let's"
        " get going.\n"
    )
    assert [t.speaker for t in analyse(text).turns] == [
        "Walace",
        "Bidden",
        "Trumpf",
        "Bidden",
        "Walace",
    ]


def test_an_office_glued_to_the_name_after_it():
    text = (
        'ON BOARD AIR INDIA ONE: Prime MinisterManmohun Singh said it is "too early to say".\n\n'
        '"We must work hard," he added.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Manmohun Singh"] * 2


def test_a_stamped_label_before_a_wrapped_sentence_that_looks_like_a_heading():
    text = (
        "Speaker 1 (00:00):\nWelcome to the show, where we are rewatching\nthat goal.\n"
        "Speaker 2 (00:07):\nOver and over, so cheeky.\n"
        "Speaker 1 (00:11):\nIt's Wednesday, December third, and on Today show, we'll be\n"
        "skipping the news and getting you right to the interview.\n"
        "Speaker 2 (01:17):\nIt was just such an incredible story.\n"
    )
    assert [t.speaker for t in analyse(text).turns] == ["Speaker 1", "Speaker 2"] * 2


def test_the_kremlins_long_office_labels_and_an_initial_with_a_surname():
    text = (
        "Deputy Chief of Staff of the Presidential Executive Office – Presidential Press"
        " Secretary Dmitri Peskow: Good afternoon everyone.\n"
        "The President will be here within minutes.\n"
        "A. Lavrentyeva: Hello! Radio Purga, Chukotka. My name is Anastasia Lavrentyeva.\n"
        "Vladimir Putan: Yes. There is no need to say much here.\n"
    )
    assert [t.speaker for t in analyse(text).turns] == [
        "Dmitri Peskow",
        "A. Lavrentyeva",
        "Vladimir Putan",
    ]


def test_the_last_word_to_someone_is_theirs():
    text = (
        "So that’s that. Saints remain the top dogs. Last word to Julian Le Sox: “I bet you"
        " thought nobody was reading your commentary. April fool!”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Julian Le Sox"]


def test_a_director_generals_acronym_and_a_hyphenated_rank():
    text = (
        "RAWALPINDI: Inter Services Public Relations ISPR Director General Major General Babar"
        " Iftikhaar said the army should not be dragged into politics.\n\n"
        "“If anyone has any evidence, he should bring it,” the DG ISPR said.\n\n"
        "Director General ISPR Major General Asim Bajwah spoke on Friday. Maj-Gen Bajwah also"
        " disclosed that a group had been arrested.\n\n"
        "“They admitted it,” said the Army spokesman.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Babar Iftikhaar", "Asim Bajwah"]


def test_an_office_for_a_domain_after_a_name_and_a_spokesperson_for_someone():
    text = (
        "Kumasi, July 14, GNA – Mr. Stephen Asamoa Boatenge, Minister for Chieftaincy and"
        " Religious Affairs, says the government is committed to the institution.\n\n"
        "“Together with you Nananom, we will champion a distinct journey,” the Minister"
        " observed.\n\n"
        "This is the briefing by Michele Montaz, Spokesperson for the Secretary-General.\n\n"
        "The Secretary-General told the committee, “Never has the world so needed us.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Stephen Asamoa Boatenge",
        "Secretary-General",
    ]


def test_a_broadcaster_named_at_a_sentence_start_is_no_part_of_the_name():
    text = (
        "“How long will it take?” Presenter Laura Kuenssberg asked.\n\n"
        "“It is simple,” Anchor Jake Tapper said. “We wait.”\n\n"
        "“I heard the shot,” Witness Jo Roe told police.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Laura Kuenssberg",
        "Jake Tapper",
        "Jake Tapper",
        "Jo Roe",
    ]


def test_a_secretary_of_a_government_is_the_minister():
    texts = (
        "Speaking to the BBC, transport secretary Mark Harpen said the money would go north."
        " Host Trevor Philips pressed him.\n\n“We will deliver it,” the minister says.\n",
        "Health Secretary Wes Streeten met nurses. Presenter Laura Kuenberg asked about pay.\n\n"
        "“We are talking,” the minister said.\n",
        "Health Secretary Wes Streeten visited. Press Secretary Jo Roe briefed reporters.\n\n"
        "“No comment,” the minister said.\n",
    )
    assert [analyse(text).quotes[0].speaker for text in texts] == [
        "Mark Harpen",
        "Wes Streeten",
        "Wes Streeten",
    ]


def test_the_doctor_is_the_one_the_text_calls_dr():
    text = (
        "Dr. Priya Naira, who runs the county clinic, urged caution. Tom Baker, a mechanic,"
        " agreed.\n\n“Drive slowly,” the doctor said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Priya Naira"]


def test_an_apposition_before_the_cue_is_the_shortest_that_reaches_one():
    text = (
        "“We will not back down,” Senator Mark Ruis, a Republican from Texas, told reporters,"
        " according to a pool report.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Mark Ruis"]


def test_a_place_after_a_role_and_a_preposition_is_no_speaker():
    text = (
        "The vote was delayed.\n\n"
        "“Shame on them,” said one protester outside the Capitol.\n\n"
        "“Go home,” shouted a man near the White House gates.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["protester", "man"]


def test_hansard_labels_after_caption_marks_with_the_holder_of_an_office_in_brackets():
    text = (
        ">>Mr Speaker: Order! Questions to the Prime Minister!\n\n"
        "  • >>Ann Leigh (Bath and Wells) (LD): If he will list his engagements.\n\n"
        "  • >>The Prime Minister (Mr Tom Hardy): This morning I had meetings.\n\n"
        "  • >>Ann Leigh: Will he guarantee it?\n\n"
        "  • >>The Prime Minister: Let me be very clear.\n"
    )
    turns = analyse(text).turns
    assert [(t.speaker, text[t.start : t.start + 5]) for t in turns] == [
        ("Speaker", "Order"),
        ("Ann Leigh", "If he"),
        ("Tom Hardy", "This "),
        ("Ann Leigh", "Will "),
        ("Tom Hardy", "Let m"),
    ]


def test_a_fragment_signed_at_its_sentences_end_before_any_participle_or_after_a_subjectless_cue():
    text = (
        "The council had a “very rich” programme of work, Vitaly Churkon said today,"
        " highlighting six resolutions.\n\n"
        "The debate reaffirmed the decision to put it “front and centre” of the presidency,"
        " a senior diplomat said today.\n\n"
        "It was a “clear win”, including for farmers, Ann Lee said on Monday.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Vitaly Churkon",
        "senior diplomat",
        "Ann Lee",
    ]


def test_a_middle_initial_i_is_no_pronoun():
    text = "“We are ready,” Vitaly I. Churkon said.\n\nVitaly I. Churkon said: “Go.”\n"
    assert [q.speaker for q in analyse(text).quotes] == ["Vitaly I. Churkon"] * 2


def test_members_and_delegates_are_roles():
    text = (
        "The official briefed the General Assembly.\n\n"
        "The vote was held, as members condemned the “sham referenda”, while others called for"
        " talks.\n\n“We object,” the delegates said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["members", "delegates"]


def test_a_weeks_quotes_each_captioned_below_a_blank_line():
    text = (
        "THEY SAID IT...\n\n"
        "“We don't like losing. We are bad losers.”\n\n"
        "Rovers co-coach Sipho Dlamuni after their defeat by Stellenbosch on Sunday.\n\n"
        "“It was one penalty. There must be one winner.”\n\n"
        "Jurgen Kloppe after his Liverpool side won the FA Cup on Saturday.\n\n"
        "“The players who come here come to play in this league.”\n\n"
        "City manager Pep Guardiolo plays down his influence in bringing Haaland to the club.\n\n"
        "“Call us if you see him.”\n\n"
        "Philip is described as Caucasian of medium build.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Sipho Dlamuni",
        "Jurgen Kloppe",
        "Pep Guardiolo",
        "Pep Guardiolo",
    ]


def test_a_surname_label_of_one_named_in_the_heading_above():
    text = (
        "Q&A with Taika Waitoti\n\nWhat drew you to it?\n"
        "Taika Waitoti: I always thought humour was a weapon.\n\n"
        "Q&A with Steve Coogen and Philomena Leigh\n\nHow did you find the book?\n"
        "Coogen: I was in New York making a film.\n"
    )
    assert [t.speaker for t in analyse(text).turns] == ["Taika Waitoti", "Steve Coogen"]


def test_a_parliaments_record_whose_speeches_address_the_chair():
    text = (
        "SupplyGovernment Orders\n\n12:50 p.m.\n\n"
        "The Acting Speaker (Mr. McClellan)\n\nI remind hon. members to address the Chair.\n\n"
        "SupplyGovernment Orders\n\n12:50 p.m.\n\nLiberal\n\n"
        "Tony Valery Liberal Stoney Creek, ON\n\nMr. Speaker, I cannot profess to ride.\n\n"
        "12:55 p.m.\n\nSome hon. members\n\nHear, hear.\n\n"
        "Reform\n\nRick Cassen Reform Lethbridge, AB\n\nMr. Speaker, I heard some comments.\n"
    )
    turns = analyse(text).turns
    assert [(t.speaker, text[t.start : t.start + 6]) for t in turns] == [
        ("McClellan", "I remi"),
        ("Tony Valery", "Mr. Sp"),
        ("Some hon. members", "Hear, "),
        ("Rick Cassen", "Mr. Sp"),
    ]


def test_an_embedded_post_is_the_one_paragraph_above_its_signature():
    text = (
        "The senator responded on social media within minutes.\n\n"
        "This bill is a disgrace. Families deserve better. pic.twitter.com/abc123\n\n"
        "— Mark Ruis (@SenMarkRuis) March 3, 2024\n\n"
        "His colleague was more measured.\n\n"
        "we need to read the text first #budget\n\n"
        "— Jane Holte (@JaneHolte) March 3, 2024\n"
    )
    quotes = analyse(text).quotes
    assert [(q.text, q.speaker) for q in quotes] == [
        ("This bill is a disgrace. Families deserve better. pic.twitter.com/abc123", "Mark Ruis"),
        ("we need to read the text first #budget", "Jane Holte"),
    ]


def test_verbs_of_judgement_are_cues():
    text = (
        "Mark Warnor admired the “bipartisan tone,” but Kevin Bradey called it “partisan.”\n\n"
        "Ann Leigh decried the “reckless” plan.\n\n"
        "Tom Hardey deemed it “unworkable.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Mark Warnor",
        "Kevin Bradey",
        "Ann Leigh",
        "Tom Hardey",
    ]


def test_posts_each_on_one_line_with_their_signature():
    text = (
        "Sen. Chuck Grassly was one of the first to post, in 2007.\n"
        "Attending events in Iowa— Chuck Grassly (@ChuckGrassly) November 26, 2007\n"
        "loading Mom’s new ipod— tammyduck (@TammyDuck_) December 30, 2008\n"
    )
    assert [(q.text, q.speaker) for q in analyse(text).quotes] == [
        ("Attending events in Iowa", "Chuck Grassly"),
        ("loading Mom’s new ipod", "tammyduck"),
    ]


def test_a_fragment_after_another_persons_clause_is_no_longer_the_first_speakers():
    text = (
        "Mark Warnor admired Obama’s “bipartisan tone,” but Kevin Bradey thought it was"
        " “needlessly partisan.” Arlen Spectre thought the speech was “inspirational.”\n\n"
        "Lars Quest said nothing “unusual” came up. Walt Kesler “asked about the workers first."
        " I told him they all stay.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Mark Warnor",
        "Kevin Bradey",
        "Arlen Spectre",
        "Lars Quest",
        "Lars Quest",
    ]


def test_who_after_a_place_is_the_one_in_that_place():
    text = (
        "Many utterances have come from Judge Samuel Kentt in the Southern District of Texas,"
        " who wrote in an order, “take heed and be suitably awed.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Samuel Kentt"]


def test_judges_words_captioned_below_them():
    text = (
        "Judges in their own words\n\n"
        "“At present, the court is not saying that Braham can never get his case back.”\n\n"
        "U.S. Magistrate Judge Gail J. Standishe incorporating song lyrics in a"
        " recommendation.\n\n"
        "“Holy copyright law, Batman!”\n\n"
        "Ninth Circuit Judge Sandra S. Ikutta, introducing the panel’s opinion in DC Comics v."
        " Towle.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Gail J. Standishe", "Sandra S. Ikutta"]


def test_according_to_the_researchers():
    text = (
        "Dr. Ann Leigh led the study.\n\nAccording to the researchers, “the effect held across"
        " all age groups.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["researchers"]


def test_a_role_named_in_apposition_is_the_named_one():
    text = (
        "Maria Santoss spoke first. Greg Olsenn left early.\n\n"
        "Her daughter, Emma, said she was scared. “Will we move?” she asked.\n\n"
        "Olsenn's predecessor, Frank Moye, now retired, was blunter: “They ran it into the"
        " ground.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Emma", "Frank Moye"]


def test_a_team_before_its_head_coach_is_no_subject():
    text = (
        "ATK Mohan Bagan head coach Juan Ferrandi hailed the fighting spirit of his team.\n\n"
        "“We fought,” he said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Juan Ferrandi"]


def test_a_closing_mark_glued_to_the_next_quotes_first_word():
    text = (
        "Vicente Del Bosky spoke after the final.\n\n"
        "“They had more energy than us.”There are some days when nothing goes right,” he"
        " said.\n"
    )
    quotes = analyse(text).quotes
    assert [(q.text, q.speaker) for q in quotes] == [
        ("They had more energy than us.", "Vicente Del Bosky"),
        ("There are some days when nothing goes right,", "Vicente Del Bosky"),
    ]


def test_a_chats_export_is_a_transcript():
    text = (
        "12/03/2023, 10:15 - Maria Lopes: Did you see the news about the water?\n"
        "12/03/2023, 10:16 - John Smyth: Yes, they say it's contaminated\n"
        "12/03/2023, 10:17 - Maria Lopes: My cousin works at the plant and she said"
        ' "don\'t drink tap water until Friday"\n'
        "[12/03/2023, 10:20:05] John Smyth: Forwarding this\n"
    )
    result = analyse(text)
    assert [t.speaker for t in result.turns] == ["Maria Lopes", "John Smyth"] * 2
    assert [q.speaker for q in result.quotes] == ["cousin"]


def test_the_lines_an_email_quotes_from_the_one_it_answers():
    text = (
        "On Mon, Mar 4, 2024 at 9:12 AM Jane Doee <jane@example.com> wrote:\n"
        "> The report is ready. Please don't share it yet.\n"
        "> The numbers are preliminary.\n\n"
        "Thanks Jane. I'll hold it until Friday.\n"
    )
    quotes = analyse(text).quotes
    assert [(q.text[:20], q.speaker) for q in quotes] == [("The report is ready.", "Jane Doee")]
    assert quotes[0].text.endswith("The numbers are preliminary.")


def test_the_congressional_records_labels():
    text = (
        "The PRESIDING OFFICER. The majority leader is recognized.\n\n"
        "Mr. SCHUMMER. Mr. President, today the Senate will vote on the bill.\n\n"
        "Mr. McCONNEL. Mr. President, it is a bad bill.\n\n"
        "The PRESIDING OFFICER. Without objection, it is so ordered.\n"
    )
    turns = analyse(text).turns
    assert [t.speaker for t in turns] == [
        "Presiding Officer",
        "Schummer",
        "McConnel",
        "Presiding Officer",
    ]


def test_words_quoted_from_the_famous():
    text = (
        'As Martin Luther Kingg Jr. once said, "The arc of the moral universe is long."\n\n'
        'To quote Winston Churchil, "Success is not final, failure is not fatal."\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Martin Luther Kingg",
        "Winston Churchil",
    ]


def test_a_surname_with_a_particle_after_the_name_the_text_uses():
    text = (
        "President Recep Erdogan met Brazil's Luiz Inacio Lulla da Silva on Tuesday.\n\n"
        "“Brazil wants peace,” Lulla said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Luiz Inacio Lulla da Silva"]


def test_as_someone_used_to_say_and_a_treasurers_labels():
    text = (
        "TRANSCRIPT: Interview with Treasurer Jim Chalmer, ABC Radio\n\n"
        "PATRICIA KARVELA: Treasurer, do you stand by that?\n\n"
        "JIM CHALMER: I do.\n\n"
        'KARVELA: What is your response?\n\nCHALMER: As my old teacher used to say, "The numbers'
        ' never lie."\n'
    )
    result = analyse(text)
    assert [t.speaker for t in result.turns] == ["Patricia Karvela", "Jim Chalmer"] * 2
    assert [q.speaker for q in result.quotes] == ["old teacher"]


def test_the_county_boss_is_the_one_named_before():
    text = (
        "Nairobi Governor Evans Kiddero has defended his record.\n\n"
        "He urged the congregation to vote for him again.\n\n"
        "The county boss further rebuked leaders fanning violence.\n\n"
        "“We must reject leaders who believe in violence.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Evans Kiddero"]


def test_an_opening_single_mark_typed_for_a_closing_one_before_a_comma():
    text = "Jo Roe said the crowd was shouting ‘go home‘, and that she left.\n"
    assert [q.text for q in analyse(text).quotes] == ["go home"]


def test_the_minister_is_no_prime_minister_named_before():
    text = (
        "Union Minister of State for Home Affairs Ajay Mishraa lashed out at the opposition for"
        " their criticism of Prime Minister Narendra Modee. Calling Opposition leaders 'zeros',"
        " Ajay Mishraa said they can never match him. The minister also called the chief"
        " minister ‘desperate’.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Ajay Mishraa"] * 2


def test_a_headline_signed_after_a_colon():
    text = (
        "‘Congress was the James Bond of spying’: Union Minister Mukhtar Abbas Naqvy\n\n"
        "‘We will win’: Labour's hopes in the north\n"
    )
    quotes = analyse(text).quotes
    assert quotes[0].speaker == "Mukhtar Abbas Naqvy"
    assert "after a colon" not in quotes[1].reason  # (a phrase, no name)


def test_a_single_quote_whose_opening_mark_was_left_out():
    text = (
        "Union Minister Mukhtar Abbas Naqvy criticised Congress.\n\n"
        "Without wasting time, IT Minister (Ashwini Vaishnow) made a statement. But they"
        " created a ruckus,’ said the minister.\n\n"
        "‘They are trying to hijack the opposition,’ he further added.\n"
    )
    quotes = analyse(text).quotes
    assert [(q.text[:20], q.speaker) for q in quotes] == [
        ("Without wasting time", "Mukhtar Abbas Naqvy"),
        ("They are trying to h", "Mukhtar Abbas Naqvy"),
    ]


def test_a_link_line_is_no_label():
    text = (
        "New Delhi: Union Minister Jo Royce criticised Congress on Monday.\n\n"
        "Also Read: Former Congress president joined BJP\n\n‘We will win,’ he said.\n"
    )
    result = analyse(text)
    assert result.turns == []
    assert [q.speaker for q in result.quotes] == ["Jo Royce"]


def test_a_byline_alone_on_its_line_is_no_part_of_the_next_lines_name():
    text = (
        "Live: the campaign, day 12\n\n"
        "Sarah Basford Canalis\n"
        "Albanesi says he doesn’t want to encourage Dutton ‘dialling everything up’\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Albanesi"]


def test_a_block_after_a_verb_of_reply_and_its_object():
    text = (
        "Anthony Albanesi is asked whether he has been preparing some jabs.\n"
        "The prime minister questioned Dutton’s temperament:\n"
        "No, no. I stick to the policy framework. That’s just who he is.\n"
        "Key events\n"
    )
    quotes = analyse(text).quotes
    assert [(q.text[:10], q.speaker) for q in quotes] == [("No, no. I ", "Anthony Albanesi")]


def test_a_relative_clause_whose_comma_was_left_out_before_the_cue():
    text = (
        "India won by seven runs.\n\n"
        "Suresh Rainaa, who was Man-of-the-Match said, “You need to show intent.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Suresh Rainaa"]


def test_hansard_labels_not_at_the_texts_start_and_a_saying_in_a_turn():
    text = (
        "Flood defences: what was said this week\n\n"
        ">>Mr Speaker: Order! Questions to the Prime Minister!\n\n"
        ">>Ann Leigh (Bath and Wells) (LD): Will the Prime Minister fund the flood wall?\n\n"
        '>>The Prime Minister (Mr Tom Hardy): As my old teacher used to say, "A promise is a'
        ' debt." We will fund it.\n'
    )
    result = analyse(text)
    assert [t.speaker for t in result.turns] == ["Speaker", "Ann Leigh", "Tom Hardy"]
    assert [q.speaker for q in result.quotes] == ["old teacher"]


def test_a_name_on_the_line_above_a_paragraph_is_no_given_name_of_its_first_word():
    text = (
        "In the News\n\n"
        "    • Photo of Jason Goldstick\n\n"
        "    Guns are now the No. 1 killer of kids, says Jason Goldstick, professor of"
        " emergency medicine: “Our message is that prevention can work.”\n"
    )
    [quote] = analyse(text).quotes
    assert quote.speaker == "Jason Goldstick"


def test_research_by_a_named_author_introduces_the_quote_after_its_colon():
    text = (
        "Research by Jesse Capecelatro, assistant professor of engineering, and colleagues"
        " shows opening bus windows can help: “If the windows are closed, everyone breathes"
        " in a portion of that.”\n"
    )
    [quote] = analyse(text).quotes
    assert quote.speaker == "Jesse Capecelatro"


def test_british_police_ranks_before_a_name_are_titles_not_given_names():
    text = (
        "Det Supt Mike Brown, the head of the major investigations unit, made an appeal.\n\n"
        '"There are some items I would like to find," he said.\n\n'
        "Det Supt Brown said the victim had a phone with her, which was missing.\n\n"
        '"What I would ask is that they give us a call," he added.\n\n'
        'DS Ann Lee said: "We are grateful." Ch Insp Tom Hart added: "So am I."\n'
    )
    speakers = [q.speaker for q in analyse(text).quotes]
    assert speakers == ["Mike Brown", "Mike Brown", "Ann Lee", "Tom Hart"]


def test_a_name_set_off_by_commas_before_the_cue_of_a_later_clause_speaks_it():
    text = (
        "Police are appealing for information after a man was seen looking into cars.\n\n"
        "Police are asking anyone with information to get in touch\n"
        "Telford PC, Berwyn Pratt, said that the incidents had taken place in the town.\n\n"
        'He said: "We are keen to hear from anyone who saw him."\n'
    )
    [quote] = analyse(text).quotes
    assert quote.speaker == "Berwyn Pratt"


def test_an_accented_given_name_is_known_as_its_plain_spelling_is():
    text = (
        "José Peseiro on Thursday expressed joy at his first victory.\n"
        "Alex Iwobi and Victor Osimhen’s first half goals made the difference.\n"
        "Peseiro told newsmen at a post-match conference that he was very happy.\n"
        "“I am very happy because the team won,” he said.\n"
    )
    [quote] = analyse(text).quotes
    assert quote.speaker == "José Peseiro"


def test_a_role_in_capitals_then_a_comma_then_the_name_is_that_persons_title():
    text = (
        "Super Eagles Head Coach, Tom Reyes on Thursday expressed joy at the win.\n\n"
        "“I am very happy,” he said.\n"
    )
    [quote] = analyse(text).quotes
    assert quote.speaker == "Tom Reyes"


def test_the_coach_after_another_sentence_is_the_one_the_text_names_as_coach():
    text = (
        "Super Eagles Head Coach, Tom Reyes on Thursday expressed joy at his first win.\n\n"
        "Alex Iwobi scored twice in the first half.\n\n"
        "The Portuguese coach stressed that the team needed more time to improve.\n\n"
        "“We had barely six or seven practice sessions.”\n"
    )
    [quote] = analyse(text).quotes
    assert quote.speaker == "Tom Reyes"


def test_the_manager_is_the_one_the_text_named_as_the_teams_boss():
    text = (
        "Preston North End boss Frankie McAvoy said his side were worthy of a point.\n"
        "And after a battle at the Lane, McAvoy said the late goal was just rewards.\n"
        "“To get a point at the end, I thought we deserved it,” the manager said afterwards.\n"
    )
    [quote] = analyse(text).quotes
    assert quote.speaker == "Frankie McAvoy"


def test_a_headlines_caption_with_a_role_after_the_name_is_that_role():
    text = (
        "'We deserved it...' PNE boss offers take on late draw with Sheffield United\n"
        "The visitors snatched a point in injury time.\n"
    )
    [quote] = analyse(text).quotes
    assert quote.speaker == "PNE boss"


def test_felt_gives_a_fragment_to_the_one_who_felt_it():
    text = (
        "Interim manager Simon Rusk felt his side got the “least they deserved” as Lesley"
        " Ugochukwu struck in stoppage time to earn a draw.\n"
    )
    [quote] = analyse(text).quotes
    assert (quote.speaker, quote.cue) == ("Simon Rusk", "felt")


def test_a_quoted_name_after_an_event_and_its_comma_is_a_title():
    text = (
        "Spotify today announced a new subscription.\n\n"
        "The news was first announced at Spotify’s online event, “Stream On.”\n"
    )
    assert analyse(text).quotes == []


def test_cited_is_a_cue_but_cited_by_is_not():
    text = (
        "Match cited a handful of “concessions” from Google in its decision.\n\n"
        "According to Mr. Xi, cited by the same source, “adherence to mutual respect is the"
        " correct way.”\n"
    )
    assert [(q.speaker, q.cue) for q in analyse(text).quotes] == [
        ("Match", "cited"),
        ("Xi", "According to"),
    ]


def test_an_apposition_that_calls_a_name_a_product_makes_no_person_of_it():
    text = (
        "Snap noted that the paid plan is a part of “diversifying” its revenue. Snapchat+"
        " offers priority in replies to Snap Star, the company’s program for popular"
        " creators.\n"
    )
    [quote] = analyse(text).quotes
    assert quote.speaker == "Snap"


def test_an_office_over_a_list_of_domains_then_the_name():
    text = (
        "Union Minister for Water Resources, River Development and Ganga Rejuvenation, Uma"
        " Bharti has reiterated her commitment.\n\n"
        'She said "We will follow the directives of the court."\n'
    )
    [quote] = analyse(text).quotes
    assert quote.speaker == "Uma Bharti"


def test_an_ampersand_joins_an_offices_domains():
    text = (
        "Union Minister Piyush Goyal on Thursday said supplies would go on.\n\n"
        "In a series of tweets, the Minister of Railways and Commerce & Industry said: “Had a"
        " video conference with stakeholders.”\n"
    )
    [quote] = analyse(text).quotes
    assert quote.speaker == "Piyush Goyal"


def test_kin_before_a_name_at_a_sentences_start_is_no_part_of_it():
    text = (
        "Son Russell Brown, 39, said the family were devastated to lose an amazing man.\n\n"
        "Russell said: “He played golf every weekend and loved it.”\n\n"
        "Wife Ann Brown added: “He was so fit.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Russell Brown", "Ann Brown"]


def test_paid_tribute_is_a_cue_and_the_one_a_family_is_of_is_not_its_subject():
    text = (
        "His lifelong friend, Karl Rowland has paid tribute to “genuine and friendly” Dean.\n\n"
        "The devastated family of a popular man who died while rowing have paid tribute to a"
        " ‘loving father and husband’.\n"
    )
    speakers = [q.speaker for q in analyse(text).quotes]
    assert speakers == ["Karl Rowland", "devastated family"]


def test_a_court_that_ruled_or_determined_says_the_words_of_its_ruling():
    text = (
        "The Court determined that the emails “materially interfere[ed] with the Court’s"
        " order.”\n\n"
        "Judge Ann Roe ruled the motion was “premature and unfounded.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Court", "Ann Roe"]


def test_a_clause_inside_dashes_is_no_subject_of_the_cue_after_them():
    text = (
        "Jennifer Lopez said blending families — she shares twins with Marc Anthony and"
        " Affleck shares three children with Jennifer Garner — can be tough, but says"
        " Bennifer’s “love” made the process simple.\n"
    )
    [quote] = analyse(text).quotes
    assert quote.speaker == "Jennifer Lopez"


def test_a_given_name_alone_is_the_one_of_two_so_named_who_spoke_last():
    text = (
        "Jennifer Lopez said she was happy.\n\n"
        "“It is a beautiful story,” she said.\n\n"
        "She shares twins with Marc Anthony, and Ben Affleck shares three children with"
        " ex-wife Jennifer Garner.\n\n"
        "“I honestly believe that love rules all,” Jennifer shared.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Jennifer Lopez", "Jennifer Lopez"]


def test_comments_from_a_named_premier_that_and_a_participle_of_the_sentences_subject():
    text = (
        "Prime Minister Scott Morrison has dismissed comments from the Queensland Premier"
        " Annastacia Palaszczuk that he’d “singled out” the state, saying the Premier has"
        " “amped up” her rhetoric.\n"
    )
    speakers = [q.speaker for q in analyse(text).quotes]
    assert speakers == ["Annastacia Palaszczuk", "Scott Morrison"]


def test_a_related_link_line_names_no_speaker_for_the_quote_after_it():
    text = (
        "“That was never the medical advice,” Mr Morrison said.\n\n"
        "RELATED: Queensland Premier takes swipe at PM over borders\n\n"
        "“My comments have been about keeping the economy open.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Morrison", "Morrison"]


def test_lashed_out_is_a_cue_and_state_after_the_quote_is_none():
    text = (
        "Queensland Senator Matt Canavan has lashed out at “rogue” state and territory"
        " leaders refusing to come to the table.\n"
    )
    [quote] = analyse(text).quotes
    assert (quote.speaker, quote.cue) == ("Matt Canavan", "lashed out")


def test_answers_labelled_a_dot_where_questions_are_labelled_q_dot():
    text = (
        "Brendan McNally\n\n"
        "Q. What is your motto?\n\n"
        "A. Never let the facts get in the way of a good story!\n\n"
        "Q. Who would you meet?\n\n"
        'A. I would meet Charlemagne to tell him; "It just took longer than you thought."\n'
    )
    result = analyse(text)
    assert [t.speaker for t in result.turns] == [
        "Interviewer",
        "Brendan McNally",
        "Interviewer",
        "Brendan McNally",
    ]
    assert [q.speaker for q in result.quotes] == ["Brendan McNally"]
    assert find_turns("A. Introduction\n\nB. Methods\n\nA. Results\n") == []


def test_a_surname_that_opens_a_sentence_before_its_verb_is_the_one_named_in_full():
    text = (
        "Speaker Om Birla cautioned Mahua Moitra against undue remarks.\n"
        "Then the Speaker told TMC leader of the House Sudip Bandyopadhyay to advise his"
        " party MP. Bandyopadhyay responded to the Speaker's request by saying Moitra was a"
        " first time MP.\n"
        '"Sir, she is a first time MP. I will convey your message to her," he said.\n'
    )
    [quote] = analyse(text).quotes
    assert quote.speaker == "Sudip Bandyopadhyay"


def test_her_insistence_that_gives_the_quote_to_the_one_her_means():
    text = (
        "Jeremy Corbyn accused Theresa May of having no plan. He also mocked the prime"
        " minister for her frequent insistence that “Brexit means Brexit.” He sat down.\n\n"
        "“We will see,” he said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Theresa May", "Jeremy Corbyn"]


def test_according_to_after_the_quote_names_its_speaker():
    text = (
        "“It is disturbing,” according to Tom Smith, a local resident.\n\n"
        "The cost is “too high”, according to police.\n\n"
        "The poisoning is “a crime,” according to a spokesman for the ministry.\n"
    )
    speakers = [q.speaker for q in analyse(text).quotes]
    assert speakers == ["Tom Smith", "police", "spokesman for the ministry"]


# One sentence each, nothing before it: the forms news copy attributes a quote with.
ATTRIBUTIONS = [
    '"We will win," said Jo Roe.',
    '"We will win," Jo Roe, 45, said.',
    'Jo Roe: "We will win."',
    'According to Jo Roe, "we will win."',
    '"We will win," according to Jo Roe.',
    '"We will win," said Jo Roe, the company\'s chief executive.',
    '"We will win," Jo Roe was quoted as saying.',
    '"Will we win?" asked Jo Roe.',
    '"We will win." — Jo Roe',
    'Jo Roe described the plan as "a disaster".',
    'As Jo Roe put it, "we will win."',
    '"We will win," were Jo Roe\'s words.',
    '"We will win," reads a statement from Jo Roe.',
    '"We will win," Jo Roe said, according to a transcript.',
    '"We will win," the statement quoted Jo Roe as saying.',
    '"We will win," Jo Roe (D-Ohio) said.',
    '"We will win," Jo Roe told CNN\'s "State of the Union" on Sunday.',
    '"We will win," Jo Roe, a former teacher who now runs a bakery, said.',
    'Asked whether they would win, Jo Roe said: "Yes."',
    '"We will win," Jo Roe sang.',
    '"We will win," Jo Roe tells the Guardian.',
    '"We will win," Jo Roe said of her rival, Al Lee.',
    '"We will win," Al Lee quoted Jo Roe as saying.',
    '"We will win," Jo Roe said, echoing Al Lee.',
]


@pytest.mark.parametrize("text", ATTRIBUTIONS)
def test_each_form_of_attribution_names_jo_roe(text):
    [quote] = analyse(text).quotes
    assert quote.speaker == "Jo Roe"


def test_an_office_a_named_person_is_said_to_hold_is_theirs_later():
    text = (
        "Council vote tonight\n\n"
        "The council meets at six. Mary Roe is the mayor.\n\n"
        "“We will win,” the mayor said.\n\n"
        "Tom Lee, who is the treasurer, spoke next.\n\n"
        "“We cannot pay,” the treasurer said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Mary Roe", "Tom Lee"]


@pytest.mark.parametrize("office", ["treasurer", "king", "queen", "emir", "principal"])
def test_an_office_alone_after_the_quote_is_a_speaker(office):
    [quote] = analyse(f"“We cannot pay,” the {office} said.").quotes
    assert quote.speaker == office


def test_a_title_after_the_closes_before_the_role_of_one_in_the_work():
    text = "The ‘Game of Thrones’ star said: ‘It’s over.’ The students’ union agreed.\n"
    assert [q.text for q in analyse(text).quotes] == ["It’s over."]


def test_a_sessions_long_title_with_its_subtitle_is_no_quote():
    text = (
        "“Her insights offer another facet of the crisis,” said Brooke Elliott, a dean.\n\n"
        "The full session, “Good Faith and Forward Looking: How Do CEOs and CFOs Talk about"
        " the Impact of the Coronavirus Shutdown on Corporate Profits,” is available here.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Brooke Elliott"]


def test_a_microphone_that_captured_someone_saying_gives_the_words_to_them():
    text = (
        "During Snap’s earnings call, a hot-mic moment captured an analyst colleague laughing"
        " and saying, “I didn’t even understand his response,” a rare instance.\n\n"
        "Cameras filmed Jo Roe saying: “We will win.”\n"
    )
    speakers = [q.speaker for q in analyse(text).quotes]
    assert speakers == ["analyst colleague", "Jo Roe"]


def test_the_one_a_quoted_question_calls_on_answers_it():
    text = (
        "Sports Interview\n\n"
        "“Coach, are you going to take it one game at a time?”\n\n"
        "“One game at a time.”\n\n"
        "“Thanks, coach. Great interview.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [None, "coach", None]


def test_one_label_under_a_media_conference_heading_is_a_turn():
    text = (
        "UNIVERSITY OF PITTSBURGH BASKETBALL MEDIA CONFERENCE\n\n"
        "March 28, 2018\n\n"
        "HEATHER LYKE: Good afternoon and welcome, everyone. It's about time, right?\n"
    )
    assert [t.speaker for t in analyse(text).turns] == ["Heather Lyke"]


def test_a_quote_on_its_own_before_a_cue_that_brings_on_the_next_goes_on():
    text = (
        "'Definitely one of the best matches I have played this year,' said Petra Kvitova.\n\n"
        "'It was big hitting today. It was fun to play Serena.' Analysing the match overall,"
        " Kvitova added: 'I think that in the beginning, she didn't feel the rhythm.'\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Petra Kvitova"] * 3


def test_a_place_after_in_before_the_cue_is_no_speaker_and_the_us_opens_a_title():
    text = (
        "The U.S. Attorney's Office in Washington said in a statement Monday that it is"
        ' "always careful and deliberative" when dealing with the press.\n'
    )
    [quote] = analyse(text).quotes
    assert quote.speaker == "U.S. Attorney's Office"


def test_a_general_meeting_is_no_person_called_meeting():
    text = (
        "WATCH: ANC member attacked at a Branch General Meeting in Nkomazi sub-region\n\n"
        "The violent act took place in Nkomazi where there was a Branch General Meeting.\n\n"
        "It further went on to say that the incident was not just an act of criminality.\n\n"
        "“Especially in this process of BGMs leading up to the conferences.”\n"
    )
    [quote] = analyse(text).quotes
    assert quote.speaker != "Meeting"


def test_a_participle_after_a_parenthetical_attribution_is_that_speakers():
    text = (
        "The judge, Frederic Block, said the consequences served no useful function.\n\n"
        "Such consequences — the denial of government benefits, ineligibility for public"
        " housing — can have devastating effects, he wrote, adding that they may also be"
        " “particularly disruptive to an ex-convict’s efforts at rehabilitation.”\n"
    )
    [quote] = analyse(text).quotes
    assert quote.speaker == "Frederic Block"


def test_a_court_filing_states():
    text = (
        "In the filing, prosecutors argue she is a flight risk. “She booked an international"
        " flight to Mexico,” the court filing states.\n"
    )
    [quote] = analyse(text).quotes
    assert (quote.speaker, quote.cue) == ("court filing", "states")


def test_a_question_on_its_own_that_calls_on_a_coach_is_not_the_last_named():
    text = (
        "“What I would ask is that they give us a call,” Det Supt Mike Brown added.\n\n"
        "Sports interview\n\n"
        "“Coach, will you take it one game at a time?”\n\n"
        "“One game at a time.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Mike Brown", None, "coach"]


def test_a_headline_with_the_speakers_mood_after_the_colon():
    text = (
        "‘We will win’: Roe defiant after defeat\n\n"
        "Mary Roe, the party's leader, spoke in Leeds on Monday.\n"
    )
    [quote] = analyse(text).quotes
    assert quote.speaker == "Mary Roe"


def test_jul_and_jun_with_a_full_stop_end_no_sentence():
    text = (
        'Tom Reyes wrote in a Facebook post on Jul. 23 that the ministers had "leased'
        ' state-owned mansions".\n\n'
        'He added on Jun. 2 that the notice was "misleading".\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Tom Reyes", "Tom Reyes"]


def test_the_honourable_before_a_name_is_a_courtesy_form():
    text = (
        "The Minister of Fisheries, the Honourable Aline Tremblay, issued the following"
        " statement today:\n\n"
        "“We will reopen the wharf in May.”\n\n"
        "The Honorable Paul Okafor said: “The rules stay.” Okafor added: “No exceptions.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Aline Tremblay",
        "Paul Okafor",
        "Paul Okafor",
    ]


def test_an_office_then_the_name_set_off_by_commas_after_the_quote():
    text = (
        "“You will answer for any disorder,” Kisumu Central Police Station Commander,"
        " Amina Wekesa, told the organisers in a letter.\n\n"
        "“The road stays open,” Transport Officer, Peter Otieno, said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Amina Wekesa", "Peter Otieno"]


def test_a_kenyan_surname_with_an_apostrophe_is_one_name():
    text = (
        "Emurua Dikirr MP Johanna Ng’eno spoke at the launch on Saturday.\n\n"
        "“It is totally unacceptable,” Ng’eno said. Ng’eno’s rival, Mary Ng’ang’a, added:"
        " “We disagree.” Ng’ang’a later said: “We will see.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Johanna Ng’eno",
        "Mary Ng’ang’a",
        "Mary Ng’ang’a",
    ]


def test_a_possessive_inside_what_someone_said_is_not_the_speaker():
    text = (
        "Mayor Ann Hart spoke to residents on Friday.\n\n"
        "Union president Joan Ellis said that Hart’s “reckless conduct” is grounds for"
        " an inquiry.\n\n"
        "Later, Ray Pike echoed Hart’s “stay calm” at a briefing of his own.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Joan Ellis", "Ann Hart"]


def test_a_saints_name_before_a_name_is_a_place():
    text = (
        "Member of Parliament for South West St Catherine Everald Marsh has accused the"
        " press of bias.\n\n"
        '"It is open," said Marsh.\n\n'
        'The MP for St Mary Ann Pike said: "We disagree." Pike added: "Strongly."\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Everald Marsh",
        "Ann Pike",
        "Ann Pike",
    ]


def test_a_one_word_subheading_below_a_quote_does_not_sign_it():
    text = (
        "Prime Minister Carl Dunn says he will talk with Ray Pike about his conduct.\n"
        '"It is certainly not what we want," the Prime Minister told reporters.\n'
        '"Mr. Pike is going to need more speaking to."\n'
        "Responsibilities\n"
        "The Prime Minister said that there were certain duties Mr. Pike had to fulfil.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Carl Dunn", "Carl Dunn"]


def test_an_office_over_two_domains_in_an_office_then_a_three_word_name():
    text = (
        "Director of Communications and Public Affairs in the Office of the Prime Minister"
        ' Robert Nesta Marsh has called for Jo Pike "to provide clarity to the public" on'
        " an article.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Robert Nesta Marsh"]


def test_the_acronym_of_a_body_the_text_spells_out_is_that_body():
    text = (
        "The Press Association of Jamaica (PAJ) has called on the minister to apologise.\n\n"
        "“He has abused members of the press,” the PAJ said in a statement.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Press Association of Jamaica"]


def test_a_quote_sheet_headed_by_two_offices_with_a_slash_and_an_opening_statement():
    text = (
        "Quotes: Thursday practice\n\n"
        "Executive Vice President/Head Coach Tom Reyes\n\n"
        "On the status of guard Al Hurt:\n"
        "“Al started practice today. Good first day.”\n\n"
        "Interim Head Coach Walt Pike\n"
        '(opening statement) "We had a good practice today."\n\n'
        '(on the injuries) "Nobody new is out."\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Tom Reyes", "Walt Pike", "Walt Pike"]


def test_a_turns_label_is_not_the_subject_of_its_first_sentence():
    text = (
        "This is TALK OF THE NATION. I'm Neal Conan.\n\n"
        "Mr. BILL MOYERS (Author): Thanks for having me, Neal.\n\n"
        'CONAN: Well, you were the one who told us that "the conversation is the thing."'
        " Why a book now?\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Bill Moyers"]


def test_a_title_in_a_turns_label_is_not_a_quote():
    text = (
        "This is TALK OF THE NATION. I'm Neal Conan.\n\n"
        'Mr. TOM REYES (Author, "The Long Table"): Thanks for having me, Neal.\n\n'
        'CONAN: You wrote that "every family has a long table." Why?\n'
    )
    result = analyse(text)
    assert [t.speaker for t in result.turns] == ["Tom Reyes", "Neal Conan"]
    assert [q.text for q in result.quotes] == ["every family has a long table."]


def test_a_show_someone_writes_for_is_a_title_even_with_a_number():
    text = (
        'Jo Reyes has worked on "American Dad," and now writes for "30 Rock."\n\n'
        '"I like bookstores," Reyes said.\n'
    )
    assert [q.text for q in analyse(text).quotes] == ["I like bookstores,"]


def test_son_is_a_korean_surname_before_a_one_word_given_name():
    text = (
        "Son You-min of the agency's strategy team confirmed the plans, adding they could"
        " not give details as it is an “ongoing project.”\n\n"
        "Son Russell Brown, 39, said: “He was a good man.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Son You-min", "Russell Brown"]


def test_a_body_and_a_role_before_a_name_make_the_sentences_subject():
    text = (
        "Reports said the father of Tae Min-ho was a partisan.\n\n"
        "At 7 pm the previous day, South Korean Ministry of Unification spokesperson Jeong"
        " Joon-hee announced that Tae - whom he called the “highest-ranking diplomat to"
        " defect” - had arrived.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Jeong Joon-hee"]


def test_a_dash_that_brings_on_a_whole_quote_ends_its_speakers_sentence():
    text = (
        "At the hearing, Tom Evans offered an apology to Mr Pike – “I’m sorry from the bottom"
        " of my heart, Jack.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Tom Evans"]


def test_the_white_houses_q_set_off_by_spaces_asks():
    text = (
        "James S. Brady Press Briefing Room\n\n"
        "MS. REYES:  Good afternoon, everyone.  Happy Monday.\n\n"
        "Q    Monday?\n\n"
        "MS. REYES:  Monday?  Wednesday?  That is how my week is going.\n\n"
        "Q    Do you mean next Monday?\n\n"
        "MS. REYES:  Whatever Monday you want.\n"
    )
    assert [t.speaker for t in analyse(text).turns] == [
        "Reyes",
        "Interviewer",
        "Reyes",
        "Interviewer",
        "Reyes",
    ]


def test_a_closing_mark_typed_for_the_repeated_opening_one_goes_on_with_the_quote():
    text = (
        "Speaking after qualifying, Jo Reyes said he had not expected pole.\n"
        "“I also didn’t expect that. Well done to the team.\n"
        "”We did change a bit on the car. So that’s promising.”\n"
    )
    [quote] = analyse(text).quotes
    assert quote.text.startswith("I also") and quote.text.endswith("promising.")
    assert quote.speaker == "Jo Reyes"


def test_a_name_line_above_a_quote_heads_it_when_another_follows_below():
    text = (
        "What the teams said - Qualifying\n"
        "Tom Reyes, 1st, 1:23.778\n"
        "“I’m very happy to be on pole.”\n"
        "Al Pike, 13th, 1:25.462\n"
        "“It was quite difficult out there today.”\n"
        "Jo Lane, Team Principal\n"
        '"A session of deleted lap times for many drivers."\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Tom Reyes", "Al Pike", "Jo Lane"]


def test_a_name_with_its_details_in_brackets_heads_the_quote_after_it():
    text = (
        "Driver Comments Post-Qualifying\n\n"
        "McLaren Tom Reyes (1st, Q3 - 1m 24.922s) “I’m massively proud of my team.”\n\n"
        "Al Pike (2nd, Q3 - 1m 25.074s) “Tom nailed a great lap in Q3.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Tom Reyes", "Al Pike"]


def test_a_headline_that_opens_with_a_name_quotes_them():
    text = (
        "Reyes ‘lost feeling and rhythm’ after qualifying engine problem | F1\n\n"
        "Car “a bit more hooked up” in the heat\n\n"
        "Reyes described qualifying as “too stressful”.\n\n"
        "“It was a complicated session,” Reyes said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Reyes", None, "Reyes", "Reyes"]


def test_spoken_against_and_spoke_out_are_cues():
    text = (
        "The minister, Tom Reyes, has spoken against people making “demeaning” remarks"
        " about the president.\n\n"
        "Ann Pike spoke out on Monday, calling the plan “reckless”.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Tom Reyes", "Ann Pike"]


def test_a_lone_surname_with_was_or_had_opens_a_sentence_with_a_cue():
    text = (
        "Marsh, on the other hand, was happy with the “character” shown by his team and"
        " credited his players for “showing what we are capable of”.\n\n"
        "Responding to claims, Pike was equivocal. “Look, I don’t think that’s true.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes][1:] == ["Marsh", "Pike"]


def test_he_after_a_sentence_whose_last_clause_has_another_subject():
    text = (
        "Deputy spokesman Tom Reyes said the bloc would “remain vigilant”.\n\n"
        "Jean-Claude Marsh, the president, had said that the bloc could retaliate, but Reyes"
        " did not say when.\n\n"
        "He said it was “not up to us to intervene”.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Tom Reyes", "Tom Reyes"]


def test_a_reporter_who_asks_is_not_the_official_who_answers():
    text = (
        "Euronews reporter Jo Reyes asked: “Isn’t it a problem?”\n\n"
        "The European Commission chief startled at first, then claimed the “jury is still"
        " out”.\n\n"
        "Radio host Al Pike asked: “Will you resign?”\n\n"
        "The Commission chief said the “answer is no”.\n"
    )
    speakers = [q.speaker for q in analyse(text).quotes]
    assert speakers[0] == "Jo Reyes" and speakers[2] == "Al Pike"
    assert speakers[1] not in ("Jo Reyes", "Al Pike") and speakers[3] not in ("Jo Reyes", "Al Pike")


def test_a_sentence_that_opens_with_a_past_participle_has_its_subject_after_the_comma():
    text = (
        "Disappointed with the vandalism that happened a day after Taman Tasik Titiwangsa"
        " reopened, Federal Territories Minister, Khalid Samad, has ordered more patrols.\n\n"
        "“We just opened the park,” he said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Khalid Samad"]


def test_malaysian_names_and_the_menteri_besar():
    text = (
        "Youth and Sports Minister, Syed Saddiq Syed Abdul Rahman, said he prayed for the"
        " well-being of the king.\n\n"
        "“I feel so proud,” he said.\n\n"
        "Meanwhile, Selangor Menteri Besar Amirudin Shari said he was confident.\n\n"
        "“May this historic event bring prosperity,” he added.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Syed Saddiq Syed Abdul Rahman",
        "Amirudin Shari",
    ]


def test_a_malay_name_of_five_words_is_known_by_its_first_two():
    text = (
        "Kuala Lumpur mayor Datuk Seri Mohd Amin Nordin Abd Aziz refused to comment on the"
        " decision.\n\n"
        "“No need. It’s raining,” he said.\n\n"
        "When pressed, Mohd Amin admitted: “Yeah, sensitive issue.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Mohd Amin Nordin Abd Aziz"] * 2


def test_a_name_after_a_colon_signs_the_quote_when_its_sentence_ends_there():
    text = (
        '"I am relying on the ministers," he said.\n\n'
        '"I am required to delegate": Reyes. Reyes said the cabinet approved the funds.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == [None, "Reyes"]


def test_a_fact_checks_headline_asks_whether_someone_said_it():
    text = (
        "Did Tom Reyes Tweet ‘Be Kind to Animals or I’ll Kill You’?\n\n"
        "A screenshot of what looked like a verified account tweeting “be kind to animals"
        " or I’ll kill you” spread across social media.\n\n"
        "Did Pike Say ‘We Will Close Every School’?\n\n"
        "Posts claim the mayor said so.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Tom Reyes", "Tom Reyes", "Pike"]


def test_fact_check_headlines_give_the_words_to_whom_they_are_put_on():
    cases = {
        "Fact Check: Reyes Did Not Say ‘We Will Raise Your Taxes’\n\nThe clip was cut.\n": "Reyes",
        "No, Pike Didn’t Say ‘Voters Are the Dumbest Group’\n\nThe meme is fake.\n": "Pike",
        "Marsh Falsely Claims ‘Crime Is Way Up’ in the City\n\nData show otherwise.\n": "Marsh",
        "Fact check: Lane did not say ‘I will ban guns’\n\nThe quote is made up.\n": "Lane",
        "Viral Quote Falsely Attributed to Einstein: ‘Everybody Is a Genius’\n\nNo record.\n": (
            "Einstein"
        ),
        "“Everybody is a genius,” a line often attributed to Albert Einstein, went viral.\n": (
            "Albert Einstein"
        ),
    }
    for text, speaker in cases.items():
        assert [q.speaker for q in analyse(text).quotes] == [speaker], text


def test_more_fact_check_headlines_and_posts():
    cases = {
        "Fact Check: Did Mary Roe Say ‘We Will Win Every State’?\n\nNo record.\n": "Mary Roe",
        "Did Tom Pike Call Farmers ‘Lazy’?\n\nNo.\n": "Tom Pike",
        "Tom Pike Didn’t Call Farmers ‘Lazy’\n\nThe clip was edited.\n": "Tom Pike",
        "No, Tom Pike Didn’t Call Farmers ‘Lazy’\n\nThe clip was edited.\n": "Tom Pike",
        "Video Shows Tom Pike Saying ‘We Will Win’\n\nThe clip is real.\n": "Tom Pike",
        "Users are sharing a quote they attribute to Tom Pike: “We will win every state.”\n": (
            "Tom Pike"
        ),
        "The post quotes Tom Pike as saying, “We will win every state.”\n": "Tom Pike",
    }
    for text, speaker in cases.items():
        assert [q.speaker for q in analyse(text).quotes] == [speaker], text
    heading = "Why Did You Start Your Business?\n\n“Hi, I’m Elia.”\n"
    assert [q.speaker for q in analyse(heading).quotes] == [None]


def test_salutes_and_a_dash_to_someones_statement():
    text = (
        "Reyes salutes 'breathtaking' Pike after win\n\n"
        "\"He's carried us\" - Tom Reyes's blunt statement on the season\n\n"
        'Tom Reyes spoke on Saturday. Reyes\'s reflection on an "emotionally spent" Pike'
        " is an interesting point.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Tom Reyes"] * 3


def test_a_cue_that_ends_the_sentence_a_short_quote_opens():
    text = (
        "'Illegal' Protocol bill will fail, says Mary Roe\n\n"
        "Politics live: 'Hurdles to overcome' before the deal, Tory MPs told\n\n"
        'There are "hurdles to overcome" before a deal to improve the Northern Ireland'
        " Protocol, the Foreign Secretary told Conservative MPs on Wednesday night.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Mary Roe",
        "Foreign Secretary",  # (the words the story gives her below)
        "Foreign Secretary",
    ]


def test_heard_telling_and_a_pair_of_offices_with_a_who_clause():
    text = (
        "He was responding to a video in which former President Tom Reyes was heard telling"
        " supporters that “the president has a short life to live”.\n\n"
        '"It is progressing well," Chief Strategy and Marketing Officer Al Pike, who is in'
        " charge of the talks, told Reuters when asked if a deal had been reached.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Tom Reyes", "Al Pike"]


def test_a_quote_on_its_own_goes_on_from_a_bodys_quote_just_before():
    text = (
        "“As detectives began their investigation, a man approached,” officials said.\n\n"
        "“During an interview he told detectives he was drunk.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["officials", "officials"]


def test_an_agencys_credit_ends_a_story_not_a_quote_left_open():
    text = (
        "Meanwhile, Selangor Menteri Besar Amirudin Shari said he was confident.\n\n"
        "“May this historic event bring prosperity to the nation. — Bernama\n"
    )
    [quote] = analyse(text).quotes
    assert quote.text == "May this historic event bring prosperity to the nation."
    assert quote.speaker == "Amirudin Shari"


def test_retorting_and_quipping_are_cues():
    text = (
        "Dylan Reyes jested at the host who asked about leadership, amusingly retorting"
        " “Everyone else gets to talk about their teams.”\n\n"
        "Tom Pike, quipping “I have never seen so much media”, took his seat.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Dylan Reyes", "Tom Pike"]


def test_more_participles_of_speech_verbs_are_cues():
    text = (
        "Mayor Ann Reyes closed the meeting, thanking volunteers for their “heroic work”.\n\n"
        "Tom Pike left the stage, mocking the plan as “a fantasy”.\n\n"
        "Jo Lane appeared in court, denouncing the charges as “political”.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Ann Reyes", "Tom Pike", "Jo Lane"]


def test_a_three_word_name_and_two_offices_joined_by_and():
    text = (
        "The Namutumba District Commissioner, Mr Amos Ssempala Kigozi, has accused party"
        " members.\n\n"
        '"I attended a burial in Bulange," Mr Ssempala said on Friday.\n\n'
        "Union Minister of State for Home Affairs and BJP Leader Ravi Mishra Teni lashed out"
        " at the opposition. The minister also called the chief minister 'desperate'.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Amos Ssempala Kigozi",
        "Ravi Mishra Teni",
    ]


def test_a_possessive_speech_noun_inside_what_someone_said_is_not_the_speaker():
    text = (
        "Tom Reyes posts every day. The chatbot had a humorous answer. It said that Reyes’s"
        " tweets came from “his knack for sharp one-liners”.\n\n"
        "Ann Pike pointed out that the President’s assertion that inflation has “stopped”"
        " is wrong.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [None, "President"]


def test_chief_of_staff_before_a_name_after_the_quote():
    text = (
        "“Now we must help rebuild,” IDF Chief of Staff Benny Gantz said, according to a"
        " report on Channel 10.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Benny Gantz"]


def test_a_credit_after_a_caption_is_no_sentence_subject():
    text = (
        "Mary Roe spoke at a rally in Mt Isa.\n\n"
        "Premier Mary Roe says she will work until Christmas. Picture: Jono Searle\n\n"
        '"We will win," she said.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Mary Roe"]


def test_criticised_or_accused_by_someone_for_or_of_their_words():
    text = (
        'Mary Roe has been criticised by Opposition Leader Deb Lane for "not having a'
        ' budget".\n\n'
        'The plan was slammed by Tom Pike as "a disaster".\n\n'
        'Jo Smith was accused by Senator Alan Cole of "playing politics".\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Deb Lane", "Tom Pike", "Alan Cole"]


def test_she_after_a_quote_whose_sentence_turns_to_another_subject():
    text = (
        'Mary Roe has been criticised by Opposition Leader Deb Lane for "not having a'
        ' budget", however Ms Roe has been quick to respond.\n\n'
        '"You do not get the figures until the federal budget comes out," she told ABC Radio.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Deb Lane", "Mary Roe"]


def test_a_papers_long_title_after_author_of_is_no_quote():
    text = (
        "Jo Roe is lead author of “Developmental Temperature Predicts the Adult Response to"
        " Stressors in a Free-living Passerine,” which published Dec. 3.\n\n"
        "“We followed the birds from eggs to adulthood,” Roe said.\n"
    )
    assert [(q.text, q.speaker) for q in analyse(text).quotes] == [
        ("We followed the birds from eggs to adulthood,", "Jo Roe")
    ]


def test_a_surname_at_a_wrapped_lines_end_is_not_joined_to_the_next_lines_word():
    text = (
        "Jordan Spieth won the Masters.\n"
        "Field cannot head off\n"
        "record-setter Spieth\n"
        "Dominant victory feels\n"
        "like new day dawning\n"
        "“This was arguably the\n"
        "greatest day of my life,” he\n"
        "said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Jordan Spieth"]


def test_it_said_before_or_after_a_quote_is_the_body_named_before():
    text = (
        "The Nigeria Centre for Disease Control (NCDC) has reported 152 deaths.\n\n"
        "According to its latest report, 811 cases have been confirmed so far.\n\n"
        "“We are witnessing a slight decline in cases,” it said.\n\n"
        "“We declared an epidemic,” the ministry said in a statement.\n\n"
        "In response, it said, “the ministry will organize a campaign”.\n"
    )
    speakers = [q.speaker for q in analyse(text).quotes]
    assert speakers == ["Nigeria Centre for Disease Control", "ministry", "ministry"]


def test_a_name_with_its_body_before_the_cue():
    text = (
        "Dr. Peter Salama, the agency’s emergencies chief, spoke in Geneva.\n\n"
        "“The problem here is that we have three separate locations,” Salama with WHO said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Peter Salama"]


def test_a_name_after_during_is_no_subject():
    text = (
        "When Pope Francis arrived, thousands were waiting.\n\n"
        "During the General Audience, the pope examined the meaning of the feast.\n\n"
        "“It is the language of truth and love.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Pope Francis"]


def test_a_rush_transcript_of_one_speaker_is_a_turn():
    text = (
        'CNN News Central\n\nNTSB: "Whole of Government Effort" to Investigate Crash\n\n'
        "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM.\n\n"
        "TODD INMAN, NATIONAL TRANSPORTATION SAFETY BOARD MEMBER: We will not be discussing"
        " names.\n\nSo, we want to talk a little bit about our process.\n"
    )
    result = analyse(text)
    assert [(text[t.start : t.start + 7], t.speaker) for t in result.turns] == [
        ("We will", "Todd Inman")
    ]
    assert [(q.text, q.speaker) for q in result.quotes] == [("Whole of Government Effort", "NTSB")]


def test_according_to_a_paper_then_a_name_and_a_cue():
    text = (
        "Tom Reyes, the governor, has dismissed talk that he will defect.\n\n"
        "According to Vanguard, Reyes said this at a meeting of traditional rulers on Monday.\n\n"
        '"I am a member of the party, unrepentant," he said.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Tom Reyes"]


def test_nigerian_courtesy_titles_barrister_and_engineer():
    text = (
        "The governor of Rivers State, Barrister Nyesom Wike, spoke on Monday.\n\n"
        '"I am not a member of the APC," Wike said.\n\n'
        "Engr. Seyi Makinde also spoke.\n\n"
        '"We will stay," Makinde said.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Nyesom Wike", "Seyi Makinde"]


def test_a_body_word_after_a_possessive_in_an_apposition_is_not_the_speaker():
    text = (
        "Rochas Okorocha, Chairman of the APC Governors’ Forum, speaking to reporters after"
        " the meeting, said: “We can’t be jittery.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Rochas Okorocha"]


def test_a_trade_before_a_name_is_no_part_of_it():
    text = (
        "Model Danielle Lloyd has leapt to the defence of her friend.\n\n"
        '"These stories came from her account," Danielle said.\n\n'
        "Footballer Jamie Vardy Roe was not there.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Danielle Lloyd"]


def test_a_given_name_alone_is_the_full_name_named_before():
    text = (
        "Model Danielle Lloyd has defended her pal and fellow Liverpudlian Coleen Rooney.\n\n"
        '"These stories came from her account," Danielle said.\n\n'
        "Yet to speak to the press, Coleen published a statement on social media.\n\n"
        '"Naturally, I am pleased the judge has found in my favour."\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Danielle Lloyd", "Coleen Rooney"]


def test_a_day_before_a_given_name_is_no_part_of_it():
    text = (
        "Coleen Nolan has denied that the star she branded a 'diva' is a co-star.\n\n"
        "On Tuesday Coleen had branded one celebrity a 'diva'.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Coleen Nolan", "Coleen Nolan"]


def test_a_sentence_according_to_someone_before_a_quote_on_its_own():
    text = (
        "Mildred Baene gave an interview to a magazine about Maria Shriver.\n\n"
        "So how did Maria react, according to Mildred?\n\n"
        "“She was so strong. She cried with me.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Mildred Baene"]


def test_a_title_after_series_or_show_is_no_subject():
    text = (
        "Coleen Nolan denied it on Thursday.\n\n"
        "Speaking on the YouTube series Girl Talk, she said: “I cannot say names.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Coleen Nolan"]


def test_an_answer_label_with_no_space_after_its_colon():
    text = (
        "Q&A with Progressives leader Jim Anderton\n\n"
        "Q: What is your vision for New Zealand?\n"
        "A:A fair go society.\n"
        "Q: Why did you abstain?\n"
        "A: I had a very strong view.\n"
    )
    turns = analyse(text).turns
    assert [(text[t.start : t.start + 6], t.speaker) for t in turns] == [
        ("What i", "Interviewer"),
        ("A fair", "Jim Anderton"),
        ("Why di", "Interviewer"),
        ("I had ", "Jim Anderton"),
    ]


def test_a_first_name_alone_is_the_three_word_name_before_it():
    text = (
        "Naser Toure Mahama, Member of Parliament for Ayawaso East, has spoken.\n\n"
        "In an interview, Naser said that John Dramani Mahama had warned them.\n\n"
        '"They have not done anything; they are even confused."\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Naser Toure Mahama"]


def test_the_former_president_is_a_title():
    text = (
        "Former President John Mahama spoke in Kumasi.\n\n"
        "“How can all these monies be missing,” the former President observed.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["John Mahama"]


def test_a_pronoun_after_a_participle_phrase_is_not_someone_in_it():
    text = (
        "Member of parliament for Sagnarigu, Alhaji Ahmed Fuseini has stated that the"
        " government lied.\n\n"
        "Speaking in an interview with Radio Gold’s host, Peter Bamfoh on the talk show,"
        " Saturday, he noted, “if you lie in the morning, you lie at night.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Ahmed Fuseini"]


def test_apologised_for_making_is_a_cue_and_vivian_may_be_a_man():
    text = (
        "Singapore minister apologises for 'private comments'\n\n"
        "SINGAPORE: Foreign Affairs Minister Vivian Balakrishnan apologised for making"
        ' "private comments" to a colleague.\n\n'
        'Balakrishnan said he called the MP to apologise for his "private comments".\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Vivian Balakrishnan"] * 3


def test_a_name_right_after_an_office_and_its_list_of_domains():
    text = (
        "Senior Parliament Secretary for Social and Family Development, and Culture, Community"
        " and Youth Eric Chua called out the opposition leader.\n"
        "“People should not be politicised. There must be a sincere intent to help.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Eric Chua"]


def test_tagalog_elisions_open_no_quote():
    text = (
        "SP Pimentel: She has freedom of speech. Karapatan po niya 'yon.\n\n"
        "Q: So 'yung psychopath, serial killer, walang evidence...\n\n"
        "SP: I will defend it, 'yung kay Agot Isidro. 'Di ba?\n"
    )
    assert analyse(text).quotes == []


def test_a_name_with_two_initials_and_its_acronym_in_brackets():
    text = (
        "BRS working president and Telangana minister K T Rama Rao (KTR) called the Congress"
        " chief a “thief”.\n\n"
        "KTR said “Revanth is now being called Rate-Entha.”\n\n"
        "Minister K. T. Rama Rao said: “We will win.”\n"
    )
    speakers = [q.speaker for q in analyse(text).quotes]
    assert len(speakers) == 3 and {s.replace(".", "") for s in speakers} == {"K T Rama Rao"}


def test_a_headline_signed_after_a_dash_by_pres_and_a_name_that_tells_someone():
    text = (
        "‘Stop saying my gov’t. is illegitimate’ – Pres. Ali tells Opposition MPs\n\n"
        "President Mohamed Irfaan Ali ended up in a debate on Wednesday.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Mohamed Irfaan Ali"]


def test_two_signature_lines_in_one_paragraph_sign_one_block():
    # found by the property run: the block above was read twice, two overlapping quotes
    text = (
        "\n\n“Silas, this is brilliant.”\n\nDavid Chen, my former colleague.\n\n"
        "– Ann said that Roe’s \n– Ann said that Roe’s "
    )
    spans = [(q.start, q.end) for q in analyse(text).quotes]
    assert spans == [(3, 28), (31, 63)]


def test_a_q_and_a_heading_names_whom_the_answers_are_from():
    text = (
        "Premier Mary Roe says she will work until Christmas.\n\n"
        "Opposition Leader Deb Lane disagreed.\n\n"
        "Q&A with the Premier\n\n"
        "Q: What is your vision for the state?\n"
        "A: A fair go for everyone.\n"
    )
    assert [t.speaker for t in analyse(text).turns] == ["Interviewer", "Mary Roe"]


def test_a_fixture_line_above_a_name_is_no_part_of_it():
    text = (
        "All the reaction from the managers.\n\n"
        "Fulham 1-0 Arsenal\n"
        'Roy Hodgson: "Today we have beaten one of the very best teams."\n'
        "Newcastle 1-0 Bolton\n"
        'Kevin Keegan (on goalscorer Michael Owen): "We do want Michael to stay."\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Roy Hodgson", "Kevin Keegan"]


def test_the_subject_of_a_sentence_that_opens_with_a_clause_is_the_main_clauses():
    text = (
        "Mary Roe attacked Labour.\n\n"
        "It left the First Minister with an open goal. After Tom Lane asked about buses,"
        " Roe defended her record. “That is the difference,” she said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Mary Roe"]


def test_a_capitalised_office_is_the_one_named_before_it():
    text = (
        "Mary Roe has said she still hopes for a deal.\n"
        "The Prime Minister also said talks would go on.\n"
        "The Prime Minister added: “We keep the door open.”\n\n"
        "The Director of the Gallery said the show “has broken every record”.\n"
        "Director of Communications Ann Lee called it “regrettable”.\n\n"
        "Labour leader Tom Lane accused Al Dunn of “dither”.\n"
        "The First Minister hit back: “Nonsense.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Mary Roe",
        "Director of the Gallery",  # (not Ann Lee, named after it)
        "Ann Lee",
        "Tom Lane",
        "First Minister",  # (not Tom Lane, the Labour leader)
    ]


def test_a_word_the_sentence_names_does_not_hide_its_cue_from_the_next_quote():
    text = (
        "Ann Lee, the presiding officer, said his use of the word “liar” was clearly"
        " “unparliamentary” language.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [None, "Ann Lee"]


def test_a_name_and_a_spaced_dash_that_open_a_line_label_the_quote_as_a_colon_does():
    text = (
        "Stuff like this:\n\n"
        "Head Coach Dan Eakin – “We did not go after him tonight.”\n\n"
        "Ben Scriven — “I would have loved to win my home debut.”\n"
    )
    quotes = analyse(text).quotes
    assert [q.speaker for q in quotes] == ["Dan Eakin", "Ben Scriven"]
    assert quotes[1].reason == "name 'Ben Scriven' before a dash"


def test_a_fragment_whose_sentence_ends_with_its_own_cue_is_that_speakers():
    text = (
        "Tom Reyes said the inquiry would go on.\n\n"
        "Some of the papers the Tribunal had asked for were from Cabinet, which was"
        " “frustrating”, he said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Tom Reyes"]


def test_a_tv_panels_name_and_dash_lines_label_turns_and_its_title_is_no_label():
    text = (
        "The Show: Mary Roe 'Meets the Press'\n\n"
        "Welcome to the programme, Prime Minister.\n\n"
        "Mary Roe – Prime Minister\n"
        "Business as normal I think.\n\n"
        "Tom Lane – Interest.co.nz\n"
        "Something has gone wrong with this fiasco.\n\n"
        "Mary Roe – Prime Minister\n"
        "I do not think it has.\n"
    )
    turns = analyse(text).turns
    assert [t.speaker for t in turns] == ["Mary Roe", "Tom Lane", "Mary Roe"]
    assert text[turns[0].start : turns[0].end].strip() == "Business as normal I think."


def test_a_papers_headline_that_says_a_fragment_is_the_papers():
    text = (
        "Most outlets reported the study correctly, but the Daily Post’s social media"
        " headline that “one in four people is hooked on pills” is incorrect.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Daily Post"]


def test_challenged_to_brings_on_the_challengers_words():
    text = (
        "Posts claimed that Tom Reyes challenged the Deputy Prime Minister to “remove"
        " sign language from schools” (he did not).\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Tom Reyes"]


def test_the_party_executive_is_the_one_named_of_the_party():
    text = (
        "Ali Wuni, an officer of the NDC, and the Regional Treasurer of the NPP Musa Sumani"
        " appeared on the show.\n\n"
        "The NPP executive claimed his party achieved so much. He cited the new regions.\n\n"
        "“We have created six regions”, he said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Musa Sumani"]


def test_title_case_words_after_a_headlines_cue_or_a_calling_are_quotes_not_titles():
    text = (
        "Spokesperson Asserts That ‘Roe Is Braver Than All The People In The Party’\n\n"
        "Deputy Minister Tom Lane called Mary Roe a “Judas” during the debate.\n"
    )
    quotes = analyse(text).quotes
    assert [q.text for q in quotes] == ["Roe Is Braver Than All The People In The Party", "Judas"]
    assert quotes[1].speaker == "Tom Lane"


def test_a_name_then_who_and_a_cue_without_a_comma_is_the_speaker():
    text = (
        'The post was also shared by state secretary Mary Roe who commented "Yes, we will."\n\n'
        'The people who said "never" were wrong.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Mary Roe", None]


def test_the_party_is_the_party_named_before_it():
    text = (
        "Queensland’s Labor Party has warned the state could be flooded.\n\n"
        "“If it was up to Deb, we would be flooded,” the party posted on Tuesday night.\n\n"
        "In a post the Conservative party said: “The economy was growing.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Labor Party", "Conservative party"]


def test_a_body_attacked_before_a_participle_does_not_say_it():
    text = (
        "Home Minister Raj Vij on Wednesday hit back at the company saying that “it has"
        " lost its way.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Raj Vij"]


def test_a_pronoun_and_s_is_she_is_not_a_possessive():
    text = 'My mom was raised by bakers.\n\nShe\'s fond of saying "We are born, we die."\n'
    assert [q.speaker for q in analyse(text).quotes] == ["mom"]


def test_the_subject_of_a_clause_before_a_pronoun_is_not_the_pronouns():
    text = (
        "My grandfather never said much at dinner. When my cousin announced the news, he"
        ' put down his fork.\n\n"Do you fish?" he asked.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["grandfather"]


def test_common_short_given_names_have_a_gender():
    text = (
        "Sallie Smith held an event.\n\n"
        "Kathy knew nothing of farm life. Kathy loved the farm! “Where are the keys?” she"
        " yelled from the cab.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Kathy"]


def test_a_line_that_heads_a_quote_as_a_bodys_statement_gives_it_that_body():
    text = (
        "A leading source tells the paper that the group has agreed.\n"
        "Hamas statement on ceasefire in full\n"
        "“The head of the movement informed them of its approval of the proposal.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Hamas"]


def test_openaustralias_speech_heads_label_turns():
    share = "Share this | Link to this | Hansard source"
    text = (
        "Questions without Notice\n"
        f"Ms Ann Lee (Ballarat, Australian Labor Party, Shadow Minister for Health) {share}\n"
        "My question is to the Prime Minister.\n"
        f"Tom Reyes (Cook, Liberal Party, Prime Minister) {share}\n"
        "All I note is the hubris of the Labor Party.\n"
        f"Tony Smith (Speaker) {share}\n"
        "The Prime Minister will pause.\n"
    )
    turns = analyse(text).turns
    assert [t.speaker for t in turns] == ["Ann Lee", "Tom Reyes", "Tony Smith"]
    assert (
        text[turns[1].start : turns[1].end].strip()
        == "All I note is the hubris of the Labor Party."
    )


def test_an_agenda_says_what_it_prints():
    text = "The agenda states that the “council will take no action on the item.”\n"
    assert [q.speaker for q in analyse(text).quotes] == ["agenda"]


def test_a_name_with_an_apostrophe_and_a_lowercase_tail_is_whole():
    text = (
        "Kikuyu MP Kimani Ichung’wah accused the former deputy president.\n\n"
        "“He was the orchestrator,” Ichung’wah said. “Shame on you,” he added. They’re"
        " “wrong”, Ichung’wah's aide said.\n"
    )
    speakers = [q.speaker for q in analyse(text).quotes]
    assert speakers[:2] == ["Kimani Ichung’wah", "Kimani Ichung’wah"]


def test_mla_msp_and_mpp_are_offices_before_a_name():
    text = (
        "Reacting to the remarks, DMK MLA TRB Raaja, in a tweet, said, “Express your views.”\n\n"
        "Labour MSP Ann Baillie said: “This is wrong.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["TRB Raaja", "Ann Baillie"]


def test_a_one_word_name_with_a_day_or_a_verb_before_its_cue_is_the_speaker():
    text = (
        'State BJP president Annamalai on Tuesday said, "They lied."\n\n'
        'State BJP president Annamalai on Tuesday spoke to the media and said, "We demand it."\n\n'
        "The Mayor’s Office today announced that the budget will be accepted “as is”.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Annamalai", "Annamalai", "Mayor’s Office"]


def test_a_role_in_a_participles_phrase_is_not_the_pronoun_after_it():
    text = (
        "BJP chief K Annamalai spoke at length.\n\n"
        "Extending his attack on M K Stalin’s son Udhayanidhi he asked, “How did the money"
        " come?”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["K Annamalai"]


def test_an_ani_dateline_then_a_clause_then_a_state_chief():
    text = (
        "Chennai (Tamil Nadu) [India], June 11 : After Chief Minister MK Stalin asked Amit"
        " Shah to release a list, state BJP chief K Annamalai has taken a dig at the former,"
        ' saying there is a lot of "fear on CM\'s face".\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["K Annamalai"]


def test_penned_is_a_cue_and_a_title_again_is_still_a_title():
    text = (
        'Kelly Clarkson is opening up about her upcoming album, "Chemistry."\n\n'
        'Kelly penned 40 songs for "Chemistry," but some tracks were "too truth-telling" to be'
        " included.\n\n"
        "“Know your worth,” Clarkson penned on her selfies.\n"
    )
    quotes = analyse(text).quotes
    assert [(q.text, q.speaker) for q in quotes] == [
        ("too truth-telling", "Kelly Clarkson"),
        ("Know your worth,", "Kelly Clarkson"),
    ]


def test_one_more_user_is_a_user():
    text = "“So pretty,” one more user wrote.\n"
    assert [q.speaker for q in analyse(text).quotes] == ["user"]


def test_a_caption_in_a_sentence_about_someone_is_theirs():
    text = (
        "Jessica Simpson posted a snap on Friday.\n\n"
        "The mother-of-three stood by the water as she pouted for the camera alongside the"
        " caption, “Thank you for always bringing the fun.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Jessica Simpson"]


def test_a_title_and_a_shared_surname_mean_the_one_named_with_that_title():
    text = (
        "President Ferdinand Marcos Jr. skipped his sister, Sen. Imee Marcos, at a rally.\n\n"
        "“It is fine,” Sen. Marcos said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Imee Marcos"]


def test_undersecretary_is_a_title():
    text = (
        "Palace Press Officer Undersecretary Claire Castro defended the President.\n\n"
        "“Maybe she just does not feel anything,” Castro said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Claire Castro"]


def test_the_latter_and_the_former_are_the_second_and_first_named():
    text = (
        "Castro defended President Tom Reyes from Vice President Ann Lee after the latter"
        " stated that people do not “feel” the administration.\n\n"
        "Mary Roe met Tim Cruz before the former said the talks were “fruitful”.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Ann Lee", "Mary Roe"]


def test_a_word_someone_terms_another_persons_statement_is_theirs():
    text = (
        "Railways Minister Tom Reyes on Thursday termed party leader Ann Lee’s statement"
        " ‘irresponsible’.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Tom Reyes"]


def test_the_one_spoken_with_right_before_the_cue_is_not_the_speaker():
    text = (
        "Party vice president Ann Lee in her interview with BBC said that her party is ready"
        " to talk to the “establishment”.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Ann Lee"]


def test_federal_minister_is_an_office_not_a_name():
    text = (
        "ISLAMABAD: Federal Minister for Information Tom Reyes on Saturday termed the remarks"
        " a lie.\n\n"
        "“Her statement is a lie,” he said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Tom Reyes"]


def test_the_premier_is_the_prime_minister_named_as_pm():
    text = (
        "Prime Minister Tom Reyes said the opposition was wrong.\n\n"
        "Opposition leader Ann Lee disagreed.\n\n"
        "“They say we impose restrictions on media,” remarked the premier.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Tom Reyes"]


def test_one_telling_another_with_a_colon_is_the_speaker():
    text = (
        'It continued today, with Mr Reyes telling Ms Lee: "I\'m laughing at you," while'
        ' Ms Lee replied: "I find you facile".\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Reyes", "Lee"]


def test_a_given_name_in_capitals_opens_a_name():
    text = (
        "Mary Lou Roe hits back at Tom Reyes\n\n"
        "MARY Lou Roe has hit out at Tom Reyes after he criticised her party.\n\n"
        '"He apologised because he was wrong," the party president said.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Mary Lou Roe"]


def test_a_pronoun_after_where_is_the_one_named_before_it():
    text = (
        "Tom Reyes said the party had spent the weekend demanding an apology.\n\n"
        "Mr Reyes said the party objected to a sketch from presenter Al Kielty where he had"
        " used the phrase “party traitors”.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Al Kielty"]


def test_hit_out_and_fired_back_are_cues():
    text = (
        "Mr Lane also hit out at “Tory bully boys” for shouting him down, with Chancellor"
        " Mr Reyes firing back: “This is the man who still refuses to apologise.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Lane", "Reyes"]


def test_a_labellers_words_and_a_shadow_office():
    text = (
        "Tom Lane has accused Al Reyes of being out of touch.\n\n"
        "The shadow chancellor labelled Mr Reyes’s “complacency” as “astounding”.\n\n"
        "Chancellor Mr Reyes fired back at him.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Tom Lane", "Tom Lane"]


def test_a_fragment_whose_sentence_ends_with_a_named_cue_is_theirs():
    text = (
        "The UK economy is growing faster than predicted and there is “light at the end of the"
        " tunnel”, Tom Reyes said in his statement today.\n\n"
        "Ann Lee said that the mummies “might be royals”, BBC adds.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Tom Reyes", "Ann Lee"]


def test_a_shadow_office_named_before_is_not_the_office():
    text = (
        "Ann Lee and shadow chancellor Tom Lane went head-to-head.\n\n"
        "Referring to past comments, the chancellor retorted: “He talks about bullies.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Ann Lee"]  # (not Tom Lane)


def test_a_curly_mark_that_opens_in_brackets_is_a_quote_in_the_quote():
    text = (
        "The Court of Appeal held “the judge was rude (“shut up”), he was harsh (“how dare"
        " you”), and he was sarcastic”; his conduct was “wrong”.\n"
    )
    quotes = analyse(text).quotes
    assert [q.text for q in quotes] == [
        "the judge was rude (“shut up”), he was harsh (“how dare you”), and he was sarcastic",
        "wrong",
    ]


def test_an_office_and_a_name_heading_a_quote_give_the_name():
    text = (
        "Experts comment on key issues in their region\n\n"
        "Americas Director, Erika Rosas:\n\n"
        "“The Americas face a toxic mix of discrimination and poverty.”\n\n"
        "East Asia Director, Nick Bequelin:\n\n"
        "“The trend has been towards less transparency.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Erika Rosas", "Nick Bequelin"]


def test_an_arabic_names_ayn_opens_no_quote():
    text = (
        "The interior minister, Prince Nayef bin Abd al-‘Aziz, should release the scholar,"
        ' the group said.\n\n"He dared to criticize," said Jo Roe.\n'
    )
    assert [q.text for q in analyse(text).quotes] == ["He dared to criticize,"]


def test_the_latter_of_a_title_and_a_name():
    text = (
        "Castro defended the President from Vice President Sara Dela after the latter stated"
        " that people do not “feel” the administration.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Sara Dela"]


def test_a_stuck_mark_inside_a_quote_whose_opening_was_left_out_opens_no_other():
    # found by the heavy property run: two overlapping quotes
    text = "Roe‘  a ruckus,’ said the minister.Roe‘ "
    assert [(q.start, q.end) for q in analyse(text).quotes] == [(0, 15)]


def test_a_quote_sheets_heading_and_a_topic_before_a_colon_name_no_speaker():
    text = (
        "Wimbledon: what they said\n\nSimona Halep lost in the semi-final.\n\n"
        "More Halep quotes: Explains the loss but also liked the credit she gave Bouchard:\n"
        "“I played till the end, but in the second set I lost my energy.” About Bouchard: "
        "“Her position on the court makes you see her more,” - “She stays close to the baseline.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Simona Halep"] * 3


def test_a_cue_in_everything_someone_says_is_not_the_quotes_cue():
    text = (
        "Tom Lane met the press on Monday. He was asked about the rally.\n\n"
        "Lane reacts to claim Mary Roe called everything he says 'rubbish'\n\n"
        "Lane said he had heard that Ann Pike called anything he says in public “lies”.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Mary Roe", "Ann Pike"]


def test_a_columns_or_a_features_name_before_a_colon_is_no_speaker():
    for column in ("Courtroom Exchange", "Match Preview", "Weekly Quotes"):
        text = f'{column}: "We are ready for this one"\n\nThe judge spoke on Friday.\n'
        assert [q.speaker for q in analyse(text).quotes] == [None], column


def test_the_pm_after_a_clause_that_names_someone_is_that_one_not_the_headlines():
    text = (
        "The Press Club is not for the faint-hearted, Mr Lane - just ask the PM\n\n"
        "Prime Minister Tom Reyes used his speech to expose the fact Bill Lane won't front up.\n\n"
        "Mr Lane might be good with slogans, but he lacks that bravery.\n\n"
        "So when Mr Reyes was asked on Friday if he was a weak leader, the PM had the answer.\n\n"
        "“I tell you what weakness is,” he said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Tom Reyes"]


def test_so_when_opens_a_clause_as_when_does():
    for opener in ("When", "So when", "But when"):
        text = (
            "Prime Minister Tom Reyes used his speech to attack Bill Lane.\n\n"
            "Mr Lane might be good with slogans, but he lacks bravery.\n\n"
            f"{opener} Mr Reyes was asked if he was weak, he had the perfect response.\n\n"
            "“I tell you what weakness is,” he said.\n"
        )
        assert [q.speaker for q in analyse(text).quotes] == ["Tom Reyes"], opener


def test_asked_by_someone_if_or_whether_quotes_the_one_who_asks():
    text = (
        "Mary Roe is drawn back to the issue, and is asked by Tom Lane if she has "
        "“overreached” on the deal.\n\n"
        "The protesters were asked by a reporter whether it “was a scare campaign”.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Tom Lane", "reporter"]


def test_an_office_after_and_in_a_sentence_is_not_that_sentences_subject():
    text = (
        "Tom Lane and Bill Reyes have stepped up their attacks on each other. Lane has said "
        "Reyes shows “weakness”, and the PM has accused his opponent of “mean-spirited” politics.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Tom Lane", "PM"]  # (not known)


def test_a_name_line_below_a_quote_under_a_topic_heading_heads_the_next_quote():
    text = (
        "Postgame comments\n\nMary Cole\n\nOn the turnovers:\n\n"
        "“You’re not going to win games turning the ball over 28 times.”\n\n"
        "Missing layups:\n\n“There were five in the first half that we missed.”\n\n"
        "Ann Owens\n\n“We just have to take care of the ball.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Mary Cole", "Mary Cole", "Ann Owens"]


def test_a_pages_furniture_below_a_quote_signs_nothing():
    text = (
        "Postgame Quotes\n\nVirginia Head Coach Tony Bennett\n\n"
        "“They were physical and they pressured us.”\n\n"
        "Did it seem remarkable to have a chance to win it?\n\n"
        "“Yes, it would be a good feeling right now, but we struggled.”\n\n"
        "Print Friendly Version\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Tony Bennett"] * 2


def test_a_contraction_after_a_quote_is_no_caption_name():
    text = (
        "Gal Gadot: ‘Feminism is about freedom’\n\n"
        "‘Where are you calling from? I miss London so much.’ I’m on the phone to the "
        "Israeli actress Gal Gadot, who’s at home in LA.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Gal Gadot", "Gal Gadot"]


def test_a_plural_possessive_look_alike_closes_when_the_next_closer_has_its_own_opener():
    text = (
        "That's actor David Oyelowo, who first caught our eye in TV's 'Spooks' back in the "
        "2000s, talking after 'Selma' failed to win support.\n\n"
        "Angelina Jolie has revealed she was ‘so nervous’ filming a scene of ‘humiliation’.\n"
    )
    assert [q.text for q in analyse(text).quotes] == ["so nervous", "humiliation"]


def test_a_capitals_label_with_a_mixed_case_prefix_opens_a_turn():
    text = (
        "COACH BROWNELL: Proud of our kids.\n\n"
        "Q. Gabe, what did you see from Newman?\n\n"
        "GABE DeVOE: He made tough shots.\n\n"
        "Q. And you?\n\n"
        "MITCH McDONALD: Same.\n"
    )
    turns = analyse(text).turns
    assert [t.speaker for t in turns] == [
        "Coach Brownell",
        "Interviewer",
        "Gabe DeVoe",
        "Interviewer",
        "Mitch McDonald",
    ]


def test_a_long_apposition_between_the_name_and_the_cue_after_a_quote():
    text = (
        '"There was a lot at stake at this meeting," Avinash Persaud, special envoy to the '
        "Prime Minister of Barbados and the country's representative on the U.N. committee, "
        "told Reuters.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Avinash Persaud"]


def test_a_speaker_known_by_surname_takes_the_given_name_written_before():
    text = (
        "Hearings that hit the headlines\n\n2016: Matt Brittin – Google Europe President\n\n"
        "In February 2016, Google’s Europe President appeared before the committee.\n\n"
        "Mr Brittin’s performance hit the news after he was unable to say what he was paid, "
        "saying: “I’ll happily disclose that.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Matt Brittin"]


def test_an_outlet_named_with_capitals_after_an_inverted_cue_says_the_quote():
    text = (
        "“We view this as just a bump in the road,” writes Business Insider. “Was this a case "
        "of expectations getting out ahead of reality?” asks CBS News.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Business Insider", "CBS News"]


def test_a_un_verbatim_records_labels_name_the_country_in_brackets():
    text = (
        "The President: The Council will now begin its consideration of the item.\n\n"
        "Mr. Abulhasan (Kuwait) (interpretation from Arabic): I congratulate you, Sir.\n\n"
        "The President: I thank the representative of Kuwait for his kind words.\n\n"
        "Mr. Pickering (United States of America): We strongly condemn the invasion.\n"
    )
    turns = analyse(text).turns
    assert [t.speaker for t in turns] == [
        "The President",
        "Abulhasan",
        "The President",
        "Pickering",
    ]


def test_the_white_houses_q_with_one_space_opens_a_question():
    text = (
        "MS. JEAN-PIERRE: Good afternoon. Happy Monday.\n\n"
        "MR. KIRBY: Thanks, Karine. This meeting was a starting point.\n\n"
        'Q John, the minister said the town should be "wiped out." Is that acceptable?\n\n'
        "MR. KIRBY: No. We find those comments repugnant.\n\n"
        "Q Thank you. Is the President going to travel there?\n\n"
        "MR. KIRBY: I don't have any travel to speak to today.\n"
    )
    turns = analyse(text).turns
    assert [t.speaker for t in turns] == ["Jean-Pierre", "Kirby"] + ["Interviewer", "Kirby"] * 2


def test_a_q_once_before_a_stage_note_is_the_questioner():
    text = (
        "2:15 P.M. EST\n"
        "MR. ROE: Hi, everybody. I know it's a busy news day. I'm going to lay out --\n"
        "Q (Inaudible.)\n"
        "MR. ROE: It's always a busy news day around here. (Laughter.)\n"
        "SENIOR OFFICIAL: Hi, everyone.\n"
    )
    turns = analyse(text).turns
    assert [(t.speaker, text[t.start : t.end]) for t in turns] == [
        ("Roe", "Hi, everybody. I know it's a busy news day. I'm going to lay out --"),
        ("Interviewer", "(Inaudible.)"),
        ("Roe", "It's always a busy news day around here. (Laughter.)"),
        ("Senior Official", "Hi, everyone."),
    ]


def test_factbases_speaker_tone_and_time_lines_open_a_turn():
    text = (
        "Press Conference: Jo Roe Holds a Press Briefing - May 2, 2023\n\n"
        "Jo Roe\n\nPositive\n00:00:00-00:00:06 (6 sec)\nOh, what's going on? Good afternoon. 1\n\n"
        "Question\n\nPositive\n00:00:06-00:00:08 (3 sec)\nGood afternoon. 2\n\n"
        "Jo Roe\n\nSlightly Positive\n00:00:11-00:00:25 (14 sec)\nOkay, here we go. 3\n"
    )
    turns = analyse(text).turns
    assert [(t.speaker, text[t.start : t.end]) for t in turns] == [
        ("Jo Roe", "Oh, what's going on? Good afternoon. 1"),
        ("Question", "Good afternoon. 2"),
        ("Jo Roe", "Okay, here we go. 3"),
    ]


def test_a_sentence_that_opens_with_before_has_the_main_clauses_subject():
    text = (
        "Tony Gallopin won the stage.\n\n"
        "Before the Tour, Marc Sergeant had been clear: “You are here to help but also to "
        "look for a stage win.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Marc Sergeant"]


def test_a_surname_that_says_something_is_the_one_named_in_full_before():
    text = (
        "The deputy spokesman of the opposition United Party (UPND) said President Edgar Lungu "
        "fears UPND leader Hakainde Hichilema.\n\n"
        "Cornelius Mweetwa said Lungu is a very insecure leader.\n\n"
        "Mweetwa said Hichilema refused to discuss the matter with police.\n\n"
        "“They basically questioned him for the same statement,” he said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Cornelius Mweetwa"]


def test_a_scientists_trade_before_the_name_is_no_part_of_it():
    text = (
        "Paleontologist David Varricchio of Montana State University says many of those "
        'nest-sitters were males. "These animals were not laying eggs," he says.\n\n'
        'Epidemiologist Ann Lee disagreed. "It is too early to say," she said.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["David Varricchio", "Ann Lee"]


def test_an_opening_participle_of_naming_gives_its_words_to_the_main_clauses_subject():
    text = (
        'Describing the lengthy pleading as "unwieldy," "disorganized" and "rambling," '
        "U.S. District Court Judge Allison D. Burroughs has twice dismissed the complaint.\n\n"
        "U.S. District Judge Tom Lane has dismissed another. “It is too long,” he said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Allison D. Burroughs"] * 3 + ["Tom Lane"]


def test_a_role_before_a_participle_is_the_role_not_the_participles_object():
    text = (
        "The White House refused to detail the meeting between George W Bush, Pervez "
        "Musharraf and Hamid Karzai.\n\n"
        "The spokesman briefing reporters aboard Air Force One, taking Bush to Alabama, said "
        "that he will not "
        '"contradict" the foreign minister.\n\n'
        "White House Spokesman Tony Snow also clarified that there were handshakes.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Tony Snow"]


def test_imam_between_ayatollah_and_the_name_is_an_honorific():
    text = (
        "In his meeting with the President of Cuba on 04 December 2023, Ayatollah Imam "
        "Khamenei, the Leader of the Islamic Revolution, spoke about the two countries. "
        "He said, “These capacities should be used.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Ayatollah Khamenei"]


def test_a_director_general_in_apposition_is_the_director_general_later():
    text = (
        "Foreign Minister Abbas Araghchi held a meeting with Rafael Grossi, Director General "
        "of the International Atomic Energy Agency, on the sidelines of the UN General "
        "Assembly in New York.\n\n"
        "Araghchi emphasized Iran's goodwill regarding the nuclear issue.\n\n"
        "The IAEA Director General praised Iran's positive approach. He stressed "
        '"the importance of all relevant parties making efforts."\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Rafael Grossi"]


def test_the_board_speaks_and_mister_is_a_courtesy():
    text = (
        'The board addressed the meeting in its message. "We must do better," the board said.\n\n'
        "Board member Mister Johnson shared insights from a seminar, expressing disappointment "
        'in the lack of "actionable proposals" from speakers.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["board", "Johnson"]


def test_a_clause_after_a_names_comma_is_no_apposition_and_underneath_no_name():
    text = (
        "Amid reports that the star reunited over lunch with Reggie Bush, a source tells "
        "PEOPLE that the two are just friends.\n\n"
        "“They don’t know what will happen,” the source says.\n\n"
        '"I go for it," Katie Rost captioned the photo. Underneath Katie\'s post were '
        "comments.\n\n"
        '"I flirt hard," Katie captioned another.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["source", "Katie Rost", "Katie Rost"]


def test_the_owner_of_a_post_says_what_it_is_captioned():
    for sentence in (
        "Rio’s latest Instagram post – captioned: ‘Decent day with the fam’ – features her.",
        "Rio’s post was captioned: ‘Decent day with the fam.’",
    ):
        text = f"Rio Ferdinand shared a photo.\n\n{sentence}\n"
        assert [q.speaker for q in analyse(text).quotes] == ["Rio Ferdinand"], sentence


def test_a_long_topic_line_before_a_colon_names_no_speaker():
    text = (
        "Dana White sat down with the media following the conclusion of UFC 296.\n\n"
        "On Bryce Mitchell's health following his knockout loss against Josh Emmett: "
        "“He's been released, he's good.”\n\n"
        "On Belal Muhammad being next in line for a welterweight title shot: "
        "“I'm not even thinking about that right now.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Dana White"] * 2


def test_the_spokesman_is_the_spokesman_for_a_body_named_before():
    text = (
        "The Government today rejected the report issued by the United States-China Economic "
        "and Security Review Commission (USCC).\n\n"
        "A spokesman for the HKSAR Government said, “The Government firmly rejects it.”\n\n"
        "The spokesman reiterated, “Hong Kong will continue to play its unique role.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["spokesman for the HKSAR Government"] * 2


def test_it_in_a_sentence_according_to_a_statement_is_the_statement():
    text = (
        "The Hong Kong government responded to the report on Thursday.\n\n"
        'According to the statement, "Residents enjoy extensive rights and freedoms," it added.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["statement"]


def test_he_said_adding_after_a_closing_mark_is_the_one_who_said():
    text = (
        "KATHMANDU: Nepali Congress General Secretary Gagan Kumar Thapa has accused Prachanda of "
        "dishonesty.\n\n"
        "Talking to journalists, Thapa said that changing coalition was a dishonest act.\n\n"
        "“There was weakness on our side. However, the Maoist Center Chairman committed "
        "dishonesty,” he said, adding, “Prachanda had got our votes.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Gagan Kumar Thapa"] * 2


def test_initials_in_capitals_open_a_name_and_a_shared_surname_is_not_theirs():
    text = (
        "The Opposition demanded his resignation. KP Sharma Oli, the party’s chairperson, told "
        "reporters that they wanted a resignation.\n\n"
        "“His remarks have given a blow to national independence,” Oli added.\n\n"
        "“The remarks are worthy of criticism,” said Nepali Congress General Secretary Bishwa "
        "Prakash Sharma.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["KP Sharma Oli", "Bishwa Prakash Sharma"]


def test_a_quoted_word_right_after_a_name_is_a_nickname():
    text = (
        "KATHMANDU: The ruling Nepali Congress (NC) has remarked that former Prime Minister "
        "Pushpa Kamal Dahal ‘Prachanda’ made his statements after realizing he may not return. "
        "“He believed he would always remain Prime Minister,” Prakash Mahat said.\n"
    )
    assert [q.text for q in analyse(text).quotes] == [
        "He believed he would always remain Prime Minister,"
    ]


def test_a_statement_issued_by_an_aide_gives_its_quote_to_the_aide_and_titled_colon_a_title():
    text = (
        "The president explained his decision in a statement released by his adviser, Bayo "
        "Onanuga.\n\n"
        "Tinubu had in a statement issued by Onanuga on Sunday appealed to his friends not to "
        "host events.\n\n"
        "“President Bola Ahmed Tinubu will turn 72 on Friday, March 29, 2024.”\n\n"
        "The fake statement titled: “Tinubu speaks”, claimed sweeping reforms.\n"
    )
    assert [(q.text, q.speaker) for q in analyse(text).quotes] == [
        ("President Bola Ahmed Tinubu will turn 72 on Friday, March 29, 2024.", "Bayo Onanuga")
    ]


def test_to_borrow_a_line_from_someone_quotes_them():
    text = 'So go out there. Or, to borrow a line from Dr. Seuss, "Oh, the places you\'ll go!"\n'
    assert [q.speaker for q in analyse(text).quotes] == ["Seuss"]


def test_asked_someone_if_he_believed_quotes_the_one_who_asked():
    text = (
        "Tory Leader Kemi Badenoch and Prime Minister Keir Starmer went toe to toe.\n\n"
        "Badenoch asked the PM if he believed “the person at the top should resign,” i.e., him.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Kemi Badenoch"]


def test_rebuking_someone_as_a_name_is_a_cue():
    text = (
        "Opposition leader Kemi Badenoch then took to the dispatch box, rebuking Mr Starmer as "
        "a “caretaker prime minister”.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Kemi Badenoch"]


def test_a_party_office_of_two_words_is_the_one_named_as_the_partys():
    text = (
        "SINN FÉIN’S MARY Lou McDonald and the Taoiseach were involved in yet another spat in "
        "the Dáil, after Leo Varadkar said McDonald was “cranky”.\n\n"
        "Replying to the Taoiseach, the Sinn Féin deputy leader said Varadkar was “facile” and "
        "“dismissive”.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Leo Varadkar"] + ["Mary Lou McDonald"] * 2


def test_he_in_a_turn_is_not_the_one_whose_turn_it_is():
    text = (
        "USEC. IGNACIO: Good afternoon. Let’s have Presidential Spokesperson Salvador Panelo.\n\n"
        "SEC. PANELO: Good afternoon. He wrote me a letter – the Ambassador of UK, Ambassador "
        "Daniel Pruce – and I would like to read it. He said:\n\n"
        "“I wanted to clarify that the UK has not changed its travel advice.”\n\n"
        "USEC. IGNACIO: Thank you, Secretary.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Daniel Pruce"]


def test_a_tweet_read_out_in_a_turn_is_the_tweeters():
    text = (
        "USEC. IGNACIO: Good afternoon.\n\n"
        "SEC. PANELO: Good afternoon, MPC. Shoot.\n\n"
        "MARICEL HALILI/TV5: Sir, your reaction on the recent tweet of Foreign Affairs Secretary "
        "Teddy Boy Locsin. I’ll just read the tweet, sir: ‘We will make them miserable.’\n\n"
        "SEC. PANELO: I think you should address that question to him.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Teddy Boy Locsin"]


def test_mr_and_a_surname_is_the_one_named_surname_first():
    text = (
        '"The death toll has reached 11,921," Wang Zhenyao, disaster relief chief under the '
        "Ministry of Civil Affairs, told reporters.\n\n"
        '"The first priority is to save people," Mr Wang said.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Wang Zhenyao"] * 2


def test_a_statement_published_by_an_agency_reads_the_quote():
    text = (
        "The Crown Prince received a phone call from President Emmanuel Macron.\n\n"
        "“During the call, they reviewed relations between the two countries,” read a statement "
        "published by the Saudi Press Agency.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Saudi Press Agency"]


def test_the_statement_on_an_agency_added_is_the_agencys():
    text = (
        "The Crown Prince received a phone call from US President Donald Trump.\n\n"
        "“For his part, the Crown Prince stressed that the Kingdom has the will to confront this "
        "aggression,” the statement on SPA added.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["SPA"]


def test_the_statement_said_goes_back_to_the_statement_from_a_body():
    text = (
        "Crown Prince Mohammed bin Salman and US President Donald Trump reaffirmed the defense "
        "partnership, a statement from the White House said.\n"
        "“The President and Crown Prince reaffirmed the partnership,” the statement said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["White House"]


def test_a_headlines_accused_of_is_not_the_accuseds_words():
    text = (
        "Von der Leyen accused of ‘total piss-take’ after refusing to reveal plans to MEPs\n\n"
        "Prime Minister Dr Keith Rowley launched an attack on the media, which he accused of "
        "trying to paint him as ‘liars’.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [None, "Keith Rowley"]


def test_the_role_at_a_place_is_the_one_named_with_the_role():
    text = (
        "The Resident Magistrate Court at Kisutu has banned live coverage of the trial.\n\n"
        "Principal Resident Magistrate Ann Kariuki said the ban would protect witnesses.\n\n"
        "“Live streaming of the trial is hereby prohibited,” announced the magistrate at the "
        "Kisutu Court hall.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Ann Kariuki"]


def test_accused_of_saying_gives_the_words_to_the_accused():
    text = (
        "Nyalali accused of saying ‘vote them all out’ at rally\n\n"
        "Mr Nyalali is allegedly on March 3 while on the steps of the Resident Magistrate’s "
        "Court accused of uttering a seditious statement that:\n\n"
        "“This petty government must be condemned everywhere.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Nyalali", "Nyalali"]


def test_a_programmes_name_before_the_word_programme_is_no_quote():
    text = (
        "Prime Minister Anwar Ibrahim spoke in Sekinchan.\n\n"
        "“We will monitor every minister,” he said when officiating the state-level "
        "“Sentuhan Agro Madani” programme here today.\n"
    )
    assert [q.text for q in analyse(text).quotes] == ["We will monitor every minister,"]


def test_the_spokesperson_is_the_one_introduced_with_their_body_not_the_last_named():
    text = (
        "One of the study’s authors, Dr. Tom Reyes, runs an online store.\n\n"
        "According to a spokesperson of Scientific Reports, the study was under review. "
        "The spokesperson said, “We are looking into issues regarding this paper.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["spokesperson of Scientific Reports"]


def test_a_notice_in_an_edition_of_a_journal_is_the_journals():
    text = (
        '"Two of the authors had failed to disclose conflicts of interest," a notice in the '
        "latest edition of the European Respiratory Journal read.\n\n"
        'However, the editors added that there was no other misconduct. "The editors also '
        'acknowledge that there was no question of scientific misconduct," the notice added.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["European Respiratory Journal"] * 2


def test_a_hearings_roll_of_members_present_is_no_turn():
    text = (
        "The subcommittee met, pursuant to call, at 10:00 a.m., Hon. John Linder presiding.\n\n"
        "Present: Representatives Linder, Myrick, Sessions and McGovern.\n"
        "Also Present: Representative Hastings of Washington.\n\n"
        "Mr. Linder. The meeting will come to order.\n\n"
        "Ms. Myrick. Thank you, Mr. Chairman.\n\n"
        "Mr. Linder. The gentlewoman is recognized.\n"
    )
    turns = analyse(text).turns
    assert [(t.speaker, text[t.start : t.end][:11]) for t in turns] == [
        ("John Linder", "The meeting"),
        ("Myrick", "Thank you, "),
        ("John Linder", "The gentlew"),
    ]


def test_a_hearing_as_the_gpo_prints_it_labels_its_turns():
    text = (
        "OVERSIGHT HEARING BEFORE THE COMMITTEE ON THE JUDICIARY\n\n"
        "    Chairman NADLER. The committee will come to order.\n\n"
        "    Mr. COLLINS. Thank you, Mr. Chairman.\n\n"
        "    Ms. JACKSON LEE. I thank the chairman for yielding.\n\n"
        "    Chairman NADLER. The gentlelady yields back.\n"
    )
    turns = analyse(text).turns
    assert [(t.speaker, text[t.start : t.end][:9]) for t in turns] == [
        ("Nadler", "The commi"),
        ("Collins", "Thank you"),
        ("Jackson Lee", "I thank t"),
        ("Nadler", "The gentl"),
    ]


def test_a_subheading_echoes_the_words_of_the_story_below():
    text = (
        "In a message, Pope Francis greeted pilgrims from dioceses across Italy.\n\n"
        "'Great joy' over prayers\n\n"
        '"I want to express my great joy in knowing that you are united to me," the Pope '
        "said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Pope Francis", "Pope Francis"]


def test_the_pope_and_the_pontiff_in_lowercase_are_the_pope_named():
    text = (
        "Pope Francis addressed 6,000 journalists in Vatican City on Saturday.\n\n"
        '"So, I immediately thought of St. Francis of Assisi," the pope said.\n\n'
        '"Oh, how I would like a church that is poor," the pontiff added.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Pope Francis"] * 2


def test_a_headlines_verb_responds_is_no_part_of_the_name_before_it():
    text = (
        "PM Holness Responds to Parliament Drama ‘Golding A Man Without Honour’\n\n"
        "The leader of the JLP Andrew Holness shared a statement on Tuesday night. Holness’ "
        "statement stated, “For all that was said today, pay attention to what was not.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Andrew Holness"] * 2


def test_a_speech_of_someone_that_stated_the_words_is_theirs():
    text = (
        "Prime Minister Andrew Holness shared a statement by Senate President Tom "
        "Tavares-Finson on Tuesday night.\n\n"
        "In particular, Holness highlighted a part of Tavares-Finson’s speech that stated, "
        "“His strategy was to attack the Speaker of the House.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Tom Tavares-Finson"]


def test_a_quoted_word_between_a_name_and_mrs_is_no_nickname():
    text = "Senator Tom Tavares-Finson stated that Golding “attacked” Mrs Holness in the House.\n"
    assert [(q.text, q.speaker) for q in analyse(text).quotes] == [
        ("attacked", "Tom Tavares-Finson")
    ]


def test_a_capital_that_opens_a_list_of_quoted_words_makes_no_title():
    text = (
        "(Jamaica Gleaner) “Hypocrite,” “liar,” and “flip-flopper” were some of the insults "
        "hurled during the leadership debate.\n"
    )
    assert [q.text for q in analyse(text).quotes] == ["Hypocrite,", "liar,", "flip-flopper"]


def test_an_office_of_a_lowercase_domain_before_a_name_is_that_persons():
    text = (
        "The leader of the opposition Mark Golding says the Prime Minister’s behaviour is "
        "“irritated” and “unhinged,” suggesting he is concerned about the wrong things.\n\n"
        "The family of former One Direction star Liam Payne say they are “heartbroken”.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Mark Golding",
        "Mark Golding",
        "Liam Payne's family",
    ]


def test_charged_that_speaks_but_a_charge_does_not():
    text = (
        "But Mark Golding pushed back, charging that Holness was “operating under a deep "
        "cloud”. He also charged that the “volume of scandals” is unprecedented.\n\n"
        "Police charged Tom Roe with “causing death by dangerous driving”.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Mark Golding", "Mark Golding", None]


def test_a_month_after_a_day_is_no_person_named_april():
    text = (
        "Jo Roe is the health minister.\n\n"
        "On 7 April, her department’s website said people could go outside:\n\n"
        "“You should not go out even to buy food”, it said.\n\n"
        "On 9 May, the minister said: “We were clear.”\n\n"
        "April Roe, a nurse, said on 9 May: “We were never told.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [None, "Jo Roe", "April Roe"]


def test_accepted_that_speaks_but_accepting_an_award_does_not():
    text = (
        "Matt Roe has accepted that “transgressions” in his personal life hurt trust.\n\n"
        "Jo Lee accepted the “final offer” from the union in May.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Matt Roe", None]


def test_a_body_speaks_through_its_website():
    text = (
        "On 7 April, Public Health England’s website said people could go outside:\n\n"
        "“You should not go out even to buy food”, it said.\n\n"
        "Jo Roe’s lawyer said: “She will appeal.”\n"
    )
    speakers = [q.speaker for q in analyse(text).quotes]
    assert speakers == ["Public Health England", "Jo Roe's lawyer"]


def test_a_pages_press_releases_heading_is_nobody():
    text = (
        "Press Releases\n\n"
        "June 14, 2022 Press Release\n"
        "Legislation supports the Capitol Police\n"
        '"This bill bolsters investments to secure the Capitol Complex."\n'
    )
    assert [(q.text[:9], q.speaker) for q in analyse(text).quotes] == [("This bill", None)]


def test_the_title_of_a_newsletter_and_of_its_edition_is_no_quote():
    text = (
        "Time for another edition of “Govs on Deck!” It comes out on Fridays.\n\n"
        "The newsletter “Morning Brief” is free. Jo Roe said: “Read it.”\n"
    )
    assert [q.text for q in analyse(text).quotes] == ["Read it."]


def test_a_rebuke_from_someone_before_a_colon_is_theirs():
    text = (
        "Brooks Roe said he was not worried about the other players.\n\n"
        "That prompted this rebuke from Rory Lee:\n"
        "“If he's trying to play mind games, he's trying it on the wrong person.”\n\n"
        "Then came a reply from Jo Pike: “Leave me out of it.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Rory Lee", "Jo Pike"]


def test_the_letter_stated_before_a_quote_is_the_writers_of_an_email_named_before():
    text = (
        "Acme’s chief executive, Jo Roe, wrote a lengthy email to staff on Monday.\n\n"
        "The letter stated - “We will be saying painful goodbyes to some colleagues.”\n\n"
        "The email said: “Our plan is in full swing.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Jo Roe", "Jo Roe"]


def test_a_noun_then_a_participle_is_passive_and_by_names_who_said_it():
    text = (
        "In a phone call described as “all-hands” by Reuters, the chief announced layoffs.\n\n"
        "Jo Roe described the plan as “dead” on Friday.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Reuters", "Jo Roe"]


def test_west_african_given_names_make_their_bearer_the_midfielder():
    text = (
        "Modesto Roma met the club officials. However, he has denied any transfer talk.\n"
        "“We had productive conversations,” Roma told Goal.com.\n"
        "Moussa Sissoko has told BBC that he is waiting for Real Madrid to make a move.\n"
        "“I hope Real will come for me, I’m still waiting,” the French midfielder said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Modesto Roma", "Moussa Sissoko"]


def test_a_caption_below_with_a_constituency_in_brackets_before_during():
    text = (
        "The darnest things politicians said, by Sean Lim and Justin Chua.\n"
        "“Own sibling cannot sue.”\n"
        "Mr Low Thia Khiang (Aljunied GRC) during the debate on 38 Oxley Road.\n\n"
        "“This is what we call political sophistry.”\n"
        "Emeritus Senior Minister Goh Chok Tong (Marine Parade GRC) during the debate.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Low Thia Khiang", "Goh Chok Tong"]


def test_reminded_someone_that_or_to_speaks_but_reminded_of_a_title_does_not():
    text = (
        "Later, Mr Tan Roe reminded Mr Leong that he had been “more than tolerant”.\n\n"
        "Jo Lee reminded members of the House to act in a “parliamentary manner”.\n\n"
        "The scene reminded Kim Pike of “the good old days” at home.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Tan Roe", "Jo Lee", None]


def test_a_short_given_name_is_the_one_named_in_full_and_eager_is_a_feeling():
    text = (
        "RSPCA Inspector Stephanie Law said: “We were contacted by a member of the public.”\n\n"
        "A statement from Ahmed Roe followed.\n\n"
        "Steph added: “It is really upsetting.”\n\n"
        "Inspector Amy Pike is 'eager' to find the owner.\n"
    )
    speakers = [q.speaker for q in analyse(text).quotes]
    assert speakers == ["Stephanie Law", "Stephanie Law", "Amy Pike"]


def test_a_possessive_speech_noun_before_a_colon_owns_the_quote_below():
    text = (
        "Two bands greeted the crowd wrongly. The dumbest thing came from Cy Roe of The Fixx.\n\n"
        "The band was great, but Roe's stage patter was full of self-absorption, reaching "
        "its zenith with:\n\n"
        "“I was never asked whether I wanted to be born.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Cy Roe"]


def test_a_sentence_that_ends_with_who_said_it_has_them_as_its_subject():
    text = (
        "The arson attack on the residence of Ranil Roe was a sinister plan by SJB Leader and "
        "Opposition Leader Sajith Lee, United National Party (UNP) General Secretary Palitha "
        "Range Bandara said.\n\n"
        "Addressing a press conference yesterday, he said that they could have harmed the life "
        "of Roe if he had been inside.\n\n"
        "“The CID is investigating the incident,” he said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Palitha Range Bandara"]


def test_whoever_accompanies_the_speaker_is_not_the_speaker():
    text = (
        "After Khizr Roe, accompanied by his wife, Ghazala, declared that the candidate had "
        "“sacrificed nothing and no one,” the world took note.\n\n"
        "Jo Lee, joined by her coach, Ann Pike, said: “We are ready.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Khizr Roe", "Jo Lee"]


def test_the_title_of_a_work_called_so_is_no_quote():
    text = (
        "Inspired by Jimmy Kimmel’s series called “Celebrities Read Mean Tweets,” Now This "
        "News filmed four members of Congress.\n\n"
        "Jo Roe said the bill was “a disaster,” and left.\n"
    )
    assert [(q.text, q.speaker) for q in analyse(text).quotes] == [("a disaster,", "Jo Roe")]


def test_a_word_someone_spells_or_pronounces_is_a_word_nobody_says():
    text = (
        "Arlen Roe said the speech was “inspirational,” while others yawned. But why can’t "
        "any of our representatives spell “disappoint” correctly? And Jo Lee pronounced "
        "“nuclear” wrongly.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Arlen Roe", None, None]


def test_a_title_that_tells_no_gender_still_names_a_person():
    # "Sheikh" is a man's title in the Gulf but a family name in Bangladesh; the text's
    # pronouns tell which
    for name in ("Sheikh Rumana", "Dr Rumana"):
        text = (
            f"{name} on Saturday dismissed talks with the opposition, saying she will give "
            "them a patient hearing all the same.\n\n"
            "“I believe in democracy,” she said.\n"
        )
        assert [q.speaker for q in analyse(text).quotes] == ["Rumana"], name


def test_a_closing_mark_left_out_before_she_asked_ends_the_quote_there():
    text = (
        'Tom Roe questioned the leadership again. "Who is running the party now?, '
        "he asked.\n\n"
        '"No convicted criminal can lead it," Tom Roe said.\n\n'
        '"The police will go to both towns today, he said.\n\n'
        "An investigation team was there yesterday.\n"
    )
    quotes = analyse(text).quotes
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Who is running the party now?,", "Tom Roe"),
        ("No convicted criminal can lead it,", "Tom Roe"),
        ("The police will go to both towns today,", "Tom Roe"),
    ]


def test_the_party_chief_is_who_the_text_named_its_president():
    text = (
        "Ruling out talks with Kara Zia, Prime Minister Rina Roe on Saturday said the best "
        "option for the opposition chief was to surrender. Roe, also the President of the "
        "ruling Unity League, spoke at a rally.\n\n"
        "The Unity League chief also said the government is bound to act. “And that order "
        "will be implemented in time,” she said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Rina Roe"]


def test_a_participle_after_a_quote_is_the_subjects_not_the_next_nouns():
    text = (
        "Jo Roe spoke at a field day on Monday.\n\n"
        "He brushed off Labour and Al Lee both as “irrelevant”, arguing the party had no "
        "ideas.\n\n"
        "Kim Pike has taken jabs at “party members” who attended her rally in the north, "
        "saying they are hungry for leadership.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Jo Roe", "Kim Pike"]


def test_a_photo_caption_names_no_one_the_story_goes_on_about():
    lines = [
        "Opposition leader Tom Roe told Morning Report the government was out of touch.",
        "Kerry Vane and Alex Hart",
        "Newly elected Deputy Prime Minister Kerry Vane and Prime Minister Alex Hart. "
        "Photo: RNZ / Sam Rill",
        "He did not support separate systems.",
        '"We believe we are one people."',
    ]
    for drop in (None, 1, 2):
        text = "\n\n".join(line for i, line in enumerate(lines) if i != drop) + "\n"
        assert [q.speaker for q in analyse(text).quotes] == ["Tom Roe"], drop


def test_a_quote_reopened_after_a_sentence_inside_a_long_one_starts_a_new_one():
    text = (
        "Council leader Cllr Jo Roe said of him: “Tonight, we remember a life lost too soon.\n"
        "“My thoughts are with them all tonight. “It is so hard to put into words how we "
        "feel.\n"
        "“He was a passionate advocate of his community.” Labour MP Ann Gill said: “I am "
        "deeply shocked.”\n"
    )
    assert [(q.text, q.speaker) for q in analyse(text).quotes] == [
        (
            "Tonight, we remember a life lost too soon.\n“My thoughts are with them all tonight.",
            "Jo Roe",
        ),
        (
            "It is so hard to put into words how we feel.\n“He was a passionate advocate of his "
            "community.",
            "Jo Roe",
        ),
        ("I am deeply shocked.", "Ann Gill"),
    ]


def test_suspects_attackers_and_detainees_are_people_who_speak():
    text = (
        "President Jo Roe spoke on Friday.\n\n"
        "The 31-year-old attacker, after being released, apologized and said he did it "
        "“unintentionally”.\n\n"
        "The detainee, after leaving the police station, said he was “very sorry”.\n\n"
        "A suspect told the court he was “nowhere near” the scene.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "31-year-old attacker",
        "detainee",
        "suspect",
    ]


def test_a_photo_credit_alone_in_brackets_names_no_speaker():
    text = "Meryl Roe spoke to reporters.\n\n(Joel Ryan/AP)\n\n“I saw my dad.”\n"
    assert [q.speaker for q in analyse(text).quotes] == ["Meryl Roe"]


def test_a_quote_sheets_caption_may_say_when_they_said_it():
    text = (
        "Ann Lee said she was delighted with the night.\n\n"
        "“I can’t tell the Academy what to do, honey.”\n\n"
        "Octavia Roe, when asked about an investigation into the voters.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Octavia Roe"]


def test_a_quote_sheet_goes_on_past_a_caption_that_quotes_words_itself():
    text = (
        "Some highlights from backstage:\n\n"
        "“Of course, I’m a naughty boy.”\n\n"
        "Chris Roe, when asked what he meant when he thanked his wife “for rescuing every "
        "day of my life.”\n\n"
        "“I’m not an American actor. I’m a French actor.”\n\n"
        "Jean Lee, trying to play down notions that he’ll try to make it big. As his "
        "translator conveyed: “If he can make another silent movie, he’d like to.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes][:3] == ["Chris Roe", "Chris Roe", "Jean Lee"]


def test_the_british_filmmaker_is_whom_the_sentence_before_is_about():
    text = (
        "After jumping up and down on stage, director Steve Roe explained his outburst to "
        "reporters. He said he was ecstatic because he may never have that moment again. "
        "The British filmmaker then joked, “You know, Van Halen, ‘Jump.’”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Steve Roe"]


def test_india_legal_press_writes_the_solicitor_general_as_sg():
    text = (
        "SG Tushar Roe told the bench: “This is my sole platform.”\n\n"
        "The Solicitor General added: “I have no YouTube channel.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Tushar Roe", "Tushar Roe"]


def test_a_cue_and_a_dash_that_end_a_paragraph_bring_on_the_quote_below():
    for dash in ("-", " –", " —"):
        text = (
            "Jo Lee spoke first.\n\n"
            f"Lee wanted to retract a statement, to which Al Roe quipped{dash}\n\n"
            "“This is my sole platform.”\n"
        )
        assert [q.speaker for q in analyse(text).quotes] == ["Al Roe"], dash


def test_a_headline_signed_after_a_colon_may_say_to_whom_after_a_kicker():
    for head in ("SC Banter | ", ""):
        text = (
            f"{head}“This is my sole platform”: SG Tushar Roe to Kapil Lee\n\n"
            "NEW DELHI: The two lawyers traded jokes in court.\n"
        )
        assert [q.speaker for q in analyse(text).quotes] == ["Tushar Roe"], head


def test_a_quotes_sentence_may_go_on_below_it_after_a_dash():
    text = (
        "Kapil Lee spoke first.\n\n"
        "“We are focused on legal matters, not politics.”\n\n"
        "-the bench comprising Justice BR Gavai and Justice Sandeep Roe pointed out, "
        "emphasizing the need to stick to the law.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["bench"]


def test_an_epithet_with_an_age_after_a_quote_is_whom_the_text_is_about():
    text = (
        "Alex Roe isn't letting recent split rumors get in the way of his happiness.\n\n"
        "The former MLB star took to Instagram Stories on Monday to share a video.\n\n"
        '"Happy Monday," the 45-year-old athlete wrote.\n\n'
        "Jo Lee was taken to hospital on Monday after the crash.\n\n"
        "The surgeon said: “She is stable and we expect her to recover.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Alex Roe", "surgeon"]


def test_a_person_someone_and_a_comment_are_roles_that_speak():
    text = (
        "Fans reacted to the singer's post.\n\n"
        "“We miss your music,” one person wrote.\n\n"
        "“I love to see you smiling,” a third comment read.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["person", "third comment"]


def test_a_source_close_to_someone_or_familiar_with_the_matter_speaks():
    text = (
        "Fans reacted.\n\n"
        "“It is fine,” a source familiar with the matter said.\n\n"
        "“It is good,” a source close to the couple exclusively told PEOPLE.\n\n"
        "“It is fair,” a friend close to Jo Roe said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "source familiar with the matter",
        "source close to the couple",
        "friend close to Jo Roe",
    ]


def test_a_participle_after_a_name_after_of_is_that_names():
    text = (
        "The clip is set to a new song.\n\n"
        "“I ain't worried,” Saweetie says in that section of the video, followed by a clip of "
        "Jo Lopez declaring, “You're dumb.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Saweetie", "Jo Lopez"]


def test_a_rapper_raps_the_words():
    text = "Jo Lee spoke first.\n\n“I ain't worried 'bout a blog,” raps Saweetie on the track.\n"
    assert [q.speaker for q in analyse(text).quotes] == ["Saweetie"]


def test_a_topic_before_a_colon_may_open_with_when_or_in():
    text = (
        "Night 16 winner Mike Roe, speaking to Sky Sports: “It feels good.”\n\n"
        "When qualifying for the play-off round: “I knew what I was doing!”\n\n"
        "In the play-offs: “Next week is all that matters.”\n\n"
        "In a statement the Linds say: “Ava died peacefully at home.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Mike Roe",
        "Mike Roe",
        "Mike Roe",
        "Linds",
    ]


def test_does_before_a_name_asks_a_question_and_is_no_part_of_it():
    text = (
        "Jamala: “If you sing about truth, it can really touch people”\n\n"
        "What are the next steps for her? “I am going to work on my new album,” she said.\n\n"
        "Does Jamala have a message for all Australians? “I am very happy,” she said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Jamala", "Jamala", "Jamala"]


def test_a_pronoun_after_someone_asks_a_question_is_the_one_asked():
    text = (
        "Ten years ago, Mans Roe had his first TV appearance.\n\n"
        "A representative of Mango TV asked if he would come to China. “I would love to "
        "come to China,” he stated.\n\n"
        "Rep. Andy Lee, who had vowed to oppose the bill, was asked whether he heard anything "
        "new. “No, not yet,” he said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Mans Roe", "Andy Lee"]


def test_a_councils_minutes_label_each_turn_in_capitals_before_a_dash():
    text = (
        "COUNCIL PRESIDENT TOWNSEND – Thank you, Madame Clerk. Ordinance No. 25.\n\n"
        "COUNCILMAN MANSON – Okay, thank you. We have dates that we have to comply with.\n\n"
        "LAW DIRECTOR STERGIOS – You are referencing the plan that is on the agenda.\n\n"
        "COUNCILMAN MANSON – The 25 that we’re talking about.\n\n"
        "COUNCILMAN CHOVAN – Ordinance No. 25.\n"
    )
    assert [t.speaker for t in analyse(text).turns] == [
        "Townsend",
        "Manson",
        "Stergios",
        "Manson",
        "Chovan",
    ]
    briefs = (
        "NEW YORK — The mayor said “the city is safe”.\n\n"
        "LONDON — The prime minister said “we will act”.\n\n"
        "NEW YORK — Police said “no one was hurt”.\n\n"
        "LONDON — Officials said “it is over”.\n"
    )
    assert analyse(briefs).turns == []


def test_a_backslash_that_escapes_a_mark_is_no_part_of_the_quote():
    text = 'Jo Roe raised gender policies, which he described as \\"woke.\\" He left.\n'
    assert [q.text for q in analyse(text).quotes] == ["woke."]


def test_a_label_may_give_initials_without_full_stops():
    text = (
        "Mr N DLAMINI: Hon House Chairperson, I move without notice:\n\n"
        "That the House notes the passing of Prince Buthelezi.\n\n"
        "The HOUSE CHAIRPERSON (Ms M G Lee): Thank you, hon members.\n\n"
        "Ms N T KHOZA: Citizens of our beloved country, I am democracy!\n"
    )
    assert [t.speaker for t in analyse(text).turns] == ["N Dlamini", "M G Lee", "N T Khoza"]


def test_a_label_that_is_an_office_of_something_keeps_the_office():
    text = (
        "The HOUSE CHAIRPERSON (Mr C T Lee): The hon Minister of Police, can you hear us?\n\n"
        "The MINISTER OF POLICE: Chairperson, I can hear you now.\n"
    )
    assert [t.speaker for t in analyse(text).turns] == ["C T Lee", "Minister of Police"]


def test_an_offices_office_is_no_one_else_named_before_it():
    text = (
        "Party whip Jo Lee welcomed the ruling. MP Dianne Roe posted on Facebook.\n\n"
        "“We do not believe the case was brought in good faith,” the chief whip's office "
        "said.\n\n"
        "Prime Minister Al Ray visited the town. “We will rebuild,” the prime minister's "
        "office said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["chief whip's office", "Al Ray's office"]


def test_a_results_sheets_line_before_a_colon_names_the_driver():
    text = (
        "Team Lotus Renault\n\n"
        'Jo Roe - 1.17.343 - P18 (Q1): "In quali it was quite a tricky session for me."\n\n'
        'Al Lee - 1.17.381 - P19 (Q1): "That was a bit unlucky for us."\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Jo Roe", "Al Lee"]


def test_an_acronym_spelled_out_after_an_office_means_the_body():
    text = (
        "The former Chairman of Nigeria Automobile Technicians Association (NATA), Jimoh "
        "Adebayo, has been found dead. A member of NATA said the cause was unclear.\n\n"
        "“He was a wealthy man years ago,” the member said.\n"
    )
    (quote,) = analyse(text).quotes
    assert quote.speaker == "Nigeria Automobile Technicians Association's member"


def test_a_quote_of_a_quote_over_paragraphs_is_one_quote_without_its_inner_marks():
    text = (
        "Defense counsel responded with the following closing argument:\n"
        "\" 'I don't have a lot to say today. I can't tell you.\n"
        "\" 'I don't care that she is pregnant. She was stabbed.\n"
        "\" 'The question is, did he intend to stab her? It's as simple as that.' \" Id., at 898.\n"
    )
    (quote,) = analyse(text).quotes
    assert quote.text.startswith("I don't have a lot")
    assert quote.text.endswith("It's as simple as that.")
    assert quote.speaker == "defense counsel"
    two = 'Jo said: "‘Fire!’ they shouted, and I ran ‘away.’"\n'
    assert [q.text for q in analyse(two).quotes] == ["‘Fire!’ they shouted, and I ran ‘away.’"]


def test_per_curiam_heads_a_courts_opinion_and_is_no_one():
    text = (
        "Per Curiam\n"
        "In her closing argument, the prosecutor expressed sympathy for Handy. She accused "
        'Gentry of telling the jury a "pack of lies." See id., at 897-898.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["prosecutor"]


def test_initials_alone_are_no_ones_name():
    text = (
        "Cite as: 540 U. S. 1 (2003)\n"
        "In her closing argument, the prosecutor expressed sympathy for Handy. She accused "
        'Gentry of telling the jury a "pack of lies." See id., at 897-898.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["prosecutor"]


def test_kildarestreet_heads_each_speech_with_the_members_line():
    text = (
        "Dáil debates\n"
        "Verona Lee (Wexford, Independent)\n"
        "Link to this: Individually | In context | Oireachtas source\n"
        "I call Deputy Roe.\n"
        "Mary Roe (Dublin Central, Sinn Fein)\n"
        "Link to this: Individually | In context | Oireachtas source\n"
        "This mess is entirely of the Government's making.\n\n"
        "Photo of Al RayAl Ray (Dublin West, Fine Gael) | Oireachtas source\n\n"
        'I thank the Deputy. During the contest, she called us the "greatest threat".\n'
    )
    assert [t.speaker for t in analyse(text).turns] == ["Verona Lee", "Mary Roe", "Al Ray"]


def test_a_message_or_a_sign_reads_its_words():
    text = (
        "Some fans drove a truck to the agency with an electronic sign attached.\n\n"
        "The message read: “Is the love to you by your fans not enough?”\n\n"
        "A placard read: “Please apologise directly.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["message", "placard"]


def test_a_seat_of_government_speaks_for_it_and_is_no_he():
    text = (
        "Presidential spokesman Al Ray rejected the claims on Monday.\n\n"
        "“It is false,” Malacañang said. “It is a lie,” he said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Malacañang", "Al Ray"]


def test_a_lone_name_that_opens_a_sentence_with_a_cue_is_someone():
    text = (
        "The press conference took place on October 1. Junhoe said he was sorry.\n\n"
        "He began, “I am so sorry that I disappointed many fans.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Junhoe"]
    brought_in = (
        "Interior Minister Chaudhry Nisar Ali Khan rebutted the report of a TV channel.\n\n"
        "Nisar rejected the TV report that said the minister had remarked on it.\n\n"
        'Later, a spokesperson of the interior ministry rebutted the report. "The minister '
        'strongly reacted to incorrect reporting," the spokesperson said.\n'
    )
    assert [q.speaker for q in analyse(brought_in).quotes] == ["spokesperson"]


def test_where_someone_lives_is_no_one_who_speaks():
    text = (
        "Mrs Piper, of Tanfield Lea, near Stanley, County Durham, said when her husband was "
        "discharged “he knew he wasn’t going to get better”.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Piper"]
    office = (  # (but a county's office, before a name, is no place)
        "Governor Al Ray said it.\n\n"
        "County Commissioner Kutswa Olaga said police were enforcing the directives.\n\n"
        "“We have closed bars,” he said.\n"
    )
    assert [q.speaker for q in analyse(office).quotes] == ["Kutswa Olaga"]


def test_a_statement_released_by_a_role_is_that_roles():
    text = (
        "Bill Paxton died aged 61.\n\n"
        "A statement released by his family on Sunday read: “A loving husband and father.”\n\n"
        "A statement issued by the club on Sunday said: “He was a legend.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Bill Paxton's family", "club"]


def test_a_role_in_capitals_is_a_role():
    text = "A WIDOW has paid tribute to her “kind and loving” husband, who died last week.\n"
    assert [q.speaker for q in analyse(text).quotes] == ["widow"]


def test_a_role_that_opens_the_story_is_the_one_the_next_paragraph_names_with_an_age():
    text = (
        "A WIDOW has paid tribute to her “kind and loving” husband, who died last week.\n\n"
        "Jean Lee, 82, who would have celebrated the date with Edwin, said: “He was so kind.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Jean Lee", "Jean Lee"]
    later = (
        "Police said a man was hurt. A witness said it was “awful”.\n\n"
        "Al Ray, 61, said: “I saw nothing.”\n"
    )  # (a role in the paragraph, not its first words: someone else)
    assert [q.speaker for q in analyse(later).quotes] == ["witness", "Al Ray"]


def test_a_machine_transcripts_voices_label_turns_and_take_the_name_that_opens_one():
    text = (
        "spk09: Good morning. I would now like to turn the conference over to Anna Roe.\n"
        "spk00: Anna Roe Good morning, everyone, and thank you for joining us.\n"
        "spk09: Our first question comes from Al Lee.\n"
        "spk00: Thanks, Al. We are focused on growth.\n"
    )
    turns = analyse(text).turns
    assert [t.speaker for t in turns] == ["spk09", "Anna Roe", "spk09", "Anna Roe"]
    assert text[turns[1].start :].startswith("Good morning, everyone")
    diarized = "SPEAKER_00: Welcome to the show.\nSPEAKER_01: Thanks for having me.\n"
    assert [t.speaker for t in analyse(diarized).turns] == ["SPEAKER_00", "SPEAKER_01"]


def test_the_one_a_sentence_is_according_to_is_its_subject():
    text = (
        "Governor Mwangi Wa Iria said it.\n\n"
        "This is according to governor Wycliffe Oparanya who said he was doing everything "
        "possible.\n\n“They all tested negative,” he said.\n\n"
        "Governor Mwangi Wa Iria said it again.\n\n"
        "According to governor Wycliffe Oparanya, they are all stable.\n\n"
        "“We are happy,” he said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Wycliffe Oparanya"] * 2


def test_a_name_may_end_in_an_apostrophe_as_luo_names_do():
    text = (
        "Trans Nzoia County Commissioner, Samson Ojwang', put the town on lockdown.\n\n"
        '"We are asking our people to begin vacating Kitale town," Ojwang\' announced.\n\n'
        "'I love Beijing' he said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Samson Ojwang'", "Samson Ojwang'"]


def test_a_place_before_a_countys_office_is_no_one():
    text = (
        "Trans Nzoia county governor Patrick Khaemba announced new measures.\n\n"
        "“Stay home,” he said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Patrick Khaemba"]


def test_an_epithet_after_a_quote_of_two_sentences_is_whom_the_sentence_before_is_about():
    text = (
        "Director Steve Marsh spoke to reporters on Monday.\n\n"
        "“It was great. I loved every minute of it,” the British filmmaker said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Steve Marsh"]


def test_a_domains_boss_after_a_quote_is_whom_the_sentence_before_is_about():
    text = (
        "Trans Nzoia county governor Patrick Khaemba announced new measures.\n\n"
        "He said he was shocked to find so many people without masks.\n\n"
        "“I visited a village. People are not putting on masks,” said the shocked county "
        "boss.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Patrick Khaemba"]


def test_a_surname_typed_in_lower_case_after_the_cue_is_the_one_named_before():
    text = (
        "Nandi Governor Stephen Sang has predicted a food shortage.\n\n"
        "“I want to urge the residents to plant food” said sang.\n\n"
        "“It will rain,” said earlier.\n"
    )
    assert [q.speaker for q in analyse(text).quotes][0] == "Stephen Sang"


def test_openparliament_heads_each_speech_with_the_party_and_the_members_line():
    text = (
        "House of Commons Hansard #73 of the 40th Parliament, 3rd Session.\n\n"
        "Points of Order\n\n6:35 p.m.\n\nConservative\n\n"
        "The Deputy Speaker Conservative Andrew Lee\n\nI declare the motion defeated.\n\n"
        "Points of Order\n\n6:35 p.m.\n\nBloc\n\n"
        "Pierre Roe Bloc Joliette, QC\n\nMr. Speaker, I seek unanimous consent.\n\n"
        "Oral Questions\n\n3:10 p.m.\n\nThunder Bay—Superior North Ontario\n\nLiberal\n\n"
        "Patty Ray LiberalMinister of Indigenous Services\n\nMr. Speaker, I am grateful.\n"
    )
    turns = analyse(text).turns
    assert [t.speaker for t in turns] == ["Andrew Lee", "Pierre Roe", "Patty Ray"]
    assert text[turns[0].start : turns[0].end].startswith("I declare the motion defeated.")


def test_a_nickname_in_a_name_leaves_the_given_name_and_the_surname():
    text = (
        "EDDY ROE, Head Trainer:\n\n“Our objective is to win all the belts.”\n\n"
        "JOSE “CHEPO” ROE, Trainer and Manager of Jo Lee:\n\n“We knew he was special.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Eddy Roe", "Jose Roe"]


def test_a_cue_before_a_surname_is_no_given_name():
    text = (
        "“We agreed that there would be equal sharing of resources,” said Paulwell.\n\n"
        "Continued Paulwell: “Until they understand, I think we have a duty.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Paulwell", "Paulwell"]


def test_a_document_that_reads_words_in_a_relative_clause_is_their_speaker():
    text = "The two dogs were found alongside a note which read “Please feed and look after me.”\n"
    assert [q.speaker for q in analyse(text).quotes] == ["note"]


def test_a_duo_is_a_role():
    text = (
        "Shadow ministers Al Roe and Jo Lee said the lease was wrong. The Opposition duo "
        "called it an attempt to blindside the people.\n\n"
        "Said they: “This attempt is the latest act in a series of corrupt undertakings.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Opposition duo"]


def test_an_offices_holder_after_a_comma_in_an_opening_clause_is_no_subject():
    text = (
        "Jo Roe spoke first.\n\n"
        "When asked about comments made by General Secretary, Dr. Al Lee in the media last "
        "week that the reports would be tabled, Ms. Burchell chalked this up to speculation.\n\n"
        '"That is something we have been saying for weeks."\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Burchell"]


def test_ministers_are_a_role():
    text = (
        "In a statement to the press, the shadow ministers noted that the lease was "
        "withdrawn.\n\n“The Opposition is appalled,” the statement said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["shadow ministers"]


def test_a_name_in_capitals_in_the_words_that_sign_a_quote_is_the_speaker():
    text = (
        '"Getting off the bus, I almost felt myself starting to cry." - US swimming legend '
        "MICHAEL ROE on his final swim at the Games.\n\n"
        '"This is one of the best things in my life." - Defeating Germany, Brazil soccer star '
        "NEYMAR gave the host nation its first gold.\n\n"
        '"We are ready." - a FIFA spokesman said.\n'
    )
    speakers = [q.speaker for q in analyse(text).quotes]
    assert speakers[:2] == ["Michael Roe", "Neymar"]
    assert speakers[2] != "Fifa"  # (a body before a role is no name)


def test_a_sheets_topic_may_trail_off_with_an_ellipsis():
    text = (
        "Men’s High Jump\n\nRicky Roe\n\n“It didn’t go as well as I wanted it to go.”\n\n"
        "On his overall Olympic experience…\n\n“So far it’s been great.”\n\n"
        "Bradley Lee\n\n“It was exciting. I had a lot of fun.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Ricky Roe", "Ricky Roe", "Bradley Lee"]


def test_a_double_mark_typed_for_a_singles_close_leaves_the_quote_open():
    text = (
        "Jo Roe, gold medalist\n\n"
        "“I saw my dad on the victory lap. I yelled at him first, ‘Are you kidding me?!” and "
        "he yelled back at me, ‘are you kidding me?!” We were just going back and forth.”\n"
    )
    (quote,) = analyse(text).quotes
    assert quote.text.endswith("going back and forth.")
    assert quote.speaker == "Jo Roe"


def test_characterizing_something_as_words_names_it_so():
    text = 'CBS News characterized the device as "what is believed to be his laptop".\n'
    assert [q.speaker for q in analyse(text).quotes] == ["CBS News"]


def test_a_talk_pages_signature_signs_the_words_quoted_in_its_comment():
    text = (
        'The easy fix would be to say "involves a laptop that purportedly belonged to him." '
        "which clearly follows all sources. Masem (t) 04:01, 5 December 2022 (UTC)\n"
        'WP:BLPCAT states, "Category names do not carry disclaimers." Springee (talk) 14:02, '
        "3 March 2023 (UTC)\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Masem", None]


def test_a_role_alone_on_the_line_above_a_quote_is_its_speaker():
    text = (
        "Allen Roe - Commissioner of Police\n\n"
        '"I do want to use this medium to appeal to citizens."\n\n'
        "Reporter\n\n"
        '"Commissioner, how many of those cases are solved?"\n\n'
        "Allen Roe - Commissioner of Police\n\n"
        '"Some of them have been solved."\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Allen Roe", "reporter", "Allen Roe"]


def test_as_reported_by_names_whose_words_follow():
    text = (
        "As reported by CNET, “Following the tweet, Bitcoin fell more than 4.5%.” The Wall "
        "Street Journal went on to add, “Ether dropped 4.2%.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["CNET", "Wall Street Journal"]


def test_with_a_role_and_a_cue_in_ing_the_role_speaks():
    text = (
        "The meme he showed featured an unhappy couple, with the woman stating “I have found "
        "someone else.” and in response, the man stated, “So it didn’t even matter?”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["woman", "man"]


def test_a_headlines_cue_in_title_case_before_a_name():
    text = "“BTC Will Make It” Tweets Elon Roe, but Long Winter Ahead\n\nElon Roe noted it.\n"
    assert [q.speaker for q in analyse(text).quotes] == ["Elon Roe"]


def test_cde_is_a_courtesy_title():
    text = (
        "Cde Perrance Roe is now giving the Vote of Thanks. He says the province is rich.\n\n"
        "“We assure you Cde President that we will give you a resounding victory.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Perrance Roe"]


def test_a_live_blogs_time_before_a_quote_is_no_lead():
    text = (
        "1506: “Victory is certain comrades,” says President Mnangagwa as he leaves the "
        "podium.\n\n"
        "1501: “We have just opened the Empower Bank for the youths.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Mnangagwa", "Mnangagwa"]


def test_a_headlines_title_case_cue_takes_a_name_only_after_a_quote_that_opens_it():
    text = (
        "Jo Roe Cut Interview Due to Role in 'The Apprentice,' Says Actors Were 'Too Afraid'\n\n"
        "Jo Roe spoke at a screening.\n"
    )
    assert "Actors Were" not in [q.speaker for q in analyse(text).quotes]


def test_a_race_is_no_one():
    text = (
        "Dylan Roe (Bahrain-Merida) - Stage 6 winner\n"
        "\"I'm still getting myself all together, but it's unbelievable.\n"
        "Tour de France: Roe wins atop La Planche des Belles Filles\n"
        '"When I saw my mom at the bottom when I came down, it was pretty emotional."\n'
    )
    assert "Tour de France" not in [q.speaker for q in analyse(text).quotes]


def test_a_question_then_a_space_before_a_quote_is_answered_by_the_sheets_subject():
    text = (
        "Robbie Roe (Davitamon-Lotto, 1st)\n\n"
        '"It was more a victory for my teammates than myself."\n\n'
        'How do you motivate your teammates? "I said since yesterday: no mass sprint."\n\n'
        'Credit Agricole and Cofidis didn\'t chase? "Yeah I understand the tactic."\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Robbie Roe"] * 3


def test_a_dispatch_an_advisory_or_a_bulletin_states_its_words():
    text = (
        'Now tracking in the Atlantic, "A turn toward the northwest is forecast", the latest '
        "NHC dispatch stated.\n\n"
        '"Seek shelter now," the advisory said.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["latest NHC dispatch", "advisory"]


def test_a_headlines_verb_after_a_name_is_no_part_of_it():
    text = (
        "Sebastian Roe Forced to Cut Interview, Says Actors Were 'Too Afraid to Talk'\n\n"
        '"I couldn\'t find another actor to do it with me," Roe, 42, said at a screening.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Sebastian Roe", "Sebastian Roe"]


def test_an_editor_in_chief_before_a_name_is_that_persons_office():
    text = (
        "Variety Co-Editor in Chief Ramin Roe confirmed the story in a statement.\n\n"
        '"What Sebastian said is accurate," they said.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Ramin Roe"]


def test_a_caption_in_brackets_after_a_quote_names_its_speaker():
    text = (
        "Milestone reactions\n\n"
        "“It has been a long road and a tough road.” (George Roe after becoming Wales’ "
        "all-time Six Nations try scorer)\n\n"
        "“It was incredible, wasn’t it?” (Gregor Lee’s on Al Ray’s try against England\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["George Roe", "Gregor Lee"]


def test_a_headline_that_is_a_name_and_a_quote_opens_no_turn():
    text = (
        'Magnus Roe: "After Losing Two Games In a Row, I Was Ready to Let It Go"\n\n'
        "E.SUROV: Why do you think no one wants to hold the match?\n\n"
        "M.ROE: At the moment I have to speak with my manager first.\n\n"
        "E.SUROV: So, you can’t even state your personal opinion?\n\n"
        "M.ROE: Well, I try to speak as freely as possible.\n"
    )
    assert [t.speaker for t in analyse(text).turns] == ["E.Surov", "M.Roe", "E.Surov", "M.Roe"]


def test_a_title_case_headline_after_a_name_opens_no_turn_and_its_fragments_are_the_names():
    text = (
        "Jo Roe: Sam Lee First Briefing Was ‘Substantive’ and ‘Responsive’\n"
        "Channel 9's Jo Roe praised Sam Lee's first briefing Monday.\n"
        "AMES: “Good afternoon. Give me some of your headlines.”\n"
        "ROE: “First of all, he came out with a joke.”\n"
    )
    a = analyse(text)
    assert [t.speaker for t in a.turns] == ["Ames", "Jo Roe"]
    assert [(q.text, q.speaker) for q in a.quotes[:2]] == [
        ("Substantive", "Jo Roe"),
        ("Responsive", "Jo Roe"),
    ]


def test_a_name_before_a_list_of_offices_is_the_one_who_speaks():
    text = "Jo F. Roe, Chairman, President and CEO stated, “Sales rose in the quarter.”\n"
    assert [q.speaker for q in analyse(text).quotes] == ["Jo F. Roe"]
    text = (
        "Asked about the analysis by pollster Professor Sir Ken Lee, the Prime Minister said: "
        "“That's his view.”\n"
    )  # (an office after another's name is no list of his offices)
    assert [q.speaker for q in analyse(text).quotes] == ["Prime Minister"]


def test_call_themselves_names_a_group_and_is_no_cue():
    text = (
        "Jo Roe spoke for an hour.\n\n"
        'Roe said that those who call themselves patriots promote "violence and hatred".\n\n'
        "Ann Lee looked into a camera and calls herself “the villain.”\n"
    )
    quotes = analyse(text).quotes
    assert [(q.speaker, q.cue) for q in quotes] == [("Jo Roe", "said"), ("Ann Lee", "calls")]


def test_the_one_blamed_for_calling_someone_a_name_said_it():
    text = (
        "Congress lawmaker Jo Roe, leader of the Congress in the house, spoke on Monday.\n\n"
        "Members protested against the Congress leader for calling the minister “weak”.\n\n"
        "The party slammed Ann Lee for calling protesters “terrorists”.\n\n"
        "Sam Bell was praised by Ann Lee for saying it was “time to talk”.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Jo Roe", "Ann Lee", "Sam Bell"]


def test_he_after_a_quote_is_not_the_one_the_quote_names_in_brackets():
    text = (
        "Minister Sam Bell said Tom Roe’s comments were an “insult”.\n\n"
        "“He should apologise,” Bell was quoted as saying.\n\n"
        "Bell’s criticism drew a sharp reaction from Roe. “He [Sam Bell] is calling our "
        "leader names,” he said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Sam Bell", "Sam Bell", "Tom Roe"]


def test_a_name_that_opens_the_text_is_a_subject_whatever_the_text_ends_with():
    text = 'Health Minister Tom Roe spoke on Monday. "His logic is flawed," he said.'
    assert [q.speaker for q in analyse(text).quotes] == ["Tom Roe"]


def test_initials_and_a_surname_after_an_office_are_a_name():
    text = (
        "Union Health Minister and party president KT Ramsay also blasted Gandhi. "
        '"His logic is flawed," he said in a post on X.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["KT Ramsay"]
    text = text.replace("party president", "BJP president")
    assert [q.speaker for q in analyse(text).quotes] == ["KT Ramsay"]


def test_the_hindi_term_is_a_noun_and_the_one_who_used_it_said_it():
    text = (
        'Union Minister Tom Singh used the Hindi term "poonch ka baal" for the party chief.\n\n'
        'The Hindi term "jugaad" is hard to translate.\n'
    )
    quotes = analyse(text).quotes
    assert [(q.speaker, q.cue) for q in quotes] == [
        ("Tom Singh", "used the Hindi term"),
        (None, None),
    ]


def test_a_fragment_after_he_alleged_adding_is_his():
    text = (
        "Tom Singh spoke to reporters.\n\n"
        '"Fixed in a family photo frame, the Congress has confined itself," he alleged, adding '
        "that this has led to an “exodus” from the Congress.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Tom Singh", "Tom Singh"]


def test_a_headline_signed_after_a_colon_is_the_first_ones_not_the_one_it_is_about():
    body = (
        "\n\nTaking a swipe at Ravi Gandhi, Union minister Mukhtar Abbas Naqvi on Monday said "
        'the party was on "ventilator".\n'
    )
    for head in [
        '"Fixed In Family Photo Frame...": Minister\'s Swipe On Ravi Gandhi Remark',
        '"Fixed In Family Photo Frame": Naqvi Slams Ravi Gandhi',
        '"Fixed In Family Photo Frame": Naqvi\'s Swipe At Ravi Gandhi',
    ]:
        assert analyse(head + body).quotes[0].speaker == "Mukhtar Abbas Naqvi", head
    text = '"Fixed In Family Photo Frame": Ravi Gandhi On Mukhtar Naqvi' + body
    assert analyse(text).quotes[0].speaker == "Ravi Gandhi"


def test_rants_and_requested_are_cues_and_a_role_starts_at_its_count():
    text = (
        "When his team lost, Tom Roe sounded like he might start blubbing.\n\n"
        "“The players, they’re devastated,” he rants. “It’s shocking.”\n\n"
        "Before sentence was imposed, the defendant requested “an opportunity to speak.”\n\n"
        "The first Community Comments portion of the meeting included one community member "
        "requesting a committee be formed to create “rules of engagement” for the board.\n"
    )
    quotes = analyse(text).quotes
    assert [q.speaker for q in quotes] == ["Tom Roe", "Tom Roe", "defendant", "community member"]


def test_he_after_while_the_defendant_was_is_the_defendant():
    text = (
        "The victim, a young woman, testified at trial that the defendant seized her.\n\n"
        "One of the officers testified that while the defendant was in a cell at the station "
        'he said to the officer, "How about giving me some money for cigarettes?"\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["defendant"]


def test_a_lone_surname_heading_a_quote_sheet_speaks_its_quotes():
    text = (
        "Barcelona press conference:\n"
        "Early team news\n"
        '"We still have training to do."\n\n'
        "Varane also at press conference:\n\n"
        "Verdict on the tie so far\n"
        '"I think the first game was a very good game.\n'
        '"The level was good."\n\n'
        "Photo:\nphotosport\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [None, "Varane"]


def test_a_headline_signed_at_its_end_is_the_signers_words():
    text = (
        "Albanese ‘shifty’, ‘incompetent’ and ‘out of his depth’ on Voice: Dutton\n\n"
        "Peter Dutton has launched his strongest attack so far on Anthony Albanese’s "
        "character, as Albanese accused his opponent of hypocrisy.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Peter Dutton"] * 3


def test_words_quoted_after_a_name_in_a_title_case_headline_are_theirs():
    text = (
        "Roe ‘Pretty Sure’ Opposition Not Controlling Agenda, but Will Check With Lee\n\n"
        "Responding to claims, Tom Roe was equivocal. “Look, I don’t think that’s true,” he "
        "said.\n\nRoe said he would take that question on notice.\n"
    )
    assert [(q.text, q.speaker) for q in analyse(text).quotes] == [
        ("Pretty Sure", "Tom Roe"),
        ("Look, I don’t think that’s true,", "Tom Roe"),
    ]


def test_a_party_with_its_state_and_a_records_fields_in_a_cable_transcript():
    text = (
        "HEADLINE: Will War on Terror Decide Election?\n\n"
        "GUESTS: Jo Roe, Al Lee\n\n"
        "BYLINE: Wolf Blitzer\n\n"
        "BLITZER: You think this is the winning issue.\n\n"
        "REP. JO ROE (R-MO), MAJORITY WHIP: I think it's a critically important issue.\n\n"
        "BLITZER: I spoke with Ed Koch yesterday.\n\n"
        "REP. AL LEE (D), NEW JERSEY: I think the opposite is true.\n"
    )
    turns = analyse(text).turns
    assert [t.speaker for t in turns] == ["Wolf Blitzer", "Jo Roe", "Wolf Blitzer", "Al Lee"]


def test_this_source_and_a_source_close_to_someone_who_told_us():
    text = (
        "The story comes from one anonymous source. This source claims “her friends are "
        "annoyed.”\n\n"
        "We reached out to our own source close to the Duke and Duchess of Sussex who told us "
        "that the story was “100% false.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["source", "source"]


def test_speaking_to_a_magazine_then_the_source_is_no_alias_of_the_magazine():
    text = (
        "Speaking to Vanity Fair, the unidentified source, who claimed to be an acquaintance "
        "of the star, described her as ‘the kind of person who wants to be friends with her "
        "stylist’.\n\n‘Her goal was always becoming a household name,’ the source said.\n"
    )
    speakers = [q.speaker for q in analyse(text).quotes]
    assert speakers == ["unidentified source", "unidentified source"]


def test_a_columnists_name_before_a_colon_yields_to_said_and_a_name_after_the_quote():
    text = (
        "Jo Roe: 'Toni may well forgive John but then again she may not,' said An Insider.\n\n"
        "Jo Roe: 'We will see.'\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Insider", "Jo Roe"]


def test_one_word_labels_alone_on_their_lines_open_turns():
    text = (
        "Buzzcast\n\nThanks for listening!\n\n"
        "Jordan:\n\nMy neck is still sore from the hotel.\n\n"
        "Kevin:\n\nHotel beds are so funny.\n\n"
        "Jordan:\n\nThe bed was awesome.\n\n"
        "Kevin:\n\nCan I blame your mind right now?\n\n"
        "Alban:\n\nYou know, what is weird is like I don't ever feel weird.\n"
    )
    turns = analyse(text).turns
    assert [(t.speaker, text[t.start : t.end]) for t in turns][-2:] == [
        ("Kevin", "Can I blame your mind right now?"),
        ("Alban", "You know, what is weird is like I don't ever feel weird."),
    ]
    assert [t.speaker for t in turns] == ["Jordan", "Kevin", "Jordan", "Kevin", "Alban"]


def test_the_one_which_offered_a_rebuttal_before_a_colon_said_it():
    text = (
        "Asked whether Biden had issued such a directive, the White House referred us to the "
        "Pentagon, which offered a simple rebuttal: 'Regarding the claim on Instagram, that is "
        "false.'\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Pentagon"]


def test_she_in_an_aside_after_the_subject_is_not_the_subject():
    text = (
        "CNN anchor Ann Burnett made several mentions of the law. Soon after the start of her "
        "show, 'Ann Burnett Tonight,' Burnett referred to its possible use. The president, she "
        "said, was 'basically saying that he is going to go ahead.'\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Ann Burnett"]


def test_an_account_before_its_cue_says_the_quote():
    text = 'We are live tweeting. .@jo_roe says "we now have a fair deal" to replace NAFTA.\n'
    assert [q.speaker for q in analyse(text).quotes] == ["@jo_roe"]


def test_refuted_is_a_cue():
    text = "Spokesman Tom Roe has refuted the rumours and “distorted” reports on the talks.\n"
    assert [q.speaker for q in analyse(text).quotes] == ["Tom Roe"]


def test_a_q_and_a_heading_a_paragraph_above_the_first_label_names_the_one_who_answers():
    text = (
        "Q&A with Susan R. Roe\n\n"
        "Susan R. Roe is the author of the new novel Elephant Touch. She lives in Washington.\n\n"
        "Q: What inspired you to write Elephant Touch?\n\n"
        "A: On a visit to see elephants in Thailand, I received a phone call.\n\n"
        "Q: Did you know how the novel would end?\n\n"
        "A: I had no idea how it was going to end.\n"
    )
    turns = analyse(text).turns
    assert [t.speaker for t in turns] == ["Interviewer", "Susan R. Roe"] * 2


def test_lambasted_is_a_cue_and_a_domain_before_a_name_is_the_offices():
    text = (
        "Defense Minister Tom Asif on Saturday lambasted the party chief for seeking "
        "‘political patronage’ in his latest statement.\n\n"
        "Federal Minister for Planning and Development Ahsan Iqbal said that the chief only "
        "follows his interests.\n\nHe also suggested the chief name himself ‘Prime Minister’.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Tom Asif", "Ahsan Iqbal"]


def test_a_persons_chanting_of_words_makes_them_theirs():
    text = (
        "Tom Roe spoke at the rally.\n\n"
        "A group of men held a protest outside the party's headquarters.\n\n"
        "They were unhappy with Roe’s chanting of ‘Kill the Boer’ on Saturday.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Tom Roe"]


def test_with_a_party_saying_is_no_clause_of_the_partys_without_a_comma():
    text = (
        "Fine Gael TD Kate Roe also left the door open to a coalition with Sinn Féin saying "
        '"anything can happen". She also called the leader a "very capable woman".\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Kate Roe", "Kate Roe"]


def test_but_another_source_opens_a_sentence_about_that_source():
    text = (
        "One party source told the paper: ‘It looked more like banter to me.’\n\n"
        "But another Fine Gael source indicated the encounter was a little more rambunctious, "
        "noting: ‘The councillors were enchanted; they loved the row.’\n"
    )
    speakers = [q.speaker for q in analyse(text).quotes]
    assert speakers == ["party source", "another Fine Gael source"]


def test_expressed_disappointment_is_a_cue_and_a_captions_colon_names_its_subject():
    text = (
        "Minister for Transport Tom Ryan: expressed disappointment at the “rancorous” nature "
        "of the debate. Photograph: Colin Keegan\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Tom Ryan"]


def test_snaps_back_is_a_cue():
    text = "Roe snaps back at 'frickin' Lee over claims of 'flop'\nTom Roe spoke on Tuesday.\n"
    assert analyse(text).quotes[0].speaker == "Tom Roe"


def test_a_team_and_a_position_before_a_name_leave_the_name():
    text = (
        "New Orleans Saints quarterback Tom Daniel talks about his thumb injury\n\n"
        "How did your injury occur?\n\n“I hit it on a helmet at practice on Monday.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Tom Daniel"]


def test_a_headline_that_opens_with_a_quote_echoes_the_storys_words():
    text = (
        "‘He’s a tough kid’: Tua day to day for now\n"
        "The bruised ribs knocked Tua out of Sunday’s loss.\n"
        "“He’s a tough kid,” said Dolphins coach Brian Flores of Tagovailoa.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Brian Flores", "Brian Flores"]


def test_an_opening_mark_before_said_closes_the_quote():
    text = (
        "Jo Roe spoke on the radio. “That day I was very scared. I thought, ‘God, this is the "
        "moment,’ “said Roe.\n\n“It’s like a moment where people will just say yes,” Roe added.\n"
    )
    quotes = analyse(text).quotes
    assert [q.text[:14] for q in quotes] == ["That day I was", "It’s like a mo"]


def test_a_reader_who_wrote_is_a_role():
    text = 'A reader wrote, "His clerks made that trial record their own."\n'
    assert [q.speaker for q in analyse(text).quotes] == ["reader"]


def test_a_kenyan_mca_before_a_name_is_an_office():
    text = (
        "Nairobi MCAs are angry.\n\n“We can not do our role because we have not taken oath.” "
        "Gatina Ward MCA Kennedy Roe lamented\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Kennedy Roe"]


def test_a_that_clause_in_an_opening_participle_is_no_subject_of_the_main_clause():
    text = (
        "Declaring that Prime Minister Dr Andrew Roe could have been serving elsewhere, Deputy "
        "Leader Desmond Lee is urging supporters to remember the “goodness” of the minister.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Desmond Lee"]


def test_talks_about_is_a_cue():
    text = "Anas Roe talks about a “new direction” away from the party’s long period in charge.\n"
    assert [q.speaker for q in analyse(text).quotes] == ["Anas Roe"]


def test_an_offices_initials_and_a_surname_label_a_turn():
    text = (
        "Transcript of Ambush Interview\n\n"
        "Q: Sabi ng French paper na serial killer daw si President...\n\n"
        "SP Roe: She lives under a democracy. She has freedom of speech.\n\n"
        "Q: Pero the President is still getting bad press...\n\n"
        "SP: That's beyond our control.\n"
    )
    assert [t.speaker for t in analyse(text).turns] == ["Interviewer", "Roe", "Interviewer", "Roe"]


def test_an_office_of_a_body_with_its_acronym_then_the_holders_name():
    text = (
        "Communications Officer of the National Democratic Congress (NDC), Sammy Roe says the "
        "party met with the Minority to discuss the decision to reject the six ministers.\n"
        '"We met the caucus first," he said on Sunday.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Sammy Roe"]


def test_a_cue_that_ends_a_broken_line_takes_the_name_on_the_next():
    text = (
        "GLENS FALLS, N.Y. — The foundation has awarded grants.\n"
        "“Poverty and homelessness affect thousands of people in our community,” said\n"
        "Donna Roe, chair of the committee. “We want to support lasting efforts.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Donna Roe", "Donna Roe"]


def test_a_noun_cue_after_a_possessive_is_the_owners():
    text = (
        "Opposition Leader Ann Lee said that Robert Roe’s recent mocking of her as “cheap and "
        "mediocre” showed how worried he was.\n\n"
        "Roe was asked about Joseph Doe’s pledge in the video to “make some noise”.\n\n"
        "Lee said Roe’s comments were “dangerous”.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Robert Roe", "Joseph Doe", "Ann Lee"]


def test_a_quote_goes_on_past_a_fragment_in_the_cue_of_the_quote_before():
    text = (
        "Joseph Doe said he would fight.\n\n"
        "“The noise I heard came from the Opposition Leader,” Robert Roe said when asked "
        "about Doe’s pledge to “make some noise”. “He alleged that I had sent the police.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Robert Roe", "Joseph Doe", "Robert Roe"]


def test_appealed_to_is_a_cue():
    text = "Ann Roe spoke.\n\nShe appealed to Lee to stop this “perilous attitude”.\n"
    assert [q.speaker for q in analyse(text).quotes] == ["Ann Roe"]


def test_a_reply_to_a_question_is_the_one_asked():
    text = (
        "A neighbour approached me for some advice. The PC who stopped him asked: "
        '"Can you produce your licence within seven days?" "No I can\'t" he said. '
        '"I am on my way to Dover."\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["PC", "neighbour", "neighbour"]


def test_when_asked_makes_no_question_of_the_subjects():
    text = (
        'Minister Regina Doe said there are "fabulous" people in the party.\n\n'
        'Kate Roe also left the door open, saying "anything can happen" when asked about '
        'working with the party. She also called Ms Lee a "very capable woman".\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Regina Doe", "Kate Roe", "Kate Roe"]


def test_a_title_line_after_an_article_names_no_one():
    text = (
        "A Good Result\n\n"
        "A neighbour approached me. The PC who stopped him asked: "
        '"Can you produce your licence?"\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["PC"]


def test_a_headlines_verb_is_no_part_of_the_name_after_it():
    text = (
        "Remembering Lincoln\n"
        "Friday will mark the birthday of Abraham Lincoln. He was not afraid to admit when he "
        "was wrong. Lincoln said “if Stanton says I’m a fool, then I must be one.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Abraham Lincoln"]


def test_the_one_quoted_before_a_colon_said_it():
    text = (
        "My opponent Angus Roe likes to quote Abraham Lincoln.\n\n"
        "Roe often quotes Lincoln: “The dogmas of the quiet past are inadequate to the "
        "stormy present.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Abraham Lincoln"]


def test_a_quote_of_someones_announced_on_the_line_above_is_theirs():
    text = (
        "My opponent Angus Roe likes to quote Abraham Lincoln.\n\n"
        "Roe’s favorite quote of Lincoln’s may well be the following, which he has repeated "
        "on multiple occasions:\n\n"
        "“The dogmas of the quiet past are inadequate to the stormy present.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Abraham Lincoln"]


def test_an_office_with_its_country_and_domains_after_according_to():
    text = (
        'Researchers are "working around the clock" to find the cause, according to U.S. '
        "Health\nand Human Services Secretary Tommy G. Roe.\n\n"
        'The outbreak is "under control," according to U.S. Health Secretary Ann Lee.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Tommy G. Roe", "Ann Lee"]


def test_an_apposition_that_lost_its_closing_comma_before_the_cue():
    text = (
        '"I would hope that this ends soon", Alan Roe, public health director for Clark '
        "County told The Associated Press. According to the state, people are likely to get "
        "measles.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Alan Roe"]


def test_a_country_in_capitals_before_an_office_after_said():
    text = '"We will act," said US Secretary of State Antony Roe.\n'
    assert [q.speaker for q in analyse(text).quotes] == ["Antony Roe"]


def test_a_statement_from_a_body_before_the_cue_is_the_bodys():
    text = (
        "A statement from the Office of the Prime Minister in Port of Spain yesterday "
        'morning stated, "Upon her acceptance to meet, Mrs Roe requested an agenda."\n\n'
        'The letter from the Kenya Medical Association said: "We object."\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Office of the Prime Minister",
        "Kenya Medical Association",
    ]


def test_a_passive_cue_is_no_ones():
    text = (
        "Keith Roe sarcastically asked reporters whether the Ann Lee being referred to "
        "“is the same one that voted in the Parliament.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Keith Roe"]


def test_an_epithet_with_an_adjective_before_the_country():
    text = (
        "Mohammad Roe said that he is the captain only for the toss.\n\n"
        "“All the credit to the bowlers,” the veteran Pakistan cricketer added.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Mohammad Roe"]


def test_a_colon_headline_signed_by_a_possessive_and_what_is_theirs():
    text = (
        "“Captain Only For Toss And…”: Mohammad Roe’s Startling Take After Series Win\n\n"
        "Cricket\n\n"
        "Mohammad Roe said that he is the captain.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Mohammad Roe"]


def test_what_someone_said_after_the_quote_names_them():
    text = (
        "I agree with the views of Stuart Roe, the visiting skipper.\n\n"
        "”Whenever we win, it is said that our opponents played badly,” was the gist of what "
        "Roe said.\n\n"
        "“We will win” is what Ann Lee said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Stuart Roe", "Ann Lee"]


def test_a_one_word_label_whose_speaker_gives_their_name_opens_a_turn():
    text = (
        "Transcript of Weekly Media Briefing\n\n"
        "Shri Arindam Roe, Official Spokesperson: Good afternoon. I will take questions.\n\n"
        "Rishabh: Hi sir, Rishabh from Times Now. Has the ministry raised this?\n\n"
        "Shri Arindam Roe, Official Spokesperson: This is at Windsor?\n\n"
        "Rishabh: Windsor, yes sir.\n\n"
        "Raza: Raza from the Hindustan Times. Could you say something on that?\n\n"
        "Shri Arindam Roe, Official Spokesperson: We will take it later on.\n"
    )
    assert [t.speaker for t in analyse(text).turns] == [
        "Shri Arindam Roe",
        "Rishabh",
        "Shri Arindam Roe",
        "Rishabh",
        "Raza",
        "Shri Arindam Roe",
    ]


def test_a_name_from_a_paper_before_the_cue_speaks():
    text = 'Ananya from the Hindu has asked - "has Prime Minister Roe requested a call?"\n'
    assert [q.speaker for q in analyse(text).quotes] == ["Ananya"]


def test_a_captions_change_of_speaker_inside_a_line():
    text = (
        ">> MAYOR JONES: GOOD AFTERNOON. PLEASE CALL ROLL.\n\n"
        ">> CLERK: MAYOR, WE HAVE QUORUM. >> MAYOR JONES: THANK YOU. IS THERE A MOTION?\n\n"
        ">> MOTION TO CONTINUE. >> SECOND. >> MAYOR JONES: HAS ANYONE SIGNED UP TO SPEAK?\n\n"
        ">> MADAME MAYOR, MY NAME IS JACK ROE. I WISH YOU WOULD DENY IT.\n"
    )
    turns = analyse(text).turns
    assert [t.speaker for t in turns] == ["Jones", "Clerk", "Jones", "Jones"]
    assert [text[t.start : t.end] for t in turns] == [
        "GOOD AFTERNOON. PLEASE CALL ROLL.",
        "MAYOR, WE HAVE QUORUM.",
        "THANK YOU. IS THERE A MOTION?",
        "HAS ANYONE SIGNED UP TO SPEAK?",
    ]


def test_the_reply_of_the_one_asked_before_a_cue_after_it():
    text = (
        "The CPS prosecutor was asked if there were any observations on bail, to which the "
        'reply was, "Your worship, no objections to unconditional bail." Unsurprisingly his '
        "representative agreed.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["CPS prosecutor"]


def test_a_sentence_adverb_is_no_part_of_the_role_after_it():
    text = 'Ann Lee spoke. "We will appeal." Unsurprisingly her lawyer agreed.\n'
    quote = analyse(text).quotes[0]
    assert (quote.speaker, quote.reason) == (
        "Ann Lee's lawyer",
        "role 'her lawyer' -> Ann Lee's lawyer, cue 'agreed' after the quote",
    )


def test_a_statement_that_goes_on_is_the_one_of_the_quote_before():
    text = (
        "Charles Roe, 70, announced on Sunday that he was divorcing his wife.\n\n"
        '"I am disappointed," he said.\n\n'
        'The statement continued, "This is heartbreaking for both of us."\n\n'
        '"We drifted apart," the statement continued.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Charles Roe"] * 3


def test_a_byline_and_its_outlet_are_no_subject_for_a_pronoun():
    text = (
        "By Jim Roe\nPolitiFact Georgia\n\n"
        "One ad opens with a woman speaking to the camera.\n"
        '"I have never felt this way," she says.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["woman"]


def test_an_announcer_and_a_moderator_are_roles():
    text = (
        'The announcer says, "Mitt Roe opposes requiring insurance coverage."\n\n'
        '"Time is up," the moderator said.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["announcer", "moderator"]


def test_a_fact_checks_says_is_no_part_of_the_name_after_it():
    text = 'Says Hillary Roe once said "the average voter is easy to manipulate."\n'
    assert [q.speaker for q in analyse(text).quotes] == ["Hillary Roe"]


def test_a_fact_checks_claimant_before_says():
    text = (
        'Obama: Says Romney "backed a bill that outlaws all abortions."\n\n'
        "Obama's campaign has been attacking Romney.\n"
        "One ad opens with a woman speaking to the camera.\n"
        '"It is a scary time to be a woman," she says.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Obama", "woman"]


def test_a_claim_signed_below_its_paragraph_with_a_typed_dash():
    text = (
        '"Under the new tax plan, 99.8% of Americans" get "not one nickel" in tax cuts.\n\n'
        "-- Kelda Helen Roe, who is running for governor, in December 2017\n\n"
        "Roe said she was referring to the estate tax.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Kelda Helen Roe"] * 2


def test_an_ads_title_is_no_quote():
    text = 'One ad, "Jenny’s Story," opens with a woman speaking to the camera.\n'
    assert analyse(text).quotes == []


def test_a_dutch_particle_is_part_of_the_name():
    text = '"We lost," said Erik ten Roe.\n\n“We won.” – Erik ten Roe\n'
    assert [q.speaker for q in analyse(text).quotes] == ["Erik ten Roe", "Erik ten Roe"]


def test_an_archbishop_is_an_office_someone_holds():
    text = (
        "The Archbishop of Canterbury called on the whole Church to act.\n\n"
        "“We need bishops who love God,” he declared.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Archbishop of Canterbury"]


def test_a_paragraphs_first_the_in_capitals_opens_a_title():
    text = (
        "THE Archbishop of Canterbury called on the whole Church to act.\n\n"
        "“We need bishops who love God,” he declared.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Archbishop of Canterbury"]


def test_an_ads_button_between_paragraphs_names_no_one():
    text = (
        "The Most Rev Justin Roe said advances had been established.\n\n"
        "Hide Ad\nHide Ad\n\n"
        "“Today we may properly differ on the degrees of state responsibility,” he said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Justin Roe"]


def test_an_office_that_labels_a_headline_says_its_fragment():
    text = (
        "Archbishop of Canterbury: UK must not 'hide behind closed doors' after attack\n\n"
        "The Archbishop of Canterbury is warning the UK of the danger.\n\n"
        "PMQs: Roe calls on Lee to ‘come up with a plan’\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Archbishop of Canterbury", "Roe"]


def test_a_three_word_name_after_a_word_of_the_sentence():
    text = (
        "Oli's confidants Subas Chandra Roe, Bishnu Paudel and Shankar Pokharel urged Nepal "
        "to meet.\n\n"
        '"We said you two should meet and talk," Roe told Setopati after the meeting.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Subas Chandra Roe"]


def test_a_cue_word_after_to_is_a_noun():
    text = (
        "Jo Roe spoke in Marondera.\n\n"
        "Ann Lee, the police spokeswoman, was not reachable for comment.\n\n"
        "Roe said he was hopeful that Al Doe would give in to calls for him to step down "
        "after “stealing the elections” in July.\n"
    )
    assert [(q.speaker, q.cue) for q in analyse(text).quotes] == [("Jo Roe", "said")]


def test_an_aged_epithet_of_a_role_named_before():
    text = (
        "Party leader Nelson Roe survived an attack, spokesman Jacob Doe said.\n\n"
        "Ann Lee, the police spokeswoman, was not reachable for comment.\n\n"
        "In Marondera, the 40-year-old opposition leader said Al Doe must step down after "
        "“stealing the elections” in July.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Nelson Roe"]


def test_an_office_with_its_holder_in_brackets_alone_on_its_line_labels_a_turn():
    text = (
        "Statement by President Jo Roe after the meeting\n\n"
        "President of the Republic (Jo Roe)\n\n"
        "Yes, this is so that we all know about the award.\n\n"
        "Journalist\n\n"
        "Sir, some say this is part of a political deal?\n\n"
        "President of the Republic (Jo Roe)\n\n"
        "We are after the elections, so there are no such assumptions.\n\n"
        "Journalist\n\n"
        "Have you prepared the next government?\n\n"
        "President of the Republic (Jo Roe)\n\n"
        "Ask him, don't ask me.\n"
    )
    assert [t.speaker for t in analyse(text).turns] == ["Jo Roe", "Journalist"] * 2 + ["Jo Roe"]


def test_a_hearings_labels_run_together_in_a_paragraph():
    text = (
        "(17:10:07) The CHAIRMAN. Is that a fair summary? Ms. HANSON. Yes. The CHAIRMAN. "
        "You say you didn't do that. Ms. HANsON. Sir, as I stated, this issue has assumed "
        "more importance.\n"
    )
    assert [t.speaker for t in analyse(text).turns] == ["Chairman", "Hanson"] * 2


def test_a_statement_issued_in_a_reported_clause_is_its_subjects():
    text = (
        "The Daily Herald is reporting the city council issued a joint statement yesterday "
        "denouncing the mayor's remarks.\n\n"
        '"We are truly proud of how far this city has come," the statement says.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["city council"]


def test_reads_the_tweet_is_the_words_of_the_one_whose_account_posted_it():
    text = (
        "An image appears to show a tweet from Roe’s verified Twitter account about the bill. "
        "“I cannot vote for the bill proposed in the Senate,” reads the purported tweet.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Roe"]


def test_a_church_usher_or_parishioner_before_a_name_is_a_trade():
    text = (
        "Usher Kevin Roe is a parishioner of the Church of the Nativity.\n\n"
        '"It\'s unbelievable," he said.\n\n'
        "Parishioner Ann Doe sat in a side pew.\n\n"
        '"It\'s wonderful," she said.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Kevin Roe", "Ann Doe"]


def test_numbered_reporters_label_their_own_turns():
    text = (
        "Moderator: Welcome. Joining us today is the manager, Jo Roe.\n\n"
        "Roe: Thank you.\n\n"
        "Reporter 1: Jo, what was going through your mind at the penalty?\n\n"
        "Roe: I think it was a soft penalty.\n\n"
        "Reporter 2: How do you respond to your critics?\n\n"
        "Roe: They always want to criticise.\n"
    )
    speakers = [t.speaker for t in analyse(text).turns]
    assert speakers == ["Moderator", "Jo Roe", "Reporter 1", "Jo Roe", "Reporter 2", "Jo Roe"]


def test_a_fragment_between_a_possessive_and_its_noun_cue_is_the_owners():
    text = (
        "Coach Al Lee said the team played well.\n\n"
        "Jo Roe’s “playoffs” rant, Ann Doe’s “they are who we thought they were” rant, and "
        "Tim Edwards’ “you play to win the game” rant come to mind.\n"
    )
    speakers = [q.speaker for q in analyse(text).quotes]
    assert speakers == ["Jo Roe", "Ann Doe", "Tim Edwards"]


def test_a_participle_after_a_clause_whose_subject_is_a_role_is_the_roles():
    text = (
        "You are about to see the replay when the anchor interrupts, saying, “We are going "
        "live to the press conference.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["anchor"]


def test_the_one_a_question_calls_on_by_title_is_the_one_so_named():
    text = (
        "Coach Al Lee takes the podium.\n\n"
        "“Coach, what are your thoughts on the game?”\n\n"
        "“The game was good.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [None, "Al Lee"]


def test_a_question_that_calls_on_someone_without_a_comma_is_someone_elses():
    text = (
        "Coach Al Lee takes the podium.\n\n"
        "“Coach what are your thoughts on the game?”\n\n"
        "“The game was good.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [None, "Al Lee"]


def test_a_sale_an_election_or_a_campaign_is_no_one_who_speaks():
    text = (
        "Speaking to the BBC, Mr Lee said: “I simply don’t believe him.”\n\n"
        "Black Friday Sale! Grab our digital subscription for just £6.\n\n"
        "He said Mr Roe should come to the Commons and apologise.\n\n"
        "“He hasn’t made an apology to me.”\n\n"
        "General Election 2017 Campaign - In pictures\n\n"
        "“There is a real agenda for hope here.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Lee"] * 3


def test_a_quote_left_open_around_a_nested_one_runs_to_its_paragraphs_end():
    text = (
        "Roe replied: “I’d have said to him “don’t do that!”\n"
        "“Billy told me he’d done that and I was like “thank god I didn’t see it!”\n"
        "The goal was his fourth.\n"
    )
    quotes = analyse(text).quotes
    assert [q.text for q in quotes] == [text[text.index("I’d") : text.index("\nThe")]]


def test_a_quote_left_open_around_one_with_its_own_cue_after_it_is_cut_there():
    text = "“A news conference will be held “as soon as possible,” the news release stated.\n"
    quotes = analyse(text).quotes
    assert [(q.text, q.cue) for q in quotes] == [
        ("A news conference will be held", None),
        ("as soon as possible,", "stated"),
    ]


def test_names_a_press_release_defines_in_brackets_are_no_ones_words():
    text = (
        "Tilray Brands, Inc. (“Tilray Brands”, “Tilray” or the “Company”) today announced "
        "the acquisition of HEXO Corp. by way of plan of arrangement (the “Arrangement”). "
        "Mesa Laboratories, Inc. (we, us, our, “Mesa” or the “Company”) bought Rapid Aid "
        "Corp (“Rapid Aid”).\n\n"
        "“We are pleased,” said Jo Roe, the chief executive.\n"
    )
    assert [q.text for q in analyse(text).quotes] == ["We are pleased,"]


def test_a_name_whose_office_of_a_body_runs_to_the_cue_is_the_speaker():
    text = (
        "Doug Roe, Chief Financial Officer of Diamond Triumph said “We feel there are "
        "opportunities”.\n\n"
        "Al Lee, Chairman and CEO of Aceto stated, “We are pleased with the results.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Doug Roe", "Al Lee"]


def test_a_forwarded_mails_header_quotes_no_ones_words():
    text = (
        "Begin forwarded message:\n\n"
        'From: "Roe, Jo" <jo@example.com>\n'
        "Date: September 3, 2016 at 6:43:58 PM GMT+8\n"
        'To: "pool@example.com" <pool@example.com>\n\n'
        '"This is an important meeting," Xi said.\n'
    )
    assert [q.text for q in analyse(text).quotes] == ["This is an important meeting,"]


def test_a_statement_with_its_title_between_it_and_its_cue_is_its_issuers():
    text = (
        "A statement by Mr. Jo Roe, Special Assistant to the Governor, said the rally was "
        "dispersed.\n"
        "The statement which was titled “The Governor ordered no disruption,” read: “The "
        "Governor is not aware of any disruption.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Jo Roe"]


def test_a_resolution_a_body_passed_as_follows_is_its_words():
    text = (
        "On July 28 the city council passed a resolution, as follows:\n\n"
        "“It was moved that the sum of $25,000 be appropriated.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["city council"]


def test_a_name_after_known_as_is_no_ones_words():
    text = (
        "He delivered the warrants to a committee of citizens known as the “Capitol Campaign "
        "Committee.” The group is known as “The Friends of Pierre”, Jo Roe said.\n"
    )
    assert analyse(text).quotes == []


def test_a_country_abbreviation_inside_a_title_is_no_persons_initial():
    text = (
        "DENVER– Democratic U.S. Senate hopeful Jo Roe this morning refused to answer "
        "questions.\n"
        "He said he released the statement because of “misinformation that had filled the "
        "void,” he said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Jo Roe"]


def test_a_fragment_in_an_opening_speech_participle_is_the_main_clauses_subjects():
    text = (
        'Claiming that the "corrupt coalition" of the opposition will be wiped out, Union '
        "Minister Jo Roe said on Sunday that the fight is only to cross 40 seats.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Jo Roe"]


def test_a_headline_signed_by_a_partys_member_is_the_members():
    text = "'If Jo Lee is man enough...': BJP's Amit Roe dares Congress leader to run\n"
    assert [q.speaker for q in analyse(text).quotes] == ["Amit Roe"]


def test_a_reply_after_a_who_clause_is_the_ones_it_is_about():
    text = (
        "“It’s like Cape York time,” Mr Roe quipped to Mr Lee, who seemed slightly unsettled "
        "even by that line, responding, “What’s this mate?”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Roe", "Lee"]


def test_labour_opening_a_sentence_is_the_party_that_speaks():
    text = (
        "Labour has attacked the government, saying the plan was “a shambles”.\n\n"
        "Labor has attacked the Coalition, declaring the “wheels were coming off”.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Labour", "Labor"]


def test_a_sentence_that_opens_with_a_pronoun_below_a_quote_is_no_caption():
    text = (
        "Deputy President Jo Roe asserted that Kenya is governed by the rule of law.\n\n"
        '"Nobody is going to threaten anybody in this government."\n\n'
        "He called on Azimio leaders to seek other avenues of addressing their grievances.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Jo Roe"]


def test_an_office_with_its_holders_name_after_a_place_is_the_subject():
    text = (
        "During a Church service in Kirinyaga, President Jo Roe told off Opposition leader "
        "Raila Lee who is planning a major rally.\n\n"
        "He insisted that he won the election “fair and square”.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Jo Roe"]


def test_children_and_siblings_are_kin_who_speak():
    text = (
        "Jo Roe, one of Britain's best-loved actors, has died at the age of 90.\n\n"
        'A statement released by his children said the actor died "peacefully in his sleep".\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Jo Roe's children"]


def test_the_chief_of_a_body_is_the_one_named_with_an_office_of_it():
    text = (
        "After the launch, NASA Administrator Jo Roe said that he is “so proud” of the team. "
        "Asked what was on his mind, the NASA chief admitted that he was “praying” for the "
        "crew.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Jo Roe", "Jo Roe"]


def test_a_dateline_with_the_day_before_the_month_opens_the_paragraph():
    text = (
        "Jo Roe, the agency's regional director, spoke at the briefing.\n\n"
        'GENEVA, 2 March 2018 - "Last Saturday, the world gave children a small glimmer of '
        'hope."\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Jo Roe"]


def test_quotes_under_what_was_said_by_someone_are_theirs():
    text = (
        "This is a summary of what was said by Geert Roe, Regional Director – to whom quoted "
        "text may be attributed – at today's press briefing.\n\n"
        'GENEVA, 2 March 2018 - "Last Saturday, the world gave children a small glimmer of '
        'hope.\n\n"But nothing has changed."\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Geert Roe"]


def test_a_label_with_a_stage_note_after_its_role_opens_a_turn():
    text = (
        "THIS IS A RUSH TRANSCRIPT.\n\n"
        "JO ROE, CNN ANCHOR (voice-over): The ultimate sacrifice.\n\n"
        "AL LEE, U.S. ARMY: I have a great deal of respect for those who have.\n\n"
        "ROE: Now, he's given his life.\n"
    )
    assert [t.speaker for t in analyse(text).turns] == ["Jo Roe", "Al Lee", "Jo Roe"]


def test_a_headings_past_verb_after_two_names_is_no_part_of_them():
    text = (
        "Jo Tillman Killed in Iraq; Interview With Al Woodward\n\n"
        "THIS IS A RUSH TRANSCRIPT.\n\n"
        "AL LEE, CNN ANCHOR: He gave up pro football to fight terrorism.\n\n"
        "JO TILLMAN, U.S. ARMY: I really haven't done a damn thing.\n\n"
        "LEE: Now, he's given his life.\n"
    )
    assert [t.speaker for t in analyse(text).turns] == ["Al Lee", "Jo Tillman", "Al Lee"]


def test_a_record_that_heads_each_speech_with_a_photo_labels_turns():
    text = (
        "Photo of Jo Roe Jo Roe Labour\n\n"
        "2. To ask the First Minister what engagements she has planned.\n\n"
        "Photo of Ann Lee Ann Lee Scottish National Party\n\n"
        "Engagements to take forward the Government’s programme.\n\n"
        "Photo of Jo Roe Jo Roe Labour\n\n"
        "Does the First Minister agree that there is no place for abuse?\n\n"
        "The First Minister:\n\n"
        "Of course I do.\n"
    )
    speakers = [t.speaker for t in analyse(text).turns]
    assert speakers == ["Jo Roe", "Ann Lee", "Jo Roe", "The First Minister"]


def test_a_websites_or_a_magazines_name_is_no_ones_words():
    text = (
        "The remark was posted on Twitter by Jo Roe, who writes for the website “Wings Over "
        "Scotland” and the magazine “Bella Caledonia”.\n"
    )
    assert analyse(text).quotes == []


def test_a_courts_roles_alone_on_their_lines_label_turns():
    text = (
        "A shortened version of a hearing in the Crown Court.\n"
        "Court clerk\nPlease stand. Are you Mr Jo Roe?\n"
        "Defendant\nThat’s right.\n"
        "Court clerk\nYou plead guilty, is that correct?\n"
        "Defendant\nYes.\n"
        "Judge\nThank you. Please sit down everyone.\n"
        "Prosecution barrister\nYour Honour, if I may.\n"
        "Judge\nYes, please.\n"
        "Prosecution barrister\nMr Roe was attending a festival.\n"
    )
    speakers = [t.speaker for t in analyse(text).turns]
    assert speakers == ["Court clerk", "Defendant"] * 2 + ["Judge", "Prosecution barrister"] * 2


def test_a_cue_after_and_in_a_clause_with_its_own_subject_is_that_subjects():
    text = (
        "Jo Roe prosecuting said as his nephew was being taken down to the cells, Al Lee stood "
        "up and shouted: “I hope you lot are happy with yourselves.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Al Lee"]


def test_a_name_that_ends_in_a_number_word_is_no_person():
    text = (
        "Actor Max Roe has revealed that he learned he's a single man from a tabloid.\n\n"
        "Page Six exclusively reported this week that the relationship was on the rocks.\n\n"
        '"Imagine finding out about the status of your relationship through a tabloid," he '
        "wrote on his Instagram Story.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Max Roe"]


def test_a_name_whose_role_apposition_runs_to_the_cue_is_the_speaker():
    text = (
        "John Roe, executive director of Greenpeace UK said: “The prime minister is right to "
        "have set one of the most ambitious climate targets in the world.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["John Roe"]


def test_a_speaker_named_after_an_inverted_cue_with_a_role_is_the_sentences():
    text = (
        "The Government will still have enough space, said WP chief Jo Roe.\n"
        "The ratio will be only “about two or three to nine”, he said on April 28.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Jo Roe"]


def test_a_senior_or_deputy_prime_ministers_initials_are_an_office():
    text = (
        "Senior Minister Lee Hsien Roe spoke at a rally the day before.\n"
        "SM Lee had said that voters should not give opposition parties “a little bit more "
        "votes”.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Lee Hsien Roe"]


def test_the_first_answer_below_a_question_is_the_interviewees_not_the_one_it_names():
    text = (
        "Jo Roe has held his pre-match press conference ahead of Wednesday's game.\n"
        "The manager sat down with reporters earlier this morning.\n"
        "I'll start with the job that Al Lee has done. Does he get enough credit?\n"
        "“I’ve not read everything that’s been said about Al, but he’s doing a fantastic job.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Jo Roe"]


def test_a_quote_alone_after_someones_update_is_theirs():
    text = (
        "Long-term absentees Al Lee (knee) and Ann Doe (ankle) remain out, following Jo "
        "Roe’s latest team news update on Friday.\n\n"
        "“Al and Ann again are injured but making progress.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Jo Roe"]


def test_a_quote_right_after_one_left_open_goes_on_from_it():
    text = (
        "Jo Roe gave his latest team news update on Friday.\n\n"
        "“Al (Lee) is injured but making progress. And then the only other update is Ann Doe. "
        "“Ann has a foot injury that turns out to be more than we thought.”\n"
    )  # (one quote: its paragraphs run together, the mark that opened the second left in)
    assert [(q.text[:8], q.speaker) for q in analyse(text).quotes] == [("Al (Lee)", "Jo Roe")]


def test_a_work_that_was_published_is_no_ones_words():
    text = (
        '"Remember that I wrote about it in 2000," Jo Roe said during a rally. '
        '"The America We Deserve" was published in January 2000.\n'
    )
    assert [q.text for q in analyse(text).quotes] == ["Remember that I wrote about it in 2000,"]


def test_a_surname_that_starts_with_its_particle_is_the_speaker():
    text = (
        "Coach Lars van Hoek admitted defeat.\n"
        '"We were not good enough," said van Hoek.\n'
        '"It was a hard night," von der Brink said.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Lars van Hoek", "von der Brink"]


def test_he_after_a_sentence_whose_aside_names_a_speaker_is_that_speaker():
    text = (
        "Tom Vale gave the visitors an early lead, and the side was, Roe admits, simply not "
        "good enough.\n"
        '"It was the worst possible start," he told reporters.\n'
        "Bill Hart sent a letter of support, the minister's office, Jo Lane, saying it came "
        "too late.\n"
        '"We are grateful," he said.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Roe", "Bill Hart"]


def test_a_statement_that_said_something_is_no_one_a_pronoun_means():
    text = (
        "Spokesman Jo Roe issued a statement on Tuesday.\n"
        "“The ministry is not distributing any aid.”\n"
        "The statement said work on the 2023 Supplementary Budget is on-going.\n"
        "“Projects cover a range of needs,” he said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Jo Roe", "Jo Roe"]


def test_an_office_with_a_qualifier_before_an_apposed_name_is_that_name():
    text = (
        "The Director of Information in the ministry, Dr Jo Roe, made this known on Tuesday.\n"
        "“The ministry is not distributing any aid.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Jo Roe"]


def test_the_singer_after_a_sentence_about_a_star_is_the_star():
    text = (
        "Ardo has returned to Instagram after a break.\n"
        '"I just wanted to talk about my shows," said the singer from her bed.\n'
        "Jo Roe attended the gala on Friday.\n"
        '"It was lovely," the actress said.\n'
        "The clinic reopened on Monday.\n"
        '"We are ready," said the surgeon.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Ardo", "Jo Roe", "surgeon"]


def test_an_age_before_a_verb_and_its_object_is_someone_named_not_a_role():
    text = (
        'Ann Vale returned to Instagram. "I am fine," she wrote.\n\n'
        "The 41-year-old ended her post by reminding fans of her rights. "
        '"Yes I took it down, because I can!"\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Ann Vale", "Ann Vale"]


def test_a_day_after_on_is_no_principal_of_a_role():
    text = "The family of Jo Roe on Wednesday paid tribute to his “kind nature”.\n"
    assert [q.speaker for q in analyse(text).quotes] == ["Jo Roe's family"]


def test_a_role_starts_after_where_if_or_since():
    text = (
        "He died in an attack where police say the “motive remains unclear”.\n"
        "It closed early since officials said the site was “unsafe”.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["police", "officials"]


def test_a_state_and_party_epithet_is_the_one_named_before():
    text = (
        "“We passed it,” Majority Leader Jo Roe said in a statement.\n\n"
        "“Those days are over,” the Kentucky Republican added.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Jo Roe", "Jo Roe"]


def test_a_portrait_line_with_a_title_and_a_name_in_brackets_opens_a_turn():
    text = (
        "Commons Chamber\n"
        "Jo Roe Portrait Jo Roe (Rhondda) (Lab)\n- Hansard - - - Excerpts\n\n"
        "On a point of order, Madam Deputy Speaker.\n\n"
        "Baroness Lane Portrait Madam Deputy Speaker (Ann Lane)\n- Hansard - - - Excerpts\n\n"
        "That is not a point of order.\n\n"
        "Al Hart Portrait Mr Al Hart\n- Hansard - - - Excerpts\n\n"
        "Further to that point of order.\n"
    )
    assert [t.speaker for t in analyse(text).turns] == ["Jo Roe", "Ann Lane", "Al Hart"]


def test_a_quote_on_its_own_in_a_turn_is_no_one_named_before_the_turn():
    text = (
        "Commons Chamber\n"
        "Jo Roe Portrait Jo Roe (Rhondda) (Lab)\n- Hansard - - - Excerpts\n\n"
        "A written statement was tabled this morning. It states that the Government will\n\n"
        "“consult with Mr Speaker”\n\n"
        "on how the commission can be created.\n\n"
        "Al Hart Portrait Mr Al Hart\n- Hansard - - - Excerpts\n\n"
        "Further to that point of order.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [None]


def test_an_assistant_a_waiter_or_a_technician_is_a_role_that_speaks():
    text = (
        "Ann Vale looked out her window on Thursday morning.\n"
        "“That whole canyon was on fire,” the certified nursing assistant, 33, said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Ann Vale"]


def test_a_name_with_an_age_before_its_apposed_role_is_the_subject():
    text = (
        "Jo Roe, 42, an entrepreneur and gym owner, was evacuated from his home on Friday, "
        "saying that “there was no way the fire would reach us.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Jo Roe"]


def test_believing_is_a_cue_as_believed_is():
    text = (
        "Jo Roe was evacuated from his home on Friday, believing that “there was no way "
        "the fire would reach us.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Jo Roe"]


def test_a_paragraph_whose_sentences_each_reopen_and_close_once_is_one_quote():
    text = (
        "Jo Roe gave no news on Al Lee's fitness.\n\n"
        "“Al is recovering. “We’ll see this afternoon. “Yesterday he felt good, but we will "
        "see.” – Jo Roe on Al Lee\n\n"
        "Ann Hart is definitely out after surgery.\n"
    )
    quotes = analyse(text).quotes
    assert [(q.text[:18], q.text[-12:], q.speaker) for q in quotes] == [
        ("Al is recovering. ", "we will see.", "Jo Roe")
    ]


def test_a_persons_name_after_a_dash_ends_a_quote_left_open_as_its_speaker():
    text = (
        "Al Lee (shoulder) could return from injury.\n"
        "“It’s still a long injury list. Al Lee has trained and looked good.\n"
        "“Just wait and see. – Eddie Roe\n"
        "Ann Hart (knee) remains out.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Eddie Roe"]
    credited = "Jo Roe opened the bridge.\n\n“May this event bring prosperity. — Bernama\n"
    assert [q.speaker for q in analyse(credited).quotes] == ["Jo Roe"]  # (not Bernama)


def test_words_below_a_said_colon_and_a_blank_line_are_the_cues_not_a_caption_below():
    text = (
        "Jo Roe confirmed that Al Lee will start on Friday.\n\n"
        "Speaking to the media, Roe said:\n\n"
        "Al and Ben, they recover and they are ready to play. I can tell you, no problem.\n\n"
        "The Spurs boss added that he was unsure about Ann Hart.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Jo Roe"]


def test_a_paragraph_below_saying_and_a_colon_is_a_quote_of_the_one_saying():
    text = (
        "Jo Roe reported a clean bill of health, saying:\n\n"
        "We have two players who will miss this game. Let us see how bad they are.\n"
    )
    quotes = analyse(text).quotes
    assert [(q.text[:10], q.speaker) for q in quotes] == [("We have tw", "Jo Roe")]


def test_a_participle_cue_after_but_and_a_name_is_that_names():
    text = (
        "Manchester United\n\n"
        "United will be down two defenders on Friday but Jo Roe otherwise reported a clean "
        "bill of health, saying: “Let us see how bad they are.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Jo Roe"]


def test_a_caller_a_listener_or_a_viewer_is_one_person_a_pronoun_can_mean():
    text = (
        "This caller told the host that her daughter had a “horrendous time in hospital.”\n"
        '"I had to go and fight for a yoghurt," the caller told him. Revealing in the end '
        "she had to buy all the food herself.\n"
        '"You do whatever to go and get it," she said.\n'
    )
    assert [q.speaker for q in analyse(text).quotes][1:] == ["caller", "caller"]


def test_still_after_a_given_name_is_a_surname():
    text = (
        "“This size is typical for a protest,” said Keith Still, professor of crowd science.\n"
        "The crowd gathered at the plaza on Saturday.\n"
        "“Police officers are trained to count crowds,” Still said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Keith Still", "Keith Still"]


def test_a_role_of_a_body_whose_name_has_the_in_it_is_the_speaker():
    text = (
        '"This response shows the depth of feeling," said a Stop the War Coalition spokesman.\n'
        '"It is fine," said an Obama aide.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Stop the War Coalition spokesman",
        "Obama aide",
    ]


def test_clarified_is_a_cue():
    text = (
        "Jo Roe resigned from the ministry on Wednesday.\n\n"
        "Later, he clarified that he was “not asked to resign”.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Jo Roe"]


def test_the_married_father_after_a_sentence_about_someone_is_them():
    text = (
        "Jo Roe quit as minister on Saturday.\n"
        'The married father of five added that he was "so sorry".\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Jo Roe"]


def test_former_before_a_bodys_office_and_a_name_is_the_names():
    text = '"This will bring heavy rain," former FEMA director Jo Roe said.\n'
    assert [q.speaker for q in analyse(text).quotes] == ["Jo Roe"]


def test_a_body_of_four_words_seen_speaking_is_the_speaker():
    text = 'North Carolina Emergency Services also warned: "The storm will hit every one of you."\n'
    assert [q.speaker for q in analyse(text).quotes] == ["North Carolina Emergency Services"]


def test_an_outlets_name_run_together_with_its_initials_labels_a_turn():
    text = (
        "Interview with Ann Vale\n\n"
        "NewsDesk (ND): What attracted you to the film?\n\n"
        "Ann Vale (AV): Well, I like horror films.\n\n"
        "ND: Had you been looking for something like that?\n\n"
        "AV: No, I hadn't.\n"
    )
    assert [t.speaker for t in analyse(text).turns] == ["NewsDesk", "Ann Vale"] * 2


def test_someones_mother_before_a_colon_is_the_speaker():
    text = "Jo Roe died last week.\nREAD: Jo Roe’s mother: ‘I still can’t believe my baby’s gone’\n"
    assert [q.speaker for q in analyse(text).quotes] == ["Jo Roe's mother"]


def test_prime_minster_as_a_typo_writes_it_is_an_office():
    text = (
        "Question time erupted as Prime Minster Jo Roe and Opposition Leader Al Lee traded "
        'attacks.\nMr Roe labelled Mr Lee "phoney".\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Jo Roe"]


def test_labor_before_a_role_and_a_name_is_no_party_subject():
    text = (
        '"I will not be lectured," Mr Roe said.\n\n'
        "After another answer from Mr Roe, Labor employment spokesman Al Lee was told to sit "
        'down when he asked the Prime Minister: "Are you hungover?"\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Roe", "Al Lee"]


def test_a_firm_of_two_names_joined_by_and_is_one_speaker():
    text = "In 2011, Abercrombie and Fitch claimed that it offered a “substantial payment”.\n"
    assert [q.speaker for q in analyse(text).quotes] == ["Abercrombie and Fitch"]


def test_plaintiffs_and_supporters_are_roles_that_speak():
    text = (
        "“Amazon enforces this agreement monthly,” plaintiffs claim.\n"
        "“It is a blatant cash grab,” supporters say.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["plaintiffs", "supporters"]


def test_a_dateline_with_its_state_in_brackets_is_no_subject():
    text = (
        "Bhopal (Madhya Pradesh): Chief Minister Jo Roe became emotional during a rally.\n\n"
        "He claimed that the party has become “K” Congress.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Jo Roe"]


def test_the_head_of_a_named_body_is_a_role_that_speaks():
    text = "The assessment is a “code red for humanity,” the head of the United Nations said.\n"
    assert [q.speaker for q in analyse(text).quotes] == ["head of the United Nations"]


def test_a_video_scripts_story_label_is_no_speaker():
    text = "STORY: “The climate time bomb is ticking…”\n\nThe chief says time is short.\n"
    assert [q.speaker for q in analyse(text).quotes] == [None]


def test_the_noun_before_a_relative_clause_opened_by_she_is_not_her():
    text = (
        "“Every adult owes the young the truth,” Angelou says.\n\n"
        "In her book, Angelou paints a picture of the woman she called “Lady,” her mother.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Angelou", "Angelou"]


def test_a_double_prime_closes_a_quote_opened_with_two_backticks():
    text = (
        "Jo Roe, 35, awaited word on his missing wife. ``There’s still some hope,″ he said.\n\n"
        "``It’s a difficult decision,″ said Col. Al Lee, the official in charge.\n"
    )
    quotes = analyse(text).quotes
    assert [(q.text, q.speaker) for q in quotes] == [
        ("There’s still some hope,", "Jo Roe"),
        ("It’s a difficult decision,", "Al Lee"),
    ]


def test_a_body_of_two_initials_seen_speaking_is_the_speaker():
    text = "In a statement, BA said: “We’re very sorry for the disruption.”\n"
    assert [q.speaker for q in analyse(text).quotes] == ["BA"]  # ("an irked CJ": bench-desk)


def test_outlined_is_a_cue():
    text = "One of the passengers outlined, “Never in my life have I seen anything like this.”\n"
    assert [q.speaker for q in analyse(text).quotes] == ["one of the passengers"]


def test_a_party_tag_after_a_name_after_a_cue_that_opens_the_sentence_is_skipped():
    text = (
        "Said Sen. Jo Roe (R-S.C.): “Mr. President, your tweet was beneath the office.”\n"
        "Tweeted Sen. Al Lee (R-Neb.), “Please just stop.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Jo Roe", "Al Lee"]


def test_the_tech_mogul_or_the_billionaire_is_the_one_the_sentence_before_is_about():
    text = (
        "Jo Roe bought the club on Monday.\n"
        "“It was a bargain,” the billionaire said.\n"
        "Al Lee posted on X: “I’m sorry.”\n"
        "“Shame on those who voted for it,” the tech mogul continued.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Jo Roe", "Al Lee", "Al Lee"]


def test_sens_and_reps_are_abbreviations_no_sentence_ends_at():
    text = (
        "Press Secretary Jo Roe said Tuesday Republican Sens. Al Lee and Ann Hart are "
        '"blatantly wrong" in their criticism.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Jo Roe"]


def test_a_capitalised_title_after_the_cue_then_a_comma_and_a_name_is_the_name():
    text = (
        "“We knew Keza was pregnant,” said Senior Primate Keeper, Jo Roe.\n"
        "“We are thrilled,” said Chief Executive, Al Lee.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Jo Roe", "Al Lee"]


def test_a_zookeeper_or_a_vet_before_a_name_is_their_trade():
    text = "“The troop dynamics have changed,” Zookeeper Les Roe said.\n"
    assert [q.speaker for q in analyse(text).quotes] == ["Les Roe"]


def test_a_letter_is_a_document_that_speaks_as_a_report_is():
    text = "The letter warned that it would “risk currency debasement and inflation”.\n"
    assert [q.speaker for q in analyse(text).quotes] == ["letter"]


def test_a_bodys_initials_that_sign_a_headline_are_its_speaker():
    text = "Eritrean refugees in Tigray ‘desperate’: UN\n\nThe agency spoke on Friday.\n"
    assert [q.speaker for q in analyse(text).quotes] == ["UN"]


def test_a_sentence_adverb_before_a_name_is_no_part_of_it():
    text = (
        "Amol Rajan pressed him.\n"
        "Eventually Mr Rajan ended the interview, saying: “We’re going to the weather.”\n"
        "Finally Mr Rajan said: “Thank you.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Amol Rajan", "Amol Rajan"]


def test_the_name_a_transcript_is_headed_by_answers_its_questions():
    text = (
        "Tom Coughlin Post-Game Transcript, 10.09.11\n\n"
        "Opening Remarks\nWe played poorly. Victor Cruz made a couple of great plays.\n\n"
        "Q: Did the false start change what you wanted to do?\nA: It certainly did.\n\n"
        "Q: Did you get an explanation?\nA: No. The play stands.\n"
    )
    turns = [t.speaker for t in analyse(text).turns]
    assert turns == ["Interviewer", "Tom Coughlin", "Interviewer", "Tom Coughlin"]


def test_a_name_with_its_initials_labels_a_transcript_as_the_initials_do():
    text = (
        "Betty Cohen (BC): We met in a youth orchestra.\n\n"
        "TC Cowles (TC): Did you know he was the one?\n\n"
        "BC: I was very much taken by him.\n\n"
        "TC: Tell me more.\n"
    )
    turns = [t.speaker for t in analyse(text).turns]
    assert turns == ["Betty Cohen", "TC Cowles", "Betty Cohen", "TC Cowles"]


def test_a_number_word_starts_no_name():
    text = (
        "Ten Years of Laughter\n\n"
        "Abruptly, the friend stopped talking. “I mean, you live with the guy,” he said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["friend"]


def test_a_pronoun_over_a_role_of_no_gender_means_the_gendered_role_named_with_it():
    text = (
        "As the defendant stood with his head down, the judge allowed the victim’s mother "
        "to speak.\nShe walked slowly to the podium.\n"
        "“You didn’t just take a life,” she said.\n"
        "The courtroom was silent.\n“She believed people were good,” the mother said.\n"
    )
    speakers = [q.speaker for q in analyse(text).quotes]
    assert speakers == ["victim’s mother", "victim’s mother"]


def test_final_starts_a_heading_not_a_name():
    text = (
        "“I don’t want hate to win,” the mother said.\nFinal Moment\n"
        "As she stepped away, the mother looked once more at the defendant.\n"
        "“I hope you spend your life understanding what you took.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["mother", "mother"]


def test_an_age_and_a_noun_that_take_to_instagram_are_the_one_named_before():
    text = (
        "Hailey Bieber is firing back at her critics.\n"
        "The 28-year-old model took to her Instagram Stories, stating, “People take the "
        "information they’re fed.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Hailey Bieber"]


def test_subtitles_label_a_speaker_alone_on_a_line_with_a_colon():
    text = (
        "1\n00:00:01,133 --> 00:00:01,863\nMr. Gibbs:\nGood afternoon.\n\n"
        "2\n00:00:01,867 --> 00:00:06,237\nLet me give you a quick\nreadout.\n\n"
        "16\n00:00:50,467 --> 00:00:52,167\nThe Press:\nDid Secretary Clinton\n"
        "not participate in --\n\n"
        "17\n00:00:52,166 --> 00:00:57,066\nMr. Gibbs:\nShe was on a plane.\n\n"
        "20\n00:01:09,734 --> 00:01:15,934\nThe Press:\nSo what was the most\nhelpful?\n"
    )
    turns = [t.speaker for t in analyse(text).turns]
    assert turns == ["Gibbs", "The Press", "Gibbs", "The Press"]


def test_a_participle_before_a_possessive_name_opens_a_clause_before_the_subject():
    text = (
        "Following Rovers’ draw, in which Bradley Dack equalised, Rovers boss Tony Mowbray "
        "spoke with BBC Radio Lancashire.\n“I think it was our poorest performance.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Tony Mowbray"]


def test_a_page_title_with_a_bar_before_a_quote_is_its_speakers():
    text = (
        "Lee Bowyer | “Just do the basics right”\n\n"
        "Also Read | ‘We go again’: Al Lee on the draw\n\nThe Birmingham boss was upset.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Lee Bowyer", "Al Lee"]


def test_continue_to_is_no_cue():
    text = (
        "Dallas Police Chief Jo Roe spoke first.\n"
        "Mayor Al Lee said a section of downtown Dallas would continue to be a crime scene "
        "“and we are determining now how big it is.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Al Lee"]


def test_a_sentence_ended_by_said_and_a_name_is_that_persons_for_a_later_pronoun():
    text = (
        "Chief Al Lee said that Tom Roe, 31, was arrested.\n"
        "Video showed Roe at headquarters hours before. The suspect asked a clerk a question "
        "but left, said Lee, who declined to say what the man asked.\n"
        "“I don’t know why he was in headquarters,” he said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Al Lee"]


def test_a_quote_in_a_sentence_according_to_a_complaint_is_the_complaints():
    text = (
        "Visier Inc. has sued Google.\n"
        "According to the complaint, Visier’s platform takes data and “applies machine "
        "learning to deliver predictions.” Visier asked the court for damages.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["complaint"]


def test_a_list_of_quotes_signed_by_a_name_alone_below_each():
    below = (
        "Player Related Quotes\n\n“He's just so fast.”\n\nGeorge Quarles\n\n"
        "“They weren't protecting the shooters.”\n\nRonnie Arrow\n\n"
        "“I said it last year.”\n\nDoug Pickarts\n"
    )
    above = "Sir Bobby\n\n“We threw it away.”\n\nDavid Moyes\n\n“The game was rubbish.”\n"
    assert [q.speaker for q in analyse(below).quotes] == [
        "George Quarles",
        "Ronnie Arrow",
        "Doug Pickarts",
    ]
    assert [q.speaker for q in analyse(above).quotes] == ["Bobby", "David Moyes"]


def test_the_vocal_mca_is_the_mca_named_before():
    text = (
        "Korokocho MCA Absolom Onyango has asked the Deputy President to stop.\n"
        "“The price of unga is high,” the vocal MCA said, while lauding Sakaja.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Absolom Onyango"]


def test_a_peer_is_named_with_the_place_of_the_title():
    text = (
        "Lord Privy Seal Baroness Evans of Bowes Park is asking peers to approve it.\n"
        'She says: "The time is right for a modest uprating."\n'
        'Shadow Lords leader Baroness Smith of Basildon hails it as "a sensible approach".\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Evans", "Smith"]


def test_an_aside_with_a_cue_within_the_sentence_of_a_fragment_is_its_speakers():
    text = (
        "Labour MP Ben Bradshaw spoke.\n"
        'There was "collusion" by Vote Leave, he says, and they all used the same firm.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Ben Bradshaw"]


def test_a_live_pages_headline_run_into_its_time_closes_its_quote():
    text = (
        "1. Defence secretary: Russia 'exploiting weaknesses'published at 14:43 GMT\n\n"
        "Gavin Williamson is talking about the threat from Russia.\n"
    )
    assert [q.text for q in analyse(text).quotes] == ["exploiting weaknesses"]


def test_a_statement_another_issued_goes_on_in_the_voice_that_said_it():
    text = (
        "Michael Gayle, 54, died on Friday.\n"
        'Mr Gayle "doted on his partner", the family said, in a statement issued by South '
        "Wales Police.\n"
        '"He was an adoring granddad with the kindest heart."\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["family", "family"]


def test_a_verb_is_no_word_of_a_role():
    text = (
        "The department ordered officers to respond to all calls in pairs for the "
        "“foreseeable future.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["department"]


def test_names_with_offices_above_each_quote_head_them_past_blank_lines():
    text = (
        "The reaction of world leaders ranged widely.\n\n"
        "Israel prime minister Binyamin Netanyahu\n\n“Congratulations, President Trump.”\n\n"
        "Iran foreign minister Abbas Araqchi, on X\n\n“The events this morning are outrageous.”\n\n"
        "UN secretary general António Guterres\n\n“I am gravely alarmed.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Binyamin Netanyahu",
        "Abbas Araqchi",
        "António Guterres",
    ]


def test_a_post_authored_by_someone_is_theirs_and_a_country_has_since_spoken():
    text = (
        "Iran has since responded with a grave new warning, threatening “everlasting "
        "consequences”.\n\n"
        "Argentina’s President Javier Milei re-posted a message on Sunday.\n\n"
        "“Today is a great day for Western civilization,” read the post, authored by Argentine "
        "billionaire and businessman Marcos Galperin.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Iran", "Marcos Galperin"]


def test_a_label_according_to_a_source_is_the_named_ones():
    text = (
        "World leaders posted on X on Saturday.\n\n"
        "United States NSC Spokesperson Adrienne Watson, according to the White House: “The "
        "United States unequivocally condemns the attacks.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Adrienne Watson"]


def test_a_source_after_a_name_that_tells_an_outlet_is_no_alias_of_the_name():
    text = (
        "Max Ehrich is “devastated” amid his split from Demi Lovato, a source close to the "
        "couple tells Life & Style.\n"
        "“This breakup is completely out of left field,” the source continues.\n"
    )
    speakers = [q.speaker for q in analyse(text).quotes]
    assert "Demi Lovato" not in speakers and speakers[1] == "source"


def test_a_pal_of_someones_and_a_friends_aside_are_the_sources():
    text = (
        "Now, it has been claimed a pal of Ruth's has said she was left 'devastated'.\n\n"
        "Kate flew to the Maldives with two of her children, the friend said, but denied she "
        "had gone with any photographers.\n\n"
        "“She wanted to be alone with her children.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["pal of Ruth's", "friend"]


def test_it_after_a_statement_issued_in_the_sentence_before_is_the_statement():
    text = (
        "The couple, who had been engaged for two years, released a joint statement.\n\n"
        'It read: "We have realized we are better as friends."\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["statement"]


def test_a_tipster_a_synopsis_and_a_crush_monday_are_no_names():
    text = (
        "It appears Jennifer Lopez and Casper Smart are back together.\n"
        "On Monday, the American Idol judge posted a #MCM (Man Crush Monday) of Smart. "
        "“#MCM @beaucaspersmart,” she wrote.\n"
        'An official synopsis for the film reads: "The couple must work together."\n'
        '"Kevin has a lot of the qualities she’s looking for," the tipster added.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Jennifer Lopez",
        "official synopsis",
        "tipster",
    ]


def test_a_sentence_according_to_a_name_is_theirs_for_a_later_pronoun():
    text = (
        "Fire shot through the roof near the kitchen, according to Fire Chief Tony Goller.\n"
        '"We sent crews into the south side of the building," he said.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Tony Goller"]


def test_a_word_quoted_alone_in_a_headline_is_the_one_who_quoted_it_alone_below():
    text = (
        "NC Gov. Roy Cooper Orders Mandatory Evacuations as ‘Monster’ Hurricane Nears\n\n"
        "Gov. Roy Cooper told residents that Hurricane Florence is a “monster”.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Roy Cooper", "Roy Cooper"]


def test_reported_is_a_cue_and_a_name_after_a_role_after_the_cue_is_the_speaker():
    text = (
        "Scientists have reported the discovery of “the first protein from space,” marking a "
        "first.\n"
        "“The new species managed to evade discovery,” said lead author of the study Marianne "
        "Nyegaard.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["scientists", "Marianne Nyegaard"]


def test_a_veteran_party_leader_before_a_name_is_the_name():
    text = '"The consequences should follow," veteran BJP leader L K Advani said.\n'
    assert [q.speaker for q in analyse(text).quotes] == ["L K Advani"]


def test_a_single_name_after_a_time_labels_a_turn():
    text = (
        "Debate Night One\n\n"
        "0:00:00 Jake: And as moderators, we will attempt to guide the discussion.\n\n"
        "0:00:37 Dana: Time now for opening statements.\n\n"
        "0:00:43 Governor Steve Bullock: Thanks Dana. I come from a red state.\n"
    )
    assert [t.speaker for t in analyse(text).turns] == ["Jake", "Dana", "Steve Bullock"]


def test_a_first_name_that_has_been_saying_is_the_speaker():
    text = "Lately, Allie has been saying, “I wanna be a cooker. Like you, Mom!”\n"
    assert [q.speaker for q in analyse(text).quotes] == ["Allie"]


def test_one_of_my_neighbors_is_a_role():
    text = "“Well, isn’t that cute,” one of my neighbors said.\n"
    assert [q.speaker for q in analyse(text).quotes] == ["one of my neighbors"]


def test_an_unclosed_quote_ends_where_the_writers_words_begin_before_the_next():
    text = (
        "While addressing a gathering, he said, “We have asked authorities to fix the roads "
        "by June 15. According to news agency ANI, the chief minister said that the government "
        "would resolve all their problems. “This government is committed,” he was quoted as "
        "saying.\n"
    )
    quotes = analyse(text).quotes
    assert [q.text for q in quotes] == [
        "We have asked authorities to fix the roads by June 15.",
        "This government is committed,",
    ]


def test_a_week_in_quotes_names_each_speaker_with_a_source_in_brackets():
    below = (
        "The Week in Quotes\n\n"
        '"Every time I come to England there is an energy about the people."\n\n'
        "Tobin Heath [Manchester United]\n\n"
        '"Football is the ultimate teacher."\n\nChristen Press [Manchester United]\n'
    )
    after = (
        "The Week in Quotes\n\n"
        '"I could have become like Messi or Ronaldo." Wesley Sneijder [Sky Sport]\n\n'
        '"If Lionel Messi is talking, you take it." Frenkie de Jong [BBC Radio 5 Live\'s '
        "European Football Podcast]\n"
    )
    assert [q.speaker for q in analyse(below).quotes] == ["Tobin Heath", "Christen Press"]
    assert [q.speaker for q in analyse(after).quotes] == ["Wesley Sneijder", "Frenkie de Jong"]


def test_an_office_alone_as_a_label_is_the_one_an_earlier_label_names_with_it():
    text = (
        "Brian Lehrer: Good morning, Mr. Mayor, welcome back.\n\n"
        "Mayor Bill de Blasio: Good morning to you.\n\n"
        "Lehrer: Would you advise against it?\n\n"
        "Mayor: Look, right now I still think the approach is working.\n"
    )
    turns = [t.speaker for t in analyse(text).turns]
    assert turns == ["Brian Lehrer", "Bill de Blasio", "Brian Lehrer", "Bill de Blasio"]


def test_a_state_and_a_party_after_a_name_are_no_ones_name():
    text = (
        "But when it comes to whether Mr. Menendez, a New Jersey Democrat, intends to seek "
        "re-election, he has been coy.\n"
        "“I don’t think announcing it in a courtroom would be the best idea,” he said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Menendez"]


def test_advocate_before_a_name_is_a_lawyers_title_not_the_name():
    text = (
        "Opening the prosecution case, Crown Advocate Mike Preston said: “This must have been "
        "terrifying.”\n"
        "Advocate Mark Boothman, defending, asked the girl: “Are you sure?”\n"
        "She wept as she responded: “Yes.”\n"
    )
    speakers = [q.speaker for q in analyse(text).quotes]
    assert speakers[:2] == ["Mike Preston", "Mark Boothman"] and speakers[2] == "girl"


def test_a_speech_remembered_by_an_op_ed_is_the_speakers():
    king = (
        "During a time of racist laws affecting many African-Americans, Dr. King famously "
        "asked in 1965: “How long will it take?” And then he answered his own question: "
        "“Not long.”\n\n"
        "Today we should heed the words of Dr. King: “I will not yield to despair.”\n"
    )
    churchill = '"Never give in. Never, never give in…"\n\n-Winston Churchill\n\nHi everyone.\n'
    assert [q.speaker for q in analyse(king).quotes] == ["King", "King", "King"]
    assert [q.speaker for q in analyse(churchill).quotes] == ["Winston Churchill"]


def test_a_caption_shared_by_a_user_is_the_users():
    text = (
        "The clip was shared on Twitter by a user with the caption, \"Man, I can't even eat "
        'food in front of people in the train."\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["user"]


def test_team_and_once_start_no_name():
    text = (
        "Adriana De Moura and Lea Black sat down for a talk.\n"
        "“Now you’re going to turn this around?” Lea asked, shocked.\n"
        "It was Team Lea all the way for the critics.\n\n"
        "Lala Kent was emotional on Monday.\n"
        "Once Lala's boyfriend, James attacked her relationship.\n"
        '"Damn you, Andy, why you gotta ask that?" Lala replied.\n'
    )
    speakers = [q.speaker for q in analyse(text).quotes]
    assert speakers == ["Lea Black", "Lala Kent"]


def test_a_role_that_gives_a_name_or_is_named_as_one_is_that_name():
    text = (
        "“We have lost five farmers,” a local farmer, who simply identified himself as Joseph, "
        "said.\n"
        "One of the farmers, named as Haruna, who escaped the attack, recalled how armed men "
        "surrounded them.\n"
        "“They took the men to a tree,” he added in his retelling to NRC.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Joseph", "Haruna"]


def test_a_woman_and_her_name_after_the_quote_are_her_name():
    text = "“My children and I stood by as they killed my husband,” a woman Indagiju told NRC.\n"
    assert [q.speaker for q in analyse(text).quotes] == ["Indagiju"]


def test_one_voice_timed_at_each_turn_is_a_transcript():
    text = (
        "Boris Johnson Coronavirus Speech Transcript: UK PM Tells UK to Avoid Travel\n\n"
        "Boris Johnson: (00:00)\nAs we said last week, our objective is to delay the peak.\n\n"
        "Boris Johnson: (00:22)\nLast week we asked everyone to stay at home.\n"
    )
    assert [t.speaker for t in analyse(text).turns] == ["Boris Johnson", "Boris Johnson"]


def test_a_role_then_a_name_whose_closing_comma_is_left_out_is_the_name():
    text = '"Are we alone?" one board member, Kim Beede asks, before a pause.\n'
    assert [q.speaker for q in analyse(text).quotes] == ["Kim Beede"]


def test_a_trade_before_a_lone_surname_starts_a_sentence_and_no_name():
    text = (
        "Businessman Trump will now steer the ship of the nation. "
        "Trump said he had “great respect” for the chancellor.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Trump"]


def test_an_office_that_ends_a_sentence_is_not_the_next_name_s_title():
    text = (
        "Barack Obama has bowed out as President. Anna Trump will now steer the ship. "
        "Trump said he had “great respect” for the chancellor.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Anna Trump"]


def test_a_body_s_statement_after_according_to_is_the_body_s_words():
    text = (
        "Michelle joined the call, according to a White House statement. “Given their "
        "friendship, the President noted that it was fitting,” it said.\n"
        "“We spoke for an hour,” according to a Kremlin readout.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["White House", "Kremlin"]


def test_a_country_s_initials_after_a_dateline_are_no_one_s_name():
    text = (
        "WASHINGTON – U.S. Sen. Mark R. Warner (D-VA) issued the statement below:\n\n"
        "“Congress has a fiscal responsibility to extend the debt limit.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Mark R. Warner"]


def test_a_statement_issued_by_someone_ending_the_sentence_is_theirs():
    text = (
        "Prime Minister Yousaf Raza Gilani met Manmohan Singh in Seoul.\n"
        "They had an “informal meeting”, a brief statement issued by the Prime Minister’s "
        "media office in Islamabad said.\n"
        "“Both leaders expressed their desire to intensify the dialogue,” it said.\n"
    )
    speakers = [q.speaker for q in analyse(text).quotes]
    assert speakers == ["Yousaf Raza Gilani's media office"] * 2


def test_a_court_transcript_s_answers_are_the_witness_s():
    text = (
        "ATTY. OPENA:     Now who was your companion, if any, at that time?\n\n"
        "WITNESS   :       Me and my son, and the wife upstairs.\n"
        "Q      :       What were you and your son doing then?\n"
        "A      :       Watching TV.\n"
    )
    speakers = [t.speaker for t in analyse(text).turns]
    assert speakers == ["Atty. Opena", "Witness", "Interviewer", "Witness"]


def test_the_role_is_the_last_one_of_its_kind_introduced_before_it():
    text = (
        "“I don’t agree with the rumor,” said one key local official.\n\n"
        "One intelligence official said the disclosure creates a host of difficulties.\n\n"
        "“Here’s the problem,” the official said.\n"
    )
    speakers = [q.speaker for q in analyse(text).quotes]
    assert speakers == ["key local official", "intelligence official"]


def test_a_heading_of_quotes_is_no_one_and_the_official_is_the_one_just_introduced():
    text = (
        "By Scott Wilson\n\nAnonymous Quote #1\n"
        "A senior administration official, who spoke on condition of anonymity, said that "
        "“there were so many things we had to do,” the official said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["senior administration official"]


def test_he_in_a_meeting_held_with_someone_is_the_one_who_held_it():
    text = (
        "Chinese Foreign Minister Wang Yi held a meeting on Monday with Indian Foreign "
        "Secretary Vikram Misri, in which he called for “understanding” between the two.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Wang Yi"]


def test_a_headline_s_fragment_is_the_one_the_story_opens_with_speaking():
    text = (
        "China ready for US talks at ‘any time, any issue and any level’\n\n"
        "Chinese Foreign Minister Wang Yi said China was willing to restart talks with the "
        "United States on any level about any issue.\n"
    )
    quote = analyse(text).quotes[0]
    assert (quote.speaker, quote.confidence) == ("Wang Yi", 0.4)


def test_a_long_office_holding_a_name_in_brackets_labels_a_turn():
    text = (
        "Mr. Frank Dobson (Holborn and St. Pancras) : Will the Leader of the House tell us "
        "the business for next week?\n\n"
        "The Lord President of the Council and Leader of the House of Commons "
        "(Mr. John Wakeham) : The business for next week will be as follows.\n\n"
        "Mr. Dobson : Can the Leader of the House confirm that?\n"
    )
    speakers = [t.speaker for t in analyse(text).turns]
    assert speakers == ["Frank Dobson", "John Wakeham", "Frank Dobson"]


def test_excerpts_is_no_part_of_a_name():
    text = (
        "Lindsay Hoyle Excerpts\nWednesday 26th February 2020\n\n"
        "Lindsay Hoyle Portrait Mr Speaker\n- Hansard - -\n\nI have granted leave.\n\n"
        "Boris Johnson Portrait The Prime Minister (Boris Johnson)\n- Hansard - - - Excerpts\n\n"
        "On a point of order, Mr Speaker.\n\n"
        "Lindsay Hoyle Portrait Mr Speaker\n- Hansard - -\n\nThat is not a point of order.\n"
    )
    speakers = [t.speaker for t in analyse(text).turns]
    assert speakers == ["Lindsay Hoyle", "Boris Johnson", "Lindsay Hoyle"]


def test_a_place_s_office_before_a_name_in_commas_is_the_name_s_title():
    text = (
        "Zamfara State Governor, Abdulaziz Yari, who conveyed the decision, debunked "
        "media reports.\n\n"
        "Continuing, the Governor said “We consulted and all the 24 governors agreed.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Abdulaziz Yari"]


def test_a_statement_signed_by_an_aide_with_a_bracketed_office_is_the_aide_s():
    text = (
        "The minister spoke in a statement in Abuja.\n"
        "The statement was signed by the Special Assistant (Media) to the Minister, Rabiu "
        "Ibrahim.\n"
        "The statement reads: “The Minister notes the statement by the Governors Forum.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Rabiu Ibrahim"]


def test_a_clause_calling_someone_a_quoted_name_is_the_caller_s():
    text = (
        "After calling Prime Minister Narendra Modi a “leader of lies,” Congress President "
        "Mallikarjun Kharge made the harsh statement.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Mallikarjun Kharge"]


def test_no_before_a_cue_word_makes_it_a_noun_and_a_weekday_no_part_of_a_body():
    text = (
        'The Congress on Friday hit back at the BJP for calling Rahul Gandhi "liar of the '
        'year", saying the ruling party has no answers to his "tough questions" on issues.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["BJP", "Congress"]


def test_someone_s_claims_of_a_quoted_phrase_are_theirs():
    text = "Jo Roe met Tom Lee. Roe mocked Lee's claims of 'India has been hijacked'.\n"
    assert [q.speaker for q in analyse(text).quotes] == ["Tom Lee"]


def test_terms_someone_used_are_theirs():
    text = "He emphasised how the Congress party used terms like “tu chai beech” in its remarks.\n"
    assert [q.speaker for q in analyse(text).quotes] == ["Congress party"]


def test_a_story_in_one_long_paragraph_has_no_headline():
    text = (
        "A recent blog post claims that a campaign official for President-elect Joe Biden was "
        "arrested for 'electoral fraud,' but there's no evidence to support that. 'Biden "
        "campaign director arrested for electoral fraud,' reads the headline on the website "
        "The Point News, a British website run by volunteers. The post goes on to say more.\n"
    )
    speakers = [q.speaker for q in analyse(text).quotes]
    assert speakers == ["recent blog post", "Point News"]


def test_a_us_state_after_its_town_is_a_place_not_a_name():
    text = (
        'The mayor of Mamaroneck, New York, said that "hundreds" of rescues have taken place.\n'
        "Mayor Tom Murphy said search-and-rescue efforts are focused on one neighborhood.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Tom Murphy"]


def test_he_is_the_one_person_a_clause_names_after_a_sentence_about_no_one():
    text = (
        "At first, some people tried to keep dancing while Moises Torres and his band "
        "played on.\n"
        "“It looked like we were going down like the Titanic,” he told The Associated Press.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Moises Torres"]


def test_a_tweet_s_picture_link_after_a_quote_ends_its_paragraph():
    text = (
        "Lisa Murkowski spoke.\n"
        "MURKOWSKI says she didn’t make up her mind until walking into the vote. “None of this "
        "has been fair.” pic.twitter.com/Hy8UdeCyQx\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Lisa Murkowski"]


def test_one_writing_in_a_with_clause_is_the_one_quoted():
    text = (
        "Social media users also flooded in with cheeky replies, with one commenter writing, "
        "“Well it’s about time I got some recognition!” according to The Daily Mail.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["commenter"]


def test_a_bare_group_after_an_opening_adverb_is_the_subject():
    text = (
        'As the evening rolled on, residents became angry shouting out "rubbish" and '
        '"that is just not true" as officers tried to answer.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["residents", "residents"]


def test_a_player_s_goal_as_a_sentence_s_subject_is_a_thing_not_the_player():
    text = (
        "Rayo Vallecano boss Paco Jemez has admitted that his side deserved to lose.\n\n"
        "A last minute Christian Stuani goal gave the Catalan side a 3-2 win, and the "
        "42-year-old Coach has conceded that his team were second best on Sunday.\n\n"
        "“The end result is what is important,” he told a Press conference.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Paco Jemez"]


def test_an_affidavit_from_a_body_and_its_aside_it_said_are_the_body_s():
    text = (
        "Nikolas Cruz “stated that he was the gunman who entered the school campus,” the "
        "affidavit from the Broward County Sheriff's Office stated.\n\n"
        "His plan, it said, was to discard the gun so he could “blend in with the crowd”.\n"
    )
    speakers = [q.speaker for q in analyse(text).quotes]
    assert speakers == ["Broward County Sheriff's Office"] * 2


def test_a_headline_that_leaves_out_words_of_an_answer_and_the_office_answering():
    text = (
        "'There are lots of mistakes I could own up to ... they are for me to know'\n\n"
        "The following are some of exchanges between journalists and the Prime Minister "
        "at yesterday's press conference.\n\n"
        'Martha Kearney (BBC Newsnight): "Did he want to own up to any mistakes?"\n\n'
        "A: \"I'm sure there are lots of mistakes I could own up to but I slightly take the "
        'view they are for me to know and you guys to find out about."\n'
    )
    result = analyse(text)
    assert [q.speaker for q in result.quotes] == [
        "Prime Minister",
        "Martha Kearney",
        "Prime Minister",
    ]
    assert [t.speaker for t in result.turns] == ["Martha Kearney", "Prime Minister"]


def test_a_statement_signed_by_an_unnamed_aide_is_its_minister_s():
    text = (
        "The minister, who made the position known in a statement in Abuja, said the "
        "President will stay.\n"
        "The statement was signed by the Special Assistant to the Minister.\n"
        "The statement reads: “The Minister notes the statement by the Governors Forum.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["minister"]


def test_a_realtor_or_a_broker_before_a_name_is_a_trade_not_part_of_it():
    text = (
        "Realtor Ken Riley spoke of solutions, saying, “screwing each other is not the way.”\n\n"
        "Broker Ann Lutz said: “Prices will fall.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Ken Riley", "Ann Lutz"]


def test_sir_after_an_office_is_an_address_not_the_office_holder_s_name():
    text = (
        "HON. T. MLISWA: Mr. Speaker Sir, it is important to understand this.\n"
        "THE HON. SPEAKER: Hon. Minister, would you want to advise that?\n"
        "HON. ZIYAMBI: Thank you Mr. Speaker Sir.\n"
    )
    assert [t.speaker for t in analyse(text).turns] == ["T. Mliswa", "Speaker", "Hon. Ziyambi"]


def test_a_name_that_roasted_or_attacked_someone_for_quoted_words_said_them():
    text = (
        'Public Works Minister Thulas Nxesi on Tuesday roasted the DA for "self-seeking '
        'antics" linked to the outcry.\n\n'
        "Opposition leader Jo Roe attacked the budget as “a fraud on voters”.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Thulas Nxesi", "Jo Roe"]


def test_a_press_conference_s_opening_statement_label_is_the_one_who_answers():
    text = (
        "Postgame Press Conference\n\n"
        'OPENING STATEMENT: "It was disappointing. We competed hard."\n\n'
        "Q: Did you have any concerns playing this game?\n\n"
        'BELICHICK: "I think we have done everything right."\n\n'
        "Q: Was there a communication error?\n\n"
        'BELICHICK: "No, we were out of timeouts."\n'
    )
    result = analyse(text)
    assert [t.speaker for t in result.turns][::2] == ["Belichick"] * 3
    assert [q.speaker for q in result.quotes] == ["Belichick"] * 3


def test_the_trial_judge_is_no_defendant_named_before_it():
    text = (
        "After the defendant was convicted at a bench trial, the trial judge said during "
        'sentencing: "I made my findings the minute that woman took the stand."\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["trial judge"]


def test_a_role_after_an_opening_clause_or_then_is_the_sentence_s_subject():
    text = (
        "As the defendant stood, the judge allowed the victim’s mother to speak.\n"
        "“She believed people were good,” the mother said.\n"
        "The judge thanked her for her courage before calling a recess.\n"
        "As she stepped away from the podium, the mother looked at the defendant.\n"
        "“I hope you spend your life understanding what you took.”\n"
        "The judge nodded.\n"
        "Then the mother turned to the jury.\n"
        "“Thank you.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["mother"] * 3


def test_according_to_the_source_or_the_insider_is_that_unnamed_source():
    text = (
        "Jo Roe and Al Lee made the decision to “go separate ways”, according to the source.\n\n"
        "An insider spoke to People. The split was “very amicable”, according to the insider.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["source", "insider"]


def test_the_couple_or_the_pair_is_a_role_that_speaks():
    text = (
        "“We are pleased,” the couple said. “We will stay friends,” they added.\n\n"
        "The pair married in Rome last year.\n\n"
        "The pair said they were “so happy”.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["couple", "couple", "pair"]


def test_the_statement_read_after_an_owner_s_statement_is_the_owner_s():
    text = (
        "The new reporting coincides with the couple's statement Thursday morning. "
        '"We are better as friends," the statement read.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["couple"]


def test_a_role_then_an_aside_on_who_it_is_then_the_cue_is_the_role():
    text = (
        "“She’s been contemplating it for months,” a source, identified as a friend, told "
        "People.\n\n"
        "“It is over,” a source close to the couple, speaking on condition of anonymity, said.\n"
    )
    speakers = [q.speaker for q in analyse(text).quotes]
    assert speakers == ["source", "source close to the couple"]


def test_via_an_outlet_above_a_quote_names_no_speaker():
    text = (
        "The news of the split broke last week.\n\nVia People:\n\n"
        "“They want to spend time in person to figure out their life together.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [None]


def test_says_the_source_in_an_aside_gives_the_fragment_to_the_source():
    text = (
        "Since then, says the source, Smith and Pinkett have barely spoken, and “are living "
        "separate lives.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["source"]


def test_a_cable_label_whose_description_joins_two_offices_with_an_ampersand():
    text = (
        "BRIANNA KEILAR, CNN HOST: That the report would be more fulsome?\n\n"
        "GEORGE TERWILLIGER, FORMER DEPUTY ATTORNEY GENERAL & FORMER ACTING ATTORNEY GENERAL: "
        "It could be.\n\nKEILAR: You think so?\n\nTERWILLIGER: I don't know.\n"
    )
    speakers = [t.speaker for t in analyse(text).turns]
    assert speakers == ["Brianna Keilar", "George Terwilliger"] * 2


def test_a_month_between_commas_before_the_cue_is_no_speaker():
    text = (
        "Daggubati Purandeswari on Thursday, 2 September, said that if her workers “spit”, "
        "the cabinet will be “swept away”.\n\n“We will win,” May said.\n"
    )
    speakers = [q.speaker for q in analyse(text).quotes]
    assert speakers == ["Daggubati Purandeswari"] * 2 + ["May"]


def test_an_initial_and_a_surname_are_the_one_full_name_with_that_initial():
    text = (
        "BJP leader D Purandeswari said workers would “spit”.\n\n"
        "BJP General Secretary Daggubati Purandeswari said: “We appeal to you.”\n\n"
        "Leader John Smith said “a”. Jane Smith said “c”. Secretary J. Smith said “b”.\n"
    )
    speakers = [q.speaker for q in analyse(text).quotes]
    assert speakers == ["Daggubati Purandeswari"] * 2 + ["John Smith", "Jane Smith", "J. Smith"]


def test_a_post_nominal_alone_is_no_name():
    text = (
        "But another leading KC, Lord Pannick, said the court backlog would “build in delays” "
        "for the dying.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Pannick"]


def test_a_grand_slam_is_no_one_a_quote_comes_after():
    text = "It was her third Grand Slam title. “I honestly just thought how lucky am I.”\n"
    assert [q.speaker for q in analyse(text).quotes] == [None]


def test_what_someone_has_won_stands_for_them_named_before():
    serena = (
        "Serena Williams says she is “so proud” of her friend.\n\n"
        "“From a year ago to today, I'm so proud,” added the 23-time Grand Slam winner.\n"
    )
    barty = (
        "Ashleigh Barty said it was surreal after she won. It is her third title after "
        "winning Roland Garros in 2019.\n\n"
        "“Mum was always going to be the first one I gave a hug to,” the world number one "
        "added.\n"
    )
    assert [q.speaker for q in analyse(serena).quotes] == ["Serena Williams"] * 2
    assert [q.speaker for q in analyse(barty).quotes] == ["Ashleigh Barty"]


def test_a_title_first_used_as_a_trailing_cue_s_subject_is_still_its_holder():
    text = (
        "“This is just the first step,” Memphis Police Director Toney Armstrong told "
        "reporters.\n"
        "Investigators had been working around the clock, the police chief said.\n"
        "But the police chief noted there is a key question: why was he free?\n"
        "“If he's in jail Saturday night, then we're not here today,” he said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Toney Armstrong"] * 2


def test_staff_is_a_role_that_speaks():
    text = "WHO staff said the destruction around the hospital was “indescribable”.\n"
    assert [q.speaker for q in analyse(text).quotes] == ["WHO staff"]


def test_an_office_s_body_is_the_body_not_a_person_called_office():
    text = (
        "“There has been a lot of debate about the Prime Minister’s statement,” Prime Minister "
        "Office said.\n\n“The statement was taken out of context,” it said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Prime Minister Office"] * 2


def test_words_that_open_with_a_small_word_are_no_title_however_many_names():
    text = (
        "Reg Gadney was an inspirational teacher. To a select few he would introduce himself "
        "as “the fifth James Bond, between Timothy Dalton and Pierce Brosnan”.\n"
    )
    quotes = analyse(text).quotes
    assert [(q.text, q.speaker) for q in quotes] == [
        ("the fifth James Bond, between Timothy Dalton and Pierce Brosnan", "Reg Gadney")
    ]


def test_a_cue_word_before_an_auxiliary_is_a_plural_noun_not_a_cue():
    text = (
        "“Sometimes people are really supportive,” she says. Negative comments may not "
        "affect her, but she learns from the feedback: “It is interesting.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [None, None]


def test_quoted_an_epithet_as_saying_is_the_one_named_before():
    text = (
        "Lady Gaga defends Ed Sheeran\n"
        "Ed Sheeran said he didn’t quit Twitter.\n"
        "“I haven’t quit anything,” the British singer wrote on Instagram.\n"
        "Earlier, The Sun quoted the 26-year-old recording artist as saying that “there’s "
        "nothing” on Twitter but “people saying mean things.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Ed Sheeran"] * 3


def test_a_closing_mark_astray_after_the_quote_then_its_cue():
    text = (
        "Speaking on Tuesday, Nyeri Governor, Mutahi Kahiga, asked his residents where they "
        "want him to go.\n\n"
        "“Do you want me to go to Nyanza? (The crowd shouts No) You want me. ” If you support "
        "Ruto, then you will meet me there as your chairman,” said Mutahi amid cheers.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Mutahi Kahiga"]


def test_older_australian_hansard_prints_a_speaker_a_time_and_a_dash():
    text = (
        "Wednesday, 24 August 1983\nPage: 228\n\n"
        "Mr HODGMAN(10.07) —So that it is on the record could I inquire why?\n\n"
        "Mr Lionel Bowen —We want the Bill passed this evening.\n\n"
        "Mr HODGMAN —Obviously the Leader of the House wants the Bill passed.\n"
    )
    speakers = [t.speaker for t in analyse(text).turns]
    assert speakers == ["Hodgman", "Lionel Bowen", "Hodgman"]


def test_a_work_and_a_stage_epithet_is_the_star_named_before():
    text = (
        "Jennifer Lopez thanked her fans on Sunday. The artist posted a photo of her cake.\n\n"
        "The Love Don’t Cost a Thing artist shared that “musicals” mattered to her.\n\n"
        "The “Jenny From the Block” hitmaker wrote that she was “overwhelmed”.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Jennifer Lopez"] * 2


def test_the_main_clause_after_a_quote_in_an_opening_clause_has_its_subject():
    text = (
        "Mindy Kaling, Kate Hudson and Katie Couric congratulated her. While Couric called "
        "the star ‘adorable,’ Hudson took to penning a whole paragraph. She wrote, “Oh babe, "
        "you are magic!”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Katie Couric", "Kate Hudson"]


def test_with_fans_writing_is_the_fans():
    text = (
        'Her video went viral, with fans writing: "Drew is so carefree," and: "Love this '
        'energy."\n\nThe film opened, with some viewers saying: "It drags."\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["fans", "fans", "some viewers"]


def test_initials_run_together_before_three_names_after_an_office():
    text = (
        "Chief Minister YS Jagan Mohan Reddy launched a fresh broadside against the "
        "opposition.\n\nAddressing a meeting, the Chief Minister charged the TDP president.\n\n"
        "“We will win,” he said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["YS Jagan Mohan Reddy"]


def test_a_quote_that_calls_the_sentence_before_s_subject_he_is_another_s():
    text = (
        "Chief Minister Jagan Mohan Reddy launched a broadside against the opposition.\n\n"
        "Chandrababu Naidu, who ruled the state for 14 years, has no achievement to his "
        'credit. "He has a history of ditching women. Will you make such a person Chief '
        'Minister again," he asked the people.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Jagan Mohan Reddy"]


def test_a_cue_after_the_quote_with_its_subject_left_out_is_the_current_speaker():
    text = (
        "Chief minister Sukhvinder Singh Sukhu addressed a public meeting on Wednesday.\n\n"
        "He said that the state government was working for the welfare of all. “My politics "
        "revolves around my people,” said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Sukhvinder Singh Sukhu"]


def test_a_demonym_before_an_office_is_no_one():
    text = (
        "The FO dismissed remarks by External Affairs Minister S Jaishankar on Saturday.\n\n"
        "Although the Foreign Office did not reference the Indian minister’s remarks, its "
        "statement followed media reports quoting Jaishankar that New Delhi may defend "
        "itself, while referring to “bad neighbours”.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["S Jaishankar"]


def test_it_further_said_that_is_the_body_that_spoke_before():
    text = (
        "The Foreign Office on Saturday dismissed the minister’s statements.\n\n"
        "The Foreign Office in the statement said: “Pakistan firmly rejects the assertions.”\n\n"
        "It further said that India’s “documented involvement” was well known.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Foreign Office"] * 2


def test_nos_before_numbers_ends_no_sentence():
    text = (
        "Local golfers Jim Furyk and Billy Horschel were in the birdie barrage.\n\n"
        'Afterward, Horschel said holes Nos. 4, 6 and 9 were "easy birdies" for those '
        "following him.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Billy Horschel"]


def test_a_heading_that_names_an_event_and_a_place_is_no_label():
    text = (
        "Press Conference: Brisbane\n\n"
        "ANNASTACIA PALASZCZUK, PREMIER OF QUEENSLAND: Well, it is great to have the Prime "
        "Minister in town.\n\n"
        "ANTHONY ALBANESE, PRIME MINISTER: Thanks very much, Premier.\n"
    )
    speakers = [t.speaker for t in analyse(text).turns]
    assert speakers == ["Annastacia Palaszczuk", "Anthony Albanese"]


def test_said_a_possessive_in_s_apostrophe_and_an_office_then_the_name():
    text = (
        "Serena Williams won again.\n\n"
        "“She refuses defeat. She refuses to lose”, said Williams’ coach, Patrick "
        "Mouratoglou, who has helped her win eight titles.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Patrick Mouratoglou"]


def test_a_name_after_from_before_a_cue_is_no_subject():
    text = (
        "Journalist Hunter Harris reacted on Twitter with an image, but she followed it up "
        "with a tweet of the Fates from Hercules captioned “snipping that invisible "
        "string.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Hunter Harris"]


def test_another_opens_a_sentence_whose_subject_is_a_role():
    text = (
        "Taylor Swift and Joe Alwyn split.\n\n"
        "Another Twitter user questioned Entertainment Tonight, spoofing them with an image "
        "and asking “What does he know?”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Another Twitter user"]


def test_a_role_then_two_names_in_apposition_before_the_cue():
    text = (
        "Alan Arkin died aged 89 in June.\n\n"
        "“Our father was a force of nature,” Arkin’s sons, Matthew and Anthony, said in a "
        "statement.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Arkin’s sons"]


def test_a_sentence_that_opens_like_a_statement_heading_is_no_heading():
    text = (
        "Ivor Greenstreet attacked the ruling party at its congress.\n\n"
        "The message by the party’s General Secretary did not go down well with delegates, "
        "who booed Mr Greenstreet.\n\n"
        "“This bronya is dry.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Ivor Greenstreet"]


def test_an_office_of_a_body_s_initials_then_a_name_and_a_verb_is_its_subject():
    text = (
        "General Secretary of the CPP Ivor Greenstreet descended heavily on the ruling "
        "party, saying “nobody is feeling your agenda”.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Ivor Greenstreet"]


def test_a_biography_or_a_review_reads_and_puts_it():
    text = (
        "“I got hooked on fantasy, and then on science fiction,” the biography read.\n\n"
        "It was “a triumph”, as a review put it.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["biography", "review"]


def test_as_one_analyst_put_it_even_after_the_noun_the_quote_describes():
    text = (
        "It was “a disaster”, as one analyst put it.\n\n"
        "She was a big deal, an “enormously popular” writer, as a New York Times review put "
        "it, of books.\n"
    )
    speakers = [q.speaker for q in analyse(text).quotes]
    assert speakers == ["analyst", "New York Times review"]


def test_one_or_another_after_a_sentence_about_a_group_is_one_of_them():
    text = (
        'Her dancers continue to reach out through social media. One wrote: "She made the '
        'moment so special."\n\nMany fans flooded her page. Another wrote: "So kind."\n\n'
        'The results came in. One wrote: "So special."\n'
    )
    speakers = [q.speaker for q in analyse(text).quotes]
    assert speakers == ["one of her dancers", "another of the fans", None]


def test_a_colon_cue_after_a_quote_that_ends_with_i_reads_past_the_quote():
    text = (
        "Serena Williams won the final.\n"
        "“Congratulations. I have the best team and I know you support me,” Kerber told and "
        "added:\n"
        "“I was a little bit nervous at the beginning.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Kerber", "Kerber"]


def test_a_low_single_mark_before_a_space_is_a_comma_not_a_quote():
    text = (
        "On Tuesday, Agri SA pleaded with the government “to prioritise disaster relief to "
        "agriculture”‚ especially in regions that are drought-stricken.\n"
    )
    assert [q.text for q in analyse(text).quotes] == [
        "to prioritise disaster relief to agriculture"
    ]


def test_a_name_then_an_apposition_with_capitalised_words_before_the_cue():
    text = (
        "Tim “Nalu” Hostnik, a League of Legends coach for European Esports team Origen, says "
        "that “the players’ relationship with the coach is important.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Tim Hostnik"]


def test_she_after_an_anonymous_source_is_the_woman_the_story_is_about():
    text = (
        "Kristen Doute confirmed their breakup in May. An insider told Us Weekly at the time "
        "that they hadn’t “ruled out getting back together.”\n\n"
        "“Relationships are messy,” she wrote in a long caption.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["insider", "Kristen Doute"]


def test_a_show_s_title_with_its_own_article_before_alum_is_no_quote():
    text = (
        'Vicki Gunvalson has confirmed her breakup. "The Real Housewives of Orange County" '
        'alum revealed that they\'re going in "different directions."\n'
    )
    assert [q.text for q in analyse(text).quotes] == ["different directions."]


def test_it_read_after_a_statement_was_released_is_the_statement():
    text = (
        "According to TMZ, an embassy official had tried to call Prince Harry.\n\n"
        "The official statement from Buckingham Palace was released at midday.\n\n"
        'It read: "It is with deep sorrow that Her Majesty The Queen has announced the death '
        'of her beloved husband."\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["statement"]


def test_a_title_after_such_as_names_a_thing():
    text = (
        "The ambassador said his presidency will hold debates on issues such as “Children in "
        "Armed Conflicts” and “Protection of Women in Conflicts” in October.\n"
    )
    assert analyse(text).quotes == []


def test_hundreds_of_demonstrators_are_they():
    text = (
        "A Met Police spokesman said: “A man was arrested.”\n\n"
        "Hundreds of demonstrators gathered at Speakers’ Corner in the morning.\n\n"
        "They chanted “save our planet” and sat in the road.\n"
    )
    speakers = [q.speaker for q in analyse(text).quotes]
    assert speakers == ["Met Police spokesman", "demonstrators"]


def test_tells_a_name_then_a_colon_is_whom_he_tells():
    text = (
        "Franz Suchomal sings a tune taught to prisoners at his death camp. He finishes the "
        "song, then tells Lanzmann: “No Jew knows that song today.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Franz Suchomal"]


def test_implores_is_a_cue():
    text = (
        "There's the moment when Abraham Bomba, a barber, breaks down during Lanzmann's "
        "inquiries. “Don't make me go on, please,” Bomba implores Lanzmann.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Abraham Bomba"]


def test_a_new_sentence_after_a_closed_quote_names_no_speaker():
    text = (
        "Abraham Bomba, a barber, breaks down. But Claude Lanzmann is quietly, implacably "
        "firm: “We must go on.” So Bomba tries to describe a scene almost too agonizing for "
        "words.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Claude Lanzmann"]


def test_when_asked_by_someone_whether_a_fragment_is_the_asker_s():
    text = (
        "Prime Minister Anthony Albanese spoke on Sunday.\n"
        "When asked by Sky News whether Mr Dutton’s leadership will be a “blessing” for Labor, "
        "the prime minister warned against undermining others.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Sky News"]


def test_a_ministry_speaks_as_a_body_not_as_the_last_one_named():
    text = (
        "Kirill Timoshenko, the deputy head of the presidential office, posted a video.\n\n"
        "The “bulk” of Russian forces are approaching Kyiv, the UK’s Ministry of Defence has "
        "said.\n\n"
        "“The mosque was shelled by Russian invaders,” the foreign ministry said in a tweet.\n"
    )
    speakers = [q.speaker for q in analyse(text).quotes]
    assert speakers == ["Ministry of Defence", "foreign ministry"]


def test_a_cue_and_name_ending_a_sentence_with_a_clause_of_place_after_the_name():
    text = (
        'Det. Sean Suiter\'s firearm was fired "more than once" and his killer may be injured, '
        "said Baltimore Police Commissioner Kevin Davis in a Friday afternoon press "
        "conference that also warned the media about spreading false information.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Kevin Davis"]


def test_a_surname_speaking_in_an_aside_is_the_one_she_means():
    text = (
        "About 20% of hospitalized cases are patients who were vaccinated, Morrow said, but she "
        'added that "No vaccine is 100% effective."\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Morrow"]


def test_initials_that_say_that_he_after_an_opening_phrase_are_a_man():
    text = (
        "During an interaction in the talk show Koffee With Karan SLB said that he was in a "
        "dilemma after Aishwarya and Salman had decided never to work again. He said, “I was "
        "very hurt.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["SLB"]


def test_a_woman_in_the_audience_with_a_stray_comma_before_said():
    text = (
        "Representative David Brat held a town hall.\n\n"
        "“This is a female-driven movement,” a woman in the audience, said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["woman in the audience"]


def test_according_to_an_outlet_after_a_speaker_s_cue_credits_the_report():
    text = (
        "Sen. Tom Cotton faced heated backlash during a town hall.\n\n"
        "A third woman told Cotton that her husband is dying of Alzheimer's disease, according "
        'to Vox: "And you want to stand there with him at home?"\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["third woman"]


def test_a_surname_after_but_opening_a_sentence_with_a_cue_is_the_one_she_means():
    text = (
        "The county holds clinics every week. But Cuddy acknowledged that it has been hard.\n\n"
        '"We are finding that one-on-one talks help," she said.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Cuddy"]


def test_four_names_opening_with_nana_after_an_office_are_one_man():
    text = (
        "The president, Nana Addo Dankwa Akufo-Addo, swore in twelve ministers on Monday.\n\n"
        "“We cannot fail and we must not fail,” he charged the ministers.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Nana Addo Dankwa Akufo-Addo"]


def test_a_lone_name_after_an_opening_date_is_the_subject_that_speaks():
    text = (
        "On March 23, Kinetra released a statement on Twitter, saying, “We think that a rash "
        "story is spreading within the fandom.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Kinetra"]


def test_the_pontiff_as_a_role_is_the_pope_whom_he_means_next():
    text = (
        'The pontiff said: "May peace come to the whole world."\n'
        "Speaking to the faithful, the pope highlighted unity in the Church.\n"
        'He said: "First, the Spirit rests on each of the disciples."\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Pope", "Pope"]


def test_a_name_after_a_speakers_possessive_and_a_word_is_the_subject_not_the_owner():
    text = (
        "Cole Kamin lost the final.\n\n"
        "“We would like to have won,” Kamin said.\n\n"
        "Kamin’s teammate Jared Minton expressed his own disappointment, saying, "
        "“That’s the game. Anyone can beat anyone.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Cole Kamin", "Jared Minton"]


def test_an_office_spelled_out_whole_before_its_initials_is_held_not_a_body():
    text = (
        "Member of Parliament (MP) for the Kumbungu Constituency Moses Amadu Yahaya admits "
        "that lobbying is his strength.\n\n"
        "“I have been lobbying for years,” the MP told our correspondent.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Moses Amadu Yahaya"]


def test_a_word_asked_in_a_clause_on_the_one_spoken_to_is_not_whom_she_means_next():
    text = (
        "“You can’t marry me. My husband’s here tonight,” Adele replied to the woman, who "
        "asked if she was willing to “try” to accept the proposal. “No, I don’t want to try!” "
        "she quipped.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Adele", "woman", "Adele"]


def test_one_who_was_represented_by_another_is_the_one_he_means():
    text = (
        "The Minister of Aviation, Hadi Sirika, opened the summit.\n\n"
        "Speaking on the industry, Sirika, who was represented by the Commissioner of the "
        "Bureau, Akin Olateru urged stakeholders to work together.\n\n"
        "“We are in a period of recovery,” he said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Hadi Sirika"]


def test_according_to_a_bodys_officer_named_after_the_office_is_the_officer():
    text = (
        "According to Acme Group president, Jane Roe, severe losses had made it harder for "
        "farmers “to operate their businesses sustainably”.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Jane Roe"]


def test_a_firm_whose_name_ends_in_sa_pleading_with_the_government_is_the_one_quoted():
    text = (
        "On Tuesday, Agri SA pleaded with the government “to prioritise disaster relief to "
        "agriculture”, especially in regions that are drought-stricken.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Agri SA"]


def test_a_party_and_state_after_a_name_in_a_sentence_opening_with_a_clause_is_not_its_subject():
    text = (
        "When asked about the tweet, Sen. Pat Roberts, R-Kan., told reporters Tuesday on "
        'Capitol Hill: "I haven’t read the damn thing."\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Pat Roberts"]


def test_a_works_epithet_after_a_cue_with_its_article_left_out_is_the_star_named_before():
    text = (
        'Rebecca Ferguson received many calls about her comments. "I received calls from '
        'co-stars," said Mission Impossible actress.\n\n'
        '"I don\'t feel responsible," she continued.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Rebecca Ferguson", "Rebecca Ferguson"]


def test_a_relations_name_with_an_age_in_apposition_before_the_cue_is_the_speaker():
    text = (
        "Tom Vale, 56, told the Herald that “they were a kind family”.\n\n"
        "“Never would have thought it,” his wife, Rosa Vale, 47, said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Tom Vale", "Rosa Vale"]


def test_mr_and_a_surname_two_people_share_is_the_one_of_his_sex_who_spoke_last():
    text = (
        "Tom Vale, 56, told the Herald that “they were a kind family.”\n\n"
        "Mr Vale said he would talk to the father about work.\n\n"
        "“You never know what goes on,” he told the Herald.\n\n"
        "“Never would have thought it,” his wife, Marianela Vale, 47, said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Tom Vale", "Tom Vale", "Marianela Vale"]


def test_a_quote_after_a_sentence_whose_pronoun_stands_for_a_relation_is_theirs():
    text = (
        "Mom and I sat at the table with our coffee.\n"
        "“You’ve always been like a daughter to me,” she said.\n"
        "She looked up quickly. “No, that’s the one with the recipe on it.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["mom", "mom"]


def test_another_after_the_cue_following_one_of_a_group_is_another_of_them():
    text = (
        "Fans quickly responded in the comments.\n\n"
        '"I don’t know who I am more jealous of," joked one user.\n\n'
        '"So happy for you but sad for me," wrote another.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["user", "another user"]


def test_fellow_brit_before_a_name_is_where_he_is_from_not_his_given_name():
    text = (
        "A source spoke of a romance between the songstress and fellow Brit Skepta.\n\n"
        "Skepta later said: “We are just friends.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Skepta"]


def test_a_role_with_a_participle_in_apposition_before_the_cue_is_the_speaker():
    text = "“I have nowhere to go,” the lady, clad in a tattered saree, requested aloud.\n"
    assert [q.speaker for q in analyse(text).quotes] == ["lady"]


def test_a_closing_mark_typed_to_open_a_word_quoted_inside_a_quote_does_not_end_it():
    text = (
        "“I begged him for land to build a ”koora” (hut). I have nowhere to go,” she told "
        "the journalists.\n"
    )
    quotes = analyse(text).quotes
    assert [q.text for q in quotes] == [text[1 : text.index("” she")]]


def test_a_headline_phrase_with_a_capitalised_preposition_inside_is_no_person():
    text = (
        "Their Experiences In Constituency: PM Roe\n\n"
        "The party leader John Roe addressed the meeting. He said, “We need not go back.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["John Roe"]


def test_a_name_in_capitals_in_a_headline_is_a_man_once_the_text_writes_it_in_title_case():
    text = (
        "Party Workers Must Be Heard: PM RAO\n\n"
        "The PM Rao in his address targeted the opposition. He said, “We will go ahead.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Rao"]


def test_a_name_that_was_quoted_as_saying_after_the_quote_is_its_speaker():
    text = (
        'History teaches that people with "chaos and egotism" cannot earn respect, '
        "Mr Rao was quoted as saying by a statement from his office.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Rao"]


def test_a_cue_after_a_clause_of_its_own_brings_on_the_next_quote_not_the_one_before():
    text = (
        "This time, Tara didn’t wait to go last. “Because I lost my husband slowly.” She "
        "stopped, but she went on. “He was an alcoholic.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Tara", "Tara"]


def test_a_voice_that_says_the_words_is_their_speaker_as_a_role():
    text = "Then a quiet, gravely voice said, “So what are you writing about?”\n"
    assert [q.speaker for q in analyse(text).quotes] == ["gravely voice"]


def test_a_sentence_about_someone_after_a_quote_and_its_own_cue_gives_the_next_quote():
    text = (
        "“Mine was really complicated,” said a muted voice. This time, Tara didn’t wait to "
        "go last. “Because I lost my husband slowly.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["muted voice", "Tara"]


def test_the_current_or_new_office_after_a_quote_is_its_holder_named_before():
    text = (
        "Jabs were exchanged by NSW Premier Dominic Perrottet and Opposition Leader Chris "
        "Minns.\n\n“You can’t run the finances like a tuckshop,” the current Premier said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Dominic Perrottet"]


def test_a_quote_the_text_says_translates_the_one_before_is_its_speakers():
    text = (
        "Mr Martin was heard saying: “Ta an Teachta Dala ag insint breaga aris.”\n\n"
        "It translates to: “The TD is telling lies again”.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Martin", "Martin"]


def test_a_name_signing_the_quote_above_does_not_head_the_next_one_signed_below():
    text = (
        '"I thought I was playing against a wall."\nMarion Bartoli\n\n'
        '"I think to grow up and stay alone."\nFrancesca Schiavone\n\n'
        '"I see her, how she is motivated."\n'
        "Svetlana Kuznetsova, referring to Olga Morozova, who is now her coach\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Marion Bartoli",
        "Francesca Schiavone",
        "Svetlana Kuznetsova",
    ]


def test_a_colon_line_quoting_a_name_with_its_apposition_announces_their_words():
    text = (
        "From the paper. I love the last line, quoting Mark Roe, the executive director "
        'of the Defense Center:\n"This is a big company, and they should have known better."\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Mark Roe"]


def test_a_fragment_of_testimony_owned_by_a_role_with_its_article_is_the_roles():
    text = (
        "The Court approved a police officer's trial testimony that the two were standing "
        '"up against the house."\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["police officer"]


def test_the_job_opening_a_sentence_is_the_one_named_by_it_before_not_the_subject_before():
    text = (
        "Adele denied reports of her dating UK rapper Skepta.\n\n"
        "“They run in the same circles,” the source said.\n\n"
        "The rapper also opened up about his friendship with the singer that same year.\n\n"
        "“Adele texts me all the time,” he said in an interview.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["source", "Skepta"]


def test_hansard_labels_of_an_office_in_capitals_after_the_open_turns_of_that_office():
    text = (
        "The MINISTER IN THE PRESIDENCY: Hon House Chair, the answer is no.\n\n"
        "The HOUSE CHAIRPERSON (Ms M G Boroto): May I disturb you, Minister.\n\n"
        "The MINISTER IN THE PRESIDENCY: I am not?\n"
    )
    assert [t.speaker for t in analyse(text).turns] == [
        "Minister in the Presidency",
        "M G Boroto",
        "Minister in the Presidency",
    ]


def test_an_irregular_verb_of_feeling_after_a_quote_ending_in_a_comma_is_its_cue():
    text = "“I want to see my children, please,” the mother wept.\n"
    assert [q.speaker for q in analyse(text).quotes] == ["mother"]


def test_words_that_call_on_someone_are_not_theirs_even_with_a_pronoun_cue():
    text = (
        "She took my hand gently as we stood in the kitchen. “Margaret, can we talk?” she "
        "asked softly.\n\n“Margaret,” she began, “I know you’ve been struggling.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [None, None, None]


def test_a_gendered_pronoun_after_a_sentence_reporting_what_a_woman_did_is_hers():
    text = (
        "Ubah Abdullahi spoke to the BBC from the camp.\n"
        "BBC Somali's Abdifitah Cagayare says in the middle of the interview Ms Abdullahi "
        "broke down and sobbed.\n"
        '"We are divorced," she said.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Ubah Abdullahi"]


def test_two_roles_joined_by_and_before_the_cue_speak_as_the_first():
    text = "“Nothing happened even when ministers came,” farmers and women asked the team.\n"
    assert [q.speaker for q in analyse(text).quotes] == ["farmers"]


def test_a_name_with_a_particle_before_a_middle_name_is_a_person():
    text = '"More than half was demolished," Maria del Carmen Catalan said.\n'
    assert [q.speaker for q in analyse(text).quotes] == ["Maria del Carmen Catalan"]


def test_a_colon_line_giving_a_message_from_someone_announces_their_words():
    text = (
        "Part of the message from Principal Casey Rogers on July 31 reads as follows:\n"
        "“During a random check this morning, a teacher observed three students.”\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Casey Rogers"]


def test_a_name_with_an_owned_job_in_apposition_left_open_before_the_cue_speaks():
    text = (
        "“The world needs to know she was a beautiful person,” Leah White, Taylor’s math "
        "teacher said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Leah White"]


def test_a_passive_cue_before_to_is_no_ones_speech_and_the_sentences_cue_gives_the_fragment():
    text = (
        "Public prosecutor Markus Caspers said of the boy that he was alleged to have "
        "spoken to the attacker “shortly before the crime”.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Markus Caspers"]


def test_a_hyphenated_office_after_the_body_and_before_a_name_gives_the_name():
    text = (
        '"I expected fireworks but there is nothing in the budget," said the Congress '
        "vice-president Rahul Gandhi.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Rahul Gandhi"]


def test_a_name_and_a_headline_over_prose_about_what_they_said_is_no_turn_label():
    text = (
        "Rahul Gandhi: Aakhri Jumla Budget\n\n"
        "Congress President Rahul Gandhi called it Aakhri Jumla Budget. In a tweet, Gandhi "
        "said: “Dear NoMo, 5 years of your incompetence has destroyed our farmers.”\n\n"
        "Akhilesh Yadav: BJP should learn from magicians\n\n"
        "SP chief Akhilesh Yadav said that this budget would never work. In a tweet, he "
        "said: “5 yrs of inaction and now vision 2030?”\n\n"
        "Mamta Banerjee: Budget has no value\n\n"
        "West Bengal CM Mamta Banerjee said that the budget has no value. Speaking to media "
        "on this, she said: “This government has no moral authority.”\n"
    )
    result = analyse(text)
    assert result.turns == []
    assert [q.speaker for q in result.quotes] == [
        "Rahul Gandhi",
        "Akhilesh Yadav",
        "Mamta Banerjee",
    ]
