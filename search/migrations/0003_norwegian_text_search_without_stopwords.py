"""PostgreSQL: Norwegian stemming without dropping stopwords from the index, so that a
query such as "hva er det" or a stem that equals a stopword still finds something.
Nothing to do on other databases."""

from django.db import migrations

CREATE = """
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_ts_dict WHERE dictname = 'norwegian_stem_nostop') THEN
    CREATE TEXT SEARCH DICTIONARY norwegian_stem_nostop (TEMPLATE = snowball, Language = norwegian);
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'norwegian_nostop') THEN
    CREATE TEXT SEARCH CONFIGURATION norwegian_nostop (COPY = norwegian);
    ALTER TEXT SEARCH CONFIGURATION norwegian_nostop
      ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
      REPLACE norwegian_stem WITH norwegian_stem_nostop;
  END IF;
END $$;
"""
DROP = """
DROP TEXT SEARCH CONFIGURATION IF EXISTS norwegian_nostop;
DROP TEXT SEARCH DICTIONARY IF EXISTS norwegian_stem_nostop;
"""


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [("portal_search", "0002_editors_see_search_insight")]

    operations = [migrations.RunPython(create, drop)]
