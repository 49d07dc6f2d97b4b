"""Relevance over the demo content, measured on two query sets through the JSON API.

search/tests/relevance/heldout.yaml was written on 2026-12-02, before the search was tuned for
issue 13, and is never tuned against; development.yaml is the set tuning may look at (README.md
beside them). Every query goes through /api/search/ as a browser would send it; a hit is relevant
when its URL ends in /ressurser/<slug>/ for one of the query's slugs.

Per set and per kind: MRR (reciprocal rank of the first relevant hit in the top 10, 0 if none)
and recall@10 (share of the relevant slugs in the top 10). Run with -s to see the table. The
held-out set's misses are not printed, so that no one tunes against them by accident.
"""

import re
from collections import defaultdict
from io import StringIO
from pathlib import Path

import pytest
import yaml
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection, transaction

SETS_DIR = Path(__file__).resolve().parent / "relevance"
SETS = ("heldout", "development")
TOP = 10
# The kinds of issue 13; the development set also has `stikkord` (its original keyword phrases).
ISSUE_KINDS = ("enkel", "sporsmal", "kartlegging", "fag_trinn", "nynorsk", "skrivefeil", "synonymer")
KINDS = {*ISSUE_KINDS, "stikkord"}
RESOURCE_URL = re.compile(r"/ressurser/([a-z0-9-]+)/$")

# Floors: what today's engine reaches (measured 2026-12-02, minus 0.05, rounded down), so that the
# search cannot quietly get worse. The targets of issue 13 are NOT met yet – held-out MRR ≥ 0.85
# and recall@10 ≥ 0.95 on both databases, MRR ≥ 0.7 in every kind – raise these floors as the
# search improves, until they are the targets.
MRR_FLOORS = {
    # First measured (2026-12-02, before synonyms, nynorsk and query understanding): SQLite 0.702
    # and 0.879, PostgreSQL 0.628 and 0.850. Now:
    "sqlite": {"heldout": 0.85, "development": 0.92},  # measured 0.901 and 0.974
    "postgresql": {"heldout": 0.80, "development": 0.89},  # measured 0.849 and 0.948
}
TARGETS = {"mrr": 0.85, "recall": 0.95, "kind_mrr": 0.7}  # issue 13, held-out set, both databases

pytestmark = pytest.mark.django_db


def load(name: str) -> list[dict]:
    with open(SETS_DIR / f"{name}.yaml", encoding="utf-8") as file:
        return yaml.safe_load(file)["queries"]


def normalised(query: str) -> str:
    return " ".join(query.lower().split())


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo", stdout=StringIO())
        yield
        transaction.set_rollback(True)


# ------------------------------------------------------------------ the judgements themselves


@pytest.mark.parametrize("name", SETS)
def test_the_sets_are_well_formed(name):
    queries = load(name)
    seen = set()
    for entry in queries:
        assert set(entry) <= {"q", "kind", "relevant", "note"}, entry
        assert isinstance(entry["q"], str) and entry["q"].strip(), entry
        assert entry["kind"] in KINDS, entry
        relevant = entry["relevant"]
        assert isinstance(relevant, list) and 1 <= len(relevant) <= 4 and len(set(relevant)) == len(relevant), entry
        assert normalised(entry["q"]) not in seen, f"{entry['q']!r} twice in {name}.yaml"
        seen.add(normalised(entry["q"]))


def test_the_held_out_set_covers_every_kind_and_is_apart_from_development():
    heldout, development = load("heldout"), load("development")
    assert len(heldout) >= 48
    per_kind = defaultdict(int)
    for entry in heldout:
        per_kind[entry["kind"]] += 1
    assert set(per_kind) == set(ISSUE_KINDS)
    assert min(per_kind.values()) >= 6, dict(per_kind)
    shared = {normalised(e["q"]) for e in heldout} & {normalised(e["q"]) for e in development}
    assert not shared, f"in both sets: {sorted(shared)}"


def test_every_judged_slug_is_a_published_demo_resource(demo, django_db_blocker):
    from resources.models import ResourcePage

    with django_db_blocker.unblock():
        slugs = set(ResourcePage.objects.live().values_list("slug", flat=True))
    assert len(slugs) > 50
    broken = {
        f"{name}.yaml: {entry['q']!r} → {slug}"
        for name in SETS
        for entry in load(name)
        for slug in entry["relevant"]
        if slug not in slugs
    }
    assert not broken, "no such published demo resource:\n  " + "\n  ".join(sorted(broken))


# ------------------------------------------------------------------ the figures


def ranked_slugs(client, query: str) -> list[str | None]:
    response = client.get("/api/search/", {"q": query})
    assert response.status_code == 200, (query, response.status_code)
    slugs = []
    for hit in response.json()["results"][:TOP]:
        match = RESOURCE_URL.search(hit["url"])
        slugs.append(match.group(1) if match else None)
    return slugs


def judge(ranked: list[str | None], relevant: list[str]) -> tuple[float, float]:
    """(reciprocal rank of the first relevant hit, recall) over the top TOP."""
    top = ranked[:TOP]
    rank = next((number for number, slug in enumerate(top, start=1) if slug in relevant), None)
    return (1 / rank if rank else 0.0), len(set(top) & set(relevant)) / len(relevant)


def mean(values) -> float:
    values = list(values)
    return sum(values) / len(values) if values else 0.0


def table(vendor: str, outcome: dict[str, list[dict]]) -> str:
    lines = [
        f"Relevance on {vendor}: /api/search/, top {TOP}",
        f"{'set':<12} {'kind':<12} {'n':>3}  {'MRR':>5}  {'R@10':>5}",
    ]
    for name in SETS:
        rows = outcome[name]
        kinds = [kind for kind in (*ISSUE_KINDS, "stikkord") if any(row["kind"] == kind for row in rows)]
        for kind in kinds:
            of_kind = [row for row in rows if row["kind"] == kind]
            mrr, recall = mean(r["rr"] for r in of_kind), mean(r["recall"] for r in of_kind)
            lines.append(f"{name:<12} {kind:<12} {len(of_kind):>3}  {mrr:5.3f}  {recall:5.3f}")
        mrr, recall = mean(r["rr"] for r in rows), mean(r["recall"] for r in rows)
        lines.append(f"{name:<12} {'ALL':<12} {len(rows):>3}  {mrr:5.3f}  {recall:5.3f}")
    return "\n".join(lines)


def test_relevance_of_both_sets(demo, client, settings, django_db_blocker):
    settings.SEARCH_API_RATE_LIMIT = "100000/h"  # one client address asks every query
    settings.PORTAL_PAGE_SIZE = TOP
    for cache in caches.all():
        cache.clear()  # nothing left over from other tests: rate counts, cached results
    vendor = connection.vendor
    outcome: dict[str, list[dict]] = {}
    with django_db_blocker.unblock():
        for name in SETS:
            outcome[name] = []
            for entry in load(name):
                ranked = ranked_slugs(client, entry["q"])
                rr, recall = judge(ranked, entry["relevant"])
                outcome[name].append({**entry, "rr": rr, "recall": recall, "ranked": ranked})

    print("\n" + table(vendor, outcome))
    misses = [
        f"  {r['q']!r} ({r['kind']}): RR {r['rr']:.2f}, R@10 {r['recall']:.2f}"
        for r in outcome["development"]
        if r["rr"] < 1 or r["recall"] < 1
    ]
    print("development, below rank 1 or not all found:\n" + ("\n".join(misses) or "  none"))

    heldout = outcome["heldout"]
    kind_mrr = {kind: mean(r["rr"] for r in heldout if r["kind"] == kind) for kind in ISSUE_KINDS}
    met = (
        mean(r["rr"] for r in heldout) >= TARGETS["mrr"]
        and mean(r["recall"] for r in heldout) >= TARGETS["recall"]
        and min(kind_mrr.values()) >= TARGETS["kind_mrr"]
    )
    print(
        f"issue 13 targets on the held-out set (MRR ≥ {TARGETS['mrr']}, R@10 ≥ {TARGETS['recall']}, "
        f"each kind ≥ {TARGETS['kind_mrr']}): {'met' if met else 'not met'}"
    )

    floors = MRR_FLOORS.get(vendor) or {name: min(f[name] for f in MRR_FLOORS.values()) for name in SETS}
    below = {
        name: round(mean(r["rr"] for r in outcome[name]), 3)
        for name in SETS
        if mean(r["rr"] for r in outcome[name]) < floors[name]
    }
    assert not below, f"MRR below the floor on {vendor}: {below} (floors {floors})"
