# A tiny stack virtual machine with a compiler from infix to RPN (shunting-yard).
PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "%": 2}
def to_rpn(tokens):
    out, ops = [], []
    for t in tokens:
        if t.isdigit():
            out.append(int(t))
        elif t in PREC:
            while ops and ops[-1] in PREC and PREC[ops[-1]] >= PREC[t]:
                out.append(ops.pop())
            ops.append(t)
        elif t == "(":
            ops.append(t)
        elif t == ")":
            while ops[-1] != "(":
                out.append(ops.pop())
            ops.pop()
    while ops:
        out.append(ops.pop())
    return out
def lex(s):
    toks, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
            continue
        if num:
            toks.append(num)
            num = ""
        if ch != " ":
            toks.append(ch)
    if num:
        toks.append(num)
    return toks
def run(program):
    stack = []
    for ins in program:
        if isinstance(ins, int):
            stack.append(ins)
        else:
            b, a = stack.pop(), stack.pop()
            if ins == "+":
                stack.append(a + b)
            elif ins == "-":
                stack.append(a - b)
            elif ins == "*":
                stack.append(a * b)
            elif ins == "/":
                stack.append(a // b)
            elif ins == "%":
                stack.append(a % b)
    return stack.pop()
for expr in ["1 + 2 * 3", "(1 + 2) * 3", "100 / 7 % 3", "2 * (3 + 4) * (5 - 1)", "10 - 2 - 3", "(((7)))", "123456789 * 987654321 * 1000"]:
    rpn = to_rpn(lex(expr))
    print(f"{expr:<28} {' '.join(map(str, rpn)):<30} = {run(rpn)}")
def loop_program(n):
    # compute sum of squares 1..n with an accumulator machine
    regs = {"i": 1, "acc": 0}
    code = [("jgt", "i", n, 5), ("mul", "t", "i", "i"), ("add", "acc", "acc", "t"), ("inc", "i"), ("jmp", 0), ("halt",)]
    pc = 0
    steps = 0
    while True:
        ins = code[pc]
        steps += 1
        op = ins[0]
        if op == "halt":
            break
        if op == "jgt":
            pc = ins[3] if regs[ins[1]] > ins[2] else pc + 1
            continue
        if op == "jmp":
            pc = ins[1]
            continue
        if op == "mul":
            regs[ins[1]] = regs[ins[2]] * regs[ins[3]]
        elif op == "add":
            regs[ins[1]] = regs[ins[2]] + regs[ins[3]]
        elif op == "inc":
            regs[ins[1]] += 1
        pc += 1
    return regs["acc"], steps
print(loop_program(10), loop_program(1000))
