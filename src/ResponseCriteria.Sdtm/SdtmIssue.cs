using ResponseCriteria.Diagnostics;

namespace ResponseCriteria.Sdtm;

/// <summary>A record that could not be mapped, or was mapped with an assumption: names the file, the row, the subject and the variable.</summary>
public sealed class SdtmIssue
{
    /// <summary>Creates an issue.</summary>
    /// <param name="severity">Error (the record was rejected), warning or info (what was assumed).</param>
    /// <param name="source">The file (or table name).</param>
    /// <param name="row">The 1-based data row, or 0 when the issue is not about one row.</param>
    /// <param name="usubjid">The subject, or empty.</param>
    /// <param name="variable">The variable.</param>
    /// <param name="message">What was expected and found, or what was assumed.</param>
    public SdtmIssue(DiagnosticSeverity severity, string source, int row, string usubjid, string variable, string message)
    {
        Severity = severity;
        Source = source;
        Row = row;
        Usubjid = usubjid;
        Variable = variable;
        Message = message;
    }

    /// <summary>The severity: errors reject the record; warnings and infos say what was assumed.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>The file.</summary>
    public string Source { get; }

    /// <summary>The 1-based data row (the CSV line is one more, for the header), or 0 when not tied to a row.</summary>
    public int Row { get; }

    /// <summary>The subject, or an empty string.</summary>
    public string Usubjid { get; }

    /// <summary>The variable concerned.</summary>
    public string Variable { get; }

    /// <summary>What is wrong or assumed.</summary>
    public string Message { get; }

    /// <summary>"warning: file row 12 (CSV line 13) USUBJID 01-701-1015 TRSTRESC: message".</summary>
    public override string ToString()
        => $"{Severity.ToString().ToLowerInvariant()}: {Source}{(Row > 0 ? $" row {Row} (CSV line {Row + 1})" : string.Empty)} USUBJID {Usubjid} {Variable}: {Message}";
}
