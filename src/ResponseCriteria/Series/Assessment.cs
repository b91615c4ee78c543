using System;
using System.Collections.Generic;
using NodaTime;
using ResponseCriteria.Lesions;

namespace ResponseCriteria.Series;

/// <summary>
/// One imaging assessment: its date, the target measurements and non-target states by lesion id, and the
/// new lesions seen. A target or non-target missing from the maps is not evaluable. Immutable.
/// </summary>
public sealed class Assessment
{
    /// <summary>Creates an assessment.</summary>
    /// <param name="date">The imaging date (a calendar date).</param>
    /// <param name="targets">Target measurements by lesion id; null for none.</param>
    /// <param name="nonTargets">Non-target states by lesion id; null for none.</param>
    /// <param name="newLesions">New lesions seen at this assessment; null for none.</param>
    /// <param name="unscheduled">Whether the scan was unscheduled (done for a new symptom or sign); null when not recorded.</param>
    /// <exception cref="ArgumentException">A lesion id is null or given twice in one map, or a new lesion is null.</exception>
    public Assessment(
        LocalDate date,
        IEnumerable<KeyValuePair<string, Measurement>>? targets = null,
        IEnumerable<KeyValuePair<string, NonTargetStatus>>? nonTargets = null,
        IEnumerable<NewLesion>? newLesions = null,
        bool? unscheduled = null)
    {
        Date = date;
        Unscheduled = unscheduled;
        TargetMap = targets is null ? LesionMap<Measurement>.Empty : LesionMap<Measurement>.From(targets, nameof(targets));
        NonTargetMap = nonTargets is null ? LesionMap<NonTargetStatus>.Empty : LesionMap<NonTargetStatus>.From(nonTargets, nameof(nonTargets));
        newLesionArray = newLesions is null ? [] : Preconditions.CheckElementsNotNull(newLesions, nameof(newLesions));
    }

    /// <summary>The imaging date.</summary>
    public LocalDate Date { get; }

    /// <summary>Target measurements by lesion id (ordinal), in the order given.</summary>
    public IReadOnlyDictionary<string, Measurement> Targets => TargetMap;

    /// <summary>Non-target states by lesion id (ordinal), in the order given.</summary>
    public IReadOnlyDictionary<string, NonTargetStatus> NonTargets => NonTargetMap;

    internal LesionMap<Measurement> TargetMap { get; }

    internal LesionMap<NonTargetStatus> NonTargetMap { get; }

    /// <summary>New lesions recorded at this assessment.</summary>
    public IReadOnlyList<NewLesion> NewLesions => newLesionArray.Length == 0 ? Array.Empty<NewLesion>() : field ??= Array.AsReadOnly(newLesionArray);

    /// <summary>The new lesions, for the rules' loops (no enumerator, no interface call).</summary>
    internal ReadOnlySpan<NewLesion> NewLesionSpan => newLesionArray;

    private readonly NewLesion[] newLesionArray;

    /// <summary>
    /// Whether the scan was unscheduled, done for a new symptom or sign; null when not recorded. iRECIST: a scan earlier than the
    /// confirmation window may confirm an iUPD by an additional new lesion only when it is unscheduled ([FAQ]); when not recorded,
    /// <c>IRecistOptions.EarlyScanWithNewLesionConfirms</c> decides.
    /// </summary>
    public bool? Unscheduled { get; }

    /// <summary>The measurement of a target lesion; <see cref="Measurement.NotEvaluable"/> when not recorded.</summary>
    /// <param name="lesionId">The lesion id.</param>
    public Measurement Target(string lesionId)
        => Targets.TryGetValue(Preconditions.CheckNotNull(lesionId, nameof(lesionId)), out var m) ? m : Measurement.NotEvaluable;

    /// <summary>The state of a non-target lesion; <see cref="NonTargetStatus.NotEvaluable"/> when not recorded.</summary>
    /// <param name="lesionId">The lesion id.</param>
    public NonTargetStatus NonTarget(string lesionId)
        => NonTargets.TryGetValue(Preconditions.CheckNotNull(lesionId, nameof(lesionId)), out var s) ? s : NonTargetStatus.NotEvaluable;

    /// <summary>A copy with another date.</summary>
    /// <param name="date">The new date.</param>
    public Assessment WithDate(LocalDate date) => new(date, Targets, NonTargets, NewLesions, Unscheduled);

    /// <summary>A copy with <see cref="Unscheduled"/> set.</summary>
    /// <param name="unscheduled">Whether the scan was unscheduled; null when not recorded.</param>
    public Assessment WithUnscheduled(bool? unscheduled) => new(Date, Targets, NonTargets, NewLesions, unscheduled);

    /// <summary>A copy with one target measurement set (added or replaced).</summary>
    /// <param name="lesionId">The target lesion id.</param>
    /// <param name="measurement">Its measurement.</param>
    public Assessment WithTarget(string lesionId, Measurement measurement)
    {
        Preconditions.CheckNotNull(lesionId, nameof(lesionId));
        var copy = new Dictionary<string, Measurement>(Targets, StringComparer.Ordinal) { [lesionId] = measurement };
        return new Assessment(Date, copy, NonTargets, NewLesions, Unscheduled);
    }

    /// <inheritdoc/>
    public override string ToString() => $"Assessment {Date:uuuu-MM-dd}: {Targets.Count} targets, {NonTargets.Count} non-targets, {NewLesions.Count} new lesions";
}
