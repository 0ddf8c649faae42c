//! How the `kestrel` binary is linked, for start-up time: its start-up functions are laid out
//! together with the data they read (`order_startup_code`), and it is linked statically and position-dependent when
//! the C toolchain has the static libraries (glibc's `libc.a` and friends). A static, non-PIE executable starts
//! without the dynamic loader: no shared libraries to map, no symbols to bind and none of
//! our own pointers to relocate, which is most of what separates an interpreter's start-up
//! from `/bin/true`. Measured on `kestrel -c pass`: 1.5 ms dynamic PIE -> 1.1 ms static.
//!
//! Cargo has no stable way to give only the final binary `-C target-feature=+crt-static`
//! (in RUSTFLAGS it also reaches proc-macro crates, which then cannot build), so this does
//! the same at link level: a directory of the static archives under the names rustc asks
//! for (`-lc`, `-lm`, `-lgcc_s` -> libgcc_eh.a, ...) is searched before the system's, and
//! the binary is linked with `-static -no-pie`. `KESTREL_DYNAMIC=1` turns this off; without
//! the archives the build falls back to the default dynamic link.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The libraries rustc links std against on linux-gnu, and the archive that stands for each.
const LIBS: &[(&str, &str)] = &[
    ("c", "libc.a"),
    ("m", "libm.a"),
    ("pthread", "libpthread.a"),
    ("rt", "librt.a"),
    ("dl", "libdl.a"),
    ("util", "libutil.a"),
    ("gcc_s", "libgcc_eh.a"),
];

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=KESTREL_DYNAMIC");
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    let arch = std::env::var("CARGO_CFG_TARGET_ARCH").unwrap_or_default();
    if os != "linux" || env != "gnu" {
        return;
    }
    if arch == "x86_64" {
        order_startup_code();
    }
    if std::env::var_os("KESTREL_DYNAMIC").is_none() {
        link_static();
    }
}

/// Places the functions start-up runs and the data they read (`src/startup.order`, written by
/// `benches/startup_order.py`) next to each other, so starting faults in fewer pages:
/// `kestrel -c pass` 730 -> 675 us with the functions, and peak RSS of the import line of
/// `benches/startup_runner.py` 9.4 -> 6.6 MB with the data. rustc links x86_64 Linux binaries with its bundled lld,
/// which takes `--symbol-ordering-file`; names it does not find (after code changes) are
/// skipped silently.
fn order_startup_code() {
    let dir = std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR");
    let order = Path::new(&dir).join("src/startup.order");
    println!("cargo:rerun-if-changed={}", order.display());
    let flags = std::env::var("CARGO_ENCODED_RUSTFLAGS").unwrap_or_default();
    if !order.is_file() || flags.contains("linker") {
        return;
    }
    println!(
        "cargo:rustc-link-arg-bins=-Wl,--symbol-ordering-file={}",
        order.display()
    );
    println!("cargo:rustc-link-arg-bins=-Wl,--no-warn-symbol-ordering");
}

/// See the file's comment.
fn link_static() {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR")).join("static-libs");
    if std::fs::create_dir_all(&out).is_err() {
        return;
    }
    for (name, archive) in LIBS {
        let Some(path) = find_archive(archive) else {
            println!("cargo:warning=no {archive}: kestrel is linked dynamically");
            return;
        };
        let link = out.join(format!("lib{name}.a"));
        let _ = std::fs::remove_file(&link);
        if std::os::unix::fs::symlink(&path, &link).is_err() {
            return;
        }
    }
    println!("cargo:rustc-link-arg-bins=-L{}", out.display());
    println!("cargo:rustc-link-arg-bins=-static");
    println!("cargo:rustc-link-arg-bins=-no-pie");
    // libgcc_eh.a calls into libgcc.a, which the shared libgcc_s carried itself.
    println!("cargo:rustc-link-arg-bins=-lgcc");
}

/// The full path of a static archive as the C compiler would find it, if it has one.
fn find_archive(archive: &str) -> Option<PathBuf> {
    let cc = std::env::var("CC").unwrap_or_else(|_| "cc".to_string());
    let out = Command::new(cc)
        .arg(format!("-print-file-name={archive}"))
        .output()
        .ok()?;
    let path = PathBuf::from(String::from_utf8(out.stdout).ok()?.trim());
    // An unknown file is echoed back as its bare name.
    (path.is_absolute() && Path::new(&path).is_file()).then_some(path)
}
