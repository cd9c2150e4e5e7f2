"""Validate stage: a knowledge base -> the sorted list of every problem in it."""

from __future__ import annotations

from .kb import KnowledgeBase
from .problems import Problem
from .rules import RULES


def validate(kb: KnowledgeBase) -> list[Problem]:
    problems = set(kb.parse_problems())
    for rule in RULES:
        problems.update(rule(kb))
    return sorted(problems, key=_reading_order)


def _reading_order(problem: Problem) -> tuple:
    return (problem.file, problem.line or 0, problem.column or 0, problem.path, problem.message)
