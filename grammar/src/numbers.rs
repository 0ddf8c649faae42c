//! Numeric literal values. Integers that overflow i64 become digit strings (`Const::BigInt`):
//! decimal ones as they are, the others with their `0x`/`0o`/`0b` prefix so the VM converts
//! them in linear time (a power-of-two base needs no division).

/// Value of an integer literal (underscores allowed, prefix given by `radix`).
pub enum IntValue {
    Small(i64),
    Big(String),
}

pub fn parse_int(digits: &str, radix: u32) -> IntValue {
    let clean: String = digits.chars().filter(|&c| c != '_').collect();
    if let Ok(v) = i64::from_str_radix(&clean, radix) {
        return IntValue::Small(v);
    }
    let prefix = match radix {
        16 => "0x",
        8 => "0o",
        2 => "0b",
        _ => return IntValue::Big(clean.trim_start_matches('0').to_string()),
    };
    IntValue::Big(format!("{prefix}{}", clean.trim_start_matches('0')))
}

/// The decimal digits of a `Const::BigInt` string (for rendering a literal back as source,
/// e.g. a postponed annotation); schoolbook arithmetic on base-1e9 limbs.
pub fn bigint_decimal(lit: &str) -> String {
    let (radix, clean) = match lit.get(..2) {
        Some("0x") => (16, &lit[2..]),
        Some("0o") => (8, &lit[2..]),
        Some("0b") => (2, &lit[2..]),
        _ => return lit.to_string(),
    };
    // Little-endian limbs of 10^9.
    let mut limbs: Vec<u32> = vec![0];
    for c in clean.chars() {
        let d = c.to_digit(radix).unwrap_or(0) as u64;
        let mut carry = d;
        for limb in limbs.iter_mut() {
            let v = *limb as u64 * radix as u64 + carry;
            *limb = (v % 1_000_000_000) as u32;
            carry = v / 1_000_000_000;
        }
        while carry > 0 {
            limbs.push((carry % 1_000_000_000) as u32);
            carry /= 1_000_000_000;
        }
    }
    let mut out = String::new();
    for (i, limb) in limbs.iter().rev().enumerate() {
        if i == 0 {
            out.push_str(&limb.to_string());
        } else {
            out.push_str(&format!("{limb:09}"));
        }
    }
    out
}

/// `None` for text that is not a float after all (a partial match the lexer gave up on).
pub fn parse_float(text: &str) -> Option<f64> {
    let clean: String = text.chars().filter(|&c| c != '_').collect();
    clean.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn big(s: &str, radix: u32) -> String {
        match parse_int(s, radix) {
            IntValue::Small(v) => v.to_string(),
            IntValue::Big(b) => bigint_decimal(&b),
        }
    }

    #[test]
    fn conversions() {
        assert_eq!(big("ff", 16), "255");
        assert_eq!(big("1_000", 10), "1000");
        assert_eq!(big("ffffffffffffffffffff", 16), "1208925819614629174706175");
        assert_eq!(big("9223372036854775808", 10), "9223372036854775808");
        assert_eq!(big("1", 2), "1");
        assert_eq!(
            big(
                "1000000000000000000000000000000000000000000000000000000000000000000",
                2
            ),
            "73786976294838206464"
        );
        assert_eq!(parse_float("1_000.5"), Some(1000.5));
        assert_eq!(parse_float("1e3"), Some(1000.0));
        assert_eq!(parse_float(".5"), Some(0.5));
        assert_eq!(parse_float("1."), Some(1.0));
        assert_eq!(parse_float("1e999"), Some(f64::INFINITY));
    }
}
