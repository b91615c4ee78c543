using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using ResponseCriteria.Results;
using ResponseCriteria.Series;

namespace ResponseCriteria.Cohorts;

/// <summary>
/// Evaluates a cohort of any size as a stream: reads the series in chunks, evaluates each chunk on all cores while the results of
/// the one before are handed out, and yields the results in input order. At most two chunks are held at once, so a cohort of
/// millions needs the memory of a few thousand patients. The same evaluator (the same rule code) as one patient at a time.
/// </summary>
public sealed class CohortEvaluator
{
    private readonly IResponseEvaluator evaluator;

    /// <summary>Creates a cohort evaluator.</summary>
    /// <param name="evaluator">The evaluator (<see cref="Recist11.Recist11Evaluator"/> or <see cref="IRecist.IRecistEvaluator"/>).</param>
    /// <param name="options">The options; null for <see cref="CohortOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="evaluator"/> is null.</exception>
    public CohortEvaluator(IResponseEvaluator evaluator, CohortOptions? options = null)
    {
        this.evaluator = Preconditions.CheckNotNull(evaluator, nameof(evaluator));
        Options = options ?? CohortOptions.Default;
    }

    /// <summary>The options.</summary>
    public CohortOptions Options { get; }

    /// <summary>Evaluates every series, yielding one result per series in input order, lazily.</summary>
    /// <param name="cohort">The series; enumerated once, on the consuming thread.</param>
    /// <param name="cancellationToken">Stops the evaluation; the enumeration then throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>The results in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cohort"/> is null.</exception>
    /// <exception cref="ArgumentException">(When enumerated.) A series in the input is null; the message gives its position.</exception>
    public IEnumerable<EvaluationResult> Evaluate(IEnumerable<PatientSeries> cohort, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(cohort, nameof(cohort));
        return Stream(cohort, cancellationToken);
    }

    /// <summary>Evaluates every series of an asynchronous stream, yielding one result per series in input order.</summary>
    /// <param name="cohort">The series; enumerated once.</param>
    /// <param name="cancellationToken">Stops the evaluation.</param>
    /// <returns>The results in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cohort"/> is null.</exception>
    public IAsyncEnumerable<EvaluationResult> EvaluateAsync(IAsyncEnumerable<PatientSeries> cohort, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(cohort, nameof(cohort));
        return StreamAsync(cohort, cancellationToken);
    }

    private IEnumerable<EvaluationResult> Stream(IEnumerable<PatientSeries> cohort, CancellationToken cancellationToken)
    {
        using var input = cohort.GetEnumerator();
        long read = 0, done = 0;
        var chunk = Read(input, ref read, cancellationToken);
        var pending = chunk is null ? null : Start(chunk, read - chunk.Length, cancellationToken);
        while (pending is not null)
        {
            // The next chunk is read while this one evaluates.
            var next = Read(input, ref read, cancellationToken);
            var results = pending.GetAwaiter().GetResult();
            pending = next is null ? null : Start(next, read - next.Length, cancellationToken);
            done += results.Length;
            Options.Progress?.Invoke(done);
            foreach (var result in results)
            {
                yield return result;
            }
        }
    }

    private async IAsyncEnumerable<EvaluationResult> StreamAsync(IAsyncEnumerable<PatientSeries> cohort, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var input = cohort.GetAsyncEnumerator(cancellationToken);
        await using (input.ConfigureAwait(false))
        {
            long read = 0, done = 0;
            var chunk = await ReadAsync(input, cancellationToken).ConfigureAwait(false);
            read += chunk?.Length ?? 0;
            var pending = chunk is null ? null : Start(chunk, 0, cancellationToken);
            while (pending is not null)
            {
                var next = await ReadAsync(input, cancellationToken).ConfigureAwait(false);
                var results = await pending.ConfigureAwait(false);
                pending = next is null ? null : Start(next, read, cancellationToken);
                read += next?.Length ?? 0;
                done += results.Length;
                Options.Progress?.Invoke(done);
                foreach (var result in results)
                {
                    yield return result;
                }
            }
        }
    }

    private PatientSeries[]? Read(IEnumerator<PatientSeries> input, ref long read, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        List<PatientSeries>? chunk = null;
        while ((chunk?.Count ?? 0) < Options.ChunkSize && input.MoveNext())
        {
            (chunk ??= new List<PatientSeries>(Options.ChunkSize)).Add(input.Current);
        }

        read += chunk?.Count ?? 0;
        return chunk?.ToArray();
    }

    private async ValueTask<PatientSeries[]?> ReadAsync(IAsyncEnumerator<PatientSeries> input, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        List<PatientSeries>? chunk = null;
        while ((chunk?.Count ?? 0) < Options.ChunkSize && await input.MoveNextAsync().ConfigureAwait(false))
        {
            (chunk ??= new List<PatientSeries>(Options.ChunkSize)).Add(input.Current);
        }

        return chunk?.ToArray();
    }

    /// <summary>Starts evaluating a chunk whose first series is at input position <paramref name="offset"/>.</summary>
    private Task<EvaluationResult[]> Start(PatientSeries[] chunk, long offset, CancellationToken cancellationToken)
    {
        for (var i = 0; i < chunk.Length; i++)
        {
            if (chunk[i] is null)
            {
                throw new ArgumentException($"The series at position {offset + i} of the cohort is null.");
            }
        }

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Options.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
        return Task.Run(
            () =>
            {
                var results = new EvaluationResult[chunk.Length];
                Parallel.For(0, chunk.Length, parallel, i => results[i] = evaluator.Evaluate(chunk[i]));
                return results;
            },
            cancellationToken);
    }
}
