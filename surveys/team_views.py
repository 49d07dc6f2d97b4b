"""The school's team page (/kartlegging/skole/<orgnr>/laerere/): a school leader adds and removes
the school's teachers. Only its leaders (and superusers) reach it: the school's teachers, its owner
and programme staff get 403, everyone else 404, anonymous visitors the login page."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from surveys import access
from surveys import analysis as service
from surveys import team as team_service
from surveys.forms import TeacherAddForm

ACTION_ADD = "legg-til"
ACTION_REMOVE = "fjern"


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def team(request, orgnr: str):
    school = service.school_by_orgnr(orgnr)
    if not access.can_view_school(request.user, school):
        raise Http404
    if not access.can_manage_teachers(request.user, school):
        return TemplateResponse(request, "surveys/team_no_access.html", {"school": school}, status=403)

    form = TeacherAddForm()
    confirm = None
    if request.method == "POST":
        action = request.POST.get("handling", "")
        if action == ACTION_ADD:
            form = TeacherAddForm(request.POST)
            if form.is_valid():
                try:
                    membership = team_service.teacher_add(
                        school=school, identifier=form.cleaned_data["user"], added_by=request.user
                    )
                except team_service.TeamError as refusal:
                    form.add_error("user", refusal.message)
                else:
                    messages.success(
                        request,
                        _("%(user)s er lagt til som lærer.") % {"user": team_service.display_name(membership.user)},
                    )
                    return redirect("surveys:team", orgnr=school.orgnr)
        elif action == ACTION_REMOVE:
            # Only a POST from the confirmation removes anyone (GET ?fjern= only asks).
            try:
                name = team_service.teacher_remove(
                    school=school, membership_id=request.POST.get("medlem", ""), removed_by=request.user
                )
            except team_service.TeamError as refusal:
                messages.error(request, refusal.message)
            else:
                messages.success(request, _("%(user)s er fjernet fra skolen.") % {"user": name})
            return redirect("surveys:team", orgnr=school.orgnr)
        else:
            messages.error(request, _("Skjemaet kunne ikke leses. Prøv igjen."))
            return redirect("surveys:team", orgnr=school.orgnr)
    elif "fjern" in request.GET:
        try:
            confirm = team_service.removable_teacher(
                school=school, membership_id=request.GET["fjern"][:12], removed_by=request.user
            )
        except team_service.TeamError as refusal:
            messages.error(request, refusal.message)

    context = {
        "school": school,
        "members": team_service.team_members(school),
        "form": form,
        "confirm": confirm,
    }
    return TemplateResponse(request, "surveys/team.html", context)
