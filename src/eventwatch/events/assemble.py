"""The `events` stage: from a cleaned document to ACLED-style Event records.

The coder says what happened in a sentence; this stage decides where and when, following ACLED's rule of one
event per location, day, actor pair and type: a sentence naming ten towns yields ten events, each carrying the
spans of the words that support it. Only sentences that can hold an event are parsed, which is what keeps the
whole pipeline cheaper than running spaCy over all of the text.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from eventwatch.dates import find_dates
from eventwatch.dates.dateline_day import acts_days, lead_dates
from eventwatch.dates.numbered_day import anchor_day, numbered_days
from eventwatch.dates.stamped import headed_days, stamped_days
from eventwatch.events import EventCoder, EventMention
from eventwatch.events.anniversary import remembered_day
from eventwatch.events.arbiter import load_arbiter
from eventwatch.events.arbitrate import InReport, judge_sentences
from eventwatch.events.asides import only_aside, persons, says_less, speaker_at, spoken_at, treated_at
from eventwatch.events.capitals import bare_capital, capital_places
from eventwatch.events.casing import restore_case
from eventwatch.events.continuing import continuing_days
from eventwatch.events.corrected_day import corrected_days
from eventwatch.events.desk_lead import desk_lead, told_weekdays, undated_on_lead
from eventwatch.events.fallback import fallback_place
from eventwatch.events.lead_toll import lead_tolls
from eventwatch.events.lexicon import lexicon_of
from eventwatch.events.literals import Chosen
from eventwatch.events.locate import (
    agent_spans,
    dateline_span,
    event_places,
    origin_spans,
    outside,
    report_locale,
    said_at_spans,
)
from eventwatch.events.occurrence import fold_occurrences, given_back
from eventwatch.events.ordinary import accident_blast
from eventwatch.events.other_side import other_side_tolls
from eventwatch.events.paragraph_days import background_paragraphs, caption_dates, entry_days, timeline_box
from eventwatch.events.place_sides import unread_desk
from eventwatch.events.prefilter import ANCHOR, FIRES
from eventwatch.events.protest_dead import without_protest_dead
from eventwatch.events.record import build_event, shift_mention
from eventwatch.events.report_days import (
    dated_paragraphs,
    headline_paragraphs,
    lead_day,
    named_days,
    paragraph_of,
    quoted_spans,
    reference_day,
    share_toll,
)
from eventwatch.events.retelling import merge_undated, their_dead_of
from eventwatch.events.source_tolls import lower_tolls
from eventwatch.events.staged import other_period
from eventwatch.events.story import (
    StoryPlace,
    bearing_of_a_village,
    bearing_to_desk,
    carried_to_desk,
    desk_landmark,
    off_the_desk,
    retold,
    treated_retold,
)
from eventwatch.events.story_groups import story_sides
from eventwatch.events.story_tolls import record_later_toll, story_toll
from eventwatch.events.totals import TOLL_TAKERS, carried_tolls, raised_tolls, record_toll, retold_toll
from eventwatch.events.villages import finer_than_headline
from eventwatch.events.when import (
    ahead,
    last_told,
    lead_date,
    occurred_day,
    on_story_day,
    pick_date,
    said_on,
    told_next,
)
from eventwatch.geo import Geocoder, get_gazetteer
from eventwatch.geo.headers import header_names
from eventwatch.nlp import RememberingParser
from eventwatch.pipeline import drop
from eventwatch.records import CAPTION_DATE_NOTE, DateRef, Document, Event, Place, Span
from eventwatch.sentences import paragraph_starts, split_sentences
from eventwatch.settings import Settings


@dataclass(frozen=True, slots=True)
class _Chunk:
    """A sentence worth parsing: its report's index in the batch, its offsets, its paragraph, and whether a rule
    can fire on it (else it is parsed for context alone)."""

    doc: int
    start: int
    end: int
    paragraph: int
    fires: bool


@dataclass(frozen=True, slots=True)
class _Sentence:
    start: int
    end: int
    paragraph: int
    doc: Doc
    mentions: tuple[EventMention, ...] = ()


class ExtractEvents:
    """Pipeline stage `events`: requires the cleaned text and id, assigns `events`."""

    name = "events"
    version = "1"
    requires: tuple[str, ...] = ("text", "id")
    assigns: tuple[str, ...] = ("events",)

    def __init__(self, settings: Settings, nlp: Language, coder: EventCoder | None = None,
                 geocoder: Geocoder | None = None) -> None:
        self.settings = settings
        self.nlp = nlp
        self.parser = RememberingParser(nlp)  # a sentence met again is not parsed again
        self.coder = coder or EventCoder(settings.prefilter)
        self.geocoder = geocoder or Geocoder(get_gazetteer())
        self.arbiter = load_arbiter(settings.arbiter_model or None) if settings.arbiter else None

    def __call__(self, doc: Document) -> Document:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        docs = list(docs)
        # All-capital or all-lower-case text is split and parsed in sentence case (same offsets): see casing.py.
        lexicon = lexicon_of(self.nlp)  # and names in it get their capital back (`lexicon.py`)
        sources = [restore_case(doc.text, lexicon) for doc in docs]
        limit = self.settings.max_sentences
        too_long: dict[int, int] = {}  # doc index -> its number of sentences, over the limit
        # The sentences worth parsing (`could_hold_event`), with whether a rule can fire on them: only those can
        # code an event; the others (those the looser, default prefilter passes for an anchor cue alone) give their
        # report places and dates, so they are parsed only for a report where some sentence coded an event. A
        # report none of whose sentences does gets no event whatever its other sentences' parse: for general news,
        # most reports, parsed no further than the sentences that can fire (see README "Speed and memory").
        wanted = FIRES if self.coder.prefilter == "rule" else ANCHOR
        chunks: list[_Chunk] = []
        screened: list[Chosen] = []  # the screen's reading of each sentence that fires, for its coding below
        single: set[int] = set()
        for i, doc in enumerate(docs):
            paras = paragraph_starts(doc.text)
            spans = split_sentences(sources[i])
            if len(spans) == 1:
                single.add(i)  # a report of one sentence: the sentence is the whole report (`InReport`)
            if len(spans) > limit:
                too_long[i] = len(spans)  # too long to code in bounded time: dropped below, with the reason
                continue
            for start, end in spans:
                level, seen = self.coder.screen_read(sources[i][start:end])
                if level & wanted:
                    chunks.append(_Chunk(i, start, end, paragraph_of(paras, start), bool(level & FIRES)))
                    if level & FIRES:
                        screened.append(seen)
        firing = [c for c in chunks if c.fires]
        # 64 sentences to a batch: spaCy's working memory grows with the batch (256 kept a worker 100 MB above its
        # steady state, over its 800 MB budget with the arbiter); the CPU seconds of 64, 128 and 256 are within noise
        sdocs = self.parser.pipe((sources[c.doc][c.start:c.end] for c in firing), batch_size=64)
        # A definite event noun refers back only once its report has coded an event (code_sentence's antecedent).
        # Every parsed sentence passed `could_hold_event` above (spaCy keeps the text as it was given); a sentence
        # no rule can fire on codes nothing, so leaving it out changes no report's `antecedent`.
        mentions: list[list[EventMention]] = []
        groups: list[frozenset[str] | None] = []
        coded: set[int] = set()
        records = {i for i, text in enumerate(sources) if self.coder.opens_as_record(text)}  # `claim_by_others`
        for chunk, sdoc, screen in zip(firing, sdocs, screened, strict=True):
            found, read = self.coder.code_and_read(sdoc[:], antecedent=chunk.doc in coded, screened=screen,
                                                   record=chunk.doc in records)
            mentions.append(found)
            groups.append(read)
            if found:
                coded.add(chunk.doc)
        if self.arbiter is not None:  # the unsure sentences of the whole batch, embedded together
            places = [InReport(c.doc, alone=c.doc in single) for c in firing]
            mentions = judge_sentences(self.coder, self.arbiter, [sdoc[:] for sdoc in sdocs], mentions, groups,
                                       places)
        # the event an anniversary remembers, read apart and kept as background (`EventCoder.remembered`)
        mentions = [m if c.doc in records else [*m, *self.coder.remembered(sdoc[:])]
                    for c, sdoc, m in zip(firing, sdocs, mentions, strict=True)]
        found_in = {c.doc for c, m in zip(firing, mentions, strict=True) if m}  # reports with an event to place
        context = [c for c in chunks if not c.fires and c.doc in found_in]
        parses = dict(zip(firing, zip(sdocs, mentions, strict=True), strict=True))
        cdocs = self.parser.pipe((sources[c.doc][c.start:c.end] for c in context), batch_size=64)
        parses.update((c, (cdoc, [])) for c, cdoc in zip(context, cdocs, strict=True))
        parsed: list[list[_Sentence]] = [[] for _ in docs]
        for c in chunks:
            if c.doc in found_in:
                sdoc, found = parses[c]
                parsed[c.doc].append(_Sentence(c.start, c.end, c.paragraph, sdoc, tuple(found)))
        for i, (doc, sentences) in enumerate(zip(docs, parsed, strict=True)):
            if i in too_long:
                yield drop(doc, self.name, f"{too_long[i]} sentences, more than max_sentences ({limit}): too long "
                                           "to code in bounded time; split it into reports or raise max_sentences")
                continue
            # a report with no event coded has none to place or date: its assembly would return none
            yield dataclasses.replace(doc, events=tuple(self._events(doc, sentences)) if i in found_in else ())

    # -- assembly --------------------------------------------------------------------------------------------
    def _events(self, doc: Document, sentences: Sequence[_Sentence]) -> list[Event]:
        reference = reference_day(doc, self.settings.published)
        report_day = anchor_day(doc.text, reference)  # an unread dateline's day flags background too (`build_event`)
        dateline = dateline_span(doc.text, doc.dateline.place)
        dates = [d for d in find_dates(doc.text, reference) if outside(d.span, dateline)]
        if reference is None:  # "YEREVAN, March 17, 2026 (wire) - ... on Monday": the lead's paragraph only
            dates = headed_days(doc.text, lead_dates(doc.text, dates))  # "- 12 April, Garissa: ...": the head's year
        own_act = acts_days(doc.text, dates) if reference is None else frozenset()  # "... arrested on Sunday"
        dates = numbered_days(doc.text, dates, reference)  # "On Sunday the 12th": the number decides the day
        home = self.geocoder.resolve_name(doc.dateline.place) if doc.dateline.place else None
        hint = home.country if home else (self.settings.country or None)
        header = header_names(doc.title, *(("", "") if dateline else (doc.text, doc.raw)))  # a read dateline: none
        found = self.geocoder.find_places_in([(sent.start, sent.doc) for sent in sentences], country_hint=hint,
                                             votes=report_locale(self.geocoder.gaz, home, doc), header=header)
        gaz = self.geocoder.gaz
        coded = [(sent, list(sent.mentions), bare_capital(doc.text, sent.start, sent.end, capital_places(
                     doc.text, [p for p in places if outside(p.span, dateline)], gaz), home))  # "Peru's capital": Lima
                 for sent, places in zip(sentences, found, strict=True)]
        fallback = fallback_place(home, [p for _, _, places in coded for p in places], self.settings.country or None)
        if home is not None and fallback is home:  # a report on the desk's country: "at Makerere University"
            coded = [(s, m, desk_landmark(doc.text, s.start, s.end, places, home)) for s, m, places in coded]
        starts = paragraph_starts(doc.text)
        by_caption = caption_dates(doc.captions, starts, dated_paragraphs(doc.text, dates, starts), reference)
        captioned: set[str] = set()
        events: dict[tuple[object, ...], Event] = {}
        last_places: tuple[int, list[Place]] = (-1, [])
        story = StoryPlace(doc, home, dateline)  # the place the story set last, across paragraphs
        # an unread dateline's desk ("GEORGETOWN, Nov. 20, 2025 (wire) - ") as a read one's, for `carried_to_desk`
        desk = home or next((p for _, _, places in coded for p in places if unread_desk(doc.text, p)), None)
        placed: list[tuple[Event, Place]] = []  # the events built so far, with their places (`StoryPlace.host`)
        last_date: tuple[int, DateRef | None] = (-1, None)
        spanned = sorted((d for d in dates if d.span is not None), key=lambda d: d.span.start if d.span else 0)
        date_starts = [d.span.start for d in spanned if d.span is not None]
        lead = lead_date(doc.text, spanned, reference, starts[1] if len(starts) > 1 else len(doc.text))
        if lead is None and len(starts) > 1:  # the lead names no day: the paragraph after it may (`told_next`)
            lead = told_next(doc.text, spanned, reference, starts[1], starts[2] if len(starts) > 2 else len(doc.text))
        occurred = occurred_day(doc.text, spanned, reference)  # "the raid took place on Monday": the story's day
        first_told = spanned[0] if spanned else None  # the text's first date: its period (`other_period`)
        # a chronology's dated entries ("2 February 2026: ..."), a live page's time-stamped ones ("06:40 - ...")
        entries = stamped_days(doc.text, starts) | entry_days(doc.text, starts, spanned)
        told_before = background_paragraphs(doc.text, starts) | timeline_box(doc.text, starts)  # no event of it
        # a headline in capitals left in the body, whose paragraphs below it code its events (`headline_paragraphs`)
        told_before |= headline_paragraphs(doc.text, starts, {s.paragraph for s, mentions, _ in coded if mentions})
        corrections = corrected_days(doc.text, starts, reference)  # "an earlier version ... said ... on Tuesday"
        rows = [(sent.paragraph, bool(mentions), sent.doc[:]) for sent, mentions, _ in coded]
        tolls, raised = carried_tolls(rows), raised_tolls(rows)  # the next sentences' tolls, a revised one's
        # an event record's closing formula ("Unknown fatalities coded as 3"): its first event's toll (`record_toll`)
        record = self.coder.opens_as_record(doc.text)
        noted = record_toll(doc.text) if record else None
        later = record_later_toll(rows) if record and noted is None else None  # "... The blast killed 2."
        others = [None] * len(rows) if record else other_side_tolls(rows)  # the attackers' dead told next
        leads = [None] * len(rows) if record else lead_tolls(rows)  # an uncoded lead's toll, for the act after it
        lows = lower_tolls(rows)  # a second source's lower figure told later: (the earlier count, the lower one)
        lead_sentence = next((sent.start for sent, mentions, _ in coded if mentions), -1)
        head_end = starts[1] if len(starts) > 1 else 0  # an undated headline's end (`finer_than_headline`)
        held: dict[str, int] = {}  # the tolls of later tellings of a kept event (`retold_toll`)
        told_past: dict[tuple[object, ...], Event] = {}  # the events of another period (`other_period`)
        for (sent, mentions, places), toll, risen, other, led, low in zip(coded, tolls, raised, others, leads, lows,
                                                                           strict=True):
            if sent.paragraph in entries and last_date[0] != sent.paragraph:
                last_date = (sent.paragraph, entries[sent.paragraph])  # the entry's day, carried in it only
            agents = agent_spans(sent.doc, sent.start) if places else []
            said = said_at_spans(sent.doc, sent.start) if places else []
            cared = [p.span for p in places if p.span is not None and (  # where the wounded were taken
                treated_at(doc.text, p) or carried_to_desk(doc.text, p, desk))]
            aside = spoken_at(doc.text, said) + [p.span for p in places if p.span is not None and (
                p.span in cared or speaker_at(doc.text, p) or bearing_to_desk(doc.text, p, home)
                or bearing_of_a_village(doc.text, p))]
            origins = origin_spans(sent.doc, sent.start) if len(places) > 1 else []
            quotes = quoted_spans(doc.text, sent.start, sent.end)
            sentence = Span(sent.start, sent.end, doc.text[sent.start:sent.end])
            # the dates inside the sentence, found by bisection: a scan of every date per sentence is quadratic
            inside = spanned[bisect.bisect_left(date_starts, sent.start):bisect.bisect_left(date_starts, sent.end)]
            sent_dates = [d for d in inside if d.span is not None
                          and not any(q0 <= d.span.start < q1 for q0, q1 in quotes)]
            for mention in mentions if sent.paragraph not in told_before else ():
                mention = shift_mention(mention, sent.start)
                if not mention.remembered:  # an anniversary's remembered event is lent no toll (`anniversary.py`)
                    mention = story_toll(mention, toll, led, risen, other, low)  # the tolls around it (`story_tolls`)
                picked = pick_date(sent.doc, sent.start, mention.trigger, sent_dates, own_act)
                when = ahead(sent.doc, sent.start, picked, reference)  # "another rally on Saturday": a plan
                if (occurred is not None and sent.paragraph == 0 and when is not None
                        and occurred.first < when.first and said_on(sent.doc, sent.start, when)):
                    when = occurred  # the lead's "police said on Tuesday" of a raid that "took place on Monday"
                when = on_story_day(when, (last_date[1] if last_date[0] == sent.paragraph else None, occurred, lead),
                                    reference)
                if when is None and last_date[0] == sent.paragraph:
                    when = on_story_day(last_date[1], (occurred,), reference)  # a bare time carried on
                caption = by_caption.get(sent.paragraph) if when is None else None
                if caption is not None:
                    when = caption[0]
                if when is None and lead is not None:  # a detail paragraph is of the lead's day (`lead_date`)
                    when = dataclasses.replace(lead, span=None)
                if when is not None and when.granularity == "day" and when.first in corrections:
                    when = corrections[when.first]  # the day a correction notice gives for the day it retracts
                if when is not None and reference is not None and when.first > reference:
                    continue  # a plan or an announcement: nothing has happened yet
                if mention.remembered:  # its own date, never the report's day (`anniversary.remembered_day`)
                    when = remembered_day(sent.doc[:], sent.start, sent_dates, reference)
                if not record and mention.event_type == _BLASTS and accident_blast(
                        doc.text, sentence.text, mention.trigger.text):
                    continue  # "an explosion tore through the block" of a story whose gas cylinder exploded
                period = (when, sent_dates, first_told, reference, self.settings.reporting_window_days, doc.text,
                          (sent.doc, sent.start, mention.trigger))
                if (past := mention.remembered or other_period(*period)) and record:  # "In 2021, gunmen attacked"
                    continue  # an event record's other period codes nothing; a story's is kept, marked background
                recalled = past or (not record and sent.start > lead_sentence and other_period(*period, aside=True))
                if when is None and reference is not None and not mention.remembered:
                    when = DateRef(value=reference.isoformat(), granularity="week", first=reference, last=reference)
                actor_spans = [a.span for a in (mention.actor1, mention.actor2) if a is not None and a.span]
                where = event_places(doc.text, places, actor_spans, origins=origins, agents=agents,
                                     moving=mention.event_type in _MOVING, aside=aside, record=record)
                treated = bool(where) and only_aside(where, cared)  # `treated_retold`
                if where and only_aside(where, aside) and (last_places[0] == sent.paragraph or story.at(sent.start)
                                                            or (fallback is not None and fallback.geo_precision < 3)):
                    where = []  # "a resident told reporters in Gusau": the event is where the story is
                where = off_the_desk(where, home, placed, doc.text)  # an unknown name read as the dateline town
                if not where and last_places[0] == sent.paragraph:
                    where = last_places[1]
                carried = not where
                if carried:
                    where = story.host(story.at(sent.start), mention.sub_event_type, when, placed)
                targets: list[Place | None] = list(where) if where else [
                    story.fallback(fallback, home, sent.start, placed)]
                days = named_days(when)
                dated = [(dataclasses.replace(mention, fatalities=share_toll(mention.fatalities, len(days), n)), day)
                         for n, day in enumerate(days)] + continuing_days(mention, sentence, when)
                for place in targets:
                    for told_as, day in dated:
                        point = self.geocoder.event_point(place) if place is not None else None
                        event = build_event(doc, sentence, told_as, point, day, report_day, home,
                                            self.settings.reporting_window_days, recalled)
                        if caption is not None:
                            event = dataclasses.replace(
                                event, notes=f"{event.notes} {CAPTION_DATE_NOTE} “{caption[1].text}”.")
                            captioned.add(event.event_id)
                        key = (event.event_date or event.date_value, event.location, event.sub_event_type,
                               event.actor1)
                        if past:  # kept apart from the report's events: no fold, toll or host of theirs
                            told_past.setdefault(key, event)
                            continue
                        if any(k[:3] == key[:3] and their_dead_of(e, event) for k, e in events.items()):
                            # "Nine of the attackers were killed": kept apart for `fold_retellings` to add its dead
                            events.setdefault((*key, sent.start), event)
                            continue
                        if carried and place is not None and (retold(key, events) or (
                                treated and treated_retold(event, day, events))):
                            continue  # "The aircraft dropped two bombs on the village": the lead's air strike
                        finer = key in events and finer_than_headline(events[key], event, head_end)
                        again = retold_toll(events[key], event) if key in events and not finer else None
                        if again is not None:  # "... Three militiamen were killed."
                            held.setdefault(events[key].event_id, again)
                        if finer:  # the lead's "near Lomerikan, in Moroto district": its village's words stand
                            events[key] = event
                        events.setdefault(key, event)
                        if place is not None:
                            placed.append((event, place))
            located = event_places(doc.text, places, [], people=True, aside=aside, record=record)
            if located:
                if not only_aside(located, aside) and not says_less(located, story.at(sent.start), fallback, home,
                                                                       persons(sent.doc, sent.start)):
                    last_places = (sent.paragraph, located)
                story.set(located, [*said, *aside], sent_dates, lead_day(placed, reference))
            told = last_told(sent.doc.text, sent.start, sent_dates)  # not the day a state began (`last_told`)
            if told is not None:
                last_date = (sent.paragraph, ahead(sent.doc, sent.start, told, reference))  # a plan's day
        folded = given_back(fold_occurrences(merge_undated(list(events.values()), captioned), doc.text, captioned),
                            held, events.values())
        folded = folded if reference else undated_on_lead(folded, desk_lead(doc.text, spanned, starts),
                                                                told_weekdays(doc.text))
        if later is not None:  # the record's count told in a later sentence, for its first event (`story_tolls`)
            folded = [dataclasses.replace(e, fatalities=later) if e.evidence.sentence.start == lead_sentence
                      and not e.fatalities and e.event_type in TOLL_TAKERS else e for e in folded]
        folded += fold_occurrences(list(told_past.values()), doc.text)  # never dated on the lead's day
        return story_sides(without_protest_dead(folded if noted is None else [  # a protest's dead: its cause
            dataclasses.replace(e, fatalities=noted) if e.evidence.sentence.start == lead_sentence else e
            for e in folded]), doc.text)  # "Gunmen stormed ..." of a story that names the group (`story_sides`)


# Events that move along a way, so that each end of "from A to B" is where one took place ("marched from Turbat to
# Islamabad"); any other event on a way happened at one point of it (`routes.py`).
_MOVING = frozenset({"Protests", "Riots"})
_BLASTS = "Explosions/Remote violence"  # the event type an accident's blast is coded as (`accident_blast`)

