"""The first synonyms (search/data/synonymer.yaml, as it was when this migration was written
and run), and editors may keep them («Synonymer» under Settings)."""

from pathlib import Path

import yaml
from django.db import migrations

DATA = Path(__file__).resolve().parent.parent / "data" / "synonymer.yaml"


def _terms(values) -> str:
    return ", ".join(dict.fromkeys(" ".join(str(v).split()).lower() for v in values if str(v).strip()))


def seed(apps, schema_editor):
    Synonym = apps.get_model("portal_search", "Synonym")
    if Synonym.objects.exists() or not DATA.exists():
        return
    entries = yaml.safe_load(DATA.read_text(encoding="utf-8")) or []
    rows = []
    for entry in entries:
        if "like" in entry:
            rows.append(Synonym(kind="like", terms=_terms(entry["like"])))
        elif "fra" in entry:
            rows.append(Synonym(kind="en_vei", source=" ".join(str(entry["fra"]).split()).lower(), terms=_terms(entry["finner"])))
    Synonym.objects.bulk_create(rows)


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config("portal_search")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    editor = Group.objects.filter(name="Redaktør").first()
    if editor is not None:
        editor.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="portal_search",
                content_type__model="synonym",
                codename__regex=r"^(add|change|delete|view)_",
            )
        )


class Migration(migrations.Migration):
    dependencies = [("portal_search", "0007_synonyms"), ("portal", "0003_roles")]

    operations = [
        migrations.RunPython(seed, migrations.RunPython.noop),
        migrations.RunPython(grant, migrations.RunPython.noop),
    ]
