"""Names that are no one's (corpus_w's first reading): a work's title ("her new album, Ivy Lane", 'the talk show
"Night Harbour"'), an outlet's name cut before a word that ends no name ("told Kelby Showbiz Now that"), and a place
written nearly always after "on", "in", "at" ("a hotel on Kelby Island"); and the people beside them who stay people."""

from __future__ import annotations

from tests.units import read, read_articles


def _names(people: tuple) -> set[str]:
    return {p.name for p in people} | {a for p in people for a in p.aliases}


def test_an_album_is_no_one_and_the_daughter_named_after_it_is_herself() -> None:
    """'has been named Ivy, after the singer's 2014 album "Ivy Lane."': the album was a person whose short form "Ivy"
    was the daughter's, so the daughter was told under the album's name."""
    _s, people = read("Ann Lee, 34, gave birth to a daughter on Friday. The baby has been named Ivy, after the "
                      "singer's 2014 album \"Ivy Lane.\" Ivy weighed 3 kg, Lee said. Her new album, Ivy Lane, went "
                      "platinum. Their daughter, Ivy, was at the show.")
    names = _names(people)
    assert "Ivy Lane" not in names, names
    assert "Ivy" in {p.name for p in people}, names


def test_a_show_written_as_a_title_mostly_is_no_one_even_where_it_ends_in_a_first_name() -> None:
    """"to host Night Harbour" once, beside its title in quotation marks, after "talk show", "episode of" and in an
    apposition "with Night Harbour, the Kelby TV talk show": a show, though "Harbour" is someone's first name."""
    _src, _s, people = read_articles([
        {"text": "Ann Lee moved to Kelby in 2008 to host Night Harbour. Bob Ray, 40, was a guest on Tuesday's "
                 "episode of her talk show Night Harbour.", "date": "2010-11-25"},
        {"text": "Bob Ray appeared on Lee's talk show, \"Night Harbour.\" Harbour Moss, 30, produced it. Harbour said "
                 "little.", "date": "2011-06-20"},
        {"text": "Lee, 32, hosts the long-running talk show \"Night Harbour\" on Kelby TV. She is on Thursday nights "
                 "with Night Harbour, the Kelby TV talk show she has hosted since 2008.", "date": "2015-02-01"},
    ])
    names = _names(people)
    assert "Night Harbour" not in names, names
    assert {"Ann Lee", "Bob Ray", "Harbour Moss"} <= {p.name for p in people}, names


def test_a_person_named_after_a_work_noun_with_a_verb_after_is_still_a_person() -> None:
    """"the film Bob Ray directed", "the album Bob Ray produced": his works, him a person."""
    _s, people = read("Ann Lee starred in the film Bob Ray directed. Lee sang on the album Bob Ray produced in 2001. "
                      "Bob Ray said she was a natural. Lee said so too.")
    assert {"Ann Lee", "Bob Ray"} <= {p.name for p in people}, _names(people)


def test_an_outlet_cut_before_now_is_an_outlet() -> None:
    """'told Kelby Showbiz Now that ...': the outlet (named in another article's metadata) was a person "Kelby
    Showbiz", "Now" being no word of a name."""
    _src, _s, people = read_articles([
        {"text": "A friend of the singer told Kelby Showbiz Now that Ann Lee was unhappy. Lee, 30, said nothing.",
         "date": "2018-07-01", "outlet": "Daily Kelby"},
        {"text": "According to the website Kelby Showbiz Now, Ann Lee and Bob Ray had separated. Her album went "
                 "platinum in Kelby.", "date": "2018-08-01", "outlet": "The Kelby Post"},
        {"text": "Back in July, insiders told Kelby Showbiz Now that the couple had been living apart. Ann Lee denied "
                 "the rumours.", "date": "2018-09-01", "outlet": "Kelby Showbiz Now"},
    ])
    names = _names(people)
    assert not {"Kelby Showbiz", "Kelby"} & names, names
    assert "Ann Lee" in {p.name for p in people}, names


def test_a_person_whose_name_opens_an_outlet_and_stands_alone_too_is_a_person() -> None:
    """An outlet named after a person ("Ann Lee Living") leaves her a person where she is written alone too."""
    _src, _s, people = read_articles([
        {"text": "Ann Lee, 50, launched a magazine. Ann Lee said it would sell.", "date": "2018-07-01",
         "outlet": "Daily Kelby"},
        {"text": "Ann Lee Living sold well, Ann Lee said.", "date": "2019-07-01", "outlet": "Ann Lee Living"},
    ])
    assert "Ann Lee" in {p.name for p in people}, _names(people)


def test_a_name_written_nearly_always_after_on_or_at_is_a_place() -> None:
    """"at the Glen Hotel on Palm Kelby" written four times, and once as "the spectacular Palm Kelby wedding": an
    island, no one (corpus_w's "Palm Jumeirah", with "the Palm" its short form)."""
    _src, _s, people = read_articles([
        {"text": f"Ann Lee and Bob Ray married on Thursday at the Glen Hotel on Palm Kelby, in a celebration for "
                 f"{n} guests. Lee said it was perfect.", "date": f"201{n}-04-13"} for n in range(2, 6)] + [
        {"text": "Two years after his brother's spectacular Palm Kelby wedding, Cy Ray, 30, married too. Ray said the "
                 "Palm had never looked better.", "date": "2016-01-01"},
    ])
    names = _names(people)
    assert not {"Palm Kelby", "Palm"} & names, names
    assert {"Ann Lee", "Bob Ray"} <= {p.name for p in people}, names


def test_a_person_written_after_on_or_at_with_verbs_of_people_is_still_a_person() -> None:
    """"cheated on Bob Ray", "a swipe at Bob Ray", "the pressure on Bob Ray": a person after "on" and "at"."""
    _s, people = read("Ann Lee married Bob Ray in 2001. Ray said little. Ann Lee cheated on Bob Ray, the tabloid "
                      "claimed. Lee took a swipe at Bob Ray on Instagram. The pressure on Bob Ray grew. Sources said "
                      "Lee turned on Bob Ray.")
    assert {"Ann Lee", "Bob Ray"} <= {p.name for p in people}, _names(people)


def test_a_family_name_with_its_particle_alone_is_the_one_person_named_in_full_with_it() -> None:
    """"Dr Al Moss, 33," and "Al Suwaidi said": the one person named in full with that family name (corpus_w: "Dr Al
    Ketbi" was a person of her own beside "Dr Aisha Al Ketbi"); of two, no one's."""
    _s, people = read("Bob Ray, 40, married the dermatologist Dr Ann Al Moss in Kelby on Saturday. Friends said Ann was "
                      "happy. It is the first marriage for Dr Al Moss, 33. Al Moss runs a clinic in Kelby.")
    found = {p.name: set(p.aliases) for p in people}
    assert "Al Moss" not in found and "Al Moss" in found.get("Ann Al Moss", set()), found
    _s, people = read("Bob Al Moss, 40, and his brother Cy Al Moss, 38, run the firm. Al Moss said it was doing well.")
    found = {p.name: set(p.aliases) for p in people}
    assert not any("Al Moss" in aliases for aliases in found.values()), found


def test_a_part_played_a_sequel_a_team_a_channel_and_a_rank_are_no_people() -> None:
    """corpus_y: "She plays Ivy Lane, a schoolteacher" and "Ivy Lane the character" (a film's heroine, whose "Ivy" was
    the daughter named after the film), '"Kelby Nights 2"' (a sequel), "the Kelby Mariners" (a team), "Kelby Sports
    presenter Ann Lee" (a channel) and "Colonel Bob Ray (retd)" (a rank, no first name)."""
    _src, _s, people = read_articles([
        {"text": "Ann Lee, 30, made her name in Ivy, a 2009 film. She plays Ivy Lane, a schoolteacher. Bob Ray was "
                 "her co-star. Lee said it changed her life.", "date": "2009-06-01"},
        {"text": "So now there is Ivy the movie, Ivy Lane the character and their daughter, Ivy, 1. Lee's next "
                 "release is \"Kelby Nights 2.\" Ray bowls for the Kelby Mariners, who beat the Kelby Kings. His "
                 "father, Colonel Tom Ray (retd), watched.", "date": "2017-06-01"},
        {"text": "Ray, 40, married Kelby Sports presenter Cy Moss on Sunday. Colonel Tom Ray said he was proud. Lee is "
                 "shooting \"Kelby Nights 3\" in London.", "date": "2024-02-01"},
    ])
    names = _names(people)
    assert not names & {"Ivy Lane", "Kelby Nights", "Kelby Mariners", "Kelby Kings", "Kelby Sports", "Colonel"}, names
    assert {"Ann Lee", "Ivy"} <= {p.name for p in people}, names
