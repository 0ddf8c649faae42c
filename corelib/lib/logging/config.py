"""Configuring logging from a dictionary (dictConfig, schema version 1). Incremental
configuration and fileConfig/listen are not provided."""

import importlib
import logging
import re
import sys

IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]*$", re.I)


def valid_ident(s):
    if not IDENTIFIER.match(s):
        raise ValueError("Not a valid Python identifier: %r" % s)
    return True


def _resolve(name):
    """The object a dotted name denotes, importing modules along the way."""
    parts = name.split(".")
    used = parts.pop(0)
    found = importlib.import_module(used)
    for frag in parts:
        used += "." + frag
        try:
            found = getattr(found, frag)
        except AttributeError:
            importlib.import_module(used)
            found = getattr(found, frag)
    return found


class DictConfigurator:
    """Applies one configuration dictionary: formatters, filters, handlers, then loggers."""

    def __init__(self, config):
        self.config = config

    def resolve(self, s):
        try:
            return _resolve(s)
        except ImportError as e:
            v = ValueError("Cannot resolve %r: %s" % (s, e))
            raise v from e

    def convert(self, value):
        # "ext://sys.stdout" names an object; "cfg://" references are not supported.
        if isinstance(value, str):
            if value.startswith("ext://"):
                return self.resolve(value[6:])
            if value.startswith("cfg://"):
                raise NotImplementedError("cfg:// references in dictConfig")
        return value

    def configure(self):
        config = self.config
        if "version" not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config["version"] != 1:
            raise ValueError("Unsupported version: %s" % config["version"])
        if config.get("incremental", False):
            raise NotImplementedError("incremental dictConfig")
        disable_existing = config.get("disable_existing_loggers", True)
        # Handlers of an earlier configuration are flushed and closed, as CPython does.
        logging._handlers.clear()
        logging.shutdown(logging._handlerList[:])
        del logging._handlerList[:]

        self.formatters = _configure_each(config, "formatters", self.configure_formatter)
        self.filters = _configure_each(config, "filters", self.configure_filter)
        handlers = {}
        # Handlers that name a target handler (MemoryHandler) are made after the others.
        pending = list(config.get("handlers", {}).items())
        for _ in range(len(pending) + 1):
            deferred = []
            for name, spec in pending:
                target = spec.get("target") if isinstance(spec, dict) else None
                if target is not None and target not in handlers:
                    deferred.append((name, spec))
                    continue
                try:
                    h = self.configure_handler(dict(spec), handlers)
                except Exception as e:
                    raise ValueError("Unable to configure handler %r" % name) from e
                h.name = name
                handlers[name] = h
            pending = deferred
            if not pending:
                break
        if pending:
            raise ValueError("Unable to configure handler %r" % pending[0][0])
        self.handlers = handlers

        root = logging.root
        existing = sorted(root.manager.loggerDict)
        child_loggers = []
        loggers = config.get("loggers", {})
        for name in loggers:
            if name in existing:
                i = existing.index(name) + 1
                prefix = name + "."
                while i < len(existing) and existing[i].startswith(prefix):
                    child_loggers.append(existing[i])
                    i += 1
                existing.remove(name)
            try:
                self.configure_logger(name, loggers[name])
            except Exception as e:
                raise ValueError("Unable to configure logger %r" % name) from e
        for name in existing:
            logger = root.manager.loggerDict[name]
            if name in child_loggers:
                logger.level = logging.NOTSET
                logger.handlers = []
                logger.propagate = True
            else:
                logger.disabled = disable_existing
        if "root" in config:
            try:
                self.configure_logger(None, config["root"])
            except Exception as e:
                raise ValueError("Unable to configure root logger") from e
        root.manager._clear_cache()

    def configure_formatter(self, spec):
        spec = dict(spec)
        if "()" in spec:
            factory = spec.pop("()")
            if isinstance(factory, str):
                factory = self.resolve(factory)
            return factory(**spec)
        fmt = spec.get("format")
        dfmt = spec.get("datefmt")
        style = spec.get("style", "%")
        cname = spec.get("class")
        c = self.resolve(cname) if cname else logging.Formatter
        if "validate" in spec:
            return c(fmt, dfmt, style, spec["validate"])
        return c(fmt, dfmt, style)

    def configure_filter(self, spec):
        spec = dict(spec)
        if "()" in spec:
            factory = spec.pop("()")
            if isinstance(factory, str):
                factory = self.resolve(factory)
            return factory(**spec)
        return logging.Filter(spec.get("name", ""))

    def add_filters(self, filterer, names):
        for f in names:
            try:
                filterer.addFilter(self.filters[f] if isinstance(f, str) else f)
            except KeyError as e:
                raise ValueError("Unable to add filter %r" % f) from e

    def configure_handler(self, spec, handlers):
        formatter = spec.pop("formatter", None)
        if formatter is not None:
            try:
                formatter = self.formatters[formatter]
            except KeyError as e:
                raise ValueError("Unable to set formatter %r" % formatter) from e
        level = spec.pop("level", None)
        filters = spec.pop("filters", None)
        if "()" in spec:
            factory = spec.pop("()")
            if isinstance(factory, str):
                factory = self.resolve(factory)
        else:
            cname = spec.pop("class")
            factory = self.resolve(cname) if isinstance(cname, str) else cname
            if "target" in spec:
                spec["target"] = handlers[spec["target"]]
            if "flushLevel" in spec:
                spec["flushLevel"] = logging._checkLevel(spec["flushLevel"])
        kwargs = {k: self.convert(v) for k, v in spec.items() if valid_ident(k)}
        result = factory(**kwargs)
        if formatter:
            result.setFormatter(formatter)
        if level is not None:
            result.setLevel(logging._checkLevel(level))
        if filters:
            self.add_filters(result, filters)
        return result

    def configure_logger(self, name, spec):
        logger = logging.getLogger(name)
        level = spec.get("level")
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        for h in list(logger.handlers):
            logger.removeHandler(h)
        for h in spec.get("handlers", []):
            try:
                logger.addHandler(self.handlers[h])
            except KeyError as e:
                raise ValueError("Unable to add handler %r" % h) from e
        filters = spec.get("filters")
        if filters:
            self.add_filters(logger, filters)
        if name is not None:
            propagate = spec.get("propagate")
            if propagate is not None:
                logger.propagate = propagate
            logger.disabled = False


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configure logging using a dictionary."""
    dictConfigClass(config).configure()


def fileConfig(fname, defaults=None, disable_existing_loggers=True, encoding=None):
    raise NotImplementedError("logging.config.fileConfig is not implemented in Kestrel")


def listen(port=9030, verify=None):
    raise NotImplementedError("logging.config.listen needs sockets and threads")


def stopListening():
    pass


def _configure_each(config, section, make):
    """Each entry of a config section made into its object, failures named as CPython does
    ("Unable to configure formatter 'name'")."""
    made = {}
    for name, spec in config.get(section, {}).items():
        try:
            made[name] = make(spec)
        except Exception as e:
            raise ValueError("Unable to configure %s %r" % (section[:-1], name)) from e
    return made
