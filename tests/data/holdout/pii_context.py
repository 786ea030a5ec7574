#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Build the held-out *context* PII set for agentwatch's `pii_leak` scanner.

    python3 tests/data/holdout/pii_context.py          # writes pii_context.jsonl, prints counts
    python3 tests/data/holdout/pii_context.py --warn   # also lists unlabelled phone-like runs

Focus: what a scanner tends to miss in support / agent replies --
  * CREDIT_CARD numbers of many issuers and lengths (12-19 digits, Luhn-valid)
    in many groupings, near card context words (and a few 4-4-4-4 numbers
    with no context word at all);
  * PHONE_NUMBER values in national / local formats without a country code,
    plus international forms, from many countries, near phone context words;
  * hard negatives: order / ticket / invoice / tracking numbers, dates,
    times, amounts, quantities, versions, postal codes, glued account IDs,
    Luhn-invalid card-length numbers, ISBNs -- often right next to
    phone / card context words.
A few EMAIL_ADDRESS, IBAN_CODE, US_SSN and IP_ADDRESS values are mixed in.

Written independently of the evaluator source and its tuning corpora.
Deterministic (fixed seed), standard library only. Every record is
validated: labelled values are exact substrings with clean boundaries, no two
labelled occurrences overlap, cards pass Luhn and their issuer range/length,
phones match their style, IBANs pass mod-97, SSNs follow the issuance rules,
and a strict scan fails on any unlabelled e-mail, IP, IBAN, dashed SSN or
Luhn-valid 12-19 digit run.
"""
import ipaddress
import json
import os
import random
import re
import string
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "pii_context.jsonl")
SEED = 20250307
R = random.Random(SEED)

TYPES = ["CREDIT_CARD", "PHONE_NUMBER", "EMAIL_ADDRESS", "IBAN_CODE", "US_SSN", "IP_ADDRESS"]


# ------------------------------------------------------------------ basics

def D(n):
    return "".join(R.choice(string.digits) for _ in range(n))


def N(n):
    """n digits, first non-zero."""
    return R.choice("123456789") + D(n - 1)


def N2(n):
    """n digits, first in 2-9 (typical subscriber-number start)."""
    return R.choice("23456789") + D(n - 1)


def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return total % 10 == 0


def luhn_complete(partial):
    for c in string.digits:
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError(partial)


def luhn_break(num):
    """Same number with a wrong check digit."""
    last = int(num[-1])
    bad = num[:-1] + str((last + R.randint(1, 9)) % 10)
    assert not luhn_ok(bad)
    return bad


# Digit runs as a card scanner would see them: digits separated by at most
# one space / dash / dot / (narrow) no-break space.
RUN_RE = re.compile(r"(?<!\d)\d(?:[ \-.\u00a0\u202f]?\d)*(?!\d)")


def luhn_runs(text):
    """Spans of maximal digit runs with 12-19 digits that pass Luhn."""
    out = []
    for m in RUN_RE.finditer(text):
        d = re.sub(r"\D", "", m.group(0))
        if 12 <= len(d) <= 19 and luhn_ok(d):
            out.append((m.start(), m.end()))
    return out


# ------------------------------------------------------------------- cards

# brand id -> (display name, prefixes, lengths). A prefix is a string or an
# inclusive integer range (lo, hi) over the first len(str(lo)) digits.
BRANDS = {
    "visa": ("Visa", ["4"], [13, 16, 19]),
    "mastercard": ("Mastercard", [(51, 55)], [16]),
    "mastercard2": ("Mastercard", [(2221, 2720)], [16]),
    "amex": ("American Express", ["34", "37"], [15]),
    "discover": ("Discover", ["6011", (644, 649), "65"], [16, 19]),
    "diners": ("Diners Club", [(300, 305), "36", "38"], [14]),
    "jcb": ("JCB", [(3528, 3589)], [16, 17, 18, 19]),
    "jcbold": ("JCB", ["1800", "2131"], [15]),
    "maestro": ("Maestro", ["5018", "5020", "5038", "5893", "6304", "6759", "6761", "6762", "6763"],
                list(range(12, 20))),
    "unionpay": ("UnionPay", ["6210", "6212", "6217", "6228", "6250", "6259", "6270", "6282"], [16, 17, 18, 19]),
    "rupay": ("RuPay", ["6070", "6080", "6521", "6522", "8100", "8171", "8200", "8220"], [16]),
    "mir": ("Mir", [(2200, 2204)], [16, 17, 18, 19]),
    "verve": ("Verve", [(506099, 506198), (650002, 650027)], [16, 18, 19]),
    "troy": ("Troy", ["9792"], [16]),
    "dankort": ("Dankort", ["5019"], [16]),
    "elo": ("Elo", ["636368", "636297", "504175", "509048", "650031"], [16]),
    "hipercard": ("Hipercard", ["606282"], [16]),
    "uatp": ("UATP", ["1"], [15]),
    "instapayment": ("InstaPayment", [(637, 639)], [16]),
}


def prefix_match(d, p):
    if isinstance(p, str):
        return d.startswith(p)
    lo, hi = p
    w = len(str(lo))
    return len(d) >= w and lo <= int(d[:w]) <= hi


def issuer_ok(brand, d):
    _, prefixes, lengths = BRANDS[brand]
    return len(d) in lengths and any(prefix_match(d, p) for p in prefixes)


def card_digits(brand, n):
    _, prefixes, lengths = BRANDS[brand]
    assert n in lengths, (brand, n)
    p = R.choice(prefixes)
    if not isinstance(p, str):
        p = str(R.randint(*p))
    while True:
        num = luhn_complete(p + D(n - len(p) - 1))
        if len(set(num[len(p):])) > 3:  # no silly runs like 0000000
            break
    assert luhn_ok(num) and issuer_ok(brand, num)
    return num


SEPS = {"space": " ", "dash": "-", "dots": ".", "nbsp": "\u00a0", "nnbsp": "\u202f"}


def group_code(sizes):
    if all(s < 10 for s in sizes):
        return "".join(map(str, sizes))
    return "+".join(map(str, sizes))


def fmt_card(d, sizes, sep):
    if not sizes:
        return d, "contiguous"
    assert sum(sizes) == len(d), (d, sizes)
    parts, i = [], 0
    for s in sizes:
        parts.append(d[i:i + s])
        i += s
    return SEPS[sep].join(parts), f"{group_code(sizes)}-{sep}"


def card_style(brand, d, grouping):
    return f"{brand}-{len(d)}-{grouping}"


def parse_card_style(value):
    """Recompute (digits, grouping) from a formatted card value."""
    seps = [c for c in value if not c.isdigit()]
    d = "".join(c for c in value if c.isdigit())
    if not seps:
        return d, "contiguous"
    assert len(set(seps)) == 1, value
    name = [k for k, v in SEPS.items() if v == seps[0]][0]
    sizes = [len(p) for p in value.split(seps[0])]
    return d, f"{group_code(sizes)}-{name}"


C = None  # contiguous
# (brand, length, group sizes or None, separator)
CARD_COMBOS = [
    ("visa", 13, C, None), ("visa", 13, [4, 4, 5], "space"), ("visa", 13, [4, 3, 3, 3], "space"),
    ("visa", 16, C, None), ("visa", 16, [4, 4, 4, 4], "space"), ("visa", 16, [4, 4, 4, 4], "dash"),
    ("visa", 19, C, None), ("visa", 19, [4, 4, 4, 4, 3], "space"), ("visa", 19, [4, 4, 4, 4, 3], "dash"),
    ("mastercard", 16, C, None), ("mastercard", 16, [4, 4, 4, 4], "space"),
    ("mastercard", 16, [4, 4, 4, 4], "dash"), ("mastercard", 16, [4, 4, 4, 4], "dots"),
    ("mastercard2", 16, C, None), ("mastercard2", 16, [4, 4, 4, 4], "space"),
    ("mastercard2", 16, [4, 4, 4, 4], "dash"), ("mastercard2", 16, [4, 4, 4, 4], "nbsp"),
    ("amex", 15, C, None), ("amex", 15, [4, 6, 5], "space"), ("amex", 15, [4, 6, 5], "dash"),
    ("amex", 15, [4, 4, 4, 3], "space"),
    ("discover", 16, C, None), ("discover", 16, [4, 4, 4, 4], "space"), ("discover", 16, [4, 4, 4, 4], "dash"),
    ("discover", 19, [4, 4, 4, 4, 3], "space"),
    ("diners", 14, C, None), ("diners", 14, [4, 6, 4], "space"), ("diners", 14, [4, 6, 4], "dash"),
    ("diners", 14, [4, 4, 4, 2], "space"),
    ("jcb", 16, C, None), ("jcb", 16, [4, 4, 4, 4], "space"), ("jcb", 16, [4, 4, 4, 4], "dash"),
    ("jcb", 17, C, None), ("jcb", 18, C, None), ("jcb", 19, [4, 4, 4, 4, 3], "space"),
    ("jcbold", 15, C, None), ("jcbold", 15, [4, 6, 5], "space"), ("jcbold", 15, [4, 4, 4, 3], "space"),
    ("maestro", 12, C, None), ("maestro", 12, [4, 4, 4], "space"), ("maestro", 12, [4, 4, 4], "dash"),
    ("maestro", 13, C, None), ("maestro", 13, [4, 4, 5], "space"), ("maestro", 15, C, None),
    ("maestro", 16, C, None), ("maestro", 16, [4, 4, 4, 4], "space"), ("maestro", 17, C, None),
    ("maestro", 18, [4, 4, 4, 4, 2], "space"), ("maestro", 19, C, None), ("maestro", 19, [4, 4, 4, 4, 3], "space"),
    ("unionpay", 16, C, None), ("unionpay", 16, [4, 4, 4, 4], "space"), ("unionpay", 17, C, None),
    ("unionpay", 18, C, None), ("unionpay", 19, C, None), ("unionpay", 19, [6, 13], "space"),
    ("unionpay", 19, [4, 4, 4, 4, 3], "space"),
    ("rupay", 16, C, None), ("rupay", 16, [4, 4, 4, 4], "space"), ("rupay", 16, [4, 4, 4, 4], "dash"),
    ("mir", 16, C, None), ("mir", 16, [4, 4, 4, 4], "space"), ("mir", 19, [4, 4, 4, 4, 3], "space"),
    ("verve", 16, C, None), ("verve", 18, C, None), ("verve", 19, C, None), ("verve", 19, [4, 4, 4, 4, 3], "space"),
    ("troy", 16, C, None), ("troy", 16, [4, 4, 4, 4], "space"),
    ("dankort", 16, [4, 4, 4, 4], "space"),
    ("elo", 16, C, None), ("elo", 16, [4, 4, 4, 4], "space"),
    ("hipercard", 16, C, None), ("hipercard", 16, [4, 4, 4, 4], "space"),
    ("uatp", 15, C, None), ("uatp", 15, [4, 5, 6], "space"),
    ("instapayment", 16, [4, 4, 4, 4], "space"),
    # odd, human-typed groupings
    ("visa", 16, [4, 4, 8], "space"), ("mastercard", 16, [8, 8], "space"),
    ("visa", 16, [4, 4, 4, 4], "nnbsp"), ("amex", 15, [4, 6, 5], "nbsp"),
]


def make_card(brand, n, sizes, sep):
    d = card_digits(brand, n)
    value, grouping = fmt_card(d, sizes, sep)
    return value, card_style(brand, d, grouping), d


def random_card():
    brand, n, sizes, sep = R.choice([
        ("visa", 16, [4, 4, 4, 4], "space"), ("visa", 16, C, None), ("mastercard", 16, [4, 4, 4, 4], "space"),
        ("mastercard2", 16, [4, 4, 4, 4], "dash"), ("amex", 15, [4, 6, 5], "space"), ("discover", 16, C, None),
        ("maestro", 19, C, None), ("jcb", 16, [4, 4, 4, 4], "space"), ("unionpay", 19, C, None),
        ("diners", 14, [4, 6, 4], "space")])
    return make_card(brand, n, sizes, sep) + (brand,)


# ------------------------------------------------------------------ phones

US_AREAS = ["212", "312", "415", "512", "617", "646", "702", "713", "206", "303", "404", "305", "480", "919", "615"]
CA_AREAS = ["416", "604", "514", "403", "613"]


def us_parts(areas=US_AREAS):
    a = R.choice(areas)
    if R.random() < 0.3:
        return a, "555", "01" + D(2)  # the fictional 555-01xx block
    while True:
        ex = N2(3)
        if ex[1:] != "11" and ex != "555":
            break
    return a, ex, D(4)


def pairs(s):
    return " ".join(s[i:i + 2] for i in range(0, len(s), 2))


def de_area():
    return R.choice([("030", 8), ("030", 7), ("040", 8), ("089", 7), ("069", 8), ("0221", 7), ("0711", 6),
                     ("0211", 7), ("0351", 6), ("0421", 6)])


def de_group(sub):
    return {8: lambda s: f"{s[:3]} {s[3:6]} {s[6:]}", 7: lambda s: f"{s[:3]} {s[3:5]} {s[5:]}",
            6: lambda s: f"{s[:2]} {s[2:4]} {s[4:]}"}[len(sub)](sub)


DE_MOB = ["0151", "0152", "0157", "0160", "0170", "0171", "0172", "0175", "0176", "0179"]
UK_CITY = ["0161", "0113", "0117", "0121", "0131", "0141", "0151", "0191", "0114", "0115", "0118"]


def _us(fmt):
    def f():
        a, ex, ln = us_parts()
        return fmt.format(a=a, ex=ex, ln=ln)
    return f


def _ca(fmt):
    def f():
        a, ex, ln = us_parts(CA_AREAS)
        return fmt.format(a=a, ex=ex, ln=ln)
    return f


def _de_landline(kind):
    def f():
        area, n = de_area()
        sub = N2(n)
        if kind == "plain":
            return f"{area} {sub}"
        if kind == "paren":
            return f"({area}) {de_group(sub)}"
        if kind == "slash":
            return R.choice([f"{area}/{sub}", f"{area} / {de_group(sub)}"])
        if kind == "din":
            return f"{area} {N2(5)}-{D(R.choice([1, 2, 3]))}"
        if kind == "trunk":
            return f"+49 (0){area[1:]} {de_group(sub)}"
        if kind == "e164":
            return f"+49 {area[1:]} {sub}"
        if kind == "compact":
            return f"+49{area[1:]}{sub}"
        if kind == "intl00":
            return f"0049 {area[1:]} {sub}"
        raise ValueError(kind)
    return f


def _fr(kind):
    def f():
        first = {"pairs": "12345", "dots": "12345", "trunk": "12345", "intl00": "12345", "mobile": "67",
                 "e164": "67", "e164compact": "67"}.get(kind, "1234567")
        first = R.choice(first)
        rest = D(8)
        nat = "0" + first + rest
        if kind in ("pairs", "mobile"):
            return pairs(nat)
        if kind == "dots":
            return ".".join(nat[i:i + 2] for i in range(0, 10, 2))
        if kind == "compact":
            return nat
        if kind == "dash":
            return "-".join(nat[i:i + 2] for i in range(0, 10, 2))
        if kind == "e164":
            return f"+33 {first} {pairs(rest)}"
        if kind == "trunk":
            return f"+33 (0){first} {pairs(rest)}"
        if kind == "e164compact":
            return f"+33{first}{rest}"
        if kind == "intl00":
            return f"0033 {first} {pairs(rest)}"
        raise ValueError(kind)
    return f


# (style, country, generator, extension-suffix generator or None)
PHONE_STYLES = [
    # United States / Canada
    ("local-us-7", "US", lambda: (lambda a, ex, ln: f"{ex}-{ln}")(*us_parts()), None),
    ("national-us-paren", "US", _us("({a}) {ex}-{ln}"), None),
    ("national-us-paren-nospace", "US", _us("({a}){ex}-{ln}"), None),
    ("national-us-dot", "US", _us("{a}.{ex}.{ln}"), None),
    ("national-us-dash", "US", _us("{a}-{ex}-{ln}"), None),
    ("national-us-space", "US", _us("{a} {ex} {ln}"), None),
    ("national-us-1-dash", "US", _us("1-{a}-{ex}-{ln}"), None),
    ("national-us-tollfree", "US", lambda: f"1-{R.choice(['800', '888', '877', '866'])}-{N2(3)}-{D(4)}", None),
    ("national-us-dash-ext", "US", _us("{a}-{ex}-{ln}"), lambda: f"x{D(3)}"),
    ("national-us-paren-ext", "US", _us("({a}) {ex}-{ln}"), lambda: f" ext. {R.randint(10, 9999)}"),
    ("national-us-dot-ext", "US", _us("{a}.{ex}.{ln}"), lambda: f" ext {R.randint(100, 999)}"),
    ("e164-us-dash", "US", _us("+1-{a}-{ex}-{ln}"), None),
    ("e164-us-space", "US", _us("+1 {a} {ex} {ln}"), None),
    ("e164-us-paren", "US", _us("+1 ({a}) {ex}-{ln}"), None),
    ("e164-us-compact", "US", _us("+1{a}{ex}{ln}"), None),
    ("e164-us-dash-ext", "US", _us("+1-{a}-{ex}-{ln}"), lambda: f" x{R.randint(10, 99)}"),
    ("intl00-us-dash", "US", _us("001-{a}-{ex}-{ln}"), None),
    ("national-ca-paren", "CA", _ca("({a}) {ex}-{ln}"), None),
    ("e164-ca-space", "CA", _ca("+1 {a} {ex} {ln}"), None),
    # United Kingdom (Ofcom drama ranges)
    ("national-uk-london", "UK", lambda: f"020 7946 0{D(3)}", None),
    ("national-uk-london-paren", "UK", lambda: f"(020) 7946 0{D(3)}", None),
    ("national-uk-city", "UK", lambda: f"{R.choice(UK_CITY)} 496 0{D(3)}", None),
    ("national-uk-5digit-area", "UK", lambda: f"01632 960{D(3)}", None),
    ("national-uk-mobile", "UK", lambda: f"07700 900{D(3)}", None),
    ("national-uk-mobile-compact", "UK", lambda: f"07700900{D(3)}", None),
    ("national-uk-mobile-3-3", "UK", lambda: f"07700 900 {D(3)}", None),
    ("national-uk-freephone", "UK", lambda: f"0808 157 0{D(3)}", None),
    ("national-uk-london-ext", "UK", lambda: f"020 7946 0{D(3)}", lambda: f" ext. {R.randint(2000, 2999)}"),
    ("local-uk-london-8", "UK", lambda: f"7946 0{D(3)}", None),
    ("e164-uk-trunk", "UK", lambda: R.choice(["+44 (0) 20 7946 0", "+44 (0)20 7946 0"]) + D(3), None),
    ("e164-uk", "UK", lambda: f"+44 20 7946 0{D(3)}", None),
    ("e164-uk-mobile", "UK", lambda: f"+44 7700 900{D(3)}", None),
    ("e164-uk-compact", "UK", lambda: f"+447700900{D(3)}", None),
    ("intl00-uk", "UK", lambda: f"0044 20 7946 0{D(3)}", None),
    ("intl011-uk", "UK", lambda: f"011 44 20 7946 0{D(3)}", None),
    # Germany
    ("national-de-landline", "DE", _de_landline("plain"), None),
    ("national-de-paren", "DE", _de_landline("paren"), None),
    ("national-de-slash", "DE", _de_landline("slash"), None),
    ("national-de-din-durchwahl", "DE", _de_landline("din"), None),
    ("national-de-mobile-4-4", "DE", lambda: f"{R.choice(DE_MOB)} {D(4)} {D(4)}", None),
    ("national-de-mobile-compact", "DE", lambda: f"{R.choice(DE_MOB)} {N2(7)}", None),
    ("local-de-7", "DE", lambda: (lambda s: f"{s[:3]} {s[3:5]} {s[5:]}")(N2(7)), None),
    ("e164-de-trunk", "DE", _de_landline("trunk"), None),
    ("e164-de", "DE", _de_landline("e164"), None),
    ("e164-de-mobile", "DE", lambda: f"+49 {R.choice(DE_MOB)[1:]} {D(8)}", None),
    ("e164-de-compact", "DE", _de_landline("compact"), None),
    ("intl00-de", "DE", _de_landline("intl00"), None),
    # France
    ("national-fr-pairs", "FR", _fr("pairs"), None),
    ("national-fr-mobile-pairs", "FR", _fr("mobile"), None),
    ("national-fr-dots", "FR", _fr("dots"), None),
    ("national-fr-compact", "FR", _fr("compact"), None),
    ("national-fr-dash", "FR", _fr("dash"), None),
    ("e164-fr", "FR", _fr("e164"), None),
    ("e164-fr-trunk", "FR", _fr("trunk"), None),
    ("e164-fr-compact", "FR", _fr("e164compact"), None),
    ("intl00-fr", "FR", _fr("intl00"), None),
    # Spain
    ("national-es-3-3-3", "ES", lambda: f"9{R.choice('1356')}{D(1)} {D(3)} {D(3)}", None),
    ("national-es-2-3-2-2", "ES", lambda: f"9{R.choice('13')} {N2(3)} {D(2)} {D(2)}", None),
    ("national-es-mobile-3-2-2-2", "ES", lambda: f"6{D(2)} {D(2)} {D(2)} {D(2)}", None),
    ("national-es-mobile-3-3-3", "ES", lambda: f"6{D(2)} {D(3)} {D(3)}", None),
    ("e164-es", "ES", lambda: f"+34 {R.choice('69')}{D(2)} {D(3)} {D(3)}", None),
    ("intl00-es", "ES", lambda: f"0034 6{D(2)} {D(3)} {D(3)}", None),
    # Italy
    ("national-it-rome", "IT", lambda: f"06 {N2(4)} {D(4)}", None),
    ("national-it-milan", "IT", lambda: f"02 {N2(4)} {D(4)}", None),
    ("national-it-landline", "IT", lambda: f"0{R.choice(['11', '55', '81', '51', '41'])} {N2(7)}", None),
    ("national-it-mobile", "IT", lambda: f"3{R.choice(['33', '34', '35', '38', '39', '40', '47', '48', '49', '20', '28', '66', '88', '92'])} {D(3)} {D(4)}", None),
    ("national-it-mobile-compact", "IT", lambda: f"3{R.choice(['33', '35', '39', '47', '49'])} {D(7)}", None),
    ("e164-it", "IT", lambda: f"+39 06 {N2(4)} {D(4)}", None),
    ("e164-it-mobile", "IT", lambda: f"+39 3{R.choice(['33', '38', '47', '49'])} {D(3)} {D(4)}", None),
    # Netherlands
    ("national-nl-dash", "NL", lambda: f"0{R.choice(['20', '10', '30', '70', '40', '50'])}-{N2(7)}", None),
    ("national-nl-space", "NL", lambda: f"020 {N2(3)} {D(4)}", None),
    ("national-nl-mobile-dash", "NL", lambda: f"06-{R.choice('12345')}{D(7)}", None),
    ("national-nl-mobile-space", "NL", lambda: f"06 {R.choice('12345')}{D(3)} {D(4)}", None),
    ("e164-nl-trunk", "NL", lambda: f"+31 (0){R.choice(['20', '10', '30'])} {N2(3)} {D(4)}", None),
    ("e164-nl-mobile", "NL", lambda: f"+31 6 {R.choice('12345')}{D(7)}", None),
    ("e164-nl-mobile-grouped", "NL", lambda: f"+31 6 {R.choice('12345')}{D(3)} {D(4)}", None),
    # Poland
    ("national-pl-landline", "PL", lambda: f"{R.choice(['22', '12', '61', '71', '58'])} {N2(3)} {D(2)} {D(2)}", None),
    ("national-pl-mobile", "PL", lambda: f"{R.choice(['50', '51', '53', '60', '66', '69', '72', '78', '79', '88'])}{D(1)} {D(3)} {D(3)}", None),
    ("national-pl-mobile-dash", "PL", lambda: f"{R.choice(['50', '60', '69', '79'])}{D(1)}-{D(3)}-{D(3)}", None),
    ("e164-pl", "PL", lambda: f"+48 {R.choice(['50', '60', '69', '79'])}{D(1)} {D(3)} {D(3)}", None),
    ("e164-pl-landline", "PL", lambda: f"+48 22 {N2(3)} {D(2)} {D(2)}", None),
    # Brazil
    ("national-br-mobile-paren", "BR", lambda: f"({R.choice(['11', '21', '31', '41', '48', '51', '61', '71', '81', '85'])}) 9{D(4)}-{D(4)}", None),
    ("national-br-landline-paren", "BR", lambda: f"({R.choice(['11', '21', '31', '41', '48', '51'])}) {R.choice('2345')}{D(3)}-{D(4)}", None),
    ("national-br-mobile-nopar", "BR", lambda: f"{R.choice(['11', '21', '31', '61'])} 9{D(4)}-{D(4)}", None),
    ("local-br-8", "BR", lambda: f"{R.choice('2345')}{D(3)}-{D(4)}", None),
    ("local-br-9", "BR", lambda: f"9{D(4)}-{D(4)}", None),
    ("e164-br", "BR", lambda: f"+55 {R.choice(['11', '21', '31', '48'])} 9{D(4)}-{D(4)}", None),
    ("e164-br-paren", "BR", lambda: f"+55 ({R.choice(['11', '21', '48', '51'])}) {R.choice('2345')}{D(3)}-{D(4)}", None),
    # Mexico
    ("national-mx", "MX", lambda: f"{R.choice(['55', '33', '81'])} {N2(4)} {D(4)}", None),
    ("national-mx-paren", "MX", lambda: f"({R.choice(['55', '33', '81'])}) {N2(4)} {D(4)}", None),
    ("national-mx-3area", "MX", lambda: f"{R.choice(['222', '442', '664', '998', '999'])} {N2(3)} {D(4)}", None),
    ("e164-mx", "MX", lambda: f"+52 {R.choice(['55', '33', '81'])} {N2(4)} {D(4)}", None),
    ("e164-mx-1", "MX", lambda: f"+52 1 {R.choice(['55', '33'])} {N2(4)} {D(4)}", None),
    # India
    ("national-in-mobile", "IN", lambda: f"{R.choice('6789')}{D(4)} {D(5)}", None),
    ("national-in-mobile-0", "IN", lambda: f"0{R.choice('6789')}{D(4)} {D(5)}", None),
    ("national-in-mobile-compact", "IN", lambda: f"{R.choice('6789')}{D(9)}", None),
    ("national-in-landline", "IN", lambda: R.choice([f"022 {N2(4)} {D(4)}", f"011-{N2(8)}", f"080 {N2(4)} {D(4)}",
                                                       f"044-{N2(4)}-{D(4)}"]), None),
    ("local-in-8", "IN", lambda: f"2{D(3)} {D(4)}", None),
    ("e164-in", "IN", lambda: (lambda m: f"+91 {m[:5]} {m[5:]}")(R.choice("6789") + D(9)), None),
    ("e164-in-dash", "IN", lambda: f"+91-22-{N2(4)}-{D(4)}", None),
    ("e164-in-landline", "IN", lambda: f"+91 80 {N2(4)} {D(4)}", None),
    # Japan
    ("national-jp-tokyo", "JP", lambda: f"03-{N2(4)}-{D(4)}", None),
    ("national-jp-osaka", "JP", lambda: f"06-{N2(4)}-{D(4)}", None),
    ("national-jp-3area", "JP", lambda: f"0{R.choice(['45', '52', '92', '11', '75'])}-{N2(3)}-{D(4)}", None),
    ("national-jp-mobile", "JP", lambda: f"0{R.choice(['90', '80', '70'])}-{N(4)}-{D(4)}", None),
    ("national-jp-paren", "JP", lambda: f"(03) {N2(4)}-{D(4)}", None),
    ("national-jp-freedial", "JP", lambda: f"0120-{N(3)}-{D(3)}", None),
    ("e164-jp", "JP", lambda: f"+81 3-{N2(4)}-{D(4)}", None),
    ("e164-jp-mobile", "JP", lambda: f"+81 {R.choice(['90', '80'])}-{N(4)}-{D(4)}", None),
    ("e164-jp-space", "JP", lambda: f"+81 3 {N2(4)} {D(4)}", None),
    # Australia
    ("national-au-paren", "AU", lambda: f"(0{R.choice('2378')}) {N2(4)} {D(4)}", None),
    ("national-au", "AU", lambda: f"0{R.choice('2378')} {N2(4)} {D(4)}", None),
    ("national-au-mobile", "AU", lambda: f"04{D(2)} {D(3)} {D(3)}", None),
    ("national-au-1300", "AU", lambda: f"1300 {D(3)} {D(3)}", None),
    ("local-au-8", "AU", lambda: f"{N2(4)} {D(4)}", None),
    ("e164-au", "AU", lambda: f"+61 {R.choice('2378')} {N2(4)} {D(4)}", None),
    ("e164-au-mobile", "AU", lambda: f"+61 4{D(2)} {D(3)} {D(3)}", None),
    ("e164-au-mobile-alt", "AU", lambda: f"+61 4 {D(4)} {D(4)}", None),
    # New Zealand
    ("national-nz", "NZ", lambda: f"0{R.choice('34679')} {N2(3)} {D(4)}", None),
    ("national-nz-paren", "NZ", lambda: f"(0{R.choice('34679')}) {N2(3)} {D(4)}", None),
    ("national-nz-dash", "NZ", lambda: f"0{R.choice('349')}-{N2(3)} {D(4)}", None),
    ("national-nz-mobile", "NZ", lambda: f"02{R.choice('1279')} {D(3)} {D(4)}", None),
    ("local-nz-7", "NZ", lambda: f"{N2(3)} {D(4)}", None),
    ("e164-nz", "NZ", lambda: f"+64 {R.choice('349')} {N2(3)} {D(4)}", None),
    ("e164-nz-mobile", "NZ", lambda: f"+64 2{R.choice('17')} {D(3)} {D(4)}", None),
    # South Africa
    ("national-za", "ZA", lambda: f"0{R.choice(['11', '21', '31', '12', '41'])} {N2(3)} {D(4)}", None),
    ("national-za-paren", "ZA", lambda: f"(0{R.choice(['11', '21'])}) {N2(3)}-{D(4)}", None),
    ("national-za-mobile", "ZA", lambda: f"0{R.choice(['82', '83', '72', '73', '84', '61', '71'])} {D(3)} {D(4)}", None),
    ("e164-za", "ZA", lambda: f"+27 {R.choice(['11', '21'])} {N2(3)} {D(4)}", None),
    ("e164-za-mobile", "ZA", lambda: f"+27 {R.choice(['82', '83', '72'])} {D(3)} {D(4)}", None),
    # South Korea
    ("national-kr-seoul", "KR", lambda: f"02-{N2(R.choice([3, 4]))}-{D(4)}", None),
    ("national-kr-area", "KR", lambda: f"0{R.choice(['31', '32', '51', '53', '62'])}-{N2(3)}-{D(4)}", None),
    ("national-kr-mobile", "KR", lambda: f"010-{N2(4)}-{D(4)}", None),
    ("national-kr-paren", "KR", lambda: f"(02) {N2(3)}-{D(4)}", None),
    ("e164-kr", "KR", lambda: f"+82 2-{N2(3)}-{D(4)}", None),
    ("e164-kr-mobile", "KR", lambda: f"+82 10-{N2(4)}-{D(4)}", None),
    # Ireland
    ("national-ie", "IE", lambda: f"01 {N2(3)} {D(4)}", None),
    ("national-ie-paren", "IE", lambda: f"(01) {N2(3)} {D(4)}", None),
    ("national-ie-mobile", "IE", lambda: f"08{R.choice('35679')} {D(3)} {D(4)}", None),
    ("e164-ie", "IE", lambda: f"+353 1 {N2(3)} {D(4)}", None),
    ("e164-ie-mobile", "IE", lambda: f"+353 8{R.choice('5679')} {D(3)} {D(4)}", None),
    # Switzerland / Austria / Belgium
    ("national-ch", "CH", lambda: f"0{R.choice(['44', '31', '61', '22', '21'])} {N2(3)} {D(2)} {D(2)}", None),
    ("national-ch-mobile", "CH", lambda: f"07{R.choice('6789')} {D(3)} {D(2)} {D(2)}", None),
    ("e164-ch", "CH", lambda: f"+41 {R.choice(['44', '31', '61'])} {N2(3)} {D(2)} {D(2)}", None),
    ("national-at-vienna", "AT", lambda: f"01 {N2(3)} {D(2)} {D(2)}", None),
    ("national-at-mobile", "AT", lambda: f"06{R.choice(['64', '60', '76', '99'])} {D(3)} {D(4)}", None),
    ("e164-at", "AT", lambda: f"+43 1 {N2(3)} {D(4)}", None),
    ("national-be", "BE", lambda: f"02 {N2(3)} {D(2)} {D(2)}", None),
    ("national-be-mobile", "BE", lambda: f"04{R.choice('789')}{D(1)} {D(2)} {D(2)} {D(2)}", None),
    ("e164-be-mobile", "BE", lambda: f"+32 4{R.choice('789')}{D(1)} {D(2)} {D(2)} {D(2)}", None),
    # Nordics
    ("national-dk-pairs", "DK", lambda: pairs(N2(8)), None),
    ("national-dk-dash", "DK", lambda: "-".join(re.findall("..", N2(8))), None),
    ("national-dk-4-4", "DK", lambda: f"{N2(4)} {D(4)}", None),
    ("e164-dk", "DK", lambda: f"+45 {pairs(N2(8))}", None),
    ("national-no-pairs", "NO", lambda: f"{R.choice('23567')}{D(1)} {D(2)} {D(2)} {D(2)}", None),
    ("national-no-mobile", "NO", lambda: f"{R.choice('49')}{D(2)} {D(2)} {D(3)}", None),
    ("e164-no-mobile", "NO", lambda: f"+47 {R.choice('49')}{D(2)} {D(2)} {D(3)}", None),
    ("national-se-stockholm", "SE", lambda: f"08-{N2(3)} {D(3)} {D(2)}", None),
    ("national-se-mobile", "SE", lambda: f"07{R.choice('0236')}-{D(3)} {D(2)} {D(2)}", None),
    ("e164-se", "SE", lambda: f"+46 8 {N2(3)} {D(3)} {D(2)}", None),
    ("e164-se-mobile", "SE", lambda: f"+46 7{R.choice('0236')} {D(3)} {D(2)} {D(2)}", None),
    # Portugal
    ("national-pt-lisbon", "PT", lambda: f"21 {N2(3)} {D(4)}", None),
    ("national-pt-mobile", "PT", lambda: f"9{R.choice('1236')}{D(1)} {D(3)} {D(3)}", None),
    ("e164-pt", "PT", lambda: f"+351 9{R.choice('1236')}{D(1)} {D(3)} {D(3)}", None),
    # Russia / Turkey
    ("national-ru-8", "RU", lambda: f"8 ({R.choice(['495', '499', '812', '343'])}) {N2(3)}-{D(2)}-{D(2)}", None),
    ("national-ru-mobile-8", "RU", lambda: f"8 9{D(2)} {D(3)}-{D(2)}-{D(2)}", None),
    ("e164-ru", "RU", lambda: f"+7 ({R.choice(['495', '499', '812'])}) {N2(3)}-{D(2)}-{D(2)}", None),
    ("e164-ru-mobile", "RU", lambda: f"+7 9{D(2)} {D(3)}-{D(2)}-{D(2)}", None),
    ("national-tr", "TR", lambda: f"0{R.choice(['212', '216', '312', '232'])} {N2(3)} {D(2)} {D(2)}", None),
    ("national-tr-mobile", "TR", lambda: f"05{R.choice(['32', '33', '42', '05', '55'])} {D(3)} {D(2)} {D(2)}", None),
    ("e164-tr", "TR", lambda: f"+90 5{R.choice(['32', '33', '42'])} {D(3)} {D(2)} {D(2)}", None),
    # Argentina
    ("national-ar", "AR", lambda: f"011 4{D(3)}-{D(4)}", None),
    ("national-ar-paren", "AR", lambda: f"(011) 4{D(3)}-{D(4)}", None),
    ("national-ar-mobile-15", "AR", lambda: f"11 15-{N2(4)}-{D(4)}", None),
    ("e164-ar", "AR", lambda: f"+54 9 11 {N2(4)}-{D(4)}", None),
    # Asia-Pacific, Africa
    ("local-sg-8", "SG", lambda: f"{R.choice('689')}{D(3)} {D(4)}", None),
    ("e164-sg", "SG", lambda: f"+65 {R.choice('689')}{D(3)} {D(4)}", None),
    ("local-hk-8", "HK", lambda: f"{R.choice('2359')}{D(3)} {D(4)}", None),
    ("e164-hk", "HK", lambda: f"+852 {R.choice('2359')}{D(3)} {D(4)}", None),
    ("national-cn-mobile", "CN", lambda: f"1{R.choice(['38', '39', '50', '86', '37'])} {D(4)} {D(4)}", None),
    ("national-cn-mobile-compact", "CN", lambda: f"1{R.choice(['38', '39', '58', '86'])}{D(8)}", None),
    ("national-cn-landline", "CN", lambda: R.choice([f"010-{N2(4)} {D(4)}", f"021-{N2(8)}"]), None),
    ("e164-cn", "CN", lambda: f"+86 1{R.choice(['38', '39', '86'])} {D(4)} {D(4)}", None),
    ("national-ng", "NG", lambda: f"0{R.choice(['803', '805', '806', '813', '703', '802', '809'])} {D(3)} {D(4)}", None),
    ("e164-ng", "NG", lambda: f"+234 {R.choice(['803', '805', '806'])} {D(3)} {D(4)}", None),
    ("national-ph-mobile", "PH", lambda: f"09{D(2)} {D(3)} {D(4)}", None),
    ("e164-ph", "PH", lambda: f"+63 9{D(2)} {D(3)} {D(4)}", None),
]
STYLE_INFO = {s: (cc, fn, ext) for s, cc, fn, ext in PHONE_STYLES}
assert len(STYLE_INFO) == len(PHONE_STYLES), "duplicate phone style"
STYLES_BY_CC = {}
for _s, _cc, _fn, _ext in PHONE_STYLES:
    STYLES_BY_CC.setdefault(_cc, []).append(_s)
CORE_CC = ["US", "UK", "DE", "FR", "ES", "IT", "NL", "PL", "BR", "MX", "IN", "JP", "AU", "NZ", "ZA", "KR"]


def make_phone(style):
    """-> (display text, labelled value, style). The display may carry an extension."""
    cc, fn, ext = STYLE_INFO[style]
    while True:
        v = fn()
        # A phone must not double as a Luhn-valid card-length digit run.
        if not luhn_runs(v):
            break
    return (v + ext() if ext else v), v, style


def is_business_or_ext(style):
    return style.endswith("-ext") or style in BUSINESS_STYLES


BUSINESS_STYLES = ["national-us-tollfree", "national-uk-freephone", "national-au-1300", "national-jp-freedial"]


def random_phone(cc=None):
    pool = STYLES_BY_CC[cc] if cc else [s for s, c, _, _ in PHONE_STYLES if c in CORE_CC]
    pool = [s for s in pool if not is_business_or_ext(s)] or pool
    return make_phone(R.choice(pool))


# ------------------------------------------------------------------ others

IBAN_LEN = {"DE": 22, "GB": 22, "FR": 27, "ES": 24, "NL": 18, "BE": 16, "CH": 21, "AT": 20, "PL": 28, "IE": 22}


def iban_num(s):
    return "".join(str(int(c, 36)) for c in s)


def iban_valid(v):
    s = v.replace(" ", "")
    if len(s) != IBAN_LEN.get(s[:2], -1) or not s[2:4].isdigit():
        return False
    return int(iban_num(s[4:] + s[:4])) % 97 == 1


def es_dc(digits):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    v = 11 - sum(int(a) * b for a, b in zip(digits, w)) % 11
    return {11: 0, 10: 1}.get(v, v)


def make_iban(cc=None, grouped=None):
    cc = cc or R.choice(["DE", "DE", "GB", "FR", "ES", "NL", "BE", "CH", "AT", "PL", "IE"])
    if cc == "DE":
        bban = N(8) + D(10)
    elif cc == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MONZ"]) + D(6) + D(8)
    elif cc == "IE":
        bban = R.choice(["AIBK", "BOFI"]) + D(6) + D(8)
    elif cc == "FR":
        bank, branch, acct = N(5), D(5), D(11)
        key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
        bban = bank + branch + acct + f"{key:02d}"
    elif cc == "ES":
        bank, branch, acct = N(4), D(4), D(10)
        bban = bank + branch + str(es_dc("00" + bank + branch)) + str(es_dc(acct)) + acct
    elif cc == "NL":
        while True:  # Dutch account numbers pass the "elfproef"
            acct = N(10)
            if sum(int(c) * (10 - i) for i, c in enumerate(acct)) % 11 == 0:
                break
        bban = R.choice(["ABNA", "RABO", "INGB", "SNSB"]) + acct
    elif cc == "BE":
        first = N(10)
        bban = first + f"{(int(first) % 97) or 97:02d}"
    elif cc == "CH":
        bban = D(5) + D(12)
    elif cc == "AT":
        bban = N(5) + D(11)
    elif cc == "PL":
        bban = N(8) + D(16)
    chk = 98 - int(iban_num(bban + cc + "00")) % 97
    iban = f"{cc}{chk:02d}{bban}"
    assert iban_valid(iban) and len(iban) == IBAN_LEN[cc], iban
    if grouped is None:
        grouped = R.random() < 0.5
    if grouped:
        iban = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban, f"iban-{cc.lower()}-{'grouped' if grouped else 'compact'}"


def ssn_valid(v):
    m = re.fullmatch(r"(\d{3})-(\d{2})-(\d{4})", v)
    if not m:
        return False
    a, g, s = m.groups()
    return a not in ("000", "666") and a[0] != "9" and g != "00" and s != "0000"


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666 and a != 78:
            break
    v = f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"
    assert ssn_valid(v)
    return v, "ssn-dashed"


def make_ip(kind="v4"):
    if kind == "v6":
        h = lambda: f"{R.randint(1, 0xffff):x}"
        v = R.choice([f"2001:db8:{h()}:{h()}::{h()}", f"2a02:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}",
                      f"2600:1f18:{h()}:{h()}::{h()}"])
        ipaddress.IPv6Address(v)
        return v, "ipv6"
    if kind == "private":
        v = R.choice([f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(2, 254)}",
                      f"192.168.{R.randint(0, 20)}.{R.randint(2, 254)}",
                      f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(2, 254)}"])
        return v, "ipv4-private"
    v = f"{R.choice([23, 31, 45, 62, 81, 89, 91, 104, 151, 178, 185, 203, 213])}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(2, 254)}"
    return v, "ipv4-public"


FIRST = ["Maria", "James", "Aisha", "Wei", "Lukas", "Sofia", "Rahul", "Emma", "Diego", "Hannah", "Kwame", "Yuki",
         "Olivia", "Mateo", "Fatima", "Noah", "Ingrid", "Tomás", "Priya", "Liam", "Zoe", "Omar", "Elena", "Marcus",
         "Julia", "Sven", "Amara", "Hiroshi", "Camille", "Dmitri", "Ana", "Jonas", "Leila", "Pedro", "Minji",
         "Arjun", "Chloé", "Bartek", "Thandi", "Aroha", "Nkechi", "Carmen", "Giulia", "Kenji", "Astrid", "Youssef",
         "Isabela", "Oliver", "Anjali", "Mehmet"]
LAST = ["Lopez", "Okafor", "Nguyen", "Schmidt", "Rossi", "Patel", "Johnson", "Kowalski", "Haddad", "Tanaka", "Silva",
        "Fischer", "O'Brien", "Moreau", "Andersson", "Kim", "Mensah", "Novak", "Garcia", "Bianchi", "Walsh",
        "Ivanova", "Dubois", "Costa", "Lindqvist", "Reyes", "Sharma", "Müller", "van Dijk", "Nowak", "Park",
        "Dlamini", "Ngata", "Yamamoto", "Fernández", "Jensen", "Ferreira", "Hernández", "Kaya", "Adeyemi"]
AGENTS = ["Sam", "Priya", "Jonas", "Lea", "Marco", "Aiko", "Tom", "Nadia", "Kofi", "Ines", "Ruth", "Mateus"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "proton.me", "icloud.com", "web.de", "orange.fr", "libero.it",
           "gmx.at", "hotmail.es", "uol.com.br", "naver.com", "mail.ru", "northwind-traders.com", "contoso.org",
           "fabrikam.co", "globex.net", "eu.tailspin-toys.com", "bluebird.travel"]
MERCHANTS = ["Northwind Outdoor", "Bluebird Travel", "Café Lumen", "Tailspin Toys", "Globex Fuel #2214",
             "Contoso Electronics", "Fabrikam Home", "Litware Books", "Adventure Works", "Wide World Importers"]
CITIES = {"US": ["Austin", "Denver", "Chicago"], "UK": ["Leeds", "Bristol", "London"], "DE": ["Berlin", "Köln"],
          "FR": ["Lyon", "Paris"], "ES": ["Madrid", "Valencia"], "IT": ["Roma", "Milano"], "NL": ["Utrecht"],
          "PL": ["Kraków", "Warszawa"], "BR": ["São Paulo", "Curitiba"], "MX": ["Guadalajara"], "IN": ["Pune", "Bengaluru"],
          "JP": ["Osaka", "Tokyo"], "AU": ["Sydney", "Brisbane"], "NZ": ["Auckland"], "ZA": ["Cape Town"], "KR": ["Seoul"]}
LOCALES = {"US": "en-US", "UK": "en-GB", "DE": "de-DE", "FR": "fr-FR", "ES": "es-ES", "IT": "it-IT", "NL": "nl-NL",
           "PL": "pl-PL", "BR": "pt-BR", "MX": "es-MX", "IN": "en-IN", "JP": "ja-JP", "AU": "en-AU", "NZ": "en-NZ",
           "ZA": "en-ZA", "KR": "ko-KR"}
STREETS = ["12 Market St, San Francisco, CA 94105", "48 Elm Road, Leeds LS6 2AB", "Friedrichstraße 123, 10117 Berlin",
           "7 Rue Oberkampf, 75011 Paris", "Calle de Alcalá 45, 28014 Madrid", "Keizersgracht 123, 1015 CJ Amsterdam",
           "Rua Augusta 1500, 01304-001 São Paulo", "221 George St, Sydney NSW 2000"]


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return re.sub(r"[^A-Za-z0-9]", "", "".join(c for c in s if not unicodedata.combining(c)))


def make_email(first, last):
    f, l = fold(first), fold(last)
    d = R.choice(DOMAINS)
    k = R.randrange(6)
    local, style = [
        (f"{f}.{l}".lower(), "email-first.last"), (f"{f[0]}{l}".lower(), "email-initial-last"),
        (f"{f}+{R.choice(['orders', 'travel', 'support'])}".lower(), "email-plus-tag"),
        (f"{f.lower()}{R.randint(70, 99)}", "email-digits"), (f"{f.lower()}_{l.lower()}", "email-underscore"),
        (f"{l[0].lower()}.{f.lower()}", "email-initial-first")][k]
    return f"{local}@{d}", style


def eu(x, sep="."):
    whole, frac = f"{x:.2f}".split(".")
    out = ""
    while len(whole) > 3:
        out = sep + whole[-3:] + out
        whole = whole[:-3]
    return whole + out + "," + frac


def money():
    return round(R.uniform(5, 4000), 2)


def amount(kind):
    x = money()
    if kind == "amt":
        return R.choice([f"${x:,.2f}", f"€{x:,.2f}", f"£{x:,.2f}", f"{eu(x)} €"])
    if kind == "amt_eur":
        return R.choice([f"{eu(x)} €", f"€{x:.2f}", f"{eu(x, ' ')} €", f"EUR {eu(x)}"])
    if kind == "amt_usd":
        return f"${x:,.2f}"
    if kind == "amt_raw":
        return f"{x:.2f}"
    if kind == "amt_brl":
        return f"R$ {eu(x)}"
    if kind == "amt_jpy":
        return R.choice([f"¥{int(x * 100):,}", f"{int(x * 100):,}円"])
    if kind == "amt_krw":
        return f"{int(x) * 1000:,}원"
    if kind == "amt_cny":
        return R.choice([f"¥{x:.2f}", f"{x:.2f}元"])
    if kind == "amt_rub":
        return f"{int(x * 90):,} ₽".replace(",", " ")
    if kind == "amt_try":
        return f"{eu(x * 30)} TL"
    if kind == "amt_inr":
        return f"₹{x * 80:,.2f}"
    if kind == "amt_ngn":
        return f"₦{x * 900:,.2f}"
    if kind == "amt_pln":
        return f"{eu(x * 4, ' ')} zł"
    if kind == "amt_dkk":
        return f"{eu(x * 7)} kr."
    raise KeyError(kind)


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def date(kind="date"):
    y, m, d = R.choice([2024, 2025]), R.randint(1, 12), R.randint(1, 28)
    if kind == "date_iso":
        return f"{y}-{m:02d}-{d:02d}"
    if kind == "date_eu":
        return R.choice([f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y}", f"{d:02d}/{m:02d}/{y}"])
    return R.choice([f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}", f"{d}.{m}.{y}", f"{d} {MONTHS[m - 1]} {y}",
                     f"{MONTHS[m - 1]} {d}", f"{m:02d}/{d:02d}/{str(y)[2:]}"])


def order_id(plain=False):
    k = R.randrange(6)
    v = [f"{N(7)}", f"ORD-2024-{D(5)}", f"A-{N(9)}", f"{N(3)}-{D(7)}-{D(7)}", f"SO{N(6)}", f"2024-{D(6)}"][k]
    return v if plain or k not in (0,) else "#" + v


def ticket_id():
    return R.choice([f"#{R.randint(10000, 99999)}", f"TCK-{N(5)}", f"INC{D(7)}", f"SR-2024{D(4)}-{D(4)}",
                     f"CS-{N(6)}"])


def alnum(n):
    return "".join(R.choice(string.ascii_letters + string.digits) for _ in range(n))


def filler(base, ctx):
    """Non-PII filler values (they are hard negatives inside positive texts)."""
    if base.startswith("amt"):
        return amount(base)
    if base in ("date", "date_iso", "date_eu"):
        return date(base)
    if base == "iso_ts":
        return f"2024-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}T{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}Z"
    if base == "time":
        return f"{R.randint(7, 19):02d}:{R.choice(['00', '15', '30', '45'])}"
    if base == "trange":
        h = R.randint(7, 14)
        return f"{h:02d}:{R.choice(['00', '30'])}–{h + R.randint(2, 5):02d}:{R.choice(['00', '30'])}"
    if base == "order":
        return order_id()
    if base == "order_plain":
        return order_id(plain=True)
    if base == "ticket":
        return ticket_id()
    if base == "invoice":
        return R.choice([f"INV-2024-{D(5)}", f"RE-{N(7)}", f"F2024/{D(4)}"])
    if base == "exp":
        return R.choice([f"{R.randint(1, 12):02d}/{R.randint(25, 30)}", f"{R.randint(1, 12):02d}/20{R.randint(25, 30)}"])
    if base == "pnr":
        return "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    if base == "zip":
        return N(5)
    if base == "street":
        return R.choice(STREETS)
    if base == "acct":
        return R.choice([f"ACC{N(8)}", f"cus_{alnum(14)}", f"CUST-{N(6)}-{R.choice(['DE', 'US', 'FR'])}"])
    if base == "de_addr":
        return {"AT": "Mariahilfer Straße 12, 1070 Wien", "CH": "Bahnhofstrasse 10, 8001 Zürich"}.get(
            ctx.cc, "Friedrichstraße 123, 10117 Berlin")
    if base == "merchant":
        return R.choice(MERCHANTS)
    if base == "agent":
        return R.choice(AGENTS)
    if base == "cur":
        return R.choice(["EUR", "USD", "GBP"])
    if base == "oldfour":
        return D(4)
    if base == "rel":
        return R.choice(["spouse", "mother", "brother", "daughter", "partner"])
    if base == "city":
        return R.choice(CITIES.get(ctx.cc, sum(CITIES.values(), [])))
    if base == "locale":
        return LOCALES.get(ctx.cc, "en-US")
    if base == "callref":
        return f"CR-{N(4)}"
    if base == "qty":
        return str(R.choice([2, 3, 5, 12, 24, 40, 120, 1200]))
    if base == "pts":
        return f"{R.randint(1, 40)},{D(3)}"
    if base == "kg":
        return f"{R.randint(0, 30)}.{R.randint(1, 9)}"
    if base == "pct":
        return str(R.choice([5, 10, 25, 40, 60]))
    if base == "gb":
        return f"{R.randint(1, 49)}.{R.randint(0, 9)}"
    if base == "n":
        return str(R.randint(2, 19))
    if base == "version":
        return f"{R.randint(1, 9)}.{R.randint(0, 30)}.{R.randint(0, 400)}"
    if base == "postal":
        return R.choice(["10115 Berlin", "75008 Paris", "00-950 Warszawa", "01310-100 São Paulo", "100-0005 Tokyo",
                         "SW1A 1AA London", "D02 X285 Dublin", "28013 Madrid", "1010 Wien", "2000 NSW", "06600 CDMX"])
    if base == "zoom":
        return f"{N(3)} {D(4)} {D(4)}"
    if base == "passcode":
        return D(6)
    if base == "fedex":
        while True:
            d = N(12)
            if not luhn_ok(d):
                return f"{d[:4]} {d[4:8]} {d[8:]}"
    if base == "ups":
        return "1Z" + "".join(R.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(6)) + D(10)
    if base == "isbn":
        return make_isbn()
    if base in ("badcard", "badcard_g", "badloyal"):
        if base == "badloyal":
            d = R.choice(["70", "98", "63"]) + D(14)
            if luhn_ok(d):
                d = luhn_break(d)
        else:
            brand, n = R.choice([("visa", 16), ("mastercard", 16), ("discover", 16), ("maestro", 16), ("jcb", 16)])
            d = luhn_break(card_digits(brand, n))
        return group4(d) if base != "badcard" else d
    raise KeyError(base)


def group4(d, sep=" "):
    return sep.join(d[i:i + 4] for i in range(0, len(d), 4))


def make_isbn():
    """Hyphenated ISBN-13 with a correct check digit that does not pass Luhn."""
    while True:
        grp = R.choice(["0", "1", "3", "2", "84", "88"])
        pub = N(R.randint(2, 5))
        title = D(9 - len(grp) - len(pub))
        body = "978" + grp + pub + title
        chk = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
        if not luhn_ok(body + str(chk)):
            return f"978-{grp}-{pub}-{title}-{chk}"


# ---------------------------------------------------------------- rendering

FIELD_RE = re.compile(r"\{([a-z_]+[0-9]?)\}")


class Ctx:
    def __init__(self, cc=None):
        self.cc = cc
        self.vals = {}
        self.ents = []
        self.person = (R.choice(FIRST), R.choice(LAST))
        self.card = None  # (digits, brand)

    def add(self, t, value, style):
        if not any(e["type"] == t and e["value"] == value for e in self.ents):
            self.ents.append({"type": t, "value": value, "style": style})


def make_field(key, ctx):
    m = re.fullmatch(r"([a-z_]+?)(\d?)", key)
    base, idx = m.group(1), m.group(2)
    if base == "name":
        if idx:
            return f"{R.choice(FIRST)} {R.choice(LAST)}"
        return f"{ctx.person[0]} {ctx.person[1]}"
    if base == "first":
        return ctx.person[0]
    if base == "last":
        return ctx.person[1]
    if base == "email":
        f, l = ctx.person if not idx else (R.choice(FIRST), R.choice(LAST))
        v, st = make_email(f, l)
        ctx.add("EMAIL_ADDRESS", v, st)
        return v
    if base == "phone" or base.startswith("phone_"):
        cc = base[6:].upper() if base.startswith("phone_") else (ctx.cc if idx else None)
        disp, v, st = random_phone(cc)
        ctx.add("PHONE_NUMBER", v, st)
        return disp
    if base in ("fax", "mob"):
        cc = ctx.cc or R.choice(CORE_CC)
        pool = [x for x in STYLES_BY_CC[cc] if ("mobile" in x) == (base == "mob") and not is_business_or_ext(x)]
        disp, v, st = make_phone(R.choice(pool or [x for x in STYLES_BY_CC[cc] if not is_business_or_ext(x)]))
        ctx.add("PHONE_NUMBER", v, st)
        return disp
    if base == "card":
        v, st, d, brand = random_card()
        if ctx.card is None:
            ctx.card = (d, brand)
        ctx.add("CREDIT_CARD", v, st)
        return v
    if base == "iban" or base.startswith("iban_"):
        v, st = make_iban(base[5:].upper() if base.startswith("iban_") else None)
        ctx.add("IBAN_CODE", v, st)
        return v
    if base == "ssn":
        v, st = make_ssn()
        ctx.add("US_SSN", v, st)
        return v
    if base == "ip":
        v, st = make_ip(R.choice(["v4", "v4", "private"]))
        ctx.add("IP_ADDRESS", v, st)
        return v
    if base == "ipv":  # {ipv6}
        v, st = make_ip("v6")
        ctx.add("IP_ADDRESS", v, st)
        return v
    if base == "lastfour":
        return ctx.card[0][-4:]
    if base == "brand":
        return BRANDS[ctx.card[1]][0]
    return filler(base, ctx)


def render(tpl, ctx):
    def sub(m):
        key = m.group(1)
        if key not in ctx.vals:
            ctx.vals[key] = make_field(key, ctx)
        return ctx.vals[key]
    return FIELD_RE.sub(sub, tpl)


# ---------------------------------------------------------------- templates
# (kind, template). {card}/{phone} are the record's focus value; other
# placeholders are filled (and, for PII, labelled) automatically.

CARD_TPL = [
    ("ticket", "Ticket {ticket} — Billing\nCustomer: {name}\nIssue: charged twice on {date}\nCard no: {card}\nAmount: {amt}\nStatus: waiting for refund approval"),
    ("chat", "Thanks, {first}! I can see the payment of {amt} was charged to {card} on {date}. I've requested a refund — it usually shows on your statement within 5–10 business days."),
    ("crm", "CRM note ({agent}, {date}): customer called about a declined {brand}. Card # {card} was blocked by the issuer for unusual activity; advised them to contact their bank. No changes made to the account."),
    ("email", "Hi {first},\n\nWe couldn't renew your subscription because the payment method on file ({card}) was declined.\n\nPlease update your billing details before {date} so your service isn't interrupted.\n\nBest regards,\n{agent}\nBilling Team"),
    ("json", '{"tool": "payments.get_method", "ok": true, "result": {"customer": "{name}", "payment_method": {"type": "card", "brand": "{brand}", "number": "{card}", "exp": "{exp}"}, "last_charge": "{amt}"}}'),
    ("table", "| Field | Value |\n|---|---|\n| Cardholder | {name} |\n| Card number | {card} |\n| Expiry | {exp} |\n| Amount | {amt} |\n| Order | {order} |"),
    ("chat", "The debit card {card} was used for order {order}; your bank is still showing the transaction as pending, which is why it hasn't dropped off yet."),
    ("transcript", "Agent: Could you read me the long number on the front of the card?\nCustomer: Sure, it's {card}.\nAgent: Thank you. And the expiry?\nCustomer: {exp}."),
    ("email", "Invoice {invoice} ({amt}) was billed to {card} on {date}. A PDF copy is attached to this email."),
    ("form", "Name: {name}\ncc: {card}\nexp: {exp}\nbilling zip: {zip}\nnotes: customer asked for a paper receipt"),
    ("log", "{iso_ts} INFO charge.succeeded amount={amt_raw} currency={cur} charged_to=\"{card}\" merchant=\"{merchant}\""),
    ("chat", "Done! I've removed the old card ({card}) from your wallet and made the new one your default."),
    ("chat", "Just to confirm: you'd like to pay the outstanding {amt} with the {brand} card {card}? Reply YES and I'll process it right away."),
    ("ticket", "Dispute opened for {amt} at {merchant}.\nCardholder: {name}\nCard number: {card}\nReason: 10.4 – fraud, card-absent environment\nEvidence due: {date}"),
    ("log", "{iso_ts} WARN payment.retry attempt=2 card={card} amount={amt_raw} result=insufficient_funds customer={acct}"),
    ("csv", "order_id,customer,card_number,amount,status\n{order_plain},{name},{card},{amt_raw},refunded"),
    ("summary", "Call summary: {name} wants the {amt} charge reversed. They gave the debit card as {card}. Next step: send the chargeback form and follow up on {date}."),
    ("email", "> My card is {card} and it was charged twice for the same booking ({pnr}).\n\nSorry about that, {first} — I've refunded the duplicate charge. You should see it within a few days."),
    ("chat", "Payment method updated ✅\nNew card: {card}\nExpires: {exp}\nBilling address: {street}"),
    ("email", "Guarantee card for reservation {pnr}: {card} (exp {exp}). No deposit has been taken; the card will be charged on arrival."),
    ("chat", "Your flight was paid with credit card {card}. Booking reference: {pnr}. Seat changes are free until 24 hours before departure."),
    ("chat", "The prepaid card no. {card} was topped up with {amt} on {date}. The balance should update within the hour."),
    ("slack", "@billing can someone check why card {card} keeps failing 3DS? {first} has tried four times today."),
    ("yaml", "payment:\n  method: card\n  card_number: \"{card}\"\n  holder: {name}\n  expiry: \"{exp}\"\n  save_for_later: true"),
    ("tool", "stripe.charges.retrieve → status=failed, failure_code=card_declined, payment_method_details.card.number={card}, amount={amt_raw}"),
    ("chat", "User: my card number is {card}\nAssistant: Thanks, {first} — I've added it to your account. Please never share your CVV with anyone, including us."),
    ("email", "A deposit hold of {amt} has been placed on the card {card}. It will be released within 7 days after the vehicle is returned."),
    ("sms", "[SMS] Your card {card} was charged {amt} at {merchant} on {date}. Not you? Reply BLOCK."),
    ("crm", "Acct {acct} — cust says the card ending {oldfour} on file is old; correct cc is {card}. Updated after caller verification (DOB + postcode)."),
    ("email", "Order {order} confirmation\n\nItems: 2 × USB-C cable, 1 × charger\nTotal: {amt}\nCharged to: {card}\n\nThanks for shopping with {merchant}!"),
    ("chat", "I found it: the {amt} on {date} was charged to {card}, not the card you mentioned. Could that one belong to someone else in your household?"),
    ("ticket", "Subject: Refund not received\n\nHello, I returned order {order} on {date} but the refund still hasn't appeared on my credit card {card}. Can you check? — {first}"),
    ("json", '{"event": "payment_failed", "order_id": "{order_plain}", "card": "{card}", "decline_code": "do_not_honor", "attempts": 3}'),
    ("table", "| Date | Description | Card | Amount |\n|---|---|---|---|\n| {date} | {merchant} | {card} | {amt} |"),
    ("note", "Payment method: {brand} {card} (exp {exp}), added {date} via the mobile app."),
    ("chat", "The card you entered was {card} — the number itself is fine, but the expiry you typed has already passed, which is why the payment failed."),
    ("crm", "{brand} ending {lastfour} (full no. {card}) charged {amt} twice on {date}; second charge voided by {agent}."),
    ("phone", "Caller {name} (call back on {phone}) disputes {amt} billed to card {card} on {date}."),
    ("email", "Hi {first},\n\nthe refund of {amt} has been sent back to your debit card {card}. If you don't see it within 10 days, reply here or ring us on {phone}.\n\n{agent}"),
]

CARD_TPL_LANG = {
    "de": [
        ("de", "Hallo {first},\n\ndie Zahlung über {amt_eur} wurde am {date_eu} von Ihrer Karte {card} abgebucht. Die Erstattung erfolgt innerhalb von 5 Werktagen.\n\nViele Grüße\n{agent}"),
        ("de", "Kartennummer: {card}\nGültig bis: {exp}\nKarteninhaber: {name}\nBestellnummer: {order}"),
    ],
    "fr": [
        ("fr", "Bonjour {first}, le paiement de {amt_eur} a bien été débité sur votre carte bancaire {card} le {date_eu}. Cordialement, le service client."),
        ("fr", "Numéro de carte : {card} — date d'expiration : {exp}. Merci de vérifier ces informations avant de valider la commande {order}."),
    ],
    "es": [
        ("es", "Hola {first}, el cargo de {amt_eur} se realizó con la tarjeta {card}. Ya solicitamos el reembolso; puede tardar hasta 10 días hábiles."),
        ("es", "Número de tarjeta de débito: {card}\nTitular: {name}\nVencimiento: {exp}"),
    ],
    "it": [("it", "Gentile {first}, l'addebito di {amt_eur} è stato effettuato sulla carta di credito {card} in data {date_eu}.")],
    "nl": [("nl", "Beste {first}, de betaling van {amt_eur} is afgeschreven van creditcard {card}. Het bedrag wordt binnen 5 werkdagen teruggestort.")],
    "pl": [("pl", "Dzień dobry, płatność {amt_pln} została pobrana z karty {card} w dniu {date_eu}. Zwrot zlecimy jeszcze dziś.")],
    "ko": [("ko", "결제 카드번호: {card}\n결제 금액: {amt_krw}\n승인일시: {date_iso} {time}")],
    "ja": [("ja", "お客様\nご登録のカード番号 {card} にて {amt_jpy} の決済が完了しました。"),
           ("ja", "カード番号：{card}（有効期限 {exp}）\nご請求額：{amt_jpy}")],
    "zh": [("zh", "您好，您的银联卡号 {card} 已成功支付 {amt_cny}，订单号 {order}。"),
           ("zh", "退款已原路退回至卡号 {card}，金额 {amt_cny}，预计 3–5 个工作日到账。")],
    "ru": [("ru", "Здравствуйте! Оплата {amt_rub} списана с карты {card}. Возврат поступит в течение 3–5 рабочих дней."),
           ("ru", "Номер карты «Мир»: {card}, срок действия {exp}.")],
    "tr": [("tr", "Merhaba {first}, {card} numaralı kartınızdan {amt_try} tutarında ödeme alınmıştır."),
           ("tr", "Troy kart no: {card} — iade işlemi {date_eu} tarihinde başlatıldı.")],
    "en-in": [("en-in", "Dear {first}, your RuPay debit card {card} was charged {amt_inr} for order {order}. Refund, if any, will be credited in 5–7 working days."),
              ("en-in", "Card no. {card} (RuPay) has been hotlisted as requested. A replacement will reach your registered address in 7 days.")],
    "en-ng": [("en-ng", "Dear Customer, your Verve card {card} was debited {amt_ngn} at {merchant} on {date}. Contact your bank if you did not authorise this."),
              ("en-ng", "Verve card number: {card}\nAccount name: {name}\nAmount reversed: {amt_ngn}")],
    "da": [("da", "Hej {first}, betalingen på {amt_dkk} er trukket på dit Dankort {card}.")],
    "pt": [("pt", "Olá, {first}! O pagamento de {amt_brl} foi cobrado no cartão {card}. O estorno pode aparecer em até duas faturas."),
           ("pt", "Cartão {brand} final {lastfour} — número completo informado pelo cliente: {card}. Cobrança de {amt_brl} contestada."),
           ("pt", "Pagamento recusado no cartão de crédito {card}. Cliente vai tentar outro cartão.")],
}
BRAND_LANGS = {"mir": ["ru"], "troy": ["tr"], "rupay": ["en-in"], "verve": ["en-ng"], "unionpay": ["zh"], "jcb": ["ja"],
               "jcbold": ["ja"], "dankort": ["da"], "elo": ["pt"], "hipercard": ["pt"]}
GENERAL_LANGS = ["de", "fr", "es", "it", "nl", "pl", "ko", "pt"]

NOCTX_TPL = [
    ("chat", "Got it, {first} — I've saved {card} to your profile. Anything else I can help with today?"),
    ("chat", "Here's what you pasted earlier: {card}. I've removed it from the transcript for your safety."),
    ("note", "Notes from the conversation:\n- prefers email follow-up\n- gave {card} when asked for the reference\n- escalate if no reply by {date}"),
    ("chat", "{first} wrote: \"use {card} for this one, same as last time\". I'll pass that on to the team."),
    ("chat", "OK, I've got {card} noted against booking {pnr}."),
    ("ticket", "The web form submission from {name} had {card} typed into the comments field. I've redacted it from the ticket history."),
    ("email", "Hi team,\n\nThe customer replied with just this line:\n\n{card}\n\nNothing else. Can someone follow up?\n\n{agent}"),
    ("json", '{"field": "comments", "value": "{card}", "submitted_at": "{iso_ts}", "form": "contact-us"}'),
    ("chat", "I see {card} in your last message — to keep your details safe, please don't send that here again."),
    ("transcript", "Customer: it's {card}\nAgent: thanks, one moment while I look that up."),
    ("log", "{iso_ts} DEBUG form.submit field=notes value=\"{card}\" user={acct}"),
    ("chat", "Copy that: {card}. I'll add it to the file for {name}."),
    ("table", "| Submitted | Value |\n|---|---|\n| {date} | {card} |"),
    ("chat", "Thanks! I've received {card} and {first}'s new address. The update will take effect tomorrow."),
    ("csv", "submitted_at,user,free_text\n{iso_ts},{acct},{card}"),
    ("sms", "from {first}: {card} thx"),
    ("chat", "You mentioned {card} — is that the one you'd like us to keep on file?"),
    ("note", "{agent}: the customer sent {card} by mistake in the feedback survey; survey response deleted."),
]
NOCTX_BRANDS = ["visa", "mastercard", "mastercard2", "discover", "jcb", "unionpay", "rupay", "mir", "troy", "maestro"]

PHONE_TPL = [
    ("chat", "Hi {first}, I tried calling you on {phone} this morning but couldn't get through. When's a good time to call back?"),
    ("crm", "Courier reports customer not answering at {phone}. Parcel {order} returned to depot; redelivery requested for {date}."),
    ("ticket", "Ticket {ticket}\nContact: {name}\nPhone: {phone}\nPreferred time: afternoons\nSummary: router keeps dropping the connection"),
    ("crm", "CRM note: spoke with {name}, mobile {phone}. Wants the installation moved to {date}."),
    ("quote", "\"You can reach me at {phone} after 6pm,\" the customer wrote in the follow-up."),
    ("email", "Hello,\n\nPlease call me on {phone}, I can't log in to the portal and the reset link has expired.\n\nThanks,\n{first}"),
    ("signature", "Kind regards,\n{name}\nAccounts Payable\nTel. {phone}\nFax {fax}"),
    ("json", '{"contact": {"name": "{name}", "phone": "{phone}", "preferred_channel": "sms", "opt_in": true}, "ticket": "{ticket}"}'),
    ("table", "| Name | Role | Desk |\n|---|---|---|\n| {name} | Team lead | {phone} |\n| {name2} | Agent | {phone2} |"),
    ("chat", "WhatsApp: {phone} (preferred over email). I'll message you there with the return label."),
    ("note", "cust {first} ph: {phone} re: late refund for {order}"),
    ("chat", "The contact number on the order is {phone}; the driver will call about 30 minutes before arrival."),
    ("ticket", "Landline {phone} has had no dial tone since {date}. Line test failed at the exchange; technician booked for {date2}."),
    ("signature", "{name}\nOffice {phone} | Cell {mob}"),
    ("chat", "Her desk line is {phone}, but she's only in the office on Tuesdays and Thursdays."),
    ("tool", "crm.lookup_caller(number=\"{phone}\") → match: {name}, account {acct}, last contact {date}"),
    ("transcript", "Voicemail (0:42): Hi, this is {first} calling about order {order}. You can call me back on {phone}. Thanks, bye."),
    ("signature", "Cell: {phone}\nEmail: {email}"),
    ("log", "{iso_ts} sms.sent to=\"{phone}\" template=technician_en_route status=delivered"),
    ("chat", "The mobile number {phone} is already linked to another account, so I can't add it to yours. Could you use a different one?"),
    ("crm", "Emergency contact updated: {name2} ({rel}), tel. {phone}."),
    ("chat", "Calls to {phone} go straight to voicemail — could you double-check the number for me?"),
    ("email", "—\n{name}\nSenior Account Manager\nOffice: {phone}\nMobile: {mob}"),
    ("chat", "Done — {phone} is now the phone number we'll use for your two-factor codes."),
    ("note", "Delivery instructions: ring the bell; if no answer, call {phone}. Leave with the neighbour at no. 12 if needed."),
    ("crm", "Callback scheduled for {date} at {time} to {phone}."),
    ("chat", "Our records show your contact number as {phone}. If that's out of date, just reply with the new one."),
    ("slack", "can someone ping the customer? their cell is {phone} — they asked for a call before noon"),
    ("form", "Full name: {name}\nContact number: {phone}\nBest time to call: 9–11 am\nOrder: {order}"),
    ("csv", "name,phone,city\n{name},{phone},{city}\n{name2},{phone2},{city2}"),
    ("chat", "I've passed your details to the installer. They'll phone you on {phone} to confirm a slot."),
    ("ticket", "Subject: Wrong number on my account\n\nThe phone number you have is wrong. My new mobile is {phone}. Please update it. — {first}"),
    ("yaml", "customer:\n  name: {name}\n  phone: \"{phone}\"\n  locale: {locale}"),
    ("chat", "Thanks for your patience, {first}. A specialist will call you at {phone} within two hours."),
    ("log", "{iso_ts} voice.inbound from=\"{phone}\" queue=billing wait_s=184 agent={agent}"),
    ("tool", "Tool result `contacts.search`: 1 match — {name}, tel {phone}, last seen {date}."),
    ("chat", "Their accounts team only accepts signed forms by fax, so please send it to {phone} with the invoice number {invoice} on the cover page."),
    ("chat", "Sure! The store's landline is {phone}; they open at 9 and close at 18:00 on weekdays."),
    ("crm", "Left voicemail on cell {phone} at {time}. Will try again tomorrow; ticket {ticket} stays open."),
]

# Toll-free / freephone numbers belong to businesses.
BUSINESS_TPL = [
    ("chat", "If the app keeps failing, our support line {phone} is open around the clock — just mention ticket {ticket}."),
    ("email", "For urgent issues outside business hours, please call the hotline on {phone}.\n\nKind regards,\n{agent}"),
    ("signature", "Northwind Support\nTel. {phone} (Mon–Sat 8:00–20:00)\nnorthwind-traders.com/support"),
    ("json", '{"support": {"hotline": "{phone}", "hours": "24/7", "languages": ["en", "es"]}, "ticket": "{ticket}"}'),
    ("chat", "Sure! The store's phone number is {phone}; they open at 9 and close at 18:00 on weekdays."),
    ("crm", "Customer was told to call the warranty desk on {phone} for the replacement part (ref {ticket})."),
]
# Phone templates where an office extension reads naturally.
EXT_WORDS = ["whatsapp", "cell", "mobile", "sms", "two-factor", "voicemail", "text", "courier", "landline", "driver",
             "installer", "{mob}", "inbound", "lookup_caller"]

PHONE_TPL_LANG = {
    "de": [
        ("de", "Sie erreichen mich unter {phone} (Mo–Fr 9–17 Uhr)."),
        ("de-signature", "Mit freundlichen Grüßen\n{name}\nKundenservice\nTel.: {phone}\nFax: {fax}\n{de_addr}"),
        ("de", "Rückrufbitte: Kunde {name}, Handy {phone}, wegen Lieferung {order}. Bitte heute noch zurückrufen."),
        ("de", "Telefon: {phone}\nE-Mail: {email}\nKundennummer: {acct}"),
        ("de", "Hallo {first}, ich habe Sie unter {phone} leider nicht erreicht. Bitte melden Sie sich, wenn es passt."),
    ],
    "fr": [
        ("fr", "Vous pouvez me joindre au {phone} du lundi au vendredi, après 18 h."),
        ("fr-signature", "Cordialement,\n{name}\nTél. : {phone}\nPortable : {mob}"),
        ("fr", "Bonjour {first}, j'ai essayé de vous appeler au {phone} sans succès. Pouvez-vous me rappeler ?"),
        ("fr", "Numéro de téléphone du client : {phone} — commande {order}, livraison prévue le {date_eu}."),
    ],
    "es": [
        ("es", "Llámame al {phone}, por favor. No puedo entrar en mi cuenta desde ayer."),
        ("es", "Teléfono de contacto: {phone}\nHorario preferido: mañanas"),
        ("es", "Hola {first}, te escribimos por WhatsApp al {phone} para coordinar la entrega del pedido {order}."),
        ("es", "Mi celular es {phone}, márquenme después de las 4 por favor."),
    ],
    "pt": [
        ("pt", "Pode me ligar no {phone}? Estou sem acesso ao aplicativo desde ontem."),
        ("pt", "Celular/WhatsApp: {phone}\nProtocolo: {ticket}"),
        ("pt", "Olá {first}, tentamos contato pelo telefone {phone}, mas ninguém atendeu."),
    ],
    "it": [
        ("it", "Può richiamarmi al {phone}? Grazie mille."),
        ("it", "Cellulare: {phone}\nE-mail: {email}"),
        ("it", "Buongiorno {first}, l'abbiamo cercata al numero {phone} ma non ha risposto."),
    ],
    "nl": [
        ("nl", "U kunt mij bereiken op {phone}, het liefst 's ochtends."),
        ("nl", "Telefoon: {phone}\nMobiel: {mob}"),
        ("nl", "Hoi {first}, we hebben je geprobeerd te bellen op {phone}. Bel je even terug?"),
    ],
    "pl": [
        ("pl", "Proszę o kontakt pod numerem {phone}, najlepiej po 16:00."),
        ("pl", "Tel. kom.: {phone}\nE-mail: {email}"),
        ("pl", "Dzień dobry, dzwoniliśmy pod numer {phone}, ale nikt nie odebrał."),
    ],
    "ja": [
        ("ja", "お電話番号：{phone}\nご連絡可能な時間帯：平日10時〜18時"),
        ("ja", "{phone} までお電話いただけますでしょうか。"),
        ("ja", "連絡先: {phone}（携帯）"),
    ],
    "ko": [
        ("ko", "연락처: {phone}"),
        ("ko", "휴대폰 {phone}로 연락 부탁드립니다."),
        ("ko", "고객님 전화번호 {phone}로 배송 기사님이 연락드릴 예정입니다."),
    ],
    "zh": [("zh", "联系电话：{phone}"), ("zh", "请拨打 {phone} 联系我，谢谢。")],
    "ru": [("ru", "Телефон: {phone}"), ("ru", "Перезвоните мне, пожалуйста, по номеру {phone}.")],
    "tr": [("tr", "Telefon: {phone}"), ("tr", "Lütfen beni {phone} numarasından arayın.")],
    "da": [("da", "Ring til mig på {phone}, tak."), ("da", "Telefon: {phone}")],
    "no": [("no", "Du kan ringe meg på {phone}."), ("no", "Tlf: {phone}")],
    "sv": [("sv", "Ring mig på {phone} efter lunch."), ("sv", "Telefon: {phone}")],
    "en-au": [("en-au", "Give us a ring on {phone} if the tech doesn't turn up, cheers."), ("en-au", "Ph: {phone}\nMob: {mob}")],
    "en-uk": [("en-uk", "Ring me on {phone} any time after 10, I'm working from home today."),
              ("en-uk", "Tel: {phone}\nPlease quote your reference {ticket} when calling.")],
    "en-in": [("en-in", "Kindly call me on {phone}, my order {order} is not delivered yet."),
              ("en-in", "Ph: {phone}\nAlt. mobile: {mob}")],
    "en-za": [("en-za", "Cell: {phone}\nPlease phone before 3pm, thanks."),
              ("en-za", "Please phone me at {phone} about the fibre installation.")],
    "en-nz": [("en-nz", "Ph {phone} — I'm home most afternoons."), ("en-nz", "Best to text or call {phone}, cheers.")],
    "en-us": [("en-us", "Cell: {phone} (texts OK)"), ("en-us", "Call me at {phone}, I'm on Central time.")],
}
CC_LANGS = {"US": ["en-us"], "CA": ["en-us", "fr"], "UK": ["en-uk"], "IE": ["en-uk"], "DE": ["de"], "AT": ["de"],
            "CH": ["de", "fr"], "FR": ["fr"], "BE": ["fr", "nl"], "ES": ["es"], "MX": ["es"], "AR": ["es"],
            "BR": ["pt"], "PT": ["pt"], "IT": ["it"], "NL": ["nl"], "PL": ["pl"], "JP": ["ja"], "KR": ["ko"],
            "CN": ["zh"], "HK": ["zh"], "RU": ["ru"], "TR": ["tr"], "DK": ["da"], "NO": ["no"], "SE": ["sv"],
            "AU": ["en-au"], "NZ": ["en-nz"], "ZA": ["en-za"], "IN": ["en-in"]}

MIXED_TPL = [
    ("crm", "New customer onboarding\nName: {name}\nEmail: {email}\nPhone: {phone}\nIBAN: {iban}\nPreferred contact: email"),
    ("email", "Login alert for {email}: new sign-in from {ip} on {date}. If this wasn't you, call our fraud line on {phone_uk} and reset your password."),
    ("chat", "We'll refund {amt_eur} to your IBAN {iban} instead, since the card {card} has been closed."),
    ("form", "W-9 intake\nName: {name}\nSSN: {ssn}\nPhone: {phone_us}\nEmail: {email}"),
    ("log", "{iso_ts} WARN auth.mfa_failed user={email} ip={ip} phone=\"{phone}\" attempts=5"),
    ("json", '{"customer": {"name": "{name}", "email": "{email}", "phone": "{phone_us}", "ssn": "{ssn}"}, "card": "{card}", "status": "pending_review"}'),
    ("ticket", "Ticket {ticket}: {name} <{email}> says the direct debit from {iban} bounced. Call back on {phone}."),
    ("note", "KYC check: SSN {ssn} verified; phone {phone_us} confirmed by OTP; card {card} added."),
    ("table", "| Name | Email | Mobile | IP |\n|---|---|---|---|\n| {name} | {email} | {phone} | {ip} |"),
    ("de", "Bitte überweisen Sie den Betrag auf IBAN {iban_de}. Bei Fragen erreichen Sie uns unter {phone_de} oder per E-Mail an {email}."),
    ("fr", "Votre remboursement sera versé sur l'IBAN {iban_fr}. Pour toute question : tél. {phone_fr} ou {email}."),
    ("es", "Reembolso enviado a la cuenta {iban_es}. Si no lo recibe, llame al {phone_es}."),
    ("log", "{iso_ts} INFO checkout.completed email={email} ip={ipv6} card=\"{card}\" total={amt_raw}"),
    ("chat", "I've updated your profile: email {email}, mobile {phone}, and the card on file is now {card}."),
    ("crm", "Fraud review: order {order} placed from {ip} with card {card}; billing phone {phone_us} doesn't match the account's number {phone_us2}."),
    ("email", "Payroll update for {name}:\nSSN: {ssn}\nDirect deposit: unchanged\nContact: {phone_us}, {email}"),
    ("nl", "Terugbetaling naar {iban_nl} is onderweg. Vragen? Bel {phone_nl} of mail {email}."),
    ("chat", "Your new SIM is active. Mobile: {phone}. The router's public IP is now {ip}, and the invoice goes to {email}."),
]

# --------------------------------------------------------------- negatives
# Hand-written. Nothing here is a phone number, card number or other PII.

NEG_FIXED = [
    ("near-phone/hours", "Our phone lines are open Monday to Friday from 9 to 17 (CET) and on Saturdays from 10 to 14."),
    ("near-phone/hours", "You can call us between 9 and 17 on weekdays — the average wait right now is about 4 minutes."),
    ("near-card/balance", "Your card balance is 1 250.00 EUR after today's top-up of 200.00 EUR."),
    ("near-phone/order-ref", "Please quote order 2024 5521 when you call; your call ref is CR-7781."),
    ("near-phone/product", "The phone case (SKU 4410-220-BLK) is back in stock: 3 units left at £12.99 each."),
    ("near-phone/plan", "Mobile plan Flex 25: 25 GB data, 300 minutes, 19,99 €/month on a 24-month term."),
    ("near-phone/office", "Office hours are 08:30–17:30; my desk is 4.12 on the third floor of building C."),
    ("near-phone/ticket", "Tel. support ticket 2024-118-0045 was closed on 05/03/2024 at 16:20."),
    ("near-card/expiry", "The card expires 09/27, so there's no need to order a replacement yet."),
    ("near-card/masked", "The card ending in 4821 was declined at 14:32 with code 51 (insufficient funds)."),
    ("near-phone/fax", "Fax cover sheet: 3 pages including this one, sent 5.3.2024 at 10:15."),
    ("near-phone/meeting", "Call 3 of 5 in the onboarding series is on 2024-03-05 at 15:00 UTC."),
    ("near-phone/whatsapp", "Your WhatsApp Business template #221 was approved; 1 250 messages were delivered today."),
    ("near-phone/device", "Phone: iPhone 15 Pro, iOS 17.4.1 (build 21E236), 128 GB, battery health 91%."),
    ("near-phone/desk", "Desk booking confirmed: floor 2, desk 2-114, 2024-03-05, 09:00–17:00."),
    ("near-phone/cell", "Cell B12 in the export shows 1,234,567 — that's the total SMS volume for Q1, not a single customer."),
    ("near-card/limit", "The credit card limit was raised from $5,000 to $7,500 effective 03/01/2024."),
    ("near-card/fee", "Debit card fee: 1,50 € per ATM withdrawal after the first 4 free withdrawals each month."),
    ("near-card/reader", "Card reader model A920, firmware 9.00.05, was shipped on 2024-02-14 in parcel 3 of 4."),
    ("near-phone/outage", "Landline outage reported for postcodes 10115 and 10117 in Berlin; estimated fix 18:00 today."),
    ("near-phone/missing", "Ph: not provided — the customer asked to be contacted by email only."),
    ("near-phone/stats", "The contact number field is empty for 1 204 of 18 550 records (6.5%)."),
    ("near-phone/callback", "Please call back after 2:30 pm; the extension directory is down until release 4.18.2 is deployed."),
    ("near-card/giftcard", "Gift card balance: $50.00. The PIN is under the scratch-off strip on the back."),
    ("near-card/order", "Order #100-4829131-7720 was charged to the card on file on 2024-06-11 for $86.40."),
    ("near-phone/reach-hours", "You can reach me at the office from 8 to 4 tomorrow, or any time on Thursday."),
    ("near-phone/not-answering", "The driver said nobody was answering at the door at 10:42, so the parcel went to the pickup point at 21 Rue Oberkampf, 75011 Paris."),
    ("near-card/cc-email", "cc: billing team — invoice INV-2024-00912 for €3.480,00 is attached; payment due 30.04.2024."),
    ("near-card/billed", "You'll be billed on the 14th of every month; the next amount is $29.00."),
    ("near-card/charged-qty", "Charged to cost center 4410 — 12 licences × €18.50 = €222.00."),
    ("near-card/payment-method", "Payment method: SEPA direct debit (mandate ref MNDT-2024-04412). First collection 02.05.2024."),
    ("near-phone/tel-hours", "Tel. hours: Mon–Thu 8.00–18.00, Fri 8.00–15.00."),
    ("near-phone/whatsapp-batch", "WhatsApp us a photo of the label — we need the batch code (L2403-118) and the best-before date 12.2025."),
    ("near-phone/mobile-version", "Mobile app 5.12.3 (build 20240305) fixes the crash on Android 14."),
    ("near-phone/fax-invoice", "We no longer accept invoices by fax; please upload INV-88213 through the supplier portal."),
    ("near-card/deck", "Card #3 of 12 in the onboarding deck explains how refunds work."),
    ("near-phone/landline-price", "The landline bundle costs £24.50 a month for 18 months, then £31.00."),
    ("near-phone/contact-position", "Contact number 4 on the escalation list (after the team lead) is the duty manager."),
    ("near-card/brands", "We accept 6 credit card brands; the surcharge is 1.9% for corporate cards."),
    ("near-card/cc-compiler", "Compiled with cc 13.2.0 (-O2) on Ubuntu 24.04; binary size 4 812 336 bytes."),
    ("near-phone/duration", "The call lasted 00:14:32 and was rated 4/5 by the customer."),
    ("near-phone/office-address", "Our office moved to Keizersgracht 123, 1015 CJ Amsterdam on 1 March."),
    ("near-phone/desk-ticket", "Service desk ticket INC0012345 has been reassigned to the network team."),
    ("near-card/amount", "Charged to your card today: $12,345.67 for 3 seats on the Enterprise plan (annual)."),
    ("tracking", "USPS tracking 9400 1118 9922 3456 7812 34 shows the parcel at the Memphis hub."),
    ("isbn", "The replacement manual is ISBN 978-3-16-148410-0, 2nd edition, 2023."),
    ("invoice", "Invoice RE-2024-05521 (net 30) — 1 234,56 € incl. 19 % VAT, due 2024-04-04."),
    ("quantity", "Qty 1 200 units of SKU 88-4410-22 were allocated to warehouse DE-BER-2."),
    ("version", "Upgrade from 3.11.4 to 3.12.2 and clear the cache in /var/lib/agent/2024.03."),
    ("postal", "Ship-to: 1600 Amphitheatre Pkwy, Mountain View, CA 94043-1351."),
    ("account-id", "Account ACC4410228813 was merged into CUST00488213DE; no action required."),
    ("time", "Your appointment is at 14:30 on 12.03.2024; please arrive 10 minutes early."),
    ("amount", "Total refunded: $12,345.67 across 14 orders between 2024-01-02 and 2024-03-31."),
    ("near-phone/de-hours", "Unsere Hotline ist Mo–Fr von 8 bis 18 Uhr erreichbar, samstags von 9 bis 13 Uhr."),
    ("near-card/de-amount", "Der Betrag von 1.234,56 € wurde am 5.3.2024 Ihrer Karte gutgeschrieben."),
    ("near-phone/fr-hours", "Notre service client est joignable par téléphone du lundi au vendredi, de 9 h à 18 h."),
    ("near-card/fr-amount", "Le montant de 1 234,56 € a été remboursé sur votre carte le 05/03/2024."),
    ("near-phone/es-order", "Llámenos indicando el número de pedido 2024-55210 y el código postal 28013."),
    ("near-card/es-balance", "El saldo de su tarjeta regalo es de 45,90 € (válido hasta 31/12/2025)."),
    ("near-phone/pt-protocol", "Protocolo de atendimento 2024-0305-1187. Ligue de segunda a sexta, das 8h às 20h."),
    ("near-phone/ja-hours", "お電話での受付時間は平日10:00〜18:00です。注文番号 A2024-0305-118 をご用意ください。"),
    ("near-card/ja-amount", "カードでのお支払い金額は ¥12,800（税込）です。"),
    ("near-phone/it-hours", "Il servizio clienti telefonico è attivo dal lunedì al venerdì, 9–18."),
    ("near-phone/nl-postcode", "Bel ons gerust; vermeld wel uw postcode (1015 CJ) en huisnummer 123."),
    ("near-phone/pl-order", "Zadzwoń do nas i podaj numer zamówienia ZAM/2024/03/0521."),
    ("near-card/ko-amount", "카드 결제 금액: 45,000원, 할부 3개월."),
    ("near-phone/zoom", "Dial-in details are in the calendar invite; meeting ID 912 4471 0385, passcode 554120."),
    ("near-card/points", "Your loyalty card now has 12 480 points — enough for a €25 voucher."),
    ("near-phone/sms-count", "SMS sent this month: 2 318 of 5 000 included. Overage is billed at 0.04 € per message."),
    ("near-card/statement", "Credit card statement period: 01.02.2024 – 29.02.2024, minimum payment €35.00 due 15.03.2024."),
    ("near-phone/contact-form", "Contact number format: digits only, 7 to 15 characters, optional leading plus sign."),
    ("near-card/refund-window", "Refunds to debit cards take 3–5 business days; to credit cards up to 10."),
    ("near-phone/dimensions", "Phone stand dimensions: 120 × 85 × 64 mm, weight 210 g, SKU PS-2024-118."),
    ("near-card/cvv", "The 3-digit security code is printed on the back of the card, to the right of the signature strip."),
    ("near-phone/office-floor", "The London office is on floor 7, room 7.14; reception opens at 08:00."),
    ("near-card/charged-fx", "You were charged 1.75% foreign transaction fee (€2.63) on the €150.00 purchase."),
    ("near-phone/mobile-serial", "We can't look up the mobile by serial; please send the order number instead (it starts with ORD-)."),
    ("near-phone/fax-pages", "Fax received: 12 pages, 204 × 196 dpi, transmission time 3 min 42 s."),
    ("near-card/card-count", "There are 2 cards on this account; both expire in 2027."),
    ("near-phone/hotline-closed", "The hotline is closed on 25.12. and 1.1.; on 24.12. and 31.12. we close at 14:00."),
    ("near-card/visa-fee", "Visa and Mastercard transactions cost 1.4% + €0.25; Amex costs 2.9%."),
    ("near-phone/queue", "You are number 14 in the queue. Estimated wait: 6 minutes."),
    ("near-card/installments", "Pay in 3 installments of $133.33 with your card — no interest if paid by 2024-09-30."),
    ("near-phone/area-code-question", "Which area code should the number start with? We only need the country and city, not the number itself."),
    ("ticket-id", "Ticket TCK-558213 merged into TCK-558190; both are about invoice F2024/0412."),
    ("tracking", "DHL Express waybill JD014600006281234567 — customs cleared at 06:40."),
    ("amount", "Q1 refunds: 1.234.567,89 € total, 4 812 transactions, average 256,55 €."),
    ("postal", "Postal codes covered by same-day delivery: 10115–10119, 10178, 10179."),
    ("version", "Release 2024.3.1 (build 20240305.118) replaces 2024.2.7."),
    ("date", "The warranty runs from 05/03/2024 to 04/03/2026 (24 months)."),
    ("quantity", "Pallet 3 of 7: 1 440 units, 18 cartons of 80, net weight 612.4 kg."),
    ("account-id", "User IDs U20240305118 and U20240305119 were created by the bulk import job."),
    ("near-card/order-table", "| Order | Card | Status |\n|---|---|---|\n| ORD-2024-55210 | ending 4242 | refunded |\n| ORD-2024-55211 | ending 1881 | shipped |"),
    ("near-phone/json", '{"phone_verified": false, "phone_attempts": 3, "next_retry_s": 900, "ticket": "INC0044812"}'),
    ("near-card/json", '{"card_brand": "visa", "card_last4": "4242", "card_exp_month": 9, "card_exp_year": 2027, "amount": 4999}'),
]


NEG_TPL = [
    ("near-phone/order", "Customer called about order {order}; call ref {callref}. Resolved on {date} at {time}."),
    ("near-card/loyalty", "Loyalty card no. {badloyal} — {pts} points, Gold tier since {date}."),
    ("near-card/luhn-invalid", "The card number you typed, {badcard_g}, fails the checksum — one of the digits is probably off. Could you re-enter it?"),
    ("luhn-invalid", "Internal reference {badcard}; keep it for your records."),
    ("luhn-invalid", "Voucher code {badloyal} has already been redeemed."),
    ("isbn", "ISBN {isbn} — paperback, {qty} copies in stock."),
    ("tracking", "FedEx tracking {fedex}: out for delivery, expected by {time}."),
    ("tracking", "UPS {ups} — delivered {date}, signed for at the front desk."),
    ("near-phone/invoice", "Invoice {invoice} ({amt}) is overdue. No need to call — the payment link is in the email."),
    ("postal", "Returns go to our warehouse in {postal}. Parcel weight {kg} kg, {qty} items."),
    ("version", "Agent {version} rolled out to {pct}% of devices on {date}; {version2} stays supported until the end of the quarter."),
    ("near-card/amount", "Card payment of {amt} for invoice {invoice} received on {date}. Thank you!"),
    ("near-phone/hours", "Phone support today: {trange}. Ticket {ticket} is in the queue (position {n})."),
    ("account-id", "Account {acct} merged into {acct2}; {qty} orders moved."),
    ("near-phone/zoom", "Join the call: Zoom meeting ID {zoom}, passcode {passcode}."),
    ("near-card/balance", "Gift card balance: {amt}. Expires {date}."),
    ("table", "| Order | Date | Qty | Total |\n|---|---|---|---|\n| {order} | {date} | {qty} | {amt} |\n| {order2} | {date2} | {qty2} | {amt2} |"),
    ("json", '{"order_id": "{order_plain}", "ticket": "{ticket}", "total": "{amt}", "created": "{date_iso}", "items": {qty}}'),
    ("near-phone/mobile-data", "Mobile data used this cycle: {gb} GB of 50 GB; the cycle resets on {date}."),
    ("near-card/cc-email", "cc: {agent} — invoice {invoice} for {amt} has been approved."),
    ("near-card/charged-order", "Order {order} was charged to the card on file: {amt} on {date}."),
    ("near-phone/callback-ticket", "Callback requested for ticket {ticket} — the customer prefers {trange}."),
]


# ---------------------------------------------------------------- validation

CARD_CTX = ["card", "cc", "credit", "debit", "billed", "charged", "payment method", "kart", "carte", "tarjeta",
            "cartão", "carta", "creditcard", "karty", "karta", "カード", "카드", "卡号", "карт", "dankort", "cobrança"]
NOCTX_BANNED = ["card", "cc", "credit", "debit", "bill", "charg", "pay", "visa", "master", "amex", "maestro",
                "discover", "exp", "cvv", "cvc", "number", "kart", "carte", "tarjeta"]
PHONE_CTX = ["phone", "tel", "mobile", "cell", "call", "reach", "answer", "fax", "office", "desk", "whatsapp", "ph",
             "contact", "landline", "sms", "voicemail", "number", "ring", "mob", "handy", "rückruf", "erreich",
             "téléphone", "tél", "portable", "joindre", "appeler", "teléfono", "llam", "celular", "telefone", "ligar",
             "cellulare", "richiam", "numero", "bereiken", "bellen", "mobiel", "numer", "kom.", "dzwon", "電話",
             "連絡", "연락", "전화", "휴대폰", "电话", "拨打", "телефон", "номер", "перезвон", "tlf", "arayın",
             "márquen", "contato", "携帯", "numéro", "llám", "voice", "hotline", "support line"]


def has_word(text, words):
    low = text.lower()
    for w in words:
        if w.isascii() and w.replace(" ", "").isalpha():
            if re.search(r"(?<![a-z])" + re.escape(w), low):
                return True
        elif w in low:
            return True
    return False


def occurrences(text, value):
    out, start = [], 0
    while True:
        i = text.find(value, start)
        if i < 0:
            return out
        out.append((i, i + len(value)))
        start = i + 1


def check_value(e):
    t, v, st = e["type"], e["value"], e["style"]
    assert v == v.strip() and v, e
    if t == "CREDIT_CARD":
        d, grouping = parse_card_style(v)
        brand = st.split("-")[0]
        assert d.isdigit() and 12 <= len(d) <= 19, e
        assert luhn_ok(d), ("Luhn", e)
        assert issuer_ok(brand, d), ("issuer", e)
        assert st == card_style(brand, d, grouping), ("style", e, card_style(brand, d, grouping))
    elif t == "PHONE_NUMBER":
        assert re.fullmatch(r"[+(\d][\d ()\-./]*\d", v), e
        digits = re.sub(r"\D", "", v)
        assert 7 <= len(digits) <= 15, e
        assert v.count("(") == v.count(")") <= 1, e
        assert st in STYLE_INFO, e
        if st.startswith("e164-"):
            assert v.startswith("+"), e
        elif st.startswith("intl00-"):
            assert v.startswith("00"), e
        elif st.startswith("intl011-"):
            assert v.startswith("011 "), e
        else:
            assert st.startswith(("national-", "local-")) and "+" not in v, e
        assert not luhn_runs(v), ("phone is Luhn-valid card-length run", e)
    elif t == "EMAIL_ADDRESS":
        assert re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", v), e
    elif t == "IBAN_CODE":
        assert iban_valid(v), e
    elif t == "US_SSN":
        assert ssn_valid(v), e
    elif t == "IP_ADDRESS":
        ipaddress.ip_address(v)
    else:
        raise AssertionError(e)


def strict_hits(text):
    """Independent strict detectors: [(type, start, end)] that must be labelled."""
    hits = []
    for m in re.finditer(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", text):
        hits.append(("EMAIL_ADDRESS", m.start(), m.end()))
    for m in re.finditer(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?!\.?\d)", text):
        if all(int(g) <= 255 for g in m.groups()):
            hits.append(("IP_ADDRESS", m.start(), m.end()))
    for m in re.finditer(r"(?<![\w:.])[0-9A-Fa-f:]*:[0-9A-Fa-f:]*:[0-9A-Fa-f:]*(?![\w:])", text):
        try:
            ipaddress.IPv6Address(m.group(0))
            hits.append(("IP_ADDRESS", m.start(), m.end()))
        except ValueError:
            pass
    for s, e in luhn_runs(text):
        hits.append(("CREDIT_CARD", s, e))
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4}){3,8}\b", text):
        s = m.group(0).replace(" ", "")
        for n in range(len(s), 14, -1):
            if iban_valid(s[:n]):
                hits.append(("IBAN_CODE", m.start(), m.end()))
                break
    for m in re.finditer(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])", text):
        if ssn_valid(m.group(0)):
            hits.append(("US_SSN", m.start(), m.end()))
    return hits


def check_record(rec):
    text, ents, cat = rec["text"], rec["entities"], rec["style"].split("/")[0]
    assert text == text.strip() and text, rec["id"]
    spans = []
    for e in ents:
        assert e["type"] in TYPES, e
        check_value(e)
        occ = occurrences(text, e["value"])
        assert occ, ("not a substring", e)
        for s, t in occ:
            before, after = text[:s], text[t:]
            assert not re.search(r"[A-Za-z0-9]$", before), ("glued before", e, text)
            if e["type"] in ("PHONE_NUMBER", "CREDIT_CARD"):
                assert not re.search(r"\d[ \-./\u00a0\u202f]?$", before), ("digits before", e)
                assert not re.match(r"[\-./\u00a0\u202f]?\d", after), ("digits after", e)
            if e["type"] == "PHONE_NUMBER":
                assert not before.endswith("+"), ("leading + not in value", e)
                assert not (before.endswith("(") and not e["value"].startswith("(")), ("paren before", e)
                assert not re.match(r" \d", after), ("digit group after phone", e)
            if e["type"] == "EMAIL_ADDRESS":
                assert not re.search(r"[A-Za-z0-9._%+-]$", before), e
            spans.append((s, t, e["type"]))
    spans.sort()
    for (a, b, _), (c, d, _) in zip(spans, spans[1:]):
        assert b <= c, ("overlapping labels", rec["id"], text[a:b], text[c:d])
    for t, s, e in strict_hits(text):
        ok = any(a <= s and e <= b for a, b, _ in spans) or \
            any(a < e and s < b and (lt == t or {lt, t} == {"CREDIT_CARD", "IBAN_CODE"}) for a, b, lt in spans)
        assert ok, f"{rec['id']}: unlabelled {t}: {text[s:e]!r}\n{text}"
    if cat == "card":
        assert has_word(text, CARD_CTX), ("no card context", text)
    if cat == "card-noctx":
        assert not has_word(text, NOCTX_BANNED), ("card context word in noctx", text)
    if cat == "phone":
        assert has_word(text, PHONE_CTX), ("no phone context", text)
    if cat.startswith("neg"):
        assert not ents
    if rec["style"].endswith("/json"):
        json.loads(text)


def soft_phone_hits(text):
    out = []
    for m in re.finditer(r"(?<![\w+])\+?\(?\d[\d ().\-/]{5,}\d(?!\w)", text):
        d = re.sub(r"\D", "", m.group(0))
        if len(d) >= 7:
            out.append((m.start(), m.end(), m.group(0)))
    return out


# ------------------------------------------------------------------- build

def attempt(make, cat, kind_tpl, tries=40):
    """Render until the record validates (random fillers can collide)."""
    last = None
    for _ in range(tries):
        text, ents, kind = make()
        rec = {"id": "tmp", "text": text, "entities": ents, "style": f"{cat}/{kind}"}
        try:
            check_record(rec)
            return rec
        except AssertionError as ex:  # noqa: PERF203
            last = ex
    raise AssertionError(f"template keeps failing: {kind_tpl!r}: {last}")


def cycle(items, rng):
    """Endless deterministic shuffled cycle (every template gets used)."""
    while True:
        pool = list(items)
        rng.shuffle(pool)
        for x in pool:
            yield x


def build():
    recs = []
    card_cycle = cycle(CARD_TPL, R)
    lang_cycles = {k: cycle(v, R) for k, v in CARD_TPL_LANG.items()}

    # 1. cards with context: every combo three times
    for brand, n, sizes, sep in CARD_COMBOS:
        for _ in range(3):
            use_lang = R.random() < (0.5 if brand in BRAND_LANGS else 0.25)
            if use_lang:
                lang = R.choice(BRAND_LANGS.get(brand, GENERAL_LANGS))
                kind, tpl = next(lang_cycles[lang])
            else:
                kind, tpl = next(card_cycle)

            def make(tpl=tpl, kind=kind):
                ctx = Ctx()
                v, st, d = make_card(brand, n, sizes, sep)
                ctx.card = (d, brand)
                ctx.add("CREDIT_CARD", v, st)
                ctx.vals["card"] = v
                return render(tpl, ctx), ctx.ents, kind
            recs.append(attempt(make, "card", tpl))

    # 2. cards without any context word, standard 16-digit 4-4-4-4
    for i, (kind, tpl) in enumerate(NOCTX_TPL * 2):
        brand = NOCTX_BRANDS[i % len(NOCTX_BRANDS)]
        sep = "dash" if i % 5 == 4 else "space"

        def make(tpl=tpl, kind=kind, brand=brand, sep=sep):
            ctx = Ctx()
            v, st, d = make_card(brand, 16, [4, 4, 4, 4], sep)
            ctx.card = (d, brand)
            ctx.add("CREDIT_CARD", v, st)
            ctx.vals["card"] = v
            return render(tpl, ctx), ctx.ents, kind
        recs.append(attempt(make, "card-noctx", tpl))

    # 3. phones: every style, core countries twice
    phone_cycle = cycle(PHONE_TPL, R)
    plang_cycles = {k: cycle(v, R) for k, v in PHONE_TPL_LANG.items()}
    business_cycle = cycle(BUSINESS_TPL, R)
    ext_cycle = cycle([t for t in PHONE_TPL if not any(w in t[1].lower() for w in EXT_WORDS)], R)
    for style, cc, _, _ in PHONE_STYLES:
        for _ in range(2 if cc in CORE_CC else 1):
            langs = CC_LANGS.get(cc)
            if style in BUSINESS_STYLES:
                kind, tpl = next(business_cycle)
            elif style.endswith("-ext"):
                kind, tpl = next(ext_cycle)
            elif langs and R.random() < 0.45:
                kind, tpl = next(plang_cycles[R.choice(langs)])
            else:
                kind, tpl = next(phone_cycle)

            def make(tpl=tpl, kind=kind, style=style, cc=cc):
                ctx = Ctx(cc)
                disp, v, st = make_phone(style)
                ctx.add("PHONE_NUMBER", v, st)
                ctx.vals["phone"] = disp
                return render(tpl, ctx), ctx.ents, kind
            recs.append(attempt(make, "phone", tpl))

    # 4. mixed PII
    for kind, tpl in MIXED_TPL * 2:
        def make(tpl=tpl, kind=kind):
            ctx = Ctx()
            return render(tpl, ctx), ctx.ents, kind
        recs.append(attempt(make, "mixed", tpl))

    # 5. negatives
    for kind, text in NEG_FIXED:
        rec = {"id": "tmp", "text": text, "entities": [], "style": f"neg-{kind}" if kind.startswith("near") else f"neg/{kind}"}
        check_record(rec)
        recs.append(rec)
    for _ in range(3):
        for kind, tpl in NEG_TPL:
            if kind.startswith("near"):
                cat, k = "neg-" + kind.split("/")[0], kind.split("/", 1)[1]
            else:
                cat, k = "neg", kind

            def make(tpl=tpl, k=k):
                ctx = Ctx()
                return render(tpl, ctx), ctx.ents, k
            recs.append(attempt(make, cat, tpl))

    texts = [r["text"] for r in recs]
    dupes = sorted({t for t in texts if texts.count(t) > 1})
    assert not dupes, dupes[:3]
    rs = random.Random(SEED + 1)
    rs.shuffle(recs)
    out = []
    for i, r in enumerate(recs, 1):
        rec = {"id": f"h-c-{i:03d}", "text": r["text"], "entities": r["entities"], "style": r["style"]}
        check_record(rec)
        out.append(rec)
    return out


def main():
    warn = "--warn" in sys.argv
    recs = build()
    with open(OUT, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    ent_type, rec_type, ent_style, rec_style = {}, {}, {}, {}
    neg = 0
    for r in recs:
        if not r["entities"]:
            neg += 1
        rec_style[r["style"]] = rec_style.get(r["style"], 0) + 1
        for t in sorted({e["type"] for e in r["entities"]}):
            rec_type[t] = rec_type.get(t, 0) + 1
        for e in r["entities"]:
            ent_type[e["type"]] = ent_type.get(e["type"], 0) + 1
            ent_style[e["style"]] = ent_style.get(e["style"], 0) + 1
    print(f"pii_context.jsonl: {len(recs)} records  positive={len(recs) - neg}  negative={neg}")
    print("entities per type: " + ", ".join(f"{t}={ent_type.get(t, 0)}" for t in TYPES))
    print("records per type:  " + ", ".join(f"{t}={rec_type.get(t, 0)}" for t in TYPES))
    cats = {}
    for s, n in rec_style.items():
        c = s.split("/")[0]
        cats[c] = cats.get(c, 0) + n
    print("records per category: " + ", ".join(f"{c}={n}" for c, n in sorted(cats.items())))
    print("\nentity styles:")
    for s in sorted(ent_style):
        print(f"  {s:40s} {ent_style[s]}")
    print("\nrecord styles:")
    for s in sorted(rec_style):
        print(f"  {s:40s} {rec_style[s]}")
    if warn:
        print("\nunlabelled phone-like runs (review):")
        for r in recs:
            spans = [sp for e in r["entities"] for sp in occurrences(r["text"], e["value"])]
            for s, e, v in soft_phone_hits(r["text"]):
                if not any(a < e and s < b for a, b in spans):
                    print(f"  {r['id']} [{r['style']}]: {v!r}")
    assert len(recs) >= 450 and neg >= 120, (len(recs), neg)
    assert ent_type.get("CREDIT_CARD", 0) >= 200 and ent_type.get("PHONE_NUMBER", 0) >= 220, ent_type


if __name__ == "__main__":
    main()
