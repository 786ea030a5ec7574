//! Check-digit and structure validators: they turn "looks like a number" into "is one".

/// Luhn (mod 10) over ASCII digits.
pub fn luhn_valid(digits: &[u8]) -> bool {
    let mut sum = 0u32;
    for (i, d) in digits.iter().rev().enumerate() {
        let mut v = u32::from(d - b'0');
        if i % 2 == 1 {
            v *= 2;
            if v > 9 {
                v -= 9;
            }
        }
        sum += v;
    }
    sum.is_multiple_of(10)
}

/// The number formed by the first `n` ASCII digits.
fn prefix_of(digits: &[u8], n: usize) -> u32 {
    digits[..n]
        .iter()
        .fold(0u32, |acc, d| acc * 10 + u32::from(d - b'0'))
}

/// Card lengths of the issuers whose length is fixed (Visa 13/16/19, Mastercard 16, Amex 15);
/// other prefixes may be 12–19 digits long (Maestro, UnionPay, RuPay, Mir, Verve, Troy, …).
pub fn card_length_plausible(digits: &[u8]) -> bool {
    let len = digits.len();
    let prefix = |n| prefix_of(digits, n);
    match digits[0] {
        b'4' => matches!(len, 13 | 16 | 19),
        b'5' if (51..=55).contains(&prefix(2)) => len == 16,
        b'2' if (2221..=2720).contains(&prefix(4)) => len == 16,
        b'3' if matches!(prefix(2), 34 | 37) => len == 15,
        _ => true,
    }
}

/// Known card issuer prefixes and lengths: Visa, Mastercard, Amex, Discover, JCB, Diners,
/// UnionPay, Maestro, Mir, RuPay, Troy, Verve.
pub fn card_issuer_known(digits: &[u8]) -> bool {
    if digits.len() < 12 {
        return false;
    }
    let prefix = |n| prefix_of(digits, n);
    let len = digits.len();
    let other = match len {
        // Maestro: 50, 56–69, 12–19 digits.
        12..=19 if prefix(2) == 50 || (56..=69).contains(&prefix(2)) => true,
        // Mir 2200–2204; JCB's old 15-digit 1800 and 2131.
        16..=19 if (2200..=2204).contains(&prefix(4)) => true,
        15 if prefix(4) == 1800 || prefix(4) == 2131 => true,
        // RuPay 60, 81, 82; UnionPay 81; Troy 9792.
        16 if matches!(prefix(2), 60 | 81 | 82) || prefix(4) == 9792 => true,
        // Verve 506099–506198 and 650002–650027.
        16..=19
            if (506_099..=506_198).contains(&prefix(6))
                || (650_002..=650_027).contains(&prefix(6)) =>
        {
            true
        }
        _ => false,
    };
    other || card_issuer_major(digits)
}

/// Visa, Mastercard, Amex, Discover, JCB, Diners and UnionPay.
fn card_issuer_major(digits: &[u8]) -> bool {
    let len = digits.len();
    let prefix = |n| prefix_of(digits, n);
    match digits[0] {
        b'4' => matches!(len, 13 | 16 | 19),
        b'5' => len == 16 && (51..=55).contains(&prefix(2)),
        b'2' => len == 16 && (2221..=2720).contains(&prefix(4)),
        b'3' => {
            let p2 = prefix(2);
            (len == 15 && (p2 == 34 || p2 == 37))
                || (len == 14 && (p2 == 36 || p2 == 38 || (300..=305).contains(&prefix(3))))
                || ((16..=19).contains(&len) && (3528..=3589).contains(&prefix(4)))
        }
        b'6' => {
            (16..=19).contains(&len)
                && (prefix(4) == 6011
                    || prefix(2) == 65
                    || (644..=649).contains(&prefix(3))
                    || prefix(2) == 62)
        }
        _ => false,
    }
}

/// US SSN validity: area not 000, 666 or 900–999; group not 00; serial not 0000.
pub fn ssn_valid(area: &[u8], group: &[u8], serial: &[u8]) -> bool {
    area != b"000" && area != b"666" && area[0] != b'9' && group != b"00" && serial != b"0000"
}

/// IBAN length by country (ISO 13616 registry).
pub fn iban_length(country: &[u8]) -> Option<usize> {
    let len = match country {
        b"AD" => 24,
        b"AE" => 23,
        b"AL" => 28,
        b"AT" => 20,
        b"AZ" => 28,
        b"BA" => 20,
        b"BE" => 16,
        b"BG" => 22,
        b"BH" => 22,
        b"BR" => 29,
        b"BY" => 28,
        b"CH" => 21,
        b"CR" => 22,
        b"CY" => 28,
        b"CZ" => 24,
        b"DE" => 22,
        b"DK" => 18,
        b"DO" => 28,
        b"EE" => 20,
        b"EG" => 29,
        b"ES" => 24,
        b"FI" => 18,
        b"FO" => 18,
        b"FR" => 27,
        b"GB" => 22,
        b"GE" => 22,
        b"GI" => 23,
        b"GL" => 18,
        b"GR" => 27,
        b"GT" => 28,
        b"HR" => 21,
        b"HU" => 28,
        b"IE" => 22,
        b"IL" => 23,
        b"IQ" => 23,
        b"IS" => 26,
        b"IT" => 27,
        b"JO" => 30,
        b"KW" => 30,
        b"KZ" => 20,
        b"LB" => 28,
        b"LC" => 32,
        b"LI" => 21,
        b"LT" => 20,
        b"LU" => 20,
        b"LV" => 21,
        b"MC" => 27,
        b"MD" => 24,
        b"ME" => 22,
        b"MK" => 19,
        b"MR" => 27,
        b"MT" => 31,
        b"MU" => 30,
        b"NL" => 18,
        b"NO" => 15,
        b"PK" => 24,
        b"PL" => 28,
        b"PS" => 29,
        b"PT" => 25,
        b"QA" => 29,
        b"RO" => 24,
        b"RS" => 22,
        b"SA" => 24,
        b"SC" => 31,
        b"SE" => 24,
        b"SI" => 19,
        b"SK" => 24,
        b"SM" => 27,
        b"ST" => 25,
        b"SV" => 28,
        b"TL" => 23,
        b"TN" => 24,
        b"TR" => 26,
        b"UA" => 29,
        b"VA" => 22,
        b"VG" => 24,
        b"XK" => 20,
        _ => return None,
    };
    Some(len)
}

/// ISO 7064 mod 97-10 over a compact IBAN (upper-case letters and digits).
pub fn iban_checksum_valid(compact: &[u8]) -> bool {
    if compact.len() < 5 {
        return false;
    }
    let rearranged = compact[4..].iter().chain(&compact[..4]);
    let mut remainder = 0u32;
    for &c in rearranged {
        match c {
            b'0'..=b'9' => remainder = (remainder * 10 + u32::from(c - b'0')) % 97,
            b'A'..=b'Z' => {
                let v = u32::from(c - b'A') + 10;
                remainder = (remainder * 100 + v) % 97;
            }
            _ => return false,
        }
    }
    remainder == 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn luhn() {
        assert!(luhn_valid(b"4111111111111111"));
        assert!(luhn_valid(b"378282246310005"));
        assert!(!luhn_valid(b"4111111111111112"));
    }

    #[test]
    fn issuers() {
        assert!(card_issuer_known(b"4111111111111111"));
        assert!(card_issuer_known(b"5555555555554444"));
        assert!(card_issuer_known(b"2223003122003222"));
        assert!(card_issuer_known(b"378282246310005"));
        assert!(card_issuer_known(b"6011111111111117"));
        assert!(card_issuer_known(b"30569309025904"));
        assert!(!card_issuer_known(b"1234567812345670"));
        // 59 is Maestro's (56–69), not Mastercard's (51–55).
        assert!(card_issuer_known(b"5955555555554444"));
        assert!(card_issuer_known(b"501800000009"));
        assert!(card_issuer_known(b"2200123412341234"));
        assert!(!card_issuer_known(b"7955555555554444"));
        assert!(!card_issuer_known(b"5055555555"));
    }

    #[test]
    fn ssn_rules() {
        assert!(ssn_valid(b"123", b"45", b"6789"));
        for (a, g, s) in [
            (&b"000"[..], &b"45"[..], &b"6789"[..]),
            (b"666", b"45", b"6789"),
            (b"912", b"45", b"6789"),
            (b"123", b"00", b"6789"),
            (b"123", b"45", b"0000"),
        ] {
            assert!(!ssn_valid(a, g, s));
        }
    }

    #[test]
    fn iban() {
        assert!(iban_checksum_valid(b"DE89370400440532013000"));
        assert!(iban_checksum_valid(b"GB82WEST12345698765432"));
        assert!(!iban_checksum_valid(b"DE88370400440532013000"));
        assert_eq!(iban_length(b"DE"), Some(22));
        assert_eq!(iban_length(b"US"), None);
    }
}
