# Huge and overflowing format widths and precisions: CPython's verdicts (the padded result,
# ValueError or OverflowError), and one buffer for a big padded field.
def attempt(label, f):
    try:
        r = f()
    except (ValueError, OverflowError, MemoryError) as e:
        print(label, type(e).__name__, e)
    else:
        print(label, len(r), r[:3], r[-3:])


w = 10**6
attempt('fstring', lambda: f'{1:{w}}')
attempt('fstring_left', lambda: f'{"ab":<{w}}')
attempt('fstring_two', lambda: f'{1:{w}}{2:>{w}}')
attempt('format', lambda: format(1, str(w)))
attempt('str.format', lambda: '{:>{}}'.format(1, w))
attempt('str.format_text', lambda: 'x{:^{}}y'.format(1, w))
attempt('percent', lambda: '%*d' % (w, 1))
attempt('percent_left', lambda: '%-*d|' % (w, 1))
attempt('percent_two', lambda: '%*d%s' % (w, 1, 'end'))
attempt('fstring_width_2**63', lambda: f'{1:{2**63}}')
attempt('format_width_digits', lambda: format(1, '9999999999999999999'))
attempt('format_prec_digits', lambda: format(1.5, '.9999999999999999999f'))
attempt('fstring_prec_2**31', lambda: f'{1.0:.{2**31}f}')
attempt('percent_width_2**63', lambda: '%*d' % (2**63, 1))
attempt('percent_prec_2**31', lambda: '%.*f' % (2**31, 1.0))
attempt('percent_width_literal', lambda: '%99999999999999999999d' % 1)
attempt('str.format_index', lambda: '{99999999999999999999}'.format(1))
