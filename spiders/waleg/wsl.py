"""Talking to the WSL web services: request building (HTTP GET or SOAP 1.1) and XML reading.

The services are ASP.NET ASMX. Each operation answers HTTP GET
(`/LegislationService.asmx/<Op>?param=value`, bare XML) and SOAP 1.1 (POST to
`/LegislationService.asmx` with `SOAPAction: "http://WSLWebServices.leg.wa.gov/<Op>"`, the same
XML inside an envelope). Elements are in the default namespace `http://WSLWebServices.leg.wa.gov/`.
A failing call answers HTTP 500: a `soap:Fault` under SOAP, a plain-text exception under GET.
"""

from __future__ import annotations

from datetime import date, datetime
from urllib.parse import urlencode
from xml.sax.saxutils import escape

from lxml import etree

NS = "http://WSLWebServices.leg.wa.gov/"
SOAP_NS = "http://schemas.xmlsoap.org/soap/envelope/"
_W = f"{{{NS}}}"


class WslError(ValueError):
    """A reply that is not the XML the operation promises, or a fault the service sent."""


def request_parts(
    base_url: str, service: str, op: str, params: dict[str, str], protocol: str
) -> tuple[str, str, dict[str, str], bytes | None]:
    """(url, method, headers, body) for one call of OP on SERVICE ("LegislationService")."""
    root = f"{base_url.rstrip('/')}/{service}.asmx"
    if protocol == "soap":
        fields = "".join(f"<{k}>{escape(v)}</{k}>" for k, v in params.items())
        body = (
            '<?xml version="1.0" encoding="utf-8"?>'
            '<soap:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
            'xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
            f'xmlns:soap="{SOAP_NS}"><soap:Body><{op} xmlns="{NS}">{fields}</{op}>'
            "</soap:Body></soap:Envelope>"
        ).encode()
        headers = {"Content-Type": "text/xml; charset=utf-8", "SOAPAction": f'"{NS}{op}"'}
        return root, "POST", headers, body
    return f"{root}/{op}?{urlencode(params)}", "GET", {}, None


def wsl_datetime(moment: date | datetime) -> str:
    """The services' dateTime parameter form ("2025-01-13T00:00:00")."""
    if not isinstance(moment, datetime):
        moment = datetime(moment.year, moment.month, moment.day)
    return moment.replace(tzinfo=None, microsecond=0).isoformat()


def parse_rows(body: bytes, row: str) -> list[etree._Element]:
    """Every ROW element ("LegislativeStatus") of a reply, bare or in a SOAP envelope.

    A reply that is not well-formed XML, a SOAP fault, or a document that is not the operation's
    answer raises WslError; an answer with no rows is an empty list.
    """
    try:
        tree = etree.fromstring(
            body, parser=etree.XMLParser(resolve_entities=False, no_network=True)
        )
    except etree.XMLSyntaxError as exc:
        raise WslError(f"malformed XML ({exc})") from None
    if tree is None:
        raise WslError("empty reply")
    fault = tree.find(f".//{{{SOAP_NS}}}Fault")
    if fault is not None:
        raise WslError(f"SOAP fault: {fault_text(fault)}")
    if tree.tag == f"{{{SOAP_NS}}}Envelope":
        body_el = tree.find(f"{{{SOAP_NS}}}Body")
        result = next(iter(body_el), None) if body_el is not None else None
        # <OpResponse><OpResult>rows</OpResult></OpResponse>
        tree = next(iter(result), None) if result is not None else None
        if tree is None:
            return []
    elif not tree.tag.startswith(_W + "ArrayOf"):
        raise WslError(f"unexpected document <{etree.QName(tree).localname}>")
    return tree.findall(_W + row)


def fault_text(fault: etree._Element) -> str:
    text = fault.findtext("faultstring") or fault.findtext(f"{{{SOAP_NS}}}faultstring") or ""
    return " ".join(text.split())[:300] or "no fault string"


def error_text(body: bytes) -> str:
    """One line saying why a call answered an error status: its fault string or first line."""
    try:
        tree = etree.fromstring(body)
        fault = tree.find(f".//{{{SOAP_NS}}}Fault")
        if fault is not None:
            return fault_text(fault)
    except etree.XMLSyntaxError:
        pass
    first = body.decode("utf-8", "replace").strip().splitlines()
    return first[0][:300] if first else "empty body"


def text(element: etree._Element | None, path: str) -> str | None:
    """Stripped text of the child at PATH (names without namespace, "CurrentStatus/Status")."""
    if element is None:
        return None
    found = element.find("/".join(_W + part for part in path.split("/")))
    if found is None or found.text is None:
        return None
    value = found.text.strip()
    return value or None


def flag(element: etree._Element, path: str) -> bool:
    return (text(element, path) or "").lower() == "true"
