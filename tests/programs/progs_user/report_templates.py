"""Report templating with a custom string.Formatter subclass and string.Template."""
import string
from datetime import date


class ReportFormatter(string.Formatter):
    """Adds !u (upper) and !t (title) conversions, a 'money' spec, and tolerant lookups."""

    def __init__(self, strict=False):
        self.strict = strict
        self.missing = []

    def get_value(self, key, args, kwargs):
        try:
            return super().get_value(key, args, kwargs)
        except (KeyError, IndexError):
            if self.strict:
                raise
            self.missing.append(key)
            return f"<{key}>"

    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        if conversion == "t":
            return str(value).title()
        return super().convert_field(value, conversion)

    def format_field(self, value, spec):
        if spec.startswith("money"):
            width = spec[5:] or "0"
            return f"${value:>{int(width) - 1 if int(width) else 0},.2f}"
        return super().format_field(value, spec)

    def check_unused_args(self, used_args, args, kwargs):
        unused = sorted(set(kwargs) - {k for k in used_args if isinstance(k, str)})
        if unused and self.strict:
            raise ValueError(f"unused: {', '.join(unused)}")


orders = [
    {"id": 17, "customer": {"name": "ada lovelace", "tier": "gold"}, "items": [("pen", 2, 1.5), ("ink", 1, 12.0)]},
    {"id": 18, "customer": {"name": "alan turing", "tier": "silver"}, "items": [("paper", 500, 0.02)]},
]
fmt = ReportFormatter()
header = "Order #{order[id]:05d} for {order[customer][name]!t} ({order[customer][tier]!u})"
line = "  {0:<8}{1:>5} x {2:>7.2f} = {3:money10}"
for order in orders:
    print(fmt.format(header, order=order))
    total = 0
    for name, qty, price in order["items"]:
        print(fmt.format(line, name, qty, price, qty * price))
        total += qty * price
    print(fmt.format("  {label:>{w}} {total:money12}", label="TOTAL", w=22, total=total))
print(fmt.format("{who} owes {amount:money} since {when:%d %b %Y}", who="bob", amount=1234.5,
                 when=date(2024, 3, 1)))
print(fmt.format("Dear {name}, {greeting}!", name="Sam"), fmt.missing)
strict = ReportFormatter(strict=True)
for template, kw in [("{a} {b}", {"a": 1}), ("{a}", {"a": 1, "z": 2}), ("{0} {}", {}), ("{a!q}", {"a": 1})]:
    try:
        print(strict.vformat(template, (9,), kw))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(list(fmt.parse("Hi {name!r:>10}, {{literal}} {0[1].real}")))

letter = string.Template("Dear $name,\nyour balance is $$${balance}. Ref: ${ref}_x\n")
print(letter.substitute(name="Ann", balance="10.00", ref="R1"), end="")
print(letter.safe_substitute({"name": "Bo"}), end="")
try:
    letter.substitute(name="x")
except KeyError as e:
    print("KeyError", e)
try:
    string.Template("cost: $").substitute()
except ValueError as e:
    print("ValueError", e)
print(string.Template("$a$b").get_identifiers() if hasattr(string.Template, "get_identifiers") else "",
      string.Template("$x").is_valid())
print("{:*^30}".format(" END "), "{0:%Y-%m-%d}".format(date(2024, 1, 2)), "{:e}".format(12345.678))
