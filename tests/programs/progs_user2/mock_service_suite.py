"""A notification service tested with unittest + unittest.mock in a realistic style:
class-level @patch, patch.dict on os.environ, create_autospec signature checks,
PropertyMock, MagicMock protocol methods, and sentinel identities."""
import io
import os
import unittest
from unittest import mock


class SmtpClient:
    def __init__(self, host, port=25):
        self.host, self.port = host, port

    def send(self, to, subject, body, *, cc=None):
        raise ConnectionError("real network")

    @property
    def connected(self):
        return False


class Notifier:
    def __init__(self, client=None):
        self.client = client or SmtpClient(os.environ.get("SMTP_HOST", "localhost"))
        self.sent = []

    def notify(self, users, template):
        prefix = os.environ.get("NOTIFY_PREFIX", "")
        for u in users:
            if not u.get("email"):
                continue
            subject = prefix + template.format(**u)
            self.client.send(u["email"], subject, body=f"Hello {u['name']}")
            self.sent.append(u["email"])
        return len(self.sent)


USERS = [{"name": "Ann", "email": "ann@x.org"}, {"name": "Bob", "email": ""}, {"name": "Cy", "email": "cy@x.org"}]


@mock.patch.dict(os.environ, {"NOTIFY_PREFIX": "[test] "})
class NotifierTests(unittest.TestCase):
    def test_sends_to_users_with_email(self):
        client = mock.create_autospec(SmtpClient, instance=True)
        n = Notifier(client)
        self.assertEqual(n.notify(USERS, "Hi {name}"), 2)
        client.send.assert_has_calls([
            mock.call("ann@x.org", "[test] Hi Ann", body="Hello Ann"),
            mock.call("cy@x.org", "[test] Hi Cy", body="Hello Cy"),
        ])

    def test_autospec_rejects_bad_call(self):
        client = mock.create_autospec(SmtpClient, instance=True)
        with self.assertRaises(TypeError):
            client.send("only-one-arg")

    @mock.patch("__main__.SmtpClient")
    def test_default_client_built_from_env(self, smtp_cls):
        with mock.patch.dict(os.environ, {"SMTP_HOST": "mail.test"}):
            n = Notifier()
        smtp_cls.assert_called_once_with("mail.test")
        self.assertIs(n.client, smtp_cls.return_value)

    def test_property_mock(self):
        with mock.patch.object(SmtpClient, "connected", new_callable=mock.PropertyMock) as conn:
            conn.return_value = True
            self.assertTrue(SmtpClient("h").connected)
            conn.assert_called_once_with()

    def test_errors_propagate(self):
        client = mock.Mock()
        client.send.side_effect = [None, ConnectionError("down")]
        n = Notifier(client)
        with self.assertRaisesRegex(ConnectionError, "down"):
            n.notify(USERS, "x")
        self.assertEqual(n.sent, ["ann@x.org"])

    def test_prefix_seen(self):
        self.assertEqual(os.environ["NOTIFY_PREFIX"], "[test] ")


def protocol_demo():
    m = mock.MagicMock()
    m.__iter__.return_value = iter(["a", "b"])
    m.__contains__.side_effect = lambda x: x == "a"
    m.__getitem__.side_effect = KeyError
    print(list(m), "a" in m, "z" in m, len(m), bool(m))
    try:
        m["k"]
    except KeyError:
        print("KeyError from __getitem__")
    m.__len__.return_value = 7
    print(len(m), m.__len__.call_count, int(m), float(m), m + 1 is m.__add__.return_value)
    s = mock.sentinel.result
    f = mock.Mock(return_value=s)
    print(f() is mock.sentinel.result, repr(s), f.return_value is s)
    nm = mock.NonCallableMock()
    try:
        nm()
    except TypeError as e:
        print("TypeError:", e)


if __name__ == "__main__":
    protocol_demo()
    buf = io.StringIO()
    runner = unittest.TextTestRunner(stream=buf, verbosity=2)
    result = runner.run(unittest.defaultTestLoader.loadTestsFromTestCase(NotifierTests))
    for line in buf.getvalue().splitlines():
        if line.endswith(("ok", "FAIL", "ERROR")):
            print(line)
    print("ok:", result.wasSuccessful(), "run:", result.testsRun, "env restored:", "NOTIFY_PREFIX" not in os.environ)
