using System.Collections.Generic;
using NodaTime;
using ResponseCriteria.Responses;

namespace ResponseCriteria.Results;

/// <summary>What iRECIST did at a time point with an unconfirmed progression (iUPD) and the new lesions.</summary>
public enum IRecistTransition : byte
{
    /// <summary>No iUPD pending and none called: the RECIST 1.1 tables decided (iCR, iPR, iSD, iNon-CR/Non-PD, NE, NED).</summary>
    NoProgression = 0,

    /// <summary>A new iUPD: a category met RECIST 1.1 progression with no iUPD pending [S17].</summary>
    UnconfirmedProgression = 1,

    /// <summary>Still iUPD: the reasons for the pending iUPD still hold but nothing confirms it [S17] Table 2.</summary>
    StillUnconfirmed = 2,

    /// <summary>Still iUPD: the scan is earlier than the confirmation window and cannot confirm, except by an additional new lesion [FAQ].</summary>
    EarlyScan = 3,

    /// <summary>iCPD: the pending iUPD is confirmed [S17] Table 2.</summary>
    Confirmed = 4,

    /// <summary>The pending iUPD is not confirmed and the disease is back under the thresholds: iSD, iPR or iCR; the bar resets [S17], [FAQ].</summary>
    Reset = 5,

    /// <summary>NE: a category that drove the pending iUPD is not evaluable and nothing confirms it (criteria Q14).</summary>
    NotEvaluable = 6,

    /// <summary>iCPD: progression was confirmed earlier; later time points stay iCPD (criteria Q8).</summary>
    AfterConfirmation = 7,
}

/// <summary>The iRECIST part of a time point: new-lesion categories and sums, and the state of unconfirmed progression.</summary>
public sealed class IRecistStep
{
    private IRecistStep()
    {
    }

    /// <summary>What happened to unconfirmed progression here.</summary>
    public IRecistTransition Transition { get; private init; }

    /// <summary>The date of the iUPD this time point belongs to (the first of an unbroken run of iUPDs), or null.</summary>
    public LocalDate? UnconfirmedProgressionDate { get; private init; }

    /// <summary>Days since the iUPD that opened the current confirmation window, or null.</summary>
    public int? DaysSinceUnconfirmedProgression { get; private init; }

    /// <summary>Why the iUPD was called (target, non-target, new lesion; several at once).</summary>
    public ProgressionReasons UnconfirmedProgressionReasons { get; private init; }

    /// <summary>For <see cref="IRecistTransition.Confirmed"/>: the categories whose change confirmed it.</summary>
    public ProgressionReasons ConfirmedBy { get; private init; }

    /// <summary>The new lesions categorised as new-lesion targets (NLT) so far.</summary>
    public IReadOnlyList<string> NewLesionTargets { get; private init; } = [];

    /// <summary>The new lesions categorised as new-lesion non-targets (NLNT) so far.</summary>
    public IReadOnlyList<string> NewLesionNonTargets { get; private init; } = [];

    /// <summary>The new-lesion target sum of measures in mm (kept apart from the target sum), or null when there is no NLT or one is not evaluable.</summary>
    public decimal? NewLesionTargetSum { get; private init; }

    /// <summary>The new lesions first seen at this time point.</summary>
    public IReadOnlyList<string> AppearedLesions { get; private init; } = [];

    /// <summary>What the explanation is written from: the state machine's facts and every known new lesion's state.</summary>
    internal Record Details { get; private init; }

    /// <summary>The step of a time point where nothing iRECIST-specific happened (no new lesion known, no iUPD), shared: steps are immutable.</summary>
    private static readonly IRecistStep Quiet = new() { Details = new Record([], null, false, IRecist.NewLesionTracker.Snapshot.Empty) };

    /// <summary>A step with these figures: the shared <see cref="Quiet"/> one when every figure is empty.</summary>
    internal static IRecistStep Of(
        IRecistTransition transition,
        LocalDate? unconfirmedProgressionDate,
        int? daysSinceUnconfirmedProgression,
        ProgressionReasons unconfirmedProgressionReasons,
        ProgressionReasons confirmedBy,
        IReadOnlyList<string> newLesionTargets,
        IReadOnlyList<string> newLesionNonTargets,
        decimal? newLesionTargetSum,
        IReadOnlyList<string> appearedLesions,
        Record details)
        => transition == IRecistTransition.NoProgression && unconfirmedProgressionDate is null && daysSinceUnconfirmedProgression is null
           && unconfirmedProgressionReasons == ProgressionReasons.None && confirmedBy == ProgressionReasons.None && newLesionTargets.Count == 0
           && newLesionNonTargets.Count == 0 && newLesionTargetSum is null && appearedLesions.Count == 0 && details.Facts.Count == 0
           && details.ConfirmedOn is null && !details.Early && details.Snapshot.IsEmpty
            ? Quiet
            : new()
            {
                Transition = transition,
                UnconfirmedProgressionDate = unconfirmedProgressionDate,
                DaysSinceUnconfirmedProgression = daysSinceUnconfirmedProgression,
                UnconfirmedProgressionReasons = unconfirmedProgressionReasons,
                ConfirmedBy = confirmedBy,
                NewLesionTargets = newLesionTargets,
                NewLesionNonTargets = newLesionNonTargets,
                NewLesionTargetSum = newLesionTargetSum,
                AppearedLesions = appearedLesions,
                Details = details,
            };

    /// <summary>The state machine's facts at a time point (what confirmed, what was not evaluable, …), the date progression was confirmed, whether the scan was early, and the new lesions' states (a value kept inside the step: no object of its own).</summary>
    internal readonly record struct Record(IReadOnlyList<IRecist.IRecistEvaluator.Fact> Facts, LocalDate? ConfirmedOn, bool Early, IRecist.NewLesionTracker.Snapshot Snapshot);
}
