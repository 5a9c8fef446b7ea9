"""The catalogue names every class torch.nn exports, and README's coverage table is generated from it."""

import inspect

import pytest
import torch.nn

from seqlint.layers import catalogue, registry
from seqlint.readme import README

ENTRIES = catalogue.catalogue()


def torch_classes() -> dict[str, type]:
    values = {name: getattr(torch.nn, name) for name in dir(torch.nn) if not name.startswith("_")}
    return {name: value for name, value in values.items() if inspect.isclass(value)}


def test_every_torch_nn_class_is_in_the_catalogue():
    missing = sorted(set(torch_classes()) - set(ENTRIES))
    assert not missing, (
        f"torch.nn exports classes the catalogue does not know: {', '.join(missing)}. Give each a rule "
        f"(seqlint/layers/<family>.py) or list it in seqlint/layers/catalogue.py, then run "
        f"`python -m seqlint.layers.catalogue --update-readme`")


def test_every_catalogue_entry_is_exported_by_torch_nn():
    extra = sorted(set(ENTRIES) - set(torch_classes()))
    assert not extra, f"the catalogue lists classes torch.nn does not export: {', '.join(extra)}"


def test_not_a_module_means_not_an_nn_module():
    classes = torch_classes()
    wrong = sorted(name for name, entry in ENTRIES.items() if name in classes
                   and (entry.status == catalogue.NOT_A_MODULE) == issubclass(classes[name], torch.nn.Module))
    assert not wrong, f"'not a module' disagrees with torch for: {', '.join(wrong)}"


def test_statuses_and_notes():
    assert {e.status for e in ENTRIES.values()} <= set(catalogue.STATUSES)
    assert all(e.note and "|" not in e.note and "\n" not in e.note for e in ENTRIES.values())
    assert sum(catalogue.counts().values()) == len(ENTRIES)
    assert {name for name, e in ENTRIES.items() if e.rule is not None} == set(registry())


@pytest.mark.parametrize("rule", sorted(set(registry().values()), key=lambda r: (r.__module__, r.__name__)),
                         ids=lambda r: f"{r.__module__.rsplit('.', 1)[-1]}.{r.__name__}")
def test_rule_says_what_it_checks(rule):
    # Its own: a subclass must not inherit a summary that may not fit it.
    assert vars(rule).get("checks_summary"), f"{rule.__name__} needs a checks_summary (its row in README)"


def test_readme_table_is_generated_from_the_catalogue():
    text = README.read_text()
    assert catalogue.readme_section(text) == catalogue.markdown(), (
        "README.md's 'Coverage of torch.nn' table is out of date: "
        "run `python -m seqlint.layers.catalogue --update-readme`")
