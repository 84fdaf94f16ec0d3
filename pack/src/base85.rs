//! Base-85 text for the data blocks (`data-csm-encoding="deflate-base85"`): 5 characters for every 4
//! bytes, where base64 takes 5⅓ — 6% less text than base64 for the same bytes.
//!
//! **Alphabet** ([`ALPHABET`], digit values 0–84 in this order): the ten digits, the 26 upper-case
//! and the 26 lower-case letters, then the 23 characters `!#%()*+,-.:;=?@[]^_{|}~`. That is printable
//! ASCII (0x21–0x7E) without `<` `>` `&` `"` `'` `\` `` ` `` `$` and `/`: a block's text can never
//! hold `</script`, `<!--`, a character reference, the end of an attribute value or of a JavaScript
//! string or template literal (`'`, `"`, `` ` ``, `\`, `${`), or `//` and `/*`, so it needs no
//! escaping in HTML and the alphabet itself sits in a single-quoted JavaScript string in the loader.
//! (Ascii85's and Z85's alphabets hold `<`, `>` or `&`, hence one of our own.)
//!
//! **Format.** The bytes are taken in groups of 4, each read as a big-endian 32-bit number `n` and
//! written as 5 digits, most significant first (`n = ((((d0·85 + d1)·85 + d2)·85 + d3)·85 + d4`). A
//! final group of `k` = 1, 2 or 3 bytes is padded with `4 − k` zero bytes, encoded as a full group,
//! and only its first `k + 1` digits are written (as in Ascii85); the decoder pads those digits with
//! the highest digit (`~`, 84) back to 5, decodes the group and keeps its first `k` bytes. So the text
//! of `len` bytes has `5·⌊len/4⌋ + (len mod 4 > 0 ? len mod 4 + 1 : 0)` characters; the number of
//! padding bytes is implied by the length (`text length mod 5` = 0: none; 2, 3, 4: 3, 2, 1 padding
//! bytes; 1 is never written). No line breaks, no whitespace, no `z` short-cut: the decoder accepts
//! exactly the alphabet, and rejects a group above 2³² − 1 and a text whose length is 1 mod 5.

/// The 85 digits, in value order.
pub const ALPHABET: &str = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#%()*+,-.:;=?@[]^_{|}~";

/// [`ALPHABET`] as bytes: digit `d` is `DIGITS[d]`.
const DIGITS: &[u8] = ALPHABET.as_bytes();

/// Marks a byte that is not a digit in [`DECODE`].
const INVALID: u8 = 0xff;

/// The value of each ASCII character as a digit, or [`INVALID`].
const DECODE: [u8; 128] = {
    let mut table = [INVALID; 128];
    let mut i = 0;
    while i < DIGITS.len() {
        table[DIGITS[i] as usize] = i as u8;
        i += 1;
    }
    table
};

/// The number of characters [`encode`] writes for `len` bytes.
pub const fn encoded_len(len: usize) -> usize {
    let rest = len % 4;
    len / 4 * 5 + if rest == 0 { 0 } else { rest + 1 }
}

/// The base-85 text of `bytes`.
pub fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(encoded_len(bytes.len()));
    let mut groups = bytes.chunks_exact(4);
    let mut digits = |group: [u8; 4], keep: usize| {
        let mut n = u32::from_be_bytes(group);
        let mut five = [0u8; 5];
        for d in five.iter_mut().rev() {
            *d = DIGITS[(n % 85) as usize];
            n /= 85;
        }
        out.extend(five[..keep].iter().map(|&c| char::from(c)));
    };
    for group in groups.by_ref() {
        digits([group[0], group[1], group[2], group[3]], 5);
    }
    let rest = groups.remainder();
    if !rest.is_empty() {
        let mut group = [0u8; 4];
        group[..rest.len()].copy_from_slice(rest);
        digits(group, rest.len() + 1);
    }
    out
}

/// The bytes of base-85 `text` ([`encode`]'s format), or why it is not such text.
pub fn decode(text: &str) -> Result<Vec<u8>, String> {
    let text = text.as_bytes();
    let rest = text.len() % 5;
    if rest == 1 {
        return Err(format!("base-85 text of {} characters (1 more than a multiple of 5)", text.len()));
    }
    let mut out = Vec::with_capacity(text.len() / 5 * 4 + rest.saturating_sub(1));
    let group = |chars: &[u8], at: usize| -> Result<u32, String> {
        let mut n: u64 = 0;
        for (i, &c) in chars.iter().enumerate() {
            let d = DECODE.get(usize::from(c)).copied().unwrap_or(INVALID);
            if d == INVALID {
                return Err(format!("not a base-85 digit at {}: {:?}", at + i, char::from(c)));
            }
            n = n * 85 + u64::from(d);
        }
        for _ in chars.len()..5 {
            n = n * 85 + 84;
        }
        u32::try_from(n).map_err(|_| format!("base-85 group at {at} is above 2^32 - 1"))
    };
    let mut groups = text.chunks_exact(5);
    for (i, chars) in groups.by_ref().enumerate() {
        out.extend_from_slice(&group(chars, i * 5)?.to_be_bytes());
    }
    let tail = groups.remainder();
    if !tail.is_empty() {
        let n = group(tail, text.len() - tail.len())?;
        out.extend_from_slice(&n.to_be_bytes()[..tail.len() - 1]);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator (xorshift64*), so the "random" data is the same on every run.
    fn noise(seed: u64, len: usize) -> Vec<u8> {
        let mut x = seed.max(1);
        (0..len)
            .map(|_| {
                x ^= x >> 12;
                x ^= x << 25;
                x ^= x >> 27;
                (x.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 56) as u8
            })
            .collect()
    }

    #[test]
    fn alphabet_is_85_distinct_printable_characters_without_the_forbidden_ones() {
        let mut seen = std::collections::BTreeSet::new();
        assert_eq!(ALPHABET.len(), 85);
        for &c in DIGITS {
            assert!((0x21..=0x7e).contains(&c), "{:?} is printable ASCII", char::from(c));
            assert!(seen.insert(c), "{:?} appears once", char::from(c));
        }
        assert_eq!(seen.len(), 85);
        for forbidden in "<>&\"'\\`$/".chars() {
            assert!(!ALPHABET.contains(forbidden), "{forbidden:?} is not in the alphabet");
        }
        assert!(!ALPHABET.contains(' ') && !ALPHABET.contains('\n'));
        for (value, &c) in DIGITS.iter().enumerate() {
            assert_eq!(usize::from(DECODE[usize::from(c)]), value);
        }
        assert_eq!(DECODE.iter().filter(|&&d| d != INVALID).count(), 85);
    }

    #[test]
    fn known_vectors() {
        // The same digits as Ascii85 (Python's `base64.a85encode`), each digit d written as ALPHABET[d]
        // instead of the character 33 + d (checked with Python when these were written).
        assert_eq!(encode(b""), "");
        assert_eq!(encode(&[0, 0, 0, 0]), "00000");
        assert_eq!(encode(&[0xff, 0xff, 0xff, 0xff]), "|NsC0");
        // 0x4d616e20 ("Man ") = 1,298,230,816 = 24·85⁴ + 73·85³ + 80·85² + 78·85 + 61
        assert_eq!(encode(b"Man "), "O;_]z");
        // One byte 0x4d: 0x4d000000 = 1,291,845,632 → its first two digits, 24 and 63.
        assert_eq!(encode(b"M"), "O#");
        assert_eq!(encode(b"Man is"), "O;_]zX?%");
        assert_eq!(decode("O;_]zX?%").unwrap(), b"Man is");
        assert_eq!(encoded_len(6), 8);
    }

    #[test]
    fn round_trips_every_short_length_and_random_data() {
        for len in 0..=9 {
            for seed in 1..=50 {
                let bytes = noise(seed * 31 + len as u64, len);
                let text = encode(&bytes);
                assert_eq!(text.len(), encoded_len(len));
                assert_eq!(decode(&text).unwrap(), bytes, "length {len}");
            }
            let extremes = [vec![0u8; len], vec![0xffu8; len]];
            for bytes in extremes {
                assert_eq!(decode(&encode(&bytes)).unwrap(), bytes);
            }
        }
        for (seed, len) in [(7, 1000), (8, 4093), (9, 65_537)] {
            let bytes = noise(seed, len);
            let text = encode(&bytes);
            assert!(text.bytes().all(|c| DIGITS.contains(&c)));
            assert_eq!(decode(&text).unwrap(), bytes);
        }
    }

    #[test]
    fn rejects_what_it_never_writes() {
        assert!(decode("0").is_err(), "1 character: no byte");
        assert!(decode("000000").is_err(), "6 characters");
        assert!(decode("0000<").unwrap_err().contains("at 4"));
        assert!(decode("00 00").is_err(), "no whitespace");
        assert!(decode("0000é").is_err(), "non-ASCII");
        assert!(decode("~~~~~").unwrap_err().contains("above"), "85⁵ − 1 is above 2³² − 1");
        assert!(decode("|NsC1").unwrap_err().contains("above"), "2³² is above 2³² − 1");
        assert_eq!(decode("|NsC0").unwrap(), [0xff; 4]);
    }
}
