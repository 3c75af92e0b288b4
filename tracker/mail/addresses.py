"""Email address validation: syntax only (no DNS, so it works offline and in tests)."""

from __future__ import annotations

from email_validator import EmailNotValidError, validate_email


class InvalidEmail(ValueError):
    """The address cannot receive mail; the message says why, for the person who typed it."""


def normalize_email(raw: str | None) -> str:
    """The address lower-cased and normalized, or InvalidEmail."""
    text = (raw or "").strip()
    if not text:
        raise InvalidEmail("Enter an email address.")
    if len(text) > 254 or any(c in text for c in "\r\n\x00"):
        raise InvalidEmail("That is not a valid email address.")
    try:
        result = validate_email(text, check_deliverability=False, allow_smtputf8=False)
    except EmailNotValidError as exc:
        raise InvalidEmail(f"{text[:80]!r} is not a valid email address: {exc}") from exc
    return result.normalized.lower()
