using System.Text;
using NodaTime;
using NodaTime.Text;

namespace ResponseCriteria.Diagnostics;

/// <summary>
/// A finding about the data of a series: a stable code (see <see cref="DiagnosticCodes"/>), a severity,
/// a message, and where it applies (the assessment date and lesion id, when there is one). Immutable.
/// </summary>
public sealed class Diagnostic
{
    /// <summary>Creates a diagnostic.</summary>
    /// <param name="code">A stable code such as "RC0101".</param>
    /// <param name="severity">The severity.</param>
    /// <param name="message">What is wrong and what was done about it.</param>
    /// <param name="date">The assessment date it concerns, if any.</param>
    /// <param name="lesionId">The lesion it concerns, if any.</param>
    public Diagnostic(string code, DiagnosticSeverity severity, string message, LocalDate? date = null, string? lesionId = null)
    {
        Code = Preconditions.CheckNotEmpty(code, nameof(code));
        Message = Preconditions.CheckNotEmpty(message, nameof(message));
        Severity = severity;
        Date = date;
        LesionId = lesionId;
    }

    /// <summary>The stable code.</summary>
    public string Code { get; }

    /// <summary>The severity.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>The message.</summary>
    public string Message { get; }

    /// <summary>The assessment date it concerns, or null.</summary>
    public LocalDate? Date { get; }

    /// <summary>The lesion id it concerns, or null.</summary>
    public string? LesionId { get; }

    /// <summary>"RC0101 warning 2024-01-01 T1: message".</summary>
    public override string ToString()
    {
        var text = new StringBuilder(Code).Append(' ').Append(Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        });
        if (Date is { } date)
        {
            text.Append(' ').Append(LocalDatePattern.Iso.Format(date));
        }

        if (LesionId is not null)
        {
            text.Append(' ').Append(LesionId);
        }

        return text.Append(": ").Append(Message).ToString();
    }
}
