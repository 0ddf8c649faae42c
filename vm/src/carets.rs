//! PEP 657 error locations: the `~~~^^^` line printed under a traceback's source line, by
//! CPython 3.11's rules.
//!
//! The failing instruction's span is marked with `^`. When the span sits on one line and
//! parses on its own as a binary operation or a subscript, the operands get `~` and the
//! operator (or the `[...]` part) keeps `^`. A span running onto later lines is marked to the
//! last non-blank character of its first line. Nothing is printed when plain carets would
//! cover the whole (indentation-stripped) line.

use kestrel_compiler::code::Position;
use kestrel_grammar::ast::{ExprKind, StmtKind};

/// CPython's whitespace for this purpose (not newlines: the line has none).
fn is_blank(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\x0c')
}

/// The caret line (without its newline) for `text`, the whole source line of `pos.0`, or
/// None when there is nothing to mark.
pub fn caret_line(text: &str, pos: Position) -> Option<String> {
    let (line, end_line, col, end_col) = pos;
    let chars: Vec<char> = text.chars().collect();
    let indent = chars.iter().take_while(|c| is_blank(**c)).count();
    let start = col as usize;
    let mut end = end_col as usize;
    let mut anchors = None;
    if line == end_line {
        if end > chars.len() || start >= end {
            return None;
        }
        let segment: String = chars[start..end].iter().collect();
        anchors = anchors_in(&segment).map(|(l, r)| (l + start, r + start));
    } else {
        end = chars.iter().rposition(|c| !is_blank(*c))? + 1;
    }
    if start < indent || start >= end {
        return None;
    }
    if end - start == chars.len() - indent && anchors.is_none() {
        return None;
    }
    let mut out = String::with_capacity(4 + end - indent);
    out.push_str("    ");
    for p in indent..end {
        out.push(match anchors {
            _ if p < start => ' ',
            Some((l, r)) if l <= p && p < r => '^',
            Some(_) => '~',
            None => '^',
        });
    }
    Some(out)
}

/// For a segment that is one expression statement, a binary operation or a subscript: the
/// character range of its operator or of its `[...]` part.
fn anchors_in(segment: &str) -> Option<(usize, usize)> {
    let arena = bumpalo::Bump::new();
    let module = kestrel_grammar::parse_module(segment, &arena).ok()?;
    let [stmt] = module.body else { return None };
    let StmtKind::Expr(e) = &stmt.kind else {
        return None;
    };
    let seg: Vec<char> = segment.chars().collect();
    match &e.kind {
        ExprKind::BinOp(left, _, right) => {
            if left.loc.end_line != 1 || right.loc.line != 1 {
                return None;
            }
            let (from, to) = (left.loc.end_col as usize, right.loc.col as usize);
            // The first character between the operands that is neither blank nor a closing
            // parenthesis of the left operand starts the operator, which counts two
            // characters when the next one is not blank (`//`, `**`, `<<`).
            let i = (from..to).find(|&i| {
                seg.get(i)
                    .is_some_and(|&c| !is_blank(c) && (c != ')' || i + 1 == to))
            })?;
            let wide = i + 1 < to && !is_blank(seg[i + 1]);
            Some((i, i + 1 + wide as usize))
        }
        ExprKind::Subscript(value, slice) => {
            if value.loc.end_line != 1 || slice.loc.end_line != 1 {
                return None;
            }
            Some((value.loc.end_col as usize, slice.loc.end_col as usize + 1))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::caret_line;

    #[test]
    fn binary_operation_and_subscript() {
        let t = "    return a[1] + 1";
        assert_eq!(caret_line(t, (1, 1, 11, 15)).unwrap(), "           ~^^^");
        let t = "    return 1 // x";
        assert_eq!(caret_line(t, (1, 1, 11, 17)).unwrap(), "           ~~^^~~");
    }

    #[test]
    fn whole_line_is_not_marked() {
        assert_eq!(caret_line("    f(0)", (1, 1, 4, 8)), None);
        assert_eq!(caret_line("f(0)  ", (1, 1, 0, 4)).unwrap(), "    ^^^^");
    }
}
