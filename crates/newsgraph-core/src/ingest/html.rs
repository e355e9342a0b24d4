//! HTML pages: main-content extraction.
//!
//! The page is parsed once (html5ever, through `trafilatura`'s DOM; again only for pathological nesting or the
//! fallback pass). Two things are read from it:
//!
//! - **metadata**, by our own rules, in this order of preference:
//!   - title: `og:title`, JSON-LD `headline`, the first `<h1>`, `<title>`;
//!   - byline: `<meta name="author">` (and `article:author`, `parsely-author`, `byl`), JSON-LD `author`,
//!     `rel="author"` links, elements whose class or `itemprop` says byline/author;
//!   - date: JSON-LD `datePublished`, `article:published_time` (and kin), `<time datetime>`, normalised to `YYYY-MM-DD`;
//!   - URL: `<link rel="canonical">`, `og:url`, JSON-LD `url`;
//!   - outlet: `og:site_name`, JSON-LD `publisher`;
//!
//!   each falling back to what trafilatura's own metadata pass found.
//! - **main text**, by trafilatura (a port of go-trafilatura) in its precision mode with the readability and
//!   jusText fallbacks on; navigation, ads, related links, share buttons, cookie banners, comments and footers are dropped.
//!   When precision mode finds too little, the balanced mode (which can fall back to the whole page's text) is tried.
//!
//! The extracted HTML is turned into paragraphs (one a block element), joined by a blank line, and cleaned like
//! plain text ([`super::clean_body`]): bylines, datelines and stray fragments ("Advertisement") leave the body.
//! A page with no body text is an [`IngestErrorKind::Html`] error.

use crate::error::{IngestError, IngestErrorKind};
use crate::model::Article;
use scraper::Node;
use serde_json::Value;
use trafilatura::dom::Document;
use trafilatura::{ExtractionFocus, HtmlDateMode, Options};

/// Extracts the article from an HTML page.
pub fn parse_html(html: &str, origin: &str) -> Result<Article, IngestError> {
    let fail = |reason: &str| IngestError::new(origin, IngestErrorKind::Html(reason.to_string()));
    if !html.contains('<') {
        return Err(fail("no HTML markup"));
    }
    // The extractor is third-party code: a panic in it becomes an error for this page, not a crash of the batch.
    let extracted = std::panic::catch_unwind(|| extract(html)).map_err(|_| fail("the extractor failed on this page"))?;
    let (meta, paragraphs) = extracted;
    if paragraphs.is_empty() {
        return Err(fail("no main content found"));
    }
    let parts = super::text::clean_body(&paragraphs.join("\n\n"), false);
    if parts.body.trim().is_empty() {
        return Err(fail("main content is empty after cleaning"));
    }
    let mut article = Article::from_body(parts.body);
    article.title = meta.title;
    article.byline = meta.byline.or(parts.byline);
    article.dateline = parts.dateline;
    article.dropped = parts.dropped;
    article.date = meta.date;
    article.url = meta.url;
    article.source = meta.outlet;
    Ok(article)
}

/// Metadata read from a page.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
struct PageMeta {
    title: Option<String>,
    byline: Option<String>,
    date: Option<String>,
    url: Option<String>,
    outlet: Option<String>,
}

fn options(focus: ExtractionFocus) -> Options {
    Options::default().with_fallback(true).with_focus(focus).with_html_date_mode(HtmlDateMode::Fast)
}

/// Parses the page, reads its metadata and extracts the main text as paragraphs.
fn extract(html: &str) -> (PageMeta, Vec<String>) {
    let mut doc = Document::parse(html);
    let flat;
    let mut source = html;
    if tree_depth(&doc) > MAX_DEPTH {
        // Parts of the extractor recurse once per level: flatten pathological nesting first.
        flat = flattened_html(&doc, MAX_DEPTH);
        doc = Document::parse(&flat);
        source = &flat;
    }
    let mut meta = page_metadata(&doc);
    let mut result = trafilatura::extract_document(doc, &options(ExtractionFocus::FavorPrecision)).ok();
    let mut paragraphs = result.as_ref().map(|r| html_paragraphs(&r.content_html)).unwrap_or_default();
    if paragraphs.is_empty() {
        // The balanced pass may fall back to the text of the whole page: keep it only when it is more than a menu.
        result = trafilatura::extract_document(Document::parse(source), &options(ExtractionFocus::Balanced)).ok();
        paragraphs = result.as_ref().map(|r| html_paragraphs(&r.content_html)).unwrap_or_default();
        if paragraphs.iter().map(|p| p.split_whitespace().count()).sum::<usize>() < MIN_FALLBACK_WORDS {
            paragraphs.clear();
        }
    }
    if let Some(r) = &result {
        let m = &r.metadata;
        fill(&mut meta.title, &m.title);
        fill(&mut meta.byline, &m.author);
        fill(&mut meta.url, &m.url);
        if !is_absolute_url(&m.sitename) {
            fill(&mut meta.outlet, &m.sitename);
        }
        if meta.date.is_none() {
            meta.date = m.date.map(|d| d.format("%Y-%m-%d").to_string());
        }
    }
    (meta, paragraphs)
}

/// The fewest words a balanced-mode (fallback) extraction must have to count as an article.
const MIN_FALLBACK_WORDS: usize = 15;

/// Elements nested deeper than this are unwrapped (their content kept) before extraction.
/// Real pages stay far below it; unclosed `<div>`s or hostile input do not.
const MAX_DEPTH: usize = 160;

/// The depth of the deepest element, found without recursion.
fn tree_depth(doc: &Document) -> usize {
    let mut max = 0;
    let mut stack = vec![(doc.root(), 0usize)];
    while let Some((id, depth)) = stack.pop() {
        max = max.max(depth);
        stack.extend(doc.children(id).into_iter().map(|c| (c, depth + 1)));
    }
    max
}

/// Serialises the document again, without the tags of elements deeper than `max_depth`
/// (their text and children stay, one level up). Iterative: any depth is safe.
fn flattened_html(doc: &Document, max_depth: usize) -> String {
    enum Step {
        Open(trafilatura::dom::NodeId, usize),
        Close(String),
    }
    let escape = |s: &str, out: &mut String, attr: bool| {
        for c in s.chars() {
            match c {
                '&' => out.push_str("&amp;"),
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '"' if attr => out.push_str("&quot;"),
                c => out.push(c),
            }
        }
    };
    let mut out = String::new();
    let mut stack: Vec<Step> = doc.child_nodes(doc.root()).into_iter().rev().map(|c| Step::Open(c, 1)).collect();
    while let Some(step) = stack.pop() {
        let (id, depth) = match step {
            Step::Close(tag) => {
                out.push_str("</");
                out.push_str(&tag);
                out.push('>');
                continue;
            }
            Step::Open(id, depth) => (id, depth),
        };
        if doc.is_text(id) {
            escape(&doc.text_content(id), &mut out, false);
            continue;
        }
        if !doc.is_element(id) {
            continue;
        }
        if depth <= max_depth {
            let tag = doc.tag_name(id).to_string();
            out.push('<');
            out.push_str(&tag);
            for name in doc.attribute_names(id) {
                if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':')) {
                    continue;
                }
                out.push(' ');
                out.push_str(&name);
                out.push_str("=\"");
                escape(&doc.get_attribute(id, &name).unwrap_or_default(), &mut out, true);
                out.push('"');
            }
            out.push('>');
            if !doc.is_void_element(id) {
                stack.push(Step::Close(tag));
            }
        }
        stack.extend(doc.child_nodes(id).into_iter().rev().map(|c| Step::Open(c, depth + 1)));
    }
    out
}

fn fill(slot: &mut Option<String>, value: &str) {
    if slot.is_none() {
        *slot = clean_value(value);
    }
}

/// Collapses whitespace; `None` when nothing is left.
fn clean_value(s: &str) -> Option<String> {
    let v = s.split_whitespace().collect::<Vec<_>>().join(" ");
    (!v.is_empty()).then_some(v)
}

// ---------------------------------------------------------------------------
// Paragraphs from the extracted HTML
// ---------------------------------------------------------------------------

/// Elements that start and end a paragraph.
#[rustfmt::skip]
const BLOCKS: &[&str] = &[
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr",
    "section", "article", "header", "footer", "aside", "main", "figure", "figcaption", "br", "hr", "address", "details",
    "summary", "body", "html",
];

/// Splits an HTML fragment into paragraphs of whitespace-collapsed text, one per block element.
fn html_paragraphs(fragment: &str) -> Vec<String> {
    if fragment.trim().is_empty() {
        return Vec::new();
    }
    let html = scraper::Html::parse_fragment(fragment);
    let mut out = Vec::new();
    let mut cur = String::new();
    let flush = |cur: &mut String, out: &mut Vec<String>| {
        if let Some(p) = clean_value(cur) {
            out.push(p);
        }
        cur.clear();
    };
    let mut skip_depth = 0usize;
    // `traverse` walks open and close edges without recursion: deep trees are safe.
    for edge in html.tree.root().traverse() {
        match edge {
            ego_tree::iter::Edge::Open(node) => match node.value() {
                Node::Element(e) => {
                    let name = e.name();
                    if matches!(name, "script" | "style" | "noscript" | "template") || skip_depth > 0 {
                        skip_depth += 1;
                    } else if BLOCKS.contains(&name) {
                        flush(&mut cur, &mut out);
                    } else if matches!(name, "td" | "th") {
                        cur.push(' ');
                    }
                }
                Node::Text(t) if skip_depth == 0 => cur.push_str(t),
                _ => {}
            },
            ego_tree::iter::Edge::Close(node) => {
                if let Node::Element(e) = node.value() {
                    if skip_depth > 0 {
                        skip_depth -= 1;
                    } else if BLOCKS.contains(&e.name()) {
                        flush(&mut cur, &mut out);
                    }
                }
            }
        }
    }
    flush(&mut cur, &mut out);
    out
}

// ---------------------------------------------------------------------------
// Metadata
// ---------------------------------------------------------------------------

/// Reads title, byline, date, canonical URL and outlet from meta tags, JSON-LD and the DOM.
fn page_metadata(doc: &Document) -> PageMeta {
    let root = doc.root();
    let metas = meta_tags(doc);
    let meta = |keys: &[&str]| -> Option<String> {
        keys.iter().find_map(|k| metas.iter().find(|(name, _)| name == k).and_then(|(_, v)| clean_value(v)))
    };
    let ld = json_ld(doc);
    let first_text = |selector: &str| -> Option<String> {
        doc.query_selector_all(root, selector).into_iter().find_map(|id| clean_value(&doc.text_content(id)))
    };

    let title = meta(&["og:title"])
        .or_else(|| ld.headline.clone())
        .or_else(|| meta(&["twitter:title"]))
        .or_else(|| first_text("h1"))
        .or_else(|| first_text("title"));

    let byline = meta(&["author", "article:author", "parsely-author", "byl", "dc.creator", "sailthru.author"])
        .filter(|a| !a.starts_with("http"))
        .or_else(|| ld.author.clone())
        .or_else(|| first_text("a[rel~=author]"))
        .or_else(|| {
            doc.query_selector_all(root, "[itemprop~=author], [class*=byline], [class*=author]")
                .into_iter()
                .filter_map(|id| clean_value(&doc.text_content(id)))
                .find(|t| t.chars().count() <= 80 && t.split_whitespace().count() <= 10)
        })
        .map(|a| strip_by(&a))
        .filter(|a| !a.is_empty());

    let date = ld
        .date
        .as_deref()
        .and_then(normalize_any_date)
        .or_else(|| {
            meta(&[
                "article:published_time",
                "og:published_time",
                "datepublished",
                "pubdate",
                "publishdate",
                "publish-date",
                "date",
                "dc.date",
                "dc.date.issued",
                "sailthru.date",
                "parsely-pub-date",
            ])
            .as_deref()
            .and_then(normalize_any_date)
        })
        .or_else(|| {
            doc.query_selector_all(root, "time[datetime]")
                .into_iter()
                .find_map(|id| doc.get_attribute(id, "datetime").as_deref().and_then(normalize_any_date))
        });

    let url = doc
        .query_selector_all(root, "link[rel~=canonical]")
        .into_iter()
        .find_map(|id| doc.get_attribute(id, "href"))
        .filter(|u| is_absolute_url(u))
        .or_else(|| meta(&["og:url"]).filter(|u| is_absolute_url(u)))
        .or_else(|| ld.url.clone().filter(|u| is_absolute_url(u)));

    let outlet = meta(&["og:site_name"])
        .filter(|o| !is_absolute_url(o))
        .or_else(|| ld.publisher.clone())
        .or_else(|| meta(&["application-name"]))
        .filter(|o| !is_absolute_url(o));
    let title = title.map(|t| strip_site_suffix(t, outlet.as_deref()));

    PageMeta { title, byline, date, url, outlet }
}

/// `<meta>` tags as (lowercased property/name/itemprop, content), in document order.
fn meta_tags(doc: &Document) -> Vec<(String, String)> {
    doc.query_selector_all(doc.root(), "meta[content]")
        .into_iter()
        .filter_map(|id| {
            let key = doc
                .get_attribute(id, "property")
                .or_else(|| doc.get_attribute(id, "name"))
                .or_else(|| doc.get_attribute(id, "itemprop"))?;
            Some((key.trim().to_ascii_lowercase(), doc.get_attribute(id, "content")?))
        })
        .collect()
}

/// Drops a trailing " | Outlet" (or " - ", " — ", " – ") from a title when it names the outlet.
fn strip_site_suffix(title: String, outlet: Option<&str>) -> String {
    let Some(outlet) = outlet.map(str::to_lowercase) else { return title };
    for sep in [" | ", " - ", " — ", " – "] {
        if let Some((head, tail)) = title.rsplit_once(sep) {
            let tail = tail.trim().to_lowercase();
            let names_outlet = !tail.is_empty() && (outlet.starts_with(&tail) || tail.starts_with(&outlet));
            if names_outlet && !head.trim().is_empty() {
                return head.trim().to_string();
            }
        }
    }
    title
}

fn strip_by(s: &str) -> String {
    let t = s.trim();
    let t = if t.get(..3).is_some_and(|h| h.eq_ignore_ascii_case("by ")) { &t[3..] } else { t };
    t.trim().trim_end_matches(['.', ',', '|']).trim().to_string()
}

fn is_absolute_url(u: &str) -> bool {
    u.starts_with("http://") || u.starts_with("https://")
}

/// Normalises `2019-11-19T12:00:00Z`, `2019-11-19`, `2019/11/19` and RFC 2822 dates to `YYYY-MM-DD`.
fn normalize_any_date(raw: &str) -> Option<String> {
    let raw = raw.trim();
    if let Some(d) = super::normalize_date(raw) {
        return Some(d);
    }
    let head: String = raw.chars().take(10).collect();
    if let Ok(d) = chrono::NaiveDate::parse_from_str(&head, "%Y/%m/%d") {
        return Some(d.format("%Y-%m-%d").to_string());
    }
    chrono::DateTime::parse_from_rfc2822(raw).ok().map(|d| d.format("%Y-%m-%d").to_string())
}

/// What the page's JSON-LD says about the article.
#[derive(Debug, Default)]
struct LdArticle {
    headline: Option<String>,
    author: Option<String>,
    date: Option<String>,
    url: Option<String>,
    publisher: Option<String>,
}

/// Reads the first article-like object (`NewsArticle`, `Article`, `BlogPosting`, `ReportageNewsArticle`, …) of
/// the page's JSON-LD scripts, looking inside arrays and `@graph`.
fn json_ld(doc: &Document) -> LdArticle {
    let mut objects = Vec::new();
    for id in doc.query_selector_all(doc.root(), "script[type]") {
        let is_ld = doc.get_attribute(id, "type").is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"));
        if !is_ld {
            continue;
        }
        if let Ok(v) = serde_json::from_str::<Value>(doc.text_content(id).trim()) {
            collect_objects(v, &mut objects, 0);
        }
    }
    let is_article = |o: &serde_json::Map<String, Value>| {
        let types: Vec<&str> = match o.get("@type") {
            Some(Value::String(s)) => vec![s.as_str()],
            Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect(),
            _ => vec![],
        };
        types.iter().any(|t| t.ends_with("Article") || t.ends_with("Posting") || *t == "Report")
    };
    let Some(o) = objects.iter().find(|o| is_article(o)).or_else(|| objects.iter().find(|o| o.contains_key("datePublished")))
    else {
        return LdArticle::default();
    };
    let publisher = objects
        .iter()
        .find(|p| p.get("@type").and_then(Value::as_str).is_some_and(|t| t == "NewsMediaOrganization"))
        .and_then(|p| p.get("name"))
        .and_then(Value::as_str)
        .and_then(clean_value);
    LdArticle {
        headline: o.get("headline").and_then(Value::as_str).and_then(clean_value),
        author: o.get("author").and_then(names),
        date: o.get("datePublished").and_then(Value::as_str).map(str::to_string),
        url: o.get("url").and_then(Value::as_str).map(str::to_string),
        publisher: o.get("publisher").and_then(names).or(publisher),
    }
}

/// Flattens JSON-LD into its objects (arrays and `@graph` opened), bounded in depth.
fn collect_objects(v: Value, out: &mut Vec<serde_json::Map<String, Value>>, depth: usize) {
    if depth > 4 {
        return;
    }
    match v {
        Value::Array(a) => a.into_iter().for_each(|x| collect_objects(x, out, depth + 1)),
        Value::Object(mut o) => {
            if let Some(g) = o.remove("@graph") {
                collect_objects(g, out, depth + 1);
            }
            out.push(o);
        }
        _ => {}
    }
}

/// A person or organisation value: a string, `{"name": …}`, or a list of them (joined with ", ").
fn names(v: &Value) -> Option<String> {
    let list: Vec<String> = match v {
        Value::String(s) => clean_value(s).into_iter().collect(),
        Value::Object(o) => o.get("name").and_then(names).into_iter().collect(),
        Value::Array(a) => a.iter().filter_map(names).collect(),
        _ => vec![],
    };
    let joined = list.join(", ");
    (!joined.is_empty()).then_some(joined)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_from_blocks() {
        let p = html_paragraphs("<p>One <b>bold</b>\n word.</p><h2>Sub</h2><ul><li>A</li><li>B</li></ul>Tail<br>After");
        assert_eq!(p, ["One bold word.", "Sub", "A", "B", "Tail", "After"]);
    }

    #[test]
    fn dates_normalise() {
        for (raw, want) in [
            ("2019-11-19T12:00:00Z", Some("2019-11-19")),
            ("2019/11/19", Some("2019-11-19")),
            ("Tue, 19 Nov 2019 10:00:00 +0000", Some("2019-11-19")),
            ("yesterday", None),
        ] {
            assert_eq!(normalize_any_date(raw).as_deref(), want, "{raw}");
        }
    }

    #[test]
    fn json_ld_graph_and_authors() {
        let html = r#"<html><head><script type="application/ld+json">
            {"@graph": [{"@type": "WebSite", "name": "X"},
                        {"@type": ["NewsArticle"], "headline": "H", "datePublished": "2020-02-03T01:00:00Z",
                         "author": [{"@type": "Person", "name": "Ann Lee"}, "Bo Chan"],
                         "publisher": {"@type": "Organization", "name": "The Daily"}}]}
            </script></head><body></body></html>"#;
        let ld = json_ld(&Document::parse(html));
        assert_eq!(ld.headline.as_deref(), Some("H"));
        assert_eq!(ld.author.as_deref(), Some("Ann Lee, Bo Chan"));
        assert_eq!(ld.date.as_deref(), Some("2020-02-03T01:00:00Z"));
        assert_eq!(ld.publisher.as_deref(), Some("The Daily"));
    }

    #[test]
    fn deep_nesting_is_flattened() {
        let html = format!(
            "<html><body>{}<p>Deep &amp; text</p>{}</body></html>",
            "<div class=\"x\">".repeat(400),
            "</div>".repeat(400)
        );
        let doc = Document::parse(&html);
        assert!(tree_depth(&doc) > 400);
        let flat = Document::parse(&flattened_html(&doc, 50));
        assert!(tree_depth(&flat) <= 51, "{}", tree_depth(&flat));
        assert!(flat.text_content(flat.root()).contains("Deep & text"));
    }

    #[test]
    fn site_suffix_stripped() {
        let t = |s: &str, o: Option<&str>| strip_site_suffix(s.to_string(), o);
        assert_eq!(t("Nadal wins - Sportsnet", Some("Sportsnet.ca")), "Nadal wins");
        assert_eq!(t("Talks fail | The Daily", Some("The Daily")), "Talks fail");
        assert_eq!(t("Opinion | Republicans follow", Some("NYTimes")), "Opinion | Republicans follow");
        assert_eq!(t("Left - right", None), "Left - right");
    }

    #[test]
    fn by_prefix_stripped() {
        assert_eq!(strip_by("By Jane Doe."), "Jane Doe");
        assert_eq!(strip_by("BY JANE DOE"), "JANE DOE");
        assert_eq!(strip_by("Jane Doe"), "Jane Doe");
    }
}
