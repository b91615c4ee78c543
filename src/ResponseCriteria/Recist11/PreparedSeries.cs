using System.Collections.Generic;
using NodaTime;
using ResponseCriteria.Diagnostics;
using ResponseCriteria.Lesions;
using ResponseCriteria.Series;

// Stryker disable Linq : no LINQ is used here; the Linq mutator turns List.Count and properties named Sum or Any into calls that do not compile.
namespace ResponseCriteria.Recist11;

/// <summary>
/// A series checked and laid out in arrays for evaluation: the targets and non-targets in the given order
/// (duplicates dropped), the baseline sum, and which follow-ups are usable (dated after the one before).
/// Baseline validation and data checks are reported here, once, for every criteria.
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

    /// <summary>The baseline sum, or null when the baseline cannot support a target call.</summary>
    internal decimal? BaselineSum { get; private set; }

    internal LocalDate BaselineDate => Series.Baseline.Date;

    internal Assessment[] FollowUps { get; private set; } = [];

    /// <summary>Per follow-up: dated after the baseline and the usable follow-up before it.</summary>
    internal bool[] Usable { get; private set; } = [];

    internal bool HasTargets => Targets.Length > 0;

    internal bool HasNonTargets => NonTargets.Length > 0;

    internal static PreparedSeries Build(PatientSeries series)
    {
        var prepared = new PreparedSeries(series, new List<Diagnostic>());
        prepared.SplitLesions();
        prepared.CheckBaseline();
        prepared.CheckFollowUps();
        return prepared;
    }

    private void Add(string code, DiagnosticSeverity severity, string message, LocalDate? date = null, string? lesionId = null)
        => Diagnostics.Add(new Diagnostic(code, severity, message, date, lesionId));

    private void SplitLesions()
    {
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        var targets = new List<Lesion>();
        var nonTargets = new List<Lesion>();
        foreach (var lesion in Series.Lesions)
        {
            if (!seen.Add(lesion.Id))
            {
                Add(DiagnosticCodes.DuplicateLesionId, DiagnosticSeverity.Error, $"lesion id '{lesion.Id}' is declared twice; the second declaration is ignored", lesionId: lesion.Id);
                continue;
            }

            (lesion.IsTarget ? targets : nonTargets).Add(lesion);
        }

        Targets = targets.ToArray();
        NonTargets = nonTargets.ToArray();
    }

    private void CheckBaseline()
    {
        var baseline = Series.Baseline;
        var date = baseline.Date;
        CheckSelection(date);
        var sum = 0m;
        var usable = true;
        foreach (var target in Targets)
        {
            // The measured value is used only where the pattern assigned it (every rule stays mutable by Stryker).
            var m = baseline.Target(target.Id);
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

        foreach (var nonTarget in NonTargets)
        {
            var status = baseline.NonTarget(nonTarget.Id);
            if (status != NonTargetStatus.Present)
            {
                Add(DiagnosticCodes.BaselineNonTargetNotPresent, DiagnosticSeverity.Warning, $"non-target {nonTarget.Id} is '{status}' at baseline; a baseline lesion is present", date, nonTarget.Id);
            }
        }

        CheckDeclared(baseline);
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

        var perOrgan = new Dictionary<string, List<string>>(Lesions.Lesion.OrganComparer);
        foreach (var target in Targets)
        {
            var organ = target.IsLymphNode ? "lymph node" : target.Organ;
            if (!perOrgan.TryGetValue(organ, out var ids))
            {
                perOrgan[organ] = ids = new List<string>();
            }

            ids.Add(target.Id);
        }

        foreach (var (organ, ids) in perOrgan)
        {
            if (ids.Count > Thresholds.MaximumTargetsPerOrgan)
            {
                Add(DiagnosticCodes.TooManyTargetsInOrgan, DiagnosticSeverity.Warning, $"{ids.Count} targets in organ '{organ}' ({string.Join(", ", ids)}); RECIST 1.1 allows at most {Thresholds.MaximumTargetsPerOrgan} per organ, all lymph nodes counting as one", date);
            }
        }
    }

    private void CheckFollowUps()
    {
        FollowUps = new Assessment[Series.FollowUps.Count];
        Usable = new bool[FollowUps.Length];
        var last = Series.Baseline.Date;
        var ids = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var lesion in Series.Lesions)
        {
            ids.Add(lesion.Id);
        }

        for (var i = 0; i < FollowUps.Length; i++)
        {
            var assessment = Series.FollowUps[i];
            FollowUps[i] = assessment;
            if (assessment.Date <= last)
            {
                Add(DiagnosticCodes.DateOutOfOrder, DiagnosticSeverity.Error, $"assessment dated {assessment.Date:uuuu-MM-dd} is not after the assessment before it ({last:uuuu-MM-dd}); reported NE and not used", assessment.Date);
                continue;
            }

            Usable[i] = true;
            last = assessment.Date;
            CheckDeclared(assessment);
            foreach (var lesion in assessment.NewLesions)
            {
                if (ids.Contains(lesion.Id))
                {
                    Add(DiagnosticCodes.NewLesionIdClash, DiagnosticSeverity.Warning, $"new lesion {lesion.Id} has the id of a baseline lesion; it is counted as a new lesion", assessment.Date, lesion.Id);
                }
            }
        }
    }

    private void CheckDeclared(Assessment assessment)
    {
        foreach (var id in assessment.Targets.Keys)
        {
            if (System.Array.FindIndex(Targets, t => t.Id == id) < 0)
            {
                Add(DiagnosticCodes.UndeclaredLesion, DiagnosticSeverity.Warning, $"a measurement is recorded for {id}, which is not a target lesion; it is ignored", assessment.Date, id);
            }
        }

        foreach (var id in assessment.NonTargets.Keys)
        {
            if (System.Array.FindIndex(NonTargets, t => t.Id == id) < 0)
            {
                Add(DiagnosticCodes.UndeclaredLesion, DiagnosticSeverity.Warning, $"a status is recorded for {id}, which is not a non-target lesion; it is ignored", assessment.Date, id);
            }
        }
    }
}
