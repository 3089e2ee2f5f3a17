"""FiveThirtyEight endorsements-2020: endorser -> endorsee in the 2020 Democratic primaries.

One statement per row with an endorsee: `endorser endorsed endorsee`, dated, in the election
below, citing the row's own source URL. Rows without an endorsee give no statement (counted).
"""

from __future__ import annotations

from .base import Dataset, EntitySpec, Fact, RowError, citation, csv_records, joined, parse_us_date, web_url

FORMAT = "538-endorsements-2020"
OUTLET = "FiveThirtyEight"
TITLE = "FiveThirtyEight 2020 endorsements"
URL = "https://github.com/fivethirtyeight/data/tree/master/endorsements-2020"
HEADER = ("date", "position", "state", "endorser", "endorsee", "endorser party", "source")
ELECTION = EntitySpec("2020 Democratic presidential primaries", "Election",
                      description="Primaries and caucuses choosing the Democratic nominee for U.S. President, 2020")


def detect(name: str, header: str) -> bool:
    return all(column in header.split(",") for column in HEADER) and "endorsee" in header


def parse(dataset: Dataset) -> None:
    for record, row in csv_records(dataset, required=("endorser",)):
        try:
            date = parse_us_date(row["date"], record.line)
        except RowError as error:
            dataset.errors.append(error)
            continue
        record.url = web_url(row["source"])
        state = row["state"] if len(row["state"]) == 2 else ""
        endorser = EntitySpec(row["endorser"], "Politician", state=state, office=row["position"])
        record.entities.append(endorser)
        if not row["endorsee"]:
            record.skipped = "no endorsee"
        else:
            endorsee = EntitySpec(row["endorsee"], "Politician", office="presidential candidate")
            who = joined(row["position"].capitalize(), row["state"])
            says = f"{row['endorser']}{f' ({who})' if who else ''} endorsed {row['endorsee']}, {date}"
            record.facts.append(Fact(endorser, "endorsed", endorsee, date=date, election=ELECTION,
                                     quote=citation(TITLE, f"row {record.line}", says)))
        dataset.records.append(record)
