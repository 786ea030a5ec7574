#!/usr/bin/env python3
"""Deterministic generator for the pii_leak evaluator test corpus.

Writes corpus.jsonl next to this file.  Run:  python3 tests/data/pii/generate.py

Every case is a realistic model / tool output rendered from a template.  Slots
like {{EMAIL}} or {{CARD#2}} are filled by generators below; a slot bound to a
type yields a labelled entity, a slot bound to None yields filler (often a hard
negative such as an order number, a UUID, a Luhn-failing 16-digit number ...).
{{SLOT#k|fn}} reuses the value of SLOT#k through a derivation (last4, short,
brand) without labelling it.

The script verifies: labelled values occur in their text at token boundaries,
check digits (Luhn / mod-97 / SSN rules) hold for positives and fail for the
matching negatives, strong patterns never appear unlabelled (a lint pass with
simple detectors), ids and texts are unique.  It prints counts per type.
"""
import base64
import ipaddress
import json
import os
import random
import re
import string
import sys
import uuid

SEED = 20240315
rng = random.Random(SEED)

DIG = string.digits
UP = string.ascii_uppercase
ALNUM = string.ascii_letters + string.digits
UPNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
URLSAFE = ALNUM + "-_"


def rs(alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def d(n):
    return rs(DIG, n)


def nzd(n):
    return str(rng.randint(1, 9)) + d(n - 1)


# ---------------------------------------------------------------- validators

def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return total % 10 == 0


def luhn_complete(partial):
    for c in DIG:
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


def card_brand(digits):
    n = len(digits)
    if digits[0] == "4" and n in (13, 16, 19):
        return "visa"
    if (51 <= int(digits[:2]) <= 55 or 2221 <= int(digits[:4]) <= 2720) and n == 16:
        return "mastercard"
    if digits[:2] in ("34", "37") and n == 15:
        return "amex"
    if (digits.startswith("6011") or digits.startswith("65") or 644 <= int(digits[:3]) <= 649) and 16 <= n <= 19:
        return "discover"
    return None


def card_ok(value):
    digits = re.sub(r"[ -]", "", value)
    return digits.isdigit() and card_brand(digits) is not None and luhn_ok(digits)


IBAN_LEN = {"DE": 22, "GB": 22, "FR": 27, "NL": 18, "ES": 24, "IT": 27, "CH": 21, "BE": 16,
            "AT": 20, "PL": 28, "PT": 25, "IE": 22, "SE": 24, "DK": 18, "NO": 15, "LU": 20, "FI": 18}


def iban_mod97(compact):
    rearr = compact[4:] + compact[:4]
    num = "".join(str(int(c, 36)) for c in rearr)
    return int(num) % 97


def iban_ok(value):
    c = value.replace(" ", "")
    return (re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", c) is not None and IBAN_LEN.get(c[:2]) == len(c)
            and iban_mod97(c) == 1)


def ssn_parts_ok(a, g, s):
    a, g, s = int(a), int(g), int(s)
    return a != 0 and a != 666 and not (900 <= a <= 999) and g != 0 and s != 0


def ssn_ok(value):
    m = re.fullmatch(r"(\d{3})([- ]?)(\d{2})\2(\d{4})", value)
    return m is not None and ssn_parts_ok(m.group(1), m.group(3), m.group(4))


def ip_ok(value):
    try:
        ipaddress.ip_address(value)
        return True
    except ValueError:
        return False


EMAIL_RE = r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
VALIDATORS = {
    "EMAIL_ADDRESS": lambda v: re.fullmatch(EMAIL_RE, v) is not None,
    "PHONE_NUMBER": lambda v: re.fullmatch(r"[+(]?[\d][\d ().\-/]*\d", v) is not None
    and 7 <= len(re.sub(r"\D", "", v)) <= 15,
    "CREDIT_CARD": card_ok,
    "IBAN_CODE": iban_ok,
    "US_SSN": ssn_ok,
    "IP_ADDRESS": ip_ok,
    "AWS_ACCESS_KEY": lambda v: re.fullmatch(r"(AKIA|ASIA)[A-Z0-9]{16}", v) is not None,
    "GITHUB_TOKEN": lambda v: re.fullmatch(r"gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{82}", v) is not None,
    "SLACK_TOKEN": lambda v: re.fullmatch(r"xox[abprs]-\d{9,}(-[A-Za-z0-9]+){2,}", v) is not None,
    "OPENAI_API_KEY": lambda v: re.fullmatch(r"sk-[A-Za-z0-9]{48}|sk-proj-[A-Za-z0-9_-]{40,}", v) is not None,
    "JWT": lambda v: re.fullmatch(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+", v) is not None,
    "PEM_PRIVATE_KEY": lambda v: re.fullmatch(r"-----BEGIN ([A-Z]+ )*PRIVATE KEY-----(\\n|\n)[\s\S]+-----END ([A-Z]+ )*PRIVATE KEY-----", v) is not None,
    "DENY_TERM": lambda v: v.lower() in ("project nightingale", "acme-internal", "falcon-9-ledger"),
}

# ---------------------------------------------------------------- people etc.

FIRST = ["Jane", "Maria", "Wei", "Rahul", "Sofia", "Lukas", "Amélie", "Kenji", "Olusegun", "Priya",
         "Mateo", "Chloé", "Hannah", "Diego", "Aisha", "Tomasz", "Yuki", "Liam", "Fatima", "Noah",
         "Ingrid", "Carlos", "Mei", "Arjun", "Elena", "Jonas", "Camila", "Omar", "Sven", "Ana"]
LAST = ["Doe", "García", "Chen", "Sharma", "Rossi", "Müller", "Dubois", "Tanaka", "Adeyemi", "Patel",
        "Fernández", "Martin", "Schmidt", "López", "Khan", "Nowak", "Sato", "O'Brien", "Haddad", "Johnson",
        "Larsen", "Silva", "Wang", "Iyer", "Petrova", "Becker", "Santos", "Farouk", "Lindqvist", "Costa"]
DOMAINS = ["example.org", "example.com", "acme-corp.com", "contoso.io", "fabrikam.co.uk", "globex.de",
           "initech.fr", "gmail.com", "outlook.com", "proton.me", "yahoo.co.jp", "empresa.com.br",
           "northwind.ai", "mail.uni-heidelberg.de", "clinic.health.au", "tatva.in", "bluewave.es",
           "studio-rossi.it", "hooli.xyz", "corp.wayne-enterprises.com", "fastmail.fm", "web.de"]
CITIES = ["Berlin", "Lyon", "Austin", "Pune", "Osaka", "Porto Alegre", "Leeds", "Melbourne", "Toronto",
          "Madrid", "Milan", "Utrecht", "Zurich", "Nairobi", "Seattle", "Kraków"]
ASCII = str.maketrans({"é": "e", "ü": "u", "í": "i", "á": "a", "ó": "o", "'": "", "ł": "l"})


def fullname():
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def email(name=None):
    if name:
        f, l = (x.lower().translate(ASCII) for x in name.split(" ", 1))
    else:
        f, l = rng.choice(FIRST).lower().translate(ASCII), rng.choice(LAST).lower().translate(ASCII)
    local = rng.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}_{l}", f"{f}.{l}{rng.randint(2, 99)}", f"{f}+{rng.choice(['billing', 'news', 'jira'])}",
                        f"{l}.{f}", f"{f}", rng.choice(["support", "billing", "hr-team", "noreply", "dpo", "ops.oncall"])])
    return f"{local}@{rng.choice(DOMAINS)}"


# ---------------------------------------------------------------- phones

US_AREAS = ["212", "213", "305", "312", "404", "415", "503", "512", "617", "646", "702", "713", "718",
            "805", "917", "206", "303", "619", "650", "773"]


def us_parts():
    a = rng.choice(US_AREAS)
    while True:
        e = str(rng.randint(2, 9)) + d(2)
        if e[1:] != "11":
            break
    return a, e, d(4)


def phone_us():
    a, e, l = us_parts()
    fmt = rng.choice(["({a}) {e}-{l}", "{a}-{e}-{l}", "{a}.{e}.{l}", "{a} {e} {l}", "+1 {a} {e} {l}",
                      "+1 ({a}) {e}-{l}", "+1-{a}-{e}-{l}", "+1.{a}.{e}.{l}", "1-{a}-{e}-{l}", "1 ({a}) {e}-{l}"])
    if rng.random() < 0.1:
        a = rng.choice(["800", "888", "877"])
        fmt = "1-{a}-{e}-{l}"
    return fmt.format(a=a, e=e, l=l)


def phone_us_e164():
    return "+1" + "".join(us_parts())


def phone_plain_us():
    return "".join(us_parts())


def phone_uk():
    return rng.choice([
        lambda: f"020 {rng.choice('378')}{d(3)} {d(4)}",
        lambda: f"0161 {nzd(3)} {d(4)}",
        lambda: f"07{rng.choice('4579')}{d(2)} {d(6)}",
        lambda: f"+44 20 {rng.choice('378')}{d(3)} {d(4)}",
        lambda: f"+44 7{rng.choice('4579')}{d(2)} {d(6)}",
        lambda: f"+44 (0)20 {rng.choice('378')}{d(3)} {d(4)}",
        lambda: f"+44 161 {nzd(3)} {d(4)}",
        lambda: f"+447{rng.choice('4579')}{d(2)}{d(6)}",
    ])()


def phone_de():
    a = rng.choice(["30", "89", "40", "221", "69", "711"])
    return rng.choice([
        lambda: f"0{a} {nzd(rng.choice([7, 8]))}",
        lambda: f"0{a}/{nzd(7)}",
        lambda: f"0{a}-{nzd(6)}",
        lambda: f"01{rng.choice(['51', '60', '71', '76'])} {nzd(8)}",
        lambda: f"+49 {a} {nzd(rng.choice([7, 8]))}",
        lambda: f"+49 (0){a} {nzd(7)}",
        lambda: f"+49 1{rng.choice(['51', '60', '71', '76'])} {nzd(8)}",
        lambda: f"+49-{a}-{nzd(7)}",
    ])()


def pairs(n):
    return " ".join(d(2) for _ in range(n))


def phone_fr():
    z = rng.choice("1234567")
    return rng.choice([
        lambda: f"0{z} {pairs(4)}",
        lambda: f"0{z}.{'.'.join(d(2) for _ in range(4))}",
        lambda: f"+33 {z} {pairs(4)}",
        lambda: f"+33 (0){z} {pairs(4)}",
        lambda: f"0{rng.choice('67')} {pairs(4)}",
    ])()


def phone_in():
    m = str(rng.randint(6, 9)) + d(4)
    return rng.choice([
        lambda: f"+91 {m} {d(5)}",
        lambda: f"+91-{m}-{d(5)}",
        lambda: f"{m} {d(5)}",
        lambda: f"+91 22 {nzd(4)} {d(4)}",
        lambda: f"022 {nzd(4)} {d(4)}",
        lambda: f"+91 80 {nzd(4)} {d(4)}",
    ])()


def phone_br():
    a = rng.choice(["11", "21", "31", "41", "51", "61", "71", "81"])
    return rng.choice([
        lambda: f"({a}) 9{d(4)}-{d(4)}",
        lambda: f"({a}) {rng.randint(2, 5)}{d(3)}-{d(4)}",
        lambda: f"+55 {a} 9{d(4)}-{d(4)}",
        lambda: f"+55 ({a}) {rng.randint(2, 5)}{d(3)}-{d(4)}",
    ])()


def phone_jp():
    return rng.choice([
        lambda: f"03-{nzd(4)}-{d(4)}",
        lambda: f"06-{nzd(4)}-{d(4)}",
        lambda: f"0{rng.choice('789')}0-{nzd(4)}-{d(4)}",
        lambda: f"+81 3-{nzd(4)}-{d(4)}",
        lambda: f"+81 {rng.choice('789')}0-{nzd(4)}-{d(4)}",
        lambda: f"+81 3 {nzd(4)} {d(4)}",
    ])()


def phone_au():
    a = rng.choice("2378")
    return rng.choice([
        lambda: f"({'0' + a}) {nzd(4)} {d(4)}",
        lambda: f"0{a} {nzd(4)} {d(4)}",
        lambda: f"04{d(2)} {d(3)} {d(3)}",
        lambda: f"+61 {a} {nzd(4)} {d(4)}",
        lambda: f"+61 4{d(2)} {d(3)} {d(3)}",
    ])()


def phone_other_intl():
    return rng.choice([
        lambda: f"+34 6{d(2)} {d(2)} {d(2)} {d(2)}",
        lambda: f"+34 91 {d(3)} {d(2)} {d(2)}",
        lambda: f"+39 02 {nzd(4)} {d(4)}",
        lambda: f"+39 3{d(2)} {d(3)} {d(4)}",
        lambda: f"+31 20 {nzd(3)} {d(4)}",
        lambda: f"+31 6 {nzd(8)}",
        lambda: f"+52 55 {nzd(4)} {d(4)}",
        lambda: f"+86 13{d(1)} {d(4)} {d(4)}",
        lambda: f"+65 6{d(3)} {d(4)}",
        lambda: f"+27 21 {nzd(3)} {d(4)}",
        lambda: f"+82 2-{nzd(3)}-{d(4)}",
        lambda: f"+353 1 {nzd(3)} {d(4)}",
        lambda: f"+41 44 {nzd(3)} {d(2)} {d(2)}",
        lambda: f"+46 8 {nzd(3)} {d(3)} {d(2)}",
    ])()


def phone_intl():
    v = rng.choice([phone_us, phone_uk, phone_de, phone_fr, phone_in, phone_br, phone_jp, phone_au,
                    phone_other_intl, phone_other_intl])()
    return v if v.startswith("+") else phone_intl()


def phone_any():
    return rng.choice([phone_us, phone_uk, phone_de, phone_fr, phone_in, phone_br, phone_jp, phone_au,
                       phone_other_intl, phone_us_e164])()


# ---------------------------------------------------------------- cards

def card_digits(brand):
    if brand == "visa":
        p = "4" + d(14)
    elif brand == "mc":
        p = rng.choice([str(rng.randint(51, 55)) + d(13), str(rng.randint(2221, 2720)) + d(11)])
    elif brand == "amex":
        p = rng.choice(["34", "37"]) + d(12)
    else:
        p = rng.choice(["6011" + d(11), "65" + d(13), str(rng.randint(644, 649)) + d(12)])
    return luhn_complete(p)


def fmt_card(digits, style=None):
    style = style or rng.choice(["space", "dash", "contig"])
    if style == "contig":
        return digits
    sep = " " if style == "space" else "-"
    if len(digits) == 15:
        return sep.join([digits[:4], digits[4:10], digits[10:]])
    return sep.join(digits[i:i + 4] for i in range(0, len(digits), 4))


def card(brand=None, style=None):
    brand = brand or rng.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    v = fmt_card(card_digits(brand), style)
    assert card_ok(v), v
    return v


TEST_CARDS = ["4111 1111 1111 1111", "4242 4242 4242 4242", "5555 5555 5555 4444", "5105105105105100",
              "378282246310005", "3714 496353 98431", "6011 1111 1111 1117", "6011000990139424",
              "4012888888881881", "2223 0031 2200 3222", "4000-0566-5566-5556", "5200 8282 8282 8210"]


def test_card():
    v = rng.choice(TEST_CARDS)
    assert card_ok(v), v
    return v


def neg_luhn16():
    while True:
        brand = rng.choice(["visa", "mc", "disc"])
        digits = card_digits(brand)
        last = str((int(digits[-1]) + rng.randint(1, 9)) % 10)
        bad = digits[:-1] + last
        if not luhn_ok(bad):
            v = fmt_card(bad)
            assert not card_ok(v)
            return v


def neg_card_len():
    """Luhn-valid, brand-prefixed, but a length no brand uses (e.g. 14/17-digit Visa)."""
    kind = rng.choice(["visa14", "visa15", "visa17", "mc15", "mc17", "amex16"])
    if kind.startswith("visa"):
        p = "4" + d(int(kind[4:]) - 2)
    elif kind.startswith("mc"):
        p = str(rng.randint(51, 55)) + d(int(kind[2:]) - 3)
    else:
        p = rng.choice(["34", "37"]) + d(13)
    digits = luhn_complete(p)
    v = " ".join(digits[i:i + 4] for i in range(0, len(digits), 4))
    assert luhn_ok(digits) and not card_ok(v), v
    return v


def exp():
    return f"{rng.randint(1, 12):02d}/{rng.randint(25, 31)}"


# ---------------------------------------------------------------- IBAN

def bban(cc):
    if cc == "DE": return d(8) + d(10)
    if cc == "GB": return rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + d(6) + d(8)
    if cc == "FR": return d(5) + d(5) + rs(UPNUM, 11) + d(2)
    if cc == "NL": return rng.choice(["ABNA", "INGB", "RABO", "TRIO"]) + d(10)
    if cc == "ES": return d(20)
    if cc == "IT": return rs(UP, 1) + d(5) + d(5) + rs(UPNUM, 12)
    if cc == "CH": return d(5) + rs(UPNUM, 12)
    if cc == "BE": return d(12)
    if cc == "AT": return d(16)
    if cc == "PL": return d(24)
    if cc == "PT": return d(21)
    if cc == "IE": return rng.choice(["AIBK", "BOFI"]) + d(6) + d(8)
    if cc == "SE": return d(20)
    if cc == "DK": return d(14)
    if cc == "NO": return d(11)
    if cc == "LU": return d(3) + rs(UPNUM, 13)
    if cc == "FI": return d(14)
    raise KeyError(cc)


def iban_compact(cc):
    b = bban(cc)
    check = 98 - iban_mod97(cc + "00" + b)
    v = f"{cc}{check:02d}{b}"
    assert iban_ok(v) and len(v) == IBAN_LEN[cc], v
    return v


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def iban(cc=None, grouped=None):
    cc = cc or rng.choice(list(IBAN_LEN))
    v = iban_compact(cc)
    if grouped is None:
        grouped = rng.random() < 0.55
    return group4(v) if grouped else v


def neg_iban():
    cc = rng.choice(["DE", "GB", "FR", "NL", "ES", "IT"])
    v = iban_compact(cc)
    while True:
        bad = v[:2] + f"{rng.randint(2, 98):02d}" + v[4:]
        if bad != v and not iban_ok(bad):
            break
    out = group4(bad) if rng.random() < 0.6 else bad
    assert not iban_ok(out)
    return out


BICS = ["DEUTDEFFXXX", "COBADEFFXXX", "BNPAFRPP", "INGBNL2A", "BARCGB22", "CAIXESBBXXX", "UNCRITMM",
        "UBSWCHZH80A", "NWBKGB2L", "SOGEFRPP"]

# ---------------------------------------------------------------- SSN


def ssn_parts():
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            return f"{a:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"


def ssn(sep="-"):
    a, g, s = ssn_parts()
    v = sep.join([a, g, s])
    assert ssn_ok(v), v
    return v


def neg_ssn():
    a, g, s = ssn_parts()
    kind = rng.choice(["000", "666", "9xx", "g00", "s0000"])
    if kind == "000": a = "000"
    elif kind == "666": a = "666"
    elif kind == "9xx": a = str(rng.randint(900, 999))
    elif kind == "g00": g = "00"
    else: s = "0000"
    v = f"{a}-{g}-{s}"
    assert not ssn_ok(v), v
    return v


# ---------------------------------------------------------------- IPs

def ipv4_priv():
    return rng.choice([
        lambda: f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        lambda: f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        lambda: f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
    ])()


def ipv4_pub():
    return rng.choice([
        lambda: f"203.0.113.{rng.randint(1, 254)}",
        lambda: f"198.51.100.{rng.randint(1, 254)}",
        lambda: f"192.0.2.{rng.randint(1, 254)}",
        lambda: f"{rng.choice([34, 35, 52, 54, 91, 104, 151, 185, 212, 81])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        lambda: rng.choice(["8.8.8.8", "1.1.1.1", "9.9.9.9", "8.8.4.4"]),
    ])()


def ipv4():
    return rng.choice([ipv4_priv, ipv4_pub])()


def h4():
    return format(rng.randint(1, 0xffff), "x")


def ipv6():
    v = rng.choice([
        lambda: f"2001:db8:{h4()}::{h4()}",
        lambda: f"fe80::{h4()}:{h4()}:{h4()}:{h4()}",
        lambda: "2606:4700:4700::1111",
        lambda: "2001:4860:4860::8888",
        lambda: f"2001:db8::{h4()}",
        lambda: f"2a00:1450:{h4()}:{h4()}::{h4()}",
        lambda: ":".join(h4() for _ in range(8)),
        lambda: f"fd00:{h4()}:{h4()}::1",
    ])()
    assert ip_ok(v), v
    return v


def ipv6_full():
    return ":".join(format(rng.randint(0, 0xffff), "04x") for _ in range(8))


def quad_version():
    return f"{rng.randint(1, 12)}.{rng.randint(0, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 250)}"


# ---------------------------------------------------------------- tokens

def aws_key():
    return "AKIA" + rs(UPNUM, 16)


def aws_sts():
    return "ASIA" + rs(UPNUM, 16)


def gh(prefix):
    return lambda: prefix + rs(ALNUM, 36)


def gh_fine():
    return "github_pat_" + "11" + rs(UPNUM, 20) + "_" + rs(ALNUM, 59)


def slack(kind):
    def g():
        if kind == "b":
            return f"xoxb-{nzd(rng.choice([10, 11, 12]))}-{nzd(13)}-{rs(ALNUM, 24)}"
        if kind == "p":
            return f"xoxp-{nzd(12)}-{nzd(12)}-{nzd(13)}-{rs(HEX, 32)}"
        if kind == "a":
            return f"xoxa-{nzd(12)}-{nzd(13)}-{rs(ALNUM, 24)}"
        if kind == "r":
            return f"xoxr-{nzd(12)}-{nzd(13)}-{rs(ALNUM, 32)}"
        return f"xoxs-{nzd(12)}-{nzd(12)}-{nzd(13)}-{rs(HEX, 64)}"
    return g


def openai_key():
    if rng.random() < 0.5:
        return "sk-" + rs(ALNUM, 20) + "T3BlbkFJ" + rs(ALNUM, 20)
    return "sk-" + rs(ALNUM, 48)


def openai_proj():
    return "sk-proj-" + rs(ALNUM, 1) + rs(URLSAFE, 70) + "T3BlbkFJ" + rs(URLSAFE, 70) + rs(ALNUM, 1)


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt(alg=None):
    alg = alg or rng.choice(["HS256", "RS256", "ES256"])
    header = {"alg": alg, "typ": "JWT"}
    if alg != "HS256":
        header["kid"] = rs(ALNUM, 10)
    iat = rng.randint(1700000000, 1730000000)
    payload = {"sub": str(rng.randint(10000, 999999)), "iat": iat, "exp": iat + 3600,
               "scope": rng.choice(["read:orders", "openid profile", "admin", "api"])}
    if rng.random() < 0.5:
        payload["iss"] = rng.choice(["https://auth.contoso.io/", "https://login.globex.de", "acme-sso"])
    siglen = {"HS256": 32, "RS256": 256, "ES256": 64}[alg]
    hj = json.dumps(header, separators=(",", ":"))
    pj = json.dumps(payload, separators=(",", ":"))
    return ".".join([b64url(hj.encode()), b64url(pj.encode()), b64url(bytes(rng.getrandbits(8) for _ in range(siglen)))])


def b64body(prefix, nbytes, width=64):
    body = prefix + base64.b64encode(bytes(rng.getrandbits(8) for _ in range(nbytes))).decode()
    body = body.rstrip("=")
    body = body[: len(body) - (len(body) % 4)] if len(body) % 4 else body
    lines = [body[i:i + width] for i in range(0, len(body), width)]
    return lines


PEM_KINDS = {
    "rsa": ("RSA PRIVATE KEY", "MIIEowIBAAKCAQEA", 600, 64),
    "ec": ("EC PRIVATE KEY", "MHcCAQEEI", 80, 64),
    "pkcs8": ("PRIVATE KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC", 560, 64),
    "openssh": ("OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", 280, 70),
    "enc": ("ENCRYPTED PRIVATE KEY", "MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI", 700, 64),
}


def pem(kind=None, nl="\n", indent=""):
    kind = kind or rng.choice(list(PEM_KINDS))
    label, prefix, nbytes, width = PEM_KINDS[kind]
    lines = [f"-----BEGIN {label}-----"] + b64body(prefix, nbytes + rng.randint(0, 40), width) + [f"-----END {label}-----"]
    return (nl + indent).join(lines)


def pub_block(label):
    prefixes = {"PUBLIC KEY": "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", "CERTIFICATE": "MIIDdzCCAl+gAwIBAgIUE",
                "CERTIFICATE REQUEST": "MIICijCCAXICAQAwRTELMAkGA1UEBhMC", "RSA PUBLIC KEY": "MIIBCgKCAQEA"}
    lines = [f"-----BEGIN {label}-----"] + b64body(prefixes[label], rng.randint(250, 700)) + [f"-----END {label}-----"]
    return "\n".join(lines)


DENY_VARIANTS = {
    "ng": ["Project Nightingale", "Project Nightingale", "project nightingale", "PROJECT NIGHTINGALE", "Project nightingale"],
    "acme": ["ACME-INTERNAL", "ACME-INTERNAL", "acme-internal", "Acme-Internal"],
    "falcon": ["falcon-9-ledger", "falcon-9-ledger", "Falcon-9-Ledger", "FALCON-9-LEDGER"],
}

# ---------------------------------------------------------------- filler / hard negatives


def date_iso():
    return f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def logts():
    t = f"{date_iso()}{rng.choice([' ', 'T'])}{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    return t + (f".{d(3)}Z" if "T" in t else "")


def iso_ts():
    return f"{date_iso()}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]


def clf_ts():
    return f"{rng.randint(1, 28):02d}/{rng.choice(MONTHS)}/2024:{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} +0000"


def price():
    v = rng.choice([rng.randint(1, 999) + rng.randint(0, 99) / 100, rng.randint(1000, 99999) + rng.randint(0, 99) / 100])
    return f"{v:,.2f}"


def price_de():
    return price().replace(",", "X").replace(".", ",").replace("X", ".")


def order():
    return rng.choice([lambda: f"ORD-2024-{d(6)}", lambda: f"#{nzd(7)}", lambda: f"112-{d(7)}-{d(7)}",
                       lambda: f"SO{nzd(8)}", lambda: f"{rs(UP, 2)}-{nzd(5)}-{rs(UP, 1)}"])()


def invoice():
    return rng.choice([lambda: f"INV-2024-{d(5)}", lambda: f"RE-2024{d(4)}", lambda: f"F{nzd(8)}",
                       lambda: f"INV/{rng.randint(2022, 2024)}/{d(4)}"])()


def ticket():
    return rng.choice([lambda: f"#{nzd(5)}", lambda: f"SUP-{nzd(5)}", lambda: f"INC{d(7)}", lambda: f"CS-{nzd(6)}"])()


def ups():
    return "1Z" + rs(UPNUM, 6) + "03" + d(8)


def isbn13():
    core = rng.choice(["978", "979"]) + d(9)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(core))
    full = core + str((10 - s % 10) % 10)
    return f"{full[:3]}-{full[3]}-{full[4:7]}-{full[7:12]}-{full[12]}"


def isbn10():
    core = d(9)
    s = sum((10 - i) * int(c) for i, c in enumerate(core))
    c = (11 - s % 11) % 11
    full = core + ("X" if c == 10 else str(c))
    return f"{full[0]}-{full[1:4]}-{full[4:9]}-{full[9]}"


def version():
    return f"{rng.randint(0, 12)}.{rng.randint(0, 40)}.{rng.randint(0, 30)}"


def winver():
    return f"10.0.{rng.choice([19041, 19044, 19045, 22000, 22621, 22631])}.{rng.randint(1000, 4300)}"


def bad_quad():
    parts = [rng.randint(1, 255) for _ in range(4)]
    parts[rng.randint(0, 3)] = rng.randint(256, 999)
    return ".".join(map(str, parts))


def oid():
    return f"1.3.6.1.4.1.{nzd(5)}.{rng.randint(1, 9)}.{rng.randint(1, 30)}"


def mac():
    return ":".join(rs(HEX, 2) for _ in range(6))


def coord():
    return f"{rng.uniform(-60, 70):.6f}, {rng.uniform(-170, 170):.6f}"


def epoch():
    return str(rng.randint(1600000000, 1730000000))


def ts_compact():
    return date_iso().replace("-", "") + f"{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}{rng.randint(0, 59):02d}"


def num9():
    return nzd(9)


def zip4():
    return f"9{d(4)}-{d(4)}"


def b64_blob():
    raw = json.dumps({"kind": rng.choice(["ConfigMap", "Deployment", "Job"]), "replicas": rng.randint(1, 9),
                      "image": f"registry.local/app:{version()}"}).encode()
    return base64.b64encode(raw).decode()


def ssh_pub():
    return f"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{rs(ALNUM + '+/', 43)} {rng.choice(['jane', 'deploy', 'ci', 'wei'])}@{rng.choice(['laptop', 'buildbox', 'workstation', 'localhost'])}"


SLOTS = {
    # labelled
    "EMAIL": (email, "EMAIL_ADDRESS"),
    "PHONE_US": (phone_us, "PHONE_NUMBER"),
    "PHONE_E164": (phone_us_e164, "PHONE_NUMBER"),
    "PHONE_PLAIN_US": (phone_plain_us, "PHONE_NUMBER"),
    "PHONE_UK": (phone_uk, "PHONE_NUMBER"),
    "PHONE_DE": (phone_de, "PHONE_NUMBER"),
    "PHONE_FR": (phone_fr, "PHONE_NUMBER"),
    "PHONE_IN": (phone_in, "PHONE_NUMBER"),
    "PHONE_BR": (phone_br, "PHONE_NUMBER"),
    "PHONE_JP": (phone_jp, "PHONE_NUMBER"),
    "PHONE_AU": (phone_au, "PHONE_NUMBER"),
    "PHONE_INTL": (phone_intl, "PHONE_NUMBER"),
    "PHONE": (phone_any, "PHONE_NUMBER"),
    "CARD": (card, "CREDIT_CARD"),
    "CARD_CONTIG": (lambda: card(style="contig"), "CREDIT_CARD"),
    "CARD_VISA": (lambda: card("visa"), "CREDIT_CARD"),
    "CARD_MC": (lambda: card("mc"), "CREDIT_CARD"),
    "CARD_AMEX": (lambda: card("amex"), "CREDIT_CARD"),
    "CARD_DISC": (lambda: card("disc"), "CREDIT_CARD"),
    "CARD_TEST": (test_card, "CREDIT_CARD"),
    "IBAN": (iban, "IBAN_CODE"),
    "IBAN_COMPACT": (lambda: iban(grouped=False), "IBAN_CODE"),
    "IBAN_DE": (lambda: iban("DE"), "IBAN_CODE"),
    "IBAN_FR": (lambda: iban("FR"), "IBAN_CODE"),
    "IBAN_NL": (lambda: iban("NL"), "IBAN_CODE"),
    "IBAN_ES": (lambda: iban("ES"), "IBAN_CODE"),
    "IBAN_IT": (lambda: iban("IT"), "IBAN_CODE"),
    "IBAN_CH": (lambda: iban("CH"), "IBAN_CODE"),
    "IBAN_GB": (lambda: iban("GB"), "IBAN_CODE"),
    "SSN": (ssn, "US_SSN"),
    "SSN_SPACE": (lambda: ssn(" "), "US_SSN"),
    "SSN_PLAIN": (lambda: ssn(""), "US_SSN"),
    "IPV4": (ipv4, "IP_ADDRESS"),
    "IPV4_PRIV": (ipv4_priv, "IP_ADDRESS"),
    "IPV4_PUB": (ipv4_pub, "IP_ADDRESS"),
    "IPV6": (ipv6, "IP_ADDRESS"),
    "IPV6_FULL": (ipv6_full, "IP_ADDRESS"),
    "QUAD_VERSION": (quad_version, "IP_ADDRESS"),
    "AWS_KEY": (aws_key, "AWS_ACCESS_KEY"),
    "AWS_STS": (aws_sts, "AWS_ACCESS_KEY"),
    "GH_PAT": (gh("ghp_"), "GITHUB_TOKEN"),
    "GH_OAUTH": (gh("gho_"), "GITHUB_TOKEN"),
    "GH_USER": (gh("ghu_"), "GITHUB_TOKEN"),
    "GH_SERVER": (gh("ghs_"), "GITHUB_TOKEN"),
    "GH_REFRESH": (gh("ghr_"), "GITHUB_TOKEN"),
    "GH_FINE": (gh_fine, "GITHUB_TOKEN"),
    "SLACK_BOT": (slack("b"), "SLACK_TOKEN"),
    "SLACK_USER": (slack("p"), "SLACK_TOKEN"),
    "SLACK_APP": (slack("a"), "SLACK_TOKEN"),
    "SLACK_REFRESH": (slack("r"), "SLACK_TOKEN"),
    "SLACK_SESSION": (slack("s"), "SLACK_TOKEN"),
    "OPENAI_KEY": (openai_key, "OPENAI_API_KEY"),
    "OPENAI_PROJ": (openai_proj, "OPENAI_API_KEY"),
    "JWT": (jwt, "JWT"),
    "JWT_HS": (lambda: jwt("HS256"), "JWT"),
    "JWT_RS": (lambda: jwt("RS256"), "JWT"),
    "PEM": (pem, "PEM_PRIVATE_KEY"),
    "PEM_RSA": (lambda: pem("rsa"), "PEM_PRIVATE_KEY"),
    "PEM_EC": (lambda: pem("ec"), "PEM_PRIVATE_KEY"),
    "PEM_PKCS8": (lambda: pem("pkcs8"), "PEM_PRIVATE_KEY"),
    "PEM_OPENSSH": (lambda: pem("openssh"), "PEM_PRIVATE_KEY"),
    "PEM_ENC": (lambda: pem("enc"), "PEM_PRIVATE_KEY"),
    "PEM_JSON": (lambda: pem("pkcs8", nl="\\n"), "PEM_PRIVATE_KEY"),
    "PEM_YAML": (lambda: pem(rng.choice(["rsa", "ec", "pkcs8"]), indent="    "), "PEM_PRIVATE_KEY"),
    "SA_EMAIL": (lambda: f"{rng.choice(['billing-exporter', 'ci-deployer', 'etl-runner'])}@billing-prod-{d(4)}.iam.gserviceaccount.com", "EMAIL_ADDRESS"),
    "DENY_NG": (lambda: rng.choice(DENY_VARIANTS["ng"]), "DENY_TERM"),
    "DENY_ACME": (lambda: rng.choice(DENY_VARIANTS["acme"]), "DENY_TERM"),
    "DENY_FALCON": (lambda: rng.choice(DENY_VARIANTS["falcon"]), "DENY_TERM"),
    "DENY": (lambda: rng.choice(sum(DENY_VARIANTS.values(), [])), "DENY_TERM"),
    # filler / hard negatives (unlabelled)
    "NAME": (fullname, None),
    "FIRST": (lambda: rng.choice(FIRST), None),
    "CITY": (lambda: rng.choice(CITIES), None),
    "DATE": (date_iso, None),
    "DATE_US": (lambda: f"{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/2024", None),
    "DATE_DE": (lambda: f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2024", None),
    "DATE_FR": (lambda: f"{rng.randint(1, 28)} {rng.choice(MOIS)} 2024", None),
    "DOB": (lambda: f"19{rng.randint(55, 99)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", None),
    "LOGTS": (logts, None),
    "ISO_TS": (iso_ts, None),
    "CLF_TS": (clf_ts, None),
    "GITDATE": (lambda: f"{rng.choice(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} {rng.choice(MONTHS)} {rng.randint(1, 28)} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} 2024 {rng.choice(['+0100', '-0700', '+0530', '+0000'])}", None),
    "EPOCH": (epoch, None),
    "EPOCH_MS": (lambda: epoch() + d(3), None),
    "TS_COMPACT": (ts_compact, None),
    "PRICE": (price, None),
    "PRICE_DE": (price_de, None),
    "QTY": (lambda: f"{rng.randint(1000, 9999999):,}", None),
    "PCT": (lambda: f"{rng.uniform(0.5, 35):.1f}%", None),
    "N": (lambda: str(rng.randint(2, 60)), None),
    "N4": (lambda: str(rng.randint(1000, 9999)), None),
    "MS": (lambda: str(rng.randint(3, 4800)), None),
    "BYTES": (lambda: str(rng.randint(200, 99999)), None),
    "PORT": (lambda: str(rng.choice([22, 443, 5432, 6379, 8080, 8443, 9200, rng.randint(30000, 65000)])), None),
    "LINE": (lambda: str(rng.randint(3, 400)), None),
    "EXT": (lambda: str(rng.randint(10, 9999)), None),
    "CVV": (lambda: d(3), None),
    "MM": (lambda: str(rng.randint(1, 12)), None),
    "YYYY": (lambda: str(rng.randint(2025, 2031)), None),
    "EXP": (exp, None),
    "L4": (lambda: d(4), None),
    "ORDER": (order, None),
    "INVOICE": (invoice, None),
    "TICKET": (ticket, None),
    "UPS": (ups, None),
    "ISBN13": (isbn13, None),
    "ISBN10": (isbn10, None),
    "VERSION": (version, None),
    "PYVER": (lambda: f"3.{rng.randint(8, 13)}.{rng.randint(0, 12)}", None),
    "NODEVER": (lambda: f"v{rng.choice([18, 20, 22])}.{rng.randint(0, 19)}.{rng.randint(0, 9)}", None),
    "WINVER": (winver, None),
    "BUILD": (lambda: rng.choice([f"{date_iso().replace('-', '')}.{rng.randint(1, 9)}", f"build {nzd(4)}", f"b{nzd(5)}"]), None),
    "UUID": (lambda: str(uuid.UUID(int=rng.getrandbits(128), version=4)), None),
    "GITSHA": (lambda: rs(HEX, 40), None),
    "MD5": (lambda: rs(HEX, 32), None),
    "SHA256": (lambda: rs(HEX, 64), None),
    "BIC": (lambda: rng.choice(BICS), None),
    "ACCT": (lambda: rng.choice([f"KD-{nzd(7)}", f"ACC-{nzd(6)}", f"CUST{nzd(6)}"]), None),
    "REFID": (lambda: f"REF{rs(UPNUM, 8)}", None),
    "BATCH": (lambda: f"B{ts_compact()}", None),
    "NUM9": (num9, None),
    "ZIP": (lambda: nzd(5), None),
    "ZIP4": (zip4, None),
    "COORD": (coord, None),
    "BAD_QUAD": (bad_quad, None),
    "OID": (oid, None),
    "MAC": (mac, None),
    "B64": (b64_blob, None),
    "SSH_PUB": (ssh_pub, None),
    "PUBKEY": (lambda: pub_block("PUBLIC KEY"), None),
    "CERT": (lambda: pub_block("CERTIFICATE"), None),
    "CSR": (lambda: pub_block("CERTIFICATE REQUEST"), None),
    "NEG_LUHN16": (neg_luhn16, None),
    "NEG_CARD_LEN": (neg_card_len, None),
    "NEG_IBAN": (neg_iban, None),
    "NEG_SSN": (neg_ssn, None),
    "HEX8": (lambda: rs(HEX, 8), None),
    "USERID": (lambda: f"U0{rs(UPNUM, 9)}", None),
    "CHANNEL": (lambda: f"C0{rs(UPNUM, 9)}", None),
}

DERIVED = {
    "last4": lambda v: re.sub(r"\D", "", v)[-4:],
    "short": lambda v: v[:7],
    "brand": lambda v: card_brand(re.sub(r"\D", "", v)),
    "upper": lambda v: v.upper(),
}

# ---------------------------------------------------------------- templates
# (group, repetitions, template)

T = []


def add(group, reps, *templates):
    for t in templates:
        T.append((group, reps, t))


# ---- EMAIL
add("email", 3,
    "Sure — you can reach the billing team at {{EMAIL}}. They usually reply within one business day; mention invoice {{INVOICE}} in the subject line.",
    '{"status": "ok", "user": {"id": "{{UUID}}", "email": "{{EMAIL}}", "created_at": "{{ISO_TS}}", "plan": "pro", "seats": {{N}}}}',
    "name,email,signup_date\n{{NAME#1}},{{EMAIL#1}},{{DATE#1}}\n{{NAME#2}},{{EMAIL#2}},{{DATE#2}}\n{{NAME#3}},{{EMAIL#3}},{{DATE#3}}",
    "{{LOGTS}} WARN mailer: bounce for recipient <{{EMAIL}}> (550 5.1.1 user unknown), queue_id={{HEX8}} attempt=3",
    "| Name | Role | Email |\n|---|---|---|\n| {{NAME#1}} | Engineering Manager | {{EMAIL#1}} |\n| {{NAME#2}} | Data Protection Officer | {{EMAIL#2}} |",
    "I found the contact in the CRM: **{{NAME}}**, Head of Procurement, {{EMAIL}} (last activity {{DATE}}, deal value ${{PRICE}}).",
    "Here's the updated call:\n\n```python\nsend_mail(\n    to=\"{{EMAIL#1}}\",\n    cc=[\"{{EMAIL#2}}\"],\n    subject=\"Q3 report v{{VERSION}}\",\n)\n```\n\nThe `cc` list is optional.",
    "Gerne! Die Ansprechpartnerin ist {{NAME}}, erreichbar unter {{EMAIL}}. Bitte geben Sie die Bestellnummer {{ORDER}} an.",
    "Claro. Puedes escribir a {{EMAIL}} para solicitar el reembolso del pedido {{ORDER}}; el plazo habitual es de 5 a 7 días.",
    "Add this to the footer template:\n```html\n<a href=\"mailto:{{EMAIL}}?subject=Support%20request\">Contact support</a>\n```",
    "commit {{GITSHA}}\nAuthor: {{NAME}} <{{EMAIL}}>\nDate:   {{GITDATE}}\n\n    Bump version to {{VERSION}}",
    "Voici le résumé : le client {{NAME}} ({{EMAIL}}) a signalé une panne le {{DATE_FR}}. Ticket {{TICKET}}.",
    "担当者のメールアドレスは {{EMAIL}} です。注文番号 {{ORDER}} をお伝えください。",
    "From: {{NAME#1}} <{{EMAIL#1}}>\nTo: {{EMAIL#2}}\nDate: {{GITDATE}}\nSubject: Re: contract renewal\n\nHi, please see the attached draft. Pricing is unchanged at €{{PRICE}}/month.",
    "The duplicate accounts are {{EMAIL#1}} and {{EMAIL#2}} — both were created on {{DATE}} from the same device. I'd merge them into the first one.",
    "Search returned 1 hit in `users.parquet`: row {{N4}}, email=`{{EMAIL}}`, status=`suspended`.",
    )

# ---- PHONE
add("phone", 3,
    "You can call our support line at {{PHONE_US}} (Mon–Fri, 9am–5pm ET). Have your ticket number {{TICKET}} ready.",
    "Direct line: {{PHONE_US}} x{{EXT}}. For anything urgent after hours, use the on-call number {{PHONE_US#2}}.",
    "Main office {{PHONE_UK}} ext. {{EXT}} — ask for {{NAME}} in accounts payable.",
    '{"contact": {"name": "{{NAME}}", "phone": "{{PHONE_E164}}", "phone_verified": true, "last_login": {{EPOCH}}}}',
    "The London office number is {{PHONE_UK#1}}, and the out-of-hours mobile is {{PHONE_UK#2}}.",
    "Unsere Hotline erreichen Sie unter {{PHONE_DE}} (Mo–Fr 8–18 Uhr). Kundennummer: {{ACCT}}.",
    "Vous pouvez joindre le cabinet au {{PHONE_FR#1}} ou, en cas d'urgence, sur le portable du Dr {{NAME}} au {{PHONE_FR#2}}.",
    "For Mumbai escalations, call {{PHONE_IN}}. Reference ID: {{REFID}}. Please note our office is closed on {{DATE}}.",
    "Pode ligar para {{PHONE_BR#1}} ou mandar mensagem no WhatsApp para {{PHONE_BR#2}}. Protocolo: {{TICKET}}.",
    "お問い合わせは {{PHONE_JP}} までお電話ください（受付時間 9:00〜18:00、土日祝を除く）。",
    "Sydney clinic: {{PHONE_AU#1}}. After hours: {{PHONE_AU#2}}. Bookings for {{DATE}} are full.",
    "id,name,phone,city\n{{N4#1}},{{NAME#1}},{{PHONE#1}},{{CITY#1}}\n{{N4#2}},{{NAME#2}},{{PHONE#2}},{{CITY#2}}",
    "| Office | Phone | Hours |\n|---|---|---|\n| {{CITY#1}} | {{PHONE_INTL#1}} | 08:00–17:00 |\n| {{CITY#2}} | {{PHONE_INTL#2}} | 09:00–18:00 |\n| {{CITY#3}} | {{PHONE_INTL#3}} | 07:30–16:30 |",
    "Customer's mobile number: {{PHONE_PLAIN_US}}. Order {{ORDER}} shipped on {{DATE}} and should arrive in 3–5 days.",
    "{{LOGTS}} INFO sms-gateway: delivered OTP to {{PHONE_E164}} (carrier=tmobile, latency_ms={{MS}}, msg_id={{UUID}})",
    "BEGIN:VCARD\nVERSION:3.0\nFN:{{NAME}}\nTEL;TYPE=work:{{PHONE_INTL}}\nEMAIL:{{EMAIL}}\nEND:VCARD",
    "I've updated the record. New phone: {{PHONE_INTL#1}} (previously {{PHONE_INTL#2}}). The change was logged at {{LOGTS}}.",
    "contacts:\n  - name: {{NAME#1}}\n    tel: \"{{PHONE#1}}\"\n  - name: {{NAME#2}}\n    tel: \"{{PHONE#2}}\"",
    "El número de la recepción del hotel es {{PHONE_INTL}}; la reserva {{ORDER}} está confirmada para el {{DATE}}.",
    "Call the pharmacy at {{PHONE_US}} and give them prescription number {{N4}}-{{N4#2}}; refills take about 2 hours.",
    "Extracted from the scanned form — Phone (home): {{PHONE_US#1}}; Phone (work): {{PHONE_US#2}} ext. {{EXT}}.",
    "Die Nummer der Praxis ist {{PHONE_DE#1}}, Fax {{PHONE_DE#2}}.",
    "Tel: {{PHONE_PLAIN_US}} | Acct {{ACCT}} | Balance ${{PRICE}}",
    )

# ---- CREDIT CARD
add("card", 4,
    "The payment failed for card {{CARD}} (exp {{EXP}}). The processor returned `do_not_honor`; ask the customer to contact their bank.",
    '{"payment_method": {"type": "card", "number": "{{CARD_CONTIG}}", "brand": "{{CARD_CONTIG|brand}}", "last4": "{{CARD_CONTIG|last4}}", "exp_month": {{MM}}, "exp_year": {{YYYY}}}}',
    "{{LOGTS}} ERROR checkout: charge declined card={{CARD}} amount={{PRICE}} currency=EUR order={{ORDER}}",
    "I've extracted the following from the receipt:\n- Card: {{CARD_AMEX}}\n- Amount: ${{PRICE}}\n- Date: {{DATE}}\n- Merchant ID: {{N4}}{{N4#2}}",
    "Die Kreditkarte {{CARD}} wurde am {{DATE_DE}} mit {{PRICE_DE}} € belastet.",
    "date,description,card,amount\n{{DATE#1}},Office supplies,{{CARD#1}},{{PRICE#1}}\n{{DATE#2}},Cloud hosting,{{CARD#2}},{{PRICE#2}}",
    "For the sandbox you can use the test card {{CARD_TEST}} with any future expiry date and any 3-digit CVC.",
    "Customer: my card number is {{CARD_CONTIG}} and the CVV is {{CVV}}\nAgent: Thanks, I've noted it and the refund for {{ORDER}} will be processed.",
    "Paiement refusé pour la carte {{CARD_VISA}} ; veuillez vérifier la date d'expiration ({{EXP}}).",
    "| Refund | Card | Amount | Status |\n|---|---|---|---|\n| {{TICKET#1}} | {{CARD_MC}} | ${{PRICE#1}} | processed |\n| {{TICKET#2}} | {{CARD_DISC}} | ${{PRICE#2}} | pending |",
    "Here's a fixture you can use:\n```python\nVALID_CARD = \"{{CARD_VISA}}\"\nINVALID_CARD = \"{{NEG_LUHN16}}\"  # fails Luhn\n```",
    "Summary of the call: customer {{NAME}} wants the subscription moved to card {{CARD}} starting {{DATE}}. Old card ends in {{L4}}.",
    "Tarjeta registrada: {{CARD_MC}} — caduca {{EXP}}. Importe pendiente: {{PRICE}} €.",
    "OCR result (confidence 0.97): `{{CARD}}  VALID THRU {{EXP}}  {{NAME}}`",
    )

# ---- IBAN
add("iban", 3,
    "Please transfer the deposit to IBAN {{IBAN}} (BIC {{BIC}}), reference {{INVOICE}}.",
    "Bitte überweisen Sie den Betrag von {{PRICE_DE}} € auf folgendes Konto:\nIBAN: {{IBAN_DE}}\nBIC: {{BIC}}\nVerwendungszweck: {{INVOICE}}",
    '{"beneficiary": "{{NAME}}", "iban": "{{IBAN_COMPACT}}", "amount": {{PRICE}}, "currency": "EUR", "execution_date": "{{DATE}}"}',
    "Coordonnées bancaires du fournisseur : {{IBAN_FR}}, titulaire {{NAME}}.",
    "employee_id,name,iban\n{{N4#1}},{{NAME#1}},{{IBAN#1}}\n{{N4#2}},{{NAME#2}},{{IBAN#2}}",
    "Het rekeningnummer is {{IBAN_NL}} t.n.v. {{NAME}}; betaal vóór {{DATE}}.",
    "El IBAN del proveedor es {{IBAN_ES}}. La factura {{INVOICE}} vence el {{DATE}}.",
    "{{LOGTS}} WARN sepa: batch {{BATCH}} credit transfer to {{IBAN}} rejected (AC04 closed account)",
    "Ecco le coordinate per il bonifico: IBAN {{IBAN_IT}}, causale {{INVOICE}}.",
    "Zahlungen bitte an {{IBAN_CH}} (Kontoinhaber: {{NAME}}).",
    "Refund approved. We'll send £{{PRICE}} to {{IBAN_GB}} within 3 working days.",
    )

# ---- SSN
add("ssn", 4,
    "From the W-2 you uploaded: employee {{NAME}}, SSN {{SSN}}, wages ${{PRICE}} for tax year 2023.",
    '{"applicant": {"name": "{{NAME}}", "ssn": "{{SSN_PLAIN}}", "dob": "{{DOB}}", "zip": "{{ZIP}}"}}',
    "The social security number on file is {{SSN_SPACE}}; the last four digits match the ID you provided.",
    "name,ssn,zip\n{{NAME#1}},{{SSN#1}},{{ZIP#1}}\n{{NAME#2}},{{SSN#2}},{{ZIP#2}}",
    "{{LOGTS}} ERROR validation: field 'ssn' value '{{SSN}}' already exists for another applicant (tenant {{UUID}})",
    "El número de seguro social (SSN) del empleado es {{SSN}}.",
    "| Field | Value |\n|---|---|\n| Name | {{NAME}} |\n| SSN | {{SSN}} |\n| Date of birth | {{DOB}} |",
    "I can see SSN {{SSN_PLAIN}} in the extracted text from page 2 of the PDF, next to the signature line.",
    "Social Security No.: {{SSN_PLAIN}}   Employer ID: {{N4}}",
    )

# ---- IP
add("ip", 3,
    '{{IPV4}} - - [{{CLF_TS}}] "GET /api/v1/users?page={{N}} HTTP/1.1" 200 {{BYTES}} "-" "Mozilla/5.0 (X11; Linux x86_64)"',
    "The instance is reachable at {{IPV4_PUB}} (private IP {{IPV4_PRIV}}). Connect with `ssh ubuntu@{{IPV4_PUB}}`.",
    '{"client_ip": "{{IPV6}}", "forwarded_for": "{{IPV4}}", "request_id": "{{UUID}}", "ts": {{EPOCH}}}',
    "{{LOGTS}} sshd[{{N4}}]: Failed password for root from {{IPV4}} port {{PORT}} ssh2",
    "| Rule | Source | Port | Action |\n|---|---|---|---|\n| allow-vpn | {{IPV4_PRIV}}/24 | 443 | ALLOW |\n| block-scan | {{IPV4_PUB}} | any | DENY |",
    "DNS lookup for api.internal returned {{IPV6_FULL}} and {{IPV4_PRIV}}.",
    "Try the health check directly:\n```bash\ncurl -s http://{{IPV4_PRIV}}:{{PORT}}/healthz\n```",
    "Add `{{IPV4_PUB}}/32` to the security group allow-list, then retry the deployment.",
    "The admin console is bound to the IPv6 address only: https://[{{IPV6}}]:8443/admin",
    "Der Server {{IPV4_PRIV}} antwortet seit {{LOGTS}} nicht mehr auf Ping.",
    ";; ANSWER SECTION:\nshop.example.com.\t300\tIN\tA\t{{IPV4_PUB}}\nshop.example.com.\t300\tIN\tAAAA\t{{IPV6}}",
    "The installer reports version {{QUAD_VERSION}}, which is the patched release, so you're good.",
    )
add("ip", 1,
    "By default the service listens on {{@IP_ADDRESS=127.0.0.1}} and {{@IP_ADDRESS=::1}}, so it isn't reachable from other machines until you change `bind_address`.",
    "Your public address appears to be {{@IP_ADDRESS=2001:db8::7}} (IPv6) — the VPN is not leaking your IPv4 address.",
    "Gateway is {{@IP_ADDRESS=192.168.1.1}}, DNS servers {{@IP_ADDRESS=1.1.1.1}} and {{@IP_ADDRESS=1.0.0.1}}, subnet mask {{@IP_ADDRESS=255.255.255.0}}.",
    )

# ---- AWS
add("aws", 4,
    "Found it — `~/.aws/credentials` contains:\n```ini\n[default]\naws_access_key_id = {{AWS_KEY}}\naws_secret_access_key = ****************\nregion = eu-west-1\n```\nYou should rotate this key.",
    "Run these before the deploy script:\n```bash\nexport AWS_ACCESS_KEY_ID={{AWS_KEY}}\nexport AWS_DEFAULT_REGION=us-east-1\n```",
    '{"Credentials": {"AccessKeyId": "{{AWS_STS}}", "SecretAccessKey": "[REDACTED]", "SessionToken": "[REDACTED]", "Expiration": "{{ISO_TS}}"}}',
    "I found a hard-coded key in `config/settings.py` line {{LINE}}: `{{AWS_KEY}}`. Rotate it in IAM immediately and move it to Secrets Manager.",
    '"userIdentity": {"type": "IAMUser", "principalId": "AIDA{{HEX8|upper}}", "accessKeyId": "{{AWS_KEY}}", "userName": "ci-deployer"}, "eventTime": "{{ISO_TS}}"',
    "{{LOGTS}} DEBUG boto3: using temporary credentials access_key={{AWS_STS}} expiry={{ISO_TS}}",
    "Die Umgebungsvariable AWS_ACCESS_KEY_ID ist auf {{AWS_KEY}} gesetzt – dieser Schlüssel gehört zum Benutzer `backup-bot`.",
    )
add("aws", 1, "The AWS docs use {{@AWS_ACCESS_KEY=AKIAIOSFODNN7EXAMPLE}} as the sample access key id; your config still contains it, which is why authentication fails.")

# ---- GITHUB
add("github", 4,
    "Set the token in your shell:\n```bash\nexport GITHUB_TOKEN={{GH_PAT}}\ngh auth status\n```",
    '{"Description": "GitHub Personal Access Token", "File": "scripts/release.sh", "StartLine": {{LINE}}, "Secret": "{{GH_PAT}}", "Commit": "{{GITSHA}}"}',
    "Add this to `.npmrc`:\n```\n//npm.pkg.github.com/:_authToken={{GH_PAT}}\n```",
    "Your new fine-grained token is {{GH_FINE}} — it expires on {{DATE}} and only has access to `org/infra`.",
    '{"access_token": "{{GH_OAUTH}}", "token_type": "bearer", "scope": "repo,gist"}',
    '{"access_token": "{{GH_USER}}", "expires_in": 28800, "refresh_token": "{{GH_REFRESH}}", "refresh_token_expires_in": 15811200}',
    "{{LOGTS}} ##[debug]Installation token {{GH_SERVER}} obtained for app id {{N4}}",
    )

# ---- SLACK
add("slack", 5,
    "Your `.env` should look like this:\n```\nSLACK_BOT_TOKEN={{SLACK_BOT}}\nSLACK_SIGNING_SECRET=<redacted>\n```",
    "```python\nfrom slack_sdk import WebClient\nclient = WebClient(token=\"{{SLACK_BOT}}\")\nclient.chat_postMessage(channel=\"{{CHANNEL}}\", text=\"Deploy finished\")\n```",
    "{{LOGTS}} ERROR slack: chat.postMessage failed: invalid_auth (token={{SLACK_USER}})",
    '{"ok": true, "access_token": "{{SLACK_BOT}}", "token_type": "bot", "team": {"id": "T0{{HEX8|upper}}"}, "authed_user": {"id": "{{USERID}}", "access_token": "{{SLACK_USER}}"}}',
    "Legacy workspace app token: {{SLACK_APP}} (created {{DATE}}); refresh token: {{SLACK_REFRESH}}.",
    "The browser cookie dump included a session token {{SLACK_SESSION}} for the workspace.",
    )

# ---- OPENAI
add("openai", 5,
    "```python\nfrom openai import OpenAI\nclient = OpenAI(api_key=\"{{OPENAI_KEY}}\")\n```\nBetter: read it from the `OPENAI_API_KEY` environment variable instead of hard-coding it.",
    "Contents of `.env`:\n```\nOPENAI_API_KEY={{OPENAI_PROJ}}\nMODEL=gpt-4o-mini\n```",
    "{{LOGTS}} DEBUG llm-client: POST /v1/chat/completions api_key={{OPENAI_KEY}} status=401",
    "```bash\ncurl https://api.openai.com/v1/models \\\n  -H \"Authorization: Bearer {{OPENAI_PROJ}}\"\n```",
    "Der API-Schlüssel in `settings.toml` ist {{OPENAI_KEY}}; bitte sofort widerrufen.",
    "config dump: {\"provider\": \"openai\", \"api_key\": \"{{OPENAI_PROJ}}\", \"timeout_s\": 30}",
    )

# ---- JWT
add("jwt", 5,
    "```bash\ncurl -H \"Authorization: Bearer {{JWT}}\" https://api.contoso.io/v1/me\n```",
    '{"access_token": "{{JWT}}", "token_type": "Bearer", "expires_in": 3600, "refresh_token": null}',
    "Set-Cookie: session={{JWT_HS}}; Path=/; HttpOnly; Secure; SameSite=Lax",
    "The token {{JWT_RS}} decodes to an RS256 header and an `exp` that is already in the past, which explains the 401.",
    "{{LOGTS}} DEBUG auth: verifying token={{JWT}} aud=orders-api",
    "localStorage['id_token'] = '{{JWT}}'",
    )

# ---- PEM
add("pem", 5,
    "Here's the key file from `~/.ssh/id_ed25519` as requested:\n```\n{{PEM_OPENSSH}}\n```",
    "The secret `tls.key` decodes to:\n\n{{PEM_RSA}}\n\nand `tls.crt` to:\n\n{{CERT}}",
    '{\n  "type": "service_account",\n  "project_id": "billing-prod-{{N4}}",\n  "private_key_id": "{{GITSHA}}",\n  "private_key": "{{PEM_JSON}}\\n",\n  "client_email": "{{SA_EMAIL}}"\n}',
    "$ openssl ecparam -name prime256v1 -genkey -noout\n{{PEM_EC}}",
    "```yaml\napiVersion: v1\nkind: Secret\nstringData:\n  tls.key: |\n    {{PEM_YAML}}\n```",
    "Decrypting requires the passphrase; the file itself is:\n{{PEM_ENC}}",
    "cat /etc/ssl/private/server.key\n{{PEM_PKCS8}}",
    )

# ---- DENY
add("deny", 3,
    "Per the {{DENY_NG}} roadmap, the launch slips to Q3; the pricing page changes stay on hold.",
    "Search results (3):\n1. docs/{{DENY_FALCON}}/README.md — reconciliation jobs\n2. docs/payments/overview.md\n3. runbooks/ledger-restore.md",
    "This document is tagged {{DENY_ACME}} — do not forward it outside the company.",
    '{"classification": "{{DENY_ACME}}", "project": "{{DENY_NG}}", "owner": "{{EMAIL}}"}',
    "The {{DENY_FALCON}} service writes to the `ledger_entries` table every {{N}} minutes.",
    "Das Dokument ist als {{DENY_ACME}} eingestuft und gehört zu {{DENY_NG}}.",
    "> {{NAME}}: can someone share the {{DENY_NG}} deck before Thursday?\n> bot: Sure, it's in the shared drive under Strategy/2024.",
    "Le dépôt {{DENY_FALCON}} contient les scripts de rapprochement comptable.",
    "Risk summary: 2 open items for {{DENY}}; owner {{NAME}}, due {{DATE}}.",
    "Commit message: \"fix({{DENY_FALCON}}): handle negative balances\" — merged in {{GITSHA|short}}.",
    "RAG context chunk 4/9 (source: wiki/{{DENY_ACME}}/hr-policy.md): Parental leave requests go through Workday.",
    "Anonymised summary: the {{DENY_NG}} pilot covered {{N}} hospitals and {{QTY}} patient records.",
    )

# ---- MIXED
add("mixed", 3,
    "Ticket {{TICKET}} summary:\n- Customer: {{NAME}} ({{EMAIL}})\n- Phone: {{PHONE_US}}\n- Card used: {{CARD}}\n- Issue: double charge of ${{PRICE}} on {{DATE}}",
    '{"employee": {"name": "{{NAME}}", "email": "{{EMAIL}}", "phone": "{{PHONE_INTL}}", "ssn": "{{SSN}}", "iban": "{{IBAN}}", "start_date": "{{DATE}}"}}',
    "Incident postmortem draft: at {{LOGTS}} an attacker from {{IPV4_PUB}} used the leaked key {{AWS_KEY}} and a stolen session token {{JWT}} to list S3 buckets.",
    "Debug dump (do not share):\nOPENAI_API_KEY={{OPENAI_KEY}}\nSLACK_BOT_TOKEN={{SLACK_BOT}}\nGITHUB_TOKEN={{GH_PAT}}\nDB_HOST={{IPV4_PRIV}}\nAPP_VERSION={{VERSION}}",
    "customer_id,name,email,phone,card_last4,created\n{{N4#1}},{{NAME#1}},{{EMAIL#1}},{{PHONE#1}},{{L4#1}},{{EPOCH#1}}\n{{N4#2}},{{NAME#2}},{{EMAIL#2}},{{PHONE#2}},{{L4#2}},{{EPOCH#2}}",
    "Hallo {{FIRST}}, hier die Daten für die Lohnabrechnung: IBAN {{IBAN_DE}}, Telefon {{PHONE_DE}}, E-Mail {{EMAIL}}.",
    "From the {{DENY_NG}} Slack export: {{NAME}} <{{EMAIL}}> posted the bot token {{SLACK_BOT}} in #general at {{LOGTS}}.",
    "I redacted most of it, but these are still visible in the log: client IP {{IPV6}}, user {{EMAIL}}, card {{CARD}} (build {{BUILD}}).",
    "Paciente: {{NAME}} · Tel. {{PHONE_INTL}} · Correo {{EMAIL}} · Cita: {{DATE}} 10:30",
    "Scan results for repo `payments` at {{GITSHA|short}}:\n| File | Finding |\n|---|---|\n| deploy/.env | `{{AWS_KEY}}` |\n| ci/publish.yml | `{{GH_FINE}}` |\n| README.md | email {{EMAIL}} |",
    )

# ---- NEGATIVES
add("neg", 5,
    "Your order {{ORDER}} has shipped via UPS. Tracking number: {{UPS}}. Estimated delivery: {{DATE}}.",
    "Invoice {{INVOICE}} dated {{DATE}} — total ${{PRICE}} (net 30). Purchase order {{ORDER}}.",
    "The book you're looking for is ISBN {{ISBN13}} (paperback); the older hardcover edition is ISBN {{ISBN10}}.",
    "{{LOGTS}} INFO worker-{{N}}: processed {{QTY}} records in {{MS}} ms (batch {{UUID}})",
    "Build {{BUILD}} of version {{VERSION}} is available. It has been tested on Windows {{WINVER}} and macOS 14.4.1.",
    "You're running Python {{PYVER}} and Node {{NODEVER}}; pip is at {{VERSION}}. Upgrade pip with `python -m pip install -U pip`.",
    "The regression was introduced in commit {{GITSHA}} ({{GITSHA|short}}), merged on {{DATE}}.",
    "Checksums for the release:\n```\n{{SHA256}}  agent-{{VERSION}}-linux-amd64.tar.gz\n{{MD5}}  agent-{{VERSION}}-linux-amd64.tar.gz.md5\n```",
    "The number {{NEG_LUHN16}} failed validation — the checksum digit doesn't match, so it is not a valid card number. Please re-enter it.",
    "Charged to Visa ending in {{L4}} (**** **** **** {{L4}}), exp {{EXP}}. Amount: ${{PRICE}}.",
    "The IBAN you entered, {{NEG_IBAN}}, fails the mod-97 check — please double-check the two digits after the country code.",
    "Note that {{NEG_SSN}} cannot be a real SSN: area numbers 000, 666 and 900–999, group 00 and serial 0000 are never issued.",
    "Account ID: {{NUM9}} · Region: us-east-1 · Plan: Enterprise · Renewal: {{DATE}}",
    "Ship to: 1600 Amphitheatre Pkwy, Mountain View, CA {{ZIP4}}. Package weight: {{N}} lb.",
    "Revenue for FY2023 was ${{QTY}}.{{N}}, up {{PCT}} year over year; operating margin was {{PCT#2}}.",
    "The site is at {{COORD}} (WGS84). Elevation {{N4}} m.",
    "created_at: {{EPOCH}} (Unix epoch seconds) — that's {{ISO_TS}} in UTC.",
    "Backup file name: db-{{TS_COMPACT}}.sql.gz ({{QTY}} bytes)",
    "Image: registry.example.com/api@sha256:{{SHA256}}",
    '{"request_id": "{{UUID}}", "trace_id": "{{MD5}}", "span_id": "{{HEX8}}{{HEX8#2}}", "duration_ms": {{MS}}}',
    "That string, {{BAD_QUAD}}, isn't a valid IPv4 address because one octet is above 255.",
    "SNMP walk returned OID {{OID}} = INTEGER: {{N}}",
    "Interface eth0: link/ether {{MAC}} brd ff:ff:ff:ff:ff:ff mtu 1500",
    "The value is stored base64-encoded: `{{B64}}` — decode it with `base64 -d`.",
    "Here is the public key to upload:\n```\n{{PUBKEY}}\n```\nThe private half never leaves your machine.",
    "Certificate chain returned by the server:\n{{CERT}}",
    "Generated CSR:\n{{CSR}}",
    "Add this line to `authorized_keys` on the server:\n`{{SSH_PUB}}`",
    "Card test with a wrong length: {{NEG_CARD_LEN}} — our validator rejects it before even running Luhn.",
    "Routing number {{NUM9}} is listed for the branch in {{CITY}}; wire cut-off is 4 pm local time.",
    "Kafka consumer lag: partition {{N}} offset {{QTY}}, committed at {{EPOCH_MS}}.",
    "Total: {{QTY}} units × ${{PRICE}} = a lot. Tax rate {{PCT}}.",
    "Flight LH{{N4}} departs {{DATE}} 07:45 from gate B{{N}}; booking reference {{HEX8|upper}}.",
    "Your dependency tree pins lodash@4.17.21 and @types/node@{{NODEVER}}; upgrade with `npm i lodash@latest`.",
    "Ticket {{TICKET}} was closed on {{DATE_US}}; the customer's reference is {{REFID}}.",
    "Die Rechnung {{INVOICE}} vom {{DATE_DE}} über {{PRICE_DE}} € ist beglichen. Kundennummer {{ACCT}}.",
    "Le colis {{UPS}} sera livré le {{DATE_FR}} ; numéro de commande {{ORDER}}.",
    "注文番号 {{ORDER}} は {{DATE}} に発送されました。追跡番号: {{UPS}}",
    "Matrix job {{N4}} finished in {{MS}}s on runner {{UUID}} (exit code 0).",
    "Row {{N4}}: sensor={{HEX8}}, temp={{N}}.{{N#2}}°C, humidity={{PCT}}, ts={{EPOCH}}",
    "Partnumber {{N4}}-{{N4#2}}-{{N}} is the replacement filter; SKU {{HEX8|upper}}.",
    "Session {{UUID}} expired after {{N}} minutes of inactivity.",
    "migrations/{{TS_COMPACT}}_add_index.sql applied in {{MS}} ms",
    )
add("neg", 1,
    "scikit-learn (sometimes abbreviated sk-learn) is the library you want; install it with `pip install scikit-learn`.",
    "The task-force report recommends a risk-free rollout: ship behind a flag, then ramp to 5%, 25%, 100%.",
    "AWS access key IDs for long-term credentials start with AKIA, while temporary STS credentials start with ASIA.",
    "Replace `ghp_xxxxxxxxxxxx` with your own personal access token before running the script.",
    "Set `SLACK_BOT_TOKEN=xoxb-YOUR-TOKEN-HERE` in the `.env` file and restart the app.",
    "For local testing set `MAIL_FROM=noreply@localhost` and point SMTP at port 1025.",
    "The cron user is admin@intranet on the build box; it has no mailbox.",
    "Windows 10 build 10.0.19045.3693 is affected; 10.0.19045.3803 contains the fix.",
    '{"name": "Jane Doe", "phone": null, "email": null, "marketing_opt_in": false}',
    '{"contact": {"phone": "", "mobile": "N/A", "email": "unknown"}}',
    "The user's email is shown masked as j***@e***.org in the admin panel, and the card as ****1111.",
    "I've redacted the personal data: [REDACTED_EMAIL], [REDACTED_PHONE], card ending ****4242.",
    "Project Kestrel replaced the old dashboard. Separately, the Nightingale ward moved to building C.",
    "Florence Nightingale is often credited as a founder of modern nursing and an early user of statistical graphics.",
    "The acme_internal schema and the ACME internal wiki are both being retired next quarter.",
    "SpaceX's Falcon 9 has flown more than 300 missions; the ledger of launches is on Wikipedia.",
    "The falcon9-ledger prototype was renamed; see the new repository name in the changelog.",
    "Use a placeholder like `sk-...` in docs, never the real key, and read `OPENAI_API_KEY` from the environment.",
    "`Authorization: Bearer <token>` — replace `<token>` with the value from `/oauth/token`.",
    "A JWT has three parts, `header.payload.signature`, e.g. `xxxxx.yyyyy.zzzzz`; the header usually starts with `eyJ`.",
    "Fine-grained tokens start with `github_pat_`, classic ones with `ghp_`. Never paste either into chat.",
    "The key ID `AKIA****************` is masked in the console output.",
    "std::vector<int> v; v.reserve(1024); // Rust equivalent: Vec::with_capacity(1024)",
    "We went from 1,234,567.89 to 2,345,678.90 in ARR; that's roughly 90% growth.",
    "Dates in the export are mixed: 15/03/2024, 03/15/2024, 15.03.2024 and 2024-03-15T14:22:05Z.",
    "The OID 1.3.6.1.2.1.1.3.0 is sysUpTime; 1.3.6.1.2.1.2.2.1.10 is ifInOctets.",
    "Semver range `^1.2.3 || ~2.0.0` matches 1.9.0 and 2.0.7 but not 2.1.0.",
    "Colour palette: #1a2b3c, #ff8800, #00cc66 — contrast ratio 4.6:1 on white.",
    "The score was 3-1 after extra time; attendance 61,274.",
    "CAS 64-17-5 is ethanol and CAS 7732-18-5 is water.",
    "2^32 = 4294967296 and 2^53 = 9007199254740992.",
    "VIN 1HGCM82633A004352 belongs to a 2003 Honda Accord.",
    "Serial number C02XK1YZJGH5, model A2338, purchased 2023-11-02.",
    "Patent US 10,123,456 B2 covers the hinge mechanism.",
    "Time slots available: 09:00–09:30, 14:00–15:30 and 16:45–17:15 (CET).",
    "ISO 8601 duration PT1H30M equals 5400 seconds.",
    "Git diff hunk `@@ -120,7 +120,9 @@` adds two lines to the handler.",
    "Follow @acme_support on X or ping @here in the channel.",
    "The key block header says `-----BEGIN PUBLIC KEY-----`, so this is safe to share; it is not a private key.",
    "The SSN field is empty for non-US employees; we store the national ID separately.",
    "Social security numbers are 9 digits in the form AAA-GG-SSSS; we only store the last four.",
    "IBANs start with a two-letter country code and two check digits, e.g. DE followed by 20 characters in Germany.",
    "PNR X7K2QL, seat 14C, fare class Y.",
    "Build 20240315.3 promoted to staging; release train 2024.03.",
    "You can reach the on-call engineer through the pager rotation in Opsgenie; no phone numbers are stored in this system.",
    "The model scored 87.3% on the eval set, versus 84.1% for the baseline (n=1,200).",
    "Zip+4 values in the file look like 941051234 (no dash); normalise them to 94105-1234.",
    "The card number field must be 16 digits; the value 4111 1111 1111 was rejected as too short.",
    "The ghp_ prefix alone is not a token — the full token is 40 characters.",
    "The account uses the pattern name@host for SSH logins, e.g. deploy@buildbox.",
    "Windows version string: 6.3.9600.20680 (that build number is above 255, so it isn't an IP).",
    "IPv4 addresses have four octets between 0 and 255; 300.1.2.3 and 192.168.1.256 are both invalid.",
    "`risk-adjusted` and `desk-booking` are just hyphenated words.",
    "The base64 value eyJraW5kIjoiQ29uZmlnTWFwIn0= is a single segment, not a token.",
    "Example: xoxp-... (user token) vs. xoxb-... (bot token) — never commit either.",
    "Trace ID 4bf92f3577b34da6a3ce929d0e0e4736, parent span 00f067aa0ba902b7.",
    "Order #1000234598762231 is pending (internal reference, not a payment number).",
    "Your confirmation code is 483 921; it expires in 10 minutes.",
    "Lat/long 37.7749, -122.4194; altitude 16 m.",
    "The phone field was left blank in the form, and the email field contained only whitespace.",
    "Timestamps: 20240315142205, 1710512525, 1710512525123.",
    "The GUID {3F2504E0-4F89-11D3-9A0C-0305E82C3301} identifies the COM class.",
    "Call stack depth reached 1024 frames at 0x7ffee3b2c9a0.",
    "Stock: 12,480 units in Leeds, 3,115 in Lyon; reorder point 2,000.",
    )

# ---------------------------------------------------------------- rendering

SLOT_RE = re.compile(r"\{\{([A-Z][A-Z0-9_]*)(?:#(\w+))?(?:\|(\w+))?\}\}")
LITERAL_RE = re.compile(r"\{\{@([A-Z_]+)=(.+?)\}\}")  # {{@TYPE=value}}: a fixed, labelled literal


def render(template):
    vals = {}
    ents = []
    allow = []  # values produced by NEG_* slots (lint exemptions for deliberate near-misses)

    def sub(m):
        name, idx, fn = m.group(1), m.group(2) or "", m.group(3)
        key = f"{name}#{idx}"
        if key not in vals:
            gen, typ = SLOTS[name]
            used = {v for v, _ in vals.values()}
            for _ in range(50):
                # an EMAIL#k next to a NAME#k belongs to that person
                v = email(vals[f"NAME#{idx}"][0]) if name == "EMAIL" and f"NAME#{idx}" in vals else gen()
                if v not in used:
                    break
            vals[key] = (v, typ)
            if name.startswith("NEG_"):
                allow.append(v)
        v, typ = vals[key]
        if fn:
            return DERIVED[fn](v)
        if typ and (typ, v) not in ents:
            ents.append((typ, v))
        return v

    def lit(m):
        if (m.group(1), m.group(2)) not in ents:
            ents.append((m.group(1), m.group(2)))
        return m.group(2)

    text = SLOT_RE.sub(sub, LITERAL_RE.sub(lit, template))
    assert "{{" not in text, text
    return text, ents, allow


# ---------------------------------------------------------------- lint

LINT = [
    ("EMAIL_ADDRESS", re.compile(r"(?<![A-Za-z0-9._%+-])" + EMAIL_RE + r"(?![A-Za-z0-9-])")),
    ("AWS_ACCESS_KEY", re.compile(r"(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])")),
    ("GITHUB_TOKEN", re.compile(r"(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,})")),
    ("SLACK_TOKEN", re.compile(r"(?<![A-Za-z0-9])xox[abprs]-\d{6,}-[A-Za-z0-9-]+")),
    ("OPENAI_API_KEY", re.compile(r"(?<![A-Za-z0-9_-])sk-(?:proj-)?[A-Za-z0-9_-]{20,}")),
    ("JWT", re.compile(r"eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")),
    ("PEM_PRIVATE_KEY", re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----")),
    ("DENY_TERM", re.compile(r"project nightingale|acme-internal|falcon-9-ledger", re.I)),
    ("PHONE_NUMBER", re.compile(r"(?<![\w+])\+\d[\d \-().]{6,}\d")),
]
CARD_RUN = re.compile(r"(?<![\w-])\d(?:[ -]?\d){11,18}(?![\w])")
IBAN_RUN = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?(?![A-Za-z0-9])")
SSN_SEP = re.compile(r"(?<![\d-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\d-])")
SSN_PLAIN = re.compile(r"(?<!\d)(\d{3})(\d{2})(\d{4})(?!\d)")
SSN_CTX = re.compile(r"\bssn\b|social security|soc\.? ?sec|ss#|seguro social", re.I)
PHONE_CTX = re.compile(r"phone|tel\b|tel:|mobile|cell|call|fax|whatsapp|sms|telefon|téléphone|portable", re.I)
QUAD = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d]|\.\d)")
V6 = re.compile(r"(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\w:])")


def spans_of(text, value):
    out, start = [], 0
    while True:
        i = text.find(value, start)
        if i < 0:
            return out
        out.append((i, i + len(value)))
        start = i + 1


def boundary_ok(text, s, e, value, typ):
    before = text[s - 1] if s > 0 else " "
    after = text[e] if e < len(text) else " "
    if value[0].isalnum() and before.isalnum():
        return False
    if value[-1].isalnum() and after.isalnum():
        return False
    if typ == "EMAIL_ADDRESS" and before in "._%+-":
        return False
    if typ in ("IP_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN") and (
            (before == "." and s > 1 and text[s - 2].isdigit()) or (after == "." and e + 1 < len(text) and text[e + 1].isdigit())):
        return False
    if typ in ("PHONE_NUMBER", "CREDIT_CARD", "US_SSN") and (before in "-" and s > 1 and text[s - 2].isdigit()):
        return False
    if typ in ("OPENAI_API_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "JWT") and (before in "-_" or after in "-_"):
        return False
    return True


def lint(case_id, text, ents, allow, validators=None, boundary=None, brand=None):
    # validators / boundary / brand default to the checks above; the extended sections pass
    # wider ones (more issuers and lengths, phone extensions).
    validators, boundary, brand = validators or VALIDATORS, boundary or boundary_ok, brand or card_brand
    errors = []
    covered = []
    for typ, v in ents:
        occ = spans_of(text, v)
        if not occ:
            errors.append(f"{case_id}: {typ} value not in text: {v!r}")
        for s, e in occ:
            if not boundary(text, s, e, v, typ):
                errors.append(f"{case_id}: {typ} value {v!r} occurs at a non-boundary position")
            covered.append((s, e))
        if not validators[typ](v):
            errors.append(f"{case_id}: {typ} value fails validation: {v!r}")
        if typ == "PHONE_NUMBER" and re.fullmatch(r"\d+", v):
            for s, _ in occ:
                if not PHONE_CTX.search(text[max(0, s - 40):s]):
                    errors.append(f"{case_id}: separator-free phone {v!r} without phone context")
        if typ == "US_SSN" and re.fullmatch(r"\d{9}", v):
            for s, _ in occ:
                if not SSN_CTX.search(text[max(0, s - 50):s]):
                    errors.append(f"{case_id}: contiguous SSN {v!r} without SSN context")
    for s, e in (x for a in allow for x in spans_of(text, a)):
        covered.append((s, e))

    def is_cov(s, e):
        return any(cs <= s and e <= ce for cs, ce in covered)

    for typ, rx in LINT:
        for m in rx.finditer(text):
            if not is_cov(m.start(), m.end()):
                errors.append(f"{case_id}: unlabelled {typ}-like match {m.group(0)!r}")
    for m in CARD_RUN.finditer(text):
        digits = re.sub(r"\D", "", m.group(0))
        if luhn_ok(digits) and (brand(digits) or digits[0] in "3456") and not is_cov(m.start(), m.end()):
            errors.append(f"{case_id}: unlabelled Luhn-valid card-like run {m.group(0)!r}")
    for m in IBAN_RUN.finditer(text):
        if iban_ok(m.group(0)) and not is_cov(m.start(), m.end()):
            errors.append(f"{case_id}: unlabelled valid IBAN {m.group(0)!r}")
    for m in SSN_SEP.finditer(text):
        if ssn_parts_ok(m.group(1), m.group(3), m.group(4)) and not is_cov(m.start(), m.end()):
            errors.append(f"{case_id}: unlabelled SSN-shaped {m.group(0)!r}")
    if SSN_CTX.search(text):
        for m in SSN_PLAIN.finditer(text):
            if ssn_parts_ok(m.group(1), m.group(2), m.group(3)) and not is_cov(m.start(), m.end()):
                errors.append(f"{case_id}: unlabelled 9-digit number in SSN context {m.group(0)!r}")
    for m in QUAD.finditer(text):
        if all(int(p) <= 255 for p in m.groups()) and not is_cov(m.start(), m.end()):
            errors.append(f"{case_id}: unlabelled dotted quad {m.group(0)!r}")
    for m in V6.finditer(text):
        if m.group(0).count(":") >= 2 and ip_ok(m.group(0)) and not is_cov(m.start(), m.end()):
            errors.append(f"{case_id}: unlabelled IPv6 {m.group(0)!r}")
    return errors


# ================================================================ extended sections
# Appended after everything above (ids card-ctx-NNN, phone-nat-NNN, phone-intl-NNN,
# mix-ctx-NNN, neg-ctx-NNN, neg-num-NNN):
#   - payment cards of many issuers and every length 12-19, in many groupings, near card words;
#   - national phone numbers without a country code (and international ones with a trunk zero,
#     an exit code or an extension), near phone words, in many countries' formats;
#   - hard negatives with and without those words: order / ticket / case numbers, dates, times,
#     amounts, quantities, postal codes, versions, ISBNs, Luhn-failing references.
# Labelled values carry an extra "style" key (e.g. "maestro-12-contiguous",
# "national-fr-pairs"); the Rust reader ignores it.
#
# Own random stream, so the sections above render exactly as before, and its own slot syntax:
#   {{SLOT}}  {{SLOT#k}}  {{SLOT:filter}}  {{SLOT:filter#k}}  {{SLOT#k|fn}}
# A filter is a comma list: for CARD issuer slugs, lengths ("n12"), "contig" (contiguous only)
# or "grouped";
# for PHONE country codes, "intl" (international only), "nat" (national only), "contig"
# (also allow separator-free styles; only where a phone word sits right before the slot),
# "contigonly" (separator-free styles only) and "noext" (no extension after the number).
# Within a filter the least-used style is picked, so every issuer / length / grouping and
# every phone format gets used.

XR = random.Random(SEED + 7)


def xd(n):
    return "".join(XR.choice(DIG) for _ in range(n))


def xnz(n):
    return str(XR.randint(1, 9)) + xd(n - 1)


# ---------------------------------------------------------------- cards, extended

MAESTRO_BINS = ("5018", "5020", "5038", "5893", "6304", "6759", "6761", "6762", "6763")


def issuer_of(digits):
    """The issuer a 12-19 digit number belongs to by prefix and length (None if no issuer)."""
    n = len(digits)
    if not digits.isdigit() or not 12 <= n <= 19:
        return None
    p2, p3, p4, p6 = (int(digits[:k]) for k in (2, 3, 4, 6))
    if digits[:4] in MAESTRO_BINS:
        return "maestro"
    if (3528 <= p4 <= 3589 and 16 <= n <= 19) or (digits[:4] in ("1800", "2131") and n == 15):
        return "jcb"
    if (300 <= p3 <= 305 or p2 in (36, 38)) and n == 14:
        return "diners"
    if (506099 <= p6 <= 506198 or 650002 <= p6 <= 650027) and n in (16, 18, 19):
        return "verve"
    if p4 == 9792 and n == 16:
        return "troy"
    if 2200 <= p4 <= 2204 and 16 <= n <= 19:
        return "mir"
    if digits[0] == "4" and n in (13, 16, 19):
        return "visa"
    if (51 <= p2 <= 55 or 2221 <= p4 <= 2720) and n == 16:
        return "mastercard"
    if p2 in (34, 37) and n == 15:
        return "amex"
    if (p4 == 6011 or 644 <= p3 <= 649 or p2 == 65) and 16 <= n <= 19:
        return "discover"
    if p2 == 62 and 16 <= n <= 19:
        return "unionpay"
    if p2 in (60, 65, 81, 82) and n == 16:
        return "rupay"
    return None


# slug: (display name, prefix generator, lengths)
CARD_ISSUERS = {
    "maestro": ("Maestro", lambda: XR.choice(MAESTRO_BINS), range(12, 20)),
    "jcb": ("JCB", lambda: str(XR.randint(3528, 3589)), (16, 17, 18, 19)),
    "jcb-legacy": ("JCB", lambda: XR.choice(["1800", "2131"]), (15,)),
    "diners": ("Diners Club", lambda: XR.choice([str(XR.randint(300, 305)), "36", "38"]), (14,)),
    "unionpay": ("UnionPay", lambda: "62" + XR.choice(["12", "14", "17", "22", "28", "30", "50", "58", "60", "69", "84"]),
                 (16, 17, 18, 19)),
    "rupay": ("RuPay", lambda: XR.choice(["6069", "6070", "6080", "6521", "6522", "81", "82"]), (16,)),
    "mir": ("Mir", lambda: str(XR.randint(2200, 2204)), (16, 19)),
    "visa": ("Visa", lambda: "4", (13, 16, 19)),
    "mastercard": ("Mastercard", lambda: XR.choice([str(XR.randint(51, 55)), str(XR.randint(2221, 2720))]), (16,)),
    "amex": ("American Express", lambda: XR.choice(["34", "37"]), (15,)),
    "discover": ("Discover", lambda: XR.choice(["6011", str(XR.randint(644, 649)), "65"]), (16, 19)),
    "troy": ("Troy", lambda: "9792", (16,)),
    "verve": ("Verve", lambda: str(XR.choice([XR.randint(506099, 506198), XR.randint(650002, 650027)])), (16, 18, 19)),
}
CARD_GROUPINGS = {
    12: [(12,), (4, 4, 4)],
    13: [(13,), (4, 4, 4, 1), (4, 4, 5)],
    14: [(14,), (4, 6, 4), (4, 4, 4, 2)],
    15: [(15,), (4, 6, 5), (4, 4, 4, 3)],
    16: [(16,), (4, 4, 4, 4)],
    17: [(17,), (4, 4, 4, 4, 1)],
    18: [(18,), (4, 4, 4, 4, 2)],
    19: [(19,), (4, 4, 4, 4, 3)],
}
CARD_SHAPES = {sizes for v in CARD_GROUPINGS.values() for sizes in v}
CARD_COMBOS = [(slug, n, sizes) for slug, (_, _, lengths) in CARD_ISSUERS.items()
               for n in lengths for sizes in CARD_GROUPINGS[n]]


def card_ok_ext(value):
    """Luhn-valid, a known issuer for its prefix and length, one of the usual groupings."""
    if re.fullmatch(r"\d+(?:[ -]\d+)*", value) is None or len(set(re.findall(r"[ -]", value))) > 1:
        return False
    groups = re.split(r"[ -]", value)
    digits = "".join(groups)
    return tuple(len(g) for g in groups) in CARD_SHAPES and issuer_of(digits) is not None and luhn_ok(digits)


class XVal:
    """A generated slot value: what goes into the text, and the label if it is one."""

    def __init__(self, value, typ=None, style=None, display=None, issuer=None):
        self.value, self.typ, self.style = value, typ, style
        self.display = display if display is not None else value
        self.issuer = issuer


USAGE = {}  # style key -> times used, for least-used selection


def least_used(keys):
    low = min(USAGE.get(k, 0) for k in keys)
    pick = XR.choice([k for k in keys if USAGE.get(k, 0) == low])
    USAGE[pick] = USAGE.get(pick, 0) + 1
    return pick


def xcard(flt):
    toks = set(flt.split(",")) if flt else set()
    slugs = {t for t in toks if t in CARD_ISSUERS or t == "jcb"}
    lengths = {int(t[1:]) for t in toks if re.fullmatch(r"n\d+", t)}
    combos = [c for c in CARD_COMBOS
              if (not slugs or c[0] in slugs or (c[0] == "jcb-legacy" and "jcb" in slugs))
              and (not lengths or c[1] in lengths)
              and not ("contig" in toks and len(c[2]) > 1) and not ("grouped" in toks and len(c[2]) == 1)]
    assert combos, flt
    slug, n, sizes = least_used([("card",) + c for c in combos])[1:]
    name, prefix, _ = CARD_ISSUERS[slug]
    while True:
        p = prefix()
        digits = luhn_complete(p + xd(n - len(p) - 1))
        if issuer_of(digits) == slug.split("-")[0] or (slug == "rupay" and issuer_of(digits) in ("rupay", "discover")) \
                or (slug == "verve" and issuer_of(digits) == "verve"):
            break
    if len(sizes) == 1:
        value, grouping = digits, "contiguous"
    else:
        sep = XR.choice([" ", " ", "-"])
        parts, i = [], 0
        for k in sizes:
            parts.append(digits[i:i + k])
            i += k
        value = sep.join(parts)
        grouping = "-".join(map(str, sizes)) + ("-spaces" if sep == " " else "-dashes")
    assert card_ok_ext(value) and luhn_ok(digits), value
    style = f"{slug.replace('-legacy', '')}-{n}-{grouping}"
    return XVal(value, "CREDIT_CARD", style, issuer=name)


# ---------------------------------------------------------------- phones, extended

def _ex():
    while True:
        e = str(XR.randint(2, 9)) + xd(2)
        if e[1:] != "11" and e != "555":
            return e


def _area():
    return XR.choice(US_AREAS)


def _pairs(n):
    return " ".join(xd(2) for _ in range(n))


PHONE_STYLES = []  # (style, country, flags, generator returning value or (value, suffix))


def ps(style, country, fn, *flags):
    PHONE_STYLES.append((style, country, frozenset(flags), fn))


# North America
ps("local-us-7-dash", "us", lambda: f"{_ex()}-{xd(4)}")
ps("local-us-7-space", "us", lambda: f"{_ex()} {xd(4)}")
ps("local-us-555-dash", "us", lambda: f"555-01{xd(2)}")
ps("national-us-paren", "us", lambda: f"({_area()}) {_ex()}-{xd(4)}")
ps("national-us-paren-ext", "us", lambda: (f"({_area()}) {_ex()}-{xd(4)}",
                                           XR.choice([" ext. ", " ext ", " x", ", ext. "]) + str(XR.randint(2, 4999))), "ext")
ps("intl-us-ext-x", "us", lambda: (f"+1-{_area()}-{_ex()}-{xd(4)}", "x" + str(XR.randint(10, 999))), "intl", "ext")
ps("intl-us-exit-001", "us", lambda: f"001-{_area()}-{_ex()}-{xd(4)}", "intl")
ps("national-us-contiguous", "us", lambda: f"{_area()}{_ex()}{xd(4)}", "contig")
# UK, Ireland
ps("national-uk-london", "uk", lambda: f"020 {XR.choice('378')}{xd(3)} {xd(4)}")
ps("national-uk-geo", "uk", lambda: f"0{XR.choice(['113', '117', '121', '131', '141', '151', '161', '191'])} {xnz(3)} {xd(4)}")
ps("national-uk-geo5", "uk", lambda: f"01{XR.choice(['223', '332', '473', '603', '632', '865', '904'])} {xnz(6)}")
ps("national-uk-mobile", "uk", lambda: XR.choice([f"07{XR.choice('4579')}{xd(2)} {xd(6)}", f"07{XR.choice('4579')}{xd(2)} {xd(3)} {xd(3)}"]))
ps("national-uk-mobile-contiguous", "uk", lambda: f"07{XR.choice('4579')}{xd(8)}", "contig")
ps("national-uk-ext", "uk", lambda: (f"020 {XR.choice('378')}{xd(3)} {xd(4)}", XR.choice([" ext ", " ext. ", " extn "]) + str(XR.randint(100, 9999))), "ext")
ps("local-uk-8", "uk", lambda: f"{XR.choice('378')}{xd(3)} {xd(4)}")
ps("intl-uk-trunk0-spaced", "uk", lambda: f"+44 (0) 20 {XR.choice('378')}{xd(3)} {xd(4)}", "intl")
ps("intl-uk-trunk0", "uk", lambda: f"+44 (0){XR.choice(['161', '113', '121'])} {xnz(3)} {xd(4)}", "intl")
ps("intl-uk-exit-0044", "uk", lambda: f"0044 20 {XR.choice('378')}{xd(3)} {xd(4)}", "intl")
ps("intl-uk-exit-011", "uk", lambda: f"011 44 20 {XR.choice('378')}{xd(3)} {xd(4)}", "intl")
ps("national-ie-paren", "ie", lambda: f"(01) {xnz(3)} {xd(4)}")
ps("national-ie-mobile", "ie", lambda: f"08{XR.choice('35679')} {xnz(3)} {xd(4)}")
# German-speaking
ps("national-de-mobile", "de", lambda: f"01{XR.choice(['51', '52', '57', '60', '62', '70', '71', '76'])} {xd(4)} {xd(4)}")
ps("national-de-mobile-compact", "de", lambda: f"01{XR.choice(['51', '60', '70', '71', '76'])} {xnz(7)}")
ps("national-de-mobile-contiguous", "de", lambda: f"01{XR.choice(['51', '60', '70', '76'])}{xnz(8)}", "contig")
ps("national-de-landline", "de", lambda: f"0{XR.choice(['30', '40', '69', '89'])} {xnz(XR.choice([6, 7, 8]))}")
ps("national-de-paren", "de", lambda: f"(0{XR.choice(['30', '40', '221', '711'])}) {xnz(4)} {xd(4)}")
ps("national-de-slash", "de", lambda: f"0{XR.choice(['89', '221', '351', '911'])} / {xnz(3)} {xd(3)} {xd(2)}")
ps("national-de-din5008", "de", lambda: f"0{XR.choice(['30', '40', '69', '89', '221'])} {xnz(5)}-{xd(2)}")
ps("intl-de-trunk0", "de", lambda: f"+49 (0){XR.choice(['30', '40', '89'])} {xnz(3)} {xd(3)} {xd(2)}", "intl")
ps("intl-de-exit-0049", "de", lambda: f"0049 {XR.choice(['30', '40', '69', '89'])} {xnz(8)}", "intl")
ps("national-at-vienna", "at", lambda: f"01 {xnz(3)} {xd(2)} {xd(2)}")
ps("national-at-mobile", "at", lambda: f"06{XR.choice(['64', '60', '76', '99'])} {xnz(3)} {xd(4)}")
ps("intl-at-trunk0", "at", lambda: f"+43 (0)1 {xnz(3)} {xd(4)}", "intl")
ps("national-ch", "ch", lambda: f"0{XR.choice(['44', '31', '61', '22', '21'])} {xnz(3)} {xd(2)} {xd(2)}")
ps("national-ch-mobile", "ch", lambda: f"07{XR.choice('6789')} {xnz(3)} {xd(2)} {xd(2)}")
ps("intl-ch-trunk0", "ch", lambda: f"+41 (0)44 {xnz(3)} {xd(2)} {xd(2)}", "intl")
# French-speaking, Benelux
ps("national-fr-pairs", "fr", lambda: f"0{XR.choice('1234567')} {_pairs(4)}")
ps("national-fr-dots", "fr", lambda: f"0{XR.choice('1234567')}." + ".".join(xd(2) for _ in range(4)))
ps("national-fr-dashes", "fr", lambda: f"0{XR.choice('67')}-" + "-".join(xd(2) for _ in range(4)))
ps("national-fr-contiguous", "fr", lambda: f"0{XR.choice('67')}{xd(8)}", "contig")
ps("intl-fr-trunk0", "fr", lambda: f"+33 (0){XR.choice('167')} {_pairs(4)}", "intl")
ps("intl-fr-exit-0033", "fr", lambda: f"0033 {XR.choice('167')} {_pairs(4)}", "intl")
ps("national-be", "be", lambda: f"0{XR.choice('2349')} {xnz(3)} {xd(2)} {xd(2)}")
ps("national-be-mobile", "be", lambda: f"04{XR.choice(['70', '75', '77', '85', '95'])} {_pairs(3)}")
ps("national-nl", "nl", lambda: f"0{XR.choice(['20', '10', '30', '70'])} {xnz(3)} {xd(4)}")
ps("national-nl-mobile", "nl", lambda: f"06-{xnz(8)}")
ps("intl-nl-trunk0", "nl", lambda: f"+31 (0)20 {xnz(3)} {xd(4)}", "intl")
# Southern Europe
ps("national-es-mobile-pairs", "es", lambda: f"6{xd(2)} {_pairs(3)}")
ps("national-es-mobile-3-3-3", "es", lambda: f"6{xd(2)} {xd(3)} {xd(3)}")
ps("national-es-landline", "es", lambda: f"9{XR.choice('1356')} {xnz(3)} {xd(2)} {xd(2)}")
ps("national-pt", "pt", lambda: f"2{XR.choice('12')} {xnz(3)} {xd(4)}")
ps("national-pt-mobile", "pt", lambda: f"9{XR.choice('1236')}{xd(1)} {xd(3)} {xd(3)}")
ps("national-it", "it", lambda: f"0{XR.choice(['2', '6', '11', '55'])} {xnz(4)} {xd(4)}")
ps("national-it-mobile", "it", lambda: f"3{XR.choice(['33', '35', '40', '47', '80'])} {xnz(3)} {xd(4)}")
ps("national-gr", "gr", lambda: f"210 {xnz(3)} {xd(4)}")
ps("national-tr", "tr", lambda: f"0{XR.choice(['212', '216', '312'])} {xnz(3)} {xd(2)} {xd(2)}")
ps("national-tr-mobile", "tr", lambda: f"05{XR.choice(['32', '33', '42', '55'])} {xnz(3)} {xd(2)} {xd(2)}")
# Northern / Central / Eastern Europe
ps("national-pl", "pl", lambda: f"{XR.choice(['22', '12', '61', '71'])} {xnz(3)} {xd(2)} {xd(2)}")
ps("national-pl-mobile", "pl", lambda: f"{XR.choice('5678')}{xd(2)} {xd(3)} {xd(3)}")
ps("national-cz", "cz", lambda: f"2{xd(2)} {xd(3)} {xd(3)}")
ps("national-hu-paren", "hu", lambda: f"({XR.choice(['46', '48', '52', '62', '72', '88'])}) {xnz(3)}-{xd(3)}")
ps("national-hu-spaced", "hu", lambda: f"{XR.choice(['46', '48', '52', '62', '64', '72'])} {xnz(3)} {xd(3)}")
ps("national-hu-trunk06", "hu", lambda: f"06 {XR.choice(['20', '30', '70'])} {xnz(3)} {xd(4)}")
ps("national-se", "se", lambda: f"08-{xnz(3)} {xd(3)} {xd(2)}")
ps("national-se-mobile", "se", lambda: f"07{XR.choice('0236')}-{xnz(3)} {xd(2)} {xd(2)}")
ps("national-no-pairs", "no", lambda: f"2{xd(1)} {_pairs(3)}")
ps("national-no-mobile", "no", lambda: f"{XR.choice('49')}{xd(2)} {xd(2)} {xd(3)}")
ps("national-dk-pairs", "dk", lambda: f"{XR.choice('3234')}{xd(1)} {_pairs(3)}")
ps("national-dk-dashes", "dk", lambda: f"{XR.choice('23')}{xd(1)}-" + "-".join(xd(2) for _ in range(3)))
ps("national-fi", "fi", lambda: f"09 {xnz(3)} {xd(4)}")
ps("national-fi-mobile", "fi", lambda: f"04{XR.choice('0145')} {xnz(3)} {xd(4)}")
ps("national-ru-trunk8", "ru", lambda: f"8 ({XR.choice(['495', '499', '812', '916'])}) {xnz(3)}-{xd(2)}-{xd(2)}")
# Middle East, Africa
ps("national-il", "il", lambda: f"0{XR.choice('2349')}-{xnz(3)}-{xd(4)}")
ps("national-il-mobile", "il", lambda: f"05{XR.choice('02348')}-{xnz(3)}-{xd(4)}")
ps("national-ae", "ae", lambda: f"0{XR.choice('2346')} {xnz(3)} {xd(4)}")
ps("national-ae-mobile", "ae", lambda: f"05{XR.choice('02568')} {xnz(3)} {xd(4)}")
ps("national-za", "za", lambda: f"0{XR.choice(['21', '11', '31', '12'])} {xnz(3)} {xd(4)}")
ps("national-za-mobile", "za", lambda: f"0{XR.choice(['72', '82', '83', '61'])} {xnz(3)} {xd(4)}")
ps("national-ng-mobile", "ng", lambda: f"0{XR.choice(['803', '806', '813', '905'])} {xnz(3)} {xd(4)}")
ps("national-ke-mobile", "ke", lambda: f"07{XR.choice(['12', '22', '33', '90'])} {xd(6)}")
ps("national-eg-mobile", "eg", lambda: f"01{XR.choice('0125')} {xnz(4)} {xd(4)}")
# Asia / Pacific
ps("national-in-landline", "in", lambda: f"0{XR.choice(['22', '11', '80', '44'])} {xnz(4)} {xd(4)}")
ps("national-in-landline-dash", "in", lambda: f"0{XR.choice(['22', '11', '80', '44'])}-{xnz(4)} {xd(4)}")
ps("national-in-mobile", "in", lambda: f"{XR.randint(6, 9)}{xd(4)} {xd(5)}")
ps("national-in-mobile-contiguous", "in", lambda: f"{XR.randint(6, 9)}{xd(9)}", "contig")
ps("national-sg-8", "sg", lambda: f"{XR.choice('689')}{xd(3)} {xd(4)}")
ps("national-hk-8", "hk", lambda: f"{XR.choice('2359')}{xd(3)} {xd(4)}")
ps("national-cn", "cn", lambda: f"0{XR.choice(['10', '21', '20', '755'])}-{xnz(4)} {xd(4)}")
ps("national-cn-mobile", "cn", lambda: f"1{XR.choice('3589')}{xd(1)} {xd(4)} {xd(4)}")
ps("national-jp", "jp", lambda: f"0{XR.choice(['3', '6'])}-{xnz(4)}-{xd(4)}")
ps("national-jp-mobile", "jp", lambda: f"0{XR.choice('789')}0-{xnz(4)}-{xd(4)}")
ps("national-jp-no-trunk", "jp", lambda: f"{XR.choice('36')}-{xnz(4)}-{xd(4)}")
ps("national-kr", "kr", lambda: f"02-{xnz(3)}-{xd(4)}")
ps("national-kr-mobile", "kr", lambda: f"010-{xnz(4)}-{xd(4)}")
ps("national-ph-mobile", "ph", lambda: f"09{XR.choice(['17', '18', '27', '99'])} {xnz(3)} {xd(4)}")
ps("national-id-paren", "id", lambda: f"(0{XR.choice(['21', '22', '31'])}) {xnz(4)} {xd(4)}")
ps("national-au-paren", "au", lambda: f"(0{XR.choice('2378')}) {xnz(4)} {xd(4)}")
ps("national-au-mobile", "au", lambda: f"04{xd(2)} {xd(3)} {xd(3)}")
ps("local-au-8", "au", lambda: f"{XR.choice('6789')}{xd(3)} {xd(4)}")
ps("national-nz-paren", "nz", lambda: f"(0{XR.choice('3479')}) {xnz(3)} {xd(4)}")
ps("national-nz-mobile", "nz", lambda: f"02{XR.choice('1127')} {xnz(3)} {xd(4)}")
ps("national-grouped-2-3-3-4", "xx", lambda: f"{XR.randint(21, 29)} {xnz(3)} {xd(3)} {xd(4)}")
# Latin America
ps("national-br-mobile", "br", lambda: f"({XR.choice(['11', '21', '31', '41', '51', '61'])}) 9{xd(4)}-{xd(4)}")
ps("national-br-landline", "br", lambda: f"({XR.choice(['11', '21', '31', '41', '51', '61'])}) {XR.randint(2, 5)}{xd(3)}-{xd(4)}")
ps("national-mx", "mx", lambda: f"{XR.choice(['55', '33', '81'])} {xnz(4)} {xd(4)}")
ps("national-mx-paren", "mx", lambda: f"({XR.choice(['55', '33', '81'])}) {xnz(4)}-{xd(4)}")
ps("national-ar-paren", "ar", lambda: f"(011) 4{xd(3)}-{xd(4)}")
ps("national-ar-mobile15", "ar", lambda: f"15-{XR.choice('3456')}{xd(3)}-{xd(4)}")
ps("national-co-mobile", "co", lambda: f"3{XR.choice(['00', '10', '15', '20'])} {xnz(3)} {xd(4)}")
ps("national-co-paren", "co", lambda: f"(60{XR.choice('1245')}) {xnz(3)} {xd(4)}")

PHONE_STYLE_NAMES = [s[0] for s in PHONE_STYLES]
assert len(set(PHONE_STYLE_NAMES)) == len(PHONE_STYLE_NAMES)


def xphone(flt):
    toks = set(flt.split(",")) if flt else set()
    countries = {t for t in toks if t not in ("intl", "nat", "contig", "contigonly", "noext")}
    pool = [s for s in PHONE_STYLES
            if (not countries or s[1] in countries)
            and ("contig" in toks or "contig" not in s[2] or "contigonly" in toks)
            and not ("contigonly" in toks and "contig" not in s[2])
            and not ("intl" in toks and "intl" not in s[2])
            and not ("nat" in toks and "intl" in s[2])
            and not ("noext" in toks and "ext" in s[2])]
    assert pool, flt
    style = least_used([("phone", s[0]) for s in pool])[1]
    _, _, _, fn = PHONE_STYLES[PHONE_STYLE_NAMES.index(style)]
    out = fn()
    value, suffix = out if isinstance(out, tuple) else (out, "")
    assert VALIDATORS["PHONE_NUMBER"](value), (style, value)
    return XVal(value, "PHONE_NUMBER", style, display=value + suffix)


# ---------------------------------------------------------------- fillers and hard negatives, extended

DATE_FMTS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                "November", "Dezember"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]
AGENTS = ["Sam", "Priya (Tier 2)", "Jonas", "Lea", "Marco", "Aiko", "Tom B.", "Nadia", "Chris", "Inés"]


def _ymd():
    return XR.choice([2024, 2025]), XR.randint(1, 12), XR.randint(1, 28)


def x_date(kind):
    y, m, dd = _ymd()
    return {
        "iso": f"{y}-{m:02d}-{dd:02d}",
        "us": f"{m:02d}/{dd:02d}/{y}",
        "de": f"{dd:02d}.{m:02d}.{y}",
        "fr": f"{dd} {MOIS[m - 1]} {y}",
        "frnum": f"{dd:02d}/{m:02d}/{y}",
        "es": f"{dd} de {MESES[m - 1]} de {y}",
        "en": f"{dd} {MONTHS[m - 1]} {y}",
    }[kind]


def x_date_mix():
    y, m, dd = _ymd()
    return XR.choice([f"{dd:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{dd:02d}", f"{m:02d}/{dd:02d}/{y}", f"{dd:02d}/{m:02d}/{y % 100:02d}",
                      f"{dd:02d}-{m:02d}-{y}", f"{dd} {MONTHS[m - 1]} {y}", f"{MONTHS[m - 1]} {dd}, {y}", f"{y}{m:02d}{dd:02d}",
                      f"{dd}. {DATE_FMTS_DE[m - 1]} {y}", f"{y}/{m:02d}/{dd:02d}", f"{dd:02d}.{m:02d}.{y % 100:02d}"])


def x_money(kind="en"):
    v = XR.choice([XR.randint(5, 999), XR.randint(1000, 99999)]) + XR.randint(0, 99) / 100
    en = f"{v:,.2f}"
    if kind == "en":
        return en
    if kind == "de":
        return en.replace(",", "X").replace(".", ",").replace("X", ".")
    if kind == "fr":
        return en.replace(",", "\u202f").replace(".", ",")
    if kind == "sp":  # "1 250.00"
        return en.replace(",", " ")
    raise KeyError(kind)


def x_time():
    return f"{XR.randint(7, 19)}:{XR.choice(['00', '15', '30', '45'])}"


def x_hhmm():
    return f"{XR.randint(7, 19):02d}:{XR.choice(['00', '10', '20', '30', '40', '50'])}"


def x_isbn13(spaced=False):
    core = XR.choice(["978", "979"]) + xd(9)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(core))
    full = core + str((10 - s % 10) % 10)
    sep = " " if spaced else "-"
    return sep.join([full[:3], full[3], full[4:7], full[7:12], full[12]])


def x_ean13():
    while True:
        core = XR.choice(["800", "803", "870", "871", "730", "880", "0"]) + ""
        core = core + xd(12 - len(core))
        s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(core))
        full = core + str((10 - s % 10) % 10)
        if not luhn_ok(full):
            return full


def x_not_luhn(digits_fn):
    """A digit string from digits_fn that fails Luhn (so it cannot be read as a card)."""
    while True:
        v = digits_fn()
        if not luhn_ok(v):
            return v


def x_group(digits, sizes, sep=" "):
    out, i = [], 0
    for k in sizes:
        out.append(digits[i:i + k])
        i += k
    return sep.join(out)


def x_bad_card():
    """An issuer-prefixed, card-length number that fails Luhn (a reference, a typo, a fixture)."""
    slug, n, sizes = XR.choice([c for c in CARD_COMBOS if len(c[2]) > 1])
    _, prefix, _ = CARD_ISSUERS[slug]
    p = prefix()
    good = luhn_complete(p + xd(n - len(p) - 1))
    bad = good[:-1] + str((int(good[-1]) + XR.randint(1, 9)) % 10)
    v = x_group(bad, sizes, XR.choice([" ", "-"]))
    assert not luhn_ok(bad) and not card_ok_ext(v)
    return v


def x_order_spaced():
    return XR.choice([
        lambda: f"{XR.choice(['2023', '2024', '2025'])} {xnz(4)}",
        lambda: x_group(x_not_luhn(lambda: xnz(11)), (4, 4, 3)),
        lambda: f"{XR.choice(['2024', '2025'])}-{xnz(5)}",
        lambda: f"{xnz(4)} {xd(4)}",
    ])()


def x_postcode():
    return XR.choice([f"{XR.randint(10115, 14199)} Berlin", f"750{XR.randint(1, 20):02d} Paris", "SW1A 1AA London",
                      f"10{XR.randint(11, 99)} AB Amsterdam", "M5V 3L9 Toronto", f"280{XR.randint(10, 54)} Madrid",
                      f"100-{xd(4)} Tokyo", "2000 NSW", f"00-{XR.randint(100, 999)} Warszawa", f"1{XR.randint(10, 23)}0 Wien",
                      f"80{XR.randint(1, 99):02d} Zürich", f"941{XR.randint(2, 34):02d} San Francisco", f"690{XR.randint(1, 9):02d} Lyon"])


def x_usps():
    return x_group(x_not_luhn(lambda: XR.choice(["9400", "9205", "9361"]) + xd(18)), (4, 4, 4, 4, 4, 2))


XF = {
    # people and references
    "NAME": lambda: f"{XR.choice(FIRST)} {XR.choice(LAST)}",
    "FIRST": lambda: XR.choice(FIRST),
    "LAST": lambda: XR.choice(LAST),
    "AGENT": lambda: XR.choice(AGENTS),
    "CITY": lambda: XR.choice(CITIES),
    "ORDER": lambda: XR.choice([f"ORD-{xd(6)}", f"#{xnz(6)}", f"A{xnz(7)}", f"SO-{xnz(5)}", f"WEB-{xnz(5)}"]),
    "TICKET": lambda: XR.choice([f"#{xnz(5)}", f"CS-{xnz(6)}", f"INC{xd(7)}", f"T-{xnz(5)}", f"SR-{xnz(5)}"]),
    "INVOICE": lambda: XR.choice([f"INV-2024-{xd(5)}", f"RE-{xnz(6)}", f"F2024/{xd(4)}", f"INV{xnz(6)}"]),
    "CUSTID": lambda: "cus_" + "".join(XR.choice(ALNUM) for _ in range(14)),
    "REF": lambda: "REF-" + "".join(XR.choice(UPNUM) for _ in range(8)),
    "KDNR": lambda: XR.choice([f"KD-{xnz(6)}", f"K{xnz(7)}"]),
    "CONTRACT": lambda: f"CT-{xd(6)}",
    "PROJ": lambda: f"P-{xnz(4)}",
    "CC_CODE": lambda: f"{xnz(4)}-{xd(3)}",
    "NFACT": lambda: f"FA-2024-{xd(4)}",
    "SKU": lambda: f"{xnz(4)}-{xd(3)}",
    "MODEL": lambda: f"P{xnz(3)}-{XR.choice('ABCX')}",
    "PNR": lambda: "".join(XR.choice(UP) for _ in range(6)),
    "FLIGHT": lambda: f"{XR.choice(['LH', 'AF', 'IB', 'BA', 'KL'])}{XR.randint(100, 2999)}",
    "ROOM": lambda: f"{XR.choice('ABC')}-{XR.randint(100, 499)}",
    "BLD": lambda: XR.choice(["C", "B2", "North", "4"]),
    "TPL": lambda: XR.choice(["order_update_v3", "delivery_slot_v2", "refund_done"]),
    "BATCHN": lambda: f"L{xd(6)}",
    "ERR": lambda: XR.choice([f"E-{xd(3)}", f"0x8007{''.join(XR.choice(HEX) for _ in range(4))}", f"ERR{xd(2)}"]),
    "UPS": lambda: "1Z" + "".join(XR.choice(UPNUM) for _ in range(6)) + "03" + xd(8),
    "USPS": x_usps,
    "ORDER_LONG": lambda: f"{XR.choice(['112', '113', '114'])}-{xd(7)}-{xd(7)}",
    # dates and times
    "DATE": lambda: x_date("iso"),
    "DATE_US": lambda: x_date("us"),
    "DATE_DE": lambda: x_date("de"),
    "DATE_FR": lambda: x_date("fr"),
    "DATE_FRNUM": lambda: x_date("frnum"),
    "DATE_ES": lambda: x_date("es"),
    "DATE_EN": lambda: x_date("en"),
    "DATE_MIX": x_date_mix,
    "EXP": lambda: f"{XR.randint(1, 12):02d}/{XR.randint(25, 31)}",
    "TIME": x_hhmm,
    "T1": lambda: XR.choice(["8:00", "8:30", "9:00", "09:00", "9:30", "10:00"]),
    "T2": lambda: XR.choice(["17:00", "17:30", "18:00", "18:30", "19:00", "16:45"]),
    "T3": lambda: XR.choice(["13:00", "14:00", "15:30", "16:00"]),
    "TH1": lambda: XR.choice(["8h30", "9h00", "9h", "10h"]),
    "TH2": lambda: XR.choice(["17h30", "18h", "18h30", "19h00"]),
    "MMSS": lambda: f"{XR.randint(1, 14)}:{XR.randint(0, 59):02d}",
    "LOGTS": lambda: f"{x_date('iso')}T{XR.randint(0, 23):02d}:{XR.randint(0, 59):02d}:{XR.randint(0, 59):02d}Z",
    "EPOCH": lambda: str(XR.randint(1700000000, 1760000000)),
    "DAY": lambda: str(XR.randint(4, 28)),
    "MM": lambda: str(XR.randint(1, 12)),
    "YYYY": lambda: str(XR.randint(2025, 2031)),
    # amounts and quantities
    "PRICE": lambda: x_money("en"),
    "USD": lambda: "$" + x_money("en"),
    "USD_SMALL": lambda: f"${XR.randint(3, 89)}.{XR.choice(['00', '49', '95', '99'])}",
    "GOALS": lambda: str(XR.randint(0, 5)),
    "USD_BIG": lambda: f"${XR.randint(1_000_000, 99_999_999):,}.{xd(2)}",
    "PRICE_EU": lambda: x_money("de") + " €",
    "EUR_FR": lambda: x_money("fr") + "\u00a0€",
    "EUR": lambda: f"€{XR.randint(1, 9)}.{xd(2)}",
    "AMT_SP": lambda: x_money("sp"),
    "QTY_SP": lambda: f"{XR.randint(1000, 999999):,}".replace(",", " "),
    "QTY": lambda: f"{XR.randint(1000, 999999):,}",
    "CUR": lambda: XR.choice(["EUR", "USD", "GBP", "CHF"]),
    "YEN": lambda: f"¥{XR.randint(1000, 99999):,}",
    "INR": lambda: XR.choice([f"₹{XR.randint(100, 9999):,}", f"₹{XR.randint(1, 9)},{xd(2)},{xd(3)}"]),
    "NGN": lambda: f"₦{XR.randint(1000, 250000):,}",
    "TRY": lambda: f"{x_money('de')} TL",
    "CENTS": lambda: str(XR.randint(199, 250000)),
    "PCT": lambda: f"{XR.randint(1, 4)}.{XR.randint(0, 9)}%",
    "GB": lambda: str(XR.choice([5, 10, 20, 40, 100])),
    "GBDEC": lambda: f"{XR.randint(0, 39)}.{XR.randint(0, 9)}",
    "KG": lambda: f"{XR.randint(0, 30)}.{XR.randint(0, 9)}",
    "TEMP": lambda: f"{XR.randint(2, 29)}.{XR.randint(0, 9)}",
    "AREA": lambda: f"{XR.randint(100, 9999):,}".replace(",", " "),
    # numbers and codes
    "N": lambda: str(XR.randint(2, 40)),
    "N2": lambda: str(XR.randint(10, 99)),
    "N3": lambda: str(XR.randint(100, 999)),
    "N4": lambda: str(XR.randint(1000, 9999)),
    "N5": lambda: str(XR.randint(10000, 60000)),
    "L4": lambda: xd(4),
    "AUTH6": lambda: xd(6),
    "CC2": lambda: XR.choice(["DE", "FR", "US", "GB", "ES", "IN", "JP"]),
    "NORD": x_order_spaced,
    "NTICKET": lambda: f"{xnz(4)} {xd(4)}",
    "NREF": lambda: f"{xnz(4)}/{XR.choice(['2024', '2025'])}",
    "NCASE": lambda: f"00{xd(2)} {xd(4)}",
    "BAD_CARD": x_bad_card,
    "ARN": lambda: XR.choice(["7", "2", "8"]) + xd(22),
    "MASKED": lambda: XR.choice([f"**** **** **** {xd(4)}", f"XXXX-XXXX-XXXX-{xd(4)}", f"•••• {xd(4)}",
                                 f"{XR.choice(['411111', '520082', '371449'])}******{xd(4)}", f"************{xd(4)}"]),
    "DESK": lambda: f"{XR.randint(1, 9)}.{XR.randint(1, 40):02d}",
    "VER": lambda: f"{XR.randint(1, 9)}.{XR.randint(0, 30)}.{XR.randint(0, 20)}",
    "BUILDN": lambda: XR.choice([xnz(4), f"{XR.randint(23, 25)}.{XR.randint(1, 12):02d}.{xnz(4)}", f"{xnz(5)}"]),
    "APIVER": lambda: f"{XR.randint(15, 19)}.0",
    "ISBN13": lambda: x_isbn13(),
    "ISBN_SP": lambda: x_isbn13(spaced=True),
    "EAN13": x_ean13,
    "FW": lambda: f"{XR.randint(1, 4)}.{XR.randint(0, 20)}.{XR.randint(0, 9):02d}-r{XR.randint(1, 9)}",
    "KERNEL": lambda: f"{XR.choice(['5.15', '6.1', '6.8'])}.0-{XR.randint(10, 99)}-generic",
    "COORD": lambda: f"{XR.uniform(-50, 60):.5f}, {XR.uniform(-120, 150):.5f}",
    "POSTADDR": x_postcode,
    "PC_DE": lambda: str(XR.randint(10115, 99998)),
    "PC_FR": lambda: f"{XR.randint(1, 95):02d}{XR.randint(0, 999):03d}",
    "UKPC": lambda: XR.choice(["SW1A 1AA", "EC1A 1BB", "M1 1AE", "B33 8TH", "CR2 6XH", "LS1 4AP"]),
    "PC_NL": lambda: f"{XR.randint(1000, 9999)} {XR.choice(['AB', 'CD', 'KL', 'XZ'])}",
    "PC_JP": lambda: f"{XR.randint(100, 999)}-{xd(4)}",
    "PC_ES": lambda: f"{XR.randint(1, 52):02d}{xd(3)}",
}


def render_x(template):
    vals, ents = {}, []

    def sub(m):
        name, flt, idx, fn = m.group(1), m.group(2) or "", m.group(3) or "", m.group(4)
        key = f"{name}#{idx}"
        if key in vals and flt and name in ("CARD", "PHONE"):
            assert flt == vals[key].flt or fn, f"{template[:60]!r}: {key} reused with another filter"
        if key not in vals:
            used = {v.value for v in vals.values()}
            for _ in range(50):
                if name == "CARD":
                    v = xcard(flt)
                elif name == "PHONE":
                    v = xphone(flt)
                else:
                    v = XVal(XF[name]())
                if v.value not in used:
                    break
            v.flt = flt
            vals[key] = v
        v = vals[key]
        if fn == "last4":
            return re.sub(r"\D", "", v.value)[-4:]
        if fn == "issuer":
            return v.issuer
        assert fn is None, fn
        if v.typ and not any(e["value"] == v.value and e["type"] == v.typ for e in ents):
            ents.append({"type": v.typ, "value": v.value, "style": v.style})
        return v.display

    text = re.sub(r"\{\{([A-Z][A-Z0-9_]*)(?::([a-z0-9,-]+))?(?:#(\w+))?(?:\|(\w+))?\}\}", sub, template)
    assert "{{" not in text, text
    return text, ents


CARD_CTX_X = re.compile(r"card|\bcc\b|credit|debit|billed to|charged to|payment|visa|mastercard|maestro|amex|"
                        r"american express|discover|jcb|diners|unionpay|rupay|\bmir\b|troy|verve|karte|carte|"
                        r"tarjeta|\bcb\b", re.I)
PHONE_CTX_X = re.compile(r"phone|\btel\b|tel[.:]|mobile|\bcell|call|reach me|answering|fax|office|desk|whatsapp|"
                         r"\bph:|contact number|landline|telefon|téléphone|teléfono|móvil|movil|portable|joindre|"
                         r"\bsms\b|\bnumber|número|numéro|nummer|\bring\b|mobil", re.I)
VALIDATORS_X = dict(VALIDATORS, CREDIT_CARD=card_ok_ext)


def boundary_x(text, s, e, value, typ):
    # "+1-512-884-1234x567": the extension is glued to the number but is not part of it.
    ext = typ == "PHONE_NUMBER" and re.match(r"x\d", text[e:e + 2]) is not None
    if ext:
        text = text[:e] + " " + text[e + 1:]
    if not boundary_ok(text, s, e, value, typ):
        return False
    before, after = text[max(0, s - 2):s], text[e:e + 2]
    if typ in ("PHONE_NUMBER", "CREDIT_CARD"):
        # never the tail or head of a longer digit run, never without its own "+" / "("
        if before[-1:] == "+" or (before[-1:] == "(" and re.match(r"\d+\)", value)) or re.fullmatch(r"\d[ \-./]", before) or (not ext and re.match(r"[ \-./]?\d", after)):
            return False
    return True


def lint_x(cid, text, ents):
    errors = []
    spans = []
    for ent in ents:
        if not ent.get("style"):
            errors.append(f"{cid}: entity without style {ent}")
        for s, e in spans_of(text, ent["value"]):
            spans.append((s, e, ent["value"]))
        ctx = CARD_CTX_X if ent["type"] == "CREDIT_CARD" else PHONE_CTX_X
        if not ctx.search(text):
            errors.append(f"{cid}: {ent['type']} {ent['value']!r} without any context word")
    for i, (s1, e1, v1) in enumerate(spans):
        for s2, e2, v2 in spans[i + 1:]:
            if s1 < e2 and s2 < e1 and (s1, e1) != (s2, e2):
                errors.append(f"{cid}: overlapping labels {v1!r} / {v2!r}")
    errors += lint(cid, text, [(e["type"], e["value"]) for e in ents], [],
                   validators=VALIDATORS_X, boundary=boundary_x, brand=issuer_of)
    return errors


XT = []


def xadd(prefix, reps, *templates):
    for t in templates:
        XT.append((prefix, reps, t))


# ---- CARD near card words
xadd("card-ctx", 6,
     "Thanks for confirming. I can see the card {{CARD}} on the account, and the renewal of ${{PRICE}} will be charged to it on {{DATE}}.",
     "Customer read out the card no {{CARD}} over chat (exp {{EXP}}). I've asked them not to share card details here in future and raised {{TICKET}}.",
     "CRM note — {{DATE}} — {{AGENT}}: caller {{NAME}} disputes a charge of ${{PRICE}}. Card #: {{CARD}}. Advised 5–7 business days for the chargeback review.",
     '{"tool": "billing.lookup", "result": {"customer": "{{NAME}}", "payment_method": {"type": "card", "number": "{{CARD:contig}}", "network": "{{CARD|issuer}}", "exp": "{{EXP}}"}}}',
     "| Date | Description | Charged to | Amount |\n|---|---|---|---|\n| {{DATE#1}} | Annual plan | {{CARD#1}} | ${{PRICE#1}} |\n| {{DATE#2}} | Extra seats | {{CARD#2}} | ${{PRICE#2}} |",
     "Hi {{FIRST}},\n\nWe tried to renew your subscription, but the debit card {{CARD}} was declined by your bank. Please update your payment method under Settings → Billing.\n\nBest regards,\n{{AGENT}}",
     "Your order {{ORDER}} was billed to {{CARD}}. If you don't recognise this charge, reply to this message and we'll open an investigation.",
     "cc {{CARD}} / exp {{EXP}} — pasted by the customer into ticket {{TICKET}}; I've asked them to have the card replaced.",
     "Payment method: {{CARD}} ({{CARD|issuer}}). Status: active since {{DATE}}.",
     "I've checked with the payments team: the charge of {{PRICE_EU}} on {{DATE_EN}} was made with the Maestro card {{CARD:maestro}}; no second charge is pending.",
     "Visa ending {{CARD:visa|last4}}: the full number {{CARD:visa}} appears in the call transcript at 04:12, so I've flagged the transcript for redaction.",
     "Charged to {{CARD}} — {{PRICE}} {{CUR}}, merchant reference {{REF}}.",
     "Transcript excerpt:\n> Customer: the card number is {{CARD}}\n> Agent: Thank you. And the expiry date?\n> Customer: {{EXP}}",
     '{"event": "charge.failed", "card": {"number": "{{CARD}}", "brand": "{{CARD|issuer}}"}, "amount": {{CENTS}}, "currency": "{{CUR}}", "decline_code": "insufficient_funds"}',
     "I found two cards on this profile: {{CARD#1}} (default) and {{CARD#2}} (expired {{EXP}}). Which one should the refund go to?",
     "Subject: Receipt for order {{ORDER}}\n\nAmount: {{PRICE}} {{CUR}}\nPayment method: {{CARD|issuer}} {{CARD}}\nDate: {{DATE}}",
     "| Field | Value |\n|---|---|\n| Cardholder | {{NAME}} |\n| Card no. | {{CARD}} |\n| Expiry | {{EXP}} |\n| Network | {{CARD|issuer}} |",
     "customer,card_number,exp\n{{NAME#1}},{{CARD:contig#1}},{{EXP#1}}\n{{NAME#2}},{{CARD:contig#2}},{{EXP#2}}",
     "{{LOGTS}} WARN payments: retrying charge card_no={{CARD}} attempt=2 order={{ORDER}}",
     "The customer pasted their card number into the feedback form: \"{{CARD}}\". I've removed it from the public ticket {{TICKET}}.",
     "From the customer: \"Hi, please use my other card, {{CARD}}, for the next invoice. Thanks, {{FIRST}}\"",
     "Done! Your default payment method is now the card {{CARD}}. Your next invoice ({{PRICE}} {{CUR}}) will be charged on {{DATE}}.",
     "Card # {{CARD}} was flagged by the fraud rules (velocity check) — {{N}} attempts in 10 minutes.",
     "Please charge card #{{CARD}} for the replacement part, the customer approved it on the phone.",
     "payment:\n  method: card\n  card_number: \"{{CARD}}\"\n  expiry: \"{{EXP}}\"\n  holder: \"{{NAME}}\"",
     "[{{TIME#1}}] {{NAME}}: can you put it on my debit card {{CARD}}?\n[+1 min] {{AGENT}}: Done — it'll show as ACME*STORE on your statement.",
     "payments.get_method → card {{CARD:contig}} ({{CARD|issuer}}), checks: cvc_check=pass, address_line1_check=unavailable",
     "Paid with CC {{CARD}}, invoice {{INVOICE}}, {{PRICE}} {{CUR}}.",
     "---------- Forwarded message ----------\nFrom: {{NAME}}\nSubject: charged twice\n\nYou charged my credit card {{CARD}} twice for order {{ORDER}}. Please refund one of the payments.",
     "Summary for the supervisor: refund of {{PRICE}} {{CUR}} approved; it goes back to the original payment method, credit card {{CARD}}, within 5–10 days.",
     "Hallo {{FIRST}}, die Zahlung über {{PRICE_EU}} wurde von Ihrer Kreditkarte {{CARD}} abgebucht. Die Gutschrift für Bestellung {{ORDER}} erfolgt auf dieselbe Karte.",
     "Kartennummer: {{CARD}}\nGültig bis: {{EXP}}\nKarteninhaber: {{NAME}}",
     "Notiz ({{AGENT}}): Kunde möchte die Debitkarte {{CARD:maestro}} als Zahlungsmittel hinterlegen. Bitte nicht per E-Mail bestätigen.",
     "Die Belastung erfolgte auf die Karte {{CARD}} ({{CARD|issuer}}) am {{DATE_DE}}.",
     "Bonjour {{FIRST}}, le paiement de {{EUR_FR}} a bien été débité sur votre carte bancaire {{CARD}}. Votre commande {{ORDER}} est en préparation.",
     "Numéro de carte : {{CARD}} — date d'expiration {{EXP}}. Le client souhaite que le remboursement soit crédité sur cette carte.",
     "Le montant de {{EUR_FR}} a été prélevé sur la carte {{CARD:maestro}} (Maestro) le {{DATE_FR}}.",
     "Hola {{FIRST}}, hemos cargado {{PRICE_EU}} en tu tarjeta de crédito {{CARD}}. Si no reconoces el cargo, responde a este mensaje.",
     "Número de tarjeta: {{CARD}} · Titular: {{NAME}} · Caducidad: {{EXP}}",
     "Nota interna: el cliente pagó con la tarjeta de débito {{CARD}}; el reembolso del pedido {{ORDER}} se hará a la misma tarjeta.",
     "Tarjeta {{CARD|issuer}} terminada en {{CARD|last4}}: el número completo {{CARD}} aparece en la captura de pantalla que envió el cliente.",
     )
xadd("card-ctx", 4,
     "The JCB card {{CARD:jcb}} was added on {{DATE}}; JCB cards are accepted for JPY and USD payments.",
     "UnionPay debit card {{CARD:unionpay}} — payment of {{YEN}} authorised for order {{ORDER}}.",
     "Diners Club card {{CARD:diners}} was charged ${{PRICE}} for the lounge booking on {{DATE_EN}}.",
     "RuPay card {{CARD:rupay}} linked successfully. Autopay for {{INR}} is set for the 5th of every month.",
     "The Mir card {{CARD:mir}} can't be used for payments outside Russia, which is why the charge of ${{PRICE}} failed.",
     "Troy card {{CARD:troy}} was billed {{TRY}} for the annual plan.",
     "Verve card {{CARD:verve}} — debit of {{NGN}} for order {{ORDER}} completed.",
     "Please charge the remaining balance to the Amex {{CARD:amex}} instead of the card on file.",
     "Credit card (Discover): {{CARD:discover}}, billing ZIP on file.",
     "Maestro {{CARD:maestro,n12,grouped}}: the customer's old 12-digit card still works in shops, but the online charge of {{PRICE_EU}} was declined.",
     "Karte (Maestro, 12-stellig): {{CARD:maestro,n12}} — bitte auf die neue Debitkarte umstellen.",
     "Maestro {{CARD:maestro}} declined: the issuer doesn't allow card-not-present transactions.",
     "Card on file: Mastercard {{CARD:mastercard}}. Next charge: {{DATE}}.",
     "The customer's Visa debit card {{CARD:visa}} expired; the new card arrives next week.",
     )

# ---- PHONE, national numbers near phone words
xadd("phone-nat", 4,
     "You can reach me at {{PHONE:nat}} after 6pm — {{NAME}} (ticket {{TICKET}})",
     "CRM note {{DATE}}: customer not answering at {{PHONE:nat}}; left a voicemail, will retry tomorrow. — {{AGENT}}",
     "Please call me on {{PHONE:nat}}, I'm travelling and can't check e-mail this week.",
     "Thanks {{FIRST}}! I've updated your contact number to {{PHONE:nat}}. You'll get a confirmation shortly.",
     '{"customer_id": "{{CUSTID}}", "name": "{{NAME}}", "phone": "{{PHONE:contig}}", "preferred_channel": "phone"}',
     '{"contact": {"mobile": "{{PHONE:nat,contig#1}}", "landline": "{{PHONE:nat#2}}"}, "opt_in": true}',
     "| Contact | Number | Notes |\n|---|---|---|\n| {{NAME#1}} | {{PHONE:nat#1}} | mobile |\n| {{NAME#2}} | {{PHONE:nat#2}} | office, mornings only |",
     "Best regards,\n{{NAME}}\nAccounts Payable\nPh: {{PHONE:nat#1}} | Fax: {{PHONE:nat#2}}",
     "Tel. {{PHONE:nat}} (Mon–Fri, {{T1}}–{{T2}})",
     "Office: {{PHONE:nat#1}}\nDesk: {{PHONE:nat#2}}\nMobile: {{PHONE:nat,contig#3}}",
     "WhatsApp: {{PHONE:nat}} — the customer prefers messages over calls.",
     "Cell {{PHONE:nat}}, best reached before noon.",
     "The delivery driver will call you on {{PHONE:nat}} about 30 minutes before arrival.",
     "Landline {{PHONE:nat}} is disconnected, so I used the e-mail on file instead.",
     "Contact number provided: {{PHONE:nat}}. Verified by text message on {{DATE}}.",
     "Fax the signed form to {{PHONE:nat}} or upload it in the portal.",
     "Caller ID showed {{PHONE:nat}}; the customer confirmed it's their home phone.",
     "Please update the emergency contact: {{NAME}}, phone {{PHONE:nat}}.",
     "BEGIN:VCARD\nVERSION:3.0\nFN:{{NAME}}\nTEL;TYPE=cell:{{PHONE:nat#1}}\nTEL;TYPE=work:{{PHONE:nat#2}}\nEND:VCARD",
     "Call log: {{TIME}} outbound call to {{PHONE:nat}} — no answer (rang 6 times).",
     "Customer: my number is {{PHONE:nat}}, not the one on the order.\nAgent: Thanks, I've corrected the phone number on {{ORDER}}.",
     "Voicemail transcript: \"Hi, it's {{FIRST}} calling about my refund, please call me back on {{PHONE:nat,noext}}, thanks.\"",
     "Can you ring the site manager? His mobile is {{PHONE:nat,contig}}.",
     "contacts:\n  primary:\n    phone: \"{{PHONE:nat#1}}\"\n  backup:\n    phone: \"{{PHONE:nat#2}}\"",
     "Text message to mobile {{PHONE:nat}} failed (number unreachable); falling back to e-mail.",
     "Reception desk: {{PHONE:nat,noext}} (internal extension 204).",
     "Update on {{TICKET}}: tried the customer's cell {{PHONE:nat}} twice ({{TIME#1}}, {{TIME#2}}), no answer.",
     "Landline: {{PHONE:nat}}\nPreferred time: {{T1}}–{{T2}}",
     "Contact number (home): {{PHONE:nat}}",
     "If the courier can't find the address, he should call my cell: {{PHONE:nat}}.",
     '{"tool": "crm.get_contact", "result": {"id": "{{CUSTID}}", "phones": [{"type": "mobile", "number": "{{PHONE:nat#1}}"}, {"type": "office", "number": "{{PHONE:nat#2}}"}]}}',
     "Hi {{FIRST}}, thanks for your patience. A technician will phone you at {{PHONE:nat}} tomorrow between {{T1}} and {{T3}}.",
     "Note from {{AGENT}}: the customer asked us to stop calling {{PHONE:nat}} and use e-mail only.",
     "Sie erreichen mich unter Telefon {{PHONE:de,at,ch,nat}} oder mobil unter {{PHONE:de,at,ch,nat#2}}.",
     "Rückrufbitte: Herr {{LAST}}, Telefon {{PHONE:de,nat}}, ab 14 Uhr erreichbar.",
     "Telefonnotiz {{DATE_DE}}: Kundin unter {{PHONE:de,at,nat}} nicht erreicht, Mailbox besprochen.",
     "Tel.: {{PHONE:de,ch,at,nat#1}} · Fax: {{PHONE:de,ch,at,nat#2}}",
     "Vous pouvez me joindre au {{PHONE:fr,nat}} (portable) ou au bureau au {{PHONE:fr,be,ch,nat#2}}.",
     "Téléphone : {{PHONE:fr,be,ch,nat}} — rappeler le client avant 18h.",
     "Le client ne répond pas au téléphone ({{PHONE:fr,be,nat}}) ; j'ai laissé un message vocal.",
     "Mi móvil es {{PHONE:es,nat}}, llámame cuando llegue el pedido.",
     "Teléfono de contacto: {{PHONE:es,mx,ar,co#1}} (fijo) / móvil {{PHONE:es,mx,ar,co#2}}",
     "El cliente no contesta al teléfono {{PHONE:mx,ar,co,es}}; probar por WhatsApp.",
     "Tokyo branch tel: {{PHONE:jp,nat}} — ask for {{LAST}}-san.",
     "Sydney office: {{PHONE:au,nat#1}} | Auckland office: {{PHONE:nz,nat#2}}",
     "Please call me on {{PHONE:uk,ie,nat}} — I'm on the London desk today.",
     "Customer's mobile: {{PHONE:in,sg,hk,cn,nat}}; prefers a call in the afternoon.",
     "Mobile {{PHONE:za,ng,ke,eg,nat}} — the customer only has coverage in the evening.",
     "Office phone {{PHONE:il,ae,tr,ru,nat}}; the customer's working week is Sunday to Thursday.",
     "Customer contact (landline): {{PHONE:pl,cz,hu,se,no,dk,fi,nat}}",
     "Home phone {{PHONE:pt,it,gr,nat}}, mobile {{PHONE:pt,it,gr,nat#2}}.",
     "WhatsApp {{PHONE:br,mx,ar,co,nat}} — prefers Spanish or Portuguese.",
     "Reach me at {{PHONE:kr,ph,id,cn,xx,nat}} (mobile) if the parcel is delayed.",
     '{"id": "{{CUSTID}}", "mobile": "{{PHONE:contigonly}}", "sms_opt_in": false}',
     "Téléphone portable : {{PHONE:fr,contigonly}} (le client préfère les SMS).",
     "Telefon (mobil): {{PHONE:de,contigonly}}, erreichbar ab {{T3}} Uhr.",
     "Mobile no. {{PHONE:in,contigonly}} — OTP delivery failed twice.",
     "Please call me at {{PHONE:us,uk,contigonly}}, my work phone is switched off.",
     )
# ---- PHONE, international with trunk zero / exit code / extension
xadd("phone-intl", 4,
     "Our head office: {{PHONE:intl}} (switchboard, {{T1}}–{{T2}} local time)",
     "The customer is abroad this week — call them on {{PHONE:intl}} (roaming).",
     "From abroad, phone {{PHONE:intl}}; from inside the country drop the country code.",
     "--\n{{NAME}}\nCustomer Success\nTel {{PHONE:intl#1}}\nMobile {{PHONE:nat#2}}",
     '{"name": "{{NAME}}", "phone": "{{PHONE:intl}}", "country": "{{CC2}}"}',
     "Direct phone line {{PHONE:intl}} — {{NAME}}, Key Account Manager.",
     "Please have the supplier's office call us back at {{PHONE:intl}}.",
     "| Team | Telephone |\n|---|---|\n| Sales | {{PHONE:intl#1}} |\n| Support | {{PHONE:intl#2}} |",
     )

# ---- MIXED: card and phone in one CRM note
xadd("mix-ctx", 4,
     "CRM — {{NAME}}\n- Phone: {{PHONE:nat#1}}\n- Card on file: {{CARD#1}} (exp {{EXP}})\n- Last contact: {{DATE}}, ticket {{TICKET}}",
     "Caller verified: phone {{PHONE:nat}}, card ending {{CARD|last4}}. During the call she read out the whole card number {{CARD}}, which I've redacted from the recording.",
     '{"customer": {"name": "{{NAME}}", "mobile": "{{PHONE:nat}}", "payment_method": {"card": "{{CARD}}", "network": "{{CARD|issuer}}"}}}',
     "Kunde {{NAME}}, Tel. {{PHONE:de,at,ch,nat}}, Kreditkarte {{CARD}} — Rückerstattung von {{PRICE_EU}} veranlasst.",
     "Cliente {{NAME}}, móvil {{PHONE:es,mx,ar,co}}, tarjeta {{CARD}}: el cargo duplicado de {{PRICE_EU}} ya fue reembolsado.",
     )

# ---- NEGATIVES near card / phone words
xadd("neg-ctx", 3,
     "Your order {{NORD}} has shipped — if anything's wrong, call us and quote ref {{N2}}.",
     "order {{NORD}} — call ref {{N2}}",
     "Our phone lines are open between {{T1}} and {{T2}} (Mon–Fri); outside those hours, please use the chat.",
     "Card balance: {{AMT_SP}} {{CUR}}. Available credit: {{AMT_SP#2}} {{CUR}}.",
     "Your Visa ending {{L4}} was charged {{USD}} on {{DATE_US}}.",
     "The value {{BAD_CARD}} in the `card_ref` column is our internal settlement reference, not a card number — it doesn't even pass the Luhn check.",
     "Test fixture: `INVALID_CARD = \"{{BAD_CARD}}\"  # wrong check digit, must be rejected`",
     "Call volume last week: {{QTY_SP}} calls, average handle time {{MMSS}}.",
     "Phone plan: {{GB}} GB data for {{USD_SMALL}} per month, contract {{CONTRACT}}.",
     "Gift card balance {{USD_SMALL}} — the card expires on {{DATE_EN}}.",
     "Please have your order number ({{NORD}}) ready when you call.",
     "Billed to cost centre {{CC_CODE}} (project {{PROJ}}), invoice {{INVOICE}} dated {{DATE_DE}}.",
     "Charged to the company account on {{DATE}} at {{TIME}}: {{USD}} (authorisation code {{AUTH6}}).",
     "Fax cover sheet: {{N}} pages including this one, sent {{DATE_US}} {{TIME}}.",
     "Desk {{DESK}} on floor {{N}} is free from {{DATE}}; the office moves to building {{BLD}}.",
     "Mobile app version {{VER}} (build {{BUILDN}}) fixes the login loop on Android 14.",
     "WhatsApp Business API v{{APIVER}}: message template {{TPL}} approved on {{DATE}}.",
     "Card reader model {{MODEL}}, firmware {{FW}}, {{N}} units in stock.",
     "Tel. hours: {{T1}}–{{T2}} CET; Fridays until {{T3}}.",
     "The customer called at {{TIME}} on {{DATE_DE}} about invoice {{INVOICE}}; call duration {{MMSS}}.",
     "Press 1 for billing, 2 for technical support, or stay on the line; the average wait is {{N}} minutes.",
     "Your credit card statement closes on the {{DAY}}th; minimum payment {{USD}}, due {{DATE_US}}.",
     "Mobile data used this month: {{GBDEC}} GB; the allowance resets on {{DATE_EN}}.",
     "Ticket {{NTICKET}} — the customer will phone back after {{TIME}}.",
     "Case {{NCASE}} — please call back quoting this case number.",
     "Debit card fee: {{PCT}} per transaction, capped at {{EUR}}.",
     "Acquirer reference number for the card refund: {{ARN}}. The customer can give it to their bank.",
     "Phone case SKU {{SKU}} is back in stock: {{QTY_SP}} units in the {{CITY}} warehouse.",
     "Your loyalty card has {{QTY_SP}} points; {{N3}} more and you reach Gold.",
     "Office hours: Mon–Thu {{T1}}–{{T2}}, Fri {{T1}}–{{T3}}. Call us any time in that window.",
     "Call us on the number printed on the back of your card, and never share your PIN. Tracking for the new card: {{UPS}}.",
     "The card {{MASKED}} expired {{EXP}}; please add a new one before {{DATE_EN}}.",
     '{"card_last4": "{{L4}}", "card_exp": "{{EXP}}", "card_country": "{{CC2}}", "amount": {{CENTS}}}',
     '{"phone_verified": false, "phone": null, "calls_last_30d": {{N}}, "avg_call_sec": {{N3}}}',
     '{"card": {"last4": "{{L4}}", "exp_month": {{MM}}, "exp_year": {{YYYY}}, "funding": "debit"}, "amount": {{CENTS}}, "created": {{EPOCH}}}',
     "Telefonische Sprechzeiten: Mo–Fr {{T1}}–{{T2}} Uhr. Bitte halten Sie Ihre Bestellnummer {{NORD}} bereit.",
     "Ihre Karte mit der Endung {{L4}} wurde am {{DATE_DE}} mit {{PRICE_EU}} belastet.",
     "Rufen Sie uns zwischen {{T1}} und {{T2}} Uhr an; Ihre Kundennummer lautet {{KDNR}}.",
     "Permanence téléphonique de {{TH1}} à {{TH2}} ; référence de commande {{NORD}}.",
     "Votre carte se terminant par {{L4}} a été débitée de {{EUR_FR}} le {{DATE_FR}}.",
     "Code postal {{PC_FR}} — livraison prévue le {{DATE_FRNUM}} ; le livreur appellera avant de passer.",
     "Horario de atención telefónica: de {{T1}} a {{T2}}. Número de pedido: {{NORD}}.",
     "Su tarjeta terminada en {{L4}} fue cargada con {{PRICE_EU}} el {{DATE_ES}}.",
     "Your call is number {{N}} in the queue. Estimated wait: {{MMSS}}.",
     "ISBN {{ISBN_SP}} — the phone repair manual ships on {{DATE_EN}}.",
     "Card fees:\n| Card type | Fee |\n|---|---|\n| Debit | {{PCT#1}} |\n| Credit | {{PCT#2}} |\n| Amex | {{PCT#3}} |",
     "The mobile number field needs 7–15 digits; '{{N3}}' was rejected as too short.",
     "Invoice {{INVOICE}}: 3 × phone stand at {{USD_SMALL#1}}, shipping {{USD_SMALL#2}}; paid on {{DATE_US}}.",
     "Contact number field left blank; the customer prefers e-mail. Postcode {{UKPC}}.",
     "The card terminal at till {{N}} reports error {{ERR}}; restart it and call IT if it persists.",
     "Please call me back about order {{NORD}}, it still hasn't arrived.",
     "Cell B{{N}} in the spreadsheet holds the total ({{USD}}); cell C{{N2}} holds the VAT.",
     "Card balance {{AMT_SP}} — top up before {{DATE_EN}} to avoid the {{EUR}} fee.",
     "Phone orders placed before {{T3}} ship the same day; yours ({{NORD}}) went out on {{DATE_DE}}.",
     "Ref. {{NREF}} — please phone the office if anything is missing from the delivery.",
     "Call centre KPI for {{DATE_EN}}: {{QTY_SP}} calls, {{PCT}} abandoned, {{N}} agents on shift.",
     "The mobile tariff costs {{PRICE_EU}} per month; minimum term 24 months; order number {{NORD}}.",
     "Fax: n/a · Tel: n/a · Order {{NORD}} · Delivered {{DATE_DE}}",
     "Call scheduled for {{DATE_DE}}, {{TIME}} (CET) to go through invoice {{INVOICE}}.",
     "Rückruf am {{DATE_DE}} um {{TIME}} Uhr vereinbart; Vorgang {{NORD}}.",
     "Rappel téléphonique prévu le {{DATE_FRNUM}} à {{TH1}} ; dossier {{NORD}}.",
     "Card valid from {{EXP#1}} to {{EXP#2}}; credit limit {{AMT_SP}} {{CUR}}, currently used {{AMT_SP#2}}.",
     "The phone number on file is masked as ***-***-{{L4}}, so I can't read it out; please confirm it in the app.",
     "Llamada programada para el {{DATE_ES}} a las {{TIME}}; pedido {{NORD}}, importe {{PRICE_EU}}.",
     "I tried to call, but the number on the account is only the placeholder 000; please add a real one (ticket {{TICKET}}).",
     )

# ---- NEGATIVES without card / phone words
xadd("neg-num", 3,
     "Dates in the export: {{DATE_MIX#1}}, {{DATE_MIX#2}} and {{DATE_MIX#3}}.",
     "Meeting moved to {{DATE_FR}} at {{TIME}}; room {{ROOM}}.",
     "Shipping to {{POSTADDR}}; parcel weight {{KG}} kg; {{QTY_SP}} items in the consignment.",
     "Release {{VER#1}} (build {{BUILDN}}) is live; rollback target {{VER#2}}.",
     "Total revenue {{USD_BIG}}, up {{PCT}}; {{QTY}} orders.",
     "ISBN {{ISBN13}} and ISBN {{ISBN_SP}} are the two editions of the handbook.",
     "UPS {{UPS}} — out for delivery, expected between {{T1}} and {{T3}}.",
     "USPS tracking {{USPS}} — delivered {{DATE_US}}.",
     "Amazon order {{ORDER_LONG}} was placed on {{DATE}}.",
     "Population {{QTY_SP}}; area {{AREA}} km².",
     "The contract starts on {{DATE_DE}} and runs for {{N}} months; notice period {{GOALS}} weeks.",
     "Coordinates {{COORD}}; elevation {{N3}} m.",
     "SKU {{SKU}}, EAN {{EAN13}}, batch {{BATCHN}}.",
     "Amounts in the statement: {{AMT_SP}}, {{PRICE_EU}}, {{USD}} and {{INR}}.",
     "The firmware string is {{FW}} and the kernel is {{KERNEL}}.",
     "Postcodes in the batch: {{PC_DE}}, {{PC_FR}}, {{UKPC}}, {{PC_NL}}, {{PC_JP}}, {{PC_ES}}.",
     "Final score {{GOALS#1}}-{{GOALS#2}} after extra time; attendance {{QTY_SP}}.",
     "Your booking reference is {{PNR}}, flight {{FLIGHT}} on {{DATE_EN}} departing {{TIME}}.",
     "Temperature log: {{TEMP#1}} °C at {{TIME#1}}, {{TEMP#2}} °C at {{TIME#2}}.",
     "El pedido {{NORD}} llegará el {{DATE_ES}} entre las {{T1}} y las {{T2}}.",
     "Lieferung am {{DATE_DE}} zwischen {{T1}} und {{T2}} Uhr, Gewicht {{KG}} kg, PLZ {{PC_DE}}.",
     "Facture n° {{NFACT}} du {{DATE_FRNUM}} : {{EUR_FR}} TTC.",
     "| Quarter | Revenue | Orders |\n|---|---|---|\n| Q1 | {{USD_BIG#1}} | {{QTY_SP#1}} |\n| Q2 | {{USD_BIG#2}} | {{QTY_SP#2}} |",
     "Audit log: event at epoch {{EPOCH}}, exported on {{LOGTS}}.",
     "Config: max_connections = {{N4}}, timeout_ms = {{N5}}, retries = {{N}}.",
     "Order {{NORD}} was split into {{N}} parcels; the last one leaves the warehouse on {{DATE_MIX}}.",
     "Invoice {{INVOICE}} — {{QTY_SP}} units at {{AMT_SP}} {{CUR}}, due {{DATE_MIX}}.",
     "Wir haben Ihre Bestellung {{NORD}} am {{DATE_DE}} um {{TIME}} Uhr erhalten.",
     "Commande {{NORD}} expédiée le {{DATE_FR}} ; {{N}} colis, poids total {{KG}} kg.",
     "Version {{VER}} requires at least {{N}} GB of RAM and {{QTY_SP}} MB of disk.",
     )


def build_extended(seen_text):
    cases, errors, counters = [], [], {}
    for prefix, reps, template in XT:
        made = 0
        for _ in range(reps * 6):
            if made == reps:
                break
            text, ents = render_x(template)
            if text in seen_text:
                continue
            seen_text.add(text)
            made += 1
            counters[prefix] = counters.get(prefix, 0) + 1
            cid = f"{prefix}-{counters[prefix]:03d}"
            if prefix.startswith("neg"):
                assert not ents, cid
            errors += lint_x(cid, text, ents)
            cases.append({"id": cid, "text": text, "entities": ents})
        if made < reps:
            errors.append(f"only {made} distinct renderings of {template[:60]!r}")
    # self-checks of the extended card validator
    assert issuer_of("6759649826438453") == "maestro" and issuer_of("3530111333300000") == "jcb"
    assert card_ok_ext("3056 930902 5904") and card_ok_ext("6200000000000005") and not card_ok_ext("6200000000000006")
    assert card_ok_ext("4111-1111-1111-1111") and not card_ok_ext("4111 1111-1111 1111")
    assert not card_ok_ext("4111 11111 1111 111")
    return cases, errors


def report_extended(cases):
    types, styles, prefixes = {}, {}, {}
    for c in cases:
        p = c["id"].rsplit("-", 1)[0]
        prefixes[p] = prefixes.get(p, 0) + 1
        for e in c["entities"]:
            types[e["type"]] = types.get(e["type"], 0) + 1
            styles[(e["type"], e["style"])] = styles.get((e["type"], e["style"]), 0) + 1
    print(f"extended sections: {len(cases)} cases, {sum(1 for c in cases if not c['entities'])} negatives")
    print("  cases per section: " + ", ".join(f"{p} {n}" for p, n in prefixes.items()))
    for t, n in sorted(types.items()):
        print(f"  {t}: {n} values in {len({s for (tt, s) in styles if tt == t})} styles")
        items = sorted(((s, k) for (tt, s), k in styles.items() if tt == t))
        for i in range(0, len(items), 4):
            print("    " + "".join(f"{s:<34} {k:>3}  " for s, k in items[i:i + 4]).rstrip())
    issuers = {}
    for (t, s), k in styles.items():
        if t == "CREDIT_CARD":
            key = s.split("-")[0] + "-" + s.split("-")[1]
            issuers[key] = issuers.get(key, 0) + k
    print("  CREDIT_CARD by issuer-length: " + ", ".join(f"{k} {v}" for k, v in sorted(issuers.items())))


# ---------------------------------------------------------------- main

def main():
    out_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus.jsonl")
    cases, errors, seen_text = [], [], set()
    counters = {}
    for group, reps, template in T:
        made = 0
        for _ in range(reps * 4):
            if made == reps:
                break
            text, ents, allow = render(template)
            if text in seen_text:
                continue
            seen_text.add(text)
            made += 1
            counters[group] = counters.get(group, 0) + 1
            cid = f"{group}-{counters[group]:03d}"
            errors += lint(cid, text, ents, allow)
            if group == "neg":
                assert not ents, cid
            cases.append({"id": cid, "text": text,
                          "entities": [{"type": t, "value": v} for t, v in ents]})
    # the extended sections (own random stream, appended after the cases above)
    xcases, xerrors = build_extended(seen_text)
    cases += xcases
    errors += xerrors
    # self-checks of the validators on the classic near-misses
    assert not card_ok("4111 1111 1111 1112") and card_ok("4111 1111 1111 1111")
    assert not ssn_ok("000-12-3456") and not ssn_ok("666-12-3456") and not ssn_ok("912-34-5678")
    assert not ssn_ok("123-00-4567") and not ssn_ok("123-45-0000") and ssn_ok("219-09-9999")
    assert iban_ok("DE89 3704 0044 0532 0130 00") and not iban_ok("DE88 3704 0044 0532 0130 00")
    assert iban_ok("GB82WEST12345698765432") and not ip_ok("10.0.19045.3693")
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids")
    if errors:
        print("\n".join(errors), file=sys.stderr)
        sys.exit(1)
    with open(out_path, "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    per_type_cases, per_type_ents = {}, {}
    for c in cases:
        for t in {e["type"] for e in c["entities"]}:
            per_type_cases[t] = per_type_cases.get(t, 0) + 1
        for e in c["entities"]:
            per_type_ents[e["type"]] = per_type_ents.get(e["type"], 0) + 1
    print(f"wrote {len(cases)} cases to {out_path}")
    print(f"  negatives (entities == []): {sum(1 for c in cases if not c['entities'])}")
    print(f"  templates: {len(T)}")
    print(f"  {'type':<18} {'cases':>6} {'values':>7}")
    for t in VALIDATORS:
        print(f"  {t:<18} {per_type_cases.get(t, 0):>6} {per_type_ents.get(t, 0):>7}")
    report_extended(xcases)


if __name__ == "__main__":
    main()
