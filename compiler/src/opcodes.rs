//! The instruction set, defined once.
//!
//! An instruction is one 64-bit word of plain integers, so that any dispatch strategy (a `match`
//! loop, call threading, tail-call threading) can decode it the same way:
//!
//! ```text
//!  63      56 55          40 39          24 23           8 7       0
//! +----------+--------------+--------------+--------------+---------+
//! |    D     |      C       |      B       |      A       |   op    |
//! +----------+--------------+--------------+--------------+---------+
//!            |          sBx (signed 32 bits)             |
//! ```
//!
//! `R[x]` is register x of the current frame, `K[x]` constant x of the code object, `RK[x]` is
//! `K[x - RK_FLAG]` when `x >= RK_FLAG` and `R[x]` otherwise (so constant operands need no
//! load instruction; registers therefore stay below `RK_FLAG`), `G[k]` the
//! global (then builtin) named by constant k, `sBx` a signed jump offset relative to the next
//! instruction. D is an 8-bit modifier (an operator kind, a flag set). Ops that will grow inline
//! caches (PEP 659 style) declare how many trailing cache words they own in `CACHE` below; the
//! encoding leaves every instruction rewritable in place.
//!
//! An operand that does not fit its field (a constant index past 65,535, a register past 32,767
//! in an RK operand, a jump offset past 16 bits in C) is carried by a `WIDE` prefix word: its
//! A, B, C are the high halves of the next instruction's (`WideInst`). The VM runs prefixed
//! instructions through a second copy of the handlers compiled for `WideInst` operands, so the
//! narrow handlers do no extra work.
//!
//! `for_each_op!` is the single table: the `Op` enum, names, operand formats, documentation, the
//! disassembler and the VM's dispatch loop are all generated from it.

/// Operand format, used by the disassembler and documentation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// no operands
    N,
    /// A
    A,
    /// A B
    AB,
    /// A B C
    ABC,
    /// A B C D
    ABCD,
    /// A sBx
    AsBx,
    /// sBx only
    SBx,
    /// A Bx (unsigned 32-bit B|C)
    ABx,
}

/// Sub-operations of `ASYNC` (its D operand): the steps of `await`, `async for` and
/// `async with` that are not plain `YIELD_FROM`s.
pub mod async_op {
    /// R[A] := the iterator that awaiting R[B] drives (a coroutine or `__await__()`'s result)
    pub const AWAITABLE: u8 = 0;
    /// R[A] := R[B].__aiter__()
    pub const AITER: u8 = 1;
    /// R[A] := the awaitable iterator of R[B].__anext__()
    pub const ANEXT: u8 = 2;
    /// R[A] := R[B].__aexit__ bound; R[A+1] := the awaitable iterator of R[B].__aenter__()
    pub const AENTER: u8 = 3;
    /// R[A] := the awaitable iterator of R[B](exception info of R[C], or None x3 if C == B)
    pub const AEXIT: u8 = 4;
    /// R[A] := R[B] is a StopAsyncIteration
    pub const IS_STOP: u8 = 5;
    /// R[A] := iter(R[B]) for `yield from` (a coroutine only inside a `types.coroutine`)
    pub const YIELD_FROM_ITER: u8 = 6;

    /// The disassembler's name for step `d`.
    pub fn name(d: u8) -> &'static str {
        match d {
            AWAITABLE => "awaitable",
            AITER => "aiter",
            ANEXT => "anext",
            AENTER => "aenter",
            AEXIT => "aexit",
            IS_STOP => "is StopAsyncIteration",
            YIELD_FROM_ITER => "yield from iter",
            _ => "?",
        }
    }
}

/// Invokes `$m!` with the whole op table: `(Variant, snake_name, Format, "semantics")`.
#[macro_export]
macro_rules! for_each_op {
    ($m:ident) => {
        $m! {
            (Nop, nop, N, "no operation");
            (Move, move_, AB, "R[A] := R[B]");
            (LoadConst, load_const, ABx, "R[A] := K[Bx]");
            (LoadInt, load_int, AsBx, "R[A] := sBx (a small int)");
            (LoadNone, load_none, A, "R[A] := None");
            (LoadBool, load_bool, AB, "R[A] := bool(B)");
            (CheckBound, check_bound, AB, "if R[A] is unbound: raise UnboundLocalError(varnames[B])");
            (ClearLocal, clear_local, ABC, "check R[A] is bound (name varnames[B]; none when B >= NO_OPERAND - 1); R[A] := unbound; for a `del` (B < NO_OPERAND - 1) or a finished loop's iterator (B == NO_OPERAND - 1), the VM may collect at once, after clearing R[C..] (dead temporaries; none when C == NO_OPERAND; both marks are 32-bit in a wide form)");
            (LoadGlobal, load_global, ABC, "R[A] := G[K[B]]; K[C], K[C+1] are its inline cache (entry index and namespace epoch, globals dict; or a builtin's value, namespace epoch)");
            (StoreGlobal, store_global, ABC, "G[K[B]] := R[A]; K[C], K[C+1] are its inline cache (entry index and namespace epoch, globals dict)");
            (DeleteGlobal, delete_global, ABx, "del G[K[Bx]]");
            (LoadName, load_name, ABx, "R[A] := locals/globals/builtins[K[Bx]] (class bodies)");
            (StoreName, store_name, ABx, "locals[K[Bx]] := R[A]");
            (DeleteName, delete_name, ABx, "del locals[K[Bx]]");
            (MakeCell, make_cell, A, "R[A] := cell(R[A])");
            (LoadDeref, load_deref, ABC, "R[A] := R[B].contents (C=1: free variable, for the error message)");
            (StoreDeref, store_deref, AB, "R[A].contents := R[B]");
            (DeleteDeref, delete_deref, A, "del R[A].contents");
            (GetAttr, get_attr, ABC, "R[A] := R[B].K[C]; K[C+1..C+4] cache (class, epoch, dict index)");
            (SetAttr, set_attr, ABC, "R[A].K[B] := R[C]; K[B+1..B+4] cache (class, epoch, dict index)");
            (DelAttr, del_attr, AB, "del R[A].K[B]");
            (LoadMethod, load_method, ABC, "R[A], R[A+1] := method K[C] of R[B] and its self (or unbound); K[C+1..C+4] cache (class, epoch, method)");
            (LoadSuperMethod, load_super_method, ABC, "R[A], R[A+1] := method K[C] of super(R[A+1], R[A+2]) and its self, for `super().name(...)` in a method: without making the super object when R[A] is the builtin super and R[A+2] an instance; else as LOAD_METHOD on R[A](R[A+1], R[A+2]) (B = 1: the source wrote `super(C, x).name(...)`; B = 0: `super().name(...)`, whose fallback calls R[A] with no arguments)");
            (GetItem, get_item, ABC, "R[A] := R[B][RK[C]]");
            (SetItem, set_item, ABC, "R[A][R[B]] := R[C]");
            (DelItem, del_item, AB, "del R[A][R[B]]");
            (BuildSlice, build_slice, ABC, "R[A] := slice(R[B], R[B+1], R[B+2] if C == 3)");
            (GetSlice, get_slice, ABC, "R[A] := R[B][R[C]:R[C+1]:R[C+2]] (a slice object is made only for a __getitem__)");
            (SetSlice, set_slice, ABC, "R[A][R[B]:R[B+1]:R[B+2]] := R[C] (a slice object is made only for a __setitem__)");
            (Add, add, ABC, "R[A] := RK[B] + RK[C]");
            (Sub, sub, ABC, "R[A] := RK[B] - RK[C]");
            (Mul, mul, ABC, "R[A] := RK[B] * RK[C]");
            (TrueDiv, true_div, ABC, "R[A] := RK[B] / RK[C]");
            (FloorDiv, floor_div, ABC, "R[A] := RK[B] // RK[C]");
            (Mod, mod_, ABC, "R[A] := RK[B] % RK[C]");
            (BinaryOp, binary_op, ABCD, "R[A] := RK[B] <op D> RK[C] (any binary operator)");
            (InplaceOp, inplace_op, ABCD, "R[A] := R[B] <op D>= RK[C] (tries __iop__ first)");
            (AddInt, add_int, ABC, "R[A] := R[B] + sC (C is a signed 16-bit immediate)");
            (Neg, neg, AB, "R[A] := -R[B]");
            (Pos, pos, AB, "R[A] := +R[B]");
            (Invert, invert, AB, "R[A] := ~R[B]");
            (Not, not, AB, "R[A] := not R[B]");
            (Eq, eq, ABC, "R[A] := RK[B] == RK[C]");
            (Ne, ne, ABC, "R[A] := RK[B] != RK[C]");
            (Lt, lt, ABC, "R[A] := RK[B] < RK[C]");
            (Le, le, ABC, "R[A] := RK[B] <= RK[C]");
            (Gt, gt, ABC, "R[A] := RK[B] > RK[C]");
            (Ge, ge, ABC, "R[A] := RK[B] >= RK[C]");
            (Is, is, ABC, "R[A] := RK[B] is RK[C]");
            (IsNot, is_not, ABC, "R[A] := RK[B] is not RK[C]");
            (In, in_, ABC, "R[A] := RK[B] in RK[C]");
            (NotIn, not_in, ABC, "R[A] := RK[B] not in RK[C]");
            (Jump, jump, SBx, "pc += sBx");
            (JumpIfTrue, jump_if_true, AsBx, "if R[A]: pc += sBx");
            (JumpIfFalse, jump_if_false, AsBx, "if not R[A]: pc += sBx");
            (JumpIfNotLt, jump_if_not_lt, ABC, "if not (RK[A] < RK[B]): pc += sC (fused compare and branch)");
            (JumpIfNotLe, jump_if_not_le, ABC, "if not (RK[A] <= RK[B]): pc += sC");
            (JumpIfNotGt, jump_if_not_gt, ABC, "if not (RK[A] > RK[B]): pc += sC");
            (JumpIfNotGe, jump_if_not_ge, ABC, "if not (RK[A] >= RK[B]): pc += sC");
            (JumpIfNotEq, jump_if_not_eq, ABC, "if not (RK[A] == RK[B]): pc += sC");
            (JumpIfNotNe, jump_if_not_ne, ABC, "if not (RK[A] != RK[B]): pc += sC");
            (GetIter, get_iter, AB, "R[A] := iter(R[B])");
            (ForIter, for_iter, AsBx, "R[A+1] := next(R[A]); if exhausted: pc += sBx");
            (ForIterTo, for_iter_to, ABC, "R[B] := next(R[A]); if exhausted: pc += sC (loop variable is a local)");
            (Call, call, AB, "R[A] := R[A](R[A+1], ..., R[A+B])");
            (CallKw, call_kw, ABC, "R[A] := R[A](B positionals, C keywords from R[A+1]..; names tuple R[A+B+C+1])");
            (CallMethod, call_method, AB, "R[A] := R[A](R[A+1] if bound, R[A+2], ..., R[A+1+B])");
            (CallEx, call_ex, AB, "R[A] := R[A](*R[A+1], **R[A+2] if B)");
            (Return, return_, A, "return R[A]");
            (ReturnNone, return_none, N, "return None");
            (BuildTuple, build_tuple, ABC, "R[A] := (R[B], ..., R[B+C-1])");
            (BuildList, build_list, ABC, "R[A] := [R[B], ..., R[B+C-1]]");
            (BuildSet, build_set, ABC, "R[A] := {R[B], ..., R[B+C-1]}");
            (BuildDict, build_dict, ABC, "R[A] := {R[B]: R[B+1], ...} with C pairs");
            (BuildString, build_string, ABC, "R[A] := R[B] + ... + R[B+C-1] (all str)");
            (ListAppend, list_append, AB, "R[A].append(R[B])");
            (ListExtend, list_extend, ABC, "R[A].extend(R[B]) (C=1: a call's lone *args, C=2: other *x)");
            (SetAdd, set_add, AB, "R[A].add(R[B])");
            (SetUpdate, set_update, ABC, "R[A].update(R[B]) (C=1: R[B] is the tuple of a constant display)");
            (DictSet, dict_set, ABC, "R[A][R[B]] := R[C] (R[A] is a dict)");
            (DictUpdate, dict_update, ABC, "R[A].update(R[B]) (C=1: keyword merge, duplicates are an error)");
            (ListToTuple, list_to_tuple, AB, "R[A] := tuple(R[B])");
            (Unpack, unpack, ABC, "R[A], ..., R[A+C-1] := R[B] (exactly C items)");
            (UnpackTuple, unpack_tuple, ABC, "R[A] := a tuple of exactly C items from R[B] (an unpacking too wide for a register per target)");
            (UnpackEx, unpack_ex, ABCD, "R[A..A+C] := C items, R[A+C] := list of the rest, then D items, from R[B]");
            (FormatValue, format_value, ABCD, "R[A] := format(conv_D(R[B]), R[C] if C != A else '')");
            (MakeFunction, make_function, ABCD, "R[A] := function(K[B]); D flags: 1 defaults R[C], 2 kwdefaults R[C+1], 4 closure R[C+2], 8 annotations R[C+3]");
            (BuildClass, build_class, AB, "R[A] := class from body function R[A], name R[A+1], bases tuple R[A+2], keywords dict R[A+3] if B");
            (Raise, raise, ABC, "C=0: re-raise the handled exception; C=1: raise R[A]; C=2: raise R[A] from R[B]");
            (Reraise, reraise, A, "raise R[A] again, keeping its traceback");
            (EnterHandler, enter_handler, A, "R[A] := handled exception before; R[A+1] := exception in flight, now handled");
            (PopHandler, pop_handler, A, "handled exception := R[A]");
            (ExcMatch, exc_match, ABC, "R[A] := R[B] is an instance of the class (or tuple) R[C]");
            (ExcStarInit, exc_star_init, AB, "except*: R[A] := R[B] (what no clause has matched yet); R[A+1] := [] (what the clauses raise)");
            (ExcStarSplit, exc_star_split, ABC, "except*: R[A] := the part of R[B] matching the class (or tuple) R[C] (a group; a naked exception is wrapped), or None; R[B] := the rest; R[A+1] := a part matched");
            (ExcStarRaise, exc_star_raise, A, "except* done: raise what remains of R[A] given the unmatched rest R[A+1] and the list R[A+2] of what the clauses raised (if nothing: go on)");
            (MatchSequence, match_sequence, ABCD, "R[A] := R[B] is a sequence for `match` (not str/bytes) with len == C (D=0) or len >= C (D=1)");
            (MatchMapping, match_mapping, AB, "R[A] := R[B] is a mapping for `match`");
            (MatchKeys, match_keys, ABC, "R[A] := tuple of the values of the keys of tuple R[C] in mapping R[B]; R[A+1] := all were present");
            (MatchClass, match_class, ABC, "R[A] := attributes of R[B] matched as class R[B+1] with C positional sub-patterns, keyword names tuple R[B+2]; R[A+1] := matched");
            (DictWithout, dict_without, ABC, "R[A] := dict(R[B]) without the keys in tuple R[C] (`**rest` of a mapping pattern)");
            (RaiseAssert, raise_assert, ABC, "raise AssertionError(R[B] if C else no message)");
            (WithEnter, with_enter, AB, "R[A] := type(R[B]).__exit__ bound to R[B]; R[A+1] := R[B].__enter__()");
            (WithExit, with_exit, AB, "R[A](exception info of R[B], or None x3 if B == A); R[B] := truth of the result");
            (Yield, yield_, AB, "yield R[B]; R[A] := the value sent in");
            (YieldFrom, yield_from, AB, "R[A] := yield from the iterator R[B] (re-executes until exhausted)");
            (Async, async_op, ABCD, "coroutine protocol step D (`async_op`) on R[B] (and R[C]) into R[A]");
            (Import, import, ABx, "R[A] := import module K[Bx]");
            (ImportFrom, import_from, ABC, "R[A] := R[B].K[C] or ImportError");
            (ImportStar, import_star, A, "copy R[A]'s public names into the globals");
            (PrintExpr, print_expr, A, "print(repr(R[A])) if R[A] is not None (interactive mode)");
            (Wide, wide, ABC, "prefix: the next instruction runs with A, B, C widened to A << 16 | A', B << 16 | B', C << 16 | C' (its own A', B', C'), RK operands flagged by bit 31 (see `WideInst`)");
            // Specialized forms (PEP 659 quickening; see `for_each_family!`). The compiler never
            // emits them: a generic instruction rewrites itself into one at run time, and each
            // checks its guards before any effect, falling back to its generic form on a miss.
            (BinaryOpInt, binary_op_int, ABCD, "BINARY_OP with int operands (guard: both int)");
            (BinaryOpFloat, binary_op_float, ABCD, "BINARY_OP with float operands (guard: both float)");
            (InplaceOpInt, inplace_op_int, ABCD, "INPLACE_OP with int operands (guard: both int)");
            (InplaceOpFloat, inplace_op_float, ABCD, "INPLACE_OP with float operands (guard: both float)");
            (BinaryAddInt, binary_add_int, ABCD, "BINARY_OP + of ints (D is +; guard: both int)");
            (BinarySubInt, binary_sub_int, ABCD, "BINARY_OP - of ints (D is -; guard: both int)");
            (BinaryMulInt, binary_mul_int, ABCD, "BINARY_OP * of ints (D is *; guard: both int)");
            (BinaryAddFloat, binary_add_float, ABCD, "BINARY_OP + of floats (D is +; guard: both float)");
            (BinarySubFloat, binary_sub_float, ABCD, "BINARY_OP - of floats (D is -; guard: both float)");
            (BinaryMulFloat, binary_mul_float, ABCD, "BINARY_OP * of floats (D is *; guard: both float)");
            (InplaceAddInt, inplace_add_int, ABCD, "INPLACE_OP += of ints (D is +; guard: both int)");
            (InplaceSubInt, inplace_sub_int, ABCD, "INPLACE_OP -= of ints (D is -; guard: both int)");
            (InplaceAddFloat, inplace_add_float, ABCD, "INPLACE_OP += of floats (D is +; guard: both float)");
            (InplaceSubFloat, inplace_sub_float, ABCD, "INPLACE_OP -= of floats (D is -; guard: both float)");
            (AddIntRegs, add_int_regs, ABC, "R[A] := R[B] + R[C] of two int registers (B and C were registers when it specialized; guard: both int)");
            (AddStr, add_str, ABC, "ADD of two str (guard: both exact str)");
            (AddList, add_list, ABC, "ADD of two lists (guard: both exact list)");
            (GetItemList, get_item_list, ABC, "GET_ITEM of list[int] (guard: exact list, int index)");
            (GetItemTuple, get_item_tuple, ABC, "GET_ITEM of tuple[int] (guard: exact tuple, int index)");
            (GetItemDict, get_item_dict, ABC, "GET_ITEM of an exact dict");
            (GetItemStr, get_item_str, ABC, "GET_ITEM of str[int] (guard: exact str, int index)");
            (ForIterRange, for_iter_range, AsBx, "FOR_ITER over a range iterator");
            (ForIterList, for_iter_list, AsBx, "FOR_ITER over a list iterator");
            (ForIterToRange, for_iter_to_range, ABC, "FOR_ITER_TO over a range iterator");
            (ForIterToList, for_iter_to_list, ABC, "FOR_ITER_TO over a list iterator");
            (CallPy, call_py, AB, "CALL of a Python function taking exactly B positionals (guard: simple function, argcount)");
            (CallNative, call_native, AB, "CALL of a builtin function (guard: unbound native)");
            (CallInit, call_init, AB, "CALL of a plain class (object's __new__) whose __init__ is a Python function taking exactly B + 1 positionals: R[A] := a new instance, then __init__'s frame on R[A..] (guard: the class's cached __init__ at this epoch)");
            (CallLen, call_len, AB, "CALL of the builtin len with one argument (guard: the callee is that builtin)");
            (CallIsinstance, call_isinstance, AB, "CALL of the builtin isinstance with two arguments (guard: the callee is that builtin)");
            (CallMethodPy, call_method_py, AB, "CALL_METHOD of a bound Python function taking exactly B + 1 positionals");
            (CallMethodNative, call_method_native, AB, "CALL_METHOD of a builtin type's method with its receiver (guard: a native method, a receiver)");
            (GetAttrInstance, get_attr_instance, ABC, "GET_ATTR from an instance dict at the cached position (K[C+1..C+4] cache)");
            (GetAttrModule, get_attr_module, ABC, "GET_ATTR of a module attribute (guard: module)");
            (GetAttrClass, get_attr_class, ABC, "GET_ATTR of a class attribute that is a plain value (K[C+1..C+4]: the class, epoch, value; guard: the class, epoch)");
            (SetAttrInstance, set_attr_instance, ABC, "SET_ATTR on an instance of the cached class at the cached epoch: the dict entry at the cached position, else a dict lookup (guard: class, epoch)");
            (JumpIfNotLtInt, jump_if_not_lt_int, ABC, "JUMP_IF_NOT_LT of ints (guard: both int)");
            (JumpIfNotLtFloat, jump_if_not_lt_float, ABC, "JUMP_IF_NOT_LT of floats (guard: both float)");
            (JumpIfNotEqInt, jump_if_not_eq_int, ABC, "JUMP_IF_NOT_EQ of ints (guard: both int)");
            (JumpIfNotEqStr, jump_if_not_eq_str, ABC, "JUMP_IF_NOT_EQ of strs (guard: both exact str)");
            (JumpIfNotEqIdentity, jump_if_not_eq_identity, ABC, "JUMP_IF_NOT_EQ of instances without __eq__/__ne__, or None: identity (guard: both such)");
            (JumpIfNotNeInt, jump_if_not_ne_int, ABC, "JUMP_IF_NOT_NE of ints (guard: both int)");
            (JumpIfNotNeStr, jump_if_not_ne_str, ABC, "JUMP_IF_NOT_NE of strs (guard: both exact str)");
            (JumpIfNotNeIdentity, jump_if_not_ne_identity, ABC, "JUMP_IF_NOT_NE of instances without __eq__/__ne__, or None: identity (guard: both such)");
            (LoadMethodInstance, load_method_instance, ABC, "LOAD_METHOD of a method found on an instance's class (K[C+1..C+4]: the class, epoch, method; guard: the class, epoch, the instance dict not holding the name)");
            (LoadMethodType, load_method_type, ABC, "LOAD_METHOD of a builtin type's method on a value of that exact type (K[C+1..C+4]: the type, epoch, method; guard: the type, epoch)");
            (LoadMethodClass, load_method_class, ABC, "LOAD_METHOD of a function or staticmethod found on a class (`Cls.f(x)`), R[A+1] := unbound (K[C+1..C+4]: the class, class version, the function; guard: the class, version)");
            (LoadMethodModule, load_method_module, ABC, "LOAD_METHOD of a module attribute, R[A+1] := unbound (K[C+1..C+4]: the module, namespace epoch, dict entry index; guard: the module, epoch)");
            (CallMethodFn, call_method_fn, AB, "CALL_METHOD of a Python function taking exactly B positionals, without a receiver (`module.f(x)`; guard: simple function, argcount, R[A+1] unbound)");
            (CallMethodNativeFn, call_method_native_fn, AB, "CALL_METHOD of a builtin function without a receiver (`math.sqrt(x)`; guard: unbound native, R[A+1] unbound)");
            (LoadMethodInstanceStatic, load_method_instance_static, ABC, "LOAD_METHOD of a staticmethod found on an instance's class, R[A] := its function, R[A+1] := unbound (cache and guards as LOAD_METHOD_INSTANCE)");
            (LoadMethodInstanceClassmethod, load_method_instance_classmethod, ABC, "LOAD_METHOD of a classmethod found on an instance's class, R[A] := its function, R[A+1] := the class (cache and guards as LOAD_METHOD_INSTANCE)");
            (LoadMethodClassClassmethod, load_method_class_classmethod, ABC, "LOAD_METHOD of a classmethod found on a class (`Cls.make(x)`), R[A] := its function, R[A+1] := the class (cache and guards as LOAD_METHOD_CLASS)")
        }
    };
}

/// The specialization families: each generic instruction, the layout of its cache, and the
/// specialized forms it may rewrite itself into. The specialized → generic map, the family of
/// each op and the statistics' family names are generated from this table.
///
/// Every generic member counts its executions in the code object's adaptive counter (one
/// 16-bit word per instruction, beside the quickened code: 12 bits of count, 4 of backoff
/// exponent); at zero it tries to specialize from the operands it sees.
#[macro_export]
macro_rules! for_each_family {
    ($m:ident) => {
        $m! {
            (BinaryOp, "counter", [BinaryOpInt, BinaryOpFloat, BinaryAddInt, BinarySubInt, BinaryMulInt, BinaryAddFloat, BinarySubFloat, BinaryMulFloat]);
            (InplaceOp, "counter", [InplaceOpInt, InplaceOpFloat, InplaceAddInt, InplaceSubInt, InplaceAddFloat, InplaceSubFloat]);
            (Add, "counter", [AddIntRegs, AddStr, AddList]);
            (GetItem, "counter", [GetItemList, GetItemTuple, GetItemDict, GetItemStr]);
            (ForIter, "counter", [ForIterRange, ForIterList]);
            (ForIterTo, "counter", [ForIterToRange, ForIterToList]);
            (Call, "counter", [CallPy, CallNative, CallInit, CallLen, CallIsinstance]);
            (CallMethod, "counter", [CallMethodPy, CallMethodNative, CallMethodFn, CallMethodNativeFn]);
            (LoadMethod, "counter; K[C+1..C+4]: class (or module), epoch, method (or dict entry index)", [LoadMethodInstance, LoadMethodType, LoadMethodClass, LoadMethodModule, LoadMethodInstanceStatic, LoadMethodInstanceClassmethod, LoadMethodClassClassmethod]);
            (GetAttr, "counter; K[C+1..C+4]: class, epoch, dict index (or the value, for a class)", [GetAttrInstance, GetAttrModule, GetAttrClass]);
            (SetAttr, "counter; K[B+1..B+4]: class, epoch, dict index and may-insert bit", [SetAttrInstance]);
            (JumpIfNotLt, "counter", [JumpIfNotLtInt, JumpIfNotLtFloat]);
            (JumpIfNotEq, "counter", [JumpIfNotEqInt, JumpIfNotEqStr, JumpIfNotEqIdentity]);
            (JumpIfNotNe, "counter", [JumpIfNotNeInt, JumpIfNotNeStr, JumpIfNotNeIdentity])
        }
    };
}

macro_rules! define_families {
    ($(($generic:ident, $cache:literal, [$($spec:ident),*]));* $(;)?) => {
        /// Every family's generic instruction, in table order.
        pub const FAMILIES: &[Op] = &[$(Op::$generic),*];

        impl Op {
            /// The generic instruction a specialized one falls back to (itself if generic).
            pub const fn generic(self) -> Op {
                match self {
                    $($(Op::$spec => Op::$generic,)*)*
                    other => other,
                }
            }

            /// Whether this is a specialized form.
            pub const fn is_specialized(self) -> bool {
                self.generic() as u8 != self as u8
            }

            /// The index in `FAMILIES` of this op's family, if it has one.
            pub const fn family(self) -> Option<usize> {
                let g = self.generic() as u8;
                let mut i = 0;
                while i < FAMILIES.len() {
                    if FAMILIES[i] as u8 == g {
                        return Some(i);
                    }
                    i += 1;
                }
                None
            }

            /// The cache layout of this op's family (documentation and `--dis`).
            pub const fn family_cache(self) -> &'static str {
                match self.generic() {
                    $(Op::$generic => $cache,)*
                    _ => "",
                }
            }
        }
    };
}
for_each_family!(define_families);

macro_rules! define_op_enum {
    ($(($name:ident, $snake:ident, $fmt:ident, $doc:literal));* $(;)?) => {
        /// Every opcode. Generated from `for_each_op!`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum Op {
            $(#[doc = $doc] $name),*
        }

        /// Number of opcodes.
        pub const OP_COUNT: usize = [$(Op::$name),*].len();

        /// Every opcode, indexed by its byte.
        pub const ALL_OPS: [Op; OP_COUNT] = [$(Op::$name),*];

        impl Op {
            pub const fn name(self) -> &'static str {
                match self { $(Op::$name => stringify!($snake)),* }
            }
            pub const fn format(self) -> Format {
                match self { $(Op::$name => Format::$fmt),* }
            }
            pub const fn doc(self) -> &'static str {
                match self { $(Op::$name => $doc),* }
            }
        }
    };
}
for_each_op!(define_op_enum);

/// Marks an RK operand that names a constant (see the module docs).
pub const RK_FLAG: usize = 0x8000;
/// Marks a constant in an RK operand of a `WIDE`-prefixed instruction (31-bit operands).
pub const WIDE_RK_FLAG: usize = 0x8000_0000;
/// An operand field holding "none" (`ClearLocal`'s B and the dead-temporaries operands of
/// `ClearLocal`, `DelAttr`, `DelItem`, `DeleteGlobal`, `DeleteName`); one less is `ClearLocal`'s
/// dropped-iterator mark.
pub const NO_OPERAND: usize = 0xffff;
/// `NO_OPERAND` in a `WIDE`-prefixed instruction.
pub const WIDE_NO_OPERAND: usize = 0xffff_ffff;

impl Op {
    /// Which of A, B, C are RK operands (register or constant).
    pub fn rk_operands(self) -> (bool, bool, bool) {
        match self.generic() {
            Op::Add
            | Op::Sub
            | Op::Mul
            | Op::TrueDiv
            | Op::FloorDiv
            | Op::Mod
            | Op::BinaryOp
            | Op::Eq
            | Op::Ne
            | Op::Lt
            | Op::Le
            | Op::Gt
            | Op::Ge
            | Op::Is
            | Op::IsNot
            | Op::In
            | Op::NotIn => (false, true, true),
            Op::InplaceOp | Op::GetItem => (false, false, true),
            _ if self.is_fused_jump() => (true, true, false),
            _ => (false, false, false),
        }
    }

    /// Ops whose jump offset is the signed 16-bit C.
    pub fn offset_in_c(self) -> bool {
        self.is_fused_jump() || self.generic() == Op::ForIterTo
    }

    /// Compare-and-branch ops, whose jump offset is the signed 16-bit C.
    pub fn is_fused_jump(self) -> bool {
        matches!(
            self.generic(),
            Op::JumpIfNotLt
                | Op::JumpIfNotLe
                | Op::JumpIfNotGt
                | Op::JumpIfNotGe
                | Op::JumpIfNotEq
                | Op::JumpIfNotNe
        )
    }

    /// Decodes an opcode byte; `None` for bytes past the table.
    #[inline]
    pub fn from_u8(b: u8) -> Option<Op> {
        ALL_OPS.get(b as usize).copied()
    }

    /// Upper-case mnemonic for listings.
    pub fn mnemonic(self) -> String {
        self.name().trim_end_matches('_').to_ascii_uppercase()
    }
}

/// A 64-bit instruction word (see the module docs for the layout).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Inst(pub u64);

impl Inst {
    #[inline]
    pub const fn new(op: Op, a: u16, b: u16, c: u16, d: u8) -> Inst {
        Inst(op as u64 | (a as u64) << 8 | (b as u64) << 24 | (c as u64) << 40 | (d as u64) << 56)
    }
    #[inline]
    pub const fn with_sbx(op: Op, a: u16, sbx: i32) -> Inst {
        Inst(op as u64 | (a as u64) << 8 | ((sbx as u32) as u64) << 24)
    }
    #[inline]
    pub const fn op_byte(self) -> u8 {
        self.0 as u8
    }
    #[inline]
    pub fn op(self) -> Op {
        // Code objects only ever hold words built by `Inst::new`/`with_sbx`.
        Op::from_u8(self.op_byte()).unwrap_or(Op::Nop)
    }
    /// Decodes the opcode without a range check.
    ///
    /// # Safety contract
    /// Instruction words are only built by `Inst::new`/`with_sbx` from an `Op`, so the byte is
    /// always a valid discriminant; debug builds check it.
    #[inline(always)]
    pub fn op_unchecked(self) -> Op {
        let b = self.op_byte();
        debug_assert!((b as usize) < OP_COUNT);
        // SAFETY: `Op` is `repr(u8)` with discriminants 0..OP_COUNT, and every instruction word
        // is built from an `Op` (the only constructors are `new`/`with_sbx`), so `b` is one.
        unsafe { std::mem::transmute::<u8, Op>(b) }
    }

    #[inline]
    pub const fn a(self) -> usize {
        ((self.0 >> 8) & 0xffff) as usize
    }
    #[inline]
    pub const fn b(self) -> usize {
        ((self.0 >> 24) & 0xffff) as usize
    }
    #[inline]
    pub const fn c(self) -> usize {
        ((self.0 >> 40) & 0xffff) as usize
    }
    /// C read as a signed 16-bit immediate.
    #[inline]
    pub const fn sc(self) -> i64 {
        ((self.0 >> 40) & 0xffff) as u16 as i16 as i64
    }
    #[inline]
    pub const fn d(self) -> u8 {
        (self.0 >> 56) as u8
    }
    #[inline]
    pub const fn sbx(self) -> i32 {
        ((self.0 >> 24) & 0xffff_ffff) as u32 as i32
    }
    #[inline]
    pub const fn bx(self) -> usize {
        ((self.0 >> 24) & 0xffff_ffff) as usize
    }
    /// Returns this instruction with its jump offset replaced.
    pub const fn set_sbx(self, sbx: i32) -> Inst {
        Inst((self.0 & !(0xffff_ffffu64 << 24)) | ((sbx as u32) as u64) << 24)
    }
    /// Returns this instruction with its opcode replaced (quickening, listings).
    pub const fn with_op(self, op: Op) -> Inst {
        Inst((self.0 & !0xff) | op as u64)
    }

    /// Returns this instruction with B replaced.
    pub const fn set_b(self, b: u16) -> Inst {
        Inst((self.0 & !(0xffffu64 << 24)) | (b as u64) << 24)
    }
    /// Returns this instruction with C replaced.
    pub const fn set_c(self, c: u16) -> Inst {
        Inst((self.0 & !(0xffffu64 << 40)) | (c as u64) << 40)
    }
}

impl Inst {
    /// Instruction words this form occupies (a `WideInst` has its prefix too).
    pub const WORDS: usize = 1;
}

/// An instruction with its `WIDE` prefix: each of A, B, C is the prefix's field shifted
/// left 16 bits joined to the instruction's own (so 32-bit), and an RK operand names a
/// constant when bit 31 (`WIDE_RK_FLAG`) is set. sC is the joined C read as signed 32 bits;
/// D, sBx and Bx are the instruction's own (Bx and sBx already span 32 bits).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct WideInst {
    /// The `WIDE` prefix word.
    pub hi: Inst,
    /// The instruction proper.
    pub ins: Inst,
}

impl WideInst {
    pub const WORDS: usize = 2;

    #[inline]
    pub const fn new(hi: Inst, ins: Inst) -> WideInst {
        WideInst { hi, ins }
    }
    /// The operand-free view of a narrow instruction (high halves zero, RK flags moved to bit
    /// 31): what tools that read operands outside the VM use (`decode_at`).
    pub fn from_narrow(ins: Inst) -> WideInst {
        let (ra, rb, rc) = ins.op().rk_operands();
        let widen = |x: usize, rk: bool| -> u16 {
            if rk && x & RK_FLAG != 0 {
                0x8000
            } else {
                0
            }
        };
        let lo = |x: usize, rk: bool| -> u16 {
            if rk {
                (x & !RK_FLAG) as u16
            } else {
                x as u16
            }
        };
        let hi = Inst::new(
            Op::Wide,
            widen(ins.a(), ra),
            widen(ins.b(), rb),
            widen(ins.c(), rc),
            0,
        );
        let ins = Inst(
            (ins.0 & !(0xffff_ffff_ffffu64 << 8))
                | Inst::new(
                    Op::Nop,
                    lo(ins.a(), ra),
                    lo(ins.b(), rb),
                    lo(ins.c(), rc),
                    0,
                )
                .0,
        );
        WideInst { hi, ins }
    }
    #[inline(always)]
    pub fn op_unchecked(self) -> Op {
        self.ins.op_unchecked()
    }
    #[inline]
    pub fn op(self) -> Op {
        self.ins.op()
    }
    #[inline]
    pub const fn a(self) -> usize {
        self.hi.a() << 16 | self.ins.a()
    }
    #[inline]
    pub const fn b(self) -> usize {
        self.hi.b() << 16 | self.ins.b()
    }
    #[inline]
    pub const fn c(self) -> usize {
        self.hi.c() << 16 | self.ins.c()
    }
    /// C read as a signed 32-bit immediate.
    #[inline]
    pub const fn sc(self) -> i64 {
        self.c() as u32 as i32 as i64
    }
    #[inline]
    pub const fn d(self) -> u8 {
        self.ins.d()
    }
    #[inline]
    pub const fn sbx(self) -> i32 {
        self.ins.sbx()
    }
    #[inline]
    pub const fn bx(self) -> usize {
        self.ins.bx()
    }
}

/// The instruction at `pc` with its operands in full, whether or not it has a `WIDE` prefix
/// (`pc` may name the prefix or a narrow instruction); `None` past the end.
pub fn decode_at(code: &[Inst], pc: usize) -> Option<WideInst> {
    let ins = *code.get(pc)?;
    if ins.op() == Op::Wide {
        return Some(WideInst::new(ins, *code.get(pc + 1)?));
    }
    Some(WideInst::from_narrow(ins))
}

/// Every instruction of `code` with its operands in full: (pc of its first word, instruction).
pub fn decoded(code: &[Inst]) -> impl Iterator<Item = (usize, WideInst)> + '_ {
    let mut pc = 0;
    std::iter::from_fn(move || {
        let at = pc;
        let w = decode_at(code, at)?;
        pc += if code[at].op() == Op::Wide { 2 } else { 1 };
        Some((at, w))
    })
}

impl std::fmt::Debug for Inst {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", crate::disasm::format_inst(*self))
    }
}

/// The binary operator kinds carried in D by `BinaryOp` and `InplaceOp`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum BinKind {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    Or,
    Xor,
    And,
}

impl BinKind {
    pub const ALL: [BinKind; 13] = [
        BinKind::Add,
        BinKind::Sub,
        BinKind::Mul,
        BinKind::MatMul,
        BinKind::TrueDiv,
        BinKind::FloorDiv,
        BinKind::Mod,
        BinKind::Pow,
        BinKind::LShift,
        BinKind::RShift,
        BinKind::Or,
        BinKind::Xor,
        BinKind::And,
    ];
    pub fn from_u8(b: u8) -> BinKind {
        Self::ALL.get(b as usize).copied().unwrap_or(BinKind::Add)
    }
    /// The operator as written in source.
    pub fn symbol(self) -> &'static str {
        match self {
            BinKind::Add => "+",
            BinKind::Sub => "-",
            BinKind::Mul => "*",
            BinKind::MatMul => "@",
            BinKind::TrueDiv => "/",
            BinKind::FloorDiv => "//",
            BinKind::Mod => "%",
            BinKind::Pow => "**",
            BinKind::LShift => "<<",
            BinKind::RShift => ">>",
            BinKind::Or => "|",
            BinKind::Xor => "^",
            BinKind::And => "&",
        }
    }
    /// The dunder names: (`__op__`, `__rop__`, `__iop__`).
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinKind::Add => ("__add__", "__radd__", "__iadd__"),
            BinKind::Sub => ("__sub__", "__rsub__", "__isub__"),
            BinKind::Mul => ("__mul__", "__rmul__", "__imul__"),
            BinKind::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
            BinKind::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinKind::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinKind::Mod => ("__mod__", "__rmod__", "__imod__"),
            BinKind::Pow => ("__pow__", "__rpow__", "__ipow__"),
            BinKind::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinKind::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinKind::Or => ("__or__", "__ror__", "__ior__"),
            BinKind::Xor => ("__xor__", "__rxor__", "__ixor__"),
            BinKind::And => ("__and__", "__rand__", "__iand__"),
        }
    }
}

/// A hash of the op table (names and formats, in order): frozen bytecode built against another
/// table must not load.
pub const fn op_table_hash() -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut i = 0;
    while i < OP_COUNT {
        let name = ALL_OPS[i].name().as_bytes();
        let mut j = 0;
        while j < name.len() {
            h = (h ^ name[j] as u64).wrapping_mul(0x100_0000_01b3);
            j += 1;
        }
        h = (h ^ (ALL_OPS[i].format() as u64 + 1)).wrapping_mul(0x100_0000_01b3);
        i += 1;
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_round_trip() {
        let i = Inst::new(Op::Add, 65535, 2, 40000, 7);
        assert_eq!(i.op(), Op::Add);
        assert_eq!((i.a(), i.b(), i.c(), i.d()), (65535, 2, 40000, 7));
        let j = Inst::with_sbx(Op::JumpIfFalse, 3, -12345);
        assert_eq!((j.op(), j.a(), j.sbx()), (Op::JumpIfFalse, 3, -12345));
        assert_eq!(j.set_sbx(99).sbx(), 99);
        assert_eq!(Inst::new(Op::AddInt, 0, 0, (-5i16) as u16, 0).sc(), -5);
    }

    #[test]
    fn instruction_is_one_word() {
        assert_eq!(std::mem::size_of::<Inst>(), 8);
        const { assert!(OP_COUNT < 256) };
    }

    #[test]
    fn specialized_ops_map_to_their_family() {
        assert_eq!(Op::BinaryOpInt.generic(), Op::BinaryOp);
        assert!(Op::CallPy.is_specialized() && !Op::Call.is_specialized());
        assert_eq!(Op::GetItemDict.family(), Op::GetItem.family());
        assert!(Op::Move.family().is_none());
        for op in ALL_OPS {
            if op.is_specialized() {
                assert!(op.generic().family().is_some(), "{op:?}");
                assert_eq!(op.format(), op.generic().format(), "{op:?}");
            }
        }
    }

    #[test]
    fn every_op_decodes() {
        for (i, op) in ALL_OPS.iter().enumerate() {
            assert_eq!(Op::from_u8(i as u8), Some(*op));
        }
    }
}
