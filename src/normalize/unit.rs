//! Units and currencies: surface words and symbols to the ledger's unit
//! codes (ISO 4217 for money, short symbols for quantities), and the
//! conversions the checker uses to compare values stated in different units.
//!
//! The tables are data: a row per surface form. Lookups are by lower-cased
//! surface form, except where case matters (`m` vs `M`) which the figure
//! extractor handles before calling in.

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

/// Surface forms (lower case) of quantity units, longest first where one is
/// a prefix of another is irrelevant: lookups are exact.
pub const UNITS: &[(&str, Unit)] = &[
    ("km", u("km", Dim::Length, 1000.0)),
    ("kms", u("km", Dim::Length, 1000.0)),
    ("kilometre", u("km", Dim::Length, 1000.0)),
    ("kilometres", u("km", Dim::Length, 1000.0)),
    ("kilometer", u("km", Dim::Length, 1000.0)),
    ("kilometers", u("km", Dim::Length, 1000.0)),
    ("metre", u("m", Dim::Length, 1.0)),
    ("metres", u("m", Dim::Length, 1.0)),
    ("meter", u("m", Dim::Length, 1.0)),
    ("meters", u("m", Dim::Length, 1.0)),
    ("m", u("m", Dim::Length, 1.0)),
    ("dm", u("dm", Dim::Length, 0.1)),
    ("decimetre", u("dm", Dim::Length, 0.1)),
    ("decimetres", u("dm", Dim::Length, 0.1)),
    ("decimeter", u("dm", Dim::Length, 0.1)),
    ("decimeters", u("dm", Dim::Length, 0.1)),
    ("picometre", u("pm", Dim::Length, 1e-12)),
    ("picometres", u("pm", Dim::Length, 1e-12)),
    ("picometer", u("pm", Dim::Length, 1e-12)),
    ("picometers", u("pm", Dim::Length, 1e-12)),
    ("micrometre", u("um", Dim::Length, 1e-6)),
    ("micrometres", u("um", Dim::Length, 1e-6)),
    ("micrometer", u("um", Dim::Length, 1e-6)),
    ("micrometers", u("um", Dim::Length, 1e-6)),
    ("nanometres", u("nm", Dim::Length, 1e-9)),
    ("nanometers", u("nm", Dim::Length, 1e-9)),
    ("cm", u("cm", Dim::Length, 0.01)),
    ("centimetre", u("cm", Dim::Length, 0.01)),
    ("centimetres", u("cm", Dim::Length, 0.01)),
    ("centimeter", u("cm", Dim::Length, 0.01)),
    ("centimeters", u("cm", Dim::Length, 0.01)),
    ("mm", u("mm", Dim::Length, 0.001)),
    ("millimetre", u("mm", Dim::Length, 0.001)),
    ("millimetres", u("mm", Dim::Length, 0.001)),
    ("millimeter", u("mm", Dim::Length, 0.001)),
    ("millimeters", u("mm", Dim::Length, 0.001)),
    ("mile", u("mi", Dim::Length, 1609.344)),
    ("miles", u("mi", Dim::Length, 1609.344)),
    ("mi", u("mi", Dim::Length, 1609.344)),
    ("nautical mile", u("nmi", Dim::Length, 1852.0)),
    ("nautical miles", u("nmi", Dim::Length, 1852.0)),
    ("foot", u("ft", Dim::Length, 0.3048)),
    ("feet", u("ft", Dim::Length, 0.3048)),
    ("ft", u("ft", Dim::Length, 0.3048)),
    ("inch", u("in", Dim::Length, 0.0254)),
    ("inches", u("in", Dim::Length, 0.0254)),
    ("yard", u("yd", Dim::Length, 0.9144)),
    ("yards", u("yd", Dim::Length, 0.9144)),
    ("light year", u("ly", Dim::Length, 9.4607e15)),
    ("light years", u("ly", Dim::Length, 9.4607e15)),
    ("light-year", u("ly", Dim::Length, 9.4607e15)),
    ("light-years", u("ly", Dim::Length, 9.4607e15)),
    ("sq km", u("km2", Dim::Area, 1e6)),
    ("km2", u("km2", Dim::Area, 1e6)),
    ("km²", u("km2", Dim::Area, 1e6)),
    ("square kilometre", u("km2", Dim::Area, 1e6)),
    ("square kilometres", u("km2", Dim::Area, 1e6)),
    ("square kilometer", u("km2", Dim::Area, 1e6)),
    ("square kilometers", u("km2", Dim::Area, 1e6)),
    ("square metre", u("m2", Dim::Area, 1.0)),
    ("square metres", u("m2", Dim::Area, 1.0)),
    ("square meter", u("m2", Dim::Area, 1.0)),
    ("square meters", u("m2", Dim::Area, 1.0)),
    ("sq m", u("m2", Dim::Area, 1.0)),
    ("m2", u("m2", Dim::Area, 1.0)),
    ("m²", u("m2", Dim::Area, 1.0)),
    ("square mile", u("mi2", Dim::Area, 2_589_988.11)),
    ("square miles", u("mi2", Dim::Area, 2_589_988.11)),
    ("sq mi", u("mi2", Dim::Area, 2_589_988.11)),
    ("square feet", u("ft2", Dim::Area, 0.092903)),
    ("square foot", u("ft2", Dim::Area, 0.092903)),
    ("sq ft", u("ft2", Dim::Area, 0.092903)),
    ("hectare", u("ha", Dim::Area, 1e4)),
    ("hectares", u("ha", Dim::Area, 1e4)),
    ("ha", u("ha", Dim::Area, 1e4)),
    ("acre", u("acre", Dim::Area, 4046.856)),
    ("acres", u("acre", Dim::Area, 4046.856)),
    ("kg", u("kg", Dim::Mass, 1.0)),
    ("kgs", u("kg", Dim::Mass, 1.0)),
    ("kilogram", u("kg", Dim::Mass, 1.0)),
    ("kilograms", u("kg", Dim::Mass, 1.0)),
    ("kilogramme", u("kg", Dim::Mass, 1.0)),
    ("kilogrammes", u("kg", Dim::Mass, 1.0)),
    ("kilo", u("kg", Dim::Mass, 1.0)),
    ("kilos", u("kg", Dim::Mass, 1.0)),
    ("g", u("g", Dim::Mass, 0.001)),
    ("gram", u("g", Dim::Mass, 0.001)),
    ("grams", u("g", Dim::Mass, 0.001)),
    ("gramme", u("g", Dim::Mass, 0.001)),
    ("grammes", u("g", Dim::Mass, 0.001)),
    ("mg", u("mg", Dim::Mass, 1e-6)),
    ("µg", u("ug", Dim::Mass, 1e-9)),
    ("mcg", u("ug", Dim::Mass, 1e-9)),
    ("μg", u("ug", Dim::Mass, 1e-9)),
    ("microgramme", u("ug", Dim::Mass, 1e-9)),
    ("microgrammes", u("ug", Dim::Mass, 1e-9)),
    ("microgram", u("ug", Dim::Mass, 1e-9)),
    ("micrograms", u("ug", Dim::Mass, 1e-9)),
    ("milligram", u("mg", Dim::Mass, 1e-6)),
    ("milligrams", u("mg", Dim::Mass, 1e-6)),
    ("t", u("t", Dim::Mass, 1000.0)),
    ("tonne", u("t", Dim::Mass, 1000.0)),
    ("tonnes", u("t", Dim::Mass, 1000.0)),
    ("metric ton", u("t", Dim::Mass, 1000.0)),
    ("metric tons", u("t", Dim::Mass, 1000.0)),
    ("ton", u("t", Dim::Mass, 1000.0)),
    ("tons", u("t", Dim::Mass, 1000.0)),
    ("lb", u("lb", Dim::Mass, 0.453_592_37)),
    ("lbs", u("lb", Dim::Mass, 0.453_592_37)),
    ("ounce", u("oz", Dim::Mass, 0.028_349_5)),
    ("ounces", u("oz", Dim::Mass, 0.028_349_5)),
    ("oz", u("oz", Dim::Mass, 0.028_349_5)),
    ("stone", u("st", Dim::Mass, 6.350_29)),
    ("litre", u("l", Dim::Volume, 1.0)),
    ("litres", u("l", Dim::Volume, 1.0)),
    ("liter", u("l", Dim::Volume, 1.0)),
    ("liters", u("l", Dim::Volume, 1.0)),
    ("ml", u("ml", Dim::Volume, 0.001)),
    ("millilitre", u("ml", Dim::Volume, 0.001)),
    ("millilitres", u("ml", Dim::Volume, 0.001)),
    ("milliliter", u("ml", Dim::Volume, 0.001)),
    ("milliliters", u("ml", Dim::Volume, 0.001)),
    ("cubic metre", u("m3", Dim::Volume, 1000.0)),
    ("cubic metres", u("m3", Dim::Volume, 1000.0)),
    ("cubic meter", u("m3", Dim::Volume, 1000.0)),
    ("cubic meters", u("m3", Dim::Volume, 1000.0)),
    ("m3", u("m3", Dim::Volume, 1000.0)),
    ("m³", u("m3", Dim::Volume, 1000.0)),
    ("cubic kilometres", u("km3", Dim::Volume, 1e12)),
    ("cubic kilometers", u("km3", Dim::Volume, 1e12)),
    ("km3", u("km3", Dim::Volume, 1e12)),
    ("tablespoon", u("tbsp", Dim::Volume, 0.014_786_8)),
    ("tablespoons", u("tbsp", Dim::Volume, 0.014_786_8)),
    ("tbsp", u("tbsp", Dim::Volume, 0.014_786_8)),
    ("teaspoon", u("tsp", Dim::Volume, 0.004_928_92)),
    ("teaspoons", u("tsp", Dim::Volume, 0.004_928_92)),
    ("tsp", u("tsp", Dim::Volume, 0.004_928_92)),
    ("cup", u("cup", Dim::Volume, 0.236_588)),
    ("cups", u("cup", Dim::Volume, 0.236_588)),
    ("gallon", u("gal", Dim::Volume, 3.785_41)),
    ("gallons", u("gal", Dim::Volume, 3.785_41)),
    ("barrel", u("bbl", Dim::Volume, 158.987)),
    ("barrels", u("bbl", Dim::Volume, 158.987)),
    ("bbl", u("bbl", Dim::Volume, 158.987)),
    ("cubic feet", u("ft3", Dim::Volume, 28.3168)),
    ("kwh", u("kWh", Dim::Energy, 3.6e6)),
    ("mwh", u("MWh", Dim::Energy, 3.6e9)),
    ("gwh", u("GWh", Dim::Energy, 3.6e12)),
    ("twh", u("TWh", Dim::Energy, 3.6e15)),
    ("kilowatt hours", u("kWh", Dim::Energy, 3.6e6)),
    ("kilowatt-hours", u("kWh", Dim::Energy, 3.6e6)),
    ("joule", u("J", Dim::Energy, 1.0)),
    ("joules", u("J", Dim::Energy, 1.0)),
    ("calories", u("kcal", Dim::Energy, 4184.0)),
    ("kcal", u("kcal", Dim::Energy, 4184.0)),
    ("kw", u("kW", Dim::Power, 1e3)),
    ("mw", u("MW", Dim::Power, 1e6)),
    ("gw", u("GW", Dim::Power, 1e9)),
    ("kilowatt", u("kW", Dim::Power, 1e3)),
    ("kilowatts", u("kW", Dim::Power, 1e3)),
    ("megawatt", u("MW", Dim::Power, 1e6)),
    ("megawatts", u("MW", Dim::Power, 1e6)),
    ("gigawatt", u("GW", Dim::Power, 1e9)),
    ("gigawatts", u("GW", Dim::Power, 1e9)),
    ("watts", u("W", Dim::Power, 1.0)),
    ("km/h", u("km/h", Dim::Speed, 1.0 / 3.6)),
    ("kph", u("km/h", Dim::Speed, 1.0 / 3.6)),
    ("kmh", u("km/h", Dim::Speed, 1.0 / 3.6)),
    ("kmph", u("km/h", Dim::Speed, 1.0 / 3.6)),
    ("km/hr", u("km/h", Dim::Speed, 1.0 / 3.6)),
    ("kilometres per hour", u("km/h", Dim::Speed, 1.0 / 3.6)),
    ("kilometers per hour", u("km/h", Dim::Speed, 1.0 / 3.6)),
    ("mph", u("mph", Dim::Speed, 0.447_04)),
    ("miles per hour", u("mph", Dim::Speed, 0.447_04)),
    ("knots", u("kn", Dim::Speed, 0.514_444)),
    ("m/s", u("m/s", Dim::Speed, 1.0)),
    ("°c", u("C", Dim::Temperature, 1.0)),
    ("ºc", u("C", Dim::Temperature, 1.0)),
    ("°f", u("F", Dim::Temperature, 1.0)),
    ("ºf", u("F", Dim::Temperature, 1.0)),
    ("degrees celsius", u("C", Dim::Temperature, 1.0)),
    ("degrees celcius", u("C", Dim::Temperature, 1.0)),
    ("deg celsius", u("C", Dim::Temperature, 1.0)),
    ("deg c", u("C", Dim::Temperature, 1.0)),
    ("celcius", u("C", Dim::Temperature, 1.0)),
    ("centigrade", u("C", Dim::Temperature, 1.0)),
    ("degrees farenheit", u("F", Dim::Temperature, 1.0)),
    ("farenheit", u("F", Dim::Temperature, 1.0)),
    ("deg fahrenheit", u("F", Dim::Temperature, 1.0)),
    ("deg f", u("F", Dim::Temperature, 1.0)),
    ("deg", u("deg", Dim::Temperature, 1.0)),
    ("degree celsius", u("C", Dim::Temperature, 1.0)),
    ("degrees centigrade", u("C", Dim::Temperature, 1.0)),
    ("degrees c", u("C", Dim::Temperature, 1.0)),
    ("celsius", u("C", Dim::Temperature, 1.0)),
    ("degrees fahrenheit", u("F", Dim::Temperature, 1.0)),
    ("degree fahrenheit", u("F", Dim::Temperature, 1.0)),
    ("degrees f", u("F", Dim::Temperature, 1.0)),
    ("fahrenheit", u("F", Dim::Temperature, 1.0)),
    ("kelvin", u("K", Dim::Temperature, 1.0)),
    ("degrees", u("deg", Dim::Temperature, 1.0)),
    ("degree", u("deg", Dim::Temperature, 1.0)),
    ("°", u("deg", Dim::Temperature, 1.0)),
    (
        "arcdegree",
        u("arcdeg", Dim::Angle, std::f64::consts::PI / 180.0),
    ),
    (
        "arcdegrees",
        u("arcdeg", Dim::Angle, std::f64::consts::PI / 180.0),
    ),
    ("rad", u("rad", Dim::Angle, 1.0)),
    ("radian", u("rad", Dim::Angle, 1.0)),
    ("radians", u("rad", Dim::Angle, 1.0)),
    ("years old", u("year", Dim::Age, 1.0)),
    ("yo", u("year", Dim::Age, 1.0)),
    ("yr old", u("year", Dim::Age, 1.0)),
    ("yrs old", u("year", Dim::Age, 1.0)),
    ("y/o", u("year", Dim::Age, 1.0)),
    ("years of age", u("year", Dim::Age, 1.0)),
    ("months of age", u("month", Dim::Age, 1.0 / 12.0)),
    ("weeks of age", u("week", Dim::Age, 7.0 / 365.0)),
    ("days of age", u("day", Dim::Age, 1.0 / 365.0)),
    ("day old", u("day", Dim::Age, 1.0 / 365.0)),
    ("week old", u("week", Dim::Age, 7.0 / 365.0)),
    ("year old", u("year", Dim::Age, 1.0)),
    ("months old", u("month", Dim::Age, 1.0 / 12.0)),
    ("month old", u("month", Dim::Age, 1.0 / 12.0)),
    ("weeks old", u("week", Dim::Age, 7.0 / 365.0)),
    ("days old", u("day", Dim::Age, 1.0 / 365.0)),
    ("bit", u("bit", Dim::Data, 0.125)),
    ("bits", u("bit", Dim::Data, 0.125)),
    ("megabit", u("Mbit", Dim::Data, 125_000.0)),
    ("megabits", u("Mbit", Dim::Data, 125_000.0)),
    ("gb", u("GB", Dim::Data, 1e9)),
    ("mb", u("MB", Dim::Data, 1e6)),
    ("tb", u("TB", Dim::Data, 1e12)),
    ("gigabytes", u("GB", Dim::Data, 1e9)),
    ("megabytes", u("MB", Dim::Data, 1e6)),
    ("terabytes", u("TB", Dim::Data, 1e12)),
];

/// Look up a quantity unit by surface form (case-insensitive).
pub fn unit(surface: &str) -> Option<Unit> {
    let s = surface.to_lowercase();
    UNITS.iter().find(|(k, _)| *k == s).map(|(_, u)| *u)
}

/// Look up a unit by ledger symbol.
pub fn unit_by_symbol(symbol: &str) -> Option<Unit> {
    UNITS
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

/// Currency words written after the amount (lower case).
pub const CURRENCY_WORDS: &[(&str, &str)] = &[
    ("us dollars", "USD"),
    ("u.s. dollars", "USD"),
    ("american dollars", "USD"),
    ("us dollar", "USD"),
    ("u.s. dollar", "USD"),
    ("dollars", "USD"),
    ("dollar", "USD"),
    ("canadian dollar", "CAD"),
    ("australian dollar", "AUD"),
    ("hong kong dollar", "HKD"),
    ("new zealand dollar", "NZD"),
    ("singapore dollar", "SGD"),
    ("taiwan dollars", "TWD"),
    ("canadian dollars", "CAD"),
    ("australian dollars", "AUD"),
    ("hong kong dollars", "HKD"),
    ("new zealand dollars", "NZD"),
    ("singapore dollars", "SGD"),
    ("euros", "EUR"),
    ("euro", "EUR"),
    ("pounds sterling", "GBP"),
    ("british pounds", "GBP"),
    ("pounds", "GBP"),
    ("pound", "GBP"),
    ("sterling", "GBP"),
    ("pence", "GBP"),
    ("chinese yuan", "CNY"),
    ("yuan", "CNY"),
    ("japanese yen", "JPY"),
    ("indian rupees", "INR"),
    ("sri lankan rupees", "LKR"),
    ("pakistani rupees", "PKR"),
    ("mexican pesos", "MXN"),
    ("philippine pesos", "PHP"),
    ("argentine pesos", "ARS"),
    ("turkish lira", "TRY"),
    ("south african rand", "ZAR"),
    ("brazilian reais", "BRL"),
    ("russian rubles", "RUB"),
    ("russian roubles", "RUB"),
    ("finnish markka", "FIM"),
    ("markka", "FIM"),
    ("markkaa", "FIM"),
    ("deutsche marks", "DEM"),
    ("pesetas", "ESP"),
    ("peseta", "ESP"),
    ("dutch guilders", "NLG"),
    ("guilders", "NLG"),
    ("french francs", "FRF"),
    ("belgian francs", "BEF"),
    ("hryvnias", "UAH"),
    ("hryvnia", "UAH"),
    ("zlotys", "PLN"),
    ("zloty", "PLN"),
    ("forints", "HUF"),
    ("forint", "HUF"),
    ("kronor", "SEK"),
    ("kroner", "NOK"),
    ("won", "KRW"),
    ("baht", "THB"),
    ("ringgit", "MYR"),
    ("rupiah", "IDR"),
    ("dong", "VND"),
    ("penny", "GBP"),
    ("pennies", "GBP"),
    ("satoshis", "BTC"),
    ("satoshi", "BTC"),
    ("renminbi", "CNY"),
    ("yen", "JPY"),
    ("rubles", "RUB"),
    ("roubles", "RUB"),
    ("ruble", "RUB"),
    ("rouble", "RUB"),
    ("rupees", "INR"),
    ("rupee", "INR"),
    ("swiss francs", "CHF"),
    ("francs", "CHF"),
    ("pesos", "MXN"),
    ("reais", "BRL"),
    ("rand", "ZAR"),
    ("lira", "TRY"),
    ("liras", "TRY"),
    ("naira", "NGN"),
    ("shekels", "ILS"),
    ("dirhams", "AED"),
    ("riyals", "SAR"),
    ("cents", "USD"),
    ("cent", "USD"),
    ("bitcoin", "BTC"),
    ("bitcoins", "BTC"),
];

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
    CURRENCY_WORDS
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
        assert!((convert(180.0, "arcdeg", "rad").unwrap() - std::f64::consts::PI).abs() < 1e-9);
        assert_eq!(convert(90.0, "arcdeg", "C"), None);
        assert!((convert(5.0, "bbl/day", "l/day").unwrap() - 794.935).abs() < 1e-6);
        assert_eq!(convert(1.0, "km", "kg"), None);
        assert_eq!(convert(1.0, "USD", "EUR"), None);
        assert_eq!(convert(1.0, "bbl/day", "bbl/year"), None);
    }
}
