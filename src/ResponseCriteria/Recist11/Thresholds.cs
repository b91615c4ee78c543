namespace ResponseCriteria.Recist11;

/// <summary>The fixed numbers of RECIST 1.1 [E09], in one place.</summary>
public static class Thresholds
{
    /// <summary>PR: the target sum is at least this many percent below baseline (inclusive).</summary>
    public const decimal PartialResponseDecreasePercent = 30m;

    /// <summary>PD: the target sum is at least this many percent above the nadir (inclusive).</summary>
    public const decimal ProgressionIncreasePercent = 20m;

    /// <summary>PD: the target sum is at least this many millimetres above the nadir (inclusive); default of the option.</summary>
    public const decimal ProgressionMinimumIncreaseMillimetres = 5m;

    /// <summary>A target lymph node is normal when its short axis is under this many millimetres.</summary>
    public const decimal NormalNodeShortAxisMillimetres = 10m;

    /// <summary>A non-nodal lesion is measurable when its longest diameter is at least this many millimetres (CT/MRI).</summary>
    public const decimal MeasurableLesionMillimetres = 10m;

    /// <summary>A lymph node is measurable (and may be a target) when its short axis is at least this many millimetres.</summary>
    public const decimal MeasurableNodeShortAxisMillimetres = 15m;

    /// <summary>The size a lesion too small to measure counts for; default of the option.</summary>
    public const decimal TooSmallToMeasureMillimetres = 5m;

    /// <summary>At most this many target lesions in all.</summary>
    public const int MaximumTargets = 5;

    /// <summary>At most this many target lesions per organ (all lymph nodes are one organ).</summary>
    public const int MaximumTargetsPerOrgan = 2;
}
