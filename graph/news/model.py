"""What the extractor finds: entity references and candidate statements."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["EntityRef", "Candidate"]


@dataclass(frozen=True)
class EntityRef:
    """An entity of the graph, or a new one the article names (`new`: to be reviewed)."""

    id: str  # the graph's id, or a slug of the label for a new entity
    label: str
    type: str  # an entity class of the ontology: Politician, PoliticalParty, ...
    new: bool = False


@dataclass(frozen=True)
class Candidate:
    """One statement the extractor proposes, with the sentence that supports it."""

    subject: EntityRef
    relation: str
    object: EntityRef
    source: str  # the article's id
    quote: str  # the evidence sentence, verbatim from the article text
    rule: str
    confidence: float
    date: str = ""  # YYYY-MM-DD, YYYY-MM or YYYY: in the sentence, else the article's date
    from_party: EntityRef | None = None  # party_switch: the party left
    election: EntityRef | None = None
    status: str = "asserted"  # or negated (declined to endorse) or disputed (reportedly)
    offset: int | None = None  # where the quote starts in the article's text (its sentence's start)

    def key(self) -> tuple[str, str, str, str, str]:
        """What makes two candidates the same claim (the evidence aside)."""
        return (
            self.subject.id,
            self.relation,
            self.object.id,
            self.from_party.id if self.from_party else "",
            self.status,
        )
