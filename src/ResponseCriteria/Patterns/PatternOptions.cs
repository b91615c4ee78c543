using System;
using ResponseCriteria.Recist11;

namespace ResponseCriteria.Patterns;

/// <summary>Thresholds of the response-pattern detectors (criteria §4), with their defaults. Immutable; setters validate.</summary>
public sealed class PatternOptions
{
    /// <summary>The options with every default.</summary>
    public static PatternOptions Default { get; } = new();

    /// <summary>A lesion responds when it is at least this many percent smaller than at baseline (or gone). Default 30 (the RECIST 1.1 PR threshold).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not between 0 and 100.</exception>
    public decimal ResponseDecreasePercent { get; init => field = value is >= 0m and <= 100m ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Percent must be 0 to 100."); } = Thresholds.PartialResponseDecreasePercent;

    /// <summary>A lesion grows when it is at least this many percent above its own nadir … Default 20 (the RECIST 1.1 PD threshold).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public decimal GrowthIncreasePercent { get; init => field = Preconditions.CheckNonNegative(value, nameof(value)); } = Thresholds.ProgressionIncreasePercent;

    /// <summary>… and at least this many millimetres above it. Default 5 (the RECIST 1.1 minimum increase).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public decimal GrowthMinimumMillimetres { get; init => field = Preconditions.CheckNonNegative(value, nameof(value)); } = Thresholds.ProgressionMinimumIncreaseMillimetres;

    /// <summary>
    /// The definition that makes the <see cref="ResponsePattern.Hyperprogression"/> pattern (every computable definition is reported
    /// either way). Default <see cref="HyperprogressionDefinition.Champiat2017"/>, the original definition.
    /// </summary>
    public HyperprogressionDefinition HyperprogressionDefinition { get; init; } = HyperprogressionDefinition.Champiat2017;

    /// <summary>The thresholds as the detector compares them, made on first use (the options are immutable by then).</summary>
    internal PatternDetector.Limits Limits => field ??= new PatternDetector.Limits(this);
}
