using System;
using System.Collections.Generic;
using NodaTime;
using ResponseCriteria.Diagnostics;
using ResponseCriteria.Lesions;
using ResponseCriteria.Responses;
using ResponseCriteria.Results;
using ResponseCriteria.Series;

// Stryker disable Linq : no LINQ is used here; the Linq mutator turns List.Count and properties named Sum or Any into calls that do not compile.
namespace ResponseCriteria.Recist11;

/// <summary>
/// A series checked and laid out in flat arrays for evaluation, the one representation every rule reads: the targets and
/// non-targets in the given order (duplicates dropped), each follow-up's target measurements and non-target states by
/// lesion index (one lookup per lesion per assessment, here, never in a rule), days from baseline, the baseline sum, and
/// which follow-ups are usable (dated after the one before). Baseline validation and data checks are reported here, once,
/// for every criteria.
/// </summary>
internal sealed class PreparedSeries
{
    private PreparedSeries(PatientSeries series, List<Diagnostic> diagnostics)
    {
        Series = series;
        Diagnostics = diagnostics;
    }

    internal PatientSeries Series { get; }

    internal List<Diagnostic> Diagnostics { get; }

    internal Lesion[] Targets { get; private set; } = [];

    internal Lesion[] NonTargets { get; private set; } = [];

    /// <summary>The ids of <see cref="NonTargets"/>, in order (made on first use).</summary>
    internal string[] NonTargetIds => field ??= Array.ConvertAll(NonTargets, l => l.Id);

    /// <summary>The Non-CR/Non-PD finding of every non-target present (made on first use, shared by the time points that have it).</summary>
    internal NonTargetResult AllNonTargetsPresent => field ??= new NonTargetResult(Response.NonCompleteNonProgression, NonTargetRule.NonCompleteNonProgression, NonTargetIds);

    /// <summary>The baseline sum, or null when the baseline cannot support a target call.</summary>
    internal decimal? BaselineSum { get; private set; }

    internal LocalDate BaselineDate => Series.Baseline.Date;

    /// <summary>The date the SD minimum counts from: the series' reference date (treatment start, randomisation), else the baseline scan.</summary>
    internal LocalDate StartDate => Series.ReferenceDate ?? Series.Baseline.Date;

    /// <summary>The follow-ups (the series' own array: read, never changed).</summary>
    internal Assessment[] FollowUps { get; private set; } = [];

    /// <summary>Per follow-up: dated after the baseline and the usable follow-up before it.</summary>
    internal bool[] Usable { get; private set; } = [];

    /// <summary>Per follow-up: days from the baseline scan.</summary>
    internal int[] Days { get; private set; } = [];

    /// <summary>Where target <c>k</c>'s baseline value is in the baseline's map (null: at <c>k</c>, as <see cref="targetPositions"/>).</summary>
    private int[]? baselinePositions;

    /// <summary>
    /// Per follow-up, where target <c>k</c>'s value is in the assessment's map: null when the map lists the targets in their
    /// declared order (the usual case: nothing to store; and no array at all when every follow-up does), else the position
    /// of each (−1: not recorded).
    /// </summary>
    private int[]?[]? targetPositions;

    /// <summary>Per follow-up, where non-target <c>k</c>'s state is in the assessment's map (as <see cref="targetPositions"/>).</summary>
    private int[]?[]? nonTargetPositions;

    /// <summary>The baseline measurement of target <paramref name="k"/>.</summary>
    internal Measurement BaselineTarget(int k) => At(Series.Baseline.TargetMap, baselinePositions, k);

    /// <summary>The measurement of target <paramref name="k"/> at follow-up <paramref name="i"/> (not evaluable when the follow-up is not used).</summary>
    internal Measurement Target(int i, int k) => At(FollowUps[i].TargetMap, targetPositions?[i], k);

    /// <summary>The state of non-target <paramref name="k"/> at follow-up <paramref name="i"/> (not evaluable when the follow-up is not used).</summary>
    internal NonTargetStatus NonTarget(int i, int k) => At(FollowUps[i].NonTargetMap, nonTargetPositions?[i], k);

    private static T At<T>(LesionMap<T> map, int[]? positions, int k)
        where T : struct
    {
        var position = positions is null ? k : positions[k];
        return position >= 0 ? map.ValueAt(position) : default;
    }

    /// <summary>Positions saying nothing is recorded (an assessment that is not used reads as not evaluable).</summary>
    private static int[] NotRecorded(int count)
    {
        var positions = new int[count];
        Array.Fill(positions, -1);
        return positions;
    }

    /// <summary>
    /// Where each lesion's value is in <paramref name="map"/> (null when at its own index), and how many are there.
    /// <paramref name="aligned"/> is the key array of a map found aligned before: a map sharing it is aligned too (maps made
    /// alike share their ids), and a map found aligned now leaves its array there.
    /// </summary>
    private static int[]? Positions<T>(LesionMap<T> map, Lesion[] lesions, ref string[]? aligned, out int found)
    {
        if (aligned is not null && map.HasKeys(aligned))
        {
            found = lesions.Length;
            return null;
        }

        var inOrder = map.Count >= lesions.Length;
        for (var k = 0; inOrder && k < lesions.Length; k++)
        {
            inOrder = map.KeyIs(k, lesions[k].Id);
        }

        found = inOrder ? lesions.Length : 0;
        if (inOrder)
        {
            aligned = map.KeyArray;
            return null;
        }

        var positions = new int[lesions.Length];
        for (var k = 0; k < lesions.Length; k++)
        {
            positions[k] = map.IndexOf(lesions[k].Id);
            found += positions[k] >= 0 ? 1 : 0;
        }

        return positions;
    }

    internal bool HasTargets => Targets.Length > 0;

    internal bool HasNonTargets => NonTargets.Length > 0;

    internal static PreparedSeries Build(PatientSeries series)
    {
        var prepared = new PreparedSeries(series, new List<Diagnostic>());
        prepared.SplitLesions();
        // The key arrays of the target and non-target maps found aligned with the declared lesions (see Positions).
        string[]? targetKeys = null, nonTargetKeys = null;
        prepared.CheckBaseline(ref targetKeys, ref nonTargetKeys);
        prepared.CheckFollowUps(ref targetKeys, ref nonTargetKeys);
        return prepared;
    }

    private void Add(string code, DiagnosticSeverity severity, string message, LocalDate? date = null, string? lesionId = null)
        => Diagnostics.Add(new Diagnostic(code, severity, message, date, lesionId));

    private void SplitLesions()
    {
        // Counted first, so the two arrays are made at their size (a second look for repeated ids only when there were some).
        var lesions = Series.LesionSpan;
        var mayRepeat = MayRepeat(lesions);
        int targets = 0, nonTargets = 0, repeated = 0;
        for (var j = 0; j < lesions.Length; j++)
        {
            var lesion = lesions[j];
            if (mayRepeat && FirstWithId(lesions, lesion.Id) < j)
            {
                repeated++;
                Add(DiagnosticCodes.DuplicateLesionId, DiagnosticSeverity.Error, $"lesion id '{lesion.Id}' is declared twice; the second declaration is ignored", lesionId: lesion.Id);
                continue;
            }

            _ = lesion.IsTarget ? targets++ : nonTargets++;
        }

        Targets = new Lesion[targets];
        NonTargets = new Lesion[nonTargets];
        (targets, nonTargets) = (0, 0);
        for (var j = 0; j < lesions.Length; j++)
        {
            var lesion = lesions[j];
            if (repeated > 0 && FirstWithId(lesions, lesion.Id) < j)
            {
                continue;
            }

            if (lesion.IsTarget)
            {
                Targets[targets++] = lesion;
            }
            else
            {
                NonTargets[nonTargets++] = lesion;
            }
        }
    }

    /// <summary>Whether two of the lesions may share an id (<see cref="IdMask"/>: the usual case, no two ids alike, is decided without comparing strings).</summary>
    private static bool MayRepeat(ReadOnlySpan<Lesion> lesions)
    {
        var mask = default(IdMask);
        foreach (var lesion in lesions)
        {
            if (!mask.Add(lesion.Id))
            {
                return true;
            }
        }

        return false;
    }

    private static int FirstWithId(ReadOnlySpan<Lesion> lesions, string id)
    {
        var j = 0;
        while (lesions[j].Id != id)
        {
            j++;
        }

        return j;
    }

    private void CheckBaseline(ref string[]? targetKeys, ref string[]? nonTargetKeys)
    {
        var baseline = Series.Baseline;
        var date = baseline.Date;
        CheckSelection(date);
        var sum = 0m;
        var usable = true;
        baselinePositions = Positions(baseline.TargetMap, Targets, ref targetKeys, out var found);
        for (var k = 0; k < Targets.Length; k++)
        {
            // The measured value is used only where the pattern assigned it (every rule stays mutable by Stryker).
            var target = Targets[k];
            var m = BaselineTarget(k);
            if (m.Millimetres.HasValue)
            {
                sum += m.Millimetres.Value;
                CheckMeasurable(target, m, m.Millimetres.Value, date);
            }
            else
            {
                usable = false;
                Add(DiagnosticCodes.BaselineTargetNotMeasured, DiagnosticSeverity.Error, $"target {target.Id} is not measured at baseline ({m}); no target response can be called", date, target.Id);
            }
        }

        if (usable && Targets.Length > 0 && sum == 0m)
        {
            usable = false;
            Add(DiagnosticCodes.BaselineSumZero, DiagnosticSeverity.Error, "the baseline sum of target diameters is 0 mm; no target response can be called", date);
        }

        BaselineSum = usable && Targets.Length > 0 ? sum : null;

        var statusPositions = Positions(baseline.NonTargetMap, NonTargets, ref nonTargetKeys, out var foundStatuses);
        found += foundStatuses;
        for (var k = 0; k < NonTargets.Length; k++)
        {
            var status = At(baseline.NonTargetMap, statusPositions, k);
            if (status != NonTargetStatus.Present)
            {
                Add(DiagnosticCodes.BaselineNonTargetNotPresent, DiagnosticSeverity.Warning, $"non-target {NonTargets[k].Id} is '{status}' at baseline; a baseline lesion is present", date, NonTargets[k].Id);
            }
        }

        CheckDeclared(baseline, found);
    }

    private void CheckMeasurable(Lesion target, Measurement m, decimal mm, LocalDate date)
    {
        if (target.IsLymphNode && mm < Thresholds.MeasurableNodeShortAxisMillimetres)
        {
            Add(DiagnosticCodes.TargetNodeNotPathological, DiagnosticSeverity.Warning, $"target node {target.Id} has a short axis of {m} at baseline; a target node needs at least 15 mm", date, target.Id);
        }
        else if (!target.IsLymphNode && mm < Thresholds.MeasurableLesionMillimetres)
        {
            Add(DiagnosticCodes.TargetNotMeasurable, DiagnosticSeverity.Warning, $"target {target.Id} measures {m} at baseline; a measurable lesion needs at least 10 mm", date, target.Id);
        }
    }

    private void CheckSelection(LocalDate date)
    {
        if (Targets.Length > Thresholds.MaximumTargets)
        {
            Add(DiagnosticCodes.TooManyTargets, DiagnosticSeverity.Warning, $"{Targets.Length} target lesions; RECIST 1.1 allows at most {Thresholds.MaximumTargets}", date);
        }

        for (var k = 0; k < Targets.Length; k++)
        {
            if (FirstInOrgan(k) < k)
            {
                continue;
            }

            var inOrgan = 1;
            for (var j = k + 1; j < Targets.Length; j++)
            {
                inOrgan += SameOrgan(Targets[k], Targets[j]) ? 1 : 0;
            }

            if (inOrgan > Thresholds.MaximumTargetsPerOrgan)
            {
                var organ = Targets[k].IsLymphNode ? "lymph node" : Targets[k].Organ;
                var ids = new List<string>(inOrgan);
                for (var j = k; j < Targets.Length; j++)
                {
                    if (SameOrgan(Targets[k], Targets[j]))
                    {
                        ids.Add(Targets[j].Id);
                    }
                }

                Add(DiagnosticCodes.TooManyTargetsInOrgan, DiagnosticSeverity.Warning, $"{inOrgan} targets in organ '{organ}' ({string.Join(", ", ids)}); RECIST 1.1 allows at most {Thresholds.MaximumTargetsPerOrgan} per organ, all lymph nodes counting as one", date);
            }
        }
    }

    /// <summary>The first target in the same organ as target <paramref name="k"/> (all lymph nodes are one organ).</summary>
    private int FirstInOrgan(int k)
    {
        var j = 0;
        while (!SameOrgan(Targets[j], Targets[k]))
        {
            j++;
        }

        return j;
    }

    /// <summary>Whether two lesions are in one organ for the selection rules: all lymph nodes are one organ; names compare ignoring case.</summary>
    internal static bool SameOrgan(Lesion a, Lesion b)
        => a.IsLymphNode || b.IsLymphNode ? a.IsLymphNode && b.IsLymphNode : Lesion.OrganComparer.Equals(a.Organ, b.Organ);

    private void CheckFollowUps(ref string[]? targetKeys, ref string[]? nonTargetKeys)
    {
        FollowUps = Series.FollowUpArray;
        var count = FollowUps.Length;
        Usable = new bool[count];
        Days = new int[count];
        var last = Series.Baseline.Date;
        for (var i = 0; i < count; i++)
        {
            var assessment = FollowUps[i];
            Days[i] = Confirmation.BestResponse.Days(BaselineDate, assessment.Date);
            if (assessment.Date <= last)
            {
                Add(DiagnosticCodes.DateOutOfOrder, DiagnosticSeverity.Error, $"assessment dated {assessment.Date:uuuu-MM-dd} is not after the assessment before it ({last:uuuu-MM-dd}); reported NE and not used", assessment.Date);
                Place(ref targetPositions, i, count, NotRecorded(Targets.Length));
                Place(ref nonTargetPositions, i, count, NotRecorded(NonTargets.Length));
                continue;
            }

            Usable[i] = true;
            last = assessment.Date;
            Place(ref targetPositions, i, count, Positions(assessment.TargetMap, Targets, ref targetKeys, out var foundTargets));
            Place(ref nonTargetPositions, i, count, Positions(assessment.NonTargetMap, NonTargets, ref nonTargetKeys, out var foundStatuses));
            CheckDeclared(assessment, foundTargets + foundStatuses);
            foreach (var lesion in assessment.NewLesionSpan)
            {
                if (IsDeclared(lesion.Id))
                {
                    Add(DiagnosticCodes.NewLesionIdClash, DiagnosticSeverity.Warning, $"new lesion {lesion.Id} has the id of a baseline lesion; it is counted as a new lesion", assessment.Date, lesion.Id);
                }
            }
        }
    }

    /// <summary>Stores follow-up <paramref name="i"/>'s positions; the per-follow-up array exists only once some follow-up needs one (usually none does).</summary>
    private static void Place(ref int[]?[]? all, int i, int count, int[]? positions)
    {
        if (positions is not null)
        {
            (all ??= new int[]?[count])[i] = positions;
        }
    }

    /// <summary>Reports measurements and states recorded for lesions not declared in that role; <paramref name="found"/> entries named a declared one.</summary>
    private void CheckDeclared(Assessment assessment, int found)
    {
        if (found == assessment.TargetMap.Count + assessment.NonTargetMap.Count)
        {
            return;
        }

        foreach (var id in assessment.Targets.Keys)
        {
            if (IndexOf(Targets, id) < 0)
            {
                Add(DiagnosticCodes.UndeclaredLesion, DiagnosticSeverity.Warning, $"a measurement is recorded for {id}, which is not a target lesion; it is ignored", assessment.Date, id);
            }
        }

        foreach (var id in assessment.NonTargets.Keys)
        {
            if (IndexOf(NonTargets, id) < 0)
            {
                Add(DiagnosticCodes.UndeclaredLesion, DiagnosticSeverity.Warning, $"a status is recorded for {id}, which is not a non-target lesion; it is ignored", assessment.Date, id);
            }
        }
    }

    private bool IsDeclared(string id) => IndexOf(Targets, id) >= 0 || IndexOf(NonTargets, id) >= 0;

    private static int IndexOf(Lesion[] lesions, string id)
    {
        for (var k = 0; k < lesions.Length; k++)
        {
            if (lesions[k].Id == id)
            {
                return k;
            }
        }

        return -1;
    }
}
