"""Fields whose coverage the run summary reports (and whose floors can fail a run)."""

COVERED_FIELDS = [
    "headline", "body", "published_at", "modified_at", "authors", "section", "views",
    "lead", "images", "tags", "quotes", "attributions", "tag_cloud",
]  # fmt: skip
