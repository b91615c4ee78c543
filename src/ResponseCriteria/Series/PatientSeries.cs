using System;
using System.Collections.Generic;
using NodaTime;
using ResponseCriteria.Lesions;

namespace ResponseCriteria.Series;

/// <summary>
/// One patient's measurement series: the lesions chosen at baseline, the baseline assessment, the
/// follow-up assessments in date order, and optionally a scan before baseline (for growth kinetics).
/// Immutable. Data problems (dates out of order, undeclared lesions, duplicate ids) are not rejected here:
/// the evaluators report them as diagnostics.
/// </summary>
public sealed class PatientSeries
{
    /// <summary>Creates a series.</summary>
    /// <param name="lesions">The lesions chosen at baseline (targets and non-targets).</param>
    /// <param name="baseline">The baseline assessment.</param>
    /// <param name="followUps">The follow-up assessments, in date order.</param>
    /// <param name="preBaseline">An optional scan before baseline (targets only are used).</param>
    /// <param name="id">An optional name for the series (patient or case id).</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">A lesion or follow-up is null.</exception>
    public PatientSeries(
        IEnumerable<Lesion> lesions,
        Assessment baseline,
        IEnumerable<Assessment> followUps,
        Assessment? preBaseline = null,
        string? id = null)
    {
        lesionArray = Preconditions.CheckElementsNotNull(lesions, nameof(lesions));
        Baseline = Preconditions.CheckNotNull(baseline, nameof(baseline));
        followUpArray = Preconditions.CheckElementsNotNull(followUps, nameof(followUps));
        PreBaseline = preBaseline;
        Id = id;
    }

    /// <summary>The series name, or null.</summary>
    public string? Id { get; }

    /// <summary>The lesions chosen at baseline.</summary>
    public IReadOnlyList<Lesion> Lesions => field ??= Array.AsReadOnly(lesionArray);

    /// <summary>The lesions, for the rules' loops (no interface call).</summary>
    internal ReadOnlySpan<Lesion> LesionSpan => lesionArray;

    private readonly Lesion[] lesionArray;

    /// <summary>The baseline assessment.</summary>
    public Assessment Baseline { get; }

    /// <summary>The follow-up assessments in the order given (expected: date order).</summary>
    public IReadOnlyList<Assessment> FollowUps => field ??= Array.AsReadOnly(followUpArray);

    /// <summary>The follow-ups, for the evaluators (no interface call; never changed).</summary>
    internal Assessment[] FollowUpArray => followUpArray;

    private readonly Assessment[] followUpArray;

    /// <summary>A scan before baseline, or null.</summary>
    public Assessment? PreBaseline { get; }

    /// <summary>
    /// The date treatment started or the patient was randomised, when known: the SD minimum of best overall response counts
    /// from it ([E09]: SD "after study entry"; the baseline scan may be up to 4 weeks earlier). Null: from the baseline scan.
    /// </summary>
    public LocalDate? ReferenceDate { get; init; }

    /// <summary>A copy with other follow-ups.</summary>
    /// <param name="followUps">The follow-up assessments.</param>
    public PatientSeries WithFollowUps(IEnumerable<Assessment> followUps) => new(Lesions, Baseline, followUps, PreBaseline, Id) { ReferenceDate = ReferenceDate };

    /// <summary>A copy with other lesions (for example in another order).</summary>
    /// <param name="lesions">The baseline lesions.</param>
    public PatientSeries WithLesions(IEnumerable<Lesion> lesions) => new(lesions, Baseline, FollowUps, PreBaseline, Id) { ReferenceDate = ReferenceDate };

    /// <summary>A copy with another reference date.</summary>
    /// <param name="referenceDate">The treatment start or randomisation date, or null for the baseline scan.</param>
    public PatientSeries WithReferenceDate(LocalDate? referenceDate) => new(Lesions, Baseline, FollowUps, PreBaseline, Id) { ReferenceDate = referenceDate };

    /// <inheritdoc/>
    public override string ToString() => $"PatientSeries {Id}: {Lesions.Count} lesions, baseline {Baseline.Date:uuuu-MM-dd}, {FollowUps.Count} follow-ups";
}
