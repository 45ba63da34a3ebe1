//! The ledger reader on arbitrary bytes: never panics; whatever it accepts
//! writes -> reads -> writes identically (extra columns kept); checking the
//! rows against a small reference never panics.
#![no_main]

use claimcheck::ledger::{CsvLedgerWriter, LedgerRow, read_ledger};
use claimcheck::reference::Reference;
use libfuzzer_sys::fuzz_target;
use std::path::Path;

fn write(rows: &[LedgerRow], extra: &[String]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut w = CsvLedgerWriter::new(&mut out, extra.to_vec());
    for r in rows {
        w.write(r).unwrap();
    }
    w.finish().unwrap();
    out
}

const REFERENCE: &str = "key,kind,match,value,unit,period,tolerance\n\
toll,figure,killed|death toll,290000,,,2%\n\
cpi,figure,inflation,2.8,percent,2024-03,\n\
cpi_feb,figure,inflation,3.1,percent,2024-02,\n\
truce,date,come into force|truce,2016-09-12,,,P1D\n\
kerry,attribution,said,John Kerry,,,\n";

fuzz_target!(|data: &[u8]| {
    let Ok((rows, extra)) = read_ledger(data, Path::new("fuzz.csv")) else {
        return;
    };
    let a = write(&rows, &extra);
    let (rows2, extra2) = read_ledger(&a[..], Path::new("a.csv")).unwrap();
    assert_eq!(extra, extra2);
    assert_eq!(rows, rows2);
    let b = write(&rows2, &extra2);
    assert_eq!(a, b);
    let reference = Reference::from_reader(REFERENCE.as_bytes(), Path::new("r.csv")).unwrap();
    let checked = claimcheck::check::check(&rows, &reference);
    assert_eq!(checked.len(), rows.len());
});
