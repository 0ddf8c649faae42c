//! Benchmarks live in benches/; see benches/interp.rs.
