using System;
using System.Collections.Generic;
using System.Linq;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace ResponseCriteria.Endpoints.Statistics;

/// <summary>The log-rank test of equal survival between groups (R <c>survival::survdiff</c>, rho = 0).</summary>
public sealed class LogRank
{
    private LogRank(IReadOnlyList<string> groups, double[] observed, double[] expected, double chiSquare, int degreesOfFreedom)
    {
        Groups = groups;
        Observed = observed;
        Expected = expected;
        ChiSquare = chiSquare;
        DegreesOfFreedom = degreesOfFreedom;
        PValue = degreesOfFreedom > 0 ? 1 - ChiSquared.CDF(degreesOfFreedom, chiSquare) : double.NaN;
    }

    /// <summary>The groups, in ordinal order.</summary>
    public IReadOnlyList<string> Groups { get; }

    /// <summary>Observed events per group.</summary>
    public IReadOnlyList<double> Observed { get; }

    /// <summary>Expected events per group under equal survival.</summary>
    public IReadOnlyList<double> Expected { get; }

    /// <summary>The chi-square statistic.</summary>
    public double ChiSquare { get; }

    /// <summary>Degrees of freedom: groups with expected events, less one.</summary>
    public int DegreesOfFreedom { get; }

    /// <summary>The p-value (NaN with fewer than two groups with expected events).</summary>
    public double PValue { get; }

    /// <summary>Tests the groups.</summary>
    /// <param name="times">Each subject's group, time and whether the time is an event (false: censored).</param>
    /// <exception cref="ArgumentNullException"><paramref name="times"/> is null.</exception>
    /// <exception cref="ArgumentException">A time is negative or not a number.</exception>
    public static LogRank Test(IEnumerable<(string Group, double Time, bool Event)> times)
    {
        ArgumentNullException.ThrowIfNull(times);
        var data = times.ToArray();
        if (Array.Exists(data, d => !(d.Time >= 0)))
        {
            throw new ArgumentException("expected times from 0", nameof(times));
        }

        var groups = data.Select(d => d.Group).Distinct().Order(StringComparer.Ordinal).ToArray();
        var index = groups.Select((g, i) => (g, i)).ToDictionary(x => x.g, x => x.i, StringComparer.Ordinal);
        var k = groups.Length;
        var observed = new double[k];
        var expected = new double[k];
        var variance = Matrix<double>.Build.Dense(k, k);
        var atRisk = new double[k];
        foreach (var d in data)
        {
            atRisk[index[d.Group]]++;
        }

        // One sweep over the subjects in time order (n log n): the events and departures of each distinct time together.
        var order = data.OrderBy(d => d.Time).ToArray();
        var events = new double[k];
        var leaving = new double[k];
        for (var start = 0; start < order.Length;)
        {
            var time = order[start].Time;
            Array.Clear(events);
            Array.Clear(leaving);
            var end = start;
            for (; end < order.Length && order[end].Time == time; end++)
            {
                var g = index[order[end].Group];
                leaving[g]++;
                events[g] += order[end].Event ? 1 : 0;
            }

            var n = atRisk.Sum();
            var dead = events.Sum();
            if (dead > 0)
            {
                for (var g = 0; g < k; g++)
                {
                    observed[g] += events[g];
                    expected[g] += dead * atRisk[g] / n;
                    if (n > 1)
                    {
                        for (var h = 0; h < k; h++)
                        {
                            variance[g, h] += dead * (n - dead) / (n - 1) * (atRisk[g] / n) * ((g == h ? 1 : 0) - (atRisk[h] / n));
                        }
                    }
                }
            }

            for (var g = 0; g < k; g++)
            {
                atRisk[g] -= leaving[g];
            }

            start = end;
        }

        var used = Enumerable.Range(0, k).Where(g => expected[g] > 0).ToArray();
        var df = used.Length - 1;
        var chi = 0.0;
        if (df > 0)
        {
            // The first df groups with expected events: the variance matrix of all of them is singular (rows sum to 0).
            var keep = used[..df];
            var v = Matrix<double>.Build.Dense(df, df, (i, j) => variance[keep[i], keep[j]]);
            var diff = Vector<double>.Build.Dense(df, i => observed[keep[i]] - expected[keep[i]]);
            chi = diff * v.Inverse() * diff;
        }

        return new LogRank(groups, observed, expected, chi, df);
    }
}
