using System;
using MathNet.Numerics.Distributions;

namespace ResponseCriteria.Endpoints.Statistics;

/// <summary>How the confidence interval of a proportion is computed.</summary>
public enum ProportionInterval
{
    /// <summary>Clopper–Pearson exact interval from beta quantiles (R <c>binom.test</c>); never narrower than its level promises.</summary>
    ClopperPearson,

    /// <summary>Wilson score interval without continuity correction (R <c>prop.test(correct = FALSE)</c>).</summary>
    Wilson,
}

/// <summary>A proportion (a response rate) with its confidence interval.</summary>
public sealed class Proportion
{
    private Proportion(int count, int total, double lower, double upper, double level, ProportionInterval method)
    {
        Count = count;
        Total = total;
        Lower = lower;
        Upper = upper;
        Level = level;
        Method = method;
    }

    /// <summary>The subjects counted (e.g. responders).</summary>
    public int Count { get; }

    /// <summary>The subjects in the denominator.</summary>
    public int Total { get; }

    /// <summary>Count / Total; NaN when Total is 0.</summary>
    public double Estimate => Total == 0 ? double.NaN : (double)Count / Total;

    /// <summary>The lower confidence limit (NaN when Total is 0).</summary>
    public double Lower { get; }

    /// <summary>The upper confidence limit (NaN when Total is 0).</summary>
    public double Upper { get; }

    /// <summary>The confidence level (e.g. 0.95).</summary>
    public double Level { get; }

    /// <summary>The interval's method.</summary>
    public ProportionInterval Method { get; }

    /// <summary>Computes a proportion and its interval.</summary>
    /// <param name="count">The subjects counted, 0 to <paramref name="total"/>.</param>
    /// <param name="total">The denominator, from 0.</param>
    /// <param name="level">The confidence level, strictly between 0 and 1 (default 0.95).</param>
    /// <param name="method">The interval (default Clopper–Pearson).</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, above the total, or the level is not in (0, 1).</exception>
    public static Proportion Of(int count, int total, double level = 0.95, ProportionInterval method = ProportionInterval.ClopperPearson)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        if (count < 0 || count > total)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, $"expected 0 to {total}");
        }

        if (!(level > 0 && level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "expected a level strictly between 0 and 1");
        }

        if (total == 0)
        {
            return new Proportion(0, 0, double.NaN, double.NaN, level, method);
        }

        var alpha = 1 - level;
        if (method == ProportionInterval.Wilson)
        {
            var z = Normal.InvCDF(0, 1, 1 - (alpha / 2));
            var p = (double)count / total;
            var centre = (p + (z * z / (2.0 * total))) / (1 + (z * z / total));
            var half = z * Math.Sqrt((p * (1 - p) / total) + (z * z / (4.0 * total * total))) / (1 + (z * z / total));
            return new Proportion(count, total, Math.Max(0, centre - half), Math.Min(1, centre + half), level, method);
        }

        var lower = count == 0 ? 0 : Beta.InvCDF(count, total - count + 1, alpha / 2);
        var upper = count == total ? 1 : Beta.InvCDF(count + 1, total - count, 1 - (alpha / 2));
        return new Proportion(count, total, lower, upper, level, method);
    }

    /// <inheritdoc/>
    public override string ToString()
        => FormattableString.Invariant($"{Count}/{Total} = {Estimate * 100:0.0}% ({Level * 100:0.#}% CI {Lower * 100:0.0}%–{Upper * 100:0.0}%, {Method})");
}
