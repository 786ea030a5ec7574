//! The price table: USD per million tokens per provider and model, the user's prices
//! (`evaluators.cost.prices`) before the shipped ones (`data/prices/prices.json`, generated from
//! genai-prices by `scripts/prices/update.py`), and the lookup the `cost` evaluator runs per
//! span — resolved once per distinct (provider, model) name and remembered, so a span costs two
//! hash lookups under a read lock.
//!
//! How a span's model name finds its price, first match wins:
//! 1. the user's entries, in order: `model` against the name and its shorter forms below,
//!    `pattern` against the whole lower-cased name; `provider`, when given, must be the span's;
//! 2. the shipped table: the span's provider's entry for the name or a shorter form, else,
//!    for the name and each shorter form in turn, the model maker's entry (the table lists
//!    first-party providers first), else the first reseller listing it;
//! 3. the shipped table's regular expressions (as the source defines them: found anywhere in
//!    the name).
//!
//! Shorter forms, tried in this order: the name after a provider prefix (`openai/gpt-4o`,
//! `models/gemini-2.0-flash`), a Bedrock id without region, vendor and version
//! (`us.anthropic.claude-3-5-haiku-20241022-v1:0`), and each of these without a date or
//! `-latest` suffix (`gpt-4o-2024-08-06`, `claude-3-5-haiku-20241022`,
//! `claude-3-5-sonnet@20240620`, `gpt-4-0613`).

use std::collections::HashMap;
use std::sync::{Arc, LazyLock, RwLock};

use regex::{Regex, RegexSet};
use serde::Deserialize;

use super::config::{CostConfig, PriceConfig};
use crate::normalize::TokenUsage;

/// Prices of one model, USD per million tokens.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ModelPrice {
    /// Input tokens not read from or written to a cache.
    pub input: f64,
    /// Output tokens.
    pub output: f64,
    /// Input tokens read from a cache.
    pub cache_read: f64,
    /// Input tokens written to a cache.
    pub cache_write: f64,
}

impl ModelPrice {
    /// What `usage` costs at these prices, USD.
    pub fn cost(&self, usage: &TokenUsage) -> f64 {
        let per_token = |count: u64, per_million: f64| count as f64 * per_million / 1e6;
        per_token(usage.uncached_input(), self.input)
            + per_token(usage.cache_read.unwrap_or(0), self.cache_read)
            + per_token(usage.cache_write.unwrap_or(0), self.cache_write)
            + per_token(usage.output.unwrap_or(0), self.output)
    }
}

/// A price the lookup found, and which entry it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Resolved {
    /// The prices.
    pub price: ModelPrice,
    /// `provider/model` of the entry (`configured/<model or pattern>` for the user's).
    pub entry: Arc<str>,
}

/// Why a price entry of the pipeline file is unusable.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{field}: {message}")]
pub struct PriceError {
    /// The field below `evaluators.cost.`, e.g. `prices[2].pattern`.
    pub field: String,
    /// What is wrong.
    pub message: String,
}

/// The value rules of `evaluators.cost.prices`: each problem as (field, message).
pub fn check_prices(prices: &[PriceConfig]) -> Vec<PriceError> {
    let mut problems = Vec::new();
    for (i, p) in prices.iter().enumerate() {
        let mut issue = |field: &str, message: String| {
            problems.push(PriceError {
                field: format!("prices[{i}].{field}"),
                message,
            })
        };
        match (&p.model, &p.pattern) {
            (Some(_), Some(_)) => issue("pattern", "give model or pattern, not both".into()),
            (None, None) => issue("model", "give the model's name (or a pattern)".into()),
            (Some(model), None) if model.trim().is_empty() => {
                issue("model", "must not be empty".into())
            }
            (None, Some(pattern)) => {
                if pattern.trim().is_empty() {
                    issue("pattern", "must not be empty".into());
                } else if let Err(e) = whole_name_regex(pattern) {
                    issue(
                        "pattern",
                        format!("'{pattern}' is not a regular expression: {e}"),
                    );
                }
            }
            _ => {}
        }
        if p.provider.as_deref().is_some_and(|v| v.trim().is_empty()) {
            issue(
                "provider",
                "must not be empty (leave it out for any)".into(),
            );
        }
        let prices = [
            ("input", Some(p.input)),
            ("output", Some(p.output)),
            ("cached_input", p.cached_input),
            ("cache_write", p.cache_write),
        ];
        for (field, value) in prices {
            if let Some(v) = value
                && !(v.is_finite() && v >= 0.0)
            {
                issue(
                    field,
                    format!("{v} is not a price: use USD per million tokens, 0 or more"),
                );
            }
        }
    }
    problems
}

/// A user pattern, anchored to the whole name, case-insensitive.
fn whole_name_regex(pattern: &str) -> Result<Regex, regex::Error> {
    Regex::new(&format!("(?i)^(?:{pattern})$"))
}

/// One of the user's entries, ready to match.
struct UserEntry {
    matcher: UserMatcher,
    provider: Option<String>,
    resolved: Resolved,
}

enum UserMatcher {
    Name(String),
    Pattern(Regex),
}

/// The shipped table, parsed once per process.
struct Shipped {
    /// Every name (ids and aliases, lower case) → the entries listing it, in table order
    /// (first-party providers first).
    by_name: HashMap<String, Vec<(Arc<str>, Resolved)>>,
    /// The regular expressions and the entry each prices.
    patterns: RegexSet,
    pattern_entries: Vec<(Arc<str>, Resolved)>,
}

#[derive(Deserialize)]
struct ShippedFile {
    models: Vec<ShippedModel>,
}

#[derive(Deserialize)]
struct ShippedModel {
    provider: String,
    model: String,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    patterns: Vec<String>,
    input: f64,
    output: f64,
    #[serde(default)]
    cache_read: Option<f64>,
    #[serde(default)]
    cache_write: Option<f64>,
}

/// The shipped price table's JSON (`data/prices/prices.json`).
pub const SHIPPED_JSON: &str = include_str!("../../../data/prices/prices.json");

static SHIPPED: LazyLock<Shipped> = LazyLock::new(|| {
    let file: ShippedFile =
        serde_json::from_str(SHIPPED_JSON).expect("data/prices/prices.json is valid");
    let mut by_name: HashMap<String, Vec<(Arc<str>, Resolved)>> = HashMap::new();
    let mut patterns = Vec::new();
    let mut pattern_entries = Vec::new();
    for m in file.models {
        let provider: Arc<str> = Arc::from(m.provider.as_str());
        let resolved = Resolved {
            price: ModelPrice {
                input: m.input,
                output: m.output,
                cache_read: m.cache_read.unwrap_or(m.input),
                cache_write: m.cache_write.unwrap_or(m.input),
            },
            entry: Arc::from(format!("{}/{}", m.provider, m.model)),
        };
        for name in std::iter::once(&m.model).chain(&m.aliases) {
            by_name
                .entry(name.to_ascii_lowercase())
                .or_default()
                .push((provider.clone(), resolved.clone()));
        }
        for p in m.patterns {
            patterns.push(p);
            pattern_entries.push((provider.clone(), resolved.clone()));
        }
    }
    Shipped {
        by_name,
        patterns: RegexSet::new(&patterns).expect("the shipped price patterns compile"),
        pattern_entries,
    }
});

/// The price table of one `cost` evaluator, with its cache of resolved names.
pub struct PriceTable {
    user: Vec<UserEntry>,
    shipped: bool,
    /// provider ("" when none) → model → what it resolved to.
    cache: RwLock<HashMap<String, HashMap<String, Option<Resolved>>>>,
    cached: std::sync::atomic::AtomicUsize,
    max_cached: usize,
}

impl PriceTable {
    /// Build from `evaluators.cost` (whose prices must pass [`check_prices`]).
    pub fn new(config: &CostConfig) -> Result<PriceTable, PriceError> {
        if let Some(first) = check_prices(&config.prices).into_iter().next() {
            return Err(first);
        }
        let user = config
            .prices
            .iter()
            .map(|p| {
                let (matcher, label) = match (&p.model, &p.pattern) {
                    (Some(model), _) => (
                        UserMatcher::Name(model.trim().to_ascii_lowercase()),
                        model.trim(),
                    ),
                    (None, Some(pattern)) => (
                        UserMatcher::Pattern(
                            whole_name_regex(pattern).expect("checked by check_prices"),
                        ),
                        pattern.as_str(),
                    ),
                    (None, None) => unreachable!("checked by check_prices"),
                };
                UserEntry {
                    matcher,
                    provider: p.provider.as_deref().map(|v| v.trim().to_ascii_lowercase()),
                    resolved: Resolved {
                        price: ModelPrice {
                            input: p.input,
                            output: p.output,
                            cache_read: p.cached_input.unwrap_or(p.input),
                            cache_write: p.cache_write.unwrap_or(p.input),
                        },
                        entry: Arc::from(format!("configured/{label}")),
                    },
                }
            })
            .collect();
        if config.shipped_prices {
            LazyLock::force(&SHIPPED);
        }
        Ok(PriceTable {
            user,
            shipped: config.shipped_prices,
            cache: RwLock::new(HashMap::new()),
            cached: std::sync::atomic::AtomicUsize::new(0),
            max_cached: config.max_cached_models,
        })
    }

    /// Call `f` with the price of `model` served by `provider` (None: unknown model), from the
    /// cache when this name was seen before.
    pub fn with_price<T>(
        &self,
        provider: Option<&str>,
        model: &str,
        f: impl FnOnce(Option<&Resolved>) -> T,
    ) -> T {
        let provider_key = provider.unwrap_or("");
        {
            let cache = self.cache.read().unwrap_or_else(|e| e.into_inner());
            if let Some(found) = cache.get(provider_key).and_then(|m| m.get(model)) {
                return f(found.as_ref());
            }
        }
        let resolved = self.resolve(provider, model);
        let out = f(resolved.as_ref());
        use std::sync::atomic::Ordering;
        if self.cached.load(Ordering::Relaxed) < self.max_cached {
            let mut cache = self.cache.write().unwrap_or_else(|e| e.into_inner());
            let models = cache.entry(provider_key.to_owned()).or_default();
            if !models.contains_key(model) {
                models.insert(model.to_owned(), resolved);
                self.cached.fetch_add(1, Ordering::Relaxed);
            }
        }
        out
    }

    /// The price of `model` served by `provider`, without the cache.
    pub fn resolve(&self, provider: Option<&str>, model: &str) -> Option<Resolved> {
        let name = model.trim().to_ascii_lowercase();
        if name.is_empty() {
            return None;
        }
        let provider = provider.map(|p| p.trim().to_ascii_lowercase());
        let canonical = provider.as_deref().and_then(canonical_provider);
        let forms = shorter_forms(&name);
        for entry in &self.user {
            if let Some(wanted) = &entry.provider
                && provider.as_deref() != Some(wanted.as_str())
                && canonical != Some(wanted.as_str())
            {
                continue;
            }
            let hit = match &entry.matcher {
                UserMatcher::Name(n) => forms.iter().any(|f| f == n),
                UserMatcher::Pattern(re) => re.is_match(&name),
            };
            if hit {
                return Some(entry.resolved.clone());
            }
        }
        if !self.shipped {
            return None;
        }
        let shipped = &*SHIPPED;
        let pick = |listed: &[(Arc<str>, Resolved)]| {
            listed
                .iter()
                .find(|(p, _)| Some(&**p) == canonical)
                .or_else(|| listed.first())
                .map(|(_, r)| r.clone())
        };
        // The span's provider's own entry under any form first (`openai/gpt-4o` from OpenAI
        // is OpenAI's gpt-4o, not a reseller's `openai/gpt-4o`), then anyone's.
        if let Some(canonical) = canonical {
            for form in &forms {
                if let Some((_, found)) = shipped
                    .by_name
                    .get(form.as_str())
                    .and_then(|listed| listed.iter().find(|(p, _)| &**p == canonical))
                {
                    return Some(found.clone());
                }
            }
        }
        for form in &forms {
            if let Some(found) = shipped.by_name.get(form.as_str()).and_then(|l| pick(l)) {
                return Some(found);
            }
        }
        let matches: Vec<(Arc<str>, Resolved)> = shipped
            .patterns
            .matches(&name)
            .into_iter()
            .map(|i| shipped.pattern_entries[i].clone())
            .collect();
        pick(&matches)
    }
}

/// The shipped table's provider id for a provider name as the conventions spell it
/// (`gen_ai.provider.name`, older `gen_ai.system`, OpenInference `llm.provider` / `llm.system`).
fn canonical_provider(provider: &str) -> Option<&'static str> {
    const TABLE: &[(&str, &str)] = &[
        ("openai", "openai"),
        ("anthropic", "anthropic"),
        ("google", "google"),
        ("gemini", "google"),
        ("gcp.gemini", "google"),
        ("gcp.vertex_ai", "google"),
        ("gcp.gen_ai", "google"),
        ("vertex_ai", "google"),
        ("vertexai", "google"),
        ("azure", "azure"),
        ("azure.ai.openai", "azure"),
        ("azure.ai.inference", "azure"),
        ("az.ai.openai", "azure"),
        ("az.ai.inference", "azure"),
        ("aws", "aws"),
        ("aws.bedrock", "aws"),
        ("bedrock", "aws"),
        ("mistral", "mistral"),
        ("mistral_ai", "mistral"),
        ("mistralai", "mistral"),
        ("x_ai", "x-ai"),
        ("xai", "x-ai"),
        ("x-ai", "x-ai"),
        ("deepseek", "deepseek"),
        ("groq", "groq"),
        ("cohere", "cohere"),
        ("perplexity", "perplexity"),
        ("together", "together"),
        ("together_ai", "together"),
        ("fireworks", "fireworks"),
        ("fireworks_ai", "fireworks"),
        ("openrouter", "openrouter"),
    ];
    TABLE.iter().find(|(k, _)| *k == provider).map(|(_, v)| *v)
}

/// The name and its shorter forms, longest first (see the module doc).
fn shorter_forms(name: &str) -> Vec<String> {
    let mut bases = vec![name.to_owned()];
    if let Some((_, last)) = name.rsplit_once('/')
        && !last.is_empty()
    {
        bases.push(last.to_owned());
    }
    let last = bases.last().cloned().unwrap_or_default();
    if let Some(bedrock) = bedrock_model(&last) {
        bases.push(bedrock);
    }
    let mut forms = Vec::with_capacity(bases.len() * 2);
    for base in bases {
        let undated = without_date(&base);
        if !forms.contains(&base) {
            forms.push(base);
        }
        if let Some(u) = undated
            && !forms.contains(&u)
        {
            forms.push(u);
        }
    }
    forms
}

/// A Bedrock model id (`us.anthropic.claude-3-5-haiku-20241022-v1:0`) without its region,
/// vendor and version: `claude-3-5-haiku-20241022`.
fn bedrock_model(name: &str) -> Option<String> {
    const VENDORS: [&str; 9] = [
        "anthropic.",
        "meta.",
        "amazon.",
        "mistral.",
        "cohere.",
        "ai21.",
        "deepseek.",
        "openai.",
        "writer.",
    ];
    let mut rest = name;
    for region in ["us.", "eu.", "apac.", "global.", "us-gov."] {
        if let Some(r) = rest.strip_prefix(region) {
            rest = r;
            break;
        }
    }
    let rest = VENDORS.iter().find_map(|v| rest.strip_prefix(v))?;
    let rest = rest.split_once(':').map_or(rest, |(head, _)| head);
    let rest = match rest.rfind("-v") {
        Some(at) if rest[at + 2..].bytes().all(|b| b.is_ascii_digit()) && at + 2 < rest.len() => {
            &rest[..at]
        }
        _ => rest,
    };
    Some(rest.to_owned())
}

/// The name without a date or `-latest` suffix, if it has one: `-2024-08-06`, `-20241022`,
/// `@20240620`, `-0613`.
fn without_date(name: &str) -> Option<String> {
    if let Some(head) = name.strip_suffix("-latest") {
        return Some(head.to_owned());
    }
    // Every suffix below is ASCII, so it is matched on bytes: a name that ends in other
    // characters never matches, and the cut (just before an ASCII separator) is always on a
    // character boundary.
    let b = name.as_bytes();
    let digits = |s: &[u8]| !s.is_empty() && s.iter().all(u8::is_ascii_digit);
    let cut = |at: usize| Some(name[..at].to_owned());
    // -YYYY-MM-DD
    if let Some(at) = b.len().checked_sub(11).filter(|&at| at > 0) {
        let t = &b[at..];
        if t[0] == b'-'
            && t[5] == b'-'
            && t[8] == b'-'
            && digits(&t[1..5])
            && digits(&t[6..8])
            && digits(&t[9..11])
            && t[1..3] == *b"20"
        {
            return cut(at);
        }
    }
    // -YYYYMMDD or @YYYYMMDD
    if let Some(at) = b.len().checked_sub(9).filter(|&at| at > 0) {
        let t = &b[at..];
        if (t[0] == b'-' || t[0] == b'@') && digits(&t[1..]) && t[1..3] == *b"20" {
            return cut(at);
        }
    }
    // -MMDD (OpenAI's older snapshots: gpt-4-0613, gpt-3.5-turbo-0125)
    if let Some(at) = b.len().checked_sub(5).filter(|&at| at > 0) {
        let t = &b[at..];
        if t[0] == b'-' && digits(&t[1..]) {
            let month = (t[1] - b'0') * 10 + (t[2] - b'0');
            if (1..=12).contains(&month) {
                return cut(at);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(prices: Vec<PriceConfig>) -> PriceTable {
        PriceTable::new(&CostConfig {
            prices,
            ..CostConfig::default()
        })
        .unwrap()
    }

    fn price(model: Option<&str>, pattern: Option<&str>, input: f64, output: f64) -> PriceConfig {
        PriceConfig {
            model: model.map(str::to_owned),
            pattern: pattern.map(str::to_owned),
            provider: None,
            input,
            output,
            cached_input: None,
            cache_write: None,
        }
    }

    fn usage(input: u64, output: u64, cache_read: Option<u64>) -> TokenUsage {
        TokenUsage {
            input: Some(input),
            output: Some(output),
            cache_read,
            cache_write: None,
        }
    }

    #[test]
    fn shipped_prices_find_dated_prefixed_and_bedrock_names() {
        let t = table(vec![]);
        let gpt4o = t.resolve(Some("openai"), "gpt-4o").unwrap();
        assert_eq!(&*gpt4o.entry, "openai/gpt-4o");
        assert_eq!(gpt4o.price.input, 2.5);
        assert_eq!(gpt4o.price.output, 10.0);
        assert_eq!(gpt4o.price.cache_read, 1.25);
        for name in [
            "gpt-4o-2024-08-06",
            "gpt-4o-2099-01-31",
            "GPT-4o",
            "openai/gpt-4o",
        ] {
            let found = t.resolve(Some("openai"), name).unwrap();
            assert_eq!(&*found.entry, "openai/gpt-4o", "{name}");
        }
        // No provider on the span: the maker's price.
        assert_eq!(
            &*t.resolve(None, "gpt-4o-mini-2024-07-18").unwrap().entry,
            "openai/gpt-4o-mini"
        );
        let sonnet = t
            .resolve(Some("anthropic"), "claude-sonnet-4-5-20250929")
            .unwrap();
        assert_eq!(&*sonnet.entry, "anthropic/claude-sonnet-4-5");
        assert_eq!(sonnet.price.cache_write, 3.75);
        let bedrock = t
            .resolve(
                Some("aws.bedrock"),
                "us.anthropic.claude-sonnet-4-5-20250929-v1:0",
            )
            .unwrap();
        assert!(bedrock.entry.contains("claude-sonnet-4-5"), "{bedrock:?}");
    }

    #[test]
    fn unknown_models_are_unknown_never_free() {
        let t = table(vec![]);
        assert_eq!(t.resolve(Some("openai"), "my-own-model-7b"), None);
        assert_eq!(t.resolve(None, ""), None);
        let none = PriceTable::new(&CostConfig {
            shipped_prices: false,
            ..CostConfig::default()
        })
        .unwrap();
        assert_eq!(none.resolve(Some("openai"), "gpt-4o"), None);
    }

    #[test]
    fn user_prices_come_first_by_name_pattern_and_provider() {
        let mut negotiated = price(Some("gpt-4o"), None, 2.0, 8.0);
        negotiated.provider = Some("azure".into());
        let t = table(vec![
            negotiated,
            price(None, Some("ft:gpt-4o-mini:acme:.*"), 0.3, 1.2),
            price(Some("house-llm"), None, 0.0, 0.0),
        ]);
        // The provider filter: azure spans get the negotiated price, openai ones the list price.
        let azure = t
            .resolve(Some("azure.ai.openai"), "gpt-4o-2024-11-20")
            .unwrap();
        assert_eq!(
            (&*azure.entry, azure.price.input),
            ("configured/gpt-4o", 2.0)
        );
        assert_eq!(
            t.resolve(Some("openai"), "gpt-4o").unwrap().price.input,
            2.5
        );
        let ft = t.resolve(None, "ft:gpt-4o-mini:ACME:support:9x2").unwrap();
        assert_eq!(ft.price.output, 1.2);
        // A pattern must match the whole name.
        assert_eq!(t.resolve(None, "x-ft:gpt-4o-mini:acme:1"), None);
        // Free because the user says so.
        assert_eq!(t.resolve(None, "house-llm").unwrap().price.input, 0.0);
    }

    #[test]
    fn cost_counts_cached_input_at_its_own_price() {
        let p = ModelPrice {
            input: 2.5,
            output: 10.0,
            cache_read: 1.25,
            cache_write: 3.0,
        };
        // 1,000 input of which 600 cached, 200 output.
        let cost = p.cost(&usage(1000, 200, Some(600)));
        let expected = (400.0 * 2.5 + 600.0 * 1.25 + 200.0 * 10.0) / 1e6;
        assert!((cost - expected).abs() < 1e-15, "{cost} vs {expected}");
        // Anthropic-style: the cache counts are not part of the input count.
        let apart = TokenUsage {
            input: Some(50),
            output: Some(10),
            cache_read: Some(2000),
            cache_write: Some(100),
        };
        let expected = (50.0 * 2.5 + 2000.0 * 1.25 + 100.0 * 3.0 + 10.0 * 10.0) / 1e6;
        assert!((p.cost(&apart) - expected).abs() < 1e-15);
    }

    #[test]
    fn lookups_are_cached_and_bounded() {
        let t = PriceTable::new(&CostConfig {
            max_cached_models: 2,
            ..CostConfig::default()
        })
        .unwrap();
        for model in ["gpt-4o", "gpt-4o", "unknown-1", "unknown-2", "unknown-3"] {
            t.with_price(Some("openai"), model, |_| ());
        }
        let cache = t.cache.read().unwrap();
        assert_eq!(cache["openai"].len(), 2);
        assert_eq!(cache["openai"]["unknown-1"], None);
        assert!(cache["openai"]["gpt-4o"].is_some());
        drop(cache);
        // Past the cap, names are still priced, just not remembered.
        assert!(t.with_price(Some("openai"), "gpt-4o-mini", |p| p.is_some()));
    }

    #[test]
    fn bad_entries_are_named_by_their_path() {
        let mut both = price(Some("a"), Some("b"), 1.0, 1.0);
        both.cached_input = Some(-0.5);
        let problems = check_prices(&[
            price(None, Some("gpt-(4o"), 1.0, 1.0),
            price(Some("x"), None, -1.0, f64::NAN),
            both,
            price(None, None, 1.0, 1.0),
        ]);
        let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "prices[0].pattern",
                "prices[1].input",
                "prices[1].output",
                "prices[2].pattern",
                "prices[2].cached_input",
                "prices[3].model"
            ]
        );
        assert!(problems[0].message.contains("is not a regular expression"));
        assert!(problems[1].message.contains("-1 is not a price"));
    }

    #[test]
    fn date_suffixes_and_shorter_forms() {
        assert_eq!(without_date("gpt-4o-2024-08-06").as_deref(), Some("gpt-4o"));
        assert_eq!(
            without_date("claude-3-5-haiku-20241022").as_deref(),
            Some("claude-3-5-haiku")
        );
        assert_eq!(
            without_date("claude-3-5-sonnet@20240620").as_deref(),
            Some("claude-3-5-sonnet")
        );
        assert_eq!(without_date("gpt-4-0613").as_deref(), Some("gpt-4"));
        assert_eq!(without_date("o1-latest").as_deref(), Some("o1"));
        // Not dates: versions and sizes.
        assert_eq!(without_date("llama-3.1-8b"), None);
        assert_eq!(without_date("gpt-4-1106x"), None);
        assert_eq!(without_date("model-9999"), None);
        // A name that is not ASCII near its end is cut nowhere (fuzzing found a panic here).
        for name in [
            "gpt-4o-mini-202u\u{e7}aise",
            "\u{e7}\u{e7}\u{e7}\u{e7}\u{e7}\u{e7}",
            "x\u{1f600}-0613",
            "-2024-08-\u{e9}6",
            "a\u{e9}20241022",
            "\u{e9}-0613",
        ] {
            let _ = shorter_forms(name);
        }
        assert_eq!(
            without_date("x\u{1f600}-0613").as_deref(),
            Some("x\u{1f600}")
        );
        assert_eq!(without_date("\u{e7}\u{e7}\u{e7}\u{e7}\u{e7}\u{e7}"), None);
        assert_eq!(
            shorter_forms("models/gemini-2.0-flash-001"),
            ["models/gemini-2.0-flash-001", "gemini-2.0-flash-001"]
        );
        assert_eq!(
            bedrock_model("us.anthropic.claude-3-5-haiku-20241022-v1:0").as_deref(),
            Some("claude-3-5-haiku-20241022")
        );
    }

    proptest::proptest! {
        /// Any model name a client sends resolves without panicking.
        #[test]
        fn any_model_name_resolves(name in "\\PC{0,40}(-[0-9@]{0,10})?") {
            let table = table(Vec::new());
            let _ = table.resolve(None, &name);
            let _ = table.resolve(Some(&name), &name);
        }
    }
}
