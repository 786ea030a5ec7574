//! The `learned` cue class: a logistic regression over hashed word unigrams and bigrams of the
//! reply's head (512 bytes) and tail (256 bytes), plus the cue class the rules found (or
//! none). Its weights ship in the repository (`model.bin`, 1 MiB of int8) and were trained
//! by `scripts/refusal_model/train.py` on the development corpora only.
//!
//! Why a model next to the rules: refusals are written in more ways than phrase lists cover
//! (a held-out set by a new writer gained 0.03 F1 from a day of rule tuning); word weights learn
//! the register of a refusal — "would", "harmful", "instead", "encourage you to" — from
//! examples, and with the rules' verdict as a feature they also learn when a cue is an
//! answer ("I can't browse the web, but …"). Reading the reply costs one pass over at most
//! 768 bytes and a few hundred table lookups (a 768-byte head read no better in
//! cross-validation than this 512-byte one, and cost a third more).
//!
//! The Python trainer and this reader must agree byte for byte on the features; the unit
//! test checks scores the trainer printed.

use super::config::CueClass;

/// The shipped weights: b"AWRM", version, bucket bits, scale, bias, then the int8 weights.
static MODEL: &[u8] = include_bytes!("model.bin");

/// Bytes of the reply's head and tail the model reads.
pub(super) const HEAD: usize = 512;
const TAIL: usize = 256;

/// The probability from which the model's verdict is "refused" (chosen by cross-validation on
/// the development corpora for precision ≈ 0.95), as log-odds: ln(0.7 / 0.3).
const THRESHOLD_LOGIT: f32 = 0.847_298;

/// How many bits a feature's bucket has: the trainer's `BITS` (a model file must agree). Fixed,
/// so that a bucket indexes the weights and the seen-set without a bounds check. 2^20 buckets
/// (1 MiB, held in a core's L2 cache): at 2^16 the 180 k distinct words and word pairs of the
/// training replies shared buckets, and a writer the model had not seen was read 0.007 F1
/// worse (`train.py --by-set`).
const BITS: u32 = 20;
const BUCKETS: usize = 1 << BITS;

/// A feature's bucket: the low `BITS` bits of its hash.
fn bucket(hash: u32) -> usize {
    (hash & (BUCKETS as u32 - 1)) as usize
}

/// The parsed weights.
pub(super) struct Model {
    scale: f32,
    bias: f32,
    weights: &'static [u8; BUCKETS],
    /// The buckets of the rule-class features (`RULE_FEATURES`), hashed once.
    class_buckets: [usize; RULE_FEATURES.len()],
}

/// FNV-1a, 32 bits, continued from `h`.
fn fnv1a(mut h: u32, bytes: &[u8]) -> u32 {
    for &b in bytes {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

const FNV_START: u32 = 0x811c_9dc5;

/// A 32-bit finalizer (lowbias32) that spreads a hash over the buckets.
fn mix(mut x: u32) -> u32 {
    x ^= x >> 16;
    x = x.wrapping_mul(0x7feb_352d);
    x ^= x >> 15;
    x = x.wrapping_mul(0x846c_a68b);
    x ^= x >> 16;
    x
}

impl Model {
    /// The shipped model.
    pub fn shipped() -> Result<Model, String> {
        Model::parse(MODEL)
    }

    fn parse(bytes: &'static [u8]) -> Result<Model, String> {
        let header = 4 + 4 + 4 + 4 + 4;
        if bytes.len() < header || &bytes[..4] != b"AWRM" {
            return Err("refusal model: not an AWRM file".into());
        }
        let u32_at = |i: usize| u32::from_le_bytes(bytes[i..i + 4].try_into().expect("4 bytes"));
        let f32_at = |i: usize| f32::from_le_bytes(bytes[i..i + 4].try_into().expect("4 bytes"));
        let (version, bits) = (u32_at(4), u32_at(8));
        let weights: Option<&'static [u8; BUCKETS]> = bytes[header..].try_into().ok();
        let Some(weights) = weights.filter(|_| version == 1 && bits == BITS) else {
            return Err(format!(
                "refusal model: version {version}, {bits} bits, {} bytes do not fit \
                 (version 1, {BITS} bits, {} bytes expected)",
                bytes.len(),
                header + BUCKETS
            ));
        };
        Ok(Model {
            scale: f32_at(12),
            bias: f32_at(16),
            weights,
            class_buckets: RULE_FEATURES.map(class_bucket),
        })
    }

    /// Read the reply once — its head and tail, cut and ASCII-lowered as
    /// [`Model::regions_lowered`] gives them — for the weight of its tokens, to which each rule
    /// class's feature is then added ([`Reading::logit`]).
    pub fn read_parts(&self, parts: [&[u8]; 2]) -> Reading<'_> {
        SEEN.with_borrow_mut(|seen| {
            let mut sum: i64 = 0;
            let mut add = |hash: u32| {
                let bucket = bucket(hash);
                if seen.insert(bucket) {
                    sum += i64::from(self.weights[bucket] as i8);
                }
            };
            // A token is hashed once; its unigram and its bigram with the token before are
            // mixes of those hashes (as the trainer computes them).
            let mut previous: Option<u32> = None;
            for part in parts {
                let mut i = 0;
                loop {
                    while i < part.len() && !TOKEN_BYTE[part[i] as usize] {
                        i += 1;
                    }
                    let start = i;
                    while i < part.len() && TOKEN_BYTE[part[i] as usize] {
                        i += 1;
                    }
                    if start == i {
                        break;
                    }
                    let Some(id) = token_hash(&part[start..i]) else {
                        continue;
                    };
                    add(mix(id ^ 0x55));
                    if let Some(before) = previous {
                        add(mix(before.wrapping_mul(0x9E37_79B1) ^ id ^ 0x62));
                    }
                    previous = Some(id);
                }
            }
            // A rule class's feature counts once: not when a token already took its bucket.
            let taken = self.class_buckets.map(|bucket| seen.contains(bucket));
            seen.clear();
            Reading {
                model: self,
                tokens: sum,
                taken,
            }
        })
    }

    /// The head and tail of `text` the model reads, as it reads them, written into `buffer`:
    /// ASCII-lowered, curly apostrophes straightened (as the trainer does).
    pub fn regions_lowered<'b>(text: &[u8], buffer: &'b mut Vec<u8>) -> [&'b [u8]; 2] {
        let [head, tail] = regions(text);
        buffer.clear();
        prepare_into(head, buffer);
        let head_len = buffer.len();
        prepare_into(tail, buffer);
        let (head, tail) = buffer.split_at(head_len);
        [head, tail]
    }

    /// Log-odds that `text` declines the request, given the rules' class (`None`: no cue).
    /// `lowered` is `text` ASCII-lowered (same offsets).
    #[cfg(test)]
    pub fn logit(&self, lowered: &[u8], rule: Option<CueClass>) -> f32 {
        self.read_parts(Model::regions_lowered(lowered, &mut Vec::new()))
            .logit(rule)
    }
}

/// The rule-class features, in the order of `Model::class_buckets`: no cue, then every class.
const RULE_FEATURES: [Option<CueClass>; CueClass::ALL.len() + 1] = {
    let mut features = [None; CueClass::ALL.len() + 1];
    let mut i = 0;
    while i < CueClass::ALL.len() {
        features[i + 1] = Some(CueClass::ALL[i]);
        i += 1;
    }
    features
};

/// Whether a rule class's verdict ever reaches the model: a custom phrase's counts without it,
/// and `learned` is the model's own.
fn reaches_the_model(rule: Option<CueClass>) -> bool {
    !matches!(rule, Some(CueClass::Custom | CueClass::Learned))
}

/// The bucket of a rule class's feature.
fn class_bucket(rule: Option<CueClass>) -> usize {
    let class = rule.map_or("none", CueClass::name);
    bucket(mix(fnv1a(fnv1a(FNV_START, b"r:"), class.as_bytes())))
}

/// A reply read by the model: the weight of its tokens, before a rule class is added.
pub(super) struct Reading<'m> {
    model: &'m Model,
    tokens: i64,
    /// Per rule feature (`RULE_FEATURES`): was its bucket already one of a token's?
    taken: [bool; RULE_FEATURES.len()],
}

impl Reading<'_> {
    /// Log-odds that the reply declines, given the rules' class (`None`: no cue).
    pub fn logit(&self, rule: Option<CueClass>) -> f32 {
        let model = self.model;
        let k = RULE_FEATURES
            .iter()
            .position(|r| *r == rule)
            .expect("every class has a feature");
        let mut sum = self.tokens;
        if !self.taken[k] {
            sum += i64::from(model.weights[model.class_buckets[k]] as i8);
        }
        model.bias + model.scale * sum as f32
    }

    /// Does the model say the reply declines, given the rules' class?
    pub fn refused(&self, rule: Option<CueClass>) -> bool {
        self.logit(rule) >= THRESHOLD_LOGIT
    }

    /// Could any rule class (or none) make the model say "declines"? When not, no cue the
    /// rules might find changes the verdict: they need not be looked for.
    pub fn could_refuse(&self) -> bool {
        RULE_FEATURES
            .into_iter()
            .filter(|rule| reaches_the_model(*rule))
            .any(|rule| self.refused(rule))
    }
}

/// Per byte of the ASCII-lowered reply: does it belong to a token (ASCII letters and digits,
/// apostrophes, any non-ASCII byte)?
static TOKEN_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0usize;
    while b < 256 {
        let c = b as u8;
        t[b] = c.is_ascii_digit() || c.is_ascii_alphabetic() || c == b'\'' || c >= 128;
        b += 1;
    }
    t
};

/// `part` ASCII-lowered, each curly apostrophe a straight one, appended to `out`. Runs between
/// curly apostrophes are copied, then lowered in place: loops the compiler vectorizes (a push
/// per byte cost a quarter of the model's time, and em dashes share the apostrophe's first
/// byte, so a reply without one may still have many candidates).
fn prepare_into(part: &[u8], out: &mut Vec<u8>) {
    let push_lowered = |run: &[u8], out: &mut Vec<u8>| {
        let from = out.len();
        out.extend_from_slice(run);
        out[from..].make_ascii_lowercase();
    };
    let mut from = 0;
    for at in memchr::memchr_iter(CURLY[0], part) {
        if at >= from && part[at..].starts_with(CURLY) {
            push_lowered(&part[from..at], out);
            out.push(b'\'');
            from = at + CURLY.len();
        }
    }
    push_lowered(&part[from..], out);
}

/// A curly apostrophe in UTF-8.
const CURLY: &[u8] = "\u{2019}".as_bytes();

/// Buckets already counted in one reply: a bitset cleared word by word after use.
struct Seen {
    /// 128 KiB per thread that scores, allocated on first use (not in every thread's static
    /// thread-local block).
    bits: Box<[u64; BUCKETS / 64]>,
    touched: Vec<usize>,
}

impl Seen {
    fn new() -> Seen {
        let bits = vec![0u64; BUCKETS / 64].into_boxed_slice();
        Seen {
            bits: bits.try_into().expect("BUCKETS / 64 words"),
            touched: Vec::new(),
        }
    }

    /// True the first time `bucket` is seen.
    fn insert(&mut self, bucket: usize) -> bool {
        let (word, bit) = (bucket / 64, 1u64 << (bucket % 64));
        if self.bits[word] & bit != 0 {
            return false;
        }
        if self.bits[word] == 0 {
            self.touched.push(word);
        }
        self.bits[word] |= bit;
        true
    }

    fn contains(&self, bucket: usize) -> bool {
        self.bits[bucket / 64] & (1u64 << (bucket % 64)) != 0
    }

    fn clear(&mut self) {
        for word in self.touched.drain(..) {
            self.bits[word] = 0;
        }
    }
}

thread_local! {
    static SEEN: std::cell::RefCell<Seen> = std::cell::RefCell::new(Seen::new());
}

/// The head and, for a long reply, the tail; the two are read as one run of tokens (a token
/// cut at the seam ends there).
fn regions(bytes: &[u8]) -> [&[u8]; 2] {
    if bytes.len() <= HEAD + TAIL {
        [bytes, &[]]
    } else {
        [&bytes[..HEAD], &bytes[bytes.len() - TAIL..]]
    }
}

/// The hash of a token's bytes as read (ASCII lowered), apostrophes at its ends trimmed; None
/// for a token of apostrophes only. Eight bytes at a time (a multiply and a shift each): most
/// words take one or two steps.
fn token_hash(token: &[u8]) -> Option<u32> {
    let start = token.iter().position(|b| *b != b'\'')?;
    let end = token
        .iter()
        .rposition(|b| *b != b'\'')
        .map_or(start, |i| i + 1);
    let token = &token[start..end];
    let mut h = (token.len() as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    let mut chunks = token.chunks_exact(8);
    let mut step = |word: u64| {
        h = (h ^ word).wrapping_mul(0xFF51_AFD7_ED55_8CCD);
        h ^= h >> 32;
    };
    for chunk in &mut chunks {
        step(u64::from_le_bytes(chunk.try_into().expect("8 bytes")));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        // Assembled in a register: a short copy through memory would stall the load.
        let word = rest
            .iter()
            .rev()
            .fold(0u64, |word, &b| (word << 8) | u64::from(b));
        step(word);
    }
    Some((h ^ (h >> 29)) as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Scores printed by `scripts/refusal_model/train.py --check` for the shipped weights: the
    /// trainer and this reader read the same features.
    #[test]
    fn scores_match_the_trainer() {
        let model = Model::shipped().unwrap();
        let cases = include_str!("model_check.txt");
        let mut checked = 0;
        for line in cases.lines() {
            let (expected, rest) = line.split_once(' ').unwrap();
            let (class, text) = rest.split_once(' ').unwrap();
            let rule = match class {
                "none" => None,
                name => CueClass::ALL.into_iter().find(|c| c.name() == name),
            };
            let text = text.replace("\\n", "\n");
            let lowered = crate::eval::ascii_lowercase(text.as_bytes());
            let got = model.logit(&lowered, rule);
            let expected: f32 = expected.parse().unwrap();
            assert!(
                (got - expected).abs() < 1e-3,
                "{text:?}: {got} vs {expected}"
            );
            checked += 1;
        }
        assert!(checked >= 5);
    }
}
