from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Portal")

    def ready(self):
        from axes.signals import user_locked_out

        from portal.security import log_lockout

        user_locked_out.connect(log_lockout, dispatch_uid="portal.log_lockout")

        from portal import page_cache

        page_cache.connect_signals()
