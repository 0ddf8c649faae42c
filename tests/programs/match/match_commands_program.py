def run(program):
    stack = []
    out = []
    for instr in program:
        match instr.split():
            case ["push", n]:
                stack.append(int(n))
            case ["pop"]:
                stack.pop()
            case ["add"]:
                b, a = stack.pop(), stack.pop()
                stack.append(a + b)
            case ["mul"]:
                b, a = stack.pop(), stack.pop()
                stack.append(a * b)
            case ["print"]:
                out.append(stack[-1])
            case ["dup", *times]:
                n = int(times[0]) if times else 1
                stack.extend([stack[-1]] * n)
            case [bad, *_]:
                out.append(f"bad instruction {bad}")
            case []:
                pass
    return out, stack
print(run(["push 2", "push 3", "add", "print", "dup 2", "mul", "print", "", "jump 4"]))
