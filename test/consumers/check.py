"""Reads every table of a version folder with its load.py and checks it against the table's JSON:
row counts, dtypes and every value. Prints one JSON object."""
import json
import math
import sys
from pathlib import Path

folder = Path(sys.argv[1])
sys.path.insert(0, str(folder))
from load import load  # noqa: E402

import pandas as pd  # noqa: E402

package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
tables = load(folder)
report = {}
for resource in package["resources"]:
    name = resource["name"]
    frame = tables[name]
    rows = json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))
    from_json = pd.read_json(folder / f"{name}.json", orient="records", dtype=False)
    mismatches = []
    for field in resource["schema"]["fields"]:
        column = frame[field["name"]]
        for i, row in enumerate(rows):
            expected = row[field["name"]]
            actual = column.iloc[i]
            if expected is None:
                same = pd.isna(actual)
            elif field["type"] == "date":
                same = actual.strftime("%Y-%m-%d") == expected
            elif field["type"] in ("number", "integer"):
                same = not pd.isna(actual) and math.isclose(float(actual), float(expected), rel_tol=1e-12)
            else:
                same = actual == expected
            if not same:
                mismatches.append(f"{field['name']} row {i + 1}")
    report[name] = {
        "rows": len(frame),
        "json_rows": len(rows),
        "read_json_rows": len(from_json),
        "dtypes": {c: str(t) for c, t in frame.dtypes.items()},
        "mismatches": mismatches[:5],
        "mismatch_count": len(mismatches),
    }
print(json.dumps(report))
