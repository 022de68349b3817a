"""Print precision, recall and accuracy of the text extractors over the gold set and the mirror.

    python benchmarks/quality.py            # the tables
    python benchmarks/quality.py --errors   # ... and every case that went wrong
    python benchmarks/quality.py --check    # exit 1 when a floor is missed (see newsbot.evaluation.FLOORS)

The scoring lives in :mod:`newsbot.evaluation`; ``tests/test_quality_gate.py`` runs the same code.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from newsbot.evaluation import (
    FLOORS,
    GENERIC_BODY_F1_FLOOR,
    body_scores,
    evaluate,
    format_body_table,
    format_table,
    missed_floors,
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="exit non-zero when a floor is missed")
    parser.add_argument("--errors", action="store_true", help="list the cases that went wrong")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    reports = evaluate()
    elapsed = time.perf_counter() - started
    for report in reports:
        print(format_table(report))
        print()
        if args.errors and report.errors:
            print("\n".join(f"- {e}" for e in report.errors))
            print()
    bodies = body_scores()
    print(format_body_table(bodies))
    print()
    elapsed = time.perf_counter() - started
    floors = ", ".join(f"{key} {measure} >= {floor:g}" for key, _, measure, floor in FLOORS)
    print(f"Floors: {floors}; generic body F1 >= {GENERIC_BODY_F1_FLOOR:g} on every mirror.  ({elapsed:.1f} s)")
    missed = [m for report in reports for m in missed_floors(report)]
    missed += [
        f"generic body F1 {s.f1:.3f} on {s.mirror} < {GENERIC_BODY_F1_FLOOR}"
        for s in bodies
        if s.path == "generic" and s.f1 < GENERIC_BODY_F1_FLOOR
    ]
    for line in missed:
        print(f"FLOOR MISSED: {line}")
    if args.check and missed:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
