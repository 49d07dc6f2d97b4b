"""The demo's data files (demo/) and their loader, portal/demo_data.py: a valid file loads, and every
kind of mistake is reported with its file and line. No database: the taxonomy is given."""

import shutil
import textwrap
from pathlib import Path

import pytest

from portal.demo_data import DEMO_DIR, DemoDataError, Taxonomy, load, load_users, rich, stream

TAXONOMY = Taxonomy(
    subjects={"matematikk", "norsk"},
    survey_areas={"elever-5-10-undervisning"},
    pillars={"tydelige-laeringsmal-og-forskningsinformert-pedagogisk-praksis"},
    bands={"1-4", "5-7", "8-10"},
    municipalities={"hamar", "elverum"},
    material_formats={"oppgaveark", "dokument"},
    groups={"Redaktør"},
)

LESSON = """\
---
title: Brøk med pizza
summary: Elevene deler pizzaer.
subjects: [matematikk]
grades: [5, 6]
survey_areas: [elever-5-10-undervisning]
tags: [brøk]
author: Kari Nordmann
related: [annen-brok]
duration: 45
aims:
- code: MAT01-05
  text: utforske brøker
vocabulary:
- term: nevner
  definition: Tallet under brøkstreken.
---

# Læringsmål

- Jeg kan dele en helhet i like store deler.
- Jeg kan si hva **nevneren** forteller.

# Gjennomføring

## Felles start (10 min, helklasse)

Vis en pizza delt i fire.

## Arbeid i par (30 min, par)

Parene deler sine egne pizzaer.

# Vurdering

Exit-lapp: hvilken er størst, 1/3 eller 1/4?
"""

OTHER = LESSON.replace("related: [annen-brok]\n", "").replace("Brøk med pizza", "Annen brøk")


def _write(root: Path, relative: str, text: str) -> Path:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


@pytest.fixture
def root(tmp_path):
    demo = tmp_path / "demo"
    _write(demo, "ressurser/undervisningsopplegg/brok-med-pizza.md", LESSON)
    _write(demo, "ressurser/undervisningsopplegg/annen-brok.md", OTHER)
    return demo


def _problems(root: Path) -> list[str]:
    with pytest.raises(DemoDataError) as error:
        load(root, taxonomy=TAXONOMY)
    return error.value.problems


def test_a_valid_lesson_plan_loads(root):
    data = load(root, taxonomy=TAXONOMY)
    lesson = next(item for item in data.resources if item.slug == "brok-med-pizza")
    assert lesson.title == "Brøk med pizza"
    assert lesson.grades == [5, 6] and lesson.subjects == ["matematikk"]
    assert lesson.goals[1] == "Jeg kan si hva **nevneren** forteller."
    assert lesson.steps[0] == ("Felles start", 10, "helklasse", "Vis en pizza delt i fire.")
    assert lesson.aims == [("MAT01-05", "utforske brøker")]
    assert lesson.vocabulary == [("nevner", "Tallet under brøkstreken.")]
    assert lesson.assessment.startswith("Exit-lapp")
    assert lesson.related == ["annen-brok"]


def test_unknown_subject_names_file_and_line(root):
    path = root / "ressurser/undervisningsopplegg/brok-med-pizza.md"
    path.write_text(LESSON.replace("subjects: [matematikk]", "subjects: [matte]"), encoding="utf-8")
    assert _problems(root) == [
        "demo/ressurser/undervisningsopplegg/brok-med-pizza.md:4: ukjent fag «matte» (kjente: matematikk, norsk)"
    ]


def test_unknown_survey_area_in_a_block_list_names_its_line(root):
    text = LESSON.replace(
        "survey_areas: [elever-5-10-undervisning]", "survey_areas:\n- elever-5-10-undervisning\n- trivsel"
    )
    (root / "ressurser/undervisningsopplegg/brok-med-pizza.md").write_text(text, encoding="utf-8")
    (problem,) = _problems(root)
    assert problem.startswith(
        "demo/ressurser/undervisningsopplegg/brok-med-pizza.md:8: ukjent kartleggingsområde «trivsel»"
    )


def test_missing_required_field_and_wrong_type(root):
    text = LESSON.replace("author: Kari Nordmann\n", "").replace("duration: 45", "duration: lang")
    (root / "ressurser/undervisningsopplegg/brok-med-pizza.md").write_text(text, encoding="utf-8")
    problems = _problems(root)
    assert "demo/ressurser/undervisningsopplegg/brok-med-pizza.md:2: mangler «author»" in problems
    assert (
        "demo/ressurser/undervisningsopplegg/brok-med-pizza.md:9: «duration» skal være et heltall, ikke «lang»"
        in problems
    )


def test_a_misspelt_field_is_reported(root):
    text = LESSON.replace("tags: [brøk]", "tagger: [brøk]")
    (root / "ressurser/undervisningsopplegg/brok-med-pizza.md").write_text(text, encoding="utf-8")
    (problem,) = _problems(root)
    assert problem.startswith("demo/ressurser/undervisningsopplegg/brok-med-pizza.md:7: ukjent felt «tagger»")


def test_body_mistakes_name_their_line(root):
    text = LESSON.replace("## Arbeid i par (30 min, par)", "## Arbeid i par (30 min, parvis)").replace(
        "# Vurdering", "# Vurderingen"
    )
    (root / "ressurser/undervisningsopplegg/brok-med-pizza.md").write_text(text, encoding="utf-8")
    problems = _problems(root)
    assert any(
        p.startswith("demo/ressurser/undervisningsopplegg/brok-med-pizza.md:30: ukjent organisering «parvis»")
        for p in problems
    )
    assert any(
        p.startswith("demo/ressurser/undervisningsopplegg/brok-med-pizza.md:34: ukjent overskrift «Vurderingen»")
        for p in problems
    )


def test_steps_longer_than_the_lesson(root):
    text = LESSON.replace("duration: 45", "duration: 30")
    (root / "ressurser/undervisningsopplegg/brok-med-pizza.md").write_text(text, encoding="utf-8")
    assert _problems(root) == [
        "demo/ressurser/undervisningsopplegg/brok-med-pizza.md:24: trinnene tar 40 min, mer enn varigheten 30 min"
    ]


def test_yaml_syntax_error_names_its_line(root):
    text = LESSON.replace("grades: [5, 6]", "grades: [5, 6")
    (root / "ressurser/undervisningsopplegg/brok-med-pizza.md").write_text(text, encoding="utf-8")
    (problem,) = _problems(root)
    assert problem.startswith("demo/ressurser/undervisningsopplegg/brok-med-pizza.md:") and "YAML-feil" in problem


def test_duplicate_slug_across_folders(root):
    _write(root, "ressurser/forskning/annen-brok.md", OTHER)
    problems = _problems(root)
    assert (
        "demo/ressurser/forskning/annen-brok.md:1: ressursen «annen-brok» finnes fra før "
        "(demo/ressurser/undervisningsopplegg/annen-brok.md:1)" in problems
    ), problems


def test_a_reference_to_a_missing_resource(root):
    (root / "ressurser/undervisningsopplegg/annen-brok.md").unlink()
    assert _problems(root) == [
        "demo/ressurser/undervisningsopplegg/brok-med-pizza.md:9: relatert ressurs «annen-brok» finnes ikke"
    ]


def test_a_reference_to_a_missing_user_and_speaker(root):
    _write(root, "brukere.yaml", "- {username: laerer, password: x, first_name: L, last_name: L, role: Lærer}\n")
    _write(
        root,
        "nettverk/matte/index.md",
        """\
        ---
        title: Matte
        summary: Et nettverk.
        subjects: [matematikk]
        bands: [5-7]
        schools:
        - {name: Hamar skole, municipality: hamar}
        contact: {name: Geir, email: geir@example.no}
        leaders: [gruppeleder]
        ---

        Formålet.
        """,
    )
    _write(root, "arrangementer/foredragsholdere.yaml", "- {name: Ingrid Haugen, title: Professor}\n")
    _write(
        root,
        "arrangementer/seminar.md",
        """\
        ---
        title: Seminar
        kind: seminar
        summary: Et seminar.
        days: 10
        start: 09:00
        end: 10:30
        programme:
        - {start: 09:00, end: 10:30, title: Innledning, speakers: [Nils Aasen]}
        ---
        """,
    )
    problems = _problems(root)
    assert "demo/nettverk/matte/index.md:9: brukeren «gruppeleder» finnes ikke i demo/brukere.yaml" in problems
    assert (
        "demo/arrangementer/seminar.md:9: foredragsholderen «Nils Aasen» finnes ikke i "
        "demo/arrangementer/foredragsholdere.yaml" in problems
    )


def test_a_file_name_that_is_no_slug(root):
    _write(root, "nyheter/Ny nyhet.md", "---\ntitle: Nyhet\ndays_ago: 2\nsummary: Kort.\n---\n\nTekst.\n")
    assert _problems(root) == [
        "demo/nyheter/Ny nyhet.md:1: filnavnet «Ny nyhet» er ikke en gyldig adresse "
        "(små bokstaver a–z, tall og bindestrek)"
    ]


def test_times_need_no_quotes(root):
    _write(
        root,
        "arrangementer/webinar.md",
        "---\ntitle: W\nkind: webinar\nsummary: S.\ndays: 3\nstart: 14:00\nend: 15:30\n---\n",
    )
    (event,) = load(root, taxonomy=TAXONOMY).events
    assert (event.start, event.end) == ("14:00", "15:30")


def test_an_event_names_its_survey_areas_and_an_unknown_one_names_file_and_line(root):
    event = "---\ntitle: W\nkind: webinar\nsummary: S.\ndays: 3\nstart: 14:00\nend: 15:30\n{areas}---\n"
    _write(root, "arrangementer/webinar.md", event.format(areas="survey_areas: [elever-5-10-undervisning]\n"))
    (loaded,) = load(root, taxonomy=TAXONOMY).events
    assert loaded.survey_areas == ["elever-5-10-undervisning"]

    areas = "survey_areas:\n- elever-5-10-undervisning\n- trivsel\n"
    _write(root, "arrangementer/webinar.md", event.format(areas=areas))
    (problem,) = _problems(root)
    assert problem.startswith("demo/arrangementer/webinar.md:10: ukjent kartleggingsområde «trivsel» (kjente: ")


def test_markdown_subset():
    assert rich("Et **fett** og *kursivt* ord med [lenke](https://udir.no).") == (
        '<p>Et <b>fett</b> og <i>kursivt</i> ord med <a href="https://udir.no">lenke</a>.</p>'
    )
    assert rich("- a\n- b") == "<ul><li>a</li><li>b</li></ul>"
    assert rich("1. a\n2. b") == "<ol><li>a</li><li>b</li></ol>"
    assert [block["type"] for block in stream("## Tittel\n\nTekst.\n\n[!Husk] Dette.")] == [
        "heading",
        "paragraph",
        "callout",
    ]


def test_the_real_demo_folder_loads_without_mistakes(db):
    data = load()
    assert len(data.resources) >= 70 and len(data.networks) == 4 and len(data.events) == 4
    assert {user.username for user in load_users()} == {
        "laerer",
        "gruppeleder",
        "redaktor",
        "ansatt",
        "skoleleder",
        "skoleeier",
    }
    # Every demo event works on survey areas, so the school page's «Fra data til praksis» shows it.
    assert all(event.survey_areas for event in data.events)
    by_slug = {event.slug: event.survey_areas for event in data.events}
    assert {"elever-5-10-relasjon-til-laerer", "elever-5-10-atferd"} <= set(by_slug["seminar-klasseledelse-host"])
    assert "elever-5-10-undervisning" in by_slug["seminar-vurdering-matematikk"]
    assert len(by_slug["konferanse-laeringskultur"]) >= 3


def test_a_copy_of_the_demo_with_one_mistake_names_it(tmp_path, db):
    copy = tmp_path / "demo"
    shutil.copytree(DEMO_DIR, copy)
    path = copy / "ressurser/undervisningsopplegg/brok-med-pizzamodeller.md"
    lines = path.read_text(encoding="utf-8").splitlines()
    number = next(n for n, line in enumerate(lines, start=1) if line.startswith("subjects:"))
    lines[number - 1] = "subjects: [matte]"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(DemoDataError) as error:
        load(copy)  # the taxonomy from the database
    problems = error.value.problems
    assert len(problems) == 1, problems
    assert problems[0].startswith(
        f"demo/ressurser/undervisningsopplegg/brok-med-pizzamodeller.md:{number}: ukjent fag «matte»"
    )
