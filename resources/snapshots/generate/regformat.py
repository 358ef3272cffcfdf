"""Registry values and the .reg file format, written the way Windows regedit writes it.

Byte-level rules reproduced here (checked against Wine's regedit export, which
Wine's test suite pins to Windows output):
  * "Windows Registry Editor Version 5.00": UTF-16LE with a BOM, CRLF line ends.
    "REGEDIT4": ANSI (Windows-1252), CRLF, no BOM; string-like hex data is ANSI.
  * Header line, blank line, then every key as `[path]`, its values, a blank line.
  * REG_SZ as "text" with \\ and \" escaped; REG_DWORD as dword:8 lowercase hex digits;
    everything else as hex / hex(N): comma-separated bytes.
  * Hex data wraps: after a byte and its comma, when the line has reached 77
    characters, regedit writes `\\`, CRLF and a two-space indent.
"""
from __future__ import annotations

import struct
from dataclasses import dataclass, field

REG_NONE, REG_SZ, REG_EXPAND_SZ, REG_BINARY, REG_DWORD, REG_MULTI_SZ, REG_QWORD = 0, 1, 2, 3, 4, 7, 11

V5_HEADER = "Windows Registry Editor Version 5.00"
V4_HEADER = "REGEDIT4"
_WRAP_AT = 77  # regedit breaks the line once "name=hex:xx,xx," reaches this length


@dataclass(frozen=True)
class Value:
    """One registry value: its type and the text/number/bytes it holds."""
    type: int
    data: object  # str, list[str], int or bytes, depending on type

    def raw(self, ansi: bool) -> bytes:
        """The data bytes as stored (ansi: as a REGEDIT4 export converts strings)."""
        enc = "cp1252" if ansi else "utf-16le"
        if self.type in (REG_SZ, REG_EXPAND_SZ):
            return (self.data + "\0").encode(enc)
        if self.type == REG_MULTI_SZ:
            return "".join(s + "\0" for s in self.data).encode(enc) + "\0".encode(enc)
        if self.type == REG_DWORD:
            return struct.pack("<I", self.data)
        if self.type == REG_QWORD:
            return struct.pack("<Q", self.data)
        return bytes(self.data)


def sz(text: str) -> Value:
    return Value(REG_SZ, text)


def expand_sz(text: str) -> Value:
    return Value(REG_EXPAND_SZ, text)


def multi_sz(*strings: str) -> Value:
    """REG_MULTI_SZ; no strings gives the empty list (a single NUL, `hex(7):00,00`)."""
    return Value(REG_MULTI_SZ, list(strings))


def dword(number: int) -> Value:
    return Value(REG_DWORD, number)


def qword(number: int) -> Value:
    return Value(REG_QWORD, number)


def binary(data) -> Value:
    """REG_BINARY from bytes or from a hex string ("00 30 00 00" or "00,30,00,00")."""
    if isinstance(data, str):
        data = bytes.fromhex(data.replace(",", " "))
    return Value(REG_BINARY, bytes(data))


@dataclass
class Key:
    path: str
    values: list = field(default_factory=list)  # [(name, Value)], stored order

    def set(self, name: str, value: Value) -> "Key":
        for i, (existing, _) in enumerate(self.values):
            if existing.upper() == name.upper():
                self.values[i] = (existing, value)  # Windows keeps the first spelling
                return self
        self.values.append((name, value))
        return self

    def update(self, pairs) -> "Key":
        for name, value in pairs:
            self.set(name, value)
        return self

    def sort_values(self) -> "Key":
        """Alphabetical order, as keys written by Windows setup store them."""
        self.values.sort(key=lambda nv: nv[0].upper())
        return self


class Snapshot:
    """A set of keys and the subtrees ("export roots") written to the file, in registry order."""

    def __init__(self):
        self._keys: dict[str, Key] = {}
        self.roots: list[str] = []

    def key(self, path: str) -> Key:
        ident = path.upper()
        if ident not in self._keys:
            self._keys[ident] = Key(path)
        return self._keys[ident]

    def has(self, path: str) -> bool:
        return path.upper() in self._keys

    def export(self, root: str) -> None:
        """Writes `root` and every key below it, like `reg export <root>`."""
        self.key(root)
        self.roots.append(root)

    def _fill_parents(self, root: str) -> None:
        """regedit writes every key between an export root and a key below it."""
        prefix = root.upper() + "\\"
        for ident, k in list(self._keys.items()):
            if ident.startswith(prefix):
                parts = k.path.split("\\")
                for n in range(len(root.split("\\")) + 1, len(parts)):
                    self.key("\\".join(parts[:n]))

    def ordered_keys(self):
        """Export roots in registry order, each followed by its subtree in regedit's order."""
        seen = set()
        by_path = lambda path: [c.upper() for c in path.split("\\")]
        for root in sorted(self.roots, key=by_path):
            self._fill_parents(root)
            prefix = root.upper() + "\\"
            below = [k for ident, k in self._keys.items() if ident.startswith(prefix)]
            # regedit walks subkeys in the hive's order: case-insensitive, component by component
            below.sort(key=lambda k: by_path(k.path))
            for k in [self._keys[root.upper()]] + below:
                if k.path.upper() in seen:
                    raise ValueError(f"key exported twice: {k.path}")
                seen.add(k.path.upper())
                yield k
        missing = [k.path for ident, k in self._keys.items() if ident not in seen]
        if missing:
            raise ValueError(f"keys outside every export root: {missing}")


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _hex_lines(prefix: str, data: bytes) -> str:
    out, line_len = [prefix], len(prefix)
    for i, byte in enumerate(data):
        out.append(f"{byte:02x}")
        if i == len(data) - 1:
            break
        out.append(",")
        line_len += 3
        if line_len >= _WRAP_AT:
            out.append("\\\r\n  ")
            line_len = 2
    return "".join(out)


def render_value(name: str, value: Value, ansi: bool) -> str:
    lead = "@=" if name == "" else _quote(name) + "="
    if value.type == REG_SZ:
        return lead + _quote(value.data)
    if value.type == REG_DWORD:
        return lead + f"dword:{value.data:08x}"
    tag = "hex:" if value.type == REG_BINARY else f"hex({value.type:x}):"
    return _hex_lines(lead + tag, value.raw(ansi))


def render(snapshot: Snapshot, regedit4: bool = False) -> bytes:
    """The file's bytes, encoded as regedit writes that format."""
    lines = [V4_HEADER if regedit4 else V5_HEADER, ""]
    for key in snapshot.ordered_keys():
        lines.append(f"[{key.path}]")
        lines.extend(render_value(n, v, regedit4) for n, v in key.values)
        lines.append("")
    text = "\r\n".join(lines) + "\r\n"
    if regedit4:
        return text.encode("cp1252")
    return b"\xff\xfe" + text.encode("utf-16le")
