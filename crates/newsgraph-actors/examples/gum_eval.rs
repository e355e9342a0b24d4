use newsgraph_actors::eval::*;
use newsgraph_actors::ActorStage;
fn main() {
    let dir = "/work/shared/corpora/gum-news/coref_tsv";
    let stage = ActorStage::load(true, &[], &[]).unwrap();
    let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().flatten().map(|e| e.path()).collect();
    files.sort();
    let mut s = Scores::default();
    let show = std::env::args().nth(1);
    for f in files {
        let d = parse_coref_tsv(f.file_stem().unwrap().to_str().unwrap(), &std::fs::read_to_string(&f).unwrap());
        let (x, fps, fns) = score(&d, &newsgraph_predictions(&stage, &d));
        s.add(&x);
        if let Some(c) = &show {
            for p in fps.iter().filter(|p| p.class.name() == c) {
                println!("extra  {:?}", &d.text[p.start..p.end]);
            }
            for p in fns.iter().filter(|p| p.class.name() == c) {
                println!("missed {:?}", &d.text[p.start..p.end]);
            }
        }
    }
    for (i, c) in Class::ALL.iter().enumerate() {
        let o = s.overlap[i];
        println!("{:<13} P {:.3} R {:.3} F1 {:.3}", c.name(), o.precision(), o.recall(), o.f1());
    }
}
