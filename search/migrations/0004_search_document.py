"""A narrow row per indexed resource for faceted search, filled from the index as it stands."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models




# Facet parameter -> column, as in resources/filters.py when this migration was written.
COLUMNS = {
    "type": "resource_type",
    "fag": "subject_slugs",
    "trinnband": "band_slugs",
    "trinn": "grade_slugs",
    "kartlegging": "survey_area_slugs",
    "forbedring": "pillar_slugs",
    "emne": "tag_slugs",
}


def facet_columns(facet_keys):
    values = {column: [] for column in COLUMNS.values()}
    for token in facet_keys.split():
        param, _sep, key = token.partition(":")
        if param in COLUMNS:
            values[COLUMNS[param]].append(key)
    return {column: f" {' '.join(keys)} " if keys else "" for column, keys in values.items()}


def fill_from_index(apps, schema_editor):
    index_entry = apps.get_model("wagtailsearch", "IndexEntry")
    resource_page = apps.get_model("resources", "ResourcePage")
    search_document = apps.get_model("portal_search", "SearchDocument")
    pages = resource_page.objects.values_list("pk", "content_type_id", "facet_keys")
    keys = {(content_type, str(pk)): (pk, facet_keys) for pk, content_type, facet_keys in pages.iterator()}
    rows = []
    for entry_id, content_type, object_id in index_entry.objects.values_list("id", "content_type_id", "object_id"):
        if (content_type, object_id) in keys:
            pk, facet_keys = keys[(content_type, object_id)]
            rows.append(search_document(entry_id=entry_id, page_id=pk, **facet_columns(facet_keys)))
    search_document.objects.bulk_create(rows, batch_size=1000)


class Migration(migrations.Migration):

    dependencies = [
        ('portal_search', '0003_norwegian_text_search_without_stopwords'),
        ('resources', '0004_resourcepage_facet_keys'),
        ('wagtailsearch', '0010_add_text_fields'),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='SearchDocument',
            fields=[
                ('entry_id', models.IntegerField(primary_key=True, serialize=False)),
                ('resource_type', models.CharField(default='', max_length=100)),
                ('subject_slugs', models.TextField(default='')),
                ('band_slugs', models.TextField(default='')),
                ('grade_slugs', models.TextField(default='')),
                ('survey_area_slugs', models.TextField(default='')),
                ('pillar_slugs', models.TextField(default='')),
                ('tag_slugs', models.TextField(default='')),
                ('page', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='+', to=settings.WAGTAIL_PAGE_MODEL)),
            ],
            options={
                'verbose_name': 'søkedokument',
                'verbose_name_plural': 'søkedokumenter',
            },
        ),
        migrations.RunPython(fill_from_index, migrations.RunPython.noop),
    ]
