namespace ResponseCriteria.Diagnostics;

/// <summary>How serious a diagnostic is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>For information: a convention was applied.</summary>
    Info = 0,

    /// <summary>The data break a guideline rule or need review, but a call could be made.</summary>
    Warning = 1,

    /// <summary>The data cannot support a call: the affected calls are NE.</summary>
    Error = 2,
}
