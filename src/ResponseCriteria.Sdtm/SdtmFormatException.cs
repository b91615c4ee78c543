using System;

namespace ResponseCriteria.Sdtm;

/// <summary>A file that cannot be read as an SDTM table at all (not found, not CSV or Dataset-JSON, a required variable missing).</summary>
public sealed class SdtmFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="source">The file.</param>
    /// <param name="problem">What is wrong and what was expected.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public SdtmFormatException(string source, string problem, Exception? innerException = null)
        : base($"{source}: {problem}", innerException)
    {
        Source = source;
        Problem = problem;
    }

    /// <summary>The file.</summary>
    public new string Source { get; }

    /// <summary>What is wrong.</summary>
    public string Problem { get; }
}
