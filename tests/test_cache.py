"""The per-article cache: a warm build gives the same bytes as a cold one; a change of
configuration or code version invalidates it; a corrupt entry is rewritten, never fatal."""

from __future__ import annotations

import pickle
import shutil
from dataclasses import replace
from pathlib import Path

from generator.cache import FOLDER, Cache
from generator.config import ProfileConfig
from generator.ingest import ingest
from generator.people import recognise
from generator.pipeline import analyse, build, segment_all

from .conftest import CASES, corpus_config


def _project(tmp_path: Path) -> ProfileConfig:
    shutil.copytree(CASES / "fictional" / "seeds", tmp_path / "seeds")
    return corpus_config(tmp_path / "seeds", tmp_path / "docs")


def _outputs(docs: Path) -> dict[str, bytes]:
    return {p.relative_to(docs).as_posix(): p.read_bytes() for p in sorted(docs.rglob("*")) if p.is_file()}


def _entries(config: ProfileConfig) -> list[Path]:
    return sorted((config.root / FOLDER).rglob("*.pickle"))


def test_warm_build_writes_the_same_bytes_as_a_cold_one(tmp_path: Path) -> None:
    config = _project(tmp_path)
    build(config)
    assert _entries(config), "the cold build filled the cache"
    cold = _outputs(config.docs_dir)
    shutil.rmtree(config.docs_dir)
    build(config)
    assert _outputs(config.docs_dir) == cold
    shutil.rmtree(config.docs_dir)
    build(config, use_cache=False)
    assert _outputs(config.docs_dir) == cold


def test_a_warm_analysis_reads_every_article_from_the_cache(tmp_path: Path) -> None:
    config = _project(tmp_path)
    build(config)
    cache = Cache.for_config(config)
    analyse(config, cache)
    assert not cache.misses and set(cache.hits) == {"ingest", "segment", "people", "names", "mentions", "classify", "extract"}


def test_an_added_article_is_the_only_one_segmented(tmp_path: Path) -> None:
    config = _project(tmp_path)
    cold = Cache.for_config(config)
    analyse(config, cold)
    assert not cold.hits and cold.misses["segment"] >= 6
    extra = (CASES / "fictional" / "seeds" / "2012_gag_order.txt").read_text(encoding="utf-8")
    (config.seeds_dir / "zz_new.txt").write_text(extra.replace("Cook County", "Lake County"), encoding="utf-8")
    warm = Cache.for_config(config)
    analyse(config, warm)
    assert warm.misses["segment"] == 1, "only the new article is segmented"
    assert warm.hits["segment"] == cold.misses["segment"]


def test_a_change_of_configuration_or_code_version_invalidates(tmp_path: Path) -> None:
    config = _project(tmp_path)
    build(config)
    for changed, version in ((replace(config, subject="Someone else"), None),
                             (replace(config, sections=config.sections[:2]), None),
                             (config, "another code version")):
        cache = Cache.for_config(changed, version)
        assert cache.folder != Cache.for_config(config).folder
        analyse(changed, cache)
        assert not cache.hits and cache.misses["segment"] > 0
    moved = replace(config, root=tmp_path / "elsewhere", docs_dir=tmp_path / "elsewhere" / "docs")
    assert Cache.for_config(moved).folder.name == Cache.for_config(config).folder.name


def test_a_build_removes_the_entries_of_another_configuration(tmp_path: Path) -> None:
    config = _project(tmp_path)
    build(config)
    old = Cache.for_config(config).folder
    changed = replace(config, subject="Someone else")
    build(changed)
    assert not old.exists() and Cache.for_config(changed).folder.is_dir()


def test_a_corrupt_or_foreign_entry_is_ignored_and_rewritten(tmp_path: Path) -> None:
    config = _project(tmp_path)
    build(config)
    cold = _outputs(config.docs_dir)
    entries = _entries(config)
    for n, path in enumerate(entries):
        path.write_bytes(b"\x80\x04 not a pickle" if n % 2 else pickle.dumps({"unexpected": "type"}))
    shutil.rmtree(config.docs_dir)
    build(config)
    assert _outputs(config.docs_dir) == cold
    assert _entries(config) == entries
    cache = Cache.for_config(config)
    analyse(config, cache)
    assert not cache.misses, "every bad entry was written again"


def test_no_temporary_file_is_left_and_an_unusable_cache_folder_is_not_fatal(tmp_path: Path) -> None:
    config = _project(tmp_path)
    build(config)
    assert not [p for p in (config.root / ".cache").rglob("*") if p.name.startswith(".tmp-")]
    shutil.rmtree(config.root / ".cache")
    (config.root / ".cache").write_text("a file where the cache folder should be")
    cold = _outputs(config.docs_dir)
    shutil.rmtree(config.docs_dir)
    build(config)
    assert _outputs(config.docs_dir) == cold


def _cold_outputs(config: ProfileConfig, tmp_path: Path) -> dict[str, bytes]:
    cold = replace(config, docs_dir=tmp_path / "cold-docs")
    build(cold, use_cache=False)
    return _outputs(cold.docs_dir)


def test_adding_changing_or_removing_an_article_gives_the_bytes_of_a_cold_build(tmp_path: Path) -> None:
    config = _project(tmp_path)
    build(config)
    seeds = config.seeds_dir
    extra = (seeds / "2012_gag_order.txt").read_text(encoding="utf-8")
    changes = [
        lambda: (seeds / "zz_new.txt").write_text(extra.replace("Cook County", "Lake County"), encoding="utf-8"),
        lambda: (seeds / "2016_chef_fatherhood.txt").write_text(
            (seeds / "2016_chef_fatherhood.txt").read_text(encoding="utf-8").replace("2016", "2017"), encoding="utf-8"),
        lambda: (seeds / "2024_lena_wedding.txt").unlink(),
    ]
    for n, change in enumerate(changes):
        change()
        build(config)
        assert _outputs(config.docs_dir) == _cold_outputs(config, tmp_path / str(n)), f"change {n}"


def test_a_changed_sources_yml_entry_is_read_again(tmp_path: Path) -> None:
    config = _project(tmp_path)
    build(config)
    overrides = config.seeds_dir / "sources.yml"
    text = overrides.read_text(encoding="utf-8")
    assert "Soundcheck Daily" in text
    overrides.write_text(text.replace("Soundcheck Daily", "Another Outlet") +
                         '2024_lena_wedding.txt: {date: "2024-06-01"}\n', encoding="utf-8")
    cache = Cache.for_config(config)
    analyse(config, cache)
    assert cache.misses["ingest"] == 2, "only the two files whose entry changed are parsed again"
    build(config)
    warm = _outputs(config.docs_dir)
    assert b"Another Outlet" in warm["sources.md"]
    assert warm == _cold_outputs(config, tmp_path)


def test_a_cached_unusable_file_still_gives_its_warning(tmp_path: Path) -> None:
    config = _project(tmp_path)
    (config.seeds_dir / "empty_body.md").write_text("---\ntitle: Only a title\n---\n", encoding="utf-8")
    cold = analyse(config)[0].warnings
    assert any("empty_body.md" in w.path for w in cold)
    analyse(config, Cache.for_config(config))
    cache = Cache.for_config(config)
    assert analyse(config, cache)[0].warnings == cold
    assert not cache.misses


def test_a_table_keeps_what_a_build_used_and_only_that(tmp_path: Path) -> None:
    config = _project(tmp_path)
    first = Cache.for_config(config)
    calls: list[str] = []

    def length(text: str) -> int:
        calls.append(text)
        return len(text)
    for text in ("one", "two", "three", "two"):
        assert first.table("lengths").get_or_compute(text, lambda t=text: length(t)) == len(text)
    assert calls == ["one", "two", "three"]
    first.prune()
    second = Cache.for_config(config)
    table = second.table("lengths")
    assert [table.get_or_compute(t, lambda t=t: length(t)) for t in ("two", "four")] == [3, 4]
    assert calls == ["one", "two", "three", "four"] and (table.hits, table.misses) == (1, 1)
    second.prune()
    third = Cache.for_config(config).table("lengths")
    assert third._stored == {"two": 3, "four": 4}  # "one" and "three" went unused, and went


def test_a_corrupt_table_is_an_empty_one(tmp_path: Path) -> None:
    config = _project(tmp_path)
    cache = Cache.for_config(config)
    cache.table("lengths").get_or_compute("a", lambda: 1)
    cache.prune()
    path = cache.table("lengths").path
    for junk in (b"\x80\x04 not a pickle", pickle.dumps(("other", {"a": 2})), pickle.dumps(["a", 2])):
        path.write_bytes(junk)
        table = Cache.for_config(config).table("lengths")
        assert table.get_or_compute("a", lambda: 1) == 1 and table.misses == 1


def test_a_rebuild_with_nothing_changed_touches_no_page(tmp_path: Path) -> None:
    config = _project(tmp_path)
    build(config)
    before = {p: p.stat().st_mtime_ns for p in sorted(config.docs_dir.rglob("*")) if p.is_file()}
    result = build(config)
    assert result.changed == ()
    assert {p: p.stat().st_mtime_ns for p in sorted(config.docs_dir.rglob("*")) if p.is_file()} == before


def test_an_article_read_from_the_cache_follows_what_another_article_adds_about_its_people(tmp_path: Path) -> None:
    """Pronouns are resolved article by article, cached under a key that holds the gender and role
    words of the article's people: an article that gives one of them a gender re-resolves the other."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("Robin Vale, 41, opened a bakery in Hartford.\n\nRobin Vale spoke to the crowd on "
                                 "Tuesday. She said the ovens arrived late.\n", encoding="utf-8")
    config = corpus_config(seeds, tmp_path / "docs")

    def she(cache: Cache | None) -> tuple[str, ...]:
        sources, _ = ingest(config, cache)
        sentences, _people = recognise(segment_all(sources, cache), config.people, cache)
        return next(s.people for s in sentences if s.text.startswith("She said"))

    assert she(Cache.for_config(config)) == (), "no one: the articles do not say Robin Vale is a woman"
    (seeds / "b.txt").write_text("Robin Vale said her new shop opens in May.\n", encoding="utf-8")
    warm = Cache.for_config(config)
    assert she(warm) == she(None) == ("Robin Vale",)
    assert warm.misses["mentions"] == 2 and warm.hits["segment"] == 1


def test_an_article_read_from_the_cache_finds_a_name_another_article_makes_a_person(tmp_path: Path) -> None:
    """Names are found article by article, cached under the people's name forms: a new article that
    makes a name a person's ("Dana Cole, 52, ...") has the cached articles searched for it again."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("Mira Lund, 40, thanked Dana Cole for the help on Friday.\n", encoding="utf-8")
    config = corpus_config(seeds, tmp_path / "docs")

    def people(cache: Cache | None) -> tuple[str, ...]:
        sources, _ = ingest(config, cache)
        sentences, _people = recognise(segment_all(sources, cache), config.people, cache)
        return next(s.people for s in sentences if s.source == "a")

    assert people(Cache.for_config(config)) == ("Mira Lund",)
    (seeds / "b.txt").write_text("Dana Cole, 52, runs the shelter in Tacoma.\n", encoding="utf-8")
    warm = Cache.for_config(config)
    assert people(warm) == people(None) == ("Mira Lund", "Dana Cole")
    assert warm.misses["names"] == 2 and warm.hits["people"] == 1
