//! Regular-expression syntax → tree, with CPython's `re.error` messages and positions.
//!
//! The pattern is read as code points (a bytes pattern as Latin-1). Every node that depends
//! on a flag records the flags in force where it was written, so scoped flags such as
//! `(?i:...)` need no later pass.

/// Flag bits, as in Python's `re` module.
pub const IGNORECASE: u32 = 2;
pub const LOCALE: u32 = 4;
pub const MULTILINE: u32 = 8;
pub const DOTALL: u32 = 16;
pub const UNICODE: u32 = 32;
pub const VERBOSE: u32 = 64;
pub const ASCII: u32 = 256;
const TYPE_FLAGS: u32 = ASCII | LOCALE | UNICODE;

/// "No upper bound" for a repeat, CPython's MAXREPEAT.
pub const MAXREPEAT: u32 = u32::MAX;

/// A failed parse: message, position (None for errors without one) and the exception
/// class ("error", "OverflowError" or "ValueError").
#[derive(Debug)]
pub struct ParseError {
    pub msg: String,
    pub pos: Option<usize>,
    pub kind: &'static str,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Cat {
    Digit,
    NotDigit,
    Word,
    NotWord,
    Space,
    NotSpace,
}

#[derive(Clone, Debug, PartialEq)]
pub enum SetItem {
    Char(u32),
    Range(u32, u32),
    Cat(Cat),
}

/// A character set `[...]` (also `\d`, `\w`, `\s` and their negations on their own).
#[derive(Clone, Debug)]
pub struct CharSet {
    pub negate: bool,
    pub items: Vec<SetItem>,
    pub icase: bool,
    /// ASCII-only categories and case folding (the ASCII flag, or a bytes pattern).
    pub ascii: bool,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum At {
    /// `^` without MULTILINE, `\A`.
    BeginString,
    BeginLine,
    /// `$` without MULTILINE: the end or before a final newline.
    End,
    EndLine,
    /// `\Z`.
    EndString,
    Boundary {
        ascii: bool,
    },
    NonBoundary {
        ascii: bool,
    },
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum RepKind {
    Greedy,
    Lazy,
    Possessive,
}

#[derive(Clone, Debug)]
pub enum Node {
    Empty,
    Lit {
        c: u32,
        icase: bool,
        ascii: bool,
    },
    Any {
        dotall: bool,
    },
    Set(Box<CharSet>),
    At(At),
    Group(usize, Box<Node>),
    Seq(Vec<Node>),
    Alt(Vec<Node>),
    Repeat {
        min: u32,
        max: u32,
        kind: RepKind,
        node: Box<Node>,
    },
    Backref {
        group: usize,
        icase: bool,
        ascii: bool,
    },
    Look {
        behind: bool,
        negate: bool,
        node: Box<Node>,
    },
    Atomic(Box<Node>),
    Cond {
        group: usize,
        yes: Box<Node>,
        no: Box<Node>,
    },
}

/// The parsed pattern.
pub struct Parsed {
    pub node: Node,
    /// Number of groups including group 0.
    pub groups: usize,
    pub names: Vec<(String, usize)>,
    pub flags: u32,
}

struct Parser<'a> {
    src: &'a [u32],
    pos: usize,
    is_str: bool,
    flags: u32,
    names: Vec<(String, usize)>,
    /// Widths of closed groups (None while a group is open); index 0 is group 0.
    widths: Vec<Option<(u64, u64)>>,
    lookbehind_groups: Option<usize>,
    /// First position where each conditional group number was referenced.
    cond_refs: Vec<(usize, usize)>,
    /// How many more groups may open inside one another (see `parse`).
    nesting_left: usize,
}

type PResult<T> = Result<T, ParseError>;

fn err_at(msg: impl Into<String>, pos: usize) -> ParseError {
    ParseError {
        msg: msg.into(),
        pos: Some(pos),
        kind: "error",
    }
}

fn is_digit(c: u32) -> bool {
    (b'0' as u32..=b'9' as u32).contains(&c)
}

fn is_oct(c: u32) -> bool {
    (b'0' as u32..=b'7' as u32).contains(&c)
}

fn is_hex(c: u32) -> bool {
    char::from_u32(c).is_some_and(|c| c.is_ascii_hexdigit())
}

fn is_ascii_letter(c: u32) -> bool {
    char::from_u32(c).is_some_and(|c| c.is_ascii_alphabetic())
}

fn to_string(cs: &[u32]) -> String {
    cs.iter()
        .map(|&c| char::from_u32(c).unwrap_or('\u{fffd}'))
        .collect()
}

/// Python's `str.isidentifier`.
fn is_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    matches!(cs.next(), Some(c) if c == '_' || unicode_ident::is_xid_start(c))
        && cs.all(unicode_ident::is_xid_continue)
}

/// Python's `repr` of a str, for error messages.
fn py_repr(s: &str) -> String {
    let q = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::new();
    out.push(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push(q);
    out
}

/// A token: one character, or a backslash and the character after it.
#[derive(Clone, Copy, PartialEq)]
enum Tok {
    Ch(u32),
    Esc(u32),
}

impl Tok {
    fn len(self) -> usize {
        match self {
            Tok::Ch(_) => 1,
            Tok::Esc(_) => 2,
        }
    }
    fn text(self) -> String {
        match self {
            Tok::Ch(c) => to_string(&[c]),
            Tok::Esc(c) => format!("\\{}", to_string(&[c])),
        }
    }
}

/// Parses a pattern. `max_nesting` bounds how deeply groups may nest: CPython's parser is
/// Python code that recurses twice per group, so deep nesting is a RecursionError there, at a
/// depth that depends on the caller's; the caller computes the same bound.
pub fn parse(src: &[u32], is_str: bool, flags: u32, max_nesting: usize) -> PResult<Parsed> {
    let mut p = Parser {
        nesting_left: max_nesting,
        src,
        pos: 0,
        is_str,
        flags,
        names: Vec::new(),
        widths: vec![None],
        lookbehind_groups: None,
        cond_refs: Vec::new(),
    };
    let node = p.alternation(0)?;
    p.flags = fix_flags(p.flags, is_str)?;
    if p.pos < src.len() {
        return Err(err_at("unbalanced parenthesis", p.pos));
    }
    for &(g, pos) in &p.cond_refs {
        if g >= p.widths.len() {
            return Err(err_at(format!("invalid group reference {g}"), pos));
        }
    }
    Ok(Parsed {
        node,
        groups: p.widths.len(),
        names: p.names,
        flags: p.flags,
    })
}

/// Checks the type flags against the pattern's type; a str pattern gets UNICODE unless ASCII.
pub fn fix_flags(mut flags: u32, is_str: bool) -> PResult<u32> {
    let value_error = |m: &str| ParseError {
        msg: m.into(),
        pos: None,
        kind: "ValueError",
    };
    if is_str {
        if flags & LOCALE != 0 {
            return Err(value_error("cannot use LOCALE flag with a str pattern"));
        }
        if flags & ASCII == 0 {
            flags |= UNICODE;
        } else if flags & UNICODE != 0 {
            return Err(value_error("ASCII and UNICODE flags are incompatible"));
        }
    } else {
        if flags & UNICODE != 0 {
            return Err(value_error("cannot use UNICODE flag with a bytes pattern"));
        }
        if flags & LOCALE != 0 && flags & ASCII != 0 {
            return Err(value_error("ASCII and LOCALE flags are incompatible"));
        }
    }
    Ok(flags)
}

impl Parser<'_> {
    /// The next token without consuming it; a lone backslash at the end is an error.
    fn peek(&self) -> PResult<Option<Tok>> {
        let Some(&c) = self.src.get(self.pos) else {
            return Ok(None);
        };
        if c == b'\\' as u32 {
            return match self.src.get(self.pos + 1) {
                Some(&d) => Ok(Some(Tok::Esc(d))),
                None => Err(err_at("bad escape (end of pattern)", self.src.len() - 1)),
            };
        }
        Ok(Some(Tok::Ch(c)))
    }

    fn get(&mut self) -> PResult<Option<Tok>> {
        let t = self.peek()?;
        if let Some(t) = t {
            self.pos += t.len();
        }
        Ok(t)
    }

    fn eat(&mut self, c: u8) -> PResult<bool> {
        if self.peek()? == Some(Tok::Ch(c as u32)) {
            self.pos += 1;
            return Ok(true);
        }
        Ok(false)
    }

    fn next_is(&self, c: u8) -> bool {
        self.src.get(self.pos) == Some(&(c as u32))
    }

    fn err(&self, msg: impl Into<String>, offset: usize) -> ParseError {
        let mut msg: String = msg.into();
        if !self.is_str {
            msg = msg
                .chars()
                .map(|c| {
                    if c.is_ascii() {
                        c.to_string()
                    } else {
                        format!("\\x{:02x}", c as u32)
                    }
                })
                .collect();
        }
        err_at(msg, self.pos - offset)
    }

    fn icase(&self) -> bool {
        self.flags & IGNORECASE != 0
    }

    fn ascii(&self) -> bool {
        !self.is_str || self.flags & (ASCII | LOCALE) != 0
    }

    fn verbose(&self) -> bool {
        self.flags & VERBOSE != 0
    }

    /// Reads characters up to `term`, as CPython's `getuntil` (for group names).
    fn get_until(&mut self, term: u8, name: &str) -> PResult<String> {
        let start = self.pos;
        loop {
            let t = self.get()?;
            match t {
                None => {
                    let n = self.pos - start;
                    if n == 0 {
                        return Err(self.err(format!("missing {name}"), 0));
                    }
                    return Err(self.err(format!("missing {}, unterminated name", term as char), n));
                }
                Some(Tok::Ch(c)) if c == term as u32 => {
                    if self.pos - 1 == start {
                        return Err(self.err(format!("missing {name}"), 1));
                    }
                    return Ok(to_string(&self.src[start..self.pos - 1]));
                }
                _ => {}
            }
        }
    }

    fn check_group_name(&self, name: &str, offset: usize) -> PResult<()> {
        if !is_identifier(name) {
            let msg = format!("bad character in group name {}", py_repr(name));
            return Err(self.err(msg, name.chars().count() + offset));
        }
        Ok(())
    }

    fn group_closed(&self, g: usize) -> bool {
        g < self.widths.len() && self.widths[g].is_some()
    }

    fn check_lookbehind_group(&self, g: usize) -> PResult<()> {
        if let Some(lb) = self.lookbehind_groups {
            if !self.group_closed(g) {
                return Err(self.err("cannot refer to an open group", 0));
            }
            if g >= lb {
                return Err(self.err(
                    "cannot refer to group defined in the same lookbehind subpattern",
                    0,
                ));
            }
        }
        Ok(())
    }

    /// The alternation inside a group, one nesting level deeper.
    fn nested_alternation(&mut self) -> PResult<Node> {
        if self.nesting_left == 0 {
            return Err(ParseError {
                msg: "maximum recursion depth exceeded".into(),
                pos: None,
                kind: "RecursionError",
            });
        }
        self.nesting_left -= 1;
        let node = self.alternation(1);
        self.nesting_left += 1;
        node
    }

    /// `a|b|c` up to a `)` or the end.
    fn alternation(&mut self, nested: usize) -> PResult<Node> {
        let mut branches = Vec::new();
        loop {
            let first = nested == 0 && branches.is_empty();
            branches.push(self.sequence(first)?);
            if !self.eat(b'|')? {
                break;
            }
        }
        if branches.len() == 1 {
            return Ok(branches.pop().unwrap());
        }
        Ok(Node::Alt(branches))
    }

    fn sequence(&mut self, first: bool) -> PResult<Node> {
        let mut items: Vec<Node> = Vec::new();
        // Whether the last item is a repeat (for "multiple repeat").
        let mut last_repeat = false;
        while let Some(tok) = self.peek()? {
            if tok == Tok::Ch(b'|' as u32) || tok == Tok::Ch(b')' as u32) {
                break;
            }
            self.pos += tok.len();
            if self.verbose() {
                if let Tok::Ch(c) = tok {
                    if matches!(
                        char::from_u32(c),
                        Some(' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c')
                    ) {
                        continue;
                    }
                    if c == b'#' as u32 {
                        while let Some(t) = self.get()? {
                            if t == Tok::Ch(b'\n' as u32) {
                                break;
                            }
                        }
                        continue;
                    }
                }
            }
            let c = match tok {
                Tok::Esc(_) => {
                    items.push(self.escape(tok)?);
                    last_repeat = false;
                    continue;
                }
                Tok::Ch(c) => c,
            };
            match char::from_u32(c).unwrap_or('\0') {
                '[' => items.push(self.class()?),
                '?' | '*' | '+' | '{' => {
                    let here = self.pos;
                    let (min, max) = match c as u8 {
                        b'?' => (0, 1),
                        b'*' => (0, MAXREPEAT),
                        b'+' => (1, MAXREPEAT),
                        _ => match self.braces()? {
                            Some(r) => r,
                            None => {
                                items.push(self.lit(c));
                                last_repeat = false;
                                continue;
                            }
                        },
                    };
                    let back = self.pos - here + 1;
                    let item = match items.pop() {
                        None | Some(Node::At(_)) => return Err(self.err("nothing to repeat", back)),
                        Some(n) => n,
                    };
                    if last_repeat {
                        return Err(self.err("multiple repeat", back));
                    }
                    let kind = if self.eat(b'?')? {
                        RepKind::Lazy
                    } else if self.eat(b'+')? {
                        RepKind::Possessive
                    } else {
                        RepKind::Greedy
                    };
                    items.push(Node::Repeat {
                        min,
                        max,
                        kind,
                        node: Box::new(item),
                    });
                    last_repeat = true;
                    continue;
                }
                '.' => items.push(Node::Any {
                    dotall: self.flags & DOTALL != 0,
                }),
                '(' => {
                    if let Some(n) = self.group(first && items.is_empty())? {
                        items.push(n);
                    } else {
                        continue;
                    }
                }
                '^' => items.push(Node::At(if self.flags & MULTILINE != 0 {
                    At::BeginLine
                } else {
                    At::BeginString
                })),
                '$' => items.push(Node::At(if self.flags & MULTILINE != 0 {
                    At::EndLine
                } else {
                    At::End
                })),
                _ => items.push(self.lit(c)),
            }
            last_repeat = false;
        }
        Ok(match items.len() {
            0 => Node::Empty,
            1 => items.pop().unwrap(),
            _ => Node::Seq(items),
        })
    }

    fn lit(&self, c: u32) -> Node {
        Node::Lit {
            c,
            icase: self.icase(),
            ascii: self.ascii(),
        }
    }

    fn cat_set(&self, cat: Cat) -> Node {
        Node::Set(Box::new(CharSet {
            negate: false,
            items: vec![SetItem::Cat(cat)],
            icase: false,
            ascii: self.ascii(),
        }))
    }

    /// `{m,n}` after the `{`: None when it is not a repeat (then `{` is a literal).
    fn braces(&mut self) -> PResult<Option<(u32, u32)>> {
        let here = self.pos;
        if self.next_is(b'}') {
            return Ok(None);
        }
        let digits = |p: &mut Self| {
            let s = p.pos;
            while p.pos < p.src.len() && is_digit(p.src[p.pos]) {
                p.pos += 1;
            }
            to_string(&p.src[s..p.pos])
        };
        let lo = digits(self);
        let hi = if self.next_is(b',') {
            self.pos += 1;
            digits(self)
        } else {
            lo.clone()
        };
        if !self.next_is(b'}') {
            self.pos = here;
            return Ok(None);
        }
        self.pos += 1;
        let num = |s: &str| -> PResult<u32> {
            match s.parse::<u64>() {
                Ok(n) if n < MAXREPEAT as u64 => Ok(n as u32),
                _ => Err(ParseError {
                    msg: "the repetition number is too large".into(),
                    pos: None,
                    kind: "OverflowError",
                }),
            }
        };
        let min = if lo.is_empty() { 0 } else { num(&lo)? };
        let mut max = MAXREPEAT;
        if !hi.is_empty() {
            max = num(&hi)?;
            if max < min {
                return Err(self.err("min repeat greater than max repeat", self.pos - here));
            }
        }
        Ok(Some((min, max)))
    }

    /// A group or extension after `(`; None for things that produce no node (flags,
    /// comments).
    fn group(&mut self, first: bool) -> PResult<Option<Node>> {
        let start = self.pos - 1;
        let mut name: Option<String> = None;
        let mut capture = true;
        let mut atomic = false;
        let saved_flags = self.flags;
        let mut scoped: Option<(u32, u32)> = None;
        if self.eat(b'?')? {
            let Some(t) = self.get()? else {
                return Err(self.err("unexpected end of pattern", 0));
            };
            let ch = match t {
                Tok::Ch(c) => char::from_u32(c).unwrap_or('\0'),
                Tok::Esc(_) => '\\',
            };
            match ch {
                'P' => {
                    if self.eat(b'<')? {
                        let n = self.get_until(b'>', "group name")?;
                        self.check_group_name(&n, 1)?;
                        name = Some(n);
                    } else if self.eat(b'=')? {
                        let n = self.get_until(b')', "group name")?;
                        self.check_group_name(&n, 1)?;
                        let off = n.chars().count() + 1;
                        let Some(&(_, g)) = self.names.iter().find(|(k, _)| *k == n) else {
                            return Err(
                                self.err(format!("unknown group name {}", py_repr(&n)), off)
                            );
                        };
                        if !self.group_closed(g) {
                            return Err(self.err("cannot refer to an open group", off));
                        }
                        self.check_lookbehind_group(g)?;
                        return Ok(Some(Node::Backref {
                            group: g,
                            icase: self.icase(),
                            ascii: self.ascii(),
                        }));
                    } else {
                        let Some(t) = self.get()? else {
                            return Err(self.err("unexpected end of pattern", 0));
                        };
                        return Err(
                            self.err(format!("unknown extension ?P{}", t.text()), t.len() + 2)
                        );
                    }
                }
                ':' => capture = false,
                '#' => {
                    loop {
                        if self.pos >= self.src.len() {
                            return Err(
                                self.err("missing ), unterminated comment", self.pos - start)
                            );
                        }
                        if self.get()? == Some(Tok::Ch(b')' as u32)) {
                            break;
                        }
                    }
                    return Ok(None);
                }
                '=' | '!' | '<' => {
                    let mut negate = ch == '!';
                    let behind = ch == '<';
                    let mut outer_lb = None;
                    if behind {
                        let Some(t) = self.get()? else {
                            return Err(self.err("unexpected end of pattern", 0));
                        };
                        match t {
                            Tok::Ch(c) if c == b'=' as u32 => {}
                            Tok::Ch(c) if c == b'!' as u32 => negate = true,
                            _ => {
                                return Err(self
                                    .err(format!("unknown extension ?<{}", t.text()), t.len() + 2))
                            }
                        }
                        outer_lb = Some(self.lookbehind_groups);
                        if self.lookbehind_groups.is_none() {
                            self.lookbehind_groups = Some(self.widths.len());
                        }
                    }
                    let node = self.nested_alternation()?;
                    self.flags = saved_flags;
                    if let Some(o) = outer_lb {
                        self.lookbehind_groups = o;
                    }
                    if !self.eat(b')')? {
                        return Err(
                            self.err("missing ), unterminated subpattern", self.pos - start)
                        );
                    }
                    return Ok(Some(Node::Look {
                        behind,
                        negate,
                        node: Box::new(node),
                    }));
                }
                '(' => return self.conditional(start, saved_flags).map(Some),
                '>' => {
                    capture = false;
                    atomic = true;
                }
                c if "aiLmsux-".contains(c) => match self.inline_flags(c)? {
                    None => {
                        if !first {
                            return Err(self.err(
                                "global flags not at the start of the expression",
                                self.pos - start,
                            ));
                        }
                        return Ok(None);
                    }
                    Some(f) => {
                        scoped = Some(f);
                        capture = false;
                    }
                },
                _ => return Err(self.err(format!("unknown extension ?{}", t.text()), t.len() + 1)),
            }
        }
        let group = if capture {
            let g = self.widths.len();
            self.widths.push(None);
            if let Some(n) = &name {
                if let Some(&(_, old)) = self.names.iter().find(|(k, _)| k == n) {
                    return Err(self.err(
                        format!(
                            "redefinition of group name {} as group {g}; was group {old}",
                            py_repr(n)
                        ),
                        n.chars().count() + 1,
                    ));
                }
                self.names.push((n.clone(), g));
            }
            Some(g)
        } else {
            None
        };
        if let Some((add, del)) = scoped {
            self.flags = (self.flags | add) & !del;
        }
        let node = self.nested_alternation()?;
        self.flags = saved_flags;
        if !self.eat(b')')? {
            return Err(self.err("missing ), unterminated subpattern", self.pos - start));
        }
        Ok(Some(match group {
            Some(g) => {
                self.widths[g] = Some(width(&node, &self.widths));
                Node::Group(g, Box::new(node))
            }
            None if atomic => Node::Atomic(Box::new(node)),
            // `(?:^)*` repeats a group, not an anchor.
            None if matches!(node, Node::At(_)) => Node::Seq(vec![node]),
            None => node,
        }))
    }

    /// `(?(cond)yes|no)` after `(?(`.
    fn conditional(&mut self, start: usize, saved_flags: u32) -> PResult<Node> {
        let name = self.get_until(b')', "group name")?;
        let off = name.chars().count() + 1;
        let group = if is_identifier(&name) {
            match self.names.iter().find(|(k, _)| *k == name) {
                Some(&(_, g)) => g,
                None => return Err(self.err(format!("unknown group name {}", py_repr(&name)), off)),
            }
        } else {
            let g = if name.chars().all(|c| c.is_ascii_digit()) {
                name.parse::<usize>().ok()
            } else {
                None
            };
            let Some(g) = g else {
                return Err(self.err(
                    format!("bad character in group name {}", py_repr(&name)),
                    off,
                ));
            };
            if g == 0 {
                return Err(self.err("bad group number", off));
            }
            if g >= 1 << 30 {
                return Err(self.err(format!("invalid group reference {g}"), off));
            }
            if !self.cond_refs.iter().any(|&(x, _)| x == g) {
                self.cond_refs.push((g, self.pos - off));
            }
            g
        };
        self.check_lookbehind_group(group)?;
        let yes = self.sequence(false)?;
        let no = if self.eat(b'|')? {
            let n = self.sequence(false)?;
            if self.next_is(b'|') {
                return Err(self.err("conditional backref with more than two branches", 0));
            }
            n
        } else {
            Node::Empty
        };
        self.flags = saved_flags;
        if !self.eat(b')')? {
            return Err(self.err("missing ), unterminated subpattern", self.pos - start));
        }
        Ok(Node::Cond {
            group,
            yes: Box::new(yes),
            no: Box::new(no),
        })
    }

    fn flag_of(c: char) -> Option<u32> {
        Some(match c {
            'i' => IGNORECASE,
            'L' => LOCALE,
            'm' => MULTILINE,
            's' => DOTALL,
            'x' => VERBOSE,
            'a' => ASCII,
            'u' => UNICODE,
            _ => return None,
        })
    }

    fn next_char(&mut self) -> PResult<Option<char>> {
        Ok(self.get()?.map(|t| match t {
            Tok::Ch(c) => char::from_u32(c).unwrap_or('\0'),
            Tok::Esc(_) => '\\',
        }))
    }

    /// Inline flags after `(?`: None for global flags `(?i)` (applied at once), or the
    /// (added, removed) flags of a scoped group `(?i-s:...)`.
    fn inline_flags(&mut self, first: char) -> PResult<Option<(u32, u32)>> {
        let mut add = 0;
        let mut del = 0;
        let mut ch = first;
        if ch != '-' {
            loop {
                let f = Self::flag_of(ch).unwrap();
                if self.is_str && ch == 'L' {
                    return Err(self.err(
                        "bad inline flags: cannot use 'L' flag with a str pattern",
                        0,
                    ));
                }
                if !self.is_str && ch == 'u' {
                    return Err(self.err(
                        "bad inline flags: cannot use 'u' flag with a bytes pattern",
                        0,
                    ));
                }
                add |= f;
                if f & TYPE_FLAGS != 0 && add & TYPE_FLAGS != f {
                    return Err(self.err(
                        "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                        0,
                    ));
                }
                match self.next_char()? {
                    None => return Err(self.err("missing -, : or )", 0)),
                    Some(c) if ")-:".contains(c) => {
                        ch = c;
                        break;
                    }
                    Some(c) if Self::flag_of(c).is_some() => ch = c,
                    Some(c) => {
                        let m = if c.is_alphabetic() {
                            "unknown flag"
                        } else {
                            "missing -, : or )"
                        };
                        return Err(self.err(m, if c == '\\' { 2 } else { 1 }));
                    }
                }
            }
        }
        if ch == ')' {
            self.flags |= add;
            return Ok(None);
        }
        if ch == '-' {
            match self.next_char()? {
                None => return Err(self.err("missing flag", 0)),
                Some(c) if Self::flag_of(c).is_some() => ch = c,
                Some(c) => {
                    let m = if c.is_alphabetic() {
                        "unknown flag"
                    } else {
                        "missing flag"
                    };
                    return Err(self.err(m, if c == '\\' { 2 } else { 1 }));
                }
            }
            loop {
                let f = Self::flag_of(ch).unwrap();
                if f & TYPE_FLAGS != 0 {
                    return Err(self.err(
                        "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                        0,
                    ));
                }
                del |= f;
                match self.next_char()? {
                    None => return Err(self.err("missing :", 0)),
                    Some(':') => break,
                    Some(c) if Self::flag_of(c).is_some() => ch = c,
                    Some(c) => {
                        let m = if c.is_alphabetic() {
                            "unknown flag"
                        } else {
                            "missing :"
                        };
                        return Err(self.err(m, if c == '\\' { 2 } else { 1 }));
                    }
                }
            }
        }
        if add & del != 0 {
            return Err(self.err("bad inline flags: flag turned on and off", 1));
        }
        // A scoped ASCII/UNICODE flag replaces the other type flag.
        if add & ASCII != 0 {
            del |= UNICODE;
        }
        if add & UNICODE != 0 {
            del |= ASCII;
        }
        Ok(Some((add, del)))
    }

    /// A character set after `[`.
    fn class(&mut self) -> PResult<Node> {
        let here = self.pos - 1;
        let mut items: Vec<SetItem> = Vec::new();
        let negate = self.eat(b'^')?;
        let unterminated = |p: &Self| p.err("unterminated character set", p.pos - here);
        loop {
            let Some(this) = self.get()? else {
                return Err(unterminated(self));
            };
            if this == Tok::Ch(b']' as u32) && !items.is_empty() {
                break;
            }
            let code1 = match this {
                Tok::Esc(_) => self.class_escape(this)?,
                Tok::Ch(c) => SetItem::Char(c),
            };
            if self.eat(b'-')? {
                let Some(that) = self.get()? else {
                    return Err(unterminated(self));
                };
                if that == Tok::Ch(b']' as u32) {
                    items.push(code1);
                    items.push(SetItem::Char(b'-' as u32));
                    break;
                }
                let code2 = match that {
                    Tok::Esc(_) => self.class_escape(that)?,
                    Tok::Ch(c) => SetItem::Char(c),
                };
                let msg = format!("bad character range {}-{}", this.text(), that.text());
                let off = this.len() + 1 + that.len();
                match (code1, code2) {
                    (SetItem::Char(lo), SetItem::Char(hi)) if lo <= hi => {
                        items.push(SetItem::Range(lo, hi))
                    }
                    _ => return Err(self.err(msg, off)),
                }
            } else {
                items.push(code1);
            }
        }
        if items.len() == 1 && !negate {
            if let SetItem::Char(c) = items[0] {
                return Ok(self.lit(c));
            }
        }
        Ok(Node::Set(Box::new(CharSet {
            negate,
            items,
            icase: self.icase(),
            ascii: self.ascii(),
        })))
    }

    /// Reads the digits of `\xhh`, `\uhhhh`, `\Uhhhhhhhh` after the letter.
    fn hex_escape(&mut self, letter: char, n: usize) -> PResult<u32> {
        let s = self.pos;
        while self.pos < self.src.len() && self.pos - s < n && is_hex(self.src[self.pos]) {
            self.pos += 1;
        }
        let digits = to_string(&self.src[s..self.pos]);
        let esc = format!("\\{letter}{digits}");
        if self.pos - s != n {
            let l = esc.chars().count();
            return Err(self.err(format!("incomplete escape {esc}"), l));
        }
        let v = u32::from_str_radix(&digits, 16).unwrap_or(u32::MAX);
        if v > 0x10ffff {
            return Err(self.err(format!("bad escape {esc}"), esc.chars().count()));
        }
        Ok(v)
    }

    /// `\N{NAME}` after the `N`.
    fn named_escape(&mut self) -> PResult<u32> {
        if !self.eat(b'{')? {
            return Err(self.err("missing {", 0));
        }
        let name = self.get_until(b'}', "character name")?;
        match unicode_names2::character(&name) {
            Some(c) => Ok(c as u32),
            None => Err(self.err(
                format!("undefined character name {}", py_repr(&name)),
                name.chars().count() + 4,
            )),
        }
    }

    /// Escapes common to sets and patterns; None when not one of them.
    fn common_escape(&mut self, c: char) -> PResult<Option<u32>> {
        Ok(Some(match c {
            'a' => 7,
            'b' => 8,
            'f' => 12,
            'n' => 10,
            'r' => 13,
            't' => 9,
            'v' => 11,
            '\\' => b'\\' as u32,
            'x' => self.hex_escape('x', 2)?,
            'u' if self.is_str => self.hex_escape('u', 4)?,
            'U' if self.is_str => self.hex_escape('U', 8)?,
            'N' if self.is_str => self.named_escape()?,
            _ => return Ok(None),
        }))
    }

    fn category(c: char) -> Option<Cat> {
        Some(match c {
            'd' => Cat::Digit,
            'D' => Cat::NotDigit,
            'w' => Cat::Word,
            'W' => Cat::NotWord,
            's' => Cat::Space,
            'S' => Cat::NotSpace,
            _ => return None,
        })
    }

    fn class_escape(&mut self, tok: Tok) -> PResult<SetItem> {
        let Tok::Esc(cp) = tok else { unreachable!() };
        let c = char::from_u32(cp).unwrap_or('\0');
        if let Some(cat) = Self::category(c) {
            return Ok(SetItem::Cat(cat));
        }
        if let Some(v) = self.common_escape(c)? {
            return Ok(SetItem::Char(v));
        }
        if is_oct(cp) {
            let s = self.pos - 1;
            while self.pos < self.src.len() && self.pos - s < 3 && is_oct(self.src[self.pos]) {
                self.pos += 1;
            }
            let digits = to_string(&self.src[s..self.pos]);
            let v = u32::from_str_radix(&digits, 8).unwrap();
            if v > 0o377 {
                return Err(self.err(
                    format!("octal escape value \\{digits} outside of range 0-0o377"),
                    digits.len() + 1,
                ));
            }
            return Ok(SetItem::Char(v));
        }
        if is_digit(cp) || is_ascii_letter(cp) {
            return Err(self.err(format!("bad escape {}", tok.text()), 2));
        }
        Ok(SetItem::Char(cp))
    }

    fn escape(&mut self, tok: Tok) -> PResult<Node> {
        let Tok::Esc(cp) = tok else { unreachable!() };
        let c = char::from_u32(cp).unwrap_or('\0');
        let ascii = self.ascii();
        match c {
            'A' => return Ok(Node::At(At::BeginString)),
            'Z' => return Ok(Node::At(At::EndString)),
            'b' => return Ok(Node::At(At::Boundary { ascii })),
            'B' => return Ok(Node::At(At::NonBoundary { ascii })),
            _ => {}
        }
        if let Some(cat) = Self::category(c) {
            return Ok(self.cat_set(cat));
        }
        if c != 'b' {
            if let Some(v) = self.common_escape(c)? {
                return Ok(self.lit(v));
            }
        }
        if c == '0' {
            let s = self.pos - 1;
            while self.pos < self.src.len() && self.pos - s < 3 && is_oct(self.src[self.pos]) {
                self.pos += 1;
            }
            let v = u32::from_str_radix(&to_string(&self.src[s..self.pos]), 8).unwrap();
            return Ok(self.lit(v));
        }
        if is_digit(cp) {
            let s = self.pos - 1;
            if self.pos < self.src.len() && is_digit(self.src[self.pos]) {
                self.pos += 1;
                if is_oct(self.src[s])
                    && is_oct(self.src[s + 1])
                    && self.pos < self.src.len()
                    && is_oct(self.src[self.pos])
                {
                    self.pos += 1;
                    let digits = to_string(&self.src[s..self.pos]);
                    let v = u32::from_str_radix(&digits, 8).unwrap();
                    if v > 0o377 {
                        return Err(self.err(
                            format!("octal escape value \\{digits} outside of range 0-0o377"),
                            4,
                        ));
                    }
                    return Ok(self.lit(v));
                }
            }
            let digits = to_string(&self.src[s..self.pos]);
            let g: usize = digits.parse().unwrap();
            let len = digits.len() + 1;
            if g < self.widths.len() {
                if !self.group_closed(g) {
                    return Err(self.err("cannot refer to an open group", len));
                }
                self.check_lookbehind_group(g)?;
                return Ok(Node::Backref {
                    group: g,
                    icase: self.icase(),
                    ascii,
                });
            }
            return Err(self.err(format!("invalid group reference {g}"), len - 1));
        }
        if is_ascii_letter(cp) {
            return Err(self.err(format!("bad escape {}", tok.text()), 2));
        }
        Ok(self.lit(cp))
    }
}

/// The (min, max) number of characters a node can match; max saturates at MAXREPEAT.
pub fn width(n: &Node, groups: &[Option<(u64, u64)>]) -> (u64, u64) {
    const CAP: u64 = MAXREPEAT as u64;
    match n {
        Node::Empty | Node::At(_) | Node::Look { .. } => (0, 0),
        Node::Lit { .. } | Node::Any { .. } | Node::Set(_) => (1, 1),
        Node::Group(_, n) | Node::Atomic(n) => width(n, groups),
        Node::Seq(items) => items.iter().fold((0, 0), |(a, b), n| {
            let (x, y) = width(n, groups);
            ((a + x).min(CAP), (b + y).min(CAP))
        }),
        Node::Alt(bs) => {
            let mut lo = CAP;
            let mut hi = 0;
            for b in bs {
                let (x, y) = width(b, groups);
                lo = lo.min(x);
                hi = hi.max(y);
            }
            (lo, hi)
        }
        Node::Repeat { min, max, node, .. } => {
            let (x, y) = width(node, groups);
            (
                (x.saturating_mul(*min as u64)).min(CAP),
                (y.saturating_mul(*max as u64)).min(CAP),
            )
        }
        Node::Backref { group, .. } => groups.get(*group).copied().flatten().unwrap_or((0, CAP)),
        Node::Cond { yes, no, .. } => {
            let (a, b) = width(yes, groups);
            let (c, d) = width(no, groups);
            (a.min(c), b.max(d))
        }
    }
}
