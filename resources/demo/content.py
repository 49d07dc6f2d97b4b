"""All the demo content in one place: read from the data files under demo/ (portal/demo_data.py)."""

from portal.demo_data import DemoData, load


def demo_content() -> DemoData:
    """Everything under demo/, read and checked (raises DemoDataError naming file and line)."""
    return load()


def all_items() -> list:
    """The published resources: lessons first, then materials, then research – the order the builder creates them in."""
    return demo_content().resources
