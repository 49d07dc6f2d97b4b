from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworksConfig(AppConfig):
    # Professional learning networks arrive with issue #4; the app is
    # registered now so that its migrations start from a known point.
    name = "networks"
    verbose_name = _("Nettverk")
