//! HTML ingest: main content, metadata, and pages that must not break it.
//! Every page here is written for these tests.

use newsgraph_core::ingest::{ingest_bytes, parse_html, IngestOptions, InputFormat};
use newsgraph_core::{segment, IngestErrorKind};

const NEWS_PAGE: &str = r##"<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Ministers agree on river treaty | The Valley Courier</title>
  <meta property="og:title" content="Ministers agree on river treaty">
  <meta property="og:site_name" content="The Valley Courier">
  <meta property="og:url" content="https://courier.example/world/river-treaty">
  <meta name="author" content="Maria Okafor">
  <meta property="article:published_time" content="2024-03-05T09:30:00+01:00">
  <link rel="canonical" href="https://courier.example/world/river-treaty">
  <script type="application/ld+json">
  {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Ministers agree on river treaty",
   "datePublished": "2024-03-05T08:30:00Z", "author": {"@type": "Person", "name": "Maria Okafor"},
   "publisher": {"@type": "NewsMediaOrganization", "name": "The Valley Courier"}}
  </script>
</head>
<body>
  <div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience. Accept all cookies or manage your preferences.</div>
  <header class="site-header">
    <nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
  </header>
  <main>
    <article class="article">
      <h1 class="headline">Ministers agree on river treaty</h1>
      <div class="byline">By <a rel="author" href="/staff/okafor">Maria Okafor</a></div>
      <time datetime="2024-03-05">March 5, 2024</time>
      <div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a> <a href="#">Email</a></div>
      <div class="article-body">
        <p>GENEVA — Water ministers from four countries signed a treaty on Tuesday that sets how much water each may draw from the river during the dry season, ending a dispute that had lasted more than a decade.</p>
        <p>The agreement creates a joint commission that will publish monthly measurements of the river's flow and settle complaints within ninety days, the ministers said in a joint statement after the signing ceremony.</p>
        <div class="ad-slot"><span>Advertisement</span></div>
        <p>"This is the first time our governments have agreed on numbers rather than principles," said the commission's new chair, who added that farmers downstream had waited years for a clear rule they could plan around.</p>
        <p>Environmental groups welcomed the deal but warned that the treaty's limits would be tested in the first drought year, when every country would be tempted to draw more than its share of the shrinking river.</p>
        <p>The treaty still needs to be ratified by the four national parliaments, a process that officials expect to finish before the end of the year.</p>
      </div>
      <aside class="related-links">
        <h3>Related stories</h3>
        <ul><li><a href="/a">Drought hits farmers in the lower valley</a></li><li><a href="/b">Dam project stalls over funding</a></li><li><a href="/c">Ten photos of the river at its lowest</a></li></ul>
      </aside>
    </article>
  </main>
  <footer class="site-footer"><p>© 2024 The Valley Courier. All rights reserved.</p><p><a href="/privacy">Privacy policy</a> · <a href="/terms">Terms of use</a> · <a href="/contact">Contact us</a></p></footer>
</body>
</html>"##;

#[test]
fn news_page_main_text_and_metadata() {
    let a = parse_html(NEWS_PAGE, "page.html").expect("article");
    assert_eq!(a.title.as_deref(), Some("Ministers agree on river treaty"));
    assert_eq!(a.byline.as_deref(), Some("Maria Okafor"));
    assert_eq!(a.date.as_deref(), Some("2024-03-05"));
    assert_eq!(a.url.as_deref(), Some("https://courier.example/world/river-treaty"));
    assert_eq!(a.source.as_deref(), Some("The Valley Courier"));
    assert_eq!(a.dateline.as_deref(), Some("GENEVA"));
    assert!(a.body.starts_with("Water ministers from four countries signed a treaty"), "{}", a.body);
    assert!(a.body.ends_with("before the end of the year."), "{}", a.body);
    assert_eq!(a.body.matches("\n\n").count(), 4, "five paragraphs: {}", a.body);
    for boilerplate in
        ["cookies", "Home", "Share on", "Advertisement", "Related stories", "Drought hits", "All rights reserved", "Privacy"]
    {
        assert!(!a.body.contains(boilerplate), "{boilerplate:?} left in body: {}", a.body);
    }
}

#[test]
fn metadata_from_json_ld_only() {
    let page = r#"<html><head><script type="application/ld+json">
      [{"@type": "WebPage", "name": "x"},
       {"@type": "ReportageNewsArticle", "headline": "Port strike ends", "datePublished": "2023-11-20",
        "author": [{"name": "Lee Park"}, {"name": "Ana Ruiz"}], "url": "https://news.example/port",
        "publisher": {"name": "Harbour News"}}]
      </script></head><body><article>
      <p>Dock workers returned to the port on Monday after a three-week strike over pay ended with a deal that raises wages by eight percent over two years.</p>
      <p>The port authority said ships waiting offshore would be unloaded within a week, and that no cargo had been lost during the stoppage.</p>
      </article></body></html>"#;
    let a = parse_html(page, "ld.html").expect("article");
    assert_eq!(a.title.as_deref(), Some("Port strike ends"));
    assert_eq!(a.byline.as_deref(), Some("Lee Park, Ana Ruiz"));
    assert_eq!(a.date.as_deref(), Some("2023-11-20"));
    assert_eq!(a.url.as_deref(), Some("https://news.example/port"));
    assert_eq!(a.source.as_deref(), Some("Harbour News"));
    assert!(a.body.starts_with("Dock workers returned"));
}

#[test]
fn title_falls_back_to_h1_then_title() {
    let body = "<p>The city council voted on Thursday to close the old bridge to cars for two years while engineers rebuild its foundations and replace the deck.</p><p>Cyclists and pedestrians will still be able to cross during most of the works, the council said in a statement.</p>";
    let a = parse_html(
        &format!("<html><head><title>Page title</title></head><body><h1>Bridge to close</h1>{body}</body></html>"),
        "t",
    )
    .expect("article");
    assert_eq!(a.title.as_deref(), Some("Bridge to close"));
    let a = parse_html(&format!("<html><head><title>Page title</title></head><body>{body}</body></html>"), "t").expect("article");
    assert_eq!(a.title.as_deref(), Some("Page title"));
}

#[test]
fn time_element_date() {
    let page = "<html><body><article><time datetime=\"2021-07-14T10:00:00Z\">14 July</time><p>Firefighters contained the wildfire north of the town on Wednesday after four days, officials said, and residents were allowed to return to their homes.</p><p>No one was hurt, but eleven barns and a school were destroyed by the flames.</p></article></body></html>";
    let a = parse_html(page, "t").expect("article");
    assert_eq!(a.date.as_deref(), Some("2021-07-14"));
}

#[test]
fn pages_without_a_body_are_errors() {
    for page in [
        "<html><head><title>Nothing</title></head><body></body></html>",
        "<html><body><nav><a href='/'>Home</a></nav></body></html>",
        "<!DOCTYPE html><html></html>",
        "<html><body><script>var x = 1;</script><style>p{}</style></body></html>",
        "no markup at all",
        "",
    ] {
        match parse_html(page, "empty.html") {
            Err(e) => assert!(matches!(e.kind, IngestErrorKind::Html(_)), "{page:?}: {e}"),
            Ok(a) => panic!("{page:?} gave an article: {:?}", a.body),
        }
    }
}

#[test]
fn malformed_html_still_yields_text() {
    let page = "<html><body><div><p>The election commission said on Sunday that turnout had reached sixty-one percent, the highest in twenty years <b>and <i>unclosed<p>Counting will continue through the night in the capital and the northern provinces, where polls closed late.<div><span>";
    let a = parse_html(page, "bad.html").expect("article");
    assert!(a.body.contains("turnout had reached sixty-one percent"), "{}", a.body);
    assert!(a.body.contains("Counting will continue"), "{}", a.body);
}

#[test]
fn huge_and_deep_pages_do_not_break() {
    let para = "<p>Officials said the reconstruction of the harbour would take at least three more years and cost more than planned.</p>\n";
    let page = format!("<html><body><article>{}</article></body></html>", para.repeat(5_000));
    let a = parse_html(&page, "huge.html").expect("article");
    assert!(a.body.len() > 400_000);

    let deep = format!(
        "<html><body>{}<p>Deep text about the harbour and its long reconstruction by the city.</p>{}</body></html>",
        "<div>".repeat(5_000),
        "</div>".repeat(5_000)
    );
    // Deeply nested markup may or may not yield text; it must not crash.
    let _ = parse_html(&deep, "deep.html");
}

#[test]
fn binary_garbage_through_ingest_never_panics() {
    let opts = IngestOptions::default();
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    for len in [1usize, 7, 64, 513, 4096, 70_000] {
        let bytes: Vec<u8> = (0..len)
            .map(|_| {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                (seed >> 24) as u8
            })
            .collect();
        for a in ingest_bytes(&bytes, Some(InputFormat::Html), "garbage.bin", &opts).into_iter().flatten() {
            let _ = segment::segment(a);
        }
        let mut html = b"<html><body><p>".to_vec();
        html.extend(bytes.iter().map(|b| if *b == 0 { b' ' } else { *b }));
        for a in ingest_bytes(&html, Some(InputFormat::Html), "garbage.html", &opts).into_iter().flatten() {
            let _ = segment::segment(a);
        }
    }
}

#[test]
fn html_through_ingest_and_segment() {
    let opts = IngestOptions::default();
    let arts = ingest_bytes(NEWS_PAGE.as_bytes(), None, "page.html", &opts);
    let a = arts.into_iter().next().expect("one result").expect("article");
    assert_eq!(a.origin.as_deref(), Some("page.html"));
    let doc = segment::segment(a);
    assert_eq!(doc.sentences.len(), 5);
}

/// The benchmark, when `../shared` is there: a floor so that a regression in extraction fails loudly.
#[test]
fn shared_benchmark_floor_when_available() {
    let dir =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval/extraction/article-extraction-benchmark");
    let Ok(json) = std::fs::read_to_string(dir.join("ground-truth.json")) else {
        eprintln!("skipped: {} not found", dir.display());
        return;
    };
    let gold = newsgraph_core::eval_html::parse_ground_truth(&json).expect("ground truth");
    let mut summary = newsgraph_core::eval_html::ExtractionSummary::default();
    // A sample keeps the debug-build test quick.
    for g in gold.iter().step_by(6) {
        let path = dir.join("html").join(format!("{}.html.gz", g.id));
        let Ok(raw) = std::fs::read(&path) else { continue };
        let bytes = newsgraph_core::eval_html::maybe_gunzip(raw).expect("gzip");
        let body = ingest_bytes(&bytes, Some(InputFormat::Html), "p", &IngestOptions::default())
            .into_iter()
            .next()
            .and_then(Result::ok)
            .map(|a| a.body)
            .unwrap_or_default();
        summary.add(newsgraph_core::eval_html::ShingleScore::compare(&g.body, &body));
    }
    assert!(summary.pages >= 25, "{} pages", summary.pages);
    assert!(summary.f1() > 0.9, "F1 {:.3} (P {:.3} R {:.3})", summary.f1(), summary.precision(), summary.recall());
}
