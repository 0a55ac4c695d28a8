"""SVG files parsed as XML (expat, with positions) and held against an allowlist: drawing elements and
their presentation attributes; no scripts, no handlers, nothing fetched from elsewhere, no animation
that turns a link into a script. An SVG opened on its own runs under the hub's address."""

from __future__ import annotations

import re
from xml.parsers import expat

from .markup import ALLOWED_ELEMENTS, SCRIPT_SCHEMES, _Positions, allowed_attribute, normalised_url, url_problem

SVG_NS = "http://www.w3.org/2000/svg"
XHTML_NS = "http://www.w3.org/1999/xhtml"
XLINK_NS = "http://www.w3.org/1999/xlink"
XML_NS = "http://www.w3.org/XML/1998/namespace"

SVG_ELEMENTS = frozenset(
    "svg g defs desc title metadata symbol use image switch a path rect circle ellipse line polyline polygon "
    "text tspan textPath marker pattern clipPath mask linearGradient radialGradient stop filter style view "
    "foreignObject animate animateTransform animateMotion set mpath "
    "feBlend feColorMatrix feComponentTransfer feComposite feConvolveMatrix feDiffuseLighting feDisplacementMap "
    "feDistantLight feDropShadow feFlood feFuncA feFuncB feFuncG feFuncR feGaussianBlur feImage feMerge "
    "feMergeNode feMorphology feOffset fePointLight feSpecularLighting feSpotLight feTile feTurbulence".split()
)
SVG_ATTRIBUTES = frozenset(
    "id class style transform viewBox width height x y x1 y1 x2 y2 cx cy r rx ry d points pathLength "
    "fill fill-opacity fill-rule stroke stroke-width stroke-opacity stroke-linecap stroke-linejoin stroke-dasharray "
    "stroke-dashoffset stroke-miterlimit opacity color display visibility overflow clip clip-path clip-rule mask filter "
    "font-family font-size font-weight font-style font-variant font-stretch text-anchor dominant-baseline "
    "alignment-baseline baseline-shift letter-spacing word-spacing text-decoration writing-mode direction unicode-bidi "
    "kerning lengthAdjust textLength rotate dx dy startOffset method spacing side "
    "offset stop-color stop-opacity gradientUnits gradientTransform spreadMethod fx fy fr "
    "patternUnits patternContentUnits patternTransform clipPathUnits maskUnits maskContentUnits "
    "filterUnits primitiveUnits in in2 result stdDeviation mode operator k1 k2 k3 k4 values type tableValues slope "
    "intercept amplitude exponent flood-color flood-opacity lighting-color color-interpolation "
    "color-interpolation-filters baseFrequency numOctaves seed stitchTiles scale xChannelSelector yChannelSelector "
    "radius order kernelMatrix divisor bias targetX targetY edgeMode kernelUnitLength preserveAlpha surfaceScale "
    "diffuseConstant specularConstant specularExponent azimuth elevation z pointsAtX pointsAtY pointsAtZ "
    "limitingConeAngle preserveAspectRatio version role lang tabindex focusable vector-effect shape-rendering "
    "text-rendering image-rendering color-rendering paint-order marker-start marker-mid marker-end markerWidth "
    "markerHeight markerUnits refX refY orient viewTarget href target requiredFeatures requiredExtensions "
    "systemLanguage cursor pointer-events mix-blend-mode isolation enable-background "
    "attributeName attributeType begin dur end min max restart repeatCount repeatDur calcMode keyTimes keySplines "
    "keyPoints from to by additive accumulate path baseProfile contentScriptType contentStyleType zoomAndPan "
    "xlink:href xlink:title xlink:type xlink:show xlink:actuate xlink:role xlink:arcrole xml:space xml:lang xml:base".split()
)
# href on these is fetched at once; it must point into the file or be an embedded raster image.
LOADING_ELEMENTS = frozenset("use image feImage pattern linearGradient radialGradient textPath mpath filter".split())
ANIMATIONS = frozenset("animate set animateTransform animateMotion".split())
EMBEDDED_RASTER_RE = re.compile(r"^data:image/(?:png|jpeg|gif|webp);")
CSS_FETCH_RE = re.compile(r"@import|url\s*\(\s*[\"']?\s*(?!#)|image-set|expression\s*\(|\\", re.IGNORECASE)
# Namespaces of editors' bookkeeping (Inkscape, Sodipodi, RDF metadata): never rendered.
_EDITOR_NAMESPACES = ("http://www.inkscape.org/", "http://sodipodi.", "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "http://creativecommons.org/", "http://purl.org/dc/")


def svg_problems(text: str) -> list[tuple[int, int, str]]:
    """(line, column, message) for everything in an SVG that may run code or load from elsewhere, or
    that the allowlist does not know; a file that is no well-formed XML is one problem."""
    return _SvgChecker(text).run()


class _SvgChecker:
    def __init__(self, text: str) -> None:
        self.text = text
        self.data = text.encode("utf-8")
        self.positions = _Positions(text)
        self.problems: dict[tuple[int, int], str] = {}
        self.stack: list[str] = []
        self.parser = expat.ParserCreate(namespace_separator=" ")
        self.parser.ordered_attributes = True
        self.parser.StartElementHandler = self._start
        self.parser.EndElementHandler = lambda name: self.stack.pop()
        self.parser.CharacterDataHandler = self._characters
        self.parser.EntityDeclHandler = self._entity
        self.parser.ProcessingInstructionHandler = self._instruction
        self.parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)

    def run(self) -> list[tuple[int, int, str]]:
        try:
            self.parser.Parse(self.data, True)
        except expat.ExpatError as error:
            self.problems.setdefault((error.lineno, error.offset + 1), f"Die Grafik ist kein gültiges SVG (XML-Fehler: {expat.ErrorString(error.code)}).")
        return sorted((line, column, message) for (line, column), message in self.problems.items())

    def _start(self, name: str, attributes: list[str]) -> None:
        namespace, _, local = name.rpartition(" ")
        self.stack.append(local)
        start = self._char_index(self.parser.CurrentByteIndex)
        places = self._attribute_places(start)
        if not self._element_allowed(namespace, local, start):
            return
        for qualified, value in zip(attributes[::2], attributes[1::2]):
            attribute_ns, _, attribute = qualified.rpartition(" ")
            written = ("xlink:" if attribute_ns == XLINK_NS else "xml:" if attribute_ns == XML_NS else "") + attribute
            at = places.get(written, places.get(attribute, start))
            self._check_attribute(namespace, local, attribute_ns, written, value, at, dict(zip(attributes[::2], attributes[1::2])))

    def _element_allowed(self, namespace: str, local: str, start: int) -> bool:
        if namespace.startswith(_EDITOR_NAMESPACES):
            return True
        if namespace == XHTML_NS and "foreignObject" in self.stack:
            if local in ALLOWED_ELEMENTS:
                return True
        elif namespace in (SVG_NS, "") and local in SVG_ELEMENTS:
            return True
        self._add(start, f"Die Grafik enthält das Element „<{local}>“.")
        return False

    def _check_attribute(self, namespace: str, element: str, attribute_ns: str, name: str, value: str, at: int, attributes: dict) -> None:  # noqa: PLR0913
        if name.lower().startswith("on"):
            self._add(at, f"Die Grafik enthält das Attribut „{name}=“, das Code ausführt.")
            return
        url = normalised_url(value)
        scheme = url.split(":", 1)[0] if ":" in url else ""
        if scheme in SCRIPT_SCHEMES and not (name in ("href", "xlink:href") and EMBEDDED_RASTER_RE.match(url) and element in ("image", "feImage")):
            self._add(at, f"Die Grafik enthält „{scheme}:“ in „{name}=“.")
            return
        if namespace == XHTML_NS:
            if not allowed_attribute(element, name) and name != "style":
                self._add(at, f"Die Grafik enthält das Attribut „{name}=“ an <{element}>.")
            elif name == "style" and CSS_FETCH_RE.search(value):
                self._add(at, "Die Grafik lädt Stile oder Bilder von einer anderen Adresse.")
            elif name in ("href", "src") and url_problem(value, loads=name == "src"):
                self._add(at, f"Die Grafik lädt oder verlinkt „{value.strip()}“.")
            return
        if attribute_ns.startswith(_EDITOR_NAMESPACES) or name.startswith(("xmlns", "aria-", "data-")):
            return
        if name not in SVG_ATTRIBUTES:
            self._add(at, f"Die Grafik enthält das unbekannte Attribut „{name}=“.")
        elif element in ANIMATIONS and name == "attributeName" and value.strip().lower() in ("href", "xlink:href"):
            self._add(at, f"Die Grafik ändert mit <{element}> ein „{value.strip()}“; so kann ein Link zum Skript werden.")
        elif name in ("href", "xlink:href"):
            self._check_href(element, name, value, at)
        elif "url(" in value.replace(" ", "").lower() or name == "style":
            if CSS_FETCH_RE.search(value):
                self._add(at, "Die Grafik lädt Stile oder Bilder von einer anderen Adresse.")

    def _check_href(self, element: str, name: str, value: str, at: int) -> None:
        url = normalised_url(value)
        if element in LOADING_ELEMENTS:
            if not (url.startswith("#") or (element in ("image", "feImage") and EMBEDDED_RASTER_RE.match(url))):
                self._add(at, f"Die Grafik lädt „{value.strip()}“ von einer anderen Adresse.")
        elif url_problem(value, loads=False):
            self._add(at, f"Die Grafik verlinkt „{value.strip()}“; erlaubt sind https-Links und Verweise innerhalb der Datei.")

    def _characters(self, data: str) -> None:
        if self.stack and self.stack[-1] == "style" and CSS_FETCH_RE.search(data):
            self._add(self._char_index(self.parser.CurrentByteIndex), "Die Grafik lädt Stile oder Bilder von einer anderen Adresse.")

    def _entity(self, name: str, *_: object) -> None:
        current = self._char_index(self.parser.CurrentByteIndex)
        self._add(max(self.text.rfind("<!ENTITY", 0, current + 1), 0), f"Die Grafik definiert die Entität „{name}“; Entitäten können Inhalte einschleusen.")

    def _instruction(self, target: str, data: str) -> None:
        if target.lower() == "xml-stylesheet":
            self._add(self._char_index(self.parser.CurrentByteIndex), "Die Grafik bindet ein Stylesheet ein (<?xml-stylesheet?>).")

    def _char_index(self, byte_index: int) -> int:
        return len(self.data[: max(byte_index, 0)].decode("utf-8", errors="replace"))

    def _attribute_places(self, start: int) -> dict[str, int]:
        end = _tag_end(self.text, start)
        places: dict[str, int] = {}
        for match in re.finditer(r"\s([^\s=/>]+)\s*=", self.text[start:end]):
            places.setdefault(match.group(1), start + match.start(1))
        return places

    def _add(self, index: int, message: str) -> None:
        self.problems.setdefault(self.positions.of(index), message)


def _tag_end(text: str, start: int) -> int:
    """Index after the „>“ that ends the tag at `start`, quotes respected."""
    quote = ""
    for index in range(start, len(text)):
        char = text[index]
        if quote:
            quote = "" if char == quote else quote
        elif char in "\"'":
            quote = char
        elif char == ">":
            return index + 1
    return len(text)
