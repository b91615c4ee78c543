using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using ResponseCriteria.Cohorts;
using ResponseCriteria.Recist11;
using ResponseCriteria.Results;
using ResponseCriteria.Series;

namespace ResponseCriteria.Benchmarks;

/// <summary>
/// A cohort of 20,000 held patients evaluated on every core: <see cref="CohortEvaluator"/> (chunks, input order kept) against a
/// bare <see cref="Parallel.For(int, int, System.Action{int})"/> over the same evaluator and one thread, per patient.
/// </summary>
[MemoryDiagnoser]
public class StreamingBenchmarks
{
    private const int Patients = 20_000;
    private readonly Recist11Evaluator recist = new();
    private PatientSeries[] cohort = null!;

    [GlobalSetup]
    public void Setup() => cohort = SyntheticCohort.Build(Patients, 7).Series;

    [Benchmark(Baseline = true, OperationsPerInvoke = Patients)]
    public int OneThread()
    {
        var progressed = 0;
        foreach (var series in cohort)
        {
            progressed += recist.Evaluate(series).ProgressionDate is null ? 0 : 1;
        }

        return progressed;
    }

    [Benchmark(OperationsPerInvoke = Patients)]
    public EvaluationResult[] ParallelFor()
    {
        var results = new EvaluationResult[Patients];
        Parallel.For(0, Patients, i => results[i] = recist.Evaluate(cohort[i]));
        return results;
    }

    [Benchmark(OperationsPerInvoke = Patients)]
    public int CohortEvaluatorAllCores()
    {
        var progressed = 0;
        foreach (var result in new CohortEvaluator(recist).Evaluate(cohort))
        {
            progressed += result.ProgressionDate is null ? 0 : 1;
        }

        return progressed;
    }
}
