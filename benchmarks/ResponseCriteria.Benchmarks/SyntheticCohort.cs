using System;
using System.Collections.Generic;
using NodaTime;
using ResponseCriteria.Lesions;
using ResponseCriteria.Series;

namespace ResponseCriteria.Benchmarks;

/// <summary>
/// The typical trial patient of the benchmarks (issue 8): baseline and 7 follow-ups 8 weeks apart, 5 targets (two liver, two
/// lung, one mediastinal node), 2 non-targets, and in a quarter of the patients a new lesion from a random follow-up on.
/// Sizes are whole tenths of a millimetre, drawn from a seeded generator, so every run sees the same cohort.
/// </summary>
public static class SyntheticCohort
{
    public const int Visits = 8;
    public const int Targets = 5;

    private static readonly Lesion[] Lesions =
    [
        new("T1", "liver", LesionRole.Target), new("T2", "liver", LesionRole.Target), new("T3", "lung", LesionRole.Target),
        new("T4", "lung", LesionRole.Target), new("T5", "mediastinum", LesionRole.Target, isLymphNode: true),
        new("NT1", "bone", LesionRole.NonTarget), new("NT2", "pleura", LesionRole.NonTarget),
    ];

    private static readonly KeyValuePair<string, NonTargetStatus>[] Present = [new("NT1", NonTargetStatus.Present), new("NT2", NonTargetStatus.Present)];
    private static readonly NewLesion[] Brain = [new NewLesion("NL1", "brain", size: Measurement.FromMillimetres(12m))];
    private static readonly LocalDate Start = new(2024, 1, 8);

    /// <summary>One patient's target sizes in tenths of a millimetre, visit-major (<see cref="Visits"/> × <see cref="Targets"/>), and the first follow-up with a new lesion (0 for none).</summary>
    public static (int[] Tenths, int NewLesionFrom) Draw(Random random)
    {
        var tenths = new int[Visits * Targets];
        for (var k = 0; k < Targets; k++)
        {
            tenths[k] = k == 4 ? 150 + random.Next(0, 200) : 120 + random.Next(0, 400);
        }

        var trend = 85 + random.Next(0, 30);
        for (var v = 1; v < Visits; v++)
        {
            for (var k = 0; k < Targets; k++)
            {
                tenths[(v * Targets) + k] = tenths[((v - 1) * Targets) + k] * (trend + random.Next(0, 10) - 5) / 100;
            }
        }

        return (tenths, random.Next(4) == 0 ? 1 + random.Next(Visits - 1) : 0);
    }

    /// <summary>The patient as the object API takes it.</summary>
    public static PatientSeries Series(int[] tenths, int newLesionFrom, string id)
    {
        var assessments = new Assessment[Visits];
        var date = Start;
        for (var v = 0; v < Visits; v++)
        {
            var targets = new KeyValuePair<string, Measurement>[Targets];
            for (var k = 0; k < Targets; k++)
            {
                targets[k] = new(Lesions[k].Id, Measurement.FromMillimetres(new decimal(tenths[(v * Targets) + k], 0, 0, false, 1)));
            }

            assessments[v] = new Assessment(date, targets, Present, newLesionFrom > 0 && v >= newLesionFrom ? Brain : null);
            date = date.PlusDays(56);
        }

        return new PatientSeries(Lesions, assessments[0], new ArraySegment<Assessment>(assessments, 1, Visits - 1), id: id);
    }

    /// <summary>A cohort held in memory: the series and, for the flat-array baselines, every size in one array.</summary>
    public static (PatientSeries[] Series, int[] Tenths) Build(int count, int seed)
    {
        var random = new Random(seed);
        var series = new PatientSeries[count];
        var all = new int[count * Visits * Targets];
        for (var i = 0; i < count; i++)
        {
            var (tenths, from) = Draw(random);
            tenths.CopyTo(all, i * Visits * Targets);
            series[i] = Series(tenths, from, "P" + i);
        }

        return (series, all);
    }

    /// <summary>A cohort built one patient at a time as it is read (nothing held).</summary>
    public static IEnumerable<PatientSeries> Stream(long count, int seed)
    {
        var random = new Random(seed);
        for (long i = 0; i < count; i++)
        {
            var (tenths, from) = Draw(random);
            yield return Series(tenths, from, "P" + i);
        }
    }
}
