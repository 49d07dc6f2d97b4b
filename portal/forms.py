"""The admin form every portal page uses."""

from django.core.exceptions import FieldDoesNotExist
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.permissions import policy_registry

from portal.visibility import visible_ids, visible_pages

# The last part of the form keys under which StreamField choosers post an id
# ("material-0-value-document", "steps-0-value-image-image", "featured-0-value-page").
CHOOSER_KEYS = {"document", "image", "page"}
# Choices whose label (__str__) names a related object, fetched with them (resources.SurveyArea:
# «Trivsel (Elever 5.–10. trinn)»).
LABELLED_WITH_RELATED = {"resources.surveyarea": ("respondent_group",)}


class PortalPageForm(WagtailAdminPageForm):
    """Refuses images, documents and page links the user may not choose or see.

    The choosers only offer what the user may choose, but a hand-made request could name
    another network's file and put its title and name on a page, and a rich-text link or a
    page chooser may name any page id: saved or previewed, it would show the user that page's
    address (whose slug is its title). References the page already had (added by an editor,
    say) stay allowed. Preview validates with this form too, so it is refused the same way.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            queryset = getattr(field, "queryset", None)
            if queryset is not None and queryset.model._meta.label_lower in LABELLED_WITH_RELATED:
                # A survey area's box names its respondent group: one query for all, not one per box.
                field.queryset = queryset.select_related(*LABELLED_WITH_RELATED[queryset.model._meta.label_lower])
        user = self.for_user
        if user is None or user.is_superuser:
            return
        # A select of pages («relaterte ressurser») would list every page's title, drafts included:
        # offer only the pages the user may see, and those the page already has.
        for name, field in self.fields.items():
            queryset = getattr(field, "queryset", None)
            if queryset is None or not issubclass(queryset.model, Page):
                continue
            visible = queryset.filter(pk__in=visible_pages(user).values("pk"))
            if self.instance.pk and hasattr(self.instance, name):
                current = getattr(self.instance, name)
                if hasattr(current, "all"):
                    visible = visible | queryset.filter(pk__in=[page.pk for page in current.all()])
                elif current is not None:
                    visible = visible | queryset.filter(pk=current.pk)
            field.queryset = visible.distinct()

    def clean(self):
        cleaned_data = super().clean()
        user = self.for_user
        if user is None or user.is_superuser:
            return cleaned_data
        document_model, image_model = get_document_model(), get_image_model()
        policies = {model: policy_registry.get_by_type(model) for model in (document_model, image_model)}
        wanted = self._references(cleaned_data.items(), policies)
        already = self._references(((name, getattr(self.instance, name, None)) for name in cleaned_data), policies)
        refused: set[str] = set()
        for model, ids in wanted.items():
            new = ids - already.get(model, set())
            if not new:
                continue
            if model is Page:
                found = {str(pk) for pk in visible_ids(user, Page, {int(pk) for pk in new if pk.isdigit()})}
                if new - found:
                    refused |= new - found
                    self.add_error(
                        None,
                        _(
                            "Siden lenker til en side du ikke har tilgang til (et utkast eller en side bare for "
                            "medlemmer). Fjern lenken, eller velg siden på nytt med velgeren."
                        ),
                    )
                continue
            allowed = policies[model].instances_user_has_any_permission_for(user, ["choose"])
            found = {str(pk) for pk in allowed.filter(pk__in=new).values_list("pk", flat=True)}
            if new - found:
                refused |= new - found
                self.add_error(
                    None,
                    _("Siden bruker et bilde eller dokument du ikke har tilgang til. Velg filen på nytt med velgeren."),
                )
        if refused:
            self._forget_choices(refused)
        return cleaned_data

    def _forget_choices(self, refused: set[str]) -> None:
        """The form shown again would have its choosers show the title of each refused id: a
        hand-made request could read another network's file names that way. Empty those choosers.
        (Rich-text links to what the user may not see are shown without URL: portal/wagtail_hooks.py.)"""
        data = self.data.copy()
        for key in list(data.keys()):
            if key.rsplit("-", 1)[-1] not in CHOOSER_KEYS and key not in self._chooser_fields():
                continue
            values = data.getlist(key)
            if any(value in refused for value in values):
                data.setlist(key, ["" if value in refused else value for value in values])
        self.data = data

    def _chooser_fields(self) -> set[str]:
        models = (Page, get_document_model(), get_image_model())
        return {
            name
            for name, field in self.fields.items()
            if getattr(getattr(field, "queryset", None), "model", None) is not None
            and issubclass(field.queryset.model, models)
        }

    def _references(self, items, policies) -> dict:
        """{model: {pk as text}} for the images, documents and pages the given field values name.
        Page links of every page type count as `Page`."""
        found: dict = {}

        def add(model, pk):
            if isinstance(model, type) and issubclass(model, Page):
                model = Page
            if model in policies or model is Page:
                found.setdefault(model, set()).add(str(pk))

        for name, value in items:
            if value is None:
                continue
            try:
                field = self.instance._meta.get_field(name)
            except FieldDoesNotExist:
                continue
            if hasattr(field, "extract_references"):
                for model, pk, _path, _content in field.extract_references(value):
                    add(model, pk)
            elif isinstance(value, Page) or type(value) in policies:
                add(type(value), value.pk)
        return found
