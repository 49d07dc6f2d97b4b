"""The admin menu «Kartlegging», for programme staff and superusers only: importing survey results
(surveys/admin_views.py), and who belongs to which school (memberships) and follows which
municipality (school owners) – the memberships that decide who sees a school's results."""

from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import CreateView, IndexView
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from surveys import admin_views
from surveys.access import is_programme_staff
from surveys.models import SchoolMembership, SchoolOwner

# Before any viewset asks for a policy (Wagtail would make a fallback one from model permissions).
register_permission_policy(SchoolMembership, admin_views.ProgrammeStaffPermissionPolicy(SchoolMembership))
register_permission_policy(SchoolOwner, admin_views.ProgrammeStaffPermissionPolicy(SchoolOwner))


class StaffMenuItem(MenuItem):
    def is_shown(self, request):
        return is_programme_staff(request.user)


class SurveyImportViewSet(ViewSet):
    name = "kartlegging_import"
    url_prefix = "kartlegging/import"
    icon = "upload"
    menu_label = _("Importer resultater")
    menu_item_class = StaffMenuItem

    def get_urlpatterns(self):
        return [
            path("", admin_views.SurveyImportView.as_view(), name="index"),
            path("bekreft/", admin_views.SurveyImportConfirmView.as_view(), name="confirm"),
            path("jobb/<str:job_id>/", admin_views.SurveyImportJobView.as_view(), name="job"),
            path("jobb/<str:job_id>/status/", admin_views.SurveyImportStatusView.as_view(), name="status"),
        ]

    @property
    def menu_url(self):
        return reverse("kartlegging_import:index")


def _person(user) -> str:
    name = user.get_full_name()
    return f"{name} ({user.username})" if name else user.username


class StaffOnlyModelViewSet(ModelViewSet):
    """Memberships and school owners: Django's model permissions play no part (the policy above),
    so none are offered for the groups' settings either."""

    copy_view_enabled = False
    inspect_view_enabled = False
    search_backend_name = None  # plain database search over search_fields (these models are not indexed)

    def get_permissions_to_register(self):
        return Permission.objects.none()


class MembershipIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("user", "school__municipality")


class MembershipCreateView(CreateView):
    def save_instance(self):
        self.form.instance.added_by = self.request.user
        return super().save_instance()


class SchoolMembershipViewSet(StaffOnlyModelViewSet):
    model = SchoolMembership
    name = "kartlegging_medlemskap"
    url_prefix = "kartlegging/medlemskap"
    icon = "group"
    menu_label = _("Medlemskap i skoler")
    index_view_class = MembershipIndexView
    add_view_class = MembershipCreateView
    form_fields = ["user", "school", "role"]
    list_filter = ["role", "school__municipality", "school"]
    search_fields = ["user__username", "user__first_name", "user__last_name", "user__email", "school__name"]
    list_display = [
        Column("user", label=_("Bruker"), accessor=lambda membership: _person(membership.user)),
        Column("school", label=_("Skole"), accessor=lambda membership: membership.school.name),
        Column("municipality", label=_("Kommune"), accessor=lambda membership: membership.school.municipality.name),
        Column("role", label=_("Rolle"), accessor="get_role_display"),
        DateColumn("created_at", label=_("Lagt til")),
    ]


class OwnerIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("user", "municipality")


class SchoolOwnerViewSet(StaffOnlyModelViewSet):
    model = SchoolOwner
    name = "kartlegging_skoleeiere"
    url_prefix = "kartlegging/skoleeiere"
    icon = "user"
    menu_label = _("Skoleeiere")
    index_view_class = OwnerIndexView
    form_fields = ["user", "municipality"]
    list_filter = ["municipality"]
    search_fields = ["user__username", "user__first_name", "user__last_name", "user__email", "municipality__name"]
    list_display = [
        Column("user", label=_("Bruker"), accessor=lambda owner: _person(owner.user)),
        Column("municipality", label=_("Kommune"), accessor=lambda owner: owner.municipality.name),
    ]


class SurveysAdminGroup(ViewSetGroup):
    """Shown only when one of its items is: to programme staff and superusers."""

    menu_label = _("Kartlegging")
    menu_icon = "table"
    menu_name = "kartlegging"
    menu_order = 262
    items = (SurveyImportViewSet, SchoolMembershipViewSet, SchoolOwnerViewSet)


@hooks.register("register_admin_viewset")
def register_surveys_admin():
    return SurveysAdminGroup()
