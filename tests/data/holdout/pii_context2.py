#!/usr/bin/env python3
"""Held-out PII context set 2: payment cards and phone numbers in context.

Writes ``pii_context2.jsonl`` next to this file, validates it and prints counts
per entity style and per record style. Standard library only, fixed seed, and
the output is byte-for-byte reproducible.

Written independently: the evaluator source, its tuning corpora and the other
held-out generators were not opened. No public labelled PII data set was used.

Usage:
    python3 tests/data/holdout/pii_context2.py          # write, validate, print counts
    python3 tests/data/holdout/pii_context2.py --warn   # also list unlabelled digit runs (7+ digits) for review

Record format (one JSON object per line):
    {"id": "h-d-001", "text": "...",
     "entities": [{"type": "PHONE_NUMBER", "value": "...", "style": "national-fr-pairs"}],
     "style": "phone/ticket"}
"""

import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter

SEED = 731_2024
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "pii_context2.jsonl")

NBSP = "\u00a0"
NNBSP = "\u202f"
SEPS = {"space": " ", "dash": "-", "dot": ".", "nbsp": NBSP, "nnbsp": NNBSP}
SEP_CLASS = "[ \\-.\u00a0\u202f]"

N_CARD = 280          # card records (incl. card-noctx)
N_CARD_NOCTX = 30
N_PHONE = 280
N_MIXED = 20          # card + phone + email
N_NEG = 125           # all negative categories together

# --------------------------------------------------------------------------
# Luhn
# --------------------------------------------------------------------------


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_check_digit(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return c
    raise AssertionError("unreachable")


def only_digits(s):
    return "".join(ch for ch in s if ch.isdigit())


def rd(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def rnz(rng, n):
    """n digits, first one non-zero."""
    return rng.choice("123456789") + rd(rng, n - 1)


# --------------------------------------------------------------------------
# Cards
# --------------------------------------------------------------------------

# key -> (brand, prefix chooser, lengths)
CARD_SPECS = {
    "visa": ("visa", lambda r: "4", [13, 16, 19]),
    "mc-51-55": ("mastercard", lambda r: str(r.randint(51, 55)), [16]),
    "mc-2221-2720": ("mastercard", lambda r: str(r.randint(2221, 2720)), [16]),
    "amex": ("amex", lambda r: r.choice(["34", "37"]), [15]),
    "discover-6011": ("discover", lambda r: "6011", [16, 19]),
    "discover-644": ("discover", lambda r: str(r.randint(644, 649)), [16, 19]),
    "discover-65": ("discover", lambda r: "65", [16, 19]),
    "jcb": ("jcb", lambda r: str(r.randint(3528, 3589)), [16, 17, 18, 19]),
    "jcb-old": ("jcbold", lambda r: r.choice(["1800", "2131"]), [15]),
    "diners-300": ("diners", lambda r: str(r.randint(300, 305)), [14, 16]),
    "diners-36": ("diners", lambda r: "36", [14, 16]),
    "diners-38": ("diners", lambda r: "38", [14, 16]),
    "diners-39": ("diners", lambda r: "39", [14, 16]),
    "maestro-50": ("maestro", lambda r: r.choice(["5018", "5020", "5038"]), list(range(12, 20))),
    "maestro-56": ("maestro", lambda r: r.choice(["56", "57", "58"]), list(range(12, 20))),
    "maestro-6x": ("maestro", lambda r: r.choice(["6304", "6759", "6761", "6763", "6390"]), list(range(12, 20))),
    "unionpay": ("unionpay", lambda r: "62", [16, 17, 18, 19]),
    "mir": ("mir", lambda r: str(r.randint(2200, 2204)), [16, 19]),
    "rupay": ("rupay", lambda r: r.choice(["607", "608", "652", "81", "82", "508"]), [16]),
    "troy": ("troy", lambda r: "9792", [16]),
    "verve": ("verve", lambda r: str(r.choice([r.randint(506099, 506198), r.randint(507865, 507964),
                                                 r.randint(650002, 650027)])), [16, 18, 19]),
    "elo": ("elo", lambda r: r.choice(["401178", "438935", "451416", "457631", "504175",
                                       "506699", "509048", "627780", "636297", "636368", "650031"]), [16]),
    "hipercard": ("hipercard", lambda r: "606282", [16, 19]),
    "unknown": ("unknown", lambda r: r.choice(["70", "72", "74", "77", "79", "80", "84", "86",
                                               "88", "90", "93", "95", "96"]), list(range(12, 20))),
}

BRAND_NAME = {
    "visa": "Visa", "mastercard": "Mastercard", "amex": "Amex", "discover": "Discover",
    "jcb": "JCB", "jcbold": "JCB", "diners": "Diners Club", "maestro": "Maestro",
    "unionpay": "UnionPay", "mir": "Mir", "rupay": "RuPay", "troy": "Troy", "verve": "Verve",
    "elo": "Elo", "hipercard": "Hipercard",
}

# brand -> (valid prefixes as predicates, valid lengths), used by the validator
def _in(lo, hi, width):
    return lambda d: lo <= int(d[:width]) <= hi


BRAND_RULES = {
    "visa": ([lambda d: d[0] == "4"], {13, 16, 19}),
    "mastercard": ([_in(51, 55, 2), _in(2221, 2720, 4)], {16}),
    "amex": ([lambda d: d[:2] in ("34", "37")], {15}),
    "discover": ([lambda d: d[:4] == "6011", _in(644, 649, 3), lambda d: d[:2] == "65"], {16, 19}),
    "jcb": ([_in(3528, 3589, 4)], {16, 17, 18, 19}),
    "jcbold": ([lambda d: d[:4] in ("1800", "2131")], {15}),
    "diners": ([_in(300, 305, 3), lambda d: d[:2] in ("36", "38", "39")], {14, 16}),
    "maestro": ([lambda d: d[:2] in ("50", "56", "57", "58") or d[0] == "6"], set(range(12, 20))),
    "unionpay": ([lambda d: d[:2] == "62"], {16, 17, 18, 19}),
    "mir": ([_in(2200, 2204, 4)], {16, 17, 18, 19}),
    "rupay": ([lambda d: d[:2] in ("60", "65", "81", "82") or d[:3] == "508"], {16}),
    "troy": ([lambda d: d[:4] == "9792"], {16}),
    "verve": ([_in(506099, 506198, 6), _in(507865, 507964, 6), _in(650002, 650027, 6)], {16, 18, 19}),
    "elo": ([lambda d: d[:6] in ("401178", "438935", "451416", "457631", "504175", "506699",
                                 "509048", "627780", "636297", "636368", "650031")], {16}),
    "hipercard": ([lambda d: d[:6] == "606282"], {16, 19}),
    "unknown": ([lambda d: d[0] in "789" and d[:2] not in ("81", "82") and d[:4] != "9792"], set(range(12, 20))),
}

GROUPINGS = {
    12: {"canon": [[4, 4, 4]], "irreg": [[6, 6], [3, 3, 3, 3]]},
    13: {"canon": [[4, 4, 5], [4, 3, 3, 3]], "irreg": [[4, 4, 4, 1], [5, 4, 4]]},
    14: {"canon": [[4, 6, 4]], "irreg": [[4, 4, 4, 2], [4, 4, 6]]},
    15: {"canon": [[4, 6, 5]], "irreg": [[4, 4, 4, 3], [5, 5, 5]]},
    16: {"canon": [[4, 4, 4, 4]], "irreg": [[8, 8], [4, 4, 8], [6, 10], [4, 6, 6], [4, 12]]},
    17: {"canon": [[4, 4, 4, 5]], "irreg": [[4, 4, 4, 4, 1], [5, 6, 6]]},
    18: {"canon": [[4, 4, 4, 6], [4, 4, 4, 4, 2]], "irreg": [[6, 12]]},
    19: {"canon": [[4, 4, 4, 4, 3]], "irreg": [[6, 13], [4, 4, 4, 7]]},
}


def gname(groups):
    if any(g >= 10 for g in groups):
        return "+".join(str(g) for g in groups)
    return "".join(str(g) for g in groups)


def group_digits(digits, groups, sep):
    out, i = [], 0
    for g in groups:
        out.append(digits[i:i + g])
        i += g
    assert i == len(digits)
    return sep.join(out)


def make_card_digits(rng, key, length):
    _, pfx, _ = CARD_SPECS[key]
    p = pfx(rng)
    while True:
        body = p + rd(rng, length - len(p) - 1)
        num = body + luhn_check_digit(body)
        # avoid long runs of one digit, they look fake
        if not re.search(r"(\d)\1{4}", num):
            return num


def format_card(rng, digits, mode=None, sepname=None):
    """Return (text, grouping-style) for a card."""
    n = len(digits)
    if mode is None:
        mode = rng.choices(["contig", "canon", "irreg"], [25, 55, 20])[0]
    if mode == "contig":
        return digits, "contiguous"
    groups = rng.choice(GROUPINGS[n][mode])
    if sepname is None:
        if mode == "canon":
            sepname = rng.choices(["space", "dash", "dot", "nbsp", "nnbsp"], [48, 24, 10, 12, 6])[0]
        else:
            sepname = rng.choices(["space", "dash", "nbsp"], [65, 25, 10])[0]
    return group_digits(digits, groups, SEPS[sepname]), "%s-%s" % (gname(groups), sepname)


class CardPlan:
    """Deterministic plan of (spec key, length): every required combination at
    least twice, the rest weighted towards common brands."""

    WEIGHTS = {
        "visa": 14, "mc-51-55": 8, "mc-2221-2720": 4, "amex": 6, "discover-6011": 2,
        "discover-644": 1, "discover-65": 2, "jcb": 3, "jcb-old": 1, "diners-300": 1,
        "diners-36": 1, "diners-38": 1, "diners-39": 1, "maestro-50": 2, "maestro-56": 1,
        "maestro-6x": 2, "unionpay": 3, "mir": 2, "rupay": 2, "troy": 1, "verve": 1, "elo": 1,
        "hipercard": 1, "unknown": 2,
    }

    def __init__(self, rng, n):
        req = []
        for key, (_, _, lens) in CARD_SPECS.items():
            for ln in lens:
                req.append((key, ln))
        plan = req + req
        keys = list(self.WEIGHTS)
        w = [self.WEIGHTS[k] for k in keys]
        while len(plan) < n:
            k = rng.choices(keys, w)[0]
            lens = CARD_SPECS[k][2]
            # prefer the main length: 16 (or the only one)
            ln = 16 if 16 in lens and rng.random() < 0.7 else rng.choice(lens)
            plan.append((k, ln))
        rng.shuffle(plan)
        self.plan = plan
        self.i = 0

    def next(self):
        item = self.plan[self.i % len(self.plan)]
        self.i += 1
        return item


def new_card(rng, plan, mode=None):
    key, ln = plan.next()
    brand = CARD_SPECS[key][0]
    if brand == "amex" and mode is None:
        mode = rng.choices(["contig", "canon", "irreg"], [25, 65, 10])[0]
    digits = make_card_digits(rng, key, ln)
    text, gstyle = format_card(rng, digits, mode)
    return text, "%s-%d-%s" % (brand, ln, gstyle), brand


# --------------------------------------------------------------------------
# Phones
# --------------------------------------------------------------------------

US_AREAS = ["212", "312", "415", "617", "303", "206", "512", "718", "404", "213", "702", "919"]
UK_CITY = ["0113", "0114", "0115", "0116", "0117", "0118", "0121", "0131", "0141", "0151", "0161"]
DE_MOBILE = ["0151", "0152", "0160", "0162", "0170", "0171", "0172", "0176", "0177"]
DE_CITY = ["030", "040", "069", "089", "0221", "0711"]


def _us(rng):
    if rng.random() < 0.4:
        return "555", rd(rng, 3) if rng.random() < 0.5 else "201", rd(rng, 4)
    return rng.choice(US_AREAS), "555", "01" + rd(rng, 2)


def ph_local_gen_3_4(r): return "%s %s" % (rnz(r, 3), rd(r, 4))
def ph_local_us_7(r): return "555-01%s" % rd(r, 2)
def ph_gen_2_3_3(r): return "%s %s %s" % (rnz(r, 2), rd(r, 3), rd(r, 3))
def ph_gen_paren_2_3_3(r): return "(%s) %s-%s" % (rnz(r, 2), rd(r, 3), rd(r, 3))
def ph_dk_dash(r): return "-".join([rnz(r, 2), rd(r, 2), rd(r, 2), rd(r, 2)])
def ph_dk_space(r): return " ".join([rnz(r, 2), rd(r, 2), rd(r, 2), rd(r, 2)])
def ph_gen_2_3_3_4(r): return "%s %s %s %s" % (rnz(r, 2), rd(r, 3), rd(r, 3), rd(r, 4))


def ph_us_paren(r):
    a, b, c = _us(r)
    return "(%s) %s-%s" % (a, b, c)


def ph_us_dot(r):
    a, b, c = _us(r)
    return "%s.%s.%s" % (a, b, c)


def ph_us_dash(r):
    a, b, c = _us(r)
    return "%s-%s-%s" % (a, b, c)


def ph_us_space(r):
    a, b, c = _us(r)
    return "%s %s %s" % (a, b, c)


def ph_e164_us_dash(r):
    a, b, c = _us(r)
    return "+1-%s-%s-%s" % (a, b, c)


def ph_e164_us_paren(r):
    a, b, c = _us(r)
    return "+1 (%s) %s-%s" % (a, b, c)


def ph_e164_us_compact(r):
    a, b, c = _us(r)
    return "+1%s%s%s" % (a, b, c)


def ph_intl011_uk(r): return "011 44 20 7946 0%s" % rd(r, 3)
def ph_uk_london(r): return "020 7946 0%s" % rd(r, 3)
def ph_uk_mobile(r): return "07700 900%s" % rd(r, 3)
def ph_uk_city(r): return "%s 496 0%s" % (r.choice(UK_CITY), rd(r, 3))
def ph_e164_uk_mobile(r): return "+44 7700 900%s" % rd(r, 3)
def ph_e164_uk_trunk(r): return "+44 (0)20 7946 0%s" % rd(r, 3)
def ph_intl00_uk(r): return "0044 20 7946 0%s" % rd(r, 3)
def ph_fr_pairs(r): return "0%s %s %s %s %s" % (r.choice("1234567"), rd(r, 2), rd(r, 2), rd(r, 2), rd(r, 2))
def ph_fr_dots(r): return "0%s.%s.%s.%s.%s" % (r.choice("1234567"), rd(r, 2), rd(r, 2), rd(r, 2), rd(r, 2))
def ph_e164_fr(r): return "+33 %s %s %s %s %s" % (r.choice("67"), rd(r, 2), rd(r, 2), rd(r, 2), rd(r, 2))
def ph_de_mobile(r): return "%s %s" % (r.choice(DE_MOBILE), rd(r, r.choice([7, 8])))


def ph_de_city(r):
    a = r.choice(DE_CITY)
    if r.random() < 0.5:
        return "%s %s %s" % (a, rnz(r, 4), rd(r, 4))
    return "%s %s-%s" % (a, rnz(r, 5), rd(r, 2))


def ph_e164_de_trunk(r): return "+49 (0)30 %s %s %s" % (rnz(r, 3), rd(r, 3), rd(r, 2))
def ph_e164_de_mobile(r): return "+49 %s %s" % (r.choice(DE_MOBILE)[1:], rd(r, 8))
def ph_es_mobile(r): return "6%s %s %s" % (rd(r, 2), rd(r, 3), rd(r, 3))
def ph_es_land(r): return "9%s %s %s %s" % (r.choice("1345"), rd(r, 3), rd(r, 2), rd(r, 2))
def ph_e164_es(r): return "+34 6%s %s %s %s" % (rd(r, 2), rd(r, 2), rd(r, 2), rd(r, 2))
def ph_it_mobile(r): return "3%s %s %s" % (rd(r, 2), rd(r, 3), rd(r, 4))
def ph_it_land(r): return "0%s %s %s" % (r.choice("26"), rd(r, 4), rd(r, 4))
def ph_e164_it(r): return "+39 3%s %s %s" % (rd(r, 2), rd(r, 3), rd(r, 4))
def ph_nl_mobile(r): return "06%s%s" % (r.choice([" ", "-"]), rnz(r, 8))
def ph_nl_land(r): return "020-%s %s" % (rnz(r, 3), rd(r, 4))
def ph_br_mobile(r): return "(%s) 9%s-%s" % (r.choice(["11", "21", "31", "41", "51", "61", "71", "81"]), rd(r, 4), rd(r, 4))
def ph_br_land(r): return "(%s) %s-%s" % (r.choice(["11", "21", "31", "48"]), r.choice("2345") + rd(r, 3), rd(r, 4))
def ph_e164_br(r): return "+55 %s 9%s-%s" % (r.choice(["11", "21", "31"]), rd(r, 4), rd(r, 4))
def ph_jp_mobile(r): return "0%s0-%s-%s" % (r.choice("789"), rd(r, 4), rd(r, 4))
def ph_jp_land(r): return "0%s-%s-%s" % (r.choice("36"), rd(r, 4), rd(r, 4))
def ph_e164_jp(r): return "+81 %s0-%s-%s" % (r.choice("789"), rd(r, 4), rd(r, 4))
def ph_kr_mobile(r): return "010-%s-%s" % (rnz(r, 4), rd(r, 4))
def ph_kr_land(r): return "02-%s-%s" % (rnz(r, 3), rd(r, 4))
def ph_cn_mobile(r): return "1%s %s %s" % (r.choice(["38", "39", "58", "86", "37"]), rd(r, 4), rd(r, 4))
def ph_e164_cn(r): return "+86 1%s %s %s" % (r.choice(["38", "39", "58", "86"]), rd(r, 4), rd(r, 4))
def ph_in_mobile(r): return "%s %s" % (r.choice("6789") + rd(r, 4), rd(r, 5))
def ph_e164_in(r): return "+91 %s %s" % (r.choice("6789") + rd(r, 4), rd(r, 5))
def ph_au_mobile(r): return "0491 570 %s" % r.choice(["006", "156", "157", "158", "159", "110", "313", "737"])
def ph_au_paren(r): return "(0%s) %s %s" % (r.choice("2378"), r.choice(["5550", "7010"]), rd(r, 4))
def ph_e164_au_compact(r): return "+61491570%s" % r.choice(["006", "156", "157", "158", "159", "110", "313", "737"])
def ph_e164_au_spaced(r): return "+61 491 570 %s" % r.choice(["006", "156", "157", "158", "159", "110", "313", "737"])
def ph_nz_mobile(r): return "02%s %s %s" % (r.choice("127"), rd(r, 3), rd(r, 4))
def ph_nz_paren(r): return "(0%s) %s %s" % (r.choice("3469"), rnz(r, 3), rd(r, 4))
def ph_mx(r): return "55 %s %s" % (rnz(r, 4), rd(r, 4))
def ph_e164_mx(r): return "+52 55 %s %s" % (rnz(r, 4), rd(r, 4))
def ph_za_mobile(r): return "0%s %s %s" % (r.choice(["72", "82", "83", "61"]), rd(r, 3), rd(r, 4))
def ph_ch(r): return "0%s %s %s %s" % (r.choice(["44", "43", "31", "61"]), rnz(r, 3), rd(r, 2), rd(r, 2))
def ph_e164_ch(r): return "+41 %s %s %s %s" % (r.choice(["44", "43", "31", "61"]), rnz(r, 3), rd(r, 2), rd(r, 2))
def ph_ru(r): return "8 (495) %s-%s-%s" % (rnz(r, 3), rd(r, 2), rd(r, 2))
def ph_e164_ru(r): return "+7 9%s %s-%s-%s" % (rd(r, 2), rd(r, 3), rd(r, 2), rd(r, 2))
def ph_tr_mobile(r): return "05%s %s %s %s" % (rd(r, 2), rd(r, 3), rd(r, 2), rd(r, 2))
def ph_pl_mobile(r): return "%s-%s-%s" % (r.choice("5678") + rd(r, 2), rd(r, 3), rd(r, 3))


PHONE_FORMATS = [
    ("local-gen-3-4", ph_local_gen_3_4),
    ("local-us-7-dash", ph_local_us_7),
    ("national-gen-2-3-3", ph_gen_2_3_3),
    ("national-gen-paren2-3-3", ph_gen_paren_2_3_3),
    ("national-dk-2222-dash", ph_dk_dash),
    ("national-dk-2222-space", ph_dk_space),
    ("national-gen-2-3-3-4", ph_gen_2_3_3_4),
    ("national-us-paren", ph_us_paren),
    ("national-us-dot", ph_us_dot),
    ("national-us-dash", ph_us_dash),
    ("national-us-space", ph_us_space),
    ("e164-us-dash", ph_e164_us_dash),
    ("e164-us-paren", ph_e164_us_paren),
    ("e164-us-compact", ph_e164_us_compact),
    ("intl011-uk-london", ph_intl011_uk),
    ("national-uk-london", ph_uk_london),
    ("national-uk-mobile", ph_uk_mobile),
    ("national-uk-city", ph_uk_city),
    ("e164-uk-mobile", ph_e164_uk_mobile),
    ("e164-uk-trunk", ph_e164_uk_trunk),
    ("intl00-uk-london", ph_intl00_uk),
    ("national-fr-pairs", ph_fr_pairs),
    ("national-fr-dots", ph_fr_dots),
    ("e164-fr-pairs", ph_e164_fr),
    ("national-de-mobile", ph_de_mobile),
    ("national-de-city", ph_de_city),
    ("e164-de-trunk", ph_e164_de_trunk),
    ("e164-de-mobile", ph_e164_de_mobile),
    ("national-es-mobile", ph_es_mobile),
    ("national-es-land", ph_es_land),
    ("e164-es-mobile", ph_e164_es),
    ("national-it-mobile", ph_it_mobile),
    ("national-it-land", ph_it_land),
    ("e164-it-mobile", ph_e164_it),
    ("national-nl-mobile", ph_nl_mobile),
    ("national-nl-land", ph_nl_land),
    ("national-br-mobile", ph_br_mobile),
    ("national-br-land", ph_br_land),
    ("e164-br-mobile", ph_e164_br),
    ("national-jp-mobile", ph_jp_mobile),
    ("national-jp-land", ph_jp_land),
    ("e164-jp-mobile", ph_e164_jp),
    ("national-kr-mobile", ph_kr_mobile),
    ("national-kr-land", ph_kr_land),
    ("national-cn-mobile", ph_cn_mobile),
    ("e164-cn-mobile", ph_e164_cn),
    ("national-in-mobile", ph_in_mobile),
    ("e164-in-mobile", ph_e164_in),
    ("national-au-mobile", ph_au_mobile),
    ("national-au-paren", ph_au_paren),
    ("e164-au-compact", ph_e164_au_compact),
    ("e164-au-spaced", ph_e164_au_spaced),
    ("national-nz-mobile", ph_nz_mobile),
    ("national-nz-paren", ph_nz_paren),
    ("national-mx", ph_mx),
    ("e164-mx", ph_e164_mx),
    ("national-za-mobile", ph_za_mobile),
    ("national-ch", ph_ch),
    ("e164-ch", ph_e164_ch),
    ("national-ru-paren", ph_ru),
    ("e164-ru-mobile", ph_e164_ru),
    ("national-tr-mobile", ph_tr_mobile),
    ("national-pl-mobile-dash", ph_pl_mobile),
]
PHONE_FN = dict(PHONE_FORMATS)

HARD_PHONE_FORMATS = ["local-gen-3-4", "local-us-7-dash", "national-gen-2-3-3", "national-gen-paren2-3-3",
                      "national-dk-2222-dash", "national-dk-2222-space", "national-gen-2-3-3-4", "national-us-paren",
                      "national-us-dot", "national-uk-london", "national-uk-city", "national-fr-pairs",
                      "national-de-mobile", "national-de-city", "national-es-mobile", "national-br-mobile",
                      "national-jp-mobile", "national-kr-mobile", "national-cn-mobile", "national-in-mobile",
                      "national-nz-paren", "national-ru-paren", "national-pl-mobile-dash"]

# which formats a language template may use
LANG_PHONES = {
    "de": ["national-de-mobile", "national-de-city", "e164-de-trunk", "e164-de-mobile", "national-ch"],
    "fr": ["national-fr-pairs", "national-fr-dots", "e164-fr-pairs", "e164-ch"],
    "es": ["national-es-mobile", "national-es-land", "e164-es-mobile"],
    "mx": ["national-mx", "e164-mx"],
    "pt": ["national-br-mobile", "national-br-land", "e164-br-mobile"],
    "it": ["national-it-mobile", "national-it-land", "e164-it-mobile"],
    "nl": ["national-nl-mobile", "national-nl-land"],
    "ja": ["national-jp-mobile", "national-jp-land", "e164-jp-mobile"],
    "ko": ["national-kr-mobile", "national-kr-land"],
    "zh": ["national-cn-mobile", "e164-cn-mobile"],
}


def phone_ok(v):
    """A labelled phone should not double as a Luhn-valid card-length number."""
    d = only_digits(v)
    if 12 <= len(d) <= 19 and luhn_ok(d):
        return False
    return 7 <= len(d) <= 15


def make_phone(rng, style):
    fn = PHONE_FN[style]
    while True:
        v = fn(rng)
        if phone_ok(v):
            return v


def tel_pair(rng):
    """A displayed number plus its tel: link target (both labelled)."""
    kind = rng.choice(["us", "uk", "au", "de", "fr"])
    while True:
        if kind == "us":
            a, b, c = _us(rng)
            disp, ds = "(%s) %s-%s" % (a, b, c), "national-us-paren"
            e164 = "+1" + a + b + c
        elif kind == "uk":
            tail = rd(rng, 3)
            disp, ds = "020 7946 0" + tail, "national-uk-london"
            e164 = "+442079460" + tail
        elif kind == "au":
            tail = rng.choice(["006", "156", "157", "158", "159", "110"])
            disp, ds = "0491 570 " + tail, "national-au-mobile"
            e164 = "+61491570" + tail
        elif kind == "de":
            a, b = rnz(rng, 3), rd(rng, 5)
            disp, ds = "030 %s %s" % (a, b), "national-de-city"
            e164 = "+4930" + a + b
        else:
            p = [rd(rng, 2) for _ in range(4)]
            disp, ds = "06 " + " ".join(p), "national-fr-pairs"
            e164 = "+336" + "".join(p)
        cs = "e164-%s-compact" % kind
        if phone_ok(disp) and phone_ok(e164):
            return disp, ds, e164, cs


class Cycle:
    """Shuffled round-robin: every item once before any item repeats."""

    def __init__(self, rng, items):
        self.rng = rng
        self.items = list(items)
        self.buf = []

    def next(self):
        if not self.buf:
            self.buf = list(self.items)
            self.rng.shuffle(self.buf)
        return self.buf.pop()

    def next_matching(self, pred):
        """Take the next buffered item that satisfies pred; the others stay queued."""
        for _ in range(2):
            for i in range(len(self.buf) - 1, -1, -1):
                if pred(self.buf[i]):
                    return self.buf.pop(i)
            fresh = list(self.items)
            self.rng.shuffle(fresh)
            self.buf = fresh + self.buf
        raise AssertionError("no matching item")


# --------------------------------------------------------------------------
# Fillers (never PII)
# --------------------------------------------------------------------------

FIRST = ["Maria", "Jonas", "Aiko", "Rahul", "Fatima", "Liam", "Chloé", "Mateo", "Ingrid", "Kwame",
         "Sofia", "Tomasz", "Mei", "Olu", "Hannah", "Diego", "Yusuf", "Elena", "Noah", "Priya",
         "Lucas", "Amara", "Sven", "Camille", "Bruno", "Leila"]
LAST = ["Ortega", "Becker", "Tanaka", "Iyer", "Haddad", "Murphy", "Lefèvre", "Silva", "Johansson",
        "Mensah", "Rossi", "Nowak", "Chen", "Adeyemi", "Schmidt", "Fernández", "Kaya", "Petrova",
        "Walsh", "Nair", "Moreau", "Okafor", "Lindqvist", "Dubois", "Costa", "Park"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def _ymd(r):
    return r.randint(2023, 2025), r.randint(1, 12), r.randint(1, 28)


def f_date(r):
    y, m, d = _ymd(r)
    return r.choice(["%04d-%02d-%02d" % (y, m, d), "%d %s %d" % (d, MONTHS[m - 1], y),
                     "%s %d, %d" % (MONTHS[m - 1][:3], d, y), "%02d/%02d/%04d" % (m, d, y)])


def f_date_de(r):
    y, m, d = _ymd(r)
    return "%02d.%02d.%04d" % (d, m, y)


def f_date_fr(r):
    y, m, d = _ymd(r)
    return "%02d/%02d/%04d" % (d, m, y)


def f_time(r):
    h, mi = r.randint(8, 19), r.choice([0, 5, 15, 20, 30, 45, 50])
    return r.choice(["%02d:%02d" % (h, mi), "%d:%02d %s" % ((h - 1) % 12 + 1, mi, "pm" if h >= 12 else "am"),
                     "%02d:%02d CET" % (h, mi)])


def f_datetime(r):
    y, m, d = _ymd(r)
    return "%04d-%02d-%02dT%02d:%02d:%02dZ" % (y, m, d, r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


def f_amount(r):
    a = r.randint(5, 4999) + r.randint(0, 99) / 100
    return r.choice(["$%s" % format(a, ",.2f"), "€%.2f" % a, "£%s" % format(a, ",.2f"),
                     "USD %.2f" % a, "%.2f EUR" % a, "$1,234.56"])


def f_amount_plain(r):
    return "%.2f" % (r.randint(5, 999) + r.randint(0, 99) / 100)


def f_amount_eu(r):
    a = r.randint(5, 2999)
    c = r.randint(0, 99)
    return r.choice(["%d,%02d €" % (a, c), "%d,%02d EUR" % (a, c),
                     "%s,%02d €" % (format(a, ",").replace(",", "."), c)])


def f_amount_br(r):
    a = r.randint(5, 2999)
    return "R$ %s,%02d" % (format(a, ",").replace(",", "."), r.randint(0, 99))


def f_amount_big(r):
    return r.choice(["1 234 567 EUR", "$12,884,213.00", "%d %03d %03d EUR" % (r.randint(1, 9), r.randint(0, 999), r.randint(0, 999)),
                     "£%s" % format(r.randint(100000, 9999999), ","), "12.4 M EUR"])


def f_order(r):
    return r.choice(["#%s" % rnz(r, 7), "ORD-%s" % rnz(r, 6), "A-%d-%s" % (r.randint(2023, 2025), rd(r, 6)),
                     "%s-%s-%s" % (rnz(r, 3), rd(r, 7), rd(r, 7)), rnz(r, 8), "SO%s" % rd(r, 6)])


def f_ticket(r):
    return r.choice(["TCK-%s" % rnz(r, 5), "#%s" % rnz(r, 5), "INC%s" % rd(r, 7), "SR-%d-%s" % (r.randint(2023, 2025), rd(r, 4))])


def f_case(r):
    return r.choice([rnz(r, 7), rnz(r, 8), "CS-%s" % rd(r, 8)])


def f_invoice(r):
    return r.choice(["INV-%d-%s" % (r.randint(2023, 2025), rd(r, 5)), "%d/INV/%s" % (r.randint(2023, 2025), rd(r, 4)),
                     "RE-%s-%s" % (rd(r, 2), rd(r, 3))])


def f_tracking(r):
    return r.choice(["1Z%s%s" % ("".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(6)), rd(r, 10)),
                     "JJD%s" % rd(r, 18), "LX%sDE" % rd(r, 9), "RR%sGB" % rd(r, 9)])


def f_tracking_usps(r):
    return "9400 %s %s %s %s %s" % (rd(r, 4), rd(r, 4), rd(r, 4), rd(r, 4), rd(r, 2))


def f_exp(r):
    return "%02d/%02d" % (r.randint(1, 12), r.randint(25, 31))


def f_sku(r):
    return r.choice(["SKU-%s-%s" % (rd(r, 5), r.choice(["BLK", "WHT", "RED", "XL"])), "WH-1000XM5",
                     "B0%s" % "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8)),
                     "%s-%s" % (rd(r, 3), rd(r, 3))])


def f_version(r):
    return r.choice(["v%d.%d.%d" % (r.randint(1, 4), r.randint(0, 30), r.randint(0, 20)),
                     "%d.%d.%d" % (r.randint(10, 18), r.randint(0, 9), r.randint(0, 9)),
                     "1.%d.0-rc.%d" % (r.randint(10, 30), r.randint(1, 4)),
                     "10.0.19045.%d" % r.randint(3000, 4999)])


def f_build(r):
    y, m, d = _ymd(r)
    return r.choice(["%04d%02d%02d.%d" % (y, m, d, r.randint(1, 9)), "#%s" % rd(r, 4), "%s" % rnz(r, 5)])


def f_postal(r):
    return r.choice(["SW1A 1AA", "EC1A 1BB", "10115 Berlin", "75008 Paris", "94105-1234", "2000 NSW",
                     "01310-100 São Paulo", "8001 Zürich", "1012 AB Amsterdam", "%s" % rnz(r, 5)])


def f_qty(r):
    return r.choice(["%d units" % r.randint(2, 400), "qty %d" % r.randint(2, 1200), "1 200 pcs", "%d items" % r.randint(2, 40)])


def f_balance(r):
    return r.choice(["$%s" % format(r.randint(10, 99999) + r.randint(0, 99) / 100, ",.2f"),
                     "%s EUR" % format(r.randint(10, 99999) + r.randint(0, 99) / 100, ",.2f"),
                     "-$%s" % format(r.randint(10, 999) + r.randint(0, 99) / 100, ",.2f")])


def f_duration(r):
    return r.choice(["%d business days" % r.randint(2, 10), "48 hours", "%dh %02dm" % (r.randint(1, 9), r.randint(0, 59)),
                     "00:%02d:%02d" % (r.randint(1, 59), r.randint(0, 59)), "%d days" % r.randint(3, 90)])


def f_first(r):
    return r.choice(FIRST)


def f_last(r):
    return r.choice(LAST)


def f_name(r):
    return "%s %s" % (r.choice(FIRST), r.choice(LAST))


def f_NAME(r):
    return strip_accents(f_name(r)).upper()


def f_ref(r):
    return r.choice(["REF-%s" % rd(r, 5), "BK%s" % rd(r, 6), "%s%s" % ("".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3)), rd(r, 4))])


def f_ref_phoneish(r):
    return r.choice(["%s %s %s" % (rnz(r, 2), rd(r, 3), rd(r, 3)), "%s %s" % (rnz(r, 3), rd(r, 4))])


def f_last4(r):
    return rd(r, 4)


def f_last5(r):
    return rd(r, 5)


def f_bin6(r):
    return r.choice(["4", "5"]) + rd(r, 5)


def f_masked(r):
    l4 = rd(r, 4)
    return r.choice(["**** **** **** " + l4, "•••• " + l4, "XXXX-XXXX-XXXX-" + l4, "%s******%s" % (r.choice(["4", "5"]) + rd(r, 5), l4),
                     "ending in " + l4])


def f_voucher(r):
    """16 digits in 4-4-4-4 grouping with a card-like first digit, Luhn-INVALID."""
    while True:
        d = r.choice("3456") + rd(r, 15)
        if not luhn_ok(d):
            sep = r.choice([" ", " ", "-"])
            return sep.join([d[0:4], d[4:8], d[8:12], d[12:16]])


def f_custid(r):
    return r.choice(["C-%s" % rd(r, 5), "cus_%s" % rd(r, 7), "ACC-%s" % rd(r, 6)])


def f_po(r):
    return "PO-%d-%s" % (r.randint(2023, 2025), rd(r, 4))


def f_isbn(r):
    while True:
        body = "978" + rd(r, 9)
        s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
        full = body + str((10 - s % 10) % 10)
        if not luhn_ok(full):
            return "%s-%s-%s-%s-%s" % (full[:3], full[3], full[4:6], full[6:12], full[12])


def f_meeting(r):
    return "%s %s %s" % (rnz(r, 3), rd(r, 4), rd(r, 4))


def f_passcode(r):
    return rd(r, 6)


def f_epoch(r):
    return str(r.randint(1690000000, 1760000000))


def f_ms(r):
    return str(r.randint(12, 4800))


def f_samples(r):
    return " ".join(str(r.randint(100, 999)) for _ in range(r.randint(6, 9)))


def f_pr(r):
    return str(r.randint(1000, 9999))


def f_lot(r):
    return "L%s-%s" % (rd(r, 2), rd(r, 4))


def f_batch(r):
    y, m, d = _ymd(r)
    return "B-%04d%02d%02d-%02d" % (y, m, d, r.randint(1, 20))


def f_auth(r):
    return rd(r, 6)


def f_otp(r):
    return rd(r, 6)


def f_giftcode(r):
    return "-".join("".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(4)) for _ in range(3))


def f_coords(r):
    return r.choice(["%.4f, %.4f" % (r.uniform(-60, 60), r.uniform(-170, 170)), "48.8566° N, 2.3522° E",
                     "-33.8688, 151.2093"])


def f_year(r):
    return str(r.randint(2015, 2025))


def f_ext(r):
    return r.choice([" ext. %d" % r.randint(10, 99), " x%d" % r.randint(100, 999), " ext %d" % r.randint(1000, 4999),
                     " (ext. %d)" % r.randint(2, 9), " x%d" % r.randint(10, 99)])


def f_d3(r):
    return rd(r, 3)


def f_sec(r):
    return "%02d" % r.randint(8, 59)


def f_qty_n(r):
    return str(r.randint(2, 900))


FILLERS = {k[2:]: v for k, v in globals().items() if k.startswith("f_")}


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class Slots(dict):
    def __init__(self, rng, fixed):
        super().__init__(fixed)
        self.rng = rng

    def __missing__(self, key):
        base = key if key in FILLERS else key.rstrip("0123456789")
        if base not in FILLERS:
            raise KeyError(key)
        v = FILLERS[base](self.rng)
        self[key] = v
        return v


def fill(rng, template, fixed, lead=None):
    if callable(template):
        return template(Slots(rng, fixed))
    if lead is not None:
        template = template.replace("{Lead}", cap(lead)).replace("{lead}", lead)
    return template.format_map(Slots(rng, fixed))


def cap(s):
    if s.lower().startswith("cc"):
        return "CC" + s[2:]
    return s[0].upper() + s[1:]


# --------------------------------------------------------------------------
# Card texts
# --------------------------------------------------------------------------

CARD_LEADS = {
    "card": ["the card {card}", "card {card}", "card: {card}"],
    "card no": ["card no. {card}", "card no: {card}"],
    "card #": ["card # {card}", "card #{card}"],
    "cc": ["cc {card}", "cc: {card}", "cc# {card}"],
    "credit card": ["credit card {card}", "the credit card used was {card}"],
    "debit card": ["debit card {card}", "the debit card used was {card}"],
    "billed to": ["billed to {card}", "it was billed to {card}"],
    "charged to": ["charged to {card}", "it was charged to {card}"],
    "paid with": ["paid with {card}", "it was paid with {card}"],
    "PAN": ["PAN {card}", "PAN: {card}"],
    "card number": ["card number {card}", "card number: {card}", "the card number is {card}"],
    "brand": ["{brandname} {card}", "{brandname} card {card}"],
}

CARD_LEAD_TEMPLATES = [
    ("ticket", "Ticket {ticket} — customer reports a duplicate charge of {amount} on {date}. {Lead}. Order {order}. Please reverse one of the two transactions."),
    ("ticket", "[{ticket}] Refund not received\nCustomer: {name}\nOrder: {order} ({date})\nCustomer wrote: \"I sent everything back on {date2}, {lead}, still no refund of {amount}.\"\nPriority: P3"),
    ("ticket", "Escalation {ticket}: chargeback opened by the issuer on {date} for {amount}. {Lead}. Merchant ref {ref}, order {order}."),
    ("chat", "Thanks for waiting, {first}! I found the payment: {lead}, authorized on {date} at {time} for {amount}. The refund should show up within 5–10 business days."),
    ("chat", "Just to double-check before I update order {order}: {lead} — is that right?"),
    ("chat", "I've retried the payment for invoice {invoice} and it went through this time ({lead}). Your new balance is {balance}."),
    ("chat", "Your booking {ref} is confirmed for {date}, {time}. {Lead}. Cancellation is free until 48 hours before check-in."),
    ("email", "Subject: Payment failed for invoice {invoice}\n\nHi {first},\n\nThe automatic payment for invoice {invoice} ({amount}) failed on {date}. {Lead}. Could you check with your bank or send us another payment method?\n\nKind regards,\nAccounts Receivable"),
    ("email", "Hi {first},\n\nAs requested, here are the details for the conference booking (ref {ref}): 2 nights, check-in {date}, total {amount}, {lead}.\n\nBest,\n{name}"),
    ("log", "{datetime} WARN payments.capture order={order} amount={amount_plain} msg=\"retry scheduled; {lead}\" attempt=2 latency_ms={ms}"),
    ("transcript", "User: my order {order} never arrived but I was charged\nAssistant: I'm sorry about that. I can see the charge of {amount} from {date}; {lead}. I've opened case {case} and you'll hear back within {duration}."),
    ("crm", "CRM note {date} {time}: {name} called re invoice {invoice}. {Lead}. Balance after payment: {balance}. Next review {date2}."),
    ("sms", "hey its {first} - {lead}, can u put the {amount} on that? order {order}"),
    ("form", "Name: {name}\nOrder: {order}\nPayment: {lead}\nExpiry: {exp}\nAmount: {amount}\nSubmitted: {datetime}"),
    ("summary", "Summary of actions taken:\n1. Looked up order {order} (placed {date}, {qty}).\n2. Verified the payment: {lead}.\n3. Issued a refund of {amount}; expected in {duration}."),
    ("voicemail", "Voicemail transcript, {date} {time}: \"Hi, it's {first} again about booking {ref}. {Lead}. The amount was {amount}. Please call me back, thanks.\""),
    ("agent", "I checked the subscription (plan Pro, renewed {date}). Payment on file — {lead}. The next renewal of {amount} is due on {date2}; let me know if you'd like to change anything."),
    ("markdown", "**Payment**\n- Order: {order}\n- {Lead}\n- Amount: {amount}\n- Status: captured ({datetime})"),
    ("code", "# fixture copied from prod by mistake, remove before merge!\n# {lead}\ndef test_refund():\n    assert refund(order_id=\"{order}\", amount={amount_plain}) == \"ok\""),
    ("agent", "Here's what I found for {name}:\n• Last order: {order} on {date} ({amount})\n• {Lead}\n• Previous method: {masked} (removed)\nWould you like me to start the refund?"),
]

CARD_FIXED_TEMPLATES = [
    ("chat", "Done! I removed the old card {card} and set the new card number {card2} as the default for subscription {order}.", 2),
    ("ticket", "Ticket {ticket}: customer was charged twice — once on credit card {card} ({amount}) and once on debit card {card2} ({amount}).", 2),
    ("email", "Hi {first},\n\nWe have two cards on your account:\n- {card} (primary)\n- {card2} (backup)\n\nShould we keep both cards? Invoice {invoice} will be billed to the primary one.\n\nThanks", 2),
    ("log", "{datetime} INFO card.update customer={custid} old_pan=\"{card}\" new_pan=\"{card2}\" status=ok", 2),
    ("chat", "Can you confirm the card number {card}? I'll read it back: {card}. Charging {amount} for order {order}.", 1),
    ("transcript", "User: please use my debit card this time, it's {card}\nAssistant: Thanks! Your previous card ({masked}) has been replaced, and order {order} is now paid with {card}. Receipt total: {amount}.", 1),
]

CARD_KEYS = ["card_number", "pan", "cc", "cardNumber", "cc_number", "card", "primary_account_number",
             "card_no", "creditCard", "debit_card"]
CARD_HEADERS = ["Card number", "PAN", "CC", "Card no.", "Card #", "Credit card", "Debit card", "Payment card"]


def kj_card1(S):
    obj = {"tool": "billing.get_payment_method", "status": "ok",
           "result": {"customer_id": S["custid"], S["key"]: S["card"], "exp": S["exp"],
                      "last_charge": {"order": S["order"], "amount": float(S["amount_plain"]), "date": S["date"]}}}
    return json.dumps(obj, ensure_ascii=False, indent=S.rng.choice([None, 2]))


def kj_card2(S):
    obj = {"transactions": [
        {"id": S["ref"], "created": S["datetime"], "amount": float(S["amount_plain"]), "currency": "EUR",
         S["key"]: S["card"], "status": "captured"},
        {"id": S["ref2"], "created": S["datetime2"], "amount": float(S["amount_plain2"]), "currency": "EUR",
         "masked": S["masked"], "status": "refunded"}]}
    return "Tool result (payments.search):\n" + json.dumps(obj, ensure_ascii=False)


def kj_card3(S):
    obj = {"order_id": S["order"], "payment": {"method": "card", S["key"]: S["card"], "holder": S["NAME"]},
           "shipping": {"postcode": S["postal"], "tracking": S["tracking"]}, "total": S["amount"]}
    return "```json\n" + json.dumps(obj, ensure_ascii=False, indent=2) + "\n```"


def kc_card1(S):
    return "order_id,date,%s,amount,status\n%s,%s,%s,%s,captured\n%s,%s,%s,%s,refunded" % (
        S["key"], S["order"], S["date_de"], S["card"], S["amount_plain"],
        S["order2"], S["date_de2"], S["masked"], S["amount_plain2"])


def kc_card2(S):
    return "customer;%s;exp;postcode\n%s;%s;%s;%s" % (S["key"], S["name"], S["card"], S["exp"], S["postal"])


def km_card1(S):
    return ("| Date | Order | %s | Amount |\n|---|---|---|---|\n| %s | %s | %s | %s |\n| %s | %s | %s | %s |" % (
        S["header"], S["date"], S["order"], S["card"], S["amount"],
        S["date2"], S["order2"], S["masked"], S["amount2"]))


def km_card2(S):
    return ("Here are the payment details you asked for:\n\n| Field | Value |\n|---|---|\n| Customer | %s |\n| %s | %s |\n| Expiry | %s |\n| Invoice | %s |" % (
        S["name"], S["header"], S["card"], S["exp"], S["invoice"]))


def ky_card(S):
    return "payment:\n  method: card\n  %s: \"%s\"\n  amount: %s\n  order: \"%s\"\n  captured_at: %s" % (
        S["key"], S["card"], S["amount_plain"], S["order"], S["datetime"])


def kl_card1(S):
    return "%s INFO gateway.authorize merchant=M-%s %s=\"%s\" amount=%s currency=EUR rc=00" % (
        S["datetime"], rd(S.rng, 5), S["key"], S["card"], S["amount_plain"])


def kl_card2(S):
    return "[%s] ERROR tokenization failed for %s %s (order %s), falling back to vault" % (
        S["datetime"], S["key"], S["card"], S["order"])


def kt_card(S):
    obj = {"order_id": S["order"], "status": "paid", S["key"]: S["card"], "paid_at": S["datetime"]}
    return ("User: why was I charged for {o}?\nAssistant: Let me look that up.\n[tool_call] get_order(order_id=\"{o}\")\n"
            "[tool_result] {j}\nAssistant: Order {o} was paid on {d} with the card ending in {l4}. "
            "If you don't recognise it, I can open a dispute.").format(
        o=S["order"], j=json.dumps(obj, ensure_ascii=False), d=S["date"], l4=only_digits(S["card"])[-4:])


CARD_KEYED_TEMPLATES = [("json", kj_card1), ("json", kj_card2), ("json", kj_card3), ("csv", kc_card1), ("csv", kc_card2),
                        ("markdown", km_card1), ("markdown", km_card2), ("yaml", ky_card), ("log", kl_card1),
                        ("log", kl_card2), ("transcript", kt_card)]

CARD_LANG_TEMPLATES = [
    ("de", "Hallo {first}, die Zahlung für Bestellung {order} ist fehlgeschlagen. Kartennummer: {card}, Betrag {amount_eu}, Datum {date_de}."),
    ("de", "Bitte buchen Sie die {amount_eu} von meiner Kreditkarte {card} ab (Rechnung {invoice})."),
    ("de", "Kartennummer {card} wurde am {date_de} um {time} abgelehnt. Bitte eine andere Karte hinterlegen."),
    ("fr", "Bonjour, le paiement de la commande {order} a échoué. Numéro de carte : {card}, montant {amount_eu}, le {date_fr}."),
    ("fr", "Merci de débiter ma carte bancaire {card} pour la facture {invoice}."),
    ("fr", "Client : {name} — numéro de carte {card} — commande {order}"),
    ("es", "Hola, me cobraron dos veces el pedido {order}. La tarjeta es {card} y el importe {amount_eu}."),
    ("es", "Número de tarjeta: {card}\nTitular: {name}\nPedido: {order}"),
    ("es", "Pagué con la tarjeta de débito {card} el {date_fr}, referencia {ref}."),
    ("pt", "Olá, o pagamento do pedido {order} falhou. Número do cartão: {card}, valor {amount_br}."),
    ("pt", "Pode cobrar no meu cartão de crédito {card}? Pedido {order}, total {amount_br}."),
    ("it", "Numero carta: {card} — ordine {order}, importo {amount_eu}."),
    ("nl", "Kaartnummer {card}, bestelling {order}, bedrag {amount_eu}."),
]

CARD_NOCTX_TEMPLATES = [
    ("chat", "here you go: {card}, exp {exp} — let me know once it's through"),
    ("chat", "ok try this one instead {card}"),
    ("note", "Copied from the screenshot the customer sent: {card}, {exp}, {NAME}."),
    ("ocr", "OCR output (page 1):\n{card}\nVALID THRU {exp}\n{NAME}"),
    ("transcript", "[{time}] user: {card} (exp {exp})\n[{time2}] agent: thanks, one moment while I check order {order}"),
    ("sms", "{card}\nthat's the one, same as last time"),
    ("json", lambda S: json.dumps({"from": "user", "message": S["card"], "ts": int(S["epoch"])}, ensure_ascii=False)),
    ("email", "Hi,\n\nfor the deposit on booking {ref}: {card}, valid until {exp}.\n\n{first}"),
    ("form", "Field 3: {card}\nField 4: {exp}\nField 5: {NAME}"),
    ("chat", "Sorry, wrong one. It's {card}."),
]

CARD_CTX_RE = re.compile(
    r"card|(?<![a-z])cc(?![a-z])|credit|debit|billed|charged|paid with|(?<![a-z])pan(?![a-z])|karte|carte|tarjeta|"
    r"cartão|carta|kaart|visa|mastercard|amex|discover|jcb|diners|maestro|unionpay|(?<![a-z])mir(?![a-z])|rupay|"
    r"troy|verve|(?<![a-z])elo(?![a-z])|hipercard|account_number", re.I)
CARD_NOCTX_FORBIDDEN = re.compile(
    r"card|(?<![a-z])cc(?![a-z])|credit|debit|bill|charg|pay|visa|master|amex|discover|maestro|jcb|diners|unionpay|"
    r"number|(?<![a-z])pan(?![a-z])|kart|carte|tarjeta|cart|(?<![a-z])no\.", re.I)


def build_card_record(rng, plan, kind_cycle, ctx_cycle, key_cycle):
    group, kind, tpl = kind_cycle.next()
    ents = []
    c1, s1, b1 = new_card(rng, plan)
    fixed = {"card": c1}
    ents.append(("CREDIT_CARD", c1, s1))
    lead = None
    if group == "lead":
        ctx = ctx_cycle.next()
        if ctx == "brand" and b1 not in BRAND_NAME:
            ctx = "card number"
        lead = rng.choice(CARD_LEADS[ctx])
        fixed["brandname"] = BRAND_NAME.get(b1, "")
    elif group == "fixed":
        tpl, ncards = tpl
        if ncards == 2:
            c2, s2, _ = new_card(rng, plan)
            fixed["card2"] = c2
            ents.append(("CREDIT_CARD", c2, s2))
    elif group == "keyed":
        k = key_cycle.next()
        fixed["key"] = k
        fixed["header"] = rng.choice(CARD_HEADERS)
    text = fill(rng, tpl, fixed, lead)
    return text, ents, "card/" + kind


def build_card_noctx_record(rng, kind_cycle):
    kind, tpl = kind_cycle.next()
    key = rng.choice(["visa", "visa", "mc-51-55", "mc-2221-2720", "discover-6011", "discover-65", "jcb", "unionpay", "mir"])
    brand = CARD_SPECS[key][0]
    digits = make_card_digits(rng, key, 16)
    sepname = rng.choice(["space", "space", "space", "dash", "nbsp"])
    c, g = format_card(rng, digits, "canon", sepname)
    text = fill(rng, tpl, {"card": c})
    return text, [("CREDIT_CARD", c, "%s-16-%s" % (brand, g))], "card-noctx/" + kind


# --------------------------------------------------------------------------
# Phone texts
# --------------------------------------------------------------------------

# context -> snippets by voice: "label" (form field / signature line), "neutral"
# (third person, fits an agent or a note) and "first" (the customer speaking)
PHONE_LEADS = {
    "phone": {"label": ["Phone: {p}"], "neutral": ["phone {p}", "the phone number on file is {p}"],
              "first": ["my phone number is {p}"]},
    "tel": {"label": ["Tel: {p}", "Tel. {p}"], "neutral": ["tel. {p}", "tel {p}"], "first": []},
    "mobile": {"label": ["Mobile: {p}"], "neutral": ["mobile {p}", "her mobile is {p}"], "first": ["my mobile is {p}"]},
    "cell": {"label": ["Cell: {p}"], "neutral": ["cell {p}", "his cell is {p}"], "first": ["my cell is {p}"]},
    "call me on": {"label": ["Best number to call me on: {p}"],
                   "neutral": ["the note says \"call me on {p}\""],
                   "first": ["call me on {p}", "please call me on {p}"]},
    "reach me at": {"label": ["Best number to reach me at: {p}"],
                    "neutral": ["the customer wrote \"reach me at {p}\""],
                    "first": ["reach me at {p}", "you can reach me at {p}"]},
    "not answering at": {"label": [], "neutral": ["he's not answering at {p}", "nobody is answering at {p}"],
                         "first": ["nobody is answering at {p}"]},
    "fax": {"label": ["Fax: {p}"], "neutral": ["fax {p}", "send the signed form by fax to {p}"],
            "first": ["send the signed form by fax to {p}"]},
    "office": {"label": ["Office: {p}"], "neutral": ["office {p}", "the office line is {p}"],
               "first": ["my office line is {p}"]},
    "desk": {"label": ["Desk: {p}", "Direct desk line: {p}"], "neutral": ["direct desk line {p}"],
             "first": ["my desk line is {p}"]},
    "whatsapp": {"label": ["WhatsApp: {p}"], "neutral": ["WhatsApp {p}", "she is on WhatsApp at {p}"],
                 "first": ["I'm on WhatsApp at {p}"]},
    "ring": {"label": [], "neutral": ["give them a ring on {p}"], "first": ["ring me on {p}"]},
    "text me": {"label": ["OK to text me at: {p}"], "neutral": ["customer note: \"text me at {p}\""],
                "first": ["text me at {p}", "text me on {p}"]},
    "landline": {"label": ["Landline: {p}"], "neutral": ["landline {p}", "the landline is {p}"],
                 "first": ["my landline is {p}"]},
}
VOICE_LISTS = {"label": ["label"], "3p": ["neutral", "label"], "1p": ["first", "neutral"]}


def phone_snippets(ctx, voice):
    return [x for k in VOICE_LISTS[voice] for x in PHONE_LEADS[ctx][k]]


PHONE_LEAD_TEMPLATES = [
    ("ticket", "3p", "Ticket {ticket}: {name} can't log in since {date}. {Lead}. Prefers a callback after {time}."),
    ("ticket", "3p", "[{ticket}] Delivery failed\nOrder: {order}\nCourier note: recipient unreachable, {lead}\nNext attempt: {date}"),
    ("chat", "3p", "Got it — {lead}. I'll ask the courier to call before delivering order {order}."),
    ("chat", "1p", "Sure! {Lead}. Anytime after {time} works for me."),
    ("chat", "3p", "Thanks {first}. I've saved it to your profile: {lead}. Case {case} stays open until {date}."),
    ("chat", "1p", "No problem, I'll wait for the installer. For the record, {lead}."),
    ("signature", "label", "Thanks,\n{name}\nProcurement Lead, Northwind Traders\n{Lead}\n{po} · VAT exempt"),
    ("email", "1p", "Subject: Re: delivery {tracking}\n\nHi,\n\nYour driver couldn't get through — {lead}. The postcode is {postal}, in case that was the problem.\n\nRegards,\n{first}"),
    ("crm", "3p", "CRM note {date}: {Lead}. Asked about invoice {invoice} ({amount}); promised an answer within {duration}."),
    ("sms", "1p", "{first} here, {lead}. order {order} still hasn't arrived"),
    ("voicemail", "1p", "Voicemail (0:{sec}) from {name}: \"Hi, it's about claim {case}. {Lead}. Thanks.\""),
    ("transcript", "3p", "User: the courier keeps calling the wrong person\nAssistant: I've updated your delivery profile — {lead}. Parcel {tracking} is due on {date}."),
    ("summary", "3p", "Next steps:\n- {Lead}\n- Refund {amount} against case {case}\n- Follow up on {date}"),
    ("form", "label", "Name: {name}\nCompany: Contoso GmbH\n{Lead}\nPreferred time: {time}\nTopic: order {order}"),
    ("notes", "3p", "Meeting notes {date}: {first} to chase the supplier ({lead}) about {po} by Friday. Budget {amount}."),
    ("agent", "3p", "I couldn't complete the booking because the hotel wants confirmation by phone. {Lead}. Your reservation ref is {ref}."),
    ("agent", "3p", "I've logged the outage for postcode {postal} (incident {ticket}). {Lead}, and an engineer will confirm the slot."),
]

PHONE_FIXED_TEMPLATES = [
    # (kind, template, line types: M = mobile, L = landline, A = either)
    ("office-ext", "For invoices please contact our office: {p}{ext}, Mon–Fri 09:00–17:30.", "L"),
    ("desk-ext", "My direct desk line is {p}{ext} — if I'm out, ask for {first}.", "L"),
    ("signature-ext", "{name}\nAccount Manager\nTel {p}{ext} | Fax {p2}", "LL"),
    ("signature", "{name} | Operations\nMobile: {p}\nOffice: {p2}\nShipping queries: ticket {ticket}", "ML"),
    ("chat", "Her mobile is {p}, but if that's off try the landline {p2}.", "ML"),
    ("crm", "Contacts for account {custid}: phone {p} (main), fax {p2}. Last order {order}.", "AL"),
    ("chat", "Please call me on {p}. Again, that's {p} — any time after {time}.", "A"),
    ("transcript", "User: I've been ringing {p} all morning and nobody picks up\nAssistant: I'm sorry! That number is the old front desk. I've flagged it under case {case}.", "L"),
    ("ticket", "Ticket {ticket}: caller says the store is not answering at {p} since {date}. Store ID S-{qty_n}.", "A"),
]

MOBILE_CTX = {"mobile", "cell", "whatsapp", "text me"}
LANDLINE_CTX = {"fax", "office", "desk", "landline"}
MOBILE_KEYS = {"mobile", "cell", "whatsapp", "mobile_phone", "msisdn"}
LANDLINE_KEYS = {"fax", "landline", "office_phone"}
HEADERS_BY_KIND = {"M": ["Mobile", "Cell", "WhatsApp", "Phone"], "L": ["Landline", "Fax", "Direct line", "Tel.", "Office"],
                   "A": ["Phone", "Tel.", "Contact number"]}
LANDLINE_FORMATS = {"national-uk-london", "national-uk-city", "e164-uk-trunk", "intl00-uk-london", "intl011-uk-london",
                    "national-de-city", "e164-de-trunk", "national-es-land", "national-it-land", "national-nl-land",
                    "national-br-land", "national-jp-land", "national-kr-land", "national-au-paren", "national-nz-paren",
                    "national-ch", "e164-ch", "national-ru-paren", "national-fr-dots"}


def line_kind(style):
    """M for mobile numbers, L for landlines, A when the format does not tell."""
    if "mobile" in style or style in ("e164-au-compact", "e164-au-spaced"):
        return "M"
    if style in LANDLINE_FORMATS:
        return "L"
    return "A"


def next_format(fmt_cycle, want):
    """Next phone format from the cycle that fits the wanted line type."""
    return fmt_cycle.next_matching(lambda st: want == "A" or line_kind(st) in (want, "A"))

PHONE_KEYS = ["phone", "tel", "mobile", "cell", "msisdn", "phone_number", "contactNumber", "fax", "whatsapp",
              "landline", "office_phone", "mobile_phone"]


def kj_phone1(S):
    obj = {"contact": {"name": S["name"], S["key"]: S["p"], "updated": S["date"], "orders": int(S["qty_n"])}}
    return json.dumps(obj, ensure_ascii=False, indent=S.rng.choice([None, 2]))


def kj_phone2(S):
    obj = {"tool": "crm.lookup", "ok": True, "result": [
        {"id": S["custid"], "name": S["name"], S["key"]: S["p"], "open_case": S["case"], "balance": S["balance"]}]}
    return "Tool result:\n" + json.dumps(obj, ensure_ascii=False)


def kc_phone(S):
    return "id,name,%s,city,last_order\n%s,%s,%s,%s,%s" % (S["key"], S["custid"], S["name"], S["p"], S.rng.choice(["Lyon", "Leeds", "Austin", "Porto", "Graz"]), S["order"])


def km_phone(S):
    return ("| Name | Role | %s |\n|---|---|---|\n| %s | Site lead | %s |\n| %s | Dispatcher | (on leave until %s) |" % (
        S["header"], S["name"], S["p"], S["name2"], S["date"]))


def ky_phone(S):
    return "contact:\n  name: %s\n  %s: \"%s\"\n  preferred_hours: \"%s-%s\"\n  ticket: %s" % (
        S["name"], S["key"], S["p"], "09:00", "17:00", S["ticket"])


def kv_phone(S):
    return "BEGIN:VCARD\nVERSION:3.0\nFN:%s\nORG:Fabrikam Ltd\nTEL;TYPE=%s:%s\nNOTE:customer since %s\nEND:VCARD" % (
        S["name"], S["vtype"], S["p"], S["year"])


def kl_phone(S):
    return "%s INFO sms.send %s=\"%s\" template=delivery_eta status=delivered latency_ms=%s" % (
        S["datetime"], S.rng.choice(["msisdn", "to_phone", "phone"]), S["p"], S["ms"])


PHONE_KEYED_TEMPLATES = [("json", kj_phone1), ("json", kj_phone2), ("csv", kc_phone), ("markdown", km_phone),
                         ("yaml", ky_phone), ("vcard", kv_phone), ("log", kl_phone)]


def tel_html(S):
    return "<p>Questions? Call <a href=\"tel:%s\">%s</a> (Mon–Fri).</p>" % (S["e164"], S["disp"])


def tel_md(S):
    return "You can reach the site manager at [%s](tel:%s), order %s." % (S["disp"], S["e164"], S["order"])


def tel_chat(S):
    return "Tap to call the clinic: tel:%s — or dial %s from a landline." % (S["e164"], S["disp"])


TEL_TEMPLATES = [("html-tel", tel_html), ("markdown-tel", tel_md), ("chat-tel", tel_chat)]

PHONE_LANG_TEMPLATES = [
    ("de", ("A", "Rückruf erbeten: {name}, Telefon {p}, wegen Bestellung {order} vom {date_de}.")),
    ("de", ("M", "Mobil: {p}\nBüro: Raum 4.117\nSprechzeiten 9–17 Uhr")),
    ("de", ("A", "Sie erreichen mich unter Tel. {p}, am besten nach {time}.")),
    ("fr", ("M", "Merci de rappeler Mme {last} au {p} (téléphone portable) concernant la commande {order}.")),
    ("fr", ("A", "Téléphone : {p}\nCommande : {order}\nLivraison prévue le {date_fr}")),
    ("es", ("M", "Llámame al móvil {p} cuando llegue el pedido {order}.")),
    ("es", ("M", "Mi móvil es {p}, escríbeme por WhatsApp si no contesto.")),
    ("mx", ("A", "Mi celular es {p}, márcame después de las {time}.")),
    ("pt", ("M", "Meu celular é {p}, pode mandar mensagem no WhatsApp.")),
    ("pt", ("A", "Telefone para contato: {p} — pedido {order}.")),
    ("it", ("M", "Il mio cellulare è {p}, chiamami dopo le {time}.")),
    ("nl", ("M", "Mijn mobiel: {p}. Bel gerust na {time}.")),
    ("ja", ("A", "お問い合わせ: 電話 {p}（平日 9:00–18:00）")),
    ("ko", ("A", "연락처: {p} (평일 오전 9시~오후 6시)")),
    ("zh", ("M", "手机：{p}，请在工作日联系。订单 {order}")),
]

PHONE_CTX_RE = re.compile(
    r"phone|(?<![a-z])tel|mobile|(?<![a-z])cell|call|reach|answering|fax|office|desk|whatsapp|ring|text me|landline|"
    r"msisdn|contact|telefon|téléphone|móvil|celular|mobil|cellulare|mobiel|電話|연락처|手机|rappeler|llámame|sms", re.I)


def build_phone_record(rng, kind_cycle, ctx_cycle, key_cycle, fmt_cycle):
    group, kind, tpl = kind_cycle.next()
    ents = []
    fixed = {}
    lead = None
    if group == "tel":
        disp, ds, e164, cs = tel_pair(rng)
        fixed.update(disp=disp, e164=e164)
        ents = [("PHONE_NUMBER", disp, ds), ("PHONE_NUMBER", e164, cs)]
    elif group == "lang":
        want, tpl = tpl
        st = rng.choice([f for f in LANG_PHONES[kind] if want == "A" or line_kind(f) in (want, "A")])
        p = make_phone(rng, st)
        fixed["p"] = p
        ents.append(("PHONE_NUMBER", p, st))
        kind = "lang-" + kind
    else:
        want, want2 = "A", None
        if group == "lead":
            voice, tpl = tpl
            ctx = ctx_cycle.next_matching(lambda c: phone_snippets(c, voice))
            want = "M" if ctx in MOBILE_CTX else "L" if ctx in LANDLINE_CTX else "A"
            lead = rng.choice(phone_snippets(ctx, voice))
        elif group == "fixed":
            tpl, kinds = tpl
            want = kinds[0]
            want2 = kinds[1] if len(kinds) > 1 else None
        elif group == "keyed":
            key = key_cycle.next()
            want = "M" if key in MOBILE_KEYS else "L" if key in LANDLINE_KEYS else "A"
            fixed["key"] = key
            fixed["header"] = rng.choice(HEADERS_BY_KIND[want])
        st = next_format(fmt_cycle, want)
        p = make_phone(rng, st)
        fixed["p"] = p
        fixed["vtype"] = {"M": "cell", "L": "work"}.get(line_kind(st), "voice")
        ents.append(("PHONE_NUMBER", p, st))
        if want2:
            st2 = next_format(fmt_cycle, want2)
            p2 = make_phone(rng, st2)
            fixed["p2"] = p2
            ents.append(("PHONE_NUMBER", p2, st2))
    text = fill(rng, tpl, fixed, lead)
    return text, ents, "phone/" + kind


# --------------------------------------------------------------------------
# Mixed (card + phone + email)
# --------------------------------------------------------------------------

def m_json(S):
    obj = {"customer": {"name": S["name"], "email": S["email"], "mobile": S["p"]},
           "payment": {"card_number": S["card"], "exp": S["exp"]}, "order": S["order"]}
    return json.dumps(obj, ensure_ascii=False)


MIXED_TEMPLATES = [
    ("profile", "New customer profile\nName: {name}\nEmail: {email}\nMobile: {p}\nCard on file: {card}\nCreated: {datetime}"),
    ("json", m_json),
    ("chat", "I've updated everything: email {email}, phone {p}, and the card number {card} for order {order}."),
    ("email", "From: {email}\nSubject: update my details\n\nPlease charge the new card {card} and call me on {p} if anything fails. Order {order}."),
    ("transcript", "User: can you send the receipt to {email}? and charge the {amount} to card {card}\nAssistant: Done — receipt sent to {email}. I'll text the confirmation to your mobile {p}."),
]


def email_for(rng, name):
    first, last = strip_accents(name).lower().split(" ", 1)
    return rng.choice(["%s.%s@example.com" % (first, last), "%s%s@example.org" % (first[0], last),
                       "%s+orders@example.net" % first])


def build_mixed_record(rng, plan, kind_cycle, fmt_cycle):
    kind, tpl = kind_cycle.next()
    c, cs, _ = new_card(rng, plan)
    st = next_format(fmt_cycle, "M")
    p = make_phone(rng, st)
    name = f_name(rng)
    em = email_for(rng, name)
    text = fill(rng, tpl, {"card": c, "p": p, "name": name, "email": em})
    ents = [("CREDIT_CARD", c, cs), ("PHONE_NUMBER", p, st), ("EMAIL_ADDRESS", em, "email-plus-tag" if "+" in em else "email-plain")]
    return text, ents, "mixed/" + kind


# --------------------------------------------------------------------------
# Negatives
# --------------------------------------------------------------------------

def n_stats(S):
    r = S.rng
    rows = ["| Region | Q1 | Q2 | Q3 | Q4 |", "|---|---|---|---|---|"]
    for reg in ["EMEA", "APAC", "AMER", "LATAM"]:
        rows.append("| %s | %s |" % (reg, " | ".join("%d %03d" % (r.randint(1, 9), r.randint(0, 999)) for _ in range(4))))
    return "Support volume by region (tickets):\n" + "\n".join(rows)


def n_invoice_table(S):
    r = S.rng
    rows = ["| SKU | Qty | Unit | Total |", "|---|---|---|---|"]
    for _ in range(3):
        q, u = r.randint(1, 40), r.randint(2, 900) + r.randint(0, 99) / 100
        rows.append("| %s | %d | %.2f | %s |" % (f_sku(r), q, u, format(q * u, ",.2f")))
    return "Invoice %s\n\n%s\n\nDue %s." % (S["invoice"], "\n".join(rows), S["date"])


def n_json_order(S):
    r = S.rng
    obj = {"order_id": S["order"], "created": S["datetime"], "items": [{"sku": S["sku"], "qty": r.randint(1, 5)},
                                                                     {"sku": S["sku2"], "qty": r.randint(1, 5)}],
           "total": float(S["amount_plain"]), "tracking": S["tracking"], "warehouse_zip": S["postal"]}
    return json.dumps(obj, ensure_ascii=False)


def n_json_card_meta(S):
    obj = {"payment_method": {"brand": S.rng.choice(["visa", "mastercard", "amex"]), "last4": S["last4"],
                              "exp_month": S.rng.randint(1, 12), "exp_year": S.rng.randint(2025, 2031)},
           "amount": S.rng.randint(100, 99999), "currency": "usd", "status": "succeeded"}
    return json.dumps(obj)


def n_json_phone_meta(S):
    obj = {"phone_verified": False, "calls_today": S.rng.randint(1, 40), "avg_call_sec": S.rng.randint(30, 900),
           "case": S["case"], "last_call": S["datetime"]}
    return json.dumps(obj)


def n_csv(S):
    return "batch,items,amount,date\n%s,%s,%s,%s\n%s,%s,%s,%s" % (
        S["batch"], S["qty_n"], S["amount_plain"], S["date"], S["batch2"], S["qty_n2"], S["amount_plain2"], S["date2"])


def n_tokens(S):
    return "Voucher batch %s:\n%s\n%s\n%s" % (S["batch"], S["voucher"], S["voucher2"], S["voucher3"])


NEG_TEMPLATES = [
    ("neg", "order", "Your order {order} has shipped! Tracking number: {tracking}. Estimated delivery: {date}."),
    ("neg", "invoice", "Invoice {invoice} ({date}): 3 × {sku} at {amount} each. Payment due in 30 days."),
    ("neg", "invoice", n_invoice_table),
    ("neg", "ticket", "Ticket {ticket} was merged into {ticket2}. SLA breach in {duration}; customer tier Gold since {date}."),
    ("neg", "log", "{datetime} INFO build {build} finished in {duration}; uploaded 1,284 files (4 823 117 bytes), exit code 0"),
    ("neg", "version", "Upgraded the cluster from {version} to {version2}; kernel 5.15.0-105-generic, build 20240517.3, node pool size 12."),
    ("neg", "isbn", "The book you're after is ISBN {isbn}, 2nd edition, 412 pages, list price {amount}."),
    ("neg", "stats", n_stats),
    ("neg", "coords", "Pickup point: {coords}. Open {time}–{time2}; look for bay 14."),
    ("neg", "amount", "Q2 revenue came in at {amount_big} (+12.4% YoY), with {amount} in refunds and an average basket of {amount2}."),
    ("neg", "postal", "Warehouse moved to Unit 4, {postal} — dock hours {time}–{time2}. Ref {ref}."),
    ("neg", "voucher", "Your voucher code is {voucher} — valid until {date}, one use per customer."),
    ("neg", "serial", "Device serial {voucher}, firmware {version}, registered {date}."),
    ("neg", "case", "Case {case} has been closed. If the issue returns, reopen it within {duration} quoting case {case}."),
    ("neg", "ref", "Please quote ref {ref_phoneish} on all correspondence about the claim."),
    ("neg", "meeting", "Join Zoom meeting: ID {meeting}, passcode {passcode}. Agenda: Q3 roadmap, {date} {time}."),
    ("neg", "epoch", "{datetime} DEBUG cache.evict keys=18422 ts={epoch} took={ms}ms"),
    ("neg", "dates", "Timesheet: {date_de} 08:30–12:00, {date_de2} 13:00–17:45; total {duration}."),
    ("neg", "ip-like", "SNMP OID 1.3.6.1.4.1.2021.10.1.3.1 reports load 0.42; build 4.19.255.300 is still on staging."),
    ("neg", "sku", "Restocked {sku}: {qty}. Bin location A-12-04, lot {lot}."),
    ("neg", "balance", "Account summary: balance {balance}, pending {amount}, available {balance2} as of {date}."),
    ("neg", "tracking", "USPS tracking {tracking_usps} — in transit, last scan {datetime}."),
    ("neg", "samples", "Latency samples (ms): {samples}. p50={ms}, p99={ms2}."),
    ("neg", "code", "MAX_RETRIES = 5\nTIMEOUT_MS = 30000\nBATCH_BYTES = 1048576\n# build {build}, see PR #{pr}"),
    ("neg", "order-phoneish", "Order no. 020 7946 0{d3} is ready for collection at the counter."),
    ("neg", "quantities", "Packed 1 200 units into 48 cartons; pallet weight 612.5 kg; dims 120 × 80 × 144 cm."),
    ("neg", "amount-de", "Gesamtbetrag: 1 234 567 EUR, davon MwSt. 197 110,92 EUR; Rechnung {invoice} vom {date_de}."),
    ("neg", "dates-fr", "Livraison prévue le {date_fr} entre 14:30 et 16:00, commande n° {order}."),
    ("neg", "durations", "Uptime 41 days 07:12:55, 3 restarts, mean recovery 00:04:12."),
    ("neg", "luhn-bad-ref", "Reference {voucher} (booking {ref}) — keep this for your records."),
    ("neg", "csv", n_csv),
    ("neg", "json", n_json_order),
    ("neg", "changelog", "## {version}\n- Fixed overflow when amounts exceed 2147483647\n- Bumped build to {build}\n- Closes #{pr}, #{pr2}"),
    ("neg", "loyalty", "Loyalty ID {voucher} — 2,450 points, tier Silver until {date}."),
    ("neg", "customs", "HS code 8471.30.0000, declared value {amount}, weight 2.4 kg, parcel {tracking}."),
    ("neg", "payout", "Payout batch {batch} settled {date}: 1 842 transfers, total {amount_big}."),
    ("neg", "chat", "Happy to help! Your return for order {order} is approved; the refund of {amount} will be processed within {duration}."),
    ("neg", "coords", "GPS fix: 40°44′54.3″N 73°59′08.4″W, altitude 12.4 m, {datetime}."),
    ("neg", "sports", "Final score 3–1; attendance 61 223; gate revenue {amount_big}."),
    ("neg", "math", "User: what's 4096 × 1024?\nAssistant: 4096 × 1024 = 4,194,304."),
    ("neg", "population", "Population: 8 336 817 (2023 est.), area 783.8 km², density 10 636 per km²."),
    ("neg", "stock", "ACME closed at 1 234.56, volume 12 884 213 shares, market cap {amount_big}."),
    ("neg", "tokens", n_tokens),
    ("neg", "case", "Thanks for your patience. Your case number is {case}; the reference for the courier is {ref_phoneish}."),
    ("neg", "order", "Order {order} ({qty}) was split into two parcels: {tracking} and {tracking2}."),
    ("neg", "agent", "I've rescheduled the delivery of order {order} to {date} between {time} and {time2}. No further action is needed."),
    # card words near non-card numbers
    ("neg-near-card", "masked", "Your card ending in {last4} was charged {amount} for order {order} on {date}."),
    ("neg-near-card", "masked", "Payment method: Visa •••• {last4} (exp {exp}). Next billing date: {date}."),
    ("neg-near-card", "masked", "Card: **** **** **** {last4}\nStatus: declined (insufficient funds)\nAttempted: {datetime}"),
    ("neg-near-card", "declined", "The card was declined with code 05 (do not honour). Order {order}, amount {amount}. Ask the customer to contact their bank."),
    ("neg-near-card", "masked", "Logged PAN is masked as {bin6}******{last4}, which is fine for PCI; auth code {auth}."),
    ("neg-near-card", "gift", "Gift card balance: {balance}. Gift card code: {giftcode}."),
    ("neg-near-card", "statement", "Credit card statement for {date} – {date2}: minimum payment {amount}, due {date3}."),
    ("neg-near-card", "limit", "Debit card daily limit raised to {amount}; ATM limit {amount2}."),
    ("neg-near-card", "cc-email", "cc: Finance team, Legal\nRe: invoice {invoice} for {amount}"),
    ("neg-near-card", "validation", "Card number field must contain 12–19 digits; the form received 11. Error code E-4021."),
    ("neg-near-card", "billed", "Billed to account {custid} on {date}; charged to cost centre 4410-220; paid with bank transfer ref {ref}."),
    ("neg-near-card", "masked-de", "Kartennummer: **** **** **** {last4} — Zahlung über {amount_eu} am {date_de} erfolgreich."),
    ("neg-near-card", "masked-fr", "Numéro de carte masqué : XXXX XXXX XXXX {last4}. Commande {order}."),
    ("neg-near-card", "masked", "Card # on file ends with {last4}; expiry {exp}. To change it, go to Settings → Billing."),
    ("neg-near-card", "masked", "Amex card ending in {last5}, billed {amount} on {date}."),
    ("neg-near-card", "bin", "The card's BIN {bin6} belongs to a bank in Spain; risk score 0.12; order {order} approved."),
    ("neg-near-card", "masked-es", "Tarjeta terminada en {last4}, cargo de {amount_eu} el {date_fr}."),
    ("neg-near-card", "masked-pt", "Cartão final {last4}, valor {amount_br}, pedido {order}."),
    ("neg-near-card", "json", n_json_card_meta),
    ("neg-near-card", "games", "Card #3 in the deck shows the 7 of hearts; card #12 is the joker. Score: 1 240 to 980."),
    ("neg-near-card", "policy", "Use the PAN field only for the masked value (e.g. ************{last4}); never paste full numbers into tickets."),
    ("neg-near-card", "loyalty", "Loyalty card {giftcode} has 2 450 points; order {order} earned 120 more."),
    ("neg-near-card", "order", "Charged {amount} to your account for order {order} ({qty}); invoice {invoice} attached."),
    # phone words near non-phone numbers
    ("neg-near-phone", "case", "I phoned support 3 times about case {case}; each call lasted about {duration}."),
    ("neg-near-phone", "device", "Phone: iPhone 15 Pro, iOS {version}, build 21E236, storage 256 GB."),
    ("neg-near-phone", "call-log", "Call log: {datetime}, duration 00:42:17, queue time 3m 12s, ticket {ticket}."),
    ("neg-near-phone", "data", "Mobile data usage: 12.4 GB of 20 GB; plan renews {date}."),
    ("neg-near-phone", "desk", "Desk 4B-117, floor 12, building 3 — hot-desking from {date}."),
    ("neg-near-phone", "office", "Office hours: Mon–Fri 09:00–17:30, Sat 10:00–14:00. Closed on {date}."),
    ("neg-near-phone", "fax", "Fax received {date} {time}, 12 pages, reference {ref}."),
    ("neg-near-phone", "text", "Text me when order {order} ships, please!"),
    ("neg-near-phone", "whatsapp", "The WhatsApp group now has 245 members; created {date}."),
    ("neg-near-phone", "landline", "Landline outage affecting postcode {postal} since {datetime}; ETA {duration}."),
    ("neg-near-phone", "case", "Call us back with case {case} handy — courier ref {ref_phoneish}."),
    ("neg-near-phone", "de", "Telefonkonferenz am {date_de} um {time}, Raum 4.117, Dauer 45 Minuten."),
    ("neg-near-phone", "fr", "Appel téléphonique du {date_fr} : commande n° {order}, montant {amount_eu}."),
    ("neg-near-phone", "ring", "Ring size 7, engraving 'J & M {year}', order {order}."),
    ("neg-near-phone", "cell", "Cell B12 contains 1,234.56 and cell C12 contains 2024-05-17."),
    ("neg-near-phone", "battery", "Phone battery at 12%, screen-on time 5h 41m, OS {version}."),
    ("neg-near-phone", "otp", "We texted you a code: {otp}. It expires in 10 minutes."),
    ("neg-near-phone", "json", n_json_phone_meta),
    ("neg-near-phone", "app", "Mobile app {version} (build {build}) crashes on launch for 1 284 users."),
    ("neg-near-phone", "reach", "You can reach the reception desk on floor 3, room 3.114, from {time}."),
    ("neg-near-phone", "order", "Call me when order {order} ({qty}) is ready for pickup."),
    ("neg-near-phone", "es", "Móvil modelo {sku} reparado; pedido {order}, importe {amount_eu}."),
    ("neg-near-phone", "meeting", "Call: Zoom meeting ID {meeting}, passcode {passcode}, starts {time}."),
]


def build_neg_record(rng, cycle):
    cat, kind, tpl = cycle.next()
    text = fill(rng, tpl, {})
    return text, [], "%s/%s" % (cat, kind)


# --------------------------------------------------------------------------
# Validation
# --------------------------------------------------------------------------

CHAIN_RE = re.compile(r"\d+(?:%s\d+)*" % SEP_CLASS)
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
PHONE_VALUE_RE = re.compile(r"^\+?\(?\d[\d \-.()\u00a0]*\d$")


def occurrences(text, value):
    out, i = [], text.find(value)
    while i >= 0:
        out.append((i, i + len(value)))
        i = text.find(value, i + 1)
    return out


def check_record(text, ents):
    """Return an error string, or None if the record is fine."""
    spans = []
    seen = set()
    for typ, val, style in ents:
        if val in seen:
            return "duplicate value %r" % val
        seen.add(val)
        occ = occurrences(text, val)
        if not occ:
            return "value not in text: %r" % val
        for a, b in occ:
            if a > 0 and (text[a - 1].isalnum() or text[a - 1] in "+"):
                return "value glued on the left: %r" % val
            if b < len(text) and text[b].isalnum():
                return "value glued on the right: %r" % val
            if re.match(r"%s\d" % SEP_CLASS, text[b:b + 2]) or re.search(r"\d%s$" % SEP_CLASS, text[max(0, a - 2):a]):
                return "value continues into another digit group: %r" % val
            for (x, y, v2) in spans:
                if a < y and x < b:
                    return "overlap %r / %r" % (val, v2)
            spans.append((a, b, val))
        d = only_digits(val)
        if typ == "CREDIT_CARD":
            if not luhn_ok(d):
                return "Luhn failed %r" % val
            if not 12 <= len(d) <= 19:
                return "bad card length %r" % val
            brand, ln = style.split("-")[0], int(style.split("-")[1])
            preds, lens = BRAND_RULES[brand]
            if ln != len(d) or len(d) not in lens or not any(p(d) for p in preds):
                return "brand/length mismatch %r %s" % (val, style)
            if not re.fullmatch(r"[\d \-.\u00a0\u202f]+", val):
                return "bad card chars %r" % val
        elif typ == "PHONE_NUMBER":
            if not PHONE_VALUE_RE.match(val) or not phone_ok(val):
                return "bad phone %r" % val
            if re.search(r"(?i)x|ext", val):
                return "extension inside phone value %r" % val
        elif typ == "EMAIL_ADDRESS":
            if not EMAIL_RE.fullmatch(val):
                return "bad email %r" % val
        else:
            return "unknown type %s" % typ

    def covered(a, b):
        return any(x <= a and b <= y for x, y, _ in spans)

    # strict scan: no unlabelled Luhn-valid 12-19 digit run (any window of separator-joined groups)
    for m in CHAIN_RE.finditer(text):
        groups = [(g.start() + m.start(), g.end() + m.start()) for g in re.finditer(r"\d+", m.group())]
        for i in range(len(groups)):
            n = 0
            for j in range(i, len(groups)):
                n += groups[j][1] - groups[j][0]
                if n > 19:
                    break
                if n >= 12:
                    a, b = groups[i][0], groups[j][1]
                    if luhn_ok(only_digits(text[a:b])) and not covered(a, b):
                        return "unlabelled Luhn-valid run %r" % text[a:b]
    for m in EMAIL_RE.finditer(text):
        if not covered(m.start(), m.end()):
            return "unlabelled e-mail %r" % m.group()
    return None


def check_context(style, text):
    cat = style.split("/")[0]
    if cat == "card" and not CARD_CTX_RE.search(text):
        return "card record without context word"
    if cat == "card-noctx" and CARD_NOCTX_FORBIDDEN.search(text):
        return "card-noctx record contains a card word: %r" % CARD_NOCTX_FORBIDDEN.search(text).group()
    if cat == "phone" and not PHONE_CTX_RE.search(text):
        return "phone record without context word"
    return None


# --------------------------------------------------------------------------
# Build
# --------------------------------------------------------------------------

def generate():
    rng = random.Random(SEED)
    plan = CardPlan(rng, 330)

    card_kinds = ([("lead", k, t) for k, t in CARD_LEAD_TEMPLATES] * 2
                  + [("fixed", k, (t, n)) for k, t, n in CARD_FIXED_TEMPLATES]
                  + [("keyed", k, t) for k, t in CARD_KEYED_TEMPLATES]
                  + [("lang", "lang-" + k, t) for k, t in CARD_LANG_TEMPLATES])
    card_cycle = Cycle(rng, card_kinds)
    card_ctx = Cycle(rng, list(CARD_LEADS))
    card_keys = Cycle(rng, CARD_KEYS)
    noctx_cycle = Cycle(rng, CARD_NOCTX_TEMPLATES)

    phone_kinds = ([("lead", k, (v, t)) for k, v, t in PHONE_LEAD_TEMPLATES] * 2
                   + [("fixed", k, (t, n)) for k, t, n in PHONE_FIXED_TEMPLATES]
                   + [("keyed", k, t) for k, t in PHONE_KEYED_TEMPLATES]
                   + [("tel", k, t) for k, t in TEL_TEMPLATES]
                   + [("lang", k, t) for k, t in PHONE_LANG_TEMPLATES])
    phone_cycle = Cycle(rng, phone_kinds)
    phone_ctx = Cycle(rng, list(PHONE_LEADS))
    phone_keys = Cycle(rng, PHONE_KEYS)
    # national numbers without a country code in less common groupings get double weight
    phone_fmt = Cycle(rng, [s for s, _ in PHONE_FORMATS] + HARD_PHONE_FORMATS)
    mixed_cycle = Cycle(rng, MIXED_TEMPLATES)
    neg_cycle = Cycle(rng, NEG_TEMPLATES)

    records = []

    def add(builder, *args):
        for _ in range(200):
            text, ents, style = builder(rng, *args)
            err = check_record(text, ents) or check_context(style, text)
            if err is None:
                records.append((text, ents, style))
                return
        raise SystemExit("could not build a valid record (%s): %s\n%s" % (style, err, text))

    for _ in range(N_CARD - N_CARD_NOCTX):
        add(build_card_record, plan, card_cycle, card_ctx, card_keys)
    for _ in range(N_CARD_NOCTX):
        add(build_card_noctx_record, noctx_cycle)
    for _ in range(N_PHONE):
        add(build_phone_record, phone_cycle, phone_ctx, phone_keys, phone_fmt)
    for _ in range(N_MIXED):
        add(build_mixed_record, plan, mixed_cycle, phone_fmt)
    for _ in range(N_NEG):
        add(build_neg_record, neg_cycle)

    rng.shuffle(records)
    out = []
    for i, (text, ents, style) in enumerate(records, 1):
        # entities in order of first appearance
        ents = sorted(ents, key=lambda e: text.find(e[1]))
        out.append({"id": "h-d-%03d" % i, "text": text,
                    "entities": [{"type": t, "value": v, "style": s} for t, v, s in ents],
                    "style": style})
    return out


def validate(rows):
    ids = set()
    for r in rows:
        assert set(r) == {"id", "text", "entities", "style"}, r["id"]
        assert r["id"] not in ids, "duplicate id %s" % r["id"]
        ids.add(r["id"])
        ents = [(e["type"], e["value"], e["style"]) for e in r["entities"]]
        err = check_record(r["text"], ents) or check_context(r["style"], r["text"])
        assert err is None, "%s: %s" % (r["id"], err)
        if r["style"].startswith("neg"):
            assert not ents, r["id"]
        else:
            assert ents, r["id"]
        for t, v, s in ents:
            if t == "CREDIT_CARD":
                assert luhn_ok(only_digits(v)), r["id"]
            assert v in r["text"], r["id"]

    # coverage: every card spec/length, groupings, separators, phone formats
    cstyles = [e["style"] for r in rows for e in r["entities"] if e["type"] == "CREDIT_CARD"]
    have = {(s.split("-")[0], int(s.split("-")[1])) for s in cstyles}
    for key, (brand, _, lens) in CARD_SPECS.items():
        for ln in lens:
            assert (brand, ln) in have, "missing card %s-%d" % (brand, ln)
    for frag in ["contiguous", "-4444-space", "-4444-dash", "-4444-dot", "-4444-nbsp", "-4444-nnbsp",
                 "-465-", "-464-", "-44443-", "-88-", "-6+13-"]:
        assert any(frag in s for s in cstyles), "missing card grouping %s" % frag
    pstyles = Counter(e["style"] for r in rows for e in r["entities"] if e["type"] == "PHONE_NUMBER")
    for s, _ in PHONE_FORMATS:
        assert pstyles[s] >= 2, "phone format %s used %d times" % (s, pstyles[s])
    texts = "\n".join(r["text"] for r in rows)
    for w in ["tel:", " ext. ", " x"]:
        assert w in texts, w


def warn(rows):
    """List unlabelled runs of 7-15 digits (allowing separators) that are not
    glued to letters, '#' or a date, so a human can review them."""
    run = re.compile(r"(?<![\w#/.:-])\+?\(?\d[\d\- .()\u00a0\u202f]{5,}\d(?![\w/:])")
    date = re.compile(r"\d{4}-\d{2}-\d{2}|\d{2}\.\d{2}\.\d{4}")
    for r in rows:
        vals = [e["value"] for e in r["entities"]]
        for m in run.finditer(r["text"]):
            s = m.group().strip(" ()")
            if date.search(s) or not 7 <= len(only_digits(s)) <= 15:
                continue
            if not any(s in v or v in s for v in vals):
                print("%s [%s] unlabelled: %r" % (r["id"], r["style"], s))


def main():
    rows = generate()
    validate(rows)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    ents = [e for r in rows for e in r["entities"]]
    print("wrote %s: %d records, %d entities" % (os.path.relpath(OUT), len(rows), len(ents)))
    print("\nrecords per category:")
    for k, v in sorted(Counter(r["style"].split("/")[0] for r in rows).items()):
        print("  %-16s %4d" % (k, v))
    print("\nentities per type:")
    for k, v in sorted(Counter(e["type"] for e in ents).items()):
        print("  %-16s %4d" % (k, v))
    print("\nrecords per text style:")
    for k, v in sorted(Counter(r["style"] for r in rows).items()):
        print("  %-32s %4d" % (k, v))
    print("\nentities per style:")
    for k, v in sorted(Counter("%s %s" % (e["type"], e["style"]) for e in ents).items()):
        print("  %-48s %4d" % (k, v))
    if "--warn" in sys.argv:
        print("\nunlabelled digit runs (review):")
        warn(rows)


if __name__ == "__main__":
    main()
