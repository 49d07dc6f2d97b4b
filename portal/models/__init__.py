from .home import HomePage
from .media import PortalDocument, PortalImage, PortalRendition

__all__ = ["HomePage", "PortalDocument", "PortalImage", "PortalRendition"]
