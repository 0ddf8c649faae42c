import os
import webbrowser

os.environ.pop("BROWSER", None)
os.environ.pop("DISPLAY", None)
os.environ.pop("WAYLAND_DISPLAY", None)
os.environ["PATH"] = "/nonexistent"
try:
    print(webbrowser.get())
except webbrowser.Error as e:
    print("Error", e)
print(webbrowser.open("http://example.com"), webbrowser.open_new("x"), webbrowser.open_new_tab("y"))
try:
    webbrowser.get("nosuch")
except webbrowser.Error as e:
    print("Error", e)


class B(webbrowser.BaseBrowser):
    def open(self, url, new=0, autoraise=True):
        print("opening", url, new, autoraise, repr(self.name))
        return True


webbrowser.register("mine", B)
b = webbrowser.get("mine")
print(type(b).__name__, repr(b.name), webbrowser.get("MINE") is not b)
print(webbrowser.open("http://x"))
webbrowser.register("pref", None, B("prefname"), preferred=True)
print(webbrowser.open_new_tab("http://y"))
print(webbrowser.get("pref").name, webbrowser.get("pref") is webbrowser.get("pref"))
g = webbrowser.get("echo %s")
print(type(g).__name__, g.name, g.args, g.basename)
g2 = webbrowser.get("/bin/true --flag %s &")
print(type(g2).__name__, g2.name, g2.args)
print(webbrowser.GenericBrowser("/nonexistent/browser").open("http://z"))
try:
    webbrowser.BaseBrowser("x").open("u")
except NotImplementedError:
    print("NotImplementedError")
