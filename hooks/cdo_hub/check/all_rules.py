"""Every rule of the hub: imports each module that registers rules in the catalogue, so that the
catalogue is complete wherever it is read whole (the page /mitmachen/meldungen/, the tests).

The catalogue itself imports no rule module; each rule module registers its entries beside its check.
"""

from __future__ import annotations

from ..catalogue import RULES, Rule
from ..source import content_files, guide_source, yaml_problems, yaml_source
from . import (event_rules, file_safety, guide_folder, guide_rules, industry_dialogue, internal_links, launch,
               legal_settings, markup, member_rules, references, schema_check, site_files)

RULE_MODULES = (content_files, guide_source, yaml_problems, yaml_source, event_rules, file_safety, guide_folder,
                guide_rules, industry_dialogue, internal_links, launch, legal_settings, markup, member_rules,
                references, schema_check, site_files)


def all_rules() -> list[Rule]:
    """Every rule, sorted by code."""
    return sorted(RULES.values(), key=lambda r: r.code)
