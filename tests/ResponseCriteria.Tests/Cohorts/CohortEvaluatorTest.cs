using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ResponseCriteria.Cohorts;
using ResponseCriteria.IRecist;
using ResponseCriteria.Recist11;
using ResponseCriteria.Results;
using ResponseCriteria.Series;
using Xunit;

namespace ResponseCriteria.Tests.Cohorts;

public sealed class CohortEvaluatorTest
{
    private static readonly IResponseEvaluator[] Evaluators = [new Recist11Evaluator(), new IRecistEvaluator(new IRecistOptions { Recist11 = new Recist11Options { Confirmation = true } })];

    private static string Fingerprint(EvaluationResult r) => ResponseCriteria.Tests.Fingerprint.Of(r);

    private static PatientSeries[] Cohort(int count, int seed)
        => SeriesGenerators.Plausible().Sample(count, new Rnd((ulong)seed, 1UL), 10).ToArray();

    [Property(MaxTest = 40)]
    public Property Evaluate_AnyCohortAndChunking_SameResultsInInputOrderAsOneByOne()
        => Prop.ForAll(
            SeriesGenerators.Plausible().ArrayOf().ToArbitrary(),
            Gen.Choose(1, 9).ToArbitrary(),
            Gen.Choose(1, 3).ToArbitrary(),
            (cohort, chunk, threads) =>
            {
                foreach (var evaluator in Evaluators)
                {
                    var streamed = new CohortEvaluator(evaluator, new CohortOptions { ChunkSize = chunk, MaxDegreeOfParallelism = threads }).Evaluate(cohort, TestContext.Current.CancellationToken).Select(Fingerprint);
                    if (!streamed.SequenceEqual(cohort.Select(s => Fingerprint(evaluator.Evaluate(s)))))
                    {
                        return false.Label($"{evaluator.Criteria}, chunks of {chunk}, {threads} threads");
                    }
                }

                return true.ToProperty();
            });

    [Fact]
    public async Task EvaluateAsync_Cohort_SameResultsAsEvaluate()
    {
        var cohort = Cohort(500, 3);
        var evaluator = new CohortEvaluator(new IRecistEvaluator(), new CohortOptions { ChunkSize = 64 });
        var expected = evaluator.Evaluate(cohort, TestContext.Current.CancellationToken).Select(Fingerprint).ToList();
        var actual = new List<string>();
        await foreach (var result in evaluator.EvaluateAsync(ToAsync(cohort), TestContext.Current.CancellationToken))
        {
            actual.Add(Fingerprint(result));
        }

        Assert.Equal(expected, actual);
        Assert.Equal(500, actual.Count);
    }

    [Fact]
    public void Evaluate_EmptyCohort_YieldsNothingAndNoProgress()
    {
        var calls = 0;
        var results = new CohortEvaluator(new Recist11Evaluator(), new CohortOptions { Progress = _ => calls++ }).Evaluate([], TestContext.Current.CancellationToken).ToList();
        Assert.Empty(results);
        Assert.Equal(0, calls);
    }

    [Fact]
    public void Evaluate_Progress_RunningCountOncePerChunk()
    {
        var counts = new List<long>();
        var results = new CohortEvaluator(new Recist11Evaluator(), new CohortOptions { ChunkSize = 40, Progress = counts.Add }).Evaluate(Cohort(100, 5), TestContext.Current.CancellationToken).ToList();
        Assert.Equal(100, results.Count);
        Assert.Equal([40L, 80L, 100L], counts);
    }

    [Fact]
    public void Evaluate_EndlessInput_ReadsAtMostTwoChunksAheadOfTheConsumer()
    {
        var read = 0;
        IEnumerable<PatientSeries> Endless()
        {
            var template = Cohort(1, 11)[0];
            while (true)
            {
                read++;
                yield return template;
            }
        }

        var taken = new CohortEvaluator(new Recist11Evaluator(), new CohortOptions { ChunkSize = 10 }).Evaluate(Endless(), TestContext.Current.CancellationToken).Take(25).Count();
        Assert.Equal(25, taken);
        Assert.InRange(read, 25, 25 + 20);
    }

    [Fact]
    public void Evaluate_Cancelled_ThrowsOperationCanceled()
    {
        using var cancel = new CancellationTokenSource();
        var evaluator = new CohortEvaluator(new Recist11Evaluator(), new CohortOptions { ChunkSize = 10 });
        var seen = 0;
        Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            foreach (var unused in evaluator.Evaluate(Cohort(100, 7), cancel.Token))
            {
                if (++seen == 5)
                {
                    cancel.Cancel();
                }
            }
        });
        Assert.InRange(seen, 5, 20);
    }

    [Fact]
    public void Evaluate_NullSeries_ThrowsNamingItsPosition()
    {
        var cohort = Cohort(30, 9).Cast<PatientSeries?>().ToList();
        cohort[17] = null;
        var error = Assert.Throws<ArgumentException>(() => new CohortEvaluator(new Recist11Evaluator(), new CohortOptions { ChunkSize = 8 }).Evaluate(cohort!, TestContext.Current.CancellationToken).ToList());
        Assert.Contains("position 17", error.Message);
    }

    [Fact]
    public void Evaluate_NullCohort_ThrowsAtOnce()
        => Assert.Throws<ArgumentNullException>(() => new CohortEvaluator(new Recist11Evaluator()).Evaluate(null!, TestContext.Current.CancellationToken));

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 0)]
    public void Options_BelowOne_Rejected(int threads, int chunk)
        => Assert.Throws<ArgumentOutOfRangeException>(() => new CohortOptions { MaxDegreeOfParallelism = threads, ChunkSize = chunk });

    [Fact]
    public void Options_One_Accepted()
    {
        var options = new CohortOptions { MaxDegreeOfParallelism = 1, ChunkSize = 1 };
        Assert.Equal((1, 1), (options.MaxDegreeOfParallelism, options.ChunkSize));
    }

    [Fact]
    public void Options_Defaults_EveryCoreAndChunksOf64()
    {
        Assert.Equal(Environment.ProcessorCount, CohortOptions.Default.MaxDegreeOfParallelism);
        Assert.Equal(64, CohortOptions.Default.ChunkSize);
        Assert.Null(CohortOptions.Default.Progress);
    }

    private static async IAsyncEnumerable<PatientSeries> ToAsync(IEnumerable<PatientSeries> cohort)
    {
        foreach (var series in cohort)
        {
            await Task.Yield();
            yield return series;
        }
    }
}
