namespace ResponseCriteria.Patterns;

/// <summary>
/// A threshold of a decimal rule in doubles, widened by 10^-12 of itself on either side: a value (converted to a double) below
/// <see cref="Below"/> is below the exact threshold, one above <see cref="Above"/> above it, and only a value inside the band is
/// compared in decimals. The conversions and the one or two operations that make a threshold err by less than 10^-15 of it, so
/// every decision is the decimal one; the pattern detector compares non-negative sizes only (no cancellation).
/// </summary>
internal readonly record struct Band(double Below, double Above)
{
    /// <summary>No value is below it, every value above it (a band no value falls in: −infinity).</summary>
    internal static Band Never => new(double.NegativeInfinity, double.NegativeInfinity);

    /// <summary>No value is above it (a threshold not yet known: +infinity).</summary>
    internal static Band Unknown => new(double.PositiveInfinity, double.PositiveInfinity);

    /// <summary>The band around <paramref name="threshold"/> (non-negative).</summary>
    internal static Band Around(double threshold) => new(threshold * (1 - 1e-12), threshold * (1 + 1e-12));
}
