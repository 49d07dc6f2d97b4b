"""The analysis's forms, one per step, and the team page's form.

Every choice is checked on the server: the round and grade must be ones the school has results
for, a measure's resource a live, public resource (a forged id of a draft, a restricted page or a
page that is not a resource is refused), a measure one of this analysis's own."""

from django import forms
from django.core.validators import MaxLengthValidator
from django.utils.translation import gettext_lazy as _

from events.forms import AccessibleFormMixin
from portal.security import clean_text
from resources.models import ResourcePage, SurveyArea
from resources.selectors import public_resources
from surveys import analysis as service
from surveys.models import AnalysisMeasure, SchoolAnalysis

TEXT_MAX = 5000
MEASURE_MAX = 2000
MAX_MEASURES = 20


def _textarea(rows: int = 5):
    return forms.Textarea(attrs={"rows": rows, "cols": 60})


class CleanTextMixin:
    """Free text as it may be stored (portal.security.clean_text); textareas keep their lines."""

    def clean(self):
        cleaned = super().clean()
        for name, value in list(cleaned.items()):
            if isinstance(value, str):
                multiline = isinstance(self.fields[name].widget, forms.Textarea)
                cleaned[name] = clean_text(value, multiline=multiline)
        return cleaned


def area_choices() -> list:
    """The survey areas grouped by respondent group, for a <select> with <optgroup>s."""
    groups: dict = {}
    for area in SurveyArea.objects.select_related("respondent_group"):
        groups.setdefault(area.respondent_group.name, []).append((area.pk, area.name))
    return [("", _("Velg område")), *groups.items()]


def grade_label(grade: int | None) -> str:
    return _("Hele skolen") if grade is None else _("%(grade)s. trinn") % {"grade": grade}


class ChallengeForm(AccessibleFormMixin, CleanTextMixin, forms.ModelForm):
    """Step 1: the challenge, chosen from the school's results."""

    area = forms.ModelChoiceField(
        label=_("Kartleggingsområde"),
        queryset=SurveyArea.objects.select_related("respondent_group"),
        error_messages={"invalid_choice": _("Velg et område fra listen.")},
    )
    round = forms.TypedChoiceField(label=_("Runde"), coerce=int)
    grade = forms.TypedChoiceField(
        label=_("Trinn"),
        coerce=int,
        empty_value=None,
        required=False,
        choices=[("", _("Hele skolen"))] + [(n, _("%(grade)s. trinn") % {"grade": n}) for n in range(1, 11)],
        help_text=_("Velg et trinn bare hvis utfordringen gjelder ett trinn og det er nok svar der."),
    )
    title = forms.CharField(
        label=_("Kort navn på utfordringen"),
        max_length=200,
        required=False,
        help_text=_("For eksempel «Relasjon til lærer på mellomtrinnet». Står det tomt, bruker vi områdets navn."),
    )

    class Meta:
        model = SchoolAnalysis
        fields = ["area", "round", "grade", "title"]

    def __init__(self, *args, school, rounds: list[int], **kwargs):
        super().__init__(*args, **kwargs)
        self.school = school
        self.fields["area"].choices = area_choices()
        self.fields["round"].choices = [(r, str(r)) for r in rounds]
        self.fields["round"].error_messages["invalid_choice"] = _("Skolen har ingen resultater fra den runden.")
        self.fields["grade"].error_messages["invalid_choice"] = _("Velg hele skolen eller et trinn fra 1 til 10.")

    def clean(self):
        cleaned = super().clean()
        area, round_, grade = cleaned.get("area"), cleaned.get("round"), cleaned.get("grade")
        if area is None or round_ is None or self.has_error("grade"):
            return cleaned
        if not service.has_result(school=self.school, round=round_, area=area, grade=grade):
            self.add_error(
                "grade" if grade else "area",
                _(
                    "Skolen har ingen resultater for «%(area)s» (%(where)s) i %(round)s. Velg et område, en runde "
                    "og et trinn skolen har resultater for – tabellen under viser dem."
                )
                % {"area": area.name, "where": grade_label(grade).lower(), "round": round_},
            )
        if not cleaned.get("title"):
            cleaned["title"] = f"{area.name} – {grade_label(grade).lower()}, {round_}"[:200]
        return cleaned


class DescribeForm(AccessibleFormMixin, CleanTextMixin, forms.ModelForm):
    """Step 2: the challenge described precisely, and what else the school knows."""

    class Meta:
        model = SchoolAnalysis
        fields = ["description", "other_knowledge"]
        labels = {
            "description": _("Beskriv utfordringen"),
            "other_knowledge": _("Hva annet vet vi?"),
        }
        help_texts = {
            "description": _("Hva viser resultatene, hvor og for hvem? Beskriv det dere ser – ikke årsakene ennå."),
            "other_knowledge": _(
                "Andre data og erfaringer: elevsamtaler, observasjoner, nasjonale prøver, fravær, foreldremøter."
            ),
        }
        widgets = {"description": _textarea(6), "other_knowledge": _textarea(5)}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["description"].required = True
        self.fields["description"].error_messages["required"] = _("Beskriv utfordringen før dere går videre.")
        for field in self.fields.values():
            field.validators.append(MaxLengthValidator(TEXT_MAX))
            field.widget.attrs["maxlength"] = TEXT_MAX


class CausesForm(AccessibleFormMixin, CleanTextMixin, forms.ModelForm):
    """Step 3: what keeps the challenge going, at school, class and pupil level."""

    class Meta:
        model = SchoolAnalysis
        fields = ["causes_school", "causes_class", "causes_pupil"]
        labels = {
            "causes_school": _("På skolenivå"),
            "causes_class": _("På klassenivå"),
            "causes_pupil": _("På elevnivå"),
        }
        help_texts = {
            "causes_school": _("Felles regler og rutiner, ledelse, samarbeid mellom de voksne, skolens kultur."),
            "causes_class": _("Klasseledelse, relasjoner, undervisningen, klassemiljøet, overganger i løpet av dagen."),
            "causes_pupil": _("Elevenes mestring, motivasjon, relasjoner og det de selv sier."),
        }
        widgets = {name: _textarea(5) for name in fields}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.validators.append(MaxLengthValidator(TEXT_MAX))
            field.widget.attrs["maxlength"] = TEXT_MAX

    def clean(self):
        cleaned = super().clean()
        if not any(cleaned.get(name) for name in self.Meta.fields):
            raise forms.ValidationError(_("Skriv hva som holder utfordringen ved like på minst ett av nivåene."))
        return cleaned


class MeasureForm(AccessibleFormMixin, CleanTextMixin, forms.ModelForm):
    """Step 4: one measure and, if the school wants, a resource from the portal."""

    # The queryset decides what is accepted, whatever the <select> offered: set per form in
    # __init__, since public() reads the view restrictions when it is called.
    resource = forms.ModelChoiceField(
        queryset=ResourcePage.objects.none(),
        label=_("Ressurs fra portalen"),
        required=False,
        empty_label=_("Ingen ressurs"),
        error_messages={
            "invalid_choice": _("Velg en publisert ressurs fra listen. Utkast og lukkede sider kan ikke velges.")
        },
    )

    class Meta:
        model = AnalysisMeasure
        fields = ["description", "resource"]
        labels = {"description": _("Tiltak")}
        help_texts = {"description": _("Hva skal dere gjøre? Skriv det så konkret at alle forstår det likt.")}
        widgets = {"description": _textarea(3)}

    def __init__(self, *args, resource_choices=None, resources=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["description"].validators.append(MaxLengthValidator(MEASURE_MAX))
        self.fields["description"].widget.attrs["maxlength"] = MEASURE_MAX
        self.fields["description"].error_messages["required"] = _("Beskriv tiltaket, eller kryss av for å fjerne det.")
        self.fields["resource"].queryset = public_resources() if resources is None else resources
        if resource_choices is not None:
            self.fields["resource"].choices = resource_choices


class BaseMeasureFormSet(forms.BaseInlineFormSet):
    def __init__(self, *args, area=None, **kwargs):
        # Read once for all the forms (public() reads the view restrictions when called).
        self.resources = public_resources()
        self.resource_choices = _resource_choices(area) if area is not None else None
        super().__init__(*args, **kwargs)

    def get_form_kwargs(self, index):
        kwargs = super().get_form_kwargs(index)
        kwargs.update(resource_choices=self.resource_choices, resources=self.resources)
        return kwargs

    def add_fields(self, form, index):
        super().add_fields(form, index)
        if "DELETE" in form.fields:
            form.fields["DELETE"].label = _("Fjern dette tiltaket")


MeasureFormSet = forms.inlineformset_factory(
    SchoolAnalysis,
    AnalysisMeasure,
    form=MeasureForm,
    formset=BaseMeasureFormSet,
    extra=1,
    max_num=MAX_MEASURES,
    validate_max=True,
    can_delete=True,
)


def _resource_choices(area) -> list:
    """The <select>'s options: the area's resources first, then the others (both live and public)."""
    tagged, others = service.measure_resources(area)

    def option(page):
        return (page.pk, f"{page.title} ({page.type_label.lower()})")

    choices = [("", _("Ingen ressurs"))]
    if tagged:
        choices.append((_("Om %(area)s") % {"area": area.name.lower()}, [option(p) for p in tagged]))
    if others:
        choices.append((_("Andre ressurser"), [option(p) for p in others]))
    return choices


class ResponsibilityForm(AccessibleFormMixin, CleanTextMixin, forms.ModelForm):
    """Step 5: who is responsible for a measure, and by when."""

    due_date = forms.DateField(
        label=_("Frist"),
        required=False,
        input_formats=["%Y-%m-%d", "%d.%m.%Y"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": _("Skriv fristen som en dato, for eksempel 15.03.2026.")},
    )

    class Meta:
        model = AnalysisMeasure
        fields = ["responsible", "due_date"]
        labels = {"responsible": _("Ansvarlig")}
        help_texts = {"responsible": _("En person eller et team, for eksempel «Kontaktlærerne på 6. trinn».")}

    def clean_due_date(self):
        value = self.cleaned_data.get("due_date")
        if value is not None and not 2000 <= value.year <= 2100:
            raise forms.ValidationError(_("Fristen må være en dato mellom år 2000 og 2100."))
        return value


# edit_only: a forged extra form in the POST may not create a measure here (that is step 4's job).
ResponsibilityFormSet = forms.modelformset_factory(
    AnalysisMeasure, form=ResponsibilityForm, extra=0, edit_only=True, max_num=MAX_MEASURES
)


class EvaluationForm(AccessibleFormMixin, CleanTextMixin, forms.ModelForm):
    """Step 6: the evaluation against a later round."""

    evaluated_round = forms.TypedChoiceField(
        label=_("Evaluert mot runde"), coerce=int, empty_value=None, required=False
    )

    class Meta:
        model = SchoolAnalysis
        fields = ["evaluated_round", "evaluation"]
        labels = {"evaluation": _("Evaluering")}
        help_texts = {
            "evaluation": _("Ble det bedre? Hva virket, hva må justeres, og hva tar dere med inn i neste analyse?")
        }
        widgets = {"evaluation": _textarea(6)}

    def __init__(self, *args, rounds: list[int], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["evaluated_round"].choices = [("", _("Ingen ny runde ennå"))] + [(r, str(r)) for r in rounds]
        self.fields["evaluated_round"].error_messages["invalid_choice"] = _(
            "Velg en runde etter analysens egen som skolen har resultater for."
        )
        self.fields["evaluation"].validators.append(MaxLengthValidator(TEXT_MAX))
        self.fields["evaluation"].widget.attrs["maxlength"] = TEXT_MAX


STEP_FORMS = {
    SchoolAnalysis.Step.DESCRIBE: DescribeForm,
    SchoolAnalysis.Step.CAUSES: CausesForm,
}


class TeacherAddForm(AccessibleFormMixin, forms.Form):
    """The team page: a teacher to add, by username or e-mail address."""

    user = forms.CharField(
        label=_("Brukernavn eller e-postadresse"),
        max_length=254,
        help_text=_("Læreren må ha en bruker i portalen fra før."),
        error_messages={"required": _("Skriv brukernavnet eller e-postadressen til læreren.")},
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )

    def clean_user(self):
        return clean_text(self.cleaned_data["user"])
