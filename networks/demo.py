"""Demo networks, meetings, members-only material (demo/nettverk/) and one demo user per role
(demo/brukere.yaml), read by portal/demo_data.py.

Idempotent: a network is identified by its slug under the network index, a user by
username. Meeting dates are set relative to the day the demo is loaded, so there
are always past and upcoming meetings. The schools are examples, not a register.
"""

from collections import Counter
from datetime import time

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile

from networks import services
from networks.demo_support import (
    create_meeting_page,
    create_network_material_page,
    create_school,
    create_user,
    network_index,
)
from networks.models import Municipality, NetworkPage
from portal.demo_data import DemoData, DemoUser, Network, load, paragraphs, rich
from portal.demo_support import create_document, make_pdf, weekday_at
from portal.text import norwegian_slug
from resources.demo.build import Taxonomy, common_fields, lesson_fields
from resources.demo_support import create_resource_page, resource_index
from resources.models import Grade, GradeBand, LessonPlanPage, Subject, SurveyArea


def _user(spec: DemoUser):
    existing = get_user_model().objects.filter(username=spec.username).first()
    if existing is not None:
        return existing
    user = create_user(
        username=spec.username,
        password=spec.password,
        first_name=spec.first_name,
        last_name=spec.last_name,
        email=f"{spec.username}@example.no",
    )
    if spec.groups:
        user.groups.add(*Group.objects.filter(name__in=spec.groups))
    return user


def _agenda(items):
    return [
        {
            "type": "item",
            "value": {
                "time": time.fromisoformat(at),
                "title": title,
                "description": "",
                "responsible": responsible,
            },
        }
        for at, title, responsible in items
    ]


def _network(spec: Network, users: dict) -> tuple[NetworkPage, bool]:
    index = network_index()
    existing = NetworkPage.objects.child_of(index).filter(slug=spec.slug).first()
    if existing is not None:
        return existing, False
    municipalities = {m.slug: m for m in Municipality.objects.all()}
    schools = [create_school(name=name, municipality=municipalities[slug]) for name, slug in spec.schools]
    for school in schools:
        school.grades.set(Grade.objects.filter(band__slug__in=spec.bands))
    network = services.network_create(
        index=index,
        title=spec.title,
        slug=spec.slug,
        summary=spec.summary,
        purpose=rich(spec.purpose),
        subjects=Subject.objects.filter(slug__in=spec.subjects),
        grade_bands=GradeBand.objects.filter(slug__in=spec.bands),
        survey_areas=SurveyArea.objects.filter(slug__in=spec.areas),
        schools=schools,
        contact_name=spec.contact[0],
        contact_email=spec.contact[1],
    )
    for username in spec.leaders:
        if username in users:
            services.network_add_member(network=network, user=users[username], leader=True)
    for username in spec.members:
        if username in users:
            services.network_add_member(network=network, user=users[username])

    for meeting in spec.meetings:
        material = []
        if meeting.handout:
            document = create_document(
                title=meeting.handout,
                collection=network.collection,
                file=ContentFile(
                    make_pdf(title=meeting.handout, lines=[spec.title, meeting.title]),
                    name=f"{norwegian_slug(meeting.handout)}.pdf",
                ),
                description=f"Til samlingen «{meeting.title}».",
            )
            material.append({"type": "attachment", "value": {"document": document.pk, "title": "", "description": ""}})
        start, end = time.fromisoformat(meeting.start), time.fromisoformat(meeting.end)
        create_meeting_page(
            parent=network,
            title=meeting.title,
            slug=meeting.slug,
            start=weekday_at(meeting.days, start.hour, start.minute),
            end=weekday_at(meeting.days, end.hour, end.minute),
            place=meeting.place,
            summary=meeting.summary,
            agenda=_agenda(meeting.agenda),
            material=material,
            before_next=rich(meeting.before_next),
        )
    for item in spec.material:
        create_network_material_page(
            parent=network,
            title=item.title,
            slug=item.slug,
            summary=item.summary,
            body=paragraphs(item.text),
        )
    return network, True


SUBMITTED_SLUG = "brokvegg-i-par"  # demo/ressurser/innsendt/brokvegg-i-par.md


def _submitted_lesson_plan(item, users: dict) -> bool:
    """A lesson plan from the maths network waiting for the editors' approval."""
    if LessonPlanPage.objects.filter(slug=item.slug).exists():
        return False
    author = users[item.submitted_by]
    fields = common_fields(item, index=resource_index(create=True), taxonomy=Taxonomy(), published_at=None)
    fields.update(lesson_fields(item, Counter()))
    page = create_resource_page(LessonPlanPage, live=False, owner=author, **fields)
    page.save_revision(user=author)
    page.get_workflow().start(page, author)
    return True


def build_network_demo(data: DemoData | None = None, *, with_users: bool = True) -> dict:
    """The demo networks (demo/nettverk/); with the demo users (demo/brukere.yaml, known passwords)
    and the lesson plans they submitted (demo/ressurser/innsendt/) only when asked – never in production."""
    data = data or load()
    users = {spec.username: _user(spec) for spec in data.users} if with_users else {}
    created = sum(_network(spec, users)[1] for spec in data.networks)
    submitted = sum(_submitted_lesson_plan(item, users) for item in data.submitted) if with_users else 0
    return {
        "networks_created": created,
        "networks_skipped": len(data.networks) - created,
        "users": len(users),
        "submitted": submitted,
    }
