using System;
using ResponseCriteria.Recist11;

namespace ResponseCriteria.IRecist;

/// <summary>
/// Options of the iRECIST evaluator, each with its documented default (docs/criteria.md). The RECIST 1.1 machinery it
/// shares (thresholds of the target and non-target rules, confirmation of iCR/iPR, the iSD minimum) takes
/// <see cref="Recist11"/>. Immutable; every setter validates its value.
/// </summary>
public sealed class IRecistOptions
{
    /// <summary>The options with every default.</summary>
    public static IRecistOptions Default { get; } = new();

    /// <summary>The shared RECIST 1.1 options (confirmation of iCR/iPR, iSD minimum, TSTM size, …). Default <see cref="Recist11Options.Default"/>.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public Recist11Options Recist11 { get; init => field = value ?? throw new ArgumentNullException(nameof(value)); } = Recist11Options.Default;

    /// <summary>The least days from an iUPD to an assessment that can confirm it. Default 28 ([S17]: 4–8 weeks).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int IUpdConfirmationMinimumDays { get; init => field = Preconditions.CheckNonNegative(value, nameof(value)); } = 28;

    /// <summary>
    /// The most days from an iUPD to a timely confirming assessment. Default 56 ([S17]). A later assessment still confirms,
    /// with a warning (criteria Q5).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int IUpdConfirmationMaximumDays { get; init => field = Preconditions.CheckNonNegative(value, nameof(value)); } = 56;

    /// <summary>
    /// Whether, after an iUPD from new lesions, targets that shrank further while the new lesions did not grow reset the call to
    /// iPR/iSD ([FAQ] scenario B, criteria Q7). Default true; false keeps the literal [S17] Table 2 reading (stays iUPD).
    /// </summary>
    public bool ResetWhenTargetsShrinkAfterNewLesion { get; init; } = true;

    /// <summary>
    /// Whether a scan earlier than <see cref="IUpdConfirmationMinimumDays"/> after the iUPD, whose
    /// <see cref="Series.Assessment.Unscheduled"/> is not recorded, may confirm the iUPD by an additional new lesion ([FAQ]: an
    /// unscheduled scan done for a new symptom may). Default true (protocols rarely schedule a scan that early); a scan recorded
    /// as unscheduled always may, one recorded as scheduled never does.
    /// </summary>
    public bool EarlyScanWithNewLesionConfirms { get; init; } = true;

    /// <summary>
    /// Whether a scan done earlier than <see cref="IUpdConfirmationMinimumDays"/> after an iUPD is left out of the nadir.
    /// Default false: every fully measured target sum counts for the nadir (criteria Q13).
    /// </summary>
    public bool ExcludeEarlyScansFromNadir { get; init; }
}
