//! Normalizers: pure functions from surface text to normalized values.

pub mod date;
pub mod number;
pub mod unit;
