"""Simple checkbox filters read from the URL, for listings without facet counts (networks,
events). Resources and search use the counted facets in resources/filters.py."""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.utils.translation import gettext_lazy as _

MAX_VALUES = 20  # per filter: a URL with thousands of values gets the first few, not a slow query


@dataclass
class FilterOption:
    key: str
    label: str
    selected: bool


@dataclass
class Filter:
    param: str
    label: str
    options: list[FilterOption]

    @property
    def selected(self) -> list[FilterOption]:
        return [option for option in self.options if option.selected]

    @classmethod
    def of(cls, param: str, label, known: dict[str, str], chosen: list[str]) -> "Filter":
        return cls(param, label, [FilterOption(key, name, key in chosen) for key, name in known.items()])


def unknown_value_notice(label, value: str) -> str:
    return _("Filteret «%(label)s» kjenner ikke verdien «%(value)s», så den er ikke brukt.") % {
        "label": label,
        "value": value[:40],
    }


def read_choices(params, param: str, known: dict, notices: list, label) -> list[str]:
    """The known values of `param`, in order and once each; a notice for each unknown one."""
    values = [value for value in params.getlist(param) if value][:MAX_VALUES]
    notices += [unknown_value_notice(label, value) for value in values if value not in known]
    return list(dict.fromkeys(value for value in values if value in known))


def clear_url(params, *, drop) -> str:
    """The listing's URL without its filters and page numbers, keeping anything else (sort, query)."""
    kept = [(key, value) for key in params if key not in drop for value in params.getlist(key)]
    return f"?{urlencode(kept)}" if kept else "?"
