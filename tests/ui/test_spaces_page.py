"""The Spaces page driven as a person would: floor plan, allocate, refusals, layout, export."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel

from incubator_desk.core import clock
from incubator_desk.core.vocabularies import OPEN_STAGES
from incubator_desk.db import Database
from incubator_desk.models import Tenant
from incubator_desk.services import spaces
from incubator_desk.services.tenants import tenant_choices
from incubator_desk.ui import messages
from incubator_desk.ui.dialogs.allocation_dialog import AllocationDialog
from incubator_desk.ui.dialogs.booking_dialog import BookingDialog
from incubator_desk.ui.main_window import MainWindow
from incubator_desk.ui.pages.spaces import SpaceSettings, SpacesPage, TenantSpacesTab
from incubator_desk.ui.widgets.floor_plan import SCALE, TileState, UnitItem

from .test_main_window import type_text


def spaces_page(qtbot, window: MainWindow) -> SpacesPage:
    window.show_page("spaces")
    page = window.current_page()
    assert isinstance(page, SpacesPage)
    return page


def open_tenant(db: Database) -> tuple[int, str]:
    from sqlalchemy import select

    with db.read() as s:
        t = s.scalars(select(Tenant).where(Tenant.stage.in_(OPEN_STAGES)).limit(1)).one()
        return t.id, t.name_zh


def vacant_office(db: Database) -> spaces.VacancyRow:
    return next(v for v in spaces.vacancies(db) if v.free_desks is None)


def click_item(qtbot, view, item: UnitItem) -> None:
    pos = view.mapFromScene(item.sceneBoundingRect().center())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def test_floor_plan_shows_units_coloured_by_state(qtbot, window: MainWindow) -> None:
    page = spaces_page(qtbot, window)
    view = page.floor_tab.view
    assert view.plan is not None and view.items_by_id
    states = {i.tile.state for i in view.items_by_id.values()}
    assert TileState.ROOM in states
    occupied = next(i for i in view.items_by_id.values() if i.tile.holders)
    click_item(qtbot, view, occupied)
    assert page.floor_tab.unit is not None and page.floor_tab.unit.id == occupied.unit_id
    assert page.floor_tab.history_table.model().rowCount() >= 1
    assert occupied.tile.holders[0] in page.floor_tab.unit_details.text()
    zoom = view.zoom_level()
    qtbot.mouseClick(page.floor_tab.zoom_in, Qt.MouseButton.LeftButton)
    assert view.zoom_level() > zoom


def test_allocate_a_vacant_unit_from_the_plan_and_refuse_a_double_booking(
    qtbot, window: MainWindow, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = spaces_page(qtbot, window)
    vac = vacant_office(demo_db)
    unit = spaces.get_unit(demo_db, vac.unit_id)
    page.show_unit_on_plan(unit)
    assert page.floor_tab.allocate_btn.isEnabled()
    tid, name = open_tenant(demo_db)
    seen: list[AllocationDialog] = []

    def fill(dlg: AllocationDialog) -> int:
        seen.append(dlg)
        type_text(qtbot, dlg.tenant.lineEdit(), name)
        dlg.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        return dlg.result()

    monkeypatch.setattr(AllocationDialog, "exec", fill)
    qtbot.mouseClick(page.floor_tab.allocate_btn, Qt.MouseButton.LeftButton)
    assert seen[0].result() == QDialog.DialogCode.Accepted
    tile = page.floor_tab.view.items_by_id[unit.id].tile
    assert tile.state in (TileState.OCCUPIED, TileState.ENDING) and name in tile.holders

    # The same unit again, for the same dates: refused in the dialog, naming the holder.
    dlg = AllocationDialog(demo_db, unit=unit, parent=page)
    qtbot.addWidget(dlg)
    type_text(qtbot, dlg.tenant.lineEdit(), name)
    dlg.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dlg.result() != QDialog.DialogCode.Accepted
    assert dlg.errors.summary.isVisibleTo(dlg) and name in dlg.errors.summary.text()
    assert len([r for r in spaces.unit_history(demo_db, unit.id) if r.tenant_id == tid]) == 1


def test_missing_tenant_is_shown_next_to_the_field(qtbot, demo_db: Database) -> None:
    vac = vacant_office(demo_db)
    dlg = AllocationDialog(demo_db, unit=spaces.get_unit(demo_db, vac.unit_id))
    qtbot.addWidget(dlg)
    dlg.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dlg.errors.labels["tenant_id"].text()
    assert dlg.errors.labels["tenant_id"].isVisibleTo(dlg)
    # the caption's mnemonic (Alt+T) reaches the field
    caption = next(lab for lab in dlg.findChildren(QLabel) if lab.text() == dlg.tr("&Tenant:"))
    assert caption.buddy() is dlg.tenant


def test_layout_edit_moves_a_unit_and_saves_it(
    qtbot, window: MainWindow, demo_db: Database
) -> None:
    page = spaces_page(qtbot, window)
    tab = page.floor_tab
    qtbot.mouseClick(tab.edit, Qt.MouseButton.LeftButton)
    assert tab.edit.isChecked() and tab.save_layout.isVisible()
    plan = tab.view.plan
    assert plan is not None
    # A unit with room below it, so the move stays inside the floor.
    item = next(
        i
        for i in tab.view.items_by_id.values()
        if i.tile.unit.plan_y + i.tile.unit.plan_h + Decimal("0.5") <= plan.height
    )
    before = spaces.get_unit(demo_db, item.unit_id)
    # Move it 0.5 m down (as a drag would), then save.
    item.setPos(item.pos() + QPointF(0, SCALE * 0.5))
    QApplication.processEvents()
    assert tab.save_layout.isEnabled()
    qtbot.mouseClick(tab.save_layout, Qt.MouseButton.LeftButton)
    after = spaces.get_unit(demo_db, item.unit_id)
    assert after.plan_y - before.plan_y == Decimal("0.5")
    assert (after.plan_x, after.plan_w, after.plan_h) == (
        before.plan_x,
        before.plan_w,
        before.plan_h,
    )
    assert after.version == before.version + 1


def test_rent_roll_exports_to_a_chinese_file_name(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = spaces_page(qtbot, window)
    page.tabs.setCurrentWidget(page.rent_tab)
    assert page.rent_tab.table.model().rowCount() > 0
    target = tmp_path / "租金 报表" / "十一月 rent"
    target.parent.mkdir()
    monkeypatch.setattr(messages, "save_file", lambda *a: str(target))
    qtbot.mouseClick(page.rent_tab.export, Qt.MouseButton.LeftButton)
    written = target.with_name(target.name + ".xlsx")
    qtbot.waitUntil(lambda: page.rent_tab.export.isEnabled(), timeout=10_000)
    assert written.exists() and written.stat().st_size > 0
    assert str(written) in page.message.text()


def test_other_tabs_fill(qtbot, qtmodeltester, window: MainWindow) -> None:
    page = spaces_page(qtbot, window)
    for tab in (page.units_tab, page.occupancy_tab, page.vacancy_tab, page.ending_tab):
        page.tabs.setCurrentWidget(tab)
    assert page.units_tab.table.model().rowCount() > 0
    assert page.occupancy_tab.table.model().rowCount() >= 2
    assert page.occupancy_tab.chart.series()
    assert page.vacancy_tab.table.model().rowCount() > 0
    for model in (
        page.units_tab.model,
        page.occupancy_tab.model,
        page.vacancy_tab.model,
        page.ending_tab.model,
        page.floor_tab.history,
    ):
        qtmodeltester.check(model)
    type_text(qtbot, page.units_tab.search, "zzz-none")
    assert page.units_tab.table.model().rowCount() == 0


def test_booking_dialog_refuses_an_overlap(qtbot, window: MainWindow, demo_db: Database) -> None:
    page = spaces_page(qtbot, window)
    page.tabs.setCurrentWidget(page.bookings_tab)
    room = spaces.list_units(demo_db, bookable=True)[0]
    day = clock.today() + dt.timedelta(days=400)
    start = clock.at(day, dt.time(9))
    spaces.book_room(demo_db, room.id, start, start + dt.timedelta(hours=2), purpose="Board")
    dlg = BookingDialog(demo_db, f"u:{room.id}", start + dt.timedelta(hours=1), page)
    qtbot.addWidget(dlg)
    dlg.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dlg.result() != QDialog.DialogCode.Accepted
    assert "Board" in dlg.errors.summary.text()
    page.bookings_tab.day.setDate(page.bookings_tab.day.date().addDays(400))
    grid = page.bookings_tab.grid
    cells = [grid.item(r, c) for r in range(grid.rowCount()) for c in range(grid.columnCount())]
    texts = [item.text() for item in cells if item is not None]
    assert any("Board" in t for t in texts)


def test_tenant_tab_and_settings_section(qtbot, demo_db: Database) -> None:
    tid, _name = open_tenant(demo_db)
    tab = TenantSpacesTab(demo_db, tid)
    qtbot.addWidget(tab)
    assert TenantSpacesTab.tab_title()
    assert tab.now.rowCount() + tab.before.rowCount() >= 1
    section = SpaceSettings(demo_db)
    qtbot.addWidget(section)
    assert SpaceSettings.section_title()
    qtbot.mouseClick(section.new, Qt.MouseButton.LeftButton)
    type_text(qtbot, section.name, "Two years half")
    section.is_default.setChecked(False)
    qtbot.mouseClick(section.save, Qt.MouseButton.LeftButton)
    assert not section.errors.shown
    assert any(p.name == "Two years half" for p in spaces.list_policies(demo_db))


def test_equipment_is_added_in_settings_and_booked(
    qtbot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from incubator_desk.ui.dialogs.booking_dialog import EquipmentDialog

    section = SpaceSettings(demo_db)
    qtbot.addWidget(section)

    def fill(dlg: EquipmentDialog) -> int:
        type_text(qtbot, dlg.name, "液相色谱仪")
        dlg.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        return dlg.result()

    monkeypatch.setattr(EquipmentDialog, "exec", fill)
    qtbot.mouseClick(section.add_kit, Qt.MouseButton.LeftButton)
    assert section.kit_table.model().rowCount() == 1
    kit = spaces.list_equipment(demo_db)[0]
    dlg = BookingDialog(demo_db, f"e:{kit.id}")
    qtbot.addWidget(dlg)
    dlg.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dlg.result() == QDialog.DialogCode.Accepted
    again = BookingDialog(demo_db, f"e:{kit.id}")
    qtbot.addWidget(again)
    again.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert "液相色谱仪" in again.errors.summary.text()


def test_spaces_page_follows_a_language_switch(qtbot, window: MainWindow) -> None:
    from incubator_desk.ui import i18n

    page = spaces_page(qtbot, window)
    english = page.tabs.tabText(0)
    i18n.install("zh_CN")
    QApplication.processEvents()
    assert page.title.text() == "空间"
    i18n.install("en")
    QApplication.processEvents()
    assert page.title.text() == "Spaces" and page.tabs.tabText(0) == english
    assert page.floor_tab.view.items_by_id


def test_remove_deletes_an_unused_unit_and_retires_a_used_one(
    qtbot, window: MainWindow, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from incubator_desk.core.vocabularies import UnitKind, UnitStatus
    from incubator_desk.services.spaces import UnitInput

    page = spaces_page(qtbot, window)
    floor = page.floor_tab.floor_id
    assert floor is not None
    monkeypatch.setattr(messages, "confirm", lambda *a: True)
    spare = spaces.save_unit(
        demo_db, None, floor, UnitInput(code="X-1", kind=UnitKind.OFFICE, area_m2=10)
    )
    page.refresh_all()
    page.floor_tab.show_unit(spare)
    qtbot.mouseClick(page.floor_tab.retire_btn, Qt.MouseButton.LeftButton)
    assert spare not in page.floor_tab.view.items_by_id
    assert "X-1" in page.message.text()
    ended = next(
        r
        for i in page.floor_tab.view.items_by_id.values()
        for r in spaces.unit_history(demo_db, i.unit_id)
        if r.end_date is not None
        and r.end_date < clock.today()
        and i.tile.state == TileState.VACANT
    )
    page.floor_tab.show_unit(ended.unit_id)
    qtbot.mouseClick(page.floor_tab.retire_btn, Qt.MouseButton.LeftButton)
    assert spaces.get_unit(demo_db, ended.unit_id).status == UnitStatus.RETIRED


def test_move_dialog_moves_a_tenant_and_keeps_the_history(qtbot, demo_db: Database) -> None:
    from incubator_desk.core.vocabularies import AllocationStatus, UnitKind
    from incubator_desk.ui.dialogs.allocation_dialog import MoveAllocationDialog
    from incubator_desk.ui.widgets.spaces_form import to_qdate

    open_ids = {c.id for c in tenant_choices(demo_db)}
    tomorrow = clock.today() + dt.timedelta(days=1)
    row = next(
        r
        for u in spaces.list_units(demo_db)
        if u.kind == UnitKind.OFFICE
        for r in spaces.unit_history(demo_db, u.id)
        if r.status == AllocationStatus.ACTIVE
        and r.tenant_id in open_ids
        and r.start_date < tomorrow
        and (r.end_date is None or r.end_date > tomorrow)
    )
    target = vacant_office(demo_db)
    dlg = MoveAllocationDialog(demo_db, row)
    qtbot.addWidget(dlg)
    assert dlg.unit_combo.currentData() != row.unit_id
    dlg.unit_combo.setCurrentIndex(dlg.unit_combo.findData(target.unit_id))
    dlg.date.setDate(to_qdate(tomorrow))
    dlg.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dlg.result() == QDialog.DialogCode.Accepted, dlg.errors.summary.text()
    moved = spaces.get_allocation(demo_db, row.id)
    assert moved.status == AllocationStatus.MOVED and moved.end_date == clock.today()
    assert any(r.previous_id == row.id for r in spaces.unit_history(demo_db, target.unit_id))


def test_rent_roll_export_to_a_place_that_cannot_be_written_says_so(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = spaces_page(qtbot, window)
    page.tabs.setCurrentWidget(page.rent_tab)
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    monkeypatch.setattr(messages, "save_file", lambda *a: str(blocker / "roll.xlsx"))
    shown: list[str] = []
    monkeypatch.setattr(messages, "error", lambda _parent, _title, text: shown.append(text))
    qtbot.mouseClick(page.rent_tab.export, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.rent_tab.export.isEnabled(), timeout=10_000)
    assert len(shown) == 1 and "roll.xlsx" in shown[0] and "cannot be written" in shown[0]
    assert not list(tmp_path.rglob("*.xlsx*"))


def test_a_floor_is_edited_from_the_tree(
    qtbot, window: MainWindow, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from incubator_desk.ui.dialogs.place_dialog import PlaceDialog

    page = spaces_page(qtbot, window)
    floor = page.floor_tab.floor_id
    assert floor is not None and page.tree.currentItem() is not None
    before = spaces.floor_plan(demo_db, floor)
    seen: list[PlaceDialog] = []

    def widen(dlg: PlaceDialog) -> int:
        seen.append(dlg)
        assert dlg.plan_width.value() == float(before.width)
        dlg.plan_width.setValue(float(before.width) + 10)
        dlg.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        return dlg.result()

    monkeypatch.setattr(PlaceDialog, "exec", widen)
    qtbot.mouseClick(page.rename_btn, Qt.MouseButton.LeftButton)
    assert seen and seen[0].result() == QDialog.DialogCode.Accepted
    assert spaces.floor_plan(demo_db, floor).width == before.width + 10
    assert page.floor_tab.view.plan is not None
    assert page.floor_tab.view.plan.width == before.width + 10
