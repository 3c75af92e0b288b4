"""The SMTP settings against a real server: STARTTLS with a login, implicit TLS (smtps://),
and the URL forms. The certificate is a throwaway one the test makes and trusts."""

from __future__ import annotations

import ssl
from datetime import UTC, datetime, timedelta
from email import policy
from email.parser import BytesParser
from ipaddress import ip_address
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from tests.mail.helpers import Recorder, env_engine, free_port, parts
from tests.seeding import make_item, store_raw
from tracker.mail import service
from tracker.mail.run import run_digests
from tracker.mail.transport import SmtpTransport, Unavailable


def _self_signed(cert: Path, key: Path) -> None:
    """A throwaway certificate for 127.0.0.1 (cryptography comes with Scrapy's TLS stack)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    private = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.now(UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(private.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ip_address("127.0.0.1"))]), False
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(private, hashes.SHA256())
    )
    cert.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key.write_bytes(
        private.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )


@pytest.fixture
def certificate(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ssl.SSLContext:
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    _self_signed(cert, key)
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))  # the client trusts it like a real CA
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    return context


class Logins:
    def __init__(self) -> None:
        self.seen: list[tuple[str, str]] = []

    def __call__(self, server, session, envelope, mechanism, auth_data):  # noqa: ANN001
        assert isinstance(auth_data, LoginPassword)
        login, password = auth_data.login.decode(), auth_data.password.decode()
        self.seen.append((login, password))
        return AuthResult(success=(login, password) == ("alerts", "p@ss:word"))


def _deliver_one(monkeypatch, url: str) -> None:
    monkeypatch.setenv("TRACKER_SMTP_URL", url)
    config, engine = env_engine()
    service.request_subscription(engine, config, "a@example.org", confirmed=True)
    store_raw(engine, make_item())
    _recorded, sent = run_digests(engine, config, force=True)
    assert sent.sent == 1, sent


def test_starttls_with_login(tracker_env, certificate, monkeypatch):
    handler, logins, port = Recorder(), Logins(), free_port()
    server = Controller(
        handler, hostname="127.0.0.1", port=port, tls_context=certificate,
        require_starttls=True, authenticator=logins, auth_required=True, auth_require_tls=True,
    )  # fmt: skip
    server.start()
    try:
        _deliver_one(monkeypatch, f"smtp://alerts:p%40ss%3Aword@127.0.0.1:{port}?starttls=1")
    finally:
        server.stop()
    assert logins.seen == [("alerts", "p@ss:word")]
    (_sender, rcpts, raw) = handler.received[0]
    assert rcpts == ["a@example.org"]
    parts(BytesParser(policy=policy.default).parsebytes(raw))


def test_implicit_tls(tracker_env, certificate, monkeypatch):
    handler, port = Recorder(), free_port()
    server = Controller(handler, hostname="127.0.0.1", port=port, ssl_context=certificate)
    server.start()
    try:
        _deliver_one(monkeypatch, f"smtps://127.0.0.1:{port}")
    finally:
        server.stop()
    assert len(handler.received) == 1


def test_url_forms():
    plain = SmtpTransport("smtp://mail.example.org")
    assert (plain.port, plain.starttls, plain.implicit_tls, plain.username) == (
        25,
        False,
        False,
        None,
    )
    submission = SmtpTransport("smtp://u:p%2Fw@mail.example.org:587")
    assert submission.starttls and (submission.username, submission.password) == ("u", "p/w")
    assert SmtpTransport("smtps://mail.example.org").port == 465
    assert not SmtpTransport("smtp://h:587?starttls=0").starttls
    with pytest.raises(ValueError, match="smtp://host:port"):
        SmtpTransport("http://mail.example.org")
    with pytest.raises(Unavailable, match="cannot reach"):
        SmtpTransport(f"smtp://127.0.0.1:{free_port()}", timeout=2).send("a@b.org", "c@d.org", b"x")


def test_untrusted_certificate_is_refused_and_mail_kept(tracker_env, certificate, monkeypatch):
    monkeypatch.delenv("SSL_CERT_FILE")  # the server's certificate is now signed by nobody we trust
    handler, port = Recorder(), free_port()
    server = Controller(handler, hostname="127.0.0.1", port=port, ssl_context=certificate)
    server.start()
    try:
        monkeypatch.setenv("TRACKER_SMTP_URL", f"smtps://127.0.0.1:{port}")
        config, engine = env_engine()
        service.request_subscription(engine, config, "a@example.org", confirmed=True)
        store_raw(engine, make_item())
        _recorded, sent = run_digests(engine, config, force=True)
    finally:
        server.stop()
    assert sent.sent == 0 and sent.deferred == 1 and "CERTIFICATE_VERIFY_FAILED" in sent.error
    assert handler.received == []
