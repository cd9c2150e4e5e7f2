"""Ingestion: raw recaps -> draft event YAML and proposed registry entries, with provenance."""
