using System;
using BenchmarkDotNet.Attributes;
using ResponseCriteria.IRecist;
using ResponseCriteria.Results;
using ResponseCriteria.Series;

namespace ResponseCriteria.Benchmarks;

/// <summary>iRECIST evaluation of the same typical patient and cohort as <see cref="Recist11EvaluatorBenchmarks"/>.</summary>
[MemoryDiagnoser]
public class IRecistEvaluatorBenchmarks
{
    private readonly IRecistEvaluator evaluator = new();
    private PatientSeries typical = null!;
    private PatientSeries[] cohort = null!;

    [GlobalSetup]
    public void Setup()
    {
        typical = Recist11EvaluatorBenchmarks.Typical(new Random(1));
        var random = new Random(42);
        cohort = new PatientSeries[10_000];
        for (var i = 0; i < cohort.Length; i++)
        {
            cohort[i] = Recist11EvaluatorBenchmarks.Typical(random);
        }
    }

    [Benchmark(Baseline = true)]
    public EvaluationResult TypicalPatient() => evaluator.Evaluate(typical);

    [Benchmark(OperationsPerInvoke = 10_000)]
    public int Cohort()
    {
        var confirmed = 0;
        foreach (var series in cohort)
        {
            confirmed += evaluator.Evaluate(series).ProgressionConfirmationDate is null ? 0 : 1;
        }

        return confirmed;
    }
}
