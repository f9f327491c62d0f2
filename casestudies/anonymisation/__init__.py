"""The anonymisation checker: finds what identifies a person in a case text.

    from casestudies.anonymisation import check, has_blocking

    findings = check(text)          # list[Finding], sorted by start offset
    if has_blocking(findings): ...  # names, dates, addresses, numbers … block publication

Blocking findings are direct identifiers; warnings are quasi-identifiers a reviewer weighs
(exact age, named institution, special categories, origin, and their combination).
"""

from .checker import check
from .findings import CATEGORY_LABELS, Finding, Severity, has_blocking

__all__ = ["CATEGORY_LABELS", "Finding", "Severity", "check", "has_blocking"]
