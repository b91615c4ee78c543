using System;
using NodaTime;
using ResponseCriteria.Responses;

namespace ResponseCriteria.Results;

/// <summary>A best overall response, with the date its criteria were first met, its confirmation, and why.</summary>
public sealed class BestResponseResult
{
    private readonly Func<string> explain;
    private string? explanation;

    internal BestResponseResult(Response response, LocalDate? date, LocalDate? confirmationDate, Func<string> explanation)
    {
        Response = response;
        Date = date;
        ConfirmationDate = confirmationDate;
        explain = explanation;
    }

    /// <summary>The best overall response.</summary>
    public Response Response { get; }

    /// <summary>The date of the time point that gave it (the first one, for a confirmed response), or null.</summary>
    public LocalDate? Date { get; }

    /// <summary>The date of the confirming assessment, for a confirmed CR or PR; otherwise null.</summary>
    public LocalDate? ConfirmationDate { get; }

    /// <summary>One line: why this is the best overall response (built on first use; the same text every time).</summary>
    public string Explanation => explanation ??= explain();

    /// <inheritdoc/>
    public override string ToString() => Explanation;
}
