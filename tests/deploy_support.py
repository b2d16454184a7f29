"""Helpers shared by the tests of ``deploy/``, ``docker-compose.yml`` and ``Dockerfile``.

``tests/unit/deploy`` checks the files statically and with ``promtool``;
``tests/integration/deploy`` runs them against a real worker and a real Prometheus. Both
read the files through these helpers, so they test the same expressions.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml  # type: ignore[import-untyped, unused-ignore]
from prometheus_client import CollectorRegistry

from streams.lag import ConsumerLagCollector
from streams.metrics import PipelineMetrics

REPO_ROOT = Path(__file__).resolve().parents[1]
PROMETHEUS_DIR = REPO_ROOT / "deploy" / "prometheus"
PROMETHEUS_CONFIG = PROMETHEUS_DIR / "prometheus.yml"
RULES = PROMETHEUS_DIR / "rules.yml"
RULES_TEST = PROMETHEUS_DIR / "rules.test.yml"
GRAFANA_DIR = REPO_ROOT / "deploy" / "grafana"
DASHBOARD = GRAFANA_DIR / "dashboards" / "newsstream.json"
DATASOURCE_PROVISIONING = GRAFANA_DIR / "provisioning" / "datasources" / "prometheus.yml"
DASHBOARD_PROVISIONING = GRAFANA_DIR / "provisioning" / "dashboards" / "newsstream.yml"
COMPOSE = REPO_ROOT / "docker-compose.yml"
DOCKERFILE = REPO_ROOT / "Dockerfile"
DOCKERIGNORE = REPO_ROOT / ".dockerignore"

INSTALL_HINT = (
    "install Debian's prometheus package (`apt-get install prometheus`, which "
    "scripts/check does when promtool is missing)"
)

#: What the tests substitute for Grafana's built-in variables before sending a panel's
#: expression to Prometheus (Grafana does the same at query time).
GRAFANA_VARIABLES = {"$__rate_interval": "1m", "$__interval": "15s", "$__range": "1h"}


def load_yaml(path: Path) -> Any:
    """A YAML file, parsed safely."""
    return yaml.safe_load(path.read_text("utf-8"))


def require_binary(name: str) -> str:
    """The path of ``name`` on PATH; fails the test (never skips) when it is missing."""
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} not found on PATH: {INSTALL_HINT}", pytrace=False)
    return found


def promtool(*args: str | Path, cwd: Path = PROMETHEUS_DIR) -> subprocess.CompletedProcess[str]:
    """Run ``promtool ARGS`` (fails the test when promtool is missing)."""
    return subprocess.run(
        [require_binary("promtool"), *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


# --- the dashboard -------------------------------------------------------------------------


def dashboard() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(DASHBOARD.read_text("utf-8"))
    return data


def panels(board: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """Every panel, including those nested in collapsed rows; rows themselves excluded."""
    out: list[dict[str, Any]] = []
    for panel in (board or dashboard())["panels"]:
        if panel.get("type") == "row":
            out.extend(panel.get("panels", []))
        else:
            out.append(panel)
    return out


@dataclass(frozen=True)
class Query:
    """One PromQL expression of the dashboard or of the rules, and where it comes from."""

    origin: str
    expr: str

    @property
    def promql(self) -> str:
        """The expression as Prometheus receives it (Grafana variables substituted)."""
        text = self.expr
        for variable, value in GRAFANA_VARIABLES.items():
            text = text.replace(variable, value)
        return text


def dashboard_queries(board: dict[str, Any] | None = None) -> list[Query]:
    return [
        Query(f"panel {panel['title']!r} target {target.get('refId')}", target["expr"])
        for panel in panels(board)
        for target in panel.get("targets", [])
    ]


def rules() -> list[dict[str, Any]]:
    """Every rule of ``rules.yml``, across groups."""
    return [rule for group in load_yaml(RULES)["groups"] for rule in group["rules"]]


def rule_queries() -> list[Query]:
    return [
        Query(f"rule {rule.get('alert') or rule.get('record')}", rule["expr"]) for rule in rules()
    ]


# --- metric names in PromQL ------------------------------------------------------------------

_KEYWORDS = {
    "and",
    "or",
    "unless",
    "by",
    "without",
    "on",
    "ignoring",
    "group_left",
    "group_right",
    "offset",
    "bool",
    "atan2",
    "inf",
    "nan",
}
_LABEL_LISTS = {"by", "without", "on", "ignoring", "group_left", "group_right"}
_TOKEN = re.compile(
    r"""
    (?P<string>"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'|`[^`]*`)
    | (?P<braces>\{[^}]*\})
    | (?P<brackets>\[[^\]]*\])
    | (?P<number>[0-9][0-9a-zA-Z_.]*|\.[0-9]+)
    | (?P<ident>[a-zA-Z_:][a-zA-Z0-9_:]*)
    | (?P<open>\()
    | (?P<close>\))
    | (?P<space>\s+)
    | (?P<other>.)
    """,
    re.VERBOSE,
)


def _tokens(expr: str) -> Iterator[tuple[str, str]]:
    for match in _TOKEN.finditer(expr):
        kind = match.lastgroup
        assert kind is not None
        if kind != "space":
            yield kind, match.group()


def metric_names(expr: str) -> set[str]:
    """The metric names a PromQL expression selects.

    Strings, label matchers (``{...}``), ranges (``[...]``), numbers and durations are
    skipped; an identifier followed by ``(``, ``by`` or ``without`` is a function or an
    aggregation; the parenthesised list after ``by``/``without``/``on``/``ignoring``/
    ``group_left``/``group_right`` holds label names.
    """
    tokens = list(_tokens(expr))
    names: set[str] = set()
    i = 0
    while i < len(tokens):
        kind, text = tokens[i]
        following = tokens[i + 1] if i + 1 < len(tokens) else ("", "")
        if kind == "ident" and text.lower() in _LABEL_LISTS:
            i += 1
            if following[0] == "open":  # skip the label list
                depth = 0
                while i < len(tokens):
                    depth += {"open": 1, "close": -1}.get(tokens[i][0], 0)
                    i += 1
                    if depth == 0:
                        break
            continue
        aggregation = following[0] == "ident" and following[1].lower() in {"by", "without"}
        if (
            kind == "ident"
            and following[0] != "open"
            and not aggregation
            and text.lower() not in _KEYWORDS
        ):
            names.add(text)
        i += 1
    return names


def exported_metric_names() -> set[str]:
    """The sample names newsstream's registry exposes, as Prometheus stores them.

    From the metric definitions themselves (``PipelineMetrics`` and the lag collector):
    counters get ``_total``, histograms ``_bucket``/``_sum``/``_count``.
    """
    registry = CollectorRegistry()
    PipelineMetrics.create(registry)
    families = [*registry.collect(), *ConsumerLagCollector(app=None).describe()]
    names: set[str] = set()
    for family in families:
        if family.type == "counter":
            names.add(f"{family.name}_total")
        elif family.type == "histogram":
            names.update(f"{family.name}{suffix}" for suffix in ("_bucket", "_sum", "_count"))
        else:
            names.add(family.name)
    return names


# --- the Dockerfile --------------------------------------------------------------------------


def instructions(path: Path = DOCKERFILE) -> list[tuple[str, str]]:
    """``(INSTRUCTION, arguments)`` pairs, continuation lines joined, comments dropped."""
    out: list[tuple[str, str]] = []
    pending = ""
    for raw in path.read_text("utf-8").splitlines():
        line = raw.strip()
        if not pending and (not line or line.startswith("#")):
            continue
        if line.startswith("#"):
            continue
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        text = pending + line
        pending = ""
        keyword, _, rest = text.partition(" ")
        out.append((keyword.upper(), rest.strip()))
    assert not pending, "Dockerfile ends inside a continued line"
    return out


def healthcheck_command() -> list[str]:
    (args,) = [rest for keyword, rest in instructions() if keyword == "HEALTHCHECK"]
    _, _, command = args.partition("CMD ")
    parsed: list[str] = json.loads(command)
    return parsed


#: Series Prometheus makes itself for every target (not on the worker's /metrics page).
SCRAPE_SERIES = {"up", "scrape_duration_seconds", "scrape_samples_scraped"}
