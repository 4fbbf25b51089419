"""Two people of one first name told apart by their full names (corpus_x's first reading: a Mexican family whose names
are given names of two words and two surnames): a mother "María Fernanda Ortega" and her daughter "María José Villalobos
Ortega" were one woman, and a footballer "Rodrigo Villalobos Garza", his father "Rodrigo Villalobos Treviño" and his son
"Rodrigo Villalobos Ortega" one man. The cases use invented names of the same shapes."""

from __future__ import annotations

from tests.units import read, read_articles


def _found(people: tuple) -> dict[str, set[str]]:
    return {p.name: set(p.aliases) for p in people}


def _owner(found: dict[str, set[str]], form: str) -> list[str]:
    return [name for name, aliases in found.items() if form == name or form in aliases]


def test_a_mother_and_a_daughter_of_one_first_name_are_two_people() -> None:
    _s, people = read("The actress Ana Sofía Moss, 30, married Bob Ray Lee in 2012. Friends said Ana was radiant. The "
                      "couple's daughter is called Ana Lucía Ray Moss. Ana Sofía Moss said the baby was well. Ana Lucía, "
                      "7, carried the candle. Ana Sofía Moss wept.")
    found = _found(people)
    assert _owner(found, "Ana Sofía Moss") != _owner(found, "Ana Lucía Ray Moss"), found
    assert _owner(found, "Ana Lucía") == _owner(found, "Ana Lucía Ray Moss"), found


def test_a_father_and_a_son_of_one_name_and_another_second_surname_are_two_people() -> None:
    """"Tomás Kelby Moss", the footballer, and his father "Tomás Kelby Lee": two men, whichever "Tomás Kelby" is."""
    _src, _s, people = read_articles([
        {"text": "Midfielder Tomás Kelby Moss, 23, walked her out. His father, Tomás Kelby Lee, kept goal for the club. "
                 "Tomás Kelby said little.", "date": "2009-10-01"},
        {"text": "Ann Ray is engaged to Tomás Kelby Moss. His father, former goalkeeper Tomás Kelby Lee, said he was "
                 "happy. Tomás Kelby proposed in Cancún.", "date": "2010-12-28"},
        {"text": "Tomás Kelby and Ann Ray married. The groom chose his father, Tomás Kelby Lee, as best man. Tomás Kelby "
                 "Moss wore grey.", "date": "2012-04-23"},
    ])
    found = _found(people)
    assert _owner(found, "Tomás Kelby Moss") != _owner(found, "Tomás Kelby Lee"), found


def test_one_woman_with_her_maiden_name_moved_is_one_person() -> None:
    """"Ann Kay Lee" who became "Ann Lee Ray": her maiden name her middle one, one woman."""
    _s, people = read("Ann Kay Lee, 30, married Bob Ray in 2001. Friends said Ann was happy. Ann Lee Ray, as she now "
                      "signs, said the wedding was small. Ann Kay Lee had met him in 1999.")
    found = _found(people)
    assert _owner(found, "Ann Kay Lee") == _owner(found, "Ann Lee Ray"), found


def test_one_family_name_spelt_two_ways_is_one_person() -> None:
    """"Cy bin Bo Al Kelbi", "Cy Al Kelbi" and "Cy Al Kelby": one man however his family name is spelt."""
    _s, people = read("The developer Cy bin Bo Al Kelbi, 35, married Ann Lee in 2012. Cy Al Kelbi said he was happy. "
                      "Friends said Cy was nervous. Cy Al Kelby wore white.")
    found = _found(people)
    assert len({*_owner(found, "Cy Al Kelbi"), *_owner(found, "Cy Al Kelby"), *_owner(found, "Cy bin Bo Al Kelbi")}) == 1, found


def test_a_nickname_of_a_two_word_given_name_is_that_name() -> None:
    """'José Luis "Pepe" Moss': "Pepe Moss" is "José Luis Moss", and no "Luis Moss" is anyone."""
    _s, people = read("Her brother, José Luis \"Pepe\" Moss, 40, gave the toast. José Luis Moss is also her manager. "
                      "Pepe Moss said the day was perfect. Pepe laughed.")
    found = _found(people)
    assert _owner(found, "Pepe Moss") == _owner(found, "José Luis Moss") != [], found
    assert not _owner(found, "Luis Moss"), found


def test_a_family_name_with_de_alone_is_the_one_woman_named_in_full_with_it() -> None:
    """"Salinas de Moss" written alone is "Guadalupe Salinas de Moss" (her husband's name after "de")."""
    _s, people = read("Her mother, Guadalupe Salinas de Moss, 60, wept. Friends said Guadalupe was proud. The judge is "
                      "no relation to Salinas de Moss, 60, staff said.")
    found = _found(people)
    assert _owner(found, "Salinas de Moss") == ["Guadalupe Salinas de Moss"], found


def test_a_city_is_no_one() -> None:
    """"Ciudad Kelby", "Puerto Kelby": cities."""
    _s, people = read("Ann Lee, 30, was born in Puerto Kelby. She met Bob Ray at a match in Ciudad Kelby, at the "
                      "Estadio Benito Kelby. Ray said Ciudad Kelby was his home, and Puerto Kelby hers. Kelby is far.")
    found = _found(people)
    assert not _owner(found, "Ciudad Kelby") and not _owner(found, "Puerto Kelby"), found


def test_his_sister_is_not_his_wife_under_her_married_name() -> None:
    """corpus_y: "Bunty's sister Priya Kapoor" beside the actress "Priya Malhotra", who took his name ("Priya Malhotra
    Kapoor"): his sister, a person of her own; but "his sister, Ann Kay Lee" of an "Ann Lee" is Ann Lee."""
    _src, _s, people = read_articles([
        {"text": "Actress Ann Lee, 30, married the cricketer Bob Ray in Kelby. Friends said Ann was radiant. Lee said "
                 "it was perfect.", "date": "2011-12-10"},
        {"text": "Ann Lee Ray, as she now signs, posted a photo. Bob's sister Ann Ray did the mehendi. Ann Ray, a "
                 "physiotherapist, said little.", "date": "2012-01-10"},
    ])
    found = _found(people)
    assert _owner(found, "Ann Ray") and _owner(found, "Ann Ray") != _owner(found, "Ann Lee"), found
    _s, people = read("Cy Lee said his sister, Ann Kay Lee, 30, was happy. Ann Lee married Bob Ray in 2011. Friends "
                      "said Ann was radiant.")
    found = _found(people)
    assert _owner(found, "Ann Kay Lee") == _owner(found, "Ann Lee"), found
