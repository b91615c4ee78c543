using System.Collections.Generic;
using NodaTime;

namespace ResponseCriteria.Cases;

/// <summary>The calls an expert expects for a case; a checker compares only what is given.</summary>
public sealed class ExpectedCalls
{
    /// <summary>Creates expected calls.</summary>
    /// <param name="timePoints">One response code per follow-up, or null.</param>
    /// <param name="bestOverallResponse">The best overall response code, or null.</param>
    /// <param name="hasProgressionDate">Whether <c>progressionDate</c> was given (it may be given as null: no progression).</param>
    /// <param name="progressionDate">The expected progression date, or null for none.</param>
    /// <param name="patterns">The expected response patterns, or null.</param>
    public ExpectedCalls(IReadOnlyList<string>? timePoints, string? bestOverallResponse, bool hasProgressionDate, LocalDate? progressionDate, IReadOnlyList<string>? patterns)
    {
        TimePoints = timePoints;
        BestOverallResponse = bestOverallResponse;
        HasProgressionDate = hasProgressionDate;
        ProgressionDate = progressionDate;
        Patterns = patterns;
    }

    /// <summary>One response code per follow-up assessment, or null when not given.</summary>
    public IReadOnlyList<string>? TimePoints { get; }

    /// <summary>The best overall response code, or null when not given.</summary>
    public string? BestOverallResponse { get; }

    /// <summary>Whether a progression date (possibly null) was given.</summary>
    public bool HasProgressionDate { get; }

    /// <summary>The expected progression date; null with <see cref="HasProgressionDate"/> means no progression.</summary>
    public LocalDate? ProgressionDate { get; }

    /// <summary>The expected patterns, or null when not given.</summary>
    public IReadOnlyList<string>? Patterns { get; }
}
