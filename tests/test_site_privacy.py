"""Privacy: contact data and photos only with consent; members-only events show their public part only
(title, type, format, status, topics and dates), nothing else.

Every check compares the raw values of members.yaml and events.yaml with every text file of the built site:
pages, search index, JSON, sitemap and calendar files.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from content_helpers import RawContent, read_content, write_yaml
from html_helpers import files_containing, load_page, normalise, readable_text, search_docs, site_texts
from conftest import REPO, copy_repo, run_build

WITHDRAWN = "malte-hinrichsen"  # in the copy, he withdraws consent to contact data and photo
PHOTO_ONLY = {
    "id": "pia-fotografiert",
    "name": "Pia Fotografiert",
    "role": "Referentin für Digitalisierung",
    "organisation": "Stadt Beispielhausen",
    "organisation_type": "gemeinde",
    "state": "hessen",
    "photo": {"src": "mitglieder/fotos/pia-fotografiert.svg", "credit": "Foto: Privatarchiv Fotografiert"},
    "consent": {"date": "2026-10-01", "scope": ["profil", "foto"]},
}
CONTACT_ONLY = {
    "id": "kai-kontakt",
    "name": "Kai Kontakt",
    "role": "Chief Digital Officer",
    "organisation": "Landkreis Beispielkreis",
    "organisation_type": "landkreis",
    "state": "bayern",
    "contact": {"email": "kai.kontakt@beispielkreis.example", "website": "https://kai-kontakt.example", "linkedin": "https://www.linkedin.com/in/kai-kontakt-beispiel"},
    "consent": {"date": "2026-10-02", "scope": ["profil", "kontakt"]},
}
SECRET_EVENT = {
    "id": "mitgliederwerkstatt-2027",
    "title": "Mitgliederwerkstatt Datenräume",
    "type": "branchendialog",
    "start": "2027-02-04 10:00",
    "end": "16:00",
    "format": "praesenz",
    "visibility": "mitglieder",
    "location": {"name": "Sitzungssaal im Geheimflügel", "address": "Verborgene Gasse 13, 99999 Nirgendwo", "city": "Nirgendwostadt"},
    "url": "https://mitglieder.example/zugang-7c3f",
    "speakers": [WITHDRAWN],
    "guests": ["Gastreferentin Vertraulich-Beispiel"],
    # A dialogue with industry: hosts from the circle and the guest's disclosure stay off the site, too;
    # the announcement date is public and puts the event into the news feed.
    "hosts": [WITHDRAWN],
    "disclosures": [{"person": "Gastreferentin Vertraulich-Beispiel", "text": "Vertriebsleiterin der Geheimlösungen AG, Provision nach Abschluss."}],
    "announced": "2026-11-20",
    "topics": ["daten"],
    "description": "Interne Tagesordnung mit dem Zugangscode Leuchtturm-4711 für den Seiteneingang.",
    "status": "verschoben",
    "status_note": "Ausweichraum Kellergewölbe Nordflügel, Klingel Zirkel-0815.",
}
PHOTO_SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="160" height="160"><rect width="160" height="160" fill="#cde"/></svg>\n'


@pytest.fixture(scope="module")
def private_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy with a member who withdrew consent, one with photo only, one with contact only, and a secret event."""
    root = copy_repo(tmp_path_factory.mktemp("privacy"))
    content = read_content(root)
    members = []
    for member in content.members:
        if member["id"] == WITHDRAWN:
            member = {k: v for k, v in member.items() if k not in ("contact", "photo")}
            member["consent"] = {**member["consent"], "scope": ["profil"]}
        members.append(member)
    write_yaml(root / "members.yaml", members + [PHOTO_ONLY, CONTACT_ONLY])
    write_yaml(root / "events.yaml", content.events + [SECRET_EVENT])
    (root / "docs" / PHOTO_ONLY["photo"]["src"]).write_text(PHOTO_SVG, encoding="utf-8")
    # The secret event's details draw warnings (they would be readable in the repository), so `--strict`
    # refuses them; a build without it must still keep every one of them off the site.
    result = run_build(root, strict=False)
    assert result.returncode == 0, result.output
    warned = sorted(re.findall(r"zeigt die Website .* \((\w+)\) nicht;.*\[interne-angabe\]", result.output))
    assert warned == ["description", "disclosures", "guests", "speakers", "status_note", "url"], result.output
    return root


@pytest.fixture(scope="module", params=["shipped", "private"])
def built(request: pytest.FixtureRequest) -> dict:
    """The shipped site and the changed copy, each with its own content and every text file read once."""
    if request.param == "shipped":
        site = request.getfixturevalue("built_site")
        root = site.parent
    else:
        root = request.getfixturevalue("private_root")
        site = root / "site"
    return {"site": site, "content": read_content(root), "texts": site_texts(site)}


# --- members -----------------------------------------------------------------------------------


def test_contact_data_and_photos_appear_only_with_consent(built):
    site, texts = built["site"], built["texts"]
    checked = 0
    for member in built["content"].members:
        scope = member["consent"]["scope"]
        profile = f"mitglieder/{member['id']}/index.html"
        for value in member.get("contact", {}).values():
            found = files_containing(texts, value)
            assert bool(found) == ("kontakt" in scope), (member["id"], value, found)
            if "kontakt" in scope:
                assert profile in found and "daten/mitglieder.json" in found, (member["id"], value)
            checked += 1
        if "photo" in member:
            found = files_containing(texts, Path(member["photo"]["src"]).name)
            assert bool(found) == ("foto" in scope), (member["id"], found)
            if "foto" in scope:
                assert profile in found and "daten/mitglieder.json" in found
                assert (site / member["photo"]["src"]).is_file()
            checked += 1
    assert checked


def test_withdrawn_contact_data_and_photo_disappear_everywhere(private_root):
    site = private_root / "site"
    texts = site_texts(site)
    before = read_content(REPO).member(WITHDRAWN)
    for value in [*before["contact"].values(), Path(before["photo"]["src"]).name]:
        assert files_containing(texts, value) == [], value
    profile = load_page(site, f"mitglieder/{WITHDRAWN}/")
    assert profile.article.find("img") is None and profile.article.find("figure") is None
    # The credit („Illustration: CDO-Zirkel“) may stand under other members' photos, not under his.
    assert before["photo"]["credit"] not in profile.article.text
    assert set(_member_record(site, WITHDRAWN)) & {"contact", "photo"} == set()


def test_members_who_consented_to_the_profile_only_show_no_contact_or_photo(built):
    site = built["site"]
    records = {m["id"]: m for m in json.loads((site / "daten" / "mitglieder.json").read_text(encoding="utf-8"))["members"]}
    profile_only = [m for m in built["content"].members if m["consent"]["scope"] == ["profil"]]
    assert profile_only
    for member in profile_only:
        _assert_no_contact(site, member["id"])
        _assert_no_photo(site, member["id"])
        assert "contact" not in records[member["id"]] and "photo" not in records[member["id"]]


def test_photo_without_contact_consent_shows_the_photo_only(private_root):
    site = private_root / "site"
    page = load_page(site, f"mitglieder/{PHOTO_ONLY['id']}/")
    image = page.article.find("figure", cls="hub-photo").find("img")
    assert page.resolve(image.attrs["src"]) == PHOTO_ONLY["photo"]["src"]
    assert page.article.find("figcaption").text == PHOTO_ONLY["photo"]["credit"]
    _assert_no_contact(site, PHOTO_ONLY["id"])
    record = _member_record(site, PHOTO_ONLY["id"])
    assert "contact" not in record and record["photo"]["url"].endswith(PHOTO_ONLY["photo"]["src"])


def test_contact_without_photo_consent_shows_the_contact_only(private_root):
    site = private_root / "site"
    page = load_page(site, f"mitglieder/{CONTACT_ONLY['id']}/")
    hrefs = {a.attrs.get("href") for a in page.article.find_all("a")}
    contact = CONTACT_ONLY["contact"]
    assert {f"mailto:{contact['email']}", contact["website"], contact["linkedin"]} <= hrefs
    _assert_no_photo(site, CONTACT_ONLY["id"])
    record = _member_record(site, CONTACT_ONLY["id"])
    assert record["contact"] == contact and "photo" not in record


# --- members-only events -----------------------------------------------------------------------


def test_members_only_events_show_no_link_place_description_or_guests_anywhere(built):
    texts, content = built["texts"], built["content"]
    public_text = _public_text(content)
    members_only = [e for e in content.events if e.get("visibility") == "mitglieder"]
    assert members_only
    checked_everywhere = 0
    for event in members_only:
        own_files = _files_about(built["site"], event)
        for value in _secret_values(event):
            if normalise(value) in public_text:
                # The same place or city is public elsewhere (a public event there, a member's Landkreis):
                # it must still not stand on anything about this event.
                leaks = [name for name, text in own_files.items() if normalise(value) in text]
            else:
                leaks = files_containing(texts, value)
                checked_everywhere += 1
            assert leaks == [], (event["id"], value, leaks)
    if built["content"].events[-1]["id"] == SECRET_EVENT["id"]:
        assert checked_everywhere >= len(_secret_values(SECRET_EVENT))


def test_members_only_events_keep_title_and_date_and_hide_speakers(built):
    site = built["site"]
    calendar = load_page(site, "veranstaltungen/")
    for event in [e for e in built["content"].events if e.get("visibility") == "mitglieder"]:
        page = load_page(site, f"veranstaltungen/{event['id']}/")
        assert page.article.find("h1").text == event["title"]
        assert page.article.find("div", cls="hub-facts").find("time") is not None
        assert "Interner Termin" in page.article.text
        assert not [link for link in page.links() if link.startswith("mitglieder/")], event["id"]
        assert f"veranstaltungen/{event['id']}/" in calendar.links()
        for person in event.get("speakers", []) + event.get("hosts", []):
            assert f"veranstaltungen/{event['id']}/" not in load_page(site, f"mitglieder/{person}/").links()
        if "announced" in event:
            # Announced: the news feed has an entry for it, with its public part only (the leak test reads the feed too).
            assert f"veranstaltungen/{event['id']}/" in (site / "veranstaltungen" / "feed.xml").read_text(encoding="utf-8")
        # Hosts are members with public pages, yet nothing about this event names them.
        for host in event.get("hosts", []):
            name = next(m["name"] for m in built["content"].members if m["id"] == host)
            assert normalise(name) not in _files_about(site, event)["page"], (event["id"], host)
            assert normalise(name) not in _files_about(site, event)["json"], (event["id"], host)


# --- helpers -----------------------------------------------------------------------------------


def _assert_no_contact(site: Path, member_id: str) -> None:
    page = load_page(site, f"mitglieder/{member_id}/")
    assert "Kontakt" not in [dt.text for dt in page.article.find_all("dt")], member_id
    hrefs = [a.attrs.get("href", "") for a in page.article.find_all("a")]
    assert not [h for h in hrefs if h.startswith("mailto:") or "linkedin" in h], member_id


def _assert_no_photo(site: Path, member_id: str) -> None:
    page = load_page(site, f"mitglieder/{member_id}/")
    assert page.article.find("img") is None and page.article.find("figure") is None, member_id


def _member_record(site: Path, member_id: str) -> dict:
    members = json.loads((site / "daten" / "mitglieder.json").read_text(encoding="utf-8"))["members"]
    return next(m for m in members if m["id"] == member_id)


def _secret_values(event: dict) -> list[str]:
    location = event.get("location", {})
    disclosures = [d.get("text") for d in event.get("disclosures", [])]
    values = [event.get("url"), event.get("description"), event.get("status_note"), location.get("name"), location.get("address"), location.get("city"), *event.get("guests", []), *disclosures]
    return [v for v in values if v]


def _public_text(content: RawContent) -> str:
    """Every value that may be published: public events, members, vocabulary and guides."""
    public = [e for e in content.events if e.get("visibility") != "mitglieder"]
    return normalise(json.dumps([public, content.members, content.vocabulary, content.guides], ensure_ascii=False, default=str))


def _files_about(site: Path, event: dict) -> dict[str, str]:
    """What the site says about one event: its page, its JSON record, its search entries and calendar file."""
    records = json.loads((site / "daten" / "veranstaltungen.json").read_text(encoding="utf-8"))["events"]
    record = next(r for r in records if r["id"] == event["id"])
    entries = [d for d in search_docs(site) if d["location"].startswith(f"veranstaltungen/{event['id']}/") or event["title"] in d["title"]]
    files = {
        "page": readable_text(site / "veranstaltungen" / event["id"] / "index.html"),
        "json": normalise(json.dumps(record, ensure_ascii=False)),
        "search": normalise(json.dumps(entries, ensure_ascii=False)),
    }
    ics = site / "veranstaltungen" / f"{event['id']}.ics"
    if ics.is_file():
        files["ics"] = readable_text(ics)
    return files


def test_photo_of_a_member_without_photo_consent_is_not_published(repo_copy):
    """Withdrawing consent „foto“ removes the photo from the site even when the file stays in docs/."""
    members = repo_copy / "members.yaml"
    text = members.read_text(encoding="utf-8")
    photo = re.search(r"  photo:\n    src: mitglieder/fotos/malte-hinrichsen\.svg\n    credit: .*\n", text)
    assert photo is not None
    text = text.replace(photo.group(0), "").replace("scope: [profil, kontakt, foto]", "scope: [profil, kontakt]", 1)
    members.write_text(text, encoding="utf-8")
    assert (repo_copy / "docs/mitglieder/fotos/malte-hinrichsen.svg").exists()
    result = run_build(repo_copy)
    assert result.returncode == 0, result.output
    assert not (result.site / "mitglieder/fotos/malte-hinrichsen.svg").exists()
    assert (result.site / "mitglieder/fotos/katrin-weisshaupt.svg").exists()
