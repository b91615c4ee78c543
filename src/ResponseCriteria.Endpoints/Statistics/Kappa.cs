using System;
using System.Collections.Generic;
using System.Linq;
using MathNet.Numerics.Distributions;

namespace ResponseCriteria.Endpoints.Statistics;

/// <summary>How disagreements between two ordered categories are weighted.</summary>
public enum KappaWeights
{
    /// <summary>Every disagreement counts fully (Cohen's kappa).</summary>
    Unweighted,

    /// <summary>Agreement weight 1 − |i − j| / (k − 1): near misses count partly (linear-weighted kappa).</summary>
    Linear,
}

/// <summary>
/// Cohen's kappa between two readers' categorical calls (e.g. best overall response by investigator and central review),
/// with the large-sample variance of Fleiss, Cohen and Everitt (1969) and a normal confidence interval.
/// </summary>
public sealed class Kappa
{
    private Kappa(IReadOnlyList<string> categories, int[,] table, int n, double observed, double expected, double value, double standardError, double level, KappaWeights weights)
    {
        Categories = categories;
        Table = table;
        Count = n;
        ObservedAgreement = observed;
        ExpectedAgreement = expected;
        Value = value;
        StandardError = standardError;
        Level = level;
        Weights = weights;
        var z = Normal.InvCDF(0, 1, 1 - ((1 - level) / 2));
        Lower = Math.Max(-1, value - (z * standardError));
        Upper = Math.Min(1, value + (z * standardError));
    }

    /// <summary>The categories in the order given (the order linear weights use).</summary>
    public IReadOnlyList<string> Categories { get; }

    /// <summary>The counts: rows the first reader, columns the second, in <see cref="Categories"/> order.</summary>
    public int[,] Table { get; }

    /// <summary>The number of pairs.</summary>
    public int Count { get; }

    /// <summary>The observed (weighted) agreement.</summary>
    public double ObservedAgreement { get; }

    /// <summary>The (weighted) agreement expected by chance from the margins.</summary>
    public double ExpectedAgreement { get; }

    /// <summary>Kappa: (observed − expected) / (1 − expected).</summary>
    public double Value { get; }

    /// <summary>The standard error (Fleiss, Cohen and Everitt 1969).</summary>
    public double StandardError { get; }

    /// <summary>The lower confidence limit (at least −1).</summary>
    public double Lower { get; }

    /// <summary>The upper confidence limit (at most 1).</summary>
    public double Upper { get; }

    /// <summary>The confidence level.</summary>
    public double Level { get; }

    /// <summary>The weights.</summary>
    public KappaWeights Weights { get; }

    /// <summary>Computes kappa.</summary>
    /// <param name="pairs">The two readers' calls of each subject.</param>
    /// <param name="categories">The ordered categories (every call must be one; e.g. CR, PR, SD, PD, NE).</param>
    /// <param name="weights">The weights (default unweighted).</param>
    /// <param name="level">The confidence level (default 0.95).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A call is not one of the categories, fewer than two categories, or no pair.</exception>
    public static Kappa Compute(IEnumerable<(string First, string Second)> pairs, IReadOnlyList<string> categories, KappaWeights weights = KappaWeights.Unweighted, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentNullException.ThrowIfNull(categories);
        var k = categories.Count;
        if (k < 2)
        {
            throw new ArgumentException("expected at least two categories", nameof(categories));
        }

        var index = categories.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
        var table = new int[k, k];
        var n = 0;
        foreach (var (first, second) in pairs)
        {
            if (!index.TryGetValue(first, out var i) || !index.TryGetValue(second, out var j))
            {
                throw new ArgumentException($"expected calls among {string.Join(", ", categories)}, found '{(index.ContainsKey(first) ? second : first)}'", nameof(pairs));
            }

            table[i, j]++;
            n++;
        }

        if (n == 0)
        {
            throw new ArgumentException("expected at least one pair", nameof(pairs));
        }

        var w = new double[k, k];
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                w[i, j] = weights == KappaWeights.Linear ? 1 - (Math.Abs(i - j) / (double)(k - 1)) : i == j ? 1 : 0;
            }
        }

        var p = new double[k, k];
        var rows = new double[k];
        var cols = new double[k];
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                p[i, j] = table[i, j] / (double)n;
                rows[i] += p[i, j];
                cols[j] += p[i, j];
            }
        }

        double po = 0, pe = 0;
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                po += w[i, j] * p[i, j];
                pe += w[i, j] * rows[i] * cols[j];
            }
        }

        var kappa = (po - pe) / (1 - pe);
        var rowMean = new double[k];
        var colMean = new double[k];
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                rowMean[i] += cols[j] * w[i, j];
                colMean[j] += rows[i] * w[i, j];
            }
        }

        var sum = 0.0;
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                var d = w[i, j] - ((rowMean[i] + colMean[j]) * (1 - kappa));
                sum += p[i, j] * d * d;
            }
        }

        var variance = (sum - Math.Pow(kappa - (pe * (1 - kappa)), 2)) / (n * Math.Pow(1 - pe, 2));
        return new Kappa(categories.ToArray(), table, n, po, pe, kappa, Math.Sqrt(Math.Max(0, variance)), level, weights);
    }
}
