"""Synthetic resources in bulk, and timed faceted searches end to end.

Used by `manage.py search_benchmark`. Pages are written table by table with
bulk inserts (Wagtail's add_child would take hours for 100 000 pages) and
indexed through the search backend's own bulk `add_items`.
"""

import dataclasses
import random
import statistics
import time
import uuid
from collections import Counter
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.test import Client
from django.utils import timezone
from taggit.models import Tag
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from resources.demo.content import all_items
from resources.models import (
    Grade,
    ImprovementPillar,
    LessonPlanPage,
    ResourceIndexPage,
    ResourcePage,
    ResourceTag,
    Subject,
    SurveyArea,
)
from search.norwegian import words


def vocabulary() -> tuple[list[str], list[float]]:
    """The words of the demo content with their frequencies: synthetic text with the
    shape of real Norwegian lesson plans (a few very common words, a long tail)."""
    counter: Counter = Counter()
    for item in all_items():
        for field in dataclasses.fields(item):
            counter.update(w for w in words(str(getattr(item, field.name))) if len(w) > 2 and not w.isdigit())
    common = counter.most_common()
    return [w for w, _n in common], [n for _w, n in common]


QUERIES = [
    "lesing",
    "brøk",
    "klasseledelse",
    "vurdering",
    "tilbakemelding",
    "relasjon",
    "mestring",
    "trivsel",
    "fotosyntese",
    "prosent",
    "samarbeid foreldre",
    "leseforståelse",
    "demokrati",
    "kildekritikk",
    "hoderegning",
    "lærere",
    "elevene",
    "ordforråd",
    "friluftsliv",
    "statistikk",
]
BATCH = 1000


def _sentence(rng: random.Random, vocab, n: int) -> str:
    return " ".join(rng.choices(vocab[0], weights=vocab[1], k=n)).capitalize()


def _insert_local(model, objs) -> None:
    """INSERT the rows of one table of a multi-table model (bulk_create refuses those)."""
    fields = list(model._meta.local_concrete_fields)
    model._base_manager._insert(objs, fields=fields, using=connection.alias)


@transaction.atomic
def create_resources(*, count: int, seed: int = 1, stdout=None) -> ResourceIndexPage:
    rng = random.Random(seed)  # noqa: S311 – synthetic data, not secrets
    vocab = vocabulary()
    home = Page.objects.get(depth=2)
    index = ResourceIndexPage(title=f"Benchmark {uuid.uuid4().hex[:6]}", intro="")
    home.add_child(instance=index)
    index.refresh_from_db()
    content_type = ContentType.objects.get_for_model(LessonPlanPage)
    subjects, grades = list(Subject.objects.all()), list(Grade.objects.all())
    areas, pillars = list(SurveyArea.objects.all()), list(ImprovementPillar.objects.all())
    tags = [Tag.objects.get_or_create(name=w, defaults={"slug": w})[0] for w in vocab[0][100:140]]
    band_of = {g.pk: g.band.slug for g in Grade.objects.select_related("band")}
    now = timezone.now()
    backend = get_search_backend()
    search_index = backend.get_index_for_model(LessonPlanPage)

    for start in range(0, count, BATCH):
        size = min(BATCH, count - start)
        pages = []
        for i in range(start, start + size):
            title = _sentence(rng, vocab, rng.randint(3, 6))
            pages.append(
                Page(
                    title=title,
                    draft_title=title,
                    slug=f"bench-{i}",
                    content_type=content_type,
                    live=True,
                    first_published_at=now,
                    last_published_at=now,
                    locale_id=index.locale_id,
                    translation_key=uuid.uuid4(),
                    depth=index.depth + 1,
                    numchild=0,
                    path=Page._get_path(index.path, index.depth + 1, i + 1),
                    url_path=f"{index.url_path}bench-{i}/",
                )
            )
        Page.objects.bulk_create(pages)
        picks = [
            {
                "subjects": rng.sample(subjects, 1),
                "grades": rng.sample(grades, 3),
                "survey_areas": rng.sample(areas, 2),
                "pillars": rng.sample(pillars, 1),
                "tags": rng.sample(tags, 2),
            }
            for _page in pages
        ]
        lessons = []
        for page, pick in zip(pages, picks, strict=True):
            facet_keys = " ".join(
                ["type:undervisningsopplegg"]
                + [f"fag:{x.slug}" for x in pick["subjects"]]
                + [f"trinnband:{b}" for b in sorted({band_of[g.pk] for g in pick["grades"]})]
                + [f"trinn:{g.slug}" for g in pick["grades"]]
                + [f"kartlegging:{a.slug}" for a in pick["survey_areas"]]
                + [f"forbedring:{x.slug}" for x in pick["pillars"]]
                + [f"emne:{t.slug}" for t in pick["tags"]]
            )
            lessons.append(
                LessonPlanPage(
                    page_ptr_id=page.pk,
                    resourcepage_ptr_id=page.pk,
                    summary=_sentence(rng, vocab, rng.randint(20, 40)),
                    author_name="Benchmark",
                    licence="cc-by-sa-4.0",
                    duration_minutes=45,
                    facet_keys=facet_keys,
                    learning_goals=[{"type": "goal", "value": "Jeg kan " + _sentence(rng, vocab, 6).lower()}],
                    steps=[
                        {
                            "type": "step",
                            "value": {
                                "title": "Økt",
                                "minutes": 45,
                                "organisation": "",
                                "description": f"<p>{_sentence(rng, vocab, 30)}</p>",
                                "image": {"image": None, "alt_text": None, "decorative": None},
                            },
                        }
                    ],
                )
            )
        _insert_local(ResourcePage, lessons)
        _insert_local(LessonPlanPage, lessons)
        for relation in ("subjects", "grades", "survey_areas", "pillars"):
            field = ResourcePage._meta.get_field(relation)
            through = field.remote_field.through
            source, target = f"{field.m2m_field_name()}_id", f"{field.m2m_reverse_field_name()}_id"
            through.objects.bulk_create(
                [
                    through(**{source: page.pk, target: choice.pk})
                    for page, pick in zip(pages, picks, strict=True)
                    for choice in pick[relation]
                ]
            )
        ResourceTag.objects.bulk_create(
            [
                ResourceTag(content_object_id=page.pk, tag=tag)
                for page, pick in zip(pages, picks, strict=True)
                for tag in pick["tags"]
            ]
        )
        batch = LessonPlanPage.objects.filter(pk__in=[p.pk for p in pages]).prefetch_related(
            "subjects", "tags", "survey_areas", "pillars"
        )
        search_index.add_items(LessonPlanPage, list(batch))
        if stdout:
            stdout.write(f"  {start + size} / {count}\n")
    Page.objects.filter(pk=index.pk).update(numchild=count)
    return index


@dataclass
class Timing:
    requests: int
    p50_ms: float
    p95_ms: float
    max_ms: float


def time_searches(*, requests: int, seed: int = 2) -> Timing:
    rng = random.Random(seed)  # noqa: S311 – synthetic data, not secrets
    client = Client()
    subjects = list(Subject.objects.values_list("slug", flat=True))
    bands = ["1-4", "5-7", "8-10"]

    def one():
        params = {"q": rng.choice(QUERIES), "fag": rng.choice(subjects), "trinnband": rng.choice(bands)}
        started = time.perf_counter()
        response = client.get("/sok/", params)
        elapsed = (time.perf_counter() - started) * 1000
        if response.status_code != 200:
            raise RuntimeError(f"/sok/ answered {response.status_code} for {params}")
        return elapsed

    for _ in range(min(20, requests)):
        one()  # warm caches, connections and the spelling vocabulary
    samples = sorted(one() for _ in range(requests))
    return Timing(
        requests=requests,
        p50_ms=statistics.median(samples),
        p95_ms=samples[int(0.95 * (len(samples) - 1))],
        max_ms=samples[-1],
    )
