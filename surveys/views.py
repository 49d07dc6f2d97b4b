"""The members' pages of Kartlegging: the user's schools, one school's results and the staff's
county overview. Thin: access from surveys/access.py, figures from the selectors.

Anonymous visitors are sent to the login page. A logged-in user without access to a school gets
403 (the school and its organisation number are public knowledge; its results are not), an
organisation number that is not nine digits or not a school gets 404. Every response is private
and never stored (Cache-Control: no-store) and asks search engines not to index it.
"""

import csv
from functools import wraps

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache

from surveys import access, selectors
from surveys.overview import county_overview, csv_filename, csv_rows


def private(view):
    """Never cached, never indexed, and for logged-in users only."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response

    return never_cache(login_required(wrapper))


def _no_access(request, *, school=None):
    return render(request, "surveys/no_access.html", {"school": school}, status=403)


@private
def my_schools(request):
    schools = list(
        access.schools_visible_to(request.user)
        .filter(orgnr__isnull=False)
        .select_related("municipality")
        .order_by("municipality__name", "name")
    )
    if len(schools) == 1:
        return redirect("surveys:school", orgnr=schools[0].orgnr)
    return render(request, "surveys/my_schools.html", {"schools": schools})


@private
def school(request, orgnr):
    found = selectors.school_for_orgnr(orgnr)
    if found is None:
        raise Http404
    if not access.can_view_school(request.user, found):
        return _no_access(request, school=found)
    page = selectors.school_page(school=found, round_param=request.GET.get("runde"), request=request)
    return render(
        request,
        "surveys/school.html",
        {
            "report": page,
            "can_start_analysis": access.can_work_on_analysis(request.user, found),
            "can_manage_teachers": access.can_manage_teachers(request.user, found),
        },
    )


@private
def overview(request):
    if not access.is_programme_staff(request.user):
        return _no_access(request)
    data = county_overview(params=request.GET)
    if request.GET.get("format") == "csv":
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{csv_filename(data)}"'
        # The BOM makes Excel read the file as UTF-8 (æ, ø, å); Norwegian Excel expects «;».
        response.write("\ufeff")
        csv.writer(response, delimiter=";").writerows(csv_rows(data))
        return response
    return render(request, "surveys/overview.html", {"overview": data})
