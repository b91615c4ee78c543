using System;
using BenchmarkDotNet.Attributes;
using ResponseCriteria.IRecist;
using ResponseCriteria.Recist11;
using ResponseCriteria.Series;

namespace ResponseCriteria.Benchmarks;

/// <summary>
/// The object API on a cohort, one thread: 10,000 patients of <see cref="SyntheticCohort"/> per operation, reported per patient
/// (OperationsPerInvoke), against the flat-array target arithmetic on the same patients.
/// </summary>
[MemoryDiagnoser]
public class CohortBenchmarks
{
    private const int Patients = 10_000;
    private readonly Recist11Evaluator recist = new();
    private readonly IRecistEvaluator irecist = new();
    private PatientSeries[] cohort = null!;
    private int[] tenths = null!;

    [GlobalSetup]
    public void Setup() => (cohort, tenths) = SyntheticCohort.Build(Patients, 42);

    [Benchmark(Baseline = true, OperationsPerInvoke = Patients)]
    public (int, int) FlatArrayTargetArithmetic() => FlatBaseline.TargetCalls(tenths, Patients);

    [Benchmark(OperationsPerInvoke = Patients)]
    public int Recist11Evaluate()
    {
        var progressed = 0;
        foreach (var series in cohort)
        {
            progressed += recist.Evaluate(series).ProgressionDate is null ? 0 : 1;
        }

        return progressed;
    }

    [Benchmark(OperationsPerInvoke = Patients)]
    public int Recist11EvaluateReadingEveryExplanation()
    {
        var length = 0;
        foreach (var series in cohort)
        {
            var result = recist.Evaluate(series);
            foreach (var tp in result.TimePoints)
            {
                length += tp.Explanation.Length;
            }

            length += result.BestOverallResponse.Explanation.Length;
        }

        return length;
    }

    [Benchmark(OperationsPerInvoke = Patients)]
    public int IRecistEvaluate()
    {
        var progressed = 0;
        foreach (var series in cohort)
        {
            progressed += irecist.Evaluate(series).ProgressionDate is null ? 0 : 1;
        }

        return progressed;
    }

    /// <summary>Building the input through the public constructors (what a reader or a user's code pays before evaluating).</summary>
    [Benchmark(OperationsPerInvoke = Patients)]
    public int BuildSeries()
    {
        var lesions = 0;
        for (var i = 0; i < Patients; i++)
        {
            lesions += SyntheticCohort.Series(tenths.AsSpan(i * SyntheticCohort.Visits * SyntheticCohort.Targets, SyntheticCohort.Visits * SyntheticCohort.Targets).ToArray(), i % 4 == 0 ? 3 : 0, "P").Lesions.Count;
        }

        return lesions;
    }
}
