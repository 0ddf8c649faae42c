//! Soft keywords. The lexer yields `match` and `case` as names; this pass turns a `match` that
//! begins a logical line ending in `:` into `Tok::Match`, and each `case` beginning a line
//! directly inside the indented block that follows into `Tok::Case`. Everywhere else they
//! stay ordinary names (`match = 1`, `re.match(...)`, `case(x)`).

use crate::indent::Spanned;
use crate::token::Tok;

fn opens_line(t: Tok) -> bool {
    matches!(t, Tok::Newline | Tok::Indent | Tok::Dedent)
}

pub fn mark(toks: &mut [Spanned]) {
    for i in 0..toks.len() {
        if toks[i].1 != Tok::Name("match") || (i > 0 && !opens_line(toks[i - 1].1)) {
            continue;
        }
        let Some(nl) = (i + 1..toks.len()).find(|&j| toks[j].1 == Tok::Newline) else {
            continue;
        };
        // A subject is needed: `match:` is not a match statement. (A missing block after the
        // colon is reported by the indentation layer.)
        if nl < i + 3 || toks[nl - 1].1 != Tok::Colon {
            continue;
        }
        toks[i].1 = Tok::Match;
        if toks.get(nl + 1).map(|t| t.1) != Some(Tok::Indent) {
            continue;
        }
        let mut depth = 0usize;
        for j in nl + 1..toks.len() {
            match toks[j].1 {
                Tok::Indent => depth += 1,
                Tok::Dedent => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        break;
                    }
                }
                Tok::Name("case") if depth == 1 && opens_line(toks[j - 1].1) => {
                    toks[j].1 = Tok::Case;
                }
                _ => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::ast::Loc;
    use crate::token::Tok;

    /// The positions of the soft keywords recognised in `src`.
    fn marked(src: &str) -> Vec<&'static str> {
        let arena = bumpalo::Bump::new();
        let lexed = crate::indent::tokenize(src, &arena, Loc::at(1, 0), false);
        lexed
            .toks
            .iter()
            .filter_map(|t| match t.1 {
                Tok::Match => Some("match"),
                Tok::Case => Some("case"),
                Tok::Name("match" | "case") => Some("name"),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn keywords_only_where_a_match_statement_can_be() {
        assert_eq!(
            marked("match x:\n  case 1:\n    case = 2\n"),
            ["match", "case", "name"]
        );
        assert_eq!(
            marked("match = 1\nmatch(x)\nx.match(y)\n"),
            ["name", "name", "name"]
        );
        assert_eq!(
            marked("match x:\n  case [match]:\n    match y:\n      case 2: pass\n"),
            ["match", "case", "name", "match", "case"]
        );
        assert_eq!(marked("case x:\n  pass\n"), ["name"]);
        assert_eq!(marked("if 1:\n  match x:\ny = 1\n"), ["match"]);
    }
}
