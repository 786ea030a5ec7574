#!/usr/bin/env python3
"""No import cycle between the library's top-level modules.

Reads the library crate the way rustc finds it: from `src/lib.rs`, following every `mod x;`
declaration to its file (so `src/main.rs`, `src/bin/` and files no module declares are not read).
Each file belongs to the top-level module it sits under (`src/config/x.rs` -> `config`,
`src/detect.rs` -> `detect`). Every path that names another top-level module counts as an
import: `use crate::bus::LogPosition;`, grouped `use crate::{bus::X, window::Y};`, inline
`crate::bus::LogPosition` in code, and `super::` chains that climb to the crate root.

Test code may import anything: an item under `#[cfg(test)]` is skipped, and so is every file
reached only through a `#[cfg(test)] mod tests;` declaration. Comments (doc links included) and
string literals are not code and are skipped too.

With a cycle, prints each strongly connected group of modules, its cycles and one `file:line` per
edge, and exits 1. Without, prints the modules in layers (each layer imports only from the layers
above it) and exits 0. `--self-test` checks the checker on a small crate written to a temp dir.

Usage: scripts/check_module_cycles.py [--root DIR] [--self-test] [--verbose]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

# Cap on the cycles listed per group: a tangle of many modules has exponentially many.
MAX_CYCLES_PER_GROUP = 40


@dataclass
class Token:
    """One lexical token: `kind` is 'ident' or 'punct', `text` its spelling."""

    kind: str
    text: str
    line: int


def tokenize(src: str) -> list[Token]:
    """Rust tokens minus comments, string/char literals and numbers (none of which can import)."""
    toks: list[Token] = []
    i, n, line = 0, len(src), 1

    def skip_quoted(j: int, quote: str) -> int:
        nonlocal line
        while j < n:
            c = src[j]
            if c == "\\":
                j += 2
                continue
            if c == "\n":
                line += 1
            if c == quote:
                return j + 1
            j += 1
        return j

    while i < n:
        c = src[i]
        if c == "\n":
            line += 1
            i += 1
        elif c.isspace():
            i += 1
        elif src.startswith("//", i):
            end = src.find("\n", i)
            i = n if end < 0 else end
        elif src.startswith("/*", i):
            depth, i = 1, i + 2
            while i < n and depth:
                if src.startswith("/*", i):
                    depth, i = depth + 1, i + 2
                elif src.startswith("*/", i):
                    depth, i = depth - 1, i + 2
                else:
                    line += src[i] == "\n"
                    i += 1
        elif c == '"':
            i = skip_quoted(i + 1, '"')
        elif c == "'":
            # A char literal ('x', '\n', '\u{..}') or a lifetime / label ('a, 'static).
            if i + 1 < n and src[i + 1] == "\\":
                i = skip_quoted(i + 1, "'")
            elif i + 2 < n and src[i + 2] == "'":
                i += 3
            else:
                i += 1
        elif c.isalpha() or c == "_":
            j = i
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            # Raw strings r"..", r#".."#, byte/C strings b"..", br#".."#, c"..", byte chars b'x'.
            if word in ("r", "br", "cr") and j < n and src[j] in '#"':
                k = j
                while k < n and src[k] == "#":
                    k += 1
                if k < n and src[k] == '"':
                    closing = '"' + "#" * (k - j)
                    end = src.find(closing, k + 1)
                    end = n if end < 0 else end + len(closing)
                    line += src.count("\n", i, end)
                    i = end
                    continue
                if word == "r" and k == j + 1 and k < n and (src[k].isalpha() or src[k] == "_"):
                    i = k  # raw identifier r#name: lex the name itself next
                    continue
            if word in ("b", "c") and j < n and src[j] == '"':
                i = skip_quoted(j + 1, '"')
                continue
            if word == "b" and j < n and src[j] == "'":
                i = skip_quoted(j + 1, "'")
                continue
            toks.append(Token("ident", word, line))
            i = j
        elif c.isdigit():
            j = i
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            i = j
        elif src.startswith("::", i):
            toks.append(Token("punct", "::", line))
            i += 2
        else:
            toks.append(Token("punct", c, line))
            i += 1
    return toks


OPEN = {"(": ")", "[": "]", "{": "}"}
CLOSE = {")", "]", "}"}


def matching(toks: list[Token], i: int) -> int:
    """Index just past the bracket group opening at toks[i]."""
    depth = 0
    while i < len(toks):
        t = toks[i].text
        if toks[i].kind == "punct" and t in OPEN:
            depth += 1
        elif toks[i].kind == "punct" and t in CLOSE:
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return i


def is_test_cfg(attr: list[Token]) -> bool:
    """`cfg(test)` or `cfg(all(test, ..))`: code that only a test build compiles."""
    words = [t.text for t in attr if t.kind == "ident"]
    return bool(words) and words[0] == "cfg" and "test" in words and "not" not in words


def skip_item(toks: list[Token], i: int) -> int:
    """Index just past the item (or statement, field, arm) starting at toks[i]."""
    while i < len(toks):
        t = toks[i]
        if t.kind == "punct":
            if t.text == "#" and i + 1 < len(toks) and toks[i + 1].text == "[":
                i = matching(toks, i + 1)
                continue
            if t.text == ";":
                return i + 1
            if t.text == ",":
                return i + 1
            if t.text == "{":
                return matching(toks, i)
            if t.text in OPEN:
                i = matching(toks, i)
                continue
            if t.text in CLOSE:
                return i
        i += 1
    return i


@dataclass
class Import:
    """A path from one file to a top-level module."""

    target: str
    file: str
    line: int


@dataclass
class FileScan:
    """What one file declares and imports."""

    child_mods: list[tuple[list[str], str]] = field(default_factory=list)
    imports: list[Import] = field(default_factory=list)


def group_heads(toks: list[Token], i: int) -> list[Token]:
    """First identifier of each entry of the `{..}` use-group opening at toks[i]."""
    end = matching(toks, i) - 1
    heads, j, expect = [], i + 1, True
    while j < end:
        t = toks[j]
        if expect and t.kind == "ident":
            heads.append(t)
            expect = False
        if t.kind == "punct" and t.text in OPEN:
            j = matching(toks, j)
            continue
        if t.text == ",":
            expect = True
        j += 1
    return heads


def scan_file(path: Path, rel: str, mod_path: list[str]) -> FileScan:
    """Module declarations and top-level-module imports of one file, test code skipped."""
    toks = tokenize(path.read_text(encoding="utf-8"))
    out = FileScan()
    inline: list[tuple[str, int]] = []  # (inline module name, brace depth it closes at)
    depth, i = 0, 0
    while i < len(toks):
        t = toks[i]
        if t.text == "#" and t.kind == "punct":
            inner = i + 1 < len(toks) and toks[i + 1].text == "!"
            start = i + 2 if inner else i + 1
            if start < len(toks) and toks[start].text == "[":
                end = matching(toks, start)
                if is_test_cfg(toks[start + 1 : end - 1]):
                    if inner:  # #![cfg(test)]: the whole file is test code
                        return FileScan()
                    i = skip_item(toks, end)
                    continue
                i = end
                continue
        if t.kind == "punct" and t.text == "{":
            depth += 1
        elif t.kind == "punct" and t.text == "}":
            depth -= 1
            if inline and inline[-1][1] == depth:
                inline.pop()
        elif t.kind == "ident" and t.text == "mod" and i + 2 < len(toks):
            name, after = toks[i + 1], toks[i + 2]
            if name.kind == "ident" and after.text == ";":
                out.child_mods.append(([m for m, _ in inline], name.text))
            elif name.kind == "ident" and after.text == "{":
                inline.append((name.text, depth))
        elif t.kind == "ident" and t.text == "crate" and i + 2 < len(toks):
            if toks[i + 1].text == "::":
                nxt = toks[i + 2]
                heads = group_heads(toks, i + 2) if nxt.text == "{" else [nxt]
                for h in heads:
                    if h.kind == "ident":
                        out.imports.append(Import(h.text, rel, h.line))
        elif t.kind == "ident" and t.text == "super" and (i == 0 or toks[i - 1].text != "::"):
            ups, j = 0, i
            while j + 1 < len(toks) and toks[j].text == "super" and toks[j + 1].text == "::":
                ups, j = ups + 1, j + 2
            here = mod_path + [m for m, _ in inline]
            if ups == len(here) and j < len(toks):
                heads = group_heads(toks, j) if toks[j].text == "{" else [toks[j]]
                for h in heads:
                    if h.kind == "ident":
                        out.imports.append(Import(h.text, rel, h.line))
            i = max(j, i + 1)
            continue
        i += 1
    return out


def module_file(dir_: Path, name: str) -> Path | None:
    """`dir/name.rs` or `dir/name/mod.rs`, whichever exists."""
    for p in (dir_ / f"{name}.rs", dir_ / name / "mod.rs"):
        if p.is_file():
            return p
    return None


def collect(root: Path, verbose: bool = False) -> tuple[list[str], list[Import], dict[str, str]]:
    """Top-level modules, their cross-module imports as (source module) -> Import, by file."""
    src = root / "src"
    lib = scan_file(src / "lib.rs", "src/lib.rs", [])
    tops = [name for inl, name in lib.child_mods if not inl]
    edges: list[tuple[str, Import]] = []
    seen_files: dict[str, str] = {}
    for top in tops:
        first = module_file(src, top)
        if first is None:
            raise SystemExit(f"module `{top}` declared in src/lib.rs has no file")
        stack = [(first, [top])]
        while stack:
            path, mod_path = stack.pop()
            rel = path.relative_to(root).as_posix()
            seen_files[rel] = top
            scan = scan_file(path, rel, mod_path)
            for imp in scan.imports:
                if imp.target in tops and imp.target != top:
                    edges.append((top, imp))
            # Children of src/a/mod.rs and of src/a.rs both live in src/a/.
            base = path.parent if path.name == "mod.rs" else path.parent / path.stem
            for inline, child in scan.child_mods:
                child_path = module_file(base.joinpath(*inline), child)
                if child_path is None:
                    raise SystemExit(f"{rel}: `mod {child};` has no file")
                stack.append((child_path, mod_path + inline + [child]))
    if verbose:
        for p in sorted(src.rglob("*.rs")):
            rel = p.relative_to(root).as_posix()
            if rel not in seen_files and rel != "src/lib.rs":
                print(f"not read (test-only, a binary, or not declared): {rel}")
    return tops, edges, seen_files


def strongly_connected(nodes: list[str], graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's strongly connected components, each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    out: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                comp.append(w)
                if w == v:
                    break
            out.append(sorted(comp))

    for v in nodes:
        if v not in index:
            visit(v)
    return out


def simple_cycles(comp: list[str], graph: dict[str, set[str]], cap: int) -> list[list[str]]:
    """Elementary cycles inside one component, each starting at its smallest module, up to cap."""
    members = set(comp)
    cycles: list[list[str]] = []
    for start in comp:
        allowed = {m for m in members if m >= start}

        def walk(v: str, path: list[str], on_path: set[str]) -> None:
            for w in sorted(graph[v] & allowed):
                if len(cycles) >= cap:
                    return
                if w == start:
                    cycles.append(path + [start])
                elif w not in on_path:
                    walk(w, path + [w], on_path | {w})

        walk(start, [start], {start})
    return sorted(cycles, key=lambda c: (len(c), c))


def layers(nodes: list[str], graph: dict[str, set[str]]) -> list[list[str]]:
    """Layer 0 imports no other module; layer k imports only from layers below k."""
    level: dict[str, int] = {}

    def depth(v: str) -> int:
        if v not in level:
            level[v] = 1 + max((depth(w) for w in graph[v]), default=-1)
        return level[v]

    for v in nodes:
        depth(v)
    out: list[list[str]] = [[] for _ in range(max(level.values(), default=-1) + 1)]
    for v in sorted(nodes):
        out[level[v]].append(v)
    return out


def check(root: Path, verbose: bool = False, out=sys.stdout) -> int:
    """Print the cycles (exit code 1) or the layers (exit code 0) of the crate at root."""
    tops, edges, _ = collect(root, verbose)
    graph: dict[str, set[str]] = {t: set() for t in tops}
    first_import: dict[tuple[str, str], Import] = {}
    for src_mod, imp in edges:
        graph[src_mod].add(imp.target)
        key = (src_mod, imp.target)
        old = first_import.get(key)
        if old is None or (imp.file, imp.line) < (old.file, old.line):
            first_import[key] = imp
    groups = [c for c in strongly_connected(tops, graph) if len(c) > 1]
    if not groups:
        print("no import cycle between top-level modules; layers (each imports only from the layers before it):", file=out)
        for k, layer in enumerate(layers(tops, graph)):
            print(f"  {k}: {' '.join(layer)}", file=out)
        return 0
    for comp in sorted(groups):
        print(f"import cycle among {len(comp)} modules: {' '.join(comp)}", file=out)
        cycles = simple_cycles(comp, graph, MAX_CYCLES_PER_GROUP)
        for cyc in cycles:
            print(f"  cycle: {' -> '.join(cyc)}", file=out)
        if len(cycles) >= MAX_CYCLES_PER_GROUP:
            print(f"  (first {MAX_CYCLES_PER_GROUP} cycles shown)", file=out)
        print("  edges inside the group (one import each):", file=out)
        for a in comp:
            for b in sorted(graph[a] & set(comp)):
                imp = first_import[(a, b)]
                print(f"    {a} -> {b}: {imp.file}:{imp.line}", file=out)
    return 1


SELF_TEST_FILES = {
    "src/lib.rs": "pub mod a;\npub mod b;\npub mod c;\n#[cfg(test)]\nmod only_tests;\n",
    "src/a.rs": "//! docs: crate::c::Z is a doc link, not an import\n"
    "pub mod inner;\nuse crate::b::X;\npub struct Y;\n"
    "#[cfg(test)]\nmod tests {\n    use crate::c::Z;\n}\n",
    "src/a/inner.rs": "pub fn f() -> u8 { let _s = \"crate::c::Z\"; 0 }\n",
    "src/b/mod.rs": "pub struct X;\n#[cfg(test)]\nmod tests;\n",
    "src/b/tests.rs": "use crate::c::Z;\n",
    "src/c.rs": "pub struct Z;\nfn g() -> crate::b::X { crate::b::X }\n",
    "src/only_tests.rs": "use crate::{a::Y, b::X};\n",
}


def self_test() -> int:
    """The checker finds a cycle it should, and none where only tests, docs or strings close one."""
    import io

    def run(files: dict[str, str]) -> tuple[int, str]:
        with tempfile.TemporaryDirectory() as tmp:
            for rel, text in files.items():
                p = Path(tmp) / rel
                p.parent.mkdir(parents=True, exist_ok=True)
                p.write_text(text)
            buf = io.StringIO()
            return check(Path(tmp), out=buf), buf.getvalue()

    failures = []
    code, text = run(SELF_TEST_FILES)
    if code != 0 or "0: b" not in text or "1: a c" not in text:
        failures.append(f"test code, doc links and strings must not count:\n{text}")
    # A grouped import in a nested module of b closes a -> b -> c -> a; super:: climbs to the root.
    cyclic = dict(SELF_TEST_FILES)
    cyclic["src/b/mod.rs"] = "pub struct X;\npub mod deep;\n"
    cyclic["src/b/deep.rs"] = "use crate::{self as root, c::{Z}};\n"
    cyclic["src/c.rs"] = "pub struct Z;\nuse super::a::Y;\n"
    code, text = run(cyclic)
    want = ["cycle: a -> b -> c -> a", "b -> c: src/b/deep.rs:1", "c -> a: src/c.rs:2"]
    if code != 1 or any(w not in text for w in want):
        failures.append(f"missed the cycle a -> b -> c -> a:\n{text}")
    cyclic["src/c.rs"] = "pub struct Z;\npub fn h() { let _ = crate::a::Y; }\n"
    code, text = run(cyclic)
    if code != 1 or "c -> a: src/c.rs:2" not in text:
        failures.append(f"missed an inline path:\n{text}")
    for f in failures:
        print("self-test FAILED:", f, file=sys.stderr)
    if not failures:
        print("self-test passed")
    return 1 if failures else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--root", default=os.path.join(os.path.dirname(__file__), ".."))
    ap.add_argument("--self-test", action="store_true", help="check the checker, then exit")
    ap.add_argument("--verbose", action="store_true", help="also list the files not read")
    args = ap.parse_args()
    if args.self_test:
        return self_test()
    return check(Path(args.root).resolve(), args.verbose)


if __name__ == "__main__":
    sys.exit(main())
