"""People and organisations in an article, their roles, and who a later mention means.

Names are found by the shapes English news uses to introduce someone: a role before
the name ("producer Sophie Lanfear", "Canadian zoologist Dr. Susan Crockford"), an
appositive after it ("Tom Reyes, a hydrologist at ..."), or a name as the subject of a
verb of saying.  Later mentions (a surname, "he"/"she", "they", "the company") are
linked to the nearest earlier entity they can refer to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..articles import Article
from .text import Span, body_spans, trim

ROLE_NOUNS = (
    "actor analyst anchor architect author biologist botanist broadcaster cameraman camerawoman "
    "campaigner captain chair chairman chairwoman chancellor chef chief coach commissioner "
    "commentator conservationist correspondent councillor councilman councilwoman critic curator "
    "dean detective director doctor ecologist economist editor engineer executive expert farmer "
    "filmmaker founder geologist governor head headteacher historian hydrologist inspector "
    "journalist judge lawyer attorney leader lecturer manager mayor member meteorologist minister "
    "narrator negotiator nurse officer official organiser organizer owner paramedic photographer "
    "physician physicist pilot planner president presenter principal producer professor "
    "prosecutor psychologist ranger reporter representative researcher resident scientist "
    "secretary senator sergeant sheriff specialist spokesman spokesperson spokeswoman student "
    "superintendent surgeon teacher trustee veterinarian vet volunteer writer zoologist "
    "oceanographer climatologist glaciologist epidemiologist activist ceo cfo chancellor"
).split()
_ROLE = r"(?:[A-Za-z]+/)?(?:" + "|".join(sorted(set(ROLE_NOUNS), key=len, reverse=True)) + r")s?"
_TITLE = r"(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx|Sir|Dame|Rev|Lord|Lady)\.?\s+|Professor\s+)"
_NAME_WORD = r"(?:Mc|Mac|O’|O'|De|Van)?[A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)*(?![\w’'])|[A-Z]\."
_NAME = rf"(?:{_NAME_WORD})(?:\s+(?:{_NAME_WORD})){{1,2}}"
ROLE_THEN_NAME = re.compile(rf"\b(?i:(?P<role>{_ROLE}))\s+(?P<title>{_TITLE})?(?P<name>{_NAME})")
NAME_THEN_ROLE = re.compile(
    rf"\b(?P<name>{_NAME}),\s+(?P<role>(?:a|an|the)\s+[^,.;]{{0,60}}?\b(?i:{_ROLE})\b[^,.;]{{0,60}}?)[,.]"
)
ORG_WORDS = (
    "Agency Association Authority Bank Board Council Commission Committee Company Corporation "
    "Court Department District Foundation Government Group Inc Institute Ltd Ministry Museum "
    "Network Office Organisation Organization Party Police Service Society Trust University "
    "Union School College Hospital Club News Times Post Press"
).split()
ORG_NOUNS = (
    "agency association authority bank board broadcaster charity club commission committee "
    "company corporation council court department district firm foundation government group "
    "institute ministry network organisation organization party police service society "
    "streamer studio trust union university school college hospital channel platform"
).split()
_ORG_DESCRIPTION = re.compile(
    r"^(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[a-z-]+\s+){0,2}(?P<noun>" + "|".join(ORG_NOUNS) + r")$"
)
_ROLE_DESCRIPTION = re.compile(rf"^[Tt]he\s+(?:[a-z-]+\s+){{0,2}}(?P<role>{_ROLE})$")
_SPOKESPERSON = re.compile(
    r"^(?:a|an|the)\s+(?:(?P<pre>[\w-]+)\s+)?(?:spokesperson|spokeswoman|spokesman|"
    r"representative|official|source|statement)(?:\s+(?:for|from|at|of)\s+(?P<org>.+))?$",
    re.IGNORECASE,
)
VAGUE_SPEAKERS = re.compile(
    r"^(?:many|some|several|most|few|other|others|critics|experts|scientists|researchers|"
    r"officials|residents|viewers|commentary|analysts|observers|sources|people|locals|"
    r"(?:many|some|several|most|other|a few)\s+[a-z]+|an?\s+(?:[a-z-]+\s+){0,3}[a-z]+)$",
    re.IGNORECASE,
)
PERSON_PRONOUNS = {"he", "she", "him", "her"}
GROUP_PRONOUNS = {"they", "it", "we"}


@dataclass
class Mention:
    start: int
    end: int
    text: str


@dataclass
class Entity:
    """A person, an organisation, or a vague group ("many scientists") in one article."""

    name: str
    kind: str  # "person" | "organisation" | "vague"
    role: str | None = None
    mentions: list[Mention] = field(default_factory=list)

    @property
    def surname(self) -> str:
        return self.name.split()[-1]

    @property
    def key(self) -> str:
        """The name other articles match on: a person's surname, an organisation's name."""
        return (self.surname if self.kind == "person" else self.name).lower()


class EntityIndex:
    """The entities of one article, with every place each of them is mentioned."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.entities: list[Entity] = []
        self._find_named()

    # -- building ------------------------------------------------------------------

    def _find_named(self) -> None:
        text = self.article.text
        for span in body_spans(self.article):
            chunk = text[span.start : span.end]
            for match in ROLE_THEN_NAME.finditer(chunk):
                name = _clean_name(match.group("name"))
                role = _role_with_modifiers(chunk, match.start("role"), match.group("role"))
                self.add_person(name, role)
            for match in NAME_THEN_ROLE.finditer(chunk):
                role = re.sub(r"^(?:a|an|the)\s+", "", match.group("role").strip())
                if not re.match(r"(?:who|which)\b", role):
                    self.add_person(_clean_name(match.group("name")), role)
        self._index_mentions()

    def add_person(self, name: str, role: str | None) -> Entity:
        for entity in self.entities:
            if entity.kind == "person" and (
                entity.name == name or entity.surname == name.split()[-1]
            ):
                if entity.role is None and role:
                    entity.role = role
                if len(name) > len(entity.name):
                    entity.name = name
                return entity
        entity = Entity(name, "person", role)
        self.entities.append(entity)
        self._index(entity)
        return entity

    def add_other(self, name: str, kind: str) -> Entity:
        for entity in self.entities:
            if entity.name.lower() == name.lower():
                return entity
        entity = Entity(name, kind)
        self.entities.append(entity)
        if kind != "vague":
            self._index(entity)
        return entity

    def _index_mentions(self) -> None:
        for entity in self.entities:
            self._index(entity)

    def _index(self, entity: Entity) -> None:
        """Record every body-text occurrence of the entity's name (and a person's surname)."""
        text = self.article.text
        terms = {entity.name, entity.surname} if entity.kind == "person" else {entity.name}
        pattern = re.compile(
            r"\b(?:" + "|".join(re.escape(t) for t in sorted(terms, key=len)[::-1]) + r")\b"
        )
        entity.mentions = [
            Mention(match.start(), match.end(), match.group())
            for span in body_spans(self.article)
            for match in pattern.finditer(text, span.start, span.end)
        ]

    # -- resolving -----------------------------------------------------------------

    def nearest(
        self, position: int, kinds: tuple[str, ...], noun: str | None = None
    ) -> Entity | None:
        """The entity of one of ``kinds`` mentioned last before ``position``."""
        best: tuple[int, Entity] | None = None
        for entity in self.entities:
            if entity.kind not in kinds:
                continue
            if noun and entity.kind == "organisation" and noun.lower() not in entity.name.lower():
                continue
            before = [m.start for m in entity.mentions if m.start < position]
            if before and (best is None or max(before) > best[0]):
                best = (max(before), entity)
        return best[1] if best else None

    def resolve(self, phrase: str, position: int) -> Entity | None:
        """The entity a speaker phrase at ``position`` refers to; new names are added."""
        phrase = re.sub(r"\s+", " ", phrase.strip(' ,;:—–-"“”'))
        phrase = re.sub(r"^(?:and|but|as|while|then|so)\s+", "", phrase, flags=re.IGNORECASE)
        phrase = re.sub(r"\s+(?:then|also|later|now|again|previously)$", "", phrase)
        phrase = re.sub(rf"^{_TITLE}", "", phrase)
        if not phrase:
            return None
        lowered = phrase.lower()
        first = lowered.split()[0]
        if lowered in PERSON_PRONOUNS or (first in PERSON_PRONOUNS and " and " in lowered):
            return self.nearest(position, ("person",))
        if lowered in GROUP_PRONOUNS:
            return self.nearest(position, ("organisation",))
        role_name = ROLE_THEN_NAME.search(phrase)
        if role_name:
            name = _clean_name(role_name.group("name"))
            role = _role_with_modifiers(phrase, role_name.start("role"), role_name.group("role"))
            return self._with_mention(self.add_person(name, role), phrase, position)
        for entity in self.entities:
            if entity.kind == "person" and (phrase == entity.name or phrase == entity.surname):
                return entity
            if entity.kind != "person" and lowered in {
                entity.name.lower(),
                f"the {entity.name.lower()}",
            }:
                return entity
        spokes = _SPOKESPERSON.match(phrase)
        if spokes:
            org = spokes.group("org") or spokes.group("pre")
            if not org:
                return None
            return self.resolve(org if org[0].isupper() else f"the {org}", position)
        role_only = _ROLE_DESCRIPTION.match(phrase)
        if role_only:
            role = role_only.group("role").lower()
            known = next(
                (
                    e
                    for e in self.entities
                    if e.kind == "person" and e.role and e.role.lower().endswith(role)
                ),
                None,
            )
            return known or self._with_mention(self.add_person(role, role), phrase, position)
        description = _ORG_DESCRIPTION.match(phrase)
        if description:
            noun = description.group("noun")
            found = self.nearest(position, ("organisation",), noun) or (
                self.nearest(position, ("organisation",))
                if noun in {"company", "firm", "streamer"}
                else None
            )
            if found:
                return found
            name = re.sub(r"^(?:the|this|that)\s+", "", phrase, flags=re.IGNORECASE)
            return self._with_mention(self.add_other(name, "organisation"), phrase, position)
        if VAGUE_SPEAKERS.match(phrase) and len(phrase.split()) <= 5:
            return self.add_other(lowered, "vague")
        if re.fullmatch(_NAME, phrase) and not any(w in ORG_WORDS for w in phrase.split()):
            return self._with_mention(self.add_person(phrase, None), phrase, position)
        if re.fullmatch(
            r"(?:the\s+)?[A-Z][\w&’'.-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w&’'.-]*){0,5}", phrase
        ):
            name = re.sub(r"^the\s+", "", phrase)
            return self._with_mention(self.add_other(name, "organisation"), phrase, position)
        return None

    def _with_mention(self, entity: Entity, phrase: str, position: int) -> Entity:
        if not any(m.start == position for m in entity.mentions):
            entity.mentions.append(Mention(position, position + len(phrase), phrase))
        return entity


def _clean_name(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip()


_NOT_MODIFIERS = {
    "a", "an", "the", "and", "or", "but", "is", "was", "are", "were", "be", "been", "as", "by",
    "says", "said", "say", "told", "tells", "to", "of", "in", "on", "at", "for", "with", "from",
    "that", "this", "who", "which", "when", "while", "according", "explained", "added", "its",
    "his", "her", "their", "our", "my", "your", "former", "then", "also", "like", "than",
}  # fmt: skip


def _role_with_modifiers(chunk: str, role_start: int, role: str) -> str:
    """The role with up to two adjective-like words before it ("Canadian zoologist")."""
    before = chunk[:role_start].split()
    modifiers: list[str] = []
    for word in reversed(before[-2:]):
        bare = word.strip()
        if (
            not re.fullmatch(r"[A-Za-z][a-z-]*", bare)
            or bare.lower() in _NOT_MODIFIERS
            or bare.endswith(("’s", "'s"))
        ):
            break
        modifiers.insert(0, bare)
    return " ".join([*modifiers, role])


def speaker_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim a speaker phrase's span to its words."""
    return trim(text, start, end, ' ,;:—–-"“”')


__all__ = ["Entity", "EntityIndex", "Mention", "Span", "speaker_span"]
