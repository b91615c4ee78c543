using System;

namespace ResponseCriteria.Lesions;

/// <summary>
/// One lesion's size at one assessment: millimetres (longest diameter, or short axis for a lymph node;
/// 0 = disappeared), too small to measure, or not evaluable. <c>default(Measurement)</c> is
/// <see cref="NotEvaluable"/>, so an unset value can never pass for a size.
/// </summary>
public readonly struct Measurement : IEquatable<Measurement>
{
    private readonly decimal millimetres;

    private Measurement(MeasurementKind kind, decimal millimetres)
    {
        Kind = kind;
        this.millimetres = millimetres;
    }

    /// <summary>Not evaluable: the lesion was not assessed or could not be read.</summary>
    public static Measurement NotEvaluable => default;

    /// <summary>Present but too small to measure.</summary>
    public static Measurement TooSmallToMeasure => new(MeasurementKind.TooSmallToMeasure, 0m);

    /// <summary>Judged to have disappeared: 0 mm.</summary>
    public static Measurement Disappeared => new(MeasurementKind.Measured, 0m);

    /// <summary>What this measurement records.</summary>
    public MeasurementKind Kind { get; }

    /// <summary>The size in millimetres when <see cref="Kind"/> is <see cref="MeasurementKind.Measured"/>; otherwise null.</summary>
    public decimal? Millimetres => Kind == MeasurementKind.Measured ? millimetres : null;

    /// <summary>The size as a double (the nearest to the decimal; 0 unless measured): for deciding thresholds far from a tie.</summary>
    internal double MillimetresAsDouble => (double)millimetres;

    /// <summary>Whether the lesion was evaluated (measured or too small to measure).</summary>
    public bool IsEvaluable => Kind != MeasurementKind.NotEvaluable;

    /// <summary>The largest size accepted, in millimetres (one kilometre: no lesion is that large; it keeps every sum exact).</summary>
    public const decimal MaximumMillimetres = 1_000_000m;

    /// <summary>A size in millimetres.</summary>
    /// <param name="millimetres">The size, from 0 (disappeared) to <see cref="MaximumMillimetres"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="millimetres"/> is negative or above <see cref="MaximumMillimetres"/>.</exception>
    public static Measurement FromMillimetres(decimal millimetres)
    {
        // Most sizes are decided by their double, well inside the range; the decimals are compared only near or past a bound.
        var approximately = (double)millimetres;
        if (!(approximately >= 0 && approximately <= 999_999) && (millimetres < 0m || millimetres > MaximumMillimetres))
        {
            throw new ArgumentOutOfRangeException(nameof(millimetres), millimetres, "A size must be from 0 to 1,000,000 mm.");
        }

        return new(MeasurementKind.Measured, millimetres);
    }

    /// <summary>The size used in a sum: millimetres, <paramref name="tooSmallToMeasure"/> for TSTM, null when not evaluable.</summary>
    /// <param name="tooSmallToMeasure">The size that stands for "too small to measure" (5 mm by the guideline).</param>
    public decimal? ValueForSum(decimal tooSmallToMeasure) => Kind switch
    {
        MeasurementKind.Measured => millimetres,
        MeasurementKind.TooSmallToMeasure => tooSmallToMeasure,
        _ => null,
    };

    /// <inheritdoc/>
    public bool Equals(Measurement other) => Kind == other.Kind && millimetres == other.millimetres;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Measurement other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, millimetres);

    /// <summary>Equality of kind and size.</summary>
    public static bool operator ==(Measurement left, Measurement right) => left.Equals(right);

    /// <summary>Inequality of kind or size.</summary>
    public static bool operator !=(Measurement left, Measurement right) => !left.Equals(right);

    /// <summary>"12.5 mm", "TSTM" or "NE".</summary>
    public override string ToString() => Kind switch
    {
        MeasurementKind.Measured => Results.Explain.Mm(millimetres),
        MeasurementKind.TooSmallToMeasure => "TSTM",
        _ => "NE",
    };
}
