#!/usr/bin/env python3
"""Adds every UI string used in src/CaseTracker.Web that is missing from Resources/SharedResource.resx.

Keys are the English text (see docs/adr/0006). Finds L["..."], localizer["..."], ErrorMessage = "..."
and Display(Name = "...") literals, plus "Enum.<Type>.<Member>" keys for the enums shown in pages
(listed in src/CaseTracker.Web/Infrastructure/EnumLabels.cs). Existing entries are kept as they are.
Run it after adding text to a page; the localization tests fail until you do.
"""
import html
import pathlib
import re
import xml.etree.ElementTree as ET

web = pathlib.Path(__file__).resolve().parent.parent / "src" / "CaseTracker.Web"
resx = web / "Resources" / "SharedResource.resx"
literal = re.compile(r'(?:\b(?:L|localizer)\[|ErrorMessage = |Display\(Name = )"((?:[^"\\]|\\.)*)"')

used = {}
for path in list(web.rglob("*.cs")) + list(web.rglob("*.cshtml")):
    if any(part in ("bin", "obj", "Migrations") for part in path.parts):
        continue
    for key in literal.findall(path.read_text(encoding="utf-8")):
        key = key.encode().decode("unicode_escape").encode("latin-1").decode("utf-8")
        used[key] = key

domain = web.parent / "CaseTracker.Domain"
# Messages of broken domain rules reach the page through the localizer (ModelStateExtensions.AddDomainError).
domain_message = re.compile(r'(?:new DomainException\(|Text\.Required\([^,]+, [^,]+, )\$?"((?:[^"\\]|\\.)*)"')
for path in domain.rglob("*.cs"):
    if any(part in ("bin", "obj") for part in path.parts):
        continue
    for key in domain_message.findall(path.read_text(encoding="utf-8")):
        if "{" not in key:
            used[key] = key
enum_file = web / "Infrastructure" / "EnumLabels.cs"
if enum_file.exists():
    for enum_name in re.findall(r"typeof\((\w+)\)", enum_file.read_text(encoding="utf-8")):
        for path in [*domain.rglob("*.cs"), *web.rglob("*.cs")]:
            match = re.search(r"public enum " + enum_name + r"\s*\{([^}]*)\}", path.read_text(encoding="utf-8"))
            if match:
                for member in re.findall(r"^\s*(\w+)", match.group(1), re.M):
                    words = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", member)
                    used[f"Enum.{enum_name}.{member}"] = words[0] + words[1:].lower()

tree = ET.parse(resx)
# Resource names must be unique ignoring case (resgen refuses "Source" next to "source").
existing = {d.get("name").lower() for d in tree.getroot().findall("data")}
missing = {}
for k, v in used.items():
    if k.lower() not in existing and k.lower() not in {m.lower() for m in missing}:
        missing[k] = v
text = resx.read_text(encoding="utf-8").rstrip()
assert text.endswith("</root>")
entries = "".join(
    f'\n  <data name="{html.escape(k, quote=True)}" xml:space="preserve"><value>{html.escape(v, quote=False)}</value></data>'
    for k, v in sorted(missing.items(), key=lambda kv: kv[0].lower()))
resx.write_text(text[: -len("</root>")].rstrip() + entries + "\n</root>\n", encoding="utf-8")
print(f"added {len(missing)} string(s)")
