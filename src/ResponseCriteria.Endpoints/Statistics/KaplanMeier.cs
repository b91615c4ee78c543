using System;
using System.Collections.Generic;
using System.Linq;
using MathNet.Numerics.Distributions;

namespace ResponseCriteria.Endpoints.Statistics;

/// <summary>The transformation of the pointwise confidence interval of a survival curve (R <c>survfit(conf.type = …)</c>).</summary>
public enum SurvivalInterval
{
    /// <summary>log(−log S): stays inside (0, 1) and behaves best in small samples (the default here; SAS LIFETEST's).</summary>
    LogLog,

    /// <summary>log S (R survfit's default).</summary>
    Log,

    /// <summary>S ± z·SE, clipped to [0, 1].</summary>
    Plain,
}

/// <summary>One time of a Kaplan–Meier curve: every distinct time, an event time or a censoring time.</summary>
/// <param name="Time">The time (days).</param>
/// <param name="AtRisk">Subjects at risk just before the time.</param>
/// <param name="Events">Events at the time.</param>
/// <param name="Censored">Subjects censored at the time.</param>
/// <param name="Survival">The estimate just after the time.</param>
/// <param name="StandardError">Greenwood's standard error of the cumulative hazard, −log S (R's <c>std.err</c>); the SE of S is S times it.</param>
/// <param name="Lower">The lower pointwise confidence limit; NaN where the transformation is undefined (S = 1, or S = 0).</param>
/// <param name="Upper">The upper pointwise confidence limit; NaN likewise.</param>
public readonly record struct KaplanMeierPoint(double Time, int AtRisk, int Events, int Censored, double Survival, double StandardError, double Lower, double Upper);

/// <summary>A quantile of the survival time (e.g. the median) with its confidence interval; null where a curve does not reach it.</summary>
/// <param name="Probability">The probability of the event by the time (0.5 for the median).</param>
/// <param name="Estimate">The estimate, or null when not reached.</param>
/// <param name="Lower">The lower confidence limit, or null.</param>
/// <param name="Upper">The upper confidence limit, or null (not reached: the interval is open above).</param>
public readonly record struct SurvivalQuantile(double Probability, double? Estimate, double? Lower, double? Upper);

/// <summary>
/// The Kaplan–Meier estimate of a survival curve with Greenwood's variance and pointwise confidence intervals, and quantiles
/// (the median) with the confidence interval read off the pointwise limits (Brookmeyer and Crowley's approach as
/// R <c>survival::quantile.survfit</c> computes it: where the curve is flat at the probability, the midpoint).
/// </summary>
public sealed class KaplanMeier
{
    private const double Tolerance = 1.4901161193847656E-08; // sqrt(double epsilon), R's default tolerance.

    private KaplanMeier(KaplanMeierPoint[] points, int subjects, double level, SurvivalInterval interval)
    {
        Points = points;
        Subjects = subjects;
        Events = points.Sum(p => p.Events);
        Level = level;
        Interval = interval;
    }

    /// <summary>The curve: one point per distinct time.</summary>
    public IReadOnlyList<KaplanMeierPoint> Points { get; }

    /// <summary>The subjects.</summary>
    public int Subjects { get; }

    /// <summary>The events.</summary>
    public int Events { get; }

    /// <summary>The confidence level.</summary>
    public double Level { get; }

    /// <summary>The pointwise interval's transformation.</summary>
    public SurvivalInterval Interval { get; }

    /// <summary>The median survival time with its confidence interval.</summary>
    public SurvivalQuantile Median => Quantile(0.5);

    /// <summary>Estimates the curve.</summary>
    /// <param name="times">Each subject's time and whether it is an event (false: censored).</param>
    /// <param name="level">The confidence level (default 0.95).</param>
    /// <param name="interval">The pointwise interval's transformation (default log-log).</param>
    /// <exception cref="ArgumentNullException"><paramref name="times"/> is null.</exception>
    /// <exception cref="ArgumentException">A time is negative or not a number.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The level is not strictly between 0 and 1.</exception>
    public static KaplanMeier Estimate(IEnumerable<(double Time, bool Event)> times, double level = 0.95, SurvivalInterval interval = SurvivalInterval.LogLog)
    {
        ArgumentNullException.ThrowIfNull(times);
        if (!(level > 0 && level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "expected a level strictly between 0 and 1");
        }

        var data = times.ToArray();
        if (Array.Exists(data, d => !(d.Time >= 0)))
        {
            throw new ArgumentException("expected times from 0", nameof(times));
        }

        var z = Normal.InvCDF(0, 1, 1 - ((1 - level) / 2));
        var points = new List<KaplanMeierPoint>();
        var atRisk = data.Length;
        double survival = 1, hazardVariance = 0;
        foreach (var group in data.GroupBy(d => d.Time).OrderBy(g => g.Key))
        {
            var events = group.Count(d => d.Event);
            var censored = group.Count() - events;
            if (events > 0)
            {
                survival *= 1 - ((double)events / atRisk);
                hazardVariance += atRisk == events ? double.PositiveInfinity : events / ((double)atRisk * (atRisk - events));
            }

            var se = Math.Sqrt(hazardVariance);
            var (lower, upper) = Limits(survival, se, z, interval);
            points.Add(new KaplanMeierPoint(group.Key, atRisk, events, censored, survival, se, lower, upper));
            atRisk -= events + censored;
        }

        return new KaplanMeier(points.ToArray(), data.Length, level, interval);
    }

    /// <summary>The estimate at a time (1 before the first event).</summary>
    /// <param name="time">The time.</param>
    public double SurvivalAt(double time)
    {
        var s = 1.0;
        foreach (var p in Points)
        {
            if (p.Time > time)
            {
                break;
            }

            s = p.Survival;
        }

        return s;
    }

    /// <summary>The subjects at risk at a time (time ≥ it), as numbers-at-risk tables print them.</summary>
    /// <param name="time">The time.</param>
    public int AtRisk(double time)
    {
        foreach (var p in Points)
        {
            if (p.Time >= time)
            {
                return p.AtRisk;
            }
        }

        return 0;
    }

    /// <summary>A quantile of the survival time: the first time the curve falls to 1 − <paramref name="probability"/> or below.</summary>
    /// <param name="probability">The probability of the event, strictly between 0 and 1 (0.5: the median; 0.25: the first quartile).</param>
    /// <exception cref="ArgumentOutOfRangeException">The probability is not strictly between 0 and 1.</exception>
    public SurvivalQuantile Quantile(double probability)
    {
        if (!(probability > 0 && probability < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "expected a probability strictly between 0 and 1");
        }

        return new SurvivalQuantile(
            probability,
            Find(Points.Select(p => p.Survival), probability),
            Find(Points.Select(p => p.Lower), probability),
            Find(Points.Select(p => p.Upper), probability));
    }

    /// <summary>
    /// Where a curve (one value per point; NaN skipped) first reaches 1 − p: R's <c>findq</c>. A curve flat at exactly 1 − p
    /// gives the midpoint of the flat stretch (to the last time when it stays flat to the end).
    /// </summary>
    private double? Find(IEnumerable<double> curve, double p)
    {
        // (time, 1 − S) from (0, 0), keeping the first time of each level: the time the curve dropped to it.
        var xs = new List<double> { 0 };
        var ys = new List<double> { 0 };
        var seen = new HashSet<double> { 0 };
        foreach (var (time, s) in Points.Select(pt => pt.Time).Zip(curve))
        {
            var y = 1 - s;
            if (double.IsNaN(y))
            {
                // Undefined limits (S = 1 or 0 under log-log) are no point: R's approx() drops them.
                continue;
            }

            if (seen.Add(y))
            {
                xs.Add(time);
                ys.Add(y);
            }
        }

        if (ys.Max() < p)
        {
            return null;
        }

        var first = ys.FindIndex(y => y + Tolerance >= p);
        var after = ys.FindIndex(y => y - Tolerance >= p);
        if (first < 0)
        {
            return null;
        }

        if (after < 0)
        {
            // Flat at 1 − p to the end: the midpoint with the last time observed (R's "lastpt").
            return Math.Abs(p - ys[^1]) < Tolerance ? (xs[first] + Points[^1].Time) / 2 : null;
        }

        return (xs[first] + xs[after]) / 2;
    }

    private static (double Lower, double Upper) Limits(double s, double se, double z, SurvivalInterval interval)
    {
        switch (interval)
        {
            case SurvivalInterval.Plain:
                var half = z * se * s;
                return double.IsNaN(half) ? (double.NaN, double.NaN) : (Math.Max(s - half, 0), Math.Min(s + half, 1));
            case SurvivalInterval.Log:
                return s == 0 ? (double.NaN, double.NaN) : (Math.Exp(Math.Log(s) - (z * se)), Math.Min(Math.Exp(Math.Log(s) + (z * se)), 1));
            default:
                if (s == 0 || s == 1)
                {
                    return (double.NaN, double.NaN);
                }

                var width = z * se / Math.Log(s);
                return (Math.Exp(-Math.Exp(Math.Log(-Math.Log(s)) - width)), Math.Exp(-Math.Exp(Math.Log(-Math.Log(s)) + width)));
        }
    }
}
