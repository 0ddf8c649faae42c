//! The abstract syntax tree. Every node lives in one `bumpalo::Bump` arena that the caller drops
//! once compilation is done, so building the tree costs a pointer bump per node and freeing it
//! costs nothing per node. Children are `&'a` references and lists are `&'a [T]` slices.

/// A source position: 1-based line, 0-based column counted in characters, and for a node the
/// end of its span (`end_line` 0 when unknown: tokens, and nodes made without one). Positions
/// compare by their start only, as the parser's checks expect.
#[derive(Clone, Copy, Debug, Default)]
pub struct Loc {
    pub line: u32,
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
}

impl PartialEq for Loc {
    fn eq(&self, other: &Loc) -> bool {
        self.line == other.line && self.col == other.col
    }
}
impl Eq for Loc {}

impl Loc {
    /// A start position with no end.
    pub const fn at(line: u32, col: u32) -> Loc {
        Loc {
            line,
            col,
            end_line: 0,
            end_col: 0,
        }
    }

    /// This start with the span ending where `end` starts (`@R` of a grammar rule).
    pub fn to(self, end: Loc) -> Loc {
        Loc {
            end_line: end.line,
            end_col: end.col,
            ..self
        }
    }
}

#[derive(Debug)]
pub struct Module<'a> {
    pub body: &'a [Stmt<'a>],
}

#[derive(Debug)]
pub struct Stmt<'a> {
    pub loc: Loc,
    pub kind: StmtKind<'a>,
}

#[derive(Debug)]
pub enum StmtKind<'a> {
    Expr(&'a Expr<'a>),
    /// `a = b = value`: `targets` are in source order.
    Assign {
        targets: &'a [Expr<'a>],
        value: &'a Expr<'a>,
    },
    AugAssign {
        target: &'a Expr<'a>,
        op: BinOp,
        value: &'a Expr<'a>,
    },
    /// `x: T` or `x: T = v`; the annotation is evaluated only at module/class level.
    AnnAssign {
        target: &'a Expr<'a>,
        annotation: &'a Expr<'a>,
        value: Option<&'a Expr<'a>>,
    },
    Pass,
    Break,
    Continue,
    Return(Option<&'a Expr<'a>>),
    Delete(&'a [Expr<'a>]),
    Global(&'a [&'a str]),
    Nonlocal(&'a [&'a str]),
    Raise {
        exc: Option<&'a Expr<'a>>,
        cause: Option<&'a Expr<'a>>,
    },
    Assert {
        test: &'a Expr<'a>,
        msg: Option<&'a Expr<'a>>,
    },
    If {
        test: &'a Expr<'a>,
        body: &'a [Stmt<'a>],
        orelse: &'a [Stmt<'a>],
    },
    While {
        test: &'a Expr<'a>,
        body: &'a [Stmt<'a>],
        orelse: &'a [Stmt<'a>],
    },
    For {
        target: &'a Expr<'a>,
        iter: &'a Expr<'a>,
        body: &'a [Stmt<'a>],
        orelse: &'a [Stmt<'a>],
    },
    Try {
        body: &'a [Stmt<'a>],
        handlers: &'a [ExceptHandler<'a>],
        orelse: &'a [Stmt<'a>],
        finalbody: &'a [Stmt<'a>],
    },
    With {
        items: &'a [WithItem<'a>],
        body: &'a [Stmt<'a>],
    },
    /// `async for` / `async with`: the wrapped statement is a `For` or `With`.
    Async(&'a Stmt<'a>),
    FunctionDef(&'a FunctionDef<'a>),
    ClassDef(&'a ClassDef<'a>),
    /// `import a.b.c as d, e`
    Import(&'a [Alias<'a>]),
    /// `from ..mod import a as b, c` (level = number of dots). `names` is `[Alias { name: "*" }]`
    /// for a star import.
    ImportFrom {
        module: Option<&'a str>,
        names: &'a [Alias<'a>],
        level: u32,
    },
    /// `match subject:` with its cases (PEP 634).
    Match {
        subject: &'a Expr<'a>,
        cases: &'a [MatchCase<'a>],
    },
}

/// One `case pattern if guard:` block.
#[derive(Debug)]
pub struct MatchCase<'a> {
    pub loc: Loc,
    pub pattern: Pattern<'a>,
    pub guard: Option<&'a Expr<'a>>,
    pub body: &'a [Stmt<'a>],
}

#[derive(Debug)]
pub struct Pattern<'a> {
    pub loc: Loc,
    pub kind: PatternKind<'a>,
}

#[derive(Debug)]
pub enum PatternKind<'a> {
    /// A literal or a dotted name, compared with `==`.
    Value(&'a Expr<'a>),
    /// `None`, `True` or `False`, compared with `is`.
    Singleton(&'a Expr<'a>),
    Sequence(&'a [Pattern<'a>]),
    /// `*name` inside a sequence pattern (`None` for `*_`).
    Star(Option<&'a str>),
    /// `{key: pattern, ..., **rest}`; keys are literals or dotted names.
    Mapping {
        keys: &'a [Expr<'a>],
        patterns: &'a [Pattern<'a>],
        rest: Option<&'a str>,
    },
    /// `Cls(p, ..., name=p, ...)`.
    Class {
        cls: &'a Expr<'a>,
        args: &'a [Pattern<'a>],
        kw_names: &'a [&'a str],
        kw_patterns: &'a [Pattern<'a>],
    },
    /// `pattern as name`; a bare capture has no pattern, the wildcard `_` neither.
    As(Option<&'a Pattern<'a>>, Option<&'a str>),
    Or(&'a [Pattern<'a>]),
}

#[derive(Debug)]
pub struct ExceptHandler<'a> {
    pub loc: Loc,
    /// `except*` (exception groups).
    pub star: bool,
    pub typ: Option<&'a Expr<'a>>,
    pub name: Option<&'a str>,
    pub body: &'a [Stmt<'a>],
}

#[derive(Debug)]
pub struct WithItem<'a> {
    pub context: &'a Expr<'a>,
    pub target: Option<&'a Expr<'a>>,
}

#[derive(Debug)]
pub struct Alias<'a> {
    /// Dotted name as written, e.g. `os.path`.
    pub name: &'a str,
    pub asname: Option<&'a str>,
}

#[derive(Debug)]
pub struct FunctionDef<'a> {
    pub loc: Loc,
    pub name: &'a str,
    pub params: &'a Params<'a>,
    pub body: &'a [Stmt<'a>],
    pub decorators: &'a [Expr<'a>],
    pub returns: Option<&'a Expr<'a>>,
    pub is_async: bool,
}

#[derive(Debug)]
pub struct ClassDef<'a> {
    pub loc: Loc,
    pub name: &'a str,
    /// Positional bases and keywords (`metaclass=...`) as call arguments.
    pub bases: &'a [Arg<'a>],
    pub body: &'a [Stmt<'a>],
    pub decorators: &'a [Expr<'a>],
}

/// A parameter list. Defaults attach to their parameter; Python's rule that a parameter without a
/// default may not follow one with a default (among positional ones) is checked by the parser.
#[derive(Debug, Default)]
pub struct Params<'a> {
    pub posonly: &'a [Param<'a>],
    pub args: &'a [Param<'a>],
    pub vararg: Option<&'a str>,
    pub kwonly: &'a [Param<'a>],
    pub kwarg: Option<&'a str>,
    /// The annotations of `*args` and `**kwargs` (`*args: int`).
    pub vararg_annotation: Option<&'a Expr<'a>>,
    pub kwarg_annotation: Option<&'a Expr<'a>>,
}

#[derive(Debug)]
pub struct Param<'a> {
    pub loc: Loc,
    pub name: &'a str,
    pub default: Option<&'a Expr<'a>>,
    pub annotation: Option<&'a Expr<'a>>,
}

#[derive(Debug)]
pub struct Expr<'a> {
    pub loc: Loc,
    pub kind: ExprKind<'a>,
}

#[derive(Debug)]
pub enum ExprKind<'a> {
    Name(&'a str),
    Const(Const<'a>),
    /// f-string: literal pieces and replacement fields, already split; adjacent plain strings
    /// concatenated with an f-string are folded into its parts.
    FString(&'a [FPart<'a>]),
    BinOp(&'a Expr<'a>, BinOp, &'a Expr<'a>),
    UnaryOp(UnaryOp, &'a Expr<'a>),
    /// `a and b and c` is one node with three operands.
    BoolOp(BoolOp, &'a [Expr<'a>]),
    /// `a < b <= c`: first operand, then (operator, operand) pairs.
    Compare(&'a Expr<'a>, &'a [(CmpOp, Expr<'a>)]),
    Call {
        func: &'a Expr<'a>,
        args: &'a [Arg<'a>],
    },
    Attribute(&'a Expr<'a>, &'a str),
    Subscript(&'a Expr<'a>, &'a Expr<'a>),
    /// `lo:hi:step` inside a subscript (a tuple of them for `a[1:2, 3]`).
    Slice(
        Option<&'a Expr<'a>>,
        Option<&'a Expr<'a>>,
        Option<&'a Expr<'a>>,
    ),
    Tuple(&'a [Expr<'a>]),
    List(&'a [Expr<'a>]),
    Set(&'a [Expr<'a>]),
    /// Items; a `None` key is a `**mapping` spread.
    Dict(&'a [(Option<Expr<'a>>, Expr<'a>)]),
    /// `*x` in a display, call-free context or assignment target.
    Starred(&'a Expr<'a>),
    /// `body if test else orelse`: fields are (test, body, orelse).
    IfExp(&'a Expr<'a>, &'a Expr<'a>, &'a Expr<'a>),
    Lambda(&'a Params<'a>, &'a Expr<'a>),
    ListComp(&'a Expr<'a>, &'a [Comprehension<'a>]),
    SetComp(&'a Expr<'a>, &'a [Comprehension<'a>]),
    DictComp(&'a Expr<'a>, &'a Expr<'a>, &'a [Comprehension<'a>]),
    GeneratorExp(&'a Expr<'a>, &'a [Comprehension<'a>]),
    Yield(Option<&'a Expr<'a>>),
    YieldFrom(&'a Expr<'a>),
    Await(&'a Expr<'a>),
    /// `target := value`
    NamedExpr(&'a Expr<'a>, &'a Expr<'a>),
}

#[derive(Debug)]
pub enum Const<'a> {
    None,
    True,
    False,
    Ellipsis,
    Int(i64),
    /// An integer literal too big for i64: decimal digits, no underscores or prefix.
    BigInt(&'a str),
    Float(f64),
    /// Imaginary literal `3j` (the value of the imaginary part).
    Imag(f64),
    /// Decoded string literal (escapes processed; implicit concatenation done).
    Str(&'a str),
    Bytes(&'a [u8]),
}

#[derive(Debug)]
pub enum FPart<'a> {
    Literal(&'a str),
    Field {
        expr: &'a Expr<'a>,
        /// `!r`, `!s`, `!a`
        conversion: Option<char>,
        /// The format spec after `:`, itself possibly holding nested fields.
        spec: Option<&'a [FPart<'a>]>,
        /// For `f"{x=}"`: the source text `x=` printed before the value.
        debug_text: Option<&'a str>,
    },
}

#[derive(Debug)]
pub struct Comprehension<'a> {
    pub target: &'a Expr<'a>,
    pub iter: &'a Expr<'a>,
    pub ifs: &'a [Expr<'a>],
    pub is_async: bool,
}

#[derive(Debug)]
pub enum Arg<'a> {
    Positional(Expr<'a>),
    /// `*iterable`
    Star(Expr<'a>),
    Keyword(&'a str, Expr<'a>),
    /// `**mapping`
    DoubleStar(Expr<'a>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Not,
    Neg,
    Pos,
    Invert,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}
