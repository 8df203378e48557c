"""Names in text restored from all capitals or all lower case get their capital back when the model's lemmatiser
knows no inflection of them (`events/lexicon.py`). Team-written text."""

from __future__ import annotations

import pytest

from eventwatch.events.casing import restore_case
from eventwatch.events.lexicon import Lexicon, lexicon_of


@pytest.fixture(scope="module")
def lexicon(nlp) -> Lexicon:  # type: ignore[no-untyped-def]
    found = lexicon_of(nlp)
    assert found is not None
    return found


def test_names_get_their_capital_back(lexicon: Lexicon) -> None:
    text = "POLICE ARRESTED ADEMIR SOUZA NEAR THE MARKET."
    assert restore_case(text, lexicon) == "Police arrested Ademir Souza near the market."


@pytest.mark.parametrize("word", ["bombings", "fled", "guerrillas", "kidnapped", "stronger", "the", "children"])
def test_words_in_any_inflection_are_known(lexicon: Lexicon, word: str) -> None:
    assert lexicon.knows(word)


def test_mixed_case_text_is_left_alone(lexicon: Lexicon) -> None:
    text = "Police arrested Ademir souza near the market on Monday."
    assert restore_case(text, lexicon) == text


def test_length_never_changes(lexicon: Lexicon) -> None:
    text = "guerrillas of the fmln attacked a post near zacatecoluca. i saw them."
    assert len(restore_case(text, lexicon)) == len(text)
    assert "Zacatecoluca" in restore_case(text, lexicon)


def test_a_few_capitals_keep_unknown_words_words(lexicon: Lexicon) -> None:
    # 99% lower case is put in sentence case, but its one capital shows names are written: no word is made a name
    text = ("the ceasefire held in the hills, the villagers said, and the men rearrested on tuesday were let go by "
            "Ademir.")
    restored = restore_case(text, lexicon)
    assert restored == restore_case(text)
    assert "Ceasefire" not in restored and "Rearrested" not in restored


def test_all_capitals_but_a_unit_are_case_free(lexicon: Lexicon) -> None:
    text = ("GUERRILLAS BLEW UP A POWER PYLON 12 km FROM USULUTAN LAST NIGHT AND THEN FLED TOWARD THE VOLCANO WITH "
            "THEIR WOUNDED, THE ARMED FORCES PRESS OFFICE REPORTED THIS MORNING IN THE CAPITAL.")
    assert "Usulutan" in restore_case(text, lexicon)


def test_sure_places_the_lemmatiser_knows_get_their_capitals(lexicon: Lexicon) -> None:
    # WordNet lists "delhi", "lahore" and "bosnia" as words: the gazetteer says they are sure places; a people
    # ("indian") is left to the event rules (`lexicon_places.level`)
    text = "protesters marched in delhi and lahore on friday, indian police said. bosnia and herzegovina sent aid."
    restored = restore_case(text, lexicon)
    assert restored == ("Protesters marched in Delhi and Lahore on Friday, indian police said. Bosnia and Herzegovina "
                        "sent aid.")


def test_words_that_also_name_towns_stay_words(lexicon: Lexicon) -> None:
    # "police" (Police, Poland), "reading", "nice" and "split" are on the geocoder's list of common words; "us" is
    # a stop word, never the United States in lower case
    text = "THE POLICE SAID READING THE NICE LETTER TO US WOULD SPLIT THE PARTY IN SOUTH AFRICA."
    assert restore_case(text, lexicon) == ("The police said reading the nice letter to us would split the party in "
                                           "South Africa.")


def test_towns_after_a_locative_word_or_before_their_division(lexicon: Lexicon) -> None:
    # "tours" and "padua" (towns of 100,000 or more) after "in"; "annapolis" and "emporia" (smaller) written before
    # the state they lie in; "support" and "front" after "in" stay words
    text = ("nurses marched in tours and in padua, then in emporia, kansas, and in annapolis (maryland) in support "
            "of the strike in front of the hall.")
    assert restore_case(text, lexicon) == (
        "Nurses marched in Tours and in Padua, then in Emporia, Kansas, and in Annapolis (Maryland) in support of the "
        "strike in front of the hall.")


def test_a_town_before_a_division_of_another_country_stays_a_word(lexicon: Lexicon) -> None:
    # the gazetteer holds no town named "chester" in India: the comma alone is no qualifier
    assert "chester" in restore_case("THE MEN MET IN CHESTER, INDIA SAID ON MONDAY.", lexicon)


def test_a_word_that_is_also_an_adjective_or_an_adverb_stays_a_word(lexicon: Lexicon) -> None:
    # "capital" (an adjective too), "northeast" (an adverb too), "rally" and "ban" (verbs too) name divisions or
    # towns somewhere; the lemmatiser's nouns alone may be names ("nairobi", "kenya"), and a country named by a word
    # ("japan", a verb too) keeps its capital in every use
    text = ("the students were taken to the capital city of nairobi, then northeast to the coast of kenya on monday "
            "for a rally against the ban on trade with japan.")
    assert restore_case(text, lexicon) == ("The students were taken to the capital city of Nairobi, then northeast to "
                                           "the coast of Kenya on Monday for a rally against the ban on trade with "
                                           "Japan.")

