"""The rule-based analysis, on the seed articles and on small inline texts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quizapp.core.analysis import Analysis, analyse, cause_label
from quizapp.core.articles import Article, build_article
from quizapp.core.library import load_library
from tests.support import story

SEEDS = Path(__file__).resolve().parent.parent.parent / "seeds"


@pytest.fixture(scope="module")
def seeds() -> dict[str, tuple[Article, Analysis]]:
    library = load_library(SEEDS)
    return {key: (a, analyse(a)) for key, a in library.articles.items()}


def test_every_finding_is_a_span_of_the_text(seeds) -> None:
    for article, analysis in seeds.values():
        findings = [
            *analysis.attributions,
            *analysis.causes,
            *analysis.language,
            *analysis.quantities,
            *analysis.writer_claims,
        ]
        assert findings
        for finding in findings:
            assert article.text[finding.start : finding.end] == finding.text


def test_sources_and_roles(seeds) -> None:
    _, analysis = seeds["radio-times-2019-04-10"]
    roles = {s.name: s.role for s in analysis.sources}
    assert roles == {
        "David Attenborough": "narrator",
        "Jamie McPherson": "cameraman",
        "Sophie Lanfear": "producer",
        "Anatoly Kochnev": "Polar scientist",
    }
    _, backlash = seeds["our-planet-backlash"]
    assert {(s.name, s.kind, s.role) for s in backlash.sources} == {
        ("Susan Crockford", "person", "Canadian zoologist"),
        ("Netflix", "organisation", None),
    }


def test_pronouns_link_to_the_nearest_person(seeds) -> None:
    article, analysis = seeds["radio-times-2019-04-10"]
    added = next(a for a in analysis.attributions if a.verb == "added")
    assert added.source == "Anatoly Kochnev"
    assert article.text[added.speaker_start : added.speaker_end] == "He"


def test_quote_kinds_and_speakers(seeds) -> None:
    _, analysis = seeds["radio-times-2019-04-10"]
    by_start = {a.text[:20]: a for a in analysis.attributions}
    assert by_start["It's the sad reality"].source == "Sophie Lanfear"
    assert by_start["It's just so heartbr"].source == "Sophie Lanfear"  # continues her quote
    assert all(a.kind == "quote" for a in analysis.attributions)
    assert not any("unflinching" in a.text for a in analysis.attributions)  # scare quote


def test_reported_speech_and_continuation(seeds) -> None:
    _, analysis = seeds["our-planet-backlash"]
    texts = {a.text: a for a in analysis.attributions}
    rather = texts["they were trying to escape a polar bear attack"]
    assert (rather.source, rather.kind) == ("Susan Crockford", "paraphrase")
    they = next(a for a in analysis.attributions if a.text.startswith("due to climate change"))
    assert they.source == "Netflix"
    trauma = texts["trauma porn"]
    assert (trauma.source, trauma.kind) == ("Susan Crockford", "quote")


def test_causes_with_negation(seeds) -> None:
    _, analysis = seeds["our-planet-backlash"]
    claims = {(c.source, c.cause, c.negated) for c in analysis.causes}
    assert ("Susan Crockford", "climate change", True) in claims
    assert ("Susan Crockford", "polar bears", False) in claims
    assert ("Netflix", "climate change", False) in claims
    assert (None, "ice loss", False) in claims


@pytest.mark.parametrize(
    ("phrase", "label"),
    [
        ("global warming", "climate change"),
        ("a changing climate", "climate change"),
        ("the loss of sea ice", "ice loss"),
        ("shrinking ice cover", "ice loss"),
        ("a polar bear attack", "polar bears"),
        ("three days of heavy rain", "heavy rain"),
        ("their own poor eyesight", "poor eyesight"),
    ],
)
def test_cause_labels(phrase: str, label: str) -> None:
    assert cause_label(phrase) == label


def test_inline_story_speaker_after_and_before() -> None:
    _, analysis = story(
        '"The bridge is unsafe," said engineer Maria Lopez, who inspected it on Monday.',
        "She added: “Nobody should cross it until the repairs are done.”",
        "The city council said the closure was due to budget cuts, not to any accident.",
    )
    lopez = [a for a in analysis.attributions if a.source == "Maria Lopez"]
    assert [a.text for a in lopez] == [
        "The bridge is unsafe",
        "Nobody should cross it until the repairs are done",
    ]
    assert all(a.kind == "quote" for a in lopez)
    assert analysis.source("Maria Lopez").role == "engineer"
    council = next(a for a in analysis.attributions if a.source == "city council")
    assert council.kind == "paraphrase"
    assert council.text.startswith("the closure was due to budget cuts")
    cause = next(c for c in analysis.causes if c.cause == "budget cuts")
    assert (cause.source, cause.negated) == ("city council", False)


def test_inline_negated_cause_cannot_be_attributed() -> None:
    _, analysis = story(
        "Dr. Amal Haddad, a climatologist at the institute, said the heatwave can't be "
        "attributed to global warming alone."
    )
    (claim,) = analysis.causes
    assert (claim.source, claim.cause, claim.negated) == ("Amal Haddad", "climate change", True)
    assert analysis.source("Amal Haddad").role == "climatologist at the institute"


def test_language_voice(seeds) -> None:
    _, analysis = seeds["radio-times-2019-04-10"]
    voices = {(f.text, f.voice, f.paragraph_kind) for f in analysis.language}
    assert ("heartbreaking", "quote", "headline") in voices  # in quotation marks
    assert ("heartbreaking", "writer", "body") in voices
    assert ("harrowing", "writer", "body") in voices
    assert ("sad", "quote", "body") in voices
    assert not any(f.paragraph_kind == "caption" for f in analysis.language)


def test_quantities(seeds) -> None:
    found = {q.text: q for _, a in seeds.values() for q in a.quantities}
    assert found["34 years"].value == 34 and found["34 years"].unit == "years"
    close = found["close to 5,000 walruses"]
    assert (close.value, close.counts, close.approximate) == (5000, "walruses", True)
    assert found["several hundred walruses"].value == 300
    tenure = found["35-year tenure"]
    assert (tenure.value, tenure.unit, tenure.counts) == (35, "year", "tenure")
    assert found["2017"].kind == "date"
    assert found["eight-part docu-series"].value == 8


def test_writer_claims_exclude_sourced_sentences(seeds) -> None:
    _, analysis = seeds["our-planet-backlash"]
    texts = [w.text for w in analysis.writer_claims]
    assert "Every year close to 5,000 walruses convene at the rockery." in texts
    assert not any("Crockford states" in t for t in texts)
    judged = [w for w in analysis.writer_claims if w.judgement]
    assert any("traumatized" in w.evaluative for w in judged)


def test_only_body_is_analysed(seeds) -> None:
    article, analysis = seeds["radio-times-2019-04-10"]
    body = [(p.start, p.end) for p in article.body_paragraphs]
    for finding in [*analysis.attributions, *analysis.causes, *analysis.quantities]:
        assert any(s <= finding.start < e for s, e in body)


# --- news-language rules, on inline texts with names no gold article uses -----------------


def sources_of(analysis: Analysis) -> set[str]:
    return {s.name for s in analysis.sources}


def causes_of(analysis: Analysis) -> set[tuple[str, bool]]:
    return {(c.cause, c.negated) for c in analysis.causes}


def test_organisation_introduced_by_a_descriptor() -> None:
    _, analysis = story(
        "Toy retailer Brindle will shut 40 stores by March, the company announced on Monday.",
        "The charity Open Door said the closures would hurt families.",
    )
    assert sources_of(analysis) == {"Brindle", "Open Door"}
    assert {a.source for a in analysis.attributions} == {"Brindle", "Open Door"}


def test_organisation_named_by_sentence_subject_and_common_noun() -> None:
    _, analysis = story(
        "Harbour Athletic made a loss of £3 million last season, the club said in a statement.",
    )
    assert sources_of(analysis) == {"Harbour Athletic"}


def test_according_to_an_appositive_name_and_documents() -> None:
    _, analysis = story(
        "Kestrel Foods posted record sales this year. According to the company's accounts, "
        "profits rose by a fifth.",
        "According to figures from the regulator, Ofcomm, complaints doubled.",
    )
    sources = {a.source: a.text for a in analysis.attributions}
    assert sources["Ofcomm"] == "complaints doubled"
    assert sources["Kestrel Foods"] == "profits rose by a fifth"


def test_speaker_after_an_opening_phrase_and_a_bare_appositive() -> None:
    _, analysis = story(
        "In a statement, the Ministry of Transport said the bridge was safe.",
        "Ana Ruiz, director of the Canal Trust, argued that repairs were overdue.",
        "Site manager Paul Otto told reporters the work would take a year.",
    )
    said = {a.source: a.text for a in analysis.attributions}
    assert said["Ministry of Transport"] == "the bridge was safe"
    assert said["Ana Ruiz"] == "repairs were overdue"
    assert said["Paul Otto"] == "the work would take a year"  # "reporters" is the hearer


def test_blame_for_denial_and_instead_causes() -> None:
    _, analysis = story(
        "The mayor blamed the contractor for the delays.",
        "The firm denied that its cladding caused the fire.",
        "She said the outbreak was not caused by the water supply but by a faulty cooler.",
        "You can't blame the referee for the defeat.",
    )
    found = causes_of(analysis)
    assert ("contractor", False) in found
    assert ("cladding", True) in found
    assert ("water supply", True) in found
    assert ("faulty cooler", False) in found
    assert ("referee", True) in found


def test_forward_causes_and_follows() -> None:
    _, analysis = story(
        "Officials said a burst water main led to the closure of the high street.",
        "The decision follows three years of rising costs.",
        "The drop was the result of longer and wetter winters.",
    )
    found = causes_of(analysis)
    assert ("burst water main", False) in found
    assert ("rising costs", False) in found
    assert ("longer and wetter winters", False) in found


def test_negation_outside_the_cause_clause_is_ignored() -> None:
    _, analysis = story(
        "Dr Ida Berg, who was not part of the study, argued that the rise was due to better "
        "testing.",
    )
    assert ("better testing", False) in causes_of(analysis)


def test_word_alternation_matches_like_a_sorted_alternation() -> None:
    import re

    from quizapp.core.analysis.text import word_alternation

    words = ["heat", "heatwave", "heatwaves", "he", "hot", "hotter", "a", "an", "and"]
    sample = "He said a heatwave and hotter heat hit an area; heatwaves, hot, and he."
    plain = re.compile(r"\b(?:" + "|".join(sorted(words, key=len, reverse=True)) + r")\b", re.I)
    trie = re.compile(r"\b" + word_alternation(words) + r"\b", re.I)
    assert [m.span() for m in trie.finditer(sample)] == [m.span() for m in plain.finditer(sample)]


# --- rules added after check 2 (invented names, no gold article uses them) ----------------


def source_kinds(analysis: Analysis) -> dict[str, tuple[str, str | None]]:
    return {s.name: (s.kind, s.role) for s in analysis.sources}


def said_by(analysis: Analysis) -> dict[str, str | None]:
    return {a.text: a.source for a in analysis.attributions}


def test_possessive_role_then_appositive_name() -> None:
    _, analysis = story(
        "The charity Bluewater Aid said the appeal had raised £2 million.",
        "Its chief executive, Mira Castellan, said the money would go to flood victims.",
        "Kesterton Mills' finance director, Dr Omar Lindqvist, told investors that profits "
        "had doubled.",
    )
    kinds = source_kinds(analysis)
    assert kinds["Mira Castellan"] == ("person", "chief executive")
    assert kinds["Omar Lindqvist"] == ("person", "finance director")  # title dropped
    assert said_by(analysis)["the money would go to flood victims"] == "Mira Castellan"


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("Local MP Petra Vaughan said the closure was a scandal.", "Petra Vaughan", "Local MP"),
        ("Coroner Idris Pennant said the death was accidental.", "Idris Pennant", "Coroner"),
        ("Welsh AM Rhodri Baines said the road was unsafe.", "Rhodri Baines", "Welsh AM"),
        ("Congresswoman Lucia Ferrante said the bill would fail.", "Lucia Ferrante", None),
    ],
)
def test_public_office_roles(sentence: str, name: str, role: str | None) -> None:
    _, analysis = story(sentence)
    kind, found_role = source_kinds(analysis)[name]
    assert kind == "person"
    assert found_role == (role or found_role)


def test_am_in_lower_case_is_not_a_role() -> None:
    _, analysis = story("I am Rosa Delgado and I said no such thing.")
    assert all(s.role != "am" for s in analysis.people)


def test_name_with_a_which_clause_is_an_organisation() -> None:
    _, analysis = story(
        "Greyford Power, which supplies most of the valley, said the outage was over.",
        "Tollan Freight, which runs the depot, said drivers had been sent home.",
    )
    kinds = source_kinds(analysis)
    assert kinds["Greyford Power"][0] == "organisation"
    assert kinds["Tollan Freight"][0] == "organisation"


def test_findings_by_an_agency_and_the_company_antecedent() -> None:
    _, analysis = story(
        "Sampling by the Coastal Monitoring Agency found high nitrate levels in the bay.",
        "Marrick Farms, which owns the fields, said it had followed the rules. The agency said "
        "the run-off came from the farm. In a statement, the company said its slurry store was "
        "sealed.",
    )
    said = said_by(analysis)
    assert said["high nitrate levels in the bay"] == "Coastal Monitoring Agency"
    assert said["the run-off came from the farm"] == "Coastal Monitoring Agency"
    assert said["its slurry store was sealed"] == "Marrick Farms"  # not the agency


def test_quotes_framed_by_accused_and_described() -> None:
    _, analysis = story(
        'Union organiser Bea Quist accused the owners of "gambling with jobs".',
        "Site director Hal Brenner said talks would resume and described the walkout as "
        '"premature".',
        "Mayor Ines Duarte called for calm and said the bridge would reopen on Friday.",
    )
    said = said_by(analysis)
    assert said["gambling with jobs"] == "Bea Quist"
    assert said["premature"] == "Hal Brenner"
    assert said["talks would resume"] == "Hal Brenner"  # stops before the naming verb
    assert said["the bridge would reopen on Friday"] == "Ines Duarte"


def test_causes_to_blame_reduced_and_not_of() -> None:
    _, analysis = story(
        "Hallam Water rejected claims that its pipes were to blame.",
        "The firm said cold weather had sharply reduced demand.",
        "The shortfall was the result of poor planning, not of bad luck.",
        "The outage stemmed from a software update.",
        "Ticket sales increased by 5 per cent.",
    )
    found = causes_of(analysis)
    assert ("pipes", True) in found
    assert ("cold weather", False) in found
    assert ("poor planning", False) in found
    assert ("bad luck", True) in found
    assert ("software update", False) in found
    assert not any(label.startswith("ticket sales") for label, _ in found)


def test_a_modal_causal_verb_and_a_quoted_subject() -> None:
    _, analysis = story('"A single leak on top of that could trigger a collapse," she said.')
    assert ("single leak", False) in causes_of(analysis)


@pytest.mark.parametrize(
    ("phrase", "label"),
    [
        ("a flat tyre during last night's storm", "flat tyre"),
        ("signal faults near the tunnel", "signal faults"),
        ("heavy rain during the night", "heavy rain"),
        ("any single decision", "single decision"),
    ],
)
def test_cause_labels_keep_the_head_noun_phrase(phrase: str, label: str) -> None:
    assert cause_label(phrase) == label


def test_long_subject_without_a_comma_stays_in_its_sentence() -> None:
    article, analysis = story(
        "The first paragraph mentions pollution, then rain.",
        "Officials said the failure of a pump at the old mill station yesterday morning, "
        "triggered by a power cut, flooded the road.",
    )
    second = article.body_paragraphs[1]
    assert all(c.start >= second.start for c in analysis.causes if "power" in c.text)
    assert all(
        article.body_paragraphs[0].end <= c.start or c.end <= article.body_paragraphs[0].end
        for c in analysis.causes
    )


def test_quality_bench_matches_sources_strictly() -> None:
    import importlib.util
    import sys

    path = SEEDS.parent / "bench" / "generator_quality.py"
    spec = importlib.util.spec_from_file_location("generator_quality", path)
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    sys.modules["generator_quality"] = bench  # its dataclasses look their module up
    try:
        spec.loader.exec_module(bench)
    finally:
        del sys.modules["generator_quality"]
    same = bench.same_source
    assert same("the Harbour Trust", "Harbour Trust")
    assert same("Dr. Ona Pratt", "ona  pratt")
    assert same("Ona Belle Pratt", "Ona Pratt")  # a middle name may be missing
    assert not same("Pratt", "Ona Pratt")  # a surname alone is not the person
    assert not same("Rail", "Kestrel Rail")  # nor a shared last word an organisation
    assert not same("agency", "Coastal Monitoring Agency")
    assert not same("Ona Pratt", "Ida Pratt")


# -- rules added for check 3's weaknesses (invented names) ---------------------------


def _causes(analysis: Analysis) -> set[tuple[str, bool]]:
    return {(c.cause, c.negated) for c in analysis.causes}


def test_left_unable_and_it_is_contrast_are_causes() -> None:
    _, analysis = story(
        "Inspector Tam Rourke said the floods had left dozens of farms unable to graze cattle.",
        '"Each time we hear it was an accident," said Ola Brandt. "It is not an accident. '
        'It is years of neglect."',
    )
    causes = _causes(analysis)
    assert ("floods", False) in causes
    assert ("accident", True) in causes
    assert ("neglect", False) in causes


def test_modal_perfect_after_clause_over_and_not_instead() -> None:
    _, analysis = story(
        "Dr Ivo Santer said solvents poison the soil and could have killed the hedgerows.",
        "A ferry service on the Vell was cancelled after two of its boats collided in fog.",
        "A similar scheme in Tarrow was scrapped over staffing costs, not safety worries.",
    )
    causes = _causes(analysis)
    assert ("solvents", False) in causes
    assert ("boats collided in fog", False) in causes
    assert ("staffing costs", False) in causes
    assert ("safety worries", True) in causes


def test_more_cause_cues() -> None:
    _, analysis = story(
        "The board put the losses down to a weak harvest.",
        "Managers pointed to the new rota as the main reason for delays.",
        "The reason for the closure was a lack of buyers.",
        "Prices fell on the back of a strong pound.",
        "Shares slipped amid fears of a strike.",
        "Analysts attributed the rise to cheaper fuel.",
        "The drought meant that crops failed.",
    )
    causes = _causes(analysis)
    for label in ("weak harvest", "new rota", "lack of buyers", "strong pound", "cheaper fuel"):
        assert (label, False) in causes, label
    assert "drought" in {c.cause for c in analysis.causes}
    amid = next(c for c in analysis.causes if c.cue.lower().startswith("amid"))
    assert amid.weak and amid.cause.startswith("fears of a strike")


def test_move_to_a_place_is_not_a_decision_to() -> None:
    assert cause_label("the move to its new riverside ground") == "move to its new riverside ground"
    # The decision is the cause: an infinitive complement stays in the label, whole.
    assert cause_label("the decision to close the depot") == "decision to close the depot"
    assert (
        cause_label("the council's decision to close the Brook Street day centre earlier this year")
        == "decision to close the brook street day centre"
    )


def test_ranks_are_kept_whole_and_bare_organisation_nouns_link_back() -> None:
    _, analysis = story(
        "Detective Chief Inspector Mara Quell of Tovey Police said the gang had been caught.",
        "Police said arrests had doubled since March.",
    )
    people = {s.name: s.role for s in analysis.sources}
    assert people["Mara Quell"] == "Detective Chief Inspector"
    assert "Tovey Police" in people
    police = next(a for a in analysis.attributions if a.text.startswith("arrests"))
    assert police.source == "Tovey Police"


def test_forward_reference_report_by_and_rejected_suggestion() -> None:
    _, analysis = story(
        "Oil that coated the Brenn estuary came from a burst pipe, the regulator has concluded.",
        "An inquiry by the Coastal Waters Authority found that the pipe had corroded.",
        "According to a preliminary report by the Harbour Safety Board, the valve failed.",
        "Judge Petra Vance rejected the suggestion that the crash was the result of ice.",
    )
    by_text = {a.text[:20]: a.source for a in analysis.attributions}
    assert by_text["Oil that coated the "] == "Coastal Waters Authority"
    assert by_text["the valve failed"] == "Harbour Safety Board"
    assert by_text["the crash was the re"] == "Petra Vance"
    assert ("ice", True) in _causes(analysis)


def test_quotes_inside_a_reported_clause() -> None:
    _, analysis = story(
        'Greywell Foods said the recall had ended and that "no customer was harmed".',
        'Councillor Aled Fenn blamed the depot for acting "far too slowly" and said more was '
        "needed.",
    )
    found = {(a.source, a.kind, a.text) for a in analysis.attributions}
    assert ("Greywell Foods", "quote", "no customer was harmed") in found
    assert ("Greywell Foods", "paraphrase", "the recall had ended") in found
    assert ("Aled Fenn", "quote", "far too slowly") in found


def test_loaded_words_hedges_and_units() -> None:
    _, analysis = story(
        "The staggering, shocking bill was disastrous, according to the Nerin Trust. "
        "Heat reached 38C and rents rose 4.5% to £80,000 a year."
    )
    loaded = {f.text for f in analysis.language if f.category == "loaded"}
    assert {"staggering", "shocking", "disastrous"} <= loaded
    assert not any(f.text == "according to" for f in analysis.language)
    units = {q.text: q.unit for q in analysis.quantities}
    assert units["38C"] == "degrees C"
    assert units["4.5%"] == "per cent"
    assert units["£80,000"] == "pounds"


def test_verb_forms_are_generated_not_listed() -> None:
    from quizapp.core.analysis.causes import verb_forms

    assert verb_forms("push up")["past"] == "pushed up"
    assert verb_forms("drive")["pp"] == "driven"
    assert verb_forms("stem")["ing"] == "stemming"
    assert verb_forms("make worse")["pp"] == "made worse"
    assert verb_forms("worry")["s"] == "worries"


def test_too_early_to_say_whether_is_no_cause_claim() -> None:
    _, analysis = story(
        "Dr Pell Varga said it was too early to say whether global warming had made the "
        "drought longer, but warned that falling river levels meant farms would struggle.",
        "It is unclear if the heatwave caused the crop failure in Ambleside.",
        "Did the new Hollins bypass cause the congestion?",
    )
    causes = _causes(analysis)
    assert ("climate change", False) not in causes
    assert not any(label in {"heatwave", "new hollins bypass"} for label, _ in causes)
    assert ("falling river levels", False) in causes


def test_adverbs_phrasal_verbs_and_made_worse() -> None:
    _, analysis = story(
        "The rise in rents was driven largely by a shortage of new homes, the Tanfield "
        "Housing Trust said.",
        "Analysts said higher interest rates had pushed down house prices across the region.",
        "Councillor Maya Brent said the closures were made worse by a lack of buses.",
        "Professor Ada Quist said the flooding stemmed mainly from blocked culverts.",
    )
    causes = _causes(analysis)
    assert ("shortage of new homes", False) in causes
    assert ("higher interest rates", False) in causes
    assert ("lack of buses", False) in causes
    assert ("blocked culverts", False) in causes


def test_denial_and_denied_alternatives_are_scoped_to_their_clause() -> None:
    _, analysis = story(
        "Corvane Foods denied that it had cut wages, saying its losses had grown because of "
        "rising fuel costs.",
        "The head teacher said the drop in grades was due to staff absences instead of the "
        "new syllabus.",
        "Officials said the outbreak was largely down to a broken pump rather than poor hygiene.",
    )
    causes = _causes(analysis)
    assert ("rising fuel costs", False) in causes
    assert ("rising fuel costs", True) not in causes
    assert ("staff absences", False) in causes
    assert ("new syllabus", True) in causes
    assert ("broken pump", False) in causes
    assert ("poor hygiene", True) in causes


def test_after_clause_outcome_left_without_and_named_storms() -> None:
    _, analysis = story(
        "About 900 homes in Pellow were left without power after Storm Ivar brought down "
        "lines, the Pellow Grid Company said.",
        "Residents were left without water for two days after a main burst under Kell Road.",
        "Ms Tova Ring said higher rents meant many families would move away.",
    )
    causes = _causes(analysis)
    assert ("storm ivar", False) in causes
    assert ("main burst under kell road", False) in causes
    assert ("higher rents", False) in causes


def test_impact_verbs_need_a_non_agent_subject() -> None:
    _, analysis = story(
        "Ms Orla Venn said rising grain prices had hit margins at the Tessby mill.",
        "She said the cuts had forced schools to drop courses.",
        "The Tessby council had cut fees for small traders.",
        "Mr Ivo Rask said a shortage of welders was slowing repairs.",
    )
    causes = _causes(analysis)
    assert ("rising grain prices", False) in causes
    assert ("cuts", False) in causes
    assert ("shortage of welders", False) in causes
    assert not any(label.startswith("tessby council") for label, _ in causes)


def test_any_adverb_comma_adjectives_and_plans() -> None:
    _, analysis = story(
        "Dr Una Pell said the flooding was made far worse by blocked culverts.",
        "Farmers blamed the poor harvest on a wetter, colder spring.",
        "Mr Cas Oduya denied that the closure was linked to the firm's plan to open a depot in Brill.",
    )
    causes = _causes(analysis)
    assert ("blocked culverts", False) in causes
    assert ("wetter, colder spring", False) in causes
    assert ("plan to open a depot", True) in causes
    assert ("wetter", False) not in causes


def test_no_evidence_denies_and_answered_questions_are_claims() -> None:
    _, analysis = story(
        "The Fenwick Institute found no evidence that the new fertiliser had reduced yields.",
        "Asked whether the road works had caused the delays, Ms Ida Brook said it was a factor.",
        "Asked whether the merger would hurt jobs, Mr Leon Fry said it was too early to say.",
        "Asked if the heatwave had caused the crop losses, Dr Amos Tull said it had not.",
    )
    causes = _causes(analysis)
    assert ("new fertiliser", True) in causes
    assert ("road works", False) in causes
    assert ("heatwave", True) in causes
    assert not any(label == "merger" for label, _ in causes)


def test_responsible_factor_part_blaming_and_as_clauses() -> None:
    _, analysis = story(
        "The Orrin Trust said poor scouting was responsible for the slide.",
        "The board denied that the rota changes were a factor.",
        "Mr Teo Lind said grazing also played a part.",
        "The Vane Works is to shed 80 jobs, blaming a slump in export orders.",
        "Demand for its valves had fallen sharply as shipyards switched to cheaper suppliers.",
        "Local cafes suffered from the closure of the Quarry Lane car park.",
    )
    causes = _causes(analysis)
    assert ("poor scouting", False) in causes
    assert ("rota changes", True) in causes
    assert ("grazing", False) in causes
    assert ("slump in export orders", False) in causes
    assert ("shipyards switched to cheaper suppliers", False) in causes
    assert any(label.startswith("closure of") and not neg for label, neg in causes)


# --- rules added after check 6 (invented names, no gold article uses them) ----------------


def _claims_of(*paragraphs: str) -> set[tuple[str, bool]]:
    _, analysis = story(*paragraphs)
    return {(c.cause, c.negated) for c in analysis.causes}


def test_coordination_sharing_a_head_noun_is_one_cause() -> None:
    assert _claims_of(
        "Its director, Ola Brenn, said the rise was driven by higher feed and energy costs."
    ) == {("higher feed and energy costs", False)}
    assert ("spending on boats and watches", False) in _claims_of(
        "Auditors said her spending on boats and watches had drained the account."
    )
    # two causes stay two: an adjective starts the second one
    assert _claims_of("Rangers said the damage was caused by heavy rain and strong winds.") == {
        ("heavy rain", False),
        ("strong winds", False),
    }


def test_not_and_rather_than_beside_a_subject_reason() -> None:
    assert _claims_of(
        "Its chair, Remy Vos, said staff cuts, not the weather, were the real reason for the delays."
    ) == {("staff cuts", False), ("weather", True)}
    assert _claims_of(
        "Its chair, Remy Vos, said ticket prices rather than parking were the main reason fans "
        "stayed away."
    ) == {("ticket prices", False), ("parking", True)}
    assert _claims_of("Lina Farr said the strike was not the reason for the closure.") == {
        ("strike", True)
    }


def test_not_behind_and_too_high_to_be_explained_by_are_denials() -> None:
    assert _claims_of("Coach Idris Pell insisted the virus was not behind the defeat.") == {
        ("virus", True)
    }
    assert _claims_of(
        "The lab said the readings were too high to be explained by background radiation."
    ) == {("background radiation", True)}


def test_relative_clause_inside_the_subject() -> None:
    _, analysis = story(
        "Her agent, Tomas Kell, said a back injury that kept her out for months had put her "
        "under pressure to return."
    )
    (claim,) = analysis.causes
    assert (claim.cause, claim.negated) == ("back injury", False)


def test_make_with_any_adjective_result() -> None:
    assert ("rising insurance premiums", False) in _claims_of(
        "Ferris Dunn said rising insurance premiums had made the ferry service unsustainable."
    )
    assert _claims_of("The bakery said it would make different loaves next year.") == set()


def test_after_an_ing_clause_or_a_noun_phrase_following_an_outcome() -> None:
    (doped,) = _claims_of(
        "Cyclist Aled Fenn has been suspended for two years after testing positive for a "
        "banned diuretic."
    )
    assert doped[0].startswith("testing positive for") and not doped[1]
    assert ("power cut near holm cross", False) in _claims_of(
        "Passengers faced delays of up to an hour on Friday after a power cut near Holm Cross."
    )
    assert any(
        cause.startswith("orders") and not negated
        for cause, negated in _claims_of(
            'Owner Jana Rolf said the closure was "unavoidable" after orders dried up.'
        )
    )
    assert _claims_of("Fans went home after the match.") == set()
    assert _claims_of("He was jailed after admitting three thefts.") == set()


def test_as_clause_after_a_noun_of_change() -> None:
    assert ("young families had moved away", False) in _claims_of(
        "Analyst Noor Sahin said the drop was driven by a lack of pupils, as many young "
        "families had moved away."
    )


def test_linked_to_direction() -> None:
    assert ("heatwave", False) in _claims_of("Doctors recorded 40 deaths linked to the heatwave.")
    assert ("microplastics", False) in _claims_of(
        "Fish numbers fell, with microplastics linked to weaker immune systems."
    )


def test_synonym_rules_keep_a_more_specific_head() -> None:
    assert cause_label("a contaminated water tank") == "contaminated water tank"
    assert cause_label("funding cuts") == "funding cuts"
    assert cause_label("global warming") == "climate change"
    assert cause_label("polluted run-off") == "polluted run-off"


def test_bare_council_and_age_appositive_sources() -> None:
    _, analysis = story(
        "Councillor Tia Marsh, planning lead at Yarrow Council, said permits were late.",
        "Two bridges were closed last year, the council said.",
    )
    assert {s.name for s in analysis.sources} == {"Tia Marsh", "Yarrow Council"}
    _, analysis = story(
        "Welsh swimmer Carys Vane has been banned for a year.",
        "Vane, 27, said the test was flawed.",
    )
    assert [s.name for s in analysis.sources] == ["Carys Vane"]


def test_not_in_an_inner_alternative_denies_only_the_alternative() -> None:
    # A false denial is the worst error: "X, not Y, <verb>" asserts X and denies Y.
    assert _claims_of(
        "The Orwen Parents Forum said longer queues, not the new timetable, were driving "
        "pupils away."
    ) == {("longer queues", False), ("new timetable", True)}
    assert _claims_of(
        "Grower Ilse Marn said late frosts rather than the drought had cut the harvest."
    ) == {("late frosts", False), ("drought", True)}


def test_a_hedge_after_the_cue_takes_the_claim_back() -> None:
    assert (
        _claims_of(
            "Teacher Bram Olsen said poor sleep might also play a part, but it was too early to say."
        )
        == set()
    )
    assert (
        _claims_of(
            "Coach Dana Pell said the new pitch had caused the injuries, though she said it was "
            "not yet clear."
        )
        == set()
    )
    assert ("poor sleep", False) in _claims_of(
        "Teacher Bram Olsen said poor sleep had caused the fall, but the cost was not yet known."
    )


def test_responsible_for_a_duty_is_no_cause() -> None:
    assert _claims_of("The ministry said councils were responsible for enforcement.") == set()
    assert _claims_of("Wardens were responsible for collection of the fees.") == set()
    assert ("contractor", False) in _claims_of(
        "The agency said the contractor was responsible for the collapse."
    )
    assert ("valve", False) in _claims_of("Engineers said a valve was responsible for 40 deaths.")


def test_closing_after_an_event_and_number_objects_and_change_verbs() -> None:
    assert ("sales slowed sharply", False) in _claims_of(
        "Owner Priya Lund said her cafe was closing after sales slowed sharply in the summer."
    )
    assert ("demand collapsed", False) in _claims_of(
        "The firm said the plant was shutting after demand collapsed."
    )
    assert ("outbreak of flu", False) in _claims_of(
        "Vet Ona Brisk said an outbreak of flu had also killed at least 30 lambs."
    )
    assert _claims_of("Fees had increased 12 per cent.") == set()
    assert ("rise in cheap imports", False) in _claims_of(
        "Trader Eli Rowe said a rise in cheap imports had flooded the market with poor goods."
    )
    assert _claims_of("Forecaster Tom Ruiz said the storm had deepened unusually quickly.") == set()


def test_an_actor_raising_prices_is_no_cause_and_after_gives_the_reason() -> None:
    assert _claims_of(
        "Bakeries in the Orlin valley have raised prices by up to 15% after a failed wheat "
        "harvest, the Orlin Bakers Union said."
    ) == {("failed wheat harvest", False)}
    assert _claims_of("The Tarrow Bus Company has cut services after a shortage of drivers.") == {
        ("shortage of drivers", False)
    }
    assert _claims_of("Tarrow supermarkets have cut prices.") == set()
    assert ("poor harvest", False) in _claims_of(
        "Grower Ana Lisk said a poor harvest had raised prices."
    )


def test_possibility_with_a_not_yet_clause_and_it_was_possible_that_are_hedges() -> None:
    assert (
        _claims_of(
            "Curator Ilse Brand said a burst pipe might have caused some of the flooding, but "
            "engineers had not yet finished their inspection."
        )
        == set()
    )
    assert (
        _claims_of(
            "A spokesman for Kelvo said it was possible that frost had also damaged the vines, "
            "but the firm was still assessing the losses."
        )
        == set()
    )
    assert _claims_of("Trader Ned Yates said perhaps the heatwave had reduced sales.") == set()
    assert ("burst pipe", False) in _claims_of(
        "Curator Ilse Brand said a burst pipe had caused the flooding, but engineers had not "
        "yet finished their inspection."
    )


def test_decimal_amounts_left_in_a_state_pointed_instead_and_stunt() -> None:
    assert _claims_of("Ms Tova Odo said the closure was the result of a £3.4m cut in funding.") == {
        ("£3.4m cut in funding", False)
    }
    assert _claims_of(
        "The Pellow Rowing Club said years of neglect, not the funding cut, had left the "
        "boathouse in ruins."
    ) == {("neglect", False), ("funding cut", True)}
    assert _claims_of(
        "Councillor Ava Strom said the fence was not to blame and instead pointed to a sharp "
        "increase in the number of riders since the scheme launched."
    ) == {("fence", True), ("sharp increase in the number of riders", False)}
    assert ("cold may", False) in _claims_of(
        "Grower Tim Lace said a cold May had stunted the seedlings."
    )
    assert _claims_of("The report pointed to the town hall.") == set()


def test_blamed_x_for_the_rise_is_a_cause_claim() -> None:
    assert ("decision to cut lifeguards", False) in _claims_of(
        "The Dunmore Swimmers Association blamed the council's decision to cut lifeguards for "
        "the drop in members."
    )


# --- rules added after check 9 (invented names, no gold article uses them) ----------------


def test_blamed_x_for_y_is_both_a_cause_claim_and_an_attribution() -> None:
    _, analysis = story("The Orwell Ramblers Club blamed muddy stiles for the fall in walkers.")
    assert ("muddy stiles", False) in {(c.cause, c.negated) for c in analysis.causes}
    assert any(
        (a.source or "").endswith("Orwell Ramblers Club") and "muddy stiles" in a.text
        for a in analysis.attributions
    )


def test_nobody_had_yet_and_still_ing_after_but_are_hedges() -> None:
    assert (
        _claims_of(
            "Grower Pim Otley said new quarries might also have lowered the water table, but "
            "nobody had yet measured it."
        )
        == set()
    )
    assert (
        _claims_of(
            "Warden Ola Brisk said the new footbridge may have drawn visitors away, but no one "
            "had yet counted them."
        )
        == set()
    )
    assert (
        _claims_of(
            "Keeper Ivo Lund said a cold snap could have slowed the seedlings, but the team "
            "was still checking the records."
        )
        == set()
    )
    assert ("cold snap", False) in _claims_of(
        "Keeper Ivo Lund said a cold snap had slowed the seedlings."
    )


def test_a_reason_aside_in_a_subject_gives_two_causes() -> None:
    claims = _claims_of(
        "The trust's report said a fall in coach trips, following changes to parking rules, "
        "had cut ticket sales by 12%."
    )
    assert claims == {("fall in coach trips", False), ("changes to parking rules", False)}


def test_halve_double_treble_are_impact_verbs() -> None:
    assert ("late frost", False) in _claims_of(
        "Farmer Rhea Quill said the late frost had halved her plum harvest."
    )
    assert ("damp winter", False) in _claims_of(
        "Mr Oskar Vane said the damp winter had doubled his heating costs."
    )
    assert _claims_of("Mr Oskar Vane said his heating costs had doubled.") == set()
    assert _claims_of("Mr Oskar Vane said the Pellby Council had halved the grant.") == set()


def test_leave_x_with_nowhere_or_with_no_is_a_result() -> None:
    assert ("sale of the field", False) in _claims_of(
        "The Orrin Pony Club said the sale of the field would leave riders with nowhere to train."
    )
    assert ("flood", False) in _claims_of(
        "Ms Dilys Carrow said the flood had left families with no heating."
    )


def test_bare_airport_resolves_and_said_x_and_that_y_splits() -> None:
    _, analysis = story(
        "Flights at Tarnwick Airport were delayed by up to three hours on Monday, the airport "
        "said.",
        "The Tarnwick Pilots Guild said fog had grounded planes and that the radar was working.",
    )
    pairs = [(re.sub(r"^The ", "", a.source or ""), a.text) for a in analysis.attributions]
    assert (
        "Tarnwick Airport",
        "Flights at Tarnwick Airport were delayed by up to three hours on Monday",
    ) in pairs
    assert ("Tarnwick Pilots Guild", "fog had grounded planes") in pairs
    assert ("Tarnwick Pilots Guild", "the radar was working") in pairs


def test_wider_cause_inventory() -> None:
    """Harm, loss and result verbs, origins, passives and bare past tenses (dev-3 round)."""
    _, analysis = story(
        "Staff said the loss of card payments had cost some shops a full day's takings.",
        "Parents said the mould had given her youngest son asthma.",
        "The union said staff cuts had left the enclosure cleaned only twice a week.",
        "Tests showed the bacteria came from contaminated fish.",
        "The smell was traced to a leaking gas pipe.",
        "High winds brought down power lines across the county.",
        "The new rules are likely to push up rents, landlords warned.",
        "The cold snap has been blamed for a spike in burst pipes.",
        "A faulty tumble dryer was the most likely cause of the fire.",
        "Power was lost when a tree fell on a line near the village.",
    )
    causes = _causes(analysis)
    for label in (
        "loss of card payments", "mould", "staff cuts", "contaminated fish", "leaking gas pipe",
        "high winds", "new rules", "cold snap", "faulty tumble dryer",
    ):  # fmt: skip
        assert (label, False) in causes, label
    assert any(label.startswith("tree fell") for label, _ in causes)


def test_causes_that_are_not_claims() -> None:
    """Prices, money, actors, participles and negated outcomes are not causes."""
    _, analysis = story(
        "The repairs would cost £40,000, the council said.",
        "Packaging maker Corbell will close its Harlow factory in September.",
        "Two new housing developments were delayed last year.",
        "The kerbs had kept cars and bikes apart.",
        "The money came from donations.",
    )
    assert _causes(analysis) == set()


def test_a_prepositional_reason_is_not_negated_by_the_outcome() -> None:
    _, analysis = story(
        "About 90 patients could not be discharged due to a lack of places in care homes.",
        "The delays were not due to staff shortages, the firm said.",
        "There was no evidence the closure had led to any admissions.",
    )
    causes = _causes(analysis)
    assert ("lack of places in care homes", False) in causes
    assert ("staff shortages", True) in causes
    assert ("closure", True) in causes


def test_subject_asides_and_purposes_are_trimmed() -> None:
    _, analysis = story(
        "He said weeks of heavy rain, which had saturated the cliff, were the most likely "
        "trigger for the collapse.",
        "The trust said the sale of three players last summer to pay off debts had left the "
        "squad too thin to compete.",
        "A landslip that dumped tonnes of rock and soil onto the road has forced its closure.",
    )
    causes = _causes(analysis)
    assert ("heavy rain", False) in causes
    assert ("sale of three players", False) in causes
    assert ("landslip", False) in causes


def _said(analysis: Analysis) -> list[tuple[str | None, str]]:
    return [(a.source, a.text[:20]) for a in analysis.attributions]


def test_a_pronoun_quote_after_a_described_name_is_that_persons() -> None:
    _, analysis = story(
        "Dr Ada Brook, a consultant at the trust, said cases were rising.",
        'Tom Vale, whose son was ill, said the wait was long. "It was awful," he said.',
        'Ben Hart\'s wife, Rose, fell ill on Monday. "She just went down," he said.',
    )
    said = _said(analysis)
    assert ("Tom Vale", "It was awful") in said
    assert ("Ben Hart", "She just went down") in said


def test_titles_possessive_roles_and_short_names_merge() -> None:
    _, analysis = story(
        "Cllr Ann Roe, Kelby Borough Council's cabinet member for finance, said costs rose.",
        "Cllr Roe said the loan was not the reason.",
        "Parent company Brellan Drinks said energy costs had tripled.",
        "Brellan said it was in talks with buyers.",
        "Sales fell by a third last year, and Roe said cuts were likely.",
    )
    names = {s.name for s in analysis.sources}
    assert {"Ann Roe", "Brellan Drinks"} <= names
    assert not names & {"Cllr Roe", "Brellan", "Parent company Brellan Drinks"}
    assert ("Ann Roe", "cuts were likely") in _said(analysis)


def test_groups_determiners_and_trailing_org_clauses() -> None:
    _, analysis = story(
        "A landslip that dumped an estimated 4,000 tonnes of rock has shut the road, "
        "Penmore Council has said.",
        "Campaigners have blamed the council for the closure.",
        'Norbridge Rail said the track was checked. "There is no defect," a spokesperson said.',
    )
    names = {s.name for s in analysis.sources}
    assert "Penmore Council" in names and "Campaigners" not in names
    assert ("Norbridge Rail", "There is no defect") in _said(analysis)


def test_headline_causes_and_outcome_first_denials() -> None:
    article = build_article(
        "t",
        [
            "Island ferry cancelled after engine failure",
            "The union insisted the accident had nothing to do with staffing levels.",
            "Crockford states that the walruses were not climbing due to climate change. "
            "Rather, they were fleeing bears.",
        ],
        kinds=["headline", "body", "body"],
    )
    causes = {(c.cause, c.negated) for c in analyse(article).causes}
    assert ("engine failure", False) in causes  # the headline's framing is read
    assert ("staffing levels", True) in causes  # the outcome is not the cause
    assert ("accident", True) not in causes
    assert ("climate change", True) in causes  # "not ... due to X. Rather, ..." denies X


def test_trade_nouns_before_a_name_are_roles() -> None:
    _, analysis = story(
        "Postmaster Alun Brisk said trade had fallen.",
        "Holidaymaker Rena Coombe said the beach was shut.",
        "Pharmacist Ode Lamb said stocks were low.",
    )
    found = {(s.name, (s.role or "").lower()) for s in analysis.sources}
    assert found == {
        ("Alun Brisk", "postmaster"),
        ("Rena Coombe", "holidaymaker"),
        ("Ode Lamb", "pharmacist"),
    }


def test_more_trades_role_pairs_and_service_descriptors() -> None:
    _, analysis = story(
        "Haulier Tom Pike said his lorries were waiting.",
        "Neighbouring grower Raj Bhatt said his crop was down.",
        "Harbour master Claire Bolitho said the channel had silted up.",
        "Chief Judge Ana Ruiz said the court was busy.",
        "The conciliation service Acas said it had spoken to both sides.",
    )
    found = {(s.name, (s.role or "").lower()) for s in analysis.sources}
    assert {name for name, _ in found} == {
        "Tom Pike",
        "Raj Bhatt",
        "Claire Bolitho",
        "Ana Ruiz",
        "Acas",
    }
    assert ("Ana Ruiz", "chief judge") in found


def test_people_introduced_by_age_or_by_what_they_do_are_found() -> None:
    _, analysis = story(
        "Doris Kettle has lived at Larkfield House for six years.",
        '"I was born up the road," she said.',
        "Across the room, Arthur Penn, 88, was less restrained.",
        '"They sell it from under you," he said.',
    )
    assert [(a.source, a.kind) for a in analysis.attributions] == [
        ("Doris Kettle", "quote"),
        ("Arthur Penn", "quote"),
    ]


def test_a_survey_released_by_a_body_is_that_bodys_finding() -> None:
    _, analysis = story(
        "A survey released in October by the Tri-State Pupil Transport Association found that "
        "68 percent of districts were short of drivers."
    )
    assert [a.source for a in analysis.attributions] == ["Tri-State Pupil Transport Association"]


def test_a_lead_names_the_body_later_and_it_means_the_body_just_named() -> None:
    _, analysis = story(
        "Parking will cost £4.80 from next month, the hospital trust has confirmed.",
        "Orley and Dunmere NHS Foundation Trust said the money would repair the car park.",
        "Ana Pell, a representative for the union Unison, said nurses park in the street.",
        "The trust made £3.2m from parking last year. It said blue badge holders park free.",
    )
    assert [a.source for a in analysis.attributions] == [
        "Orley and Dunmere NHS Foundation Trust",
        "Orley and Dunmere NHS Foundation Trust",
        "Ana Pell",
        "Orley and Dunmere NHS Foundation Trust",
    ]


def test_the_unite_union_and_the_supermarket_stand_for_named_bodies() -> None:
    _, analysis = story(
        "About 140 members of the GMB union began a strike on Monday.",
        "The union said its members had been offered a 2.5% rise.",
        "Brightways, which sells a fifth of Britain's eggs, denied that margins were to blame.",
        "The supermarket said it had raised the price it pays farmers.",
    )
    assert [a.source for a in analysis.attributions] == ["GMB", "Brightways", "Brightways"]


def test_us_style_speech_clauses_with_a_weekday() -> None:
    _, analysis = story(
        "The notice will stay until Sunday, Public Works Director Ray Cass said Thursday "
        "afternoon.",
        "The district is short 23 drivers, Transport Director Mike Soren told the school board "
        "Monday night.",
    )
    assert [(a.source, a.text) for a in analysis.attributions] == [
        ("Ray Cass", "The notice will stay until Sunday"),
        ("Mike Soren", "The district is short 23 drivers"),
    ]


def test_a_body_never_named_is_no_named_source() -> None:
    _, analysis = story(
        "A family-owned firm in the town has raised its prices.",
        'The company said costs had risen sharply. "We had no choice," the company said.',
        "The government said it would review the figures.",
    )
    names = {s.name for s in analysis.sources}
    assert "company" not in names and "family-owned firm" not in names
    assert "government" in names  # a definite public body stays a source
    assert any(a.source_kind == "vague" for a in analysis.attributions)


def test_us_council_titles_and_sport_positions_are_roles() -> None:
    _, analysis = story(
        "Councilmember Teresa Vale said the bridge had been neglected for years.",
        "Hooker Sam Tenby said the squad had not been paid.",
    )
    assert {s.name for s in analysis.sources} == {"Teresa Vale", "Sam Tenby"}


def test_common_nouns_at_a_sentence_start_are_no_named_sources() -> None:
    _, analysis = story(
        'Landlords say the increases are not of their making. "We pay more too," one said.',
        "Police said no charges were expected.",
        "Sculptor Ben Tarn said the move cost him half his customers.",
    )
    assert {s.name for s in analysis.sources} == {"Ben Tarn"}


def test_said_its_role_then_the_name() -> None:
    _, analysis = story('"These were hard decisions," said the board\'s chair, Simon Achebe.')
    assert [(s.name, s.role) for s in analysis.sources] == [("Simon Achebe", "chair")]
    assert [a.source for a in analysis.attributions] == ["Simon Achebe"]


def test_a_person_introduced_by_what_they_do_then_quoted_by_pronoun() -> None:
    _, analysis = story(
        'Commuters faced long waits. Maria Gonzo takes the Green Line to work. "I waited 40 '
        'minutes," she said.',
        'Emma Rudd, a ward sister, received four fines. "I had a valid permit," she said.',
    )
    assert {a.source for a in analysis.attributions} == {"Maria Gonzo", "Emma Rudd"}
