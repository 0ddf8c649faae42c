"""A weather report client tested with unittest.mock: patch, patch.object, mock_open,
AsyncMock, side_effect sequences, call assertions and failure messages."""
import asyncio
import json
import unittest
from unittest import mock
from unittest.mock import ANY, MagicMock, Mock, call, patch


class ApiError(Exception):
    pass


def http_get(url, timeout=5):
    raise ApiError("no network in tests")


class WeatherClient:
    BASE = "https://weather.example/api"

    def __init__(self, city, cache_file="cache.json"):
        self.city = city
        self.cache_file = cache_file

    def current(self):
        raw = http_get(f"{self.BASE}/current?city={self.city}", timeout=3)
        data = json.loads(raw)
        return f"{self.city}: {data['temp']:.1f}°C, {data['sky']}"

    def current_with_retry(self, attempts=3):
        for i in range(attempts):
            try:
                return self.current()
            except ApiError as e:
                last = e
        raise ApiError(f"gave up after {attempts} attempts: {last}")

    def cached(self):
        with open(self.cache_file) as fh:
            return json.load(fh)

    def save(self, report):
        with open(self.cache_file, "w") as fh:
            fh.write(json.dumps({"city": self.city, "report": report}))

    async def forecast(self, fetch):
        days = await asyncio.gather(*(fetch(self.city, d) for d in range(3)))
        return [f"day {i}: {t}" for i, t in enumerate(days)]


class ClientTests(unittest.TestCase):
    def setUp(self):
        self.client = WeatherClient("Oslo")

    @patch("__main__.http_get")
    def test_current(self, get):
        get.return_value = json.dumps({"temp": -3.25, "sky": "snow"})
        self.assertEqual(self.client.current(), "Oslo: -3.2°C, snow")
        get.assert_called_once_with("https://weather.example/api/current?city=Oslo", timeout=3)

    def test_retry(self):
        ok = json.dumps({"temp": 1, "sky": "fog"})
        with patch("__main__.http_get", side_effect=[ApiError("t1"), ApiError("t2"), ok]) as get:
            self.assertEqual(self.client.current_with_retry(), "Oslo: 1.0°C, fog")
        self.assertEqual(get.call_count, 3)
        self.assertEqual(get.call_args_list, [call(ANY, timeout=3)] * 3)

    def test_retry_gives_up(self):
        with patch("__main__.http_get", side_effect=ApiError("down")):
            with self.assertRaisesRegex(ApiError, r"gave up after 2 attempts: down"):
                self.client.current_with_retry(attempts=2)

    def test_cache_read(self):
        m = mock.mock_open(read_data='{"city": "Oslo", "report": "cold"}')
        with patch("builtins.open", m):
            self.assertEqual(self.client.cached()["report"], "cold")
        m.assert_called_once_with("cache.json")

    def test_cache_write(self):
        m = mock.mock_open()
        with patch("builtins.open", m):
            self.client.save("mild")
        m.assert_called_once_with("cache.json", "w")
        handle = m()
        handle.write.assert_called_once_with('{"city": "Oslo", "report": "mild"}')

    @patch.object(WeatherClient, "current", return_value="Oslo: fine")
    def test_patch_object(self, current):
        self.assertEqual(self.client.current_with_retry(), "Oslo: fine")
        current.assert_called_once_with()

    def test_forecast_async(self):
        fetch = mock.AsyncMock(side_effect=lambda city, day: 10 + day)
        out = asyncio.run(self.client.forecast(fetch))
        self.assertEqual(out, ["day 0: 10", "day 1: 11", "day 2: 12"])
        self.assertEqual(fetch.await_count, 3)
        fetch.assert_awaited_with("Oslo", 2)
        fetch.assert_any_await("Oslo", 0)

    def test_wrong_call_reported(self):
        get = Mock(name="http_get")
        get("a-url", timeout=1)
        get.assert_called_with("a-url", timeout=2)

    def test_not_called_reported(self):
        notify = Mock(name="notify")
        notify("x")
        notify("y")
        notify.assert_not_called()


def show_mock_basics():
    m = MagicMock(name="db")
    m.query.return_value.fetchall.return_value = [(1, "a"), (2, "b")]
    rows = m.query("SELECT *").fetchall()
    print(rows, m.query.call_args, m.method_calls)
    print(m.mock_calls)
    m.reset_mock()
    print(m.mock_calls, m.query.called)
    counter = Mock(side_effect=[1, 2, 3])
    print([counter() for _ in range(3)], counter.call_count)
    try:
        counter()
    except StopIteration:
        print("side_effect exhausted")
    m = MagicMock()
    m.__len__.return_value = 3
    m.__getitem__.side_effect = lambda i: i * 10
    print(len(m), m[4], bool(m), m.__getitem__.call_args)
    with m as entered:
        print(entered is m.__enter__.return_value)
    print(mock.sentinel.token, mock.DEFAULT, ANY == object(), call.a.b(1, x=2))


if __name__ == "__main__":
    show_mock_basics()
    result = unittest.TextTestRunner(stream=open("/dev/null", "w"), verbosity=0).run(
        unittest.defaultTestLoader.loadTestsFromTestCase(ClientTests))
    print("ran", result.testsRun, "failures", len(result.failures), "errors", len(result.errors))
    for test, tb in result.failures:
        print("--", test.id().rsplit(".", 1)[-1])
        lines = tb.strip().splitlines()
        start = next(i for i, l in enumerate(lines) if l.startswith("AssertionError"))
        print("\n".join(lines[start:]))
    for test, tb in result.errors:
        print("!!", test.id(), tb.strip().splitlines()[-1])
