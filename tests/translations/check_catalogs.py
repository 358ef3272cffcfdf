#!/usr/bin/python3
"""Checks ShareGuard's translation catalogs with polib (Debian's python3-polib).

  check_catalogs.py sources SOURCE_DIR
      every source file that marks strings (tr, tr_n, _, wxPLURAL, SG_N_) is
      extracted: listed in SG_POT_SOURCES (cmake/ShareGuardTranslations.cmake).
  check_catalogs.py catalog SOURCE_DIR CODE
      resources/translations/CODE.po holds exactly the .pot's msgids, every one
      translated (every plural form the language has), nothing fuzzy, and each
      translation keeps its msgid's fmt placeholders ({} {0} {name}), printf
      conversions (%s %d ...), mnemonic (&), line breaks and outer spaces: a
      lost placeholder throws at run time (fmt::runtime), a lost & breaks the
      keyboard path.
Exit 0 when clean; otherwise every problem is printed as FILE:LINE: message.
"""
import os
import re
import sys

import polib

MARKERS = re.compile(r'(?<![A-Za-z0-9_])(?:tr|tr_n|_|wxPLURAL|SG_N_)\(')
DEFINITIONS = {"app/text/translate.h", "app/text/translate.cpp", "app/gui/ui_helpers.h", "wizard/catalog.h"}
NPLURALS = {"de": 2, "zh_CN": 1}
FMT = re.compile(r'\{\{|\}\}|\{([^{}]*)\}')
PRINTF = re.compile(r'%(?:(\d+)\$)?[-+ #0]*\d*(?:\.\d+)?(?:hh|h|ll|l|z|j|t|L)?([diouxXeEfgGcspn%])')


def listed_sources(source_dir):
    text = open(os.path.join(source_dir, "cmake/ShareGuardTranslations.cmake"), encoding="utf-8").read()
    block = re.search(r'set\(SG_POT_SOURCES(.*?)\)', text, re.S).group(1)
    return set(block.split())


def check_sources(source_dir):
    listed = listed_sources(source_dir)
    marking = set()
    for top in ("app", "wizard"):
        for folder, _dirs, files in os.walk(os.path.join(source_dir, top)):
            for name in files:
                if not name.endswith((".cpp", ".h")):
                    continue
                path = os.path.relpath(os.path.join(folder, name), source_dir)
                if path in DEFINITIONS:
                    continue
                code = open(os.path.join(source_dir, path), encoding="utf-8").read()
                if MARKERS.search(re.sub(r'//[^\n]*', '', code)):
                    marking.add(path)
    problems = [f"{p}:1: marks strings for translation but is not in SG_POT_SOURCES" for p in sorted(marking - listed)]
    problems += [f"cmake/ShareGuardTranslations.cmake:1: {p} is listed but marks nothing (or does not exist)"
                 for p in sorted(listed - marking)]
    return problems


def fmt_fields(s):
    """The fmt replacement fields in order, as argument indices ({} counted automatically)."""
    fields = [m.group(1) for m in FMT.finditer(s) if m.group(0) not in ("{{", "}}")]
    names = [f.split(":")[0] for f in fields]
    if all(n == "" for n in names):
        return ("auto", list(range(len(names))))
    if all(n.isdigit() for n in names):
        return ("indexed", sorted(int(n) for n in names))
    return ("named", names)


def printf_conversions(s):
    return [(m.group(1), m.group(2)) for m in PRINTF.finditer(s) if m.group(2) != "%"] + \
           [("%", "%")] * len(re.findall(r'%%', s))


def mnemonics(s):
    return len(re.findall(r'&(?!&)', s.replace("&&", "")))


def outer_space(s):
    return (len(s) - len(s.lstrip(" ")), len(s) - len(s.rstrip(" ")))


def compare(entry, original, translated, where, is_c_format):
    problems = []
    if not translated:
        return [f"{where}: not translated: {original[:60]!r}"]
    o_kind, o_fields = fmt_fields(original)
    t_kind, t_fields = fmt_fields(translated)
    if o_kind == "auto" and t_kind == "indexed":
        if sorted(o_fields) != t_fields:
            problems.append(f"{where}: placeholders {o_fields} became {{{t_fields}}}")
    elif o_kind == "named" or t_kind == "named":
        if sorted(map(str, o_fields)) != sorted(map(str, t_fields)):
            problems.append(f"{where}: named placeholders {o_fields} became {t_fields}")
    elif o_fields != t_fields or o_kind != t_kind:
        problems.append(f"{where}: {len(o_fields)} placeholder(s) {o_kind} became {len(t_fields)} {t_kind}")
    if is_c_format and printf_conversions(original) != printf_conversions(translated):
        problems.append(f"{where}: printf conversions {printf_conversions(original)} became "
                        f"{printf_conversions(translated)}")
    if mnemonics(original) != mnemonics(translated):
        problems.append(f"{where}: {mnemonics(original)} mnemonic & became {mnemonics(translated)}")
    if original.count("\n") != translated.count("\n"):
        problems.append(f"{where}: {original.count(chr(10))} line break(s) became {translated.count(chr(10))}")
    if outer_space(original) != outer_space(translated):
        problems.append(f"{where}: leading/trailing spaces {outer_space(original)} became {outer_space(translated)}")
    return problems


def check_catalog(source_dir, code):
    folder = os.path.join(source_dir, "resources/translations")
    po_path = os.path.join(folder, f"{code}.po")
    rel = os.path.relpath(po_path, source_dir)
    if not os.path.exists(po_path):
        return [f"{rel}:1: missing"]
    po = polib.pofile(po_path)
    pot = polib.pofile(os.path.join(folder, "shareguard.pot"))
    problems = []
    if po.metadata.get("Language") != code:
        problems.append(f"{rel}:1: header Language is {po.metadata.get('Language')!r}, not {code!r}")
    plural_forms = po.metadata.get("Plural-Forms", "")
    m = re.search(r'nplurals\s*=\s*(\d+)', plural_forms)
    n = int(m.group(1)) if m else 0
    if code in NPLURALS and n != NPLURALS[code]:
        problems.append(f"{rel}:1: Plural-Forms has nplurals={n}, {code} has {NPLURALS[code]}")
    if "charset=UTF-8" not in po.metadata.get("Content-Type", ""):
        problems.append(f"{rel}:1: the catalog is not UTF-8")

    def key(e):
        return (e.msgctxt, e.msgid, e.msgid_plural)
    wanted = {key(e) for e in pot if not e.obsolete}
    have = {key(e): e for e in po if not e.obsolete}
    for k in sorted(wanted - set(have), key=str):
        problems.append(f"{rel}:1: msgid missing (run msgmerge): {k[1][:60]!r}")
    for k in sorted(set(have) - wanted, key=str):
        problems.append(f"{rel}:{have[k].linenum}: msgid no longer in the .pot: {k[1][:60]!r}")
    for e in po:
        where = f"{rel}:{e.linenum}"
        if e.obsolete:
            problems.append(f"{where}: obsolete entry (msgattrib --no-obsolete)")
            continue
        if "fuzzy" in e.flags:
            problems.append(f"{where}: fuzzy")
        is_c = "c-format" in e.flags
        if e.msgid_plural:
            forms = e.msgstr_plural
            if len(forms) != n:
                problems.append(f"{where}: {len(forms)} plural form(s), the header says {n}")
            for i, form in sorted(forms.items()):
                # Each form must carry the singular's placeholders (form 0 in a one-form language
                # covers every count, so it is compared with the plural msgid).
                original = e.msgid if (i == 0 and n > 1) else e.msgid_plural
                problems += compare(e, original, form, f"{where} [{i}]", is_c)
        else:
            problems += compare(e, e.msgid, e.msgstr, where, is_c)
    return problems


def main(argv):
    if len(argv) >= 3 and argv[1] == "sources":
        problems = check_sources(argv[2])
    elif len(argv) >= 4 and argv[1] == "catalog":
        problems = check_catalog(argv[2], argv[3])
    else:
        print(__doc__)
        return 2
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} problem(s)")
        return 1
    print("clean")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
