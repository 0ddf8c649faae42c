//! `_random`: the Mersenne Twister (MT19937) core under the `random` module, as CPython
//! splits it (random.py over the C `_random`). Seeding in Python bytecode cost ~3 million
//! instructions per `import random`; here it is a few microseconds.
//!
//! The generator state is a Python list of 625 ints, the layout `Random.getstate()` exposes:
//! the 624 words of the twister, then the index of the next word to temper.

use crate::args::*;
use kestrel_vm::{Gc, Kwargs, PyResult, Value, Vm};
use std::cell::RefMut;

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER: u32 = 0x8000_0000;
const LOWER: u32 = 0x7fff_ffff;

pub fn install(vm: &mut Vm) {
    vm.native_modules.insert("_random", random_module);
}

fn random_module(vm: &mut Vm) -> PyResult<Gc> {
    Ok(crate::modules::native_module(
        vm,
        "_random",
        &[
            ("init_by_array", init_by_array),
            ("genrand32", genrand32),
            ("random", random),
            ("getrandbits", getrandbits),
        ],
    ))
}

/// The twister's words, read and written in place in the state list.
struct Mt<'a>(RefMut<'a, Vec<Value>>);

impl Mt<'_> {
    #[inline]
    fn get(&self, i: usize) -> u32 {
        match self.0[i] {
            Value::Int(x) => x as u32,
            _ => 0,
        }
    }

    #[inline]
    fn set(&mut self, i: usize, x: u32) {
        self.0[i] = Value::Int(x as i64);
    }

    fn init_genrand(&mut self, s: u32) {
        self.set(0, s);
        for i in 1..N {
            let prev = self.get(i - 1);
            self.set(
                i,
                1_812_433_253u32
                    .wrapping_mul(prev ^ (prev >> 30))
                    .wrapping_add(i as u32),
            );
        }
        self.0[N] = Value::Int(N as i64);
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let (mut i, mut j) = (1, 0);
        for _ in 0..N.max(key.len()) {
            let prev = self.get(i - 1);
            let x = (self.get(i) ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            self.set(i, x);
            i += 1;
            j += 1;
            if i >= N {
                self.set(0, self.get(N - 1));
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = self.get(i - 1);
            let x = (self.get(i) ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941))
                .wrapping_sub(i as u32);
            self.set(i, x);
            i += 1;
            if i >= N {
                self.set(0, self.get(N - 1));
                i = 1;
            }
        }
        self.set(0, 0x8000_0000);
    }

    fn twist(&mut self) {
        let mix = |hi: u32, lo: u32| {
            let y = (hi & UPPER) | (lo & LOWER);
            (y >> 1) ^ if y & 1 != 0 { MATRIX_A } else { 0 }
        };
        for k in 0..N {
            let next = self.get((k + 1) % N);
            let x = self.get((k + M) % N) ^ mix(self.get(k), next);
            self.set(k, x);
        }
        self.0[N] = Value::Int(0);
    }

    fn next_u32(&mut self) -> u32 {
        let mut index = match self.0[N] {
            Value::Int(x) if (0..=N as i64).contains(&x) => x as usize,
            _ => N,
        };
        if index >= N {
            self.twist();
            index = 0;
        }
        let mut y = self.get(index);
        self.0[N] = Value::Int(index as i64 + 1);
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }
}

/// The state list argument, checked for its size only: `Random.setstate` checks the words once
/// (with CPython's errors) and these functions write only ints, so a per-call scan of the 625
/// words (a third of `random()`'s cost) would find nothing. A word that is not an int anyway
/// (code writing into `_state`) reads as 0, never a crash.
fn state<'a>(vm: &mut Vm, v: Value, fname: &str) -> PyResult<Mt<'a>> {
    let Some(list) = list_of(v) else {
        return Err(vm.type_error(format!("{fname}() state must be a list")));
    };
    let s = list.borrow_mut();
    if s.len() != N + 1 {
        drop(s);
        return Err(vm.value_error("state vector is the wrong size"));
    }
    Ok(Mt(s))
}

/// init_by_array(state, key): seeds the state from a list of 32-bit words.
fn init_by_array(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "init_by_array", args, 2, 2)?;
    let key: Vec<u32> = match list_of(args[1]) {
        Some(k) => k
            .borrow()
            .iter()
            .map(|v| match v {
                Value::Int(x) => *x as u32,
                _ => 0,
            })
            .collect(),
        None => return Err(vm.type_error("init_by_array() key must be a list")),
    };
    let key = if key.is_empty() { vec![0] } else { key };
    state(vm, args[0], "init_by_array")?.init_by_array(&key);
    Ok(Value::None)
}

/// genrand32(state): the next 32-bit output.
fn genrand32(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "genrand32", args, 1, 1)?;
    let x = state(vm, args[0], "genrand32")?.next_u32();
    Ok(Value::Int(x as i64))
}

/// random(state): a float in [0, 1) from 53 random bits, as CPython's `random()`.
fn random(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "random", args, 1, 1)?;
    let mut mt = state(vm, args[0], "random")?;
    let a = (mt.next_u32() >> 5) as f64;
    let b = (mt.next_u32() >> 6) as f64;
    Ok(Value::Float(
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0),
    ))
}

/// getrandbits(state, k): an int of k random bits, built from 32-bit words low first.
fn getrandbits(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "getrandbits", args, 2, 2)?;
    let k = as_int(vm, args[1], "getrandbits")?;
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    let mut mt = state(vm, args[0], "getrandbits")?;
    if k <= 32 {
        let r = if k == 0 { 0 } else { mt.next_u32() >> (32 - k) };
        return Ok(Value::Int(r as i64));
    }
    let mut words = Vec::with_capacity((k as usize).div_ceil(32));
    let mut left = k;
    while left > 0 {
        let mut r = mt.next_u32();
        if left < 32 {
            r >>= 32 - left;
        }
        words.push(r);
        left -= 32;
    }
    drop(mt);
    let n = num_bigint::BigUint::from_slice(&words);
    Ok(vm.new_bigint(n.into()))
}
