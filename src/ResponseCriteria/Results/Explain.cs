using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace ResponseCriteria.Results;

/// <summary>Invariant formatting of the figures used in explanations.</summary>
internal static class Explain
{
    internal static string Mm(decimal value) => value >= 0m ? Digits(value, 0, 2, null, " mm") : value.ToString("0.##", CultureInfo.InvariantCulture) + " mm";

    /// <summary>A size, or "n/a" when there is none.</summary>
    internal static string MmOrNone(decimal? value) => value.HasValue ? Mm(value.Value) : "n/a";

    /// <summary>A percentage (see <see cref="Percent"/>), or "n/a" when there is none.</summary>
    internal static string PercentOrNone(decimal? value, decimal threshold) => value.HasValue ? Percent(value.Value, threshold) : "n/a";

    /// <summary>A threshold or count as written in a rule: "20", "2.5".</summary>
    internal static string Number(decimal value) => value >= 0m ? Digits(value, 0, 2, null, null) : value.ToString("0.##", CultureInfo.InvariantCulture);

    internal static string SignedMm(decimal value)
    {
        // As the format "+0.##;-0.##;0" gives it: a value that rounds to zero is written "0", whatever its sign.
        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        return rounded == 0m ? "0 mm" : Digits(Math.Abs(rounded), 0, 2, rounded > 0m ? "+" : "-", " mm");
    }

    /// <summary>A signed percentage with one decimal, or more where one decimal would round onto a threshold it does not reach.</summary>
    internal static string Percent(decimal value, params ReadOnlySpan<decimal> thresholds)
    {
        var rounded = Math.Round(value, 1, MidpointRounding.AwayFromZero);
        for (var decimals = 2; decimals <= 6 && rounded != value && thresholds.Contains(rounded); decimals++)
        {
            rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        }

        // As the format "+0.0#####;-0.0#####;0.0" gives it (rounded has at most six places): at least one place, a sign.
        return rounded == 0m ? "0.0%" : Digits(Math.Abs(rounded), 1, 6, rounded > 0m ? "+" : "-", "%");
    }

    internal static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    internal static string Ids(IReadOnlyList<string> ids) => string.Join(", ", ids);

    /// <summary>
    /// A non-negative value rounded half away from zero to <paramref name="most"/> (at most 9) places and written with at least
    /// <paramref name="least"/> of them (trailing zeros beyond those dropped, and the point with them), between
    /// <paramref name="prefix"/> and <paramref name="suffix"/>: what the custom formats "0.##" and "0.0#####" write, by the
    /// standard fixed-point format, which .NET formats several times faster.
    /// </summary>
    private static string Digits(decimal value, int least, int most, string? prefix, string? suffix)
    {
        Span<char> text = stackalloc char[48];
        ReadOnlySpan<char> fixedPoint = ['F', (char)('0' + most)];
        Math.Round(value, most, MidpointRounding.AwayFromZero).TryFormat(text, out var length, fixedPoint, CultureInfo.InvariantCulture);
        var point = text[..length].IndexOf('.');
        var end = length;
        while (end > point + 1 + least && text[end - 1] == '0')
        {
            end--;
        }

        end = end == point + 1 ? point : end;
        return string.Concat(prefix, text[..end], suffix);
    }
}
