"""Static files in production (WhiteNoise, WHITENOISE_ADD_HEADERS_FUNCTION)."""

ONE_YEAR = 60 * 60 * 24 * 365


def add_headers(headers, path: str, url: str) -> None:
    """Files with a content hash in their name never change: cached for a year (the most HTTP
    caches honour), `immutable` so browsers do not revalidate them. Files without a hash keep
    WhiteNoise's short max-age."""
    if "immutable" in headers.get("Cache-Control", ""):
        headers["Cache-Control"] = f"max-age={ONE_YEAR}, public, immutable"
