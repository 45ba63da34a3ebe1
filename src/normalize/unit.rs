//! Units and currencies: surface words and symbols to the ledger's unit
//! codes (ISO 4217 for money, short symbols for quantities), and the
//! conversions the checker uses to compare values stated in different units.
//!
//! The word tables are data: a row per surface form, in
//! `rules/builtin/units.toml` (embedded, read once). Lookups are by
//! lower-cased surface form, except where case matters (`m` vs `M`) which
//! the figure extractor handles before calling in.

/// Physical dimension of a unit; conversions exist only within one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dim {
    /// km, m, mi...
    Length,
    /// km2, ha...
    Area,
    /// kg, t, lb...
    Mass,
    /// l, m3, bbl...
    Volume,
    /// kWh, J...
    Energy,
    /// kW, MW...
    Power,
    /// km/h, mph...
    Speed,
    /// C, F, K (affine).
    Temperature,
    /// years of age.
    Age,
    /// GB, MB...
    Data,
    /// Plane angles: degrees of arc, radians.
    Angle,
    /// Hz, MHz, GHz...
    Frequency,
    /// Other.
    Other,
}

/// A unit: ledger symbol, dimension and factor to the dimension's base unit.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Unit {
    /// Ledger symbol.
    pub symbol: &'static str,
    /// Dimension.
    pub dim: Dim,
    /// Multiply by this to get the base unit (m, m2, kg, l, J, W, m/s, B).
    pub factor: f64,
}

const fn u(symbol: &'static str, dim: Dim, factor: f64) -> Unit {
    Unit {
        symbol,
        dim,
        factor,
    }
}

/// The built-in phrase tables (currency words, unit words), embedded.
pub const BUILTIN_SOURCE: &str = include_str!("../../rules/builtin/units.toml");

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Tables {
    currency_words: Vec<(String, String)>,
    units: Vec<RawUnit>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct RawUnit {
    word: String,
    symbol: String,
    dim: String,
    factor: f64,
}

impl Dim {
    /// The dimension a unit table names ("length", "mass"...).
    pub fn from_name(name: &str) -> Option<Dim> {
        Some(match name {
            "length" => Dim::Length,
            "area" => Dim::Area,
            "mass" => Dim::Mass,
            "volume" => Dim::Volume,
            "energy" => Dim::Energy,
            "power" => Dim::Power,
            "speed" => Dim::Speed,
            "temperature" => Dim::Temperature,
            "age" => Dim::Age,
            "data" => Dim::Data,
            "angle" => Dim::Angle,
            "frequency" => Dim::Frequency,
            "other" => Dim::Other,
            _ => return None,
        })
    }
}

/// A currency word table and a unit word table.
type PhraseTables = (Vec<(&'static str, &'static str)>, Vec<(&'static str, Unit)>);

/// Both tables, read once; the strings live as long as the process.
static TABLES: std::sync::LazyLock<PhraseTables> = std::sync::LazyLock::new(|| {
    let t: Tables = toml::from_str(BUILTIN_SOURCE).expect("built-in unit tables parse");
    let leak = |s: String| -> &'static str { s.leak() };
    let currencies = t
        .currency_words
        .into_iter()
        .map(|(w, c)| (leak(w), leak(c)))
        .collect();
    let units = t
        .units
        .into_iter()
        .map(|r| {
            let dim = Dim::from_name(&r.dim)
                .unwrap_or_else(|| panic!("unit {:?}: unknown dimension {:?}", r.word, r.dim));
            (leak(r.word), u(leak(r.symbol), dim, r.factor))
        })
        .collect();
    (currencies, units)
});

/// Surface forms (lower case) of quantity units with their unit: the
/// `units` table of `rules/builtin/units.toml`. Lookups are exact.
pub fn units() -> &'static [(&'static str, Unit)] {
    &TABLES.1
}

/// Look up a quantity unit by surface form (case-insensitive).
pub fn unit(surface: &str) -> Option<Unit> {
    let s = surface.to_lowercase();
    units().iter().find(|(k, _)| *k == s).map(|(_, u)| *u)
}

/// Look up a unit by ledger symbol.
pub fn unit_by_symbol(symbol: &str) -> Option<Unit> {
    units()
        .iter()
        .find(|(_, u)| u.symbol == symbol)
        .map(|(_, u)| *u)
}

/// Currency symbols written before the amount, longest first.
pub const CURRENCY_SYMBOLS: &[(&str, &str)] = &[
    ("US$", "USD"),
    ("A$", "AUD"),
    ("AU$", "AUD"),
    ("C$", "CAD"),
    ("CA$", "CAD"),
    ("HK$", "HKD"),
    ("NZ$", "NZD"),
    ("S$", "SGD"),
    ("R$", "BRL"),
    ("NT$", "TWD"),
    ("Mex$", "MXN"),
    ("$", "USD"),
    ("£", "GBP"),
    ("€", "EUR"),
    ("¥", "JPY"),
    ("₹", "INR"),
    ("₽", "RUB"),
    ("₩", "KRW"),
    ("₺", "TRY"),
    ("₦", "NGN"),
    ("₱", "PHP"),
    ("₡", "CRC"),
    ("₾", "GEL"),
    ("₭", "LAK"),
    ("₿", "BTC"),
    ("₪", "ILS"),
    ("元", "CNY"),
    ("Rs", "INR"),
];

/// Currency signs written in letters before an amount, glued ("R2.3bn",
/// "RM50m", "Rs1,200 crore") or after one space ("Tk 20 crore", "KSh 3bn").
/// A lone "R" is read only glued. Glued signs need an amount that reads as
/// money (a scale, thousands separators or two decimals), so names and
/// codes like "R101" or "RM5" stay what they are.
pub const LETTER_CURRENCY_SIGNS: &[(&str, &str)] = &[
    ("R", "ZAR"),
    ("Rs", "INR"),
    ("RM", "MYR"),
    ("Rp", "IDR"),
    ("KSh", "KES"),
    ("Ksh", "KES"),
    ("Sh", "KES"),
    ("Tk", "BDT"),
];

/// Currency words written after an amount, longest first where one
/// contains another: the `currency_words` table of `rules/builtin/units.toml`.
pub fn currency_words() -> &'static [(&'static str, &'static str)] {
    &TABLES.0
}

/// ISO 4217 codes recognized when written as words ("USD 5 million").
pub const CURRENCY_CODES: &[&str] = &[
    "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "CHF", "CAD", "AUD", "NZD", "HKD", "SGD", "INR",
    "RUB", "BRL", "MXN", "ZAR", "TRY", "KRW", "SEK", "NOK", "DKK", "PLN", "ILS", "AED", "SAR",
    "NGN", "EGP", "KES", "PKR", "IDR", "THB", "MYR", "PHP", "TWD", "ARS", "CLP", "COP", "UAH",
    "HUF", "CZK", "RON", "VND", "LKR", "BDT", "QAR", "KWD", "BTC", "GEL", "CRC", "LAK",
];

/// Codes also read in lower case ("20 usd"): none of them is an English
/// word ("try", "all", "top" are not here).
pub const LOWERCASE_CODES: &[&str] = &[
    "usd", "eur", "gbp", "rmb", "cny", "jpy", "inr", "aud", "cad", "mxn", "nzd", "chf", "hkd",
    "sgd", "zar", "sek", "nok", "dkk", "pln", "btc", "brl", "rub", "krw",
];

/// Look up a currency word (case-insensitive).
pub fn currency_word(surface: &str) -> Option<&'static str> {
    let s = surface.to_lowercase();
    currency_words()
        .iter()
        .find(|(k, _)| *k == s)
        .map(|(_, c)| *c)
}

/// Convert `value` from unit `from` to unit `to` (ledger symbols). Returns
/// `None` when no conversion exists (different dimensions, currencies).
pub fn convert(value: f64, from: &str, to: &str) -> Option<f64> {
    if from == to {
        return Some(value);
    }
    let (base_from, rate_from) = split_rate(from);
    let (base_to, rate_to) = split_rate(to);
    if rate_from != rate_to {
        return None;
    }
    let a = unit_by_symbol(base_from)?;
    let b = unit_by_symbol(base_to)?;
    if a.dim != b.dim {
        return None;
    }
    if a.dim == Dim::Temperature {
        let celsius = match a.symbol {
            "C" => value,
            "F" => (value - 32.0) * 5.0 / 9.0,
            "K" => value - 273.15,
            _ => return None,
        };
        return match b.symbol {
            "C" => Some(celsius),
            "F" => Some(celsius * 9.0 / 5.0 + 32.0),
            "K" => Some(celsius + 273.15),
            _ => None,
        };
    }
    Some(value * a.factor / b.factor)
}

/// Split `bbl/day` into (`bbl`, `day`).
fn split_rate(unit: &str) -> (&str, &str) {
    match unit.split_once('/') {
        Some((a, b)) if unit_by_symbol(unit).is_none() => (a, b),
        _ => (unit, ""),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_phrase_tables_load_well_formed() {
        assert!(units().len() > 200 && currency_words().len() > 80);
        for (w, u) in units() {
            assert_eq!(*w, w.to_lowercase(), "unit word {w:?} must be lower case");
            assert!(u.factor > 0.0 && !u.symbol.is_empty(), "{w:?}");
        }
        for (w, code) in currency_words() {
            assert_eq!(
                *w,
                w.to_lowercase(),
                "currency word {w:?} must be lower case"
            );
            assert!(
                code.len() == 3 && code.chars().all(|c| c.is_ascii_uppercase()),
                "{w:?} -> {code:?} is not an ISO 4217 code"
            );
        }
        assert_eq!(
            unit("Kilometres").map(|u| (u.symbol, u.factor)),
            Some(("km", 1000.0))
        );
        assert_eq!(currency_word("Euros"), Some("EUR"));
    }

    #[test]
    fn lookups() {
        assert_eq!(unit("Kilometres").unwrap().symbol, "km");
        assert_eq!(unit("tonnes").unwrap().symbol, "t");
        assert_eq!(unit("°C").unwrap().symbol, "C");
        assert_eq!(currency_word("Euros"), Some("EUR"));
        assert_eq!(unit("people"), None);
    }

    #[test]
    fn conversions() {
        assert!((convert(1.0, "mi", "km").unwrap() - 1.609344).abs() < 1e-9);
        assert!((convert(100.0, "C", "F").unwrap() - 212.0).abs() < 1e-9);
        assert!((convert(2.0, "t", "kg").unwrap() - 2000.0).abs() < 1e-9);
        // "3.6m tonnes" checks against a table in megatonnes; "Mt" is
        // only a symbol ("mt" in copy may be metric tons or Mount)
        assert!((convert(3_600_000.0, "t", "Mt").unwrap() - 3.6).abs() < 1e-9);
        assert_eq!(unit("gigatonnes").unwrap().symbol, "Gt");
        assert!(unit("Mt").is_none());
        assert!((convert(180.0, "arcdeg", "rad").unwrap() - std::f64::consts::PI).abs() < 1e-9);
        assert_eq!(convert(90.0, "arcdeg", "C"), None);
        assert!((convert(5.0, "bbl/day", "l/day").unwrap() - 794.935).abs() < 1e-6);
        assert_eq!(convert(1.0, "km", "kg"), None);
        assert_eq!(convert(1.0, "USD", "EUR"), None);
        assert_eq!(convert(1.0, "bbl/day", "bbl/year"), None);
    }
}
