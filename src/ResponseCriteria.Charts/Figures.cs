using System.Globalization;

namespace ResponseCriteria.Charts;

/// <summary>How the charts and the report write figures: one format for a change in percent and one for a number of days.</summary>
internal static class Figures
{
    /// <summary>A change in percent with its sign and one decimal ("+12.5%", "-30.0%"), or <paramref name="none"/> when there is none.</summary>
    internal static string Change(decimal? value, string none = "n/a")
        => value is { } v ? (v > 0 ? "+" : string.Empty) + v.ToString("0.0", CultureInfo.InvariantCulture) + "%" : none;

    /// <summary>Days with at most one decimal (a median can fall between two days), or NR when not reached.</summary>
    internal static string Days(double? days) => days is { } d ? d.ToString("0.#", CultureInfo.InvariantCulture) : "NR";
}
