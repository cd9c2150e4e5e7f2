"""Validate stage: a knowledge base -> the sorted list of every problem in it."""

from __future__ import annotations

from pathlib import Path

from .kb import KnowledgeBase, load_knowledge_base
from .problems import Problem
from .rules import KNOWLEDGE_BASE_RULES, WARNING_RULES, check_file


def load_and_validate(data_dir: Path | str) -> tuple[KnowledgeBase, list[Problem]]:
    """Load with the file rules run as each file is parsed (on as many cores as parsing), then validate."""
    kb = load_knowledge_base(data_dir, check_file=check_file)
    return kb, validate(kb)


def validate(kb: KnowledgeBase, warnings: bool = True) -> list[Problem]:
    """Every problem; without `warnings`, the rules that only warn are not run (the preview, which
    only stops on errors, answers an edit sooner)."""
    problems = set(kb.parse_problems())
    for data_file in kb.files:
        problems.update(check_file(data_file) if data_file.checked is None else data_file.checked)
    for rule in KNOWLEDGE_BASE_RULES + (WARNING_RULES if warnings else []):
        problems.update(rule(kb))
    return sorted(problems, key=_reading_order)


def _reading_order(problem: Problem) -> tuple:
    return (problem.file, problem.line or 0, problem.column or 0, problem.path, problem.message)
