#!/usr/bin/env python3
"""Imports every snapshot into a throwaway Wine prefix with Wine's regedit, exports the
same keys back with regedit /E, and checks that every key and value arrived unchanged.

    python3 verify_with_wine.py [file.reg ...]     # default: every machine in machines.py

Needs wine (Debian package "wine"). Never touches an existing prefix: each file gets a
fresh one under a temporary folder, removed afterwards. Exit status 1 on any difference.
"""
import os
import pathlib
import subprocess
import sys
import tempfile

import machines
from regformat import REG_DWORD, REG_SZ

SNAPSHOTS = pathlib.Path(__file__).resolve().parent.parent
# Values Wine itself rewrites from the Linux host name whenever a Wine process starts;
# a mismatch there says nothing about the file.
WINE_OWNED = {("\\CONTROL\\COMPUTERNAME\\COMPUTERNAME", "COMPUTERNAME"),
              ("\\CONTROL\\COMPUTERNAME\\ACTIVECOMPUTERNAME", "COMPUTERNAME"),
              ("\\SERVICES\\TCPIP\\PARAMETERS", "HOSTNAME"),
              ("\\SERVICES\\TCPIP\\PARAMETERS", "DOMAIN")}


def parse_export(text: str):
    """{KEY PATH (upper): {value name (upper): (type, payload)}} from a v5 regedit export."""
    keys, current, pending = {}, None, ""
    for line in text.replace("\r\n", "\n").split("\n"):
        if pending:
            line, pending = pending + line.lstrip(), ""
        if line.endswith("\\") and not line.startswith("["):
            pending = line[:-1]
            continue
        if line.startswith("[") and line.endswith("]"):
            current = keys.setdefault(line[1:-1].upper(), {})
        elif current is not None and line and not line.startswith(";"):
            name, value = _split_value(line)
            current[name.upper()] = _decode(value)
    return keys


def _split_value(line: str):
    if line.startswith("@="):
        return "", line[2:]
    i, name = 1, []
    while line[i] != '"':
        if line[i] == "\\":
            i += 1
        name.append(line[i])
        i += 1
    return "".join(name), line[i + 2:]


def _decode(value: str):
    if value.startswith('"'):
        return REG_SZ, value[1:-1].replace('\\"', '"').replace("\\\\", "\\")
    if value.startswith("dword:"):
        return REG_DWORD, int(value[6:], 16)
    tag, _, data = value.partition(":")
    kind = 3 if tag == "hex" else int(tag[4:-1], 16)
    return kind, bytes.fromhex(data.replace(",", ""))


def expected(value):
    if value.type == REG_SZ:
        return REG_SZ, value.data
    if value.type == REG_DWORD:
        return REG_DWORD, value.data
    return value.type, value.raw(ansi=False)


def wine(prefix, *argv):
    env = dict(os.environ, WINEPREFIX=str(prefix), WINEDEBUG="-all", WINEDLLOVERRIDES="mscoree,mshtml=")
    return subprocess.run(["wine", *argv], env=env, capture_output=True, text=True, check=False)


def verify(name, snapshot) -> list:
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        prefix = pathlib.Path(tmp) / "pfx"
        env = dict(os.environ, WINEPREFIX=str(prefix), WINEDEBUG="-all", WINEDLLOVERRIDES="mscoree,mshtml=")
        subprocess.run(["wineboot", "-i"], env=env, capture_output=True, check=False)
        try:
            result = wine(prefix, "regedit", "/S", str(SNAPSHOTS / name))
            if result.returncode != 0:
                problems.append(f"import failed: {result.stderr.strip()}")
            exported = {}
            for n, root in enumerate(snapshot.roots):
                out = pathlib.Path(tmp) / f"export{n}.reg"
                wine(prefix, "regedit", "/E", str(out), root)
                if not out.exists():
                    problems.append(f"cannot export {root}")
                    continue
                exported.update(parse_export(out.read_bytes().decode("utf-16")))
        finally:
            subprocess.run(["wineserver", "-k"], env=env, capture_output=True, check=False)
    count = 0
    for key in snapshot.ordered_keys():
        got = exported.get(key.path.upper())
        if got is None:
            problems.append(f"missing key {key.path}")
            continue
        for value_name, value in key.values:
            count += 1
            have = got.get(value_name.upper())
            owned = any(key.path.upper().endswith(k) and value_name.upper() == v for k, v in WINE_OWNED)
            if have != expected(value) and not (owned and have is not None):
                problems.append(f"{key.path} \"{value_name}\": expected {expected(value)!r}, Wine has {have!r}")
    print(f"{name}: {count} values checked, {len(problems)} problems")
    return problems


def main() -> int:
    wanted = set(sys.argv[1:])
    failed = False
    for make in machines.ALL:
        name, snapshot, _ = make()
        if wanted and name not in wanted:
            continue
        for problem in verify(name, snapshot):
            failed = True
            print("  " + problem)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
