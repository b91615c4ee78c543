using System;
using System.Collections.Generic;
using NodaTime;

namespace ResponseCriteria.Patterns;

/// <summary>One pattern seen at one assessment: which definition fired, where, and the lesions involved.</summary>
public sealed class PatternFinding
{
    private readonly Func<string> explain;
    private string? explanation;

    internal PatternFinding(ResponsePattern pattern, string definition, LocalDate date, IReadOnlyList<string> lesions, Func<string> explanation)
    {
        Pattern = pattern;
        Definition = definition;
        Date = date;
        Lesions = lesions;
        explain = explanation;
    }

    /// <summary>The pattern.</summary>
    public ResponsePattern Pattern { get; }

    /// <summary>The definition that fired, with its source.</summary>
    public string Definition { get; }

    /// <summary>The assessment date.</summary>
    public LocalDate Date { get; }

    /// <summary>The lesions involved (responding ones first, then growing or new ones).</summary>
    public IReadOnlyList<string> Lesions { get; }

    /// <summary>One line with the figures (built on first use; the same text every time).</summary>
    public string Explanation => explanation ??= explain();

    /// <inheritdoc/>
    public override string ToString() => Explanation;
}
