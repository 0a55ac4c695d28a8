"""Rules for members.yaml beyond the schema, above all consent and privacy."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from .file_safety import check_published_file
from ..model import addresses
from ..model.kreise import FORMER_KEYS, all_kreise, closest_by_name, kreis_of
from ..catalogue import ERROR, MEMBER, WARNING, Example, members, rule
from ..diagnostics import Report
from ..model.hub import Vocabulary, tool_name_key
from .references import check_repeated_entries, check_unique_ids
from ..model.values import ValueProblem, parse_date
from ..source.yaml_source import SourceDocument


def check_members(document: SourceDocument, vocabulary: Vocabulary | None, docs_dir: Path, today: date, report: Report) -> None:
    if not isinstance(document.data, list):
        return
    check_unique_ids(document, report, "Mitglied", addresses.RESERVED["member"])
    check_repeated_entries(document, ("name", "organisation"), "Ein Mitglied", report)
    _check_tool_spellings(document, report)
    for i, member in enumerate(document.data):
        if not isinstance(member, dict):
            continue
        if vocabulary is not None:
            _check_ags(document, i, member, vocabulary, report)
        _check_consent(document, i, member, docs_dir, today, report)


def _check_ags(document, i, member, vocabulary: Vocabulary, report) -> None:  # noqa: ANN001
    """The official key (ags) names a Land and a Kreis, and agrees with the member's state."""
    ags, state = member.get("ags"), member.get("state")
    if isinstance(ags, str) and ags.isdigit():
        from_ags = vocabulary.state_for_code(ags[:2])
        if from_ags is None:
            report.error(
                document.position((i, "ags")),
                f"Der Schlüssel „{ags}“ beginnt mit „{ags[:2]}“; das ist kein Bundesland (01 bis 16).",
                "ags-ungueltig",
                "Prüfen Sie den Schlüssel im Gemeindeverzeichnis von Destatis; er muss in Anführungszeichen stehen, z. B. ags: \"01058\".",
            )
        elif kreis_of(ags) is None:
            _report_unknown_kreis(document, i, ags, member.get("organisation"), report)
        elif isinstance(state, str) and state in vocabulary.states and state != from_ags.id:
            report.error(
                document.position((i, "state")),
                f"Das Bundesland „{state}“ passt nicht zum Schlüssel „{ags}“, der zu {from_ags.title} gehört.",
                "bundesland-passt-nicht",
                "Lassen Sie state weg: das Bundesland ergibt sich aus dem Schlüssel.",
            )
    elif ags is None and state is None:
        report.error(
            document.position((i,)),
            "Es fehlt das Bundesland: geben Sie ags (Gemeindeschlüssel) oder state an.",
            "bundesland-fehlt",
            "Beispiel: ags: \"01058\" für eine Kommune oder state: hessen für andere Organisationen.",
        )


def _report_unknown_kreis(document, i, ags: str, organisation: object, report) -> None:  # noqa: ANN001
    closest = closest_by_name(organisation) if isinstance(organisation, str) else []
    hint = "Die ersten fünf Ziffern sind der Kreisschlüssel; prüfen Sie ihn im Gemeindeverzeichnis von Destatis."
    if ags[:5] in FORMER_KEYS:
        today = all_kreise()[FORMER_KEYS[ags[:5]]]
        hint = f"„{ags[:5]}“ gehört heute zu „{today.ags}“ ({today.designation} {today.name}); die Gemeinden dort haben neue Schlüssel. " + hint
    elif closest:
        hint = "Meinten Sie " + " oder ".join(f"„{k.ags}“ ({k.designation} {k.name})" for k in closest) + "? " + hint
    report.error(
        document.position((i, "ags")),
        f"Zum Schlüssel „{ags}“ gibt es keinen Kreis und keine kreisfreie Stadt: „{ags[:5]}“ ist kein Kreisschlüssel.",
        "kreis-unbekannt",
        hint,
    )


def _check_consent(document, i, member, docs_dir: Path, today: date, report) -> None:  # noqa: ANN001
    consent = member.get("consent")
    if not isinstance(consent, dict):
        return
    if isinstance(consent.get("date"), str):
        try:
            consent_date = parse_date(consent["date"])
            if consent_date > today:
                report.error(
                    document.position((i, "consent", "date")),
                    f"Die Einwilligung ist auf einen Tag in der Zukunft datiert ({consent['date']}).",
                    "einwilligung-datum",
                    "Tragen Sie das Datum ein, an dem die Einwilligung tatsächlich erteilt wurde.",
                )
        except ValueProblem as problem:
            report.error(document.position((i, "consent", "date")), str(problem), "ungueltiges-datum")
    # profil always, kontakt with contact, foto with photo: members.schema.json states these (if/then,
    # dependentSchemas) with their codes, so editors show them too; the schema check reports them.
    photo = member.get("photo")
    if isinstance(photo, dict) and isinstance(photo.get("src"), str):
        source = (docs_dir / photo["src"]).resolve()
        if docs_dir.resolve() not in source.parents or not source.is_file():
            report.error(
                document.position((i, "photo", "src")),
                f"Die Bilddatei „docs/{photo['src']}“ gibt es nicht.",
                "foto-fehlt",
                "Laden Sie das Bild nach docs/mitglieder/fotos/ hoch und geben Sie den Pfad ab docs/ an.",
            )
        else:
            check_published_file(source, f"docs/{photo['src']}", report)


def _check_tool_spellings(document: SourceDocument, report: Report) -> None:
    """The tool landscape counts „PowerApps“ and „Power Apps“ as one tool but can show only one name."""
    first: dict[tuple[str, str], tuple[str, int]] = {}
    for i, member in enumerate(document.data):
        tools = member.get("tools") if isinstance(member, dict) else None
        for k, tool in enumerate(tools if isinstance(tools, list) else []):
            if not isinstance(tool, dict) or not isinstance(tool.get("name"), str) or not isinstance(tool.get("category"), str):
                continue
            key = (tool["category"], tool_name_key(tool["name"]))
            position = document.position((i, "tools", k, "name"))
            if key not in first:
                first[key] = (tool["name"], position.line)
            elif first[key][0] != tool["name"]:
                report.warning(
                    position,
                    f"Das Werkzeug „{tool['name']}“ steht in Zeile {first[key][1]} als „{first[key][0]}“.",
                    "werkzeug-schreibweise",
                    f"Schreiben Sie den Namen überall gleich, z. B. „{first[key][0]}“: die Werkzeuglandschaft zählt beide zusammen, zeigt aber nur eine Schreibweise.",
                )


# The rules of this module, as contributors read them on /mitmachen/meldungen/.
_TOOLS = "  tools:\n    - category: prozessmanagement\n      name: PowerApps\n"
_SECOND = MEMBER.replace("anna-petersen", "jonas-weber").replace("Dr. Anna Petersen", "Jonas Weber")
_PHOTO = "  photo:\n    src: mitglieder/fotos/anna-petersen.png\n    credit: \"Foto: Kreis Rendsburg-Eckernförde\"\n"
rule("ags-ungueltig", ERROR, "Schlüssel ohne Bundesland",
     "Die ersten zwei Ziffern des amtlichen Schlüssels (ags) nennen das Bundesland, 01 bis 16. Der Schlüssel steht in Anführungszeichen.",
     members(MEMBER.replace('ags: "01058"', 'ags: "99058"')), members(MEMBER))
rule("kreis-unbekannt", ERROR, "Schlüssel ohne Kreis",
     "Die ersten fünf Ziffern des amtlichen Schlüssels (ags) nennen den Kreis oder die kreisfreie Stadt. Sie müssen einen der 400 heutigen Kreise treffen; "
     "für einen Schlüssel aus der Zeit vor einer Kreisreform nennt die Meldung den heutigen Kreis.",
     members(MEMBER.replace('ags: "01058"', 'ags: "01099"')), members(MEMBER))
rule("bundesland-passt-nicht", ERROR, "Bundesland passt nicht zum Schlüssel",
     "Der amtliche Schlüssel (ags) bestimmt das Bundesland; state ist dann überflüssig und darf ihm nicht widersprechen.",
     members(MEMBER + "  state: hessen\n"), members(MEMBER))
rule("bundesland-fehlt", ERROR, "Bundesland fehlt",
     "Jedes Mitglied braucht ein Bundesland: aus dem amtlichen Schlüssel (ags) einer Kommune oder als state.",
     members(MEMBER.replace('  ags: "01058"\n', "")), members(MEMBER.replace('  ags: "01058"\n', "  state: schleswig-holstein\n")))
rule("einwilligung-datum", ERROR, "Einwilligung in der Zukunft",
     "Die Einwilligung trägt das Datum, an dem sie erteilt wurde; ein Tag in der Zukunft ist ein Tippfehler.",
     members(MEMBER.replace('date: "2026-03-01"', 'date: "2099-03-01"')), members(MEMBER))
rule("einwilligung-fehlt", ERROR, "Einwilligung „profil“ fehlt",
     "Ohne Einwilligung profil wird ein Mitglied nicht veröffentlicht, auch nicht mit Kontakt oder Foto.",
     members(MEMBER.replace("scope: [profil]", "scope: [kontakt]") + "  contact:\n    email: digital@kreis-rd.de\n"),
     members(MEMBER.replace("scope: [profil]", "scope: [profil, kontakt]") + "  contact:\n    email: digital@kreis-rd.de\n"))
rule("kontakt-ohne-einwilligung", ERROR, "Kontakt ohne Einwilligung",
     "Kontaktangaben erscheinen nur mit der Einwilligung kontakt in consent.scope.",
     members(MEMBER + "  contact:\n    email: digital@kreis-rd.de\n"),
     members(MEMBER.replace("scope: [profil]", "scope: [profil, kontakt]") + "  contact:\n    email: digital@kreis-rd.de\n"))
rule("foto-ohne-einwilligung", ERROR, "Foto ohne Einwilligung",
     "Ein Foto erscheint nur mit der Einwilligung foto in consent.scope und immer mit Bildnachweis.",
     members(MEMBER + _PHOTO, also=(Example("docs/mitglieder/fotos/anna-petersen.png", "PNG", note="eine Bilddatei"),)),
     members(MEMBER.replace("scope: [profil]", "scope: [profil, foto]") + _PHOTO,
             also=(Example("docs/mitglieder/fotos/anna-petersen.png", "PNG", note="eine Bilddatei"),)))
rule("foto-fehlt", ERROR, "Bilddatei fehlt",
     "Das Foto liegt unter docs/, meist in docs/mitglieder/fotos/; photo.src nennt den Pfad ab docs/.",
     members(MEMBER.replace("scope: [profil]", "scope: [profil, foto]") + _PHOTO),
     members(MEMBER.replace("scope: [profil]", "scope: [profil, foto]") + _PHOTO,
             also=(Example("docs/mitglieder/fotos/anna-petersen.png", "PNG", note="eine Bilddatei"),)))
rule("werkzeug-schreibweise", WARNING, "Werkzeug in zwei Schreibweisen",
     "Die Werkzeuglandschaft zählt „PowerApps“ und „Power Apps“ als ein Werkzeug, zeigt aber nur eine Schreibweise.",
     members(MEMBER + _TOOLS + _SECOND + _TOOLS.replace("PowerApps", "Power Apps")),
     members(MEMBER + _TOOLS + _SECOND + _TOOLS))
