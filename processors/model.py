"""The domain's records: what goes into the processors and what comes out.

Every record is a small frozen dataclass. ``to_dict`` gives the JSON-ready form that the
message schemas in ``schemas/`` describe; the processors never serialise anything
themselves.

The records the tracker builds or reads per observation (``Agreement``, ``Evidence``,
``Observation``, ``Alert``) and those extraction builds per statement (``Speaker``,
``Statement``) write out their ``__init__`` (``init=False``), setting each
field with ``object.__setattr__`` as the generated one does: mypyc compiles that to a
plain store, whereas a generated ``__init__`` stays interpreted in the compiled build
(about 1.5k instructions per field). Fields, defaults, equality, hash and ``repr`` are
still the dataclass's.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Final, Literal, cast

from mypy_extensions import mypyc_attr

Status = Literal[
    "proposed",
    "negotiating",
    "accepted",
    "rejected",
    "agreed",
    "in_effect",
    "violated",
    "suspended",
    "extended",
    "expired",
    "collapsed",
]
STATUSES: Final[tuple[Status, ...]] = (
    "proposed",
    "negotiating",
    "accepted",
    "rejected",
    "agreed",
    "in_effect",
    "violated",
    "suspended",
    "extended",
    "expired",
    "collapsed",
)

Scope = Literal[
    "general", "energy_infrastructure", "maritime", "humanitarian", "prisoner_exchange", "other"
]
SCOPES: Final[tuple[Scope, ...]] = (
    "general",
    "energy_infrastructure",
    "maritime",
    "humanitarian",
    "prisoner_exchange",
    "other",
)

Kind = Literal["ceasefire", "truce", "pause", "moratorium", "deal", "talks"]
KINDS: Final[tuple[Kind, ...]] = ("ceasefire", "truce", "pause", "moratorium", "deal", "talks")

UNKNOWN_ACTOR: Final = "UNKNOWN"


def format_time(moment: datetime | None) -> str | None:
    """RFC 3339 in UTC with a ``Z`` suffix, or None."""
    if moment is None:
        return None
    if moment.tzinfo is UTC:
        # ``isoformat``'s layout written out: it formats through ``sprintf``, which costs
        # several times more than these lookups (the tracker formats every expiry's end).
        # Zero-padded without a format spec, which mypyc compiles to ``str.format`` by name.
        year, micro = moment.year, moment.microsecond
        text = (
            f"{str(year) if year >= 1000 else str(10000 + year)[1:]}"
            f"-{_TWO_DIGITS[moment.month]}-{_TWO_DIGITS[moment.day]}"
            f"T{_TWO_DIGITS[moment.hour]}"
            f":{_TWO_DIGITS[moment.minute]}:{_TWO_DIGITS[moment.second]}"
        )
        if micro:
            return f"{text}.{str(1_000_000 + micro)[1:]}Z"
        return f"{text}Z"
    return moment.isoformat().replace("+00:00", "Z")


_TWO_DIGITS: Final = tuple(f"{n:02d}" for n in range(100))


def parse_time(value: str | None) -> datetime | None:
    """Parse an RFC 3339 timestamp (a missing offset is taken as UTC), or None."""
    if value is None:
        return None
    moment = datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


@dataclass(frozen=True, slots=True)
class Article:
    """A news article as published on the input topic."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: datetime | None = None
    """Event time, timezone-aware (UTC)."""
    language: str = "en"

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "text": self.text, "language": self.language}
        for name in ("title", "url", "source"):
            value = getattr(self, name)
            if value is not None:
                out[name] = value
        if self.published is not None:
            out["published"] = format_time(self.published)
        return out


@dataclass(frozen=True, slots=True, init=False)
class Speaker:
    """Who speaks: the name as written, the canonical actor, and a role if the text gives one."""

    name: str
    actor: str
    role: str | None = None

    def __init__(self, name: str, actor: str, role: str | None = None) -> None:
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "actor", actor)
        object.__setattr__(self, "role", role)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "actor": self.actor, "role": self.role}


@dataclass(frozen=True, slots=True, init=False)
class Statement:
    """One act of saying: a quote or reported speech with its attribution."""

    article_id: str
    speaker: Speaker
    verb: str
    """Lemma of the reporting verb: say, write, urge, ..."""
    content: str
    direct: bool
    """True for words inside quotation marks."""
    span: tuple[int, int]
    """[start, end) offsets of ``content`` in the article text."""
    sentence: str
    confidence: float

    def __init__(
        self,
        article_id: str,
        speaker: Speaker,
        verb: str,
        content: str,
        direct: bool,
        span: tuple[int, int],
        sentence: str,
        confidence: float,
    ) -> None:
        object.__setattr__(self, "article_id", article_id)
        object.__setattr__(self, "speaker", speaker)
        object.__setattr__(self, "verb", verb)
        object.__setattr__(self, "content", content)
        object.__setattr__(self, "direct", direct)
        object.__setattr__(self, "span", span)
        object.__setattr__(self, "sentence", sentence)
        object.__setattr__(self, "confidence", confidence)

    def to_dict(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "speaker": self.speaker.to_dict(),
            "verb": self.verb,
            "content": self.content,
            "direct": self.direct,
            "span": list(self.span),
            "sentence": self.sentence,
            "confidence": round(self.confidence, 3),
        }


def agreement_key(parties: tuple[str, ...], scope: str) -> str:
    """The Kafka key of an agreement: sorted parties and scope, e.g. ``RUS+UKR/maritime``."""
    return f"{'+'.join(sorted(parties)) or UNKNOWN_ACTOR}/{scope}"


@mypyc_attr(acyclic=True)
@dataclass(frozen=True, slots=True, init=False)
class Agreement:
    """An agreement as one article describes it.

    In an ``Observation`` the ``id`` is the agreement key (parties and scope); the
    tracker gives each instance under a key its own id (see ``processors.tracker``).
    """

    id: str
    kind: Kind
    scope: Scope
    parties: tuple[str, ...]
    """Sorted actor ids of the sides bound by it (mediators apart)."""
    mediators: tuple[str, ...] = ()
    duration_days: float | None = None
    label: str | None = None
    starts: datetime | None = None
    ends: datetime | None = None

    def __init__(
        self,
        id: str,
        kind: Kind,
        scope: Scope,
        parties: tuple[str, ...],
        mediators: tuple[str, ...] = (),
        duration_days: float | None = None,
        label: str | None = None,
        starts: datetime | None = None,
        ends: datetime | None = None,
    ) -> None:
        object.__setattr__(self, "id", id)
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "scope", scope)
        object.__setattr__(self, "parties", parties)
        object.__setattr__(self, "mediators", mediators)
        object.__setattr__(self, "duration_days", duration_days)
        object.__setattr__(self, "label", label)
        object.__setattr__(self, "starts", starts)
        object.__setattr__(self, "ends", ends)

    @property
    def key(self) -> str:
        return agreement_key(self.parties, self.scope)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "scope": self.scope,
            "parties": list(self.parties),
            "mediators": list(self.mediators),
            "duration_days": self.duration_days,
            "label": self.label,
            "starts": format_time(self.starts),
            "ends": format_time(self.ends),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Agreement:
        """Inverse of ``to_dict`` (the input is trusted: schema-validated or our own)."""
        duration = data.get("duration_days")
        return cls(
            id=data["id"],
            kind=cast(Kind, data["kind"]),
            scope=cast(Scope, data["scope"]),
            parties=tuple(data["parties"]),
            mediators=tuple(data.get("mediators") or ()),
            duration_days=float(duration) if duration is not None else None,
            label=data.get("label"),
            starts=parse_time(data.get("starts")),
            ends=parse_time(data.get("ends")),
        )


@mypyc_attr(acyclic=True)
@dataclass(frozen=True, slots=True, init=False)
class Evidence:
    """Where an observation stands in the text."""

    sentence: str
    span: tuple[int, int]
    """[start, end) offsets in the article text of the words that assert the status."""

    def __init__(
        self,
        sentence: str,
        span: tuple[int, int],
    ) -> None:
        object.__setattr__(self, "sentence", sentence)
        object.__setattr__(self, "span", span)

    def to_dict(self) -> dict[str, Any]:
        return {"sentence": self.sentence, "span": list(self.span)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Evidence:
        """Inverse of ``to_dict``."""
        start, end = data["span"]
        return cls(sentence=data["sentence"], span=(int(start), int(end)))


@mypyc_attr(acyclic=True)
@dataclass(frozen=True, slots=True, init=False)
class Observation:
    """What one article asserts about one agreement's status."""

    article_id: str
    published: datetime | None
    agreement: Agreement
    status: Status
    by: str | None
    claimed_by: str | None
    evidence: Evidence
    confidence: float

    def __init__(
        self,
        article_id: str,
        published: datetime | None,
        agreement: Agreement,
        status: Status,
        by: str | None,
        claimed_by: str | None,
        evidence: Evidence,
        confidence: float,
    ) -> None:
        object.__setattr__(self, "article_id", article_id)
        object.__setattr__(self, "published", published)
        object.__setattr__(self, "agreement", agreement)
        object.__setattr__(self, "status", status)
        object.__setattr__(self, "by", by)
        object.__setattr__(self, "claimed_by", claimed_by)
        object.__setattr__(self, "evidence", evidence)
        object.__setattr__(self, "confidence", confidence)

    def to_dict(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "published": format_time(self.published),
            "agreement": self.agreement.to_dict(),
            "status": self.status,
            "by": self.by,
            "claimed_by": self.claimed_by,
            "evidence": self.evidence.to_dict(),
            "confidence": round(self.confidence, 3),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Observation:
        """Inverse of ``to_dict`` (the input is trusted: schema-validated or our own)."""
        return cls(
            article_id=data["article_id"],
            published=parse_time(data.get("published")),
            agreement=Agreement.from_dict(data["agreement"]),
            status=cast(Status, data["status"]),
            by=data.get("by"),
            claimed_by=data.get("claimed_by"),
            evidence=Evidence.from_dict(data["evidence"]),
            confidence=float(data["confidence"]),
        )


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one article, in text order."""

    article_id: str
    statements: tuple[Statement, ...] = ()
    observations: tuple[Observation, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "statements": [s.to_dict() for s in self.statements],
            "observations": [o.to_dict() for o in self.observations],
        }


Severity = Literal["info", "warning", "critical"]


@mypyc_attr(acyclic=True, free_list_len=1)
@dataclass(frozen=True, slots=True, init=False)
class Alert:
    """A change of an agreement instance's status, the product's main output.

    ``id`` is deterministic (instance id, new status, article id), so a replay yields the
    same ids and consumers can deduplicate. ``agreement.id`` is the instance id.
    """

    id: str
    agreement: Agreement
    previous_status: Status | None
    status: Status
    changed_at: datetime | None
    """Event time: the ``published`` of the article that caused the change."""
    detected_at: datetime
    """Processing time, when the tracker saw it (not part of the id)."""
    evidence: tuple[Observation, ...]
    severity: Severity
    article_id: str

    def __init__(
        self,
        id: str,
        agreement: Agreement,
        previous_status: Status | None,
        status: Status,
        changed_at: datetime | None,
        detected_at: datetime,
        evidence: tuple[Observation, ...],
        severity: Severity,
        article_id: str,
    ) -> None:
        object.__setattr__(self, "id", id)
        object.__setattr__(self, "agreement", agreement)
        object.__setattr__(self, "previous_status", previous_status)
        object.__setattr__(self, "status", status)
        object.__setattr__(self, "changed_at", changed_at)
        object.__setattr__(self, "detected_at", detected_at)
        object.__setattr__(self, "evidence", evidence)
        object.__setattr__(self, "severity", severity)
        object.__setattr__(self, "article_id", article_id)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "agreement": self.agreement.to_dict(),
            "previous_status": self.previous_status,
            "status": self.status,
            "changed_at": format_time(self.changed_at),
            "detected_at": format_time(self.detected_at),
            "article_id": self.article_id,
            "evidence": [o.to_dict() for o in self.evidence],
            "severity": self.severity,
        }
