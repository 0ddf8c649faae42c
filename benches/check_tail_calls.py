#!/usr/bin/env python3
"""Checks that every chain function of the `threaded` dispatch loop ends in a jump.

    python3 benches/check_tail_calls.py [target/release/kestrel]

Each chain function (`kestrel_vm::threaded::chain::*`) must reach the next handler with an
indirect *jump* through the handler table; an indirect *call* through a register means LLVM
kept a call (a local's address escaped, a destructor was alive at the call), and that opcode
then grows the native stack every time it runs. `tests/tail_calls.rs` checks the test profile
at run time; this script checks any build (release included) by reading its disassembly.
Calls through the GOT (`call *0x...(%rip)`: ordinary out-of-line functions) are fine.
Exits 1 when a chain function has an indirect call."""
import re
import subprocess
import sys

binary = sys.argv[1] if len(sys.argv) > 1 else "target/release/kestrel"
asm = subprocess.run(["objdump", "-d", "--no-show-raw-insn", binary],
                     capture_output=True, text=True, check=True).stdout
current = None
counts = {}
for line in asm.splitlines():
    m = re.match(r"^[0-9a-f]+ <(.*)>:$", line)
    if m:
        current = m.group(1) if "threaded5chain" in m.group(1) else None
        if current:
            counts[current] = [0, 0]
        continue
    if current:
        if re.search(r"\bcall\s+\*(%|\(%)", line):
            counts[current][0] += 1
        elif re.search(r"\bjmp\s+\*", line):
            counts[current][1] += 1
bad = []
for name, (calls, jumps) in sorted(counts.items()):
    op = re.sub(r".*chain\d+(\w+?)17h.*", r"\1", name)
    if calls:
        bad.append(op)
        print(f"{op}: {calls} indirect call(s), {jumps} indirect jump(s)")
print(f"{len(counts)} chain functions, {len(bad)} with indirect calls")
sys.exit(1 if bad or not counts else 0)
