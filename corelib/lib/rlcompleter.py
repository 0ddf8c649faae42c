"""Completion of Python names and attributes, for readline-style line
editors: Completer(namespace).complete(text, state) returns the state-th
completion of text (keywords, names of the namespace and builtins, or the
attributes of a dotted expression), callables with "(" added ("()" when
they take no parameters).

Kestrel has no readline module (its REPL completes through its own line
editor), so importing this module installs no completer."""

import builtins
import inspect
import keyword
import re

import __main__

__all__ = ["Completer"]

# keywords completed without a trailing space (or, for these two, with ':')
_BARE = {'False', 'None', 'True', 'break', 'continue', 'pass', 'else', '_'}
_COLON = {'finally', 'try'}


class Completer:
    def __init__(self, namespace=None):
        """Complete in namespace (a dict), or in __main__'s when None."""
        if namespace and not isinstance(namespace, dict):
            raise TypeError('namespace must be a dictionary')
        if namespace is None:
            self.use_main_ns = 1
        else:
            self.use_main_ns = 0
            self.namespace = namespace

    def complete(self, text, state):
        """The state-th completion of text, None past the last."""
        if self.use_main_ns:
            self.namespace = __main__.__dict__
        if not text.strip():
            # on an empty line, a tab is inserted
            return '\t' if state == 0 else None
        if state == 0:
            if "." in text:
                self.matches = self.attr_matches(text)
            else:
                self.matches = self.global_matches(text)
        try:
            return self.matches[state]
        except IndexError:
            return None

    def _callable_postfix(self, val, word):
        if callable(val):
            word += "("
            try:
                if not inspect.signature(val).parameters:
                    word += ")"
            except ValueError:
                pass
        return word

    def global_matches(self, text):
        """Keywords, then names of the namespace, then builtins, that start
        with text."""
        matches = []
        seen = {"__builtins__"}
        n = len(text)
        for word in keyword.kwlist + keyword.softkwlist:
            if word[:n] == text:
                seen.add(word)
                if word in _COLON:
                    word += ':'
                elif word not in _BARE:
                    word += ' '
                matches.append(word)
        for space in (self.namespace, builtins.__dict__):
            for word, val in space.items():
                if word[:n] == text and word not in seen:
                    seen.add(word)
                    matches.append(self._callable_postfix(val, word))
        return matches

    def attr_matches(self, text):
        """For text "expr.prefix" (expr dotted names evaluated in the
        namespace), the sorted "expr.attr" for expr's attributes starting
        with prefix; private names only when nothing else matches."""
        m = re.match(r"(\w+(\.\w+)*)\.(\w*)", text)
        if not m:
            return []
        expr, attr = m.group(1, 3)
        try:
            obj = eval(expr, self.namespace)
        except Exception:
            return []
        words = set(dir(obj))
        words.discard("__builtins__")
        if hasattr(obj, '__class__'):
            words.add('__class__')
            words.update(get_class_members(obj.__class__))
        n = len(attr)
        # hide _names (then __names) unless the prefix asks for them, or
        # unless nothing else matches
        hidden = {'': ['_', '__', None], '_': ['__', None]}.get(attr, [None])
        matches = []
        for noprefix in hidden:
            for word in words:
                if word[:n] != attr or (noprefix and word[:n + 1] == noprefix):
                    continue
                match = "%s.%s" % (expr, word)
                if isinstance(getattr(type(obj), word, None), property):
                    matches.append(match)
                    continue
                value = getattr(obj, word, None)
                if value is not None:
                    matches.append(self._callable_postfix(value, match))
                else:
                    matches.append(match)
            if matches:
                break
        matches.sort()
        return matches


def get_class_members(klass):
    members = dir(klass)
    for base in getattr(klass, '__bases__', ()):
        members = members + get_class_members(base)
    return members


_readline_available = False
