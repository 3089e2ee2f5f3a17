"""party_switches_congress_legislators.csv: dated party switches of members of Congress.

Each row: `person party_switch to_party` with from_party and date. A row flagged "suspect" in
`note` is kept as `disputed` (the file itself says the source data is wrong there).
"""

from __future__ import annotations

from .base import Dataset, EntitySpec, Fact, RowError, citation, csv_records, iso_date, joined, party_spec, wikidata_id

OUTLET = "unitedstates/congress-legislators (derived)"
TITLE = "congress-legislators party switches"
URL = ""
REQUIRED = ("name", "state", "date", "from_party", "to_party")


def detect(name: str, header: str) -> bool:
    return all(column in header.split(",") for column in ("bioguide", "from_party", "to_party", "date"))


def parse(dataset: Dataset) -> None:
    offices = {"sen": "U.S. Senate", "rep": "U.S. House"}
    for record, row in csv_records(dataset, required=REQUIRED):
        try:
            iso_date(row["date"], record.line)
            wikidata = wikidata_id(row.get("wikidata", ""), record.line)
            old, new = party_spec(row["from_party"]), party_spec(row["to_party"])
            if old is None or new is None or old == new:
                raise RowError(record.line, f"from_party {row['from_party']!r} / to_party {row['to_party']!r} is not a switch")
        except RowError as error:
            dataset.errors.append(error)
            continue
        person = EntitySpec(row["name"], "Politician", wikidata=wikidata,
                            state=row["state"], office=offices.get(row.get("chamber", ""), ""))
        status = "disputed" if row.get("note", "").lower().startswith("suspect") else "asserted"
        where = joined(offices.get(row.get("chamber", ""), ""), row["state"])
        says = joined(f"{row['name']} ({where}) switched from {row['from_party']} to {row['to_party']}, {row['date']}",
                      f"note: {row['note']}" if row.get("note") else "", separator="; ")
        record.facts.append(Fact(person, "party_switch", new, from_party=old, date=row["date"], status=status,
                                 quote=citation(TITLE, f"row {record.line}", says)))
        dataset.records.append(record)
