import mimetypes
import os
import tempfile

for name in ["a.txt", "photo.JPG", "x.tar.gz", "x.tgz", "page.html", "style.css", "app.js",
             "data.json", "doc.pdf", "img.png", "x.svgz", "arch.tar.bz2", "x.txz", "noext",
             "dir/file.py", "http://example.com/a/b.gif?x=1", "x.Z", "x.gz", "song.mp3",
             "movie.mp4", "a.csv", "a.xml", "a.zip", "a.webp", "a.rtf", "a.mid", "a.wasm",
             "data:text/html;base64,AAAA", "data:,hello", "data:foo", "data:a=b,x",
             "file.unknownext", "a.TXT.GZ", "a.txt.br", ".bashrc"]:
    print(name, mimetypes.guess_type(name), mimetypes.guess_type(name, strict=False))
for t in ["text/plain", "image/jpeg", "text/html", "application/json", "image/png",
          "application/x-nope", "TEXT/CSS", "audio/midi", "image/jpg", "application/pdf"]:
    print(t, mimetypes.guess_extension(t), mimetypes.guess_extension(t, strict=False))
print(mimetypes.guess_all_extensions("image/jpeg"))
print(mimetypes.guess_all_extensions("application/xml"))
mimetypes.add_type("application/x-kestrel", ".kes")
print(mimetypes.guess_type("prog.kes"), mimetypes.guess_extension("application/x-kestrel"))
print(mimetypes.inited, mimetypes.types_map[".css"], mimetypes.encodings_map[".bz2"],
      mimetypes.suffix_map[".tgz"], mimetypes.common_types[".jpg"])
print(mimetypes.guess_type(os.path.join("a", "b.png")))

db = mimetypes.MimeTypes()
print(db.guess_type("x.json"))
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "my.types")
    with open(p, "w") as f:
        f.write("# comment line\napplication/x-foo foo fooz  # trailing\n\ntext/x-bar bar\n")
    db.read(p)
    print(db.guess_type("a.foo"), db.guess_type("a.fooz"), db.guess_all_extensions("application/x-foo"))
    t = mimetypes.read_mime_types(p)
    print(t[".bar"], t[".foo"])
    print(mimetypes.read_mime_types(os.path.join(d, "missing")))
    loose = mimetypes.MimeTypes([p], strict=False)
    print(loose.guess_type("a.bar"), loose.guess_type("a.bar", strict=False))
try:
    mimetypes.guess_type(5)
except TypeError as e:
    print("TypeError", e)
