"""Stage 1, ingest: seed files become Sources with clean bodies, metadata and warnings."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from generator.config import from_options
from generator.errors import ConfigError
from generator.ingest import ingest
from generator.model import Source

CASES = Path(__file__).parent / "cases"
SPOTLIGHT_HTML = CASES / "fictional" / "seeds" / "2023_coparenting_spotlight.html"

GOOD_TEXT = (
    " date 2021-06-01 Chef Tomas Velde opened his second bistro in Portmere on Tuesday.\n\n"
    "The restaurant seats forty guests and serves breakfast only.\n"
)


def _seeds(root: Path) -> Path:
    seeds = root / "seeds"
    seeds.mkdir(exist_ok=True)
    return seeds


def _ingest(root: Path, **options):
    return ingest(from_options(root, options))


def _only(root: Path, name: str, content: str | bytes, expect: tuple[str, ...] = (), **options) -> Source:
    """Write one seed file, ingest the folder, and return its single Source (warnings: `expect`)."""
    seeds = _seeds(root)
    if isinstance(content, bytes):
        (seeds / name).write_bytes(content)
    else:
        (seeds / name).write_text(content, encoding="utf-8")
    sources, warnings = _ingest(root, **options)
    assert tuple(str(w) for w in warnings) == expect
    assert len(sources) == 1
    return sources[0]


# --- plain text ---------------------------------------------------------------------------


def test_txt_leading_date_on_first_line(tmp_path: Path) -> None:
    src = _only(tmp_path, "velde.txt",
                " date 2024-05-02 Chef Tomas Velde opened his second bistro in Portmere on Tuesday.\n\n"
                "The dining room seats forty guests.\n")
    assert src.published == "2024-05-02"
    assert src.published_inferred is None
    assert src.body.startswith("Chef Tomas Velde opened his second bistro")
    assert "2024-05-02" not in src.body
    assert "date" not in src.body.lower()
    assert src.body.endswith("The dining room seats forty guests.")
    assert src.id == "velde"
    assert src.path.endswith("velde.txt")


def test_txt_header_block(tmp_path: Path) -> None:
    src = _only(tmp_path, "comeback.txt",
                "title: A Quiet Comeback in Portmere\n"
                "outlet: Portmere Ledger\n"
                "url: https://portmere.example/comeback\n"
                "date: 2016-10-03\n"
                "author: Renata Vosk\n"
                "---\n"
                "Chef Tomas Velde reopened his bistro after two years away.\n\n"
                "Regulars lined up before dawn.\n")
    assert src.title == "A Quiet Comeback in Portmere"
    assert src.outlet == "Portmere Ledger"
    assert src.url == "https://portmere.example/comeback"
    assert src.published == "2016-10-03"
    assert src.author == "Renata Vosk"
    assert src.body == ("Chef Tomas Velde reopened his bistro after two years away.\n\n"
                        "Regulars lined up before dawn.")
    for header_text in ("title:", "outlet:", "url:", "author:", "---", "Portmere Ledger", "Renata Vosk"):
        assert header_text not in src.body


def test_txt_headline_first_line_becomes_title(tmp_path: Path) -> None:
    src = _only(tmp_path, "headline.txt",
                "Tomas Velde Gets Candid About Bistros, Butter and the Year That Saved Him\n\n"
                "Chef Tomas Velde says the hardest year of his life was also the best.\n\n"
                "He now runs two kitchens in Portmere.\n")
    assert src.title == "Tomas Velde Gets Candid About Bistros, Butter and the Year That Saved Him"
    assert src.body.startswith("Chef Tomas Velde says the hardest year")
    assert "Gets Candid" not in src.body


def test_txt_without_date_infers_latest_mention(tmp_path: Path) -> None:
    src = _only(tmp_path, "undated.txt",
                "Chef Tomas Velde opened his first bistro in 2014.\n\n"
                "In March 2021 he added a bakery next door, and in 2019 he wrote a cookbook.\n")
    assert src.published is None
    assert src.published_inferred == "2021-03"
    assert "not before" in src.date_note
    assert "March 2021" in src.date_note
    assert src.sort_date == "2021-03"


def test_txt_inferred_date_ignores_money_and_decades(tmp_path: Path) -> None:
    src = _only(tmp_path, "distractors.txt",
                "Chef Tomas Velde opened his bistro in 2016.\n\n"
                "The tasting menu costs $2050 and the decor recalls the 2030s, he joked.\n")
    assert src.published is None
    assert src.published_inferred == "2016"


def test_txt_inferred_date_counts_a_year_before_a_comma(tmp_path: Path) -> None:
    # "in 2023, and ..." is a year the text mentions; "$2,023,000" is none
    src = _only(tmp_path, "comma.txt",
                "Chef Tomas Velde opened his bistro in 2016. He sold it in 2023, and the buyer paid $2,023,000.\n")
    assert src.published_inferred == "2023"


def test_txt_without_any_date(tmp_path: Path) -> None:
    src = _only(tmp_path, "nodate.txt", "Chef Tomas Velde opened a bistro in Portmere.\n")
    assert src.published is None
    assert src.published_inferred is None
    assert "undated" in src.date_note


# --- Markdown -----------------------------------------------------------------------------

MARKDOWN = (
    "---\n"
    "title: Chef Opens Second Bistro\n"
    "outlet: Harbor Gazette\n"
    "url: https://harbor.example/bistro\n"
    "date: 2025-03-20\n"
    "author: Priya Castellan\n"
    "---\n"
    "\n"
    "## Subheading\n"
    "\n"
    "Chef Tomas Velde opened *his second* bistro on **Tuesday**, according to "
    "[the city register](http://x).\n"
)


def test_markdown_front_matter_and_links(tmp_path: Path) -> None:
    src = _only(tmp_path, "bistro.md", MARKDOWN)
    assert src.title == "Chef Opens Second Bistro"
    assert src.outlet == "Harbor Gazette"
    assert src.url == "https://harbor.example/bistro"
    assert src.published == "2025-03-20"  # YAML reads the unquoted date as a datetime.date
    assert src.author == "Priya Castellan"
    assert "the city register" in src.body
    assert "http://x" not in src.body
    assert "](" not in src.body and "[the city register]" not in src.body
    assert "##" not in src.body
    assert "**" not in src.body
    assert "Tuesday" in src.body
    for front in ("title:", "outlet:", "Harbor Gazette", "Priya Castellan", "---"):
        assert front not in src.body


def test_markdown_single_star_emphasis_is_stripped(tmp_path: Path) -> None:
    src = _only(tmp_path, "bistro.md", MARKDOWN)
    assert "*" not in src.body
    assert "opened his second bistro" in src.body


# --- HTML ---------------------------------------------------------------------------------


def test_html_real_page(tmp_path: Path) -> None:
    seeds = _seeds(tmp_path)
    shutil.copy(SPOTLIGHT_HTML, seeds / SPOTLIGHT_HTML.name)
    sources, warnings = _ingest(tmp_path)
    assert warnings == ()
    (src,) = sources
    assert src.title == ("Julian Ostrander and Delphine Okafor Are Friends Again \u2014 "
                         "and Their Daughter Couldn\u2019t Be Happier")
    assert src.outlet == "Spotlight Weekly"
    assert src.url == "https://www.spotlightweekly.example/celebrity/ostrander-okafor-friends-again"
    assert src.published == "2023-04-18"
    assert src.author == "Marisol Trent"
    body = src.body
    assert body.startswith("Julian Ostrander and Delphine Okafor were married for eight years")
    assert body.endswith("Organizers said Sunday\u2019s event raised $310,000 for Second Helpings.")
    assert len(body.split("\n\n")) == 9
    assert "The pair fought over custody for five years" in body
    assert "\u201cWe spent years fighting about who was right, and we forgot Lena was keeping score.\u201d" in body
    for junk in ("Subscribe now", "Sign in", "Couples", "Harvest Table Gala", "Photo: Kenji Alvarez",
                 "Advertisement", "MealCrate", "SPOTLIGHT at checkout", "Share on Facebook",
                 "Related stories", "Related:", "midnight snack", "15 celebrity exes", "dataLayer",
                 "pageType", "min-height", "All rights reserved", "Privacy Policy", "newsletter",
                 "By Marisol Trent", "&rsquo;", "&ldquo;", "&mdash;", "&amp;", "<p>", "</"):
        assert junk not in body, junk
    assert "&" not in src.title


# --- sources.yml --------------------------------------------------------------------------


def test_sources_yml_overrides_one_file(tmp_path: Path) -> None:
    seeds = _seeds(tmp_path)
    (seeds / "first.txt").write_text(
        "outlet: Portmere Ledger\nurl: https://portmere.example/a\ndate: 2020-01-05\n---\n"
        "Chef Tomas Velde opened a bistro.\n", encoding="utf-8")
    (seeds / "second.txt").write_text(
        "outlet: Harbor Gazette\nurl: https://harbor.example/b\n---\n"
        "Chef Priya Castellan opened a bakery.\n", encoding="utf-8")
    (seeds / "sources.yml").write_text(
        "first.txt:\n  outlet: Override Times\n  url: https://override.example/a\n", encoding="utf-8")
    sources, warnings = _ingest(tmp_path)
    assert warnings == ()
    by_id = {s.id: s for s in sources}
    assert set(by_id) == {"first", "second"}  # sources.yml itself is not an article
    assert by_id["first"].outlet == "Override Times"
    assert by_id["first"].url == "https://override.example/a"
    assert by_id["first"].published == "2020-01-05"  # no date override: the file's own date stays
    assert by_id["second"].outlet == "Harbor Gazette"
    assert by_id["second"].url == "https://harbor.example/b"


def test_sources_yml_naming_a_missing_file_warns(tmp_path: Path) -> None:
    seeds = _seeds(tmp_path)
    (seeds / "first.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (seeds / "sources.yml").write_text("ghost.txt:\n  outlet: Nowhere News\n", encoding="utf-8")
    sources, warnings = _ingest(tmp_path)
    assert [s.id for s in sources] == ["first"]
    assert len(warnings) == 1
    assert warnings[0].path.endswith("sources.yml")
    assert "ghost.txt" in warnings[0].reason


@pytest.mark.parametrize("content", [
    "- first.txt\n- second.txt\n",                       # a list, not a mapping
    "first.txt:\n  outlet: X\n  publisher: Y\n",          # unknown key
    "first.txt: Override Times\n",                        # value is not a mapping
    "first.txt: {outlet: [unclosed\n",                    # not valid YAML
], ids=["list", "unknown-key", "scalar-value", "bad-yaml"])
def test_malformed_sources_yml_raises_config_error(tmp_path: Path, content: str) -> None:
    seeds = _seeds(tmp_path)
    (seeds / "first.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (seeds / "sources.yml").write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        _ingest(tmp_path)
    assert "sources.yml" in str(info.value)


# --- bad inputs ---------------------------------------------------------------------------

OUTSIDE_SECRET = "Zephyrine Quillfeather keeps her private diary outside the seeds folder."


def _bad_empty(seeds: Path) -> str:
    (seeds / "empty.txt").write_bytes(b"")
    return "empty.txt"


def _bad_whitespace(seeds: Path) -> str:
    (seeds / "blank.txt").write_bytes(b"  \n\t\n   \r\n  \n")
    return "blank.txt"


def _bad_binary(seeds: Path) -> str:
    (seeds / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + b"\x00" * 200)
    return "photo.txt"


def _bad_too_big(seeds: Path) -> str:
    (seeds / "huge.txt").write_text("Chef Tomas Velde cooked. " * 100, encoding="utf-8")  # 2,500 bytes
    return "huge.txt"


def _bad_pdf(seeds: Path) -> str:
    (seeds / "scan.pdf").write_bytes(b"%PDF-1.4\nChef Tomas Velde opened a bistro.\n%%EOF\n")
    return "scan.pdf"


def _bad_symlink(seeds: Path) -> str:
    outside = seeds.parent / "outside.txt"
    outside.write_text(OUTSIDE_SECRET + "\n", encoding="utf-8")
    os.symlink(outside, seeds / "link.txt")
    return "link.txt"


BAD_INPUTS = {
    "empty": _bad_empty,
    "whitespace-only": _bad_whitespace,
    "binary": _bad_binary,
    "too-big": _bad_too_big,
    "unsupported-extension": _bad_pdf,
    "symlink-outside": _bad_symlink,
}


@pytest.mark.parametrize("make_bad", list(BAD_INPUTS.values()), ids=list(BAD_INPUTS))
def test_bad_input_gives_one_warning_and_others_still_ingest(tmp_path: Path, make_bad) -> None:
    seeds = _seeds(tmp_path)
    (seeds / "a_good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (seeds / "z_good.txt").write_text(GOOD_TEXT.replace("Tuesday", "Friday"), encoding="utf-8")
    bad = make_bad(seeds)
    sources, warnings = _ingest(tmp_path, max_file_bytes=1000)
    assert [s.id for s in sources] == ["a_good", "z_good"]
    assert len(warnings) == 1, warnings
    (w,) = warnings
    assert w.path.endswith(bad)
    assert w.reason.strip()
    assert bad in str(w)
    for s in sources:
        assert "Zephyrine" not in s.body and "Quillfeather" not in s.body


def test_warning_reasons_say_what_is_wrong(tmp_path: Path) -> None:
    seeds = _seeds(tmp_path)
    for make_bad in BAD_INPUTS.values():
        make_bad(seeds)
    _, warnings = _ingest(tmp_path, max_file_bytes=1000)
    reasons = {Path(w.path).name: w.reason.lower() for w in warnings}
    assert len(reasons) == len(warnings) == len(BAD_INPUTS)
    assert "empty" in reasons["empty.txt"]
    assert "white space" in reasons["blank.txt"] or "empty" in reasons["blank.txt"]
    assert "binary" in reasons["photo.txt"]
    assert "1,000" in reasons["huge.txt"] or "limit" in reasons["huge.txt"]
    assert "not an article" in reasons["scan.pdf"] or ".txt" in reasons["scan.pdf"]
    assert "outside" in reasons["link.txt"]


def test_symlink_inside_seeds_is_followed(tmp_path: Path) -> None:
    seeds = _seeds(tmp_path)
    (seeds / "real.txt").write_text(GOOD_TEXT, encoding="utf-8")
    os.symlink(seeds / "real.txt", seeds / "alias.txt")
    sources, warnings = _ingest(tmp_path)
    assert [str(w) for w in warnings] == ["seeds/real.txt: same text as seeds/alias.txt; counted once"]
    by_id = {s.id: s for s in sources}
    assert by_id["alias"].body == by_id["real"].body
    # sorted by name: alias.txt comes first, so real.txt is the copy
    assert by_id["real"].duplicate_of == "alias"


def test_impossible_date_warns_and_file_is_still_ingested(tmp_path: Path) -> None:
    seeds = _seeds(tmp_path)
    (seeds / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (seeds / "baddate.txt").write_text(
        " date 2025-13-45 Chef Tomas Velde closed his bistro in June 2024.\n\n"
        "He says he will reopen it somewhere else.\n", encoding="utf-8")
    sources, warnings = _ingest(tmp_path)
    by_id = {s.id: s for s in sources}
    assert set(by_id) == {"good", "baddate"}
    assert len(warnings) == 1
    (w,) = warnings
    assert w.path.endswith("baddate.txt")
    assert "2025-13-45" in w.reason
    src = by_id["baddate"]
    assert src.published is None
    assert src.published_inferred == "2024-06"
    assert "not before" in src.date_note
    assert "2025-13-45" not in src.body
    assert src.body.startswith("Chef Tomas Velde closed his bistro")
    assert by_id["good"].published == "2021-06-01"


# --- encodings ----------------------------------------------------------------------------

CP1252_TEXT = (
    "She ordered a \u201ccaf\u00e9 au lait\u201d at the bistro on the corner, and said it was "
    "\u2018perfect\u2019 \u2014 the best in Portmere.\n\n"
    "The owner, Ren\u00e9 Dufresne, smiled.\n"
)


def test_windows_1252_file(tmp_path: Path) -> None:
    src = _only(tmp_path, "cafe.txt", expect=("seeds/cafe.txt: not UTF-8; read as cp1252",), content=CP1252_TEXT.encode("cp1252"))
    assert "caf\u00e9" in src.body
    assert "\u201ccaf\u00e9 au lait\u201d" in src.body
    assert "\u2018perfect\u2019" in src.body
    assert "Ren\u00e9 Dufresne" in src.body
    assert src.body == CP1252_TEXT.strip()


def test_windows_1252_file_with_accents_that_differ_from_cp1250(tmp_path: Path) -> None:
    text = ("The dessert was a cr\u00e8me br\u00fbl\u00e9e, and the waiter, a se\u00f1or from "
            "C\u00e1diz, called it \u201cperfect.\u201d\n\nThe caf\u00e9 on the corner stayed open late.\n")
    src = _only(tmp_path, "dessert.txt", expect=("seeds/dessert.txt: not UTF-8; read as cp1252",), content=text.encode("cp1252"))
    assert src.body == text.strip()


def test_tiny_windows_1252_file(tmp_path: Path) -> None:
    # a sentence, not a headline, so that the one line stays in the body
    src = _only(tmp_path, "tiny.txt", expect=("seeds/tiny.txt: not UTF-8; read as cp1252",), content="\u201cCaf\u00e9,\u201d she said.".encode("cp1252"))
    assert src.body == "\u201cCaf\u00e9,\u201d she said."


def test_utf8_bom_and_crlf(tmp_path: Path) -> None:
    text = ("Chef Tomas Velde opened his bistro.\r\n\r\nThe caf\u00e9 next door\r\n"
            "stayed open late.\r\n")
    src = _only(tmp_path, "bom.txt", b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert "\r" not in src.body
    assert "\ufeff" not in src.body
    assert src.body == "Chef Tomas Velde opened his bistro.\n\nThe caf\u00e9 next door stayed open late."


def test_utf8_bom_crlf_with_date_line(tmp_path: Path) -> None:
    text = " date 2024-05-02 Chef Tomas Velde opened his bistro.\r\n\r\nIt seats forty.\r\n"
    src = _only(tmp_path, "bomdate.txt", b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert src.published == "2024-05-02"
    assert src.body == "Chef Tomas Velde opened his bistro.\n\nIt seats forty."


# --- duplicates and determinism -----------------------------------------------------------


def test_identical_files_marked_duplicate(tmp_path: Path) -> None:
    seeds = _seeds(tmp_path)
    (seeds / "a_story.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (seeds / "b_story.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (seeds / "c_other.txt").write_text(GOOD_TEXT.replace("forty", "fifty"), encoding="utf-8")
    sources, warnings = _ingest(tmp_path)
    assert [str(w) for w in warnings] == ["seeds/b_story.txt: same text as seeds/a_story.txt; counted once"]
    by_id = {s.id: s for s in sources}
    assert by_id["a_story"].duplicate_of is None
    assert by_id["b_story"].duplicate_of == "a_story"
    assert by_id["c_other"].duplicate_of is None
    assert by_id["a_story"].sha256 == by_id["b_story"].sha256 != by_id["c_other"].sha256


def test_ids_are_unique_for_same_stem(tmp_path: Path) -> None:
    seeds = _seeds(tmp_path)
    (seeds / "story.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (seeds / "story.md").write_text(GOOD_TEXT.replace("forty", "fifty"), encoding="utf-8")
    sources, _ = _ingest(tmp_path)
    ids = [s.id for s in sources]
    assert len(ids) == len(set(ids)) == 2


def test_ingest_is_deterministic(tmp_path: Path) -> None:
    seeds = _seeds(tmp_path)
    shutil.copy(SPOTLIGHT_HTML, seeds / SPOTLIGHT_HTML.name)
    (seeds / "velde.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (seeds / "bistro.md").write_text(MARKDOWN, encoding="utf-8")
    (seeds / "cafe.txt").write_bytes(CP1252_TEXT.encode("cp1252"))
    (seeds / "copy.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (seeds / "empty.txt").write_bytes(b"")
    first = _ingest(tmp_path)
    second = _ingest(tmp_path)
    assert first == second
    assert len(first[0]) == 5


def test_fictional_corpus_ingests_cleanly(tmp_path: Path) -> None:
    shutil.copytree(CASES / "fictional" / "seeds", tmp_path / "seeds")
    sources, warnings = _ingest(tmp_path)
    assert warnings == ()
    by_id = {s.id: s for s in sources}
    assert len(by_id) == 7
    salt = by_id["delphine_salt_and_honey"]
    assert salt.outlet == "Soundcheck Daily"  # from sources.yml
    assert salt.published is None and salt.published_inferred == "2019"
    assert salt.title == "Delphine Okafor Gets Candid About Divorce, Custody and the Album That Saved Her"
    assert by_id["2025_grandparents"].published == "2025-03-20"
    assert by_id["2012_gag_order"].published == "2012-06-14"


def test_article_over_max_article_chars_is_skipped(tmp_path: Path) -> None:
    seeds = _seeds(tmp_path)
    (seeds / "a_good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (seeds / "long.txt").write_text("Chef Tomas Velde cooked a long dinner. " * 100, encoding="utf-8")
    sources, warnings = _ingest(tmp_path, max_article_chars=1000)
    assert [s.id for s in sources] == ["a_good"]
    assert [str(w) for w in warnings] == [
        "seeds/long.txt: skipped: holds 3,899 characters of text, over the limit of 1,000 (profile.max_article_chars)"]


def test_nested_blocks_are_read_once_each(tmp_path: Path) -> None:
    inner = "<p>Chef Tomas Velde opened a bistro in Portmere in 2019.</p>"
    page = ("<html><body><article><h1>Velde Opens Bistro</h1>" + "<blockquote><div>" * 200 + inner
            + "</div></blockquote>" * 200 + "<p>It seats forty.</p></article></body></html>")
    src = _only(tmp_path, "deep.html", page)
    assert src.body == "Chef Tomas Velde opened a bistro in Portmere in 2019.\n\nIt seats forty."


def test_page_nested_beyond_the_limit_is_read_as_plain_text(tmp_path: Path) -> None:
    page = ("<html><head><script>var x = 1;</script></head><body>" + "<div>" * 2000
            + "<p>Chef Tomas Velde opened a bistro in Portmere in 2019.</p>" + "</div>" * 2000 + "</body></html>")
    src = _only(tmp_path, "deeper.html", page,
                expect=("seeds/deeper.html: HTML nested 2,003 levels deep (limit 500); read as plain text",))
    assert src.body == "Chef Tomas Velde opened a bistro in Portmere in 2019."


def test_markdown_markers_with_nested_marks_and_parenthesised_addresses(tmp_path: Path) -> None:
    text = "See [the **ruling**](https://x.example/a_(b)) and __this__ and **bold *with* star** in 2019.\n"
    src = _only(tmp_path, "marks.md", text)
    assert src.body == "See the ruling and this and bold with star in 2019."


@pytest.mark.parametrize("line", ["[" * 300_000, "[x](" * 75_000, "**a " * 75_000], ids=["open", "link", "bold"])
def test_markdown_line_of_unclosed_markers_is_read(tmp_path: Path, line: str) -> None:
    # Before the marker patterns excluded their own openers, each of these took ~10 s per 200 KB.
    src = _only(tmp_path, "odd.md", "Chef Tomas Velde opened a bistro in 2019.\n\n" + line + "\n",
                max_article_chars=10_000_000)
    assert src.body.endswith(line.strip())


def test_a_file_name_cannot_add_a_line_to_the_log(tmp_path: Path) -> None:
    seeds = _seeds(tmp_path)
    (seeds / "a\nINFO - all good.txt").write_bytes(b"")
    (seeds / "bad_front.md").write_text("---\ntitle: [unclosed\n---\nChef Tomas Velde cooked.\n", encoding="utf-8")
    _sources, warnings = _ingest(tmp_path)
    assert str(warnings[0]) == "seeds/a\\nINFO - all good.txt: skipped: is empty"
    assert len(warnings) == 2
    assert all("\n" not in str(w) for w in warnings)
    assert str(warnings[1]).startswith("seeds/bad_front.md: skipped: cannot be parsed: ")


@pytest.mark.parametrize("text", [
    "--- \ntitle: Velde Opens Bistro\ndate: 2020-01-02\n---  \nChef Tomas Velde opened a bistro in 2019.\n",
    "----\ntitle: Velde Opens Bistro\ndate: 2020-01-02\n----\nChef Tomas Velde opened a bistro in 2019.\n",
    "\n\n---\ntitle: Velde Opens Bistro\ndate: 2020-01-02\n---\nChef Tomas Velde opened a bistro in 2019.\n",
], ids=["trailing-spaces", "four-dashes", "blank-lines-before"])
def test_markdown_front_matter_between_any_lines_of_dashes(tmp_path: Path, text: str) -> None:
    src = _only(tmp_path, "fm.md", text)
    assert (src.title, src.published, src.body) == ("Velde Opens Bistro", "2020-01-02",
                                                    "Chef Tomas Velde opened a bistro in 2019.")


def test_markdown_front_matter_never_closed_is_text(tmp_path: Path) -> None:
    src = _only(tmp_path, "open.md", "---\ntitle: Velde Opens Bistro\n\nChef Tomas Velde opened a bistro in 2019.\n")
    assert src.body.endswith("Chef Tomas Velde opened a bistro in 2019.")
    assert src.published is None


def test_markdown_front_matter_that_is_not_a_mapping_is_reported(tmp_path: Path) -> None:
    seeds = _seeds(tmp_path)
    (seeds / "list.md").write_text("---\n- a\n- b\n---\nChef Tomas Velde opened a bistro in 2019.\n", encoding="utf-8")
    sources, warnings = _ingest(tmp_path)
    assert sources == ()
    assert [str(w) for w in warnings] == [
        "seeds/list.md: skipped: cannot be parsed: ValueError: front matter is not a mapping of key: value"]


def test_page_furniture_left_out_is_listed_not_lost() -> None:
    """A byline, an advertisement or a related story's teaser is not article text, but the
    words are kept for the sources page; a script's text never is."""
    from generator.ingest.html import parse_html

    page = """<html><body><article><h1>Head</h1>
    <p class="byline">By Jane Roe · May 18, 2016</p>
    <p>Ann Lee and Bob Ray married in 2013 in a small ceremony.</p>
    <div class="ad-slot"><p>Try Something free for 30 days.</p><script>var x = "secret";</script></div>
    <aside><p>Related: another story entirely.</p></aside>
    <p>They live in Austin with their two children.</p></article></body></html>"""
    meta, pars, _date = parse_html(page)
    assert pars == ["Ann Lee and Bob Ray married in 2013 in a small ceremony.",
                    "They live in Austin with their two children."]
    assert meta["left_out"] == ["By Jane Roe · May 18, 2016", "Try Something free for 30 days.",
                                "Related: another story entirely."]
