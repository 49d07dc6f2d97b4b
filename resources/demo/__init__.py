"""Norwegian demo content for the portal: `python manage.py load_demo` builds it (see build.py)."""
