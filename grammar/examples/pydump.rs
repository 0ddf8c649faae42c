//! Prints the AST dump (or the syntax error) of a Python file or stdin: `pydump [--locs] [FILE]`.

use std::io::Read;

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let locs = args.first().is_some_and(|a| a == "--locs");
    if locs {
        args.remove(0);
    }
    let mut src = String::new();
    match args.first() {
        Some(path) => src = std::fs::read_to_string(path).expect("readable file"),
        None => {
            std::io::stdin()
                .read_to_string(&mut src)
                .expect("readable stdin");
        }
    }
    let arena = bumpalo::Bump::new();
    match kestrel_grammar::parse_module(&src, &arena) {
        Ok(m) if locs => print!("{}", kestrel_grammar::dump::dump_with_locs(&m)),
        Ok(m) => print!("{}", kestrel_grammar::dump::dump(&m)),
        Err(e) => println!("{e}"),
    }
}
