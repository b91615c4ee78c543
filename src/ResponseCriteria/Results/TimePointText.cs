namespace ResponseCriteria.Results;

/// <summary>
/// Builds a time point's explanation from its data when it is first read, never during evaluation. One instance per evaluated
/// series holds what the time point does not (the criteria, the options, whether there are targets).
/// </summary>
internal abstract class TimePointText
{
    /// <summary>The text of an assessment that is not used.</summary>
    internal const string NotUsable = "NE: the assessment is not dated after the one before it and is not used";

    /// <summary>The explanation of <paramref name="timePoint"/>.</summary>
    internal abstract string Explain(TimePointResult timePoint);
}
