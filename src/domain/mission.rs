//! The mission check: read a mission statement the way the essay "The Mission is the
//! Answer" teaches. Text in, a [`Report`] out: red flags, strengths and operational
//! implications, each with a one-line reason and the exact words that triggered it, plus a
//! plain-words verdict. Every rule is a heuristic and is labelled as one in the app.
//!
//! The words live in `src/content/lexicon.txt` (data, not code); this module only matches
//! them. Matching is by whole words, case-insensitive, on a token stream in which hyphens and
//! apostrophes separate words, so "high-quality" matches "high quality" and
//! "not-for-profit" is a single `not` context that hides "profit".

use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

pub use super::audience::Audience;
pub use super::finding::FindingId;

const LEXICON_TEXT: &str = include_str!("../content/lexicon.txt");

/// Statements longer than this many words are `unfocused`.
pub const UNFOCUSED_WORDS: usize = 100;
/// A statement with at least this many different implications is `unfocused`.
pub const UNFOCUSED_THEMES: usize = 7;
/// The analyzer reads at most this many characters (the field's limit).
pub const MAX_CHARS: usize = MISSION_MAX;
/// Longest mission statement, in characters.
pub const MISSION_MAX: usize = 20_000;

/// What a finding says about the mission.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    /// Something to worry about.
    Flag,
    /// Something it does well.
    Strength,
    /// What it predicts about day-to-day operations.
    Implication,
}

impl Kind {
    pub fn label(self) -> &'static str {
        match self {
            Kind::Flag => "Red flag",
            Kind::Strength => "Strength",
            Kind::Implication => "Implication",
        }
    }

    fn parse(s: &str) -> Option<Kind> {
        match s {
            "flag" => Some(Kind::Flag),
            "strength" => Some(Kind::Strength),
            "implication" => Some(Kind::Implication),
            _ => None,
        }
    }
}

/// A question card a finding adds to the organization's deck.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MissionCard {
    /// Stable id, e.g. `mission.research.1`.
    pub id: String,
    /// Which interviews it is for: a residency applicant and a job seeker ask different
    /// people different things.
    pub audience: Audience,
    /// True for "Ask" (a question to ask them), false for "Prepare".
    pub ask: bool,
    pub question: String,
    pub why: String,
    /// The named source it rests on.
    pub cite: String,
}

/// One lexicon entry: a finding and the words behind it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Entry {
    pub id: Option<FindingId>,
    pub kind: Option<Kind>,
    pub title: String,
    pub reason: String,
    pub expect: String,
    terms: Vec<Vec<Tok>>,
    weak: Vec<Vec<Tok>>,
    not: Vec<Vec<Tok>>,
    pub cards: Vec<MissionCard>,
}

/// A pattern token: a word, or `*` (one to three words).
#[derive(Clone, Debug, PartialEq, Eq)]
enum Tok {
    Word(String),
    Gap,
}

/// The parsed lexicon.
#[derive(Clone, Debug, Default)]
pub struct Lexicon {
    pub entries: Vec<Entry>,
    /// First word of every pattern → (entry, list: 0 terms / 1 weak / 2 not, pattern), so a
    /// statement is scanned once, looking up each word, instead of once per pattern.
    index: BTreeMap<String, Vec<(usize, usize, usize)>>,
}

/// Why the lexicon text could not be read (a content error, caught by a native test).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LexiconError(pub String);

impl Lexicon {
    /// Parse the lexicon format described at the top of `lexicon.txt`.
    pub fn parse(text: &str) -> Result<Lexicon, LexiconError> {
        let mut entries = Vec::new();
        for block in super::blocks::parse(text).map_err(LexiconError)? {
            let at = block.line;
            let mut entry = Entry::default();
            let phrases = |value: &str| value.split(',').map(pattern).filter(|p| !p.is_empty()).collect::<Vec<_>>();
            for (key, value) in block.fields {
                match key {
                    "id" => {
                        entry.id =
                            Some(FindingId::parse(value).ok_or_else(|| {
                                LexiconError(format!("entry at line {at}: unknown finding id `{value}`"))
                            })?)
                    }
                    "kind" => {
                        entry.kind = Some(
                            Kind::parse(value)
                                .ok_or_else(|| LexiconError(format!("entry at line {at}: unknown kind")))?,
                        )
                    }
                    "title" => entry.title = value.to_string(),
                    "reason" => entry.reason = value.to_string(),
                    "expect" => entry.expect = value.to_string(),
                    "terms" => entry.terms.extend(phrases(value)),
                    "weak" => entry.weak.extend(phrases(value)),
                    "not" => entry.not.extend(phrases(value)),
                    "card" => {
                        let parts: Vec<&str> = value.split('|').map(str::trim).collect();
                        let [id, audience, kind, question, why, cite] = parts.as_slice() else {
                            return Err(LexiconError(format!(
                                "entry at line {at}: a card needs id | audience | kind | question | why | source"
                            )));
                        };
                        entry.cards.push(MissionCard {
                            id: id.to_string(),
                            audience: Audience::parse(audience).ok_or_else(|| {
                                LexiconError(format!(
                                    "entry at line {at}: card audience is all, attending or residency"
                                ))
                            })?,
                            ask: match *kind {
                                "Ask" => true,
                                "Prepare" => false,
                                _ => {
                                    return Err(LexiconError(format!(
                                        "entry at line {at}: card kind is Ask or Prepare"
                                    )))
                                }
                            },
                            question: question.to_string(),
                            why: why.to_string(),
                            cite: cite.to_string(),
                        });
                    }
                    other => return Err(LexiconError(format!("entry at line {at}: unknown key `{other}`"))),
                }
            }
            if entry.id.is_none() || entry.kind.is_none() || entry.title.is_empty() || entry.reason.is_empty() {
                return Err(LexiconError(format!("entry at line {at} needs id, kind, title and reason")));
            }
            entries.push(entry);
        }
        let mut index: BTreeMap<String, Vec<(usize, usize, usize)>> = BTreeMap::new();
        for (ei, e) in entries.iter().enumerate() {
            for (li, list) in [&e.terms, &e.weak, &e.not].into_iter().enumerate() {
                for (pi, p) in list.iter().enumerate() {
                    let Some(Tok::Word(first)) = p.first() else {
                        return Err(LexiconError(format!("entry at {ei}: a phrase cannot start with `*`")));
                    };
                    index.entry(first.clone()).or_default().push((ei, li, pi));
                }
            }
        }
        Ok(Lexicon { entries, index })
    }

    /// Every match in `tokens`, per entry: `[terms, weak, not]` token ranges, in order.
    fn scan(&self, tokens: &[Token]) -> Vec<[Vec<Range<usize>>; 3]> {
        let mut out: Vec<[Vec<Range<usize>>; 3]> = vec![Default::default(); self.entries.len()];
        for (at, token) in tokens.iter().enumerate() {
            let Some(candidates) = self.index.get(&token.text) else { continue };
            for &(ei, li, pi) in candidates {
                let e = &self.entries[ei];
                let pattern = [&e.terms, &e.weak, &e.not][li].get(pi);
                if let Some(n) = pattern.and_then(|p| match_at(p, tokens, at)) {
                    out[ei][li].push(at..at + n);
                }
            }
        }
        out
    }

    /// The built-in lexicon. A broken content file (which a native test rules out) gives an
    /// empty lexicon rather than a panic: the check then reports only what needs no words.
    pub fn builtin() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(|| Lexicon::parse(LEXICON_TEXT).unwrap_or_default())
    }

    pub fn entry(&self, id: FindingId) -> Option<&Entry> {
        self.entries.iter().find(|e| e.id == Some(id))
    }
}

fn pattern(phrase: &str) -> Vec<Tok> {
    let mut out = Vec::new();
    for word in phrase.split_whitespace() {
        if word == "*" {
            out.push(Tok::Gap);
        } else {
            out.extend(tokenize(word).into_iter().map(|t| Tok::Word(t.text)));
        }
    }
    out
}

/// A word of the statement: lower-cased (ASCII) text and where it is in the original.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    pub text: String,
    pub span: Range<usize>,
}

/// Split text into words: runs of letters and digits. Everything else (spaces, hyphens,
/// apostrophes, punctuation, markup, emoji, control characters) separates words.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push(Token { text: text[s..i].to_ascii_lowercase(), span: s..i });
        }
    }
    if let Some(s) = start {
        out.push(Token { text: text[s..].to_ascii_lowercase(), span: s..text.len() });
    }
    out
}

/// Match `pat` at token `at`; the number of tokens consumed, if it matches.
fn match_at(pat: &[Tok], tokens: &[Token], at: usize) -> Option<usize> {
    match pat.split_first() {
        None => Some(0),
        Some((Tok::Word(w), rest)) => {
            let t = tokens.get(at)?;
            if t.text == *w {
                match_at(rest, tokens, at + 1).map(|n| n + 1)
            } else {
                None
            }
        }
        Some((Tok::Gap, rest)) => (1..=3).find_map(|skip| {
            if at + skip > tokens.len() {
                return None;
            }
            match_at(rest, tokens, at + skip).map(|n| n + skip)
        }),
    }
}

/// A finding about one statement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub id: FindingId,
    pub kind: Kind,
    pub title: String,
    pub reason: String,
    /// What to expect in the job (implications only).
    pub expect: String,
    /// Byte ranges of the statement that triggered it, in order, not overlapping.
    pub spans: Vec<Range<usize>>,
    /// The triggering words as written, in order, without repeats (for "why it fired").
    pub words: Vec<String>,
    /// Cards this finding adds to the deck.
    pub cards: Vec<MissionCard>,
}

/// How the mission reads overall. No score: a level and the reasons.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    /// Nothing to read.
    Missing,
    /// Money or another entity comes first.
    Concern,
    /// Generic or unfocused: too vague or too broad to guide decisions.
    Weak,
    /// Some substance, but it lacks a cause or specifics.
    Mixed,
    /// A cause and specifics, no red flags. Still to be tested at the interview.
    Promising,
}

/// The verdict in plain words, with every reason listed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verdict {
    pub level: Level,
    pub headline: String,
    pub reasons: Vec<String>,
    /// True when the user marked findings "Doesn't apply here" and the verdict was
    /// recomputed without them.
    pub adjusted: bool,
}

/// The whole mission check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    /// Flags first, then strengths, then implications; each group in lexicon order.
    pub findings: Vec<Finding>,
    pub verdict: Verdict,
    pub word_count: usize,
    /// True when the statement was longer than [`MAX_CHARS`] and only its start was read.
    pub truncated: bool,
    /// Marked stretches of the statement, in order, not overlapping, with the most serious
    /// kind of finding that covers each (a flag wins over a strength over an implication).
    pub marks: Vec<(Range<usize>, Kind)>,
    /// `generic`, held back because a red flag names what the organization is for: a
    /// statement whose purpose is money or another organization's ends is not vague about
    /// its purpose. It applies again when the user marks every red flag "Doesn't apply here".
    pub held_generic: Option<Finding>,
}

/// What was found, without positions in the text: equal for two versions of a statement
/// that differ only in wording the lexicon does not read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    pub findings: Vec<Finding>,
    pub verdict: Verdict,
}

impl Report {
    /// The report without positions (spans cleared; triggering words kept).
    pub fn summary(self) -> Summary {
        let findings = self.findings.into_iter().map(|f| Finding { spans: Vec::new(), ..f }).collect();
        Summary { findings, verdict: self.verdict }
    }

    pub fn has(&self, id: FindingId) -> bool {
        self.findings.iter().any(|f| f.id == id)
    }

    /// True when money or another organization's ends come first (`profit_first` or
    /// `subordinate`).
    pub fn has_concern(&self) -> bool {
        self.findings.iter().any(|f| f.id.is_concern())
    }

    pub fn finding(&self, id: FindingId) -> Option<&Finding> {
        self.findings.iter().find(|f| f.id == id)
    }

    /// The report with the findings the user marked "Doesn't apply here" left out and the
    /// verdict recomputed, marked as adjusted. Their cards leave the deck with them. When no
    /// red flag is left, a `generic` held back behind one applies again. The marked copy of
    /// the statement still shows every triggering word.
    pub fn without(mut self, dismissed: &[FindingId]) -> Report {
        let before = self.findings.len();
        self.findings.retain(|f| !dismissed.contains(&f.id));
        let n = before - self.findings.len();
        if n > 0 {
            let flagged = self.has_concern();
            if let Some(generic) = self.held_generic.take().filter(|g| !flagged && !dismissed.contains(&g.id)) {
                // `generic` is first in lexicon order, so first among the flags.
                self.findings.insert(0, generic);
            }
            self.verdict = verdict(&self.findings);
            self.verdict.adjusted = true;
            self.verdict.reasons.push(if n == 1 {
                "Adjusted by you: 1 finding marked \"Doesn't apply here\".".to_string()
            } else {
                format!("Adjusted by you: {n} findings marked \"Doesn't apply here\".")
            });
        }
        self
    }
}

/// Marks that end a sentence, and the same with a colon (a heading or a list's lead-in).
const SENTENCE_MARKS: [char; 5] = ['.', ';', '!', '?', '\n'];
const SENTENCE_OR_COLON: [char; 6] = ['.', ';', '!', '?', '\n', ':'];

/// True when one of `marks` stands between word `k` and the next.
fn break_after(text: &str, tokens: &[Token], k: usize, marks: &[char]) -> bool {
    text[tokens[k].span.end..tokens[k + 1].span.start].contains(marks)
}

/// True when no sentence ends between words `from` and `to`.
fn within_sentence(text: &str, tokens: &[Token], from: usize, to: usize) -> bool {
    (from..to).all(|k| !break_after(text, tokens, k, &SENTENCE_MARKS))
}

/// True when word `k` starts a name that is not the organization's own (`masked`) and not a
/// word that only looks like one ("the", "God", "Patients"): another organization or a place.
fn names_other(text: &str, tokens: &[Token], masked: &[bool], k: usize) -> bool {
    k < tokens.len() && capitalized(text, &tokens[k]) && !masked[k] && !NOT_PLACES.contains(&tokens[k].text.as_str())
}

/// True when only spaces, hyphens or apostrophes separate two words, so marks across them
/// read as one phrase ("integrated clinical practice", "high-quality").
fn joined(text: &str, gap: Range<usize>) -> bool {
    text.get(gap).is_some_and(|g| g.chars().all(|c| c == ' ' || c == '-' || c == '\'' || c == '’' || c == '\u{2011}'))
}

/// Byte spans of the runs of covered tokens, in text order.
fn runs(text: &str, tokens: &[Token], covered: &[bool]) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        if !covered[i] {
            continue;
        }
        match out.last_mut() {
            Some(last) if i > 0 && covered[i - 1] && joined(text, last.end..t.span.start) => last.end = t.span.end,
            _ => out.push(t.span.clone()),
        }
    }
    out
}

/// Record that the words in `ranges` triggered a finding of `kind`; a flag wins over a
/// strength over an implication.
fn mark_words(word_kind: &mut [Option<Kind>], ranges: &[Range<usize>], kind: Kind) {
    for r in ranges {
        for k in &mut word_kind[r.clone()] {
            *k = Some(k.map_or(kind, |old| old.min(kind)));
        }
    }
}

fn finding_from(entry: &Entry, text: &str, tokens: &[Token], ranges: &[Range<usize>]) -> Finding {
    let mut covered = vec![false; tokens.len()];
    for r in ranges {
        covered[r.clone()].iter_mut().for_each(|c| *c = true);
    }
    let spans = runs(text, tokens, &covered);
    let mut words: Vec<String> = Vec::new();
    for s in &spans {
        let w = text[s.clone()].to_string();
        if !words.iter().any(|x| x.eq_ignore_ascii_case(&w)) {
            words.push(w);
        }
    }
    Finding {
        id: entry.id.unwrap_or(FindingId::Missing),
        kind: entry.kind.unwrap_or(Kind::Implication),
        title: entry.title.clone(),
        reason: entry.reason.clone(),
        expect: entry.expect.clone(),
        spans,
        words,
        cards: entry.cards.clone(),
    }
}

/// The implications whose (strong) words are substance too: teaching, research, a model of
/// care and a named population. With the `specific` entry's services, places and models of
/// care, and a place read from capitalization, they decide `specific` and `generic`.
const SUBSTANCE: [FindingId; 4] =
    [FindingId::Research, FindingId::Education, FindingId::Integration, FindingId::Population];

/// True when the words at `r` are the subject of a sentence that only describes them: "Patient
/// volumes here will always be small", "Our revenue comes from insurance", "Our hospital
/// clients pay per study". Not when the sentence names them the aim or a target ("Revenue is
/// our priority", "Margins will double").
fn described(text: &str, tokens: &[Token], r: &Range<usize>) -> bool {
    let apart = |k: usize| break_after(text, tokens, k, &SENTENCE_OR_COLON);
    // The subject opens the sentence, or a clause after "when", "if" or "although": "Even in
    // years when margins are thin, we keep our doors open".
    let start = (0..r.start).rev().find(|&k| apart(k)).map_or(0, |k| k + 1);
    let start = (start..r.start)
        .rev()
        .find(|&k| matches!(tokens[k].text.as_str(), "when" | "if" | "although" | "though" | "whether"))
        .map_or(start, |k| k + 1);
    let end = (r.end.saturating_sub(1)..tokens.len()).find(|&k| k + 1 == tokens.len() || apart(k)).unwrap_or(r.end);
    let verb = (r.end..tokens.len().min(r.end + 6)).take_while(|&k| k == r.end || !apart(k - 1)).find(|&k| {
        DESCRIBING.contains(&tokens[k].text.as_str())
            || (tokens[k].text == "will" && (k + 1..k + 3).any(|m| word_is(tokens, m, "be")))
    });
    // The aim words are looked for up to the end of the sentence, or of the clause when a new
    // one opens with its own subject (", and we teach what we learn").
    let word = |k: usize| tokens.get(k).map_or("", |t| t.text.as_str());
    let clause_end = |c: usize| {
        (c..end)
            .find(|&k| {
                break_after(text, tokens, k, &[','])
                    && matches!(word(k + 1), "and" | "but" | "so" | "while")
                    && matches!(word(k + 2), "we" | "our" | "it" | "they")
            })
            .unwrap_or(end)
    };
    r.start - start <= 3
        && verb.is_some_and(|c| {
            c <= end && (c..=clause_end(c)).all(|k| !DESCRIBED_AS_AIM.contains(&tokens[k].text.as_str()))
        })
}

/// True when money at `r` is the object of a verb of keeping watch over it: "We track our
/// revenue carefully", "we manage our margins so that …". Stewardship, not the aim.
fn tended(tokens: &[Token], r: &Range<usize>) -> bool {
    (r.start.saturating_sub(3)..r.start).any(|k| {
        matches!(
            tokens[k].text.as_str(),
            "track"
                | "tracks"
                | "tracking"
                | "manage"
                | "manages"
                | "managing"
                | "watch"
                | "watches"
                | "monitor"
                | "monitors"
                | "steward"
                | "stewards"
                | "stewarding"
        )
    })
}

/// True when money at `r` is earned for a purpose named right after it: "We earn a margin so
/// that we can keep caring", "we make a surplus to keep our doors open".
fn earned_for(tokens: &[Token], r: &Range<usize>) -> bool {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.text.as_str());
    let earned = (r.start.saturating_sub(3)..r.start)
        .any(|k| matches!(word(k), "earn" | "earns" | "earning" | "make" | "makes" | "need" | "needs"));
    let purpose = (r.end..r.end + 3).any(|k| {
        (word(k) == "so" && matches!(word(k + 1), "that" | "we" | "it"))
            || (word(k) == "to" && matches!(word(k + 1), "keep" | "stay" | "invest" | "serve" | "care" | "reinvest"))
            || (word(k) == "in" && word(k + 1) == "order")
    });
    earned && purpose
}

/// Verbs by which a sentence describes its subject: "is", "comes from", "keeps our team
/// skilled", "pay per study", "High case volumes sharpen our surgeons' skills".
const DESCRIBING: [&str; 46] = [
    "is",
    "are",
    "was",
    "were",
    "remain",
    "remains",
    "comes",
    "come",
    "keeps",
    "keep",
    "pays",
    "pay",
    "covers",
    "cover",
    "contract",
    "contracts",
    "has",
    "have",
    "had",
    "gives",
    "give",
    "lets",
    "helps",
    "provides",
    "supports",
    "shares",
    "owns",
    "backs",
    "sharpen",
    "sharpens",
    "mean",
    "means",
    "fund",
    "funds",
    "enable",
    "enables",
    "allow",
    "allows",
    "improve",
    "improves",
    "trust",
    "trusts",
    "rely",
    "relies",
    "depend",
    "depends",
];

/// Words that, after money and a verb "to be", make it the aim or a target: "Revenue is our
/// priority", "Margins will double", "Profitability is paramount".
const DESCRIBED_AS_AIM: [&str; 32] = [
    "growing",
    "grows",
    "increases",
    "doubles",
    "mission",
    "purpose",
    "goal",
    "goals",
    "aim",
    "aims",
    "priority",
    "priorities",
    "focus",
    "reason",
    "measure",
    "success",
    "first",
    "paramount",
    "everything",
    "what",
    "why",
    "target",
    "targets",
    "objective",
    "grow",
    "double",
    "increase",
    "rise",
    "growth",
    "expand",
    "exceed",
    "top",
];

/// Words that open a clause about *how* the organization works ("by reinvesting our revenue",
/// "while remaining profitable", "so we can"): money named there is a passing mention, not the
/// purpose.
const MEANS: [&str; 5] = ["by", "through", "while", "via", "so"];

/// Capitalized words that follow "in" without naming a place.
const NOT_PLACES: [&str; 30] = [
    "the",
    "our",
    "all",
    "every",
    "each",
    "their",
    "this",
    "that",
    "its",
    "a",
    "an",
    "god",
    "christ",
    "jesus",
    "lord",
    "partnership",
    "humanity",
    "mankind",
    "people",
    "patients",
    "others",
    "communities",
    "community",
    "families",
    "those",
    "everyone",
    "you",
    "them",
    "us",
    "one",
];

/// True when word `k` is a possessive: "hospital's" is "hospital" + "s"; "clients'" ends in
/// an apostrophe.
fn possessive(text: &str, tokens: &[Token], k: usize) -> bool {
    let Some(t) = tokens.get(k) else { return false };
    tokens.get(k + 1).is_some_and(|n| n.text == "s" && joined(text, t.span.end..n.span.start))
        || (t.text.ends_with('s') && text[t.span.end..].starts_with(['\'', '’']))
}

fn word_is(tokens: &[Token], k: usize, w: &str) -> bool {
    tokens.get(k).is_some_and(|t| t.text == w)
}

fn capitalized(text: &str, t: &Token) -> bool {
    text[t.span.clone()].chars().next().is_some_and(|c| c.is_ascii_uppercase())
}

/// True when the gap between two words ends a clause: a sentence, a list item, a comma.
fn clause_break(text: &str, gap: Range<usize>) -> bool {
    text.get(gap).is_some_and(|g| g.chars().any(|c| ".;!?\n•:,—–".contains(c)))
}

/// Owners and investors: named as people the mission serves, returns to them are part of the
/// purpose even in a clause about means ("great care while growing shareholder value").
const OWNERS: [&str; 13] = [
    "franchisee",
    "franchisees",
    "shareholder",
    "shareholders",
    "investor",
    "investors",
    "owners",
    "equity",
    "stockholders",
    "sponsor",
    "sponsors",
    "own",
    "owns",
];

/// Organizations whose possessive, followed by a business measure, says the work serves their
/// numbers: "the medical center's share of volume", "our clients' results", "the plan's loss
/// ratio".
const OTHER_ORGANIZATIONS: [&str; 21] = [
    "hospital",
    "hospitals",
    "system",
    "systems",
    "plan",
    "center",
    "centre",
    "parent",
    "client",
    "clients",
    "partner",
    "partners",
    "sponsor",
    "network",
    "facility",
    "facilities",
    "owner",
    "employer",
    "employers",
    "sponsors",
    "plans",
];

/// Business measures that are another organization's ends when they follow "their" or its
/// possessive: "their Medicare margins", "their census".
const THEIR_MONEY: [&str; 16] = [
    "margin",
    "margins",
    "revenue",
    "revenues",
    "market",
    "markets",
    "census",
    "throughput",
    "bottom",
    "subsidies",
    "volume",
    "volumes",
    "profitability",
    "reimbursement",
    "penalties",
    "spend",
];

/// Measures that are another organization's ends only after an organization's possessive
/// ("the hospital's service-line strategy"), never after "their" ("patients reach their goals").
const ITS_AIMS: [&str; 43] = [
    "brand",
    "brands",
    "products",
    "sales",
    "share",
    "reach",
    "performance",
    "footprint",
    "line",
    "strategy",
    "strategic",
    "priorities",
    "targets",
    "goals",
    "results",
    "growth",
    "enrollment",
    "ratio",
    "metrics",
    "ratings",
    "referrals",
    "referral",
    "contracts",
    "objectives",
    "finances",
    "spend",
    "spending",
    "costs",
    "position",
    "business",
    "therapies",
    "drugs",
    "prescriptions",
    "lines",
    "cost",
    "absenteeism",
    "claims",
    "length",
    "readmission",
    "readmissions",
    "mix",
    "productive",
    "productivity",
];

/// Words that hold patients, cases or referrals somewhere: "keeping their referrals inside
/// the system", "retain cases within the network".
const CONTAIN: [&str; 8] = ["keep", "keeps", "keeping", "retain", "retains", "retaining", "hold", "holding"];

/// A system or network that things are kept inside.
/// A capitalized family ("the Example Regional family") is a system by another name.
const ENCLOSURES: [&str; 6] = ["system", "systems", "network", "networks", "family", "fold"];

/// Capacity that the work exists to fill: "so those programs stay full", "filling its beds".
const CAPACITY: [&str; 17] = [
    "beds",
    "programs",
    "ors",
    "slots",
    "hospitals",
    "census",
    "capacity",
    "units",
    "suites",
    "theatres",
    "lines",
    "rooms",
    "specialists",
    "surgeons",
    "schedule",
    "schedules",
    "chairs",
];

/// Spans where the work is stated as keeping patients, cases or referrals inside a system or
/// network, or as filling another's capacity: `subordinate` by shape, whatever the nouns.
fn containment(text: &str, tokens: &[Token]) -> Vec<Range<usize>> {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.text.as_str());
    // No sentence ends between `from` and `to` (commas may: "keeping their care, and their
    // referrals, inside the system").
    let mut out = Vec::new();
    for i in 0..tokens.len() {
        if CONTAIN.contains(&word(i)) {
            // keep … inside|within|in … the (Example Health) system
            let inside = (i + 1..tokens.len().min(i + 8)).find(|&k| matches!(word(k), "inside" | "within" | "in"));
            let closed = inside.and_then(|k| (k + 1..tokens.len().min(k + 6)).find(|&m| ENCLOSURES.contains(&word(m))));
            if let Some(m) = closed.filter(|&m| within_sentence(text, tokens, i, m)) {
                out.push(i..m + 1);
            }
        }
        if matches!(word(i), "fill" | "fills" | "filling") {
            // The capacity is the object itself ("fill its beds with …"), not a modifier
            // ("fill every schedule gap").
            let heads = |k: usize| {
                k + 1 == tokens.len()
                    || clause_break(text, tokens[k].span.end..tokens[k + 1].span.start)
                    || matches!(
                        word(k + 1),
                        "at" | "with" | "in" | "and" | "so" | "for" | "by" | "to" | "of" | "from" | "across"
                    )
            };
            let object = (i + 1..tokens.len().min(i + 7)).find(|&k| CAPACITY.contains(&word(k)) && heads(k));
            if let Some(k) = object.filter(|&k| within_sentence(text, tokens, i, k)) {
                out.push(i..k + 1);
            }
        }
        // "programs stay full", "keep its beds full", "operating rooms busy": full or busy at
        // the end of its phrase, not "a full range of programs".
        let ends_phrase = i + 1 == tokens.len()
            || clause_break(text, tokens[i].span.end..tokens[i + 1].span.start)
            || matches!(word(i + 1), "and" | "year" | "by" | "with" | "through" | "so");
        // "its imaging suites at capacity"
        let at_capacity = word(i) == "capacity" && i > 0 && word(i - 1) == "at";
        if (matches!(word(i), "full" | "busy") || at_capacity) && ends_phrase {
            let object = (i.saturating_sub(3)..i).find(|&k| CAPACITY.contains(&word(k)));
            if let Some(k) = object.filter(|&k| within_sentence(text, tokens, k, i)) {
                out.push(k..i + 1);
            }
        }
    }
    out
}

/// Verbs that send patients somewhere: "bring them to …", "directing our patients' needs to …".
const STEER: [&str; 19] = [
    "bring",
    "brings",
    "bringing",
    "direct",
    "directs",
    "directing",
    "steer",
    "steers",
    "steering",
    "route",
    "routes",
    "routing",
    "send",
    "sends",
    "sending",
    "channeling",
    "generate",
    "generates",
    "generating",
];

/// What is sent: patients, their cases or referrals, or "them".
const SENT: [&str; 10] =
    ["patients", "patient", "them", "cases", "referrals", "members", "needs", "care", "volume", "referral"];

/// Nouns that make a capitalized name an institution: "the Valley Heart Institute",
/// "Brookfield facilities".
const INSTITUTIONS: [&str; 14] = [
    "hospital",
    "hospitals",
    "center",
    "centre",
    "institute",
    "clinic",
    "clinics",
    "facility",
    "facilities",
    "system",
    "network",
    "health",
    "laboratory",
    "labs",
];

/// Spans where the work is stated as sending patients (their cases, referrals or needs) to a
/// named institution that is not the organization itself: `subordinate` by shape. "Bring
/// them to the Valley Heart Institute", not "bring care to patients" or "direct patients to
/// the services they need".
fn steering(text: &str, tokens: &[Token], masked: &[bool]) -> Vec<Range<usize>> {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.text.as_str());
    let mut out = Vec::new();
    for i in 0..tokens.len() {
        if !STEER.contains(&word(i)) {
            continue;
        }
        // The thing sent comes before "to"/"into"; "bring care to patients" sends no patients.
        let Some(to) =
            (i + 1..tokens.len().min(i + 9)).find(|&k| matches!(word(k), "to" | "into" | "toward" | "towards"))
        else {
            continue;
        };
        if !(i + 1..to).any(|k| SENT.contains(&word(k))) || word(i + 1) == "care" {
            continue;
        }
        // A named institution: a capitalized word, not the organization's own name, then an
        // institution noun.
        let end = tokens.len().min(to + 6);
        let named = (to + 1..end).find(|&k| names_other(text, tokens, masked, k));
        let institution = named.and_then(|n| (n..end).find(|&k| INSTITUTIONS.contains(&word(k))));
        if let Some(k) = institution.filter(|&k| within_sentence(text, tokens, i, k)) {
            out.push(i..k + 1);
        }
    }
    out
}

/// Verbs that make an institution the beneficiary when it is their object in the purpose
/// position: "exists to support the hospital", "to strengthen Example Medical Center".
const BACK: [&str; 16] = [
    "support",
    "supports",
    "strengthen",
    "strengthens",
    "sustain",
    "serve",
    "protect",
    "grow",
    "expand",
    "extend",
    "build",
    "feed",
    "feeds",
    "benefit",
    "advance",
    "bolster",
];

/// Institution nouns that, after "the" or "its", name another organization as a whole:
/// "the hospital", "its parent", "the system".
const WHOLE: [&str; 8] = ["hospital", "system", "center", "centre", "parent", "network", "institute", "plan"];

/// Spans where what the organization is for is stated as backing another institution:
/// "exists to support the hospital", "our mission is to strengthen Example Regional Medical
/// Center". The verb must open the purpose (after "to" that follows "exist", "mission",
/// "purpose", "aim" or "role", or at the start of a sentence), and the institution must be
/// the whole object: "to serve the hospital's patients" and "to support hospitals in the
/// region" are not it, nor is the organization's own name (`masked`).
fn backing(text: &str, tokens: &[Token], masked: &[bool]) -> Vec<Range<usize>> {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.text.as_str());
    let starts_sentence = |k: usize| {
        k == 0 || text[tokens[k - 1].span.end..tokens[k].span.start].contains(['.', ';', '!', '?', '\n', ':', '•'])
    };
    let mut out = Vec::new();
    for i in 0..tokens.len() {
        if !BACK.contains(&word(i)) {
            continue;
        }
        // "We support …" opens a purpose only for a parent or another's named strategy: "We
        // support the hospital by staffing its emergency room" describes a service.
        let we_opened = i >= 1 && word(i - 1) == "we" && starts_sentence(i - 1);
        let opens = starts_sentence(i)
            || we_opened
            || (i >= 1
                && word(i - 1) == "to"
                && (starts_sentence(i - 1)
                    || (i.saturating_sub(5)..i - 1)
                        .any(|k| matches!(word(k), "exist" | "exists" | "mission" | "purpose" | "aim" | "role"))));
        if !opens {
            continue;
        }
        // Growing another institution's programs is growing the institution: "to grow Example
        // Medical Center's cardiac programs" (not "to serve the hospital's patients").
        if matches!(word(i), "grow" | "expand" | "build" | "strengthen" | "feed" | "feeds" | "bolster" | "extend") {
            let from = if word(i + 1) == "the" { i + 2 } else { i + 1 };
            let named = names_other(text, tokens, masked, from);
            let end = tokens.len().min(from + 6);
            let run_end = named.then(|| capitalized_run_end(text, tokens, from, end));
            if let Some(k) = run_end.filter(|&k| INSTITUTIONS.contains(&word(k)) && word(k + 1) == "s") {
                out.push(i..k + 2);
                continue;
            }
        }
        // The object ends where its phrase ends: a clause break, the end, or a word that
        // starts a new phrase. A possessive ("the hospital's patients") is not the whole.
        let ends = |k: usize| {
            k + 1 == tokens.len()
                || clause_break(text, tokens[k].span.end..tokens[k + 1].span.start)
                || matches!(word(k + 1), "by" | "and" | "through" | "with" | "as" | "in" | "so" | "while" | "to")
        };
        // The noun phrase after the verb: up to its end, at most four words.
        let Some(last) = (i + 1..tokens.len().min(i + 6)).find(|&k| ends(k)) else { continue };
        let phrase = i + 1..last + 1;
        let whole = WHOLE.contains(&word(last)) || INSTITUTIONS.contains(&word(last));
        let own_name = masked[phrase.clone()].iter().any(|&m| m);
        let named_strategy = word(i + 1) == "the"
            && matches!(word(last), "strategy" | "plan" | "priorities")
            && (i + 2..=last).all(|k| capitalized(text, &tokens[k]));
        let parent = phrase.clone().any(|k| word(k) == "parent");
        if we_opened && !named_strategy && !parent {
            continue;
        }
        let object = match word(i + 1) {
            // "the hospital", "the parent health system", "its parent system", or another's
            // named strategy or plan ("the National Example Strategy")
            "the" => WHOLE.contains(&word(last)) || named_strategy,
            "its" | "our" => parent && whole,
            // "Example Regional Medical Center": capitalized words ending in an institution
            _ => whole && !NOT_PLACES.contains(&word(i + 1)) && phrase.clone().all(|k| capitalized(text, &tokens[k])),
        };
        if object && !own_name {
            out.push(i..last + 1);
        }
    }
    out
}

/// Those a business serves: clients, employers, customers, the hospitals it contracts with.
const CLIENTS: [&str; 14] = [
    "client",
    "clients",
    "pharmacies",
    "manufacturers",
    "employers",
    "customers",
    "hospitals",
    "systems",
    "practices",
    "payers",
    "plans",
    "sponsors",
    "partners",
    "companies",
];

/// Verbs of a business gain: "help our clients grow revenue", "hit their targets".
const GAINS: [&str; 20] = [
    "grow", "increase", "capture", "hit", "meet", "boost", "maximize", "maximise", "protect", "lower", "reduce", "cut",
    "improve", "achieve", "raise", "shorten", "drive", "more", "win", "fill",
];

/// Money a business gains or saves for someone.
const FOR_CLIENTS: [&str; 21] = [
    "prescriptions",
    "throughput",
    "sales",
    "savings",
    "roi",
    "revenue",
    "revenues",
    "margin",
    "margins",
    "spend",
    "volume",
    "targets",
    "admissions",
    "profitable",
    "ratings",
    "metrics",
    "referrals",
    "procedures",
    "cases",
    "business",
    "collections",
];

/// Commercial clients whose reach to patients is the product: "help pharmaceutical brands
/// reach the right patients".
const SELLERS: [&str; 5] = ["brands", "manufacturers", "advertisers", "sellers", "makers"];

/// Spans where the work is stated as clients' financial results: "help our health-system
/// clients grow patient volume and capture revenue", "deliver savings for the employers we
/// serve". `subordinate` by shape; not in a clause about means, and not "lower costs for
/// patients" (patients are not clients, and costs alone are not a business result).
fn clients_results(
    text: &str,
    tokens: &[Token],
    masked: &[bool],
    means: &[bool],
    denied: &[bool],
) -> Vec<Range<usize>> {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.text.as_str());
    // One sentence: a list of the client's results may run over commas ("shorten length of
    // stay, optimize documentation and capture reimbursement").
    let same_clause = |from: usize, to: usize| (from..to).all(|k| !break_after(text, tokens, k, &SENTENCE_OR_COLON));
    let money = |k: usize| FOR_CLIENTS.contains(&word(k)) || THEIR_MONEY.contains(&word(k));
    let mut out = Vec::new();
    for i in 0..tokens.len() {
        if means[i] || denied[i] {
            continue;
        }
        // clients … grow … revenue
        if CLIENTS.contains(&word(i)) {
            let gain = (i + 1..tokens.len().min(i + 4)).find(|&k| GAINS.contains(&word(k)));
            let first = gain.and_then(|g| (g + 1..tokens.len().min(g + 10)).find(|&k| money(k)));
            if let Some(m) = first.filter(|&m| same_clause(i, m)) {
                // Through the last money word of the clause ("… and capture revenue").
                let last = (m..tokens.len().min(m + 8))
                    .take_while(|&k| k == m || same_clause(m, k))
                    .filter(|&k| money(k))
                    .last();
                out.push(i..last.unwrap_or(m) + 1);
            }
        }
        // savings for (the) employers, admissions for our affiliated hospital
        // Costs count only for clients by trade: "costs for the companies that hire us", not
        // "lower costs for the hospital's patients".
        let costs = matches!(word(i), "cost" | "costs");
        if (FOR_CLIENTS.contains(&word(i)) || costs) && matches!(word(i + 1), "for" | "to") {
            let determined = matches!(word(i + 2), "the" | "our" | "their" | "its");
            let k = if determined { i + 3 } else { i + 2 };
            // A client ("for employers"), or one institution, perhaps after one word ("for
            // our affiliated hospital").
            let named = names_other(text, tokens, masked, k);
            let found = if CLIENTS.contains(&word(k)) {
                Some(k)
            } else if named {
                // "volume for Example Hospital('s service lines)"
                Some(capitalized_run_end(text, tokens, k, tokens.len().min(k + 5)))
                    .filter(|&e| INSTITUTIONS.contains(&word(e)))
            } else if determined {
                [k, k + 1].into_iter().find(|&m| WHOLE.contains(&word(m)) || CLIENTS.contains(&word(m)))
            } else {
                None
            };
            let possessive = word_is(tokens, found.map_or(0, |k| k + 1), "s") && !named;
            let found = found.filter(|&k| !costs || CLIENTS.contains(&word(k)));
            if let Some(k) = found.filter(|_| !possessive) {
                out.push(i..k + 1);
            }
        }
        // help … pharmaceutical partners …: a commercial client named by its trade
        if matches!(word(i), "pharmaceutical" | "pharma" | "biopharma" | "drug" | "device" | "sciences")
            && (i + 1..tokens.len().min(i + 3)).any(|k| CLIENTS.contains(&word(k)) || word(k) == "companies")
            && (i.saturating_sub(4)..i).any(|k| {
                matches!(word(k), "help" | "helps" | "helping" | "serve" | "serves" | "behalf" | "for")
                    || (matches!(word(k), "partners" | "partner" | "partnering") && word(k + 1) == "with")
            })
        {
            out.push(i..i + 2);
        }
        // help … brands reach …
        if SELLERS.contains(&word(i))
            && (i.saturating_sub(3)..i).any(|k| matches!(word(k), "help" | "helps" | "helping"))
        {
            out.push(i..i + 1);
        }
    }
    out
}

/// The last word of the run of capitalized words that starts at `from` (before `end`): a name
/// is an institution only when its last word is one ("Example Health", not "Example Health
/// Association").
fn capitalized_run_end(text: &str, tokens: &[Token], from: usize, end: usize) -> usize {
    // The run stops at punctuation: "… Medical Center. We …" ends at "Center"; "St. Aldric
    // Medical Center" is one run.
    (from..end)
        .take_while(|&k| capitalized(text, &tokens[k]) && (k == from || name_joined(text, tokens, k)))
        .last()
        .unwrap_or(from)
}

/// Abbreviations that end in a period inside a name: "St. Aldric", "Mt. Sinai".
const NAME_ABBREVIATIONS: [&str; 4] = ["st", "mt", "ft", "dr"];

/// True when words `k - 1` and `k` are parts of one name: joined, or after an abbreviation's
/// period ("St. Aldric").
fn name_joined(text: &str, tokens: &[Token], k: usize) -> bool {
    let gap = tokens[k - 1].span.end..tokens[k].span.start;
    joined(text, gap.clone())
        || (NAME_ABBREVIATIONS.contains(&tokens[k - 1].text.as_str()) && text.get(gap).is_some_and(|g| g == ". "))
}

/// What an organization that names itself a part of another calls itself: "the
/// care-delivery arm", "the post-acute engine", "the front door".
const ROLES: [&str; 7] = ["arm", "engine", "gateway", "door", "feeder", "pipeline", "point"];

/// Spans where the organization states that it is another organization's arm: "We serve as
/// the care-delivery arm of Example Insurance", "As the ambulatory arm of St. Example Health,
/// …", "is the home health arm of the parent system". `subordinate` by shape: it names itself
/// a part whose work is set by another. Not its own name (`masked`), and not an academic
/// parent ("the clinical arm of the School of Medicine" is the teaching structure).
fn arm_of(text: &str, tokens: &[Token], masked: &[bool]) -> Vec<Range<usize>> {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.text.as_str());
    let mut out = Vec::new();
    for i in 1..tokens.len() {
        if !ROLES.contains(&word(i)) || !matches!(word(i + 1), "of" | "for") {
            continue;
        }
        // "the … arm", claimed by "as", "is", "are" or "be" just before the article.
        let Some(the) = (i.saturating_sub(4)..i).rev().find(|&k| word(k) == "the") else { continue };
        if the == 0 || !matches!(word(the - 1), "as" | "is" | "are" | "be" | "being") {
            continue;
        }
        let from = if matches!(word(i + 2), "the" | "its" | "our") { i + 3 } else { i + 2 };
        let end = tokens.len().min(from + 5);
        let named = names_other(text, tokens, masked, from);
        let last = if named {
            capitalized_run_end(text, tokens, from, end)
        } else {
            match (from..end).find(|&k| WHOLE.contains(&word(k)) || INSTITUTIONS.contains(&word(k))) {
                Some(k) if matches!(word(i + 2), "the" | "its" | "our") => k,
                _ => continue,
            }
        };
        let academic = (from..=last).any(|k| matches!(word(k), "university" | "school" | "college" | "faculty"));
        if !academic && !masked[from..=last].iter().any(|&m| m) {
            out.push(i..last + 1);
        }
    }
    out
}

/// Words by which something stays with an institution: "revenue stays with Example Health".
const STAYS: [&str; 5] = ["stays", "stay", "remains", "remain", "staying"];

/// Spans where patients, cases, referrals or money are stated as staying with a named
/// institution or inside a system: "so that infusion revenue stays with Example Health",
/// "referrals remain within the network". `subordinate` by shape; not "patients stay in the
/// hospital" (no institution named) or "stay in Vermont" (a place, not an institution).
fn kept_with(text: &str, tokens: &[Token], masked: &[bool]) -> Vec<Range<usize>> {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.text.as_str());
    let mut out = Vec::new();
    for i in 1..tokens.len() {
        if !STAYS.contains(&word(i)) || !matches!(word(i + 1), "with" | "within" | "inside" | "in") {
            continue;
        }
        // What stays, just before the verb in the same clause.
        let Some(what) = (i.saturating_sub(4)..i)
            .rev()
            .take_while(|&k| !clause_break(text, tokens[k].span.end..tokens[k + 1].span.start))
            .find(|&k| SENT.contains(&word(k)) || THEIR_MONEY.contains(&word(k)))
        else {
            continue;
        };
        let end = tokens.len().min(i + 7);
        let from = if matches!(word(i + 2), "the" | "its" | "our") { i + 3 } else { i + 2 };
        let enclosure = (from..end).find(|&k| ENCLOSURES.contains(&word(k)));
        let named = names_other(text, tokens, masked, from);
        let institution =
            named.then(|| capitalized_run_end(text, tokens, from, end)).filter(|&k| INSTITUTIONS.contains(&word(k)));
        if let Some(k) = institution.or(enclosure) {
            out.push(what..k + 1);
        }
    }
    out
}

/// Measures that are another's ends when they are "of" a named or parent institution: "the
/// loss ratio of Example Health Plan", "the strategic plan of our parent system".
const OF_MEASURES: [&str; 19] = [
    "ratio",
    "share",
    "strategic",
    "strategy",
    "priorities",
    "targets",
    "plan",
    "growth",
    "goals",
    "line",
    "lines",
    "reach",
    "footprint",
    "brand",
    "plans",
    "franchise",
    "business",
    "position",
    "interests",
];

/// Spans where the work is stated as a named or parent institution's measure, written with
/// "of": `subordinate`, as the possessive form is. Not "the performance of the health system"
/// (no institution named) nor the organization's own name.
fn measures_of(text: &str, tokens: &[Token], masked: &[bool]) -> Vec<Range<usize>> {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.text.as_str());
    let mut out = Vec::new();
    for i in 0..tokens.len() {
        let m = word(i);
        if !(OF_MEASURES.contains(&m) || THEIR_MONEY.contains(&m) || matches!(m, "spend" | "spending")) {
            continue;
        }
        let Some(of) = (i + 1..tokens.len().min(i + 3)).find(|&k| word(k) == "of") else { continue };
        let from = if matches!(word(of + 1), "the" | "its" | "our") { of + 2 } else { of + 1 };
        let end = tokens.len().min(from + 5);
        // A parent, an owner, or a partner named by its possessive ("the growth of our dialysis
        // partner's network"; not "the growth of our partner physicians").
        let parent = (from..end).find(|&k| {
            matches!(word(k), "parent" | "owner" | "owners")
                || (matches!(word(k), "partner" | "partners") && possessive(text, tokens, k))
        });
        let named = names_other(text, tokens, masked, from);
        let institution = named
            .then(|| capitalized_run_end(text, tokens, from, end))
            .filter(|&k| INSTITUTIONS.contains(&word(k)) || word(k) == "plan");
        // Clients' money written with "of": "the pharmacy spend of the health plans we serve".
        let clients = (THEIR_MONEY.contains(&m) || matches!(m, "spend" | "spending"))
            .then(|| (from..tokens.len().min(from + 3)).find(|&k| CLIENTS.contains(&word(k))))
            .flatten();
        if let Some(k) = institution.or(parent).or(clients) {
            out.push(i..k + 1);
        }
    }
    out
}

/// Spans where a share of a market is the aim, in any words: "capture a leading share of the
/// Medicare Advantage primary care market", "grow our share of joint replacements". Read as
/// money first where it is the purpose, like the lexicon's phrases.
fn market_share(text: &str, tokens: &[Token]) -> Vec<Range<usize>> {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.text.as_str());
    let mut out = Vec::new();
    for i in 0..tokens.len() {
        if word(i) != "share" || word(i + 1) != "of" {
            continue;
        }
        let market = (i + 2..tokens.len().min(i + 10)).find(|&k| matches!(word(k), "market" | "markets"));
        let gained = (i.saturating_sub(4)..i).find(|&k| {
            matches!(
                word(k),
                "capture" | "capturing" | "grow" | "growing" | "expand" | "increase" | "gain" | "win" | "take"
            )
        });
        if let Some(k) = market.filter(|&k| within_sentence(text, tokens, i, k)) {
            out.push(i..k + 1);
        } else if let Some(g) = gained {
            out.push(g..i + 2);
        }
    }
    out
}

/// Words that rank an organization in its market by size: "the largest home health operator
/// in the Midwest".
const RANKS: [&str; 3] = ["largest", "dominant", "biggest"];

/// Words that rank it by standing. They name a market position only with a verb of getting
/// there ("to become the leading …", "establishing ourselves as the premier …"): "to be the
/// leading healthcare provider in the region" is as often a claim of quality as of share.
const STANDINGS: [&str; 4] = ["leading", "premier", "foremost", "preferred"];

/// What is ranked: a provider, not a field ("the leading source of discovery" is not it).
const OPERATORS: [&str; 17] = [
    "provider",
    "providers",
    "operator",
    "hospital",
    "hospitals",
    "system",
    "network",
    "platform",
    "group",
    "chain",
    "company",
    "organization",
    "organisation",
    "practice",
    "center",
    "centre",
    "brand",
];

/// Spans where the organization states its aim as a rank in a market it names: by size ("to
/// become the largest home health operator in the Midwest", "the most valuable primary care
/// company in America"), or a standing to reach ("establishing ourselves as the premier eye
/// hospital in Africa"). `profit_first` by shape (the rubric: market position as the aim).
/// Not "the leading source of discovery" (no provider), "the best hospital in the region" (a
/// wish to be good), or "the largest children's hospital in the world" (a reputation, not a
/// market).
fn market_position(text: &str, tokens: &[Token], masked: &[bool]) -> Vec<Range<usize>> {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.text.as_str());
    let same_clause =
        |from: usize, to: usize| (from..to).all(|k| !clause_break(text, tokens[k].span.end..tokens[k + 1].span.start));
    let mut out = Vec::new();
    for i in 1..tokens.len() {
        // "the largest …", "the region's biggest …", "the most valuable … company".
        let by_size = (RANKS.contains(&word(i)) && matches!(word(i - 1), "the" | "s"))
            || (word(i) == "one" && i >= 2 && word(i - 1) == "number" && word(i - 2) == "the")
            || (word(i) == "valuable" && i >= 2 && word(i - 1) == "most" && word(i - 2) == "the");
        let by_standing = STANDINGS.contains(&word(i)) && matches!(word(i - 1), "the" | "s");
        if !by_size && !by_standing {
            continue;
        }
        // The organization defines itself by the rank: "be", "become", "as" just before; a
        // standing only as one to reach ("become", "establishing ourselves as").
        let claimed = (i.saturating_sub(5)..i - 1).any(|k| {
            let w = word(k);
            if by_size {
                matches!(w, "be" | "become" | "becoming" | "being" | "as" | "remain" | "remaining")
            } else {
                matches!(w, "become" | "becoming") || (w == "as" && k >= 1 && word(k - 1) == "ourselves")
            }
        });
        if !claimed {
            continue;
        }
        let Some(head) = (i + 1..tokens.len().min(i + 5)).find(|&k| OPERATORS.contains(&word(k))) else { continue };
        let Some(at) = (head + 1..tokens.len().min(head + 8))
            .find(|&k| matches!(word(k), "in" | "across" | "throughout") && same_clause(i, k))
        else {
            continue;
        };
        let from = if word(at + 1) == "the" { at + 2 } else { at + 1 };
        let named = names_other(text, tokens, masked, from) && word(from) != "world";
        let market = match word(at + 1) {
            "the" => matches!(word(from), "region" | "state" | "country" | "nation" | "market" | "markets"),
            "our" | "its" | "each" | "every" => matches!(word(at + 2), "market" | "markets" | "region" | "regions"),
            _ => false,
        };
        if named || market {
            out.push(i..from + 1);
        }
    }
    out
}

/// Where a sentence concedes something before stating its purpose: "We answer to
/// shareholders, but our purpose is our patients". Words before "but"/"yet" are conceded
/// when the words right after it state the purpose; "returns, but never at the expense of
/// care" concedes nothing.
fn concessions(text: &str, tokens: &[Token]) -> Vec<bool> {
    let mut out = vec![false; tokens.len()];
    let mut sentence_start = 0;
    for i in 0..tokens.len() {
        if i > 0 && break_after(text, tokens, i - 1, &SENTENCE_MARKS) {
            sentence_start = i;
        }
        if matches!(tokens[i].text.as_str(), "but" | "yet") {
            let states_purpose = (i + 1..tokens.len().min(i + 5))
                .any(|k| matches!(tokens[k].text.as_str(), "purpose" | "mission" | "exist" | "exists" | "reason"));
            if states_purpose {
                out[sentence_start..i].iter_mut().for_each(|c| *c = true);
            }
        }
    }
    out
}

/// Spans where the work is stated as another organization's business measures: `subordinate`.
/// The organization is a common noun ("the hospital's", "our clients'") or, unless it is the
/// organization's own name (`masked`), a capitalized one ("Example Health's reach").
fn others_measures(text: &str, tokens: &[Token], masked: &[bool]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        let word = t.text.as_str();
        let possessive = possessive(text, tokens, i);
        let named = i > 0 && capitalized(text, t) && !masked[i] && !NOT_PLACES.contains(&word);
        // Not the organization's own ("the hospital's growth" in a hospital's statement).
        let institution = (OTHER_ORGANIZATIONS.contains(&word) || named) && possessive && !masked[i];
        if word != "their" && !institution {
            continue;
        }
        // "their" whose nearest organization before it in the sentence is a client ("partners
        // with hospitals to improve the numbers that decide their financial health") reads as
        // that organization's possessive.
        let sentence_start = (0..i).rev().find(|&k| break_after(text, tokens, k, &SENTENCE_MARKS)).map_or(0, |k| k + 1);
        let clients_their = word == "their"
            && (sentence_start..i)
                .rev()
                .find(|&k| {
                    CLIENTS.contains(&tokens[k].text.as_str())
                        || matches!(
                            tokens[k].text.as_str(),
                            "patients" | "people" | "members" | "families" | "communities"
                        )
                })
                .is_some_and(|k| CLIENTS.contains(&tokens[k].text.as_str()));
        let from = if word != "their" && tokens.get(i + 1).is_some_and(|n| n.text == "s") { i + 2 } else { i + 1 };
        // The measure, and any that follow it in the same phrase ("share of … volume"), in
        // the same sentence.
        let found = (from..tokens.len().min(from + 6))
            .take_while(|&k| {
                k == from
                    || (!break_after(text, tokens, k - 1, &SENTENCE_MARKS)
                        && !MEANS.contains(&tokens[k - 1].text.as_str()))
            })
            .filter(|&k| {
                let m = tokens[k].text.as_str();
                // After a client's "their", only money and targets: "their employees can reach a
                // doctor" names no business measure.
                let money = matches!(
                    m,
                    "financial"
                        | "budget"
                        | "budgets"
                        | "spend"
                        | "spending"
                        | "targets"
                        | "products"
                        | "sales"
                        | "prescriptions"
                );
                THEIR_MONEY.contains(&m)
                    || (institution && !clients_their && ITS_AIMS.contains(&m))
                    || (clients_their && money)
            })
            .last();
        if let Some(k) = found {
            out.push(i..k + 1);
        }
    }
    out
}

/// Words that make money in their clause a means wherever they stand ("revenue is
/// reinvested in care", "every dollar of margin goes back into care", "margin funds …").
const REINVEST: [&str; 8] = ["reinvest", "reinvests", "reinvesting", "reinvested", "back", "fund", "funds", "funding"];

/// Verbs by which money goes somewhere: "every dollar returns to our purpose", "revenue
/// goes toward patient care".
const FLOWS: [&str; 13] = [
    "returns", "return", "goes", "go", "flows", "flow", "directed", "put", "supports", "sustains", "serves", "support",
    "sustain",
];

/// What money can flow to that makes it a means: the purpose itself, care, patients.
const PURPOSES: [&str; 10] = [
    "purpose",
    "mission",
    "care",
    "patients",
    "patient",
    "community",
    "communities",
    "research",
    "services",
    "ministry",
];

/// True when token `i` is a verb by which the clause's money goes to the purpose: "every
/// dollar of revenue returns to our purpose", "margin supports our mission", not "returns to
/// our shareholders".
fn flows_to_purpose(tokens: &[Token], i: usize) -> bool {
    if !FLOWS.contains(&tokens[i].text.as_str())
        && !matches!(tokens[i].text.as_str(), "lets" | "let" | "allows" | "enables" | "helps" | "gives")
    {
        return false;
    }
    let word = |k: usize| tokens.get(k).map_or("", |t| t.text.as_str());
    // "revenue lets us keep our doors open": money that enables the work is a means.
    if matches!(word(i), "lets" | "let" | "allows" | "enables" | "helps" | "gives") && word(i + 1) == "us" {
        return true;
    }
    let direct = matches!(word(i), "supports" | "sustains" | "serves" | "support" | "sustain");
    let from = if direct {
        i + 1
    } else {
        match (i + 1..i + 3).find(|&k| matches!(word(k), "to" | "into" | "toward" | "towards")) {
            Some(k) => k + 1,
            None => return false,
        }
    };
    (from..from + 3).any(|k| PURPOSES.contains(&word(k)))
}

/// Words that deny what follows in their clause: "our mission is not a financial one",
/// "to eliminate profit margins", "care without regard to profit", and those that set it
/// aside: "whatever their insurance or income", "regardless of income".
const DENIALS: [&str; 10] =
    ["not", "no", "never", "nor", "eliminate", "eliminating", "without", "whatever", "regardless", "irrespective"];

/// Where each word stands in its clause, in one pass: `(means, denied)`. A word is in a clause
/// about means after a word that opens one ("by", "through", "while" …), or anywhere in a
/// clause about reinvesting; it is denied after a word that denies it.
fn clause_context(text: &str, tokens: &[Token]) -> (Vec<bool>, Vec<bool>) {
    let mut means = vec![false; tokens.len()];
    let mut denied = vec![false; tokens.len()];
    let (mut in_means, mut in_denial, mut clause_start) = (false, false, 0);
    for (i, t) in tokens.iter().enumerate() {
        if i > 0 && clause_break(text, tokens[i - 1].span.end..t.span.start) {
            (in_means, in_denial, clause_start) = (false, false, i);
        }
        means[i] = in_means;
        denied[i] = in_denial;
        let next = tokens.get(i + 1).map(|n| n.text.as_str());
        // "so" opens a means clause only as "so we" or "so it" ("so we can keep our doors
        // open"), and not after "exists"; "so that" states the purpose of what came before it.
        let after_exist = i > 0 && matches!(tokens[i - 1].text.as_str(), "exist" | "exists" | "existed");
        let so_ok = t.text != "so" || (matches!(next, Some("we" | "it")) && !after_exist);
        in_means |= so_ok && MEANS.contains(&t.text.as_str());
        // "back" only as "goes back into …", not "pays back".
        let back_into = t.text != "back" || next == Some("into");
        // "fund" as a verb ("margin funds new clinics"), not a noun ("a strong exit for our fund").
        let noun = i > 0 && matches!(tokens[i - 1].text.as_str(), "our" | "the" | "a" | "its" | "their" | "investment");
        if (back_into && !noun && REINVEST.contains(&t.text.as_str())) || flows_to_purpose(tokens, i) {
            means[clause_start..i].iter_mut().for_each(|m| *m = true);
            in_means = true;
        }
        in_denial |= DENIALS.contains(&t.text.as_str());
    }
    // A sentence that says its money is not the purpose: "Margins are a means, never the
    // mission", "Revenue is not our purpose". Everything before the denial is denied.
    let mut sentence_start = 0;
    for i in 0..tokens.len() {
        if i > 0 && break_after(text, tokens, i - 1, &SENTENCE_MARKS) {
            sentence_start = i;
        }
        let word = |k: usize| tokens.get(k).map_or("", |t| t.text.as_str());
        let denies_purpose = matches!(word(i), "never" | "not")
            && (i + 1..tokens.len().min(i + 4)).any(|k| {
                matches!(
                    word(k),
                    "mission" | "purpose" | "goal" | "aim" | "point" | "reason" | "priorities" | "priority"
                )
            });
        let a_means = word(i) == "a" && word(i + 1) == "means" && i > sentence_start;
        if denies_purpose || a_means {
            denied[sentence_start..i].iter_mut().for_each(|d| *d = true);
        }
    }
    (means, denied)
}

/// The words of the statement that are the organization's own name, which is never
/// evidence: a run of capitalized words of the name ("Nationwide Children's Hospital") that
/// holds the name's first word or three of its words, or the first word alone as a subject
/// or possessive ("Presbyterian exists to …", "Huntsman's mission"). A place that only
/// shares a word with the name ("people in King County") is not the name.
fn name_mask(text: &str, tokens: &[Token], name: &str) -> Vec<bool> {
    let mut out = vec![false; tokens.len()];
    // "Mercy Hospital (Springfield)": the bracket tells two organizations apart; it is not
    // the name, so a place it holds still counts when the statement names it.
    // So does what follows a comma: "Example Primary Care, a Parent Health Plan company".
    let name = name.split(['(', '[', ',']).next().unwrap_or(name);
    let name_words: Vec<String> = tokenize(name).into_iter().map(|t| t.text).collect();
    let Some(first) = name_words.first() else { return out };
    let in_name = |k: usize| capitalized(text, &tokens[k]) && name_words.contains(&tokens[k].text);
    let name_is_institution = name_words.iter().any(|w| INSTITUTIONS.contains(&w.as_str()));
    // Another institution named with the name's first word ("Bellamy Regional Medical
    // Center" in the statement of "Bellamy Health Partners"): then "Bellamy's" alone may be
    // either, and is not taken as the name.
    let first_shared = name_is_institution
        && (0..tokens.len()).any(|k| {
            tokens[k].text == *first
                && capitalized(text, &tokens[k])
                && (k + 1..tokens.len())
                    .take_while(|&m| {
                        capitalized(text, &tokens[m])
                            && !name_words.contains(&tokens[m].text)
                            && joined(text, tokens[m - 1].span.end..tokens[m].span.start)
                    })
                    .any(|m| INSTITUTIONS.contains(&tokens[m].text.as_str()))
        });
    let mut i = 0;
    while i < tokens.len() {
        if !in_name(i) {
            i += 1;
            continue;
        }
        // A run of name words, allowing "of", "and", "the" and a possessive "s" between them.
        let mut end = i + 1;
        let mut last = i;
        while end < tokens.len() {
            if in_name(end) {
                last = end;
            } else if !matches!(tokens[end].text.as_str(), "of" | "and" | "the" | "s") {
                break;
            }
            end += 1;
        }
        let words = (i..=last).filter(|&k| in_name(k)).count();
        let has_first = (i..=last).any(|k| tokens[k].text == *first);
        // Another institution that shares the name's first words: "Summit Heart Institute"
        // in the statement of "Summit Heart Clinics", or "residents of Hamilton County" in
        // that of "Hamilton County Public Health". When the name itself ends in a kind of
        // institution, a run that goes on to a different institution noun or a kind of place
        // names something else.
        let other_kind = (last + 1..tokens.len())
            .take_while(|&k| {
                capitalized(text, &tokens[k])
                    && !in_name(k)
                    && joined(text, tokens[k - 1].span.end..tokens[k].span.start)
            })
            .any(|k| INSTITUTIONS.contains(&tokens[k].text.as_str()));
        // "the people of the Alcott Valley" as well as "residents of Hamilton County".
        let before = if i > 1 && tokens[i - 1].text == "the" { Some(i - 2) } else { i.checked_sub(1) };
        let place_kind = matches!(tokens[last].text.as_str(), "county" | "city" | "parish" | "valley" | "region")
            && before
                .is_some_and(|b| matches!(tokens[b].text.as_str(), "of" | "in" | "across" | "throughout" | "within"))
            && last + 1 - i < name_words.len()
            && name_words.last().is_some_and(|w| w != &tokens[last].text);
        if (other_kind && name_is_institution) || place_kind {
            i = last + 1;
            continue;
        }
        // "Saltcote Heart Institute" in the statement of "Saltcote Heart Institute Outreach
        // Clinics": the name's first words, ending in an institution, with the name going on to
        // a unit of it, name the parent, not the organization.
        let prefix_len = (i..=last).filter(|&k| in_name(k)).count();
        let is_prefix =
            (i..=last).filter(|&k| in_name(k)).map(|k| &tokens[k].text).eq(name_words.iter().take(prefix_len));
        let parent_prefix = is_prefix
            && prefix_len < name_words.len()
            && matches!(
                tokens[last].text.as_str(),
                "hospital" | "center" | "centre" | "institute" | "clinic" | "system"
            )
            && name_words[prefix_len..].iter().any(|w| {
                INSTITUTIONS.contains(&w.as_str())
                    || matches!(
                        w.as_str(),
                        "outreach" | "partners" | "group" | "physicians" | "associates" | "services"
                    )
            });
        if parent_prefix {
            i = last + 1;
            continue;
        }
        // "the Rehabilitation Hospital" for "Lee Health Rehabilitation Hospital": two or more of
        // the name's last words are the name.
        let has_last = name_words.last().is_some_and(|w| tokens[last].text == *w)
            && INSTITUTIONS.contains(&tokens[last].text.as_str());
        let alone_as_subject = words == 1
            && has_first
            && (i == 0
                || clause_break(text, tokens[i - 1].span.end..tokens[i].span.start)
                || (tokens.get(i + 1).is_some_and(|n| n.text == "s") && !first_shared));
        if words >= 3 || (words >= 2 && (has_first || has_last)) || alone_as_subject {
            out[i..=last].iter_mut().for_each(|m| *m = true);
        }
        i = last + 1;
    }
    // "the hospital" in the statement of a hospital ("Upson Regional Medical Center", "Mercy
    // Hospital") is the organization itself: "sustain the hospital's growth".
    let is_hospital = name_words.last().is_some_and(|w| matches!(w.as_str(), "hospital" | "infirmary"))
        || name_words.windows(2).any(|w| w[0] == "medical" && matches!(w[1].as_str(), "center" | "centre"));
    if is_hospital {
        for k in 1..tokens.len() {
            if tokens[k].text == "hospital"
                && !capitalized(text, &tokens[k])
                && matches!(tokens[k - 1].text.as_str(), "the" | "our" | "this")
            {
                out[k] = true;
            }
        }
    }
    out
}

/// Words of direction that may stand between "in" and a place: "in northern Sweden".
const DIRECTIONS: [&str; 14] = [
    "upper", "lower", "northern", "southern", "eastern", "western", "central", "greater", "north", "south", "east",
    "west", "rural", "coastal",
];

/// Places named by capitalization: "in Ireland", "across King County", "in the Southeast".
/// Skipped when most words are capitalized (a slogan in title case).
fn places(text: &str, tokens: &[Token], masked: &[bool]) -> Vec<Range<usize>> {
    let long: Vec<&Token> = tokens.iter().skip(1).filter(|t| t.text.len() >= 4).collect();
    let caps = long.iter().filter(|t| capitalized(text, t)).count();
    if caps * 2 > long.len() {
        return Vec::new();
    }
    // "in Ireland", and "the people of the Upper Valley", "serving Kern County": a place
    // after a word that opens one.
    let after_in = |k: usize| {
        matches!(tokens[k].text.as_str(), "in" | "across" | "throughout" | "within" | "serve" | "serving" | "serves")
            || (tokens[k].text == "of"
                && k > 0
                && matches!(
                    tokens[k - 1].text.as_str(),
                    "people"
                        | "residents"
                        | "citizens"
                        | "communities"
                        | "injured"
                        | "sick"
                        | "families"
                        | "children"
                        | "population"
                        | "populations"
                        | "towns"
                        | "needs"
                        | "counties"
                        | "neighborhoods"
                ))
    };
    let is_place =
        |k: usize| capitalized(text, &tokens[k]) && !masked[k] && !NOT_PLACES.contains(&tokens[k].text.as_str());
    let mut out = Vec::new();
    let mut i = 1;
    // The opener and the place are in one sentence: "the communities we serve. Led by …"
    // opens nothing.
    let apart = |k: usize| break_after(text, tokens, k, &SENTENCE_MARKS);
    // "in northern Sweden", "the people of the upper Example Valley": a word of direction may
    // stand between.
    let direction = |k: usize| DIRECTIONS.contains(&tokens[k].text.as_str());
    let opens_at = |k: usize| {
        (after_in(k) && !apart(k))
            || (k >= 1 && tokens[k].text == "the" && after_in(k - 1) && !apart(k - 1) && !apart(k))
    };
    while i < tokens.len() {
        let opens = opens_at(i - 1) || (i >= 2 && direction(i - 1) && !apart(i - 1) && opens_at(i - 2));
        if opens && is_place(i) {
            let mut end = i + 1;
            while end < tokens.len() && is_place(end) && name_joined(text, tokens, end) {
                end += 1;
            }
            // "within the Example network", "in Example Health": an institution, not a place.
            let institution =
                tokens.get(end).is_some_and(|t| INSTITUTIONS.contains(&t.text.as_str()) || t.text == "networks")
                    || INSTITUTIONS.contains(&tokens[end - 1].text.as_str());
            if !institution {
                out.push(i..end);
            }
            i = end;
        } else {
            i += 1;
        }
    }
    out
}

/// Check a mission statement with the built-in lexicon.
pub fn analyze(text: &str) -> Report {
    analyze_full(Lexicon::builtin(), text, "")
}

/// Check an organization's mission statement: as [`analyze`], but the organization's name
/// is never evidence ("Advocate" or "Mercy" in a name is not a theme).
pub fn analyze_named(text: &str, name: &str) -> Report {
    analyze_full(Lexicon::builtin(), text, name)
}

/// How many times a statement has been analysed: lets a test check that screens run the
/// analysis once per change of the statement, not once per keystroke anywhere.
pub static ANALYSES: AtomicUsize = AtomicUsize::new(0);

/// Check a mission statement with a given lexicon.
pub fn analyze_with(lexicon: &Lexicon, text: &str) -> Report {
    analyze_full(lexicon, text, "")
}

fn analyze_full(lexicon: &Lexicon, text: &str, name: &str) -> Report {
    ANALYSES.fetch_add(1, Ordering::Relaxed);
    // Read at most the field's limit; cut on a character boundary.
    let (text, truncated) = match text.char_indices().nth(MAX_CHARS) {
        Some((cut, _)) => (&text[..cut], true),
        None => (text, false),
    };
    let tokens = tokenize(text);
    let word_count = tokens.len();
    // One slot per lexicon entry, so findings come out in lexicon order without sorting.
    let mut slots: Vec<Option<Finding>> = vec![None; lexicon.entries.len()];
    // For the marked copy: each word takes the most serious kind of finding that covers it.
    let mut word_kind: Vec<Option<Kind>> = vec![None; tokens.len()];

    if tokens.is_empty() {
        let findings: Vec<Finding> =
            lexicon.entry(FindingId::Missing).map(|e| finding_from(e, text, &tokens, &[])).into_iter().collect();
        let verdict = verdict(&findings);
        return Report { findings, verdict, word_count, truncated, marks: Vec::new(), held_generic: None };
    }

    let masked = name_mask(text, &tokens, name);
    let (means, denied) = clause_context(text, &tokens);
    let position = |id: FindingId| lexicon.entries.iter().position(|e| e.id == Some(id));
    let matches = lexicon.scan(&tokens);
    // An entry's strong and weak matches, without those in a `not` context or in the name.
    let counted = |ei: usize, list: usize| -> Vec<Range<usize>> {
        let blocked = &matches[ei][2];
        matches[ei][list]
            .iter()
            .filter(|r| {
                !blocked.iter().any(|b| b.start <= r.start && r.end <= b.end)
                    && !masked[(*r).clone()].iter().any(|&m| m)
            })
            .cloned()
            .collect()
    };
    // Words that are substance (a service, population, place, teaching, research, a model of
    // care), and money named only in passing.
    // A capitalized word of a faith ("rooted in the Gospel") is not a place.
    let mut not_place = masked.clone();
    for r in position(FindingId::Faith).map(|i| counted(i, 0)).unwrap_or_default() {
        not_place[r].iter_mut().for_each(|m| *m = true);
    }
    let mut substance: Vec<Range<usize>> = places(text, &tokens, &not_place);
    let mut passing: Vec<Range<usize>> = Vec::new();
    for (ei, (slot, entry)) in slots.iter_mut().zip(&lexicon.entries).enumerate() {
        let Some(id) = entry.id else { continue };
        if matches!(id, FindingId::Generic | FindingId::Missing | FindingId::Unfocused | FindingId::BusinessMention) {
            continue;
        }
        let mut strong = counted(ei, 0);
        let weak = counted(ei, 1);
        if id == FindingId::ProfitFirst {
            strong.extend(market_share(text, &tokens));
            strong.extend(market_position(text, &tokens, &masked));
            strong.sort_by_key(|r| (r.start, r.end));
            let conceded = concessions(text, &tokens);
            let (aside, purpose): (Vec<_>, Vec<_>) =
                strong.into_iter().partition(|r| money_aside(text, &tokens, r, &means, &denied, &conceded));
            passing.extend(aside);
            strong = purpose;
        }
        if id == FindingId::Subordinate {
            // A name inside a containment ("inside the Example Health system") is not the evidence;
            // the shape is.
            strong.extend(
                others_measures(text, &tokens, &masked).into_iter().filter(|r| !masked[r.clone()].iter().any(|&m| m)),
            );
            strong.extend(containment(text, &tokens));
            strong.extend(steering(text, &tokens, &masked));
            strong.extend(backing(text, &tokens, &masked));
            strong.extend(clients_results(text, &tokens, &masked, &means, &denied));
            strong.extend(kept_with(text, &tokens, &masked));
            strong.extend(arm_of(text, &tokens, &masked));
            strong.extend(measures_of(text, &tokens, &masked));
            // "never to keep volume in our system": denied, as money is; "Our hospital clients
            // pay per study": described, not served.
            strong.retain(|r| !denied[r.start] && !described(text, &tokens, r));
            strong.sort_by_key(|r| (r.start, r.end));
        }
        if id == FindingId::Specific || SUBSTANCE.contains(&id) {
            substance.extend(strong.iter().cloned());
        }
        if id == FindingId::Specific || (strong.is_empty() && weak.is_empty()) {
            continue;
        }
        let all: Vec<Range<usize>> = strong.into_iter().chain(weak).collect();
        mark_words(&mut word_kind, &all, entry.kind.unwrap_or(Kind::Implication));
        *slot = Some(finding_from(entry, text, &tokens, &all));
    }

    // Money that is another organization's ("their margins") is `subordinate`, not also
    // `profit_first`: money that starts inside another's measure, or continues its list.
    let (pi, si) = (position(FindingId::ProfitFirst), position(FindingId::Subordinate));
    if let (Some(pi), Some(si)) = (pi, si) {
        let theirs: Vec<Range<usize>> = slots[si].as_ref().map(|f| f.spans.clone()).unwrap_or_default();
        let own: Vec<Range<usize>> = slots[pi]
            .as_ref()
            .map(|f| {
                f.spans
                    .iter()
                    .filter(|r| {
                        !theirs.iter().any(|t| (t.start <= r.start && r.start < t.end) || continues(text, t, r))
                    })
                    .cloned()
                    .collect()
            })
            .unwrap_or_default();
        if own.is_empty() {
            slots[pi] = None;
        }
    }

    // Specific when anything is substance; generic when nothing is. A statement whose red
    // flag names what it is for is not vague about its purpose: `generic` is held back and
    // applies only if the user marks the flags "Doesn't apply here".
    let concern = slots.iter().flatten().any(|f| f.id.is_concern());
    let mut held_generic = None;
    let (id, mut ranges) = if substance.is_empty() {
        (FindingId::Generic, position(FindingId::Generic).map(|i| counted(i, 0)).unwrap_or_default())
    } else {
        (FindingId::Specific, substance)
    };
    ranges.sort_by_key(|r| (r.start, r.end));
    if let Some(i) = position(id) {
        let e = &lexicon.entries[i];
        let finding = finding_from(e, text, &tokens, &ranges);
        if id == FindingId::Generic && concern {
            held_generic = Some(finding);
        } else {
            mark_words(&mut word_kind, &ranges, e.kind.unwrap_or(Kind::Strength));
            slots[i] = Some(finding);
        }
    }

    // Money, referrals or growth named in passing: a question, not a red flag.
    if let (false, Some(i)) = (concern, position(FindingId::BusinessMention)) {
        let mut ranges: Vec<Range<usize>> = counted(i, 0).into_iter().chain(passing).collect();
        if !ranges.is_empty() {
            ranges.sort_by_key(|r| (r.start, r.end));
            let e = &lexicon.entries[i];
            mark_words(&mut word_kind, &ranges, Kind::Implication);
            slots[i] = Some(finding_from(e, text, &tokens, &ranges));
        }
    }

    let themes = slots.iter().flatten().filter(|f| FindingId::themes().contains(&f.id)).count();
    if word_count > UNFOCUSED_WORDS || themes >= UNFOCUSED_THEMES {
        if let Some(i) = position(FindingId::Unfocused) {
            let e = &lexicon.entries[i];
            let mut f = finding_from(e, text, &tokens, &[]);
            // Stated as a threshold, not a live count, so the finding (and the region that
            // announces it) does not change with every word typed.
            f.reason = if word_count > UNFOCUSED_WORDS {
                format!("More than {UNFOCUSED_WORDS} words. {}", e.reason)
            } else {
                format!("{UNFOCUSED_THEMES} or more different priorities. {}", e.reason)
            };
            slots[i] = Some(f);
        }
    }

    // Flags first, then strengths, then implications; lexicon order within each.
    let mut findings = Vec::new();
    for kind in [Kind::Flag, Kind::Strength, Kind::Implication] {
        findings.extend(slots.iter().flatten().filter(|f| f.kind == kind).cloned());
    }

    let mut marks: Vec<(Range<usize>, Kind)> = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        let Some(kind) = word_kind[i] else { continue };
        match marks.last_mut() {
            Some((last, k))
                if *k == kind && i > 0 && word_kind[i - 1] == Some(kind) && joined(text, last.end..t.span.start) =>
            {
                last.end = t.span.end
            }
            _ => marks.push((t.span.clone(), kind)),
        }
    }
    let verdict = verdict(&findings);
    Report { findings, verdict, word_count, truncated, marks, held_generic }
}

/// True when money named at `r` is not the purpose: in a clause about means, described as a
/// fact, earned for the work, watched over, denied or conceded. Owners named as beneficiaries
/// are part of the purpose wherever they stand, unless they only back or own the organization
/// ("backed by investors"), act as a sentence's subject, or are ranked second or last.
fn money_aside(
    text: &str,
    tokens: &[Token],
    r: &Range<usize>,
    means: &[bool],
    denied: &[bool],
    conceded: &[bool],
) -> bool {
    let owners = |r: &Range<usize>| tokens[r.clone()].iter().any(|t| OWNERS.contains(&t.text.as_str()));
    // "backed by investors", "Backed by patient, long-term investors": "by" up to five words
    // before, in the same sentence (the words between may be a list of qualities).
    let agent = |r: &Range<usize>| {
        (r.start.saturating_sub(5)..r.start)
            .any(|k| tokens[k].text == "by" && (k..r.start).all(|m| !break_after(text, tokens, m, &SENTENCE_OR_COLON)))
    };
    // Owners who are the subject of their sentence act ("Investors helped us open six
    // clinics", "our shareholders understand that patients come first"); they are served only
    // when named as those the work is for.
    let subject = |r: &Range<usize>| {
        let start = (0..r.start).rev().find(|&k| break_after(text, tokens, k, &SENTENCE_OR_COLON)).map_or(0, |k| k + 1);
        // "Our investors are the reason we exist" names them as the purpose.
        let named_purpose = (r.end..tokens.len().min(r.end + 5))
            .any(|k| matches!(tokens[k].text.as_str(), "reason" | "purpose" | "mission" | "exist" | "priority"));
        r.start - start <= 2
            && !named_purpose
            && (start..r.start).all(|k| !matches!(tokens[k].text.as_str(), "for" | "to"))
            && tokens.get(r.end).is_some_and(|t| !matches!(t.text.as_str(), "s" | "come" | "comes" | "first"))
    };
    let ranked_after = |r: &Range<usize>| {
        (r.end..tokens.len().min(r.end + 3)).any(|k| matches!(tokens[k].text.as_str(), "second" | "last"))
    };
    if owners(r) {
        ranked_after(r)
            || denied[r.start]
            || conceded[r.start]
            || agent(r)
            || subject(r)
            || earned_for(tokens, r)
            || tended(tokens, r)
    } else {
        means[r.start]
            || described(text, tokens, r)
            || earned_for(tokens, r)
            || tended(tokens, r)
            || denied[r.start]
            || conceded[r.start]
    }
}

/// True when money named at `r` continues the list that another organization's measure at
/// `t` opened: "their staffing, throughput and financial targets".
fn continues(text: &str, t: &Range<usize>, r: &Range<usize>) -> bool {
    t.end <= r.start
        && text.get(t.end..r.start).is_some_and(|gap| !gap.contains(SENTENCE_OR_COLON) && tokenize(gap).len() <= 1)
}

fn verdict(findings: &[Finding]) -> Verdict {
    let has = |id: FindingId| findings.iter().any(|f| f.id == id);
    let reasons: Vec<String> = findings
        .iter()
        .filter(|f| f.kind != Kind::Implication)
        .map(|f| format!("{}: {}", f.title, f.reason))
        .chain({
            let themes: Vec<&str> =
                findings.iter().filter(|f| f.kind == Kind::Implication).map(|f| f.title.as_str()).collect();
            (!themes.is_empty()).then(|| format!("What it implies for the job: {}.", themes.join(", ")))
        })
        .collect();
    let (level, headline) = if has(FindingId::Missing) {
        (Level::Missing, "No mission statement to read yet. Find it before the interview, or ask why the organization is in business.")
    } else if findings.iter().any(|f| f.id.is_concern()) {
        (
            Level::Concern,
            "Red flag: by its own words, this organization puts money or another organization's goals first.",
        )
    } else if has(FindingId::Generic) {
        (Level::Weak, "Too generic to guide decisions: ask them to explain what it means in practice.")
    } else if has(FindingId::Unfocused) {
        (Level::Weak, "Hard to act on: it is too long or names too many priorities. Ask which one wins in a conflict.")
    } else if has(FindingId::NobleCause) && has(FindingId::Specific) {
        (
            Level::Promising,
            "Promising on paper: it names a cause and what the organization does. Test whether it is lived.",
        )
    } else {
        (Level::Mixed, "Some substance: it says what it does, but check what it is for and how it shapes the work.")
    };
    Verdict { level, headline: headline.to_string(), reasons, adjusted: false }
}

/// A piece of the statement for the read-only rendering: plain text, or marked text with
/// the kind of finding that marked it (a flag wins over a strength over an implication).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    pub text: String,
    pub mark: Option<Kind>,
}

/// Cut the statement into plain and marked segments from the report's marks.
pub fn segments(text: &str, report: &Report) -> Vec<Segment> {
    let mut out = Vec::new();
    let mut at = 0;
    for (range, kind) in &report.marks {
        let (Some(plain), Some(marked)) = (text.get(at..range.start), text.get(range.clone())) else { continue };
        if !plain.is_empty() {
            out.push(Segment { text: plain.to_string(), mark: None });
        }
        out.push(Segment { text: marked.to_string(), mark: Some(*kind) });
        at = range.end;
    }
    if let Some(rest) = text.get(at..).filter(|r| !r.is_empty()) {
        out.push(Segment { text: rest.to_string(), mark: None });
    }
    out
}

#[cfg(test)]
mod tests;
