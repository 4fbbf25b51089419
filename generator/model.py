"""The data model: frozen records passed from stage to stage.

Provenance is always a (source id, start, end) span into a source's clean body text;
quotes are derived from the source, never stored as loose copies.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

ON_RECORD = "on-record"
REPORTED = "reported"
UNNAMED = "unnamed-source"


class Status(StrEnum):
    """How well a statement is supported; a str, so profile.json writes the value itself."""

    CORROBORATED = "corroborated"  # two or more independent articles
    SINGLE = "single-source"
    ANONYMOUS = "unnamed-source"  # every article that states it rests on a source it does not name
    DISPUTED = "disputed"  # the articles disagree about a fact of it
    SUPERSEDED = "superseded"  # a later article gives a newer value
    RETRACTED = "retracted"  # its own article calls it wrong in the next sentence (generator/retracted.py)
    DENIED = "denied"  # the next sentence of its article calls what it reports untrue (generator/retracted.py)


CORROBORATED = Status.CORROBORATED
SINGLE = Status.SINGLE
ANONYMOUS = Status.ANONYMOUS
DISPUTED = Status.DISPUTED
SUPERSEDED = Status.SUPERSEDED
RETRACTED = Status.RETRACTED
DENIED = Status.DENIED


class Verdict(StrEnum):
    """The fact check's verdict on the values of one slot (generator/factcheck.py, births.py)."""

    AGREEMENT = "agreement"  # independent articles give the same value once normalised
    SUPERSEDED = "superseded"  # a count grew between an older and a newer article
    CONSISTENT = "consistent-normalised"  # ages that give the same birth years
    DISAGREEMENT = "disagreement"  # values differ with no such explanation; none is chosen
    SINGLE = "single-source"  # one article only: shown with a person, not compared


class QuoteVerdict(StrEnum):
    """The same quotation in several articles (generator/quotes.py)."""

    VERIFIED = "verified"  # the same words everywhere
    VARIANTS = "variants"  # wording, length, venue or date differ


@dataclass(frozen=True, slots=True)
class Source:
    """One article: metadata and clean body text."""

    id: str
    path: str
    title: str
    outlet: str
    url: str
    author: str
    published: str | None  # ISO date (YYYY, YYYY-MM or YYYY-MM-DD) given by the article
    published_inferred: str | None  # a lower bound inferred from the text, ISO
    date_note: str  # how the date was found or inferred, for the reader
    body: str
    sha256: str
    duplicate_of: str | None = None
    left_out: tuple[str, ...] = ()  # paragraphs of a saved page read as its furniture (byline, ads, related links)
    # the body's paragraphs (their indices) set wholly in bold, or in italics: an interview's questions, an
    # editor's note (interview.py)
    bold: tuple[int, ...] = ()
    italic: tuple[int, ...] = ()

    def quote(self, start: int, end: int) -> str:
        """The verbatim text body[start:end]."""
        return self.body[start:end]

    @property
    def sort_date(self) -> str:
        """The best date known for ordering: given, else inferred, else empty."""
        return self.published or self.published_inferred or ""


@dataclass(frozen=True, slots=True)
class Span:
    """A citation: a slice of one source's body."""

    source: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Mention:
    """A person named, or referred to by pronoun or epithet, at body[start:end]."""

    person: str  # canonical name
    start: int
    end: int
    explicit: bool  # True for a name or alias, False for a resolved pronoun/epithet


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of a source, with offsets, attribution and the people in it."""

    id: str  # "<source id>:<index>"
    source: str
    index: int
    paragraph: int
    start: int
    end: int
    text: str  # == body[start:end]
    attribution: str  # ON_RECORD, REPORTED or UNNAMED
    speaker: str | None  # who is quoted, when a named person is
    quotes: tuple[tuple[int, int], ...]  # quoted stretches, absolute offsets
    mentions: tuple[Mention, ...] = ()
    # the interviewee whose answer this sentence is (interview.py): their words, on the record, though the
    # sentence does not say who speaks; never a `speaker` (the people stage reads "she" in an answer as
    # someone else, not as the one who says "I")
    answer_by: str = ""
    asked_of: str = ""  # the interviewee a question (its premise: "You went back to Lee.") is put to

    @property
    def citation(self) -> Citation:
        """The footnote that quotes this whole sentence."""
        return Citation(self.source, self.start, self.end, self.id)

    def outside_quotes(self) -> str:
        """The text with every quoted stretch blanked out (offsets unchanged)."""
        text = self.text
        for a, b in self.quotes:
            text = text[:a - self.start] + " " * (b - a) + text[b - self.start:]
        return text

    def is_possessor(self, m: Mention) -> bool:
        """Whether the mention owns the next words ("Hale's former wife"): it names someone else."""
        return self.text[m.end - self.start:m.end - self.start + 2] in ("'s", "\u2019s")

    @property
    def people(self) -> tuple[str, ...]:
        """Canonical names of everyone mentioned, in order of first mention."""
        seen: dict[str, None] = {}
        for m in self.mentions:
            seen.setdefault(m.person, None)
        return tuple(seen)


@dataclass(frozen=True, slots=True)
class Person:
    """Someone the corpus talks about."""

    name: str
    aliases: tuple[str, ...]
    gender: str  # "f", "m" or "" when the articles do not tell
    mentions: int
    epithets: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Fact:
    """A typed value found in a sentence, normalised for comparison."""

    kind: str  # year, date, duration, age, count, money
    slot: str  # normalised meaning, a slot of generator/slots.py: "married", "divorce-final", "children", ...
    subject: tuple[str, ...]  # the person or couple it is about
    value: str  # normalised value as text: "1993", "84 months", "7", "$3,000,000"
    as_of: str  # ISO date the value was true on ("" if unknown)
    sentence: str  # sentence id
    span: Span  # the words that state it
    number: float | None = None  # numeric value for comparison (months, years, count)


@dataclass(frozen=True, slots=True)
class Citation:
    """One footnote: a statement supported by a quote from one source."""

    source: str
    start: int
    end: int
    sentence: str  # sentence id the quote comes from


@dataclass(frozen=True, slots=True)
class ConflictValue:
    value: str
    as_of: str
    citations: tuple[Citation, ...]


@dataclass(frozen=True, slots=True)
class Conflict:
    """Values of one slot that differ across sources, with a verdict."""

    id: str
    slot: str
    subject: tuple[str, ...]
    verdict: Verdict
    explanation: str
    values: tuple[ConflictValue, ...]


@dataclass(frozen=True, slots=True)
class QuoteGroup:
    """The same quotation in several independent articles: `verified` when the words are the
    same, `variants` when wording, length, venue or date differ. Each citation is the quoted
    words in one article (start..end into its body)."""

    id: str
    speaker: str
    verdict: QuoteVerdict
    explanation: str
    citations: tuple[Citation, ...]
    venues: tuple[str, ...]  # per citation: where/when the article says it was said, or ""


@dataclass(frozen=True, slots=True)
class Statement:
    """A sentence of the profile as the reader sees it."""

    id: str
    section: str
    text: str  # display text, clarifications inserted in brackets
    status: Status
    attribution: str
    date: str
    citations: tuple[Citation, ...]
    claim: str  # id of the sentence that words it
    facts: tuple[str, ...] = ()  # the claim's facts, "slot=value"
    people: tuple[str, ...] = ()  # everyone its sentences mention
    key: str = ""  # the fact the claim is keyed on, "slot=value" ("slot=" for a length with one true value)
    about: tuple[str, ...] = ()  # whom a keyed claim's fact is about


@dataclass(frozen=True, slots=True)
class Fate:
    """What became of one sentence: the statements and the sentences of a section's opening
    paragraph that cite it, or why it was set aside."""

    sentence: str
    source: str
    statements: tuple[str, ...]
    reason: str  # "" when statements (or paragraph sentences) cite it
    written: tuple[str, ...] = ()  # the paragraph sentences that quote it (their first record's id)


@dataclass(frozen=True, slots=True)
class RecordValue:
    """One value of a record, with every article that gives it."""

    value: str  # normalised, as the fact check compares it: "2013", "84 months", "2"
    as_of: str  # when it was true, where that matters (a count that grew): ISO year or ""
    citations: tuple[Citation, ...]
    month: str = ""  # the month of a year, where the articles that name one all name the same ("June")


@dataclass(frozen=True, slots=True)
class Record:
    """What the fact check knows of one event or figure of the profile's people, written up as
    one sentence of a section's opening paragraph: one value the articles agree on (or that one
    article gives), values that changed over time, or a disagreement."""

    id: str
    section: str
    slot: str
    about: tuple[str, ...]
    verdict: str  # agreement, single-source, superseded or disagreement
    values: tuple[RecordValue, ...]
    detail: str = ""  # what kind, where the articles that say so agree: custody "primary physical"
    names: tuple[str, ...] = ()  # a count's people by name (the latest count's, where it grew), where the count is theirs and a cited sentence lists them right after it
    called: tuple[str, ...] = ()  # `about` as the paragraph calls them: a surname no one else of the profile has
    # Articles that tell the event with no date (each by its first such sentence, oldest first):
    # they support the event, not its value, and are cited after the event's words; for a count of
    # children, the articles that name every child without the count, cited after the names.
    undated: tuple[Citation, ...] = ()

    @property
    def citations(self) -> tuple[Citation, ...]:
        """Every citation of the record in the order its sentence reads them: the articles that tell
        its event without a date (after the event's words), then each value's."""
        return (*self.undated, *(c for v in self.values for c in v.citations))


@dataclass(frozen=True, slots=True)
class Section:
    key: str
    title: str
    statements: tuple[Statement, ...]


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    date: str  # ISO date: YYYY, YYYY-MM or YYYY-MM-DD
    text: str
    citations: tuple[Citation, ...]
    precision: str = "year"  # year, month or day
    kind: str = ""  # its slot ("married", ...) or cue-found kind ("remarriage", ...), generator/slots.py; "" for others
    status: str = ""  # the status of the statement it comes from
    statement: str = ""  # that statement's id, for a link


# The relations of two partners (a couple, married, divorced or not).
PARTNER_KINDS = frozenset({"spouse", "former-spouse", "partner"})


@dataclass(frozen=True, slots=True)
class Relation:
    """A relation between two people, as the articles state it: `person` is `kind` of `other`
    (spouse, former-spouse, child, parent, partner, grandchild, ...)."""

    kind: str
    person: str
    other: str
    start: str = ""  # ISO date or ""
    end: str = ""
    citations: tuple[Citation, ...] = ()


@dataclass(frozen=True, slots=True)
class Warning:
    """A problem with one input, reported and skipped."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass(frozen=True, slots=True)
class Profile:
    """Everything the pages show."""

    subject: str
    sources: tuple[Source, ...]
    sections: tuple[Section, ...]
    facts: tuple[Fact, ...]
    conflicts: tuple[Conflict, ...]
    timeline: tuple[TimelineEvent, ...]
    people: tuple[Person, ...]
    warnings: tuple[Warning, ...] = field(default=())
    relations: tuple[Relation, ...] = field(default=())
    quotes: tuple[QuoteGroup, ...] = field(default=())
    fates: tuple[Fate, ...] = field(default=())
    records: tuple[Record, ...] = field(default=())
