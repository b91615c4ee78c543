using System;
using ResponseCriteria.Responses;
using ResponseCriteria.Series;

namespace ResponseCriteria.Cases;

/// <summary>One case: a patient's series under one set of criteria, its options, and optionally the expected calls.</summary>
public sealed class CaseFile
{
    /// <summary>The format version this library reads and writes.</summary>
    public const int FormatVersion = 1;

    /// <summary>Creates a case.</summary>
    /// <param name="id">The case id.</param>
    /// <param name="criteria">The criteria.</param>
    /// <param name="series">The series (its id should be the case id).</param>
    /// <param name="title">An optional title.</param>
    /// <param name="options">The options, or null for none.</param>
    /// <param name="expected">The expected calls, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="series"/> is null.</exception>
    public CaseFile(string id, Criteria criteria, PatientSeries series, string? title = null, CaseOptions? options = null, ExpectedCalls? expected = null)
    {
        Id = id ?? throw new ArgumentNullException(nameof(id));
        Criteria = criteria;
        Series = series ?? throw new ArgumentNullException(nameof(series));
        Title = title;
        Options = options ?? CaseOptions.None;
        Expected = expected;
    }

    /// <summary>The case id.</summary>
    public string Id { get; }

    /// <summary>The title, or null.</summary>
    public string? Title { get; }

    /// <summary>The criteria the case is written for.</summary>
    public Criteria Criteria { get; }

    /// <summary>The options.</summary>
    public CaseOptions Options { get; }

    /// <summary>The series.</summary>
    public PatientSeries Series { get; }

    /// <summary>The expected calls, or null.</summary>
    public ExpectedCalls? Expected { get; }
}
