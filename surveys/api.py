"""GET /api/kartlegging/skole/<orgnr>/?runde=YYYY – one school's results for one round, as JSON:

    {"skole": {"orgnr", "navn"}, "runde", "resultater": [{"trinn", "gruppe", "omrade", "snitt",
     "antall", "skjermet"}]}

The same access rules as the school page, answered in JSON: 401 when not logged in, 403 without
access to the school, 404 for an organisation number that is not nine digits or not a school, 400
for a round that is not a year with results for the school. Without `runde`, the latest round
with results (null, with no results, for a school without any). Suppressed figures are sent as
`"skjermet": true` with `snitt` and `antall` null – the primary and the secondary rule both.
"""

from django.http import JsonResponse
from django.urls import path
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from surveys import access, selectors


def _error(message: str, status: int, **extra) -> JsonResponse:
    return JsonResponse({"melding": message, **extra}, status=status)


@never_cache
@require_GET
def school_results(request, orgnr):
    user = request.user
    if not (user.is_authenticated and user.is_active):
        return _error(_("Logg inn for å se skolens resultater."), 401)
    school = selectors.school_for_orgnr(orgnr)
    if school is None:
        return _error(_("Fant ingen skole med dette organisasjonsnummeret."), 404)
    if not access.can_view_school(user, school):
        return _error(_("Du har ikke tilgang til denne skolens resultater."), 403)
    shown = selectors.school_results(school)
    rounds = sorted({row.round for row in shown})
    asked = request.GET.get("runde")
    if asked is None:
        chosen = rounds[-1] if rounds else None
    else:
        chosen = selectors.parse_round(asked, rounds)
        if chosen is None:
            return _error(_("Ukjent runde. Velg en av rundene skolen har resultater for."), 400, runder=rounds)
    response = JsonResponse(selectors.school_api_payload(school=school, round=chosen, shown=shown))
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


app_name = "surveys_api"
urlpatterns = [path("skole/<str:orgnr>/", school_results, name="school")]
