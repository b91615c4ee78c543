using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using ResponseCriteria.Lesions;
using ResponseCriteria.Series;

namespace ResponseCriteria.Tests;

/// <summary>
/// Builds series tersely: declare lesions, then <c>At(date, sizes…)</c> per assessment (the first is the baseline), sizes in
/// target declaration order as "12.5", "TSTM", "NE" or null (not recorded); <c>NonTargets</c> and <c>New</c> apply to the last assessment.
/// </summary>
internal sealed class SeriesBuilder
{
    private readonly List<Lesion> lesions = new();
    private Assessment? preBaseline;
    private readonly List<(LocalDate Date, Dictionary<string, Measurement> Targets, Dictionary<string, NonTargetStatus> NonTargets, List<NewLesion> New)> rows = new();
    private readonly Dictionary<int, bool> unscheduled = new();

    internal static LocalDate D(string iso) => LocalDatePattern.Iso.Parse(iso).Value;

    internal static Measurement M(string? text) => text switch
    {
        "TSTM" => Measurement.TooSmallToMeasure,
        "NE" or null => Measurement.NotEvaluable,
        _ => Measurement.FromMillimetres(decimal.Parse(text, CultureInfo.InvariantCulture)),
    };

    internal SeriesBuilder Target(string id, string organ = "liver") => Add(new Lesion(id, organ, LesionRole.Target));

    internal SeriesBuilder Node(string id, string organ = "mediastinum") => Add(new Lesion(id, organ, LesionRole.Target, isLymphNode: true));

    internal SeriesBuilder NonTarget(string id, string organ = "bone", bool node = false) => Add(new Lesion(id, organ, LesionRole.NonTarget, node));

    internal SeriesBuilder Add(Lesion lesion)
    {
        lesions.Add(lesion);
        return this;
    }

    /// <summary>An assessment with target sizes in declaration order; non-targets default to present.</summary>
    internal SeriesBuilder At(string date, params string?[] sizes)
    {
        var targets = new Dictionary<string, Measurement>();
        var i = 0;
        foreach (var lesion in lesions)
        {
            if (!lesion.IsTarget)
            {
                continue;
            }

            if (i < sizes.Length && sizes[i] is not null)
            {
                targets[lesion.Id] = M(sizes[i]);
            }

            i++;
        }

        var nonTargets = new Dictionary<string, NonTargetStatus>();
        foreach (var lesion in lesions)
        {
            if (!lesion.IsTarget)
            {
                nonTargets[lesion.Id] = NonTargetStatus.Present;
            }
        }

        rows.Add((D(date), targets, nonTargets, new List<NewLesion>()));
        return this;
    }

    /// <summary>A scan before baseline with target sizes in declaration order.</summary>
    internal SeriesBuilder PreBaseline(string date, params string?[] sizes)
    {
        var targets = new Dictionary<string, Measurement>();
        var i = 0;
        foreach (var lesion in lesions)
        {
            if (lesion.IsTarget && i < sizes.Length)
            {
                if (sizes[i] is { } size)
                {
                    targets[lesion.Id] = M(size);
                }

                i++;
            }
        }

        preBaseline = new Assessment(D(date), targets);
        return this;
    }

    /// <summary>Sets the non-target states of the last assessment in declaration order (null = not recorded).</summary>
    internal SeriesBuilder NonTargets(params NonTargetStatus?[] states)
    {
        var row = rows[^1];
        row.NonTargets.Clear();
        var i = 0;
        foreach (var lesion in lesions)
        {
            if (lesion.IsTarget)
            {
                continue;
            }

            if (i < states.Length && states[i] is { } s)
            {
                row.NonTargets[lesion.Id] = s;
            }

            i++;
        }

        return this;
    }

    /// <summary>Adds a new lesion to the last assessment.</summary>
    internal SeriesBuilder New(string id, string? size = null, string organ = "lung", bool equivocal = false, NonTargetStatus status = NonTargetStatus.Present, bool node = false, LesionRole? role = null)
    {
        rows[^1].New.Add(new NewLesion(id, organ, node, size is null ? null : M(size), status, equivocal, role));
        return this;
    }

    /// <summary>Records whether the last assessment was an unscheduled scan.</summary>
    internal SeriesBuilder Unscheduled(bool value)
    {
        unscheduled[rows.Count - 1] = value;
        return this;
    }

    internal PatientSeries Build(string? id = "test")
    {
        if (rows.Count == 0)
        {
            throw new InvalidOperationException("No baseline.");
        }

        var assessments = new List<Assessment>();
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            assessments.Add(new Assessment(r.Date, r.Targets, r.NonTargets, r.New, unscheduled.TryGetValue(i, out var u) ? u : null));
        }

        return new PatientSeries(lesions, assessments[0], assessments.GetRange(1, assessments.Count - 1), preBaseline, id);
    }
}
