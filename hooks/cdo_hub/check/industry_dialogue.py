"""Rules for dialogue formats with industry and for speakers from industry (see the page „Kein Vertrieb“).

One small check per rule: hosts named, hosts from the circle, every speaker from industry disclosed,
no disclosure of someone who does not speak. Also the announcement date that dates an event in the feed.
"""

from __future__ import annotations

from datetime import date

from ..catalogue import ERROR, MEMBER, WORKSHOP, Example, events, rule
from ..diagnostics import Report
from ..model.hub import Vocabulary
from .references import check_references
from ..model.values import ValueProblem, parse_date
from ..source.yaml_source import SourceDocument


def check_industry_rules(document: SourceDocument, vocabulary: Vocabulary | None, members: dict | None, today: date, report: Report) -> None:
    if not isinstance(document.data, list):
        return
    for i, event in enumerate(document.data):
        if not isinstance(event, dict):
            continue
        _check_announced(document, i, event, today, report)
        check_references(document, (i, "hosts"), event.get("hosts"), None if members is None else members.keys(), "Das Mitglied", "members.yaml", report)
        if vocabulary is None or members is None:
            continue
        dialogue = _is_industry_dialogue(event, vocabulary)
        if dialogue:
            _check_hosts_named(document, i, event, vocabulary, report)
            _check_hosts_from_the_circle(document, i, event, vocabulary, members, report)
        _check_speakers_disclosed(document, i, event, vocabulary, members, dialogue, report)
        _check_disclosures_name_speakers(document, i, event, report)


def _is_industry_dialogue(event: dict, vocabulary: Vocabulary) -> bool:
    kind = vocabulary.event_types.get(event.get("type")) if isinstance(event.get("type"), str) else None
    return kind is not None and kind.industry


def _is_industry_member(member_id: object, vocabulary: Vocabulary, members: dict) -> bool:
    entry = members.get(member_id) if isinstance(member_id, str) else None
    kind = vocabulary.organisation_types.get(entry.get("organisation_type")) if isinstance(entry, dict) and isinstance(entry.get("organisation_type"), str) else None
    return kind is not None and kind.industry


def _check_announced(document: SourceDocument, i: int, event: dict, today: date, report: Report) -> None:
    """A feed entry dated in the future is flagged by feed readers; an announcement lies in the past."""
    if not isinstance(event.get("announced"), str):
        return
    try:
        day = document.typed[(i, "announced")] = parse_date(event["announced"])
    except ValueProblem as problem:
        report.error(document.position((i, "announced")), str(problem), "ungueltiges-datum")
        return
    if day > today:
        report.error(
            document.position((i, "announced")),
            f"Das Datum der Ankündigung {day.isoformat()} liegt in der Zukunft.",
            "datum-in-zukunft",
            f"announced ist der Tag, an dem die Veranstaltung eingetragen wurde, z. B. heute: announced: \"{today.isoformat()}\"",
        )


def _check_hosts_named(document: SourceDocument, i: int, event: dict, vocabulary: Vocabulary, report: Report) -> None:
    if "hosts" in event:
        return
    kind = vocabulary.event_types[event["type"]]
    report.error(
        document.position((i, "type")),
        f"Ein {kind.title} nennt seine Gastgeberinnen oder Gastgeber aus dem Zirkel (hosts).",
        "gastgeber-fehlen",
        "Ergänzen Sie z. B. hosts: [vorname-nachname] mit Kennungen aus members.yaml. Die Regeln stehen auf der Seite „Kein Vertrieb“.",
    )


def _check_hosts_from_the_circle(document: SourceDocument, i: int, event: dict, vocabulary: Vocabulary, members: dict, report: Report) -> None:
    hosts = event.get("hosts")
    for k, host in enumerate(hosts if isinstance(hosts, list) else []):
        if _is_industry_member(host, vocabulary, members):
            report.error(
                document.position((i, "hosts", k)),
                f"„{host}“ kommt aus der Wirtschaft ({members[host].get('organisation', '')}) und kann einen Dialog mit der Wirtschaft nicht ausrichten.",
                "gastgeber-aus-der-wirtschaft",
                "Gastgeber sind Mitglieder aus Verwaltung oder Wissenschaft; wer aus der Wirtschaft kommt, steht unter speakers und legt offen.",
            )


def _check_speakers_disclosed(document: SourceDocument, i: int, event: dict, vocabulary: Vocabulary, members: dict, dialogue: bool, report: Report) -> None:
    disclosed = {d.get("person").strip() for d in _list(event.get("disclosures")) if isinstance(d, dict) and isinstance(d.get("person"), str)}
    speakers = [("speakers", k, s) for k, s in enumerate(_list(event.get("speakers"))) if _is_industry_member(s, vocabulary, members)]
    # In a dialogue with industry every guest speaks for an organisation; a guest from administration discloses that, too.
    guests = [("guests", k, g) for k, g in enumerate(_list(event.get("guests")))] if dialogue else []
    for field, k, person in speakers + guests:
        if isinstance(person, str) and person.strip() not in disclosed:
            who = f"„{person}“ kommt aus der Wirtschaft" if field == "speakers" else f"Der Gast „{person}“ spricht in einem Dialog mit der Wirtschaft"
            report.error(
                document.position((i, field, k)),
                f"{who}; dafür fehlt die Offenlegung (disclosures).",
                "offenlegung-fehlt",
                f"Ergänzen Sie unter disclosures: - person: \"{person.strip()}\" und text: \"Arbeitet für …; stellt keine Produkte vor.\"",
            )


def _check_disclosures_name_speakers(document: SourceDocument, i: int, event: dict, report: Report) -> None:
    speaking = {p.strip() for p in _list(event.get("speakers")) + _list(event.get("guests")) if isinstance(p, str)}
    for k, disclosure in enumerate(_list(event.get("disclosures"))):
        person = disclosure.get("person") if isinstance(disclosure, dict) else None
        if isinstance(person, str) and person.strip() not in speaking:
            report.error(
                document.position((i, "disclosures", k, "person")),
                f"„{person}“ steht weder unter speakers noch unter guests dieser Veranstaltung.",
                "offenlegung-ohne-person",
                "Schreiben Sie die Kennung aus speakers oder den Namen genau so, wie er unter guests steht.",
            )


def _list(value: object) -> list:
    return value if isinstance(value, list) else []


# The rules of this module, as contributors read them on /mitmachen/meldungen/ (the rules „Kein Vertrieb“).
DIALOGUE = WORKSHOP.replace("type: workshop", "type: branchendialog")
GUEST = "Jana Beispiel (Musterdienst GmbH)"
DISCLOSURE = f"""  disclosures:
    - person: "{GUEST}"
      text: Arbeitet für einen Anbieter von Fachverfahren; stellt keine Produkte vor.
"""
rule("gastgeber-fehlen", ERROR, "Dialog mit der Wirtschaft ohne Gastgeber",
     "Ein Dialogformat mit der Wirtschaft (Veranstaltungsart mit industry: true, etwa branchendialog) richten Mitglieder "
     "des Zirkels aus; sie stehen unter hosts.",
     events(DIALOGUE), events(DIALOGUE + "  hosts: [anna-petersen]\n"))
rule("gastgeber-aus-der-wirtschaft", ERROR, "Gastgeber aus der Wirtschaft",
     "Gastgeber eines Dialogs mit der Wirtschaft kommen aus Verwaltung oder Wissenschaft; wer aus der Wirtschaft kommt "
     "(Organisationsart mit industry: true), spricht unter speakers und legt offen.",
     Example("members.yaml", MEMBER.replace("organisation_type: landkreis", "organisation_type: wirtschaft"),
             also=(events(DIALOGUE + "  hosts: [anna-petersen]\n"),)),
     Example("members.yaml", MEMBER, also=(events(DIALOGUE + "  hosts: [anna-petersen]\n"),)))
rule("offenlegung-ohne-person", ERROR, "Offenlegung ohne Vortrag",
     "Eine Offenlegung (disclosures) gehört zu jemandem, der bei dieser Veranstaltung spricht: eine Kennung aus speakers "
     "oder ein Name genau so, wie er unter guests steht.",
     events(WORKSHOP + DISCLOSURE), events(WORKSHOP + f'  guests: ["{GUEST}"]\n' + DISCLOSURE))
