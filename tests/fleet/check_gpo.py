#!/usr/bin/python3
"""Reads one exported Group Policy folder with readers this project did not
write and compares what they see with tests/fleet/gpo_expected.json:
  Registry.pol  - header bytes checked here ([MS-GPREG]: a bad signature means
                  the file is skipped; samba does not check it), records parsed
                  by samba's PReg parser (samba.dcerpc.preg + ndr_unpack);
  GptTmpl.inf   - BOM, UTF-16 and CRLF checked here, sections read by
                  configparser and by samba's GptTmplInfParser;
  Registry.xml  - validated by xmllint against tests/fleet/gpp-registry.xsd,
                  items read by xml.etree.
Usage: check_gpo.py --xmllint XMLLINT --xsd XSD --expected JSON --case NAME DIR
Exit 0 when everything matches; 1 with one line per problem otherwise."""
import argparse
import configparser
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

from samba.dcerpc import preg
from samba.gp_parse.gp_inf import GptTmplInfParser
from samba.ndr import ndr_unpack

POL = "Machine/Registry.pol"
INF = "Machine/Microsoft/Windows NT/SecEdit/GptTmpl.inf"
XML = "Machine/Preferences/Registry/Registry.xml"

problems = []


def problem(text):
    problems.append(text)


def read(folder, rel):
    path = os.path.join(folder, rel)
    if not os.path.exists(path):
        return None
    with open(path, "rb") as f:
        return f.read()


def check_pol(raw, expected):
    if expected is None:
        if raw is not None:
            problem(f"{POL}: present, expected no file")
        return
    if raw is None:
        return problem(f"{POL}: missing")
    if raw[:8] != b"PReg\x01\x00\x00\x00":
        problem(f"{POL}: header is {raw[:8]!r}, expected b'PReg\\x01\\x00\\x00\\x00'")
    try:
        entries = ndr_unpack(preg.file, raw).entries
    except RuntimeError as e:
        return problem(f"{POL}: samba cannot parse it: {e}")
    seen = [[e.keyname, e.valuename, e.type, e.data] for e in entries]
    if seen != expected:
        problem(f"{POL}: records {seen}, expected {expected}")


def parse_inf_value(text):
    kind, _, data = text.partition(",")
    kind = int(kind)
    if kind == 4:
        return [4, int(data, 0)]
    if kind == 7:
        return [7, [] if data == "" else data.split(",")]
    if kind == 1:
        if len(data) < 2 or data[0] != '"' or data[-1] != '"':
            raise ValueError(f"REG_SZ data not quoted: {data}")
        return [1, data[1:-1]]
    raise ValueError(f"unexpected type {kind}")


def check_inf(raw, expected):
    if raw is None:
        return problem(f"{INF}: missing")
    if raw[:2] != b"\xff\xfe":
        problem(f"{INF}: no UTF-16LE byte order mark")
    try:
        text = raw.decode("utf-16")
    except UnicodeDecodeError as e:
        return problem(f"{INF}: not UTF-16: {e}")
    if text.replace("\r\n", "") .count("\n") or text.replace("\r\n", "").count("\r"):
        problem(f"{INF}: a line does not end in CRLF")
    ini = configparser.ConfigParser(delimiters=("=",), interpolation=None, comment_prefixes=(";",),
                                    strict=True)
    ini.optionxform = str
    try:
        ini.read_string(text)
    except configparser.Error as e:
        return problem(f"{INF}: configparser refuses it: {e}")
    if ini.get("Unicode", "Unicode", fallback=None) != "yes":
        problem(f"{INF}: [Unicode] Unicode=yes missing")
    if ini.get("Version", "signature", fallback=None) != '"$CHICAGO$"':
        problem(f"{INF}: [Version] signature=\"$CHICAGO$\" missing")
    if ini.get("Version", "Revision", fallback=None) != "1":
        problem(f"{INF}: [Version] Revision=1 missing")
    if not ini.has_section("Registry Values"):
        return problem(f"{INF}: no [Registry Values] section")
    seen = {}
    for name, value in ini.items("Registry Values"):
        try:
            seen[name] = parse_inf_value(value)
        except ValueError as e:
            problem(f"{INF}: {name}: {e}")
    if seen != expected:
        problem(f"{INF}: [Registry Values] {seen}, expected {expected}")
    try:
        GptTmplInfParser().parse(raw)
    except Exception as e:  # samba raises whatever its line handlers raise
        problem(f"{INF}: samba's GptTmplInfParser refuses it: {type(e).__name__}: {e}")


def check_xml(folder, raw, expected, xmllint, xsd):
    if raw is None:
        if expected:
            problem(f"{XML}: missing")
        return
    run = subprocess.run([xmllint, "--noout", "--schema", xsd, os.path.join(folder, XML)],
                         capture_output=True, text=True)
    if run.returncode != 0:
        problem(f"{XML}: xmllint --schema: {run.stderr.strip()}")
    try:
        root = ET.fromstring(raw)
    except ET.ParseError as e:
        return problem(f"{XML}: not XML: {e}")
    seen = []
    for item in root.findall("Registry"):
        props = item.find("Properties")
        if props is None:
            problem(f"{XML}: item {item.get('name')} has no Properties")
            continue
        if props.get("hive") != "HKEY_LOCAL_MACHINE" or props.get("type") != "REG_DWORD":
            problem(f"{XML}: {props.get('name')}: hive/type {props.get('hive')}/{props.get('type')}")
        seen.append([props.get("name"), props.get("action"), props.get("value"), item.get("removePolicy")])
    if seen != expected:
        problem(f"{XML}: items {seen}, expected {expected}")


def check_readme(raw, case):
    if raw is None:
        return problem("README.txt: missing")
    text = raw.decode("utf-8")
    if text.replace("\r\n", "").count("\n"):
        problem("README.txt: a line does not end in CRLF")
    names = [n.rsplit("\\", 1)[-1] for n in case["gpt_tmpl"]] + [g[0] for g in case["gpp"]]
    names += [r[1].replace("**del.", "") for r in case["registry_pol"] or []]
    for n in names:
        if f"\r\n  {n} = " not in text:
            problem(f"README.txt: no route line for {n}")
    for n in case.get("not_in_folder", []):
        if f"\r\n  {n} (" not in text or "NOT IN THIS FOLDER" not in text:
            problem(f"README.txt: does not say {n} is not in this folder")
    for n in case.get("left_out", []):
        if f"\r\n  {n} (default_varies)" not in text:
            problem(f"README.txt: does not say {n} is left out")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--xmllint", required=True)
    ap.add_argument("--xsd", required=True)
    ap.add_argument("--expected", required=True)
    ap.add_argument("--case", required=True)
    ap.add_argument("folder")
    args = ap.parse_args()
    with open(args.expected, encoding="utf-8") as f:
        case = json.load(f)[args.case]
    check_pol(read(args.folder, POL), case["registry_pol"])
    check_inf(read(args.folder, INF), case["gpt_tmpl"])
    check_xml(args.folder, read(args.folder, XML), case["gpp"], args.xmllint, args.xsd)
    check_readme(read(args.folder, "README.txt"), case)
    for p in problems:
        print(f"check_gpo {args.case}: {p}")
    if not problems:
        print(f"check_gpo {args.case}: Registry.pol, GptTmpl.inf, Registry.xml and README.txt as expected")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
