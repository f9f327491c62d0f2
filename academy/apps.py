from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AcademyConfig(AppConfig):
    name = "academy"
    verbose_name = _("Akademie")

    def ready(self):
        from . import signal_handlers

        signal_handlers.connect()
