"""Cause claims: what an event is blamed on, by whom, and whether the cause is denied.

A general causal-frame extractor, read by structure rather than by listed sentences:

* Cues come from an inventory grouped by direction.  Cause -> effect verbs make their
  subject the cause ("staff shortages led to ...", "a poor harvest had pushed up costs");
  they are named by lemma ("push up", "make worse") and inflected by ``verb_forms``, and
  may carry auxiliaries, modals and adverbs ("had also reduced", "could have killed").
  Strong verbs (cause, lead to, trigger, drive, fuel, mean ...) say causation whatever the
  subject; weak ones (make, affect, hit ...) only with a known cause as subject.  Effect
  <- cause markers put the cause after them: participles before "by" with optional adverbs
  ("driven mainly by", "made worse by"), "because (of)", "due to", "the result of",
  "blamed X on/for", "attributed to", "stemmed from", "X was to blame", "the reason was
  X", "halted over X", and an outcome followed by "after" and a finite clause ("left
  without power after Storm X brought ...", whose cause is the clause's subject).
* The cause noun phrase is chunked to its boundary (clause punctuation, relative words,
  conjunctions, "rather/instead"), lists are split into single causes, and the label is
  the head noun phrase, canonicalised only by a small synonym map (every way of saying
  "global warming" is "climate change"; a proper name such as "Storm Edda" is kept).
* Negation is scoped to the cue's clause: "not", "never", "can't be attributed to", a
  denied clause ("denied that the heat caused ...") that does not leak across a new clause
  ("denied ..., saying X had fallen because of Y" asserts Y), and a denied alternative
  after a cause ("..., not X", "rather than X", "instead of X"); "not caused by X but by
  Y" gives Y as the cause put instead.
* Change/impact verbs (hit, force, cut, slow, weaken, hurt, ...; ``_IMPACT_VERBS``) are
  causal with a non-agent subject and an object, read with an auxiliary, a modal or a
  progressive ("rising flour prices had hit profits", "a shortage of judges was slowing
  hearings"; not "the council had cut fees"); "make"/"leave" need a result complement.
  Subjects may be predicated as causes ("X was responsible for", "X was a factor", "X
  played a part", "X had nothing to do with Y"); "blaming X" without "on/for", "as" + a
  clause after a change ("fell ... as carmakers switched ..."), "suffered from X".  Any
  single adverb may stand between the parts of a cue ("made far worse by").  Noun
  phrases keep coordinated adjectives ("a hotter, drier climate") and the infinitive
  complement of plan/decision/move ("plan to open a factory").
* After check 6: coordination sharing a head noun is one cause ("higher fuel and
  insurance costs", "spending on cars and holidays"); "X, not Y, was the real reason" and
  "X rather than Y were the reason" put X and deny Y; "was not behind" and "too high to be
  explained by X" deny; a subject's relative clause is skipped ("an injury that kept her
  out ... had put her under pressure"); "made X <any adjective>" by the adjective's shape;
  "after" + -ing clause or noun phrase following an outcome or a change; "as" + clause
  after a noun of change; "X linked to Y" makes X the cause only when Y names an effect;
  a synonym rule does not replace a participle's own noun ("contaminated supplement").
* "No evidence that / nothing to suggest (that) X caused Y" denies the cause; a reported
  question answered by its speaker ("Asked whether X caused Y, she said it was a factor")
  is a claim, denied when the answer is "no".
* After the dev-3/dev-4 rounds (articles by writers who never saw this code): a wider
  inventory (harm and loss verbs, "cost X Y", "give X <an illness>", "keep X from", "send
  X soaring", origins of a harm, "traced to", "in response to", "ruled out as the cause"),
  impact verbs in the bare past with a subject that is no actor ("High winds brought down
  lines"), "when"/"following" reasons, headlines, raising predicates ("are likely to push
  up"), asides and purpose infinitives trimmed from subjects, labels that finish their
  noun phrase, and a prepositional reason negated only by a negation right before it
  ("could not be discharged due to X" asserts X).
* After the dev-5/6/7 rounds and checks 11-15 (articles by writers who never saw this
  code, British and American): present-tense and plural headlines ("Cracked bearing shuts
  bridge", "Toxin fears prompt recall", "... as mild autumn leaves coats on the rails",
  "X blamed as ..."), consequence clauses (", so", ", which means", ", meaning"), negation
  inside a verb group ("had not forced", "doesn't kill"), clefts ("It wasn't X that ...,
  it was Y"), a relative "that/which" standing for its noun phrase, a second verb sharing
  its subject, subjects that carry a participle phrase, an aside or a time modifier, and a
  possibility taken back by the next sentence ("... may have caused it. But ... until ...").
* Epistemic hedges make a cue no claim at all: under "whether", "if", "too early to say",
  "unclear", "may or may not", or in a question, nothing is reported (a false positive is
  worse than a miss in a quiz about reading the news).

The modules, in dependency order: ``lexicon`` (the cue inventory and verb forms),
``scope`` (negation and hedges), ``phrases`` (cause noun phrases, labels, the claim
type), ``subjects`` (the subject of a causal verb, actor or cause), ``shapes`` (claims
of other shapes than cue + phrase) and ``extract`` (``find_causes``, sentence by sentence).
"""

from .extract import find_causes
from .lexicon import verb_forms
from .phrases import CauseClaim, cause_label

__all__ = ["CauseClaim", "cause_label", "find_causes", "verb_forms"]
