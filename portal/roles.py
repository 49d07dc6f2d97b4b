"""The names of the role groups made by portal/migrations/0003_roles.py (PRODUCT.md's roles)."""

EDITORS = "Redaktør"
GROUP_LEADERS = "Gruppeleder"
STAFF = "Ansatt"
