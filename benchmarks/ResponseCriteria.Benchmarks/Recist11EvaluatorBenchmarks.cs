using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using NodaTime;
using ResponseCriteria.Lesions;
using ResponseCriteria.Recist11;
using ResponseCriteria.Results;
using ResponseCriteria.Series;

namespace ResponseCriteria.Benchmarks;

/// <summary>
/// RECIST 1.1 evaluation of a typical patient (3 targets, 2 non-targets, baseline + 8 follow-ups every 8 weeks, a new lesion
/// at the end) and of a cohort of 10,000 such patients with varied sizes.
/// </summary>
[MemoryDiagnoser]
public class Recist11EvaluatorBenchmarks
{
    private readonly Recist11Evaluator evaluator = new();
    private readonly Recist11Evaluator confirming = new(new Recist11Options { Confirmation = true });
    private PatientSeries typical = null!;
    private PatientSeries[] cohort = null!;

    [GlobalSetup]
    public void Setup()
    {
        typical = Typical(new Random(1));
        var random = new Random(42);
        cohort = new PatientSeries[10_000];
        for (var i = 0; i < cohort.Length; i++)
        {
            cohort[i] = Typical(random);
        }
    }

    [Benchmark(Baseline = true)]
    public EvaluationResult TypicalPatient() => evaluator.Evaluate(typical);

    [Benchmark]
    public EvaluationResult TypicalPatientWithConfirmation() => confirming.Evaluate(typical);

    [Benchmark(OperationsPerInvoke = 10_000)]
    public int Cohort()
    {
        var progressed = 0;
        foreach (var series in cohort)
        {
            progressed += evaluator.Evaluate(series).ProgressionDate is null ? 0 : 1;
        }

        return progressed;
    }

    internal static PatientSeries Typical(Random random)
    {
        Lesion[] lesions =
        [
            new("T1", "liver", LesionRole.Target),
            new("T2", "lung", LesionRole.Target),
            new("T3", "mediastinum", LesionRole.Target, isLymphNode: true),
            new("NT1", "bone", LesionRole.NonTarget),
            new("NT2", "pleura", LesionRole.NonTarget),
        ];
        var date = new LocalDate(2024, 1, 8);
        decimal[] sizes = [20m + random.Next(0, 400) / 10m, 15m + random.Next(0, 300) / 10m, 15m + random.Next(0, 200) / 10m];
        var baseline = Assessment(date, sizes, NonTargetStatus.Present, []);
        var followUps = new List<Assessment>();
        for (var k = 1; k <= 8; k++)
        {
            date = date.PlusDays(56);
            for (var i = 0; i < sizes.Length; i++)
            {
                sizes[i] = Math.Max(0m, sizes[i] * (0.80m + random.Next(0, 35) / 100m));
                sizes[i] = Math.Round(sizes[i], 1);
            }

            NewLesion[] newLesions = k == 8 ? [new NewLesion("NL1", "brain", size: Measurement.FromMillimetres(12m))] : [];
            followUps.Add(Assessment(date, sizes, NonTargetStatus.Present, newLesions));
        }

        return new PatientSeries(lesions, baseline, followUps, id: "typical");
    }

    private static Assessment Assessment(LocalDate date, decimal[] sizes, NonTargetStatus status, NewLesion[] newLesions)
        => new(
            date,
            [new("T1", Measurement.FromMillimetres(sizes[0])), new("T2", Measurement.FromMillimetres(sizes[1])), new("T3", Measurement.FromMillimetres(sizes[2]))],
            [new("NT1", status), new("NT2", status)],
            newLesions);
}
