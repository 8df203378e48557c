"""Whole team-written reports whose later sentence tells the aftermath of the event told first (`events/aftermath.py`):
a revised toll and a wounded victim's later death give no event of another type, the police's answer to a riot no
protest beside it; a new attack raising a weekly toll, the police against a separate crowd on the next day and a road
cleared the day after a blockade stay events of their own."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwatch.records import Event

ONE = {
    "somalia-2025-06-10-afgoye-bomb.txt": (
        "MOGADISHU, June 10, 2025 (wire) - A roadside bomb hit a police pickup near Afgoye in Lower Shabelle region on "
        "Sunday, killing four police officers, the regional governor said on Monday.\n\nThe governor had first put "
        "the toll at three dead and five wounded.\n\nOne of the wounded officers died of his wounds overnight, a "
        "police officer said.",
        "Remote explosive/landmine/IED"),
    "kenya-2025-05-06-kisumu-riot.txt": (
        "NAIROBI, May 6, 2025 - Hundreds of young men burned tyres and stoned shops in the centre of Kisumu on Monday "
        "over a rise in bus fares.\n\nPolice fired tear gas and rubber bullets to disperse them; the county hospital "
        "said nine people were treated.",
        "Mob violence"),
    "bolivia-2025-10-14-la-paz-miners-riot.txt": (
        "LA PAZ, Oct 14, 2025 - Hundreds of miners threw dynamite and stones at police outside the mining ministry in "
        "La Paz on Monday and set fire to a car.\n\nOfficers fired tear gas to disperse them; twelve people were "
        "treated in hospital.",
        "Violent demonstration"),
}
TWO = {
    "kenya-2025-05-07-kisumu-riot-traders.txt": (
        "NAIROBI, May 7, 2025 - Hundreds of young men burned tyres and stoned shops in the centre of Kisumu on Monday "
        "over a rise in bus fares.\n\nOn Tuesday, police fired tear gas to disperse a separate crowd of traders who "
        "marched on the county offices in Kisumu."),
    "mali-2025-02-12-ogossagou-attacks.txt": (
        "BAMAKO, Feb 12, 2025 - Gunmen killed five villagers in an attack on Ogossagou in the Mopti region on Sunday, "
        "local officials said.\n\nOn Tuesday, gunmen killed three more villagers in Ogossagou, bringing the week's "
        "toll to eight."),
    "peru-2025-08-20-chala-blockade.txt": (
        "LIMA, Aug 20, 2025 - Miners blocked the Pan-American highway near Chala with burning tyres and rocks on "
        "Monday, demanding the release of a leader.\n\nPolice cleared the road with tear gas on Tuesday morning after "
        "the miners refused to leave."),
}


def _events(tmp_path: Path, name: str, text: str) -> list[Event]:
    from eventwatch.api import process_document
    from eventwatch.readers import iter_documents
    from eventwatch.settings import Settings

    settings = Settings.load()
    (tmp_path / name).write_text(text, encoding="utf-8")
    [doc] = list(iter_documents([str(tmp_path / name)], settings))
    return list(process_document(doc, settings).events)


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(ONE))
def test_the_aftermath_is_the_event(tmp_path: Path, name: str) -> None:
    text, sub = ONE[name]
    events = _events(tmp_path, name, text)
    assert [e.sub_event_type for e in events] == [sub]


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(TWO))
def test_a_second_occurrence_stays_apart(tmp_path: Path, name: str) -> None:
    assert len(_events(tmp_path, name, TWO[name])) == 2
