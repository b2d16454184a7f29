"""How close are ``newsstream replay``'s alerts to the dev timeline's expected alerts?

Runs the real pipeline in process (extract + tracker) over a timeline folder (default
``tests/data/timeline``; ``tests/data/timeline2`` is the second one, written before its
authors read the rules) and compares its alerts with the folder's ``expected_alerts.json``.
Two alerts match when they name the same agreement key, status and article (instance ids
are compared separately, since one wrongly dated mention can rename an instance). Prints
precision, recall and F1.

    .venv/bin/python benchmarks/timeline_alerts.py [TIMELINE_DIR] [--show]
"""

from __future__ import annotations

import argparse
from pathlib import Path

import orjson

from processors.extraction import Extractor
from processors.tracker import AgreementTracker, load_tracker_rules
from streams.codecs import MessageCodec
from streams.replay import replay
from streams.sources import read_sources

TIMELINE = Path(__file__).resolve().parents[1] / "tests" / "data" / "timeline"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "timeline",
        nargs="?",
        type=Path,
        default=TIMELINE,
        help="folder with *.gold.json articles and expected_alerts.json",
    )
    parser.add_argument("--show", action="store_true", help="list missed and extra alerts")
    args = parser.parse_args()
    timeline: Path = args.timeline
    expected = orjson.loads((timeline / "expected_alerts.json").read_bytes())
    codec = MessageCodec.load(names=("article",))
    articles = [r.article for r in read_sources([timeline], codec) if r.article is not None]
    tracker = AgreementTracker(rules=load_tracker_rules())
    alerts = list(replay(articles, Extractor.load(), tracker))

    def key_of(instance_id: str) -> str:
        return instance_id.split("@", 1)[0]

    want = {(e["agreement_key"], e["status"], e["article_id"]) for e in expected}
    got = {(key_of(a.agreement.id), a.status, a.article_id) for a in alerts}
    hits = len(want & got)
    precision = hits / len(got) if got else 0.0
    recall = hits / len(want) if want else 0.0
    f1 = 2 * precision * recall / (precision + recall) if hits else 0.0
    same_ids = {e["instance_id"] for e in expected} & {a.agreement.id for a in alerts}
    print(f"expected {len(want)} alerts, replay gave {len(got)}, matched {hits}")
    print(f"timeline alerts P={precision:.2f} R={recall:.2f} F1={f1:.2f}")
    print(f"instance ids shared with the expected ones: {len(same_ids)}")
    if args.show:
        for item in sorted(want - got):
            print("  missed", *item)
        for item in sorted(got - want):
            print("  extra ", *item)


if __name__ == "__main__":
    main()
