"""Unified social credit codes: normalising, checking, explaining what is wrong, generating."""

from __future__ import annotations

import random

import pytest

from incubator_desk.core.errors import ValidationError
from incubator_desk.services import creditcode

VALID = ("914403001922038216", "91440300708461136T")


@pytest.mark.parametrize("code", VALID)
def test_domain_examples_are_valid(code: str) -> None:
    assert creditcode.is_valid(code)
    assert creditcode.validate(code) == code
    assert creditcode.check_character(code[:17]) == code[17]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (" 9144 0300 1922 0382 16 ", "914403001922038216"),
        (" 9144 0300 7084 6113 6t ", "91440300708461136T"),
        ("91440300708461136t", "91440300708461136T"),
        ("\t914403001922038216\n", "914403001922038216"),
        ("9144\u30000300\u300019220382\u300016", "914403001922038216"),  # full-width spaces
        ("９１４４０３００７０８４６１１３６Ｔ", "91440300708461136T"),  # full-width characters
    ],
)
def test_pasted_codes_are_normalised_before_checking(raw: str, expected: str) -> None:
    assert creditcode.normalise(raw) == expected
    assert creditcode.is_valid(raw)
    assert creditcode.validate(raw) == expected


def test_wrong_check_character_names_the_expected_one() -> None:
    assert not creditcode.is_valid("914403001922038217")
    with pytest.raises(ValidationError) as info:
        creditcode.validate("914403001922038217")
    message = info.value.fields["credit_code"]
    assert "“6”" in message and "“7”" in message
    assert info.value.params == {"expected": "6", "given": "7"}
    assert str(info.value) == message


def test_wrong_length_says_how_many_characters_were_given() -> None:
    assert not creditcode.is_valid("91440300192203821")
    with pytest.raises(ValidationError) as info:
        creditcode.validate("91440300192203821")
    message = info.value.fields["credit_code"]
    assert "18" in message and "17" in message
    with pytest.raises(ValidationError) as info:
        creditcode.validate(" 9144 0300 1922 0382 16 7")
    assert "19" in info.value.fields["credit_code"]


def test_empty_code_is_a_wrong_length() -> None:
    with pytest.raises(ValidationError) as info:
        creditcode.validate("   ")
    assert "0" in info.value.fields["credit_code"]


@pytest.mark.parametrize("bad", ["I", "O", "S", "V", "Z", "-", "?"])
def test_characters_never_used_are_named(bad: str) -> None:
    code = "9144030019220382" + bad + "6"
    assert not creditcode.is_valid(code)
    with pytest.raises(ValidationError) as info:
        creditcode.validate(code)
    message = info.value.fields["credit_code"]
    assert f"“{bad}”" in message
    assert "17" in message  # its position
    assert "I, O, S, V or Z" in message


def test_message_template_is_kept_for_translation() -> None:
    with pytest.raises(ValidationError) as info:
        creditcode.validate("914403001922038217")
    assert "{expected}" in info.value.template


def test_check_character_refuses_bad_input() -> None:
    with pytest.raises(ValueError):
        creditcode.check_character("9144030019220382")
    with pytest.raises(ValueError):
        creditcode.check_character("9144030019220382O")


@pytest.mark.parametrize("garbage", ["", "abc", "9" * 18, "914403001922038216" * 2])
def test_is_valid_never_raises(garbage: str) -> None:
    assert creditcode.is_valid(garbage) is False


def test_generated_codes_are_valid_and_reproducible() -> None:
    codes = [creditcode.generate(random.Random(7)) for _ in range(2)]
    assert codes[0] == codes[1]
    rng = random.Random(1)
    many = [creditcode.generate(rng) for _ in range(2000)]
    assert all(creditcode.is_valid(c) for c in many)
    assert all(c.startswith("91440300") and len(c) == 18 for c in many)
    assert len(set(many)) == len(many)


def test_generated_organisation_code_carries_its_own_check_digit() -> None:
    # Positions 9-17 are a GB 11714 organisation code, as in the known valid examples.
    weights = (3, 7, 9, 10, 5, 8, 4, 2)
    for code in (*VALID, *(creditcode.generate(random.Random(s)) for s in range(50))):
        org = code[8:17]
        check = 11 - sum(int(d) * w for d, w in zip(org[:8], weights, strict=True)) % 11
        assert org[8] == {10: "X", 11: "0"}.get(check, str(check))


def test_generate_for_another_region() -> None:
    code = creditcode.generate(random.Random(3), region="440304")
    assert code.startswith("91440304") and creditcode.is_valid(code)
    with pytest.raises(ValueError):
        creditcode.generate(random.Random(3), region="4403")
