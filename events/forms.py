"""The registration form on an event page: the fixed questions plus the event's own."""

from django import forms
from django.core.serializers.json import DjangoJSONEncoder
from django.core.validators import MaxLengthValidator
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.forms import FormBuilder

from events.models import EventPage, Role
from networks.models import School
from portal.security import clean_text

EXTRA_PREFIX = "extra_"
HONEYPOT = "nettsted"
EMAIL_LOCAL_PART_MAX = 64  # RFC 5321: mail servers need not accept a longer local part
MULTILINE_ANSWER_MAX = 2000


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
        max_length=254,
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

    # A trap for scripts that fill in every field: hidden from sight, from screen readers and from
    # the keyboard (the template wraps it in aria-hidden), and named like something a form might ask.
    nettsted = forms.CharField(
        label=_("La dette feltet stå tomt"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def __init__(self, *args, event: EventPage, **kwargs):
        super().__init__(*args, **kwargs)
        self.event = event
        self.extra_labels: dict[str, str] = {}
        self.multiline: set[str] = set()
        questions = list(event.form_fields.all())
        for name, field in FormBuilder(questions).formfields.items():
            if isinstance(field, forms.CharField) and isinstance(field.widget, forms.Textarea):
                self.multiline.add(EXTRA_PREFIX + name)
                if field.max_length is None:
                    field.max_length = MULTILINE_ANSWER_MAX
                    field.validators.append(MaxLengthValidator(MULTILINE_ANSWER_MAX))
                    field.widget.attrs["maxlength"] = str(MULTILINE_ANSWER_MAX)
            self.fields[EXTRA_PREFIX + name] = field
            self.extra_labels[EXTRA_PREFIX + name] = str(field.label)

    @property
    def extra_fields(self):
        return [self[name] for name in self.extra_labels]

    @property
    def fixed_fields(self):
        return [self[name] for name in self.fields if name not in self.extra_labels and name != HONEYPOT]

    @property
    def honeypot(self):
        return self[HONEYPOT]

    @property
    def is_spam(self) -> bool:
        """The hidden field was filled in: no person did that."""
        return bool((self.data.get(self.add_prefix(HONEYPOT)) or "").strip())

    def _clean_required_text(self, name: str) -> str:
        # Control and bidi-override characters go before the value is checked, so a name of
        # nothing else is as empty as it looks.
        value = clean_text(self.cleaned_data.get(name) or "")
        if not value and self.fields[name].required:
            raise forms.ValidationError(self.fields[name].error_messages["required"], code="required")
        return value

    def clean_name(self):
        return self._clean_required_text("name")

    def clean_workplace(self):
        return self._clean_required_text("workplace")

    def clean_dietary_needs(self):
        return self._clean_required_text("dietary_needs")

    def clean_email(self):
        email = self.cleaned_data["email"]
        local_part = email.rpartition("@")[0]
        if len(local_part) > EMAIL_LOCAL_PART_MAX:
            raise forms.ValidationError(
                _("Delen foran @ i e-postadressen kan ikke være lenger enn %(max)s tegn. Sjekk adressen."),
                code="local_part_too_long",
                params={"max": EMAIL_LOCAL_PART_MAX},
            )
        return email

    def clean(self):
        cleaned = super().clean()
        for name in self.extra_labels:
            value = cleaned.get(name)
            if isinstance(value, str):
                cleaned[name] = clean_text(value, multiline=name in self.multiline)
                if value and not cleaned[name] and self.fields[name].required:
                    self.add_error(name, forms.ValidationError(self.fields[name].error_messages["required"]))
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
