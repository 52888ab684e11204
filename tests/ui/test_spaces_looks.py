"""Allocating space and reading the floor plan as a park manager does: a unit list that says
who holds what, a clash seen before Save (with the unit's full code), a tenant's own unit
named as theirs, no desks on a private office; the plan fitted at 100 %, rooms labelled, the
clicked unit described once, rents with their unit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from incubator_desk.core import clock
from incubator_desk.core.vocabularies import UnitKind
from incubator_desk.db import Database
from incubator_desk.services import spaces
from incubator_desk.services.tenants import tenant_choices
from incubator_desk.ui.dialogs.allocation_dialog import AllocationDialog
from incubator_desk.ui.main_window import MainWindow
from incubator_desk.ui.widgets.floor_plan import TileState
from incubator_desk.ui.widgets.text_fit import wrapped

from .test_spaces_page import spaces_page, vacant_office


def held_choice(db: Database) -> spaces.UnitChoice:
    return next(
        c for c in spaces.unit_choices(db) if c.holders and c.unit.kind != UnitKind.OPEN_DESK
    )


def choose(qtbot, dlg: AllocationDialog, unit_id: int, tenant_id: int) -> None:
    dlg.unit_combo.setCurrentIndex(dlg.unit_combo.findData(unit_id))
    dlg.tenant.setCurrentIndex(dlg.tenant.findData(tenant_id))
    qtbot.waitUntil(lambda: not dlg._check_timer.isActive(), timeout=3000)


def test_the_unit_list_says_who_holds_each_unit_and_can_be_searched(
    qtbot, demo_db: Database
) -> None:
    dlg = AllocationDialog(demo_db)
    qtbot.addWidget(dlg)
    combo = dlg.unit_combo
    assert combo.count() == len(spaces.allocatable_units(demo_db))
    held = held_choice(demo_db)
    text = combo.itemText(combo.findData(held.unit.id))
    assert text.startswith(held.unit.label) and f"held by {held.holders[0][1]}" in text
    vacant = vacant_office(demo_db)
    assert combo.itemText(combo.findData(vacant.unit_id)).endswith("vacant")
    completer = combo.completer()
    assert completer is not None and completer.filterMode() == Qt.MatchFlag.MatchContains


def test_a_clash_shows_before_save_with_the_units_full_code(qtbot, demo_db: Database) -> None:
    held = held_choice(demo_db)
    holder_id, holder = held.holders[0]
    tid = next(c.id for c in tenant_choices(demo_db) if c.id != holder_id)
    dlg = AllocationDialog(demo_db, start=clock.today())
    qtbot.addWidget(dlg)
    choose(qtbot, dlg, held.unit.id, tid)
    assert dlg.clash.isVisibleTo(dlg)
    assert f"{held.unit.label} is allocated to {holder}" in dlg.clash.text()
    before = len(spaces.unit_history(demo_db, held.unit.id))
    dlg.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dlg.result() != QDialog.DialogCode.Accepted
    assert len(spaces.unit_history(demo_db, held.unit.id)) == before

    # A vacant unit instead: the warning goes.
    vacant = vacant_office(demo_db)
    choose(qtbot, dlg, vacant.unit_id, tid)
    assert not dlg.clash.isVisibleTo(dlg)


def test_allocating_a_tenant_its_own_unit_again_says_it_is_theirs(qtbot, demo_db: Database) -> None:
    held = held_choice(demo_db)
    holder_id, holder = held.holders[0]
    dlg = AllocationDialog(demo_db, start=clock.today())
    qtbot.addWidget(dlg)
    choose(qtbot, dlg, held.unit.id, holder_id)
    text = dlg.clash.text()
    assert f"{holder} already holds {held.unit.label}" in text
    assert "is allocated to" not in text


def test_a_private_office_asks_for_no_desks(qtbot, demo_db: Database) -> None:
    dlg = AllocationDialog(demo_db)
    qtbot.addWidget(dlg)
    dlg.show()
    office = vacant_office(demo_db)
    dlg.unit_combo.setCurrentIndex(dlg.unit_combo.findData(office.unit_id))
    assert not dlg.desks.isVisible()
    desks = next(u for u in dlg.units if u.kind == UnitKind.OPEN_DESK)
    dlg.unit_combo.setCurrentIndex(dlg.unit_combo.findData(desks.id))
    assert dlg.desks.isVisible()


def test_the_plan_fits_at_100_percent_and_labels_rooms(qtbot, window: MainWindow) -> None:
    page = spaces_page(qtbot, window)
    tab = page.floor_tab
    qtbot.waitUntil(lambda: tab.view.plan is not None, timeout=5000)
    tab.view.fit()
    assert tab.zoom_label.text() == "100 %"
    qtbot.mouseClick(tab.zoom_in, Qt.MouseButton.LeftButton)
    assert tab.zoom_label.text() == "125 %"
    rooms = [i for i in tab.view.items_by_id.values() if i.tile.state == TileState.ROOM]
    assert rooms and all(i.body_text() == "Meeting room" for i in rooms)


def test_long_names_wrap_by_word_and_end_elided() -> None:
    from PySide6.QtGui import QFont, QFontMetricsF

    font = QFont()
    font.setPixelSize(12)
    fm = QFontMetricsF(font)
    width = fm.horizontalAdvance("深圳市南山区") + 2
    lines = wrapped("深圳市南山区云帆智能科技有限公司, 深圳华迈人工智能有限公司", font, width, 2)
    assert len(lines) == 2 and lines[1].endswith("…")
    assert all(fm.horizontalAdvance(line) <= width + 0.5 for line in lines)
    # An English word is never cut in two.
    assert wrapped("Meeting room", font, fm.horizontalAdvance("Meeting") + 2, 3) == [
        "Meeting",
        "room",
    ]


def test_the_clicked_unit_is_described_once_with_rent_units(
    qtbot, window: MainWindow, demo_db: Database
) -> None:
    page = spaces_page(qtbot, window)
    held = held_choice(demo_db)
    page.show_unit_on_plan(held.unit)
    details = page.floor_tab.unit_details.text()
    assert "Held on" in details and held.holders[0][1] in details
    assert "Available" not in details and "Vacant" not in details
    assert "per m² per month" in details or "per unit per month" in details
    units = page.units_tab
    headers = [
        units.table.model().headerData(i, Qt.Orientation.Horizontal)
        for i in range(units.table.model().columnCount())
    ]
    assert "List rent (¥)" in headers and "Rent basis" in headers


def test_the_plan_is_walked_with_the_arrow_keys(qtbot, window: MainWindow, monkeypatch) -> None:
    from incubator_desk.ui.dialogs.unit_dialog import UnitDialog

    opened: list[str] = []
    monkeypatch.setattr(AllocationDialog, "exec", lambda _self: opened.append("allocate") or 0)
    monkeypatch.setattr(UnitDialog, "exec", lambda _self: opened.append("unit") or 0)
    page = spaces_page(qtbot, window)
    view = page.floor_tab.view
    qtbot.waitUntil(lambda: bool(view.items_by_id), timeout=5000)
    view.setFocus()
    view._scene.clearSelection()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    first = min(view.items_by_id.values(), key=lambda i: i.tile.unit.code)
    assert view.selected_unit() == first.unit_id
    assert page.floor_tab.unit is not None and page.floor_tab.unit.id == first.unit_id
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.selected_unit() != first.unit_id
    assert view.accessibleDescription()
    with qtbot.waitSignal(view.unit_activated):
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened  # Enter opens the unit, as a double-click does
