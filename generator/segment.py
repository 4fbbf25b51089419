"""Stage 2, segment: a Source's body becomes Sentences with offsets, quotes and attribution."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pysbd

from .ingest.text import looks_like_headline
from .model import ON_RECORD, REPORTED, UNNAMED, Sentence, Source

MAX_CHUNK = 1500  # pysbd is fed at most this many characters at once: it slows down on long texts
_CUT = re.compile(r"[.!?][\"”’)]?\s")
SPEECH_VERBS = (
    "said", "says", "told", "tells", "added", "adds", "explained", "wrote", "writes", "admitted",
    "continued", "recalled", "revealed", "captioned", "noted", "stated", "confessed", "claimed",
    "acknowledged", "insisted", "dished", "spilled", "concluded", "recounted", "remarked",
    "replied", "responded", "joked", "posted", "announced", "confirmed", "mentioned", "declared", "opened up", "reflected", "laughed", "gushed", "quipped", "asked",
)
_VERBS = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
_WHO = r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}|[Hh]e|[Ss]he|[Tt]hey)"
SPEAKER_BEFORE = re.compile(
    rf"(?P<who>{_WHO})\s+(?:(?:also|then|later|once|\w+ly)\s+)?(?i:{_VERBS})\b")
SPEAKER_AFTER = re.compile(rf"\b(?i:{_VERBS}),?\s+(?P<who>{_WHO})\b")
ATTRIBUTION_TAIL = re.compile(rf"^(?:[a-z]|{_WHO}\s+(?:(?:also|then|\w+ly)\s+)?(?i:{_VERBS})\b)")
UNNAMED_CUES = re.compile(
    r"\b(?:(?:a|an|the|one|another|our)\s+(?:\w+\s+){0,2}?"
    r"(?:source|sources|insider|insiders|confidante|confidant|tipster|eyewitness|onlooker|"
    r"family friend|pal|spy|observer|person close|people close)"
    r"|sources?\s+(?:close|near|familiar)|(?:close|a)\s+friend\s+(?:of|told|said)"
    r"|according to (?:a|an|the) (?:source|insider|report))\b",
    re.IGNORECASE)
QUOTE_SPANS = re.compile(r"\"[^\"]{1,3000}\"|“[^”]{1,3000}”")

_segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)


def _chunks(text: str) -> Iterator[tuple[int, str]]:
    """Cut very long paragraphs at white space so sentence splitting stays fast."""
    pos = 0
    while len(text) - pos > MAX_CHUNK:
        window = text[pos + MAX_CHUNK // 2:pos + MAX_CHUNK]
        ends = [m.end() for m in _CUT.finditer(window)]  # cut after a sentence end if there is one
        cut = pos + MAX_CHUNK // 2 + ends[-1] - 1 if ends else text.rfind(" ", pos + MAX_CHUNK // 2, pos + MAX_CHUNK)
        cut = cut if cut > pos else pos + MAX_CHUNK
        yield pos, text[pos:cut]
        pos = cut
    yield pos, text[pos:]


# A text with no sentence mark but at its end (and no line break): pysbd gives it back whole.
_ONE_SENTENCE = re.compile(r"\s*[^.!?…\n\r]+[.!?…]?[\"”’')\]]*\s*")


def _raw_spans(par: str) -> Iterator[tuple[int, int]]:
    """pysbd's sentences as (start, end) offsets into `par`, trimmed of white space."""
    for base, chunk in _chunks(par):
        if _ONE_SENTENCE.fullmatch(chunk):  # nothing for pysbd to split: one sentence, as it would say
            lead = len(chunk) - len(chunk.lstrip())
            yield base + lead, base + len(chunk.rstrip())
            continue
        cursor = 0
        for piece in _segmenter.segment(chunk):
            text = piece.sent.strip()
            if not text:
                continue
            at = chunk.find(text, cursor)  # re-anchor: pysbd's own offsets can drift
            if at < 0:
                continue
            cursor = at + len(text)
            yield base + at, base + cursor


def _open_quote(text: str) -> bool:
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")


_BRAND_BANG = re.compile(r"\b[A-Z][A-Za-z]{0,5}!$")  # "E!", "Yahoo!": a name, not the end of a sentence
_GOES_ON = re.compile(r"^(?:[a-z]|[A-Z][a-z]+,\s+[a-z])")


def _false_break(prev: str, tail: str) -> bool:
    """A break no sentence makes: before a lower-case word, or after a name ending in "!"
    ("per E! News, and $3 million in legal costs")."""
    return bool(prev) and (tail[:1].islower() or (bool(_BRAND_BANG.search(prev)) and bool(_GOES_ON.match(tail))))


def _merge_quotations(spans: list[tuple[int, int]], par: str) -> list[tuple[int, int]]:
    """Keep a quotation of several sentences, and the words that attribute it, together."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        prev = par[out[-1][0]:out[-1][1]] if out else ""
        tail = par[start:end]
        if out and (_open_quote(prev) or (prev.endswith(('"', "”")) and len(tail) < 80
                                          and ATTRIBUTION_TAIL.match(tail)) or _false_break(prev, tail)):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _attribution(text: str) -> tuple[str, str | None]:
    """How the sentence is attributed, and the words naming who speaks."""
    if UNNAMED_CUES.search(text):
        return UNNAMED, None
    outside = QUOTE_SPANS.sub(" ", text)
    for pattern in (SPEAKER_BEFORE, SPEAKER_AFTER):
        m = pattern.search(outside)
        if m and m.group("who").split()[0] not in ("The", "A", "An", "It", "This", "That", "In"):
            return ON_RECORD, m.group("who")
    return REPORTED, None


def is_prose(par: str) -> bool:
    """Headings, captions and datelines inside an article are not statements."""
    stripped = par.rstrip()
    if len(stripped.split()) >= 20:
        return True  # a long paragraph that lost its full stop is still text, not a heading
    if stripped[-1:] in '.!?"”’)':
        return not (len(stripped) < 80 and looks_like_headline(stripped) and stripped[-1:] != ".")
    return False


def paragraphs(body: str) -> Iterator[tuple[int, int, str]]:
    """(index, start offset, text) of each paragraph of a clean body."""
    pos = 0
    for i, par in enumerate(body.split("\n\n")):
        yield i, pos, par
        pos += len(par) + 2


def _heading(par: str) -> list[tuple[int, int]]:
    """A heading, caption or dateline inside an article is one sentence (the claims stage sets
    it aside, so that a reader still finds it)."""
    start = len(par) - len(par.lstrip())
    end = len(par.rstrip())
    return [(start, end)] if end > start else []


def segment(source: Source) -> tuple[Sentence, ...]:
    """Split one source into sentences with absolute offsets, quotes and attribution."""
    out: list[Sentence] = []
    for p_index, p_start, par in paragraphs(source.body):
        spans = _merge_quotations(list(_raw_spans(par)), par) if is_prose(par) else _heading(par)
        for start, end in spans:
            text = par[start:end]
            if len(text.split()) < 2:
                continue  # an exclamation such as "Yikes!" states nothing
            attribution, speaker = _attribution(text)
            if attribution == REPORTED and text[:1] in '"“' and out and out[-1].attribution != REPORTED \
                    and out[-1].paragraph == p_index:
                attribution, speaker = out[-1].attribution, out[-1].speaker  # the quotation goes on
            quotes = tuple((p_start + start + m.start(), p_start + start + m.end())
                           for m in QUOTE_SPANS.finditer(text))
            out.append(Sentence(
                id=f"{source.id}:{len(out)}", source=source.id, index=len(out), paragraph=p_index,
                start=p_start + start, end=p_start + end, text=text, attribution=attribution,
                speaker=speaker, quotes=quotes,
            ))
    return tuple(out)
