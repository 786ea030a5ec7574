//! Phone numbers: international and well-separated numbers on their own, national ones near
//! a phone word (and no other label in between).

use super::text::{has_field_context, last_word, word_at};
use super::token::Token;

/// Words that make a digit string a phone number (whole words, any case; the way Presidio's
/// context words work). Near one, national numbers without a country code count too.
const PHONE_CONTEXT: &[&str] = &[
    "phone",
    "phones",
    "tel",
    "tel.",
    "telephone",
    "call",
    "call me",
    "calling",
    "called",
    "mobile",
    "mob",
    "cell",
    "cellphone",
    "whatsapp",
    "fax",
    "sms",
    "text me",
    "dial",
    "ph",
    "ph.",
    "contact number",
    "landline",
    "office",
    "desk",
    "direct",
    "hotline",
    "reach me",
    "reach us",
    "reach him",
    "reach her",
    "answering",
    "ring",
    "número",
    "numero",
    "telefon",
    "telefono",
    "teléfono",
    "téléphone",
    "tél",
    "tél.",
    "portable",
    "móvil",
    "movil",
    "celular",
    "handy",
    "mobil",
    "cellulare",
    "my number",
    "number is",
    "caller id",
    "contact",
    "helpline",
    "support line",
    "reception",
    "switchboard",
    "pager",
    "t:",
    "m:",
    "p:",
    "o:",
    "f:",
    "tel no",
    "phone no",
    "cell no",
    "telefonu",
    "telefone",
    "telefoon",
    "telefonnummer",
    "rufnummer",
    "handynummer",
    "mobilnummer",
    "festnetz",
    "tlf",
    "puh",
    "gsm",
    "cel",
    "calls",
    "caller",
    "callback",
    "call back",
    "voicemail",
    "ext",
    "extension",
    "cellular",
    "contact me",
    "text",
    "texts",
    "номер",
    "номеру",
    "телефон",
    "телефону",
    "тел",
    "звоните",
    "позвоните",
    "перезвоните",
    "numer",
    "numerem",
    "numeru",
    "telefonem",
    "dzwoniliśmy",
    "zadzwoń",
    "ligar",
    "ligue",
    "liga",
    "erreichen",
    "erreichbar",
    "anrufen",
    "rufen",
    "appeler",
    "appelez",
    "llamar",
    "llámame",
    "llámenos",
    "chiamare",
    "chiamami",
    "bellen",
    "bel",
    "ring me",
    "電話",
    "携帯",
    "전화",
    "휴대폰",
    "연락처",
    "电话",
    "手机",
    "联系",
];

pub(super) fn phone(bytes: &[u8], t: &Token, sizes: &[usize], digits: usize) -> bool {
    let dotted = t.has_sep_char(bytes, b'.');
    if dotted
        && !(t.seps_all(bytes, b".")
            && (sizes == [3, 3, 4]
                || (t.plus && sizes.len() >= 3 && sizes[1..].iter().all(|s| (2..=4).contains(s)))
                || sizes.iter().all(|s| *s == 2 || *s == 3)))
    {
        return false; // decimals and versions
    }
    if t.plus {
        // E.164: a 1–3 digit country code and the subscriber number, 8–15 digits in all.
        return (8..=15).contains(&digits)
            && (sizes.len() == 1 || (sizes[0] <= 4 && sizes.iter().all(|s| *s <= 8)));
    }
    if sizes.len() == 1 {
        // A bare digit string is a phone only when its own field says so.
        return (7..=15).contains(&digits)
            && (digits >= 10 || !money_or_count(bytes, t))
            && ((has_field_context(bytes, t.start, PHONE_CONTEXT)
                && phone_word_near(bytes, t.start, t.end))
                || header_context(bytes, t.start));
    }
    // A national number without country code ("512 8841", "(48) 552-017", "31-72-05-44",
    // "347 9878626") when a phone word is near: groups of 1–8 digits — but "2024-284883" is a
    // year and a serial, a reference rather than a number to call.
    let year_serial = sizes.len() == 2
        && sizes[0] == 4
        && matches!(&bytes[t.groups()[0].0..t.groups()[0].0 + 2], b"19" | b"20")
        && t.seps_all(bytes, b"-");
    if (7..=15).contains(&digits)
        && !dotted
        && !year_serial
        && sizes.iter().all(|s| (1..=8).contains(s))
        && sizes.iter().filter(|s| **s == 1).count() <= 1
        && !money_or_count(bytes, t)
        && phone_context(bytes, t.start, t.end)
    {
        return true;
    }
    let first = bytes[t.groups()[0].0];
    // "0049 69 89359973", "011 44 20 3514 7553": an international call prefix and up to 15
    // digits after it.
    let exit_code = first == b'0'
        && (bytes[t.groups()[0].0 + 1] == b'0' || sizes[0] == 3)
        && (bytes[t.groups()[0].0..].starts_with(b"00")
            || bytes[t.groups()[0].0..].starts_with(b"011"));
    if exit_code && (11..=17).contains(&digits) && sizes.iter().all(|s| (2..=8).contains(s)) {
        return true;
    }
    if !(9..=13).contains(&digits) {
        return false;
    }
    let trunk = first == b'0' || t.open_paren;
    // A 1-digit group only as a leading country / trunk code or right after it.
    let groups_ok = sizes.iter().enumerate().all(|(k, s)| {
        let max = if trunk { 8 } else { 5 };
        (2..=max).contains(s) || (*s == 1 && k <= 1 && sizes.len() > 2)
    });
    if !groups_ok {
        return false;
    }
    let us = sizes == [3, 3, 4] || sizes == [1, 3, 3, 4];
    trunk || us || phone_context(bytes, t.start, t.end)
}

/// Labels that make a number near a phone word something else ("Tel: n/a · Order 4509 4822").
const NOT_PHONE_LABELS: &[&str] = &[
    "order",
    "pedido",
    "commande",
    "bestell",
    "sku",
    "ref",
    "reference",
    "invoice",
    "factura",
    "facture",
    "rechnung",
    "ticket",
    "case",
    "tracking",
    "id",
    "booking",
    "reservation",
    "account",
    "acct",
    "po",
    "serial",
    "model",
    "part",
    "item",
    "batch",
    "lot",
    "zip",
    "postcode",
    "isbn",
    "meeting",
    "pin",
    "code",
    "room",
    "flight",
    "seat",
    "balance",
    "amount",
    "total",
    "qty",
    "units",
    "n/a",
    "delivery",
    "shipment",
    "parcel",
    "claim",
    "contract",
    "member",
    "customer no",
    "lieferung",
    "sendung",
    "auftrag",
    "vorgang",
    "vertrag",
    "kundennummer",
    "envío",
    "livraison",
    "dossier",
];

/// A phone word for a number that has no separators' worth of proof of its own: near it
/// ([`phone_word_near`]) or heading its table column ([`header_context`]).
fn phone_context(bytes: &[u8], start: usize, end: usize) -> bool {
    phone_word_near(bytes, start, end) || header_context(bytes, start)
}

/// A phone word before the number on the same line (48 bytes) or right after it in the same
/// cell ("| 46 950 849 | office |"), with no other label ("order", "ref", "sku") in between.
fn phone_word_near(bytes: &[u8], start: usize, end: usize) -> bool {
    let mut from = start;
    while from > 0 && start - from < 48 && bytes[from - 1] != b'\n' {
        from -= 1;
    }
    let mut to = end;
    while to < bytes.len() && to - end < 24 && bytes[to] != b'\n' {
        to += 1;
    }
    if let Some((_, word_end)) = last_word(bytes, from, start, PHONE_CONTEXT)
        && last_word(bytes, word_end, start, NOT_PHONE_LABELS).is_none()
    {
        return true;
    }
    // After the number: only separators, then the phone word ("(mobile)", "| office").
    let skip = bytes[end..to]
        .iter()
        .take_while(|b| matches!(b, b' ' | b'|' | b'(' | b'-' | b',' | b'\t' | b'/'))
        .count();
    let next = end + skip;
    PHONE_CONTEXT
        .iter()
        .any(|w| word_at(bytes, next, w.as_bytes()) && next + w.len() <= to)
}

/// How far up a table's header is looked for, in bytes.
const HEADER_REACH: usize = 16 * 1024;

/// In a table row (Markdown `|` or CSV `,`), a phone word in the header cell of the number's
/// column ("name,phone,city", "| Name | Desk |").
fn header_context(bytes: &[u8], start: usize) -> bool {
    let line_start = |at: usize| {
        bytes[at.saturating_sub(HEADER_REACH)..at]
            .iter()
            .rposition(|b| *b == b'\n')
            .map_or(at.saturating_sub(HEADER_REACH), |i| {
                at.saturating_sub(HEADER_REACH) + i + 1
            })
    };
    let row_start = line_start(start);
    let row = &bytes[row_start..start];
    let delim = if row.contains(&b'|') {
        b'|'
    } else if row.contains(&b',') {
        b','
    } else {
        return false;
    };
    let column = row.iter().filter(|b| **b == delim).count();
    // Up to the first line of the block of rows that hold the delimiter.
    let mut header_start = row_start;
    while header_start > 0 && start - header_start < HEADER_REACH {
        let above = line_start(header_start - 1);
        if !bytes[above..header_start - 1].contains(&delim) {
            break;
        }
        header_start = above;
    }
    if header_start == row_start {
        return false; // the number's own row is the first
    }
    let header_end = bytes[header_start..]
        .iter()
        .position(|b| *b == b'\n')
        .map_or(bytes.len(), |i| header_start + i);
    let mut cell_start = header_start;
    for (k, cell) in bytes[header_start..header_end]
        .split(|b| *b == delim)
        .enumerate()
    {
        if k == column {
            return last_word(bytes, cell_start, cell_start + cell.len(), PHONE_CONTEXT).is_some();
        }
        cell_start += cell.len() + 1;
    }
    false
}

/// An amount or a count, not a number to call: a currency sign or unit right before or after.
fn money_or_count(bytes: &[u8], t: &Token) -> bool {
    let before = &bytes[t.start.saturating_sub(2)..t.start];
    let after = &bytes[t.end..bytes.len().min(t.end + 4)];
    before.iter().any(|b| matches!(b, b'$' | b'#'))
        || before.ends_with("€".as_bytes())
        || before.ends_with("£".as_bytes())
        || after.first().is_some_and(|b| matches!(b, b'%'))
        || after.starts_with(b" %")
        || after.starts_with("€".as_bytes())
        || after.starts_with(" €".as_bytes())
}
