using NodaTime;
using ResponseCriteria.Responses;

namespace ResponseCriteria.Results;

/// <summary>A best overall response, with the date its criteria were first met, its confirmation, and why.</summary>
public sealed class BestResponseResult
{
    internal BestResponseResult(Response response, LocalDate? date, LocalDate? confirmationDate, string explanation)
    {
        Response = response;
        Date = date;
        ConfirmationDate = confirmationDate;
        Explanation = explanation;
    }

    /// <summary>The best overall response.</summary>
    public Response Response { get; }

    /// <summary>The date of the time point that gave it (the first one, for a confirmed response), or null.</summary>
    public LocalDate? Date { get; }

    /// <summary>The date of the confirming assessment, for a confirmed CR or PR; otherwise null.</summary>
    public LocalDate? ConfirmationDate { get; }

    /// <summary>One line: why this is the best overall response.</summary>
    public string Explanation { get; }

    /// <inheritdoc/>
    public override string ToString() => Explanation;
}
