"""Grouping of sentences that say the same thing: exact copies are one claim however many
articles repeat them; copies within one article are one group but not a second source."""

from __future__ import annotations

from pathlib import Path

from generator.cache import Cache
from generator.claims import build_claims
from generator.corroborate import MAX_POSTING, group_sentences
from generator.ingest import ingest
from generator.lang.en import REASON_REPEAT
from generator.model import ON_RECORD, Sentence
from generator.people import recognise
from generator.pipeline import extract_all, segment_all

from .conftest import ROOT, claims_of, corpus_config

TEXT = "The couple bought a small farm near the river valley outside the old mill town."


def _sentence(source: str, index: int, text: str = TEXT) -> Sentence:
    return Sentence(id=f"{source}:{index}", source=source, index=index, paragraph=0, start=0, end=len(text),
                    text=text, attribution=ON_RECORD, speaker=None, quotes=())


def test_a_sentence_repeated_by_more_articles_than_max_posting_is_one_group() -> None:
    n = 3 * MAX_POSTING
    sentences = [_sentence(f"a{k:03}", 0) for k in range(n)] + [_sentence("b000", 0, "Something else entirely was said here.")]
    groups = group_sentences(sentences, {})
    sizes = sorted(len(g) for g in groups)
    assert sizes == [1, n]


def test_copies_within_one_article_only_are_one_claim_that_cites_it_once() -> None:
    """An article that says a thing twice is one source of it: the copy is a repeat (it was a second,
    identical statement until the repeats of one article were grouped)."""
    sentences = [_sentence("a", 0), _sentence("a", 1)]
    groups = group_sentences(sentences, {})
    assert sorted(len(g) for g in groups) == [2]
    claims, fates = build_claims(sentences, {}, groups)
    assert [[s.id for s in c.sentences] for c in claims] == [["a:0"]]
    assert fates == {"a:1": REASON_REPEAT}


def test_near_copies_in_two_articles_are_one_group() -> None:
    variant = TEXT.replace("old mill town", "old mill village")
    sentences = [_sentence("a", 0), _sentence("a", 1), _sentence("b", 0, variant)]
    groups = group_sentences(sentences, {})
    assert sorted(len(g) for g in groups) == [3]
    claims, fates = build_claims(sentences, {}, groups)
    assert [[s.id for s in c.sentences] for c in claims] == [["a:0", "b:0"]]  # each source once
    assert fates == {"a:1": REASON_REPEAT}  # the article's second copy is listed, with the reason


def test_the_traits_kept_in_the_cache_give_the_same_groups(tmp_path: Path) -> None:
    """A sentence's traits are worked out once per text and kept in the cache's tables: groups with
    a cache (empty, then filled by the build before) are the groups without one, on the seeds."""
    config = corpus_config(ROOT / "seeds", tmp_path / "docs")
    sources, _ = ingest(config, None)
    sentences, _people = recognise(segment_all(sources), config.people)
    facts = extract_all(sentences, {s.id: s for s in sources})
    published = {s.id: s.published or "" for s in sources}

    def ids(groups: list[list[Sentence]]) -> list[list[str]]:
        return sorted([s.id for s in g] for g in groups)

    expected = ids(group_sentences(sentences, facts, published))
    for build in range(2):
        cache = Cache(tmp_path / "cache", "0" * 64)
        assert ids(group_sentences(sentences, facts, published, cache)) == expected
        table = cache.table("traits-text")
        assert (table.misses > 0) == (build == 0)  # the second build computes nothing again
        cache.prune()
    assert len(expected) < len(sentences)  # some sentences are grouped


def _grouped(tmp: Path, a: str, b: str) -> bool:
    """Whether group_sentences puts the last sentence of article a and the last of article b in one
    group (each article's earlier sentences give the people in view)."""
    seeds = tmp / "seeds"
    seeds.mkdir(parents=True)
    (seeds / "a.txt").write_text(a + "\n", encoding="utf-8")
    (seeds / "b.txt").write_text(b + "\n", encoding="utf-8")
    config = corpus_config(seeds, tmp / "docs")
    sources, _ = ingest(config, None)
    sentences, _people = recognise(segment_all(sources), config.people)
    facts = extract_all(sentences, {s.id: s for s in sources})
    groups = group_sentences(sentences, facts, {s.id: s.published or "" for s in sources})
    last = {s.source: s.id for s in sentences}
    return any({last["a"], last["b"]} <= {s.id for s in g} for g in groups)


def test_a_negation_sets_sentences_apart_only_in_the_clause_that_holds_their_shared_words(tmp_path: Path) -> None:
    """"because he didn't pick up" is its own clause's: the voicemail is told by both. A "never
    married" in a relative clause holds the shared "married": that is no wedding (the claims stage
    may still join the two by a fact it reads there)."""
    assert _grouped(tmp_path / "1", "Harper Quayle left Jonah Sterling an angry voicemail in 2019 because he didn't pick up the phone.",
                    "In 2019 Harper Quayle left an angry voicemail for Jonah Sterling.")
    assert not _grouped(tmp_path / "2", "Jonah Sterling, who never married Harper Quayle, moved to Denver with her in 2015.",
                        "Jonah Sterling married Harper Quayle in 2015.")
    assert not _grouped(tmp_path / "3", "Jonah Sterling has not filed for divorce from Harper Quayle.",
                        "Jonah Sterling filed for divorce from Harper Quayle.")


def test_whom_a_report_is_credited_to_is_no_one_the_sentence_is_about(tmp_path: Path) -> None:
    """"According to Town Crier" (an outlet read as a person) or "via Evening Star Weekly" names no one
    the split is about: the couple of the sentence before is in view. Names before the split are, and
    so is the one whose lawyer a report is credited to."""
    couple = "Harper Quayle and Jonah Sterling have been married since 2010. "
    told = "Harper Quayle and Jonah Sterling separated in March 2019 after months of rumors."
    assert _grouped(tmp_path / "1", couple + "According to Town Crier, the two split in March 2019 after months of rumors.", told)
    assert _grouped(tmp_path / "2", couple + "The two split in March 2019 after months of rumors, via Evening Star Weekly.", told)
    assert _grouped(tmp_path / "3", couple + "According to Nora Vance and Ed Vance, the two split in March 2019 after months of rumors.",
                    told)
    assert not _grouped(tmp_path / "4", couple + "Nora Vance and Ed Vance split in March 2019 after months of rumors.", told)
    assert not _grouped(tmp_path / "5", couple + "According to Nora Vance's lawyer, the two split in March 2019 after months of rumors.", told)


def test_an_article_that_tells_a_claim_again_is_one_group_that_cites_it_once() -> None:
    """A lede and the body that tells it again with more: the sentence whose stems are nearly all
    the other's joins its group (the claim cites the article once), unless something tells them
    apart or it says too little to be a repeat of anything."""
    body = "The couple sold the lakeside cabin in Duluth last spring after a long bidding war."

    def groups(*texts: str) -> list[int]:
        return sorted(len(g) for g in group_sentences([_sentence("a", k, t) for k, t in enumerate(texts)], {}))

    assert groups("The couple sold the lakeside cabin in Duluth.", body) == [2]
    claims, fates = build_claims([_sentence("a", 0, "The couple sold the lakeside cabin in Duluth."), _sentence("a", 1, body)],
                                 {}, group_sentences([_sentence("a", 0, "The couple sold the lakeside cabin in Duluth."),
                                                      _sentence("a", 1, body)], {}))
    assert len(claims) == 1 and len(claims[0].sentences) == 1 and len(fates) == 1
    assert groups("The couple never sold the lakeside cabin in Duluth.", body) == [1, 1]
    assert groups("They sold it.", body) == [1, 1]


def test_wordings_of_one_settlement_and_one_announcement_are_one_group(tmp_path: Path) -> None:
    """"reached a settlement in mediation" / "settled out of court", "announced" / "revealed" (the
    claims stage keeps a lawyer's or a rep's word apart from named reporting: the pairs p043 and p046
    are grouped here, not merged there)."""
    assert _grouped(tmp_path / "1", "Marco Reyes and Dana Whitfield reached a settlement in mediation in May 2018.",
                    "Whitfield and Reyes settled their divorce out of court in May 2018, Marco Reyes's lawyer said.")
    assert _grouped(tmp_path / "2", "date 2016-08-10\n\nDana Whitfield and Marco Reyes announced their separation in a joint Instagram post on Tuesday.",
                    "Whitfield and Reyes revealed on Instagram in August 2016 that they had separated, Dana Whitfield's rep said.")


def test_a_sentence_with_a_word_of_its_own_is_no_repeat_of_another_of_its_article(tmp_path: Path) -> None:
    """Found when the sections' branch met the merging one: "had an ugly divorce, but they stayed
    on good terms" was hidden as a repeat ("says this again") of "... but they are now on good terms"."""
    claims, fates, _ = claims_of(tmp_path, {"a.txt": (
        "date 2021-01-01\n\nAnn Lee and Bob Ray had an ugly divorce, but they are now on good terms.\n\n"
        "Ann Lee and Bob Ray had an ugly divorce, but they stayed on good terms.\n")})
    assert len(claims) == 2 and not fates, (claims, fates)
