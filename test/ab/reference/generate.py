#!/usr/bin/env python3
"""Reference values for mcpver's A/B statistics, computed with scipy/numpy (an implementation
independent of the @stdlib code under test).

Run from the repository root:  python3 test/ab/reference/generate.py
It (re)writes, deterministically (fixed seeds):
  test/fixtures/ab/reference/<dataset>.ndjson   the events of each dataset
  test/fixtures/ab/reference/<dataset>.json     the test definition used to analyse it
  test/fixtures/ab/reference/reference.json     the expected numbers per dataset and metric
"""
import json
import math
import os

import numpy as np
import scipy
from scipy import stats

OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'fixtures', 'ab', 'reference')
ALPHA = 0.05


def r(x):
    return float(x)


def welch(a, b, alpha=ALPHA):
    a, b = np.asarray(a, float), np.asarray(b, float)
    res = stats.ttest_ind(b, a, equal_var=False)
    ci = res.confidence_interval(1 - alpha)
    ma, mb = a.mean(), b.mean()
    va, vb = a.var(ddof=1), b.var(ddof=1)
    out = {'t': r(res.statistic), 'df': r(res.df), 'pValue': r(res.pvalue),
           'effect': r(mb - ma), 'ci': [r(ci.low), r(ci.high)]}
    if ma != 0:
        # relative lift (B - A)/|A|, delta-method variance of the ratio B/A (GrowthBook)
        var_ratio = (vb / len(b)) / ma ** 2 + (va / len(a)) * mb ** 2 / ma ** 4
        q = stats.t.ppf(1 - alpha / 2, res.df)
        lift = (mb - ma) / abs(ma)
        half = q * math.sqrt(var_ratio)
        out['lift'] = r(lift)
        out['liftCi'] = [r(lift - half), r(lift + half)]
    return out


def mann_whitney(a, b):
    res = stats.mannwhitneyu(b, a, alternative='two-sided', method='auto')
    diffs = np.subtract.outer(np.asarray(b, float), np.asarray(a, float)).ravel()
    ties = len(np.unique(np.concatenate([a, b]))) < len(a) + len(b)
    exact = (min(len(a), len(b)) <= 8) and not ties
    return {'u': r(res.statistic), 'pValue': r(res.pvalue), 'exact': bool(exact),
            'hodgesLehmann': r(np.median(diffs))}


def quantiles(x):
    return {'p50': r(np.percentile(x, 50)), 'p95': r(np.percentile(x, 95))}


def proportions(a, b, alpha=ALPHA):
    na, nb = len(a), len(b)
    xa, xb = int(sum(a)), int(sum(b))
    pa, pb = xa / na, xb / nb
    z_q = stats.norm.ppf(1 - alpha / 2)
    out = {'pA': pa, 'pB': pb, 'effect': pb - pa}
    cells = [xa, na - xa, xb, nb - xb]
    pooled = (xa + xb) / (na + nb)
    se_pooled = math.sqrt(pooled * (1 - pooled) * (1 / na + 1 / nb))
    if min(cells) >= 5:
        z = (pb - pa) / se_pooled
        out['test'] = 'z'
        out['z'] = r(z)
        out['pValue'] = r(2 * stats.norm.sf(abs(z)))
        out['pOneSidedGreater'] = r(stats.norm.sf(z))
    else:
        out['test'] = 'fisher'
        out['pValue'] = r(stats.fisher_exact([[xb, nb - xb], [xa, na - xa]]).pvalue)
    se = math.sqrt(pa * (1 - pa) / na + pb * (1 - pb) / nb)
    out['ci'] = [r(pb - pa - z_q * se), r(pb - pa + z_q * se)]
    wa = stats.binomtest(xa, na).proportion_ci(1 - alpha, method='wilson')
    wb = stats.binomtest(xb, nb).proportion_ci(1 - alpha, method='wilson')
    out['wilsonA'] = [r(wa.low), r(wa.high)]
    out['wilsonB'] = [r(wb.low), r(wb.high)]
    if pa > 0:
        var_ratio = (pb * (1 - pb) / nb) / pa ** 2 + (pa * (1 - pa) / na) * pb ** 2 / pa ** 4
        lift = (pb - pa) / pa
        out['lift'] = r(lift)
        out['liftCi'] = [r(lift - z_q * math.sqrt(var_ratio)), r(lift + z_q * math.sqrt(var_ratio))]
    out['sePooled'] = se_pooled
    return out


def paired(a, b, alpha=ALPHA):
    a, b = np.asarray(a, float), np.asarray(b, float)
    res = stats.ttest_rel(b, a)
    ci = res.confidence_interval(1 - alpha)
    out = {'t': r(res.statistic), 'df': r(res.df), 'pValue': r(res.pvalue),
           'effect': r((b - a).mean()), 'ci': [r(ci.low), r(ci.high)]}
    d = b - a
    nz = d[d != 0]
    ties = len(np.unique(np.abs(nz))) < len(nz)
    method = 'exact' if (len(nz) <= 50 and not ties and len(nz) == len(d)) else 'asymptotic'
    w = stats.wilcoxon(b, a, correction=False, method=method, zero_method='wilcox')
    out['wilcoxonPValue'] = r(w.pvalue)
    return out


def mcnemar(a, b):
    b01 = int(sum(1 for x, y in zip(a, b) if x == 0 and y == 1))
    b10 = int(sum(1 for x, y in zip(a, b) if x == 1 and y == 0))
    p = stats.binomtest(b01, b01 + b10, 0.5).pvalue if b01 + b10 > 0 else 1.0
    return {'discordantAB': b10, 'discordantBA': b01, 'pValue': r(p)}


def srm(na, nb, wa=0.5, wb=0.5):
    n = na + nb
    res = stats.chisquare([na, nb], [n * wa / (wa + wb), n * wb / (wa + wb)])
    return {'chi2': r(res.statistic), 'pValue': r(res.pvalue)}


def sequential_halfwidth(variance_of_effect, n_total, tuning, alpha):
    """Asymptotic confidence sequence (Waudby-Smith et al.; GrowthBook's form), two-sided at alpha."""
    rho2 = (-2 * math.log(alpha) + math.log(-2 * math.log(alpha) + 1)) / tuning
    s2 = variance_of_effect * n_total
    return math.sqrt(s2) * math.sqrt(2 * (n_total * rho2 + 1) / (n_total ** 2 * rho2)
                                     * math.log(math.sqrt(n_total * rho2 + 1) / alpha))


def events(variant, metric, values, units=None, decimals=None):
    out = []
    for i, v in enumerate(values):
        v = float(v)
        if decimals is not None:
            v = round(v, decimals)
        e = {'variant': variant, 'metric': metric, 'value': int(v) if float(v).is_integer() and abs(v) < 1e15 else v}
        if units is not None:
            e['unit'] = units[i]
        out.append(e)
    return out


def write(name, evs, definition, expected):
    with open(os.path.join(OUT, f'{name}.ndjson'), 'w') as f:
        for e in evs:
            f.write(json.dumps(e, sort_keys=True) + '\n')
    with open(os.path.join(OUT, f'{name}.json'), 'w') as f:
        json.dump(definition, f, indent=2, sort_keys=True)
        f.write('\n')
    REFERENCE[name] = expected


def values_of(evs, variant, metric):
    return [e['value'] for e in evs if e['variant'] == variant and e['metric'] == metric]


REFERENCE = {}


def main():
    os.makedirs(OUT, exist_ok=True)
    rng = np.random.RandomState(20261125)

    # small: latency, a handful of calls per arm, no ties -> exact Mann-Whitney
    a = rng.lognormal(4.0, 0.3, 6).round(3)
    b = rng.lognormal(4.4, 0.3, 7).round(3)
    evs = events('A', 'response_time', a) + events('B', 'response_time', b)
    a, b = values_of(evs, 'A', 'response_time'), values_of(evs, 'B', 'response_time')
    m = {'response_time': {**welch(a, b), 'mannWhitney': mann_whitney(a, b),
                           'quantilesA': quantiles(a), 'quantilesB': quantiles(b)}}
    write('small', evs, {'id': 'small', 'metrics': [{'name': 'response_time', 'kind': 'mean', 'better': 'lower', 'role': 'primary', 'latency': True}]},
          {'metrics': m})

    # unequal variance: graded accuracy, B noisier and smaller
    a = rng.normal(0.70, 0.05, 40).round(4)
    b = rng.normal(0.74, 0.20, 25).round(4)
    evs = events('A', 'accuracy', a) + events('B', 'accuracy', b)
    a, b = values_of(evs, 'A', 'accuracy'), values_of(evs, 'B', 'accuracy')
    write('unequal-variance', evs, {'id': 'unequal-variance', 'metrics': [{'name': 'accuracy', 'kind': 'mean', 'better': 'higher', 'role': 'primary'}]},
          {'metrics': {'accuracy': welch(a, b)}})

    # heavy tailed: lognormal latency with outliers, rounded to whole ms so that ties occur
    a = np.concatenate([rng.lognormal(5.0, 0.5, 195), rng.lognormal(8.0, 0.5, 5)]).round(0)
    b = np.concatenate([rng.lognormal(4.9, 0.5, 190), rng.lognormal(8.5, 0.5, 10)]).round(0)
    evs = events('A', 'response_time', a) + events('B', 'response_time', b)
    a, b = values_of(evs, 'A', 'response_time'), values_of(evs, 'B', 'response_time')
    write('heavy-tailed', evs, {'id': 'heavy-tailed', 'metrics': [{'name': 'response_time', 'kind': 'mean', 'better': 'lower', 'role': 'primary', 'latency': True}]},
          {'metrics': {'response_time': {**welch(a, b), 'mannWhitney': mann_whitney(a, b),
                                         'quantilesA': quantiles(a), 'quantilesB': quantiles(b)}}})

    # binary: error rate 2.0% -> 5.2% with 500 calls per arm (the specification's ds10)
    a = [1] * 10 + [0] * 490
    b = [1] * 26 + [0] * 474
    evs = events('A', 'error', a) + events('B', 'error', b)
    prop = proportions(a, b)
    tuning = 1000
    seq = sequential_halfwidth(prop['sePooled'] ** 2, 1000, tuning, 2 * ALPHA)
    prop['sequentialLowerOneSided'] = r(prop['effect'] - seq)
    seq2 = sequential_halfwidth(prop['sePooled'] ** 2, 1000, tuning, ALPHA)
    prop['sequentialCi'] = [r(prop['effect'] - seq2), r(prop['effect'] + seq2)]
    write('binary', evs, {'id': 'binary', 'min-sample-size': 500, 'metrics': [{'name': 'error', 'kind': 'proportion', 'better': 'lower', 'role': 'guardrail'}]},
          {'metrics': {'error': prop}, 'srm': srm(500, 500)})

    # binary, small counts: Fisher's exact test
    a = [1] * 3 + [0] * 17
    b = [1] * 9 + [0] * 13
    evs = events('A', 'pass', a) + events('B', 'pass', b)
    write('binary-small', evs, {'id': 'binary-small', 'metrics': [{'name': 'pass', 'kind': 'proportion', 'better': 'higher', 'role': 'primary'}]},
          {'metrics': {'pass': proportions(a, b)}})

    # paired: the same 30 evaluation items on both versions
    items = [f'item-{i:02d}' for i in range(30)]
    base = rng.uniform(0.3, 0.9, 30)
    a = (base + rng.normal(0, 0.05, 30)).round(4)
    b = (base + 0.03 + rng.normal(0, 0.05, 30)).round(4)
    pa = (rng.uniform(0, 1, 30) < 0.6).astype(int)
    pb = np.where(rng.uniform(0, 1, 30) < 0.8, 1, pa)
    evs = (events('A', 'accuracy', a, items) + events('B', 'accuracy', b, items)
           + events('A', 'pass', pa, items) + events('B', 'pass', pb, items))
    a, b = values_of(evs, 'A', 'accuracy'), values_of(evs, 'B', 'accuracy')
    write('paired', evs, {'id': 'paired', 'metrics': [
        {'name': 'accuracy', 'kind': 'mean', 'better': 'higher', 'role': 'primary'},
        {'name': 'pass', 'kind': 'proportion', 'better': 'higher', 'role': 'secondary'}]},
        {'metrics': {'accuracy': paired(a, b), 'pass': {**mcnemar(list(pa), list(pb)), **{k: v for k, v in paired(pa, pb).items() if k in ('effect', 'ci')}}}})

    # identical: both arms the same values
    a = rng.normal(100, 10, 50).round(2)
    evs = events('A', 'tokens', a) + events('B', 'tokens', a)
    a, b = values_of(evs, 'A', 'tokens'), values_of(evs, 'B', 'tokens')
    write('identical', evs, {'id': 'identical', 'metrics': [{'name': 'tokens', 'kind': 'mean', 'better': 'lower', 'role': 'primary'}]},
          {'metrics': {'tokens': welch(a, b)}, 'srm': srm(50, 50)})

    # sample-ratio mismatch: 600 vs 400 units for a planned 50/50
    ua = [f'u{i}' for i in range(600)]
    ub = [f'v{i}' for i in range(400)]
    a = rng.normal(200, 30, 600).round(1)
    b = rng.normal(195, 30, 400).round(1)
    evs = events('A', 'response_time', a, ua) + events('B', 'response_time', b, ub)
    a, b = values_of(evs, 'A', 'response_time'), values_of(evs, 'B', 'response_time')
    write('srm', evs, {'id': 'srm', 'split': {'A': 50, 'B': 50}, 'metrics': [{'name': 'response_time', 'kind': 'mean', 'better': 'lower', 'role': 'primary'}]},
          {'metrics': {'response_time': welch(a, b)}, 'srm': srm(600, 400)})

    # a planned 70/30 split that was honoured: no mismatch
    ua = [f'w{i}' for i in range(700)]
    ub = [f'x{i}' for i in range(290)]
    evs = events('A', 'error', [0] * 700, ua) + events('B', 'error', [0] * 289 + [1], ub)
    write('split-70-30', evs, {'id': 'split-70-30', 'split': {'A': 70, 'B': 30}, 'metrics': [{'name': 'error', 'kind': 'proportion', 'better': 'lower', 'role': 'guardrail'}]},
          {'metrics': {'error': proportions([0] * 700, [0] * 289 + [1])}, 'srm': srm(700, 290, 0.7, 0.3)})

    # several calls per unit: the analysis compares unit means (the unit of assignment)
    evs = []
    unit_means = {'A': [], 'B': []}
    for variant, n_units, centre in (('A', 40, 200.0), ('B', 35, 185.0)):
        for u in range(n_units):
            calls = (rng.lognormal(np.log(centre), 0.3, 1 + rng.randint(0, 5))).round(1)
            unit = f'{variant.lower()}-user-{u:02d}'
            evs += events(variant, 'response_time', calls, [unit] * len(calls))
            unit_means[variant].append(float(np.mean([float(c) for c in calls])))
    write('repeated-units', evs, {'id': 'repeated-units', 'metrics': [{'name': 'response_time', 'kind': 'mean', 'better': 'lower', 'role': 'primary'}]},
          {'metrics': {'response_time': {**welch(unit_means['A'], unit_means['B']), 'nA': 40, 'nB': 35}}, 'srm': srm(40, 35)})

    with open(os.path.join(OUT, 'reference.json'), 'w') as f:
        json.dump({'generator': 'test/ab/reference/generate.py', 'scipy': scipy.__version__,
                   'numpy': np.__version__, 'alpha': ALPHA, 'datasets': REFERENCE}, f, indent=2, sort_keys=True)
        f.write('\n')


if __name__ == '__main__':
    main()
