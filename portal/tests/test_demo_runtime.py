"""`load_demo` runs on an installation with only requirements.txt (`make run`): the demo loader and
every module it uses must import without factory_boy, which is a development requirement."""

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]

# The command, the demo modules and the runtime helpers they build on.
RUNTIME_MODULES = [
    "portal.management.commands.load_demo",
    "portal.demo_support",
    "resources.demo_support",
    "networks.demo_support",
    "events.demo_support",
    "news.demo_support",
    "networks.demo",
    "events.demo",
    "news.demo",
    "networks.management.commands.create_network",
]

SCRIPT = textwrap.dedent(
    """
    import importlib, pkgutil, sys

    sys.modules["factory"] = None  # importing factory_boy now raises ImportError, as without it installed
    import django

    django.setup()

    try:
        import factory  # noqa: F401
    except ImportError:
        pass
    else:
        sys.exit("factory_boy could still be imported: the check proves nothing")

    import resources.demo

    modules = sys.argv[1:] + [
        f"resources.demo.{info.name}" for info in pkgutil.iter_modules(resources.demo.__path__)
    ]
    for name in modules:
        importlib.import_module(name)
    print("imported", len(modules), "modules")
    """
)


def test_the_demo_loader_imports_without_factory_boy():
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": settings.SETTINGS_MODULE}
    result = subprocess.run(  # noqa: S603 – our own interpreter and script
        [sys.executable, "-c", SCRIPT, *RUNTIME_MODULES],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "imported" in result.stdout
