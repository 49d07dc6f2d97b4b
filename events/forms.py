"""The registration form on an event page: the fixed questions plus the event's own."""

from django import forms
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.forms import FormBuilder

from events.models import EventPage, Role
from networks.models import School

EXTRA_PREFIX = "extra_"


class AccessibleFormMixin:
    """Errors linked to their fields (aria-describedby, aria-invalid) and an error summary in the template."""

    def full_clean(self):
        super().full_clean()
        for name in self.errors:
            if name not in self.fields:
                continue
            widget = self.fields[name].widget
            if widget.use_fieldset:
                # Radio and checkbox groups: the template links the errors on the fieldset instead.
                continue
            bound = self[name]
            described = [f"{bound.auto_id}_error"]
            if self.fields[name].help_text:
                described.append(f"{bound.auto_id}_helptext")
            widget.attrs["aria-describedby"] = " ".join(described)
            widget.attrs["aria-invalid"] = "true"


class RegistrationForm(AccessibleFormMixin, forms.Form):
    name = forms.CharField(label=_("Navn"), max_length=150, widget=forms.TextInput(attrs={"autocomplete": "name"}))
    email = forms.EmailField(
        label=_("E-post"),
        help_text=_("Hit sender vi bekreftelsen og lenken for å melde deg av."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    school = forms.ModelChoiceField(
        label=_("Skole"),
        queryset=School.objects.select_related("municipality").order_by("municipality__name", "name"),
        required=False,
        empty_label=_("Velg skole"),
        help_text=_("Finner du ikke skolen din, skriv arbeidsstedet i feltet under."),
    )
    workplace = forms.CharField(label=_("Annet arbeidssted"), max_length=200, required=False)
    role = forms.ChoiceField(label=_("Rolle"), choices=Role.choices, widget=forms.RadioSelect)
    dietary_needs = forms.CharField(
        label=_("Allergier og matbehov"),
        max_length=300,
        required=False,
        help_text=_("Valgfritt. Brukes bare til å bestille mat."),
    )

    def __init__(self, *args, event: EventPage, **kwargs):
        super().__init__(*args, **kwargs)
        self.event = event
        self.extra_labels: dict[str, str] = {}
        questions = list(event.form_fields.all())
        for name, field in FormBuilder(questions).formfields.items():
            self.fields[EXTRA_PREFIX + name] = field
            self.extra_labels[EXTRA_PREFIX + name] = str(field.label)

    @property
    def extra_fields(self):
        return [self[name] for name in self.extra_labels]

    @property
    def fixed_fields(self):
        return [self[name] for name in self.fields if name not in self.extra_labels]

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("school") and not cleaned.get("workplace", "").strip() and "workplace" not in self.errors:
            self.add_error("workplace", _("Velg skolen din, eller skriv inn hvor du jobber."))
        return cleaned

    def registration_data(self) -> dict:
        """Keyword arguments for services.registration_create."""
        data = self.cleaned_data
        answers = [
            {"name": name.removeprefix(EXTRA_PREFIX), "label": label, "value": _json_value(data.get(name))}
            for name, label in self.extra_labels.items()
        ]
        return {
            "name": data["name"],
            "email": data["email"],
            "school": data.get("school"),
            "workplace": data.get("workplace", ""),
            "role": data["role"],
            "dietary_needs": data.get("dietary_needs", ""),
            "answers": answers,
        }


def _json_value(value):
    """Dates, decimals and the like as the text JSON keeps them."""
    if value is None:
        return ""
    if isinstance(value, str | bool | int | list):
        return value
    return DjangoJSONEncoder().default(value)


# --- Admin ---------------------------------------------------------------------------------------


class RegistrantsMessageForm(forms.Form):
    """Staff's message to everyone registered for an event (events/admin_views.py)."""

    RECIPIENTS_CONFIRMED = "confirmed"
    RECIPIENTS_ALL = "all"

    subject = forms.CharField(label=_("Emne"), max_length=200)
    message = forms.CharField(label=_("Melding"), max_length=10000, widget=forms.Textarea(attrs={"rows": 12}))
    recipients = forms.ChoiceField(
        label=_("Send til"),
        choices=[
            (RECIPIENTS_CONFIRMED, _("Bare de som har fått plass")),
            (RECIPIENTS_ALL, _("De som har fått plass og de på ventelisten")),
        ],
        initial=RECIPIENTS_CONFIRMED,
        widget=forms.RadioSelect,
    )

    def clean_subject(self):
        subject = self.cleaned_data["subject"]
        # An email header is one line; Django would refuse the message later anyway.
        if "\n" in subject or "\r" in subject:
            raise forms.ValidationError(_("Emnet må stå på én linje."))
        return subject
