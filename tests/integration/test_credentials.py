"""A server database's password lives in the credential store, never in a settings file."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail

from incubator_desk.db import credentials
from incubator_desk.db.engine import location_from_string

URL = "postgresql://desk_app:s3cret@db.example.cn:5433/incubator"


def test_the_password_goes_to_the_store_and_the_remembered_url_has_none() -> None:
    with_password = location_from_string(URL)
    assert credentials.available()
    assert credentials.store(with_password)
    remembered = credentials.remembered(with_password)
    assert "s3cret" not in remembered and "***" not in remembered
    assert remembered.endswith("://desk_app@db.example.cn:5433/incubator")
    # The next start opens the remembered URL and finds the password in the store.
    filled = credentials.fill(location_from_string(remembered))
    assert filled.url.password == "s3cret"
    assert keyring.get_password("incubator-desk", "desk_app@db.example.cn:5433/incubator")


def test_a_url_with_its_own_password_and_a_sqlite_file_are_left_as_they_are(tmp_path) -> None:
    other = location_from_string("postgresql://desk_app:typed@db.example.cn:5433/incubator")
    credentials.store(location_from_string(URL))
    assert credentials.fill(other).url.password == "typed"
    path = location_from_string(str(tmp_path / "园区 数据.sqlite"))
    assert credentials.fill(path) == path
    assert credentials.remembered(path) == str(tmp_path / "园区 数据.sqlite")
    assert not credentials.store(path)


@pytest.fixture
def no_store():
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


def test_without_a_credential_store_nothing_is_kept_and_nothing_fails(no_store) -> None:
    assert not credentials.available()
    assert not credentials.store(location_from_string(URL))
    bare = location_from_string("postgresql://desk_app@db.example.cn:5433/incubator")
    assert credentials.fill(bare) == bare  # asked for at every start instead
    credentials.forget(bare)
