using System;

namespace ResponseCriteria.Cases;

/// <summary>A case file that breaks the format: names the file, the JSON path and what was expected.</summary>
public sealed class CaseFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="source">The file name (or another name for the text).</param>
    /// <param name="jsonPath">The JSON path of the offending value, e.g. <c>$.assessments[2].targets.T1</c>.</param>
    /// <param name="problem">What is wrong and what was expected.</param>
    /// <param name="innerException">The underlying parser error, if any.</param>
    public CaseFormatException(string source, string jsonPath, string problem, Exception? innerException = null)
        : base($"{source}: {jsonPath}: {problem}", innerException)
    {
        Source = source;
        JsonPath = jsonPath;
        Problem = problem;
    }

    /// <summary>The file name.</summary>
    public new string Source { get; }

    /// <summary>The JSON path of the offending value.</summary>
    public string JsonPath { get; }

    /// <summary>What is wrong and what was expected.</summary>
    public string Problem { get; }
}
