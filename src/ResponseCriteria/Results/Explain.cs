using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace ResponseCriteria.Results;

/// <summary>Invariant formatting of the figures used in explanations.</summary>
internal static class Explain
{
    internal static string Mm(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture) + " mm";

    /// <summary>A size, or "n/a" when there is none.</summary>
    internal static string MmOrNone(decimal? value) => value.HasValue ? Mm(value.Value) : "n/a";

    /// <summary>A percentage (see <see cref="Percent"/>), or "n/a" when there is none.</summary>
    internal static string PercentOrNone(decimal? value, decimal threshold) => value.HasValue ? Percent(value.Value, threshold) : "n/a";

    /// <summary>A threshold or count as written in a rule: "20", "2.5".</summary>
    internal static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    internal static string SignedMm(decimal value) => value.ToString("+0.##;-0.##;0", CultureInfo.InvariantCulture) + " mm";

    /// <summary>A signed percentage with one decimal, or more where one decimal would round onto a threshold it does not reach.</summary>
    internal static string Percent(decimal value, params decimal[] thresholds)
    {
        var rounded = Math.Round(value, 1, MidpointRounding.AwayFromZero);
        for (var decimals = 2; decimals <= 6 && rounded != value && Array.IndexOf(thresholds, rounded) >= 0; decimals++)
        {
            rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        }

        return rounded.ToString("+0.0#####;-0.0#####;0.0", CultureInfo.InvariantCulture) + "%";
    }

    internal static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    internal static string Ids(IReadOnlyList<string> ids) => string.Join(", ", ids);
}
