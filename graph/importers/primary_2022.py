"""FiveThirtyEight primary-project-2022, Democratic and Republican candidates.

Each row: the candidate is `candidate_in` the primary and `member_of` the party; each
endorsement column saying Yes becomes `<endorser> endorsed <candidate>` (Trump's dated by
"Trump Date"); candidates in the same primary are `rival_of` each other, citing both rows.
Each statement cites its row and the fields that state it (base.citation). "No" means the
endorser backed someone else: no statement.
"""

from __future__ import annotations

from collections import defaultdict

from .base import STATE_CODES, Dataset, EntitySpec, Fact, RowError, citation, csv_records, parse_us_date

OUTLET = "FiveThirtyEight"
URL = "https://github.com/fivethirtyeight/data/tree/master/primary-project-2022"
REQUIRED = ("Candidate", "State", "Primary Date", "Office", "District")

# Endorsement columns -> (endorser label, entity type, column holding the date or "").
ENDORSERS = {
    "Trump": ("Donald Trump", "Politician", "Trump Date"),
    "Club for Growth": ("Club for Growth", "Organization", ""),
    "Renew America": ("Renew America", "Organization", ""),
    "E-PAC": ("E-PAC", "Organization", ""),
    "VIEW PAC": ("VIEW PAC", "Organization", ""),
    "Maggie's List": ("Maggie's List", "Organization", ""),
    "Winning for Women": ("Winning for Women", "Organization", ""),
    "EMILY's List": ("EMILY's List", "Organization", ""),
    "Justice Dems": ("Justice Democrats", "Organization", ""),
    "Indivisible": ("Indivisible", "Organization", ""),
    "PCCC": ("Progressive Change Campaign Committee", "Organization", ""),
    "Our Revolution": ("Our Revolution", "Organization", ""),
    "Sunrise": ("Sunrise Movement", "Organization", ""),
    "Sanders": ("Bernie Sanders", "Politician", ""),
    "AOC": ("Alexandria Ocasio-Cortez", "Politician", ""),
}  # "Party Committee" is left out: the file does not say which committee.

OFFICES = {"Representative": "U.S. House", "Senator": "U.S. Senate",
           "Senator (unexpired term)": "U.S. Senate (special)", "Governor": "Governor"}


def _party(name: str) -> str:
    return "Republican" if "_rep_" in name or name.endswith("rep_candidates.csv") else "Democratic"


def detect(name: str, header: str) -> bool:
    return header.startswith("Candidate,") and "Primary Date" in header and "primary-project-2022" in name


def parse(dataset: Dataset) -> None:
    party_name = _party(dataset.path.name)
    title = f"FiveThirtyEight 2022 {party_name} primary candidates"
    party = EntitySpec(f"{party_name} Party", "PoliticalParty", (party_name,))
    races: dict[EntitySpec, list[tuple[int, EntitySpec]]] = defaultdict(list)
    for record, row in csv_records(dataset, required=REQUIRED):
        try:
            date = parse_us_date(row["Primary Date"], record.line)
            state = STATE_CODES.get(row["State"])
            if state is None:
                raise RowError(record.line, f"State {row['State']!r} is not a U.S. state")
            office = OFFICES.get(row["Office"], row["Office"])
            district = f", district {row['District']}" if row["District"] not in ("", "N/A") else ""
            election = EntitySpec(f"2022 {row['State']} {party_name} primary for {office}{district}", "Election",
                                  state=state, description=f"{party_name} primary, {date}")
            candidate = EntitySpec(row["Candidate"], "Politician", state=state, office=office)
            row_at = f"row {record.line}"
            facts = [Fact(candidate, "candidate_in", election, date=date, election=election,
                          quote=citation(title, row_at, f"{row['Candidate']}, candidate in the {election.label}, {date}")),
                     Fact(candidate, "member_of", party,
                          quote=citation(title, row_at, f"{row['Candidate']}, {party_name} candidate for {office}{district} ({state})"))]
            for column, (label, kind, date_column) in ENDORSERS.items():
                if row.get(column, "").startswith("Yes"):
                    when = parse_us_date(row[date_column], record.line) if date_column else ""
                    says = f"{label} endorsed {row['Candidate']} ({column}: {row[column]}{f', {when}' if when else ''})"
                    facts.append(Fact(EntitySpec(label, kind), "endorsed", candidate, date=when, election=election,
                                      quote=citation(title, row_at, says)))
        except RowError as error:
            dataset.errors.append(error)
            continue
        record.facts.extend(facts)
        dataset.records.append(record)
        races[election].append((len(dataset.records) - 1, candidate))
    for election, entries in races.items():
        for i, (first, a) in enumerate(entries):
            for last, b in entries[i + 1 :]:
                rows = f"rows {dataset.records[first].line} and {dataset.records[last].line}"
                says = f"{a.label} and {b.label}, candidates in the {election.label}"
                dataset.records[first].facts.append(
                    Fact(a, "rival_of", b, date=dataset.records[first].facts[0].date, election=election,
                         quote=citation(title, rows, says))
                )
