try:
    import pkg_rel.inner.deep
except ImportError as e:
    print(type(e).__name__, e)
import pkg_rel.inner.other
