//! `_time`: the native half of `time` (`corelib/lib/time.py` adds `struct_time`, argument
//! checking, `asctime` and `strptime`): the clocks, sleep, and the C library's calendar
//! conversions (`localtime_r`, `mktime`, `strftime`, `tzset`), so local time and formatting
//! follow the platform exactly as CPython's do.

use crate::args::*;
use kestrel_vm::{Gc, Kwargs, PyResult, Value, Vm};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

pub fn install(vm: &mut Vm) {
    vm.native_modules.insert("_time", time_module);
}

fn time_module(vm: &mut Vm) -> PyResult<Gc> {
    Ok(crate::modules::native_module(
        vm,
        "_time",
        &[
            ("time", time),
            ("time_ns", time_ns),
            ("perf_counter", monotonic),
            ("perf_counter_ns", monotonic_ns),
            ("monotonic", monotonic),
            ("monotonic_ns", monotonic_ns),
            ("process_time", process_time),
            ("process_time_ns", process_time_ns),
            ("thread_time", thread_time),
            ("thread_time_ns", thread_time_ns),
            ("sleep", sleep),
            ("tzset", tzset),
            ("_gmtime", gmtime),
            ("_localtime", localtime),
            ("_mktime", mktime),
            ("_strftime", strftime),
            ("_tzinfo", tzinfo),
            ("_clock_res", clock_res),
            ("clock_gettime", clock_gettime),
            ("clock_gettime_ns", clock_gettime_ns),
            ("clock_getres", clock_getres),
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

/// Nanoseconds on one of the POSIX clocks.
fn clock_ns(clock: libc::clockid_t) -> i64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec; the clock ids used are supported on Linux.
    unsafe { libc::clock_gettime(clock, &mut ts) };
    ts.tv_sec * 1_000_000_000 + ts.tv_nsec
}

fn monotonic(_: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Float(clock_ns(libc::CLOCK_MONOTONIC) as f64 * 1e-9))
}

fn monotonic_ns(_: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(clock_ns(libc::CLOCK_MONOTONIC)))
}

fn process_time(_: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Float(
        clock_ns(libc::CLOCK_PROCESS_CPUTIME_ID) as f64 * 1e-9,
    ))
}

fn process_time_ns(_: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(clock_ns(libc::CLOCK_PROCESS_CPUTIME_ID)))
}

fn thread_time(_: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Float(
        clock_ns(libc::CLOCK_THREAD_CPUTIME_ID) as f64 * 1e-9,
    ))
}

fn thread_time_ns(_: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(clock_ns(libc::CLOCK_THREAD_CPUTIME_ID)))
}

/// A clock id argument read into a timespec by `f` (clock_gettime or clock_getres).
fn clock_call(
    vm: &mut Vm,
    args: &[Value],
    name: &str,
    f: unsafe extern "C" fn(libc::clockid_t, *mut libc::timespec) -> libc::c_int,
) -> PyResult<libc::timespec> {
    arity(vm, name, args, 1, 1)?;
    let id = as_int(vm, args[0], "")?;
    let id = libc::clockid_t::try_from(id)
        .map_err(|_| vm.raise_msg("OverflowError", "signed integer is greater than maximum"))?;
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec; a bad id makes the call fail with EINVAL.
    if unsafe { f(id, &mut ts) } != 0 {
        return Err(last_os_error(vm));
    }
    Ok(ts)
}

fn clock_gettime(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let ts = clock_call(vm, args, "clock_gettime", libc::clock_gettime)?;
    Ok(Value::Float(ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9))
}

fn clock_gettime_ns(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let ts = clock_call(vm, args, "clock_gettime_ns", libc::clock_gettime)?;
    Ok(Value::Int(ts.tv_sec * 1_000_000_000 + ts.tv_nsec))
}

fn clock_getres(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let ts = clock_call(vm, args, "clock_getres", libc::clock_getres)?;
    Ok(Value::Float(ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9))
}

/// _clock_res(name) -> the resolution in seconds of the clock behind `name`.
fn clock_res(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "_clock_res", args, 1, 1)?;
    let clock = match str_arg(vm, args[0], "_clock_res")? {
        "time" => libc::CLOCK_REALTIME,
        "process_time" => libc::CLOCK_PROCESS_CPUTIME_ID,
        "thread_time" => libc::CLOCK_THREAD_CPUTIME_ID,
        _ => libc::CLOCK_MONOTONIC,
    };
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: as in `clock_ns`.
    unsafe { libc::clock_getres(clock, &mut ts) };
    Ok(Value::Float(ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9))
}

fn sleep(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "sleep", args, 1, 1)?;
    // CPython converts to whole nanoseconds in an i64 first, with these messages.
    const MAX_NS: f64 = 9.223_372_036_854_776e18;
    let s = match args[0] {
        Value::Float(f) => {
            if f.is_nan() {
                return Err(vm.value_error("Invalid value NaN (not a number)"));
            }
            if (f * 1e9).abs() >= MAX_NS {
                let msg = "timestamp out of range for platform time_t";
                return Err(vm.raise_msg("OverflowError", msg));
            }
            f
        }
        v => match vm.index_value(v)? {
            Some(Value::Int(n)) if n.checked_mul(1_000_000_000).is_some() => n as f64,
            Some(_) => {
                let msg = "timestamp too large to convert to C _PyTime_t";
                return Err(vm.raise_msg("OverflowError", msg));
            }
            None => {
                let t = vm.type_name(v);
                let msg = format!("'{t}' object cannot be interpreted as an integer");
                return Err(vm.type_error(msg));
            }
        },
    };
    if s < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    vm.out.flush();
    kestrel_vm::signals::sleep(vm, s)?;
    Ok(Value::None)
}

extern "C" {
    // Not exported by the libc crate; POSIX, in every C library Kestrel links against.
    #[link_name = "tzset"]
    fn tzset_c();
}

fn tzset(_: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    // SAFETY: tzset only reads the environment; the interpreter is single-threaded.
    unsafe { tzset_c() };
    Ok(Value::None)
}

fn zeroed_tm() -> libc::tm {
    libc::tm {
        tm_sec: 0,
        tm_min: 0,
        tm_hour: 0,
        tm_mday: 0,
        tm_mon: 0,
        tm_year: 0,
        tm_wday: 0,
        tm_yday: 0,
        tm_isdst: 0,
        tm_gmtoff: 0,
        tm_zone: std::ptr::null(),
    }
}

/// A `struct tm` as the 11 items of a `struct_time`: year, month 1-12, day, hour, minute,
/// second, weekday (Monday 0), day of the year (from 1), DST flag, zone name, UTC offset.
fn tm_tuple(vm: &mut Vm, tm: &libc::tm) -> Value {
    let zone = if tm.tm_zone.is_null() {
        Value::None
    } else {
        // SAFETY: a non-null tm_zone from the C library points to a NUL-terminated string
        // that lives as long as the time zone data.
        let z = unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) };
        vm.new_string(z.to_string_lossy().into_owned())
    };
    let vals = vec![
        Value::Int(tm.tm_year as i64 + 1900),
        Value::Int(tm.tm_mon as i64 + 1),
        Value::Int(tm.tm_mday as i64),
        Value::Int(tm.tm_hour as i64),
        Value::Int(tm.tm_min as i64),
        Value::Int(tm.tm_sec as i64),
        Value::Int((tm.tm_wday as i64 + 6) % 7),
        Value::Int(tm.tm_yday as i64 + 1),
        Value::Int(tm.tm_isdst as i64),
        zone,
        Value::Int(tm.tm_gmtoff),
    ];
    vm.new_tuple(vals)
}

fn time_t_arg(vm: &mut Vm, v: Value) -> PyResult<libc::time_t> {
    let n = as_int(vm, v, "")?;
    libc::time_t::try_from(n).map_err(|_| {
        vm.raise_msg(
            "OverflowError",
            "timestamp out of range for platform time_t",
        )
    })
}

/// The errno of the last failed C library call as an OSError.
fn last_os_error(vm: &mut Vm) -> kestrel_vm::Raised {
    let e = std::io::Error::last_os_error();
    crate::modules::io::os_error(vm, &e, None)
}

/// _gmtime(seconds: int) -> the 11-tuple of UTC time.
fn gmtime(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "_gmtime", args, 1, 1)?;
    let t = time_t_arg(vm, args[0])?;
    let mut tm = zeroed_tm();
    // SAFETY: both pointers are valid for the call; gmtime_r is reentrant.
    if unsafe { libc::gmtime_r(&t, &mut tm) }.is_null() {
        return Err(last_os_error(vm));
    }
    Ok(tm_tuple(vm, &tm))
}

/// _localtime(seconds: int) -> the 11-tuple of local time.
fn localtime(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "_localtime", args, 1, 1)?;
    let t = time_t_arg(vm, args[0])?;
    let mut tm = zeroed_tm();
    // SAFETY: both pointers are valid for the call; localtime_r is reentrant.
    if unsafe { libc::localtime_r(&t, &mut tm) }.is_null() {
        return Err(last_os_error(vm));
    }
    Ok(tm_tuple(vm, &tm))
}

/// A `struct tm` from nine ints already converted to C's conventions (month 0-11, weekday
/// Sunday 0, day of the year from 0, year since 1900).
fn tm_from_args(vm: &mut Vm, args: &[Value]) -> PyResult<libc::tm> {
    let mut f = [0i32; 9];
    for (i, v) in args.iter().take(9).enumerate() {
        let n = as_int(vm, *v, "")?;
        f[i] = i32::try_from(n).map_err(|_| {
            let msg = if n < 0 {
                "signed integer is less than minimum"
            } else {
                "signed integer is greater than maximum"
            };
            vm.raise_msg("OverflowError", msg)
        })?;
    }
    let mut tm = zeroed_tm();
    tm.tm_year = f[0];
    tm.tm_mon = f[1];
    tm.tm_mday = f[2];
    tm.tm_hour = f[3];
    tm.tm_min = f[4];
    tm.tm_sec = f[5];
    tm.tm_wday = f[6];
    tm.tm_yday = f[7];
    tm.tm_isdst = f[8];
    Ok(tm)
}

/// _mktime(year-1900, mon0, mday, hour, min, sec, wday0, yday0, isdst) -> float seconds.
fn mktime(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "_mktime", args, 9, 9)?;
    let mut tm = tm_from_args(vm, args)?;
    // A sentinel weekday tells a real -1 (one second before the epoch) from failure.
    tm.tm_wday = -1;
    // SAFETY: `tm` is a valid, writable struct tm.
    let t = unsafe { libc::mktime(&mut tm) };
    if t == -1 && tm.tm_wday == -1 {
        return Err(vm.raise_msg("OverflowError", "mktime argument out of range"));
    }
    Ok(Value::Float(t as f64))
}

/// _strftime(format, the nine C fields as for `_mktime`, zone or None, gmtoff) -> str.
fn strftime(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "_strftime", args, 12, 12)?;
    let fmt = str_arg(vm, args[0], "strftime() argument 1")?.to_string();
    let mut tm = tm_from_args(vm, &args[1..10])?;
    let zone = match as_str(args[10]) {
        Some(z) => {
            Some(std::ffi::CString::new(z).map_err(|_| vm.value_error("embedded null character"))?)
        }
        None => None,
    };
    if let Some(z) = &zone {
        tm.tm_zone = z.as_ptr();
    }
    tm.tm_gmtoff = as_int(vm, args[11], "")? as libc::c_long;
    let Ok(cfmt) = std::ffi::CString::new(fmt.as_str()) else {
        return Err(vm.value_error("embedded null character"));
    };
    if fmt.is_empty() {
        return Ok(vm.new_str(""));
    }
    // An empty result may be a full buffer or a truly empty expansion (`%p` in some
    // locales): grow the buffer a few times before accepting it as empty, as CPython does.
    let mut cap = 1024.max(fmt.len() * 4);
    loop {
        let mut buf = vec![0u8; cap];
        // SAFETY: `buf` has `cap` writable bytes; `cfmt` is NUL-terminated; `tm` and the zone
        // string it points to live through the call.
        let n = unsafe { libc::strftime(buf.as_mut_ptr().cast(), cap, cfmt.as_ptr(), &tm) };
        if n > 0 || cap >= 256 * fmt.len() {
            buf.truncate(n);
            return Ok(vm.new_string(String::from_utf8_lossy(&buf).into_owned()));
        }
        cap *= 4;
    }
}

/// _tzinfo() -> (timezone, altzone, daylight, std name, dst name), found as CPython does:
/// from local time in January and July of the current year.
fn tzinfo(vm: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    // SAFETY: as in `tzset`.
    unsafe { tzset_c() };
    const YEAR: libc::time_t = (365 * 24 + 6) * 3600;
    let year_start = since_epoch().as_secs() as libc::time_t / YEAR * YEAR;
    let probe = |t: libc::time_t| {
        let mut tm = zeroed_tm();
        // SAFETY: as in `localtime`.
        unsafe { libc::localtime_r(&t, &mut tm) };
        let name = if tm.tm_zone.is_null() {
            String::new()
        } else {
            // SAFETY: as in `tm_tuple`.
            unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }
                .to_string_lossy()
                .into_owned()
        };
        (-tm.tm_gmtoff, name)
    };
    let (jan, jan_name) = probe(year_start);
    let (jul, jul_name) = probe(year_start + YEAR / 2);
    // In the southern hemisphere July is winter: standard time is the larger offset west.
    let ((std, std_name), (dst, dst_name)) = if jan < jul {
        ((jul, jul_name), (jan, jan_name))
    } else {
        ((jan, jan_name), (jul, jul_name))
    };
    let a = vm.new_string(std_name);
    let b = vm.new_string(dst_name);
    Ok(vm.new_tuple(vec![
        Value::Int(std),
        Value::Int(dst),
        Value::Int((std != dst) as i64),
        a,
        b,
    ]))
}
