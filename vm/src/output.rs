//! Buffered standard output: line-buffered on a terminal, block-buffered otherwise; flushed at
//! exit, before `input()` and before anything is written to stderr.

use std::io::{IsTerminal, Write};

pub struct Output {
    buf: Vec<u8>,
    tty: bool,
    /// `-u` / `PYTHONUNBUFFERED`: every write goes out at once.
    pub unbuffered: bool,
    /// The first write that failed (a closed pipe), for `print` to raise as CPython does.
    pub error: Option<std::io::Error>,
}

impl Output {
    pub fn new() -> Output {
        Output {
            buf: Vec::with_capacity(8192),
            tty: std::io::stdout().is_terminal(),
            unbuffered: false,
            error: None,
        }
    }

    pub fn write(&mut self, s: &str) {
        self.write_bytes(s.as_bytes());
    }

    /// Bytes as they are (`sys.stdout.buffer.write`: binary data need not be UTF-8).
    pub fn write_bytes(&mut self, b: &[u8]) {
        self.buf.extend_from_slice(b);
        if self.unbuffered || self.buf.len() >= 8192 || (self.tty && b.contains(&b'\n')) {
            self.flush();
        }
    }

    pub fn flush(&mut self) {
        if !self.buf.is_empty() {
            let mut out = std::io::stdout().lock();
            // The output is dropped on error; `print` raises it (BrokenPipeError).
            if let Err(e) = out.write_all(&self.buf).and_then(|_| out.flush()) {
                self.error.get_or_insert(e);
            }
            self.buf.clear();
        }
    }
}

impl Default for Output {
    fn default() -> Self {
        Self::new()
    }
}

impl Drop for Output {
    fn drop(&mut self) {
        self.flush();
    }
}
