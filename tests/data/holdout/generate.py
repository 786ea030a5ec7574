#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Build the held-out evaluation sets for agentwatch.

    python3 tests/data/holdout/generate.py          # writes refusal.jsonl, pii.jsonl
    python3 tests/data/holdout/generate.py --warn   # also print soft-check warnings

Deterministic: fixed seed, no network, standard library only. Written
independently of the evaluators (see README.md). Every labelled value is
verified to be a substring of its text and to satisfy its type's rules
(Luhn + issuer prefix, IBAN mod-97 + country length, SSN ranges, ...). A
second pass scans every text with independent detectors and fails if a
strict-format value (card, IBAN, SSN, IP, token, key) is present but not
labelled, so negatives stay negative.
"""
import base64
import ipaddress
import json
import os
import random
import re
import string
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import refusal_texts  # noqa: E402

SEED = 20240611
rng = random.Random(SEED)

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DIG = string.digits
ALNUM = UP + LO + DIG
B64URL = ALNUM + "-_"


def rs(chars, n):
    return "".join(rng.choice(chars) for _ in range(n))


def rdig(n, first_nonzero=False):
    s = rs(DIG, n)
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


# ---------------------------------------------------------------- checksums

def luhn_ok(num):
    d = [int(c) for c in num]
    total = 0
    for i, v in enumerate(reversed(d)):
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


def issuer_ok(num):
    if num[0] == "4" and len(num) in (13, 16, 19):
        return True
    if len(num) == 16 and 51 <= int(num[:2]) <= 55:
        return True
    if len(num) == 16 and 2221 <= int(num[:4]) <= 2720:
        return True
    if len(num) == 15 and num[:2] in ("34", "37"):
        return True
    if len(num) == 16 and (num.startswith("6011") or num.startswith("65")):
        return True
    return False


IBAN_LEN = {"DE": 22, "GB": 22, "FR": 27, "ES": 24, "NL": 18, "BE": 16, "CH": 21,
            "AT": 20, "PL": 28, "IE": 22, "PT": 25, "SE": 24, "NO": 15, "DK": 18,
            "IT": 27, "FI": 18, "LU": 20}


def iban_numeric(s):
    return "".join(str(int(c, 36)) for c in s)


def iban_ok(iban):
    s = iban.replace(" ", "")
    if len(s) != IBAN_LEN.get(s[:2], -1):
        return False
    r = s[4:] + s[:4]
    return int(iban_numeric(r)) % 97 == 1


def iban_make(cc, bban):
    chk = 98 - int(iban_numeric(bban + cc + "00")) % 97
    iban = f"{cc}{chk:02d}{bban}"
    assert iban_ok(iban), iban
    return iban


def es_dc(digits):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    v = 11 - sum(int(a) * b for a, b in zip(digits, w)) % 11
    return {11: 0, 10: 1}.get(v, v)


def fr_rib_key(bank, branch, acct):
    return 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)


def gen_iban(cc=None):
    cc = cc or rng.choice(["DE", "DE", "GB", "GB", "FR", "ES", "NL", "BE", "CH", "AT",
                           "PL", "IE", "PT", "SE", "NO", "DK", "IT", "FI", "LU"])
    if cc == "DE":
        bban = rdig(8, True) + rdig(10)
    elif cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"]) + rdig(6) + rdig(8)
    elif cc == "FR":
        bank, branch, acct = rdig(5, True), rdig(5), rdig(11)
        bban = bank + branch + acct + f"{fr_rib_key(bank, branch, acct):02d}"
    elif cc == "ES":
        bank, branch, acct = rdig(4, True), rdig(4), rdig(10)
        bban = bank + branch + str(es_dc("00" + bank + branch)) + str(es_dc(acct)) + acct
    elif cc == "NL":
        bban = rng.choice(["ABNA", "RABO", "INGB", "TRIO", "SNSB"]) + rdig(10)
    elif cc == "BE":
        first = rdig(10, True)
        c = int(first) % 97 or 97
        bban = first + f"{c:02d}"
    elif cc == "CH":
        bban = rdig(5) + rdig(12)
    elif cc == "AT":
        bban = rdig(5, True) + rdig(11)
    elif cc == "PL":
        bban = rdig(8, True) + rdig(16)
    elif cc == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS"]) + rdig(6) + rdig(8)
    elif cc == "PT":
        bban = rdig(21)
    elif cc == "SE":
        bban = rdig(20)
    elif cc == "NO":
        bban = rdig(11)
    elif cc == "DK":
        bban = rdig(14)
    elif cc == "IT":
        bban = rng.choice(UP) + rdig(5) + rdig(5) + rdig(12)
    elif cc == "FI":
        bban = rdig(14)
    elif cc == "LU":
        bban = rdig(3) + rdig(13)
    iban = iban_make(cc, bban)
    assert len(iban) == IBAN_LEN[cc]
    return iban


def group4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def fmt_iban(iban):
    return group4(iban) if rng.random() < 0.45 else iban


def bad_iban():
    """Right length, wrong check digits."""
    good = gen_iban()
    chk = int(good[2:4])
    bad = good[:2] + f"{(chk + rng.randint(1, 40)) % 97 + 2:02d}" + good[4:]
    if iban_ok(bad):
        return bad_iban()
    return bad


# ------------------------------------------------------------------- values

FIRST = ["Maria", "James", "Aisha", "Chen", "Lukas", "Sofia", "Rahul", "Emma", "Diego", "Hannah",
         "Kwame", "Yuki", "Olivia", "Mateo", "Fatima", "Noah", "Ingrid", "Tomás", "Priya", "Liam",
         "Zoe", "Omar", "Elena", "Marcus", "Julia", "Sven", "Amara", "Hiroshi", "Camille", "Dmitri"]
LAST = ["Lopez", "Okafor", "Nguyen", "Schmidt", "Rossi", "Patel", "Johnson", "Kowalski", "Haddad",
        "Tanaka", "Silva", "Fischer", "O'Brien", "Moreau", "Andersson", "Kim", "Mensah", "Novak",
        "Garcia", "Bianchi", "Walsh", "Ivanova", "Dubois", "Costa", "Lindqvist", "Reyes"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "proton.me", "icloud.com", "hotmail.de",
           "northwind-traders.com", "acme.io", "contoso.org", "fabrikam.co", "globex.net",
           "initech.com", "mail.lumen-health.org", "bluebird.travel", "eu.tailspin-toys.com",
           "web.de", "orange.fr", "libero.it", "uni-heidelberg.de", "stanford.edu"]


def name():
    return rng.choice(FIRST), rng.choice(LAST)


def ascii_fold(s):
    return (s.replace("á", "a").replace("é", "e").replace("í", "i").replace("ó", "o")
            .replace("ú", "u").replace("'", ""))


def email(first=None, last=None):
    f, l = name()
    f = ascii_fold(first or f)
    l = ascii_fold(last or l)
    d = rng.choice(DOMAINS)
    style = rng.randrange(9)
    local = [f"{f}.{l}".lower(), f"{f[0]}{l}".lower(), f"{f.lower()}_{l.lower()}{rng.randint(1, 99)}",
             f"{f.lower()}+{rng.choice(['orders', 'travel', 'news', 'bank'])}",
             f"{l.lower()}.{f[0].lower()}", f"{f}.{l}", f"{f.lower()}{rng.randint(1970, 2005)}",
             f"{f[0].lower()}.{l.lower()}-ext", f"{f.lower()}.{l.lower()}"][style]
    return f"{local}@{d}"


US_AREAS = ["212", "415", "646", "312", "206", "617", "303", "512", "404", "305", "718", "213", "702"]


def phone(kind=None):
    kind = kind or rng.choice(["us_e164", "us_intl", "us_paren", "us_dash", "us_dot", "uk", "uk_nat",
                               "uk_mob", "de", "de_nat", "fr", "fr_nat", "au", "au_nat", "in",
                               "br", "jp", "es", "nl", "us_plus_paren", "ie", "mx"])
    a = rng.choice(US_AREAS)
    ex = rng.choice(["555", rdig(1).replace("0", "2").replace("1", "3") + rdig(2)])
    ln = rdig(4)
    if kind == "us_e164":
        return f"+1{a}{ex}{ln}"
    if kind == "us_intl":
        return f"+1 {a}-{ex}-{ln}"
    if kind == "us_plus_paren":
        return f"+1 ({a}) {ex}-{ln}"
    if kind == "us_paren":
        return f"({a}) {ex}-{ln}"
    if kind == "us_dash":
        return f"{a}-{ex}-{ln}"
    if kind == "us_dot":
        return f"{a}.{ex}.{ln}"
    if kind == "uk":
        return f"+44 20 7{rdig(3)} {rdig(4)}"
    if kind == "uk_nat":
        return f"020 7{rdig(3)} {rdig(4)}"
    if kind == "uk_mob":
        return rng.choice([f"07700 900{rdig(3)}", f"+44 7{rdig(3)} {rdig(6)}", f"+447{rdig(9)}"])
    if kind == "de":
        return rng.choice([f"+49 30 {rdig(8)}", f"+49 151 {rdig(8)}", f"+4989{rdig(7)}"])
    if kind == "de_nat":
        return rng.choice([f"030 {rdig(8)}", f"0151 {rdig(4)} {rdig(4)}", f"089 / {rdig(3)} {rdig(4)}"])
    if kind == "fr":
        return f"+33 6 {rdig(2)} {rdig(2)} {rdig(2)} {rdig(2)}"
    if kind == "fr_nat":
        return f"0{rng.choice('1679')} {rdig(2)} {rdig(2)} {rdig(2)} {rdig(2)}"
    if kind == "au":
        return rng.choice([f"+61 4{rdig(2)} {rdig(3)} {rdig(3)}", f"+61 2 {rdig(4)} {rdig(4)}"])
    if kind == "au_nat":
        return f"04{rdig(2)} {rdig(3)} {rdig(3)}"
    if kind == "in":
        return rng.choice([f"+91 9{rdig(4)} {rdig(5)}", f"+919{rdig(9)}"])
    if kind == "br":
        return f"+55 11 9{rdig(4)}-{rdig(4)}"
    if kind == "jp":
        return f"+81 3-{rdig(4)}-{rdig(4)}"
    if kind == "es":
        return f"+34 6{rdig(2)} {rdig(2)} {rdig(2)} {rdig(2)}"
    if kind == "nl":
        return f"+31 6 {rdig(8)}"
    if kind == "ie":
        return f"+353 87 {rdig(3)} {rdig(4)}"
    if kind == "mx":
        return f"+52 55 {rdig(4)} {rdig(4)}"
    raise ValueError(kind)


def card_digits(brand=None):
    brand = brand or rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc", "disc65", "visa"])
    if brand == "visa":
        p, n = "4" + rdig(5), 16
    elif brand == "mc":
        p, n = str(rng.randint(51, 55)) + rdig(4), 16
    elif brand == "mc2":
        p, n = str(rng.randint(2221, 2720)) + rdig(2), 16
    elif brand == "amex":
        p, n = rng.choice(["34", "37"]) + rdig(4), 15
    elif brand == "disc":
        p, n = "6011" + rdig(2), 16
    else:
        p, n = "65" + rdig(4), 16
    num = luhn_complete(p + rdig(n - len(p) - 1))
    assert luhn_ok(num) and issuer_ok(num)
    return num


def fmt_card(num, style=None):
    style = style if style is not None else rng.randrange(4)
    if len(num) == 15:
        parts = [num[:4], num[4:10], num[10:]]
        return [num, " ".join(parts), "-".join(parts), " ".join(parts)][style]
    return [num, group4(num), group4(num, "-"), group4(num)][style]


def bad_card():
    num = card_digits(rng.choice(["visa", "mc", "disc"]))
    last = int(num[-1])
    bad = num[:-1] + str((last + rng.randint(1, 9)) % 10)
    assert not luhn_ok(bad)
    return bad


def ssn():
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def ssn_ok(s):
    d = s.replace("-", "")
    if not re.fullmatch(r"\d{9}", d):
        return False
    a, g, n = d[:3], d[3:5], d[5:]
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


def ipv4(kind=None):
    kind = kind or rng.choice(["pub", "pub", "pub", "10", "192", "172", "doc"])
    if kind == "pub":
        return f"{rng.choice([3, 13, 18, 34, 35, 44, 52, 54, 64, 81, 91, 104, 142, 151, 185, 212])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if kind == "10":
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if kind == "192":
        return f"192.168.{rng.randint(0, 10)}.{rng.randint(2, 254)}"
    if kind == "172":
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return f"{rng.choice(['203.0.113', '198.51.100', '192.0.2'])}.{rng.randint(1, 254)}"


def ipv6():
    style = rng.randrange(5)
    h = lambda: f"{rng.randint(1, 0xffff):x}"
    if style == 0:
        v = f"2001:db8:{h()}:{h()}::{h()}"
    elif style == 1:
        v = f"fe80::{h()}:{h()}:{h()}:{h()}"
    elif style == 2:
        v = ":".join([rng.choice(["2a02", "2600", "2a01", "2001", "2607"])] + [h() for _ in range(7)])
    elif style == 3:
        v = f"2600:1f18:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}"
    else:
        v = f"2a03:2880:{h()}:{h()}::{h()}"
    ipaddress.IPv6Address(v)
    return v


def aws_key():
    return rng.choice(["AKIA", "AKIA", "ASIA"]) + rs(UP + "234567", 16)


def aws_secret():
    return rs(ALNUM + "/+", 40)


def gh_token(kind=None):
    kind = kind or rng.choice(["ghp_", "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"])
    if kind == "github_pat_":
        return "github_pat_" + "11" + rs(UP + DIG, 20) + "_" + rs(ALNUM, 59)
    return kind + rs(ALNUM, 36)


def slack_token(kind=None):
    kind = kind or rng.choice(["xoxb", "xoxb", "xoxp"])
    if kind == "xoxb":
        return f"xoxb-{rdig(rng.choice([10, 12, 13]), True)}-{rdig(13, True)}-{rs(ALNUM, 24)}"
    return f"xoxp-{rdig(11, True)}-{rdig(12, True)}-{rdig(13, True)}-{rs('0123456789abcdef', 32)}"


def openai_key(kind=None):
    kind = kind or rng.choice(["legacy", "proj", "proj"])
    if kind == "legacy":
        return "sk-" + rs(ALNUM, 20) + "T3BlbkFJ" + rs(ALNUM, 20)
    body = rs(ALNUM + "-_", 74) + "T3BlbkFJ" + rs(ALNUM + "-_", 74)
    return "sk-proj-" + body


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt():
    alg = rng.choice(["HS256", "RS256", "ES256"])
    hdr = {"alg": alg, "typ": "JWT"}
    if alg != "HS256":
        hdr["kid"] = rs(LO + DIG, 12)
    iat = rng.randint(1700000000, 1718000000)
    pl = {"sub": rdig(8), "iat": iat, "exp": iat + rng.choice([900, 3600, 86400])}
    if rng.random() < 0.5:
        pl["scope"] = rng.choice(["read:orders", "admin", "openid profile email"])
    if rng.random() < 0.4:
        pl["iss"] = rng.choice(["https://auth.acme.io/", "https://login.contoso.org", "agentwatch"])
    siglen = {"HS256": 32, "RS256": 256, "ES256": 64}[alg]
    sig = bytes(rng.randrange(256) for _ in range(siglen))
    return ".".join([b64u(json.dumps(hdr, separators=(",", ":")).encode()),
                     b64u(json.dumps(pl, separators=(",", ":")).encode()), b64u(sig)])


def pem(kind=None, indent=""):
    kind = kind or rng.choice(["PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY",
                               "EC PRIVATE KEY", "PRIVATE KEY", "ENCRYPTED PRIVATE KEY"])
    if kind == "PRIVATE KEY":
        if rng.random() < 0.5:  # ed25519 pkcs8
            raw = bytes.fromhex("302e020100300506032b657004220420") + bytes(rng.randrange(256) for _ in range(32))
        else:  # rsa pkcs8 (trimmed length to keep the file readable)
            raw = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7") + \
                bytes(rng.randrange(256) for _ in range(rng.choice([600, 900, 1190])))
    elif kind == "RSA PRIVATE KEY":
        raw = bytes.fromhex("308204a40201000282010100") + bytes(rng.randrange(256) for _ in range(rng.choice([700, 1180])))
    elif kind == "EC PRIVATE KEY":
        raw = bytes.fromhex("30770201010420") + bytes(rng.randrange(256) for _ in range(32)) + \
            bytes.fromhex("a00a06082a8648ce3d030107a144034200") + bytes(rng.randrange(256) for _ in range(65))
    elif kind == "OPENSSH PRIVATE KEY":
        raw = b"openssh-key-v1\x00" + bytes(rng.randrange(256) for _ in range(rng.choice([384, 420])))
    else:
        raw = bytes.fromhex("308205") + bytes(rng.randrange(256) for _ in range(700))
    body = base64.b64encode(raw).decode()
    width = 70 if kind == "OPENSSH PRIVATE KEY" else 64
    lines = [body[i:i + width] for i in range(0, len(body), width)]
    out = [f"-----BEGIN {kind}-----"] + lines + [f"-----END {kind}-----"]
    return ("\n" + indent).join(out)


def uuid4():
    h = rs("0123456789abcdef", 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def hexs(n):
    return rs("0123456789abcdef", n)


def ts():
    return f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}.{rdig(3)}Z"


def full_name():
    f, l = name()
    return f"{f} {l}", f, l


# -------------------------------------------------------- positive templates
# Each returns (text, [(TYPE, value), ...]).

POS = []


def pos(fn):
    POS.append(fn)
    return fn


@pos
def t_support_email_phone():
    n, f, l = full_name()
    e, p = email(f, l), phone()
    return (f"I've updated the contact email on your account to {e}. A confirmation link was sent there, "
            f"and we'll text a code to the phone number on file ({p}) as well.",
            [("EMAIL_ADDRESS", e), ("PHONE_NUMBER", p)])


@pos
def t_crm_json():
    n, f, l = full_name()
    e, p = email(f, l), phone()
    rec = {"id": f"cus_{rs(ALNUM, 14)}", "name": n, "email": e, "phone": p,
           "created_at": ts(), "plan": rng.choice(["pro", "free", "team"]), "mrr": round(rng.uniform(0, 500), 2)}
    return ("Tool result `crm.get_customer`:\n```json\n" + json.dumps(rec, indent=2, ensure_ascii=False) + "\n```",
            [("EMAIL_ADDRESS", e), ("PHONE_NUMBER", p)])


@pos
def t_csv_contacts():
    rows, ents = ["customer_id,full_name,email,phone,signup_date"], []
    for _ in range(rng.randint(2, 4)):
        n, f, l = full_name()
        e, p = email(f, l), phone(rng.choice(["us_dash", "us_paren", "uk_nat", "de", "fr", "us_e164"]))
        rows.append(f"{rng.randint(10000, 99999)},{n},{e},{p},2023-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
        ents += [("EMAIL_ADDRESS", e), ("PHONE_NUMBER", p)]
    return "\n".join(rows), ents


@pos
def t_auth_log():
    e, ip = email(), ipv4()
    return (f"{ts()} INFO  auth.login success user={e} src_ip={ip} mfa=totp session_ttl=3600 "
            f"ua=\"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.207 Safari/537.36\"",
            [("EMAIL_ADDRESS", e), ("IP_ADDRESS", ip)])


@pos
def t_nginx():
    ips = [ipv4() for _ in range(rng.randint(1, 3))]
    paths = ["/api/v1/orders?page=2", "/healthz", "/login", "/static/app.3f9c1.js", "/api/v2/users/me"]
    lines = [f"{ip} - - [11/Jun/2024:09:{rng.randint(10, 59)}:{rng.randint(10, 59)} +0000] \"GET {rng.choice(paths)} HTTP/1.1\" "
             f"{rng.choice([200, 200, 304, 401, 404])} {rng.randint(120, 9000)} \"-\" \"curl/8.4.0\"" for ip in ips]
    return "\n".join(lines), [("IP_ADDRESS", ip) for ip in ips]


@pos
def t_sshd_v6():
    ip = ipv6()
    return (f"Jun 11 09:14:22 bastion-1 sshd[{rng.randint(1000, 60000)}]: Accepted publickey for deploy from {ip} "
            f"port {rng.randint(30000, 65000)} ssh2: ED25519 SHA256:{rs(ALNUM + '+/', 43)}",
            [("IP_ADDRESS", ip)])


@pos
def t_dns_answer():
    a, b, v6 = ipv4("pub"), ipv4("pub"), ipv6()
    return (f"Ran `dig +short api.northwind-traders.com A` and `AAAA`:\n\n```\n{a}\n{b}\n{v6}\n```\n\n"
            f"Both A records respond on 443, so the outage isn't DNS.",
            [("IP_ADDRESS", a), ("IP_ADDRESS", b), ("IP_ADDRESS", v6)])


@pos
def t_kubectl():
    rows = ["NAME                       READY   STATUS    RESTARTS   AGE   IP            NODE"]
    ents = []
    for i in range(3):
        ip = ipv4("10")
        rows.append(f"api-7d9f8b6c5-{rs(LO + DIG, 5)}   1/1     Running   {rng.randint(0, 4)}          {rng.randint(2, 40)}d   {ip:<13} ip-{rng.randint(10, 99)}-{rng.randint(0, 9)}-node")
        ents.append(("IP_ADDRESS", ip))
    return "```\n" + "\n".join(rows) + "\n```", ents


@pos
def t_pg_error():
    ip = ipv4(rng.choice(["10", "172", "192"]))
    return ("The job crashed with:\n\n```\npsycopg2.OperationalError: could not connect to server: Connection refused\n"
            f"\tIs the server running on host \"{ip}\" and accepting\n\tTCP/IP connections on port 5432?\n```\n\n"
            "The database security group probably doesn't allow traffic from the worker subnet.",
            [("IP_ADDRESS", ip)])


@pos
def t_firewall_json():
    a, v6 = ipv4(), ipv6()
    rules = {"rules": [{"action": "allow", "source": a, "port": 22, "comment": "office VPN"},
                       {"action": "allow", "source": v6, "port": 443},
                       {"action": "deny", "source": "any", "port": 3389}]}
    return json.dumps(rules, indent=2), [("IP_ADDRESS", a), ("IP_ADDRESS", v6)]


@pos
def t_card_failed():
    c = fmt_card(card_digits())
    return (f"The charge failed for card {c} (exp {rng.randint(1, 12):02d}/{rng.randint(25, 30)}). The processor returned "
            f"`do_not_honor`, which means the issuing bank blocked it — ask the customer to call their bank.",
            [("CREDIT_CARD", c)])


@pos
def t_card_payload():
    c = card_digits()
    body = {"amount": rng.randint(500, 90000), "currency": rng.choice(["usd", "eur", "gbp"]),
            "source": {"object": "card", "number": c, "exp_month": rng.randint(1, 12), "exp_year": rng.randint(2025, 2031),
                       "name": full_name()[0]}, "idempotency_key": uuid4()}
    return "POST /v1/charges\n" + json.dumps(body, indent=2, ensure_ascii=False), [("CREDIT_CARD", c)]


@pos
def t_cards_list():
    v, a = fmt_card(card_digits("visa")), fmt_card(card_digits("amex"))
    m = fmt_card(card_digits(rng.choice(["mc", "mc2"])))
    return (f"Saved payment methods for this user:\n- Visa {v}\n- Amex {a}\n- Mastercard {m}\n\n"
            f"The default is the Visa.", [("CREDIT_CARD", v), ("CREDIT_CARD", a), ("CREDIT_CARD", m)])


@pos
def t_iban_wire():
    i = fmt_iban(gen_iban())
    return (f"Please send the deposit of €{rng.randint(3, 40) * 100:,} to IBAN {i}, "
            f"reference INV-2024-{rng.randint(100, 999):04d}. Funds usually arrive within one business day.",
            [("IBAN_CODE", i)])


@pos
def t_payroll_csv():
    rows, ents = ["employee,iban,net_eur"], []
    for _ in range(rng.randint(2, 3)):
        i = gen_iban(rng.choice(["DE", "FR", "NL", "ES", "IT", "BE", "AT"]))
        rows.append(f"{full_name()[0]},{i},{rng.randint(2200, 7400)}.{rdig(2)}")
        ents.append(("IBAN_CODE", i))
    return "payroll_june.csv:\n" + "\n".join(rows), ents


@pos
def t_sepa_xml():
    i = gen_iban()
    return (f"<CdtTrfTxInf>\n  <Amt><InstdAmt Ccy=\"EUR\">{rng.randint(100, 9000)}.00</InstdAmt></Amt>\n"
            f"  <Cdtr><Nm>{full_name()[0]}</Nm></Cdtr>\n  <CdtrAcct><Id><IBAN>{i}</IBAN></Id></CdtrAcct>\n</CdtTrfTxInf>",
            [("IBAN_CODE", i)])


@pos
def t_ssn_form():
    n, f, l = full_name()
    s = ssn()
    return (f"**Employee onboarding — I-9 section 1**\n\n| Field | Value |\n|---|---|\n| Name | {n} |\n| Date of birth | "
            f"19{rng.randint(60, 99)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} |\n| SSN | {s} |\n| Start date | 2024-07-01 |",
            [("US_SSN", s)])


@pos
def t_ssn_bare():
    s = ssn()
    bare = s.replace("-", "")
    tpl = rng.choice(["Verified the applicant: SSN {v}, DOB 04/12/1988, identity check passed.",
                      "customer_kyc: {{\"ssn\": \"{v}\", \"status\": \"verified\"}}",
                      "Their social security number is {v} — I've attached it to the tax form as requested.",
                      "SSN: {v}"])
    return tpl.format(v=bare), [("US_SSN", bare)]


@pos
def t_ssn_json():
    n, f, l = full_name()
    s, e = ssn(), email(f, l)
    return (json.dumps({"patient": {"name": n, "ssn": s, "email": e, "insurance_member_id": f"W{rdig(9)}"}}, ensure_ascii=False),
            [("US_SSN", s), ("EMAIL_ADDRESS", e)])


@pos
def t_aws_creds():
    k = aws_key()
    return (f"Found this in `~/.aws/credentials` on the build box:\n\n```ini\n[default]\naws_access_key_id = {k}\n"
            f"aws_secret_access_key = {aws_secret()}\nregion = {rng.choice(['us-east-1', 'eu-west-1', 'ap-southeast-2'])}\n```",
            [("AWS_ACCESS_KEY", k)])


@pos
def t_aws_cloudtrail():
    k, ip = "ASIA" + rs(UP + "234567", 16), ipv4("pub")
    ev = {"eventTime": ts()[:19] + "Z", "eventName": "GetObject", "userIdentity": {"type": "AssumedRole", "accessKeyId": k},
          "sourceIPAddress": ip, "requestParameters": {"bucketName": "acme-finance-exports"}}
    return json.dumps(ev), [("AWS_ACCESS_KEY", k), ("IP_ADDRESS", ip)]


@pos
def t_aws_code():
    k = "AKIA" + rs(UP + "234567", 16)
    return (f"```python\ns3 = boto3.client(\n    \"s3\",\n    aws_access_key_id=\"{k}\",\n    aws_secret_access_key=\"{aws_secret()}\",\n)\n```\n"
            "Hard-coding credentials like this is risky; move them to environment variables.",
            [("AWS_ACCESS_KEY", k)])


@pos
def t_env_file():
    o, g, s = openai_key(), gh_token(), slack_token("xoxb")
    ip = ipv4("10")
    return (f"Here's the `.env` from the repo root:\n\n```\nOPENAI_API_KEY={o}\nGITHUB_TOKEN={g}\nSLACK_BOT_TOKEN={s}\n"
            f"DB_HOST={ip}\nDB_PORT=5432\nLOG_LEVEL=info\n```",
            [("OPENAI_API_KEY", o), ("GITHUB_TOKEN", g), ("SLACK_TOKEN", s), ("IP_ADDRESS", ip)])


@pos
def t_openai_code():
    o = openai_key()
    return (f"```python\nfrom openai import OpenAI\n\nclient = OpenAI(api_key=\"{o}\")\nresp = client.chat.completions.create(model=\"gpt-4o-mini\", messages=msgs)\n```",
            [("OPENAI_API_KEY", o)])


@pos
def t_openai_curl():
    o = openai_key()
    return (f"curl https://api.openai.com/v1/models -H \"Authorization: Bearer {o}\"", [("OPENAI_API_KEY", o)])


@pos
def t_openai_err():
    o = openai_key("legacy")
    return (f"Traceback (most recent call last):\n  File \"agent.py\", line 88, in run\nopenai.AuthenticationError: Error code: 401 - "
            f"Incorrect API key provided: {o}. You can find your API key at https://platform.openai.com/account/api-keys.",
            [("OPENAI_API_KEY", o)])


@pos
def t_slack_curl():
    s = slack_token()
    return (f"curl -X POST https://slack.com/api/chat.postMessage \\\n  -H \"Authorization: Bearer {s}\" \\\n"
            f"  -H 'Content-type: application/json' \\\n  --data '{{\"channel\":\"C0{rs(UP + DIG, 8)}\",\"text\":\"deploy finished\"}}'",
            [("SLACK_TOKEN", s)])


@pos
def t_slack_yaml():
    b, p = slack_token("xoxb"), slack_token("xoxp")
    return (f"```yaml\nslack:\n  bot_token: {b}\n  user_token: {p}\n  signing_secret: {hexs(32)}\n```",
            [("SLACK_TOKEN", b), ("SLACK_TOKEN", p)])


@pos
def t_gh_ci_log():
    g = gh_token(rng.choice(["ghs_", "ghp_", "gho_"]))
    return (f"Run actions/checkout@v4\n  with:\n    repository: acme/infra\n    token: {g}\n    ssh-strict: true\n"
            f"Syncing repository: acme/infra\n##[group]Getting Git version info",
            [("GITHUB_TOKEN", g)])


@pos
def t_gh_pat():
    g = gh_token(rng.choice(["github_pat_", "ghp_"]))
    return (f"I pushed the fix using the token you gave me. For the record, the one in `~/.config/gh/hosts.yml` is:\n\n"
            f"```yaml\ngithub.com:\n    oauth_token: {g}\n    user: {rng.choice(['mlopez', 'dev-bot', 'cnguyen'])}\n```\n\nYou should rotate it since it's now in this chat.",
            [("GITHUB_TOKEN", g)])


@pos
def t_gh_header():
    g = gh_token()
    return (f"GET /repos/acme/api/pulls HTTP/1.1\nHost: api.github.com\nAuthorization: token {g}\nAccept: application/vnd.github+json",
            [("GITHUB_TOKEN", g)])


@pos
def t_jwt_header():
    j = jwt()
    return (f"Request headers captured by the proxy:\n\n```\nGET /api/v1/me HTTP/2\nauthorization: Bearer {j}\naccept: */*\n```",
            [("JWT", j)])


@pos
def t_jwt_cookie():
    j, ip = jwt(), ipv4()
    return (f"{ts()} DEBUG session restored from cookie access_token={j}; client={ip}", [("JWT", j), ("IP_ADDRESS", ip)])


@pos
def t_jwt_js():
    j = jwt()
    return (f"For local testing you can paste this into the console:\n\n```js\nlocalStorage.setItem('id_token', '{j}');\nlocation.reload();\n```",
            [("JWT", j)])


@pos
def t_jwt_json():
    j, r = jwt(), rs(ALNUM, 48)
    return (json.dumps({"access_token": j, "token_type": "Bearer", "expires_in": 3600, "refresh_token": r}, indent=2),
            [("JWT", j)])


@pos
def t_pem_file():
    k = pem()
    name_ = rng.choice(["deploy_key", "id_ed25519", "server.key", "tls.key", "jwt-signing.pem"])
    return (f"Here's the content of `{name_}` you asked me to check — the format is valid:\n\n```\n{k}\n```\n\n"
            "Please rotate it, though, since it's been shared in chat.",
            [("PEM_PRIVATE_KEY", k)])


@pos
def t_pem_json_escaped():
    k = pem("PRIVATE KEY")
    e = f"ingest-bot@acme-prod-{rdig(6)}.iam.gserviceaccount.com"
    doc = {"type": "service_account", "project_id": "acme-prod", "private_key_id": hexs(40), "private_key": k + "\n",
           "client_email": e, "client_id": rdig(21)}
    text = json.dumps(doc, indent=2)
    k_esc = json.dumps(k)[1:-1]
    return text, [("PEM_PRIVATE_KEY", k_esc), ("EMAIL_ADDRESS", e)]


@pos
def t_pem_k8s():
    k = pem(rng.choice(["EC PRIVATE KEY", "RSA PRIVATE KEY", "PRIVATE KEY"]), indent="    ")
    return (f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: api-tls\ntype: kubernetes.io/tls\nstringData:\n  tls.key: |\n    {k}\n",
            [("PEM_PRIVATE_KEY", k)])


@pos
def t_table_team():
    rows, ents = ["| Name | Role | Email | Phone |", "|---|---|---|---|"], []
    for role in rng.sample(["On-call SRE", "Account manager", "DPO", "Support lead", "Billing"], 3):
        n, f, l = full_name()
        e, p = email(f, l), phone()
        rows.append(f"| {n} | {role} | {e} | {p} |")
        ents += [("EMAIL_ADDRESS", e), ("PHONE_NUMBER", p)]
    return "Here's the escalation contact list:\n\n" + "\n".join(rows), ents


@pos
def t_signature():
    n, f, l = full_name()
    e, p = email(f, l), phone()
    return (f"Draft reply:\n\n> Thanks, we'll have the revised quote to you by Friday.\n>\n> Best,\n> {n}\n> Head of Partnerships\n> {e} | {p}",
            [("EMAIL_ADDRESS", e), ("PHONE_NUMBER", p)])


@pos
def t_phone_ext():
    p = phone(rng.choice(["us_plus_paren", "us_paren", "us_dash"]))
    ext = rng.randint(100, 9999)
    tpl = rng.choice(["Call our billing desk at {p} ext. {x} (Mon–Fri, 9–5 ET).",
                      "The vendor's AP contact is {p}, extension {x}.",
                      "Reach the front desk at {p} x{x} if the door code doesn't work."])
    return tpl.format(p=p, x=ext), [("PHONE_NUMBER", p)]


@pos
def t_phone_bare_labelled():
    d = rng.choice([f"{rng.choice(US_AREAS)}{rdig(7, True)}", f"07700900{rdig(3)}", f"0151{rdig(8)}", f"06{rdig(8)}"])
    tpl = rng.choice(["{{\"user_id\": {u}, \"phone\": \"{d}\", \"verified\": true}}",
                      "mobile: {d}\nopt_in_sms: yes",
                      "Contact phone: {d}",
                      "id,phone_number,country\n{u},{d},{c}"])
    return tpl.format(d=d, u=rng.randint(1000, 99999), c=rng.choice(["US", "GB", "DE", "FR"])), [("PHONE_NUMBER", d)]


@pos
def t_booking():
    n, f, l = full_name()
    e, p = email(f, l), phone(rng.choice(["us_e164", "uk_mob", "de", "fr", "in", "br", "jp", "au", "es", "nl", "ie", "mx"]))
    return (f"✈️ **Booking confirmed** — PNR {rs(UP, 6)}\n\nPassenger: {n}\nContact: {e}, {p}\nFlight: "
            f"{rng.choice(['LH', 'BA', 'AF', 'UA', 'IB'])} {rng.randint(100, 999)} on 2024-0{rng.randint(7, 9)}-{rng.randint(10, 28)}\n"
            "A receipt has been sent to the email above.",
            [("EMAIL_ADDRESS", e), ("PHONE_NUMBER", p)])


@pos
def t_intake():
    n, f, l = full_name()
    s, p = ssn(), phone(rng.choice(["us_dash", "us_paren", "us_dot"]))
    return (f"Patient intake summary: {n}, DOB 0{rng.randint(1, 9)}/1{rng.randint(0, 9)}/19{rng.randint(50, 99)}, SSN {s}, "
            f"cell {p}. Chief complaint: persistent cough for 3 weeks. Allergies: penicillin.",
            [("US_SSN", s), ("PHONE_NUMBER", p)])


@pos
def t_mixed_refund():
    n, f, l = full_name()
    e, c, i = email(f, l), fmt_card(card_digits()), fmt_iban(gen_iban())
    return (f"Customer {n} ({e}) originally paid with card {c}, which has since been closed, so I've queued the "
            f"refund as a bank transfer to {i} instead.",
            [("EMAIL_ADDRESS", e), ("CREDIT_CARD", c), ("IBAN_CODE", i)])


@pos
def t_bank_statement():
    i = fmt_iban(gen_iban(rng.choice(["GB", "IE", "DE", "NL"])))
    return (f"**Account summary**\n- Holder: {full_name()[0]}\n- IBAN: `{i}`\n- Card: •••• {rdig(4)}\n- Balance: €{rng.randint(100, 20000):,}.{rdig(2)}",
            [("IBAN_CODE", i)])


@pos
def t_ipv6_prose():
    v = ipv6()
    return (f"Your server's public IPv6 address is {v}. Add an AAAA record for `app.example-shop.com` pointing to it and allow "
            "port 443 in the firewall.", [("IP_ADDRESS", v)])


@pos
def t_localhost():
    ip = rng.choice(["127.0.0.1", "0.0.0.0", ipv4("192")])
    v6 = rng.choice(["::1", ipv6()])
    return (f"The dev server binds to {ip}:8080 by default; to make it reachable over IPv6 as well, also listen on [{v6}]:8080.",
            [("IP_ADDRESS", ip), ("IP_ADDRESS", v6)])


@pos
def t_audit_csv():
    rows, ents = ["timestamp,actor,action,ip"], []
    for _ in range(rng.randint(2, 4)):
        e = email()
        ip = ipv4() if rng.random() < 0.7 else ipv6()
        rows.append(f"{ts()},{e},{rng.choice(['login', 'export_report', 'delete_user', 'update_billing'])},{ip}")
        ents += [("EMAIL_ADDRESS", e), ("IP_ADDRESS", ip)]
    return "\n".join(rows), ents


@pos
def t_tf_provider():
    k = aws_key()
    return (f"```hcl\nprovider \"aws\" {{\n  region     = \"us-west-2\"\n  access_key = \"{k}\"\n  secret_key = \"{aws_secret()}\"\n}}\n```",
            [("AWS_ACCESS_KEY", k)])


@pos
def t_agent_memory():
    n, f, l = full_name()
    e, p, c = email(f, l), phone(), fmt_card(card_digits())
    return (f"Noted for future orders: ship to {n}, notify at {e} or {p}, and bill the card ending in "
            f"{c.replace(' ', '').replace('-', '')[-4:]} (full number on file: {c}).",
            [("EMAIL_ADDRESS", e), ("PHONE_NUMBER", p), ("CREDIT_CARD", c)])


@pos
def t_slack_error():
    s = slack_token()
    return (f"slack_sdk.errors.SlackApiError: The request to the Slack API failed. (url: https://slack.com/api/conversations.list)\n"
            f"The server responded with: {{'ok': False, 'error': 'token_revoked'}}\ntoken used: {s}",
            [("SLACK_TOKEN", s)])


@pos
def t_secrets_table():
    a, g, o = aws_key(), gh_token(), openai_key()
    return (f"I found these hard-coded secrets in the diff:\n\n| File | Line | Secret |\n|---|---|---|\n| `deploy.sh` | 12 | `{a}` |\n"
            f"| `.github/workflows/release.yml` | 40 | `{g}` |\n| `bot/config.py` | 7 | `{o}` |\n\nAll three should be revoked.",
            [("AWS_ACCESS_KEY", a), ("GITHUB_TOKEN", g), ("OPENAI_API_KEY", o)])


@pos
def t_emails_prose():
    e1, e2 = email(), email()
    return (f"I've cc'd {e1} on the thread and moved {e2} to bcc so the vendor doesn't see the internal list.",
            [("EMAIL_ADDRESS", e1), ("EMAIL_ADDRESS", e2)])


@pos
def t_email_upper():
    n, f, l = full_name()
    e = email(f, l)
    e2 = e.upper() if rng.random() < 0.3 else e
    return (f"Reply-To: {n} <{e2}>\nSubject: Re: invoice discrepancy\n\nHi, please see the corrected amounts attached.",
            [("EMAIL_ADDRESS", e2)])


@pos
def t_card_spaced_prose():
    c = fmt_card(card_digits(rng.choice(["amex", "disc", "disc65", "mc2"])))
    return (f"Sure — I've saved the card {c} as your default payment method for the subscription.", [("CREDIT_CARD", c)])


@pos
def t_pem_python():
    k = pem(rng.choice(["RSA PRIVATE KEY", "EC PRIVATE KEY", "PRIVATE KEY"]))
    return (f"```python\n# TODO: load from the secret manager instead\nSIGNING_KEY = \"\"\"{k}\"\"\"\n\ntoken = jwt.encode(claims, SIGNING_KEY, algorithm=\"RS256\")\n```",
            [("PEM_PRIVATE_KEY", k)])


@pos
def t_pem_env_escaped():
    k = pem(rng.choice(["PRIVATE KEY", "EC PRIVATE KEY"]))
    k_esc = k.replace("\n", "\\n")
    return (f"APP_ENV=production\nJWT_PRIVATE_KEY=\"{k_esc}\"\nJWT_ISSUER=auth-service", [("PEM_PRIVATE_KEY", k_esc)])


@pos
def t_pem_sshkeygen():
    k = pem("OPENSSH PRIVATE KEY")
    pub = base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 " + bytes(rng.randrange(256) for _ in range(32))).decode()
    return (f"I generated the deploy key pair with `ssh-keygen -t ed25519`. Private key (`~/.ssh/deploy_ed25519`):\n\n{k}\n\n"
            f"Public key to add to the repo: `ssh-ed25519 {pub} deploy@ci-runner`", [("PEM_PRIVATE_KEY", k)])


@pos
def t_ssn_w2():
    n, f, l = full_name()
    s = ssn()
    return (f"Per your request, the 2023 W-2 for {n} shows employee SSN {s}, wages of ${rng.randint(30, 190)},{rdig(3)}.00 in Box 1, "
            f"and state {rng.choice(['CA', 'NY', 'TX', 'WA'])}.", [("US_SSN", s)])


@pos
def t_ssn_csv():
    rows, ents = ["last_name,first_name,ssn,dob"], []
    for _ in range(rng.randint(2, 3)):
        n, f, l = full_name()
        s = ssn()
        rows.append(f"{l},{f},{s},19{rng.randint(55, 99)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
        ents.append(("US_SSN", s))
    return "\n".join(rows), ents


@pos
def t_slack_code():
    s = slack_token()
    return (f"```python\nfrom slack_sdk import WebClient\n\nclient = WebClient(token=\"{s}\")\nclient.chat_postMessage(channel=\"#alerts\", text=msg)\n```",
            [("SLACK_TOKEN", s)])


@pos
def t_jwt_prose():
    j = jwt()
    return (f"The failing request used this token: {j} — decoding it shows the `exp` claim is already in the past, "
            "so the 401 is expected. Refresh the session and retry.", [("JWT", j)])


# ------------------------------------------------------------- negatives

NEG_FIXED = [
    "Your order #A-100482913 has shipped! Tracking: 1Z999AA10123456784 (UPS Ground). Estimated delivery: Thu, Jun 13.",
    "Invoice INV-2024-00731 for $1,249.99 is due on 2024-07-01. You can pay online from the Billing tab.",
    "ISBN 978-0-306-40615-7 (\"Designing Data-Intensive Applications\") is in stock at the Market St. branch.",
    "Build 10.0.19045.3570 fixes the Start menu crash; it ships with cumulative update KB5031356.",
    "Latest stable browsers as of today: Chrome 124.0.6367.207, Edge 125.0.2535.51, Firefox 126.0.1.",
    "The card number 4111 1111 1111 1112 fails the Luhn check, so the form rejects it before it reaches the processor.",
    "The IBAN you entered, GB82 WEST 1234 5698 7654 33, has an invalid checksum — please double-check the last digits.",
    "SSNs starting with 000, 666, or 900–999 are never issued, so 666-12-3456 in your test fixture is invalid by design.",
    "The office is at lat 40.7128, lng -74.0060, on the 14th floor.",
    "Unix timestamp 1718114602 corresponds to 2024-06-11 14:03:22 UTC.",
    "Payment method: **** **** **** 4242, exp 12/26.",
    "Set `OPENAI_API_KEY=sk-...` in your `.env` file, then restart the server.",
    "export SLACK_BOT_TOKEN=xoxb-your-token",
    "aws_access_key_id = AKIAXXXXXXXX   # replace with your own key",
    "Send the request with `Authorization: Bearer <token>` and a JSON body.",
    "Price dropped from $49.99 to $44.99 on 06/11/2024 — the discount applies automatically at checkout.",
    "Environment: Node v20.11.1, npm 10.2.4, TypeScript 5.4.5, Ubuntu 22.04.4 LTS.",
    "Phone: (***) ***-4417 — we only display the last four digits for your security.",
    "Your SSN ending in 6789 has been verified. No further documents are needed.",
    "Amazon order 112-3948571-2291838 was delivered to the front porch at 2:14 pm.",
    "FedEx tracking 7712 3456 7890 is out for delivery.",
    "Join Zoom meeting — Meeting ID: 845 2291 0377, passcode: 551920.",
    "Error code 0x80070005 (E_ACCESSDENIED) occurred while writing to C:\\ProgramData\\Acme\\cache.",
    "SKU 8806094934712 — Samsung 990 PRO 2TB, qty 3, $169.99 each.",
    "256.300.12.1 isn't a valid IPv4 address because each octet must be between 0 and 255.",
    "Use `<your-server-ip>` or `x.x.x.x` as a placeholder in the allowlist until the static IP is assigned.",
    "The JWT header `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9` only decodes to {\"alg\":\"HS256\",\"typ\":\"JWT\"}; the payload and signature are missing from what you pasted.",
    "GitHub personal access tokens start with `ghp_` followed by 36 characters — never commit them to the repo.",
    "Your API key starts with sk-proj- and ends in …a3F9; I've redacted the rest for safety.",
    "Agent version 2.14.1023.7 was rolled out to 40% of hosts overnight with no errors.",
    "Routing number 021000021 and the checking account ending in 7788 are on file for direct deposit.",
    "Reading at 2024-06-11 08:00 — temperature 23.5 °C, humidity 61%, pressure 1013.2 hPa.",
    "Flight LH 401 departs FRA 13:25 and lands at JFK 15:55; seat 32K, confirmation QXH7RT.",
    "Order total: €1.234,56 (incl. 19% VAT). Delivery expected 14.06.2024.",
    "Ticket #48213 was escalated to Tier 2 on 2024-05-30 at 16:42 UTC.",
    "MAC address 3C:22:FB:9A:1E:07 is registered to the conference-room display.",
    "Pod api-7d9f8b6c5-x2kqp restarted 3 times in the last hour (reason: OOMKilled).",
    "The semver range ^4.17.21 matches lodash 4.17.21 up to, but not including, 5.0.0.",
    "Phone numbers must be stored in E.164 format: a plus sign, the country code, then the subscriber number.",
    "Enter your 16-digit card number without spaces, then the 3-digit CVC from the back.",
    "Purchase order 4500012345 was approved by procurement this morning.",
    "Epoch milliseconds 1718114602123 → 2024-06-11T14:03:22.123Z.",
    "Your verification code is 482913. It expires in 10 minutes.",
    "Log excerpt:\n2024-06-11 09:14:22,183 WARN [worker-3] retrying job 8812 (attempt 2/5) after 1500ms\n2024-06-11 09:14:23,701 INFO [worker-3] job 8812 succeeded in 1.51s",
    "[2024-06-11 09:15:02 +0000] [21412] [INFO] Listening at: unix:/run/gunicorn.sock (21412)",
    "The IBAN field should look like DE00 0000 0000 0000 0000 00 — replace the zeros with your own details.",
    "The Mastercard you typed, 5500 0000 0000 0005, doesn't pass the Luhn check; the last digit is probably off.",
    "`AKIA` is the prefix for long-term IAM user keys and `ASIA` for temporary STS credentials.",
    "Rotate any key matching AKIA**************** immediately and review CloudTrail for its usage.",
    "xoxp- tokens act on behalf of a user, while xoxb- tokens belong to the bot; use the bot token for posting.",
    "Slack webhook format: https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
    "The MD5 checksum for the ISO is e99a18c428cb38d5f260853678922e03; verify it before flashing.",
    "The expected SSN format is XXX-XX-XXXX, with dashes.",
    "123-00-4567 isn't a valid SSN — the group number can never be 00.",
    "Your application ID is 2024-000187-NY. Keep it for your records.",
    "The Eiffel Tower sits at 48.8584° N, 2.2945° E.",
    "Copy the `ssh-ed25519 AAAA...` line from your .pub file into `~/.ssh/authorized_keys` on the server.",
    "`openssl genrsa -out key.pem 2048` creates a private key file; never paste its contents into a chat.",
    "Make sure the key file starts with the line `-----BEGIN PRIVATE KEY-----`; if it says ENCRYPTED, you'll need the passphrase.",
    "Passwords must be at least 12 characters and include a number and a symbol.",
    "Q2 revenue was $4,812,330.17, up 12.4% year over year.",
    "Bluetooth characteristic 00002a37-0000-1000-8000-00805f9b34fb is the Heart Rate Measurement.",
    "The license key format is XXXXX-XXXXX-XXXXX-XXXXX-XXXXX; yours is stored in the admin console.",
    "Tagged v3.2.0-rc.1 and pushed it; the release notes draft is in the PR description.",
    "Reference number: 2024061100042137. Quote it if you contact us about this transfer.",
    "I've redacted the customer's email address, phone number, and card details from the transcript before sharing it with the vendor.",
    "Your refund of $42.10 was issued to the card ending in 1881 on June 3.",
    "Gift card balance: $25.00 (card no. ending 0931, PIN hidden).",
    "Use test mode keys (they begin with `sk_test_`) while developing, and keep live keys out of the repository.",
    "The webhook signature uses HMAC-SHA256; compare it with `hmac.compare_digest` to avoid timing attacks.",
    "Date formats differ: 06/11/2024 in the US means June 11, but in the UK it means 6 November.",
    "The Docker image digest is sha256:4bc453b53c6f0a9e3f2d1b2a8c7e6d5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d.",
    "Git commit 3f9a1c7e2b4d5f6071829304a5b6c7d8e9f01234 introduced the regression.",
    "The total distance is 1,284.6 km, roughly 13 hours of driving.",
    "Kernel 6.8.0-35-generic, glibc 2.39, Python 3.12.3.",
    "Meeting notes: budget approved (€120k), hiring freeze lifted in Q3, next review 2024-09-15.",
    "Error 0xC0000005 at address 0x00007FF6A1B2C3D4 in module app.exe.",
    "The CSV has 3 columns: order_id, sku, quantity. Row 1,284 has an empty SKU.",
    "Firmware 1.0.4.1287 is available for the router; the update takes about 4 minutes.",
    "Your member number is M-0048-2211-73. You'll need it at check-in.",
    "Coupon SAVE20-JUNE-2024 was applied: −$18.00.",
    "Hotel confirmation: 81734562, check-in 15:00, check-out 11:00, room type Deluxe King.",
    "The PGP fingerprint is 3AA5 C34371567BD2 2F8D 9B1C 7F3E 2A19 8D44 1B5C.",
    "Remember: `ghp_xxxxxxxxxxxx` in the README is just a placeholder — generate your own token under Settings → Developer settings.",
    "Paste your key in place of `sk-proj-XXXX` in `config.toml`.",
    "Your JWT looks like `eyJhbGciOi...` — that's truncated, so I can't decode the claims.",
    "The GPS log shows 37.7749,-122.4194 at 09:12 and 37.8044,-122.2712 at 09:41.",
    "Chrome/125.0.6422.60 and Safari/605.1.15 were the two most common user agents last week.",
    "Dependency bump: `cryptography` 42.0.5 → 42.0.8, `urllib3` 2.2.1 → 2.2.2.",
    "Package weight 2.35 kg; dimensions 40 × 30 × 12 cm.",
    "Shipment 00340434161234567890 (SSCC) was received at dock 4.",
    "UPC 036000291452 — Kleenex tissues, 3-pack.",
    "The cron expression `0 2 * * 1-5` runs at 02:00 on weekdays.",
    "Windows build 22631.3593 is the current 23H2 release.",
    "IP addresses in the sample logs have been replaced with `[REDACTED_IP]`.",
    "Customer's email: j.d***@gmail.com (masked). Phone: +1 ***-***-0142.",
    "ACME-2024-04-887 is the case ID for your warranty claim.",
]


def neg_templates():
    out = []
    # Luhn-invalid 16-digit numbers in various guises
    for tpl in ["Gift card number {c} couldn't be redeemed: the checksum doesn't match.",
                "Loyalty account {c} has 12,400 points available.",
                "Internal reference: {c}",
                "card_number field failed validation (Luhn): \"{c}\"",
                "{{\"voucher\": \"{c}\", \"status\": \"expired\"}}",
                "Test fixture uses the intentionally invalid number {c}.",
                "The barcode on the membership card reads {c}."]:
        c = bad_card()
        if rng.random() < 0.5:
            c = group4(c)
        out.append(tpl.format(c=c))
    # wrong-checksum IBANs
    for tpl in ["Transfer rejected: IBAN {i} failed validation (checksum).",
                "beneficiary_iban={i} status=INVALID_CHECKSUM",
                "The IBAN on the invoice, {i}, doesn't validate — I think two digits are swapped.",
                "Error: \"{i}\" is not a valid IBAN.",
                "| Supplier | IBAN | Status |\n|---|---|---|\n| Lindqvist AB | {i} | ❌ invalid |"]:
        i = bad_iban()
        if rng.random() < 0.5:
            i = group4(i)
        out.append(tpl.format(i=i))
    # invalid SSNs
    bad_ssns = [f"000-{rng.randint(10, 99)}-{rdig(4, True)}", f"666-{rng.randint(10, 99)}-{rdig(4, True)}",
                f"9{rdig(2)}-{rng.randint(10, 99)}-{rdig(4, True)}", f"{rng.randint(100, 665)}-00-{rdig(4, True)}",
                f"{rng.randint(100, 665)}-{rng.randint(10, 99)}-0000", f"9{rdig(2)}-{rng.randint(70, 88)}-{rdig(4, True)}"]
    tpls = ["Rejected SSN {s}: that number can't have been issued.",
            "validation_error: ssn \"{s}\" is outside the valid range",
            "The ITIN {s} belongs to a taxpayer without an SSN.",
            "Dummy value {s} is used in the demo dataset.",
            "Row 14: SSN {s} → flagged as invalid",
            "SSA says {s} was never assigned."]
    for s, t in zip(bad_ssns, tpls):
        out.append(t.format(s=s))
    # UUIDs / hashes / versions / epochs
    out.append(f"Request {uuid4()} completed in {rng.randint(20, 900)} ms (status 200).")
    out.append(f"trace_id={hexs(32)} span_id={hexs(16)} service=checkout duration_ms={rng.randint(5, 400)}")
    out.append(f"Artifact checksum (SHA-256): {hexs(64)}")
    out.append(f"{{\"job_id\": \"{uuid4()}\", \"status\": \"succeeded\", \"started_at\": \"{ts()}\", \"rows\": {rng.randint(100, 99999)}}}")
    out.append(f"Merged {hexs(7)}..{hexs(7)} into release/2024.06; build {rng.randint(3000, 9000)}.{rng.randint(256, 4000)}.{rng.randint(0, 99)}.{rng.randint(300, 9999)} is green.")
    out.append(f"Cache key: v2:{hexs(40)}:en-US")
    out.append(f"Session {uuid4()} expired at epoch {rng.randint(1700000000, 1720000000)}.")
    out.append(f"order_id,created_at,total,status\n{rng.randint(100000, 999999)},{ts()},{rng.randint(10, 900)}.{rdig(2)},shipped\n"
               f"{rng.randint(100000, 999999)},{ts()},{rng.randint(10, 900)}.{rdig(2)},pending")
    out.append(f"Installed Visual C++ Redistributable 14.{rng.randint(30, 40)}.{rng.randint(30000, 33000)}.{rng.randint(0, 9)}.")
    out.append(f"Tracking number 9400 1118 9956 {rdig(4)} {rdig(4)} {rdig(2)} (USPS) — label created.")
    # placeholders and masked values
    out.append("OPENAI_API_KEY=sk-************************************************")
    out.append("SLACK_TOKEN=xoxb-XXXXXXXX-XXXXXXXX")
    out.append("GITHUB_TOKEN=${{ secrets.GITHUB_TOKEN }}")
    out.append("aws_secret_access_key = <your-secret-here>  # AKIA... keys go in aws_access_key_id")
    out.append("Authorization: Bearer eyJ...<redacted>")
    out.append("Card: XXXX-XXXX-XXXX-1234 | IBAN: DE** **** **** **** **12 34 | SSN: ***-**-1234")
    out.append("Email: [EMAIL REDACTED], phone: [PHONE REDACTED]")
    # public material that is not a private key
    pub = base64.b64encode(bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100") +
                           bytes(rng.randrange(256) for _ in range(250))).decode()
    out.append("Here is the server's public key, safe to share:\n\n```\n-----BEGIN PUBLIC KEY-----\n" +
               "\n".join(pub[i:i + 64] for i in range(0, len(pub), 64)) + "\n-----END PUBLIC KEY-----\n```")
    cert = base64.b64encode(bytes.fromhex("308203") + bytes(rng.randrange(256) for _ in range(420))).decode()
    out.append("ca.crt:\n-----BEGIN CERTIFICATE-----\n" + "\n".join(cert[i:i + 64] for i in range(0, len(cert), 64)) +
               "\n-----END CERTIFICATE-----")
    csr = base64.b64encode(bytes.fromhex("308202") + bytes(rng.randrange(256) for _ in range(300))).decode()
    out.append("Submit this CSR to the CA portal:\n-----BEGIN CERTIFICATE REQUEST-----\n" +
               "\n".join(csr[i:i + 64] for i in range(0, len(csr), 64)) + "\n-----END CERTIFICATE REQUEST-----")
    pgp = base64.b64encode(bytes(rng.randrange(256) for _ in range(200))).decode()
    out.append("-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n" + "\n".join(pgp[i:i + 64] for i in range(0, len(pgp), 64)) +
               "\n-----END PGP PUBLIC KEY BLOCK-----")
    ssh_pub = base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 " + bytes(rng.randrange(256) for _ in range(32))).decode()
    out.append(f"Add this deploy key (public, read-only):\n`ssh-ed25519 {ssh_pub} ci-deploy`")
    return out


NEG_PROSE = [
    "I've updated the shipping address on your order and sent a confirmation to the email on file.",
    "Your password was changed successfully. If this wasn't you, reset it immediately from the login page.",
    "The report covers 1,284 transactions between March 1 and May 31; 3.2% were flagged for review.",
    "Here's the refactored function — it now streams rows instead of loading the whole file into memory.",
    "All four checks passed: lint, unit tests, type check, and the container build.",
    "I couldn't find any credentials in the diff; the only config changes are timeouts and log levels.",
    "The meeting is moved to Thursday at 10:30 in room 4B. I've updated the calendar invite.",
    "Your subscription renews on July 1 at $12.99/month. You can switch to annual billing to save 20%.",
    "```python\ndef mask(value: str) -> str:\n    return value[:2] + '*' * (len(value) - 4) + value[-2:]\n```\nThis keeps the first and last two characters visible.",
    "| Region | p50 latency | p99 latency |\n|---|---|---|\n| us-east-1 | 42 ms | 180 ms |\n| eu-west-1 | 38 ms | 165 ms |",
    "{\"status\": \"ok\", \"items\": 12, \"next_cursor\": null, \"elapsed_ms\": 87}",
    "Rate limit: 60 requests per minute per token; burst up to 10.",
    "The API key was rotated on 2024-06-01 and the old one revoked. The new key is stored in the vault under `prod/openai`.",
    "Please don't paste secrets here. Store the token in your CI's secret manager and reference it as an environment variable.",
    "Your 2023 tax documents are ready: 1099-INT and 1099-DIV are available under Documents.",
    "The weather in Lisbon next week: highs around 27 °C, lows around 18 °C, no rain expected.",
    "Step 3 of 5: confirm the beneficiary's name exactly as it appears on their bank account.",
    "Quarterly active users grew from 48,210 to 53,907 (+11.8%).",
    "The migration added 2 columns and 1 index; estimated lock time is under 200 ms.",
    "We detected a login from a new device in Berlin on June 10 at 21:14. If this was you, no action is needed.",
]


# ------------------------------------------------------------ self-checks

TYPES = ["EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "US_SSN", "IP_ADDRESS", "AWS_ACCESS_KEY",
         "GITHUB_TOKEN", "SLACK_TOKEN", "OPENAI_API_KEY", "JWT", "PEM_PRIVATE_KEY"]


def validate_value(t, v):
    if t == "EMAIL_ADDRESS":
        return re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", v)
    if t == "PHONE_NUMBER":
        d = re.sub(r"\D", "", v)
        return 9 <= len(d) <= 15 and "ext" not in v.lower() and re.fullmatch(r"\+?[\d ().\-/]+", v)
    if t == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", v)
        return d.isdigit() and luhn_ok(d) and issuer_ok(d)
    if t == "IBAN_CODE":
        return iban_ok(v)
    if t == "US_SSN":
        return ssn_ok(v)
    if t == "IP_ADDRESS":
        try:
            ipaddress.ip_address(v)
            return True
        except ValueError:
            return False
    if t == "AWS_ACCESS_KEY":
        return re.fullmatch(r"(AKIA|ASIA)[A-Z0-9]{16}", v)
    if t == "GITHUB_TOKEN":
        return re.fullmatch(r"gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{82}", v)
    if t == "SLACK_TOKEN":
        return re.fullmatch(r"xox[bp]-\d+-\d+(-\d+)?-[A-Za-z0-9]+", v)
    if t == "OPENAI_API_KEY":
        return re.fullmatch(r"sk-[A-Za-z0-9]{48}|sk-proj-[A-Za-z0-9_-]{100,}", v)
    if t == "JWT":
        parts = v.split(".")
        if len(parts) != 3 or not v.startswith("eyJ"):
            return False
        json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
        return True
    if t == "PEM_PRIVATE_KEY":
        return re.fullmatch(r"-----BEGIN ([A-Z ]*)PRIVATE KEY-----.*-----END \1PRIVATE KEY-----", v, re.S)
    return False


def strict_hits(text):
    """Independent detectors for strict-format values. Returns [(type, start, end)]."""
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
    for m in re.finditer(r"(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d])", text):
        d = re.sub(r"\D", "", m.group(0))
        for n in range(len(d), 12, -1):  # any issuer-valid prefix window
            if luhn_ok(d[:n]) and issuer_ok(d[:n]) and n == len(d):
                hits.append(("CREDIT_CARD", m.start(), m.end()))
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4}){3,8}\b", text):
        s = m.group(0).replace(" ", "")
        for n in range(len(s), 14, -1):
            if iban_ok(s[:n]):
                hits.append(("IBAN_CODE", m.start(), m.end()))
                break
    for m in re.finditer(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])", text):
        if ssn_ok(m.group(0)):
            hits.append(("US_SSN", m.start(), m.end()))
    for m in re.finditer(r"(?i)(ssn|social security)[^\n\d]{0,30}(?<!\d)(\d{9})(?!\d)", text):
        if ssn_ok(m.group(2)):
            hits.append(("US_SSN", m.start(2), m.end(2)))
    pats = {"AWS_ACCESS_KEY": r"(?:AKIA|ASIA)[A-Z0-9]{16}",
            "GITHUB_TOKEN": r"gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{82}",
            "SLACK_TOKEN": r"xox[abprs]-\d+-[A-Za-z0-9-]+",
            "OPENAI_API_KEY": r"sk-(?:proj-)?[A-Za-z0-9_-]{30,}",
            "JWT": r"eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+",
            "PEM_PRIVATE_KEY": r"-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----"}
    for t, p in pats.items():
        for m in re.finditer(p, text):
            hits.append((t, m.start(), m.end()))
    return hits


def soft_phone_hits(text):
    """Loose phone-like runs (for review only, not enforced)."""
    out = []
    for m in re.finditer(r"(?<![\w+])\+?\(?\d[\d ().\-/]{6,}\d(?!\w)", text):
        d = re.sub(r"\D", "", m.group(0))
        if 9 <= len(d) <= 15 and re.search(r"[ ().\-/+]", m.group(0)):
            out.append((m.start(), m.end(), m.group(0)))
    return out


def label_spans(text, entities):
    spans = []
    for e in entities:
        start = 0
        while True:
            i = text.find(e["value"], start)
            if i < 0:
                break
            spans.append((i, i + len(e["value"])))
            start = i + 1
    return spans


def check_record(rec, warn):
    text, ents = rec["text"], rec["entities"]
    for e in ents:
        assert e["type"] in TYPES, e
        assert e["value"] in text, (rec["id"], e)
        if e["type"] == "PEM_PRIVATE_KEY" and "\\n" in e["value"]:
            assert validate_value(e["type"], e["value"].replace("\\n", "\n")), (rec["id"], e)
        else:
            assert validate_value(e["type"], e["value"]), (rec["id"], e)
    spans = label_spans(text, ents)
    for t, s, e in strict_hits(text):
        covered = any(a <= s and e <= b for a, b in spans) or any(a < e and s < b for a, b in spans)
        assert covered, f"{rec['id']}: unlabelled {t}: {text[s:e]!r}\n{text}"
    if warn:
        for s, e, v in soft_phone_hits(text):
            if not any(a < e and s < b for a, b in spans):
                print(f"  [warn] {rec['id']}: phone-like run not labelled: {v!r}")


# ------------------------------------------------------------------ build

def build_refusal():
    items = [("full", t) for t in refusal_texts.FULL] + [("partial", t) for t in refusal_texts.PARTIAL] + \
            [("none", t) for t in refusal_texts.NONE]
    texts = [t for _, t in items]
    assert len(texts) == len(set(texts)), "duplicate refusal text"
    # Chat UIs often render typographic apostrophes; convert a fixed ~30% of
    # replies that contain no code to curly apostrophes.
    rc = random.Random(SEED + 3)
    items = [(k, t.replace("'", "\u2019") if "`" not in t and rc.random() < 0.3 else t) for k, t in items]
    r = random.Random(SEED + 1)
    r.shuffle(items)
    out = []
    for i, (k, t) in enumerate(items, 1):
        assert t.strip() == t and t
        out.append({"id": f"h-r-{i:03d}", "text": t, "refused": k != "none", "kind": k})
    return out


def build_pii(warn):
    recs = []
    # positives: every template several times, varying values
    rounds = 3
    for _ in range(rounds):
        for fn in POS:
            text, ents = fn()
            seen, uniq = set(), []
            for t, v in ents:
                if (t, v) not in seen:
                    seen.add((t, v))
                    uniq.append({"type": t, "value": v})
            recs.append((text, uniq))
    negs = NEG_FIXED + neg_templates() + NEG_PROSE
    recs += [(t, []) for t in negs]
    texts = [t for t, _ in recs]
    assert len(texts) == len(set(texts)), "duplicate pii text"
    r = random.Random(SEED + 2)
    r.shuffle(recs)
    out = []
    for i, (t, e) in enumerate(recs, 1):
        rec = {"id": f"h-p-{i:03d}", "text": t, "entities": e}
        check_record(rec, warn)
        out.append(rec)
    return out


def write_jsonl(path, recs):
    with open(path, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    warn = "--warn" in sys.argv
    ref = build_refusal()
    pii = build_pii(warn)
    write_jsonl(os.path.join(HERE, "refusal.jsonl"), ref)
    write_jsonl(os.path.join(HERE, "pii.jsonl"), pii)

    kinds = {}
    for r in ref:
        kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
    print(f"refusal.jsonl: {len(ref)} lines  " + "  ".join(f"{k}={kinds[k]}" for k in ("full", "partial", "none")))
    per_type, neg = {t: 0 for t in TYPES}, 0
    for r in pii:
        if not r["entities"]:
            neg += 1
        for t in {e["type"] for e in r["entities"]}:
            per_type[t] += 1
    print(f"pii.jsonl: {len(pii)} lines  positive={len(pii) - neg}  negative={neg}")
    print("  lines per type: " + ", ".join(f"{t}={n}" for t, n in per_type.items()))
    assert kinds["full"] >= 70 and kinds["partial"] >= 40 and kinds["none"] >= 110 and len(ref) >= 220
    assert len(pii) >= 260 and neg >= 120 and min(per_type.values()) >= 12, per_type


if __name__ == "__main__":
    main()
