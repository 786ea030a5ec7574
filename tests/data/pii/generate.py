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


def lint(case_id, text, ents, allow):
    errors = []
    covered = []
    for typ, v in ents:
        occ = spans_of(text, v)
        if not occ:
            errors.append(f"{case_id}: {typ} value not in text: {v!r}")
        for s, e in occ:
            if not boundary_ok(text, s, e, v, typ):
                errors.append(f"{case_id}: {typ} value {v!r} occurs at a non-boundary position")
            covered.append((s, e))
        if not VALIDATORS[typ](v):
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
        if luhn_ok(digits) and (card_brand(digits) or digits[0] in "3456") and not is_cov(m.start(), m.end()):
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


if __name__ == "__main__":
    main()
