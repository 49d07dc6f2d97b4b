"""A field for several choices in one column."""

from django import forms
from django.db import models
from django.utils.text import capfirst


class ChoiceListField(models.CharField):
    """Several choices stored as ",laerer,skoleleder," so that `__contains=",laerer,"`
    finds one the same way on SQLite and PostgreSQL (JSONField `contains` does not exist on SQLite)."""

    def __init__(self, *args, item_choices=(), **kwargs):
        self.item_choices = list(item_choices)
        kwargs.setdefault("max_length", 200)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", "")
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["item_choices"] = self.item_choices
        return name, path, args, kwargs

    def from_db_value(self, value, expression, connection):
        return self.to_python(value)

    def to_python(self, value) -> list[str]:
        if not value:
            return []
        if isinstance(value, list | tuple):
            return [str(item) for item in value if item]
        return [item for item in str(value).split(",") if item]

    def get_prep_value(self, value):
        if isinstance(value, str):
            # Already a stored value or a lookup's pattern.
            return value
        items = self.to_python(value)
        return f",{','.join(items)}," if items else ""

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))

    def validate(self, value, model_instance):
        known = {key for key, _label in self.item_choices}
        unknown = [item for item in self.to_python(value) if item not in known]
        if unknown:
            raise forms.ValidationError(self.error_messages["invalid_choice"], params={"value": unknown[0]})
        if not value and not self.blank:
            raise forms.ValidationError(self.error_messages["blank"])

    def run_validators(self, value):
        super().run_validators(self.get_prep_value(value))

    def formfield(self, **kwargs):
        kwargs.pop("max_length", None)
        defaults = {
            "choices": self.item_choices,
            "required": not self.blank,
            "label": capfirst(self.verbose_name),
            "help_text": self.help_text,
            "widget": forms.CheckboxSelectMultiple,
        }
        defaults.update({key: value for key, value in kwargs.items() if key in {"widget", "label", "help_text"}})
        return forms.MultipleChoiceField(**defaults)
