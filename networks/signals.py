"""Material pages start out private to their network, whoever creates them and however."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from networks.models import NetworkMaterialPage, NetworkPage
from networks.services import restrict_to_members


@receiver(post_save, sender=NetworkMaterialPage)
def restrict_new_material(sender, instance, created, raw=False, **kwargs):
    if not created or raw:
        return
    network = NetworkPage.objects.filter(pk=instance.get_parent().pk).first() if instance.depth else None
    if network is not None:
        restrict_to_members(page=instance, network=network)
