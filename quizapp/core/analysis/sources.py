"""People and organisations in an article, their roles, and who a later mention means.

Names are found by the shapes English news uses to introduce someone: a role before
the name ("producer Sophie Lanfear", "Canadian zoologist Dr. Susan Crockford"), an
appositive after it ("Tom Reyes, a hydrologist at ..."), or a name as the subject of a
verb of saying.  Organisations are found the same way: a common noun before the name
("packaging maker Corbell", "the charity Age Concern North"), in apposition ("the bus
operator, Eastline,"), or as the capitalised subject of a sentence that a trailing speech
clause names by a common noun ("Ashford Rovers lost £18m, the club said").  Later mentions
(a surname, "he"/"she", "they", "the company", "the club's accounts") are linked to the
nearest earlier entity they can refer to.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..articles import Article
from .text import Span, body_spans, trim, word_alternation

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
    "oceanographer climatologist glaciologist epidemiologist activist ceo cfo chancellor "
    # public and political office, the law and the emergency services
    "mp mps msp mla mep congressman congresswoman congressperson lawmaker legislator alderman "
    "premier ambassador envoy diplomat coroner magistrate barrister solicitor counsel advocate "
    "constable commander investigator auditor adviser advisor consultant deputy candidate "
    "bishop archbishop chaplain warden headmaster headmistress economist lieutenant colonel "
    "corporal "
    # people in the news by what they are to the story: "Parent Nadia Rahman", and sport
    "parent pensioner commuter defender striker midfielder goalkeeper winger "
    # trades and people met in local news: "Pharmacist Ruth Eze", "Landlord Tom Pike"
    "pharmacist dentist plumber electrician technician cleaner carer trader landlord landlady "
    "publican shopper passenger cyclist motorist angler tenant villager islander neighbour "
    "grandmother grandfather widow widower pupil haulier courier grocer butcher baker florist "
    "jeweller optician vicar rector priest imam rabbi gardener roofer joiner master "
    # US local government and more of sport: "Councilmember Teresa Vang", "Hooker Sam Tennant"
    "councilmember supervisor marshal dispatcher firefighter referee umpire hooker flanker "
    "quarterback pitcher bowler batsman wicketkeeper developer sculptor painter artist potter "
    "musician singer poet dancer novelist senior junior sophomore freshman bartender waiter "
    "waitress barista mechanic lifeguard skipper"
).split()
# Compound trade nouns, by their ending: "Postmaster", "Holidaymaker", "Beekeeper".
_TRADE_ENDINGS = (
    "maker|master|mistress|keeper|holder|goer|worker|seller|grower|owner|taker|monger|smith|"
    "builder|fighter|dresser|driver|rider|runner|walker|fisherman|fisherwoman|farmer"
)
# "AM" (a member of an assembly) only in capitals: "am" is a verb.
_ROLE = (
    r"(?:[A-Za-z]++/)?(?:"
    + word_alternation(ROLE_NOUNS)
    + rf"|(?-i:AM)|[A-Za-z]*(?:{_TRADE_ENDINGS}))s?"
)
_TITLE = r"(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx|Sir|Dame|Rev|Lord|Lady|Cllr)\.?\s+|Professor\s+)"
_NAME_WORD = r"(?:Mc|Mac|O’|O'|De|Van)?[A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)*(?![\w’'])|[A-Z]\."
_NAME = rf"(?:{_NAME_WORD})(?:\s+(?:{_NAME_WORD})){{1,2}}"
# The lookahead (a run of letters, then a capital) is implied by the rest of the pattern;
# it only lets the engine reject most positions before trying a hundred role nouns.
ROLE_THEN_NAME = re.compile(
    rf"\b(?=[A-Za-z/]++\s+[A-Z])(?i:(?P<role>(?:{_ROLE}\s+)?{_ROLE}))\s+(?P<title>{_TITLE})?"
    rf"(?P<name>{_NAME})"
)
NAME_THEN_ROLE = re.compile(
    rf"\b(?=[A-Z])(?P<name>{_NAME}),\s+(?P<role>(?:(?:a|an|the)\s+[^,.;]{{0,60}}?\b(?i:{_ROLE})\b|"
    # a body's role in the possessive: "Angela Voss, Brindle County Council's cabinet member"
    rf"[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){{0,4}}(?:’s|'s)\s+[^,.;]{{0,60}}?\b(?i:{_ROLE})\b|"
    rf"(?i:{_ROLE})\s+(?:of|at|for|with)\b)[^,.;]{{0,60}}?)[,.]"
)
# Words that end a speech clause rather than an appositive ("X, a club spokesperson noted").
_CLAUSE_VERBS = re.compile(
    r"\b(?:said|says|noted|notes|added|adds|told|tells|argued|claimed|insisted|warned|"
    r"explained|confirmed|stated|announced|acknowledged|wrote|reported)\b"
)
ORG_WORDS = (
    "Agency Association Authority Bank Board Council Commission Committee Company Corporation "
    "Court Department District Foundation Government Group Inc Institute Ltd Ministry Museum "
    "Network Office Organisation Organization Party Police Service Society Trust University "
    "Union School College Hospital Club News Times Post Press Water Energy Rail Railways "
    "Airways Airlines Holdings Partners Plc plc PLC LLC LLP Limited Co Corp Inc. Ltd. Group "
    "Media Motors Foods Pharma Pharmaceuticals Insurance Capital Bank Homes Health Care "
    "Council Borough Fund Initiative Alliance Coalition Campaign Watch Action Federation "
    "League Board Centre Center Lab Labs Laboratories Systems Technologies Services "
    "Airport Library"
).split()
ORG_NOUNS = (
    "agency association authority bank board broadcaster charity club commission committee "
    "company corporation council court department district firm foundation government group "
    "institute ministry network organisation organization party police service society "
    "streamer studio trust union university school college hospital channel platform "
    "airport museum library"
).split()
# Nouns that describe a business or body just before (or in apposition to) its name:
# "packaging maker Corbell", "the charity Age Concern North", "the bus operator, Eastline,".
ORG_DESCRIPTORS = (
    "maker manufacturer producer retailer supermarket chain airline carrier firm company "
    "group giant insurer lender bank charity club broadcaster publisher startup start-up "
    "brand supplier housebuilder utility regulator watchdog operator sponsor distributor "
    "franchise studio streamer network newspaper agency union council trust body "
    "organisation organization association consultancy developer owner landlord provider "
    "league federation party service"
).split()
_ORG_DESC = word_alternation(ORG_DESCRIPTORS)
_ORG_NAME = r"[A-Z][\w&’'-]*(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?[A-Z][\w&’'-]*){0,4}"
# A person's role noun that is also a business descriptor: "producer" names people first.
_PERSON_FIRST = {"producer", "developer", "owner", "broadcaster", "operator"}
_PERSON_FIRST_APPOSITIVE = {"owner"}
DESCRIPTOR_THEN_ORG = re.compile(
    rf"\b(?=[A-Za-z-]++\s+[A-Z])(?P<desc>{_ORG_DESC})\s+(?P<name>{_ORG_NAME})"
)
# A name before its common noun: "members of the GMB union", "the Unite union".
ORG_THEN_DESCRIPTOR = re.compile(
    r"\bthe\s+(?P<name>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2})\s+(?P<desc>union|party|charity)\b"
)
DESCRIPTOR_COMMA_ORG = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[\w’']+(?:’s|'s))\s+(?:[\w’'-]+\s+){{0,2}}?"
    rf"(?P<desc>{_ORG_DESC}),\s+(?P<name>{_ORG_NAME}),"
)
# A cheap first test for DESCRIPTOR_COMMA_ORG: a descriptor, a comma and a capital.
_DESC_COMMA = re.compile(rf"\b(?=[a-z]){_ORG_DESC},\s+[A-Z]")
_NOT_NAMES = {
    "The", "A", "An", "In", "On", "At", "It", "He", "She", "They", "We", "I", "This", "That",
    "But", "And", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
    "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
}  # fmt: skip
_ORG_DESCRIPTION = re.compile(
    r"^(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\w’'-]+\s+){0,3}?(?P<noun>"
    + word_alternation(ORG_NOUNS + ORG_DESCRIPTORS)
    + r")$"
)
# A document or figures standing for the body that published them.
_DOCUMENT_OF = re.compile(
    r"^(?:(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:report|statement|survey|filing|study|"
    r"review|investigation|inquiry|analysis|assessment)|figures|data|statistics|documents|"
    r"records|estimates|research|accounts)\s+(?:from|by|published by|released by|"
    r"of)\s+(?P<by>.+)|(?P<owner>.+?)(?:’s|'s)\s+(?:own\s+|latest\s+|annual\s+|new\s+)*"
    r"(?:[a-z-]+\s+)?(?:accounts|report|figures|data|statistics|statement|website|filing|"
    r"results|records|estimates|survey|analysis|research|papers|documents|minutes|plans|"
    r"forecasts?|projections))$",
    re.IGNORECASE,
)
_DESCRIBED_NAME = re.compile(
    rf"^(?:[Tt]he\s+|[Aa]\s+|[A-Z][a-z]+\s+(?=[a-z]))?(?:[a-z’'-]+\s+){{0,2}}"
    rf"(?P<desc>(?i:{_ORG_DESC}))\s+"
    rf"(?P<name>{_ORG_NAME})$"
)
# A rank, kept whole as the role: "Detective Chief Inspector Mara Quell".
RANK_THEN_NAME = re.compile(
    r"\b(?=[A-Z])(?P<role>(?:(?:Detective|Chief|Deputy|Assistant|Acting|Police|Temporary|"
    r"Lance|Flight|Wing|Staff)\s+)*(?:Sergeant|Inspector|Constable|Superintendent|Lieutenant|"
    r"Captain|Commander|Colonel|Corporal|Commissioner)(?:\s+(?:Colonel|Commander))?)\s+"
    rf"(?P<title>{_TITLE})?(?P<name>{_NAME})"
)
# A person's body after the name: "Detective Sergeant Laura Quinn of Dunmore Police".
# (Found from the body back to the name: trying a name at every capital costs more.)
ORG_AFTER_OF = re.compile(
    r"\s(?:of|at|from)\s+(?:the\s+)?"
    r"(?P<org>[A-Z][\w&’'-]*(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?[A-Z][\w&’'-]*){0,4})"
)
NAME_BEFORE = re.compile(rf"(?:{_NAME})$")
# A full name opening a sentence and then described as a person: "Sue Kitto, who runs the
# post office, said", "Joanna Pryce, whose son ...", "Graham Tulloch's wife, Irene, ...".
_KIN = (
    "wife husband partner son daughter child children mother father brother sister "
    "grandson granddaughter grandmother grandfather family fiancé fiancée widow widower"
).split()
# Sports clubs take "who" in British English: "Dunmere Athletic, who finished bottom".
_CLUB_WORDS = {"United", "City", "Town", "Athletic", "Rovers", "Wanderers", "Albion", "Rangers"}
_OWNER_WORD = r"(?:Mc|Mac|O’|O'|De|Van)?[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*"
OPENING_PERSON = re.compile(
    # a name with an age is a person wherever it stands: "Across the room, Arthur Pell, 88,"
    rf"\b(?P<aged>{_NAME}),\s+\d{{1,3}},|"
    rf"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”’]\s))(?=[A-Z])(?:(?P<name>{_NAME})(?=,\s+(?:who|whose)\b|"
    # a sentence opened by a name and a verb of living or working: "Doris Kettlewell has lived"
    r"\s+(?:has|had)\s+(?:lived|worked|run|owned|farmed|kept|taught|spent)\b|"
    r"\s+(?:lives|lived|works|worked|runs|ran|owns|owned|farms|farmed|moved)\b|"
    # a sentence opened by a name and any verb, when a pronoun speaks right after: "Maria
    # Gonzalez takes the Green Line to work. "I waited 40 minutes," she said."
    r",?\s+(?:[a-z,]+\s+){0,10}?[a-z]{2,}(?:s|ed)\b(?=[^\n]{0,300}?[\"”],?\s+(?:she|he)\s+"
    r"(?:said|says|added|explained|told|recalled)\b))"
    rf"|(?P<owner>{_OWNER_WORD}(?:\s+{_OWNER_WORD}){{1,2}})(?:’s|'s)\s+(?:{word_alternation(_KIN)})\b)"
)


def role_then_person(text: str) -> Iterator[re.Match[str]]:
    """Matches of ROLE_THEN_NAME that name a person: "Pupil Transportation Association"
    in "the Tri-State Pupil Transportation Association" is one body's name."""
    for match in ROLE_THEN_NAME.finditer(text):
        if match.group("name").split()[-1] not in ORG_WORDS:
            yield match


_RANK_CORES = (
    "Sergeant Inspector Constable Superintendent Lieutenant Captain Commander Colonel "
    "Corporal Commissioner"
).split()
# Bodies named by their common noun alone ("Police said", "Council officers said").
_BARE_ORG_NOUNS = {
    "police", "council", "government", "ministry", "department", "union", "trust",
    "authority", "agency", "commission", "hospital", "university", "court", "regulator",
}  # fmt: skip
# Common nouns and the last words of the names they can stand for ("the regulator" is
# "the Rivers Protection Authority"); a business noun stands for any business.
_STANDS_FOR = {
    "regulator": {"authority", "agency", "commission", "office", "board", "regulator",
                  "inspectorate", "ombudsman", "watchdog"},
    "watchdog": {"authority", "agency", "commission", "office", "board", "regulator",
                 "inspectorate", "ombudsman", "watchdog"},
    "council": {"council", "borough"},
    "police": {"police", "constabulary"},
    "force": {"police", "constabulary"},
    "charity": {"trust", "foundation", "charity", "fund", "aid", "guardians"},
    "union": {"union"},
    "trust": {"trust"},
    "agency": {"agency"},
    "authority": {"authority"},
    "office": {"office"},
    "government": {"government", "department", "ministry", "office"},
}  # fmt: skip
# A role held in a body, then the holder's name in apposition: "Its general secretary,
# Mick Draper, said", "the council's chief executive, Dr Jo Hart, said".
ROLE_COMMA_NAME = re.compile(
    rf"\b(?=[A-Za-z/]++,\s+[A-Z])(?i:(?P<role>{_ROLE})),\s+(?P<title>{_TITLE})?(?P<name>{_NAME}),"
)
_POSSESSOR_BEFORE = re.compile(
    r"(?:^|\s)(?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Tt]he|[A-Z][\w&-]*(?:’s|'s|’|'))\s+"
    r"(?P<mods>(?:[a-z][\w-]*\s+){0,3})$"
)
# A capitalised name opening a sentence and followed by a "which" clause is a body, not a
# person: "Norfield Water, which runs the pumping station, ...".
_WHICH = re.compile(r",\s+which\b")
_ORG_NAME_FULL = re.compile(rf"(?:[Tt]he\s+)?(?P<name>{_ORG_NAME})")
# Bodies that are not businesses: "the company" / "the firm" never refers to these.
_NOT_BUSINESS = {
    "agency", "authority", "council", "union", "university", "department", "ministry",
    "charity", "trust", "police", "court", "government", "school", "college", "hospital",
    "committee", "commission", "society", "association", "regulator", "watchdog", "party",
    "league", "federation", "office", "service", "foundation", "institute", "body",
}  # fmt: skip
_BUSINESS_NOUNS = {
    "company", "firm", "streamer", "business", "group", "operator", "utility", "supermarket",
    "retailer", "chain", "airline", "supplier", "insurer", "lender", "manufacturer", "maker",
    "carrier", "housebuilder", "developer", "brand",
}  # fmt: skip
# The capitalised name that opens a sentence, as its subject ("Ashford Rovers lost ...").
_OPENING_NAME = re.compile(rf"(?P<name>{_ORG_NAME})\s+(?=[a-z])")
_OPENING_DESCRIPTION = re.compile(
    r"[Tt]he\s+(?P<noun>" + word_alternation(ORG_NOUNS + ORG_DESCRIPTORS) + r")\b"
)
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“‘(]?[A-Z])")
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
# Plural nouns for loose groups of people, vague sources ("Campaigners have blamed ...").
# Not a party with one voice: "Prosecutors said" is the prosecution, a named side.
_GROUP_NOUNS = {
    "campaigners", "activists", "protesters", "protestors", "opponents", "supporters",
    "fans", "parents", "families", "neighbours", "neighbors", "witnesses", "forecasters",
    "workers", "patients", "passengers", "commuters", "shoppers", "customers", "pupils",
    "students", "teachers", "doctors", "nurses", "villagers", "environmentalists",
    "conservationists", "homeowners", "tenants", "motorists", "pensioners", "campaign groups",
}  # fmt: skip
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
    descriptor: str | None = None  # an organisation's common noun: "club", "maker"

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
        self._spans = body_spans(article)
        self._building = True  # mentions are indexed once, when every name is known
        self._find_named()
        self._building = False
        self._index_mentions()

    # -- building ------------------------------------------------------------------

    def _find_named(self) -> None:
        text = self.article.text
        for span in self._spans:
            chunk = text[span.start : span.end]
            ranked: list[tuple[int, int]] = []
            ranks = RANK_THEN_NAME.finditer(chunk) if any(r in chunk for r in _RANK_CORES) else ()
            for match in ranks:
                self.add_person(_clean_name(match.group("name")), match.group("role"))
                ranked.append(match.span())
            for match in role_then_person(chunk):
                if any(start <= match.start() < end for start, end in ranked):
                    continue
                name = _clean_name(match.group("name"))
                role = _role_with_modifiers(chunk, match.start("role"), match.group("role"))
                self.add_person(name, role)
            if ", " in chunk:
                self._find_appositive_names(chunk)
            for match in NAME_THEN_ROLE.finditer(chunk):
                role = re.sub(r"^(?:a|an|the)\s+", "", match.group("role").strip())
                if not re.match(r"(?:who|which)\b", role) and not _CLAUSE_VERBS.search(role):
                    self.add_person(_clean_name(match.group("name")), role)
            comma_orgs = DESCRIPTOR_COMMA_ORG.finditer(chunk) if _DESC_COMMA.search(chunk) else ()
            for match in comma_orgs:
                role = _role_with_modifiers(chunk, match.start("desc"), match.group("desc"))
                self._add_described(match.group("name"), role, True)
            for match in ORG_AFTER_OF.finditer(chunk):
                if match.group("org").split()[-1] in ORG_WORDS and NAME_BEFORE.search(
                    chunk, max(0, match.start() - 40), match.start()
                ):
                    self.add_other(_clean_name(match.group("org")), "organisation")
            for match in DESCRIPTOR_THEN_ORG.finditer(chunk):
                role = _role_with_modifiers(chunk, match.start("desc"), match.group("desc"))
                self._add_described(match.group("name"), role)
            for match in ORG_THEN_DESCRIPTOR.finditer(chunk):  # "the GMB union"
                self._add_described(match.group("name"), match.group("desc"))
            for match in OPENING_PERSON.finditer(chunk):
                name = _clean_name(
                    match.group("aged") or match.group("name") or match.group("owner")
                )
                words = name.split()
                if (
                    words[0] not in _NOT_NAMES
                    and words[0].lower() not in ROLE_NOUNS
                    and not any(w in ORG_WORDS or w in _CLUB_WORDS for w in words)
                    and not any(e.name.split()[-1] == words[-1] for e in self.entities)
                ):
                    self.add_person(name, None)

    def _find_appositive_names(self, chunk: str) -> None:
        """ "Its general secretary, Mick Draper, ..." (a possessive role, then the name) and
        "Norfield Water, which runs ..." (a sentence-opening name with a "which" clause)."""
        for match in ROLE_COMMA_NAME.finditer(chunk):
            possessor = _POSSESSOR_BEFORE.search(chunk, max(0, match.start() - 80), match.start())
            if possessor:
                role = f"{possessor.group('mods')}{match.group('role')}".strip()
                self.add_person(_clean_name(match.group("name")), role)
        for match in _WHICH.finditer(chunk):
            opening = max(
                (m.end() for m in _SENTENCE_BREAK.finditer(chunk, 0, match.start())), default=0
            )
            name_match = _ORG_NAME_FULL.fullmatch(chunk, opening, match.start())
            if name_match is None:
                continue
            name = _clean_name(name_match.group("name"))
            if name.split()[0] not in _NOT_NAMES and not self._is_person(name):
                self.add_other(name, "organisation")

    def _add_described(self, name: str, role: str, appositive: bool = False) -> None:
        """An organisation introduced by a common noun ("packaging maker Corbell")."""
        name = _clean_name(name)
        descriptor = role.split()[-1].lower()
        if name.split()[0] in _NOT_NAMES or any(
            e.kind == "person" and (e.name == name or e.surname == name.split()[-1])
            for e in self.entities
        ):
            return
        ambiguous = _PERSON_FIRST_APPOSITIVE if appositive else _PERSON_FIRST
        if descriptor in ambiguous and re.fullmatch(_NAME, name):
            return
        entity = self.add_other(name, "organisation")
        entity.descriptor = entity.descriptor or descriptor
        entity.role = entity.role or role

    def _is_person(self, name: str) -> bool:
        return any(
            e.kind == "person" and (e.name == name or e.surname == name.split()[-1])
            for e in self.entities
        )

    def add_person(self, name: str, role: str | None) -> Entity:
        untitled = re.sub(rf"^{_TITLE}", "", name)
        name = untitled if untitled.strip() else name
        name, role = _split_rank(name, role)
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
        if self._building:
            return
        text = self.article.text
        terms = {entity.name, entity.surname} if entity.kind == "person" else {entity.name}
        pattern = re.compile(
            r"\b(?:" + "|".join(re.escape(t) for t in sorted(terms, key=len)[::-1]) + r")\b"
        )
        entity.mentions = [
            Mention(match.start(), match.end(), match.group())
            for span in self._spans
            for match in pattern.finditer(text, span.start, span.end)
        ]

    # -- resolving -----------------------------------------------------------------

    def nearest(
        self,
        position: int,
        kinds: tuple[str, ...],
        noun: str | None = None,
        business: bool = False,
    ) -> Entity | None:
        """The entity of one of ``kinds`` mentioned last before ``position``; with
        ``business``, only a body that can be called "the company"."""
        best: tuple[int, Entity] | None = None
        for entity in self.entities:
            if entity.kind not in kinds:
                continue
            if business and (
                (entity.descriptor or "").lower() in _NOT_BUSINESS
                or entity.name.split()[-1].lower() in _NOT_BUSINESS
            ):
                continue
            if (
                noun
                and entity.kind == "organisation"
                and noun.lower() not in entity.name.lower()
                and noun.lower() != entity.descriptor
            ):
                continue
            before = [m.start for m in entity.mentions if m.start < position]
            if before and (best is None or max(before) > best[0]):
                best = (max(before), entity)
        return best[1] if best else None

    def resolve(self, phrase: str, position: int) -> Entity | None:
        """The entity a speaker phrase at ``position`` refers to; new names are added."""
        phrase = re.sub(r"\s+", " ", phrase.strip(' ,;:—–-"“”'))
        phrase = re.sub(r"^(?:and|but|as|while|then|so)\s+", "", phrase, flags=re.IGNORECASE)
        phrase = re.sub(
            r"(?:\s+(?:then|also|later|now|again|previously|has|have|had|will|would))+$", "", phrase
        )
        phrase = re.sub(rf"^{_TITLE}", "", phrase)
        if not phrase:
            return None
        if re.fullmatch(r"\d{1,3}", phrase):  # "Doyle, 24, said": an age after the name
            before = self.article.text[max(0, position - 60) : position]
            aged = re.search(r"\b([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}),\s*$", before)
            if aged is None:
                return None
            return self.resolve(aged.group(1), position - len(before) + aged.start(1))
        lowered = phrase.lower()
        first = lowered.split()[0]
        if lowered in PERSON_PRONOUNS or (first in PERSON_PRONOUNS and " and " in lowered):
            return self.nearest(position, ("person",))
        if lowered in GROUP_PRONOUNS:  # "The trust made £3m ... It said": that sentence's body
            return self._previous_subject(position) or self.nearest(position, ("organisation",))
        if lowered in _BARE_ORG_NOUNS:  # "Police said": the force named earlier
            named = self.nearest(position, ("organisation",), lowered)
            if named is not None:
                return self._with_mention(named, phrase, position)
        role_name = RANK_THEN_NAME.search(phrase) or next(role_then_person(phrase), None)
        if role_name:
            name = _clean_name(role_name.group("name"))
            role = role_name.group("role")
            if role_name.re is ROLE_THEN_NAME:
                role = _role_with_modifiers(phrase, role_name.start("role"), role)
            return self._with_mention(self.add_person(name, role), phrase, position)
        for entity in self.entities:
            if entity.kind == "person" and (phrase == entity.name or phrase == entity.surname):
                return entity
            if entity.kind != "person" and lowered in {
                entity.name.lower(),
                f"the {entity.name.lower()}",
            }:
                return entity
        document = _DOCUMENT_OF.match(phrase)
        if document:
            return self.resolve(document.group("by") or document.group("owner"), position)
        described = _DESCRIBED_NAME.match(phrase)
        if (
            described
            and described.group("name").split()[0] not in _NOT_NAMES
            and not described.group("desc")[0].isupper()  # "Network Rail" is one name
        ):
            return self.resolve(described.group("name"), position)
        spokes = _SPOKESPERSON.match(phrase)
        if spokes:
            org = spokes.group("org") or spokes.group("pre")
            if not org:  # "..., a spokesperson said": the body just named in the paragraph
                return self._paragraph_organisation(position)
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
                self.nearest(position, ("organisation",), business=True)
                if noun in _BUSINESS_NOUNS
                else None
            )
            if found:
                return found
            opener = self._sentence_subject(position)
            if opener is not None:
                opener.descriptor = opener.descriptor or noun
                opener.role = opener.role or re.sub(
                    r"^(?:the|this|that)\s+", "", phrase, flags=re.IGNORECASE
                )
                return self._with_mention(opener, phrase, position)
            earlier = self._earlier_full_name(noun, position) or self._later_full_name(
                noun, position
            )
            if earlier is not None:  # "the council" after "housing lead at Dalton Council"
                return self._with_mention(self.add_other(earlier, "organisation"), phrase, position)
            name = re.sub(r"^(?:the|this|that)\s+", "", phrase, flags=re.IGNORECASE)
            if name == name.lower() and (
                (len(name.split()) == 1 and name != "government") or re.search(r"[\d-]", name)
            ):  # "the company said", "the family-owned firm": never named, no named source
                return self.add_other(name, "vague")
            return self._with_mention(self.add_other(name, "organisation"), phrase, position)
        if (VAGUE_SPEAKERS.match(phrase) and len(phrase.split()) <= 5) or lowered in _GROUP_NOUNS:
            # "Campaigners have blamed ...": a loose group, not a named source
            return self.add_other(lowered, "vague")
        if re.fullmatch(_NAME, phrase) and not any(w in ORG_WORDS for w in phrase.split()):
            return self._with_mention(self.add_person(phrase, None), phrase, position)
        if re.fullmatch(r"[A-Z][a-z’'-]+", phrase) and phrase not in ORG_WORDS:
            full = re.search(  # "Doyle said" after "British sprinter Kayla Doyle"
                rf"\b[A-Z][a-z]+\s+{re.escape(phrase)}\b", self.article.text[:position]
            )
            if full and not any(w in ORG_WORDS for w in full.group().split()):
                return self._with_mention(self.add_person(full.group(), None), phrase, position)
            longer = self._longer_organisation(phrase, position)
            if longer is not None:  # "Stanholt said" after "parent company Stanholt Drinks"
                return self._with_mention(longer, phrase, position)
        if re.fullmatch(
            r"(?:the\s+)?[A-Z][\w&’'.-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w&’'.-]*){0,5}", phrase
        ):
            name = re.sub(r"^the\s+", "", phrase)
            name = re.sub(r"(?:’s|'s|’|')$", "", name)  # "Wexcombe County Council's"
            if _COMMON_WORD.fullmatch(name) or name in _TITLE_WORDS:
                return self.add_other(name.lower(), "vague")  # "Police said", "Landlords say"
            return self._with_mention(self.add_other(name, "organisation"), phrase, position)
        return None

    def _longer_organisation(self, word: str, position: int) -> Entity | None:
        """The organisation a single name word shortens: news names "Stanholt Drinks" once
        and then says "Stanholt"."""
        for entity in self.entities:
            words = entity.name.split()
            if entity.kind == "organisation" and len(words) > 1 and words[0] == word:
                return entity
        earlier = re.search(
            rf"\b{re.escape(word)}(?:[ ]+[A-Z][\w&’'-]*){{1,3}}",
            self.article.text[:position],
        )
        if earlier is None:
            return None
        name = re.sub(r"(?:’s|'s)$", "", _clean_name(earlier.group()))
        if any(w in _NOT_NAMES for w in name.split()[1:]) or self._is_person(name):
            return None
        return self.add_other(name, "organisation")

    def _paragraph_organisation(self, position: int) -> Entity | None:
        """The organisation mentioned last before ``position`` in the same paragraph."""
        paragraph = next(
            (p for p in self.article.body_paragraphs if p.start <= position < p.end), None
        )
        if paragraph is None:
            return None
        found = self.nearest(position, ("organisation",))
        if found is not None and any(paragraph.start <= m.start < position for m in found.mentions):
            return found
        return self._sentence_subject(position)  # "Norbridge Rail said ... a spokesperson said"

    def _full_names(self, noun: str, start: int, end: int) -> list[str]:
        """The full names in ``text[start:end]`` that a bare noun ("the council", "the
        club") can stand for: "Dalton Council" for "the council"."""
        heads = _STANDS_FOR.get(noun.lower(), {noun.lower()})
        names = []
        for match in _ORG_NAME_FULL.finditer(self.article.text, start, end):
            name = re.sub(r"(?:’s|'s)$", "", _clean_name(match.group("name")))
            words = name.split()
            if len(words) >= 2 and words[-1].lower() in heads and words[0] not in _NOT_NAMES:
                names.append(name)
        return names

    def _earlier_full_name(self, noun: str, position: int) -> str | None:
        """The last full name before ``position`` that a bare noun can stand for, though
        it was not yet a source."""
        return next(reversed(self._full_names(noun, 0, position)), None)

    def _later_full_name(self, noun: str, position: int) -> str | None:
        """The first full name a bare noun can stand for in the next 600 characters: a
        lead calls a body "the hospital trust" and names it in the next paragraph."""
        end = min(len(self.article.text), position + 600)
        return next(iter(self._full_names(noun, position, end)), None)

    def _sentence_starts(self, position: int) -> list[int]:
        """Where the sentences of ``position``'s paragraph start, up to the one holding it
        (empty outside the body)."""
        paragraph = next(
            (p for p in self.article.body_paragraphs if p.start <= position < p.end), None
        )
        if paragraph is None:
            return []
        # the break's look-ahead must see the capital after it, so the search runs past
        # ``position`` and keeps the breaks that end at or before it
        end = min(paragraph.end, position + 2)
        breaks = _SENTENCE_BREAK.finditer(self.article.text, paragraph.start, end)
        return [paragraph.start, *(m.end() for m in breaks if m.end() <= position)]

    def _previous_subject(self, position: int) -> Entity | None:
        """The body a sentence before ``position`` (in its paragraph) opens with, as "The
        trust" or its name: what a following "It said" refers to."""
        starts = self._sentence_starts(position)
        if len(starts) < 2:
            return None
        opening = _OPENING_DESCRIPTION.match(self.article.text, starts[-2], position)
        if opening is None:
            return None
        return self.nearest(opening.end(), ("organisation",), opening.group("noun"))

    def following(self, position: int, noun: str) -> Entity | None:
        """The first organisation named after ``position`` that ``noun`` ("the regulator",
        "the company") can stand for: news sometimes names a body only after first
        calling it by its common noun."""
        noun = noun.lower()
        best: tuple[int, Entity] | None = None
        for entity in self.entities:
            if entity.kind != "organisation" or entity.name.islower():
                continue
            last = entity.name.split()[-1].lower()
            fits = (
                noun in entity.name.lower()
                or noun == (entity.descriptor or "").lower()
                or last in _STANDS_FOR.get(noun, ())
                or (
                    noun in _BUSINESS_NOUNS
                    and last not in _NOT_BUSINESS
                    and (entity.descriptor or "").lower() not in _NOT_BUSINESS
                )
            )
            after = [m.start for m in entity.mentions if m.start > position]
            if fits and after and (best is None or min(after) < best[0]):
                best = (min(after), entity)
        return best[1] if best else None

    def _sentence_subject(self, position: int) -> Entity | None:
        """The organisation named at the start of the sentence holding ``position``.

        News introduces a body as a sentence's subject and names it in a trailing speech
        clause by a common noun: "Ashford Rovers lost £18m, the club said."
        """
        # This sentence first, then up to two before it in the same paragraph.
        for start in self._sentence_starts(position)[::-1][:3]:
            found = self._opening_organisation(start, position)
            if found is not None:
                return found
        return None

    def _opening_organisation(self, start: int, position: int) -> Entity | None:
        text = self.article.text
        opening = _OPENING_NAME.match(text, start, position)
        if opening is None:
            return None
        name = _clean_name(opening.group("name"))
        if len(name.split()) == 1 and not re.search(
            rf"[\w,;:][ \t]+{re.escape(name)}\b", text
        ):  # one capitalised word is a name only if it is capitalised mid-sentence too
            return None
        if name.split()[0] in _NOT_NAMES or any(
            e.kind == "person" and (e.name == name or e.surname == name.split()[-1])
            for e in self.entities
        ):
            return None
        entity = (len(name.split()) == 1 and self._longer_organisation(name, start)) or (
            self.add_other(name, "organisation")
        )
        return self._with_mention(entity, name, start)

    def _with_mention(self, entity: Entity, phrase: str, position: int) -> Entity:
        if not any(m.start == position for m in entity.mentions):
            entity.mentions.append(Mention(position, position + len(phrase), phrase))
        return entity


# Ranks of the police and the armed forces, kept whole as a role: "Detective Sergeant",
# "Chief Inspector", "Police Constable", "Lieutenant Colonel".
_RANK_WORDS = {
    "detective", "chief", "deputy", "assistant", "acting", "police", "sergeant", "inspector",
    "constable", "superintendent", "lieutenant", "captain", "commander", "colonel", "corporal",
    "commissioner", "sgt", "insp", "supt", "lt", "col", "capt", "pc", "ds", "di", "dci",
}  # fmt: skip


# A lone capitalised word that is a common noun at a sentence's start, not a name:
# "Landlords say", "Hundreds signed", "Police said", "Fire crews ..." (a plural or a
# service), and titles left alone ("Dr").
_COMMON_WORD = re.compile(
    r"[A-Z][a-z]{3,}s|Police|Fire|Officials|Residents|Staff|Management|Council|Government|"
    r"Ministers|Critics|Experts|Doctors|Teachers|Parents|Locals|Shopkeepers|Neighbours"
)
_TITLE_WORDS = {"Dr", "Mr", "Mrs", "Ms", "Prof", "Professor", "Sir", "Dame", "Rev", "Cllr"}


def _split_rank(name: str, role: str | None) -> tuple[str, str | None]:
    """Move rank words opening a name into its role ("Sergeant Laura Quinn", role
    "Detective" -> "Laura Quinn", "Detective Sergeant")."""
    words = name.split()
    rank: list[str] = []
    while len(words) > 2 and words[0].lower().rstrip(".") in _RANK_WORDS:
        rank.append(words.pop(0))
    if not rank:
        return name, role
    held = " ".join(rank)
    if role and role.split()[-1].lower() in _RANK_WORDS:
        held = f"{role} {held}"
    return " ".join(words), held


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
