#!/usr/bin/env python3
"""Where the dashboard's WebAssembly bytes go, grouped by crate and module.

    python3 bench/wasm_profile.py NAMED.wasm [SHIPPED.wasm]

NAMED.wasm is the wasm-bindgen output of the `web` profile build *with* its name section
(`wasm-bindgen --keep-debug`, before wasm-opt): wasm-bindgen demangles the names, so every function
body can be attributed to a crate. SHIPPED.wasm (optional) is the wasm-opt output in dist/; its code
and data sizes are printed beside, and each group's share is scaled to it ("≈ shipped").

For each group: the raw bytes of its function bodies, its share of the code, and the gzip -9 size of
the group's bodies compressed on their own (an upper bound of what the group adds to the gzipped
wasm: gzip finds fewer repeats in a smaller input). The data segments (string literals, tables) are
split into Japanese text, other text and binary. Used by `scripts/size-report --profile`; the
figures are discussed in docs/PERFORMANCE.md. Prints figures, asserts nothing.
"""

import gzip
import re
import sys
from collections import defaultdict

# First matching rule wins. The names are wasm-bindgen's demangled Rust paths; a generic function
# is attributed to the crate that defines it (serde_json's deserializer instantiated for a csm-core
# type counts as serde_json), except serde's derived `Deserialize` impls, which count as the model's.
RULES = [
    ("serde derive: Deserialize impls of csm_core::snapshot::model", r"Deserialize for csm_core|csm_core::snapshot::model::_::|__FieldVisitor|__Visitor"),
    ("serde_path_to_error (located decoding errors)", r"serde_path_to_error"),
    ("serde_json", r"serde_json"),
    ("serde (core traits)", r"serde_core|\bserde::"),
    ("csm_core::snapshot::load", r"csm_core::snapshot::load"),
    ("csm_core::snapshot::validate", r"csm_core::snapshot::validate"),
    ("csm_core::snapshot (other)", r"csm_core::snapshot"),
    ("csm_core engine (report, risk, register, kpi, pdca, …)", r"csm_core::"),
    ("csm_frontend::views (7 views)", r"csm_frontend::views"),
    ("csm_frontend::charts + plotters", r"csm_frontend::charts|plotters"),
    ("csm_frontend (app, components, store, i18n, services)", r"csm_frontend"),
    ("yew (+ gloo, implicit_clone, indexmap)", r"yew|implicit_clone|gloo|indexmap|slab|prokio|tokise|pinned"),
    ("wasm-bindgen, js-sys, web-sys glue", r"wasm_bindgen|js_sys|web_sys|__wbindgen|__wbg|externref"),
    ("sha2, base64", r"sha2|base64|digest|block_buffer"),
    ("core::fmt (formatting, float printing)", r"core.*::fmt|float_to_decimal|Formatter|as core.*Display|as core.*Debug"),
    ("alloc (dlmalloc, Vec, String, Rc, BTreeMap, HashMap)", r"dlmalloc|alloc::|__rust_alloc|__rdl|raw_vec|RawVec|btree|hashbrown|HashMap"),
    ("libm, compiler_builtins", r"compiler_builtins|libm"),
    ("core generics (iterator folds, slices, str; mostly inlined closures of the above)", r"^<?core|^<&|Map<I,F>|closure|core::"),
    ("std", r"std::|std\["),
]


def leb(buf, i):
    result = shift = 0
    while True:
        byte = buf[i]
        i += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return result, i


def sections(buf):
    if buf[:4] != b"\0asm":
        sys.exit("not a wasm file")
    i = 8
    while i < len(buf):
        sid = buf[i]
        size, i = leb(buf, i + 1)
        yield sid, buf[i : i + size]
        i += size


def skip_const_expr(body, j):
    while body[j] != 0x0B:
        j += 1
    return j + 1


def parse(path):
    buf = open(path, "rb").read()
    imported_funcs = 0
    bodies = []
    data = []
    names = {}
    custom = 0
    sizes = defaultdict(int)
    for sid, body in sections(buf):
        sizes[sid] += len(body)
        if sid == 2:  # imports
            count, j = leb(body, 0)
            for _ in range(count):
                for _ in range(2):  # module, field
                    n, j = leb(body, j)
                    j += n
                kind = body[j]
                j += 1
                if kind == 0:
                    _, j = leb(body, j)
                    imported_funcs += 1
                elif kind == 1:  # table: reftype, limits
                    j += 1
                    flag, j = leb(body, j)
                    _, j = leb(body, j)
                    if flag & 1:
                        _, j = leb(body, j)
                elif kind == 2:  # memory
                    flag, j = leb(body, j)
                    _, j = leb(body, j)
                    if flag & 1:
                        _, j = leb(body, j)
                elif kind == 3:  # global
                    j += 2
                else:
                    sys.exit(f"unknown import kind {kind}")
        elif sid == 10:  # code
            count, j = leb(body, 0)
            for _ in range(count):
                size, j = leb(body, j)
                bodies.append(body[j : j + size])
                j += size
        elif sid == 11:  # data
            count, j = leb(body, 0)
            for _ in range(count):
                flag, j = leb(body, j)
                if flag == 2:
                    _, j = leb(body, j)
                if flag in (0, 2):
                    j = skip_const_expr(body, j)
                size, j = leb(body, j)
                data.append(body[j : j + size])
                j += size
        elif sid == 0:
            n, j = leb(body, 0)
            name = body[j : j + n].decode("utf-8", "replace")
            custom += len(body)
            if name == "name":
                j += n
                while j < len(body):
                    sub = body[j]
                    sub_size, j = leb(body, j + 1)
                    end = j + sub_size
                    if sub == 1:  # function names
                        count, k = leb(body, j)
                        for _ in range(count):
                            idx, k = leb(body, k)
                            ln, k = leb(body, k)
                            names[idx] = body[k : k + ln].decode("utf-8", "replace")
                            k += ln
                    j = end
    return {
        "bytes": len(buf),
        "imported": imported_funcs,
        "bodies": bodies,
        "data": b"".join(data),
        "names": names,
        "custom": custom,
        "code": sizes[10],
        "data_section": sizes[11],
    }


def gz(b):
    return len(gzip.compress(b, 9))


def kib(n):
    return f"{n / 1024:8.1f}"


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    named = parse(sys.argv[1])
    shipped = parse(sys.argv[2]) if len(sys.argv) > 2 else None
    groups = defaultdict(list)
    for i, body in enumerate(named["bodies"]):
        name = named["names"].get(named["imported"] + i, "")
        for group, rx in RULES:
            if re.search(rx, name):
                break
        else:
            group = "other (unnamed or unmatched)"
        groups[group].append(body)
    code_total = sum(len(b) for b in named["bodies"])
    scale = shipped["code"] / named["code"] if shipped else 1.0

    print(f"wasm with names: {named['bytes']:,} bytes; custom sections (names, producers) {named['custom']:,}; "
          f"code section {named['code']:,}; data section {named['data_section']:,}")
    if shipped:
        print(f"shipped wasm:    {shipped['bytes']:,} bytes ({gz(open(sys.argv[2], 'rb').read()):,} gzip -9); "
              f"code section {shipped['code']:,} (gzip -9 alone: {gz(b''.join(shipped['bodies'])):,}); "
              f"data section {shipped['data_section']:,} (gzip -9 alone: {gz(shipped['data']):,})")
    print()
    print("Code by group (function bodies before wasm-opt; KiB):")
    print(f"  {'raw':>8} {'share':>6} {'≈shipped':>8} {'gzip':>8}  {'fns':>5}  group")
    rows = sorted(groups.items(), key=lambda kv: -sum(len(b) for b in kv[1]))
    for group, bodies in rows:
        raw = sum(len(b) for b in bodies)
        print(f"  {kib(raw)} {100 * raw / code_total:5.1f}% {kib(raw * scale)} {kib(gz(b''.join(bodies)))}  {len(bodies):5d}  {group}")
    print(f"  {kib(code_total)} 100.0% {kib(code_total * scale)} {kib(gz(b''.join(named['bodies'])))}  {len(named['bodies']):5d}  all code")

    data = (shipped or named)["data"]
    text = data.decode("utf-8", "replace")
    runs = re.findall(r"[^\x00-\x08\x0e-\x1f\ufffd]{4,}", text)
    japanese = [r for r in runs if re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", r)]
    paths = [r for r in runs if ".rs" in r and r not in japanese]
    other = [r for r in runs if r not in japanese and r not in paths]
    jb = sum(len(r.encode()) for r in japanese)
    pb = sum(len(r.encode()) for r in paths)
    ob = sum(len(r.encode()) for r in other)
    print()
    print(f"Data segments ({'shipped' if shipped else 'named'} wasm; KiB):")
    print(f"  {kib(len(data))} total, gzip -9 alone {kib(gz(data)).strip()}")
    print(f"  {kib(jb)} text with Japanese (catalog, labels, messages), gzip {kib(gz(chr(0).join(japanese).encode())).strip()}")
    print(f"  {kib(ob)} other text (English labels and messages, field names, format strings), gzip {kib(gz(chr(0).join(other).encode())).strip()}")
    print(f"  {kib(pb)} source paths of panic locations (*.rs)")
    print(f"  {kib(len(data) - jb - ob - pb)} binary (tables, numbers, padding, short strings)")


if __name__ == "__main__":
    main()
