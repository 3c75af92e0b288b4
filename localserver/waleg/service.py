"""LegislationService.asmx as the local server answers it: HTTP GET (bare XML), HTTP POST
(form fields) and SOAP 1.1 (envelope in, envelope out), element names and order as on the
service's own help pages (`?op=GetLegislationByYear`, `?op=GetPrefiledLegislation`).

Errors as ASP.NET gives them: HTTP 500 with a `soap:Fault` under SOAP, with the exception's text
under GET/POST. Like the real service (Open States' notes), a history call for a bill with no
actions answers 500.
"""

from __future__ import annotations

import re
from datetime import datetime
from urllib.parse import parse_qsl, urlsplit
from xml.sax.saxutils import escape

from lxml import etree

from localserver.server import Reply
from localserver.waleg.model import Biennium, Bill, Change, bill_status

NS = "http://WSLWebServices.leg.wa.gov/"
SOAP_NS = "http://schemas.xmlsoap.org/soap/envelope/"
XSI = 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema"'
XML_TYPE = {"Content-Type": "text/xml; charset=utf-8"}


class ServiceError(Exception):
    pass


def _dt(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S")


def _el(name: str, value: object) -> str:
    if isinstance(value, bool):
        value = "true" if value else "false"
    return f"<{name}>{escape(str(value))}</{name}>"


def status_xml(change: Change) -> str:
    return (
        "<LegislativeStatus>"
        + _el("BillId", change.bill_id)
        + _el("HistoryLine", change.line)
        + _el("ActionDate", _dt(change.when))
        + _el("AmendedByOppositeBody", False)
        + _el("PartialVeto", False)
        + _el("Veto", False)
        + _el("AmendmentsExist", "amendment" in change.line.lower())
        + _el("Status", change.status)
        + "</LegislativeStatus>"
    )


def legislation_xml(state: Biennium, bill: Bill, bill_id: str, active: bool) -> str:
    current = bill.changes[-1] if bill.changes else None
    version = bill.versions.index(bill_id)
    current_xml = (
        "<CurrentStatus>"
        + _el("BillId", bill_id)
        + _el("HistoryLine", current.line if current else "")
        + _el("ActionDate", _dt(current.when if current else bill.introduced))
        + _el("AmendedByOppositeBody", False)
        + _el("PartialVeto", False)
        + _el("Veto", False)
        + _el("AmendmentsExist", False)
        + _el("Status", bill_status(bill))
        + "</CurrentStatus>"
    )
    return (
        "<Legislation>"
        + _el("Biennium", state.biennium)
        + _el("BillId", bill_id)
        + _el("BillNumber", bill.number)
        + _el("SubstituteVersion", 1 if bill_id.split()[0].endswith("S" + bill.prefix) else 0)
        + _el("EngrossedVersion", 0)
        + "<ShortLegislationType>"
        + _el("ShortLegislationType", "B")
        + _el("LongLegislationType", bill.long_type)
        + "</ShortLegislationType>"
        + _el("OriginalAgency", bill.agency)
        + _el("Active", active)
        + _el("StateFiscalNote", False)
        + _el("LocalFiscalNote", False)
        + _el("Appropriations", False)
        + _el("RequestedByGovernor", False)
        + _el("RequestedByBudgetCommittee", False)
        + _el("RequestedByDepartment", False)
        + _el("RequestedByOther", False)
        + _el("ShortDescription", bill.short_description)
        + _el("Request", f"H-{bill.number:04d}.{version + 1}")
        + _el("IntroducedDate", _dt(bill.introduced))
        + current_xml
        + _el("Sponsor", "(Ortiz-Self)")
        + _el("PrimeSponsorID", 17226)
        + _el("LongDescription", bill.long_description)
        + _el("LegalTitle", bill.legal_title)
        + "</Legislation>"
    )


class LegislationService:
    """The platform the local server mounts (at "/" or any prefix): one biennium's bills."""

    def __init__(self, state: Biennium) -> None:
        self.state = state
        self.calls: list[tuple[str, dict[str, str]]] = []

    def answer(self, method: str, target: str, headers: dict[str, str], body: bytes) -> Reply:
        parts = urlsplit(target)
        path = parts.path.rstrip("/")
        soap = False
        if path.lower().endswith("/legislationservice.asmx") and method == "POST":
            soap = True
            try:
                op, params = self.read_envelope(body, headers.get("soapaction", ""))
            except ServiceError as exc:
                return self.fault(str(exc))
        else:
            found = re.search(r"/legislationservice\.asmx/(\w+)$", path, re.I)
            if not found:
                return 404, b"<html><body>Not Found</body></html>", {"Content-Type": "text/html"}
            op = found.group(1)
            params = dict(parse_qsl(parts.query))
            if method == "POST":
                params.update(parse_qsl(body.decode("utf-8", "replace")))
        self.calls.append((op, params))
        try:
            rows, wrapper = self.call(op, params)
        except ServiceError as exc:
            return (
                self.fault(str(exc))
                if soap
                else (500, str(exc).encode(), {"Content-Type": "text/plain; charset=utf-8"})
            )
        if soap:
            payload = (
                f'<?xml version="1.0" encoding="utf-8"?>'
                f'<soap:Envelope {XSI} xmlns:soap="{SOAP_NS}">'
                f'<soap:Body><{op}Response xmlns="{NS}"><{op}Result>{rows}</{op}Result>'
                f"</{op}Response></soap:Body></soap:Envelope>"
            )
        else:
            payload = (
                f'<?xml version="1.0" encoding="utf-8"?>'
                f'<{wrapper} {XSI} xmlns="{NS}">{rows}</{wrapper}>'
            )
        return 200, payload.encode(), dict(XML_TYPE)

    def read_envelope(self, body: bytes, action: str) -> tuple[str, dict[str, str]]:
        try:
            tree = etree.fromstring(body)
        except etree.XMLSyntaxError as exc:
            raise ServiceError(f"Server was unable to read request. ---> {exc}") from None
        call = tree.find(f"{{{SOAP_NS}}}Body/*")
        if call is None:
            raise ServiceError("Server did not recognize the value of HTTP Header SOAPAction: .")
        op = etree.QName(call).localname
        if action.strip('"') != NS + op:
            raise ServiceError(
                f"Server did not recognize the value of HTTP Header SOAPAction: {action}."
            )
        return op, {etree.QName(c).localname: (c.text or "") for c in call}

    def fault(self, message: str) -> Reply:
        payload = (
            f'<?xml version="1.0" encoding="utf-8"?><soap:Envelope {XSI} xmlns:soap="{SOAP_NS}">'
            "<soap:Body><soap:Fault><faultcode>soap:Server</faultcode>"
            f"<faultstring>{escape(message)}</faultstring><detail /></soap:Fault>"
            "</soap:Body></soap:Envelope>"
        )
        return 500, payload.encode(), dict(XML_TYPE)

    # --- operations -----------------------------------------------------------------------

    def _biennium(self, params: dict[str, str]) -> str:
        value = params.get("biennium", "")
        if not re.fullmatch(r"\d{4}-\d{2}", value):
            raise ServiceError(
                "System.ArgumentException: Expects biennium to be in the format: 2005-06"
            )
        return value

    def _date(self, params: dict[str, str], name: str) -> datetime:
        try:
            return datetime.fromisoformat(params[name])
        except (KeyError, ValueError):
            raise ServiceError(
                f"System.ArgumentException: Cannot convert {params.get(name)!r} to "
                f"System.DateTime. Parameter name: {name}"
            ) from None

    def _number(self, params: dict[str, str]) -> int:
        value = params.get("billNumber", "")
        if not value.isdigit():
            raise ServiceError(
                f"System.ArgumentException: Cannot convert {value!r} to System.Int32. "
                "Parameter name: billNumber"
            )
        return int(value)

    def call(self, op: str, params: dict[str, str]) -> tuple[str, str]:
        if op == "GetLegislativeStatusChangesByDateRange":
            biennium = self._biennium(params)
            begin, end = self._date(params, "beginDate"), self._date(params, "endDate")
            rows = self.state.changes_between(begin, end) if biennium == self.state.biennium else []
            return "".join(map(status_xml, rows)), "ArrayOfLegislativeStatus"
        if op == "GetLegislativeStatusChangesByBillNumber":
            biennium = self._biennium(params)
            number = self._number(params)
            begin, end = self._date(params, "beginDate"), self._date(params, "endDate")
            bill = self.state.bills.get(number) if biennium == self.state.biennium else None
            rows = [c for c in bill.changes if begin <= c.when <= end] if bill else []
            if not rows or number in self.state.fail_history:
                raise ServiceError(
                    "System.NullReferenceException: Object reference not set to an instance "
                    "of an object."
                )
            return "".join(map(status_xml, rows)), "ArrayOfLegislativeStatus"
        if op == "GetLegislation":
            biennium = self._biennium(params)
            number = self._number(params)
            bill = self.state.bills.get(number) if biennium == self.state.biennium else None
            if bill is None:
                return "", "ArrayOfLegislation"
            rows = [
                legislation_xml(self.state, bill, bill_id, i == len(bill.versions) - 1)
                for i, bill_id in enumerate(bill.versions)
            ]
            return "".join(rows), "ArrayOfLegislation"
        raise ServiceError(
            "System.InvalidOperationException: Request format is unrecognized for URL "
            f"unexpectedly ending in '/{op}'."
        )
