"""One facet mechanism for every listing of resources (and, later, search).

A facet is a URL parameter (Norwegian, e.g. `fag`), an ORM path to the value
it matches, and the options it offers. Within a facet the chosen values are
alternatives (OR); between facets they narrow (AND). Each facet's counts are
taken over the results filtered by every *other* facet, so a count always
says how many results ticking that box would give.
"""

import re
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, QuerySet
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag

from resources.models import Grade, GradeBand, ImprovementPillar, ResourcePage, Subject, SurveyArea
from resources.models.pages import RESOURCE_TYPES

# Bounds on what a URL may ask for; anything beyond is ignored, not an error.
MAX_VALUES_PER_FACET = 20
MAX_VALUE_LENGTH = 120
TAG_OPTIONS_SHOWN = 15
SLUG_RE = re.compile(r"^[-\w]+$")


@dataclass
class Option:
    key: str
    label: str
    group: str = ""
    count: int = 0
    selected: bool = False


@dataclass(frozen=True)
class Facet:
    param: str
    label: str
    lookup: str
    load_options: Callable[[], list[Option]] | None
    # Maps URL keys to the values stored in the database, when they differ.
    key_to_db: Callable[[], dict[str, object]] | None = None
    # The ResourcePage FilterField holding the keys, for search engines that filter in their index.
    index_field: str = ""

    def db_map(self, options: list[Option]) -> dict[str, object]:
        return self.key_to_db() if self.key_to_db else {option.key: option.key for option in options}


def _subjects() -> list[Option]:
    return [Option(s.slug, s.name) for s in Subject.objects.all()]


def _bands() -> list[Option]:
    return [Option(b.slug, b.name) for b in GradeBand.objects.all()]


def _grades() -> list[Option]:
    return [Option(g.slug, g.name, group=g.band.name) for g in Grade.objects.select_related("band")]


def _survey_areas() -> list[Option]:
    return [
        Option(a.slug, a.name, group=a.respondent_group.name)
        for a in SurveyArea.objects.select_related("respondent_group")
    ]


def _pillars() -> list[Option]:
    return [Option(p.slug, p.name) for p in ImprovementPillar.objects.all()]


def _types() -> list[Option]:
    return [Option(slug, str(model.type_label)) for slug, model in RESOURCE_TYPES.items()]


def _type_ids() -> dict[str, object]:
    content_types = ContentType.objects.get_for_models(*RESOURCE_TYPES.values())
    return {slug: content_types[model].pk for slug, model in RESOURCE_TYPES.items()}


FACETS: tuple[Facet, ...] = (
    Facet("type", _("Type"), "content_type_id", _types, _type_ids, index_field="resource_type"),
    Facet("fag", _("Fag"), "subjects__slug", _subjects, index_field="subject_slugs"),
    Facet("trinnband", _("Trinnbånd"), "grades__band__slug", _bands, index_field="band_slugs"),
    Facet("trinn", _("Trinn"), "grades__slug", _grades, index_field="grade_slugs"),
    Facet("kartlegging", _("Kartleggingsområde"), "survey_areas__slug", _survey_areas, index_field="survey_area_slugs"),
    Facet("forbedring", _("Forbedringsområde"), "pillars__slug", _pillars, index_field="pillar_slugs"),
    # Tags are open-ended: options come from the results themselves.
    Facet("emne", _("Emneord"), "tags__slug", None, index_field="tag_slugs"),
)
FACET_PARAMS = frozenset(f.param for f in FACETS)


@dataclass
class FacetState:
    facet: Facet
    options: list[Option]
    selected_keys: list[str]
    db_values: list[object]
    unknown: list[str] = field(default_factory=list)

    @property
    def param(self) -> str:
        return self.facet.param

    @property
    def label(self) -> str:
        return self.facet.label

    @property
    def selected(self) -> list[Option]:
        return [o for o in self.options if o.selected]

    @property
    def grouped(self) -> list[tuple[str, list[Option]]]:
        groups: dict[str, list[Option]] = {}
        for option in self.options:
            groups.setdefault(option.group, []).append(option)
        return list(groups.items())


def clean_values(params: Mapping, param: str) -> list[str]:
    """The distinct, trimmed values of a parameter, bounded in number and length."""
    getlist = getattr(params, "getlist", None)
    raw = getlist(param) if getlist else [params.get(param, "")]
    values: list[str] = []
    for value in raw[:MAX_VALUES_PER_FACET]:
        value = str(value).strip().lower()
        if value and len(value) <= MAX_VALUE_LENGTH and value not in values:
            values.append(value)
    return values


def read_facets(params: Mapping) -> list[FacetState]:
    """Parse the URL into facet states. Unknown values are set aside, never an error."""
    states = []
    for facet in FACETS:
        wanted = clean_values(params, facet.param)
        if facet.load_options is None:
            keys = [v for v in wanted if SLUG_RE.match(v)]
            unknown = [v for v in wanted if not SLUG_RE.match(v)]
            states.append(FacetState(facet, [], keys, list(keys), unknown))
            continue
        options = facet.load_options()
        db_map = facet.db_map(options)
        keys = [v for v in wanted if v in db_map]
        for option in options:
            option.selected = option.key in keys
        states.append(
            FacetState(facet, options, keys, [db_map[k] for k in keys], [v for v in wanted if v not in db_map])
        )
    return states


def apply_facets(queryset: QuerySet, states: list[FacetState], *, skip: str | None = None) -> QuerySet:
    for state in states:
        if state.param == skip or not state.db_values:
            continue
        matching = ResourcePage.objects.filter(**{f"{state.facet.lookup}__in": state.db_values}).values("pk")
        queryset = queryset.filter(pk__in=matching)
    return queryset


def count_facets(base: QuerySet, states: list[FacetState]) -> None:
    """Fill in each option's count: one grouped query per facet."""
    for state in states:
        lookup = state.facet.lookup
        narrowed = apply_facets(base, states, skip=state.param).order_by()
        if state.facet.load_options is None:
            rows = (
                narrowed.exclude(**{f"{lookup}__isnull": True})
                .values(lookup, "tags__name")
                .annotate(n=Count("pk", distinct=True))
                .order_by("-n", "tags__name")
            )
            state.options = _tag_options(rows, state.selected_keys)
            continue
        counts = {row[lookup]: row["n"] for row in narrowed.values(lookup).annotate(n=Count("pk", distinct=True))}
        db_map = state.facet.db_map(state.options)
        for option in state.options:
            option.count = counts.get(db_map[option.key], 0)


def _tag_options(rows, selected_keys: list[str]) -> list[Option]:
    options = []
    seen = set()
    for row in rows:
        slug = row["tags__slug"]
        if len(options) < TAG_OPTIONS_SHOWN or slug in selected_keys:
            options.append(Option(slug, row["tags__name"], count=row["n"], selected=slug in selected_keys))
            seen.add(slug)
    # A chosen tag that matches nothing still shows, so it can be removed.
    options += [Option(slug, slug, count=0, selected=True) for slug in selected_keys if slug not in seen]
    return options


def querystring_without(params: Mapping, *, param: str, value: str | None = None, drop=("side",)) -> str:
    """The current query string minus one value (or all values) of one parameter."""
    pairs = []
    getlist = getattr(params, "getlist", None)
    for key in params:
        if key in drop:
            continue
        for item in getlist(key) if getlist else [params[key]]:
            if key == param and (value is None or str(item).strip().lower() == value):
                continue
            pairs.append((key, item))
    encoded = urlencode(pairs)
    return f"?{encoded}" if encoded else "?"


# --- facet keys: every facet value of a resource as one string ---------------------------------


def facet_keys_for(page) -> str:
    """The facet values of a resource as "param:key" words, from its (possibly unsaved) relations."""
    band_of = dict(Grade.objects.values_list("slug", "band__slug"))
    grade_slugs = [g.slug for g in page.grades.all()]
    keys = [f"type:{page.resource_type()}"]
    keys += [f"fag:{s.slug}" for s in page.subjects.all()]
    keys += [f"trinnband:{band}" for band in sorted({band_of.get(g) for g in grade_slugs} - {None})]
    keys += [f"trinn:{g}" for g in grade_slugs]
    keys += [f"kartlegging:{a.slug}" for a in page.survey_areas.all()]
    keys += [f"forbedring:{p.slug}" for p in page.pillars.all()]
    keys += [f"emne:{t.slug}" for t in page.tags.all()]
    return " ".join(keys)


def filter_and_count(rows: list[tuple[int, str]], states: list[FacetState]) -> list[int]:
    """Facets over hits in memory: the ids (in the given order) that pass every chosen
    facet, and each option's count as if its own facet were not chosen."""
    chosen = chosen_tokens(states)
    classified = [(pk, keys, failed_facet(keys, chosen)) for pk, keys in rows]
    kept, counts = count_facet_tokens(classified, chosen)
    apply_facet_counts(states, counts)
    return kept


def chosen_tokens(states: list[FacetState]) -> list[tuple[str, list[str]]]:
    """(param, ["param:key", …]) for each facet with a choice, in FACETS order."""
    return [(s.param, [f"{s.param}:{k}" for k in s.selected_keys]) for s in states if s.selected_keys]


def failed_facet(keys: str, chosen: list[tuple[str, list[str]]]) -> int | None:
    """0 if the keys pass every chosen facet, i + 1 if they fail only chosen[i], None if they fail more."""
    tokens = set(keys.split())
    failed = [i for i, (_param, wanted) in enumerate(chosen) if tokens.isdisjoint(wanted)]
    if not failed:
        return 0
    return failed[0] + 1 if len(failed) == 1 else None


def count_facet_tokens(rows, chosen: list[tuple[str, list[str]]]) -> tuple[list[int], Counter]:
    """From (pk, keys, failed_facet, …) rows: the passing ids, in order, and each "param:key"
    token's count over the hits that pass every chosen facet but (perhaps) its own.

    Thousands of hits per request: the keys of each group are joined and split once, so
    Counter counts at C speed rather than key by key."""
    kept = []
    passing_keys: list[str] = []
    failing_keys: list[list[str]] = [[] for _ in chosen]
    for row in rows:
        pk, keys, failed = row[0], row[1], row[2]
        if failed == 0:
            kept.append(pk)
            passing_keys.append(keys)
        elif failed is not None:
            failing_keys[failed - 1].append(keys)
    counts = Counter(" ".join(passing_keys).split())
    for (param, _wanted), group in zip(chosen, failing_keys, strict=True):
        prefix = f"{param}:"
        counts.update({token: n for token, n in Counter(" ".join(group).split()).items() if token.startswith(prefix)})
    return kept, counts


def apply_facet_counts(states: list[FacetState], counts: Mapping[str, int]) -> None:
    """Set each option's count from "param:key" token counts; tag options are the most frequent tags."""
    for state in states:
        prefix = f"{state.param}:"
        own = {token[len(prefix) :]: n for token, n in counts.items() if token.startswith(prefix) and n}
        if state.facet.load_options is None:
            top = sorted(own.items(), key=lambda item: (-item[1], item[0]))[:TAG_OPTIONS_SHOWN]
            shown = {slug for slug, _n in top} | set(state.selected_keys)
            names = dict(Tag.objects.filter(slug__in=shown).values_list("slug", "name")) if shown else {}
            state.options = [
                Option(slug, names.get(slug, slug), count=own.get(slug, 0), selected=slug in state.selected_keys)
                for slug in [*(slug for slug, _n in top), *(k for k in state.selected_keys if k not in dict(top))]
            ]
            continue
        for option in state.options:
            option.count = own.get(option.key, 0)
