using System;

namespace ResponseCriteria.Cohorts;

/// <summary>How <see cref="CohortEvaluator"/> spreads a cohort over the cores. Immutable; setters validate.</summary>
public sealed class CohortOptions
{
    /// <summary>The defaults: every core, chunks of 64 patients.</summary>
    public static CohortOptions Default { get; } = new();

    /// <summary>How many threads evaluate at once. Default <see cref="Environment.ProcessorCount"/>; 1 evaluates on one pool thread.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is under 1.</exception>
    public int MaxDegreeOfParallelism { get; init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "At least one thread."); } = Environment.ProcessorCount;

    /// <summary>
    /// How many patients are read from the input and evaluated together. At most two chunks are held at once (one evaluating, one
    /// being handed out), so memory stays bounded whatever the cohort's size. Default 64: results held longer than the
    /// garbage collector's youngest generation lasts get promoted, and larger chunks were slower (docs/benchmarks.md).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is under 1.</exception>
    public int ChunkSize { get; init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "At least one patient per chunk."); } = 64;

    /// <summary>Called on the consuming thread with the number of patients evaluated so far, once per chunk. Default none.</summary>
    public Action<long>? Progress { get; init; }
}
