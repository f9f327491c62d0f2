"""Model fields the base layer adds to Django's."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _


class MultipleChoiceField(models.CharField):
    """Several values of a fixed list, stored as ",a,b," so `contains=",a,"` finds them.

    Works the same on SQLite and PostgreSQL (no ArrayField, no JSON lookups) and keeps the
    values readable in revisions and exports. The Python value is a list of strings in the
    order of the choices.
    """

    description = _("Mehrfachauswahl")

    def __init__(self, *args, choices_list=(), **kwargs):
        self.choices_list = list(choices_list)
        kwargs.setdefault("max_length", 200)
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["choices_list"] = self.choices_list
        if kwargs.get("default") is list:
            del kwargs["default"]
        return name, path, args, kwargs

    def from_db_value(self, value, expression, connection):
        return self.to_python(value)

    def to_python(self, value):
        if value is None or value == "":
            return []
        if isinstance(value, str):
            return [item for item in value.split(",") if item]
        return list(value)

    def get_prep_value(self, value):
        values = self.to_python(value)
        order = [key for key, _label in self.choices_list]
        values = sorted(set(values), key=lambda item: order.index(item) if item in order else 99)
        return f",{','.join(values)}," if values else ""

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))

    def validate(self, value, model_instance):
        if not self.editable:
            return
        allowed = {key for key, _label in self.choices_list}
        unknown = [item for item in value if item not in allowed]
        if unknown:
            raise ValidationError(
                _("Diese Auswahl gibt es nicht: %(values)s.") % {"values": ", ".join(unknown)},
                code="invalid_choice",
            )
        if not value and not self.blank:
            raise ValidationError(self.error_messages["blank"], code="blank")

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=self.choices_list,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple,
            **{key: value for key, value in kwargs.items() if key == "initial"},
        )
