"""EndorsementDB 2016: endorser -> 2016 presidential candidate, with stance, date, URL and quote.

"Endorses"/"Supports" give an asserted `endorsed`; "Opposes" is not an endorsement: it is kept
as a `negated` endorsed statement (the source says the endorser does not back the candidate),
so `kg show` lists it and paths ignore it. Targets that name no single candidate ("No
endorsement", "Trump and Clinton", "another Republican", ...) and rows without a stance give no
statement; they are counted in the import report.
"""

from __future__ import annotations

from .base import Dataset, EntitySpec, Fact, RowError, citation, csv_records, iso_date, web_url

OUTLET = "EndorsementDB"
URL = "https://github.com/endorsementdb/endorsementdb.com"
HEADER = ("endorser", "is_person", "stance", "target", "date", "source_url", "quote")
ELECTION = EntitySpec("2016 United States presidential election", "Election",
                      description="Election of the U.S. President, 8 November 2016")

TARGETS = {
    "Clinton": "Hillary Clinton", "Trump": "Donald Trump", "Johnson": "Gary Johnson",
    "Stein": "Jill Stein", "McMullin": "Evan McMullin", "Sanders": "Bernie Sanders",
    "Rubio": "Marco Rubio", "Cruz": "Ted Cruz", "Kasich": "John Kasich", "Fiorina": "Carly Fiorina",
}
STANCES = {"Endorses": "asserted", "Supports": "asserted", "Opposes": "negated"}


def detect(name: str, header: str) -> bool:
    return all(column in header.split(",") for column in HEADER)


TITLE = "EndorsementDB 2016"


def parse(dataset: Dataset) -> None:
    for record, row in csv_records(dataset, required=("endorser", "target")):
        try:
            iso_date(row["date"], record.line)
            if row["is_person"] not in ("True", "False"):
                raise RowError(record.line, f"is_person {row['is_person']!r} is not True or False")
        except RowError as error:
            dataset.errors.append(error)
            continue
        record.url = web_url(row["source_url"])
        endorser = EntitySpec(row["endorser"], "Person" if row["is_person"] == "True" else "Organization")
        record.entities.append(endorser)
        target, status = TARGETS.get(row["target"]), STANCES.get(row["stance"])
        if target is None:
            record.skipped = f"target {row['target']!r} names no single candidate"
        elif status is None:
            record.skipped = "no stance" if not row["stance"] else f"stance {row['stance']!r}"
        else:
            candidate = EntitySpec(target, "Politician", office="presidential candidate")
            words = f': "{row["quote"].strip()}"' if row["quote"].strip() else ""
            says = f"{row['endorser']} {row['stance'].lower()} {target}, {row['date']}{words}"
            record.facts.append(Fact(endorser, "endorsed", candidate, date=row["date"], election=ELECTION,
                                     status=status, quote=citation(TITLE, f"row {record.line}", says)))
        dataset.records.append(record)
