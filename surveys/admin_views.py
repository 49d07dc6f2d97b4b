"""Kartlegging in the Wagtail admin, for programme staff (the «Ansatt» group) and superusers:
importing survey results (upload → check → «Importer», as background jobs with a progress bar:
surveys/importing/jobs.py), and the permission policy for the schools' memberships and school
owners (their viewsets: surveys/wagtail_hooks.py). Everyone else gets a 403."""

from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.http import Http404, JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import FormView, TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.permission_policies.base import BasePermissionPolicy

from portal import roles
from portal.pagination import paginate
from resources.models import SurveyArea
from surveys import importing
from surveys.access import is_programme_staff
from surveys.importing import jobs
from surveys.models import SurveyImport

MAX_UPLOAD_BYTES = 20 * 1024 * 1024
ALLOWED_SUFFIXES = (".csv", ".xlsx")


# --- Who may ---------------------------------------------------------------------------------------------


class ProgrammeStaffPermissionPolicy(BasePermissionPolicy):
    """Programme staff and superusers may do everything with the model; nobody else anything.
    For memberships and school owners, which decide who sees a school's results."""

    def user_has_permission(self, user, action):
        return is_programme_staff(user)

    def user_has_any_permission(self, user, actions):
        return is_programme_staff(user)

    def users_with_any_permission(self, actions):
        return (
            get_user_model()
            .objects.filter(is_active=True)
            .filter(Q(is_superuser=True) | Q(groups__name=roles.STAFF))
            .distinct()
        )

    def user_has_permission_for_instance(self, user, action, instance):
        return is_programme_staff(user)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return is_programme_staff(user)

    def instances_user_has_any_permission_for(self, user, actions):
        return self.model._default_manager.all() if is_programme_staff(user) else self.model._default_manager.none()


def forbidden(request) -> TemplateResponse:
    # A real 403: Wagtail's admin turns a raised PermissionDenied into a redirect to the dashboard.
    response = TemplateResponse(
        request,
        "surveys/admin/forbidden.html",
        {"page_title": _("Ingen tilgang"), "header_icon": "warning"},
        status=403,
    )
    add_never_cache_headers(response)
    return response


class StaffOnlyMixin:
    def dispatch(self, request, *args, **kwargs):
        if not is_programme_staff(request.user):
            return forbidden(request)
        response = super().dispatch(request, *args, **kwargs)
        add_never_cache_headers(response)
        return response


def job_url(job_id: str) -> str:
    return reverse("kartlegging_import:job", args=[job_id])


# --- The upload form -----------------------------------------------------------------------------------------


class SurveyFileForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Fil med resultater"),
        help_text=gettext_lazy("CSV (semikolon eller komma, UTF-8 eller Windows-1252) eller XLSX, høyst 20 MB."),
        error_messages={
            "required": gettext_lazy("Velg en fil."),
            "empty": gettext_lazy("Filen er tom."),
            "invalid": gettext_lazy("Dette er ikke en fil. Velg en fil og prøv igjen."),
        },
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        name = upload.name or ""
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(
                _("Filen er for stor (%(size)s MB). Største tillatte størrelse er %(max)s MB.")
                % {"size": round(upload.size / 1024 / 1024, 1), "max": MAX_UPLOAD_BYTES // 1024 // 1024}
            )
        if name.lower().endswith(".xls"):
            raise forms.ValidationError(_("Eldre Excel-filer (.xls) kan ikke leses. Lagre filen som XLSX eller CSV."))
        if not name.lower().endswith(ALLOWED_SUFFIXES):
            raise forms.ValidationError(_("Filen må være en CSV-fil (.csv) eller en Excel-fil (.xlsx)."))
        return upload


# --- Views --------------------------------------------------------------------------------------------------


class SurveyImportView(StaffOnlyMixin, WagtailAdminTemplateMixin, FormView):
    """The upload form and the earlier imports."""

    page_title = gettext_lazy("Importer kartleggingsresultater")
    header_icon = "upload"
    template_name = "surveys/admin/import.html"
    form_class = SurveyFileForm

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["areas"] = SurveyArea.objects.select_related("respondent_group")
        imports = SurveyImport.objects.select_related("imported_by")
        context["imports"] = paginate(imports, page_param=self.request.GET.get("side"), per_page=25)
        context["columns"] = importing.COLUMNS
        context["max_errors"] = importing.MAX_LISTED_ERRORS
        return context

    def form_valid(self, form):
        job_id = jobs.start_check(upload=form.cleaned_data["file"], user=self.request.user)
        return redirect(job_url(job_id))


class SurveyImportJobView(StaffOnlyMixin, WagtailAdminTemplateMixin, TemplateView):
    """A job's progress, then its result: the dry run's summary with «Importer», or the import's."""

    header_icon = "upload"
    template_name = "surveys/admin/job.html"

    def dispatch(self, request, *args, **kwargs):
        if is_programme_staff(request.user):
            self.job = jobs.get_job(kwargs["job_id"], request.user)
            if self.job is None:
                raise Http404
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        if self.job["dry_run"]:
            return _("Kontroll av %(file)s") % {"file": self.job["filename"]}
        return _("Import av %(file)s") % {"file": self.job["filename"]}

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("kartlegging_import:index"), "label": _("Importer kartleggingsresultater")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        job = self.job
        report = importing.ImportReport.from_dict(job["report"]) if job["report"] else None
        context.update(
            job=job,
            status=jobs.job_status(job),
            report=report,
            status_url=reverse("kartlegging_import:status", args=[job["id"]]),
            index_url=reverse("kartlegging_import:index"),
        )
        if report is not None and report.survey_import_id:
            context["survey_import"] = (
                SurveyImport.objects.select_related("imported_by").filter(pk=report.survey_import_id).first()
            )
        return context


class SurveyImportStatusView(StaffOnlyMixin, View):
    """The progress as JSON, polled by static/js/survey-import.js."""

    def get(self, request, *args, **kwargs):
        job = jobs.get_job(kwargs["job_id"], request.user)
        if job is None:
            return JsonResponse({"state": "unknown"}, status=404)
        return JsonResponse(jobs.job_status(job))


class SurveyImportConfirmView(StaffOnlyMixin, View):
    """«Importer»: the checked file, named by the signed token from the dry run, is imported."""

    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        job_id = jobs.start_import(token=request.POST.get("token", ""), user=request.user)
        if job_id is None:
            messages.error(
                request,
                _("Filen er allerede importert, eller den ventet for lenge. Last den opp og kontroller den på nytt."),
            )
            return redirect("kartlegging_import:index")
        return redirect(job_url(job_id))
