"""profile.json is written by render.dumps_indented: the bytes json.dumps(sort_keys=True,
ensure_ascii=False, indent=1) gives, for every kind of value profile.json holds and for the rest."""

from __future__ import annotations

import enum
import json
import random
from typing import Any

from generator.model import Profile
from generator.render import dumps_indented, profile_json


def _stdlib(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, indent=1)


class _Kind(str, enum.Enum):
    A = "a"


class _Number(enum.IntEnum):
    ONE = 1


def test_same_bytes_as_the_standard_library() -> None:
    values: list[Any] = [
        None, True, False, 0, -7, 10**30, 1.5, -0.0, 1e300, float("nan"), float("inf"), float("-inf"),
        "", "plain", "quote \" backslash \\ newline \n tab \t", "é “curly” \u2028 \x00 \U0001f600",
        [], {}, (), [[]], [{}], {"b": [], "a": {}}, [1, [2, {"z": None}]], (1, (2,)),
        {"k": _Kind.A}, [_Number.ONE], {_Kind.A: 1},
        {"nested": {"list": [{"x": 1, "y": [1.0, None, "s"]}], "empty": []}},
    ]
    for value in values:
        assert dumps_indented(value) == _stdlib(value), value


def test_values_it_leaves_to_the_standard_library() -> None:
    for value in ({1: 2}, {True: "x"}, {None: 1}, {2.5: 1}, {"a": {3: [1]}}):
        assert dumps_indented(value) == _stdlib(value)


def test_random_documents() -> None:
    rng = random.Random(12)

    def make(depth: int) -> Any:
        pick = rng.randrange(8 if depth < 4 else 5)
        if pick == 0:
            return rng.choice([None, True, False])
        if pick == 1:
            return rng.randrange(-1000, 1000)
        if pick == 2:
            return rng.uniform(-1e6, 1e6)
        if pick in (3, 4):
            return "".join(rng.choice("ab \"\\\né“\u2028") for _ in range(rng.randrange(6)))
        if pick == 5:
            return [make(depth + 1) for _ in range(rng.randrange(4))]
        return {"".join(rng.choice("xyz\"é") for _ in range(rng.randrange(1, 4))): make(depth + 1)
                for _ in range(rng.randrange(4))}

    for _ in range(300):
        value = make(0)
        assert dumps_indented(value) == _stdlib(value)


def test_profile_json_of_a_built_profile(built: tuple[str, Profile]) -> None:
    _name, profile = built
    text = profile_json(profile)
    assert text == _stdlib(json.loads(text)) + "\n"
