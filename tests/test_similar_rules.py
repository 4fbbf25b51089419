"""The rules of claim merging added for recall (generator/similar.py, generator/clauses.py), one
small case each, with the near-miss each must leave apart. The labelled pairs that show them in the
whole claims stage are tests/cases/units/merge_pairs.yml p326-p347."""

from __future__ import annotations

from generator.clauses import views
from generator.config import PersonConfig
from generator.model import Sentence
from generator.similar import Comparer, _as_compared, concept_stems

from .units import read


def _views(text: str, people: tuple[str, ...] = ()) -> list[str]:
    sentences, _people = read(text, [PersonConfig(p) for p in people])
    assert len(sentences) == 1
    return [" ".join(v.sentence.text.split()) for v in views(sentences[0])]


def _two(a: str, b: str, people: tuple[str, ...] = ()) -> tuple[Comparer, Sentence, Sentence]:
    sentences, _people = read(f"{a}\n\n{b}", [PersonConfig(p) for p in people])
    assert len(sentences) == 2
    return Comparer(sentences, {}), sentences[0], sentences[1]


def test_two_predicates_of_one_subject_joined_by_and_are_views_of_their_own() -> None:
    assert _views("Ida Lane and Cal Moss divorced in 2019 and now share custody of their son.") == [
        "Ida Lane and Cal Moss divorced in 2019", "Ida Lane and Cal Moss now share custody of their son."]
    assert _views("Ida Lane married Cal Moss in 2010 and divorced him in 2015.") == [
        "Ida Lane married Cal Moss in 2010", "Ida Lane divorced him in 2015."]
    # and with a relative clause blanked out first
    got = _views("Ida Lane and Cal Moss, who met in 2005, finalized their divorce in 2018 and now share custody "
                 "of their son.")
    assert "Ida Lane and Cal Moss finalized their divorce in 2018" in got
    assert "Ida Lane and Cal Moss now share custody of their son." in got


def test_no_predicate_views_where_the_second_may_be_someone_elses() -> None:
    # inside a clause of its own, after someone's words, after another name and its verb
    assert _views("Ida Lane filed for divorce after Cal Moss moved out and started dating Eve Hart.") == []
    assert _views("Ida Lane says Cal Moss moved out and filed for divorce.") == []
    assert _views("Ida Lane knew Cal Moss had moved out and filed for divorce.") == []
    # a subject that names no one, and an "and" between two names
    assert _views("The couple married in 2010 and divorced in 2015.") == []
    assert _views("Ida Lane and Cal Moss married in 2010.") == []


def test_split_parenting_time_is_custody_shared_not_a_separation() -> None:
    assert concept_stems("split parenting time equally") == concept_stems("share custody equally")
    assert "_separate" not in concept_stems("split parenting time equally")
    assert "_separate" in concept_stems("split in 2019")


def test_children_named_after_custody_of_are_that_many_children() -> None:
    compare, a, b = _two("Ida Lane has joint custody of Tess and Leo.", "Ida Lane has joint custody of their two children.")
    assert compare.traits(a).substance == compare.traits(b).substance
    assert compare.traits(a).numbers == frozenset({"two"})
    compare, a, b = _two("Ida Lane has custody of Tess and Leo.", "Ida Lane has custody of their three children.")
    assert compare.apart_because(a, b).startswith("figures of their own")


def test_a_judge_who_signed_off_finalized_but_not_one_who_signed_off_on_something() -> None:
    assert "_final" in concept_stems("A judge finalized")
    compare, a, b = _two("A judge signed off last week, declaring Ida Lane single.",
                         "A judge signed off on Ida Lane's custody agreement.")
    assert "_final" in compare.traits(a).substance
    assert "_final" not in compare.traits(b).substance


def test_what_two_did_as_a_couple_is_not_what_one_of_them_did() -> None:
    compare, a, b = _two("Ida Lane made her red-carpet debut in 2016.",
                         "Ida Lane and Cal Moss made their red-carpet debut as a couple in 2016.")
    assert compare.apart_because(a, b).startswith("what two did as a couple")
    compare, a, b = _two("Lane and Moss first walked a red carpet together in 2016.",
                         "Ida Lane and Cal Moss made their red-carpet debut as a couple in 2016.")
    assert not compare.apart_because(a, b).startswith("what two did as a couple")


def test_a_which_clause_is_a_view_with_the_title_it_tells_of() -> None:
    got = _views('Ida Lane and Cal Moss met in 2009 while filming the comedy "Dry Creek," which was released the '
                 "following year.")
    assert '"Dry Creek," which was released the following year.' in got
    # no title right before it: the clause alone, as before
    assert ", which could make the case messier." in _views("No agreement exists between the two sides, which could "
                                                             "make the case messier.")


def test_the_following_year_is_the_year_after_the_one_the_sentence_gives() -> None:
    assert "2010" in concept_stems(_as_compared("They met in 2009 on Dry Creek, which was released the following year."))
    assert not {"follow", "year"} & concept_stems(_as_compared("They met in 2009 and in 2011, a year later."))


def test_a_subject_named_by_surnames_of_people_recognised_has_two_predicates_too() -> None:
    sentences, _people = read("Ida Okoro and Cal Moss met in 2010. Okoro and Moss divorced in 2019 and now share "
                              "custody of their son.")
    assert [" ".join(v.sentence.text.split()) for v in views(sentences[1])] == [
        "Okoro and Moss divorced in 2019", "Okoro and Moss now share custody of their son."]
    assert _views("Lane and Moss divorced in 2019 and now share custody of their son.") == []  # no one recognised


def test_a_view_that_dates_nothing_tells_of_its_sentences_years() -> None:
    sentences, _people = read("Ida Lane, who married Cal Moss in 2010, moved to Denver.")
    compare = Comparer(sentences, {})
    main = next(v for v in views(sentences[0]) if "who" not in v.sentence.text)
    assert compare._view_traits_of(main, sentences[0]).years == frozenset({"2010"})
