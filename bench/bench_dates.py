"""Speed of time-expression detection and normalisation: sentences per second on one core.

Run: .venv/bin/python bench/bench_dates.py  (prints the median of several runs over generated news sentences)
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import time

from eventwatch.dates import find_dates

TEMPLATES = [
    "Protesters gathered in {city} on {weekday} after the arrest of {n} activists, witnesses said.",
    "Security forces fired tear gas at demonstrators in {city} on {day} {month}, according to local media.",
    "The ministry said {n} people were detained {rel} during clashes near the governor's office.",
    "In recent days, residents of {city} have blocked roads to protest against fuel prices.",
    "The strike, which began on {month} {day}, {year}, has spread to {n} factories.",
    "Officials said the curfew imposed {ago} would remain in place until further notice.",
    "Over {n},500 people attended the funeral, which was broadcast live by state television.",
    "A roadside bomb killed {n} soldiers in {city} late {month}, the army said in a statement.",
    "The court sentenced the journalist to {n} years in prison for articles published in {year}.",
    "Students set fire to a banner of the governor in {city} earlier this month.",
    "The opposition called for a general strike between {day} and {day2} {month}.",
    "Police say the attack happened around 10 p.m. {weekday} near the main bazaar in {city}.",
]
CITIES = ["Tehran", "Mashhad", "Basra", "Mosul", "Aleppo", "Sanaa", "Kabul", "Lahore"]
MONTHS = ["January", "February", "March", "April", "June", "July", "Sept.", "Oct.", "November", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
RELATIVE = ["yesterday", "last Friday", "on Monday", "this week", "last month", "two days ago"]
AGO = ["two weeks ago", "a year ago", "three days ago", "last year", "in November 2019"]


def sentences(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        day = rng.randint(1, 27)
        out.append(rng.choice(TEMPLATES).format(
            city=rng.choice(CITIES), weekday=rng.choice(WEEKDAYS), n=rng.randint(2, 90), day=day,
            day2=day + 1, month=rng.choice(MONTHS), year=rng.randint(2015, 2022), rel=rng.choice(RELATIVE),
            ago=rng.choice(AGO),
        ))
    return out


def main(runs: int = 7, count: int = 5000) -> None:
    batch = sentences(count)
    reference = dt.date(2021, 1, 5)
    find_dates(batch[0], reference)  # build the patterns once, outside the timing
    rates = []
    found = 0
    for _ in range(runs):
        start = time.perf_counter()
        found = sum(len(find_dates(sentence, reference)) for sentence in batch)
        rates.append(count / (time.perf_counter() - start))
    print(f"{statistics.median(rates):,.0f} sentences/s (median of {runs} runs of {count} generated sentences; "
          f"{found} expressions per run)")


if __name__ == "__main__":
    main()
