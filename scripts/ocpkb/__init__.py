"""ocpkb: the knowledge base of Open Compute Project community events."""

__version__ = "0.1.0"
