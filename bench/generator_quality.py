"""Precision and recall of the analysis against hand-labelled gold articles.

Run: PYTHONPATH=. .venv/bin/python bench/generator_quality.py

Gold files are ``tests/gold/*.yaml``.  Sources match strictly by normalised full name
(case, spacing, a leading "the" and titles ignored; a middle name may be missing, see
``same_source``): a surname or a shared last word is not a match.  Attributions
by overlapping span and the same source; a gold cause claim counts as found when a
predicted claim overlaps it with the same label and the same negation.  Attributions to
vague sources ("many scientists") are left out on both sides.

Cause labels (``label_matches``), as a teacher would mark them: both labels lose
articles, possessives and filler ("years of", "some of"), a few synonyms share a label
("global warming" is "climate change"), and a predicted label is right when it equals the
gold label or is a run of its whole words with the same head noun ("underinvestment" for
"years of underinvestment", "leak" for "leak of detergent").  A different cause does not
match: "battery" is not "faulty battery connector", "sewage" is not "discharge of
untreated sewage", "weather forecasts" is not "weather".  (Until 2026-11-25 labels matched
as raw substrings either way, which also let "rain" match "drain".  On checks 1-3 the
stricter rule turned one hit into a miss, "new 22,000-seat stadium" for "move to its new
22,000-seat stadium", which was an engine error and is fixed; the dated scores recorded in
the gold files were taken with the old rule.)  Since 2026-11-25 (dev-2 round) a leading
"decision/plan/choice to" is filler too: "plan to move production" names "move
production" and "plan to open a factory" names "plan to open a factory in Poland" (the
engine now keeps such complements; the old gold labels kept only the infinitive).
Since 2026-11-25 (dev-5/dev-6 round) a label's head also ends before a time or place
preposition ("after", "since", "following", "amid", "across") or a time word ("last",
"this", "yesterday"), as "during" and "over" already did: "ground movement after last
weekend's sharp frost" has the head "movement", and "storms last winter" the head
"storms".  On the 81 gold articles this turned three misses into hits and no hit into a
miss; the dated scores recorded before it were taken with the old rule.  In the same
round "crowding" joined "overcrowding" as one label (one miss became a hit), and a leading
possessive owner is filler ("the railroad's decision to pause training" names "decision to
pause training"; the owner says who acted, not which cause): on the 97 gold articles of
the dev-7 round that turned four misses into hits and no hit into a miss.  In the dev-8
round the head's end at a verb, which saw only "-ed" and "-ing" forms, learned the common
irregular past forms ("thieves broke into their hut" has the head "thieves", as "sales
slowed" has "sales"): on the 107 gold articles three misses became hits, no hit a miss.
The leading "decision to" filler was missed after an article ("the decision to build a
stand" kept "decision to"), as the article was removed first; fixed in the same round, it
turned one miss into a hit (in dev-8) and no hit into a miss.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quizapp.core.analysis import Analysis, analyse  # noqa: E402
from quizapp.core.articles import Article  # noqa: E402
from quizapp.core.ingest import load_article_file  # noqa: E402
from quizapp.core.yamlio import load_yaml  # noqa: E402

GOLD_DIR = ROOT / "tests" / "gold"


@dataclass
class Tally:
    """Counts for one kind of finding: true positives, predictions and gold items."""

    hits_pred: int = 0
    predicted: int = 0
    hits_gold: int = 0
    gold: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        self.hits_pred += other.hits_pred
        self.predicted += other.predicted
        self.hits_gold += other.hits_gold
        self.gold += other.gold
        self.misses.extend(other.misses)

    @property
    def precision(self) -> float:
        return self.hits_pred / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.hits_gold / self.gold if self.gold else 1.0


_TITLES = re.compile(
    r"^(?:(?:dr|prof|professor|mr|mrs|ms|mx|miss|sir|dame|rev|lord|lady|cllr|councillor)\.?\s+)+"
)


def normalise_name(name: str) -> str:
    """A name compared on its words: case, spacing, a leading "the", titles and a final
    possessive removed ("the Environment Agency" == "environment agency")."""
    name = re.sub(r"\s+", " ", name.strip().lower())
    name = re.sub(r"^the\s+", "", name)
    name = _TITLES.sub("", name)
    name = re.sub(r"(?:’s|'s)$", "", name)
    return name.strip(" .,")


def same_source(a: str | None, b: str | None) -> bool:
    """Strict: the normalised full names agree, or both are full names (two or more words)
    with the same first and last word, one with a middle name ("Mary Ann Lee" /
    "Mary Lee").  A surname alone, or a shared last word ("Rail"), does not match."""
    if not a or not b:
        return a == b
    a, b = normalise_name(a), normalise_name(b)
    if a == b:
        return True
    wa, wb = a.split(), b.split()
    if min(len(wa), len(wb)) < 2 or wa[0] != wb[0] or wa[-1] != wb[-1]:
        return False
    short, long_ = (wa, wb) if len(wa) < len(wb) else (wb, wa)
    return len(long_) == len(short) + 1


def gold_span(article: Article, text: str) -> tuple[int, int]:
    start = article.text.find(text)
    if start < 0:
        raise SystemExit(f"gold text not in {article.id}: {text!r}")
    return start, start + len(text)


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score_sources(gold: list[dict], analysis: Analysis) -> tuple[Tally, int]:
    names = [s.name for s in analysis.sources]
    tally = Tally(predicted=len(names), gold=len(gold))
    tally.hits_pred = sum(any(same_source(n, g["name"]) for g in gold) for n in names)
    roles_right = 0
    for item in gold:
        match = next((s for s in analysis.sources if same_source(s.name, item["name"])), None)
        if match is None:
            tally.misses.append(f"source {item['name']}")
            continue
        tally.hits_gold += 1
        gold_role = (item.get("role") or "").lower()
        if (match.role or "").lower() == gold_role or (
            gold_role and gold_role in (match.role or "").lower()
        ):
            roles_right += 1
    tally.misses.extend(
        f"extra source {n}" for n in names if not any(same_source(n, g["name"]) for g in gold)
    )
    return tally, roles_right


def score_attributions(gold: list[dict], article: Article, analysis: Analysis) -> tuple[Tally, int]:
    predicted = [a for a in analysis.attributions if a.source and a.source_kind != "vague"]
    spans = [(item, gold_span(article, item["text"])) for item in gold]
    tally = Tally(predicted=len(predicted), gold=len(gold))
    used: set[int] = set()
    kinds_right = 0
    for item, span in spans:
        match = next(
            (
                i
                for i, a in enumerate(predicted)
                if i not in used
                and overlaps((a.start, a.end), span)
                and same_source(a.source, item["source"])
            ),
            None,
        )
        if match is None:
            tally.misses.append(f"attribution {item['source']}: {item['text'][:50]}")
            continue
        used.add(match)
        tally.hits_gold += 1
        kinds_right += predicted[match].kind == item["kind"]
    tally.hits_pred = sum(
        any(
            overlaps((a.start, a.end), span) and same_source(a.source, item["source"])
            for item, span in spans
        )
        for a in predicted
    )
    tally.misses.extend(
        f"extra attribution {a.source}: {a.text[:50]}"
        for a in predicted
        if not any(overlaps((a.start, a.end), s) for _, s in spans)
    )
    return tally, kinds_right


# Ways of saying the same cause, for labels a teacher would accept as one answer.  The
# bench keeps its own short list rather than trusting the engine's synonym rules.
_SYNONYMS = (
    (
        "climate change",
        r"climate (?:change|crisis|breakdown|emergency)|global (?:warming|heating)",
    ),
    ("heavy rain", r"heavy rain(?:fall)?|downpours?|torrential rain"),
    ("overcrowding", r"overcrowding|overcrowded conditions|crowding"),
)
# Words that do not change which cause is meant: articles, possessives, "years of", ...
_FILLER = re.compile(
    # (the leading "decision to" first, so that "the decision to" loses it too)
    r"^\s*(?:(?:a|an|the)\s+)?(?:decision|plan|choice) to\b|"
    r"\b(?:a|an|the|its|their|his|her|our|this|that|these|those|itself|themselves|"
    r"(?:days|weeks|months|years|decades) of|some|any|combination of|mix of)\b|[^\w\s-]"
)
# Where a label's head noun phrase ends: a preposition, a relative word or a verb.
_HEAD_END = re.compile(
    r"^(?:of|to|in|on|at|for|from|with|by|over|during|near|as|that|which|who|"
    r"is|are|was|were|has|have|had|been|after|before|since|following|amid|across|"
    r"last|this|next|earlier|yesterday|today|overnight|"
    # irregular past verbs are verbs too: "thieves broke into their hut" has the head "thieves"
    r"fell|broke|rose|went|came|ran|sank|took|found|froze|burst|tore|caught|spread|began|"
    r"blew|gave|grew|shrank|brought|struck|swept|sent|drove|led|made|kept|shut|spent|sold|"
    r"bought|held|won|got|stood|hit)$|^\w+(?:ing|ed)$"
)


def _label_words(label: str) -> list[str]:
    # a leading possessive owner names who acted, not which cause: "the railroad's decision
    # to pause training" is "decision to pause training"
    label = re.sub(r"^(?:the\s+)?[\w-]+(?:’s|'s)\s+(?=\S+\s+\S)", "", label.lower())
    label = re.sub(r"(?:’s|'s)\b", "", label)
    for canonical, pattern in _SYNONYMS:
        if re.fullmatch(pattern, _FILLER.sub(" ", label).strip()):
            return canonical.split()
    return _FILLER.sub(" ", label).split()


def _head(words: list[str]) -> str:
    """The head noun of a label: the last word before a preposition, verb or clause."""
    for index, word in enumerate(words):
        if index and _HEAD_END.match(word):
            return words[index - 1]
    return words[-1] if words else ""


def label_matches(gold_label: str, predicted: str) -> bool:
    """Whether a predicted cause label names the gold cause.

    Both labels lose articles, possessives and "years of"-style filler, and a few
    synonyms share one label ("global warming" is "climate change").  They match when
    equal, or when one is a run of the other's whole words and both have the same head
    noun: "underinvestment" names "years of underinvestment", "leak" names "leak of
    detergent", "ticket prices rising" names "ticket prices"; but "battery" does not name
    "faulty battery connector", "sewage" does not name "discharge of untreated sewage",
    and "weather forecasts" does not name "weather" (a different head)."""
    gold, pred = _label_words(gold_label), _label_words(predicted)
    if not gold or not pred:
        return False
    if gold == pred:
        return True
    short, long_ = (gold, pred) if len(gold) <= len(pred) else (pred, gold)
    runs = (long_[i : i + len(short)] for i in range(len(long_) - len(short) + 1))
    return any(run == short for run in runs) and _head(gold) == _head(pred)


def score_causes(gold: list[dict], article: Article, analysis: Analysis) -> tuple[Tally, int]:
    tally = Tally(predicted=len(analysis.causes), gold=len(gold))
    sources_right = 0
    for item in gold:
        span = gold_span(article, item["text"])
        match = next(
            (
                c
                for c in analysis.causes
                if overlaps((c.start, c.end), span)
                and label_matches(item["cause"], c.cause)
                and c.negated == bool(item["negated"])
            ),
            None,
        )
        if match is None:
            tally.misses.append(
                f"cause {item['cause']} (negated={item['negated']}): {item['text'][:40]}"
            )
            continue
        tally.hits_gold += 1
        sources_right += same_source(match.source, item.get("source"))
    spans = [(item, gold_span(article, item["text"])) for item in gold]
    for claim in analysis.causes:
        if any(
            overlaps((claim.start, claim.end), span)
            and label_matches(item["cause"], claim.cause)
            and claim.negated == bool(item["negated"])
            for item, span in spans
        ):
            tally.hits_pred += 1
        else:
            tally.misses.append(
                f"extra cause {claim.cause} (negated={claim.negated}): {claim.text[:40]}"
            )
    return tally, sources_right


def score_quantities(gold: list[str], article: Article, analysis: Analysis) -> Tally:
    tally = Tally(gold=len(gold), predicted=len(analysis.quantities))
    for text in gold:
        span = gold_span(article, str(text))
        if any(overlaps((q.start, q.end), span) for q in analysis.quantities):
            tally.hits_gold += 1
        else:
            tally.misses.append(f"quantity {text}")
    return tally


def summary(label: str, tallies: dict[str, Tally]) -> str:
    src, att, cau = tallies["sources"], tallies["attributions"], tallies["causes"]
    return (
        f"{label}: source_precision={src.precision:.3f} source_recall={src.recall:.3f} "
        f"attribution_precision={att.precision:.3f} attribution_recall={att.recall:.3f} "
        f"cause_accuracy={cau.recall:.3f}"
    )


def recorded_before() -> list[str]:
    """The held-out figures recorded (as comments) in the gold files before any tuning."""
    lines = []
    for gold_file in sorted(GOLD_DIR.glob("*.yaml")):
        for line in gold_file.read_text(encoding="utf-8").splitlines():
            text = line.lstrip("# ").rstrip()
            if line.startswith("#") and text.startswith("held-out ("):
                lines.append(f"recorded {text}")
    return lines


def main() -> None:
    kinds_of_tally = ("sources", "attributions", "causes", "quantities")
    totals = {name: Tally() for name in kinds_of_tally}
    # Groups: "in-sample" (articles the rules were written against) and one per held-out
    # check (``held_out: N`` in the gold file: labelled before tuning on them).
    groups: dict[str, dict[str, Tally]] = {}
    roles = kinds = cause_sources = 0
    print(f"{'article':32} {'src P/R':>11} {'attr P/R':>11} {'cause acc':>9} {'qty R':>6}")
    for gold_file in sorted(GOLD_DIR.glob("*.yaml")):
        data = load_yaml(gold_file.read_text(encoding="utf-8"), str(gold_file))
        for entry in data["articles"]:
            article = load_article_file(ROOT / entry["file"], entry["id"])
            analysis = analyse(article)
            src, r = score_sources(list(entry["sources"]), analysis)
            att, k = score_attributions(list(entry["attributions"]), article, analysis)
            cau, s = score_causes(list(entry["causes"]), article, analysis)
            qty = score_quantities(list(entry.get("quantities") or []), article, analysis)
            roles, kinds, cause_sources = roles + r, kinds + k, cause_sources + s
            held = entry.get("held_out")
            group = groups.setdefault(
                f"held-out (check {held})" if held else "in-sample",
                {name: Tally() for name in kinds_of_tally},
            )
            for name, tally in zip(kinds_of_tally, (src, att, cau, qty), strict=True):
                group[name].add(tally)
                totals[name].add(tally)
            mark = f" [held-out {held}]" if held else ""
            print(
                f"{entry['id'][:32]:32} {src.precision:5.2f}/{src.recall:4.2f} "
                f"{att.precision:5.2f}/{att.recall:4.2f} {cau.recall:9.2f} {qty.recall:6.2f}{mark}"
            )
    for name, tally in totals.items():
        for miss in tally.misses:
            print(f"  {name}: {miss}")
    src, att, cau = totals["sources"], totals["attributions"], totals["causes"]
    print(
        f"roles right: {roles}/{src.hits_gold}; attribution kinds right: {kinds}/{att.hits_gold}; "
        f"cause sources right: {cause_sources}/{cau.hits_gold}; "
        f"quantity recall: {totals['quantities'].recall:.2f}"
    )
    for line in recorded_before():
        print(line)
    for label in sorted(groups, key=lambda g: (g != "in-sample", g)):
        print(summary(label, groups[label]))
    # Diagnostic only (not in the RESULT line): predicted causes that match no gold cause.
    # A gold list may leave out a real cause, so a low figure is a prompt to read the
    # "extra cause" lines above, not proof of errors; a wrong positive cause is the worst
    # error for a media-literacy quiz.
    for label in sorted(groups, key=lambda g: (g != "in-sample", g)):
        print(f"{label}: cause_precision={groups[label]['causes'].precision:.3f} (diagnostic)")
    print(summary("RESULT", totals).replace("RESULT:", "RESULT"))


if __name__ == "__main__":
    main()
