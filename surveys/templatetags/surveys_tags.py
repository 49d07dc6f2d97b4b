from django import template
from django.utils.formats import number_format
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from surveys import access

register = template.Library()


@register.simple_tag
def may_see_schools(user) -> bool:
    """Whether the menu offers «Mine skoler»: one query, for logged-in users only."""
    if not (user and user.is_authenticated):
        return False
    return access.schools_visible_to(user).filter(orgnr__isnull=False).exists()


def _hidden() -> str:
    # «–» for the eye, the reason for a screen reader; the legend on the page explains the dash.
    return format_html(
        '<span aria-hidden="true">–</span><span class="visually-hidden">{}</span>',
        _("For få svar til å vise resultatet"),
    )


@register.filter
def survey_mean(figure) -> str:
    """A Figure's mean («4,12»), «–» when suppressed, «ingen tall» when there is none.

    A filter rather than an include: the school page shows some thousand figures."""
    if figure is None or figure == "":
        return format_html('<span class="muted">{}</span>', _("ingen tall"))
    if figure.suppressed or figure.mean is None:
        return _hidden()
    return number_format(figure.mean, 2)


@register.filter
def survey_count(figure) -> str:
    """A Figure's number of answers, «–» when suppressed, nothing when there is no figure."""
    if figure is None or figure == "":
        return ""
    if figure.suppressed or figure.respondents is None:
        return _hidden()
    return mark_safe(str(int(figure.respondents)))  # noqa: S308 – an integer
