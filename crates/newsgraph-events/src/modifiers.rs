//! Meaning modifiers: the cue lexicon (`data/cues.txt`) and the CAMEO rules that turn
//! a refused, threatened or intended act into its own code.
//!
//! * refusal ("refused to condemn", "declined to meet") → the 12x reject family;
//! * threat ("threatened to impose sanctions") → the 13x threaten family;
//! * intention ("will", "plans to", "agreed to") → 03x (intend to cooperate) for
//!   cooperative acts (roots 04–08) and 13x for material conflict (roots 14–20);
//!   verbal acts (roots 01–03, 09–13) keep their code.

const CUES_TXT: &str = include_str!("../data/cues.txt");

/// Word flags (a bit set per interned word).
pub mod flag {
    /// Negation ("not", "never", any word ending in n't).
    pub const NEG: u32 = 1;
    /// Refusal verb before "to".
    pub const REFUSE: u32 = 1 << 1;
    /// Threat verb before "to".
    pub const THREAT: u32 = 1 << 2;
    /// Intention verb before "to".
    pub const INTEND: u32 = 1 << 3;
    /// "failed to".
    pub const FAIL: u32 = 1 << 4;
    /// will/would.
    pub const WILL: u32 = 1 << 5;
    /// could/might/may.
    pub const MAY: u32 = 1 << 6;
    /// if/unless/whether.
    pub const COND: u32 = 1 << 7;
    /// said/told/according.
    pub const REPORT: u32 = 1 << 8;
    /// Auxiliary verbs.
    pub const AUX: u32 = 1 << 9;
    /// Passive auxiliaries.
    pub const BE: u32 = 1 << 10;
    /// Skippable adverbs.
    pub const ADV: u32 = 1 << 11;
    /// Determiners and common adjectives.
    pub const DET: u32 = 1 << 12;
    /// Relative pronouns.
    pub const REL: u32 = 1 << 13;
    /// Subordinating conjunctions.
    pub const SUBORD: u32 = 1 << 14;
    /// and/or.
    pub const COORD: u32 = 1 << 15;
    /// by.
    pub const BY: u32 = 1 << 16;
    /// The word "to".
    pub const TO: u32 = 1 << 17;
    /// Appeal verb before an addressee and "to" ("urged X to").
    pub const APPEAL: u32 = 1 << 18;
    /// "call": an appeal verb only with "on"/"upon".
    pub const CALL: u32 = 1 << 19;
    /// Demand verb before "that".
    pub const DEMAND: u32 = 1 << 20;
    /// Allegation or denial cue ("accused X of", "denied reports that").
    pub const ALLEGE: u32 = 1 << 21;
    /// of/for/that after an allegation cue.
    pub const ALLEGE_LINK: u32 = 1 << 22;
    /// Locative prepositions: an actor after them is a place, not an object.
    pub const LOC: u32 = 1 << 23;
    /// Possessive pronouns ("its", "their"): an actor slot may stand for an earlier actor.
    pub const POSS: u32 = 1 << 24;
    /// The word starts a dictionary form (a possible trigger). Kept in the stage's word
    /// table only; the engine moves it to its own array.
    pub const TRIG: u32 = 1 << 31;
    /// The word starts a form of an entry with a protest code (14x, or 133) or is a
    /// domestic-measure word ("curfew", "emergency", "martial"): an event with an implied
    /// target needs one in its sentence. Kept in the stage's word table only, like `TRIG`.
    pub const IMPLIED: u32 = 1 << 30;
}

/// The cue sections and their words.
pub fn cue_sections() -> Vec<(u32, Vec<&'static str>)> {
    let mut out: Vec<(u32, Vec<&'static str>)> = Vec::new();
    let mut cur: Option<u32> = None;
    for line in CUES_TXT.lines() {
        let line = line.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            cur = Some(match name {
                "negation" => flag::NEG,
                "refuse" => flag::REFUSE,
                "threaten" => flag::THREAT,
                "intend" => flag::INTEND,
                "fail" => flag::FAIL,
                "modal_intend" => flag::WILL,
                "modal_hypothetical" => flag::MAY,
                "conditional" => flag::COND,
                "report" => flag::REPORT,
                "aux" => flag::AUX,
                "be" => flag::BE,
                "adverb" => flag::ADV,
                "determiner" => flag::DET,
                "relative" => flag::REL,
                "subordinator" => flag::SUBORD,
                "coordinator" => flag::COORD,
                "by" => flag::BY,
                "appeal" => flag::APPEAL,
                "call" => flag::CALL,
                "demand" => flag::DEMAND,
                "allege" => flag::ALLEGE,
                "allege_link" => flag::ALLEGE_LINK,
                "locative" => flag::LOC,
                "possessive" => flag::POSS,
                _ => 0,
            });
            out.push((cur.unwrap_or(0), Vec::new()));
            continue;
        }
        if cur.is_some() {
            if let Some(last) = out.last_mut() {
                last.1.extend(line.split_whitespace());
            }
        }
    }
    out.push((flag::TO, vec!["to"]));
    out
}

fn pick(code: &str, table: &[(&str, &'static str)], default: &'static str) -> String {
    // Longest matching prefix wins.
    table.iter().filter(|(p, _)| code.starts_with(p)).max_by_key(|(p, _)| p.len()).map(|(_, c)| *c).unwrap_or(default).to_string()
}

/// The 12x code for refusing the act `code` (CAMEO: "refuse to X" is coded as reject).
pub fn reject_code(code: &str) -> String {
    pick(
        code,
        &[
            ("06", "121"),
            ("061", "1211"),
            ("062", "1212"),
            ("07", "122"),
            ("071", "1221"),
            ("072", "1222"),
            ("073", "1223"),
            ("074", "1224"),
            ("08", "124"),
            ("081", "1241"),
            ("082", "1242"),
            ("083", "123"),
            ("0831", "1231"),
            ("0832", "1232"),
            ("0833", "1233"),
            ("0834", "1234"),
            ("084", "1243"),
            ("085", "1244"),
            ("086", "1245"),
            ("087", "1246"),
            ("04", "125"),
            ("036", "125"),
            ("026", "125"),
            ("045", "126"),
            ("039", "126"),
            ("038", "126"),
            ("028", "126"),
            ("037", "127"),
            ("027", "127"),
            ("057", "127"),
        ],
        "120",
    )
}

/// The 03x code for intending the cooperative act `code` (roots 04–08).
pub fn intent_code(code: &str) -> String {
    pick(
        code,
        &[
            ("04", "036"),
            ("045", "039"),
            ("05", "032"),
            ("057", "037"),
            ("06", "031"),
            ("061", "0311"),
            ("062", "0312"),
            ("063", "0313"),
            ("064", "0314"),
            ("07", "033"),
            ("071", "0331"),
            ("072", "0332"),
            ("073", "0333"),
            ("074", "0334"),
            ("08", "035"),
            ("081", "0351"),
            ("082", "0352"),
            ("083", "034"),
            ("0831", "0341"),
            ("0832", "0342"),
            ("0833", "0343"),
            ("0834", "0344"),
            ("084", "0353"),
            ("085", "0354"),
            ("086", "0355"),
            ("087", "0356"),
        ],
        "030",
    )
}

/// The 13x code for threatening the act `code` (roots 14–20; others give 130).
pub fn threat_code(code: &str) -> String {
    pick(
        code,
        &[
            ("14", "133"),
            ("15", "138"),
            ("16", "131"),
            ("161", "1313"),
            ("162", "1311"),
            ("163", "1312"),
            ("164", "134"),
            ("165", "135"),
            ("166", "136"),
            ("17", "130"),
            ("171", "131"),
            ("172", "132"),
            ("1721", "1321"),
            ("1722", "1322"),
            ("1723", "1323"),
            ("1724", "1324"),
            ("173", "137"),
            ("174", "137"),
            ("175", "137"),
            ("18", "1383"),
            ("19", "1384"),
            ("191", "1381"),
            ("192", "1382"),
            ("20", "1383"),
            ("204", "1385"),
        ],
        "130",
    )
}

/// The 02x code for appealing to someone to do the act `code` ("urged X to release …").
pub fn appeal_code(code: &str) -> String {
    pick(
        code,
        &[
            ("06", "021"),
            ("061", "0211"),
            ("062", "0212"),
            ("063", "0213"),
            ("064", "0214"),
            ("05", "022"),
            ("057", "027"),
            ("07", "023"),
            ("071", "0231"),
            ("072", "0232"),
            ("073", "0233"),
            ("074", "0234"),
            ("08", "025"),
            ("081", "0251"),
            ("082", "0252"),
            ("083", "024"),
            ("0831", "0241"),
            ("0832", "0242"),
            ("0833", "0243"),
            ("0834", "0244"),
            ("084", "0253"),
            ("085", "0254"),
            ("086", "0255"),
            ("087", "0256"),
            ("04", "026"),
            ("036", "026"),
            ("045", "028"),
            ("039", "028"),
            ("037", "027"),
        ],
        "020",
    )
}

/// The 10x code for demanding that someone do the act `code` ("demanded that X release …").
pub fn demand_code(code: &str) -> String {
    pick(
        code,
        &[
            ("06", "101"),
            ("061", "1011"),
            ("062", "1012"),
            ("063", "1013"),
            ("064", "1014"),
            ("05", "102"),
            ("07", "103"),
            ("071", "1031"),
            ("072", "1032"),
            ("073", "1033"),
            ("074", "1034"),
            ("08", "105"),
            ("081", "1051"),
            ("082", "1052"),
            ("083", "104"),
            ("0831", "1041"),
            ("0832", "1042"),
            ("0833", "1043"),
            ("0834", "1044"),
            ("084", "1053"),
            ("085", "1054"),
            ("086", "1055"),
            ("087", "1056"),
        ],
        "100",
    )
}

/// True for the roots of cooperative acts that an intention turns into 03x.
pub fn is_cooperative_act(code: &str) -> bool {
    matches!(code.get(..2), Some("04" | "05" | "06" | "07" | "08"))
}

/// True for the roots of material conflict that a threat or intention turns into 13x.
pub fn is_material_conflict(code: &str) -> bool {
    matches!(code.get(..2), Some("14" | "15" | "16" | "17" | "18" | "19" | "20"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One row per root: refusing, threatening and intending each root's default act.
    #[test]
    fn conversions_per_root() {
        let rows = [
            ("010", "120", "130", "010"),
            ("020", "120", "130", "020"),
            ("036", "125", "130", "036"),
            ("042", "125", "130", "036"),
            ("057", "127", "130", "037"),
            ("061", "1211", "130", "0311"),
            ("073", "1223", "130", "0333"),
            ("0841", "1243", "130", "0353"),
            ("090", "120", "130", "090"),
            ("100", "120", "130", "100"),
            ("111", "120", "130", "111"),
            ("120", "120", "130", "120"),
            ("130", "120", "130", "130"),
            ("141", "120", "133", "133"),
            ("154", "120", "138", "138"),
            ("163", "120", "1312", "1312"),
            ("173", "120", "137", "137"),
            ("182", "120", "1383", "1383"),
            ("190", "120", "1384", "1384"),
            ("2042", "120", "1385", "1385"),
        ];
        for (act, rej, thr, intended) in rows {
            assert_eq!(reject_code(act), rej, "reject {act}");
            assert_eq!(threat_code(act), thr, "threat {act}");
            let i = if is_cooperative_act(act) {
                intent_code(act)
            } else if is_material_conflict(act) {
                threat_code(act)
            } else {
                act.to_string()
            };
            assert_eq!(i, intended, "intend {act}");
        }
    }

    /// Appeals ("urged X to …") and demands ("demanded that X …"): one row per root of the act.
    #[test]
    fn appeal_and_demand_per_root() {
        let rows = [
            ("010", "020", "100"),
            ("036", "026", "100"),
            ("046", "026", "100"),
            ("045", "028", "100"),
            ("051", "022", "102"),
            ("057", "027", "102"),
            ("061", "0211", "1011"),
            ("064", "0214", "1014"),
            ("073", "0233", "1033"),
            ("074", "0234", "1034"),
            ("0832", "0242", "1042"),
            ("0841", "0253", "1053"),
            ("085", "0254", "1054"),
            ("086", "0255", "1055"),
            ("0871", "0256", "1056"),
            ("111", "020", "100"),
            ("190", "020", "100"),
        ];
        for (act, appeal, demand) in rows {
            assert_eq!(appeal_code(act), appeal, "appeal {act}");
            assert_eq!(demand_code(act), demand, "demand {act}");
        }
        for (act, _, _) in rows {
            // Every produced code is a CAMEO code of the codebook.
            assert!(crate::codebook::Codebook::builtin().get(&appeal_code(act)).is_some(), "{act}");
            assert!(crate::codebook::Codebook::builtin().get(&demand_code(act)).is_some(), "{act}");
        }
    }

    #[test]
    fn cue_sections_parse() {
        let s = cue_sections();
        assert!(s.iter().any(|(f, w)| *f == flag::REFUSE && w.contains(&"refused")));
        assert!(s.iter().all(|(f, _)| *f != 0));
    }
}
