"""Topological sorting of a graph given as node -> predecessors (TopologicalSorter)."""

__all__ = ["TopologicalSorter", "CycleError"]

_READY = -1    # npredecessors value of a node handed out by get_ready()
_DONE = -2     # ... and of a node marked done()


class CycleError(ValueError):
    """The graph has a cycle; args[1] lists its nodes, the first repeated at the end."""
    pass


class _Node:
    __slots__ = ("node", "npredecessors", "successors")

    def __init__(self, node):
        self.node = node
        self.npredecessors = 0
        self.successors = []


class TopologicalSorter:
    """Orders the nodes of a graph so each comes after all its predecessors."""

    def __init__(self, graph=None):
        self._nodes = {}
        self._ready = None
        self._npassed = 0
        self._nfinished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _get(self, node):
        info = self._nodes.get(node)
        if info is None:
            info = self._nodes[node] = _Node(node)
        return info

    def add(self, node, *predecessors):
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        info = self._get(node)
        info.npredecessors += len(predecessors)
        for pred in predecessors:
            self._get(pred).successors.append(node)

    def prepare(self):
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [i.node for i in self._nodes.values() if i.npredecessors == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def get_ready(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        result = tuple(self._ready)
        for node in result:
            self._nodes[node].npredecessors = _READY
        self._ready.clear()
        self._npassed += len(result)
        return result

    def is_active(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        return self._nfinished < self._npassed or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        for node in nodes:
            info = self._nodes.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            state = info.npredecessors
            if state != _READY:
                if state >= 0:
                    raise ValueError(f"node {node!r} was not passed out (still not ready)")
                if state == _DONE:
                    raise ValueError(f"node {node!r} was already marked done")
                raise AssertionError(f"node {node!r}: unknown status {state}")
            info.npredecessors = _DONE
            for succ in info.successors:
                s = self._nodes[succ]
                s.npredecessors -= 1
                if s.npredecessors == 0:
                    self._ready.append(succ)
            self._nfinished += 1

    def _find_cycle(self):
        """A cycle as a list of nodes (first node repeated last), or None: a depth-first
        walk over successors, keeping the current path."""
        seen = set()
        for start in self._nodes:
            if start in seen:
                continue
            path = []
            on_path = {}
            stack = [(start, iter(self._nodes[start].successors))]
            on_path[start] = 0
            path.append(start)
            seen.add(start)
            while stack:
                node, it = stack[-1]
                for succ in it:
                    if succ in on_path:
                        return path[on_path[succ]:] + [succ]
                    if succ not in seen:
                        seen.add(succ)
                        on_path[succ] = len(path)
                        path.append(succ)
                        stack.append((succ, iter(self._nodes[succ].successors)))
                        break
                else:
                    stack.pop()
                    del on_path[path.pop()]
        return None

    def static_order(self):
        self.prepare()
        while self.is_active():
            ready = self.get_ready()
            yield from ready
            self.done(*ready)

    @classmethod
    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
