#!/usr/bin/env python3
"""Writes the demo snapshots (../*.reg) from the machine descriptions in machines.py.

    python3 make_snapshots.py           # (re)write every snapshot
    python3 make_snapshots.py --check   # exit 1 if a committed snapshot differs from its description

Output is deterministic: the same descriptions always give the same bytes.
"""
import argparse
import pathlib
import sys

import machines
from regformat import render

OUT = pathlib.Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args()
    stale = []
    for make in machines.ALL:
        name, snapshot, regedit4 = make()
        data = render(snapshot, regedit4=regedit4)
        target = OUT / name
        if args.check:
            if not target.exists() or target.read_bytes() != data:
                stale.append(name)
        else:
            target.write_bytes(data)
            newline = b"\n" if regedit4 else b"\n\0"
            print(f"{name}: {data.count(newline)} lines")
    if stale:
        print("out of date: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
