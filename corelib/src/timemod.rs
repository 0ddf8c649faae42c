//! The `time` module: wall clock, monotonic performance counter, sleep.

use crate::args::*;
use kestrel_vm::{Gc, Kwargs, PyResult, Value, Vm};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

pub fn install(vm: &mut Vm) {
    vm.native_modules.insert("time", time_module);
}

fn time_module(vm: &mut Vm) -> PyResult<Gc> {
    Ok(crate::modules::native_module(
        vm,
        "time",
        &[
            ("time", time),
            ("time_ns", time_ns),
            ("perf_counter", perf_counter),
            ("perf_counter_ns", perf_counter_ns),
            ("monotonic", perf_counter),
            ("process_time", perf_counter),
            ("sleep", sleep),
        ],
    ))
}

fn since_epoch() -> Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
}

fn time(_: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Float(since_epoch().as_secs_f64()))
}

fn time_ns(vm: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(vm.new_bigint(since_epoch().as_nanos().into()))
}

fn start() -> Instant {
    static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    *START.get_or_init(Instant::now)
}

fn perf_counter(_: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Float(start().elapsed().as_secs_f64()))
}

fn perf_counter_ns(vm: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(vm.new_bigint(start().elapsed().as_nanos().into()))
}

fn sleep(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "sleep", args, 1, 1)?;
    let s = crate::builtins::to_f64(vm, args[0])?;
    if s < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    vm.out.flush();
    std::thread::sleep(Duration::from_secs_f64(s.min(1e9)));
    Ok(Value::None)
}
