"""Monthly payroll: dataclasses with Decimal pay, calendar working days, overtime rules,
public holidays, timedelta arithmetic, string.Template payslips and a summary table."""
import calendar
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal, ROUND_HALF_UP
from string import Template
from enum import Enum

CENT = Decimal("0.01")
HOLIDAYS = {date(2024, 5, 1), date(2024, 5, 9), date(2024, 5, 20)}


class Contract(Enum):
    SALARIED = "salaried"
    HOURLY = "hourly"


@dataclass
class Shift:
    day: date
    start: time
    end: time

    @property
    def hours(self):
        s = datetime.combine(self.day, self.start)
        e = datetime.combine(self.day, self.end)
        if e <= s:
            e += timedelta(days=1)
        return Decimal((e - s).seconds) / 3600


@dataclass
class Employee:
    name: str
    contract: Contract
    rate: Decimal
    shifts: list = field(default_factory=list)

    def pay(self, year, month):
        if self.contract is Contract.SALARIED:
            return (self.rate / 12).quantize(CENT, ROUND_HALF_UP), {}
        regular = overtime = holiday = Decimal(0)
        for s in self.shifts:
            if (s.day.year, s.day.month) != (year, month):
                continue
            h = s.hours
            if s.day in HOLIDAYS or s.day.weekday() == 6:
                holiday += h
            else:
                regular += min(h, Decimal(8))
                overtime += max(h - 8, Decimal(0))
        gross = regular * self.rate + overtime * self.rate * Decimal("1.5") + holiday * self.rate * 2
        return gross.quantize(CENT, ROUND_HALF_UP), {"regular": regular, "overtime": overtime, "holiday": holiday}


def working_days(year, month):
    cal = calendar.Calendar()
    return [d for d in cal.itermonthdates(year, month)
            if d.month == month and d.weekday() < 5 and d not in HOLIDAYS]


days = working_days(2024, 5)
print(len(days), days[0], days[-1], calendar.month_name[5], calendar.monthrange(2024, 5))
print(calendar.month(2024, 5).rstrip())
ann = Employee("Ann", Contract.SALARIED, Decimal("52000"))
bob = Employee("Bob", Contract.HOURLY, Decimal("18.50"))
for i, d in enumerate(days[:10]):
    end = time(17, 30) if i % 3 else time(19, 15)
    bob.shifts.append(Shift(d, time(8, 0), end))
bob.shifts.append(Shift(date(2024, 5, 1), time(10, 0), time(14, 0)))
bob.shifts.append(Shift(date(2024, 5, 12), time(22, 0), time(2, 30)))
bob.shifts.append(Shift(date(2024, 6, 3), time(9, 0), time(17, 0)))

slip = Template("""\
PAYSLIP $period
  employee : $name ($contract)
  hours    : $hours
  gross    : $$$gross
  tax 20%  : $$$tax
  net      : $$$net""")
period = date(2024, 5, 1).strftime("%B %Y")
totals = Decimal(0)
for emp in (ann, bob):
    gross, hours = emp.pay(2024, 5)
    tax = (gross * Decimal("0.2")).quantize(CENT)
    totals += gross
    print(slip.substitute(period=period, name=emp.name, contract=emp.contract.value,
                          hours=", ".join(f"{k}={v:.2f}" for k, v in hours.items()) or "n/a",
                          gross=f"{gross:,}", tax=tax, net=f"{gross - tax:,.2f}"))
print(f"total payroll: {totals:>12,.2f}")
first_friday = min(d for d in days if d.weekday() == calendar.FRIDAY)
payday = max(d for d in days if d.weekday() == 4)
print(first_friday.isoformat(), payday.strftime("%a %d %b"), (payday - first_friday) // timedelta(weeks=1))
print(Shift(date(2024, 5, 12), time(22, 0), time(2, 30)).hours, time(8, 5).isoformat(), time(23, 59, 59).strftime("%I:%M %p"))
print(datetime(2024, 5, 31, 23, 0) + timedelta(hours=2), date(2024, 5, 31) - timedelta(days=31), calendar.weekheader(3))
