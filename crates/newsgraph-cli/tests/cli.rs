//! Integration tests that run the real `newsgraph` binary. Each test is named after the
//! behaviour it pins.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_newsgraph"))
}

fn tmpdir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("newsgraph-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("run newsgraph")
}

fn records(out: &Output) -> Vec<serde_json::Value> {
    let text = String::from_utf8(out.stdout.clone()).unwrap();
    serde_json::Deserializer::from_str(&text).into_iter::<serde_json::Value>().map(Result::unwrap).collect()
}

const ARTICLE: &str = "Brazil takes tariff fight to WTO\n\nBy Ana Souza\n\nBRASILIA — Brazil has criticised the tariffs Washington imposed on its steel. 'We will take this to the WTO,' said Mauro Vieira, Brazil's foreign minister, according to Agência Brasil.\n\nThe U.S. Trade Representative declined to comment.\n";

#[test]
fn analyze_text_file_gives_schema_v1_record() {
    let d = tmpdir("one");
    let p = d.join("a.txt");
    std::fs::write(&p, ARTICLE).unwrap();
    let out = run(&["analyze", p.to_str().unwrap(), "--date", "2025-03-04"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let recs = records(&out);
    assert_eq!(recs.len(), 1);
    let r = &recs[0];
    assert_eq!(r["schema"], "newsgraph/1");
    assert_eq!(r["article"]["title"], "Brazil takes tariff fight to WTO");
    assert_eq!(r["article"]["byline"], "Ana Souza");
    assert_eq!(r["article"]["dateline"], "BRASILIA");
    assert_eq!(r["article"]["date"], "2025-03-04");
    let body = r["body"].as_str().unwrap();
    assert!(body.starts_with("Brazil has criticised"));
    for s in r["sentences"].as_array().unwrap() {
        let (a, b) = (s["start"].as_u64().unwrap() as usize, s["end"].as_u64().unwrap() as usize);
        assert!(body.is_char_boundary(a) && body.is_char_boundary(b) && a < b && b <= body.len());
    }
    assert_eq!(r["sentences"].as_array().unwrap().len(), 3);
    assert_eq!(r["paragraphs"].as_array().unwrap().len(), 2);
}

#[test]
fn some_inputs_rejected_exits_1_and_names_each() {
    let d = tmpdir("mixed");
    std::fs::write(d.join("good.txt"), ARTICLE).unwrap();
    std::fs::write(d.join("empty.txt"), "").unwrap();
    std::fs::write(d.join("binary.txt"), [0u8, 159, 146, 150, 0, 1, 2, 3]).unwrap();
    std::fs::write(d.join("nobody.html"), "<html><head><title>x</title></head></html>").unwrap();
    std::fs::write(
        d.join("wire.jsonl"),
        "{\"title\":\"A\",\"text\":\"Iran said talks would resume.\"}\n{not json\n{\"title\":\"no text\"}\n{\"text\":\"The U.N. met.\"}\n",
    )
    .unwrap();
    let out = run(&["analyze", d.to_str().unwrap(), "--format", "jsonl"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("empty.txt: empty input"), "{err}");
    assert!(err.contains("binary.txt: binary data"), "{err}");
    assert!(err.contains("nobody.html"), "{err}");
    assert!(err.contains("wire.jsonl:2: malformed JSON"), "{err}");
    assert!(err.contains("wire.jsonl:3: record has no `text` field"), "{err}");
    // good.txt and the two good JSONL records still come out, in input order.
    let recs = records(&out);
    assert_eq!(recs.len(), 3);
    assert_eq!(recs[0]["article"]["title"], "Brazil takes tariff fight to WTO");
    assert_eq!(recs[1]["article"]["title"], "A");
}

#[test]
fn invalid_utf8_is_decoded_lossily_with_a_warning() {
    let d = tmpdir("utf8");
    let p = d.join("latin1.txt");
    std::fs::write(&p, b"Headline\n\nThe minister visited S\xe3o Paulo on Monday and met officials there.\n").unwrap();
    let out = run(&["analyze", p.to_str().unwrap(), "--format", "jsonl"]);
    assert!(out.status.success());
    let r = &records(&out)[0];
    assert!(r["article"]["warnings"][0].as_str().unwrap().contains("invalid UTF-8"));
    assert!(r["body"].as_str().unwrap().contains('\u{fffd}'));
}

#[test]
fn closed_pipe_is_not_an_error() {
    let d = tmpdir("pipe");
    for i in 0..300 {
        std::fs::write(d.join(format!("a{i:03}.txt")), ARTICLE.replace("Brazil takes", &format!("Story {i}: Brazil takes")))
            .unwrap();
    }
    let mut child = bin().args(["analyze", d.to_str().unwrap()]).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut buf = [0u8; 64];
    std::io::Read::read_exact(&mut stdout, &mut buf).unwrap();
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn stdin_and_input_format() {
    let mut child = bin()
        .args(["analyze", "-", "--input-format", "json", "--format", "jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"{\"url\":\"http://x\",\"date\":\"2025-01-02\",\"title\":\"T\",\"text\":\"Russia said it would respond.\",\"source\":\"TASS\",\"section\":\"world\"}")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let r = &records(&out)[0];
    assert_eq!(r["article"]["source"], "TASS");
    assert_eq!(r["article"]["extra"]["section"], "world");
    assert_eq!(r["article"]["date"], "2025-01-02");
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(run(&["analyze"]).status.code(), Some(2));
    assert_eq!(run(&["analyze", "x.txt", "--date", "March 3"]).status.code(), Some(2));
    assert_eq!(run(&["analyze", "x.txt", "--input-format", "docx"]).status.code(), Some(2));
    assert_eq!(run(&["frobnicate"]).status.code(), Some(2));
    assert_eq!(run(&["--help"]).status.code(), Some(0));
}

#[test]
fn missing_path_is_rejected_not_fatal() {
    let out = run(&["analyze", "/nonexistent/newsgraph/input.txt"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/newsgraph/input.txt: cannot read"));
}

#[test]
fn fifty_megabyte_file_is_analysed() {
    let d = tmpdir("big");
    let p = d.join("big.txt");
    let para = "The delegation met officials in Geneva on Tuesday, and talks resumed after a short break. ";
    let mut text = String::from("A very long article\n\n");
    while text.len() < 50 * 1024 * 1024 {
        for _ in 0..20 {
            text.push_str(para);
        }
        text.push_str("\n\n");
    }
    std::fs::write(&p, &text).unwrap();
    let out = run(&["analyze", p.to_str().unwrap(), "--format", "pretty", "--out", d.join("o.txt").to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let summary = std::fs::read_to_string(d.join("o.txt")).unwrap();
    assert!(summary.contains("A very long article"));
    // And the size limit gives a clear rejection.
    let out = run(&["analyze", p.to_str().unwrap(), "--max-mb", "10"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("over the limit"));
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn directory_output_order_is_deterministic() {
    let d = tmpdir("order");
    for i in (0..40).rev() {
        std::fs::write(
            d.join(format!("s{i:02}.txt")),
            format!("Story {i}\n\nOfficials in Kyiv said talks would resume, number {i}."),
        )
        .unwrap();
    }
    let a = run(&["analyze", d.to_str().unwrap(), "--format", "jsonl"]);
    let b = run(&["analyze", d.to_str().unwrap(), "--format", "jsonl"]);
    assert_eq!(a.stdout, b.stdout);
    let titles: Vec<String> = records(&a).iter().map(|r| r["article"]["title"].as_str().unwrap().to_string()).collect();
    let want: Vec<String> = (0..40).map(|i| format!("Story {i}")).collect();
    assert_eq!(titles, want);
}
