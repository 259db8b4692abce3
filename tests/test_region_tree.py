"""The region tree model over a reporting-unit hierarchy."""

import numpy as np
import pytest

from electview.core.model import UnitTable
from electview.ui.region_tree import RegionTree, RegionTreeModel, UnitRole


@pytest.fixture
def units():
    # 0 country; 1, 2 regions; 3, 4 in 1; 5 in 2; 6 in 4
    return UnitTable.from_lists(
        [f"u{i}" for i in range(7)],
        ["Country", "North", "South", "N-1", "N-2", "S-1", "N-2-a"],
        ["country", "region", "region", "district", "district", "district", "precinct"],
        [-1, 0, 0, 1, 1, 2, 4],
    )


def test_modeltester(qtmodeltester, units):
    model = RegionTreeModel()
    model.set_units(units)
    qtmodeltester.check(model, force_py=True)


def test_structure(units, qapp):
    model = RegionTreeModel()
    model.set_units(units)
    assert model.rowCount() == 1
    country = model.index(0, 0)
    assert country.data() == "Country"
    names = [model.index(r, 0, country).data() for r in range(model.rowCount(country))]
    assert names == ["North", "South"]
    north = model.index(0, 0, country)
    n2 = model.index(1, 0, north)
    leaf = model.index(0, 0, n2)
    assert leaf.data() == "N-2-a" and leaf.data(UnitRole) == 6
    assert model.parent(leaf) == n2
    assert model.index_of_unit(6) == leaf


def test_picking_emits_scope(qtbot, units):
    tree = RegionTree()
    qtbot.addWidget(tree)
    tree.set_units(units, None)
    country = tree.tree_model.index(0, 0)
    with qtbot.waitSignal(tree.scope_requested) as signal:
        tree.setCurrentIndex(tree.tree_model.index(1, 0, country))
    assert signal.args == [2]


def test_large_hierarchy_builds_without_per_unit_objects(qapp):
    n = 200_000
    parents = np.concatenate(([-1], np.zeros(n - 1, np.int32)))
    units = UnitTable(
        ids=np.arange(n).astype(str), names=np.arange(n).astype(str), kinds=np.full(n, "precinct"),
        parents=parents.astype(np.int32), registered=np.full(n, np.nan), ballots_cast=np.full(n, np.nan),
    )
    model = RegionTreeModel()
    model.set_units(units)
    root = model.index(0, 0)
    assert model.rowCount(root) == n - 1
    assert model.index(n - 2, 0, root).data() == str(n - 1)
