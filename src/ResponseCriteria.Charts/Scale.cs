using System;
using System.Collections.Generic;

namespace ResponseCriteria.Charts;

/// <summary>A linear axis: the data range widened to round ticks (1, 2, 2.5 or 5 × 10^k apart), mapped onto pixels.</summary>
internal sealed class Scale
{
    internal Scale(double min, double max, double from, double to, int ticks = 6)
    {
        if (!(max > min))
        {
            max = min + 1;
        }

        Step = NiceStep((max - min) / Math.Max(1, ticks - 1));
        Min = Math.Floor(min / Step) * Step;
        Max = Math.Ceiling(max / Step) * Step;
        From = from;
        To = to;
    }

    private Scale(double min, double max, double step, double from, double to)
    {
        Min = min;
        Max = max;
        Step = step;
        From = from;
        To = to;
    }

    internal double Min { get; }

    internal double Max { get; }

    internal double Step { get; }

    internal double From { get; }

    internal double To { get; }

    /// <summary>An axis over exactly [min, max] (no widening), one step from end to end: for axes that draw their own ticks.</summary>
    internal static Scale Exact(double min, double max, double from, double to)
        => new(min, max > min ? max : min + 1, (max > min ? max : min + 1) - min, from, to);

    internal IReadOnlyList<double> Ticks
    {
        get
        {
            var ticks = new List<double>();
            for (var i = 0; Min + (i * Step) <= Max + (Step / 1000); i++)
            {
                ticks.Add(Math.Round(Min + (i * Step), 10));
            }

            return ticks;
        }
    }

    internal double Map(double value) => From + ((value - Min) / (Max - Min) * (To - From));

    /// <summary>The round step nearest above a raw step: 1, 2, 2.5 or 5 times a power of ten.</summary>
    internal static double NiceStep(double raw)
    {
        if (!(raw > 0))
        {
            return 1;
        }

        var power = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        foreach (var m in new[] { 1, 2, 2.5, 5, 10 })
        {
            if (raw <= m * power * (1 + 1e-9))
            {
                return m * power;
            }
        }

        return 10 * power;
    }
}
