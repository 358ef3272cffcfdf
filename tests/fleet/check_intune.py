#!/usr/bin/python3
"""Independent reader for the Intune exports: policy-csp.json through Python's
json, policy-csp.csv through Python's csv (RFC 4180), the two checked against
each other; the Remediation scripts are UTF-8 without BOM, CRLF, carry '#'
header lines, open HKLM through the 64-bit view and contain no restart
command. (No PowerShell parser runs here: see tests/CMakeLists.txt.)
Usage: check_intune.py EXPORT_DIR..."""
import csv
import io
import json
import os
import re
import sys

FIELDS = ["name", "description", "omaUri", "dataType", "value"]
BANNED = re.compile(r"Restart-Computer|Restart-Service|Stop-Service|shutdown(\.exe)?\s|Stop-Computer", re.I)


def check_dir(d, problems):
    json_path, csv_path = os.path.join(d, "policy-csp.json"), os.path.join(d, "policy-csp.csv")
    if os.path.exists(json_path) != os.path.exists(csv_path):
        problems.append(f"{d}: policy-csp.json and .csv must come together")
    if os.path.exists(json_path):
        doc = json.load(open(json_path, encoding="utf-8"))
        for key in ("tool_version", "created_utc", "profile", "kind"):
            if key not in doc.get("header", {}):
                problems.append(f"{json_path}: header lacks {key}")
        rows = doc.get("settings", [])
        for r in rows:
            if list(r) != FIELDS:
                problems.append(f"{json_path}: row keys {list(r)}")
            if not r["omaUri"].startswith("./Device/Vendor/MSFT/Policy/Config/"):
                problems.append(f"{json_path}: OMA-URI {r['omaUri']}")
            if r["dataType"] == "Integer" and not isinstance(r["value"], int):
                problems.append(f"{json_path}: Integer row with {r['value']!r}")
            elif r["dataType"] == "String" and not isinstance(r["value"], str):
                problems.append(f"{json_path}: String row with {r['value']!r}")
            elif r["dataType"] not in ("Integer", "String"):
                problems.append(f"{json_path}: data type {r['dataType']!r}")
        raw = open(csv_path, "rb").read()
        if b"\n" in raw.replace(b"\r\n", b""):
            problems.append(f"{csv_path}: lines must end in CRLF (RFC 4180)")
        table = list(csv.reader(io.StringIO(raw.decode("utf-8"), newline="")))
        if table[0] != FIELDS:
            problems.append(f"{csv_path}: header {table[0]}")
        as_text = [[str(r[f]) for f in FIELDS] for r in rows]
        if table[1:] != as_text:
            problems.append(f"{csv_path}: rows differ from policy-csp.json")
    for script in ("detect.ps1", "remediate.ps1"):
        path = os.path.join(d, "remediation", script)
        if not os.path.exists(path):
            continue
        raw = open(path, "rb").read()
        if raw.startswith(b"\xef\xbb\xbf"):
            problems.append(f"{path}: has a BOM")
        text = raw.decode("utf-8")  # raises on invalid UTF-8
        if "\n" in text.replace("\r\n", ""):
            problems.append(f"{path}: mixed line ends")
        lines = text.split("\r\n")
        if not lines[0].startswith("# Written by ShareGuard"):
            problems.append(f"{path}: no '#' header")
        for needle in ("$ErrorActionPreference = 'Stop'", "[Microsoft.Win32.RegistryView]::Registry64", "exit $code"):
            if needle not in text:
                problems.append(f"{path}: lacks {needle}")
        if BANNED.search(text):
            problems.append(f"{path}: contains a restart command: {BANNED.search(text).group(0)}")
    print(f"{d}: checked")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    problems = []
    for d in sys.argv[1:]:
        check_dir(d, problems)
    if problems:
        sys.exit("\n".join(problems))
