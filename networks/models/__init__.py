from .pages import MeetingPage, NetworkIndexPage, NetworkMaterialPage, NetworkPage
from .places import Municipality, Region, School

__all__ = ["MeetingPage", "Municipality", "NetworkIndexPage", "NetworkMaterialPage", "NetworkPage", "Region", "School"]
