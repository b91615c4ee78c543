namespace ResponseCriteria.Lesions;

/// <summary>What a target measurement records.</summary>
public enum MeasurementKind
{
    /// <summary>Not evaluable (not assessed, unreadable, or not recorded). The default.</summary>
    NotEvaluable = 0,

    /// <summary>Measured in millimetres (0 = disappeared).</summary>
    Measured = 1,

    /// <summary>Present but too small to measure; counts as a fixed size (5 mm by default).</summary>
    TooSmallToMeasure = 2,
}
