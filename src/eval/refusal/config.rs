//! `evaluators.refusal:` — the refusal evaluator's settings and the cue classes they name.

use serde::{Deserialize, Serialize};

/// Which kind of cue made a reply count as a refusal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CueClass {
    /// First-person can't / won't / unable / not allowed, anywhere in the reply.
    Inability,
    /// An impersonal verdict that declines: "it is not appropriate to …".
    Normative,
    /// An AI disclaimer that declines: "as an AI language model, I do not condone …".
    AiIdentity,
    /// An apology with a "but" and no ability verb: "I apologize, but this question …".
    Apology,
    /// A redirect (crisis line, professional, trusted adult) instead of an answer.
    Deflection,
    /// Moralizing about the request's premise instead of answering it.
    Premise,
    /// A part of the request left out on purpose, with a reason: "I left out the line about
    /// your manager, since there's nothing to back it up".
    Omission,
    /// The shipped linear model (word weights and the other classes' verdict): adds refusals
    /// the cue classes miss and overrules a cue it reads as an answer. Off: the cue classes
    /// alone decide.
    Learned,
    /// One of the user's `extra_phrases`.
    Custom,
}

impl CueClass {
    /// Every class, in the order they are documented.
    pub const ALL: [CueClass; 9] = [
        CueClass::Inability,
        CueClass::Normative,
        CueClass::AiIdentity,
        CueClass::Apology,
        CueClass::Deflection,
        CueClass::Premise,
        CueClass::Omission,
        CueClass::Learned,
        CueClass::Custom,
    ];

    pub(super) fn index(self) -> usize {
        self as usize
    }

    /// The name in the pipeline file and in `detail`.
    pub fn name(self) -> &'static str {
        match self {
            CueClass::Inability => "inability",
            CueClass::Normative => "normative",
            CueClass::AiIdentity => "ai_identity",
            CueClass::Apology => "apology",
            CueClass::Deflection => "deflection",
            CueClass::Premise => "premise",
            CueClass::Omission => "omission",
            CueClass::Learned => "learned",
            CueClass::Custom => "custom",
        }
    }
}

/// `evaluators.refusal:`
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct RefusalConfig {
    /// Run this evaluator.
    pub enabled: bool,
    /// More phrases that mean "declined" in your domain (matched ignoring case, curly quotes
    /// and extra spaces), e.g. "against our travel policy".
    pub extra_phrases: Vec<String>,
    /// Cue classes that count as a refusal (default: all). Drop one that does not fit your
    /// agent, e.g. `deflection` for a support bot whose job is to hand over to humans.
    pub classes: Vec<CueClass>,
}

impl Default for RefusalConfig {
    fn default() -> Self {
        RefusalConfig {
            enabled: true,
            extra_phrases: Vec::new(),
            classes: CueClass::ALL.to_vec(),
        }
    }
}
