"""A peaceful protest has no dead of its own (`protest_dead`): the count its sentence holds is the dead the gathering
is about, set to 0 after the folds; a self-immolation keeps its death. Team-written reports."""

from __future__ import annotations

import dataclasses

from eventwatch.api import extract
from eventwatch.events.protest_dead import without_protest_dead

MARCH = ("GOMA, 14 May 2026 - Gunmen killed four miners at a gold site near Rubaya on Monday, local officials said."
         "\n\nOn Tuesday, some 300 mourners marched peacefully to the governor's office in Goma to demand justice "
         "for the four miners killed at Rubaya.\n")

BURNS = ("SFAX, 6 May 2026 - A baker who set himself on fire outside the tax office in Sfax on Monday died of his "
         "burns on Wednesday, his family said.\n")


def test_the_dead_a_march_is_for_are_not_its_toll() -> None:
    events = extract(MARCH, arbiter=False)
    marches = [e for e in events if e.sub_event_type == "Peaceful protest"]
    assert marches and all(e.fatalities == 0 for e in marches)
    assert all("reported fatalities" not in e.notes for e in marches)
    assert any(e.event_type == "Violence against civilians" and e.fatalities == 4 for e in events)  # the attack's


def test_a_self_immolation_keeps_its_death() -> None:
    protests = [e for e in extract(BURNS, arbiter=False) if e.sub_event_type == "Peaceful protest"]
    assert protests
    burned = dataclasses.replace(protests[0], fatalities=1)  # the protester's own death, however it was read
    assert without_protest_dead([burned])[0].fatalities == 1
    other = dataclasses.replace(burned, sub_event_type="Excessive force against protesters", fatalities=3,
                                evidence=dataclasses.replace(burned.evidence, sentence=dataclasses.replace(
                                    burned.evidence.sentence, text="Police shot three marchers dead in Sfax.")))
    assert without_protest_dead([other])[0].fatalities == 3  # only a peaceful protest loses its count
