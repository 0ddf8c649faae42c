//! Tokens the grammar consumes: the raw lexer's output after keywords, numbers and layout
//! (NEWLINE/INDENT/DEDENT) have been resolved.

use crate::ast::Loc;

/// A string literal exactly as written (prefix and quotes included); decoding happens when the
/// grammar joins adjacent literals, so escape errors surface in source order.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StrTok<'a> {
    pub text: &'a str,
    pub loc: Loc,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Tok<'a> {
    Name(&'a str),
    Int(i64),
    BigInt(&'a str),
    Float(f64),
    Imag(f64),
    Str(StrTok<'a>),
    Newline,
    Indent,
    Dedent,
    /// Injected first token when parsing an f-string replacement field.
    FExprStart,
    /// `(` right after `with` whose matching `)` is followed by `:` (parenthesized with-items).
    WithLPar,
    /// Soft keywords `match`/`case` where they open a match statement or a case block
    /// (`soft_kw.rs`); elsewhere they stay names.
    Match,
    Case,
    // Keywords.
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,
    // Operators and delimiters.
    LPar,
    RPar,
    LSqb,
    RSqb,
    LBrace,
    RBrace,
    Colon,
    Comma,
    Semi,
    Plus,
    Minus,
    Star,
    Slash,
    VBar,
    Amper,
    Less,
    Greater,
    Equal,
    Dot,
    Percent,
    EqEqual,
    NotEqual,
    LessEqual,
    GreaterEqual,
    Tilde,
    Circumflex,
    LeftShift,
    RightShift,
    DoubleStar,
    PlusEqual,
    MinusEqual,
    StarEqual,
    SlashEqual,
    PercentEqual,
    AmperEqual,
    VBarEqual,
    CircumflexEqual,
    LeftShiftEqual,
    RightShiftEqual,
    DoubleStarEqual,
    DoubleSlash,
    DoubleSlashEqual,
    At,
    AtEqual,
    RArrow,
    Ellipsis,
    ColonEqual,
}

impl Tok<'_> {
    pub fn keyword(s: &str) -> Option<Tok<'static>> {
        Some(match s {
            "False" => Tok::False,
            "None" => Tok::None,
            "True" => Tok::True,
            "and" => Tok::And,
            "as" => Tok::As,
            "assert" => Tok::Assert,
            "async" => Tok::Async,
            "await" => Tok::Await,
            "break" => Tok::Break,
            "class" => Tok::Class,
            "continue" => Tok::Continue,
            "def" => Tok::Def,
            "del" => Tok::Del,
            "elif" => Tok::Elif,
            "else" => Tok::Else,
            "except" => Tok::Except,
            "finally" => Tok::Finally,
            "for" => Tok::For,
            "from" => Tok::From,
            "global" => Tok::Global,
            "if" => Tok::If,
            "import" => Tok::Import,
            "in" => Tok::In,
            "is" => Tok::Is,
            "lambda" => Tok::Lambda,
            "nonlocal" => Tok::Nonlocal,
            "not" => Tok::Not,
            "or" => Tok::Or,
            "pass" => Tok::Pass,
            "raise" => Tok::Raise,
            "return" => Tok::Return,
            "try" => Tok::Try,
            "while" => Tok::While,
            "with" => Tok::With,
            "yield" => Tok::Yield,
            _ => return None,
        })
    }

    /// Operator/delimiter token for its spelling (the raw lexer only matches valid spellings).
    pub fn operator(s: &str) -> Option<Tok<'static>> {
        Some(match s {
            "(" => Tok::LPar,
            ")" => Tok::RPar,
            "[" => Tok::LSqb,
            "]" => Tok::RSqb,
            "{" => Tok::LBrace,
            "}" => Tok::RBrace,
            ":" => Tok::Colon,
            "," => Tok::Comma,
            ";" => Tok::Semi,
            "+" => Tok::Plus,
            "-" => Tok::Minus,
            "*" => Tok::Star,
            "/" => Tok::Slash,
            "|" => Tok::VBar,
            "&" => Tok::Amper,
            "<" => Tok::Less,
            ">" => Tok::Greater,
            "=" => Tok::Equal,
            "." => Tok::Dot,
            "%" => Tok::Percent,
            "==" => Tok::EqEqual,
            "!=" => Tok::NotEqual,
            "<=" => Tok::LessEqual,
            ">=" => Tok::GreaterEqual,
            "~" => Tok::Tilde,
            "^" => Tok::Circumflex,
            "<<" => Tok::LeftShift,
            ">>" => Tok::RightShift,
            "**" => Tok::DoubleStar,
            "+=" => Tok::PlusEqual,
            "-=" => Tok::MinusEqual,
            "*=" => Tok::StarEqual,
            "/=" => Tok::SlashEqual,
            "%=" => Tok::PercentEqual,
            "&=" => Tok::AmperEqual,
            "|=" => Tok::VBarEqual,
            "^=" => Tok::CircumflexEqual,
            "<<=" => Tok::LeftShiftEqual,
            ">>=" => Tok::RightShiftEqual,
            "**=" => Tok::DoubleStarEqual,
            "//" => Tok::DoubleSlash,
            "//=" => Tok::DoubleSlashEqual,
            "@" => Tok::At,
            "@=" => Tok::AtEqual,
            "->" => Tok::RArrow,
            "..." => Tok::Ellipsis,
            ":=" => Tok::ColonEqual,
            _ => return None,
        })
    }

    /// Can this token begin an expression? Used by error heuristics.
    pub fn starts_expr(&self) -> bool {
        matches!(
            self,
            Tok::Name(_)
                | Tok::Int(_)
                | Tok::BigInt(_)
                | Tok::Float(_)
                | Tok::Imag(_)
                | Tok::Str(_)
                | Tok::LPar
                | Tok::LSqb
                | Tok::LBrace
                | Tok::None
                | Tok::True
                | Tok::False
                | Tok::Ellipsis
                | Tok::Lambda
                | Tok::Not
                | Tok::Await
                | Tok::Minus
                | Tok::Plus
                | Tok::Tilde
        )
    }

    /// Can this token end an expression?
    pub fn ends_expr(&self) -> bool {
        matches!(
            self,
            Tok::Name(_)
                | Tok::Int(_)
                | Tok::BigInt(_)
                | Tok::Float(_)
                | Tok::Imag(_)
                | Tok::Str(_)
                | Tok::RPar
                | Tok::RSqb
                | Tok::RBrace
                | Tok::None
                | Tok::True
                | Tok::False
                | Tok::Ellipsis
        )
    }

    pub fn is_opener(&self) -> bool {
        matches!(self, Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::WithLPar)
    }

    pub fn is_closer(&self) -> bool {
        matches!(self, Tok::RPar | Tok::RSqb | Tok::RBrace)
    }
}
