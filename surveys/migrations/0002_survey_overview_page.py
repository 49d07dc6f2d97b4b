"""The public Kartlegging page at /kartlegging/ (SurveyOverviewPage) and the page itself under the
home page, so a fresh install shows what the programme measures from the start."""

import json

import django.db.models.deletion
import wagtail.fields
from django.conf import settings
from django.db import migrations, models

from portal.tree import add_index_page

BODY = [
    {
        "type": "paragraph",
        "value": (
            "<p>Skoleledere og lærere får resultatene for sin egen skole og sine trinn kort tid etter "
            "kartleggingen. De går fra tall til praksis i seks steg:</p>"
            "<ol><li>velger en utfordring ut fra resultatene,</li>"
            "<li>beskriver den presist og noterer hva de ellers vet,</li>"
            "<li>analyserer hva som holder den ved like på skole-, klasse- og elevnivå,</li>"
            "<li>velger tiltak, gjerne med ressurser fra portalen,</li>"
            "<li>bestemmer hvem som gjør hva og når,</li>"
            "<li>evaluerer mot neste kartlegging.</li></ol>"
        ),
    }
]


def create_page(apps, schema_editor):
    add_index_page(
        apps,
        model="surveys.SurveyOverviewPage",
        title="Kartlegging",
        slug="kartlegging",
        intro=(
            "Elever, lærere, foreldre og skoleledere svarer på spørreundersøkelser om læringsmiljø og "
            "undervisning. Her ser du hva som måles, og fylkets resultater for hver runde."
        ),
        body=json.dumps(BODY),
    )


class Migration(migrations.Migration):

    dependencies = [
        ('surveys', '0001_initial'),
        ('portal', '0003_roles'),
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        migrations.CreateModel(
            name='SurveyOverviewPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                ('intro', models.TextField(blank=True, verbose_name='ingress')),
                ('body', wagtail.fields.StreamField([('heading', 0), ('paragraph', 1), ('figure', 4), ('quote', 7), ('callout', 10), ('attachment', 14)], blank=True, block_lookup={0: ('portal.blocks.HeadingBlock', (), {}), 1: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link', 'document-link', 'ol', 'ul', 'h3', 'h4'], 'icon': 'pilcrow', 'label': 'Avsnitt', 'template': 'blocks/paragraph.html'}), 2: ('wagtail.images.blocks.ImageBlock', [], {'label': 'bilde'}), 3: ('wagtail.blocks.CharBlock', (), {'label': 'bildetekst', 'max_length': 255, 'required': False}), 4: ('wagtail.blocks.StructBlock', [[('image', 2), ('caption', 3)]], {}), 5: ('wagtail.blocks.TextBlock', (), {'label': 'sitat'}), 6: ('wagtail.blocks.CharBlock', (), {'label': 'kilde', 'required': False}), 7: ('wagtail.blocks.StructBlock', [[('text', 5), ('source', 6)]], {}), 8: ('wagtail.blocks.CharBlock', (), {'label': 'tittel', 'required': False}), 9: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link', 'document-link', 'ol', 'ul', 'h3', 'h4'], 'label': 'tekst'}), 10: ('wagtail.blocks.StructBlock', [[('title', 8), ('text', 9)]], {}), 11: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'dokument'}), 12: ('wagtail.blocks.CharBlock', (), {'help_text': 'Valgfritt. Ellers brukes dokumentets tittel.', 'label': 'visningsnavn', 'required': False}), 13: ('wagtail.blocks.CharBlock', (), {'label': 'beskrivelse', 'max_length': 255, 'required': False}), 14: ('wagtail.blocks.StructBlock', [[('document', 11), ('title', 12), ('description', 13)]], {})}, help_text='Vises under fylkets resultater: hvordan skolene analyserer og bruker resultatene sine.', verbose_name='slik arbeider skolene med resultatene')),
            ],
            options={
                'verbose_name': 'kartleggingsside',
            },
            bases=('wagtailcore.page',),
        ),
        migrations.RunPython(create_page, migrations.RunPython.noop),
    ]
