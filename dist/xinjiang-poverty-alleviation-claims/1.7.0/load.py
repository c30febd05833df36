"""Reads every table of this version with its types (pandas). Empty cells are missing; nothing else is.

Use: from load import load; tables = load(); tables["claims"]
"""
from pathlib import Path

import pandas as pd

DTYPES = {
    "documents": {"document_id": "string", "source_file": "string", "text_file": "string", "title": "string", "outlet": "string", "author": "string", "kind": "string", "kind_basis": "string", "published_precision": "string", "published_basis": "string", "published_as_written": "string", "section": "string", "print_headline": "string", "raw_sha256": "string", "text_sha256": "string", "raw_bytes": "Int64", "char_count": "Int64", "paragraph_count": "Int64", "sentence_count": "Int64", "removed_line_count": "Int64"},
    "claims": {"claim_id": "string", "document_id": "string", "value": "float64", "value_text": "string", "unit": "string", "unit_text": "string", "per": "string", "qualifier": "string", "qualifier_text": "string", "period_precision": "string", "period_text": "string", "place": "string", "attributed_to": "string", "attribution_kind": "string", "related_claim_id": "string", "relation": "string", "sentence": "string", "char_start": "Int64", "char_end": "Int64", "span_text": "string"},
    "observations": {"claim_id": "string", "indicator": "string", "place": "string", "gazetteer_id": "string", "period_precision": "string", "value": "float64", "unit": "string", "per": "string", "qualifier": "string", "attributed_to": "string", "document_id": "string", "converted_value": "float64", "converted_unit": "string"},
    "people": {"person_id": "string", "name": "string", "kind": "string", "document_count": "Int64", "mention_count": "Int64", "document_id": "string", "char_start": "Int64", "char_end": "Int64", "span_text": "string"},
    "person_roles": {"person_id": "string", "document_id": "string", "name": "string", "role": "string", "affiliation": "string", "kind": "string", "mention_count": "Int64", "char_start": "Int64", "char_end": "Int64", "span_text": "string"},
    "places": {"place_id": "string", "document_id": "string", "name": "string", "level": "string", "level_basis": "string", "mention_count": "Int64", "char_start": "Int64", "char_end": "Int64", "span_text": "string", "canonical_name": "string", "gazetteer_id": "string", "parent_id": "string", "adcode": "string", "resolution": "string", "candidate_ids": "string"},
    "organisations": {"organisation_id": "string", "document_id": "string", "name": "string", "abbreviation": "string", "kind": "string", "mention_count": "Int64", "char_start": "Int64", "char_end": "Int64", "span_text": "string"},
    "mentions": {"mention_id": "string", "document_id": "string", "entity_type": "string", "entity_id": "string", "char_start": "Int64", "char_end": "Int64", "span_text": "string"},
    "quotes": {"quote_id": "string", "document_id": "string", "speaker": "string", "speaker_text": "string", "form": "string", "char_start": "Int64", "char_end": "Int64", "span_text": "string"},
    "removals": {"document_id": "string", "line_number": "Int64", "rule": "string", "became": "string", "text": "string"},
    "rejects": {"reject_id": "string", "stage": "string", "code": "string", "source_file": "string", "table": "string", "record_id": "string", "path": "string", "message": "string"},
}
DATES = {
    "documents": ["published_date"],
    "claims": ["period_start", "period_end"],
    "observations": ["period_start", "period_end"],
    "people": [],
    "person_roles": [],
    "places": [],
    "organisations": [],
    "mentions": [],
    "quotes": [],
    "removals": [],
    "rejects": [],
}


def load(folder=Path(__file__).parent):
    tables = {}
    for name, dtypes in DTYPES.items():
        frame = pd.read_csv(Path(folder) / f"{name}.csv", dtype=dtypes, keep_default_na=False, na_values=[""], encoding="utf-8")
        for column in DATES[name]:
            frame[column] = pd.to_datetime(frame[column], format="%Y-%m-%d")
        tables[name] = frame
    return tables


if __name__ == "__main__":
    for name, frame in load().items():
        print(name, len(frame))
