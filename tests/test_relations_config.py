"""profile.relations in mkdocs.yml: add and remove relations by hand, validated with clear errors;
and the dating of undated articles (a date in the web address, no future date as a lower bound)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.config import RelationConfig, from_options
from generator.errors import ConfigError
from generator.ingest.dates import latest_mentioned, url_date
from generator.model import Citation, Relation
from generator.relations import adjust


def test_relations_add_and_remove(tmp_path: Path) -> None:
    cfg = from_options(tmp_path, {"relations": {
        "add": [{"kind": "former-spouse", "person": "Jane Doe", "other": "John Doe", "start": 2001, "end": "2009"}],
        "remove": [{"kind": "child", "person": "John Doe", "other": "Jane Doe"}]}})
    assert cfg.relations_add == (RelationConfig("former-spouse", "Jane Doe", "John Doe", "2001", "2009"),)
    found = (Relation("child", "John Doe", "Jane Doe", citations=(Citation("a", 0, 5, "a:0"),)),
             Relation("child", "Ann Doe", "Jane Doe"))
    out = adjust(found, cfg.relations_add, cfg.relations_remove)
    assert [(r.kind, r.person, r.other, r.start, r.end) for r in out] == [
        ("child", "Ann Doe", "Jane Doe", "", ""), ("former-spouse", "Jane Doe", "John Doe", "2001", "2009")]


def test_relations_remove_a_symmetric_kind_in_either_order(tmp_path: Path) -> None:
    cfg = from_options(tmp_path, {"relations": {"remove": [{"kind": "spouse", "person": "B", "other": "A"}]}})
    assert adjust((Relation("spouse", "A", "B"),), (), cfg.relations_remove) == ()


@pytest.mark.parametrize(("value", "key"), [
    ([], "profile.relations"),
    ({"drop": []}, "profile.relations"),
    ({"add": {"kind": "spouse"}}, "profile.relations.add"),
    ({"add": [{"kind": "cousin", "person": "A", "other": "B"}]}, "profile.relations.add[0].kind"),
    ({"add": [{"kind": "spouse", "person": "", "other": "B"}]}, "profile.relations.add[0].person"),
    ({"remove": [{"kind": "spouse", "person": "A"}]}, "profile.relations.remove[0].other"),
    ({"add": [{"kind": "spouse", "person": "A", "other": "A"}]}, "profile.relations.add[0]"),
    ({"add": [{"kind": "spouse", "person": "A", "other": "B", "start": "June"}]}, "profile.relations.add[0].start"),
    ({"add": [{"kind": "spouse", "person": "A", "other": "B", "since": 2001}]}, "profile.relations.add[0]"),
])
def test_bad_relations_config_names_the_key(tmp_path: Path, value: Any, key: str) -> None:
    with pytest.raises(ConfigError) as info:
        from_options(tmp_path, {"relations": value})
    assert f"{key}:" in str(info.value)


def test_url_dates() -> None:
    assert url_date("https://www.example.com/2020/06/some-story.html") == "2020-06"
    assert url_date("https://www.example.com/2020/06/15/some-story/") == "2020-06-15"
    assert url_date("https://www.example.com/news/ny-story-20201130-abcdef-story.html") == "2020-11-30"
    assert url_date("https://www.example.com/news/story-431889") is None
    assert url_date("https://www.example.com/2020/13/story") is None


def test_a_future_date_is_no_lower_bound() -> None:
    text = ("The settlement was reached in February 2022. She will pay $115,000 a month in support until "
            "January 2024. The next hearing is due in March 2025.")
    assert latest_mentioned(text) == ("2022-02", "February 2022")
