//! Payment cards: Luhn-valid numbers of a known issuer in the usual groupings, or of any
//! issuer near a card word.

use super::checks::{card_issuer_known, card_length_plausible, luhn_valid};
use super::entity::EntityType;
use super::text::has_word_context;
use super::token::Token;

/// Words that make a Luhn-valid 12–19 digit number a payment card whatever its issuer or
/// grouping.
const CARD_CONTEXT: &[&str] = &[
    "card",
    "cards",
    "card no",
    "card #",
    "cc",
    "credit",
    "debit",
    "billed",
    "charged",
    "charge",
    "payment",
    "paid",
    "pan",
    "visa",
    "mastercard",
    "amex",
    "maestro",
    "jcb",
    "discover",
    "diners",
    "unionpay",
    "rupay",
    "mir",
    "troy",
    "verve",
    "tarjeta",
    "carte",
    "karte",
    "kreditkarte",
    "kartennummer",
    "karteninhaber",
    "kartenzahlung",
    "cartão",
    "carta",
    "creditcard",
    "kaart",
    "karta",
    "kort",
    "kortti",
    "bankkarte",
    "girocard",
    "cvv",
    "cvc",
    "cvv2",
    "exp",
    "expiry",
    "expires",
    "valid thru",
    "ending in",
    "pago",
    "pagado",
    "pagamento",
    "paiement",
    "payé",
    "zahlung",
    "bezahlt",
    "betaling",
    "betaald",
    "płatność",
    "karty",
    "kartą",
    "kartu",
    "kartica",
    "kartı",
    "kart",
    "kortet",
    "карта",
    "карты",
    "картой",
    "карте",
    "оплата",
    "카드",
    "결제",
    "カード",
    "決済",
    "卡号",
    "信用卡",
    "银行卡",
    "支付",
];

/// Groups a card is printed in: one run, groups of 1–8 digits (the first 4–8), or two runs
/// ("621793 6596751517913"), joined by one kind of separator: spaces of any width, dashes or
/// dots ("4-4-4-4-3", "4-6-5", "4.4.4.4").
fn card_grouping(bytes: &[u8], t: &Token) -> bool {
    let sizes = t.sizes();
    let one_kind = t.seps_all_spaces(bytes) || t.seps_all(bytes, b"-") || t.seps_all(bytes, b".");
    sizes.len() == 1
        || (one_kind
            && (((4..=8).contains(&sizes[0]) && sizes.iter().all(|s| (1..=8).contains(s)))
                || (sizes.len() == 2 && sizes.iter().all(|s| (4..=15).contains(s)))))
}

/// A card, when the token is one: `Some` when decided (a card, or card-shaped but invalid,
/// which is not a phone either); None when it may still be a phone number.
#[inline]
pub(super) fn card_verdict(
    bytes: &[u8],
    t: &Token,
    sizes: &[usize],
    digits: usize,
    dotted: bool,
) -> Option<Option<EntityType>> {
    if !t.plus && !t.open_paren && (12..=19).contains(&digits) {
        // Dots only between the groups of a card near a card word; otherwise a decimal or a
        // version, which may still be a phone number.
        if dotted && !t.seps_all(bytes, b".") {
            return None;
        }
        let d = t.digits(bytes);
        let luhn = luhn_valid(&d);
        // Near a card word: any issuer, 12–19 digits, any even grouping.
        if luhn
            && card_grouping(bytes, t)
            && card_length_plausible(&d)
            && has_word_context(bytes, t.start, t.end, CARD_CONTEXT, 200, 24)
        {
            return Some(Some(EntityType::CreditCard));
        }
        if dotted {
            return None;
        }
        // Elsewhere: 13–19 digits, contiguous or in the usual groupings, a known issuer.
        let grouping_ok = sizes.len() == 1
            || ((t.seps_all_spaces(bytes) || t.seps_all(bytes, b"-"))
                && matches!(
                    sizes,
                    [4, 4, 4, 4]
                        | [4, 4, 4, 4, 3]
                        | [4, 6, 5]
                        | [4, 6, 4]
                        | [4, 4, 4, 1]
                        | [4, 4, 5]
                ));
        if digits >= 13 && grouping_ok {
            // Four groups of four is how cards are printed, whoever issued them.
            let printed = sizes == [4, 4, 4, 4];
            if luhn && (card_issuer_known(&d) || printed) {
                return Some(Some(EntityType::CreditCard));
            }
            if sizes.len() > 1 || digits == 16 {
                return Some(None); // card-shaped but invalid: not a phone either
            }
        }
    }
    None
}
